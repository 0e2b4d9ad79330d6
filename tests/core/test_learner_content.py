"""The learner-language content kept with the course, and the learner evaluation set (issue 11).

Three kinds of hand-written data feed or judge retrieval: ``knowledge/asks/<lesson>.toml`` (the
questions learners type that each section answers), ``knowledge/glossary.toml`` (everyday phrases
-> course terms) and ``tests/data/learner_eval/*.toml`` (fresh judged questions of six kinds).
Typos in them are deliberate; what these tests catch is data that silently stops meaning what
it says: a section id that no longer exists after a heading is renamed, a fact the cited section
does not state (so no extractive answer could ever pass), a "near miss" the course has started to
teach, an everyday phrase claimed by two course terms, or a sentence copied from the seed texts.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from learner_judge import case_problems, label
from learner_judge import words as _words

from tutor.core import paths
from tutor.core.knowledge import load_course

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = ROOT / "tests" / "data" / "learner_eval"
SEEDS_DIR = Path("/work/shared/seeds")  # the texts the course was written from (not shipped)
KINDS = ("paraphrase", "list", "comparison", "followup", "near_miss", "out_of_job")
MIN_PER_KIND = 15
ASKS_PER_SECTION = (4, 60)  # issue 11: asks state a section's point in many everyday settings (stop 42: ~50 each)
COPY_RUN = 10  # never this many words in a row from a seed text
FRESH_RUN = 6  # eval wording never shares this many words in a row with an indexed ask


def _asks_dir() -> Path:
    return paths.knowledge_dir() / "asks"


def _load(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _section_text(section_ref: str) -> str:
    """The plain text an extractive answer can quote from ``<lesson-id>/<slug>``."""
    lesson_id, _, slug = section_ref.partition("/")
    return " ".join(load_course().section(f"{lesson_id}#{slug}").sentences)


def _course_text() -> str:
    return " ".join(s.heading + " " + " ".join(s.sentences) for s in load_course().sections).lower()


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    found = []
    for path in sorted(EVAL_DIR.glob("*.toml")):
        for case in _load(path).get("case", []):
            found.append({**case, "_file": path.name})
    return found



# --- knowledge/asks -------------------------------------------------------------------------


def test_every_lesson_has_an_asks_file_covering_every_section() -> None:
    course = load_course()
    problems = []
    for lesson in course.lessons:
        path = _asks_dir() / f"{lesson.id}.toml"
        if not path.exists():
            problems.append(f"{path.name}: missing")
            continue
        data = _load(path)
        if data.get("lesson") != lesson.id:
            problems.append(f"{path.name}: lesson = {data.get('lesson')!r}, expected {lesson.id!r}")
        tables = data.get("section", [])
        ids = [table.get("id") for table in tables]
        expected = [section.slug for section in lesson.sections]
        for slug in sorted(set(expected) - set(ids)):
            problems.append(f"{path.name}: no [[section]] for {slug!r}")
        for slug in sorted(set(ids) - set(expected)):
            problems.append(f"{path.name}: [[section]] {slug!r} is not a section of the lesson")
        for slug, count in Counter(ids).items():
            if count > 1:
                problems.append(f"{path.name}: {slug!r} appears {count} times")
        for table in tables:
            asks = table.get("asks", [])
            low, high = ASKS_PER_SECTION
            if not (low <= len(asks) <= high):
                problems.append(
                    f"{path.name}: {table.get('id')!r} has {len(asks)} asks, want {low}-{high}"
                )
            if not all(isinstance(a, str) and a.strip() for a in asks):
                problems.append(f"{path.name}: {table.get('id')!r} has an empty or non-text ask")
    assert not problems, "\n".join(problems)


def test_no_asks_file_for_a_lesson_that_does_not_exist() -> None:
    ids = {lesson.id for lesson in load_course().lessons}
    strays = [p.name for p in _asks_dir().glob("*.toml") if p.stem not in ids]
    assert not strays


def test_an_ask_belongs_to_one_section_only() -> None:
    owners: dict[str, list[str]] = {}
    for path in sorted(_asks_dir().glob("*.toml")):
        for table in _load(path).get("section", []):
            for ask in table.get("asks", []):
                owners.setdefault(" ".join(_words(ask)), []).append(
                    f"{path.stem}/{table.get('id')}"
                )
    shared = {ask: where for ask, where in owners.items() if len(where) > 1}
    assert not shared


# --- knowledge/glossary.toml ----------------------------------------------------------------


def test_glossary_maps_everyday_phrases_to_terms_the_course_uses() -> None:
    terms = _load(paths.knowledge_dir() / "glossary.toml").get("term", [])
    assert 60 <= len(terms) <= 160  # 153 at stop 29 (learners' clipped words: vocab, maths, stats)
    course_text = _course_text()
    problems = []
    owner: dict[str, str] = {}
    for term in terms:
        course_term = term.get("course", "")
        everyday = term.get("everyday", [])
        if not course_term or course_term.lower() not in course_text:
            problems.append(f"course term {course_term!r} never occurs in the lessons")
        if not everyday or not all(isinstance(p, str) and p.strip() for p in everyday):
            problems.append(f"{course_term!r}: no everyday phrases")
        for phrase in everyday:
            key = " ".join(_words(phrase))
            if key in owner and owner[key] != course_term:
                problems.append(f"{phrase!r} maps to both {owner[key]!r} and {course_term!r}")
            owner[key] = course_term
    assert not problems, "\n".join(problems)


def test_no_everyday_phrase_hides_inside_another_terms_phrase() -> None:
    """ "ai writing" inside "ai writing code" would expand one question to two different terms.
    (A bare word such as "chatbot" may sit inside a longer phrase of another term: the longest
    matching phrase wins, see ``test_the_longest_phrase_wins`` in answering/test_learner.py.)"""
    terms = _load(paths.knowledge_dir() / "glossary.toml").get("term", [])
    phrases = [
        (f" {' '.join(_words(p))} ", t["course"]) for t in terms for p in t.get("everyday", [])
    ]
    nested = [
        f"{inner.strip()!r} ({inner_term}) inside {outer.strip()!r} ({outer_term})"
        for inner, inner_term in phrases
        for outer, outer_term in phrases
        if inner_term != outer_term and inner in outer and len(inner.split()) > 1
    ]
    assert not nested, "\n".join(nested)


# --- tests/data/learner_eval ----------------------------------------------------------------


def test_every_kind_has_enough_cases(cases: list[dict]) -> None:
    counts = Counter(case.get("kind") for case in cases)
    assert set(counts) == set(KINDS), counts
    assert all(counts[kind] >= MIN_PER_KIND for kind in KINDS), counts


def test_cases_are_well_formed(cases: list[dict]) -> None:
    problems = case_problems(cases)
    assert not problems, "\n".join(problems)


def test_questions_are_not_repeated(cases: list[dict]) -> None:
    texts = Counter(
        " ".join(_words(c.get("question") or c["turns"][-1]))
        for c in cases
        if c.get("kind") != "followup"
    )
    chains = Counter(
        tuple(" ".join(_words(t)) for t in c["turns"]) for c in cases if c.get("kind") == "followup"
    )
    assert [t for t, n in texts.items() if n > 1] == []
    assert [t for t, n in chains.items() if n > 1] == []


def test_cited_sections_exist_and_state_every_fact(cases: list[dict]) -> None:
    course = load_course()
    problems = []
    for case in cases:
        refs = case.get("sections", [])
        missing = [ref for ref in refs if not course.has_section(ref.replace("/", "#", 1))]
        if missing:
            problems.append(f"{label(case)}: unknown sections {missing}")
            continue
        # A comparison needs all its sides, so its facts may come from any of them; otherwise any
        # listed section is an acceptable source, so each one must state every fact.
        sources = (
            [" ".join(map(_section_text, refs))]
            if case["kind"] == "comparison"
            else [_section_text(r) for r in refs]
        )
        for fact in case.get("facts", []):
            try:
                patterns = [re.compile(alternative, re.IGNORECASE) for alternative in fact]
            except re.error as error:
                problems.append(f"{label(case)}: bad regex in {fact}: {error}")
                continue
            for ref, text in zip(refs, sources):
                if not any(p.search(text) for p in patterns):
                    problems.append(
                        f"{label(case)}: fact {fact} is not stated in {ref if len(sources) > 1 else refs}"
                    )
    assert not problems, "\n".join(problems)


def test_near_miss_terms_never_occur_in_the_course(cases: list[dict]) -> None:
    course_text = _course_text()
    taught = [
        c["term"]
        for c in cases
        if c.get("kind") == "near_miss"
        and re.search(rf"(?<![a-z0-9]){re.escape(c['term'].lower())}(?![a-z0-9])", course_text)
    ]
    assert not taught
    for case in cases:
        for ref in case.get("nearest", []):
            assert load_course().has_section(ref.replace("/", "#", 1)), ref


def test_near_miss_terms_appear_in_their_questions(cases: list[dict]) -> None:
    """The term is what a decline names, so it must be the learner's own wording."""
    absent = [
        label(c)
        for c in cases
        if c.get("kind") == "near_miss" and c["term"].lower() not in c["question"].lower()
    ]
    assert not absent


# --- our own words --------------------------------------------------------------------------


def _all_written_text(cases: list[dict]) -> list[tuple[str, str]]:
    texts = []
    for path in sorted(_asks_dir().glob("*.toml")):
        for table in _load(path).get("section", []):
            texts += [(f"asks/{path.stem}/{table.get('id')}", ask) for ask in table.get("asks", [])]
    glossary = paths.knowledge_dir() / "glossary.toml"
    if glossary.exists():
        for term in _load(glossary).get("term", []):
            texts += [
                (f"glossary/{term.get('course')}", phrase) for phrase in term.get("everyday", [])
            ]
    for case in cases:
        for text in case.get("turns") or [case.get("question", "")]:
            texts.append((label(case), text))
    return texts


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="the seed texts are not on this machine")
def test_nothing_copies_ten_words_in_a_row_from_the_seeds(cases: list[dict]) -> None:
    runs: set[tuple[str, ...]] = set()
    for seed in SEEDS_DIR.glob("*.txt"):
        words = _words(seed.read_text(encoding="utf-8", errors="replace"))
        runs.update(tuple(words[i : i + COPY_RUN]) for i in range(len(words) - COPY_RUN + 1))
    copied = []
    for where, text in _all_written_text(cases):
        words = _words(text)
        if any(tuple(words[i : i + COPY_RUN]) in runs for i in range(len(words) - COPY_RUN + 1)):
            copied.append(f"{where}: {text}")
    assert not copied, "\n".join(copied)


def test_eval_questions_are_fresh_not_the_indexed_asks(cases: list[dict]) -> None:
    """Eval wording shares no run of FRESH_RUN words with an indexed ask: a copied question would
    measure recall of our own data instead of how the tutor copes with new phrasing."""
    runs: dict[tuple[str, ...], str] = {}
    for path in _asks_dir().glob("*.toml"):
        for table in _load(path).get("section", []):
            for ask in table.get("asks", []):
                words = _words(ask)
                runs.update(
                    {
                        tuple(words[i : i + FRESH_RUN]): ask
                        for i in range(len(words) - FRESH_RUN + 1)
                    }
                )
                runs[tuple(words)] = ask  # short asks count whole
    reused = []
    for case in cases:
        for text in case.get("turns") or [case["question"]]:
            words = _words(text)
            grams = [tuple(words[i : i + FRESH_RUN]) for i in range(len(words) - FRESH_RUN + 1)]
            hits = [runs[g] for g in [*grams, tuple(words)] if g in runs]
            if hits:
                reused.append(f"{label(case)} <-> ask {hits[0]!r}")
    assert not reused, "\n".join(reused)
