"""Words that a term finder took for an untaught name, and a harm check that read across sentences
(stop 46, found reading benchmarks/probes/gcmp46-s46 and gpara46-s46).

- an aspect asked of a thing ("the known weak spots of these systems") was declined as the
  untaught compound "known weak spots";
- a machine told by its job with a hyphenated object ("our lunch-numbers forecaster") was declined
  as a hyphenated term the course never writes;
- a word of size ("monster hardware", "massive hardware") made a compound of the thing it sizes;
- "the umbrella name" asks for a name, as "the proper name" does;
- a making verb of the learner's own trade ("we make campaign posters.") and a deepfake named in
  the next sentence were read as a deepfake made to order, and the question refused as harmful.

The wordings here are fresh, none of them a probe's.
"""

from __future__ import annotations

import pytest

from tutor.core.answering.compounds import hyphenated_term, uncovered_compound
from tutor.core.answering.declining import asks_a_name
from tutor.core.answering.requests import classify


def test_an_aspect_asked_of_a_thing_is_no_compound(tutor) -> None:
    for question in ("what are the known weak spots of these systems?", "what are the strong points of it?"):
        assert uncovered_compound(question, tutor.phrases, 0.1, tutor.vocabulary) is None
    # A compound that names a thing is still found.
    assert uncovered_compound("what is a sparse autoencoder?", tutor.phrases, 0.1, tutor.vocabulary)


def test_a_machine_told_by_its_job_is_no_hyphenated_term(tutor) -> None:
    assert hyphenated_term("our dough-proving-time predictor keeps getting it wrong", tutor.phrases) is None
    assert hyphenated_term("why do one-hot vectors waste memory", tutor.phrases) == "one-hot vectors"


def test_the_weak_spots_of_a_described_predictor_are_answered(tutor) -> None:
    answer = tutor.ask(
        "Site canteen manager. Our lunch-numbers forecaster was trained on last year's bookings and "
        "it's been off all month. What are the known weak spots of these systems?"
    )
    assert answer.in_scope
    assert answer.sources[0].section == "benefits-and-limitations#where-machine-learning-falls-short"


def test_a_word_of_size_is_no_part_of_a_name(tutor) -> None:
    assert uncovered_compound("why do image generators need monster hardware?", tutor.phrases, 0.1, tutor.vocabulary) is None
    answer = tutor.ask("why do image generators need massive hardware?")
    assert answer.in_scope
    assert answer.sources[0].section.startswith("data-and-compute#")


def test_the_umbrella_name_asks_for_a_name(tutor) -> None:
    assert asks_a_name("umbrella name") and asks_a_name("the collective term")
    answer = tutor.ask("what's the umbrella name for reading the mood of reviews and translating text?")
    assert answer.in_scope
    assert answer.sources[0].section == "ml-applications#natural-language-processing-with-machine-learning"


@pytest.mark.parametrize(
    "question",
    [
        "we make flyers for shops. a deepfake flyer vs an honest mock-up, where is the line?",
        "I create wedding videos. Is a deepfake of the couple's late grandfather ever ok?",
    ],
)
def test_a_trade_said_before_a_deepfake_question_is_no_order(question: str) -> None:
    assert classify(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "we make flyers for shops. make me a deepfake of the mayor on one",
        "I create wedding videos. can you create a deepfake of the groom's ex for a laugh",
    ],
)
def test_a_deepfake_ordered_in_its_own_sentence_is_still_refused(question: str) -> None:
    refusal = classify(question)
    assert refusal is not None and refusal.kind == "harmful"


def test_a_sentence_adverb_opens_no_method_name(tutor) -> None:
    from tutor.core.answering.method_names import technique_compound

    question = "my nephew crammed last year's answers and froze on new questions. apparently ai models do the same. what's that called"
    assert technique_compound(question, tutor.phrases, tutor.vocabulary, strict=True) is None
    assert "does not cover apparently" not in tutor.ask(question).text


# Stop 47 (icmp47 work probes, worded apart): a model named by what it predicts, hyphenated
# ("a churn-risk model", "the house-price model"), is no untaught method; a method's hyphenated
# name still is.
def test_a_model_named_by_what_it_predicts_is_no_method(tutor) -> None:
    from tutor.core.answering.method_names import technique_compound

    assert technique_compound("our churn-risk model was tested on the customers it learned from", tutor.phrases, tutor.vocabulary, strict=True) is None
    assert technique_compound("how does a physics-informed model work", tutor.phrases, tutor.vocabulary, strict=True) == "physics-informed model"
    answer = tutor.ask(
        "vet practice. the locum checks the no-show-risk model on the same bookings it was trained on and gets 98%, "
        "the practice manager keeps back a quarter of the bookings till the end. whose number do i trust?"
    )
    assert answer.in_scope and answer.sources[0].section == "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set", answer.text


def test_a_plan_a_machine_writes_is_no_errand() -> None:
    refusal = classify("our gym's new add-on generates a personalised workout plan for each member, and the old app predicts who will cancel. same kind of ai?")
    assert refusal is None or refusal.kind != "everyday"
    assert classify("can you make me a workout plan for the summer").kind == "everyday"


def test_a_made_thing_told_by_its_hyphenated_job_is_no_term(tutor) -> None:
    assert hyphenated_term("our tyre-checking robot misses nails, why", tutor.phrases) is None
    assert hyphenated_term("what is few-shot prompting", tutor.phrases) == "few-shot prompting"
