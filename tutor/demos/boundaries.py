"""Two-dimensional data and decision-boundary pictures for the classifier demo.

With two features every point of the plane can be classified, so a model's decision boundary
can be drawn, as in TensorFlow Playground: the plane becomes a small grayscale picture (an
``ImageGrid``, drawn with half-blocks by the chat and the text renderer alike) whose shade is
the model's belief that a point belongs to the bright class, with the test points on top in
their true class's colour (black or white). The data ship with scikit-learn: nothing is
downloaded.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from tutor.demos.base import ImageGrid

SIDE = 32  # boundary pictures are SIDE x SIDE pixels (SIDE columns, SIDE/2 rows of half-blocks)
POINTS = 300  # points in a 2-D dataset
DARK, BRIGHT = 0.0, 1.0  # test points of class 0 and class 1
REGION_LOW, REGION_HIGH = 0.25, 0.75  # the background shade runs between these


def two_d_data(name: str, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``moons`` (two interleaved half circles: no straight line separates them) or ``blobs``
    (two overlapping round clouds: a straight line does about as well as anything)."""
    from sklearn.datasets import make_blobs, make_moons

    if name == "moons":
        x, y = make_moons(POINTS, noise=0.25, random_state=seed)
    else:
        x, y = make_blobs(POINTS, centers=2, cluster_std=2.2, random_state=seed)
    return x.astype(np.float64), y


class Plane:
    """The grid of points a boundary picture evaluates, spanning the data with a margin.
    ``to_model`` is the same transformation the models' inputs get (scaling, stretching)."""

    def __init__(self, x: np.ndarray, to_model: Any) -> None:
        lo, hi = x.min(0), x.max(0)
        pad = (hi - lo) * 0.08
        self.lo, self.hi = lo - pad, hi + pad
        xs = np.linspace(self.lo[0], self.hi[0], SIDE)
        ys = np.linspace(self.hi[1], self.lo[1], SIDE)  # top row = largest second feature
        grid = np.array([[a, b] for b in ys for a in xs])
        self.inputs = to_model(grid)

    def cell(self, point: np.ndarray) -> tuple[int, int]:
        fx = (point[0] - self.lo[0]) / (self.hi[0] - self.lo[0])
        fy = (self.hi[1] - point[1]) / (self.hi[1] - self.lo[1])
        return (min(SIDE - 1, max(0, round(fy * (SIDE - 1)))),
                min(SIDE - 1, max(0, round(fx * (SIDE - 1)))))

    def picture(self, belief: np.ndarray, points: np.ndarray, labels: np.ndarray) -> list[
            list[float]]:
        """``belief``: P(class 1) at every grid point. Shaded background, points on top."""
        shade = REGION_LOW + (REGION_HIGH - REGION_LOW) * np.asarray(belief, dtype=float)
        image = shade.reshape(SIDE, SIDE).round(3)
        for point, label in zip(points, labels):
            r, c = self.cell(point)
            image[r, c] = BRIGHT if label else DARK
        return image.tolist()


def belief(model: Any, inputs: np.ndarray) -> np.ndarray:
    """P(class 1) where the model offers probabilities, else its 0/1 decision."""
    if hasattr(model, "predict_proba"):
        try:
            return model.predict_proba(inputs)[:, 1]
        except AttributeError:  # an SVC without probability=True
            pass
    if hasattr(model, "decision_function"):
        return 1.0 / (1.0 + np.exp(-np.clip(model.decision_function(inputs), -30, 30)))
    return model.predict(inputs).astype(float)


def boundaries(title: str, pictures: list[list[list[float]]], captions: list[str]) -> ImageGrid:
    return ImageGrid(title, pictures, captions, columns=len(pictures))


TITLE = ("Decision boundaries: shade = the model's belief in the bright class, dots = test "
         "points in their true class (black or white)")
