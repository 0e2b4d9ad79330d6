"""A declined question's untaught name ends at the name, not at the question's verb (stop 31,
termverbs).

Worded apart from the probes (``benchmarks/probes/termverbs-s31``); fails on the code before it:
the term a decline quotes took the words written next to the untaught word, so the verb of a
question whose subject is the name ran into it ("The course does not cover driverless forklifts
find"). A question opened by an auxiliary has its subject followed by its verb: a word that takes
an object or clause ("restock the", "sort out"), or the base form right after a plural noun, ends
the name (``scope.reads_as_verb``).
"""

from __future__ import annotations

import re

from tutor.core.answering.scope import reads_as_verb
from tutor.core.words import tokenize

_QUOTED = re.compile(r"does not cover (.+?)\. ", re.I)


def _quoted(answer) -> str | None:
    found = _QUOTED.search(answer.text + " ")
    return found.group(1).lower() if found else None


def test_an_untaught_verb_taking_an_object_is_not_part_of_the_name(tutor) -> None:
    answer = tutor.ask("how do grocery pickbots restock the shelves")
    assert not answer.in_scope
    assert _quoted(answer) == "grocery pickbots"


def test_the_base_form_after_a_plural_name_is_the_verb(tutor) -> None:
    answer = tutor.ask("how do agribots find ripe strawberries")
    assert not answer.in_scope
    assert _quoted(answer) == "agribots"


def test_the_rule_reads_only_a_subject_of_an_auxiliary_question() -> None:
    words = tokenize("can warehouse pickbots sort the parcels")
    assert reads_as_verb(words, 3, 1)
    # no auxiliary before the name: a statement's words are left as they were
    words = tokenize("warehouse pickbots sort the parcels")
    assert not reads_as_verb(words, 2, 0)
    # an -ing word after a plural is a compound ("do sales forecasting tools ...")
    words = tokenize("do sales forecasting tools need data")
    assert not reads_as_verb(words, 2, 1)


def test_a_covered_question_of_the_same_shape_is_still_answered(tutor) -> None:
    answer = tutor.ask("how do spam filters work out which mails are junk")
    assert answer.in_scope
