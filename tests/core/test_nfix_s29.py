"""Blind set N's non-comparison failures, fixed as classes (stop 29, helper nfix).

Each test is worded apart from set N and the probes, and fails on the code before it:

- joining words: "and who ...?", "but who ...?" after a course answer were measured with their
  opener, which alone moved a course follow-up past the other-subject margin (refused);
- a letter ordered with a word standing for it and an addressee or errand ("write one to my
  council asking ...") is out of the tutor's job;
- "how does X fit into it?" makes X what the next "it" stands for;
- "why ..." of a step is answered by the sentence saying what the step is for ("..., which
  estimates ...");
- "and gans?" after "how do X make Y" is answered by how gans work, not by what they are used for;
- a mark put on generated content ("watermark") is a near miss the course does not teach;
- a programmer's "hard-coded logic" is the course's rules written by hand (glossary).
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import requests


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_joining_word_does_not_make_a_follow_up_another_subject(tutor) -> None:
    from tutor.core.answering.conversation import Conversation

    conversation = Conversation()
    first = "how can generative ai help doctors"
    conversation.record(first, tutor.ask(first, conversation))
    # Measured with its "and", "who has the final call" read as closer to sport than to the course.
    follow_up = "and who has the final call?"
    assert not tutor._aside_of_another_subject(follow_up, follow_up, conversation)
    assert tutor._aside_of_another_subject("and the best pizza toppings?", "and the best pizza toppings?", conversation)


def test_a_letter_ordered_by_pronoun_with_an_addressee_is_refused() -> None:
    for text in (
        "brilliant lesson. so write one to the council asking them to fix the pothole",
        "now compose it to my bank disputing the charge",
        "just draft something apologising to my coach for missing practice",
    ):
        refusal = requests.classify(text)
        assert refusal is not None and refusal.kind == "out_of_job", text
    for text in ("how does a language model write one word at a time", "can you word it for my grandma"):
        assert requests.classify(text) is None, text


def test_a_subject_related_to_the_topic_is_what_the_next_it_means(tutor) -> None:
    answer = learner_judge.converse(
        tutor,
        ["how does a language model choose words", "how does temperature fit into it", "and if i turn it right down?"],
    )
    assert answer.in_scope
    assert "language-models#sampling-temperature-top-k-and-top-p" in _cited(answer)[:1]


def test_why_of_a_step_gets_what_the_step_is_for(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["walk me through making a spam filter", "why keep some of the emails aside?"]
    )
    assert "tomorrow" in answer.text


def test_how_a_model_makes_things_is_its_mechanism_not_its_uses(tutor) -> None:
    # A switch carries "how does it make them" to the new subject.
    answer = learner_judge.converse(tutor, ["how does a vae create new artwork", "and gans then?"])
    assert _cited(answer)[0] != "gans#what-gans-have-been-used-for"
    assert "generator" in answer.text


def test_a_watermark_on_generated_content_is_a_near_miss(tutor) -> None:
    answer = tutor.ask("is there a watermark hidden in chatgpt images, how would it be detected")
    assert not answer.in_scope
    assert "watermark" in answer.text.lower() and "does not cover" in answer.text


def test_a_programmers_logic_by_hand_is_the_courses_hand_written_rules(tutor) -> None:
    answer = tutor.ask("my whole job was hard-coded logic. so where do these systems get theirs")
    assert answer.in_scope
    assert _cited(answer)[0] == "what-is-ml#learning-from-data-instead-of-hand-written-rules"
