"""Follow-ups and shapes, stop 44: what fresh follow-up and comparison probes (efu44, ecmp44) showed.

- A topicless follow-up ("any downsides?") after a story the learner told about a machine kept
  the story as its topic, and the story's words held the search under the scope bar: "not
  covered". Declined so, it now asks about the family the last answer taught.
- "is that true of all of them?" checks a claim; "all of them" there orders no list.
- "which ones ML and which ones gen AI" sorts things into the two families like "which is ML and
  which is gen AI".
- "which job suits which?" after a preamble that names the options picks between them: no other
  school subject.
"""

from __future__ import annotations

import pytest

from answering.reading import chain as _chain
from answering.reading import cited as _cited
from tutor.core.answering import shapes


def test_a_topicless_follow_up_declined_after_a_story_asks_about_the_family_taught(tutor) -> None:
    # Searched with the story as its topic, "any downsides?" fell under the scope bar.
    answer = _chain(
        tutor,
        "the borough is trialling a model that predicts which burst pipes are likely to get fixed fast",
        "how does a model like that learn",
        "any downsides?",
    )
    assert answer.in_scope
    assert _cited(answer)[0] == "benefits-and-limitations#where-machine-learning-falls-short"


def test_the_family_is_read_only_for_a_follow_up_without_a_topic(tutor) -> None:
    from tutor.core.answering.asking import Asking
    from tutor.core.answering.conversation import Conversation

    conversation = Conversation(sections=["gans#the-generator-and-the-discriminator"])

    def asking(query: str, kind: str = "general") -> Asking:
        a = Asking.__new__(Asking)
        a.query, a.shape, a.conversation = query, shapes.Shape(kind), conversation
        return a

    assert tutor._family_of_the_last(asking("any downsides?")) == "generative AI"
    assert tutor._family_of_the_last(asking("what about dropout layers?")) is None
    assert tutor._family_of_the_last(asking("any downsides?", "comparison")) is None
    conversation.sections = ["ml-vs-generative-ai#predicting-versus-creating-two-different-goals"]
    assert tutor._family_of_the_last(asking("any downsides?")) is None  # a lesson of both families


def test_a_course_topic_keeps_its_own_lessons_side(tutor) -> None:
    # The topic is the course's own: its lesson's section on labels, not the family's limits.
    answer = _chain(tutor, "what is supervised learning", "any downsides?")
    assert _cited(answer)[0] == "supervised-learning#why-supervised-learning-needs-large-labelled-datasets"


def test_a_follow_up_with_a_topic_of_its_own_is_not_moved_to_the_family(tutor) -> None:
    # An untaught method named by the follow-up stays declined.
    answer = _chain(tutor, "what is overfitting", "what about dropout layers?")
    assert not answer.in_scope


@pytest.mark.parametrize(
    "question",
    [
        "a colleague says every chatbot is trained on the whole internet. is that true of all of them?",
        "does that apply to all of them or only some?",
        "is the same true for all of them",
    ],
)
def test_a_claim_checked_of_all_of_them_is_no_list(question) -> None:
    assert shapes.detect(question).kind != "list"


@pytest.mark.parametrize("question", ["name all of them", "what are the uses of gans, all of them", "list every one of them"])
def test_all_of_them_still_asks_for_a_list(question) -> None:
    assert shapes.detect(question).kind == "list"


def test_a_claim_about_every_generator_checked_against_gans(tutor) -> None:
    answer = tutor.ask("My nephew says all generative models have a second network that judges the first. Is that true of all of them, or only GANs?")
    assert answer.in_scope
    assert _cited(answer)[0] == "gans#one-model-generates-another-evaluates"


@pytest.mark.parametrize(
    "question",
    [
        "the bird song id app vs the ai that writes captions for my photos, which ones ML and which ones gen AI",
        "a parcel delay forecaster or a logo maker: which ones ml and which ones generative ai?",
    ],
)
def test_which_ones_ml_and_which_ones_gen_ai_sorts_into_families(question) -> None:
    assert len(shapes.family_sorted(question)) == 2


def test_picking_between_the_preambles_options_is_no_other_subject(tutor) -> None:
    answer = tutor.ask(
        "Shop owner. Suppliers keep pitching me 'the forecasting software or the writing assistant?' "
        "and I can't tell them apart. Which one should we buy first for a small shop?"
    )
    assert answer.in_scope


def test_a_remark_then_a_choice_of_another_subject_is_still_refused(tutor) -> None:
    answer = tutor.ask("I loved the GAN lesson. Anyway which one should i buy, a ford or a toyota?")
    assert not answer.in_scope


def test_an_everyday_word_for_a_course_word_of_the_section_just_read_is_no_aside(tutor) -> None:
    # "uni" is the glossary's everyday word for the university the learning-paths section names.
    answer = _chain(tutor, "how do people get into generative ai work", "is there a degree route?", "and if uni is too pricey for me, what else?")
    assert answer.in_scope


def test_an_aside_of_another_subject_is_still_refused(tutor) -> None:
    answer = _chain(tutor, "what is a loss function", "how do i lose weight fast")
    assert not answer.in_scope


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("whats a vae", "how does it make a brand new image?", "vaes#generating-new-samples-from-the-latent-space"),
    ],
)
def test_how_it_makes_things_after_a_definition_is_its_mechanism_not_its_uses(tutor, first, then, expected) -> None:
    answer = _chain(tutor, first, then)
    assert _cited(answer)[0] == expected


def test_how_it_makes_things_never_answers_with_how_it_fails(tutor) -> None:
    answer = _chain(tutor, "what is a gan", "how does it make new faces?")
    assert not any("mode-collapse" in s or "unstable" in s for s in _cited(answer)[:1])


def test_a_full_question_after_a_remark_becomes_the_topic(tutor) -> None:
    from tutor.core.answering import conversation as conversation_module

    story = "owners want an AI tool that plans picking routes"
    carried = conversation_module.carried_topic(
        "My pickers don't trust it at all. Why do staff push back against tools like this?", story
    )
    assert "push back" in carried
    # A pointer alone keeps the topic.
    assert conversation_module.carried_topic("does it need labels?", story) == story
    answer = _chain(
        tutor,
        "I run a warehouse and the owners want an AI tool that plans picking routes.",
        "My pickers don't trust it at all. Why do staff push back against tools like this?",
        "how do I win them over?",
    )
    assert _cited(answer)[0].startswith("adoption-challenges#")


@pytest.mark.parametrize(
    "question",
    ["how does a mushroom id app tell a chanterelle from a false one", "the camera app tells a wren from a robin, how does it do that"],
)
def test_a_picture_app_that_tells_things_apart_is_image_classification(tutor, question) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope
    assert _cited(answer)[0] == "supervised-learning#image-classification-as-a-supervised-task"


def test_an_app_that_knows_which_thing_is_a_machine_at_work() -> None:
    from tutor.core.answering import described

    assert described.names_machine_at_work("how does the bird song app know which bird it is", products=False)
    assert not described.names_machine_at_work("how does the immune system know which cells to fight", products=False)


def test_a_living_doer_that_knows_things_is_still_another_subject(tutor) -> None:
    assert not tutor.ask("how does the immune system know which cells to fight").in_scope


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("is the stock-level predictor in our warehouse app generative AI?", "the stock-level predictor in our warehouse app"),
        ("our bakery till has a sales forecaster, is that gen ai?", "our bakery till has a sales forecaster"),
        ("does the caption writer on our website count as machine learning?", "the caption writer on our website"),
        ("is overfitting machine learning?", None),
        ("is generative ai machine learning?", None),
    ],
)
def test_the_machine_asked_to_be_placed_in_a_family(question, thing) -> None:
    from tutor.core.answering import described

    assert described.placed_machine(question) == thing


def test_placing_a_machine_answers_with_the_courses_test_of_the_families(tutor) -> None:
    answer = tutor.ask("is the stock-level predictor in our warehouse app generative AI?")
    assert _cited(answer)[0] == "ml-vs-generative-ai#predicting-versus-creating-two-different-goals"
    assert "did not exist before" in answer.text


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("what are the downsides of ml compared with gen ai?", ("downsides of ml", "downsides of gen ai")),
        ("strengths of supervised learning vs unsupervised learning", ("strengths of supervised learning", "strengths of unsupervised learning")),
        ("costs of a gan vs costs of a vae", ("costs of a gan", "costs of a vae")),
    ],
)
def test_an_aspect_said_of_the_first_side_is_asked_of_both(question, sides) -> None:
    assert shapes.detect(question).sides == sides


def test_the_families_downsides_compared_cite_each_familys_limits(tutor) -> None:
    cited = _cited(tutor.ask("drawbacks of machine learning vs generative ai"))
    assert cited == [
        "benefits-and-limitations#where-machine-learning-falls-short",
        "benefits-and-limitations#where-generative-ai-falls-short",
    ]
