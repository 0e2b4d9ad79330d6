"""Unsupervised learning, live: algorithms find groups in data without ever seeing a label.

Three small experiments, each with data that ships with scikit-learn:

1. k-means on blobs of points. The first run is stepped one iteration at a time so the
   learner sees the centroids move and settle; then k-means proper (several restarts) gives
   the answer, and the silhouette score for k = 2..8 shows how k can be chosen without labels.
2. The 8x8 digits projected to two dimensions with PCA and clustered into ten groups: the
   clusters only partly match the real digits, because nothing told the algorithm what a
   "3" is.
3. Two interleaved half-moons, where k-means (which cuts space into convex regions) fails and
   DBSCAN (which follows dense regions) succeeds.

The labels that ``make_blobs``/``make_moons``/``load_digits`` return are used only afterwards,
to score the clusters with the adjusted Rand index (ARI: 1 = same grouping, 0 = chance).
"""

from __future__ import annotations

import math
import warnings
from typing import Any, ClassVar

import numpy as np

from tutor.demos import REGISTRY
from tutor.demos.base import (
    Demo,
    DemoResult,
    Param,
    Preset,
    Progress,
    RunContext,
    ScatterPlot,
    Table,
    Visual,
)

LESSON = "unsupervised-learning"
MAX_STEPS = 30  # k-means iterations shown one by one at most
WATCH_PAUSE = 0.4  # seconds per shown k-means iteration when someone watches
K_RANGE = range(2, 9)  # candidate k for the silhouette table
SHOWN_POINTS = 500  # points per scatter plot kept in the result (the chat stores it)
CENTROIDS = "centroids"  # group name renderers draw with a distinct marker


class ClusteringDemo(Demo):
    name = "clustering"
    summary = REGISTRY["clustering"].summary  # one wording, shared with --list
    lesson = LESSON
    params = (
        Param("k", int, 4, "number of clusters k-means looks for in the blobs", 2, 10),
        Param("blobs", int, 4, "number of blobs the data really has", 2, 8),
        Param("points", int, 400, "points in the blob data", 50, 5000),
        Param("spread", float, 1.0, "spread of each blob (larger: blobs overlap)", 0.1, 5.0),
        Param("eps", float, 0.2, "DBSCAN neighbourhood radius on the moons", 0.02, 2.0),
    )
    unit = "iteration"  # one assign-and-move round of k-means
    headline = ("ari", "silhouette", "best_k_by_silhouette", "moons_ari_kmeans",
                "moons_ari_dbscan")
    compare_notes: ClassVar[dict[str, tuple[str, str]]] = {
        "k": ("k-means always returns exactly k groups, whatever the data holds: the user must "
              "pick k in advance, and the silhouette is one way to pick it without labels.",
              "unsupervised-learning#how-k-means-finds-clusters"),
        "spread": ("The more the blobs overlap, the less any clustering can recover the hidden "
                   "groups: points in the overlap could belong to either.",
                   "unsupervised-learning#clustering-groups-similar-data-points"),
        "eps": ("DBSCAN's radius decides which points count as neighbours: too small and "
                "everything is noise, too large and the moons merge.",
                "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps"),
    }
    presets = (
        Preset(
            "wrong-k", {"k": 2},
            "k-means told to find 2 groups in data that has 4",
            "unsupervised-learning#how-k-means-finds-clusters",
            "k-means was asked for 2 clusters in data that really has 4 blobs, and it obeyed: "
            "it merged pairs of blobs, so its groups match the hidden ones with an adjusted "
            "Rand index of only {ari:.2f} (1 is a perfect match). K-means never questions k; "
            "the silhouette table, computed without any labels, peaks at "
            "k={best_k_by_silhouette:.0f}, which is how you would notice.",
            lambda m: m["ari"] < 0.75 and m["best_k_by_silhouette"] != 2, {},
        ),
    )

    def _run(self, params: dict[str, Any], ctx: RunContext) -> DemoResult:
        from sklearn.cluster import DBSCAN, KMeans
        from sklearn.metrics import adjusted_rand_score, silhouette_score

        seed, k = params["seed"], params["k"]
        rng = np.random.default_rng(seed)
        total = MAX_STEPS + len(K_RANGE) + 3
        x, truth = _blobs(params, seed)

        # 1. k-means, one iteration at a time, from random starting points.
        steps, labels = self._watch_kmeans(x, k, seed, ctx, total)
        watched_ari = adjusted_rand_score(truth, labels)
        ctx.check()
        best = KMeans(k, n_init=10, random_state=seed).fit(x)
        ari = adjusted_rand_score(truth, best.labels_)
        silhouette = silhouette_score(x, best.labels_)
        blob_plot = _scatter(
            f"Blobs: k-means with k={k} (ARI {ari:.2f} against the hidden labels)",
            x, best.labels_, rng, best.cluster_centers_,
        )
        step = MAX_STEPS + 1
        ctx.report(Progress(step, total, f"k-means with 10 restarts: ARI {ari:.2f}",
                            visuals=[blob_plot]), force=True)

        # How to choose k without labels: the silhouette peaks at the real number of blobs.
        by_k: dict[int, float] = {}
        for candidate in K_RANGE:
            ctx.check()
            guess = KMeans(candidate, n_init=4, random_state=seed).fit_predict(x)
            by_k[candidate] = float(silhouette_score(x, guess))
            step += 1
            ctx.report(Progress(step, total, f"silhouette for k={candidate}: "
                                f"{by_k[candidate]:.2f}", visuals=[blob_plot]))
        best_k = max(by_k, key=lambda c: by_k[c])

        # 2. Digits squeezed to 2-D by PCA, then grouped into ten clusters.
        ctx.check()
        digits_plot, digits_ari_2d, digits_ari_64d = _digits(seed, rng)
        step += 1
        ctx.report(Progress(step, total, f"digits in 2-D: ARI {digits_ari_2d:.2f}",
                            visuals=[blob_plot, digits_plot]), force=True)

        # 3. Moons: convex cuts fail, density succeeds.
        ctx.check()
        moons, moon_truth = _moons(seed)
        km_moons = KMeans(2, n_init=10, random_state=seed).fit_predict(moons)
        db_moons = DBSCAN(eps=params["eps"], min_samples=5).fit_predict(moons)
        moons_km = adjusted_rand_score(moon_truth, km_moons)
        moons_db = adjusted_rand_score(moon_truth, db_moons)
        noise = int(np.sum(db_moons == -1))
        found = len(set(db_moons.tolist()) - {-1})
        moon_plots = [
            _scatter(f"Moons: k-means, k=2 (ARI {moons_km:.2f})", moons, km_moons, rng),
            _scatter(f"Moons: DBSCAN, eps={params['eps']} (ARI {moons_db:.2f})", moons,
                     db_moons, rng),
        ]
        ctx.report(Progress(total, total, "done"), force=True)

        metrics = {
            "ari": ari,
            "silhouette": silhouette,
            "best_k_by_silhouette": float(best_k),
            "watched_run_ari": watched_ari,
            "kmeans_iterations": float(steps),
            "digits_ari_2d": digits_ari_2d,
            "digits_ari_64d": digits_ari_64d,
            "moons_ari_kmeans": moons_km,
            "moons_ari_dbscan": moons_db,
            "moons_dbscan_clusters": float(found),
        }
        table = Table(
            "Choosing k without labels: mean silhouette (higher = tighter, better separated)",
            ["k"] + [str(c) for c in K_RANGE],
            [["silhouette"] + [f"{by_k[c]:.2f}" for c in K_RANGE]],
        )
        visuals: list[Visual] = [blob_plot, table, digits_plot, *moon_plots]
        explanation = _explain(params, metrics, best_k, noise)
        question = (
            "k-means was never shown a single label, yet it matched the blobs perfectly. Why "
            "did it still fail on the moons, and what does DBSCAN assume instead?"
        )
        return DemoResult(self.name, params, metrics, 0.0, visuals, explanation, self.lesson,
                          question)

    def _watch_kmeans(
        self, x: np.ndarray, k: int, seed: int, ctx: RunContext, total: int
    ) -> tuple[int, np.ndarray]:
        """Lloyd's algorithm one iteration per KMeans call (max_iter=1, warm-started)."""
        from sklearn.cluster import KMeans
        from sklearn.exceptions import ConvergenceWarning

        # Classic "Forgy" start: k random points. Worse than k-means++ on purpose, so there is
        # movement to watch, and sometimes a run that gets stuck (which is why k-means restarts).
        rng = np.random.default_rng(seed + 1)
        centres = x[rng.choice(len(x), k, replace=False)]
        labels = np.argmin(((x[:, None, :] - centres[None]) ** 2).sum(-1), axis=1)
        ctx.report(Progress(0, total, "k-means: starting points chosen",
                            visuals=[_scatter("k-means: starting points", x, labels, rng,
                                              centres)]), force=True)
        ctx.pause(WATCH_PAUSE)
        steps = 0
        for steps in range(1, MAX_STEPS + 1):
            ctx.unit(steps)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                model = KMeans(k, init=centres, n_init=1, max_iter=1).fit(x)
            moved = float(np.abs(model.cluster_centers_ - centres).max())
            changed = int(np.sum(model.labels_ != labels))
            centres, labels = model.cluster_centers_, model.labels_
            ctx.report(Progress(
                steps, total,
                f"k-means iteration {steps}: {changed} points changed cluster, "
                f"centroids moved up to {moved:.2f}",
                visuals=[_scatter(f"k-means iteration {steps}", x, labels, rng, centres)],
            ), force=True)
            ctx.pause(WATCH_PAUSE)
            if moved < 1e-6:
                break
        return steps, labels


# ---------------------------------------------------------------------- data


def _blobs(params: dict[str, Any], seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Blobs on a ring, neighbours 9 units apart: well separated at the default spread of 1,
    so k-means with the right k can recover them exactly (ARI 1.0) for every seed."""
    from sklearn.datasets import make_blobs

    n = params["blobs"]
    rng = np.random.default_rng(seed)
    radius = 4.5 / math.sin(math.pi / n)
    angles = rng.uniform(0, 2 * math.pi) + np.arange(n) * 2 * math.pi / n
    centres = np.c_[radius * np.cos(angles), radius * np.sin(angles)]
    return make_blobs(params["points"], centers=centres, cluster_std=params["spread"],
                      random_state=seed)


def _moons(seed: int) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import make_moons

    return make_moons(300, noise=0.06, random_state=seed)


def _digits(seed: int, rng: np.random.Generator) -> tuple[ScatterPlot, float, float]:
    from sklearn.cluster import KMeans
    from sklearn.datasets import load_digits
    from sklearn.decomposition import PCA
    from sklearn.metrics import adjusted_rand_score

    digits = load_digits()
    flat = PCA(2, random_state=seed).fit_transform(digits.data)
    in_2d = KMeans(10, n_init=4, random_state=seed).fit_predict(flat)
    in_64d = KMeans(10, n_init=4, random_state=seed).fit_predict(digits.data)
    ari_2d = adjusted_rand_score(digits.target, in_2d)
    ari_64d = adjusted_rand_score(digits.target, in_64d)
    plot = _scatter(f"Digits projected to 2-D by PCA, 10 k-means clusters (ARI {ari_2d:.2f})",
                    flat, in_2d, rng)
    return plot, float(ari_2d), float(ari_64d)


def _scatter(
    title: str, x: np.ndarray, labels: np.ndarray, rng: np.random.Generator,
    centres: np.ndarray | None = None,
) -> ScatterPlot:
    """Points grouped by cluster (DBSCAN's -1 is "noise"), at most SHOWN_POINTS of them."""
    keep = np.arange(len(x))
    if len(x) > SHOWN_POINTS:
        keep = np.sort(rng.choice(len(x), SHOWN_POINTS, replace=False))
    groups: dict[str, list[tuple[float, float]]] = {}
    for label in sorted(set(labels.tolist())):
        name = "noise" if label == -1 else f"cluster {label + 1}"
        chosen = keep[labels[keep] == label]
        groups[name] = [(round(float(a), 3), round(float(b), 3)) for a, b in x[chosen]]
    if centres is not None:
        groups[CENTROIDS] = [(round(float(a), 3), round(float(b), 3)) for a, b in centres]
    return ScatterPlot(title, groups)


def _explain(params: dict[str, Any], m: dict[str, float], best_k: int, noise: int) -> str:
    k, blobs = params["k"], params["blobs"]
    iterations = int(m["kmeans_iterations"])
    if k == blobs and m["ari"] > 0.99:
        first = (f"Without seeing a single label, k-means split the {params['points']} points "
                 f"into {k} groups that match the hidden blobs exactly (ARI {m['ari']:.2f}).")
        if m["watched_run_ari"] < m["ari"] - 0.01:
            first += (f" The run you watched started from {k} random points and got stuck in "
                      f"a worse grouping (ARI {m['watched_run_ari']:.2f}) after {iterations} "
                      f"iterations, which is why k-means is restarted and the tightest result "
                      f"kept.")
        else:
            first += f" The run you watched settled after {iterations} iterations."
    else:
        first = (f"k-means looked for {k} groups in data that really has {blobs} blobs, so its "
                 f"grouping only partly matches them (ARI {m['ari']:.2f}); it always returns "
                 f"exactly k clusters, right or wrong.")
    return (
        "This was unsupervised learning: the algorithms found structure on their own, and the "
        "labels were used only afterwards to score them. " + first +
        f" The silhouette score, which needs no labels, was highest at k={best_k}, a way to "
        f"pick k in practice. On the digits squeezed into 2-D the ten clusters matched the "
        f"real digits only partly (ARI {m['digits_ari_2d']:.2f}; {m['digits_ari_64d']:.2f} "
        f"with all 64 pixels). On the moons k-means scored ARI {m['moons_ari_kmeans']:.2f} "
        f"because it cuts space with straight borders, while DBSCAN followed the dense curves "
        f"(ARI {m['moons_ari_dbscan']:.2f}, {noise} points left as noise)."
    )


DEMO = ClusteringDemo()
