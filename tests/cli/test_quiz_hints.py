"""Hints in ``tutor quiz``: offered before the answer, saved, and a right answer after one is
scheduled Hard (the shipped bank, the real CLI class)."""

from __future__ import annotations

import io

from fsrs import Rating

from tutor.cli import build_parser
from tutor.cli.quiz import QuizCli
from tutor.core.quiz.bank import load_bank
from tutor.core.store import open_store


def test_a_hint_then_a_right_answer_is_hard(tmp_path) -> None:
    bank = load_bank()
    args = build_parser().parse_args(["quiz", "gans", "1", "--seed", "0"])
    # the question the seeded quiz asks, answered after two hints
    from tutor.core.quiz.selection import choose_questions

    store = open_store()
    asked = bank.get(choose_questions(bank, store.conn, "gans", 1, seed=0)[0])
    store.close()
    assert asked.hints  # every question has 1-2 (tutor quiz --check)
    right = {"choice": lambda q: "abcd"[q.correct_index], "truefalse": lambda q: "t" if q.answer else "f",
             "short": lambda q: " ".join(t.split("|")[0] for t in q.key_terms)}[asked.kind](asked)
    out = io.StringIO()
    code = QuizCli(args, io.StringIO(f"hint\nhint\nhint\n{right}\n"), out, io.StringIO()).main()
    text = out.getvalue()
    assert code == 0
    assert "stuck? type 'hint'" in text and f"Hint 1: {asked.hints[0]}" in text
    assert ("No more hints." in text) == (len(asked.hints) < 3)
    assert "after a hint: counted as Hard" in text
    store = open_store()
    try:
        assert store.conn.execute("SELECT hints FROM attempts").fetchone()[0] == len(asked.hints)
        assert store.conn.execute("SELECT rating FROM review_log").fetchone()[0] == int(Rating.Hard)
        assert store.conn.execute("SELECT count(*) FROM hint_uses").fetchone()[0] == len(asked.hints)
    finally:
        store.close()
