"""A pronoun after a thing the question itself names ("my bank froze my card, how did it know",
"if a model has only seen summer traffic, why does it fail in winter") may point at that thing,
not back at the conversation: such a question is no follow-up by its pronoun alone, and the search
decides whether it leans on the topic, as for a question without one. A person named before
the pronoun ("my dad asks it about his pills") is who asks, never what "it" is, and "does the
slippery ice make it harder?" after Q-learning still stays on Q-learning. A reflexive ("by
playing itself") and an "it" standing for the clause after it ("is it bad if my model gets
100%?") point nowhere at all. A follow-up that ranks the section just cited first stays on it
however weakly its words match ("and if its really low?" after temperature)."""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.conversation import names_its_pronoun


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my bank froze my card, how did it know", True),
        ("if a robot falls over, how does it learn not to do that again", True),
        ("how does a phone understand what i say to it", True),
        # The pronoun in the same clause as the thing, or inside it, points back.
        ("does the slippery ice make it harder", False),
        ("whats a pragmatic use for it", False),
        ("give me a real world use of it", False),
        ("my dad asks it about his heart pills. is that ok?", False),
        ("how do people fix it", False),
        ("what are its limitations", False),
        ("why do companies love them", False),
        ("is it used in the real world at all", False),
    ],
)
def test_a_thing_named_before_the_pronoun_is_found(question: str, expected: bool) -> None:
    assert names_its_pronoun(question) is expected


@pytest.mark.parametrize(
    ("turns", "wanted"),
    [
        (["what is top-k sampling", "my bank froze my card, how did it know"], "ml-applications#fraud-detection-with-machine-learning"),
        (
            ["what is k-means", "a traffic model trained only on weekdays, why does it get weekends wrong"],
            "training-and-overfitting#how-noisy-or-incomplete-data-leads-to-mistakes",
        ),
        (["whats a vae", "my email app moved a real message to junk, why did it do that"], "supervised-learning#a-worked-example-building-a-spam-filter"),
    ],
)
def test_a_pronoun_pointing_inside_the_question_starts_a_new_subject(tutor, turns: list[str], wanted: str) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope
    assert answer.sources[0].section == wanted, [s.section for s in answer.sources]


@pytest.mark.parametrize(
    ("turns", "lesson"),
    [
        (["what is q-learning", "does the slippery ice make it harder"], "reinforcement-learning"),
        (["what does it mean when a chatbot hallucinates", "my dad asks it about his heart pills. is that ok?"], "hallucination"),
    ],
)
def test_a_pronoun_about_the_topic_still_leans(tutor, turns: list[str], lesson: str) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope
    assert answer.sources[0].doc == lesson


@pytest.mark.parametrize(
    ("question", "points_back"),
    [
        # A reflexive points at its own clause's subject; an "it" before "if"/"when" stands for
        # that clause.
        ("can a computer learn chess just by playing itself", False),
        ("is it bad if my model gets 100% on the training data", False),
        ("is it ok when the test score is a bit lower", False),
        ("does it fix itself", True),
        ("is it bad if it overfits", True),
        ("is it good for images", True),
        ("is it bad?", True),
    ],
)
def test_reflexives_and_an_it_standing_for_a_clause_point_nowhere(question: str, points_back: bool) -> None:
    from tutor.core.answering.conversation import refers_back

    assert refers_back(question) is points_back


def test_a_fresh_question_with_a_reflexive_is_not_read_into_the_last_topic(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why does my netflix keep recommending stuff i hate", "can a computer learn chess just by playing against itself"])
    assert answer.sources[0].section == "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"
    assert all(s.doc != "ml-applications" for s in answer.sources)


def test_a_short_follow_up_ranked_on_the_section_just_cited_is_not_declined(tutor) -> None:
    """ "and if its really low?" after temperature ranks the sampling section first, with a
    cosine just under the on-topic bar (0.19): it is about that section, not "not covered"."""
    answer = learner_judge.converse(tutor, ["what is temperature", "and if its really low?"])
    assert answer.in_scope
    assert answer.sources[0].section == "language-models#sampling-temperature-top-k-and-top-p"
    assert "low temperature" in answer.text
