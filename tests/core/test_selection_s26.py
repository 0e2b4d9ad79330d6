"""Sentence selection inside sections already cited (stop 26, probes ``benchmarks/probes/selection-s26``).

Each class was seen on fresh questions that cited the section stating the fact yet left the
fact out, and each test here is worded apart from the probes and fails on the code before it:

- a follow-up that refers to its topic ("does it ...", "what does it ...") answered from a section
  whose heading joins the topic with another subject ("When k-means clustering fails and DBSCAN
  helps", "Precision and recall computed from a confusion matrix") told the other subject's point:
  its sentences echoed the follow-up's words ("groups", "shape") best;
- a setting said to be "too" anything ("too hefty", "too chunky") is the setting pushed too far,
  whatever the adjective, as "too big" already was;
- a downside asked in everyday words ("can it make the classifier worse?") is a downside;
- a comparison read without two sides ("whats different about what comes out of ml and gen ai")
  keeps the sentence that sets the two against each other;
- a comparison asking how good each side is in everyday words ("is any good", "doing a good job",
  "tell if it's working") is answered from the evaluation lesson, as "evaluating A vs B" was.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from tutor.core.answering import compose
from tutor.core.answering.conversation import Conversation


def _converse(tutor, turns: list[str]):
    conversation = Conversation()
    answer = None
    for turn in turns:
        answer = tutor.ask(turn, conversation)
        conversation.record(turn, answer)
    return answer


@pytest.mark.parametrize(
    ("turns", "needed", "not_opening"),
    [
        # "it" is DBSCAN: the k-means sentences on groups and k do not answer it.
        (["what is dbscan", "do i have to tell it how many groups"], r"DBSCAN does not need k", None),
        # "it" is recall: not "Precision answers ...".
        (["what is recall", "what does it ignore"], r"Recall answers", r"Precision answers"),
    ],
)
def test_a_follow_up_about_it_is_answered_with_its_own_subjects_sentences(tutor, turns, needed, not_opening) -> None:
    answer = _converse(tutor, turns)
    assert re.search(needed, answer.text), answer.text
    if not_opening:
        assert not answer.text.startswith(not_opening.replace("\\", "")), answer.text


def test_a_follow_up_naming_the_other_subject_keeps_its_sentences(tutor) -> None:
    # The penalty is for sentences on the other subject when "it" is asked about; "what do people
    # use instead?" after k-means failing names no "it" and is answered by the DBSCAN sentence.
    answer = _converse(tutor, ["when does k-means fail", "what do people use instead"])
    assert "DBSCAN" in answer.text, answer.text


@pytest.mark.parametrize(
    ("turns", "needed"),
    [
        (["what is gradient descent", "what if the steps are way too hefty"], r"overshoots"),
        (["what is synthetic training data", "can it make the classifier worse"], r"unrealistic or repetitive"),
    ],
)
def test_an_aspect_in_everyday_words_picks_its_sentence(tutor, turns, needed) -> None:
    answer = _converse(tutor, turns)
    assert re.search(needed, answer.text), answer.text


def test_too_anything_asks_what_too_much_does() -> None:
    asked = compose.asked_aspects
    assert "too_much" in asked("and if the steps are too chunky?")
    assert "too_much" in asked("what if the checker gets too good too fast")
    # "too" as "also" asks nothing of the kind.
    assert "too_much" not in asked("is it used in finance too or only in banks?")
    assert "too_much" not in asked("does it work on text too")
    sentences = ["Underfitting: the model is too simple to capture the pattern.", "A model learns from data."]
    bonus = compose.aspect_bonus("what if my model is too basic", sentences)
    assert bonus[0] > bonus[1]


def test_a_downside_in_everyday_words_is_a_downside() -> None:
    for question in ("can the fake pictures make things worse", "could it backfire", "does it hurt accuracy"):
        assert "downside" in compose.asked_aspects(question), question


def test_a_comparison_without_sides_keeps_the_sentence_that_sets_both_apart(tutor) -> None:
    answer = tutor.ask("whats different about what comes out of ml and gen ai")
    assert answer.shape == "comparison"
    assert "did not exist before" in answer.text, answer.text


def test_contrast_bonus_is_for_sentences_that_set_two_things_against_each_other() -> None:
    bonus = compose.contrast_bonus([
        "A predictive model returns a label, while a generative model returns something new.",
        "Generative AI learns patterns from data.",
        "It is cheap, but it is slow.",
    ])
    assert bonus[0] > 0 and bonus[1] == 0 and bonus[2] == 0
    assert isinstance(bonus, np.ndarray)


@pytest.mark.parametrize(
    "question",
    [
        "how would i know a spam filter is any good compared to a chatbot",
        "spam filter vs image generator: how do you tell each one is doing a good job",
        "how do you know a digit classifier works compared to knowing a picture generator works",
    ],
)
def test_how_good_each_side_is_in_everyday_words_is_their_evaluation(tutor, question) -> None:
    # "is any good", "doing a good job", "works": how each side is judged, answered from the
    # evaluation lesson (each side went to a section about the thing itself: the spam filter
    # recipe, training data for generative models, uses of image generation).
    answer = tutor.ask(question)
    cited = [source.section for source in answer.sources]
    assert len(cited) == 2 and all(c.startswith("evaluating-models#") for c in cited), cited
    assert "evaluating-models#judging-generated-output-on-realism-coherence-and-diversity" in cited


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which is easier to tell if it's working, a classifier or an image generator", True),
        ("how can you tell if a gan is working vs if a classifier is working", True),
        ("tell me how a gan works vs a vae", False),  # how it works, not how good it is
        ("i want to know how a gan works compared to a vae", False),
        ("do you know if vaes or gans work better for faces", False),
    ],
)
def test_asks_how_good(question, expected) -> None:
    from tutor.core.answering.comparison import _ASKS_HOW_GOOD

    assert bool(_ASKS_HOW_GOOD.search(question)) is expected
