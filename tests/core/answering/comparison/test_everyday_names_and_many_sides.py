"""Comparisons, added in stop 35 (cmp35), tested in other words than the probes in
``benchmarks/probes/cmp35-s35`` and the read sets.

- Everyday names of the two generative families: verbs of making smaller are one word to the
  glossary ("squish", "squeeze", "shrink", "compress"), and "net" is a network ("two nets
  competing"); a side named in everyday words finds the heading that compares the two by the course term's short form ("VAEs compared
  with GANs" for "variational autoencoder").
- A comparison whose best section, by a clear lead, gives each side a sentence of its own answers
  from it alone though its heading compares nothing ("One model generates, another evaluates" for
  how a GAN and a language model are each trained).
- Three sides with no aspect asked: a section of a lesson that teaches an aspect ("Data needs of
  ...") yields to a near section naming them all in general ("Three ways a machine can learn").
"""

from __future__ import annotations

from tutor.core.answering.learner import _phrase

VAEG = "vaes#vaes-compared-with-gans"
ONEGEN = "gans#one-model-generates-another-evaluates"
THREE = "what-is-ml#three-ways-a-machine-can-learn"
MLDATA = "data-and-compute#data-needs-of-supervised-unsupervised-and-reinforcement-learning"


def cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_verbs_of_making_smaller_are_one_word_to_the_glossary() -> None:
    assert _phrase("squish and rebuild") == _phrase("shrink and rebuild") == _phrase("compress and rebuild")
    assert _phrase("two nets competing") == _phrase("two networks competing")


def test_a_squeezing_side_and_a_fighting_side_are_the_vae_and_the_gan(tutor) -> None:
    learner = tutor.index.learner
    assert "variational autoencoder" in learner.expansions("the model that squishes pictures and rebuilds them")
    assert "generative adversarial network" in learner.expansions("the two networks fighting")
    assert "generative adversarial network" in learner.expansions("a pair of nets that compete")


def test_everyday_names_of_both_find_their_comparing_section(tutor) -> None:
    answer = tutor.ask("illustrator: the squash-it-and-rebuild-it model or the pair of networks fighting, which gives sharper art?")
    assert cited(answer)[0] == VAEG
    assert "sharper" in answer.text and "blurr" in answer.text


def test_how_a_gan_and_a_language_model_each_learn_is_answered_by_the_section_setting_them_apart(tutor) -> None:
    answer = tutor.ask("how does training a gan compare with how a language model is trained, arent both generative")
    assert cited(answer) == [ONEGEN]
    assert "next token" in answer.text


def test_three_learning_types_without_an_aspect_take_the_general_section(tutor) -> None:
    answer = tutor.ask("plumber. supervised vs unsupervised vs reinforcement learning in a nutshell")
    assert cited(answer) == [THREE]


def test_three_learning_types_asked_about_data_keep_the_data_section(tutor) -> None:
    # Guard: the aspect asked of all three still takes its own lesson's section.
    answer = tutor.ask("supervised vs unsupervised vs reinforcement learning: what data does each need?")
    assert cited(answer)[0] == MLDATA


def test_vae_versus_gan_by_their_own_names_is_unchanged(tutor) -> None:
    # Guard: the course names of both still find their comparing section.
    answer = tutor.ask("vae vs gan, which is more stable to train")
    assert cited(answer)[0] == VAEG
