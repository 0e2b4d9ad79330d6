"""Near misses: untaught topics made of course words, declined with the name the learner used.

Honest limits, stop 27 wave 2: machine-learning jargon made of plain English words, found with
the fresh probes in ``benchmarks/probes/limits2-s27`` (work half), tested here in other words.

- Jargon of the fields a learner meets next (LLM agents, benchmarks, alignment and AGI, RL
  vocabulary such as self-play, data engineering) was answered from a section that shares a word
  with it; the lexicon (``knowledge/not_taught.toml``) now lists it, family by family.
- A listed term that is also an everyday English word ("ensembles"), with no word of the subject
  right beside it, was not taken for the jargon; when the course had nothing for the question
  either, the decline said "That isn't covered" without naming what was asked. It is named now.
Course questions using the same words in the course's sense (an RL agent, a tokenizer's
vocabulary, the tools of the trade) are still answered.

Honest limits, stop 28 (wave 2): near misses made of course words, found with the fresh probes
in ``benchmarks/probes/refusals2-s28`` (work half) and the read near misses of earlier stops,
tested here in other words.

- The topic of more question forms is the thing they name: "what happens in/during X", "is X a
  (real/big) problem/risk/issue", "why do people talk about X", "what do people mean by X",
  "X explained", "how does X help ...". An untaught pair of words there was answered from a
  section that shares one of its words.
- Two course words the course never writes in a row nor uses together in a sentence, reading as a
  name ("label drift", "noise floor"), are vetoed by retrieval only as clearly as any untaught
  compound is (0.7), not at the looser 0.5 kept for a learner's description of a course idea.
  Descriptions keep the looser veto: a verb form, a quoted word, "bit"/"thing", a quantity such as
  "rate", the course's subject ("classic ml"), a pair the course talks about together ("image
  classifiers"), or words asked in a conversation ("whats the prize square worth").

Honest limits, stop 29: the edge of the course, found with the fresh probes in
``benchmarks/probes/limits-s29`` (work half), tested here in other words.

- A question declined with a bare "not covered" whose asking sentence holds one word the course,
  its asks and glossary never use, among at most five content words, names that word ("The
  course does not cover refund"); one such word among many is colour and is not named.

Near misses, stop 30: untaught topics named where learners name them, found with the fresh
probes in ``benchmarks/probes/nearmiss-s30`` (work half) and sets Q and R, tested here in other
words.

- A thing's name stands in more places than "what is X": "what was X", "how did X beat ...",
  "what happened at X", "when is X supposed to happen", "is X a type of ...", "what does the course
  say about X", "what's supposed to be in a X", "which X method", "would X find ...", also in the
  sentence after a preamble ("my colleagues use X. how reliable is X ..."). A name there that the
  course never writes is declined and named; one word counts only in a frame that asks what a
  thing is or was (``compounds._NAMING_FRAMES``).
- A task name ("<thing> <task noun>": "resume parsing", "footfall forecasting") the course never
  writes, nor talks about in any form ("handwriting recognition": the course recognises
  handwritten digits), is the topic of a first question retrieval matches only loosely, and the
  phrase a bare "not covered" names.

Near misses about a machine that senses and acts on its own, stop 30 (wave 2), found with the
probes in ``benchmarks/probes/term2-s30`` (work half), tested here in other words.

A declined question with no word of the course's subject was refused as another school subject.
The course's own words for a self-acting machine ("self-driving", "drones", "automated") and their
everyday kin ("driverless", "autopilot") name such a machine (``described.names_machine_at_work``): the
question asks how it works, a near miss declined as not covered, not a refusal; with no untaught
term found, the decline names the machine ("driverless tractors", ``doers.self_acting_machine``).

Near misses, stop 31: untaught names written in words that partly overlap the course, found
with the fresh probes in ``benchmarks/probes/names-s31`` (work half), tested here in other words.

- A misspelt word of a listed untaught term is mended to it before the look-up
  (``NotTaught._mended``): "colaborative filtering" is the listed "collaborative filtering", and
  the decline names it as the learner wrote it.
- A declined question whose one foreign word has a modifier names both, an aspect word included
  ("a risk parity model", not "parity") (``answer._with_its_name``).
- "the <word> problem" after a definition frame is a named idea ("the containment problem"),
  weighed as a term, not answered from a section sharing a word nor refused as another subject
  (``compounds._named_idea``).
- A text-fixing product named by its name ("spellchecker") is what a declined question full of
  misspellings asks about (``scope.product_named``).

From the old ``tests/core/test_nfix_s29.py`` (Blind set N's non-comparison failures, fixed as classes (stop 29, helper nfix)):
- ``test_a_watermark_on_generated_content_is_a_near_miss``

From the old ``tests/core/test_trial34_s34.py`` (The classes a learner met in the stop-34 chat trial (helper trial34), on the real model):
- ``test_a_company_named_bare_is_no_trade``
- ``test_a_named_ai_detector_is_declined``
- ``test_a_trade_named_by_its_people_is_declined_too``
- ``test_a_trade_the_course_covers_is_still_answered``
- ``test_an_untaught_trade_is_declined_with_the_industries_covered``
- ``test_spotting_a_deepfake_is_still_answered``
- ``test_telling_ai_written_text_apart_is_declined``
"""

from __future__ import annotations

import learner_judge
import pytest

from answering.reading import closest as _closest
from tutor.core.answering import refusal_texts
from tutor.core.answering.answer import TERM_NOT_COVERED


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how does an llm agent plan its next step", "llm agent"),
        ("when will we reach artificial general intelligence", "artificial general intelligence"),
        ("what does the mmlu score of a chatbot tell you", "mmlu score"),
        ("does self-play help an rl agent beat humans", "self-play"),
    ],
)
def test_jargon_of_neighbouring_fields_is_declined_by_name(tutor, question: str, term: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term=term)), answer.text


def test_an_everyday_word_listed_as_jargon_is_named_when_nothing_answers(tutor) -> None:
    answer = learner_judge.converse(tutor, ["do ensembles generally outperform one big network"])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="ensembles")), answer.text
    assert "Supervised learning" in answer.text


@pytest.mark.parametrize(
    ("question", "lesson"),
    [
        ("can an agent learn from rewards in reinforcement learning", "reinforcement-learning"),
        ("what is the vocabulary of a tokenizer", "language-models"),
        ("which tools do people use to build machine learning models", "skills-and-learning-paths"),
    ],
)
def test_the_same_words_in_the_course_sense_are_answered(tutor, question: str, lesson: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert answer.in_scope and answer.sources
    assert answer.sources[0].section.startswith(lesson + "#")


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("is label drift a real problem when a fraud model has been running for a year", "label drift"),
        ("what happens during reward collapse when an agent trains too long in a game", "reward collapse"),
        ("why do people talk about token starvation in large language models", "token starvation"),
        ("is data debt a big issue for companies adopting ai", "data debt"),
        ("output drift in chatbots explained simply", "output drift"),
        ("how does a reward critic help a robot learn", "reward critic"),
        ("what is a memory bank in a chatbot that remembers what you said earlier", "memory bank"),
        ("what is the noise floor of a gan generator", "noise floor"),
    ],
)
def test_an_untaught_pair_of_course_words_is_declined_by_name(tutor, question: str, term: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term=term)), answer.text


@pytest.mark.parametrize(
    "turns",
    [
        ["why do people talk about the latent space"],
        ["how does the discount factor help the agent"],
        ["what happens in gradient descent"],
        ["is overfitting a real problem"],
        ["mode collapse explained"],
        ["whats the 'variational' bit about in a vae"],
        ["what is the exploration rate in q learning"],
        ["how accurate are image classifiers"],
        ["what are the strong sides of generative ai"],
        ["what is q-learning", "whats the prize square worth"],
    ],
)
def test_course_ideas_in_the_same_forms_stay_answered_in_conversation(tutor, turns: list[str]) -> None:
    answer = learner_judge.converse(tutor, turns)
    assert answer.in_scope and answer.sources, answer.text


def test_a_declined_question_names_its_one_foreign_word(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do i get a chatgpt refund"])
    assert not answer.in_scope and not answer.sources
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="refund").split(".")[0]), answer.text


def test_one_foreign_word_among_many_is_not_named(tutor) -> None:
    # A long question the course answers but retrieval misses: its one foreign word is colour.
    answer = learner_judge.converse(
        tutor, ["my gran asked chatgpt about her birthplace and got a book that was never written, what happened there"]
    )
    assert "birthplace" not in answer.text.lower()


def _declines_naming(answer, term: str) -> None:
    assert not answer.in_scope and not answer.sources, answer.text
    assert answer.text.startswith(TERM_NOT_COVERED.format(term="").rstrip(".")), answer.text
    assert term.lower() in answer.text.lower(), answer.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("when is the robot uprising supposed to happen?", "robot uprising"),
        (
            "my colleagues rely on plagiarism scanners for reports. how reliable is a plagiarism scanner on ai text?",
            "plagiarism scanner",
        ),
        ("exam prep: how did Libratus manage to bluff at poker?", "libratus"),
    ],
)
def test_a_name_in_a_wider_frame_is_declined_and_named(tutor, question: str, term: str) -> None:
    _declines_naming(learner_judge.converse(tutor, [question]), term)


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("the hr team asked us about resume parsing, how would that work with machine learning", "resume parsing"),
        ("the gym wants footfall forecasting for next winter. any tips?", "footfall forecasting"),
    ],
)
def test_an_untaught_task_name_is_declined_and_named(tutor, question: str, term: str) -> None:
    _declines_naming(learner_judge.converse(tutor, [question]), term)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("is reinforcement learning a kind of machine learning", "reinforcement-learning"),
        ("what was the argentine election poster about?", "ethics-and-regulation"),
        ("how did the agent in frozenlake learn to avoid the holes", "reinforcement-learning"),
        ("can handwriting recognition read my doctor's notes?", ""),
        ("for a cancer screening test, which matters more, precision or recall?", "evaluating-models"),
        ("how does duolingo decide which exercise to give me next", "industry-use-cases"),
    ],
)
def test_course_questions_in_those_frames_are_still_answered(tutor, question: str, section: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert answer.in_scope and answer.sources, answer.text
    assert section in answer.sources[0].section


def test_an_everyday_comparison_is_still_refused(tutor) -> None:
    answer = learner_judge.converse(tutor, ["is revolut better than monzo for travelling abroad"])
    assert not answer.in_scope and not answer.text.startswith(TERM_NOT_COVERED.split("{")[0])


_REFUSAL = refusal_texts.OTHER_SUBJECT_TEXT.split(":")[0]  # "Sorry, I can't help with that"


@pytest.mark.parametrize(
    "question",
    [
        "how do driverless buses notice cyclists at night",
        "how does a delivery drone pick where to land in my garden",
    ],
)
def test_a_self_acting_machine_is_a_near_miss_not_another_subject(tutor, question: str) -> None:
    answer = learner_judge.converse(tutor, [question])
    assert not answer.in_scope and not answer.sources, answer.text
    assert not answer.text.startswith(_REFUSAL), answer.text


def test_the_bare_decline_names_the_machine(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do driverless lorries merge onto a motorway"])
    assert not answer.in_scope and not answer.sources, answer.text
    assert "driverless lorries" in answer.text.lower(), answer.text


def test_everyday_life_is_still_refused(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do i get my toddler to sleep through the night"])
    assert not answer.in_scope and answer.text.startswith(_REFUSAL), answer.text


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("how does colaborative filtering pick films for me", "colaborative filtering"),
        ("what is a risk parity model", "risk parity"),
        ("what is the containment problem in ai safety", "containment problem"),
        ("my spellchecker keeps chnaging my werds, how dose it decidee", "spellchecker"),
    ],
)
def test_partly_course_names_are_declined_and_named(tutor, question, term):
    _declines_naming(tutor.ask(question), term)


@pytest.mark.parametrize(
    "question",
    [
        "what is the overfitting problem",  # a course idea: "the X problem" is vetoed by retrieval
        "how does a recomendation system pick films for me",  # a misspelt course term stays the course's
    ],
)
def test_course_ideas_in_the_same_forms_stay_answered(tutor, question):
    answer = tutor.ask(question)
    assert answer.in_scope and answer.sources, answer.text


def test_a_watermark_on_generated_content_is_a_near_miss(tutor) -> None:
    answer = tutor.ask("is there a watermark hidden in chatgpt images, how would it be detected")
    assert not answer.in_scope
    assert "watermark" in answer.text.lower() and "does not cover" in answer.text






# -- a trade the course never names ---------------------------------------------------------------


def test_an_untaught_trade_is_declined_with_the_industries_covered(tutor) -> None:
    answer = tutor.ask("how is machine learning used in mining")
    assert not answer.in_scope and not answer.sources
    assert "mining" in answer.text and "healthcare" in answer.text and "finance" in answer.text, answer.text
    assert _closest(answer) == "Same industries, different jobs"


def test_a_trade_named_by_its_people_is_declined_too(tutor) -> None:
    answer = tutor.ask("how do dentists use gen ai")
    assert not answer.in_scope and "dentists" in answer.text, answer.text


def test_a_trade_the_course_covers_is_still_answered(tutor) -> None:
    answer = tutor.ask("how is ai used in banks")
    assert answer.in_scope
    assert any("finance" in s.section or "fraud" in s.section for s in answer.sources), answer.text


def test_a_company_named_bare_is_no_trade(tutor) -> None:
    answer = tutor.ask("how does netflix use machine learning")
    assert answer.in_scope, answer.text


# -- telling AI-written text apart ----------------------------------------------------------------


def test_telling_ai_written_text_apart_is_declined(tutor) -> None:
    answer = tutor.ask("how would a professor know an assignment was written by ai")
    assert not answer.in_scope and not answer.sources
    assert "written by ai" in answer.text, answer.text


def test_a_named_ai_detector_is_declined(tutor) -> None:
    answer = tutor.ask("how do ai essay detectors work")
    assert not answer.in_scope and "detector" in answer.text.lower(), answer.text


def test_spotting_a_deepfake_is_still_answered(tutor) -> None:
    answer = tutor.ask("how do i tell if a clip of a celebrity is a deepfake")
    assert answer.in_scope
    assert answer.sources[0].section.startswith("ethics-and-regulation#deepfakes"), answer.text
