"""Follow-ups and first questions: a setting that frames the question vs a subject asked about.

Follow-ups, stop 26: a second subject of the course as the setting of the topic. Found with the
fresh probes in ``benchmarks/probes/settings-s26`` (work half) and the lead's three items, tested
here in other words than either.

A follow-up that keeps the topic as its subject ("it", "that", "the act", the topic named again)
and brings another subject the course teaches only as its setting ("can that happen with chatbots
as well?" after overfitting) was answered from a section about the setting alone: the setting's
words, and the glossary terms they expand to ("chatbots" -> "large language model"), outweighed
the topic, appended once. ``Tutor._keep_the_subject`` answers from a section that states the topic
and speaks of the setting (the topic in that setting) when the course has one, else from the
topic's own section. Genuine switches, comparisons and a setting the course treats for the topic
("can gans make music?") are answered as before.

A setting word that only frames a first question, stop 28: what was changed against the fresh
probes in ``benchmarks/probes/setting-s28``, tested here in other words than the probes'.

A question that names a setting of the industry lesson (a shop, a clinic, a bank, a help desk)
while asking about a technique was answered from the setting's industry section: MiniLM, the
short industry asks and the router all weigh the place heavily. When the question, read without
its setting words, lands in scope on a section of another lesson that the full question also
ranks close (``SETTING_MARGIN``), and the setting's section does not hold more of what is left
asked, that section answers first (``SearchIndex.frame_only_setting``). A question about the
setting itself ("how do banks use ai") keeps its industry section: without the setting nothing
in particular is left asked.

A worked example's thing frames a question about a concept (stop 31 wave 2, para).

Worded apart from the probes (``benchmarks/probes/setting-s31``); fails on the code before it:
a question naming the thing of one of the course's worked examples ("A worked example: building a
spam filter", "The cats and dogs example") while asking about a concept another section explains
went to the example, whose asks match the thing's words at 0.6. The question without the thing's
words now answers when the section it lands on holds more of what is asked than the example.

A setting that frames a first question vs a setting asked about, stop 32 (helper frame; probes
in ``benchmarks/probes/frame-s32``), tested in other words than the probes'.

- ``SearchIndex.setting_frames``: a setting in a clause before the asking one, or describing another
  noun, only says where the learner stands; after "in/for/at", as the doer of "use/do", or before a
  family's name it is what is asked; and a question left with only the families' names once the
  setting is gone asks about the setting.
- A framed question is answered from where it lands without the setting, however far the
  setting's section pulled it (before, only when that section ranked within ``SETTING_MARGIN``).

A self-acting machine named after another topic is a subject of its own (stop 33, lead).

"how do self driving cars see" after GANs or the deepfake poster was answered from the topic's
section: its four course words were short enough to lean on the conversation
(``SearchIndex._may_lean``). Searched alone, the course names such machines only in passing.
"""

from __future__ import annotations

import learner_judge
import pytest

from answering.reading import cited as _cited
from tutor.core.answering.conversation import Conversation

OVERFITTING = "training-and-overfitting#overfitting-and-underfitting"

REGULATION = "ethics-and-regulation#ai-regulation-the-us-executive-order-and-the-eu-ai-act"

CLUSTERING = "unsupervised-learning#clustering-groups-similar-data-points"

TOKENS = "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"


def _first_cited(tutor, turns: list[str]) -> str:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources
    return answer.sources[0].section


@pytest.mark.parametrize(
    ("turns", "section"),
    [
        (["what is overfitting", "can that happen with chatbots as well?"], OVERFITTING),
        (["what is underfitting", "does it happen with spam filters too"], OVERFITTING),
        (["what is the eu ai act", "does the act cover chatbots"], REGULATION),
        (["what is clustering", "does clustering work for spam filters"], CLUSTERING),
        (["what are tokens", "do spam filters use them too"], TOKENS),
    ],
)
def test_the_topic_stays_the_subject_in_another_subjects_setting(tutor, turns: list[str], section: str) -> None:
    assert _first_cited(tutor, turns) == section


def test_the_topic_named_again_stays_the_topic(tutor) -> None:
    # Not "act cover chatbots": the act is still what is being discussed.
    answer = learner_judge.converse(tutor, ["what is the eu ai act", "does the act cover chatbots"])
    assert answer.topic == "eu ai act"


@pytest.mark.parametrize(
    ("turns", "section"),
    [
        # The course treats the topic in that setting: that section answers, as before.
        (["what are gans", "can gans make music"], "gans#what-gans-have-been-used-for"),
        (["what is mode collapse", "does it happen with vaes too"], "vaes#vaes-compared-with-gans"),
        (["what is precision", "why does precision matter when catching fraud"],
         "evaluating-models#why-fraud-and-disease-detection-need-both-precision-and-recall"),
        # Genuine switches and comparisons are not settings.
        (["what is a gan", "and what is a vae?"], "vaes#encoder-latent-space-and-decoder"),
        (["what is a gan", "how does it compare to a vae?"], "vaes#vaes-compared-with-gans"),
        # An aspect of the topic is no second subject.
        (["explain hallucination", "is that dangerous?"], "hallucination#how-to-spot-and-reduce-hallucination"),
    ],
)
def test_settings_the_course_treats_switches_and_aspects_are_unchanged(tutor, turns: list[str], section: str) -> None:
    assert _first_cited(tutor, turns) == section


AUGMENTATION = "generative-ai-applications#data-augmentation-with-synthetic-training-examples"


def test_made_up_training_pictures_for_a_shop_are_data_augmentation(tutor) -> None:
    answer = tutor.ask("could a shop have gen ai invent extra photos of rare items to train its model on")
    assert answer.in_scope
    assert answer.sources[0].section == AUGMENTATION


def test_generated_images_for_a_rare_illness_are_data_augmentation(tutor) -> None:
    answer = tutor.ask("a clinic's model has too few examples of a rare illness, can generated images fill the gap")
    assert answer.in_scope
    assert answer.sources[0].section == AUGMENTATION


def test_the_setting_itself_asked_keeps_its_industry_section(tutor) -> None:
    answer = tutor.ask("how do banks use ai")
    assert answer.sources[0].section == "industry-use-cases#finance-catching-fraud-and-handling-documents"
    assert tutor.index.without_the_setting("what does ai do in a classroom") is None


def test_the_settings_section_holding_what_is_asked_keeps_it(tutor) -> None:
    # Product descriptions and sales forecasts are what the retail section is about.
    answer = tutor.ask("for a clothes store, can ai write the product descriptions and predict next season's sales")
    assert answer.sources[0].section == "industry-use-cases#retail-predicting-sales-and-writing-product-content"


def test_a_spam_filter_asked_about_hand_coded_rules_answers_with_learning_from_data(tutor) -> None:
    for question in (
        "my work email has a spam filter - did somebody hand-code the rules it follows?",
        "is a spam filter something coded rule by rule or trained from examples",
    ):
        cited = _cited(tutor.ask(question))
        assert cited[0] == "what-is-ml#learning-from-data-instead-of-hand-written-rules", (question, cited)


def test_the_other_examples_thing_does_not_pull(tutor) -> None:
    # "cats" names both the cats-and-dogs and the cat-pictures example; "dogs" only the first.
    cited = _cited(tutor.ask("how does the cats and dogs example work"))
    assert cited[0] == "what-is-ml#the-cats-and-dogs-example", cited


def test_a_question_the_example_itself_answers_stays_on_it(tutor) -> None:
    for question in ("what features does the spam filter use", "the spam filter example, what are its steps"):
        cited = _cited(tutor.ask(question))
        assert cited[0] == "supervised-learning#a-worked-example-building-a-spam-filter", (question, cited)


def test_where_the_setting_sits_tells_a_frame_from_the_question(tutor) -> None:
    index = tutor.index
    for question in (
        "a bit scared of putting pupils medical notes into an ai tool at work, how should personal information be protected",
        "the clinic's scan reader aced its practice pictures but stumbles on new patients, why",
    ):
        assert index.setting_frames(question), question
    for question in (
        "what is machine learning doing in hospitals",
        "how are supermarkets using generative ai",
        "what can retail ai do",
        "how does gen ai help in education",
    ):
        assert index.setting_frames(question) is None, question


def test_a_framed_question_is_answered_from_what_it_asks(tutor) -> None:
    answer = tutor.ask(
        "a bit scared of putting pupils medical notes into an ai tool at work, how should personal information be protected"
    )
    assert answer.in_scope, answer.text
    assert answer.sources[0].section.startswith("ethics-and-regulation"), answer.sources


def test_a_setting_asked_about_keeps_its_section(tutor) -> None:
    answer = tutor.ask("how are supermarkets using generative ai")
    assert answer.sources and answer.sources[0].section.startswith("industry-use-cases"), answer.sources


def _after(tutor, first: str, question: str):
    conversation = Conversation()
    conversation.record(first, tutor.ask(first, conversation))
    return tutor.ask(question, conversation)


def test_a_machine_after_another_topic_is_asked_alone(tutor) -> None:
    answer = _after(tutor, "how does a gan make faces", "how do driverless cars see")
    assert not any(s.section.startswith("gans#") for s in answer.sources), answer.text
    assert "only in passing" in answer.text or not answer.in_scope, answer.text


def test_a_machine_asked_of_the_topic_still_leans(tutor) -> None:
    answer = _after(tutor, "where is reinforcement learning used", "how do self-driving cars learn with it")
    assert answer.in_scope
    assert any(s.section.startswith("reinforcement-learning#") for s in answer.sources), answer.text
