"""Stop 41 (para41, probes ``benchmarks/probes/para41-s41``): more symptoms and tasks told by
their shape, and three faults of composition seen in the lead's chat trial.

- A prediction story about people or amounts ahead of time ("our gym app predicts which members
  will quit", "guesses how many pies we'll sell tomorrow") is predictive analytics; the story's
  setting drew education, retail or the general definition of machine learning.
- Praise as any share of 90% or more, a failure as "barely better than guessing"; a machine that
  flags and works its rules out; "a few times a year" is rare; a picture maker fed only one kind
  of thing, or blurry photos, is the section on a generative model's training data.
- A yes/no verdict on a universal claim only from a sentence that denies it; a later step of a
  recipe never opens an answer; "how does it know" asks how the machine works.
The questions are worded apart from the probes and each failed before.
"""

from __future__ import annotations

from typing import Any

import pytest

from answering.reading import cited
from tutor.core.answering import compose
from tutor.core.answering.symptoms import told_terms

PREDICTIVE = "ml-applications#predictive-analytics-and-anomaly-detection"
GEN_DATA = "data-and-compute#training-data-for-generative-models-large-clean-and-varied"


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("the ski school's booking app predicts which families will not come back next season", "predictive analytics"),
        ("our allotment society wants a tool that guesses how many plots will be free next spring", "predictive analytics"),
        ("the trial model got 96% on the vendor's samples but on our own slides it's no better than a coin toss", "overfitting"),
        ("the scanner flags parcels that look wrong. did a person write every rule or does it work the rules out", "hand-written rules"),
        ("the alarm is 99.8% accurate but a real leak happens maybe twice a year", "accuracy"),
        ("the logo generator was only ever shown round logos and now it can't draw a square one", "training data for generative models"),
        ("our scans were grainy so the picture maker's scans come out grainy too", "training data for generative models"),
        ("the delivery drops form long curved lines and the grouping tool cut each line in half", "k-means clustering fails and dbscan helps"),
        ("which clustering method works without having to pick how many clusters there are", "k-means clustering fails and dbscan helps"),
    ],
)
def test_a_told_shape_names_its_term(question: str, term: str) -> None:
    assert told_terms(question) == [term]


@pytest.mark.parametrize(
    "question",
    [
        # The course's own kind of learning named: asked about that, not the application.
        "is predicting which patients will be readmitted supervised learning?",
        # A language model's next word is no prediction story about people.
        "how does a language model know which word comes next",
        # What someone will like is a recommendation.
        "how does the streaming app know which films i will like",
        # A classifier (no maker) trained on few photos is not the generative data section.
        "we trained a model on 100 photos from our office and it fails on anything else",
    ],
)
def test_no_shape_is_read_into_other_questions(question: str) -> None:
    assert "predictive analytics" not in told_terms(question)
    assert "training data for generative models" not in told_terms(question)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("the leisure centre app predicts which members will cancel their contract, how does it know", PREDICTIVE),
        ("the vet practice wants to guess which pet owners won't turn up to their booking. what is that?", PREDICTIVE),
        ("surveyor. the clustering tool split our ring shaped survey points down the middle. why, and what copes with that?",
         "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps"),
        ("a craft fair poster maker was only ever fed photos of pottery and it can't draw a knitted scarf. what does it need?", GEN_DATA),
    ],
)
def test_a_told_task_answers_from_its_section(tutor: Any, question: str, section: str) -> None:
    answer = tutor.ask(question)
    assert cited(answer)[0] == section, answer.text


def test_how_does_it_know_is_how_the_machine_works(tutor: Any) -> None:
    # Read as noticing a problem, it opened with "Anomaly detection is ... spotting".
    answer = tutor.ask("the leisure centre app predicts which members will cancel their contract, how does it know")
    assert answer.text.startswith("Predictive analytics"), answer.text


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # The sentence says the opposite of "not always": no verdict.
        ("is a bigger model always better?", "Scale matters because a bigger model picks up more facts.", None),
        ("is a hedge on a number a denial?", "It has many parameters, usually billions.", None),
        ("do good features always win?", "Good features can lift a simple model above a complicated one.", None),
        # A limit, a condition or a contrast denies it.
        ("does k-means always find the groups?", "A poor starting position can lead to a poor result, but it is fast.", "No."),
        ("is every system generative?", "If it outputs a prediction, it is predictive machine learning.", "No."),
        ("is gen ai the same thing as ai?", "Generative AI should not be treated as another name for AI.", "No."),
    ],
)
def test_a_universal_claim_is_denied_only_by_a_sentence_that_says_why(question: str, sentence: str, expected) -> None:
    assert compose.verdict(question, sentence, 0.6) == expected


def test_no_verdict_over_a_sentence_that_supports_the_claim(tutor: Any) -> None:
    answer = tutor.ask("does a huge chatbot model always beat a smaller one?")
    assert not answer.text.startswith("No."), answer.text


def test_a_later_step_of_a_recipe_does_not_lead(course, tutor: Any) -> None:
    section = course.section("supervised-learning#a-worked-example-building-a-spam-filter")
    fourth = next(p for p, s in enumerate(section.sentences) if s.startswith("Fourth"))
    assert compose.is_later_step(section, fourth)
    assert not compose.is_later_step(section, 0)
    answer = tutor.ask("how can i tell if the spam sorter in my inbox is doing its job?")
    text = answer.text
    assert "Fourth" not in text or text.index("First,") < text.index("Fourth"), text
