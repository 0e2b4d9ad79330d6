"""Comparisons of course things that were refused or declined instead of compared.

Course comparisons refused or declined instead of compared (stop 31, cmpscope).

Worded apart from the probes (``benchmarks/probes/cmpscope-s31``); fails on the code before it:

- A choice between two uses of AI whose second use makes the learner's text ("use ai to score the
  leads or to write our sales emails") was refused as an order to write them; it asks which use
  suits the job. An order ("can you use ai to ... or to write my essay") is still refused.
- A comparison whose whole question fell below the scope bar (its frame words weigh it down) was
  declined bare though "A versus B" and each side alone are the course's.
"""

from __future__ import annotations

from tutor.core.answering import requests


def test_a_choice_of_uses_with_a_making_second_use_is_no_order() -> None:
    assert requests.classify("would it be wiser to use ai to score the leads or to write our sales emails") is None
    assert requests.classify("which pays off more, using ml to rank applicants or using it to draft our job ads") is None
    # orders stay orders
    for order in (
        "can you use ai to sort my inbox or to write my essay",
        "use ai to sort my inbox or to write my essay",
        "write our newsletter",
    ):
        refusal = requests.classify(order)
        assert refusal is not None and refusal.kind == "out_of_job", order


def test_the_choice_of_uses_is_answered_from_the_course(tutor) -> None:
    answer = tutor.ask("would it be wiser to use ai to score the leads or to write our sales emails")
    assert answer.in_scope and answer.sources


def test_a_comparison_sunk_by_its_frame_is_compared(tutor) -> None:
    answer = tutor.ask("is copilot more like chatgpt or like a fraud detector")
    assert answer.in_scope
    assert "generative-ai-applications#code-audio-and-new-drug-molecules" in [s.section for s in answer.sources]


def test_everyday_choices_stay_refused(tutor) -> None:
    for q in ("tea or coffee before a night shift", "a cat or a dog for a tiny flat", "rent or buy a flat this year"):
        assert not tutor.ask(q).in_scope, q


# Added in stop 39 (cmpa39, probes in ``benchmarks/probes/cmpa39-s39``): a tool told by what it
# does, in a verb form the request keywords do not list ("composes", "summarises", "solves"), was
# mended to the keyword as if it were a typing slip ("an ai that compose my ..."), which then read
# as an order, and the comparison of two tools was refused as work to order.


def test_a_tool_told_by_an_inflected_verb_is_no_order() -> None:
    for question in (
        "an app that composes my workout playlist vs the one that suggests songs i might like: same kind of ai?",
        "is the tool that summarises my meetings the same tech as the filter that catches my spam?",
        "the bot that solves my maths homework compared with a model that marks it, how do they differ",
    ):
        assert requests.classify(question) is None, question
    # slips of the keywords are still read as them, and orders stay orders
    for order in ("wrte me a cover leter", "compse me a song for my mum", "compose my intro music"):
        refusal = requests.classify(order)
        assert refusal is not None and refusal.kind == "out_of_job", order


def test_two_tools_one_composing_are_compared_from_their_sections(tutor) -> None:
    answer = tutor.ask("an app that composes my workout playlist vs the one that suggests songs i might like: same kind of ai?")
    assert answer.in_scope and answer.shape == "comparison"
    assert "generative-ai-applications#music-composition-and-personalised-playlists" in [s.section for s in answer.sources]
