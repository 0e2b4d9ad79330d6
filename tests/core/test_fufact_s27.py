"""Follow-ups, stop 27: the sentence that states what a follow-up asks, in a section the learner
has just read (``benchmarks/probes/fufact-s27`` and the earlier stops' read probes of the class),
tested here in other words than the probes'.

- A follow-up asking for a value whose own words are only the kind of value ("in what year") is
  about the previous question's subject: the sentence stating the market's forecast year, not the
  ones that happen to say "years".
- A follow-up asking for a name ("who is making these", "which companies ...") prefers, and does
  not leave out as already said, the sentences that name one ("Companies such as Runway ...").
- "real examples of it?": the words asking for an example are not words of the subject; the
  course says "examples" mostly of data ("training examples"), and those sentences came first.
- "what about the decoder?" after the encoder, read in full as "what does the decoder in a vae
  do": the sentence whose subject is the decoder answers, not the opening that names both parts.
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import compose

MARKET = "future-trends#a-market-projected-to-reach-740-billion-dollars-by-2030"
TEXT_TO_VIDEO = "future-trends#text-to-video-the-next-frontier-for-generative-ai"
AUGMENTATION = "generative-ai-applications#data-augmentation-with-synthetic-training-examples"
ENCODER = "vaes#encoder-latent-space-and-decoder"


def test_a_year_asked_after_a_forecast_is_the_forecast_s_year(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is the market for ai going to reach", "in what year"])
    assert answer.sources[0].section == MARKET
    assert "2030" in answer.text


def test_who_makes_it_is_answered_with_the_name(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is text-to-video", "who is making these"])
    assert answer.sources[0].section == TEXT_TO_VIDEO
    assert "Runway" in answer.text


def test_asks_for_a_name() -> None:
    assert compose.asks_value("whos behind it")
    assert compose.asks_value("which companies offer that")
    assert not compose.asks_value("who labels the data")  # a who, not a name the course gives
    sentences = ["Companies such as Runway improve video models.", "In December 2023, the EU agreed.", "GANs and VAEs make images."]
    assert list(compose.names_asked_value("who is building it", sentences)) == [1.0, 0.0, 0.0]


def test_the_words_asking_for_an_example_are_not_the_subject(tutor) -> None:
    answer = learner_judge.converse(tutor, ["data augmentation?", "real examples of it?"])
    assert answer.sources[0].section == AUGMENTATION
    assert "hospital" in answer.text


def test_the_new_subject_s_own_sentence_answers_a_switch(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what does a vae encoder do", "what about the decoder?"])
    assert answer.sources[0].section == ENCODER
    assert "The decoder takes a position" in answer.text
