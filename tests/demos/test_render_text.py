"""Plain-text rendering of every visual kind (the CLI and /export depend on it)."""

from __future__ import annotations

import json
import math
import re

import pytest

from tutor.demos.base import (
    DemoResult,
    ImageGrid,
    LinePlot,
    PolicyGrid,
    Progress,
    ScatterPlot,
    Table,
    TextBlock,
)
from tutor.demos.render_text import (
    image_rows,
    render_markdown,
    render_progress,
    render_result,
    render_visual,
)

ANSI = re.compile(r"\x1b\[[0-9;]*m")

VISUALS = [
    LinePlot("losses", {"generator": [2.0, 1.5, 1.0, 0.5], "discriminator": [0.7, 0.6, 0.7]}),
    ScatterPlot("ring", {"real": [(0.0, 1.0), (1.0, 0.0)], "generated": [(0.5, 0.5)],
                         "centroids": [(0.2, 0.2)], "noise": [(-1.0, -1.0)]}),
    ImageGrid("digits", [[[0.0, 1.0], [1.0, 0.0]], [[0.5, 0.5], [0.5, 0.5]]], ["a", "b"], 2),
    PolicyGrid("lake", ["SF", "HG"], [">.", "  "], [[0.5, 0.9], [0.0, 0.0]]),
    Table("scores", ["model", "accuracy"], [["svm", "98.2%"], ["logistic regression", "96.9%"]]),
    TextBlock("sample at step 200", "the model learns\nto write words"),
]


def _result() -> DemoResult:
    return DemoResult("demo", {"seed": 1, "episodes": 10}, {"accuracy": 0.98, "odd": math.nan},
                      1.25, list(VISUALS), "It learned. " * 30, "what-is-ml", "Why?")


@pytest.mark.parametrize("visual", VISUALS, ids=lambda v: v.kind)
def test_every_kind_renders_plain_and_in_colour(visual) -> None:
    plain = render_visual(visual, color=False)
    coloured = render_visual(visual, color=True)
    assert plain.splitlines()[0] == visual.title
    assert not ANSI.search(plain)
    assert ANSI.sub("", coloured).splitlines()[0] == visual.title
    assert max(len(line) for line in plain.splitlines()) <= 80


def test_line_plot_shows_range_of_each_series() -> None:
    text = render_visual(VISUALS[0])
    line = next(x for x in text.splitlines() if "generator" in x)
    assert "2 -> 0.500" in line and "min 0.500" in line and "max 2" in line
    assert "█" in line and "▁" in line  # falls from the top to the bottom of its range


def test_scatter_markers_and_legend() -> None:
    text = render_visual(VISUALS[1])
    assert "X centroids (1)" in text and ". noise (1)" in text
    grid = [line for line in text.splitlines() if line.startswith("  |")]
    assert len(grid) == 16
    assert sum(line.count("X") for line in grid) == 1


def test_images_half_blocks_in_colour_shading_in_plain() -> None:
    image = [[0.0, 1.0], [1.0, 0.0]]
    coloured = image_rows(image, color=True)
    assert len(coloured) == 1  # two pixel rows per character row
    assert coloured[0].count("▀") == 2
    assert "38;5;232;48;5;255m" in coloured[0] and "38;5;255;48;5;232m" in coloured[0]
    plain = image_rows(image, color=False)
    assert plain == ["  @@", "@@  "]


MOSAIC = [[0.3 + 0.7 * ((r * c) % 7) / 6 for c in range(53)] for r in range(53)]  # no blank row
WALK_TITLE = ("A walk across the latent map: 6x6 points decoded into digits (left to right: "
              "first latent number, top to bottom: second)")


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
def test_big_picture_fits_the_width(color: bool) -> None:
    grid = ImageGrid(WALK_TITLE, [MOSAIC], [], columns=1)
    for width, pixels in ((80, 53), (40, 27)):  # 40: shrunk by averaging 2x2 blocks
        lines = ANSI.sub("", render_visual(grid, color=color, width=width)).splitlines()
        assert max(len(line) for line in lines) <= width
        drawn = [line for line in lines if line.startswith("  ") and line.strip()]
        widest = max(len(line) - 2 for line in drawn)
        assert widest == pixels, width  # one character per pixel
        assert len(drawn) == (-(-pixels // 2) if color else pixels)  # rows follow the shrink


def test_small_digits_keep_their_doubled_pixels() -> None:
    digit = [[(r + c) % 2 for c in range(8)] for r in range(8)]
    grid = ImageGrid("digits", [digit] * 4, [], columns=4)
    plain = render_visual(grid).splitlines()[1]
    coloured = render_visual(grid, color=True).splitlines()[1]
    assert plain.startswith("    @@  @@") and len(plain) == 2 + 4 * 16 + 3 * 2
    assert ANSI.sub("", coloured).count("▀") == 4 * 16  # colour: 16x8 cells per digit


def test_image_captions_wrap_under_their_picture() -> None:
    grid = ImageGrid("wrong", [[[0.0] * 8] * 8] * 2, ["true 3, predicted 8", "true 9, predicted 4"])
    text = render_visual(grid)
    assert "true 3," in text and "predicted 8" in text and "predicted 4" in text


def test_policy_arrows_and_values() -> None:
    text = render_visual(VISUALS[3])
    assert "S→" in text and "F·" in text and "H " in text and "0.90" in text


def test_table_is_aligned() -> None:
    lines = render_visual(VISUALS[4]).splitlines()[1:]
    assert lines[2].index("98.2%") == lines[3].index("96.9%")
    assert set(lines[1].strip()) <= {"-", " "}


def test_empty_and_nan_data_do_not_crash() -> None:
    assert "no data yet" in render_visual(LinePlot("x", {"loss": []}))
    assert "no data yet" in render_visual(LinePlot("x", {"loss": [math.nan]}))
    assert "no points" in render_visual(ScatterPlot("x", {}))
    assert "no pictures" in render_visual(ImageGrid("x", []))
    assert render_visual(Table("x", ["a"], []))
    assert "(empty)" in render_visual(TextBlock("x", ""))


def test_result_renders_from_object_and_from_stored_dict() -> None:
    result = _result()
    text = render_result(result)
    assert text.startswith("demo (what-is-ml), 1.2 s")
    assert "What just happened" in text and "Check yourself" in text and "Why?" in text
    assert "accuracy 0.980" in text and "odd nan" in text
    for visual in VISUALS:
        assert visual.title in text
    stored = json.loads(json.dumps(result.to_dict()))
    assert render_result(stored) == text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_markdown_keeps_pictures_in_a_code_block() -> None:
    md = render_markdown(_result())
    assert "```text" in md and md.count("```") == 2
    assert "**What just happened.**" in md and not ANSI.search(md)


def test_progress_is_one_line_within_width() -> None:
    line = render_progress(Progress(3, 4, "epoch 3/4: " + "x" * 200), width=60)
    assert "\n" not in line and len(line) == 60 and " 75%" in line
    assert render_progress(Progress(0, 0, "")).startswith("[....")


LONG = ("a rather long explanatory label that will not fit " * 3).strip()
WIDE_VISUALS = [
    LinePlot("training loss per step, with a long explanatory title that must wrap " * 2,
             {"discriminator loss (real vs fake)": [0.123456, 1234.5, math.inf, -0.00012],
              "g": [1.0] * 300}),
    ScatterPlot("clusters", {f"cluster number {i} with a long name": [(i, i)] for i in range(12)}),
    ImageGrid("digits", [[[0.5] * 28] * 28] * 5, [LONG] * 5, columns=5),
    PolicyGrid("8x8 lake", ["SFFFFFFF"] + ["FHFFFHFF"] * 6 + ["FFFFFFFG"],
               [">" * 8] * 8, [[0.123] * 8] * 8),
    Table("samples", ["temperature", "real words", "sample"],
          [["0.2", "95%", "the model learns to write " * 4], ["1.5", "40%", LONG]]),
    Table("many columns", [f"column {i}" for i in range(12)], [[LONG] * 12]),
    TextBlock("a generated sample", "step     0: " + "word " * 120 + "\n    indented " + LONG),
]


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("visual", VISUALS + WIDE_VISUALS, ids=lambda v: v.kind)
def test_every_line_of_every_kind_fits_the_width(visual, width: int, color: bool) -> None:
    lines = ANSI.sub("", render_visual(visual, color=color, width=width)).splitlines()
    assert max(len(line) for line in lines) <= width


def test_wide_table_cuts_the_widest_column_with_an_ellipsis() -> None:
    lines = render_visual(WIDE_VISUALS[4], width=60).splitlines()
    assert lines[1].split() == ["temperature", "real", "words", "sample"]  # short columns whole
    assert lines[3].rstrip().endswith("…") and len(lines[3]) == 60
    assert "95%" in lines[3] and lines[3].index("95%") == lines[4].index("40%")


def test_policy_values_move_below_a_lake_too_wide_for_the_screen() -> None:
    beside = render_visual(WIDE_VISUALS[3], width=80).splitlines()
    below = render_visual(WIDE_VISUALS[3], width=60).splitlines()
    assert "0.12" in beside[1] and "right: state values" in " ".join(beside[-2:])
    assert "0.12" not in below[1] and "below: state values" in " ".join(below[-2:])
    assert sum("0.12" in line for line in below) == 8


def test_long_text_lines_wrap_and_keep_their_indent() -> None:
    lines = render_visual(WIDE_VISUALS[6], width=60).splitlines()
    words = " ".join(lines[1:]).split()
    assert words.count("word") == 120  # nothing lost, only wrapped
    assert any(line.startswith("      indented") for line in lines)
