"""A variational autoencoder, live: digits squeezed into a 2-D map, then decoded into new ones.

The encoder turns each 8x8 digit (64 pixels) into a point in a 2-D latent space, more
precisely a small cloud (a mean and a spread) from which a point is drawn; the decoder turns
a point back into a digit. Training balances two things: reconstructions should look like
the input, and the clouds should stay close to a standard normal distribution (the KL term),
which keeps the map tidy so that *any* point near the centre decodes to a plausible digit.

The learner sees originals beside their reconstructions (and PCA's, the best flat 2-D
projection, as a baseline), the map coloured by digit (labels are only used for colour: the
VAE never sees them), a grid decoded from a walk across the map, and fresh samples.
"""

from __future__ import annotations

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
    Visual,
)
from tutor.demos.datasets import digit_image, split_digits

LESSON = "vaes"
HIDDEN = 128
BATCH = 64
LATENT = 2
SHOWN = 8  # test digits shown with their reconstructions
WALK = 6  # the latent walk is a WALK x WALK grid of decoded digits
SAMPLES = 16
MAP_POINTS_PER_DIGIT = 40  # points per digit in the latent scatter plot
SNAPSHOTS = 30


class VaeDemo(Demo):
    name = "vae"
    summary = REGISTRY["vae"].summary  # one wording, shared with --list
    lesson = LESSON
    params = (
        Param("epochs", int, 120, "passes over the 1,347 training digits", 1, 2000),
        Param("lr", float, 2e-3, "learning rate (Adam)", 1e-5, 0.1),
        Param("beta", float, 1.0,
              "weight of the KL term: 0 = plain autoencoder (untidy map), higher = tidier map "
              "but blurrier digits", 0.0, 20.0),
    )
    unit = "epoch"
    knobs = (Knob("lr", factor=2.0, low=1e-5, high=0.1),
             Knob("beta", step=0.5, low=0.0, high=20.0))
    headline = ("recon_mse", "latent_knn_accuracy", "kl", "recon_vs_pca")
    compare_notes: ClassVar[dict[str, tuple[str, str]]] = {
        "beta": ("Beta weighs the KL term against reconstruction: near 0 the model is a plain "
                 "autoencoder with sharp digits but an untidy map, and a large beta pulls every "
                 "code to the centre until the map forgets which digit is which.",
                 "vaes#why-the-autoencoder-is-called-variational"),
        "lr": ("The learning rate sets how far each update moves the encoder and decoder.",
               "training-and-overfitting#gradient-descent-in-plain-words"),
        "epochs": ("More passes over the digits sharpen the reconstructions and tidy the map.",
                   "vaes#encoder-latent-space-and-decoder"),
    }
    presets = (
        Preset(
            "no-structure", {"beta": 20.0},
            "a KL weight so high the latent map collapses: every digit lands in the same place",
            "vaes#what-the-latent-space-represents",
            "with beta 20 the KL term outweighs reconstruction, so the cheapest thing the "
            "encoder can do is ignore its input and put every digit at the centre of the map. "
            "The map has no structure left: the codes carry almost no information (KL "
            "{kl:.2f}), and a vote of neighbours in it names only "
            "{latent_knn_accuracy:.0%} of held-out digits (PCA's flat map: "
            "{pca_knn_accuracy:.0%}); every decoded point is the same blurry average digit.",
            lambda m: m["kl"] < 0.1 and m["latent_knn_accuracy"] < m["pca_knn_accuracy"],
            {"epochs": 20},
        ),
    )

    def _run(self, params: dict[str, Any], ctx: RunContext) -> DemoResult:
        # Loading torch, the digits and fitting PCA take a few seconds on a busy machine:
        # say so at once rather than leave the learner looking at an empty card.
        ctx.report(Progress(0, 1, "preparing digits and the PCA baseline..."), force=True)
        from sklearn.decomposition import PCA

        from tutor.core.runtime import import_torch

        torch = import_torch()
        nn, functional = torch.nn, torch.nn.functional
        seed, epochs, beta = params["seed"], params["epochs"], params["beta"]
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)

        x_train, x_test, y_train, y_test = split_digits(seed)
        # The baseline: PCA keeps the two directions of greatest variance (a flat projection).
        pca = PCA(LATENT, random_state=seed).fit(x_train)
        pca_recon = np.clip(pca.inverse_transform(pca.transform(x_test)), 0.0, 1.0)
        pca_mse = float(np.mean((pca_recon - x_test) ** 2))

        encoder = nn.Sequential(nn.Linear(64, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, HIDDEN),
                                nn.ReLU(), nn.Linear(HIDDEN, 2 * LATENT))
        decoder = nn.Sequential(nn.Linear(LATENT, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, HIDDEN),
                                nn.ReLU(), nn.Linear(HIDDEN, 64))
        optimiser = torch.optim.Adam([*encoder.parameters(), *decoder.parameters()], params["lr"])
        train_t, test_t = torch.from_numpy(x_train), torch.from_numpy(x_test)
        shown = _spread(y_test, SHOWN)
        map_idx = _per_class(y_test, MAP_POINTS_PER_DIGIT)

        def encode(x: Any) -> tuple[Any, Any]:
            out = encoder(x)
            return out[:, :LATENT], out[:, LATENT:]

        def decode(z: Any) -> Any:
            return torch.sigmoid(decoder(z))

        batches = -(-len(x_train) // BATCH)
        total = epochs * batches
        every = max(1, epochs // SNAPSHOTS)
        curves: dict[str, list[float]] = {"reconstruction": [], "KL": []}
        visuals: list[Visual] = []
        step = 0
        ctx.report(Progress(0, total, f"{len(x_train)} digits to learn from, {len(x_test)} held "
                                      f"out; PCA-2 reconstruction error {pca_mse:.4f}"), force=True)
        for epoch in range(1, epochs + 1):
            changed = ctx.unit(epoch)
            beta = changed.get("beta", beta)
            if "lr" in changed:
                for group in optimiser.param_groups:
                    group["lr"] = changed["lr"]
            rec_sum = kl_sum = 0.0
            order = rng.permutation(len(x_train))
            encoder.train()
            decoder.train()
            for start in range(0, len(order), BATCH):
                ctx.check()
                x = train_t[order[start:start + BATCH]]
                mu, logvar = encode(x)
                # The reparameterisation trick: draw z = mu + sigma * noise so gradients flow.
                z = mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)
                rec = functional.binary_cross_entropy_with_logits(decoder(z), x,
                                                                   reduction="sum") / len(x)
                kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / len(x)
                loss = rec + beta * kl
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                rec_sum += float(rec.detach())
                kl_sum += float(kl.detach())
                step += 1
                ctx.report(Progress(step, total, f"epoch {epoch}/{epochs}", visuals=visuals))
            curves["reconstruction"].append(rec_sum / batches)
            curves["KL"].append(kl_sum / batches)
            if epoch % every == 0 or epoch == epochs:
                with torch.no_grad():
                    codes = encode(test_t)[0]
                    recon = decode(codes).numpy()
                mse = float(np.mean((recon - x_test) ** 2))
                visuals = [
                    _loss_plot(curves),
                    _pairs(x_test[shown], recon[shown], pca_recon[shown], y_test[shown]),
                    _latent_map(codes.numpy()[map_idx], y_test[map_idx], epoch),
                ]
                ctx.report(Progress(
                    step, total,
                    f"epoch {epoch}/{epochs}: held-out reconstruction error {mse:.4f} "
                    f"(PCA-2: {pca_mse:.4f})", visuals=visuals), force=True)

        ctx.check()
        encoder.eval()
        decoder.eval()
        with torch.no_grad():
            codes = encode(test_t)[0]
            recon = decode(codes).numpy()
            train_codes = encode(train_t)[0].numpy()
            walk = _walk_points(train_codes)
            walk_images = decode(torch.from_numpy(walk)).numpy()
            fresh = decode(torch.randn(SAMPLES, LATENT)).numpy()
        codes_np = codes.numpy()
        recon_mse = float(np.mean((recon - x_test) ** 2))
        metrics = {
            "recon_mse": recon_mse,
            "pca_mse": pca_mse,
            "recon_vs_pca": recon_mse / pca_mse,
            "kl": curves["KL"][-1],
            "latent_knn_accuracy": _knn_accuracy(train_codes, y_train, codes_np, y_test),
            "pca_knn_accuracy": _knn_accuracy(pca.transform(x_train), y_train,
                                              pca.transform(x_test), y_test),
            "test_examples": float(len(x_test)),
        }
        final: list[Visual] = [
            _loss_plot(curves),
            _pairs(x_test[shown], recon[shown], pca_recon[shown], y_test[shown]),
            _latent_map(codes_np[map_idx], y_test[map_idx], epochs),
            ImageGrid(
                f"A walk across the latent map: {WALK}x{WALK} points decoded into digits "
                f"(left to right: first latent number, top to bottom: second)",
                [_mosaic(walk_images, WALK)], [], columns=1),
            ImageGrid("Fresh digits: random points from the centre of the map, decoded",
                      [digit_image(img) for img in fresh], [], columns=8),
        ]
        ctx.report(Progress(total, total, "done"), force=True)
        return DemoResult(self.name, params, metrics, 0.0, final, _explain(metrics, params),
                          self.lesson, QUESTION)


QUESTION = ("Pick a point in the latent map halfway between two clusters of different digits. "
            "What would the decoder draw there, and why can a VAE do this reliably while a "
            "plain autoencoder may not?")


def _explain(metrics: dict[str, float], params: dict[str, Any]) -> str:
    better = metrics["recon_vs_pca"] < 1
    comparison = (
        f"{1 - metrics['recon_vs_pca']:.0%} lower than PCA's {metrics['pca_mse']:.4f}, the best "
        f"any flat 2-D projection can do, because the encoder and decoder are curved (non-linear) "
        f"mappings"
        if better else
        f"not better than PCA's {metrics['pca_mse']:.4f} (ratio {metrics['recon_vs_pca']:.2f}); "
        f"with more epochs, or a smaller --beta, the curved encoder and decoder usually win"
    )
    beta_note = (" With --beta 0 the KL term is switched off: reconstructions sharpen but the "
                 "map loses its tidy centre." if params["beta"] > 0 else
                 " With --beta 0 this was a plain autoencoder: nothing kept the map near the "
                 "centre, so random points may decode to smudges.")
    return (
        f"The encoder squeezed each 64-pixel digit into just 2 numbers, a point in the latent "
        f"space, and the decoder learned to redraw the digit from that point alone. On "
        f"{int(metrics['test_examples'])} digits it never trained on, the reconstruction error "
        f"is {metrics['recon_mse']:.4f}, {comparison}. Although the VAE never saw a label, "
        f"digits of the same kind land near each other: a vote of the 5 nearest neighbours in "
        f"the map names {metrics['latent_knn_accuracy']:.0%} of held-out digits correctly "
        f"(PCA's map: {metrics['pca_knn_accuracy']:.0%}). The KL term (ending at "
        f"{metrics['kl']:.2f}) pulls the codes towards a standard normal cloud, so any point "
        f"near the centre decodes to a plausible digit: that is how the walk and the fresh "
        f"samples were generated." + beta_note
    )


# ---------------------------------------------------------------------- helpers


def _spread(labels: np.ndarray, count: int) -> list[int]:
    """The first held-out example of ``count`` different digits."""
    return [int(np.flatnonzero(labels == d)[0]) for d in range(10) if (labels == d).any()][:count]


def _per_class(labels: np.ndarray, per_class: int) -> np.ndarray:
    return np.concatenate([np.flatnonzero(labels == d)[:per_class] for d in range(10)])


def _knn_accuracy(train: np.ndarray, y_train: np.ndarray, test: np.ndarray,
                  y_test: np.ndarray) -> float:
    from sklearn.neighbors import KNeighborsClassifier

    model = KNeighborsClassifier(n_neighbors=5).fit(train, y_train)
    return float(np.mean(model.predict(test) == y_test))


def _walk_points(codes: np.ndarray) -> np.ndarray:
    """A WALK x WALK grid spanning where the training digits actually sit (5th-95th percentile)."""
    lo = np.percentile(codes, 5, axis=0)
    hi = np.percentile(codes, 95, axis=0)
    xs = np.linspace(lo[0], hi[0], WALK)
    ys = np.linspace(hi[1], lo[1], WALK)  # top row = high second coordinate, like a map
    return np.array([[x, y] for y in ys for x in xs], dtype=np.float32)


def _mosaic(images: np.ndarray, side: int) -> list[list[float]]:
    """Tile side x side 8x8 digits into one picture with 1-pixel dark gaps."""
    size = side * 8 + side - 1
    canvas = np.zeros((size, size))
    for i, img in enumerate(images):
        r, c = divmod(i, side)
        canvas[r * 9:r * 9 + 8, c * 9:c * 9 + 8] = img.reshape(8, 8)
    return canvas.round(3).tolist()


def _pairs(originals: np.ndarray, recon: np.ndarray, pca: np.ndarray,
           labels: np.ndarray) -> ImageGrid:
    images = [img.reshape(8, 8).round(3).tolist() for group in (originals, recon, pca)
              for img in group]
    n = len(originals)
    captions = ([f"digit {d}" for d in labels] + ["VAE"] * n + ["PCA-2"] * n)
    return ImageGrid("Held-out digits (top), the VAE's reconstructions (middle) and PCA's (bottom)",
                     images, captions, columns=n)


def _latent_map(codes: np.ndarray, labels: np.ndarray, epoch: int) -> ScatterPlot:
    groups = {str(d): [(round(float(x), 3), round(float(y), 3))
                       for x, y in codes[labels == d]] for d in range(10)}
    return ScatterPlot(f"The latent map after epoch {epoch}: held-out digits, one colour each",
                       groups)


def _loss_plot(curves: dict[str, list[float]]) -> LinePlot:
    return LinePlot("Loss per epoch: reconstruction (how unlike the input) and KL (how far "
                    "from the standard normal)", {k: list(v) for k, v in curves.items()},
                    x=[float(i) for i in range(1, len(curves["KL"]) + 1)], xlabel="epoch")


DEMO = VaeDemo()
