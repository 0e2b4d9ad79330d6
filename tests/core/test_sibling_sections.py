"""A question that names a lesson's parts is answered by the section that teaches what it asks.

The section that defines a lesson's parts ("Encoder, latent space and decoder", "The generator and
the discriminator") names them all in its heading and text, and its learner asks are close to any
question naming them: so a question that names the parts but asks what another section of the
lesson teaches (how their pictures compare with a GAN's) was answered with the definition.
``SearchIndex._beyond_the_parts`` lets what is asked of the parts choose among the close sibling
sections. Items are written fresh for this file (not from the siblings-s25 probe halves).
"""

from __future__ import annotations

from typing import Any

import pytest

SIBLINGS = [
    # (question, the section that answers it): each was answered with the parts' definition before
    ("compared with a gan, are encoder decoder pictures sharper or softer", "vaes#vaes-compared-with-gans"),
    ("are encoder and decoder images blurrier than the other kind of generator", "vaes#vaes-compared-with-gans"),
]

STAY = [
    # A question about the parts themselves keeps their definition; a heading word that is not a
    # part ("right" in "Accuracy: the share of predictions that are right") moves nothing.
    ("what do the generator and the discriminator each do", "gans#the-generator-and-the-discriminator"),
    ("what is an encoder and a decoder", "vaes#encoder-latent-space-and-decoder"),
    ("what are agents and environments", "reinforcement-learning#agents-environments-actions-and-rewards"),
    ("what are precision and recall", "evaluating-models#precision-and-recall-computed-from-a-confusion-matrix"),
    ("how is the share of right answers a classifier gives worked out",
     "evaluating-models#accuracy-the-share-of-predictions-that-are-right"),
]


@pytest.mark.parametrize(("question", "section"), SIBLINGS + STAY)
def test_what_is_asked_of_the_parts_picks_the_section(tutor: Any, question: str, section: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope, question
    assert answer.sources and answer.sources[0].section == section, (question, [s.section for s in answer.sources])


def test_the_parts_are_the_lessons_often_used_heading_terms(tutor: Any) -> None:
    index = tutor.index
    # Parts named in the best section's heading, the lesson's own words removed from the rest.
    scores = index._rank("are encoder and decoder images blurrier than the other kind of generator",
                         k=3, topic=None, lesson=None, expand=True)
    assert scores.hits[0].section.id == "vaes#vaes-compared-with-gans"
    # The lesson's subject (its title's "VAEs") is not one of its parts.
    assert "vae" in index._lesson_subject["vaes"]
