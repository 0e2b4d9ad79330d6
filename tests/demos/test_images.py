"""Shrinking pictures to a width: shared by the chat and the text renderer."""

from __future__ import annotations

from tutor.demos.images import fit_image


def test_fitting_picture_is_returned_unchanged() -> None:
    image = [[0.0, 1.0], [1.0, 0.0]]
    assert fit_image(image, 2) is image
    assert fit_image([], 1) == []


def test_wide_picture_is_block_averaged_in_both_directions() -> None:
    image = [[float(c) for c in range(6)] for _ in range(5)]
    small = fit_image(image, 4)  # factor 2: 6x5 -> 3x3, the last row averages one pixel row
    assert small == [[0.5, 2.5, 4.5]] * 3
    assert len(fit_image([[0.0] * 53] * 53, 38)[0]) == 27
