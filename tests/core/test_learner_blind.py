"""The blind learner sets (``tests/data/learner_eval_blind/set_*``) stay well formed and fair.

These sets are written by someone who never read ``knowledge/asks``, the glossary or the answering
code, to estimate how the tutor copes with questions nobody tuned it for (issue 11). No score is
asserted here: a floor would invite tuning to the blind set, which would stop it being blind. What
is checked is that each case could be answered at all: the file parses, the kind matches the file,
every cited section exists and states every required fact (or the case would be unfair), every
regex compiles, and a near-miss term is the learner's own wording and really absent from the course.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from learner_judge import case_problems, label
from learner_judge import words as _words

from tutor.core.knowledge import load_course

BLIND_DIR = Path(__file__).resolve().parents[1] / "data" / "learner_eval_blind"
KINDS = ("paraphrase", "list", "comparison", "followup", "near_miss", "out_of_job")
SEEDS_DIR = Path("/work/shared/seeds")  # the texts the course was written from (not shipped)
COPY_RUN = 10


def _sets() -> list[Path]:
    return sorted(p for p in BLIND_DIR.glob("set_*") if p.is_dir())


def _cases(directory: Path) -> list[dict]:
    found = []
    for path in sorted(directory.glob("*.toml")):
        with path.open("rb") as handle:
            found += [{**c, "_file": path.name} for c in tomllib.load(handle).get("case", [])]
    return found



def _section_text(ref: str) -> str:
    return " ".join(load_course().section(ref.replace("/", "#", 1)).sentences)


def test_there_are_blind_sets() -> None:
    assert [p.name for p in _sets()][:2] == ["set_a", "set_b"]


@pytest.mark.parametrize("directory", _sets(), ids=lambda p: p.name)
def test_blind_cases_are_well_formed(directory: Path) -> None:
    cases = _cases(directory)
    assert {c.get("kind") for c in cases} == set(KINDS)
    problems = case_problems(cases)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("directory", _sets(), ids=lambda p: p.name)
def test_blind_sections_exist_and_state_every_fact(directory: Path) -> None:
    course = load_course()
    problems = []
    for case in _cases(directory):
        refs = [*case.get("sections", []), *case.get("nearest", [])]
        unknown = [r for r in refs if not course.has_section(r.replace("/", "#", 1))]
        if unknown:
            problems.append(f"{label(case)}: unknown sections {unknown}")
            continue
        refs = case.get("sections", [])
        # A comparison needs all its sides, so a fact may come from any side; otherwise every
        # listed section is an acceptable source and must state every fact on its own.
        texts = (
            {"+".join(refs): " ".join(map(_section_text, refs))}
            if case["kind"] == "comparison"
            else {r: _section_text(r) for r in refs}
        )
        for fact in case.get("facts", []):
            try:
                patterns = [re.compile(alt, re.IGNORECASE) for alt in fact]
            except re.error as error:
                problems.append(f"{label(case)}: bad regex in {fact}: {error}")
                continue
            for ref, text in texts.items():
                if not any(p.search(text) for p in patterns):
                    problems.append(f"{label(case)}: fact {fact} is not stated in {ref}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("directory", _sets(), ids=lambda p: p.name)
def test_blind_near_miss_terms_are_untaught_and_the_learners_own(directory: Path) -> None:
    course_text = " ".join(
        s.heading + " " + " ".join(s.sentences) for s in load_course().sections
    ).lower()
    problems = []
    for case in _cases(directory):
        if case["kind"] != "near_miss":
            continue
        term = case.get("term", "").lower()
        if not term or re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", course_text):
            problems.append(f"{label(case)}: term {term!r} is missing or taught by the course")
        if term not in case["question"].lower():
            problems.append(f"{label(case)}: term {term!r} is not in the question")
    assert not problems, "\n".join(problems)


def test_blind_sets_do_not_repeat_each_other() -> None:
    seen: dict[tuple[str, ...], str] = {}
    repeated = []
    for directory in _sets():
        for case in _cases(directory):
            key = tuple(" ".join(_words(t)) for t in case.get("turns") or [case["question"]])
            if key in seen:
                repeated.append(f"{directory.name}/{label(case)} repeats {seen[key]}")
            seen[key] = f"{directory.name}/{label(case)}"
    assert not repeated, "\n".join(repeated)


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="the seed texts are not on this machine")
def test_blind_questions_copy_nothing_from_the_seeds() -> None:
    runs: set[tuple[str, ...]] = set()
    for seed in SEEDS_DIR.glob("*.txt"):
        words = _words(seed.read_text(encoding="utf-8", errors="replace"))
        runs.update(tuple(words[i : i + COPY_RUN]) for i in range(len(words) - COPY_RUN + 1))
    copied = []
    for directory in _sets():
        for case in _cases(directory):
            for text in case.get("turns") or [case["question"]]:
                words = _words(text)
                if any(
                    tuple(words[i : i + COPY_RUN]) in runs
                    for i in range(len(words) - COPY_RUN + 1)
                ):
                    copied.append(f"{directory.name}/{label(case)}")
    assert not copied, "\n".join(copied)
