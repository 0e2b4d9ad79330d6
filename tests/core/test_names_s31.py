"""Near misses, stop 31: untaught names written in words that partly overlap the course, found
with the fresh probes in ``benchmarks/probes/names-s31`` (work half), tested here in other words.

- A misspelt word of a listed untaught term is mended to it before the look-up
  (``NotTaught._mended``): "colaborative filtering" is the listed "collaborative filtering", and
  the decline names it as the learner wrote it.
- A declined question whose one foreign word has a modifier names both, an aspect word included
  ("a risk parity model", not "parity") (``answer._with_its_name``).
- "the <word> problem" after a definition frame is a named idea ("the containment problem"),
  weighed as a term, not answered from a section sharing a word nor refused as another subject
  (``scope._named_idea``).
- A text-fixing product named by its name ("spellchecker") is what a declined question full of
  misspellings asks about (``scope.product_named``).
"""

from __future__ import annotations

import pytest

from tutor.core.answering.answer import TERM_NOT_COVERED


def _declines_naming(answer, term: str) -> None:
    assert not answer.in_scope and not answer.sources, answer.text
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="").rstrip(".")), answer.text
    assert term.lower() in answer.text.lower(), answer.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how does colaborative filtering pick films for me", "colaborative filtering"),
        ("what is a risk parity model", "risk parity"),
        ("what is the containment problem in ai safety", "containment problem"),
        ("my spellchecker keeps chnaging my werds, how dose it decidee", "spellchecker"),
    ],
)
def test_partly_course_names_are_declined_and_named(tutor, question, term):
    _declines_naming(tutor.ask(question), term)


@pytest.mark.parametrize(
    "question",
    [
        "what is the overfitting problem",  # a course idea: "the X problem" is vetoed by retrieval
        "how does a recomendation system pick films for me",  # a misspelt course term stays the course's
    ],
)
def test_course_ideas_in_the_same_forms_stay_answered(tutor, question):
    answer = tutor.ask(question)
    assert answer.in_scope and answer.sources, answer.text
