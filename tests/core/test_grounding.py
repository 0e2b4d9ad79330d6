"""Marking generated sentences that no retrieved passage supports (real MiniLM embedder)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tutor.core.grounding import SentenceSupport, check, split_sentences

OVERFITTING = (
    "Overfitting happens when a model memorises its training data, noise included, so it scores "
    "well on the examples it has seen and badly on new ones. More data, simpler models and "
    "regularisation reduce it."
)
GAN = (
    "A generative adversarial network (GAN) trains two networks against each other: a generator "
    "that makes fake samples and a discriminator that tries to tell them from real ones."
)


@dataclass
class Source:  # the shape retrieval hands over (text, title, heading)
    text: str
    title: str = "Training and overfitting"
    heading: str = "Overfitting"


@pytest.fixture(scope="module")
def embedder():
    from tutor.core.answering.embeddings import load_embedder

    return load_embedder()


def _by_sentence(results: list[SentenceSupport]) -> dict[str, SentenceSupport]:
    return {r.sentence: r for r in results}


def test_supported_and_invented_sentences_are_told_apart(embedder) -> None:
    answer = (
        "Overfitting is when a model learns its training data too closely, noise and all. "
        "Using more data or regularisation helps. "
        "A GAN pits a generator against a discriminator that judges whether samples are real. "
        "Overfitting was first described by Alan Turing in 1936 at Cambridge. "
        "GANs are mainly used to predict stock prices in banks. "
        "Bananas are rich in potassium."
    )
    results = _by_sentence(check(answer, [OVERFITTING, GAN], embedder))
    supported = [s for s, r in results.items() if r.supported]
    unsupported = [s for s, r in results.items() if not r.supported]
    assert len(supported) == 3 and len(unsupported) == 3
    assert all("Turing" in s or "stock" in s or "Bananas" in s for s in unsupported)
    assert results["Using more data or regularisation helps."].passage == 0
    assert results[
        "A GAN pits a generator against a discriminator that judges whether samples are real."
    ].passage == 1
    for result in results.values():
        assert 0 <= result.score <= 1 and 0 <= result.overlap <= 1
        assert result.supported == (result.score >= 0.5 or result.similarity >= 0.75)


def test_sentences_that_claim_nothing_are_not_marked(embedder) -> None:
    results = check("Sure! Overfitting means memorising the training data.", [OVERFITTING], embedder)
    assert [r.claim for r in results] == [False, True]
    assert results[0].supported and results[0].passage is None
    assert results[1].supported


def test_without_passages_every_claim_is_unsupported(embedder) -> None:
    results = check("Models learn from data. OK.", [], embedder)
    assert [(r.supported, r.passage) for r in results] == [(False, None), (True, None)]


def test_sources_and_empty_answers(embedder) -> None:
    assert check("   ", [OVERFITTING], embedder) == []
    results = check("Regularisation reduces overfitting.", [Source(OVERFITTING)], embedder)
    assert results[0].supported and results[0].passage == 0


def test_default_embedder_is_loaded_when_none_is_given() -> None:
    results = check("A discriminator tries to tell fake samples from real ones.", [GAN])
    assert results[0].supported


def test_split_sentences() -> None:
    text = "First point. Second one!\n- a bullet item\n2. a numbered item\nWhy? Because (really.) Yes"
    assert split_sentences(text) == [
        "First point.", "Second one!", "a bullet item", "a numbered item", "Why?",
        "Because (really.)", "Yes",
    ]
