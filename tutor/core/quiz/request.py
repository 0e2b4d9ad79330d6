"""Reading "[TOPIC] [N]" the same way in the terminal (`tutor quiz`) and the chat (`/quiz`).

Why shared: the two front ends must accept the same words and give the same messages, e.g.
`gans 10`, `10` (an adaptive quiz of ten) or `what is ml 3` (a topic of several words).
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.core.quiz.bank import Bank, UnknownTopic

MAX_QUESTIONS = 50
DEFAULT_COUNT = 5


class QuizRequestError(ValueError):
    """Bad quiz arguments; the message is written for the learner."""


@dataclass(frozen=True)
class QuizRequest:
    topic: str | None  # a lesson id, or None for an adaptive mix
    count: int | None  # None: not given (default, or resume an unfinished quiz)


def parse_count(raw: str) -> int:
    try:
        count = int(raw)
    except ValueError:
        raise QuizRequestError(
            f"N must be a whole number of questions from 1 to {MAX_QUESTIONS} (got '{raw[:20]}')."
        ) from None
    if not 1 <= count <= MAX_QUESTIONS:
        raise QuizRequestError(f"A quiz has 1 to {MAX_QUESTIONS} questions (got {count}).")
    return count


def _looks_numeric(word: str) -> bool:
    return word.lstrip("+-").isdigit()


def parse_request(bank: Bank, words: list[str]) -> QuizRequest:
    """Words after `quiz`: an optional topic (one or more words) then an optional count.

    Raises ``UnknownTopic`` (with suggestions) or ``QuizRequestError``.
    """
    words = [w for w in words if w.strip()]
    raw_count: str | None = None
    if (words and _looks_numeric(words[-1])) or (len(words) >= 2 and words[-1].replace(".", "", 1).isdigit()):
        raw_count = words.pop()  # "gans 2.5" -> a clear message about the count
    if not words:
        return QuizRequest(None, None if raw_count is None else parse_count(raw_count))
    # The topic is checked before the count: "nosuch 99999" is first of all an unknown topic.
    try:
        topic = bank.resolve_topic(" ".join(words))
    except UnknownTopic:
        if raw_count is None and len(words) >= 2:
            try:  # "gans lots": a good topic followed by a bad count
                bank.resolve_topic(" ".join(words[:-1]))
            except UnknownTopic:
                pass
            else:
                parse_count(words[-1])
        raise
    return QuizRequest(topic, None if raw_count is None else parse_count(raw_count))
