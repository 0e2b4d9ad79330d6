"""Comparisons whose sides are named in loaded, rhetorical or jargon forms (stop 31, tuturns).

Worded apart from the probes (benchmarks/probes/tuturns-s31/); fails on the code before it:

- Two tasks told apart by the kind of answer each gives, a quantity ("how many", "the rent in
  pounds", "the margin", "what it sells for") against a category ("whether", "yes or no", "who
  wins", "which of"): the course's contrast of classification and regression. Searched on the
  learner's words, the sides went to the sections on their settings or below the scope bar (the
  whole question declined). Each side is now named by the course's term for its kind.
- "one model to do A, another to do B" joined by a comma (no "and") is a described pair too.
- "is A really a different <noun> from B" ("a different failure", "a different kind of score"):
  the learner's noun for both sides between "different" and "from" hid the comparison.
- "the A one and the B one": each side named by what sets it apart.
"""

from __future__ import annotations

from tutor.core.answering import shapes


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_answer_kind_of_a_task() -> None:
    kind = shapes.answer_kind
    assert kind("forecasting the electricity bill in euros") == "regression"
    assert kind("how many visitors the museum gets on sunday") == "regression"
    assert kind("telling whether a mushroom is poisonous") == "classification"
    assert kind("sorting tickets into billing or technical") == "classification"
    assert kind("a chatbot that writes poems") is None


def test_tasks_told_apart_by_their_answer_are_classification_versus_regression(tutor) -> None:
    for question in (
        "museum: one tool to forecast how many visitors come on sunday, another to tell whether a ticket is a fake. same family of model?",
        "estimating a bike's resale value vs deciding if a bike photo shows a road bike or a mountain bike, how are those jobs different?",
    ):
        shape = shapes.detect(question)
        assert set(shape.sides) == {"regression", "classification"}, (question, shape)
        answer = tutor.ask(question)
        assert answer.in_scope, question
        assert "supervised-learning#classification-versus-regression" in _cited(answer), (question, _cited(answer))
        assert "regression" in answer.text.lower() and "classification" in answer.text.lower()


def test_the_learner_naming_the_kinds_is_left_alone() -> None:
    assert not shapes.named_by_answer_kind("classification vs regression?", ("classification", "regression"))


def test_a_different_noun_from_names_two_sides() -> None:
    shape = shapes.detect("is a spam filter trained on old mail really a different failure from a chatbot quoting a made-up law?")
    assert shape.kind == "comparison" and len(shape.sides) == 2, shape
    assert shape.sides[0].startswith("spam filter") and "chatbot" in shape.sides[1], shape


def test_the_a_one_and_the_b_one(tutor) -> None:
    question = "of the two image generators, the counterfeiter one and the latent-space one, which trains more stably?"
    shape = shapes.detect(question)
    assert shape.sides == ("counterfeiter", "latent-space"), shape
    answer = tutor.ask(question)
    assert "vaes#vaes-compared-with-gans" in _cited(answer), _cited(answer)


def test_a_bare_why_not_keeps_the_quoted_section_the_search_missed(tutor) -> None:
    # (Follow-ups, stop 31: "why not?" searched with the topic's name found another lesson, and
    # the quoted section, which gives the reason, was not among the hits to be put first.)
    from tutor.core.answering.conversation import Conversation

    conversation = Conversation()
    first = tutor.ask("do chatbots realise when they are wrong?", conversation)
    conversation.record("do chatbots realise when they are wrong?", first)
    answer = tutor.ask("why not", conversation)
    assert _cited(first) and _cited(answer)[0] in _cited(first), (_cited(first), _cited(answer))
