"""Comparisons, added in stop 39 (cmpb39), tested in other words than the probes in
``benchmarks/probes/cmpb39-s39`` and the read sets.

- Two sizes of one thing, the second named by "one" / "ones" ("tiny language model vs one of the
  huge ones"): the second side is the whole thing sized ("huge language models"), not its last
  word ("huge models"), so the course's comparison "Small language models versus large ones"
  answers whole, the large side's sentence ("need data-centre hardware") and the small side's
  weakness ("forgets facts") with it.
- A choice offered in a question not read as a comparison ("a giant language model or a little
  one for ...?") whose best section is the course's comparison answers from it whole.
- Two machines told by their jobs: a predicting job's agent noun ("guesser", "spotter"), a side
  that "drafts", a "one ..., another <verb>s ..." description (the verb is no noun), "predicting
  stuff" / "making stuff" as the families, "makes brand new X" as making.
"""

from __future__ import annotations

from tutor.core.answering import described, shapes
from tutor.core.answering.comparison import _MAKES_NEW

SMALL = "language-models#small-language-models-versus-large-ones"
PVC = "ml-vs-generative-ai#predicting-versus-creating-two-different-goals"


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_the_other_size_named_by_one_takes_the_whole_thing() -> None:
    assert shapes.detect("tiny language model versus the massive ones").sides == ("tiny language model", "massive language models")
    assert shapes.detect("a large vae vs a small one").sides == ("large vae", "small vae")
    assert shapes.detect("a tiny language model on my phone vs a giant one in the cloud").sides == (
        "tiny language model on my phone", "giant language model in the cloud"
    )


def test_a_one_that_is_no_size_keeps_the_last_word() -> None:
    """Guards: "a normal ml model compared to a generative one" is still "generative model"; a
    one-word thing sized is not carried past the end ("huge ones in data centres" stays)."""
    assert shapes.detect("a normal ml model compared to a generative one").sides == ("normal ml model", "generative model")
    assert shapes.detect("a tiny model on my phone vs the huge ones in data centres").sides[1] == "huge ones in data centres"


def test_two_sizes_of_language_model_answer_from_the_courses_comparison(tutor) -> None:
    answer = tutor.ask("little language model versus one of the giant ones: what's the catch")
    assert cited(answer) == [SMALL]
    assert "data-centre" in answer.text and "forgets facts" in answer.text


def test_a_choice_whose_best_section_compares_answers_it_whole(tutor) -> None:
    answer = tutor.ask("a giant language model or a little one for a raspberry pi?")
    assert cited(answer) == [SMALL]
    assert "data-centre" in answer.text and "forgets facts" in answer.text


def test_a_family_choice_keeps_its_verdict(tutor) -> None:
    """Guard: "is X ml or gen ai" is no choice between two compared things."""
    answer = tutor.ask("is chatgpt ml or gen ai")
    assert SMALL not in cited(answer)


def test_machines_named_by_a_predicting_agent_noun_or_drafting() -> None:
    assert described.machine_family("the rent guesser") == described.PREDICTING_FAMILY
    assert described.machine_family("a damp spotter") == described.PREDICTING_FAMILY
    assert described.machine_family("one that drafts replies to them") == described.MAKING_FAMILY


def test_families_as_predicting_stuff_and_making_stuff() -> None:
    assert described.family_described("predicting stuff").family == described.PREDICTING_FAMILY
    assert described.family_described("making things").family == described.MAKING_FAMILY
    assert _MAKES_NEW.search("a tool that makes brand new logos")


def test_one_and_another_whose_second_opens_on_its_verb() -> None:
    question = "one tool ranks job applicants, another sends letters to them. how do they differ"
    assert shapes.detect(question).sides == ("one that ranks job applicants", "one that sends letters to them")


def test_two_described_machines_are_told_apart_by_the_families(tutor) -> None:
    answer = tutor.ask("one app rates restaurant reviews, another writes menu descriptions. are they different kinds of ai?")
    assert cited(answer)[0] == PVC
