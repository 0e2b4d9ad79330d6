"""Scope inside a conversation, stop 28 (``benchmarks/probes/leak-s28``), tested here in other
words than the probes':

- A question of its own asked after a course answer, that the course does not cover alone and
  that only lands near the topic (a shared word, a near sense), is declined as it would be as a
  first question when in meaning it is clearly another subject: "the best ski resorts" after
  gradient descent, "a savings account's interest rate" after an RL policy, "composting for the
  environment" after the RL environment. A follow-up naming the section's own example ("a column
  of house prices" after feature scaling) and a fragment asking a value ("which month") still
  lean on the topic.
- The same lean, when the question writes the topic's word in a compound the course never writes
  ("which feature film won best picture?" after features in ML), is declined: the word names
  another thing there.
- A listed untaught term that only sets a course question is not its topic: "online learning
  courses" (the course writes "online courses" and "learning courses": the words describe the
  courses), "i am a high school dropout, ..." (who asks). The bare terms stay near misses.
"""

from __future__ import annotations

import learner_judge

SKILLS_ML = "skills-and-learning-paths#educational-paths-into-machine-learning"
SKILLS_GEN = "skills-and-learning-paths#educational-paths-into-generative-ai"
SCALING = "training-and-overfitting#features-feature-scaling-and-feature-engineering"


def _declined(answer) -> bool:
    return not answer.in_scope and not answer.sources


def test_another_subject_after_a_course_answer_is_declined(tutor) -> None:
    for turns in (
        ["how does gradient descent find the minimum", "and the best ski resorts in the alps?"],
        ["what is a policy in reinforcement learning", "whats a good savings account interest rate"],
        ["what is the environment in rl", "how can my town help the environment, like composting?"],
    ):
        assert _declined(learner_judge.converse(tutor, turns)), turns


def test_the_section_s_own_example_and_a_value_still_lean(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["what is feature scaling", "why would a column of house prices drown out the rest"]
    )
    assert answer.in_scope and answer.sources[0].section == SCALING
    answer = learner_judge.converse(tutor, ["tell me about the us executive order on ai", "which month"])
    assert answer.in_scope and "October" in answer.text


def test_the_topic_s_word_in_another_thing_is_declined(tutor) -> None:
    # A word the course uses in many sections ("feature") makes no lean at all since the drift
    # fix (conversation.names_the_topic), so the word shared here is a rarer one.
    answer = learner_judge.converse(
        tutor, ["how does k-means place its centres", "where is the nicest cafe in the town centre?"]
    )
    assert _declined(answer)
    answer = learner_judge.converse(tutor, ["what is a tokenizer", "how many tokens are in a typical vocabulary"])
    assert answer.in_scope


def test_an_untaught_term_that_only_sets_the_question(tutor) -> None:
    answer = tutor.ask("any good online learning courses for machine learning?")
    assert answer.in_scope and answer.sources[0].section == SKILLS_ML
    answer = tutor.ask("i am a high school dropout, how can i get into generative ai?")
    assert answer.in_scope and answer.sources[0].section == SKILLS_GEN


def test_the_bare_terms_stay_near_misses(tutor) -> None:
    for question in ("what is online learning in ml", "what are online learning algorithms", "what is dropout"):
        answer = tutor.ask(question)
        assert _declined(answer) and "does not cover" in answer.text, question
