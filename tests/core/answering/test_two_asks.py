"""Two asks in one message (``tutor.core.answering.two_asks``, ``Tutor._second_ask``; stop 41,
probes ``benchmarks/probes/parts41-s41``).

"what is X, and where is it used", "why does it happen and can we make it happen less": the whole
question found the first ask's section, and the second ask, answered by another section or another
part of the same section, was dropped. Worded apart from the probes; the tutor tests failed on the
code before the change.
"""

from __future__ import annotations

from typing import Any

import pytest

from tutor.core.answering import two_asks


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("what is k-means, and where does it go wrong?", "what is k-means", "where does it go wrong"),
        ("why does my bot invent stuff and can we make it happen less", "why does my bot invent stuff",
         "can we make it happen less"),
        ("night porter. the cameras flag odd things. how does that work and what is it called?",
         "how does that work", "what is it called"),
    ],
)
def test_two_asks_are_split_at_the_and_that_opens_the_second(question: str, first: str, second: str) -> None:
    assert two_asks.split(question) == (first, second)


@pytest.mark.parametrize(
    "question",
    [
        "what are the generator and the discriminator",  # one ask of two things
        "how do precision and recall differ",
        "what is a gan and how does it differ from a vae",  # a comparison
        "what is overfitting and why?",  # "why?" asks nothing of its own
        "tell me about gans and vaes",
    ],
)
def test_one_ask_is_not_split(question: str) -> None:
    assert two_asks.split(question) is None


def test_the_second_ask_takes_the_first_asks_subject_for_its_pronoun() -> None:
    subject = two_asks.subject_of("what exactly is a discriminator")
    assert subject == "discriminator"
    assert two_asks.with_subject("what happens when it gets too strong", subject) == (
        "what happens when discriminator gets too strong"
    )


def test_two_asks_of_one_thing_are_no_comparison() -> None:
    # "what is a vae and what do people use them for" had been read as "vae" versus "use them for".
    assert two_asks.side_points_back("what is a vae and what are they good for", ("vae", "are they good for"))
    assert not two_asks.side_points_back("what is a gan and what is a vae", ("gan", "vae"))


def test_the_second_ask_gets_its_own_cited_part(tutor: Any) -> None:
    # The first ask's section (anomaly detection as predictive analytics' relative) says nothing
    # of the kind of learning; the uses of unsupervised learning do.
    answer = tutor.ask("what is anomaly detection and which kind of learning does it use?")
    cited = [source.section for source in answer.sources]
    assert cited[0] == "ml-applications#predictive-analytics-and-anomaly-detection"
    assert "unsupervised-learning#what-unsupervised-learning-is-used-for" in cited
    assert "unsupervised" in answer.text.lower()


def test_the_uses_asked_second_are_told_after_what_it_is(tutor: Any) -> None:
    answer = tutor.ask("what is the latent space in a vae and what are vaes used for?")
    cited = [source.section for source in answer.sources]
    assert "vaes#what-vaes-are-used-for" in cited


def test_an_answer_that_already_says_the_second_ask_is_unchanged(tutor: Any) -> None:
    # "what is a gan and how does it work": the generator-and-discriminator section says both.
    answer = tutor.ask("what is a gan and how does it work?")
    assert len(answer.sources) == 1 or answer.sources[1].section.startswith("gans#")
