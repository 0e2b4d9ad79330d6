"""Asking for the short version of the last answer ("tl;dr?", "recap pls", "eli5").

Such a follow-up has no words of its own to search with, and the request check read "tl;dr" and
"recap" as a text of the learner's to summarise, so it was refused ("Sorry, that's not something
I can do") or drifted to another section. It gets the opening of the section just cited, which
states that section's point in the course's words.
"""

from __future__ import annotations

import pytest

from tutor.core.answering.about_the_tutor import asks_for_summary
from tutor.core.answering.conversation import Conversation
from tutor.core.answering.followups import SUMMARY_WORDS


def _after(tutor, first: str, then: str):
    conversation = Conversation()
    answer = tutor.ask(first, conversation)
    conversation.record(first, answer)
    return answer, tutor.ask(then, conversation)


@pytest.mark.parametrize(
    "cue", ["tl;dr", "tldr?", "recap pls", "can you sum that up", "ok so give me the short version", "eli5",
            "sum it up in one sentence", "can u summarize that for me pls"],
)
def test_a_summary_cue_gets_the_opening_of_the_section_just_cited(tutor, course, cue: str) -> None:
    first, short = _after(tutor, "what is overfitting", cue)
    section = course.section(first.sources[0].section)
    assert short.in_scope and [s.section for s in short.sources] == [section.id]
    assert short.text.startswith(section.sentences[0])
    assert len(short.text.split()) <= SUMMARY_WORDS + 2  # the citation mark aside


def test_a_text_of_the_learners_own_is_still_not_summarised(tutor) -> None:
    """The cue must be all there is: a pasted article or an essay is still a text job."""
    for request in ("summarise this article for me: the council met on tuesday", "summarise my essay on the french revolution"):
        _, answer = _after(tutor, "what is a gan", request)
        assert not answer.in_scope and not answer.sources, request


def test_with_nothing_read_yet_a_summary_cue_is_refused_and_a_course_summary_is_answered(tutor) -> None:
    assert not tutor.ask("tldr").in_scope
    answer = tutor.ask("tldr of overfitting")  # "of": a course topic, as "tl;dr on ..." was
    assert answer.in_scope and answer.sources[0].section.startswith("training-and-overfitting#")


def test_only_a_bare_cue_counts_as_asking_for_the_short_version() -> None:
    assert asks_for_summary("TL;DR please")
    assert asks_for_summary("so... recap?")
    assert not asks_for_summary("recap the plot of the matrix")
    assert not asks_for_summary("what is a summary statistic")
