"""An "it" that is no machine at work, stop 32 (helper workasks2; probes in
``benchmarks/probes/workasks2-s32``), tested in other words than the probes'.

- A first question that tells what an unnamed "it" does is about the machine the course teaches
  (``search._unnamed_machine``), so the section router answers it. English also uses a dummy
  "it" (the weather, "how is it going", the stand-in subject of "it takes ages to ...", "is it
  worth it", "is it fine to ..."), and an "it" given a chore by a phrasal verb of arranging or
  fetching ("sort out", "pick up", "get us") or a verb of arranging or contacting ("organise",
  "book", "ring") does no model's task: neither is read as the machine (such questions were
  answered from the router's guess whenever its vote crossed the bar).
"""

from __future__ import annotations

from tutor.core.answering.search import _unnamed_machine


def test_a_dummy_or_chore_it_is_no_machine_at_work() -> None:
    for question in (
        "is it gonna be cold at the allotment tomorrow",
        "will it drizzle during the parade",
        "how is it going with the move",
        "it took ages to find a parking space this morning",
        "is it fine to leave the heating on overnight",
        "is it worth it doing the night bus",
        "does it depend on the weather",
        "can it sort out the lockers for the new cleaners",
        "could it pick the cakes up from the bakery",
        "can it get us a quote for new carpets",
        "can it organise the quiz night",
        "would it ring the plumber for me",
    ):
        assert not _unnamed_machine(question), question


def test_an_it_doing_a_models_task_is_still_the_machine() -> None:
    for question in (
        "can it sort the complaints from the compliments",
        "could it pick out which bottles are underfilled",
        "would it pick up on a till that comes up short every friday",
        "why is it going wrong on blurry photos",
        "does it get worse if the data is old",
        "it looks for odd spikes in the meter readings, how",
        "is it going to forget what it learned before",
    ):
        assert _unnamed_machine(question), question
