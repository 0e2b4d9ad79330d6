"""Follow-ups, stop 27: what was changed against the fresh probes in
``benchmarks/probes/followups-s27`` (work halves), tested here in other words than the probes'.

- A follow-up with words of its own that no section names distinctively ("wiggling" after
  k-means) was given the topic bonus as a follow-up of aspects only is ("biggest downside?"): every
  section naming the topic except the one just cited, so a sibling that repeats the topic's name
  (k-means failing on odd shapes) outranked the section that answers (how k-means stops). Meaning
  now decides among the topic's sections.
- In a conversation, a definition-framed question naming a compound of plain words headed by a
  plain noun for a part or a setting ("the lucky dip trick", "a sensible cutoff number") is the
  learner's description of something in the topic; it was declined as "The course does not cover
  lucky dip trick". Untaught terms asked as follow-ups ("beam search") are still declined.
- "the whole thing" ("when is the whole thing considered finished" after VAEs) points back as "it"
  does; with no pronoun the question was searched alone, found nothing and was refused as another
  subject.
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering.scope import CoursePhrases, uncovered_compound

HOW_K_MEANS = "unsupervised-learning#how-k-means-finds-clusters"
EXPLORATION = "reinforcement-learning#exploration-versus-exploitation"
SAMPLING = "language-models#sampling-temperature-top-k-and-top-p"


def test_everyday_words_of_its_own_leave_the_section_just_cited_in_the_running(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is k-means", "when does it stop wiggling"])
    assert answer.in_scope
    assert answer.sources[0].section == HOW_K_MEANS
    assert "stop moving" in answer.text


def test_a_trick_described_in_plain_words_is_not_an_untaught_term(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is exploration vs exploitation", "whats the lucky dip trick for it"])
    assert answer.in_scope
    assert answer.sources[0].section == EXPLORATION


def test_a_number_described_in_plain_words_is_not_an_untaught_term(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is top-p sampling", "whats a sensible cutoff number for it"])
    assert answer.in_scope
    assert answer.sources[0].section == SAMPLING


def test_an_untaught_term_asked_as_a_follow_up_is_still_declined(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do language models work", "and how does beam search work?"])
    assert not answer.in_scope
    assert "beam search" in answer.text


def test_only_a_conversation_reads_a_plain_head_as_a_description() -> None:
    phrases = CoursePhrases(["the course text"])
    assert uncovered_compound("whats the lucky dip trick", phrases, 0.4) == "lucky dip trick"
    assert uncovered_compound("whats the lucky dip trick", phrases, 0.4, following=True) is None
    assert uncovered_compound("whats the wildness slider thing", phrases, 0.4, following=True) is None
    assert uncovered_compound("what is a validation set", phrases, 0.4, following=True) == "validation set"


def test_the_whole_thing_points_back_as_it_does(tutor) -> None:
    # "the whole thing" after VAEs is the VAE: refused as another subject before.
    answer = learner_judge.converse(tutor, ["what is a vae", "when is the whole thing considered finished"])
    assert answer.in_scope
    assert answer.sources[0].section.startswith("vaes#")
