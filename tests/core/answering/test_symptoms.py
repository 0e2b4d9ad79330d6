"""``symptoms.told_terms``: the shapes are read once per text, and fast on a long message."""

from __future__ import annotations

import re
import time

from tutor.core.answering import symptoms


def test_the_shapes_told_anywhere_are_read_from_the_start_only() -> None:
    """The three shapes whose halves may lie anywhere (clustering, dimensionality reduction,
    hand-written rules) are anchored at the start: unanchored, ``search`` ran the same scan again
    from every later position, and a long story took most of a second."""
    story = "our warehouse team logs every pallet move and we keep wondering about the shift rotas. " * 25
    # (This thread's CPU time: process time also counts other threads of the test process, and
    # in a full run, stop 48, it once read 0.35 s for a scan that takes 5 ms alone.)
    start = time.thread_time()
    assert symptoms._told_terms.__wrapped__(story) == ()
    assert time.thread_time() - start < 0.1  # ~0.7 s unanchored, ~3 ms anchored


def test_anchored_shapes_still_find_halves_told_late_in_a_message() -> None:
    """Anchoring changes no verdict: both halves found after a long preamble, in either order."""
    preamble = "i run a small depot and we have a lot of paperwork to get through every week. " * 4
    told = {
        "clustering": "can it sort our customers into groups without us telling it what the groups are",
        "dimensionality reduction": "we track 300 indicators that are correlated, can we squash them into 3",
        "hand-written rules": "the app knows every leaf, did someone type in the rules for each one",
    }
    for term, question in told.items():
        assert term in symptoms.told_terms(preamble + question), term
        unanchored = {
            "clustering": symptoms._CLUSTER_TOLD, "dimensionality reduction": symptoms._REDUCE_TOLD,
            "hand-written rules": symptoms._RULES_TOLD,
        }[term]
        assert unanchored.pattern.startswith(r"\A")
        assert bool(re.compile(unanchored.pattern[2:], unanchored.flags).search(preamble + question))


def test_told_terms_are_kept_per_text_and_handed_out_as_fresh_lists() -> None:
    question = "it was spot on with the vendor's test data but useless on our own customers, why"
    symptoms._told_terms.cache_clear()
    first = symptoms.told_terms(question)
    first.append("changed by a caller")
    again = symptoms.told_terms(question)
    assert again == ["overfitting"]
    assert symptoms._told_terms.cache_info().hits == 1
