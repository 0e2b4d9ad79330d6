"""Honest limits, stop 28 (wave 2): near misses made of course words, found with the fresh probes
in ``benchmarks/probes/refusals2-s28`` (work half) and the read near misses of earlier stops,
tested here in other words.

- The topic of more question forms is the thing they name: "what happens in/during X", "is X a
  (real/big) problem/risk/issue", "why do people talk about X", "what do people mean by X",
  "X explained", "how does X help ...". An untaught pair of words there was answered from a
  section that shares one of its words.
- Two course words the course never writes in a row nor uses together in a sentence, reading as a
  name ("label drift", "noise floor"), are vetoed by retrieval only as clearly as any untaught
  compound is (0.7), not at the looser 0.5 kept for a learner's description of a course idea.
  Descriptions keep the looser veto: a verb form, a quoted word, "bit"/"thing", a quantity such as
  "rate", the course's subject ("classic ml"), a pair the course talks about together ("image
  classifiers"), or words asked in a conversation ("whats the prize square worth").
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.answer import TERM_NOT_COVERED


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("is label drift a real problem when a fraud model has been running for a year", "label drift"),
        ("what happens during reward collapse when an agent trains too long in a game", "reward collapse"),
        ("why do people talk about token starvation in large language models", "token starvation"),
        ("is data debt a big issue for companies adopting ai", "data debt"),
        ("output drift in chatbots explained simply", "output drift"),
        ("how does a reward critic help a robot learn", "reward critic"),
        ("what is a memory bank in a chatbot that remembers what you said earlier", "memory bank"),
        ("what is the noise floor of a gan generator", "noise floor"),
    ],
)
def test_an_untaught_pair_of_course_words_is_declined_by_name(tutor, question: str, term: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term=term)), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["why do people talk about the latent space"],
        ["how does the discount factor help the agent"],
        ["what happens in gradient descent"],
        ["is overfitting a real problem"],
        ["mode collapse explained"],
        ["whats the 'variational' bit about in a vae"],
        ["what is the exploration rate in q learning"],
        ["how accurate are image classifiers"],
        ["what are the strong sides of generative ai"],
        ["what is q-learning", "whats the prize square worth"],
    ],
)
def test_course_ideas_in_the_same_forms_stay_answered(tutor, turns: list[str]) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources, answer.text
