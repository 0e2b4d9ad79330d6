"""Comparisons, added in stop 40 (cmpb40): each side finds its own section. Tested in other words
than the probes in ``benchmarks/probes/cmpb40-s40`` and the read sets; each ``tutor`` test fails
on the code before it.

- How two machines are judged, one predicting and one making, told by their jobs: the making side
  is generative though the way it is judged comes first ("checking a system that drafts ...",
  "you'd grade an ai that invents ..."), or it is "one to invent ..."; a side cut before
  "compared to" keeps no trailing comma (read as "setting, side", the side was empty); both sides
  asking one aspect after a setting ("for a school: checking A versus checking B") is that aspect;
  "pass or fail" is what a side outputs, no weakness asked of it; a heading naming a test set is
  no reason to keep a side from its family's section on evaluation. The predicting side then gets
  "Accuracy: ..." and the making side "Judging generated output ...".
- The families' own difference asked after a story ("ward sister. one system guesses ..., another
  writes ... what is the real difference between predicting stuff and making stuff") is searched
  in its asking sentence: with the story, the setting's section (healthcare) answered alone.
- A side the question's other words drag below the scope bar ("staff pushback" with the asker's
  job) is searched alone when that clears it.
- Who put the question to the learner ("my nephew asked me and i got them muddled") and "in plain
  words" are no aspect of either side: with them, the hallucination side went to how to spot it.
- A bare family job ("what actually separates predicting from making") is the family; an
  "assistant that writes ..." makes.
- A reading off an instrument ("a heart rate reading") is a quantity, so two tasks told by their
  answers are classification against regression.
"""

from __future__ import annotations

import pytest

from answering.reading import cited
from tutor.core.answering import described, shapes
from tutor.core.answering.comparison import _told_in_its_sentence, side_polarity

ACCURACY = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
JUDGING = "evaluating-models#judging-generated-output-on-realism-coherence-and-diversity"
PVC = "ml-vs-generative-ai#predicting-versus-creating-two-different-goals"
RESIST = "adoption-challenges#resistance-to-change-from-employees"
GAP = "adoption-challenges#the-ai-skills-gap"
CLSREG = "supervised-learning#classification-versus-regression"


@pytest.mark.parametrize(
    "question",
    [
        "how would we test a model that flags late deliveries compared with testing a tool that writes our apology emails",
        "how would you grade a model that spots mould on bread, compared to how you'd grade an ai that invents cake designs",
        "in our warehouse we could use one model to spot damaged boxes and another to invent product slogans. how do you score each one?",
        "for a school: checking a model that predicts pass or fail versus checking an ai that writes reading comprehension texts",
    ],
)
def test_a_predicting_and_a_making_machine_judged_each_by_its_family(tutor, question: str) -> None:
    assert cited(tutor.ask(question)) == [ACCURACY, JUDGING]


def test_the_families_difference_after_a_story_is_searched_in_its_sentence(tutor) -> None:
    answer = tutor.ask(
        "ward sister. one system guesses which patients will need a doctor tonight, another writes get-well cards. "
        "is that the same kind of ai? what is the real difference between predicting stuff and making stuff"
    )
    assert cited(answer)[0] == PVC


def test_a_side_dragged_below_the_bar_by_other_words_is_searched_alone(tutor) -> None:
    answer = tutor.ask("bookkeeper. staff pushback vs a shortage of ai talent: what drives each")
    assert set(cited(answer)) == {RESIST, GAP}


def test_an_instrument_reading_is_a_quantity(tutor) -> None:
    assert shapes.answer_kind("one that guesses a patient's heart rate reading") == "regression"
    answer = tutor.ask("one model guesses a patient's heart rate reading and another guesses whether a mole is cancerous. same kind of problem?")
    assert cited(answer) == [CLSREG]


def test_pass_or_fail_is_an_output_not_a_weakness() -> None:
    assert side_polarity("a model that predicts pass or fail") is None
    assert side_polarity("where does a model fail") == 0  # a weakness asked stays one


def test_the_sides_sentence_only_after_a_story() -> None:
    sides = ("predicting stuff", "making stuff")
    assert _told_in_its_sentence("what is the difference between predicting stuff and making stuff", sides).startswith("what is")
    assert _told_in_its_sentence("nurse. one guesses, one writes. so predicting stuff vs making stuff?", sides) == "so predicting stuff vs making stuff?"


@pytest.mark.parametrize(
    "question",
    [
        "what's the difference between a model being biased and a chatbot making stuff up? my nephew asked me and i got them muddled",
        "how is an ai being biased different from an ai making stuff up? a customer asked us and we mixed them up",
    ],
)
def test_who_asked_and_the_mix_up_are_no_aspect(tutor, question: str) -> None:
    assert cited(tutor.ask(question)) == ["ethics-and-regulation#bias-inherited-from-training-data", "hallucination#what-hallucination-means"]


def test_bare_family_jobs_after_a_story(tutor) -> None:
    answer = tutor.ask(
        "pub landlord. one program predicts which kegs run out, another writes our chalkboard specials. "
        "is that the same ai? what actually separates predicting from making"
    )
    assert cited(answer)[0] == PVC


def test_bare_jobs_name_the_families() -> None:
    assert described.family_described("predicting").family == described.PREDICTING_FAMILY
    assert described.family_described("creating").family == described.MAKING_FAMILY
    assert described.family_described("predicting the weather") is None
