"""Comparisons, stop 32 (cmpsent): what the learner asks of both sides picks each side's sentences,
tested in other words than the probes in ``benchmarks/probes/cmpsent-s32``.

- "A vs B - does either one do it on purpose?": each side's part is scored for the side's own
  search, whose words (the side's name, said all through its section) outweighed the one word
  asked of both ("purpose"); the words asked of both now weigh on their own
  (``Comparing._asked_of_both``), so the hallucination side keeps its sentence on intent, not
  only its definition.
"""

from __future__ import annotations

HALLUCINATION = "hallucination#what-hallucination-means"
DEEPFAKES = "ethics-and-regulation#deepfakes-and-the-argentine-election-poster"


def test_the_dimension_asked_of_both_picks_a_sides_sentence(tutor) -> None:
    answer = tutor.ask("a chatbot that makes up a statistic vs a deepfake of a singer - does either one do it on purpose?")
    assert [s.section for s in answer.sources] == [HALLUCINATION, DEEPFAKES]
    assert "not lying on purpose" in answer.text
