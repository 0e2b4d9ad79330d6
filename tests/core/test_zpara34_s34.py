"""Paraphrases and lists in a trade's own words, stop 34 (zpara34), tested in other words than the
probes in ``benchmarks/probes/zpara34-s34``.

- A model named by what it models or decides ("the fuel-burn model", "a pricing model", "the
  rostering system", "my sorting gizmo now and then picks ...") is a machine at work
  (``described.names_machine_at_work``), and one the learner reports on ("the X model matched
  ...") is no method's name (``scope.technique_compound``).
- "a proof of concept" is a small trial, no proof to derive (``scope.untaught_request``).
- "reward and penalty" is a glossary phrase of reinforcement learning (its plural form was one).
- "the same ask" compares nothing, "what's the name for that and what's going on" asks one thing,
  and "whats the name for that" is no list (``shapes.detect``).
- A question that describes a section's idea without its name gets the opening sentence that
  names it (``ChoosingSentences._compose_general``).
"""

from __future__ import annotations

from tutor.core.answering import described, shapes
from tutor.core.answering.scope import technique_compound, untaught_request

OVERFITTING = "training-and-overfitting#overfitting-and-underfitting"
EXPLORATION = "reinforcement-learning#exploration-versus-exploitation"
TRADE_OFF = "evaluating-models#why-fraud-and-disease-detection-need-both-precision-and-recall"
RESISTANCE = "adoption-challenges#resistance-to-change-from-employees"
RL_USES = "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"


def _first(answer) -> str | None:
    return answer.sources[0].section if answer.sources else None


def test_a_model_named_by_what_it_models_or_decides_is_a_machine_at_work() -> None:
    for text in (
        "the crop-yield model was great last year",
        "our rostering system keeps doing odd things",
        "a valuing model for second hand cars",
        "my sorting gizmo now and then picks the wrong bin",
        "the sensor that flags leaks",
    ):
        assert described.names_machine_at_work(text, products=False), text
    for text in ("he is my role model", "what is a business model", "my heating system broke", "the booking system crashed"):
        assert not described.names_machine_at_work(text, products=False), text


def test_a_model_reported_on_is_no_method_name(tutor) -> None:
    reported = "optician. the lens-order model matched every old month, on this year's orders it's way off. why"
    assert technique_compound(reported, tutor.phrases, tutor.vocabulary, strict=True) is None
    asked = "how is a mixed-effects model fitted to grouped data"
    assert technique_compound(asked, tutor.phrases, tutor.vocabulary, strict=True) == "mixed-effects model"


def test_a_proof_of_concept_is_no_proof_to_derive() -> None:
    assert untaught_request("the council wants ai everywhere, i want a proof of concept on one form first") is None
    assert untaught_request("can you show me the proof of gradient descent converging") is not None


def test_reward_and_penalty_is_reinforcement_learning(tutor) -> None:
    assert "reinforcement learning" in tutor.index.learner.expansions("the reward and penalty kind, where is it used")


def test_shapes_of_one_thing_asked() -> None:
    assert shapes.detect("pressed go again on the same ask and it got worse, why so patchy").kind != "comparison"
    assert shapes.detect("the scores fell on new stock. what's the name for that and what's going on").kind != "comparison"
    assert shapes.detect("the model did great on old data only, whats the name for that").kind != "list"
    # guards: what must not change
    assert shapes.detect("is a gan the same as a vae").kind == "comparison"
    assert shapes.detect("whats a vae and whats a gan").kind == "comparison"
    assert shapes.detect("name every use of vaes").kind == "list"
    assert shapes.detect("can you name all the types of machine learning").kind == "list"


def test_a_trade_model_that_fails_on_new_data_is_overfitting(tutor) -> None:
    answer = tutor.ask(
        "optician. the lens-order model matched every old month perfectly, on this year's orders it's way off. what's that"
    )
    assert answer.in_scope and _first(answer) == OVERFITTING


def test_a_machine_that_tries_the_worse_option_on_purpose_explores(tutor) -> None:
    answer = tutor.ask(
        "courier. the parcel robot now and then picks an odd route nobody uses instead of the fast one, "
        "supposedly on purpose. why pick the worse one?"
    )
    assert answer.in_scope and _first(answer) == EXPLORATION


def test_a_detector_set_too_sensitive_or_too_relaxed_is_the_precision_recall_balance(tutor) -> None:
    answer = tutor.ask(
        "plumber. the leak sensor that flags drips: turned right up it cries wolf daily, turned down it missed a real "
        "burst. how are you supposed to pick the setting"
    )
    assert answer.in_scope and _first(answer) == TRADE_OFF
    assert "balance" in answer.text


def test_a_situation_told_without_its_name_gets_the_sentence_that_names_it(tutor) -> None:
    answer = tutor.ask(
        "garage owner. the mechanics won't touch the new ai diagnostics, they think it's after their jobs. "
        "is that normal and what helps"
    )
    assert _first(answer) == RESISTANCE
    assert "Resistance to change is the reluctance" in answer.text


def test_the_reward_and_penalty_kind_listed_by_use(tutor) -> None:
    answer = tutor.ask("the reward and penalty kind of learning, where does it get used? every area please")
    assert _first(answer) == RL_USES
    assert all(word in answer.text for word in ("game", "robot", "autonomous"))
