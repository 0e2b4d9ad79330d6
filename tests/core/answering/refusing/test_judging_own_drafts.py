"""Judging or picking from the learner's own drafts is editing to order, refused with no passage.

Added in stop 36 (fresh probes in ``benchmarks/probes/near36-s36``, work half; tested here in
other words): "pick the best of these three headlines for my ai newsletter", "I have three
titles ... which one gets more clicks?", "which of my two logo ideas looks more techy" were
answered from a course passage that shares a word ("AI", "GANs"), since no making verb asks for
the work. Questions about what AI can pick, about how a product ranks things, and course
comparisons put the same way stay questions.
"""

from __future__ import annotations

from typing import Any

import pytest

from tutor.core.answering import refusal_texts, requests

DRAFTS_TO_JUDGE = [
    "choose the strongest of these taglines for our bakery's ai chatbot: 'fresh answers', 'ask the oven'",
    "we wrote two intros for the podcast episode on deepfakes. which one sounds better?",
    "could you rank my three tweet drafts about machine learning from best to worst",
    "ok so, which of these usernames looks more professional for an ml blog: datadan or neuralnerd",
    "Here are my slide titles: 'What is ML', 'ML in 10 minutes'. which would get more views?",
]

STILL_QUESTIONS = [
    "can ai pick the best headline for a newsletter?",
    "how does tiktok decide which videos get more views",
    "how does spotify rank my playlists",
    "which one is better for a small dataset, a decision tree or a neural network?",
    "which of these names is the course's term for the forger-and-detective model?",
]


@pytest.mark.parametrize("request_text", DRAFTS_TO_JUDGE)
def test_judging_the_learner_s_drafts_is_refused(tutor: Any, request_text: str) -> None:
    answer = tutor.ask(request_text)
    assert not answer.in_scope and not answer.sources, answer.text
    assert answer.text == refusal_texts.OUT_OF_JOB_TEXT


@pytest.mark.parametrize("question", STILL_QUESTIONS)
def test_choosing_questions_about_ai_stay_questions(question: str) -> None:
    refusal = requests.classify(question)
    assert refusal is None or refusal.kind not in ("out_of_job", "harmful"), question
