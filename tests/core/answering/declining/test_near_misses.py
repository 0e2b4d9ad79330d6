"""Honest limits, stop 27 wave 2: machine-learning jargon made of plain English words, found with
the fresh probes in ``benchmarks/probes/limits2-s27`` (work half), tested here in other words.

- Jargon of the fields a learner meets next (LLM agents, benchmarks, alignment and AGI, RL
  vocabulary such as self-play, data engineering) was answered from a section that shares a word
  with it; the lexicon (``knowledge/not_taught.toml``) now lists it, family by family.
- A listed term that is also an everyday English word ("ensembles"), with no word of the subject
  right beside it, was not taken for the jargon; when the course had nothing for the question
  either, the decline said "That isn't covered" without naming what was asked. It is named now.
Course questions using the same words in the course's sense (an RL agent, a tokenizer's
vocabulary, the tools of the trade) are still answered.
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.answer import TERM_NOT_COVERED


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how does an llm agent plan its next step", "llm agent"),
        ("when will we reach artificial general intelligence", "artificial general intelligence"),
        ("what does the mmlu score of a chatbot tell you", "mmlu score"),
        ("does self-play help an rl agent beat humans", "self-play"),
    ],
)
def test_jargon_of_neighbouring_fields_is_declined_by_name(tutor, question: str, term: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term=term)), answer.text


def test_an_everyday_word_listed_as_jargon_is_named_when_nothing_answers(tutor) -> None:
    answer = learner_judge.converse(tutor, ["do ensembles generally outperform one big network"])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="ensembles")), answer.text
    assert "Supervised learning" in answer.text


@pytest.mark.parametrize(
    ("question", "lesson"),
    [
        ("can an agent learn from rewards in reinforcement learning", "reinforcement-learning"),
        ("what is the vocabulary of a tokenizer", "language-models"),
        ("which tools do people use to build machine learning models", "skills-and-learning-paths"),
    ],
)
def test_the_same_words_in_the_course_sense_are_answered(tutor, question: str, lesson: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert answer.in_scope and answer.sources
    assert answer.sources[0].section.startswith(lesson + "#")
