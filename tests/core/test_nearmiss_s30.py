"""Near misses, stop 30: untaught topics named where learners name them, found with the fresh
probes in ``benchmarks/probes/nearmiss-s30`` (work half) and sets Q and R, tested here in other
words.

- A thing's name stands in more places than "what is X": "what was X", "how did X beat ...",
  "what happened at X", "when is X supposed to happen", "is X a type of ...", "what does the course
  say about X", "what's supposed to be in a X", "which X method", "would X find ...", also in the
  sentence after a preamble ("my colleagues use X. how reliable is X ..."). A name there that the
  course never writes is declined and named; one word counts only in a frame that asks what a
  thing is or was (``scope._NAMING_FRAMES``).
- A task name ("<thing> <task noun>": "resume parsing", "footfall forecasting") the course never
  writes, nor talks about in any form ("handwriting recognition": the course recognises
  handwritten digits), is the topic of a first question retrieval matches only loosely, and the
  phrase a bare "not covered" names.
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.answer import TERM_NOT_COVERED


def _declines_naming(answer, term: str) -> None:
    assert not answer.in_scope and not answer.sources, answer.text
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="").rstrip(".")), answer.text
    assert term.lower() in answer.text.lower(), answer.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("when is the robot uprising supposed to happen?", "robot uprising"),
        (
            "my colleagues rely on plagiarism scanners for reports. how reliable is a plagiarism scanner on ai text?",
            "plagiarism scanner",
        ),
        ("exam prep: how did Libratus manage to bluff at poker?", "libratus"),
    ],
)
def test_a_name_in_a_wider_frame_is_declined_and_named(tutor, question: str, term: str) -> None:
    _declines_naming(learner_judge.converse(tutor, [question]), term)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("the hr team asked us about resume parsing, how would that work with machine learning", "resume parsing"),
        ("the gym wants footfall forecasting for next winter. any tips?", "footfall forecasting"),
    ],
)
def test_an_untaught_task_name_is_declined_and_named(tutor, question: str, term: str) -> None:
    _declines_naming(learner_judge.converse(tutor, [question]), term)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("is reinforcement learning a kind of machine learning", "reinforcement-learning"),
        ("what was the argentine election poster about?", "ethics-and-regulation"),
        ("how did the agent in frozenlake learn to avoid the holes", "reinforcement-learning"),
        ("can handwriting recognition read my doctor's notes?", ""),
        ("for a cancer screening test, which matters more, precision or recall?", "evaluating-models"),
        ("how does duolingo decide which exercise to give me next", "industry-use-cases"),
    ],
)
def test_course_questions_in_those_frames_are_still_answered(tutor, question: str, section: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert answer.in_scope and answer.sources, answer.text
    assert section in answer.sources[0].section


def test_an_everyday_comparison_is_still_refused(tutor) -> None:
    answer = learner_judge.converse(tutor, ["is revolut better than monzo for travelling abroad"])
    assert not answer.in_scope and not answer.text.startswith(TERM_NOT_COVERED.split("{")[0])
