"""The learner evaluation (issue 11) on the real models: per kind, the share of answers that
contain the facts (or are correctly declined), and every in-scope answer made only of the
course's own sentences (plus short labels taken from section headings and a verdict word).

The issue's target is 90% for every kind. Measured on this code (146 cases, 16 of them added
fresh while generalising and never used to tune it): paraphrase 88%, list 96%, comparison 96%,
follow-up 92%, near miss 100%, out of job 100%. Paraphrases stay below the target: MiniLM misses
some everyday phrasings even with the asks and the glossary ("look at it to unlock" for facial
recognition). ``FLOOR`` holds each kind at what this code measured (rounded down to 5%), so a
regression fails; raise a floor when a kind improves.

The set lives in ``tests/data/learner_eval`` (``learner_judge`` documents the judging);
``benchmarks/eval_learner.py`` prints the same figures with the failures listed.
"""

from __future__ import annotations

import re

import learner_judge
import pytest

TARGET = 0.90  # the goal, reported in the failure message
FLOOR = {"paraphrase": 0.85, "list": 0.95, "comparison": 0.95, "followup": 0.90, "near_miss": 0.95, "out_of_job": 0.95}
_MARKER = re.compile(r"\s*\[\d+\]\s*")


@pytest.fixture(scope="module")
def results(tutor) -> dict[str, list[learner_judge.Verdict]]:
    return learner_judge.run(tutor)


@pytest.mark.slow
@pytest.mark.parametrize("kind", learner_judge.KINDS)
def test_each_kind_holds_its_measured_level(results, kind: str) -> None:
    verdicts = results[kind]
    assert len(verdicts) >= 15
    share = sum(v.ok for v in verdicts) / len(verdicts)
    assert share >= FLOOR[kind], f"target {TARGET:.0%}\n" + learner_judge.report({kind: verdicts})


def answer_pieces(text: str, headings: set[str]) -> list[str]:
    """The answer without citation markers, verdict words and heading labels, in pieces
    that must each be a run of whole course sentences."""
    pieces = []
    for part in _MARKER.split(text):
        part = part.strip()
        part = re.sub(r"^(?:Yes|No)\.\s+", "", part)
        for heading in sorted(headings, key=len, reverse=True):
            if part.startswith(f"{heading}: "):
                part = part[len(heading) + 2 :]
                break
        if part:
            pieces.append(part)
    return pieces


@pytest.mark.slow
def test_every_in_scope_answer_is_made_of_course_sentences(results, course) -> None:
    sentences = {s for section in course.sections for s in section.sentences}
    headings = {section.heading for section in course.sections}
    invented = []
    for verdicts in results.values():
        for verdict in verdicts:
            answer = verdict.answer
            if not answer.in_scope:
                continue
            for piece in answer_pieces(answer.text, headings):
                rest = piece
                # Greedily peel off course sentences from the front of the piece.
                while rest:
                    match = next((s for s in sentences if rest.startswith(s)), None)
                    if match is None:
                        invented.append(f"{answer.question!r}: {rest[:120]!r}")
                        break
                    rest = rest[len(match) :].lstrip()
    assert not invented, "\n".join(invented[:20])


def test_the_sentence_check_catches_an_invented_sentence(course) -> None:
    """The check above can fail: a made-up sentence is not a course sentence."""
    headings = {section.heading for section in course.sections}
    sentences = {s for section in course.sections for s in section.sentences}
    pieces = answer_pieces("Yes. GANs were invented on the moon in 1850. [1]", headings)
    assert pieces and not any(p.startswith(s) for p in pieces for s in sentences)
