"""A switch after a definition keeps the definition's shape, stop 36 (``benchmarks/probes/fu36-s36``,
tested here in other words than the probes').

- "and gans?" after "whats a vae" is read "whats a gans"; "GANs" in the heading of the uses
  section ("What GANs have been used for") outranked the generator and the discriminator, and the
  answer led with the uses (``answer._WHAT_IT_IS`` joins ``_how_not_what_for``).
- "and underfitting?" after what overfitting is, "what about recall" after precision: the new
  subject's sentence sits mid-section and the sentences are told in course order, so the answer
  opened with the old subject again or the section's opening (the confusion matrix); it opens
  with the new subject's definition (``ChoosingSentences._switched_subject_lead``).
"""

from __future__ import annotations

import pytest

from answering.reading import chain, cited, opening


@pytest.mark.parametrize(
    ("turns", "section"),
    [
        (["what's a variational autoencoder", "ok and gans?"], "gans#the-generator-and-the-discriminator"),
        (["what is a gan", "and vaes?"], "vaes#encoder-latent-space-and-decoder"),
    ],
)
def test_a_switch_after_a_definition_opens_with_the_definition(tutor, turns: list[str], section: str) -> None:
    answer = chain(tutor, *turns)
    assert cited(answer)[0] == section, cited(answer)
    assert answer.shape == "definition"


def test_what_a_thing_is_used_for_still_gets_the_uses(tutor) -> None:
    # A use asked of the name is no bare definition: the uses section answers.
    for question in ("what are gans used for", "what are vaes good for"):
        assert cited(tutor.ask(question))[0].endswith("used-for"), question


@pytest.mark.parametrize(
    ("turns", "opens"),
    [
        (["explain overfitting", "and underfitting?"], "Underfitting"),
        (["what does precision mean", "and recall?"], "Recall"),
    ],
)
def test_a_switched_definition_opens_with_the_new_subject(tutor, turns: list[str], opens: str) -> None:
    answer = chain(tutor, *turns)
    assert opening(answer).startswith(opens), answer.text[:200]


def test_the_old_subject_asked_first_is_unchanged(tutor) -> None:
    # A first question has no switched subject: the section's own order stands.
    assert opening(tutor.ask("what is overfitting")).startswith("Overfitting")


def test_only_a_switch_asking_what_the_subject_is_keeps_the_definition_shape() -> None:
    from tutor.core.answering.conversation import asks_what_the_subject_is

    assert asks_what_the_subject_is("what's a gans", "gans")
    assert asks_what_the_subject_is("explain underfitting", "underfitting")
    # the rest of a name the subject went into ("and greedy decoding?" after top-k sampling)
    assert asks_what_the_subject_is("what is greedy decoding sampling", "greedy decoding")
    # an aspect asked of it, or what it is used for: no definition
    assert not asks_what_the_subject_is("what are bias limitations", "bias")
    assert not asks_what_the_subject_is("what are vaes used for", "vaes")
    assert not asks_what_the_subject_is("bias limitations", "bias")
