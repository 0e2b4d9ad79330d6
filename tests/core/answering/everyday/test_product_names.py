"""A chatbot's name says which kind of thing a question is about, not which section answers it.

The glossary's term for chatbot names ("chatgpt", "llm") is "large language model", the heading
term of the one section that defines it. Expanded with it, questions that name a chatbot and ask
something else ("how does an llm learn", "how would i know if chatgpt invented a quote") were all
answered with "What makes a language model large". Items are written fresh for this file (the
probes of ``benchmarks/probes/chatgpt-s25/`` measure the change).
"""

from __future__ import annotations

from typing import Any

import pytest

from tutor.core.answering import learner

LARGE = "language-models#what-makes-a-language-model-large"

ASKS_OTHER = [
    # (question, the section that answers it)
    ("why do llms get the number of letters in a word wrong", "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"),
    ("how does an llm turn my words into numbers", "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"),
    ("how do llms pick the next word", "language-models#sampling-temperature-top-k-and-top-p"),
    ("why would an llm give two different answers to one question", "hallucination#why-generated-content-varies-in-quality"),
    ("how would i know if chatgpt invented a quote", "hallucination#how-to-spot-and-reduce-hallucination"),
]

ABOUT_THE_TERM = ["what is chatgpt", "what's an llm", "tell me about llms"]


def _language() -> learner.LearnerLanguage:
    return learner.LearnerLanguage(
        terms=[
            learner.GlossaryTerm(
                "large language model", (learner._phrase("chatbot"),), frozenset({"larg", "languag", "model"}),
                names=("chatgpt", "llm"), kind="language model", written=("llm",),
            ),
            learner.GlossaryTerm("hallucination", (learner._phrase("make things up"),), frozenset({"hallucin"})),
        ]
    )


def test_a_name_asked_about_on_its_own_expands_to_its_term() -> None:
    language = _language()
    assert language.expand("what is chatgpt") == "what is chatgpt (large language model)"
    assert language.expand("what is an LLM?") == "what is an LLM? (large language model)"


def test_a_name_asked_something_else_of_is_not_expanded_and_a_written_name_is_read_as_its_kind() -> None:
    language = _language()
    assert language.expand("how does an llm learn") == "how does a language model learn"
    assert language.expand("where do LLMs get their facts") == "where do language models get their facts"
    assert language.expand("the llm's training data?") == "the language model's training data?"
    # A name the lessons never write stays as typed (MiniLM knows what it is); other terms still expand.
    assert language.expand("does chatgpt store every book it read") == "does chatgpt store every book it read"
    assert language.expand("why does chatgpt make things up") == "why does chatgpt make things up (hallucination)"
    # An everyday phrase of the term that is no name ("chatbot") expands as before.
    assert language.expand("why do chatbots make things up") == "why do chatbots make things up (large language model, hallucination)"


def test_the_shipped_glossary_reads_llm_as_its_kind(course: Any) -> None:
    language = learner.load_learner_language(course)
    assert "large language model" not in language.expand("how does an llm learn")
    assert language.expand("how does an llm learn").startswith("how does a language model learn")
    assert "large language model" in language.expand("what is an llm")
    assert "large language model" not in language.expand("does chatgpt store every book it read")


@pytest.mark.parametrize(("question", "section"), ASKS_OTHER)
def test_a_question_naming_a_chatbot_is_answered_by_what_it_asks(tutor: Any, question: str, section: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope, question
    cited = [s.section for s in answer.sources]
    assert cited[0] == section, (question, cited)
    assert LARGE not in cited, (question, cited)


@pytest.mark.parametrize("question", ABOUT_THE_TERM)
def test_a_question_about_the_chatbot_itself_is_still_the_large_language_model_section(tutor: Any, question: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope and answer.sources[0].section == LARGE, (question, [s.section for s in answer.sources])



def test_a_product_name_that_is_one_side_of_a_comparison_keeps_its_term(tutor) -> None:
    """ "gans vs vaes vs llms", "x compared to chatgpt": each name is a side, which the term names
    (tests/core/answering/test_answer.py pins the three-way overview it keeps); "two different answers" compares nothing."""
    learner = tutor.index.learner
    for question in ["gans vs vaes vs llms: what is each one for", "a small model compared to an llm, which is faster"]:
        assert learner.read_names(question) == (question, frozenset())
    text, _ = learner.read_names("why would an llm give two different answers to one question")
    assert "language model" in text
