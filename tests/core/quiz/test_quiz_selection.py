"""Adaptive choice: due cards first, weak lessons favoured, unseen ones mixed in, repeatable by seed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.core.quiz.conftest import write_course
from tutor.core.quiz.bank import load_bank
from tutor.core.quiz.grading import Grade, Verdict
from tutor.core.quiz.progress import record_answer
from tutor.core.quiz.selection import choose_questions, lesson_weakness

NOW = 1_750_000_000.0
RIGHT = Grade(Verdict.CORRECT, 1.0, "")
WRONG = Grade(Verdict.WRONG, 0.0, "")


def test_topic_quiz_stays_in_the_lesson_due_then_unseen_then_worst(store, bank) -> None:
    conn = store.conn
    with conn:
        record_answer(conn, bank.get("beta-1"), "b", WRONG, now=NOW - 3600)  # due now
        record_answer(conn, bank.get("beta-2"), "t", RIGHT, now=NOW - 3600, seconds=30)  # not due
        record_answer(conn, bank.get("alpha-1"), "b", WRONG, now=NOW - 3600)  # due, other lesson
    ids = choose_questions(bank, conn, topic="beta", count=4, now=NOW, seed=1)
    assert ids[0] == "beta-1"
    assert set(ids[1:3]) == {"beta-3", "beta-4"}  # unseen next
    assert ids[3] == "beta-2"  # seen and known: last
    assert choose_questions(bank, conn, topic="beta", count=10, now=NOW, seed=1) == ids  # capped


def test_same_seed_same_choice(store, bank) -> None:
    first = choose_questions(bank, store.conn, count=6, now=NOW, seed=42)
    assert first == choose_questions(bank, store.conn, count=6, now=NOW, seed=42)
    assert len(set(first)) == 6
    others = {tuple(choose_questions(bank, store.conn, count=6, now=NOW, seed=s)) for s in range(10)}
    assert len(others) > 1


def test_due_cards_come_first_without_a_topic(store, bank) -> None:
    conn = store.conn
    with conn:
        for qid in ("gamma-1", "gamma-2"):
            record_answer(conn, bank.get(qid), "x", WRONG, now=NOW - 3600)
    ids = choose_questions(bank, conn, count=5, now=NOW, seed=3)
    assert ids[:2] == ["gamma-1", "gamma-2"]
    assert len(ids) == 5 and len(set(ids)) == 5
    assert any(qid not in {"gamma-1", "gamma-2"} for qid in ids)  # unseen ones mixed in


def test_weakest_lesson_is_favoured(tmp_path: Path, store) -> None:
    ids = ("l1", "l2", "l3", "l4")
    quizzes, lessons = write_course(tmp_path / "c", ids)
    # 8 questions per lesson: duplicate the questions under new ids
    for lesson_id in ids:
        path = quizzes / f"{lesson_id}.toml"
        text = path.read_text()
        extra = text.split("\n", 1)[1]
        for n in range(1, 5):
            extra = extra.replace(f'id = "{lesson_id}-{n}"', f'id = "{lesson_id}-{n + 4}"')
        path.write_text(text + extra)
    bank = load_bank(quizzes, lessons)
    assert len(bank.by_lesson("l1")) == 8
    conn = store.conn
    with conn:  # l1: all wrong; l2, l3, l4: all right. Answers a day ago, cards not due yet
        for lesson_id in ids:
            for n in (1, 2, 3):
                grade = WRONG if lesson_id == "l1" else RIGHT
                record_answer(conn, bank.get(f"{lesson_id}-{n}"), "x", grade, now=NOW - 2 * 86400, seconds=30)
        conn.execute("UPDATE cards SET due = ?", (NOW + 86400,))
    counts: Counter[str] = Counter()
    for seed in range(30):
        for qid in choose_questions(bank, conn, count=6, now=NOW, seed=seed):
            counts[bank.get(qid).lesson] += 1
    assert counts["l1"] > max(counts["l2"], counts["l3"], counts["l4"])
    assert counts["l2"] > 0  # still a mix, not only the weakest lesson


def test_weakness_formula() -> None:
    untried = lesson_weakness(0, 0.0, 5, 5)
    all_wrong = lesson_weakness(5, 0.0, 0, 5)
    all_right = lesson_weakness(5, 5.0, 0, 5)
    assert all_wrong > untried > all_right > 0
