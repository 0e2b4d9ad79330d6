"""Grading answers: choices and true/false exactly, short answers by meaning and key terms.

Why two signals for short answers: sentence embeddings (all-MiniLM-L6-v2) recognise a
paraphrase the teacher never wrote, but on their own they rate an answer that stays on topic
and says the wrong thing ("supervised is faster") nearly as high as a right one. The key terms
catch that: they are the words a correct answer naturally uses. Together they grade an answer
correct, partially correct or wrong with a score from 0 to 1, and the feedback names the key
ideas that were there and the ones that were missing. The thresholds were calibrated on a table
of real answers (``tests/core/quiz/test_grading.py``).

A question that asks for a fixed set ("Name the three main types of machine learning") is an
enumeration: its key terms are the items, and naming only some of them is partly right however
close the sentence reads, since similarity cannot tell a list of two from a list of three.

If the embedding model cannot be loaded, short answers are graded on key terms alone and the
feedback says so; a quiz never stops because a model is missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tutor.core.quiz.bank import Question
from tutor.core.words import stems, tokenize

# Calibrated on the table in tests/core/quiz/test_grading.py (MiniLM cosine similarities:
# good paraphrases mostly 0.5-0.9, on-topic but wrong 0.3-0.6, off-topic below 0.3), chosen
# by a small grid search over that table, then rounded to plain values.
SIM_FLOOR = 0.25  # at or below: no credit for meaning
SIM_CEIL = 0.60  # at or above: full credit for meaning
MEANING_WEIGHT = 0.5
CORRECT_AT = 0.70
PARTIAL_AT = 0.45
TERMS_ONLY_CORRECT_AT = 0.99
UNRELATED_BELOW = 0.10  # a sentence this far from the reference earns nothing for its key words  # without the model, every key term is needed for "correct"

# "Name the three main types of ...", "List the four ...", "Which two goals ...": a question
# that asks for a fixed set of N things. An indefinite count ("name two things it does") asks
# for any N of more and is not one.
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT = rf"({'|'.join(_COUNTS)}|[2-9])"
_ENUMERATION = re.compile(
    rf"\b(?:(?:name|list|give|state|identify|what\s+are|which\s+are)\s+(?:all\s+)?the\s+{_COUNT}"
    rf"|(?:which|what)\s+{_COUNT})\b",
    re.IGNORECASE,
)

SKIP_WORDS = {"skip", "pass", "?", "idk", "i don't know", "i dont know", "dont know", "no idea"}
_TRUE = {"t", "true", "y", "yes", "1"}
_FALSE = {"f", "false", "n", "no", "2"}


class Verdict(StrEnum):
    CORRECT = "correct"
    PARTIAL = "partial"
    WRONG = "wrong"


class InvalidAnswer(ValueError):
    """The answer cannot be graded (e.g. "7" for a 3-choice question); ask again, record nothing."""


@dataclass(frozen=True)
class Grade:
    """The outcome of one answer, as plain data for the CLI and the UI."""

    verdict: Verdict
    score: float
    feedback: str
    matched_terms: tuple[str, ...] = ()
    missing_terms: tuple[str, ...] = ()
    similarity: float | None = None
    chosen: int | None = None  # index of the picked choice
    note: str = ""  # e.g. "graded on key terms only: the embedding model is unavailable"

    @property
    def correct(self) -> bool:
        return self.verdict is Verdict.CORRECT


def is_skip(answer: str) -> bool:
    return answer.strip().lower().rstrip(".!") in SKIP_WORDS


# ---------------------------------------------------------------------------------------------
# Choice and true/false
# ---------------------------------------------------------------------------------------------


def parse_choice(question: Question, answer: str) -> int:
    """1-4, a-d (any case, "b)" or "(b)" too) or the exact text of a choice -> its index."""
    count = len(question.choices)
    text = answer.strip().lower()
    bare = text.strip("().: ")
    if bare.isdigit() and 1 <= int(bare) <= count:
        return int(bare) - 1
    if len(bare) == 1 and "a" <= bare <= "z" and ord(bare) - ord("a") < count:
        return ord(bare) - ord("a")
    for index, choice in enumerate(question.choices):
        if text == choice.text.lower() or text.rstrip(".") == choice.text.lower().rstrip("."):
            return index
    letters = "abcd"[:count]
    raise InvalidAnswer(f"Answer with a number 1-{count} or a letter {letters[0]}-{letters[-1]}.")


def parse_truefalse(answer: str) -> bool:
    text = answer.strip().lower().rstrip(".!")
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidAnswer("Answer true or false (t/f, yes/no).")


def grade_choice(question: Question, answer: str) -> Grade:
    index = parse_choice(question, answer)
    choice = question.choices[index]
    if choice.correct:
        return Grade(Verdict.CORRECT, 1.0, "Correct.", chosen=index)
    feedback = (
        f"Not quite. You chose {'abcd'[index]}) {choice.text}: {choice.why} "
        f"The answer is {question.expected_text}."
    )
    return Grade(Verdict.WRONG, 0.0, feedback, chosen=index)


def grade_truefalse(question: Question, answer: str) -> Grade:
    said = parse_truefalse(answer)
    if said == question.answer:
        return Grade(Verdict.CORRECT, 1.0, f"Correct. The statement is {question.expected_text.lower()}.")
    return Grade(Verdict.WRONG, 0.0, f"Not quite. The statement is {question.expected_text.lower()}.")


# ---------------------------------------------------------------------------------------------
# Short answers
# ---------------------------------------------------------------------------------------------


def word_stems(text: str) -> list[str]:
    """Lowercase word stems ("labelled", "labels" -> "label"); "don't" and "dont" are one word."""
    return stems(word.replace("'", "") for word in tokenize(text))


def _alternative_matches(alternative: str, answer_stems: set[str]) -> bool:
    """Every word of the alternative appears in the answer (same stem, or a longer word on it)."""
    for stem in word_stems(alternative):
        if stem in answer_stems:
            continue
        if len(stem) >= 4 and any(word.startswith(stem) for word in answer_stems):
            continue
        return False
    return bool(word_stems(alternative))


def match_terms(key_terms: tuple[str, ...], answer: str) -> tuple[list[str], list[str]]:
    """Split key terms into (present, missing); "a|b" is present if any alternative is."""
    answer_stems = set(word_stems(answer))
    present: list[str] = []
    missing: list[str] = []
    for term in key_terms:
        alternatives = [alt.strip() for alt in term.split("|") if alt.strip()]
        if any(_alternative_matches(alt, answer_stems) for alt in alternatives):
            present.append(term)
        else:
            missing.append(term)
    return present, missing


def _show(term: str) -> str:
    return " / ".join(alt.strip() for alt in term.split("|"))


def _short_feedback(verdict: Verdict, present: list[str], missing: list[str], weak_meaning: bool) -> str:
    parts: list[str] = []
    if verdict is Verdict.CORRECT:
        parts.append("Correct.")
        if present:
            parts.append(f"You covered the key ideas: {', '.join(_show(t) for t in present)}.")
        if missing:
            parts.append(f"A complete answer also mentions: {', '.join(_show(t) for t in missing)}.")
        return " ".join(parts)
    parts.append("Partly right." if verdict is Verdict.PARTIAL else "Not quite.")
    if present:
        parts.append(f"Right: you mentioned {', '.join(_show(t) for t in present)}.")
    if missing:
        parts.append(f"Missing: {', '.join(_show(t) for t in missing)}.")
    if weak_meaning and present:
        parts.append("Your sentence uses the right words but says something different from the reference.")
    return " ".join(parts)


def enumeration_size(prompt: str) -> int | None:
    """N when the prompt asks for a fixed set of N things ("Name the three main types of ..."),
    else None. See ``_ENUMERATION`` for the wordings recognised."""
    found = _ENUMERATION.search(prompt)
    if found is None:
        return None
    word = (found.group(1) or found.group(2)).lower()
    return _COUNTS.get(word) or int(word)


def enumeration_items(question: Question) -> tuple[str, ...]:
    """The items a short enumeration question asks for: its key terms, one per item, when the
    prompt asks for "the N ..." and there are N of them; () for any other question (the bank
    check ``tutor quiz --check`` flags an enumeration whose key terms do not match its N)."""
    size = enumeration_size(question.prompt) if question.kind == "short" else None
    if size is None or size != len(question.key_terms):
        return ()
    return question.key_terms


def _enumeration_feedback(present: list[str], missing: list[str]) -> str:
    count = len(present) + len(missing)
    words = {number: word for word, number in _COUNTS.items()}
    every = "both" if count == 2 else f"all {words.get(count, count)}"
    return (f"Partly right: the question asks for {every}. You named "
            f"{', '.join(_show(t) for t in present)}; missing: {', '.join(_show(t) for t in missing)}.")


EmbedderLoader = Callable[[], Any]


def _default_loader() -> Any:
    from tutor.core.answering.embeddings import load_embedder

    return load_embedder()


class Grader:
    """Grades any question; loads the embedder on the first short answer (and only once)."""

    def __init__(self, embedder_loader: EmbedderLoader | None = _default_loader) -> None:
        self._loader = embedder_loader
        self._embedder: Any = None
        self._references: dict[str, Any] = {}
        self.unavailable: str = "" if embedder_loader is not None else "no embedding model given"

    def _embed(self) -> Any:
        if self._embedder is None and not self.unavailable and self._loader is not None:
            try:
                self._embedder = self._loader()
            except Exception as error:  # noqa: BLE001 - ModelUnavailable, a corrupt file: use terms
                self.unavailable = str(error) or type(error).__name__
        return self._embedder

    def similarity(self, reference: str, answer: str) -> float | None:
        embedder = self._embed()
        if embedder is None:
            return None
        if reference not in self._references:  # each reference is embedded once per grader
            self._references[reference] = embedder.encode([reference])[0]
        vector = embedder.encode([answer])[0]
        return float(self._references[reference] @ vector)

    def grade(self, question: Question, answer: str) -> Grade:
        """Grade one answer. Raises ``InvalidAnswer`` for an answer that cannot be read."""
        if not answer.strip():
            raise InvalidAnswer("Type an answer (or 'skip' to see the right one).")
        if is_skip(answer):
            return Grade(Verdict.WRONG, 0.0, f"Skipped. The answer is: {question.expected_text}")
        if question.kind == "choice":
            return grade_choice(question, answer)
        if question.kind == "truefalse":
            return grade_truefalse(question, answer)
        return self.grade_short(question, answer)

    def grade_short(self, question: Question, answer: str) -> Grade:
        present, missing = match_terms(question.key_terms, answer)
        coverage = len(present) / len(question.key_terms) if question.key_terms else 0.0
        similarity = self.similarity(str(question.answer), answer)
        if similarity is None:
            score = coverage
            correct_at = TERMS_ONLY_CORRECT_AT
            note = "Graded on key terms only: the embedding model is unavailable."
            weak_meaning = False
        else:
            meaning = min(1.0, max(0.0, (similarity - SIM_FLOOR) / (SIM_CEIL - SIM_FLOOR)))
            score = MEANING_WEIGHT * meaning + (1 - MEANING_WEIGHT) * coverage
            correct_at = CORRECT_AT
            note = ""
            weak_meaning = meaning < 0.25
        # "Correct" also needs the key ideas: at most one in three key terms may be missing,
        # so an on-topic sentence that leaves out half of the answer is only partly right.
        enough_terms = len(missing) <= len(question.key_terms) // 3
        if score >= correct_at and enough_terms:
            verdict = Verdict.CORRECT
        elif score >= PARTIAL_AT:
            verdict = Verdict.PARTIAL
        elif coverage >= 0.5 and (similarity is None or similarity > UNRELATED_BELOW):
            # Half the key ideas in an on-topic sentence ("rebuilding the input well" for a
            # two-part answer): incomplete rather than wrong, even if the wording is far off.
            verdict = Verdict.PARTIAL
            score = max(score, PARTIAL_AT)
        else:
            verdict = Verdict.WRONG
        feedback = _short_feedback(verdict, present, missing, weak_meaning and coverage >= 0.66)
        on_topic = similarity is None or similarity > UNRELATED_BELOW
        if enumeration_items(question) and missing and present and on_topic:
            # "Name the three types": two of them is an incomplete answer, never "correct" (the
            # one-in-three allowance above is for a sentence's wording, not for a list's items),
            # and one of them is a start, not "wrong". Its score is the share of items named.
            verdict = Verdict.PARTIAL
            score = max(min(score, coverage), PARTIAL_AT)
            feedback = _enumeration_feedback(present, missing)
        if verdict is not Verdict.CORRECT:
            feedback += f" Reference answer: {question.answer}"
        if note:
            feedback += f" ({note})"
        return Grade(
            verdict,
            round(score, 3),
            feedback,
            matched_terms=tuple(present),
            missing_terms=tuple(missing),
            similarity=None if similarity is None else round(similarity, 3),
            note=note,
        )
