"""The ML-vs-generative-AI demo at reduced size: a real classifier judges a real generator."""

from __future__ import annotations

import numpy as np
import pytest

from tests.demos.conftest import assert_explains
from tutor.demos import get_demo
from tutor.demos.base import DemoError, ImageGrid, Table

# repeats 3: one draw of 5 digits per class left seed 6's gain at 4 test digits of 450 (0.009);
# the mean of three draws is at least 0.036 for seeds 0-9 under default and avx2 kernels
# (benchmarks/seed_sweep.py compare --params '{"epochs": 10, "repeats": 3, "generated": 20}')
SMALL = {"epochs": 10, "repeats": 3, "generated": 20}


@pytest.fixture(scope="module")
def compare_run(record_run):
    return record_run("compare", SMALL)


def test_classifier_reads_the_generated_digits(compare_run) -> None:
    result, _ = compare_run
    m = result.metrics
    assert m["classifier_accuracy"] >= 0.93
    assert m["generated_recognised"] >= 0.8  # the generator draws the digit it was asked for


def test_augmentation_numbers_are_consistent(compare_run) -> None:
    result, _ = compare_run
    m = result.metrics
    assert 0.5 < m["acc_real_only"] < m["classifier_accuracy"]  # 5 per class is scarce
    assert m["augmentation_gain"] == pytest.approx(m["acc_augmented"] - m["acc_real_only"])
    assert m["self_augmentation_gain"] == pytest.approx(
        m["acc_augmented_self"] - m["acc_real_only"])
    # A generator that learned from 1,297 other digits passes that knowledge on.
    assert m["augmentation_gain"] > 0.015  # worst seed 0.036: the gain is well beyond one digit
    # three draws of 50 scarce digits, which may overlap, are kept from the generator
    assert 1347 - 3 * 50 <= m["generator_train_examples"] < 1347 - 50


def test_table_and_pictures(compare_run) -> None:
    result, _ = compare_run
    table = next(v for v in result.visuals if isinstance(v, Table))
    accuracies = [float(row[-1].rstrip("%")) / 100 for row in table.rows]
    m = result.metrics
    assert accuracies == pytest.approx([m["classifier_accuracy"], m["acc_real_only"],
                                        m["acc_augmented_self"], m["acc_augmented"]], abs=6e-4)
    grids = [v for v in result.visuals if isinstance(v, ImageGrid)]
    assert len(grids) == 3
    asked = grids[0]
    assert len(asked.images) == 20
    assert all("/" in caption for caption in asked.captions)
    assert len(grids[1].images) == 50  # the scarce real digits: 5 per class
    pixels = np.array(asked.images)
    assert pixels.min() >= 0.0 and pixels.max() <= 1.0


def test_explanation_reports_both_generators(compare_run) -> None:
    result, _ = compare_run
    assert_explains(result, "ml-vs-generative-ai", f"{result.metrics['acc_real_only']:.1%}",
                    f"{result.metrics['acc_augmented']:.1%}", "cannot invent")


def test_progress_shows_the_generator_learning(compare_run) -> None:
    _, events = compare_run
    assert events[-1].fraction == 1.0
    pictured = [e for e in events if any(isinstance(v, ImageGrid) for v in e.visuals)]
    assert pictured
    assert [e.step for e in events] == sorted(e.step for e in events)


def test_same_seed_same_metrics() -> None:
    demo = get_demo("compare")
    small = {"epochs": 1, "repeats": 1, "generated": 5, "seed": 4}
    assert demo.run(small).metrics == demo.run(small).metrics


def test_cancel_from_the_progress_callback(cancel_run) -> None:
    seen = cancel_run("compare", {"epochs": 500}, lambda p: p.step >= 5)
    assert max(p.step for p in seen) <= 6


def test_too_many_scarce_digits_leave_nothing_for_the_generator() -> None:
    with pytest.raises(DemoError, match="lower --shots or --repeats"):
        get_demo("compare").run({"shots": 50, "repeats": 10})


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["--shots", "0"], "at least 1"),
        (["--shots", "-3"], "at least 1"),
        (["--shots", "500"], "at most 50"),
        (["--generated", "1e9"], "a whole number"),
        (["--repeats", "2.5"], "a whole number"),
        (["--epochs", "100000"], "at most 1000"),
        (["--shot", "3"], "Did you mean --shots"),
    ],
)
def test_bad_options_give_clear_errors(argv: list[str], fragment: str) -> None:
    with pytest.raises(DemoError, match=fragment):
        get_demo("compare").parse_args(argv)
