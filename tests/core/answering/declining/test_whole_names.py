"""An untaught term is named whole (stop 41, helper lim41; probes in
``benchmarks/probes/lim41-s41``, from set ZY's near misses). Worded apart from the probes.

- The hyphened word right before a found term is part of its name ("leave-two-out
  cross-validation", "non-intrusive load monitoring"), unless it is plain English
  ("state-of-the-art", "real-time") or the course's own.
- A term ending in a hyphened word takes the head after it ("tree-of-thought prompting").
- A term found only in the job that opens the message ("grid planning engineer, keen on ...") is
  looked for in what follows.
"""

from __future__ import annotations

from tutor.core.answering.declining import _names_a_kind


def test_plain_hyphened_words_are_no_part_of_a_name(tutor) -> None:
    for word in ("state-of-the-art", "real-time", "so-called", "well-known", "ai-powered", "data-driven", "k-means"):
        assert not _names_a_kind(word, tutor.phrases), word
    for word in ("leave-two-out", "non-intrusive", "physics-informed", "tree-of-thought"):
        assert _names_a_kind(word, tutor.phrases), word


def test_the_decline_names_the_whole_term(tutor) -> None:
    for question, name in (
        ("heat pump installer. can you explain non-intrusive appliance monitoring, how it tells the heat pump from the oven on one meter?",
         "non-intrusive appliance monitoring"),
        ("grid planning engineer, keen on physics-constrained neural networks for load flow. how do they put the physics in?",
         "physics-constrained neural networks"),
        ("policy analyst: why does tree-of-thought prompting help a chatbot with harder puzzles?", "tree-of-thought prompting"),
    ):
        answer = tutor.ask(question)
        assert not answer.in_scope and not answer.sources, question
        assert name in answer.text.lower(), (question, answer.text)
