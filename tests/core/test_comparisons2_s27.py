"""Comparisons, wave 2 (stop 27): classes mined from the read sets' failing comparisons.

Each test is worded apart from the failing cases and fails on the code before it:

- "outline / describe / sum up how A, B and C differ ...", or "how A and B are different" with no
  verb before it: the sides are found (no sides were, and a general answer came);
- with three or more sides, the aspect a lesson of its own teaches ("the data they need") is
  answered by that lesson's section naming every side, though another section naming them all
  leads it by a little more than the section margin;
- "A vs B, any (real) difference?": whether the two differ, asked after the second side, is no
  part of it;
- "A used for X vs B used for Y": what each side adds after its name, each its own, is what is
  compared; a section on both that speaks of neither does not answer alone.
"""

from __future__ import annotations

from tutor.core.answering import shapes


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_sides_after_an_imperative_how() -> None:
    assert shapes.comparison_sides("describe how k-means and dbscan differ") == ("k-means", "dbscan")
    assert shapes.comparison_sides("sum up how bagging, boosting and stacking differ") == ("bagging", "boosting", "stacking")


def test_many_sides_asked_an_aspect_answer_from_its_lesson(tutor) -> None:
    answer = tutor.ask("describe how supervised learning, unsupervised learning and reinforcement learning differ in what data they need")
    assert _cited(answer)[0] == "data-and-compute#data-needs-of-supervised-unsupervised-and-reinforcement-learning"


def test_whether_they_differ_is_no_part_of_the_second_side() -> None:
    assert shapes.comparison_sides("spam filter vs chatbot, any difference") == ("spam filter", "chatbot")
    assert shapes.comparison_sides("rnn vs lstm any real difference?") == ("rnn", "lstm")
    assert shapes.comparison_sides("tokens vs words, same thing?") == ("tokens", "words")


def test_what_each_side_adds_is_compared(tutor) -> None:
    for question in (
        "gans used for paintings versus vaes used for melodies, what's different",
        "a gan for portraits vs a vae for songs, how are they different",
    ):
        answer = tutor.ask(question)
        assert set(_cited(answer)) == {"gans#what-gans-have-been-used-for", "vaes#what-vaes-are-used-for"}, question


def test_a_question_about_both_before_a_comma_is_no_part_of_the_first_side() -> None:
    assert shapes.comparison_sides("how would you check both, a classifier vs a chatbot") == ("classifier", "chatbot")
    assert shapes.comparison_sides("which of the two is cheaper, a tree or a gan") == ("tree", "gan")
