"""Everyday vocabulary (issue 11): questions that name course ideas only in everyday synonyms for
the course's descriptive words ("fuzzy" for blurry, "pricey" for expensive, "shaky" for unstable),
everyday settings ("in schools", "call centres", "in banks") and well-known metaphors ("an art
forger and an art critic"), answered through ``knowledge/glossary.toml``.

The set lives in ``tests/data/vocabulary/paraphrase.toml`` (format of ``tests/data/learner_eval``,
judged by ``learner_judge``; ``benchmarks/eval_learner.py --cases tests/data/vocabulary`` lists
the failures). Its first 40 cases were written before the glossary pass, one or more per lesson:
36/40 on main's glossary, 39/40 after it (the three fixed by phrases written with those items in
mind, so 36/40 is the honest figure). Four later batches were written to check the pass on
questions it was not written for (see the file's comments), each measured before any phrase was
added for it: 39/54 on main's glossary, 38/54 on the branch (the fourth batch exposed two phrases
that matched common words; with them removed, 40/54). The whole set measures 84/94 (83/94 after
merging main, whose new harm family refuses 'fake clips of politicians ... how are they made';
main's glossary on the same code: 74/94).
``FLOOR_FIRST`` holds the first 40 at the honest 90% and ``FLOOR`` the whole set at 85%, so a
regression in the glossary or in retrieval fails, with a little room for the answering code that
other work is changing.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import learner_judge
import pytest
from learner_judge import words as _words

from tutor.core import paths
from tutor.core.knowledge import load_course

CASES_PATH = Path(__file__).resolve().parents[3] / "data" / "vocabulary" / "paraphrase.toml"
FLOOR = 0.85  # the whole set (measured 83/94 on main's code as merged)
FLOOR_FIRST = 0.90  # the first 40, written before the glossary pass (measured 39/40)
FRESH_RUN = 6  # as in test_learner_content: no run this long shared with an indexed ask


def _cases() -> list[dict]:
    with CASES_PATH.open("rb") as handle:
        return [{**case, "file": CASES_PATH.name} for case in tomllib.load(handle)["case"]]


def test_the_cases_are_well_formed_and_fair() -> None:
    """Each case parses, cites sections that exist, and every fact is stated in every cited
    section, so an extractive answer from any of them can pass."""
    cases = _cases()
    assert len(cases) >= 40 and not learner_judge.case_problems(cases)
    course = load_course()
    unfair = []
    for case in cases:
        for ref in case["sections"]:
            text = " ".join(course.section(ref.replace("/", "#", 1)).sentences)
            unfair += [
                f"{case['question']!r}: {ref} lacks {fact}"
                for fact in case["facts"]
                if not any(re.search(alt, text, re.IGNORECASE) for alt in fact)
            ]
    assert not unfair, "\n".join(unfair)


def test_the_first_forty_cover_every_lesson() -> None:
    lessons = {ref.split("/")[0] for case in _cases()[:40] for ref in case["sections"]}
    assert lessons == {section.id.split("#")[0] for section in load_course().sections}


def test_the_questions_are_not_the_indexed_asks() -> None:
    runs: set[tuple[str, ...]] = set()
    for path in (paths.knowledge_dir() / "asks").glob("*.toml"):
        with path.open("rb") as handle:
            for table in tomllib.load(handle).get("section", []):
                for ask in table.get("asks", []):
                    words = _words(ask)
                    runs |= {tuple(words[i : i + FRESH_RUN]) for i in range(len(words) - FRESH_RUN + 1)}
                    runs.add(tuple(words))
    reused = []
    for case in _cases():
        words = _words(case["question"])
        grams = {tuple(words[i : i + FRESH_RUN]) for i in range(len(words) - FRESH_RUN + 1)} | {tuple(words)}
        if grams & runs:
            reused.append(case["question"])
    assert not reused, "\n".join(reused)


@pytest.fixture(scope="module")
def language():
    from tutor.core.answering.learner import load_learner_language

    return load_learner_language(load_course())


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        # settings
        ("what can ai do in schools", {"education"}),
        ("how do online stores use machine learning", {"retail"}),
        ("is ai any use in banking", {"finance"}),
        ("how is it used in hospitals", {"healthcare"}),
        ("do customer service teams use chatbots", {"customer support"}),
        # descriptive words
        ("why are vae samples so fuzzy", {"blurry"}),
        ("why is gan training so shaky", {"unstable"}),
        ("why are labels so pricey", {"expensive"}),
        ("why is raw data easy to come by", {"cheap and plentiful"}),
        ("can a generator come up with truly original ideas", {"groundbreaking"}),
        # metaphors
        ("the art forger and the art critic", {"generator", "discriminator"}),
    ],
)
def test_everyday_words_read_as_course_terms(language, question: str, terms: set[str]) -> None:
    assert terms <= set(language.expansions(question))


@pytest.mark.parametrize(
    ("question", "term"),
    [
        # the course's own uses of the everyday words stay theirs
        ("could a teacher build a chatbot for the reading list", "education"),
        ("does a generative model store its training examples", "retail"),
        ("how does a bank's model spot spending patterns", "finance"),
        ("how would a hospital with 50 photos train a classifier", "healthcare"),
        # a dropped final "e" and dropped symbols must not make a phrase out of a common word
        ("why does the robot care about points later", "autonomous systems"),
        ("the discriminator is right half the time", "accuracy"),
        # a learner's own homework, "photos ... like", "one side" are not settings or adjectives
        ("can you help with my homework on k-means", "education"),
        ("how do computers sort photos into groups like cat or dog", "realism"),
        ("one side of the gan gets too strong", "bias"),
        ("first ai project idea for a small shop", "retail"),
        ("how does a model cope with new data", "discriminator"),
    ],
)
def test_a_setting_word_in_another_sense_adds_nothing(language, question: str, term: str) -> None:
    assert term not in language.expansions(question)


@pytest.fixture(scope="module")
def verdicts(tutor) -> list[learner_judge.Verdict]:
    return learner_judge.run(tutor, _cases())["paraphrase"]


@pytest.mark.slow
def test_everyday_vocabulary_holds_its_measured_level(verdicts) -> None:
    first = verdicts[:40]
    assert sum(v.ok for v in first) / len(first) >= FLOOR_FIRST, learner_judge.report({"paraphrase": first})
    share = sum(v.ok for v in verdicts) / len(verdicts)
    assert share >= FLOOR, learner_judge.report({"paraphrase": verdicts})


@pytest.mark.slow
def test_the_judge_fails_an_answer_without_the_facts(tutor) -> None:
    """The level above can fail: an answer that lacks a required fact is not counted."""
    case = {**_cases()[0], "facts": [["a fact no lesson states, zq"]]}
    assert not learner_judge.judge(tutor, case).ok


# --- round 2 (branch asks): fresh paraphrases written before looking at the answers ----------------

ROUND2_PATHS = [CASES_PATH.with_name(name) for name in ("round2.toml", "round2_why.toml", "round2_fix.toml")]
ROUND2_FLOOR = 0.88  # measured 87/95 on the branch (main's code: 65/74 + 13/16 + 4/5 = 82/95)


def _round2_cases() -> list[dict]:
    cases = []
    for path in ROUND2_PATHS:
        with path.open("rb") as handle:
            # The judge wants a paraphrase case in a file named for its kind.
            cases += [{**case, "file": "paraphrase.toml"} for case in tomllib.load(handle)["case"]]
    return cases


def test_round_two_is_well_formed_and_fair() -> None:
    """Round 2 parses, cites sections that exist and states every fact in every cited section."""
    cases = _round2_cases()
    assert len(cases) >= 50 and not learner_judge.case_problems(cases)
    course = load_course()
    unfair = [
        f"{case['question']!r}: {ref} lacks {fact}"
        for case in cases
        for ref in case["sections"]
        for fact in case["facts"]
        if not any(
            re.search(alt, " ".join(course.section(ref.replace("/", "#", 1)).sentences), re.IGNORECASE) for alt in fact
        )
    ]
    assert not unfair, "\n".join(unfair)
    lessons = {ref.split("/")[0] for case in cases for ref in case["sections"]}
    assert lessons == {section.id.split("#")[0] for section in course.sections}


@pytest.mark.slow
def test_round_two_holds_its_measured_level(tutor) -> None:
    verdicts = learner_judge.run(tutor, _round2_cases())["paraphrase"]
    share = sum(v.ok for v in verdicts) / len(verdicts)
    assert share >= ROUND2_FLOOR, learner_judge.report({"paraphrase": verdicts})
