"""Comparisons where the learner states each side's parts and asks how the pairs differ.

Stop 36 (zijc36, probes in ``benchmarks/probes/zijc36-s36``; worded apart from them and from set
ZI): "gans have a generator + discriminator, vaes have an encoder + decoder ... how do the pairs
differ" was split at "and" into half-clauses (or gave no sides), and answered from one side's
section plus a section about GANs in general, without the discriminator. The two things whose parts
are stated are the sides (``shapes.stated_parts``), each answered from its own section on its parts,
searched with the parts named, whose sentences on those parts come first.
"""

from __future__ import annotations

import pytest

from tutor.core.answering import shapes

GD = "gans#the-generator-and-the-discriminator"
ELD = "vaes#encoder-latent-space-and-decoder"


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("so a vae has an encoder & a decoder and a gan has a generator & a discriminator. how do those differ?", ("vae", "gan")),
        ("GANs combine a generator with a discriminator, VAEs combine an encoder with a decoder - are the pairs alike?", ("gans", "vaes")),
    ],
)
def test_the_things_whose_parts_are_stated_are_the_sides(question: str, sides: tuple[str, str]) -> None:
    assert shapes.detect(question).sides == sides


def test_parts_stated_without_comparing_them_compare_nothing() -> None:
    """The guard: a message that states two things' parts and asks something else is no comparison
    of the parts."""
    assert shapes.stated_parts("my shop has a till and a website, my cafe has a kitchen and a van. which should use ai?") is None


def test_each_sides_parts_are_answered_from_its_own_section(tutor) -> None:
    answer = tutor.ask("student. a gan = generator + discriminator and a vae = encoder + decoder. so how do the two pairs compare?")
    assert answer.in_scope
    assert sorted(s.section for s in answer.sources) == sorted([GD, ELD]), [s.section for s in answer.sources]
    text = answer.text.lower()
    assert all(part in text for part in ("discriminator", "generator", "encoder", "decoder"))
    assert "compresses" in text  # what the encoder does, not only the VAE's worked example


# Stop 38 (zopc38, probes in ``benchmarks/probes/zopc38-s38``; worded apart from them and from set
# ZO): the parts of each of two things asked where no two sides are read ("both X and Y ... the two
# bits in each", "the halves of an X and of a Y"): each thing's own section on its parts
# (``comparison.parts_pair``), where the best section alone told one thing's parts.


@pytest.mark.parametrize(
    "question",
    [
        "someone told me vaes and gans are both a pair of networks glued together, so what are the two bits in each and how are they different",
        "explain the halves of a vae and the halves of a gan",
    ],
)
def test_the_parts_of_each_asked_without_sides(tutor, question: str) -> None:
    answer = tutor.ask(question)
    assert sorted(s.section for s in answer.sources) == sorted([GD, ELD]), [s.section for s in answer.sources]
    text = answer.text.lower()
    assert all(part in text for part in ("discriminator", "generator", "encoder", "decoder"))


def test_no_pair_when_no_parts_are_asked() -> None:
    """The guard: two things named without asking their parts are no parts question."""
    from tutor.core.answering.comparison import parts_pair

    assert parts_pair("both gans and vaes make images, which is older") is None
    assert parts_pair("what are the two bits in each of gans and vaes") == ("gans", "vaes")
