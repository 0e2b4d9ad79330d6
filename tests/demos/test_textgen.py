"""The textgen demo at its default size: a real tiny GPT, with a byte-pair tokenizer, trained on
the real lessons (about 10 s; its outcome is the point of the demo, so it is tested as shipped)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.demos.conftest import assert_explains, assert_progress_completes_in_order
from tutor.core import paths, tinygpt
from tutor.demos import get_demo
from tutor.demos.base import (
    DemoError,
    LinePlot,
    Table,
    TextBlock,
)
from tutor.demos.textgen import SAMPLES_DURING, TEMPERATURES

# Default steps, sampled at temperature 0.8 (the bar: >= 70% real words there).
RUN = {"temperature": 0.8}
STEPS = get_demo("textgen").resolve({})["steps"]


@pytest.fixture(scope="module")
def textgen_run(record_run):
    return record_run("textgen", RUN)


def test_loss_falls_from_blind_guessing(textgen_run) -> None:
    result, _ = textgen_run
    m = result.metrics
    assert m["initial_loss"] == pytest.approx(math.log(m["vocab_size"]), abs=0.3)
    # seeds 0-9, default and avx2 kernels: about 6.9 -> 4.16-4.28 (benchmarks/seed_sweep.py)
    assert m["final_loss"] < m["initial_loss"] - 2.0
    assert m["train_chars"] == len(tinygpt.course_text())
    assert m["vocab_size"] == 1024
    assert m["parameters"] < 250_000


def test_random_pieces_turn_into_course_words(textgen_run) -> None:
    result, _ = textgen_run
    log = next(v for v in result.visuals if isinstance(v, TextBlock) and "learns" in v.title)
    lines = log.text.splitlines()
    assert len(lines) == SAMPLES_DURING + 1 and lines[0].startswith("step     0:")
    vocab = set(tinygpt.words(tinygpt.course_text()))
    untrained = tinygpt.real_word_ratio(lines[0].split(":", 1)[1], vocab)
    m = result.metrics
    assert m["real_word_ratio"] > untrained + 0.1
    # At temperature 0.8, pooled over the 4 measured samples. Seeds 0-9 on both kernels: median
    # 0.78, lowest 0.74 (seed 1) (benchmarks/seed_sweep.py, 340 steps of 8 windows); a
    # character model at a similar budget writes about 0.42 (benchmarks/bench_textgen.py).
    # The bar is 0.70.
    assert m["real_word_ratio"] >= 0.7
    assert m["words_generated"] >= 4 * 40
    # colder sampling stays closer to known words than hot sampling
    assert m["real_word_ratio_t0.2"] > m["real_word_ratio_t1.5"]


def test_cold_sampling_no_longer_stutters(textgen_run) -> None:
    """A character model at this budget writes "the the" at low temperature (about a quarter of
    its words repeat the one before, benchmarks/bench_textgen.py); sub-words barely do."""
    m = textgen_run[0].metrics
    assert m["word_repeats_t0.2"] <= 0.1
    assert m["word_repeats"] <= 0.05


def test_tables_show_next_token_probabilities_and_temperatures(textgen_run) -> None:
    result, _ = textgen_run
    tables = [v for v in result.visuals if isinstance(v, Table)]
    predictions, temperatures = tables
    assert len(predictions.rows) == 2 and len(predictions.rows[0]) == 6
    assert [float(r[0]) for r in temperatures.rows] == list(TEMPERATURES)
    loss = next(v for v in result.visuals if isinstance(v, LinePlot))
    assert len(loss.series["loss"]) == STEPS


def test_explanation_cites_the_numbers(textgen_run) -> None:
    result, _ = textgen_run
    m = result.metrics
    assert_explains(result, "language-models", f"{m['real_word_ratio']:.0%} of the words",
                    f"{m['final_loss']:.2f}", "next token")


def test_progress_streams_loss_and_samples(textgen_run) -> None:
    _, events = textgen_run
    assert_progress_completes_in_order(events)
    mid = next(e for e in events if e.step == STEPS // 2)
    kinds = {type(v) for v in mid.visuals}
    assert kinds == {LinePlot, TextBlock}


def test_same_seed_same_metrics() -> None:
    demo = get_demo("textgen")
    assert demo.run({"steps": 4, "seed": 9}).metrics == demo.run({"steps": 4, "seed": 9}).metrics


def test_cancel_from_the_progress_callback(cancel_run) -> None:
    seen = cancel_run("textgen", {"steps": 5000}, lambda p: p.step >= 3)
    assert max(p.step for p in seen) <= 4


def test_missing_lessons_are_a_clear_error(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "lessons_dir", lambda: tmp_path)
    with pytest.raises(DemoError, match="needs at least"):
        get_demo("textgen").run({"steps": 2})


def test_malformed_lesson_is_a_clear_error(monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "01-a.md").write_text("---\ntitle: A\nid: a\n---\nprose before any heading\n")
    monkeypatch.setattr(paths, "lessons_dir", lambda: tmp_path)
    with pytest.raises(DemoError, match=r"01-a\.md, line 5"):
        get_demo("textgen").run({"steps": 2})


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--steps", "0"], "at least 1"),
        (["--steps", "-10"], "at least 1"),
        (["--steps", "1000000"], "at most 20000"),
        (["--temperature", "-1"], "at least 0.0"),
        (["--temperature", "50"], "at most 3.0"),
        (["--temperature", "warm"], "a number"),
        (["--top-k", "1.5"], "a whole number"),
        (["--lr", "nan"], "a number"),
        (["--temprature", "1"], "Did you mean --temperature"),
    ],
)
def test_bad_options_give_clear_errors(argv: list[str], fragment: str) -> None:
    with pytest.raises(DemoError, match=fragment):
        get_demo("textgen").parse_args(argv)
