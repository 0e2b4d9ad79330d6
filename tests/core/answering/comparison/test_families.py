"""Comparisons of the course's two families: a concrete thing placed in one of them.

A concrete thing placed in one of the two families (stop 30, family).

Worded apart from the probes; fails on the code before it:

- "<a thing described by what it does>, ml or gen ai?" was searched with the two family names,
  which outweighed the thing's own words: the answer came from a section about the families in
  general (or the wrong family's example) instead of the course's section on that use. The
  family names offered as the choice are now left out of the search (the scope checks still read
  the whole question), so the thing finds its own section.
"""

from __future__ import annotations

from tutor.core.answering import shapes


def test_the_family_choice_is_left_out_of_what_is_searched() -> None:
    assert shapes.without_family_choice("the app that guesses my next song, is it ml or generative ai?") == (
        "the app that guesses my next song"
    )
    # Nothing of its own left: the families are what is asked.
    assert shapes.without_family_choice("so is that ml or gen ai?") == "so is that ml or gen ai?"
    assert shapes.without_family_choice("what does machine learning predict") == "what does machine learning predict"


def test_a_song_suggester_is_answered_from_recommendation_systems(tutor) -> None:
    answer = tutor.ask("the thing on spotify that suggests songs i might like - machine learning or gen ai?")
    assert answer.in_scope
    assert answer.sources[0].citation.endswith("Recommendation systems for products, movies and music")


def test_a_bird_spotting_photo_app_is_not_answered_from_a_generative_example(tutor) -> None:
    answer = tutor.ask("an app that tells you which bird is in your photo, ml or gen ai")
    assert answer.in_scope
    assert not answer.sources[0].citation.startswith("What is generative AI?")
