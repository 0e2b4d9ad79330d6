"""A comparison asked of what the last answer was about (stop 25): after an answer about customer
support, "what does the ml part do vs the chatbot" sets two things the cited section speaks of
against each other. Searched each on its own, without the topic, the sides came back as the
definitions of machine learning and of a large language model, and the section just read was
lost; the learner's "part", "side" and "there" made the sides' searches worse."""

from __future__ import annotations

import pytest

from tutor.core.answering.conversation import Conversation


def _last(tutor, turns: list[str]):
    conversation = Conversation()
    topics = []
    for question in turns:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
        topics.append(conversation.topic)
    return answer, topics


@pytest.mark.parametrize(
    ("turns", "section", "words"),
    [
        (
            ["how is ai used in customer support", "the sentiment part vs the chatbot part?"],
            "industry-use-cases#customer-support-sentiment-analysis-and-chatbots",
            ["sentiment", "chatbot"],
        ),
        (
            ["what does ai do in finance", "fraud detection vs llms there?"],
            "industry-use-cases#finance-catching-fraud-and-handling-documents",
            ["fraud", "LLM"],
        ),
        (
            ["how is ai used in retail", "the ml side vs the generative side?"],
            "industry-use-cases#retail-predicting-sales-and-writing-product-content",
            ["sales", "product descriptions"],
        ),
        (
            ["how do products combine ml and generative ai", "the classifier vs the reply drafter?"],
            "ml-vs-generative-ai#combining-both-into-more-powerful-systems",
            ["classifies", "reply"],
        ),
    ],
)
def test_a_comparison_inside_the_last_answer_is_answered_from_its_section(tutor, turns, section, words) -> None:
    answer, topics = _last(tutor, turns)
    assert answer.in_scope
    assert [s.section for s in answer.sources] == [section]
    for word in words:
        assert word.lower() in answer.text.lower()
    # The topic stays what was being discussed, not one side.
    assert topics[-1] == topics[0]


def test_a_comparison_of_subjects_the_course_compares_still_gets_that_section(tutor) -> None:
    # The definition of a GAN does not name VAEs: the course's comparison of the two answers.
    answer, _ = _last(tutor, ["what is a gan", "gans vs vaes?"])
    assert "vaes#vaes-compared-with-gans" in [s.section for s in answer.sources]


def test_a_side_with_a_section_of_its_own_is_not_answered_from_a_section_that_lists_it(tutor) -> None:
    # "A holistic approach to AI adoption" names the skills gap and resistance to change, but
    # each has its own section ("The AI skills gap", "Resistance to change from employees").
    answer, _ = _last(tutor, ["what is a holistic approach to ai adoption", "the skills gap vs resistance to change?"])
    cited = [s.section for s in answer.sources]
    assert "adoption-challenges#the-ai-skills-gap" in cited
    assert "adoption-challenges#resistance-to-change-from-employees" in cited
