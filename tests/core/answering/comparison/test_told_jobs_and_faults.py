"""Comparisons, added in stop 41 (cmpb41), tested in other words than the probes in
``benchmarks/probes/cmpb41-s41`` and the read sets.

- Two faults told, then "one fault or two?" / "is that the same problem?" (``shapes._TOLD_PAIR``):
  each told fault is a side.
- Two tasks joined by ", and" (or "versus") and asked about together in a later sentence, one
  answering with a category and one with a number (``shapes.told_answer_kinds``): classification
  against regression, the category offered inside a task ("urgent or routine") being no side.
- A told pair asked with a word of comparing ("are those two different kinds of ai?") keeps its
  sides (``shapes._told_pair_compared``), and two machines of the two families told so are told
  apart by the course's sentences (``comparison._told_ask``).
- "one that writes ..." is a thing of its own, not a pointer (``shapes._POINTING``); its closing
  "ones" are the first side's object.
- Machines told by participles (``described._PREDICTING_MACHINE``); a maker set against a thing whose
  best section tells the families apart answers from that section (``comparison._maker_told_apart_by_best``).
- A bracketed aside ("(dont giggle)") is no name of what is asked (``marked_names._ASIDE``).
"""

from __future__ import annotations

import pytest

from tutor.core.answering import described, shapes

PVC = "ml-vs-generative-ai#predicting-versus-creating-two-different-goals"


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_two_faults_asked_one_or_two_are_the_sides() -> None:
    shape = shapes.detect("the quote bot invented a quote nobody ever said, and our logo gan keeps producing the same logo. one fault or two?")
    assert shape.kind == "comparison"
    assert shape.sides == ("the quote bot invented a quote nobody ever said", "our logo gan keeps producing the same logo")
    shape = shapes.detect("the image tool shows every pilot as a man, and the chatbot quoted a law that was never passed. is that the same problem?")
    assert shape.kind == "comparison" and len(shape.sides) == 2


def test_two_faults_answer_from_both_sections(tutor) -> None:
    answer = tutor.ask("the quote bot made up a quote nobody said, and our logo gan keeps spitting out the same logo. one fault or two?")
    assert {"hallucination#what-hallucination-means", "gans#mode-collapse-when-a-gan-loses-variety"} <= set(cited(answer))


def test_tasks_joined_by_and_are_told_by_their_answer_kinds() -> None:
    shape = shapes.detect("bike shop: sorting repairs into urgent or routine, and estimating the repair bill in pounds. how do those two differ?")
    assert shape.kind == "comparison" and shape.sides == ("classification", "regression")
    shape = shapes.detect("florist. working out if an order will be late, and guessing how many roses we sell in a week. are these the same kind of job?")
    assert shape.sides == ("classification", "regression")
    # (A guard: one task alone, asked about, is no pair of kinds.)
    assert shapes.told_answer_kinds("sorting repairs into urgent or routine. how does that work?") is None


def test_two_machines_joined_by_a_bare_and_are_told_by_their_answer_kinds(tutor) -> None:
    # (Stop 47: "... tool gives X and the other tool says Y", joined by "and" alone.)
    question = "vet receptionist. our booking system estimates each visit's length in minutes and the triage app just says urgent or not. same kind of thing?"
    assert shapes.detect(question).sides == ("regression", "classification")
    assert cited(tutor.ask(question))[0] == "supervised-learning#classification-versus-regression"
    # (A guard: a bare "and" inside one task joins no second machine.)
    assert shapes.told_answer_kinds("the tool reads the scan and flags tumours. how does that work?") is None


def test_a_told_pair_with_a_comparing_word_keeps_its_sides(tutor) -> None:
    question = "a gadget that tells each gardener which seeds will thrive, and a gadget that writes new planting poems. are those two different kinds of ai?"
    assert shapes.detect(question).sides == (
        "a gadget that tells each gardener which seeds will thrive", "a gadget that writes new planting poems"
    )
    answer = tutor.ask(question)
    assert cited(answer)[0] == PVC
    assert "did not exist" in answer.text


def test_one_that_does_a_job_is_no_pointer() -> None:
    sides = shapes.detect("i mind the jukebox (long story). how is an ai that picks tunes different from one that writes fresh tunes?").sides
    assert sides == ("ai that picks tunes", "one that writes fresh tunes")
    assert shapes.detect("how is a tool that picks films different from one that makes new ones?").sides == (
        "tool that picks films", "one that makes new films"
    )


def test_machines_told_by_participles_and_recommender_verbs() -> None:
    assert described.machine_family("the website feature suggesting which jacket to buy") == described.PREDICTING_FAMILY
    assert described.machine_family("a tool that tells each customer which plan suits them") == described.PREDICTING_FAMILY
    assert described.machine_family("a service recommending old films to us") == described.PREDICTING_FAMILY
    assert described.machine_family("an app generating brand new films") == described.MAKING_FAMILY


def test_a_bracketed_aside_is_no_name(tutor) -> None:
    answer = tutor.ask("i run the tuck shop (dont giggle). whats the difference between an app that picks snacks people like and one that designs brand new snacks?")
    assert answer.in_scope
    assert "giggle" not in answer.text.lower()


def test_tasks_put_as_their_questions_are_told_by_answer_kind() -> None:
    shape = shapes.detect("will this flight be cancelled vs how many minutes late will the flight land, what kind of prediction is each?")
    assert shape.sides == ("classification", "regression")


def test_two_faults_asked_as_related_problems() -> None:
    shape = shapes.detect("the tutor bot makes up fake page numbers, while the logo gan keeps drawing one logo. related problems?")
    assert shape.kind == "comparison" and len(shape.sides) == 2


def test_two_machines_whose_best_section_tells_them_apart_answer_from_it(tutor) -> None:
    answer = tutor.ask("school caretaker. whats the difference between the app that picks old tunes for the pupils and an ai that makes brand new songs for them?")
    assert cited(answer)[0] == "generative-ai-applications#music-composition-and-personalised-playlists"
    assert "did not exist" in answer.text and "recommendation system" in answer.text.lower()


def test_one_task_and_the_other_told_by_answer_kind() -> None:
    shape = shapes.detect("farmer. two checks on the herd data: one says will this cow go lame this year yes or no, the other says how many litres she gives. same kind of prediction?")
    assert shape.sides == ("classification", "regression")


@pytest.mark.parametrize(("question", "sides"), [
    ("is precision the same thing for a spam filter as for a cancer screen?",
     ("precision for a spam filter", "precision for a cancer screen")),
    ("bookbinder here, does training mean the same for a language model as for a decision tree",
     ("training for a language model", "training for a decision tree")),
])
def test_one_thing_asked_of_two_settings_is_a_side_in_each(question: str, sides: tuple[str, str]) -> None:
    # (Stop 47: "is a 'loss' the same thing for a classifier as for a generative model?" was read
    # as a general question and answered from one setting.)
    assert shapes.detect(question).kind == "comparison"
    assert shapes.detect(question).sides == sides


def test_a_loss_asked_of_a_classifier_and_a_generator_cites_both_loss_sections(tutor) -> None:
    answer = tutor.ask("is the loss the same idea in a classifier as in an image generator? what does each one measure")
    assert set(cited(answer)) >= {
        "training-and-overfitting#what-a-loss-function-measures",
        "evaluating-models#loss-functions-as-a-quantitative-check-on-generative-models",
    }, cited(answer)


def test_a_pronoun_asked_of_two_settings_is_no_side() -> None:
    assert shapes.same_for_both("is it the same for gans as for vaes?") is None


@pytest.mark.parametrize("question", [
    # (Stop 47: a bare "and" before a second task's verb, and "the old one told me ..." after a comma.)
    "harbour office: predicting the wave height in metres and predicting whether the ferry sails at all. same kind of problem?",
    "the new till app says busy or quiet, the old one told me the number of customers per hour. is that a different kind of prediction?",
])
def test_two_tasks_told_by_their_answers_are_classification_and_regression(tutor, question: str) -> None:
    assert set(shapes.detect(question).sides) == {"classification", "regression"}
    answer = tutor.ask(question)
    assert answer.in_scope and cited(answer)[0] == "supervised-learning#classification-versus-regression", cited(answer)


def test_tomorrows_weather_asked_for_itself_is_still_an_errand(tutor) -> None:
    assert not tutor.ask("will it rain tomorrow morning in leeds").in_scope


def test_two_machines_told_then_asked_of_each_are_the_sides(tutor) -> None:
    # (Stop 47: "We have the model that scores ... and the gen AI that drafts .... Where does each of
    # them tend to go wrong?" was read as a list and answered from the learner's industry.)
    question = (
        "Practice manager writing up a review. We run a model that predicts missed appointments and a chatbot "
        "that writes the reminder texts. Where does each of them tend to go wrong?"
    )
    assert shapes.detect(question).sides == (
        "a model that predicts missed appointments", "a chatbot that writes the reminder texts"
    )
    assert "benefits-and-limitations#where-machine-learning-falls-short" in cited(tutor.ask(question))
    # (A guard: two things that do no job, asked of each, are no pair of machines.)
    assert shapes.told_then_each("I love cats and dogs. how do you feed each one?") is None
