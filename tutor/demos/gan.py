"""A generative adversarial network, live: a generator learns to fake data a judge can't spot.

Two small networks compete. The generator turns random noise into points (or 8x8 digits);
the discriminator sees real examples and the generator's fakes and learns to tell them
apart; the generator is updated to make the discriminator say "real". The generator never
sees a real example: everything it learns comes through the discriminator's verdicts.

By default the real data is a ring of 8 tight clusters, which makes mode collapse visible:
a generator that fools the judge with only some clusters "covers" fewer than 8 modes.
``--data digits`` trains on the 8x8 handwritten digits instead and shows generated digits
as they form; a classifier trained on real digits reads them, and the number of different
digits it recognises plays the role of modes covered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from tutor.demos import REGISTRY
from tutor.demos.base import (
    Demo,
    DemoResult,
    ImageGrid,
    Knob,
    LinePlot,
    Param,
    Preset,
    Progress,
    RunContext,
    ScatterPlot,
    Table,
    Visual,
)
from tutor.demos.datasets import digit_image, digit_pixels

LESSON = "gans"
RING_MODES = 8
RING_RADIUS = 2.0
RING_STD = 0.05  # spread of each real cluster
NEAR = 3 * RING_STD  # a generated point this close to a centre "lands on" that mode
FAIR_SHARE_FRACTION = 0.1  # covered = at least a tenth of its fair share of generated samples
UNDERTRAINED = 0.3  # below this share of fakes on the ring, "not learned yet", not "collapse"
EVAL_SAMPLES = 2000  # generated samples used to count modes
SNAPSHOTS = 60  # progress snapshots (curves, pictures) over a run
SHOWN_POINTS = 400  # real and generated points drawn in the scatter plot
SHOWN_DIGITS = 16


@dataclass(frozen=True)
class Setup:
    """Per-dataset sizes: the ring is tiny, the digits need a little more room."""

    noise: int  # size of the random input to the generator
    hidden: int
    batch: int
    data_dim: int


SETUPS = {
    "ring": Setup(noise=8, hidden=64, batch=128, data_dim=2),
    "digits": Setup(noise=16, hidden=128, batch=64, data_dim=64),
}


class GanDemo(Demo):
    name = "gan"
    summary = REGISTRY["gan"].summary  # one wording, shared with --list
    lesson = LESSON
    params = (
        Param("data", str, "ring", "what to learn: a ring of 8 clusters, or 8x8 digits",
              choices=("ring", "digits")),
        Param("steps", int, 2000,
              "training steps (each: one discriminator update, one generator update)", 1, 50_000),
        Param("lr", float, 5e-3, "learning rate of both networks (Adam)", 1e-5, 0.1),
    )
    unit = "step"
    knobs = (Knob("lr", factor=2.0, low=1e-5, high=0.1),)
    headline = ("modes_covered", "digit_classes_covered", "high_quality",
                "classifier_confidence", "d_loss", "g_loss")
    compare_notes: ClassVar[dict[str, tuple[str, str]]] = {
        "lr": ("The learning rate sets how far each update moves both networks: too small and "
               "the generator is still searching when the steps run out, too large and the "
               "contest overshoots, so the generator jumps between a few clusters instead of "
               "covering them all (mode collapse).", "gans#mode-collapse-when-a-gan-loses-variety"),
        "steps": ("More rounds of the contest give the generator more verdicts to learn from, "
                  "but GAN training does not settle like a plain descent: coverage can rise and "
                  "fall.", "gans#why-gan-training-is-unstable-and-costly"),
    }
    presets = (
        Preset(
            "mode-collapse", {"lr": 0.05, "steps": 1000},
            "a learning rate ten times too high: the generator settles on a few clusters",
            "gans#mode-collapse-when-a-gan-loses-variety",
            "at a learning rate of 0.05 each update overshoots: the discriminator and the "
            "generator chase each other around the ring instead of settling, and in the end "
            "only {modes_covered:.0f} of the 8 clusters get their share of fakes (at the "
            "default 0.005 it usually covers 7 or 8) and just {high_quality:.0%} of the fakes "
            "land on the ring at all. The generator keeps jumping to whatever fools the "
            "current judge, so its output lacks the variety of the real data.",
            lambda m: m["modes_covered"] <= 5, {"steps": 600},
        ),
    )

    def _run(self, params: dict[str, Any], ctx: RunContext) -> DemoResult:
        from tutor.core.runtime import import_torch

        torch = import_torch()
        seed, steps, data = params["seed"], params["steps"], params["data"]
        setup = SETUPS[data]
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        if data == "ring":
            task: _Task = _Ring(rng)
        else:
            task = _Digits(rng, seed)
        gen, disc = _networks(torch, setup)
        opt_g = torch.optim.Adam(gen.parameters(), params["lr"], betas=(0.5, 0.999))
        opt_d = torch.optim.Adam(disc.parameters(), params["lr"], betas=(0.5, 0.999))
        bce = torch.nn.functional.binary_cross_entropy_with_logits
        ones = torch.ones(setup.batch, 1)
        zeros = torch.zeros(setup.batch, 1)
        fixed_noise = torch.randn(max(SHOWN_POINTS, SHOWN_DIGITS), setup.noise)
        eval_noise = torch.randn(EVAL_SAMPLES, setup.noise)

        every = max(1, steps // SNAPSHOTS)
        d_sum = g_sum = 0.0
        curves: dict[str, list[float]] = {"discriminator": [], "generator": []}
        xs: list[float] = []
        coverage: list[float] = []
        visuals: list[Visual] = []
        ctx.report(Progress(0, steps, task.intro), force=True)
        for step in range(1, steps + 1):
            changed = ctx.unit(step)
            if "lr" in changed:  # the learner turned the knob: both networks move faster/slower
                for group in (*opt_g.param_groups, *opt_d.param_groups):
                    group["lr"] = changed["lr"]
            real = torch.from_numpy(task.real_batch(setup.batch))
            fake = gen(torch.randn(setup.batch, setup.noise))
            # Discriminator: call real examples real (1) and fakes fake (0).
            d_loss = bce(disc(real), ones) + bce(disc(fake.detach()), zeros)
            opt_d.zero_grad()
            d_loss.backward()
            opt_d.step()
            # Generator: make the discriminator call the fakes real.
            g_loss = bce(disc(fake), ones)
            opt_g.zero_grad()
            g_loss.backward()
            opt_g.step()
            d_sum += float(d_loss.detach())
            g_sum += float(g_loss.detach())

            if step % every == 0 or step == steps:
                count = every if step % every == 0 else step % every
                curves["discriminator"].append(d_sum / count)
                curves["generator"].append(g_sum / count)
                d_sum = g_sum = 0.0
                xs.append(float(step))
                with torch.no_grad():
                    samples = gen(eval_noise).numpy()
                    shown = gen(fixed_noise).numpy()
                coverage.append(float(task.covered(samples)))
                visuals = [task.picture(shown, step), _loss_plot(curves, xs),
                           task.coverage_plot(coverage, xs)]
                ctx.report(Progress(step, steps, task.status(step, steps, coverage[-1]),
                                    visuals=visuals))
            else:
                ctx.report(Progress(step, steps, task.status(step, steps, None), visuals=visuals))

        ctx.check()
        with torch.no_grad():
            samples = gen(eval_noise).numpy()
        metrics = task.metrics(samples)
        metrics.update(
            d_loss=curves["discriminator"][-1],
            g_loss=curves["generator"][-1],
            **{f"max_{task.coverage_key}": max(coverage)},
        )
        final_visuals = [*visuals, task.table(samples)]
        ctx.report(Progress(steps, steps, "done"), force=True)
        return DemoResult(self.name, params, metrics, 0.0, final_visuals,
                          task.explain(metrics, coverage, xs, params), self.lesson,
                          task.question)


# ---------------------------------------------------------------------- networks


def _networks(torch: Any, setup: Setup) -> tuple[Any, Any]:
    """Two small multilayer perceptrons. The digit generator ends in a sigmoid (pixels 0..1)."""
    nn = torch.nn
    h = setup.hidden
    layers = [nn.Linear(setup.noise, h), nn.ReLU(), nn.Linear(h, h), nn.ReLU(),
              nn.Linear(h, setup.data_dim)]
    if setup.data_dim > 2:
        layers.append(nn.Sigmoid())
    gen = nn.Sequential(*layers)
    disc = nn.Sequential(nn.Linear(setup.data_dim, h), nn.LeakyReLU(0.2), nn.Linear(h, h // 2),
                         nn.LeakyReLU(0.2), nn.Linear(h // 2, 1))
    return gen, disc


def _loss_plot(curves: dict[str, list[float]], xs: list[float]) -> LinePlot:
    return LinePlot(
        "Losses: discriminator (near 1.39 = it can't tell) and generator",
        {k: list(v) for k, v in curves.items()}, x=list(xs), ylabel="loss",
    )


# ---------------------------------------------------------------------- datasets


class _Task:
    """What differs between the ring and the digits: data, pictures, coverage, words."""

    intro = ""
    coverage_key = ""
    question = ""
    out_of = 0  # how many modes there are to cover (ring clusters, digit classes)
    coverage_title = ""  # the coverage plot's title
    coverage_series = ""  # its one series
    status_words = ""  # what the status line says after "n/out_of"
    coverage_unit = ""  # its y-axis label

    def real_batch(self, n: int) -> np.ndarray: ...
    def covered(self, samples: np.ndarray) -> int: ...
    def picture(self, shown: np.ndarray, step: int) -> Visual: ...

    def coverage_plot(self, coverage: list[float], xs: list[float]) -> LinePlot:
        return LinePlot(self.coverage_title, {self.coverage_series: list(coverage)}, x=list(xs),
                        ylabel=self.coverage_unit)

    def status(self, step: int, steps: int, covered: float | None) -> str:
        tail = f", {int(covered)}/{self.out_of} {self.status_words}" if covered is not None else ""
        return f"step {step}/{steps}{tail}"

    def metrics(self, samples: np.ndarray) -> dict[str, float]: ...
    def table(self, samples: np.ndarray) -> Table: ...
    def explain(self, metrics: dict[str, float], coverage: list[float], xs: list[float],
                params: dict[str, Any]) -> str: ...


def _covered_count(counts: np.ndarray, total: int, groups: int) -> int:
    """Groups that received at least a tenth of their fair share (total / groups) of samples."""
    return int(np.sum(counts >= FAIR_SHARE_FRACTION * total / groups))


def _collapse_note(coverage: list[float], xs: list[float], out_of: int, noun: str) -> str:
    """A sentence about the worst drop in coverage during training, if there was one."""
    best_drop, where = 0.0, None
    peak = coverage[0]
    for i, value in enumerate(coverage):
        peak = max(peak, value)
        if peak - value > best_drop:
            best_drop, where = peak - value, i
    if where is None or best_drop < 2 or max(coverage[: where + 1]) < out_of / 2:
        return ""  # early wobbles while nothing is learned yet are not worth a sentence
    peak_before = max(coverage[: where + 1])
    return (f" Watch the coverage curve: around step {int(xs[where])} it fell from "
            f"{int(peak_before)} to {int(coverage[where])} of {out_of} {noun}, a bout of mode "
            f"collapse, because GAN training is a moving contest rather than a steady descent.")


class _Ring(_Task):
    intro = "real data: 8 clusters on a ring; the generator starts from noise"
    coverage_key = "modes_covered"
    out_of = RING_MODES
    coverage_title = "Modes covered (of 8): clusters that get a fair share of generated points"
    coverage_series = status_words = "modes covered"
    coverage_unit = "modes"
    question = ("The generator never saw a single real point. Where did its knowledge of the "
                "ring come from, and what would stop it from covering all 8 clusters?")

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        angles = np.arange(RING_MODES) * 2 * math.pi / RING_MODES
        self.centres = np.stack([RING_RADIUS * np.cos(angles), RING_RADIUS * np.sin(angles)], 1)
        self.shown_real = self.real_batch(SHOWN_POINTS)

    def real_batch(self, n: int) -> np.ndarray:
        which = self.rng.integers(0, RING_MODES, n)
        points = self.centres[which] + self.rng.normal(0.0, RING_STD, (n, 2))
        return points.astype(np.float32)

    def _nearest(self, samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        dist = np.linalg.norm(samples[:, None, :] - self.centres[None], axis=2)
        return dist.argmin(1), dist.min(1) < NEAR

    def _counts(self, samples: np.ndarray) -> np.ndarray:
        mode, near = self._nearest(samples)
        return np.bincount(mode[near], minlength=RING_MODES)

    def covered(self, samples: np.ndarray) -> int:
        return _covered_count(self._counts(samples), len(samples), RING_MODES)

    def picture(self, shown: np.ndarray, step: int) -> Visual:
        gen = [(round(float(x), 3), round(float(y), 3)) for x, y in shown[:SHOWN_POINTS]]
        real = [(round(float(x), 3), round(float(y), 3)) for x, y in self.shown_real]
        return ScatterPlot(f"Real points and the generator's points at step {step}",
                           {"real": real, "generated": gen})

    def metrics(self, samples: np.ndarray) -> dict[str, float]:
        counts = self._counts(samples)
        _, near = self._nearest(samples)
        return {
            "modes_covered": float(self.covered(samples)),
            "high_quality": float(near.mean()),
            "smallest_mode_share": float(counts.min() / len(samples)),
        }

    def table(self, samples: np.ndarray) -> Table:
        counts = self._counts(samples)
        fair = len(samples) / RING_MODES
        rows = []
        for i, c in enumerate(counts):
            angle = round(360 * i / RING_MODES)
            state = "covered" if c >= FAIR_SHARE_FRACTION * fair else "MISSED"
            rows.append([f"{i + 1} ({angle} deg)", str(int(c)), f"{c / fair:.0%}", state])
        return Table(f"Where {len(samples)} generated points landed (within {NEAR:g} of a centre)",
                     ["mode", "points", "of fair share", ""], rows)

    def explain(self, metrics: dict[str, float], coverage: list[float], xs: list[float],
                params: dict[str, Any]) -> str:
        covered = int(metrics["modes_covered"])
        how_many = ("all 8 clusters are" if covered == RING_MODES else
                    f"{covered} of the 8 clusters {'is' if covered == 1 else 'are'}")
        text = (
            f"Over {params['steps']} rounds the discriminator learned to tell real points from "
            f"fakes and the generator, which never saw a real point, learned only from its "
            f"verdicts to turn random noise into points that pass as real. At the end {how_many} "
            f"covered: a cluster counts when at least a tenth of its fair "
            f"share of {EVAL_SAMPLES} generated points lands within {NEAR:g} (three times the "
            f"clusters' spread) of its centre, and {metrics['high_quality']:.0%} of all generated "
            f"points land that close to some cluster."
        )
        if metrics["high_quality"] < UNDERTRAINED:
            text += (" Most fakes do not sit on the ring yet: the generator is still searching "
                     "for where the real data lives, and more steps (--steps) let it get there.")
        elif covered < RING_MODES:
            missed = RING_MODES - covered
            text += (f" The {missed} missed {'cluster is' if missed == 1 else 'clusters are'} "
                     f"mode collapse: the "
                     f"generator found a few outputs that fool the discriminator and stopped "
                     f"producing the rest, so its fakes lack the variety of the real data.")
        text += _collapse_note(coverage, xs, RING_MODES, "modes")
        text += (f" The discriminator's loss ended at {metrics['d_loss']:.2f}; 1.39 (2 ln 2) "
                 f"would mean it can no longer tell real from fake at all.")
        return text


class _Digits(_Task):
    intro = "real data: 1,797 handwritten 8x8 digits; the generator starts from noise"
    coverage_key = "digit_classes_covered"
    out_of = 10
    coverage_title = "Different digits the generator makes (of 10), as the classifier reads them"
    coverage_series = "digits covered"
    status_words = "different digits"
    coverage_unit = "digits"
    question = ("If every generated digit looked like a perfect 1, the discriminator might still "
                "be fooled. Why is that a failure for a generative model, and what is it called?")

    def __init__(self, rng: np.random.Generator, seed: int) -> None:
        from sklearn.linear_model import LogisticRegression

        self.rng = rng
        self.data, labels = digit_pixels()
        # A plain classifier trained on the real digits acts as an outside reader of the fakes.
        self.reader = LogisticRegression(max_iter=1000, random_state=seed).fit(self.data, labels)

    def real_batch(self, n: int) -> np.ndarray:
        return self.data[self.rng.integers(0, len(self.data), n)]

    def _read(self, samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        probs = self.reader.predict_proba(samples)
        return probs.argmax(1), probs.max(1)

    def covered(self, samples: np.ndarray) -> int:
        labels, _ = self._read(samples)
        return _covered_count(np.bincount(labels, minlength=10), len(samples), 10)

    def picture(self, shown: np.ndarray, step: int) -> Visual:
        shown = shown[:SHOWN_DIGITS]
        labels, confidence = self._read(shown)
        return ImageGrid(
            f"Generated digits at step {step} (the same noise each time), as a classifier reads them",
            [digit_image(img) for img in shown],
            [f"{d} ({p:.0%})" for d, p in zip(labels, confidence)], columns=8,
        )

    def metrics(self, samples: np.ndarray) -> dict[str, float]:
        labels, confidence = self._read(samples)
        counts = np.bincount(labels, minlength=10)
        return {
            "digit_classes_covered": float(self.covered(samples)),
            "classifier_confidence": float(confidence.mean()),
            "smallest_class_share": float(counts.min() / len(samples)),
        }

    def table(self, samples: np.ndarray) -> Table:
        labels, confidence = self._read(samples)
        rows = []
        for d in range(10):
            hit = labels == d
            conf = f"{confidence[hit].mean():.0%}" if hit.any() else "-"
            rows.append([str(d), str(int(hit.sum())), f"{hit.mean():.1%}", conf])
        return Table(f"What a classifier reads in {len(samples)} generated digits",
                     ["digit", "count", "share", "mean confidence"], rows)

    def explain(self, metrics: dict[str, float], coverage: list[float], xs: list[float],
                params: dict[str, Any]) -> str:
        covered = int(metrics["digit_classes_covered"])
        text = (
            f"Over {params['steps']} rounds the generator learned, only from the discriminator's "
            f"verdicts, to turn noise into 8x8 pictures that pass as handwritten digits. A "
            f"classifier trained on real digits reads {covered} different digits among "
            f"{EVAL_SAMPLES} generated ones (a digit counts when it gets at least a tenth of its "
            f"fair share), with {metrics['classifier_confidence']:.0%} average confidence."
        )
        if metrics["classifier_confidence"] < 0.5:
            text += (" The classifier is unsure about most of them: the fakes are still blurry "
                     "blends, and more steps (--steps) sharpen them.")
        elif covered < 10:
            missed = 10 - covered
            text += (f" The {missed} {'digit' if missed == 1 else 'digits'} it hardly ever makes "
                     f"are mode collapse: the generator settles on the shapes that fool the "
                     f"discriminator best.")
        text += _collapse_note(coverage, xs, 10, "digits")
        text += (" Early on every fake tends to look alike; variety comes only as the "
                 "discriminator learns to reject the generator's favourite shape.")
        return text


DEMO = GanDemo()
