"""Follow-ups, stop 24: classes of declined or drifting follow-ups found with the fresh probes in
``benchmarks/probes/asks-s24`` (work half), tested here in other words than the probes'.

- A "there" that ends a follow-up points back at what the last answer was about ("and the bias
  issue there?" after machine learning's limitations): the mention in the section just quoted
  answers, not the lesson on that subject in general. "is there ...", "how many are there?"
  only say that something exists.
- Plain English for "the point of it" or "its weak spots" that the course never writes ("any
  caveats?", "what's the gist?", "the lowdown") has no topic of its own: after a topic it is a
  follow-up on that topic, not another school subject or an untaught term. An off-course noun
  ("what's the weather?") is still refused.
- "whats rag stand for": the question's verb "stand for" is no part of a compound term the course
  never writes ("rag stand").
- A sentence that gives its example after its subject ("Some SVM algorithms, for instance, ...")
  goes with the sentence it illustrates, as one opening "For example" already did.
- "example pls" alone after a section that gives examples asks for that section's example, not
  for another section's (the seen penalty and "example" in other headings drew it away).
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.scope import uncovered_compound

ML_SHORT = "benefits-and-limitations#where-machine-learning-falls-short"
SUPPORT = "industry-use-cases#customer-support-sentiment-analysis-and-chatbots"


def test_a_trailing_there_asks_about_the_mention_in_the_section_just_quoted(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what are the weak points of machine learning", "and the bias issue there?"])
    assert answer.in_scope
    assert answer.sources[0].section == ML_SHORT
    assert "hiring model" in answer.text


def test_a_trailing_there_keeps_the_industry_section(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["how is machine learning used in customer support", "what does sentiment analysis do there"]
    )
    assert answer.in_scope
    assert answer.sources[0].section == SUPPORT


@pytest.mark.parametrize(
    ("question", "points_back"),
    [
        ("and the bias issue there?", True),
        ("anything like that in there", True),
        ("how many kinds are there?", False),
        ("are there other kinds of clustering", False),
        ("there are lots of models, which is best", False),
    ],
)
def test_only_a_there_that_points_at_a_place_refers_back(question: str, points_back: bool) -> None:
    assert conversation_module.refers_back(question) is points_back


@pytest.mark.parametrize(
    ("turns", "section"),
    [
        (["what is the discriminator in a gan", "so what's the gist?"], "gans#"),
        (["explain grounding", "any shortcomings?"], "hallucination#"),
        (["what is dimensionality reduction", "give me the lowdown"], "unsupervised-learning#"),
        (["what is feature scaling", "any gotchas"], "training-and-overfitting#"),
        (["how does k-means work", "pitfalls?"], "unsupervised-learning#"),
    ],
)
def test_a_word_for_the_point_or_the_weak_spots_follows_up_on_the_topic(tutor, turns, section) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope, answer.text
    assert answer.sources[0].section.startswith(section)


def test_an_off_course_noun_after_a_topic_is_still_refused(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is overfitting", "what's the weather"])
    assert not answer.in_scope and not answer.sources


def test_stand_for_is_no_part_of_a_compound_term(tutor) -> None:
    assert uncovered_compound("whats rag stand for", tutor.phrases, 0.3) is None
    assert uncovered_compound("whats pca short for", tutor.phrases, 0.3) is None
    # A compound the course never writes is still one.
    assert uncovered_compound("what is a validation set", tutor.phrases, 0.3) == "validation set"


def test_an_acronym_asked_after_its_topic_is_answered(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what does grounding mean", "whats rag stand for?"])
    assert answer.in_scope
    assert "retrieval-augmented generation" in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["is scoring millions of records with a trained decision tree cheap", "no exceptions at all?"],
        ["do trained ml models need much compute to run", "exceptions?"],
    ],
)
def test_an_example_said_after_its_subject_goes_with_the_sentence_it_illustrates(tutor, turns) -> None:
    """"... therefore has exceptions." answers; the next sentence, "Some support vector machine
    (SVM) algorithms, for instance, become very expensive ...", is the exception itself."""
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope
    assert "therefore has exceptions" in answer.text
    assert "Some support vector machine (SVM) algorithms, for instance" in answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["explain anomaly detection", "an example?"],
        ["what does predictive analytics do", "for instance?"],
    ],
)
def test_an_example_asked_alone_is_the_one_of_the_section_just_quoted(tutor, turns) -> None:
    """The section just read gives examples of what it says; another section whose words say
    "example" about something else does not answer."""
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope
    assert answer.sources[0].section == "ml-applications#predictive-analytics-and-anomaly-detection"
