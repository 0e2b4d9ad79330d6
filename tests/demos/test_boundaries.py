"""The classifier on 2-D data: moons and blobs ship with scikit-learn, and each model's decision
boundary is a half-block picture (shade = belief, dots = test points) that every face draws."""

from __future__ import annotations

import numpy as np
import pytest

from tutor.demos import get_demo
from tutor.demos.base import ImageGrid, RunContext
from tutor.demos.boundaries import REGION_HIGH, REGION_LOW, SIDE, TITLE
from tutor.demos.render_text import render_result


@pytest.fixture(scope="module")
def moons():
    events = []
    result = get_demo("classifier").run(
        {"data": "moons", "epochs": 30},
        RunContext(events.append, min_interval=0, pace=0))
    return result, events


def test_each_model_draws_its_boundary(moons) -> None:
    result, _ = moons
    grid = next(v for v in result.visuals if isinstance(v, ImageGrid) and v.title == TITLE)
    assert len(grid.images) == 3 and len(grid.captions) == 3
    for picture in grid.images:
        pixels = np.array(picture)
        assert pixels.shape == (SIDE, SIDE)
        background = pixels[(pixels > 0) & (pixels < 1)]
        assert background.min() >= REGION_LOW - 1e-9 and background.max() <= REGION_HIGH + 1e-9
        assert (pixels == 0).any() and (pixels == 1).any()  # test points of both classes
    # a straight line cannot follow the moons; the kernel SVM bends around them
    m = result.metrics
    assert m["accuracy_svm"] > m["accuracy_logreg"] and m["accuracy_svm"] >= 0.85
    assert "draws the line between them" in result.explanation


def test_the_network_boundary_forms_epoch_by_epoch(moons) -> None:
    _, events = moons
    frames = [v for e in events for v in e.visuals
              if isinstance(v, ImageGrid) and v.title == TITLE and len(v.images) >= 1
              and v.captions and v.captions[-1].startswith("neural network")]
    assert len(frames) >= 10
    assert frames[0].images[-1] != frames[-1].images[-1]  # the picture changed as it learned


def test_boundaries_render_as_text_and_blobs_work(moons) -> None:
    result, _ = moons
    text = render_result(result, color=False)
    assert "Decision boundaries" in text and "@" in text  # bright test points, shaded plane
    blobs = get_demo("classifier").run({"data": "blobs", "model": "logreg"})
    assert blobs.metrics["accuracy"] >= 0.75 and blobs.metrics["test_examples"] == 75
