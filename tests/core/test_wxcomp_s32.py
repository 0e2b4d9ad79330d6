"""Comparisons, stop 32 (wxcomp): the classes behind the comparison failures of sets W and X,
tested in other words than the probes in ``benchmarks/probes/wxcomp-s32``.

- Two prediction tasks told apart by the kind of answer, where one is a rank on a fixed scale
  ("severity", "tier", "sev1-sev4") or a time still to run ("weeks until", "time to repair"), are
  classification versus regression, also when the learner offers the two kinds as the choice.
- A summary that a tool writes ("another tool generates a summary of each call") is what the tool
  does, not a text job ordered from the tutor.
- "two things: A, and B. How do the two differ?" names its sides in the colon list.
- "A vs B: is A like ...?": the question after the colon is no part of the second side.
- A scenario, then a last sentence of bare options ("clustering or classification for that?"),
  is a comparison.
"""

from __future__ import annotations

from tutor.core.answering import requests, shapes

CLASS_VS_REG = "supervised-learning#classification-versus-regression"


def test_a_rank_on_a_scale_against_a_time_still_to_run_is_classification_versus_regression(tutor) -> None:
    question = "estimating the weeks until a lease gets renewed versus predicting a customer's service tier - one kind of task?"
    assert set(shapes.detect(question).sides) == {"classification", "regression"}
    answer = tutor.ask(question)
    assert answer.in_scope
    assert [s.section for s in answer.sources] == [CLASS_VS_REG]


def test_the_kinds_offered_as_the_choice_leave_the_tasks_settings_out(tutor) -> None:
    answer = tutor.ask(
        "as a bank analyst: forecasting the amount of a loan loss versus flagging whether a transaction is fraud, "
        "which one is classification and which regression, in plain words?"
    )
    assert [s.section for s in answer.sources] == [CLASS_VS_REG]


def test_a_summary_a_tool_writes_is_no_order() -> None:
    assert requests.classify(
        "one service tags support tickets by topic, another generates a summary of each sales meeting. which one is generative ai?"
    ) is None
    assert requests.classify("give me a summary of this podcast episode") is not None
    assert requests.classify("please write up a summary of the board meeting notes") is not None


def test_two_things_listed_after_a_colon_are_the_sides() -> None:
    shape = shapes.detect(
        "I keep confusing two ideas: an agent that learns from rewards by trial and error, and a method "
        "that groups shoppers with no labels. How do the two differ?"
    )
    assert shape.kind == "comparison"
    assert shape.sides == (
        "an agent that learns from rewards by trial and error", "a method that groups shoppers with no labels",
    )


def test_a_question_after_the_pairs_colon_is_no_part_of_the_second_side() -> None:
    shape = shapes.detect("encoder vs decoder: is the encoder like packing a suitcase and the decoder unpacking it?")
    assert shape.sides == ("encoder", "decoder")


def test_a_likeness_of_each_side_leaves_both_sides_their_sections(tutor) -> None:
    answer = tutor.ask("loss vs accuracy: is loss like a golf score and accuracy like the share of holes won? what's the difference")
    assert {s.section for s in answer.sources} == {
        "training-and-overfitting#what-a-loss-function-measures", "evaluating-models#accuracy-the-share-of-predictions-that-are-right",
    }


def test_bare_options_closing_a_scenario_are_a_comparison() -> None:
    shape = shapes.detect("we have thousands of support emails nobody ever tagged. clustering or classification for that?")
    assert shape.kind == "comparison"
    assert shape.sides == ("clustering", "classification")


def test_a_verdict_asked_after_a_claim_is_no_pair_of_options() -> None:
    shape = shapes.detect("my uncle says chatbots look facts up in a database before answering. true or false?")
    assert shape.kind != "comparison"

