"""Pronouns that point inside the question, stop 29 (helper pfu; probes in
``benchmarks/probes/pfu-s29``), tested in other words than the probes'.

- "a thing that does X to photos and one that makes them": "one" stands for the first side's
  thing and "them" for what the first side's clause names. The comparison's second side was cut
  down to the bare "them" ("one that makes" read as "one <verb>", as in "how does one train"), so
  it was read as pointing back at the conversation; and a plural pronoun whose thing the question
  names in another clause of its own made the question a follow-up.
- A comparison whose sides are described by what they do ("an app that labels pictures") names
  things of its own: it is no comparison within the section just cited.
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import conversation as conversation_module
from tutor.core.answering import shapes

RECOGNITION = "ml-applications#image-and-speech-recognition"


def test_one_that_makes_them_is_a_side_of_its_own() -> None:
    sides = shapes.comparison_sides("how is an app that labels pictures different from one that makes them")
    assert len(sides) == 2
    assert sides[1].lower() not in conversation_module.REFERRING
    assert "makes" in sides[1]


def test_the_subject_of_its_own_clause_is_not_what_them_stands_for() -> None:
    assert conversation_module.points_inside("do hospitals use them?") is False


def test_a_plural_pronoun_named_in_another_clause_points_inside(tutor) -> None:
    question = "what's the gap between a system that tags images and one that makes them?"
    assert conversation_module.points_inside(question)
    assert not tutor.index.is_follow_up(question)
    # The subject of the pronoun's own clause is never what it stands for: still a follow-up.
    assert tutor.index.is_follow_up("do hospitals use them?")


def test_described_sides_are_not_compared_within_the_last_section(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["how do phones recognise my face", "whats the difference between a model that sorts pictures and one that makes them"]
    )
    assert answer.in_scope
    cited = [s.section for s in answer.sources]
    assert cited and cited[0] != RECOGNITION
