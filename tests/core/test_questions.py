"""Follow-up questions phrased from headings: natural for every shape of heading."""

from __future__ import annotations

import re

import pytest

from tutor.core.questions import finite_verb, lesson_question, question_for, section_question

WH = r"(?:how|why|what|when|where|which|who)"


def obviously_ungrammatical(question: str) -> str | None:
    """Why ``question`` reads badly, or None. Independent of the phrasing code's own rules."""
    if not question.endswith("?") or not question[:1].isupper():
        return "not a capitalised question"
    if "  " in question or re.search(r"\s[?,]", question):
        return "stray spaces"
    about = re.search(r"\babout (.+)\?$", question)
    if about:
        phrase = re.sub(r"\([^)]*\)", "", about.group(1))  # a bracketed gloss may hold a clause
        if re.match(rf"{WH}\b", phrase, re.IGNORECASE):
            return "'about' + wh-clause"
        if re.search(r"\b(?:is|are|was|were|does|do|has|have)\b", phrase):
            return "'about' + clause (is/are/does...)"
    return None


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Dimensionality reduction simplifies complex data", "Can you explain how dimensionality reduction simplifies complex data?"),
        ("Generative AI is built on machine learning", "Can you explain why generative AI is built on machine learning?"),
        ("How k-means finds clusters", "Can you explain how k-means finds clusters?"),
        ("Classification versus regression", "What is the difference between classification and regression?"),
        ("VAEs compared with GANs", "What is the difference between VAEs and GANs?"),
        ("Mode collapse: when a GAN loses variety", "Can you tell me about mode collapse?"),
        ("A worked example: building a spam filter", "Can you tell me about building a spam filter?"),
        ("Inspired by the training data, not copied from it", 'What does "inspired by the training data, not copied from it" mean?'),
        ("Recommendation systems for products, movies and music", "Can you tell me about recommendation systems for products, movies and music?"),
        ("Kinds of content generative AI creates", "Can you tell me about kinds of content generative AI creates?"),
        ("Image classification as a supervised task", "Can you tell me about image classification as a supervised task?"),
        ("Supervised learning", "Can you tell me about supervised learning?"),
        ("Biased or harmful generated content", "Can you tell me about biased or harmful generated content?"),
        ("Healthcare: detecting disease and drafting treatment plans", "Can you tell me about healthcare (detecting disease and drafting treatment plans)?"),
        ("Accuracy: the share of predictions that are right", "Can you tell me about accuracy (the share of predictions that are right)?"),
        ("The AI skills gap", "Can you tell me about the AI skills gap?"),
        ("Q-learning in the FrozenLake grid world", "Can you tell me about Q-learning in the FrozenLake grid world?"),
        ("Why do GANs fail?", "Why do GANs fail?"),
    ],
)
def test_each_shape_of_heading_gets_its_own_template(heading: str, expected: str) -> None:
    assert question_for(heading) == expected


def test_lesson_titles() -> None:
    assert lesson_question("Generative adversarial networks (GANs)") == (
        "What should I know about generative adversarial networks (GANs)?"
    )
    assert lesson_question("What is machine learning?") == "What is machine learning?"
    assert lesson_question("Where machine learning is used") == "Can you explain where machine learning is used?"
    assert lesson_question("Supervised learning") == "What should I know about supervised learning?"


def test_the_checker_catches_the_old_awkward_phrasing() -> None:
    assert obviously_ungrammatical("Can you tell me about generative AI is built on machine learning?")
    assert obviously_ungrammatical("What should I know about how k-means finds clusters?")


def test_no_question_for_the_course_reads_badly(course) -> None:
    bad = []
    for lesson in course.lessons:
        for text in [lesson_question(lesson.title)] + [
            section_question(s.heading, v) for s in lesson.sections for v in (0, 1)
        ]:
            problem = obviously_ungrammatical(text)
            if problem:
                bad.append(f"{text!r}: {problem}")
        # A clause heading never lands in a noun template.
        for s in lesson.sections:
            if finite_verb(s.heading.split(": ")[0]) and not s.heading.lower().startswith(("how", "why", "what", "when", "where")):
                assert section_question(s.heading).startswith("Can you explain"), s.heading
    assert not bad, "\n".join(bad)


@pytest.mark.slow
def test_each_section_question_finds_its_own_section(tutor) -> None:
    """The suggested questions must lead somewhere useful: asked back, they find their section."""
    sections = tutor.course.sections
    misses = [
        f"{section_question(s.heading)!r} -> {hit.section.id} (want {s.id})"
        for s in sections
        if (hit := tutor.index.search(section_question(s.heading), k=1).best).section.id != s.id
    ]
    assert len(misses) <= len(sections) // 10, "\n".join(misses)
