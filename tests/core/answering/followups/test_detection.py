"""Follow-ups, stop 23: what was changed against the fresh probes in
``benchmarks/probes/followups-s23`` (work half), tested here in other words than the probes'.

- A short question the course does not cover alone, in a conversation, leans on it when a
  sentence of the section just cited is close to it in meaning ("what proportion do folks
  normally pick" after the train/test split); an off-course question is near no such sentence
  and is still refused.
- "and for code?" after "how does generative ai compose music": the preposition has no object
  in the previous question, so it was read as narrowing the topic and found the music section
  again; the learner switches subject (code replaces music).
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.conversation import Conversation

SPLIT = "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set"


def test_a_short_question_near_a_sentence_just_cited_leans_on_it(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["how should i split my data into training and test sets", "what proportion do folks normally pick"]
    )
    assert answer.in_scope
    assert answer.sources[0].section == SPLIT
    assert "80 percent" in answer.text


def test_an_off_course_question_after_the_split_is_still_refused(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["how should i split my data into training and test sets", "who won the world cup in 2010"]
    )
    assert not answer.in_scope and not answer.sources


def test_a_switch_whose_preposition_has_no_object_replaces_the_subject(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how does generative ai compose music", "and for code?"])
    assert answer.in_scope
    assert answer.sources[0].section == "generative-ai-applications#code-audio-and-new-drug-molecules"
    assert answer.reading is not None and answer.reading.replaced == "music" and answer.reading.subject == "code"


def test_only_a_naming_phrase_is_replaced(tutor) -> None:
    """"make" and "ai" name nothing a subject could replace; "music" does."""
    conversation = Conversation()
    first = "how does gen ai make music"
    conversation.record(first, tutor.ask(first, conversation))
    reading = conversation_module.replaced_reading("what about for images", conversation, tutor.index)
    assert reading is not None
    assert reading.text == "how does gen ai make images"


def test_a_switch_with_an_object_to_replace_is_left_to_resolve(tutor) -> None:
    conversation = Conversation()
    first = "how is ai used in healthcare"
    conversation.record(first, tutor.ask(first, conversation))
    assert conversation_module.replaced_reading("and in finance?", conversation, tutor.index) is None


def test_the_section_just_cited_counts_as_read_by_the_share_quoted(tutor) -> None:
    """The penalty for the section just cited is weighed by how much of it the conversation
    quoted; a section being read in the lesson view counts as read in full."""
    conversation = Conversation()
    first = "what is data augmentation"
    conversation.record(first, tutor.ask(first, conversation))
    seen = tutor.index._seen(conversation)
    assert set(seen) == set(conversation.sections)
    assert all(0.0 < share < 1.0 for share in seen.values())
    reading = Conversation()
    reading.focus_on(tutor.course.section(conversation.sections[0].replace("/", "#")))
    assert tutor.index._seen(reading) == {conversation.sections[0]: 1.0}


def test_the_unread_rest_of_the_section_just_cited_answers(tutor) -> None:
    """"does medicine use it?" after data augmentation: its hospital example, in the part of the
    section the first answer did not quote, not the drug-discovery section."""
    answer = learner_judge.converse(tutor, ["whats data augmentation with gen ai", "does medicine use it?"])
    assert answer.sources[0].section == "generative-ai-applications#data-augmentation-with-synthetic-training-examples"
    assert "hospital" in answer.text
