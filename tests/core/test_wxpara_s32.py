"""List questions and tl;dr, stop 32 (helper wxpara; probes in ``benchmarks/probes/wxpara-s32``,
from diagnosis sets W and X), tested in other words than the probes'.

- "tl;dr" before a question of its own asks for the course's answer, short; alone or pointing at
  a text it is still a text job (``requests._TLDR_OF_A_TEXT``).
- How much of an answer is wanted ("full list", "so that none is omitted", "could you
  enumerate"), and which document it is for ("need a playbook:", "I am preparing a brief for the
  board."), is not searched (``shapes.without_the_asking_manner``): it pulled the search towards
  sections about chatbots or documents.
- "every fix", "every safeguard": a list asked by a singular item noun; "each of the named stages"
  names "stages": ``list_noun`` reads the noun after "each of the <adjective>".
- Overfitting told by its symptom ("poor on new", "falls over in production") or as memorising
  in British spelling (glossary).
"""

from __future__ import annotations

import re

from tutor.core.answering import requests, shapes


def test_tldr_before_a_question_is_no_text_job() -> None:
    for question in ("tldr how do vaes make new pictures", "tl;dr: which kinds of machine learning are there"):
        assert requests.classify(question) is None, question
    for question in ("tldr", "tl;dr please", "tldr this email thread", "can you tl;dr my lecture notes"):
        refusal = requests.classify(question)
        assert refusal is not None and refusal.kind == "out_of_job", question


def test_tldr_question_is_answered_from_its_section(tutor) -> None:
    answer = tutor.ask("tldr how does a gan's generator learn to fool the discriminator")
    assert answer.in_scope, answer.text
    assert answer.sources and answer.sources[0].section.startswith("gans#"), answer.sources


def test_the_asking_manner_is_not_searched() -> None:
    assert shapes.without_the_asking_manner(
        "I am writing a brief for the board. Could you enumerate the risks of deepfakes, so that none is missed?"
    ) == "the risks of deepfakes?"
    assert shapes.without_the_asking_manner("full list pls") == "full list pls"  # nothing else asked
    assert shapes.without_the_asking_manner("for a report on bias, what does the course say") == (
        "for a report on bias, what does the course say"  # the document's subject is the topic
    )
    # who the document is for, when a setting, and "the full list of X" (its head) stay searched
    assert shapes.without_the_asking_manner("writing a memo for a school client: how would ml help there?") == (
        "writing a memo for a school client: how would ml help there?"
    )
    assert shapes.without_the_asking_manner("i need the full list of gan uses, exhaustively") == "i need the full list of gan uses"
    assert shapes.without_the_asking_manner("what is 2.5% of e.g. u.s. data") == "what is 2.5% of e.g. u.s. data"


def test_every_singular_item_noun_asks_for_a_list() -> None:
    assert shapes.detect("every safeguard against deepfakes").kind == "list"
    assert shapes.list_noun("each of the named stages of training") == "stages"


def test_a_framed_complete_list_is_answered_from_the_enumerating_section(tutor) -> None:
    answer = tutor.ask(
        "I am drafting a memo for the partners. Could you enumerate, precisely, each of the defined "
        "elements of a reinforcement learning problem, so that none is omitted?"
    )
    assert answer.in_scope, answer.text
    assert answer.sources[0].section == "reinforcement-learning#agents-environments-actions-and-rewards", answer.sources
    assert re.search(r"policy", answer.text), answer.text


def test_overfitting_told_by_its_symptom(tutor) -> None:
    answer = tutor.ask("my forecaster nails the months it learned from but falls over in production, why")
    assert answer.in_scope, answer.text
    assert re.search(r"overfit", answer.text, re.I), answer.text
