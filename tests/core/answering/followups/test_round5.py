"""Follow-ups, round 5 (``tests/data/conversation/round5_*.toml``): fresh conversations written
before looking at the answers, each list split in two before any answer was read: a fix half the
work was done against and a ``_check`` half only measured.

- people: everyday people and settings ("my mum", "my shop", "my kid"), off-course words in a
  follow-up ("netflix", "youtube", "strawberry"), topics two turns back. main 8/15 and 9/15;
  here 14/15 and 10/15.
- aspects: follow-ups that switch to another aspect of the topic (cost, data, size, purpose,
  limits). main 7/12 and 11/12; here 11/12 and 11/12.
- exam: exam and developer phrasing ("State two remedies.", "how do we mitigate it in
  production?"). main 5/8 and 6/8; here 7/8 and 6/8.

The floors are the measured figures rounded down to a share (80% of each list).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import learner_judge
import pytest

from tutor.core.answering import compose
from tutor.core.answering.conversation import asks_if_a_case

DIR = Path(__file__).resolve().parents[3] / "data" / "conversation"
LISTS = [DIR / f"round5_{name}{half}.toml" for name in ("people", "aspects", "exam") for half in ("", "_check")]
FLOORS = {"round5_people.toml": 0.8, "round5_aspects.toml": 0.8, "round5_exam.toml": 0.75,
          "round5_people_check.toml": 0.6, "round5_aspects_check.toml": 0.8, "round5_exam_check.toml": 0.7}


_talk = learner_judge.converse


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_the_round5_lists_are_well_formed(path: Path) -> None:
    with path.open("rb") as handle:
        cases = tomllib.load(handle)["case"]
    assert len(cases) >= 8
    assert all(2 <= len(c["turns"]) <= 3 and c["kind"] == "followup" for c in cases)
    problems = learner_judge.unstated_facts(cases)
    assert not problems, problems


def test_a_case_of_the_topic_and_advice_for_others_are_recognised() -> None:
    assert asks_if_a_case("my kid memorises the answers but fails the exam. is that the same idea?")
    assert asks_if_a_case("is that one of the uses?")
    assert not asks_if_a_case("is that model good?")
    assert compose.asked_aspects("so what should she do about it") == ["fix"]
    assert "fix" not in compose.asked_aspects("what does my model do")
    assert "too_much" in compose.asked_aspects("what happens if the steps are huge?")
    assert "purpose" in compose.asked_aspects("why would anyone want fewer columns?")


def test_an_everyday_follow_up_near_the_lesson_is_not_refused(tutor) -> None:
    answer = _talk(tutor, ["what are tokens in a language model", "so is that why it cant count the r's in strawberry?"])
    assert answer.in_scope
    assert answer.sources[0].section == "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"
    assert "strawberry" in answer.text


def test_an_off_course_request_in_a_conversation_is_still_declined(tutor) -> None:
    answer = _talk(tutor, ["what is a deepfake", "my grandma loves gardening, when should she plant tomatoes?"])
    assert not answer.in_scope and not answer.sources


def test_too_strong_is_the_section_that_says_it(tutor) -> None:
    answer = _talk(tutor, ["Explain the role of the discriminator in a GAN.", "What failure mode results if it becomes too strong?"])
    assert answer.sources[0].section == "gans#why-gan-training-is-unstable-and-costly"
    assert "useful signal" in answer.text


@pytest.mark.slow
@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.name)
def test_the_round5_conversations_are_answered(tutor, path: Path) -> None:
    with path.open("rb") as handle:
        cases = [{**case, "file": path.name} for case in tomllib.load(handle)["case"]]
    verdicts = [learner_judge.judge(tutor, case) for case in cases]
    share = sum(v.ok for v in verdicts) / len(verdicts)
    assert share >= FLOORS[path.name], learner_judge.report({"followup": verdicts})
