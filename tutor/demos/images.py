"""Picture helpers shared by every renderer (the chat's widgets, the CLI, ``/export``).

Kept free of any terminal library so ``tutor.demos.render_text`` and the Textual UI shrink
pictures the same way.
"""

from __future__ import annotations

import math


def fit_image(image: list[list[float]], width: int) -> list[list[float]]:
    """``image`` shrunk (by averaging blocks of pixels) to at most ``width`` pixels wide, so a
    big mosaic (the VAE's latent walk) never spills past a card or a terminal line. Rows shrink
    by the same factor, so the picture keeps its shape."""
    if not image or len(image[0]) <= width or width < 1:
        return image
    factor = math.ceil(len(image[0]) / width)
    rows, cols = len(image), len(image[0])
    out = []
    for r0 in range(0, rows, factor):
        row = []
        for c0 in range(0, cols, factor):
            block = [image[r][c] for r in range(r0, min(rows, r0 + factor))
                     for c in range(c0, min(cols, c0 + factor))]
            row.append(sum(block) / len(block))
        out.append(row)
    return out
