"""The unsupervised-learning demo: k-means, silhouette, digits in 2-D, moons vs DBSCAN."""

from __future__ import annotations

import threading

import pytest

from tutor.demos import get_demo
from tutor.demos.base import Cancelled, RunContext, ScatterPlot, Table

SMALL = {"points": 200}


@pytest.fixture(scope="module")
def result_and_events(record_run):
    return record_run("clustering", SMALL)


def test_blobs_recovered_and_moons_need_density(result_and_events) -> None:
    result, _ = result_and_events
    m = result.metrics
    assert m["ari"] == pytest.approx(1.0)
    assert m["silhouette"] > 0.6
    assert m["best_k_by_silhouette"] == 4  # the real number of blobs, found without labels
    assert m["moons_ari_dbscan"] > 0.95
    assert m["moons_ari_kmeans"] < 0.6
    assert 0.1 < m["digits_ari_2d"] < m["digits_ari_64d"] < 0.95


def test_wrong_k_scores_lower() -> None:
    m = get_demo("clustering").run({**SMALL, "k": 3}).metrics
    assert m["ari"] < 0.95


def test_overlapping_blobs_score_lower() -> None:
    m = get_demo("clustering").run({**SMALL, "spread": 4.0}).metrics
    assert m["ari"] < 0.9


def test_kmeans_iterations_are_shown_with_centroids(result_and_events) -> None:
    result, events = result_and_events
    steps = [e for e in events if e.message.startswith("k-means iteration")]
    assert len(steps) == result.metrics["kmeans_iterations"] >= 1
    for event in steps:
        (plot,) = event.visuals
        assert isinstance(plot, ScatterPlot)
        assert len(plot.groups["centroids"]) == 4
        assert sum(len(p) for g, p in plot.groups.items() if g != "centroids") == SMALL["points"]
    assert events[-1].fraction == 1.0


def test_result_visuals(result_and_events) -> None:
    result, _ = result_and_events
    scatters = [v for v in result.visuals if isinstance(v, ScatterPlot)]
    assert len(scatters) == 4  # blobs, digits, moons twice
    assert all(sum(len(p) for p in s.groups.values()) <= 504 for s in scatters)
    table = next(v for v in result.visuals if isinstance(v, Table))
    assert table.headers[1:] == [str(k) for k in range(2, 9)]
    assert result.lesson == "unsupervised-learning"
    assert f"ARI {result.metrics['moons_ari_dbscan']:.2f}" in result.explanation


def test_same_seed_same_metrics() -> None:
    demo = get_demo("clustering")
    a = demo.run({**SMALL, "seed": 7})
    b = demo.run({**SMALL, "seed": 7})
    assert a.metrics == b.metrics
    assert a.to_dict()["visuals"] == b.to_dict()["visuals"]


def test_cancel_from_the_progress_callback(cancel_run) -> None:
    seen = cancel_run("clustering", SMALL, lambda p: p.message.startswith("k-means iteration"))
    assert sum(p.message.startswith("k-means iteration") for p in seen) == 1


def test_pause_is_interrupted_by_cancel() -> None:
    """A watched run pauses between k-means steps; Esc must not wait for the pause to end."""
    cancel = threading.Event()
    timer = threading.Timer(0.2, cancel.set)
    timer.start()
    ctx = RunContext(lambda p: None, cancel_event=cancel, pace=100.0)
    import time

    started = time.perf_counter()
    with pytest.raises(Cancelled):
        get_demo("clustering").run(SMALL, ctx)
    assert time.perf_counter() - started < 5
