"""The supervised-learning demo at reduced size: real models on the real digits."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tests.demos.conftest import assert_explains, assert_progress_completes_in_order
from tutor.demos import get_demo
from tutor.demos.base import ImageGrid, LinePlot, Table

SMALL = {"epochs": 6, "hidden": 32}


@pytest.fixture(scope="module")
def result_and_events(record_run):
    return record_run("classifier", SMALL)


def test_metrics_are_real_and_high(result_and_events) -> None:
    result, _ = result_and_events
    m = result.metrics
    assert m["accuracy"] >= 0.95
    assert 0.9 <= m["precision"] <= 1.0 and 0.9 <= m["recall"] <= 1.0
    for model in ("logreg", "svm", "mlp"):
        assert 0.5 < m[f"accuracy_{model}"] <= 1.0
    # the headline is the best model's
    assert m["accuracy"] == max(m[f"accuracy_{k}"] for k in ("logreg", "svm", "mlp"))
    assert m["train_examples"] + m["test_examples"] == 1797
    assert m["test_examples"] == pytest.approx(0.25 * 1797, abs=1)


def test_confusion_matrix_and_mistakes_agree(result_and_events) -> None:
    result, _ = result_and_events
    confusion = next(v for v in result.visuals if isinstance(v, Table) and "Confusion" in v.title)
    counts = np.array([[0 if c == "." else int(c) for c in row[1:]] for row in confusion.rows])
    assert counts.shape == (10, 10)
    assert counts.sum() == result.metrics["test_examples"]
    assert np.trace(counts) / counts.sum() == pytest.approx(result.metrics["accuracy"])
    wrong = counts.sum() - np.trace(counts)
    grids = [v for v in result.visuals if isinstance(v, ImageGrid)]
    if wrong:
        (grid,) = grids
        assert len(grid.images) == min(8, wrong)
        for image, caption in zip(grid.images, grid.captions):
            true, predicted = map(int, re.fullmatch(r"true (\d), predicted (\d)", caption).groups())
            assert true != predicted and counts[true, predicted] >= 1
            assert len(image) == 8 and all(0.0 <= v <= 1.0 for row in image for v in row)


def test_explanation_uses_the_measured_numbers(result_and_events) -> None:
    result, _ = result_and_events
    assert_explains(result, "supervised-learning", f"{result.metrics['accuracy']:.1%}", "supervised")


def test_progress_shows_the_network_learning(result_and_events) -> None:
    _, events = result_and_events
    assert_progress_completes_in_order(events)
    epoch_events = [e for e in events if e.message.startswith("neural network epoch")]
    assert len(epoch_events) == SMALL["epochs"]
    plot = epoch_events[-1].visuals[0]
    assert isinstance(plot, LinePlot) and len(plot.series["loss"]) == SMALL["epochs"]
    assert plot.series["loss"][-1] < plot.series["loss"][0]  # it learned
    assert isinstance(epoch_events[-1].visuals[1], ImageGrid)


def test_same_seed_same_metrics_other_seed_other_split() -> None:
    demo = get_demo("classifier")
    a = demo.run({"model": "logreg", "seed": 3}).metrics
    b = demo.run({"model": "logreg", "seed": 3}).metrics
    c = demo.run({"model": "logreg", "seed": 4}).metrics
    assert a == b
    assert a != c


def test_fewer_labels_lower_accuracy() -> None:
    demo = get_demo("classifier")
    hungry = demo.run({"model": "svm", "train_fraction": 0.03}).metrics
    full = demo.run({"model": "svm"}).metrics
    assert hungry["train_examples"] < 60
    assert hungry["accuracy"] < full["accuracy"] - 0.05


def test_cancel_from_the_progress_callback(cancel_run) -> None:
    seen = cancel_run("classifier", {"model": "mlp", "epochs": 50}, lambda p: "epoch 2/" in p.message)
    assert not any("epoch 4/" in p.message for p in seen)
