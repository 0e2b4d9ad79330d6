"""Follow-ups re-asking a sentence already quoted (stop 30, said).

Worded apart from the probes; fails on the code before it:

- The first answer quoted a whole short section, which ends on the course's rule for telling two
  things apart ("A good habit is to ask what a system outputs: ..."). A follow-up asking how to
  tell them apart penalised that sentence as already said and answered with the rest of the
  section without it. The rule ("A good habit / a useful test is to ask ...") is how the thing is
  told, so the "notice" aspect's cue now names it, and the follow-up keeps it although it was said.
"""

from __future__ import annotations

import re

import learner_judge

from tutor.core.answering import compose


def test_the_course_rule_for_telling_apart_is_how_it_is_told() -> None:
    sentences = [
        "A good habit is to ask what a system outputs: if it outputs new content, it is generative AI.",
        "A useful test is to ask whether the answer could sensibly be halfway between two values.",
        "Generative AI is one part of that field.",
    ]
    assert list(compose.names_asked_notice("how would i tell the two apart", sentences)) == [1, 1, 0]


def test_a_follow_up_asking_how_to_tell_keeps_the_rule_already_quoted(tutor) -> None:
    answer = learner_judge.converse(tutor, ["is generative ai basically the same thing as ai", "ok but how would i know which one a product is"])
    assert answer.in_scope
    assert re.search(r"what a system outputs", answer.text), answer.text
