"""Honest limits in both directions (added in stop 35, benchmarks/probes/near35-s35).

What the lead noticed and these fix, each as a class:
- a doer named by a "-ment" word made from no verb ("parliament") was taken for an action noun,
  so "how does parliament decide laws" was declined naming parliament instead of refused, and
  politics was described in two words among the other subjects;
- a device named by a mechanism head ("cruise control") was weighed as a living doer by its
  first word and refused as another subject;
- a subject word with an everyday sense ("clouds") alone made a weather question the course's;
- an idiom's plain word after a light verb ("come unstuck") was declined as an untaught term;
- the spelling mender turned words that extend a course or everyday word into it ("blurb" ->
  "blur", "crypto" -> "crypt");
- a capital name that is also a word or a person's name ("ELIZA"), told and then asked about as
  "it", was passed over for a compound of the sentence ("therapy chatbot");
- a marked name stopped inside the course's name of the subject ("zero-knowledge machine"), and a
  coined name on a course abbreviation ("zkML") was pointed at any section its noise matched;
- a product named as an example after a hedge ("something like Kensho") was no name, or ran
  into its verb ("zestimate decide");
- the judge passed a near miss without a ``term`` when the tutor refused it.

The wordings here are fresh, none of them a probe's.
"""

from __future__ import annotations

import learner_judge
import pytest

from tutor.core.answering.answers import Answer
from tutor.core.answering.doers import frame_doers
from tutor.core.answering.refusal_texts import OTHER_SUBJECT_TEXT, OUT_OF_JOB_TEXT


def _declined(answer) -> bool:
    return not answer.in_scope and not answer.sources


@pytest.mark.parametrize(
    "question",
    [
        "how does parliament pass a budget",
        "how does parliament decide laws",
    ],
)
def test_parliament_is_another_subject(tutor, question: str) -> None:
    answer = tutor.ask(question)
    assert _declined(answer)
    assert answer.text == OTHER_SUBJECT_TEXT, answer.text


def test_a_ment_word_made_from_no_verb_is_a_doer() -> None:
    assert frame_doers("how does parliament decide laws") == [("parliament", "parliament")]
    # a "-ment" word made from a verb still names an action, not who acts
    assert frame_doers("how does payment decide anything") == []


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how does traction control work", "traction control"),
        ("how does cruise control work", "cruise control"),
    ],
)
def test_a_device_named_by_a_mechanism_head_is_declined_by_name(tutor, question: str, term: str) -> None:
    answer = tutor.ask(question)
    assert _declined(answer)
    assert answer.text.startswith(f"The course does not cover {term}."), answer.text


def test_a_mechanism_is_no_living_doer() -> None:
    assert frame_doers("how does cruise control work") == []
    # the immune system still is one
    assert frame_doers("how does the immune system know what to attack")


def test_a_subject_word_in_its_everyday_sense_alone_is_decided_by_meaning(tutor) -> None:
    answer = tutor.ask("how do clouds know when to rain")
    assert answer.text == OTHER_SUBJECT_TEXT, answer.text
    # the computing sense, asked as the course's subject, is still the course's
    answer = tutor.ask("what does a reinforcement learning agent do")
    assert answer.in_scope


def test_an_idiom_is_no_untaught_term(tutor) -> None:
    answer = tutor.ask("what does it mean for a project to come unstuck")
    assert not answer.in_scope
    assert "does not cover come unstuck" not in answer.text, answer.text
    # asked of AI, the idiom asks a course question
    assert tutor.ask("why do ai projects come unstuck").in_scope


def test_the_mender_keeps_words_that_extend_a_known_word(tutor) -> None:
    from tutor.core.answering.vocabulary import extends

    assert extends("blurb", "blur") and extends("crypto", "crypt")
    assert not extends("tokenn", "token")  # a doubled letter is a slip
    corrected = tutor.vocabulary.correct("is crypto a blurb")
    assert "crypto" in corrected and "blurb" in corrected, corrected
    # slips are still mended
    assert tutor.vocabulary.correct("what is temprature in lerning") == "what is temperature in learning"


def test_a_capital_name_told_then_asked_about_as_it_is_the_term(tutor) -> None:
    answer = tutor.ask("a friend told me about JOSH, a scheduling bot from the 90s. how did it decide?")
    assert _declined(answer)
    assert answer.text.startswith("The course does not cover JOSH."), answer.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how does homomorphic machine learning work", "homomorphic machine learning"),
        ("is quantum machine learning a real thing", "quantum machine learning"),
    ],
)
def test_a_name_ends_with_the_courses_name_of_the_subject(tutor, question: str, term: str) -> None:
    answer = tutor.ask(question)
    assert _declined(answer)
    assert answer.text.startswith(f"The course does not cover {term}."), answer.text
    # the closest section is where the course says what machine learning is
    assert '"What is machine learning > ' in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "how does something like Kensho decide which news moves a stock",
        "how do tools such as Kensho decide which news matters",
    ],
)
def test_a_hedged_example_name_is_the_term(tutor, question: str) -> None:
    answer = tutor.ask(question)
    assert _declined(answer)
    assert answer.text.startswith("The course does not cover Kensho."), answer.text


def test_a_hedge_does_not_run_a_name_into_its_verb(tutor) -> None:
    answer = tutor.ask("how does something like Zestimate decide what a house is worth")
    assert answer.text.startswith("The course does not cover zestimate."), answer.text


def test_an_everyday_product_after_a_hedge_is_still_read_as_its_kind(tutor) -> None:
    answer = tutor.ask("how does something like Netflix pick films for me")
    assert answer.in_scope and answer.sources[0].section.startswith("ml-applications#recommendation")


def test_a_coined_name_on_a_course_abbreviation_points_where_the_course_defines_it(tutor) -> None:
    answer = tutor.ask("what's TinyML all about")
    assert _declined(answer)
    assert answer.text.startswith("The course does not cover TinyML."), answer.text
    assert '"What is machine learning > ' in answer.text, answer.text


class _Refuses:
    """A stand-in tutor that refuses every question as outside its job."""

    def ask(self, question: str, conversation: object = None) -> Answer:
        return Answer(question=question, text=OUT_OF_JOB_TEXT, in_scope=False)


def test_the_judge_fails_a_refused_near_miss_with_or_without_a_term() -> None:
    for case in (
        {"kind": "near_miss", "question": "what is conformal prediction", "in_scope": False},
        {"kind": "near_miss", "question": "what is conformal prediction", "in_scope": False,
         "term": "conformal prediction"},
    ):
        verdict = learner_judge.judge(_Refuses(), case)
        assert not verdict.ok, verdict.why
    # an out-of-job case refused still passes
    case = {"kind": "out_of_job", "question": "write my essay", "in_scope": False}
    assert learner_judge.judge(_Refuses(), case).ok


def test_no_untaught_term_is_listed_in_two_families() -> None:
    # Listed twice, the later family's lessons silently won ("mixture of experts" was pointed at
    # recommendation systems by a second listing, "mixture-of-experts", in another family).
    import tomllib

    from tutor.core import paths
    from tutor.core.answering.term_names import term_tokens

    families = tomllib.loads((paths.knowledge_dir() / "not_taught.toml").read_text(encoding="utf-8"))["family"]
    seen: dict[str, str] = {}
    twice = []
    for family in families:
        for term in family["terms"]:
            key = "".join(t for t, _, _ in term_tokens(term))
            if key in seen and seen[key] != family["topic"]:
                twice.append((term, seen[key], family["topic"]))
            seen.setdefault(key, family["topic"])
    assert not twice, twice


def test_a_term_listed_once_is_pointed_at_its_familys_lessons(tutor) -> None:
    answer = tutor.ask("how does a mixture of experts model decide which expert to use")
    assert _declined(answer)
    assert "Recommendation systems" not in answer.text, answer.text
