"""A machine named by its job: one recogniser (stop 31, noticed).

Stop 30 left three patterns for the same idea (``scope._MACHINE_AT_WORK``,
``scope.names_machine_at_work``, ``comparison._FAMILY_DESCRIBED``); they are now one module,
``tutor/core/answering/described.py``, used by scope, search and comparison. The unit tests pin the
recogniser; the real-model tests pin what each caller does with it (a refactor: they pass on the
code before it too, except where "produces" became a job of a machine at work).
"""

from __future__ import annotations

import pytest

from tutor.core.answering import described, scope

# ---------------------------------------------------------------------------------------------
# The recogniser itself (no model)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the software which sorts our invoices keeps misfiling them",
        "an app we use to transcribe interviews",
        "the tool that produces our weekly reports",  # a making job, as a family verb is
        "our late-delivery predictor",
        "the ticket classifier at work",
        "why is predictive text so sure of itself",
        "how do drones steer",
    ],
)
def test_a_machine_named_by_its_job(text: str) -> None:
    assert described.names_machine_at_work(text)


@pytest.mark.parametrize(
    "text",
    [
        "the thing that annoys me about my boss",  # no made thing leads the clause
        "the tools that my grandad kept in the shed",  # a made thing, but no job of a model
        "what is the capital of peru",
        "how do i predict my exam grade",
    ],
)
def test_no_machine(text: str) -> None:
    assert not described.names_machine_at_work(text)


def test_a_product_named_by_its_job_counts_only_when_asked_for() -> None:
    assert described.names_machine_at_work("why does autocomplete finish my sentences wrong")
    assert not described.names_machine_at_work("why does autocomplete finish my sentences wrong", products=False)
    assert described.names_machine_at_work("autocomplete and our churn predictor", products=False)


def test_scope_reads_the_same_recogniser() -> None:
    assert scope.names_machine_at_work is described.names_machine_at_work
    stems = scope.subject_stems()
    assert scope.names_subject("the widget which ranks our leads", stems)


@pytest.mark.parametrize(
    ("side", "family", "lead", "start"),
    [
        ("the kind of AI that predicts things", described.PREDICTING_FAMILY, "", 0),
        ("sort of model which guesses stuff", described.PREDICTING_FAMILY, "", 0),
        ("a model that makes new things", described.MAKING_FAMILY, "", 0),
        ("the one that produces content", described.MAKING_FAMILY, "", 0),
        ("weaknesses of the ai that draws stuff", described.MAKING_FAMILY, "of ", 11),
    ],
)
def test_a_side_that_is_a_family_described(side: str, family: str, lead: str, start: int) -> None:
    found = described.family_described(side)
    assert found == described.DescribedFamily(start, lead, family)


@pytest.mark.parametrize(
    "side",
    [
        "the tool that writes our blurbs",  # what it writes is its own: a machine at work
        "the kind of ai that predicts house prices",
        "the thing that annoys me",
        "generative ai",
    ],
)
def test_a_side_that_names_something_of_its_own_is_no_family(side: str) -> None:
    assert described.family_described(side) is None


# ---------------------------------------------------------------------------------------------
# Its callers, on the real model
# ---------------------------------------------------------------------------------------------


def test_a_workplace_machine_named_by_its_job_is_answered(tutor) -> None:
    # search: a machine named by its job is the course's subject; the router's choice answers.
    answer = tutor.ask("our churn predictor, why did it get worse after the price change")
    assert answer.in_scope
    assert answer.sources[0].citation.endswith("Patterns, trends and improving with more data")


def test_a_making_machine_at_work_that_invents_facts_is_answered_from_hallucination(tutor) -> None:
    answer = tutor.ask("our platform that produces summaries of meetings, does it make stuff up")
    assert answer.in_scope
    assert answer.sources[0].citation.startswith("Hallucination in generative AI")


def test_two_families_described_by_their_jobs_are_compared_by_their_names(tutor) -> None:
    # comparison: each side is read by the course's name of the family it describes.
    answer = tutor.ask("how is the sort of ai that guesses things different from the one that draws stuff")
    assert answer.in_scope
    assert answer.sources[0].citation.endswith("Predicting versus creating: two different goals")


def test_a_thing_placed_in_a_family_is_answered(tutor) -> None:
    # answer: the thing is searched without the family choice (``thing_alone``).
    answer = tutor.ask("is a gadget that spots weeds in a field ml or gen ai?")
    assert answer.in_scope
    assert answer.sources[0].citation.startswith("What is machine learning?")


def test_a_self_acting_machine_is_named_in_its_decline(tutor) -> None:
    # scope: the self-acting machine's words are the recogniser's.
    answer = tutor.ask("how do driverless buses see the kerb")
    assert not answer.in_scope
    assert "driverless buses" in answer.text
