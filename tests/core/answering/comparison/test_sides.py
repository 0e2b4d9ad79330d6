"""Comparisons (stop 27, probes ``benchmarks/probes/comparisons-s27``).

Each class was seen on fresh comparison questions; each test here is worded apart from the probes
and fails on the code before it:

- what is asked of both sides as a comparative ("which is riskier", "what's cheaper") is asked
  with the course's word for it ("risk", "cheap"): analysed, "riskier" never met "The risk is
  larger for generative AI than for a classifier";
- a question about both after a dash ("A vs B - is one of them X") is no part of the second side;
- what both sides ask after their verb ("what does A do well vs what B does well"), when parallel
  headings give it to each side ("What machine learning does well" / "What generative AI does
  well"), is answered from those, not from a section on both that says the word in passing;
- a side's part that says its section's count ("brings three main benefits") keeps each item the
  count announces ("The first benefit ...", "A second ...", "A third ...").
"""

from __future__ import annotations

from tutor.core.answering import shapes


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_comparative_asks_with_the_courses_word(tutor) -> None:
    answer = tutor.ask("which one is riskier, a hiring model trained on biased decisions or a text generator writing toxic stuff")
    assert "ethics-and-regulation#biased-or-harmful-generated-content" in _cited(answer)
    assert "risk is larger" in answer.text


def test_a_question_after_a_dash_is_no_part_of_the_second_side() -> None:
    assert shapes.comparison_sides("a chess engine vs an essay bot - is one of them generative ai") == ("chess engine", "essay bot")
    assert shapes.comparison_sides("gans or vaes — are both of them unsupervised?") == ("gans", "vaes")


def test_what_both_sides_do_well_is_answered_from_the_parallel_sections(tutor) -> None:
    answer = tutor.ask("what does generative ai do well versus what machine learning does well")
    assert set(_cited(answer)) == {
        "benefits-and-limitations#what-generative-ai-does-well",
        "benefits-and-limitations#what-machine-learning-does-well",
    }
    # A word both names share is not asked of them: the section on both still answers.
    answer = tutor.ask("supervised learning vs reinforcement learning when it comes to data")
    assert _cited(answer)[0] == "data-and-compute#data-needs-of-supervised-unsupervised-and-reinforcement-learning"


def test_a_part_that_announces_a_count_keeps_every_item(tutor) -> None:
    answer = tutor.ask("machine learning's strengths vs generative ai's strengths")
    assert "content production" in answer.text  # generative AI's first benefit
    assert "detects anomalies" in answer.text  # machine learning's second
