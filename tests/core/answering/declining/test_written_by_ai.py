"""Telling machine-written text from a person's, described rather than named, is declined as the
untaught topic it is (``written_by_ai``), never answered with the advice for spotting
hallucination."""

from __future__ import annotations

import pytest

from tutor.core.answering.written_by_ai import described_detection


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("can teachers tell if an essay was written by chatgpt", "telling if an essay was written by chatgpt"),
        ("is there a way to detect ai generated text", "detecting ai generated text"),
        # Told first, asked after (stop 41's chat trial).
        ("my kid says chatgpt wrote his homework, can teachers tell", "telling whether chatgpt wrote his homework"),
        ("i think ai wrote this review, is there a way to check", "telling whether ai wrote this review"),
    ],
)
def test_a_described_detection_is_named(question: str, named: str) -> None:
    assert described_detection(question) == named


@pytest.mark.parametrize(
    "question",
    [
        "a chatbot wrote my cover letter and it made up a job i never had, why",
        "chatgpt made an essay for me, how does it decide which word comes next",
        "how can i tell if a photo is a deepfake",
    ],
)
def test_other_questions_about_machine_writing_are_no_detection(question: str) -> None:
    assert described_detection(question) is None


def test_the_told_detection_is_declined_by_the_tutor(tutor) -> None:
    answer = tutor.ask("my kid says chatgpt wrote his homework, can teachers tell")
    assert not answer.in_scope and not answer.sources
    assert "does not cover telling whether chatgpt wrote his homework" in answer.text
