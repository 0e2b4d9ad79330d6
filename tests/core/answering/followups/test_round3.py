"""Follow-ups, round 3 (``tests/data/conversation/round3.toml``): 59 conversations written from
the lessons alone before looking at the answers, covering the forms earlier lists under-represent
(no-topic asks, pronouns after a comparison, "and X?", narrowing, "why?" alone, "give me an
example", "how do people fix that", "what's the catch", a topic two turns back, a new full
question, typos).

What a follow-up gets when the sentence that answers it was already said: that sentence again,
short, not the definition or a weaker section (the learner asks about it; "something new" only
matters when no sentence speaks to what is asked).

Measured on round 3: 42/59 untouched, 54/59 after the fixes (``FLOOR`` is 85%). Two more lists
of 16 written while the work went on, each before looking at its answers, on other topics: the
first (after the first fixes) 13/16 on main, 14/16 here; the second (after the rest) 10/16 on
main, 12/16 here before its failures were read, 14/16 after. Left failing in round 3: "who uses
it?" (the general services section outranks the one just quoted by more than any margin here),
"which one is cheaper to run?" with a
single subject, a strict fact on "real examples?", and two full questions whose single-question
answers miss (k-means' steps, what causes hallucination).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import learner_judge
import pytest

from tutor.core.answering import compose

ROUND3 = Path(__file__).resolve().parents[3] / "data" / "conversation" / "round3.toml"
CHECKS = ROUND3.with_name("round3_checks.toml")
FLOOR = 0.85


_talk = learner_judge.converse


def test_remedy_and_example_cues_hear_the_courses_wording() -> None:
    fix = compose.aspect_bonus("how do people fix that", ["Careful learning rates and patience are part of the craft.",
                                                          "Common cures for overfitting are more data."])
    assert fix.all()
    example = compose.aspect_bonus("give me a real example", ["Argentina's election gave an early example: a poster.",
                                                              "A labelled example is a pair."])
    assert example[0] and not example[1]
    catch = compose.aspect_bonus("what's the catch", ["DBSCAN does not need k, but it needs a distance setting.",
                                                       "A small model writes grammatical sentences but forgets facts."])
    assert catch.all()


def test_fixing_gan_instability_is_the_remedy_not_the_definition_again(tutor) -> None:
    answer = _talk(tutor, ["why is gan training unstable", "how do people fix that"])
    assert answer.sources[0].section == "gans#why-gan-training-is-unstable-and-costly"
    assert "Careful learning rates" in answer.text


@pytest.mark.parametrize(
    ("turns", "section", "reason"),
    [
        (["should you test a model on the data it trained on", "why?"],
         "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set", "says little"),
        (["do generative models just copy their training data?", "why not?"],
         "what-is-generative-ai#inspired-by-the-training-data-not-copied-from-it", "does not store"),
    ],
)
def test_why_alone_is_the_reason_for_what_was_just_said(tutor, turns, section, reason) -> None:
    answer = _talk(tutor, turns)
    assert [s.section for s in answer.sources] == [section]
    assert reason in answer.text


def test_the_catch_in_a_section_about_two_subjects_is_the_topics(tutor) -> None:
    answer = _talk(tutor, ["what does dbscan do", "what's the catch"])
    assert "distance setting" in answer.text


@pytest.mark.parametrize(("path", "least"), [(ROUND3, 40), (CHECKS, 30)])
def test_the_round3_lists_are_well_formed(path: Path, least: int) -> None:
    with path.open("rb") as handle:
        cases = tomllib.load(handle)["case"]
    assert len(cases) >= least
    assert all(2 <= len(c["turns"]) <= 3 and c["kind"] == "followup" for c in cases)
    problems = learner_judge.unstated_facts(cases)
    assert not problems, problems


@pytest.mark.slow
@pytest.mark.parametrize("path", [ROUND3, CHECKS])
def test_the_round3_conversations_are_answered(tutor, path: Path) -> None:
    with path.open("rb") as handle:
        cases = [{**case, "file": path.name} for case in tomllib.load(handle)["case"]]
    verdicts = [learner_judge.judge(tutor, case) for case in cases]
    share = sum(v.ok for v in verdicts) / len(verdicts)
    assert share >= FLOOR, learner_judge.report({"followup": verdicts})


def test_a_follow_up_with_slips_and_slang_stays_on_the_topic(tutor) -> None:
    answer = _talk(tutor, ["whats reinforcment learning", "wher is it used irl"])
    assert answer.in_scope
    assert answer.sources[0].section == "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"


def test_and_x_names_a_sibling_section_of_the_lesson_just_quoted(tutor) -> None:
    answer = _talk(tutor, ["how does ml help in customer support", "and in education?"])
    assert [s.section for s in answer.sources] == ["industry-use-cases#education-personalised-learning-paths-and-virtual-tutors"]
    # A heading naming both subjects compares them; it is no sibling ("and gans?" after VAE uses).
    answer = _talk(tutor, ["what are vaes used for", "and gans?"])
    assert answer.sources[0].section == "gans#what-gans-have-been-used-for"


def test_the_last_one_after_a_list_is_its_last_item(tutor) -> None:
    answer = _talk(tutor, ["what are the three types of machine learning", "tell me more about the last one"])
    assert answer.reading is not None and answer.reading.subject == "Reinforcement learning"
    assert answer.sources[0].section == "reinforcement-learning#agents-environments-actions-and-rewards"


def test_fixing_a_topic_is_answered_by_the_near_section_that_speaks_of_remedies(tutor) -> None:
    answer = _talk(tutor, ["why do language models hallucinate", "how do people fix that"])
    assert answer.sources[0].section == "hallucination#how-to-spot-and-reduce-hallucination"
    # "checked facts" describes facts; it tells no remedy.
    assert not compose.aspect_bonus("how do people fix that", ["It never learns a list of checked facts."]).any()


def test_an_aspect_the_subject_has_none_of_is_answered_by_its_lessons_section_on_it(tutor) -> None:
    answer = _talk(tutor, ["what is reinforcment learning", "whats exploration vs exploitation", "where is it used in practice?"])
    assert answer.sources[0].section == "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"


def test_one_of_an_announced_pair_is_told_with_the_other(tutor) -> None:
    """Set I's diagnosis: after grounding, "does this tutor do that?" is both ends of the
    spectrum the section announces (ordinary answers are extractive, /ask-gen is not)."""
    answer = _talk(tutor, ["what does grounding mean for a chatbot", "does this tutor do that?"])
    assert "extractive" in answer.text and "/ask-gen" in answer.text


def test_an_aspect_said_of_the_topic_itself_beats_the_aspect_in_general(tutor) -> None:
    answer = _talk(tutor, ["how do the demos in this tutor train their models", "how long does that take?"])
    assert answer.sources[0].section == "data-and-compute#why-this-tutor-s-demos-run-on-a-laptop-cpu"
    assert "in seconds" in answer.text


def test_how_come_alone_is_the_reason_from_the_cited_section_that_gives_one(tutor) -> None:
    answer = _talk(tutor, ["is a 98 percent accurate fraud model good?", "how come?"])
    assert answer.sources[0].section == "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
    assert "rare" in answer.text


def test_how_long_training_takes_is_taught_with_training_cost_unless_the_topics_lesson_says(tutor) -> None:
    answer = _talk(tutor, ["what is a large language model", "how long does that take to train"])
    assert answer.sources[0].section == "data-and-compute#training-cost-compute-expertise-and-time"
    answer = _talk(tutor, ["what is q-learning", "what is the q-table", "how long does it take to train?"])
    assert answer.sources[0].section == "reinforcement-learning#q-learning-in-the-frozenlake-grid-world"


def test_how_long_training_takes_after_a_whole_lessons_subject_is_its_duration_sentence(tutor) -> None:
    # Stop 36: after "what is reinforcement learning" every RL section scored alike on "how long
    # does it take to train?" and the uses section answered ("... huge numbers of matches"); the
    # sentence on how long learning goes on answers, as after Q-learning
    # (``conversation.training_time_hit``).
    for turns in (
        ["so what is reinforcement learning", "how long does it take to train?"],
        ["explain reinforcement learning simply", "does it take long to train"],
    ):
        answer = _talk(tutor, turns)
        assert answer.sources[0].section == "reinforcement-learning#q-learning-in-the-frozenlake-grid-world", turns
        assert "many more episodes" in answer.text or "many episodes" in answer.text, answer.text[:200]
    # A subject whose lesson says no duration of its own still goes to the training cost.
    answer = _talk(tutor, ["what is a large language model", "how long does that take to train"])
    assert answer.sources[0].section == "data-and-compute#training-cost-compute-expertise-and-time"
