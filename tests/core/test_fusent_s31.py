"""Follow-ups that ask how / why / what-if of the topic just explained (stop 31, fusent).

Worded apart from the probes (benchmarks/probes/fusent-s31/); fails on the code before it:

- A follow-up that points at the topic by a pronoun ("it") asks its own words of the topic: in a
  section on several things (sampling: greedy, temperature, top-k, top-p) the sentence naming the
  topic answers, even when the first answer said it. Its own words ("cranking up") are no course
  wording, so scored by them alone the topic's sentence came last.
- A follow-up answered from the section just quoted and another one whose sentences answer it
  better (the loss, then how it is pushed down: gradient descent): the other section is told with
  the full follow-up budget, so its slope / downhill sentence is not left out for the shortest one
  that fits half of it.
"""

from __future__ import annotations

import re

from learner_judge import converse


def test_a_pronoun_for_the_topic_picks_the_topics_sentence(tutor) -> None:
    answer = converse(tutor, ["what does the temperature knob on an llm do", "and cranking it all the way up does what?"])
    assert re.search(r"flattens|unlikely tokens|nonsense", answer.text), answer.text


def test_the_section_that_answers_better_is_told_in_full(tutor) -> None:
    answer = converse(tutor, ["what is cross-entropy loss", "how does a network push it down during training?"])
    assert re.search(r"slope|downhill", answer.text), answer.text
