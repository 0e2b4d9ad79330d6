"""The learned request detector (tutor/core/answering/request_model.py): trained on its own texts,
shipped fresh, and used by ``Tutor.ask`` only where every refusal rule is silent and retrieval is
weak, so it refuses requests no rule foresaw without refusing course questions."""

from __future__ import annotations

import tomllib
from pathlib import Path

import numpy as np
import pytest
from learner_judge import HELD_OUT

from tutor.core.answering import (
    course_named,
    orders,
    question_forms,
    refusal_texts,
    request_model,
    requests,
)

ROOT = Path(__file__).resolve().parents[3]
LIMITS = tomllib.loads((ROOT / "tests" / "data" / "limits" / "requests.toml").read_text(encoding="utf-8"))


def _text(item: object) -> str:
    return item if isinstance(item, str) else item["question"]  # type: ignore[index]


def _evaluated_questions() -> set[str]:
    """Every question an evaluation or probe list in the repository holds."""
    found: set[str] = set()
    for path in [*(ROOT / "tests" / "data").glob("**/*.toml"), *(ROOT / "benchmarks" / "probes").glob("**/*.toml")]:
        if any(held in path.parts for held in HELD_OUT):
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            found.update([case["question"]] if "question" in case else case.get("turns", []))
        for value in data.values():
            if isinstance(value, list):
                found.update(_text(v).lower() for v in value if isinstance(v, str) or (isinstance(v, dict) and "question" in v))
    return {q.lower() for q in found}


def test_the_training_texts_are_its_own_and_no_evaluation_holds_them() -> None:
    asked, questions = request_model.training_texts()
    assert len(asked) >= 150 and len(questions) >= 40
    assert len(set(asked + questions)) == len(asked + questions)
    shared = {t.lower() for t in asked + questions} & _evaluated_questions()
    assert not shared, shared


def test_the_shipped_detector_matches_its_texts_and_the_course(tutor) -> None:
    tutor._request_model = False  # load again
    assert tutor._request_detector() is not None, "stale or missing: run `make vectors`"


def test_a_missing_stale_or_damaged_detector_is_switched_off(tmp_path: Path) -> None:
    model = request_model.RequestModel(np.ones(4, dtype=np.float32), -1.0)
    path = request_model.write(tmp_path / "requests.npz", "key", model)
    loaded, why = request_model.inspect(path, "key", 4)
    assert why is None and loaded is not None and loaded.probability(np.ones(4)) == pytest.approx(1 / (1 + np.exp(-3.0)))
    assert request_model.inspect(path, "another key", 4) == (None, "stale")
    assert request_model.inspect(path, "key", 8)[0] is None
    assert request_model.inspect(tmp_path / "none.npz", "key", 4) == (None, "missing")
    (tmp_path / "bad.npz").write_bytes(b"not an npz")
    assert request_model.inspect(tmp_path / "bad.npz", "key", 4)[0] is None


def test_it_tells_held_out_requests_from_course_questions(tutor) -> None:
    """The limits lists were written before the detector existed and none is in its training:
    0.5 separates about 90% of their requests from 96% of their course questions (stop 23)."""
    model = tutor._request_detector()
    asked = [_text(x) for name, items in LIMITS.items() if name.startswith("out_of_job") for x in items]
    questions = [_text(x) for name, items in LIMITS.items() if name.startswith(("asks_in_scope", "frames", "shared", "near_miss"))
                 for x in items]
    encode = tutor.index.embedder.encode
    caught = np.mean([model.probability(v) >= 0.5 for v in encode(asked)])
    wrong = np.mean([model.probability(v) >= 0.5 for v in encode(questions)])
    assert caught >= 0.85, caught
    assert wrong <= 0.05, wrong


# Requests no refusal rule knows, sharing words with the course (so scope lets them through).
UNRULED = [
    "sort my music playlist by mood for me",
    "i need something clever to say at my ai team party",
    "i would love a birthday message for my colleague who works in ai",
]


@pytest.mark.parametrize("request_text", UNRULED)
def test_it_refuses_requests_no_rule_knows(tutor, request_text: str) -> None:
    assert requests.classify(request_text) is None
    answer = tutor.ask(request_text)
    assert answer.text == refusal_texts.OUT_OF_JOB_TEXT and not answer.in_scope and not answer.sources


def test_without_the_detector_those_requests_were_answered_from_a_passage(tutor) -> None:
    model = tutor._request_detector()
    try:
        tutor._request_model = None
        assert all(tutor.ask(q).sources for q in UNRULED)
    finally:
        tutor._request_model = model


@pytest.mark.parametrize(
    "question",
    [
        "help me understand temperature",  # teaching imperatives the detector scores as orders
        "describe the cats and dogs example in a few words",
        "generate an example of a classification problem",
        "walk me through building a spam filter step by step",
        "gans pls",  # an order-like fragment about a course thing, well matched
    ],
)
def test_teaching_imperatives_and_well_matched_questions_are_answered(tutor, question: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope and answer.sources


def test_a_follow_up_is_never_judged_by_it(tutor) -> None:
    """Alone, "and the americans?" scores as an order; after a question it is a follow-up."""
    answer = tutor.ask("and what did the americans do?", ["what did the EU decide about AI regulation"])
    assert answer.in_scope and answer.sources


def test_teaching_is_told_from_an_order() -> None:
    assert orders.asks_to_teach("help me understand temperature")
    assert orders.asks_to_teach("can you make it simpler?")
    assert orders.asks_to_teach("write the difference between classification and regression in two lines")
    assert not orders.asks_to_teach("sort my music playlist by mood for me")
    assert not orders.asks_to_teach("what is a gan")


def test_a_want_naming_an_untaught_thing_is_refused_a_question_naming_one_stays_a_near_miss(tutor) -> None:
    """Above ``TERM_REQUEST_BAR`` an order or a want is refused even when it names a term the
    course never uses; a question naming one keeps its honest "the course does not cover X"."""
    assert tutor.ask("i want a numerology reading for my baby name").text == refusal_texts.OUT_OF_JOB_TEXT
    for question in ("how do i use lightgbm on my sales table", "what is a capsule network"):
        answer = tutor.ask(question)
        assert answer.text.startswith("The course does not cover") and not answer.in_scope


def test_a_question_is_told_from_an_order_or_a_want() -> None:
    assert question_forms.opens_as_question("how do i use xgboost on a spreadsheet")
    assert question_forms.opens_as_question("can ai write music?")
    assert not question_forms.opens_as_question("can you sort my playlist")
    assert not question_forms.opens_as_question("i want a numerology reading")
    assert not question_forms.opens_as_question("put together a gift list")


def test_a_request_about_the_course_itself_is_left_to_retrieval(tutor) -> None:
    """"plan my route through this course" scores as an errand; naming the course makes it the
    tutor's own job (a suggested route is a section)."""
    assert course_named.names_the_course("plan my route through this course")
    answer = tutor.ask("plan my route through this course")
    assert answer.in_scope and answer.sources
