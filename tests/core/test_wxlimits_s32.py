"""Limits for professionals, stop 32 (helper wxlimits; probes in ``benchmarks/probes/wxlimits-s32``,
from diagnosis set X), tested in other words than the probes'.

- A drafting order names a document of professional work (a memo, a legal opinion, a briefing
  note, terms of service...) after a making verb ("prepare" included): work to order, refused,
  while a question about such a document stays a course question (``requests._GENRE``).
- A name the learner marks as one ("X, i.e. ...", "a so-called X", "known as X", "how is X
  checked") is the central term of a long framed question when the course never writes it
  (``scope.marked_name``); "so-called" is no part of a course term's name.
- "..., in a sentence or two?" holds no subject for a follow-up to swap, and "the american
  equivalent" is "the american one" (``conversation._PLAIN_WORDS``, ``conversation.PRO_FORMS``).
"""

from __future__ import annotations

import re

import learner_judge

from tutor.core.answering import requests


def test_a_document_of_professional_work_ordered_is_refused(tutor) -> None:
    for question in (
        "Please prepare an advice note for the trustees on our exposure to deepfake fraud.",
        "draft a position statement for the union on AI in the workplace, drawing on your lessons",
        "Could you draft the disclaimer for our chatbot's answers, to go on the website footer?",
    ):
        answer = tutor.ask(question)
        assert not answer.in_scope and not answer.sources, (question, answer.text)
    assert requests.classify("write a memorandum to the board about our chatbot") is not None


def test_a_question_about_such_a_document_stays_a_course_question() -> None:
    for question in (
        "can an llm write a memo that is safe to send without checking?",
        "is a chatbot's answer a legal opinion?",
        "why do chatbots make up citations in legal briefs?",
    ):
        assert requests.classify(question) is None, question


def test_a_marked_untaught_name_in_a_long_question_is_named_in_the_decline(tutor) -> None:
    cases = {
        "For the merger, both retailers want to use data clean rooms, i.e. neutral spaces where customer lists "
        "are matched. Does the regulator accept them?": "clean rooms",
        "how is dedup of near-identical news wires done before a newsroom archive is searched?": "dedup",
        "The consultants keep pitching a so-called feature store for our analytics team. What problem does it solve?":
            "feature store",
    }
    for question, term in cases.items():
        answer = tutor.ask(question)
        assert not answer.in_scope, (question, answer.text)
        assert term.lower() in answer.text.lower(), (question, answer.text)


def test_a_course_term_glossed_or_marked_is_still_answered(tutor) -> None:
    answer = tutor.ask("What is the so-called test set, and why is it kept apart?")
    assert answer.in_scope and re.search(r"test set", answer.text), answer.text
    answer = tutor.ask("How is recall worked out, i.e. which counts go into it?")
    assert answer.in_scope and re.search(r"recall", answer.text, re.I), answer.text


def test_the_american_equivalent_after_a_short_definition(tutor) -> None:
    answer = learner_judge.converse(tutor, ["Explain the EU AI Act in one sentence.", "and the US counterpart?"])
    assert answer.in_scope and re.search(r"executive order", answer.text), answer.text
