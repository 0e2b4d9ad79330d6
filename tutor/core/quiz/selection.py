"""Choosing the next questions: due cards first, then the learner's weakest lessons.

Why this order: a due card is one the learner is about to forget, so reviewing it now is worth
most. The remaining places go to the lessons the learner knows least (lowest smoothed accuracy,
most questions never seen), drawn at random in proportion to that weakness so a quiz still
mixes topics instead of drilling one. With a topic, the quiz stays inside that lesson: due
questions, then unseen ones, then the ones answered worst. A seed makes every choice repeatable
(tests, and a resumed session keeps its own stored list anyway).
"""

from __future__ import annotations

import math
import random
import sqlite3

from tutor.core.quiz import scheduler
from tutor.core.quiz.bank import Bank
from tutor.core.quiz.progress import latest_scores, lesson_stats

DUE_SHARE = 0.6  # at most this share of a mixed quiz is due cards; the rest explores weak lessons
UNSEEN_BONUS = 0.3  # weight added in proportion to never-seen questions (less than a bad record)
SPREAD = 0.6  # a lesson's weight is multiplied by this each time it gives a question


def lesson_weakness(attempts: int, score_sum: float, unseen: int, total: int) -> float:
    """How much a lesson needs practice: 1 - smoothed accuracy, plus a bonus for unseen questions.

    The +1/+2 (Laplace) smoothing makes a lesson never tried count as 50% known, so one lucky
    answer does not mark a lesson as mastered.
    """
    accuracy = (score_sum + 1.0) / (attempts + 2.0)
    unseen_share = unseen / total if total else 0.0
    return (1.0 - accuracy) + UNSEEN_BONUS * unseen_share + 0.05


def _by_need(ids: list[str], latest: dict[str, float], dues: dict[str, float], rng: random.Random) -> list[str]:
    """Unseen questions (shuffled) first, then seen ones from lowest latest score / soonest due."""
    unseen = [qid for qid in ids if qid not in latest]
    rng.shuffle(unseen)
    seen = sorted((qid for qid in ids if qid in latest), key=lambda q: (latest[q], dues.get(q, 0.0), q))
    return unseen + seen


def choose_questions(
    bank: Bank,
    conn: sqlite3.Connection,
    topic: str | None = None,
    count: int = 5,
    now: float | None = None,
    seed: int | None = None,
) -> list[str]:
    """Up to ``count`` distinct question ids for a new quiz (fewer if the pool is smaller)."""
    rng = random.Random(seed)
    known = set(bank.questions)
    due = scheduler.due_question_ids(conn, now, known)
    latest = latest_scores(conn)
    dues = scheduler.card_dues(conn)
    if topic is not None:
        pool = [q.id for q in bank.by_lesson(topic)]
        due_here = [qid for qid in due if qid in pool]
        rest = _by_need([qid for qid in pool if qid not in due_here], latest, dues, rng)
        return (due_here + rest)[:count]

    chosen: list[str] = due[: min(len(due), math.ceil(count * DUE_SHARE))]
    taken = set(chosen)
    stats = lesson_stats(conn)
    queues: dict[str, list[str]] = {}
    weights: dict[str, float] = {}
    for lesson_id in bank.topics:
        ids = [q.id for q in bank.by_lesson(lesson_id)]
        queue = [qid for qid in _by_need(ids, latest, dues, rng) if qid not in taken and qid not in due]
        if not queue:
            continue
        attempts, score_sum = stats.get(lesson_id, (0, 0.0))
        unseen = sum(1 for qid in ids if qid not in latest)
        queues[lesson_id] = queue
        weights[lesson_id] = lesson_weakness(attempts, score_sum, unseen, len(ids))
    while len(chosen) < count and queues:
        lessons = sorted(queues)
        lesson_id = rng.choices(lessons, weights=[weights[name] for name in lessons])[0]
        chosen.append(queues[lesson_id].pop(0))
        weights[lesson_id] *= SPREAD
        if not queues[lesson_id]:
            del queues[lesson_id]
    for qid in due:  # few weak-lesson questions left: top up with the remaining due cards
        if len(chosen) >= count:
            break
        if qid not in chosen:
            chosen.append(qid)
    return chosen
