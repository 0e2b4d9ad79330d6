"""Follow-ups, stop 43: an example asked for in the learner's own workplace.

"give me an example from a theatre" after a topic names only where the example should come from;
when the course has no words for that place, the question leans on the topic, as "an example from
a real business" does. Searched alone it found nothing and was refused as another school subject.
A place the course does speak of ("from a hospital") is still searched, and with no topic the
question is not read as a follow-up at all.
"""

from __future__ import annotations

import pytest

from answering.reading import chain as _chain
from answering.reading import cited as _cited
from tutor.core.answering import conversation as conversation_module


@pytest.mark.parametrize(
    ("first", "then", "lesson"),
    [
        ("what does clustering do", "could you give an example from a dance school?", "unsupervised-learning"),
        ("explain overfitting to me", "any example in a locksmith's shop", "training-and-overfitting"),
        ("how does q-learning work", "give me an example from a circus", "reinforcement-learning"),
    ],
)
def test_an_example_in_a_place_the_course_never_names_keeps_the_topic(tutor, first, then, lesson) -> None:
    answer = _chain(tutor, first, then)
    assert answer.in_scope
    assert _cited(answer) and _cited(answer)[0].startswith(lesson + "#")


def test_a_place_the_course_speaks_of_is_no_mere_setting(tutor) -> None:
    # "hospital" is a course word (healthcare): the search, not this rule, decides.
    assert not conversation_module._example_in_a_foreign_setting(
        "give me an example from a hospital", ["hospital"], tutor.index.vocabulary
    )
    # Another topic named besides the place: not only a setting.
    assert not conversation_module._example_in_a_foreign_setting(
        "an example of a gan from a bakery", ["gan", "bakery"], tutor.index.vocabulary
    )


def test_without_a_topic_an_example_in_a_place_is_not_answered_from_the_course(tutor) -> None:
    answer = tutor.ask("give me an example from a dance school")
    assert not answer.in_scope


def test_a_check_with_the_learners_own_example_is_no_untaught_topic(tutor) -> None:
    """"so similar hairstyles would sit near each other on it?" after the latent space points back
    at the topic with an example in everyday words: answered, not declined as "similar hairstyles"."""
    answer = _chain(tutor, "what is a vae", "and the latent space?", "so similar dog breeds would sit near each other on it?")
    assert answer.in_scope
    assert _cited(answer)[0] == "vaes#what-the-latent-space-represents"


def test_an_untaught_method_in_a_check_is_still_declined(tutor) -> None:
    answer = _chain(tutor, "what is overfitting", "so would that happen with xgboost too?")
    assert not answer.in_scope


@pytest.mark.parametrize("opening", ["tech reporter - why has gen AI become so popular lately", "bus driver — what is a token"])
def test_a_job_label_closed_by_a_dash_is_no_part_of_the_topic(tutor, opening) -> None:
    """Stop 43: "tech reporter - why has ..." kept "tech reporter" in the topic, and the next turn
    ("what was the tech change exactly?") read "tech change" as another thing and was refused."""
    answer = tutor.ask(opening)
    assert answer.topic is not None and "reporter" not in answer.topic and "driver" not in answer.topic


@pytest.mark.parametrize(
    "then",
    ["and LLMs?", "and llms, what do they do there?", "and large language models, what do they do there?"],
)
def test_a_kind_of_generative_model_stands_in_for_machine_learning(tutor, then) -> None:
    """Stop 43: after "how is ML used in banking", "and LLMs?" replaced the setting ("how is ML used
    in LLMs") and "and LLMs, what do they do there?" was read as a question of its own: both lost
    banking, where the course says what generative AI does with documents."""
    answer = _chain(tutor, "how is ML used in banking", then)
    assert "industry-use-cases#finance-catching-fraud-and-handling-documents" in _cited(answer)


def test_a_switch_with_a_clause_of_its_own_is_only_read_with_there() -> None:
    assert conversation_module.switched_subject("and llms, what do they do there?") == (None, "llms")
    # Without "there" the clause asks something of its own: no plain switch.
    assert conversation_module.switched_subject("and llms, how were they invented?") is None
