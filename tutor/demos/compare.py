"""Machine learning and generative AI side by side, on the same handwritten digits.

1. Predicting: a classifier (logistic regression) learns to label digits.
2. Creating: a class-conditional VAE learns to draw a digit of any requested kind.
3. The predictor judges the creator: how many generated digits does it read as intended?
4. The creator helps the predictor (data augmentation): with only a few real digits per
   class, is a classifier better when generated digits are added to its training set?
   Two generators are tried: one that learned from those same few digits, and one that
   learned from many other digits. Results are averaged over several random draws.
"""

from __future__ import annotations

import warnings
from typing import Any, ClassVar

import numpy as np

from tutor.demos import REGISTRY
from tutor.demos.base import (
    Demo,
    DemoError,
    DemoResult,
    ImageGrid,
    LinePlot,
    Param,
    Preset,
    Progress,
    RunContext,
    Table,
    Visual,
)
from tutor.demos.datasets import digit_image, split_digits

LESSON = "ml-vs-generative-ai"
HIDDEN = 128
LATENT = 2
BATCH = 64
FEW_EPOCHS = 300  # the small generator sees only a few digits, so it needs more passes
RECOGNISE_PER_CLASS = 50  # generated digits per class shown to the classifier
MIN_OTHERS = 200  # digits the "many digits" generator needs at the very least


class CompareDemo(Demo):
    name = "compare"
    summary = REGISTRY["compare"].summary  # one wording, shared with --list
    lesson = LESSON
    params = (
        Param("shots", int, 5, "real labelled digits per class when data is scarce", 1, 50),
        Param("generated", int, 50, "generated digits per class added to the scarce set", 1, 500),
        Param("epochs", int, 40, "passes over the data for the generator trained on many digits",
              1, 1000),
        Param("repeats", int, 3, "random draws of the scarce digits to average over", 1, 10),
    )
    unit = "step"  # one update of the generator trained on many digits
    headline = ("generated_recognised", "acc_real_only", "acc_augmented", "augmentation_gain",
                "self_augmentation_gain")
    compare_notes: ClassVar[dict[str, tuple[str, str]]] = {
        "shots": ("The fewer real labelled digits there are, the more a classifier gains from "
                  "generated ones, as long as the generator learned from other data.",
                  "ml-vs-generative-ai#how-machine-learning-and-generative-ai-feed-each-other"),
        "epochs": ("A generator trained longer draws digits the classifier recognises, and only "
                   "then do they teach the classifier anything.",
                   "ml-vs-generative-ai#how-machine-learning-and-generative-ai-feed-each-other"),
    }
    presets = (
        Preset(
            "undertrained-generator", {"epochs": 1},
            "a generator trained for a single pass: its digits are blurs that teach nothing",
            "ml-vs-generative-ai#how-machine-learning-and-generative-ai-feed-each-other",
            "the generator had one pass over the digits, so what it draws on request is "
            "mostly blur: the classifier recognises the intended digit in only "
            "{generated_recognised:.0%} of them (against well over 80% after the default 40 "
            "passes), and adding them to the scarce real digits changed test accuracy by "
            "{augmentation_gain:+.1%}. Generated data carries only what the generator really "
            "learned.",
            lambda m: m["generated_recognised"] < 0.6, {"repeats": 1},
        ),
    )

    def _run(self, params: dict[str, Any], ctx: RunContext) -> DemoResult:
        from tutor.core.runtime import import_torch

        torch = import_torch()
        seed = params["seed"]
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        x_train, x_test, y_train, y_test = split_digits(seed)
        shots, repeats = params["shots"], params["repeats"]
        draws = [np.concatenate([rng.choice(np.flatnonzero(y_train == c), shots, replace=False)
                                 for c in range(10)]) for _ in range(repeats)]
        others = np.setdiff1d(np.arange(len(y_train)), np.concatenate(draws))
        if len(others) < MIN_OTHERS:
            raise DemoError(
                f"--shots {shots} with --repeats {repeats} uses almost every training digit, "
                f"leaving {len(others)} for the generator that learns from other digits; "
                f"lower --shots or --repeats")

        big_steps = params["epochs"] * -(-len(others) // BATCH)
        total = 1 + big_steps + repeats
        ctx.report(Progress(0, total, "1. a classifier learns to label digits"), force=True)

        # 1. Machine learning: predict the label of a digit.
        reader = _classifier(seed).fit(x_train, y_train)
        reader_acc = float(np.mean(reader.predict(x_test) == y_test))
        ctx.report(Progress(1, total, f"classifier: {reader_acc:.1%} of test digits right"),
                   force=True)

        # 2. Generative AI: learn to draw a digit of a requested class.
        big = _CVAE(torch, seed)
        shown_labels = np.repeat(np.arange(10), 2)
        shown_noise = torch.randn(len(shown_labels), LATENT)
        losses: list[float] = []

        def watch(step: int, loss: float) -> None:
            losses.append(loss)
            visuals: list[Visual] = []
            if step % 20 == 0 or step == big_steps:
                shown = big.decode(shown_noise, shown_labels)
                read = reader.predict(shown)
                visuals = [
                    LinePlot("Generator loss (reconstruction + KL per digit)",
                             {"loss": list(losses)}, xlabel="step"),
                    _grid("The generator's digits so far: asked for / the classifier reads",
                          shown, [f"{a}/{r}" for a, r in zip(shown_labels, read)], 10),
                ]
            ctx.report(Progress(1 + step, total, f"2. a generator learns to draw digits: "
                                                 f"loss {loss:.1f}", visuals=visuals))

        big.fit(x_train[others], y_train[others], params["epochs"], BATCH, rng, ctx, watch)

        # 3. The predictor judges the creator.
        asked = np.repeat(np.arange(10), RECOGNISE_PER_CLASS)
        made = big.sample(asked)
        recognised = float(np.mean(reader.predict(made) == asked))

        # 4. The creator helps the predictor when real labelled data is scarce.
        per_class = params["generated"]
        wanted = np.repeat(np.arange(10), per_class)
        scores: dict[str, list[float]] = {"real": [], "self": [], "big": []}
        few_made = None
        for r, draw in enumerate(draws):
            ctx.check()
            x_few, y_few = x_train[draw], y_train[draw]
            scores["real"].append(_accuracy(x_few, y_few, x_test, y_test, seed))
            small = _CVAE(torch, seed + 1 + r)
            small.fit(x_few, y_few, FEW_EPOCHS, len(x_few), rng, ctx, None)
            x_self = small.sample(wanted)
            scores["self"].append(_accuracy(np.vstack([x_few, x_self]),
                                            np.concatenate([y_few, wanted]), x_test, y_test, seed))
            x_big = big.sample(wanted)
            scores["big"].append(_accuracy(np.vstack([x_few, x_big]),
                                           np.concatenate([y_few, wanted]), x_test, y_test, seed))
            if few_made is None:
                few_made = (x_few, small.decode(shown_noise, shown_labels))
            ctx.report(Progress(2 + big_steps + r, total,
                                f"4. augmentation, draw {r + 1}/{repeats}: real only "
                                f"{scores['real'][-1]:.1%}, with generated digits "
                                f"{scores['big'][-1]:.1%}"), force=True)

        mean = {k: float(np.mean(v)) for k, v in scores.items()}
        metrics = {
            "classifier_accuracy": reader_acc,
            "generated_recognised": recognised,
            "acc_real_only": mean["real"],
            "acc_augmented": mean["big"],
            "augmentation_gain": mean["big"] - mean["real"],
            "acc_augmented_self": mean["self"],
            "self_augmentation_gain": mean["self"] - mean["real"],
            "real_per_class": float(shots),
            "generated_per_class": float(per_class),
            "generator_train_examples": float(len(others)),
        }
        assert few_made is not None
        x_few0, small_shown = few_made
        visuals = [
            Table(f"Test accuracy on {len(y_test)} held-out digits (mean of {repeats} draws)",
                  ["classifier trained on", "examples", "accuracy"], [
                      ["all real digits (reference)", str(len(y_train)), f"{reader_acc:.1%}"],
                      [f"{shots} real per class only", str(10 * shots), f"{mean['real']:.1%}"],
                      [f"+ {per_class}/class from a generator that saw only those",
                       str(10 * (shots + per_class)), f"{mean['self']:.1%}"],
                      [f"+ {per_class}/class from a generator that saw {len(others):,} others",
                       str(10 * (shots + per_class)), f"{mean['big']:.1%}"],
                  ]),
            _grid("Generated on request by the generator trained on many digits: "
                  "asked for / the classifier reads",
                  big.decode(shown_noise, shown_labels),
                  [f"{a}/{r}" for a, r in zip(shown_labels, reader.predict(
                      big.decode(shown_noise, shown_labels)))], 10),
            _grid(f"The {10 * shots} scarce real digits of the first draw",
                  x_few0, [], 10),
            _grid("Generated by the generator that saw only those scarce digits",
                  small_shown, [], 10),
            LinePlot("Generator loss (reconstruction + KL per digit)", {"loss": losses},
                     xlabel="step"),
        ]
        ctx.report(Progress(total, total, "done"), force=True)
        return DemoResult(self.name, params, metrics, 0.0, visuals, _explain(metrics, len(y_test)),
                          self.lesson, QUESTION)


QUESTION = ("The generator that learned from only the scarce digits added hundreds of new "
            "examples. Why could those not teach the classifier anything the real digits hadn't?")


def _explain(m: dict[str, float], n_test: int) -> str:
    shots = int(m["real_per_class"])
    gain, self_gain = m["augmentation_gain"], m["self_augmentation_gain"]
    helped = "raised" if gain > 0.005 else "left" if gain > -0.005 else "lowered"
    self_text = (
        f"barely moved it ({m['acc_augmented_self']:.1%}, {_points(self_gain)})"
        if abs(self_gain) < 0.02 else
        f"moved it to {m['acc_augmented_self']:.1%} ({_points(self_gain)})"
    )
    easier = (" (more often than real test digits, because generated digits are smooth, "
              "typical versions of each class)"
              if m["generated_recognised"] > m["classifier_accuracy"] else "")
    return (
        f"Machine learning predicts: a classifier trained on labelled digits named "
        f"{m['classifier_accuracy']:.1%} of {n_test} new ones correctly. Generative AI creates: a "
        f"conditional VAE drew new digits on request, and that same classifier recognised the "
        f"intended digit in {m['generated_recognised']:.0%} of them{easier}, so the predictor can "
        f"judge the creator. With only {shots} real {'digit' if shots == 1 else 'digits'} per class the classifier scored "
        f"{m['acc_real_only']:.1%}; adding generated digits from a generator that had learned "
        f"from {int(m['generator_train_examples']):,} other digits {helped} that "
        f"{'at' if helped == 'left' else 'to'} {m['acc_augmented']:.1%} ({_points(gain)}), while generated digits from a generator that "
        f"had seen only the same scarce digits {self_text}. Synthetic data helps only by "
        f"carrying knowledge the generator gained elsewhere: a generator cannot invent "
        f"information that was never in its training data, so each model feeds the other but "
        f"neither replaces real data."
    )


def _points(delta: float) -> str:
    return f"{delta * 100:+.1f} percentage points"


# ---------------------------------------------------------------------- models


def _classifier(seed: int) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(max_iter=2000, random_state=seed)


def _accuracy(x: np.ndarray, y: np.ndarray, x_test: np.ndarray, y_test: np.ndarray,
              seed: int) -> float:
    with warnings.catch_warnings():  # tiny training sets may not fully converge: that is fine
        warnings.simplefilter("ignore")
        model = _classifier(seed).fit(x, y)
    return float(np.mean(model.predict(x_test) == y_test))


class _CVAE:
    """A conditional VAE: encoder and decoder both see the digit's label, so the decoder
    learns "draw a 3" given a label and a point in a small latent space (the style)."""

    def __init__(self, torch: Any, seed: int) -> None:
        nn = torch.nn
        self.torch = torch
        torch.manual_seed(seed)
        self.encoder = nn.Sequential(nn.Linear(64 + 10, HIDDEN), nn.ReLU(),
                                     nn.Linear(HIDDEN, 2 * LATENT))
        self.decoder = nn.Sequential(nn.Linear(LATENT + 10, HIDDEN), nn.ReLU(),
                                     nn.Linear(HIDDEN, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, 64))
        self.generator = torch.Generator().manual_seed(seed)

    def _onehot(self, labels: np.ndarray) -> Any:
        return self.torch.nn.functional.one_hot(
            self.torch.from_numpy(np.asarray(labels)).long(), 10).float()

    def fit(self, x: np.ndarray, y: np.ndarray, epochs: int, batch: int,
            rng: np.random.Generator, ctx: RunContext, watch: Any) -> None:
        torch = self.torch
        functional = torch.nn.functional
        optimiser = torch.optim.Adam([*self.encoder.parameters(), *self.decoder.parameters()],
                                     2e-3)
        data, labels = torch.from_numpy(x), self._onehot(y)
        step = 0
        for _ in range(epochs):
            order = torch.from_numpy(rng.permutation(len(x)))
            for start in range(0, len(x), batch):
                if watch is not None:  # the watched generator: pause and step per update
                    ctx.unit(step + 1)
                else:
                    ctx.check()
                idx = order[start:start + batch]
                out = self.encoder(torch.cat([data[idx], labels[idx]], 1))
                mu, logvar = out[:, :LATENT], out[:, LATENT:]
                z = mu + torch.randn(mu.shape, generator=self.generator) * torch.exp(0.5 * logvar)
                logits = self.decoder(torch.cat([z, labels[idx]], 1))
                rec = functional.binary_cross_entropy_with_logits(logits, data[idx],
                                                                   reduction="sum") / len(idx)
                kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / len(idx)
                loss = rec + kl
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                step += 1
                if watch is not None:
                    watch(step, float(loss.detach()))

    def decode(self, noise: Any, labels: np.ndarray) -> np.ndarray:
        with self.torch.no_grad():
            out = self.decoder(self.torch.cat([noise, self._onehot(labels)], 1))
            return self.torch.sigmoid(out).numpy()

    def sample(self, labels: np.ndarray) -> np.ndarray:
        """New digits of the requested classes, from random points of the latent space."""
        return self.decode(self.torch.randn((len(labels), LATENT), generator=self.generator),
                           labels)


def _grid(title: str, images: np.ndarray, captions: list[str], columns: int) -> ImageGrid:
    return ImageGrid(title, [digit_image(img) for img in images],
                     captions, columns=columns)


DEMO = CompareDemo()
