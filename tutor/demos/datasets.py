"""The handwritten digits several demos learn from, loaded, scaled and split one way.

scikit-learn ships 1,797 8x8 digits (pixels 0..16), so nothing is downloaded. The classifier,
the VAE, the GAN and the side-by-side comparison all use them with pixels scaled to 0..1 (what
a sigmoid decoder outputs and what keeps the optimisers' steps sensible) and, where a test set
is needed, the same stratified split: every digit is equally represented on both sides, and one
seed gives the same split in every demo.
"""

from __future__ import annotations

from typing import Any

import numpy as np

DIGIT_SIDE = 8  # each digit is DIGIT_SIDE x DIGIT_SIDE pixels


def digit_pixels(dtype: Any = np.float32) -> tuple[np.ndarray, np.ndarray]:
    """All digits as rows of 64 pixels scaled to 0..1, and their labels (0-9)."""
    from sklearn.datasets import load_digits

    digits = load_digits()
    return (digits.data / 16.0).astype(dtype), digits.target


def split_digits(
    seed: int, test_size: float = 0.25, dtype: Any = np.float32
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``x_train, x_test, y_train, y_test``: a stratified split of the scaled digits."""
    from sklearn.model_selection import train_test_split

    pixels, labels = digit_pixels(dtype)
    return tuple(  # type: ignore[return-value]
        train_test_split(pixels, labels, test_size=test_size, stratify=labels, random_state=seed)
    )


def digit_image(pixels: np.ndarray) -> list[list[float]]:
    """One digit's 64 scaled pixels as an 8x8 grid of plain floats (what ``ImageGrid`` holds)."""
    return np.asarray(pixels).reshape(DIGIT_SIDE, DIGIT_SIDE).round(3).tolist()
