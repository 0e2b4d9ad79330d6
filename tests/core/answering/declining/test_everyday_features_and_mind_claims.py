"""Untaught topics told in everyday words are declined naming the learner's own thing, and course
questions in the same words stay answered.

Added in stop 38 (fresh probes in ``benchmarks/probes/nearm38-s38``, work half; tested here in
other words):
- Everyday features that listen, look or sense (a wake word, sign language, portrait mode, lane
  keeping), writing aids (autocorrect, spell checkers), marketing models (lookalike audiences)
  and diagnostic-test statistics (likelihood ratios, predictive values) are lexicon families
  (``knowledge/not_taught.toml``): they had been answered from a section sharing a word (image
  recognition, next-token prediction) or refused as another subject.
- A mind claimed for an AI (sentient, conscious; in everyday words, feelings, alive, rights) had
  been answered from whatever shared a word; the jargon is listed, the everyday claims are read by
  their frame (``details.mind_claimed``), since a customer's feelings are sentiment analysis.
- AI agents built on language models are declined and pointed at the course's agent; a question
  with a word of the course's sense ("rewards", "environment") is that agent (a family's
  ``course_sense``).
"""

from __future__ import annotations

from typing import Any

import pytest

from answering.reading import cited
from tutor.core.answering.details import mind_claimed

DECLINED = [
    # (question, what the decline names)
    ("how does my phone hear the wake word when the screen is off", "wake word"),
    ("how does the spell checker in word decide what i meant", "spell checker"),
    ("how do phones do the portrait mode blur", "portrait mode"),
    ("how does meta build a lookalike audience", "lookalike audience"),
    ("what is the positive predictive value of a screening test", "positive predictive value"),
    ("is chatgpt sentient or just pretending", "sentient"),
    ("could a neural network ever become conscious", "conscious"),
    ("do chatbots have emotions", "emotions"),
    ("should robots have rights", "rights"),
    ("is a robot alive if it can think", "alive"),
]

ANSWERED = [
    # (question, lessons that answer it)
    ("how does sentiment analysis tell customers' feelings from reviews", {"ml-applications", "industry-use-cases"}),
    ("how does my phone unlock with my face", {"ml-applications"}),
    ("how does chatgpt guess the next word", {"language-models"}),
    ("can ai agents learn from rewards in a game", {"reinforcement-learning"}),
    ("what does an ai agent do in reinforcement learning", {"reinforcement-learning"}),
    ("how does an agent in frozenlake pick its actions", {"reinforcement-learning"}),
    # The feature or the agent only sets a course question: which family it belongs to, its
    # training in a simulator, the bare word asked again, an idiom.
    ("is a spell checker machine learning or generative ai", {"ml-applications", "what-is-generative-ai", "ml-vs-generative-ai"}),
    ("why does a lane assist system get trained in a simulator first", {"reinforcement-learning"}),
    ("everyone at work says 'ai agent' now. so what is an agent exactly?", {"reinforcement-learning"}),
    ("can ai dream up new song lyrics", {"generative-ai-applications", "what-is-generative-ai"}),
]


@pytest.mark.parametrize(("question", "term"), DECLINED)
def test_an_untaught_topic_in_everyday_words_is_declined_by_its_name(tutor: Any, question: str, term: str) -> None:
    answer = tutor.ask(question)
    assert not answer.in_scope and not answer.sources, answer.text
    assert answer.text.startswith("The course does not cover"), answer.text
    assert term in answer.text.lower(), answer.text


@pytest.mark.parametrize(("question", "lessons"), ANSWERED)
def test_course_questions_in_the_same_words_are_answered(tutor: Any, question: str, lessons: set[str]) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope, answer.text
    assert cited(answer) and cited(answer)[0].split("#")[0] in lessons, cited(answer)


def test_ai_agents_are_pointed_at_the_courses_agent(tutor: Any) -> None:
    answer = tutor.ask("how do ai agents plan a holiday for you")
    assert not answer.in_scope and "ai agents" in answer.text.lower(), answer.text
    assert '"Reinforcement learning > ' in answer.text, answer.text


def test_an_untaught_task_named_before_a_listed_term_is_named_too(tutor: Any) -> None:
    # "keyword spotting" is no listed term (tests/data/limits measures the task-name check on it).
    answer = tutor.ask("how does keyword spotting pick out the wake word on my speaker")
    assert answer.text.startswith("The course does not cover keyword spotting or wake word."), answer.text


def test_the_term_named_is_not_the_verb_before_it(tutor: Any) -> None:
    # "that turns sign language": a word in -s after "that" is the clause's verb, not a qualifier.
    answer = tutor.ask("is there an app that reads sign language with the camera")
    assert answer.text.startswith("The course does not cover sign language."), answer.text


def test_a_mind_is_claimed_only_for_an_ai() -> None:
    assert mind_claimed("do chatbots have emotions") == "emotions in AI"
    assert mind_claimed("is ai alive in any sense") == "whether AI is alive"
    assert mind_claimed("can ai read customers' feelings in reviews") is None
    assert mind_claimed("do customers have feelings about chatbots") is None
    assert mind_claimed("is the agent alive after it falls in the hole") is None
    assert mind_claimed("does the model have rights to the images it was trained on") is None
    assert mind_claimed("is chatgpt aware of today's date") is None


def test_a_label_before_a_colon_is_the_setting_of_the_question_after_it(tutor: Any) -> None:
    # "airport screening: precision or recall?" asks the course's trade-off for a setting; the
    # label is no untaught task. A question after the colon that points back at the label ("what
    # is it") still asks about it.
    answer = tutor.ask("airport screening: precision or recall?")
    assert answer.in_scope and cited(answer)[0].startswith("evaluating-models#"), answer.text
    declined = tutor.ask("keyword spotting: what is it?")
    assert not declined.in_scope and "keyword spotting" in declined.text.lower(), declined.text
