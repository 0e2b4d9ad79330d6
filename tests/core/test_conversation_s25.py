"""Follow-ups, stop 25: classes found with the fresh probes in ``benchmarks/probes/followups-s25``
(work half), tested here in other words than the probes'.

- A follow-up of aspects alone ("sounds great, so whats the catch?") after an answer that quoted
  a whole section: the seen penalty and the naming bonus denied to the sections just cited both
  pushed that section below a sibling of another lesson, although its own sentence answers the
  aspect ("The catch is that ..."). ``_back_to_the_quoted`` now undoes both.
- Everyday ways of asking to reduce something ("make it happen less", "less likely", "cut down
  on it") ask for the remedy, as "reduce" and "prevent" did.
- Chat shorthand ("why would u ...") hid the aspect a follow-up asks about: aspect cues read the
  question with the shorthand spelt out (``shapes.normalise``), and "diff from" is "different
  from" for every step of answering, not only for the shape.
- "the formula for recall" was declined as maths the course never gives, though the course writes
  that one out ("... equals TP / (TP + FN)"); a formula it never writes is still declined.
- "any alternatives?" asks for what the course offers in a thing's place ("DBSCAN is a
  density-based alternative", "alternative losses such as the Wasserstein loss").
- A follow-up asking to hear again what an answer already said ("when was it agreed again?",
  "remind me what the formula was") had that very sentence pushed away by the rules that keep
  answers from repeating (the learner was taken to want something new); "again", "remind me"
  now stand those rules aside and the answer is told short, with the topic. "remind", "wait"
  name no topic of their own, and "the formula" asks for the sentence that writes it out.
- A reaction that opens a follow-up ("sounds great, so whats the catch?", "ok cool. how long
  does it take?") names nothing: searched with it, "sounds" and "great" were taken for its topic.
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering import compose, shapes
from tutor.core.answering import conversation as conversation_module

FEEDBACK = "reinforcement-learning#feedback-from-an-environment-instead-of-a-dataset"
REDUCE = "hallucination#how-to-spot-and-reduce-hallucination"
DIMENSIONS = "unsupervised-learning#dimensionality-reduction-simplifies-complex-data"
MUSIC = "generative-ai-applications#music-composition-and-personalised-playlists"
CONFUSION = "evaluating-models#precision-and-recall-computed-from-a-confusion-matrix"


def test_a_bare_catch_after_a_whole_section_comes_back_to_it(tutor) -> None:
    answer = learner_judge.converse(tutor, ["does an rl agent need a table of examples to learn from", "right, so whats the catch"])
    assert answer.in_scope
    assert answer.sources[0].section == FEEDBACK
    assert "capture the real goal" in answer.text


def test_making_it_happen_less_asks_for_the_remedy(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why do chatbots invent fake quotes", "any way to make them happen less?"])
    assert answer.in_scope
    assert answer.sources[0].section == REDUCE
    assert "can be reduced" in answer.text


@pytest.mark.parametrize("question", ["any way to make it happen less?", "how do we make them less likely", "how can i cut down on it"])
def test_everyday_reducing_is_the_remedy_aspect(question: str) -> None:
    assert "fix" in compose.asked_aspects(question)


def test_chat_shorthand_keeps_the_aspect_asked() -> None:
    assert "purpose" in compose.asked_aspects("why would u ever want that")
    assert compose.asked_aspects("why would u ever want that") == compose.asked_aspects("why would you ever want that")


def test_why_would_u_want_it_gets_what_it_is_good_for(tutor) -> None:
    answer = learner_judge.converse(tutor, ["whats dimensionality reduction", "why would u want to squash columns"])
    assert answer.sources[0].section == DIMENSIONS
    assert "plot it" in answer.text


def test_diff_from_is_different_from_throughout(tutor) -> None:
    assert shapes.spell_diff("how is that diff from a recommender") == "how is that different from a recommender"
    assert shapes.spell_diff("whats the diff between gans and vaes") == "whats the diff between gans and vaes"
    answer = learner_judge.converse(tutor, ["can generative ai compose music", "how is that diff from a recommender picking songs"])
    assert answer.in_scope
    assert MUSIC in [s.section for s in answer.sources]
    assert "existing songs" in answer.text


@pytest.mark.parametrize(
    ("question", "formula"),
    [("what's the formula for precision?", "TP / (TP + FP)"), ("remind me the formula for recall", "TP / (TP + FN)")],
)
def test_a_formula_the_course_writes_out_is_answered(tutor, question: str, formula: str) -> None:
    answer = tutor.ask(question)
    assert answer.in_scope
    assert formula in answer.text


def test_a_formula_the_course_never_writes_is_still_declined(tutor) -> None:
    answer = tutor.ask("what's the formula for cross entropy")
    assert not answer.in_scope
    assert "does not cover" in answer.text


def test_any_alternatives_gets_the_alternative_the_course_names(tutor) -> None:
    answer = learner_judge.converse(tutor, ["k means", "whats an alternative"])
    assert answer.in_scope
    assert "DBSCAN" in answer.text


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("sounds great, so whats the catch", "so whats the catch"),
        ("ok cool. how long does it take?", "how long does it take?"),
        ("makes sense! any real examples", "any real examples"),
        ("how do sounds get generated", "how do sounds get generated"),
        ("ok cool", "ok cool"),
    ],
)
def test_a_reaction_that_opens_a_follow_up_names_nothing(question: str, rest: str) -> None:
    assert conversation_module.without_reaction(question) == rest


def test_a_follow_up_opening_with_a_reaction_is_answered_as_without_it(tutor) -> None:
    answer = learner_judge.converse(tutor, ["does an rl agent need a table of examples to learn from", "sounds great, so whats the catch"])
    assert answer.sources[0].section == FEEDBACK
    assert "capture the real goal" in answer.text


@pytest.mark.parametrize(
    ("question", "rest"),
    [("right, so whats the catch", "so whats the catch"), ("right answer or not?", "right answer or not?"), ("great question: why?", "great question: why?")],
)
def test_a_word_that_reacts_only_when_set_off(question: str, rest: str) -> None:
    assert conversation_module.without_reaction(question) == rest


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (["what does the eu ai act do", "when was it agreed again"], "December 2023"),
        (["eu ai act?", "what year was that agreed again"], "December 2023"),
        (["whats precision", "what was its formula again?"], "TP / (TP + FP)"),
    ],
)
def test_asking_again_gets_what_was_said(tutor, turns: list[str], said: str) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope
    assert said in answer.text
    assert len(answer.text.split()) < 90  # told short, not the paragraph again


def test_remind_me_is_no_subject_of_its_own(tutor) -> None:
    assert conversation_module.asks_again("remind me what the formula was")
    assert not conversation_module.asks_again("what is the formula for recall")
    answer = learner_judge.converse(tutor, ["what is precision", "remind me what the formula was again"])
    assert answer.in_scope
    assert answer.sources[0].section == CONFUSION
    assert "TP / (TP + FP)" in answer.text
