"""A task, a bias or learning by heart told by its shape, inside the learner's own story, gets
the section that names it (stop 40, parab40).

"Could software sort my untitled loops into heaps of similar ones without me saying what the
heaps are" is clustering; "300 indicators that are heavily correlated ... squash them into 2 or 3
composite indices" is dimensionality reduction; "surely some programmer sat down and typed in the
rules" asks about learning from data instead of hand-written rules; "the old rotas were rigged for
his mates. will the app carry that on" is bias inherited from training data; "learned the answers
by heart and flunked new questions" is overfitting. The story's words (a trade, its files, its
records) held these below the scope bar, drew another section (hyper-personalisation, the
education setting) or had the last sentence refused as another subject. ``symptoms.told_terms``
reads the shapes as it reads stop 39's symptoms; the sections whose heading names a told term gain
``search.TOLD_HEADING_BONUS`` and one ranked first is in scope. Probes, written before any answer
was read: ``benchmarks/probes/parab40-s40``; the questions here are worded apart from them and
from the asks.
"""

from __future__ import annotations

from typing import Any

import pytest

from answering.reading import cited
from tutor.core.answering import shapes
from tutor.core.answering.symptoms import told_terms

CLUSTERING = "unsupervised-learning#clustering-groups-similar-data-points"
REDUCTION = "unsupervised-learning#dimensionality-reduction-simplifies-complex-data"
RULES = "what-is-ml#learning-from-data-instead-of-hand-written-rules"
BIAS = "ethics-and-regulation#bias-inherited-from-training-data"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("can it bunch our 900 suppliers into groups without anyone deciding the groups first", "clustering"),
        ("could a program work out on its own which of my recipes are similar", "clustering"),
        ("i have 400 survey answers that all rise and fall together, can i squash them down to a handful of scores", "dimensionality reduction"),
        ("the app spots rotten apples on the belt. did a programmer write in every rule for that", "hand-written rules"),
        ("years of promotion records that were biased towards men - will a model trained on them repeat it", "bias"),
        ("a trainee learned the manual word for word and was useless on anything new", "overfitting"),
    ],
)
def test_a_told_task_names_its_term(question: str, term: str) -> None:
    assert told_terms(question) == [term]


@pytest.mark.parametrize(
    "question",
    [
        # Sorting into piles the learner names is classification, and a summary is no reduction
        # of correlated measurements.
        "can you sort these emails into spam and not spam",
        "can you summarise this article into three bullet points",
        # A person writing rules about something no machine learned.
        "did someone write the rules in the eu ai act",
        # Learning by heart with no failure on anything new; bias asked by its name.
        "does chatgpt memorise its training data word for word",
        "what is bias in ai",
    ],
)
def test_half_a_task_or_another_sense_names_nothing(question: str) -> None:
    assert told_terms(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "can an app work out which of my customers are alike, nobody tagging anything",
        "a pupil learned answers by heart and failed new ones. the same thing in ml has a name. what is it and what's the cure",
    ],
)
def test_which_are_alike_and_the_same_thing_in_a_story_are_no_comparison(question: str) -> None:
    assert shapes.detect(question).kind != "comparison"


def test_two_things_said_alike_are_still_compared() -> None:
    assert shapes.detect("are gans and vaes the same thing").kind == "comparison"
    assert shapes.detect("what is a gan and what is a vae").kind == "comparison"


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("shop owner. i have 1200 customer records and no categories at all. could a program split them into groups of similar buyers without me naming the groups?",
         CLUSTERING),
        ("agronomist. 60 soil measurements per field, all heavily correlated. can ml compress them into two or three summary numbers?",
         REDUCTION),
        ("tiler. the app on my phone learned to spot cracked tiles from pictures. surely somebody typed in the rules for every crack? how does it know",
         RULES),
        ("youth football coach. the club wants software to pick the squad from old team sheets, but the old team sheets always favoured the manager's nephews. will the software just do the same?",
         BIAS),
    ],
)
def test_a_told_task_gets_the_section_that_names_it(tutor: Any, question: str, section: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope, question
    assert cited(answer)[0] == section, (question, cited(answer))
