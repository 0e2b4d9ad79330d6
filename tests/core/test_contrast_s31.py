"""Comparisons weighed on one dimension (stop 31, contrast): each side's sentence on it.

Worded apart from the probes (``benchmarks/probes/contrast-s31``); fails on the code before it:

- A part whose section announces a count ("four main limitations, and the first is ...") kept only
  the items marked by an ordinal ("Finally, ...") after the count, and dropped the sentence its own
  search picked: the unmarked sentences between are items too when the marked ones fall short of
  the count, and the part's picks stay.
- "which is sneakiest / riskier / speedier": the comparative of a "-y" adjective is plain English;
  read as an untaught term, it declined a comparison of two course topics.
"""

from __future__ import annotations

from tutor.core.answering.comparison import _with_announced_items
from tutor.core.answering.everyday import in_dictionary


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_count_whose_marked_items_fall_short_keeps_the_picked_items(tutor) -> None:
    section = tutor.course.section("benefits-and-limitations#where-machine-learning-falls-short")
    # "four main limitations, and the first is ...": only "Finally, ..." is marked; the data
    # sentence (1) and the bias sentence (2) are items too.
    assert _with_announced_items(section, [0, 1]) == [0, 1]
    assert _with_announced_items(section, [0, 2]) == [0, 2]
    # a count every item of which is marked still brings them in ("three main benefits")
    benefits = tutor.course.section("benefits-and-limitations#what-generative-ai-does-well")
    assert _with_announced_items(benefits, [0, 5]) != [0, 5]


def test_the_data_limitation_is_told_when_data_is_what_both_sides_are_asked(tutor) -> None:
    answer = tutor.ask("a credit scoring model vs a text generator, how does poor data hurt each")
    assert "benefits-and-limitations#where-machine-learning-falls-short" in _cited(answer)
    assert "outdated records" in answer.text


def test_comparatives_of_y_adjectives_are_plain_english(tutor) -> None:
    for word in ("flakier", "trickiest", "speedier", "costliest", "sneakiest"):
        assert in_dictionary(word), word
    answer = tutor.ask("deepfakes vs biased hiring tools, which are sneakiest")
    assert answer.in_scope
    assert "ethics-and-regulation#deepfakes-and-the-argentine-election-poster" in _cited(answer)


def test_a_dimension_asked_of_both_sides_weighs_each_sides_sentences(tutor) -> None:
    from tutor.core.answering.comparison import dimension_bonus

    section = tutor.course.section("vaes#vaes-compared-with-gans")
    bonus = dimension_bonus("which one is steadier, what makes training unstable", section.sentences)
    stable = [i for i, s in enumerate(section.sentences) if "stable" in s]
    assert stable and all(bonus[i] > 0 for i in stable)
    assert not any(bonus[i] for i in range(len(section.sentences)) if i not in stable)
    # a cost asked: the sentences on cost, not those on stability
    costly = tutor.course.section("gans#why-gan-training-is-unstable-and-costly")
    bonus = dimension_bonus("which one is pricier to train", costly.sentences)
    assert [i for i, b in enumerate(bonus) if b] == [i for i, s in enumerate(costly.sentences) if "expensive" in s or "cost" in s]
    assert not dimension_bonus("what is the difference", section.sentences).any()
