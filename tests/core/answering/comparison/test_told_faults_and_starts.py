"""Comparisons (stop 41, cmpa41): sides found and aspects asked of each.

Worded apart from the probes (`benchmarks/probes/cmpa41-s41/`); each fails on the code before it:

- where each side starts when it makes something ("what does each start from"): each side's own
  section that says it (the GAN generator's noise, the VAE's latent point), not the course's
  comparison of the two, which never says it (``comparison.origin_unsaid``, ``_stating_origin``);
- two faults told, then "one fault or two?": each side searched by its fault's course name
  (``comparison.told_fault``), the asking clause read (``shapes._TOLD_PAIR``);
- "one predicts X, one writes Y ... how would i test each": two sides (``shapes.described_pair``),
  the evaluation asked of each (``comparison.ASKS_TESTING_EACH``), and "fail" foretold by the
  predicting side no weakness asked (``comparison._without_job_failure``);
- a side described by how it is taught set against one named by the course's word ("an agent"):
  the described side by its course name (``shapes.learning_kind_half_named``);
- a chatbot side that says what it does is not answered from a section on a chatbot's size
  (``comparison._property_asked``).
"""

from __future__ import annotations

from typing import Any

from tutor.core.answering import comparison, shapes

GENERATOR = "gans#the-generator-and-the-discriminator"
VAE_SAMPLES = "vaes#generating-new-samples-from-the-latent-space"
HALLUCINATION = "hallucination#what-hallucination-means"
MODE_COLLAPSE = "gans#mode-collapse-when-a-gan-loses-variety"


def test_where_each_side_starts_is_answered_from_each_sides_own_section(tutor: Any) -> None:
    answer = tutor.ask("a vae versus a gan: what does each one start with when it draws a fresh image?")
    assert set(s.section for s in answer.sources) == {GENERATOR, VAE_SAMPLES}
    assert "random numbers" in answer.text and "latent space" in answer.text


def test_the_course_comparison_answers_when_no_start_is_asked(tutor: Any) -> None:
    answer = tutor.ask("a vae versus a gan: which one trains more steadily?")
    assert [s.section for s in answer.sources] == ["vaes#vaes-compared-with-gans"]


def test_origin_unsaid_reads_the_start_asked() -> None:
    from tutor.core.knowledge import load_course

    compared = load_course().section("vaes#vaes-compared-with-gans")
    assert comparison.origin_unsaid("where does each begin?", compared)
    assert comparison.origin_unsaid("what do they start from", compared)
    assert not comparison.origin_unsaid("which is sharper?", compared)


def test_two_told_faults_asked_one_or_two_get_each_faults_section(tutor: Any) -> None:
    answer = tutor.ask(
        "the quiz bot invented a rule our club never had, and our mascot generator only ever makes one kind of "
        "badge picture. is that one problem or two?"
    )
    assert set(s.section for s in answer.sources) == {HALLUCINATION, MODE_COLLAPSE}


def test_told_fault_names() -> None:
    assert comparison.told_fault("the poster generator keeps spitting out the exact same face") == "mode collapse"
    assert comparison.told_fault("the assistant confidently invented a bus timetable") == "hallucination"
    assert comparison.told_fault("a model that sorts invoices") == ""


def test_one_fault_or_two_closes_a_told_pair() -> None:
    assert shapes.told_pair(
        "the bot made up a refund rule, and the logo tool only ever draws two designs. is that one fault or two?"
    ) == ("the bot made up a refund rule", "the logo tool only ever draws two designs")


def test_one_does_this_one_does_that_then_how_to_test_each() -> None:
    question = (
        "school office, two ai pilots: one predicts which pupils will fail their mocks, one writes the parents' "
        "newsletter. how would we check each one?"
    )
    assert shapes.detect(question).sides == (
        "one that predicts which pupils will fail their mocks", "one that writes the parents' newsletter",
    )
    assert comparison.ASKS_TESTING_EACH.search(question)
    assert not comparison.ASKS_TESTING_EACH.search("how do i check the facts it gives me?")
    # the failing foretold is no weakness asked of the side
    assert comparison.side_polarity(comparison._without_job_failure("one that predicts which pupils will fail")) is None
    assert comparison.side_polarity(comparison._without_job_failure("where does ml fail")) is not None


def test_a_described_way_of_learning_against_a_named_one_is_renamed() -> None:
    assert shapes.learning_kind_half_named(
        ("one that has us tag every past order as good or bad", "one that lets an agent learn by trial and error")
    ) == ("supervised learning", "one that lets an agent learn by trial and error")
    assert shapes.learning_kind_half_named(("supervised learning", "reinforcement learning")) is None


def test_a_chatbot_that_says_what_it_does_is_not_answered_by_its_size(tutor: Any) -> None:
    answer = tutor.ask("a fraud model that flags odd payments vs a chatbot that writes our weekly newsletter, what's each doing?")
    assert "language-models#what-makes-a-language-model-large" not in [s.section for s in answer.sources]
