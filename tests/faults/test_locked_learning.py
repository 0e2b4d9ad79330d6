"""Another tutor holds the database's write lock while the learner reads a lesson: the reading
position, the sections read, the hints taken and the check answers are kept and saved when the
lock frees, with the same one notice as every other write.

The lock is real (a second process in ``BEGIN IMMEDIATE``, see ``fault_helpers``) and each face
is the real program: ``tutor learn LESSON`` and the plain chat's ``/learn`` in subprocesses, the
chat's ``/learn`` under Pilot. Before the learning modules wrote through ``tutor.core.writes``,
``tutor learn`` died with ``OperationalError: database is locked`` and the chats lost the steps.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading

from fault_helpers import tutor_in_terminal, wait_until

from tutor.core.store import open_store

KEPT = "Another tutor is holding your database"
SAVED = "free again"
CHECK_PROMPT = r"\((1-\d|true/false|one sentence)\) > "


class Answers:
    """Instant answers: the reading, not retrieval, is under test."""

    def ask(self, question: str, history=None):
        from tutor.core.answering.answer import Answer

        return Answer(question, "An answer.", True)


def _rows(db, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _count(db, table: str) -> int:
    return _rows(db, f"SELECT COUNT(*) FROM {table}")[0][0]


def test_tutor_learn_keeps_the_section_read_while_locked(tutor_home, hold_lock) -> None:
    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    holder = hold_lock(db)
    threading.Timer(3.0, holder.release).start()  # the other tutor lets go while we print
    env = {**os.environ, "TUTOR_THREADS": "1"}
    done = subprocess.run([sys.executable, "-m", "tutor", "learn", "what-is-ml", "--section", "2"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "OperationalError" not in done.stderr
    assert "section 2 of" in done.stdout  # the section is still shown
    assert done.stderr.count(KEPT) == 1, done.stderr  # told once, plainly
    assert SAVED in done.stderr
    assert _rows(db, "SELECT lesson_id, section FROM reading_positions") == [("what-is-ml", 1)]
    assert _rows(db, "SELECT section_id FROM section_reads") == [
        ("what-is-ml#the-cats-and-dogs-example",)]


def test_plain_chat_learn_keeps_reading_hints_and_checks_while_locked(tutor_home,
                                                                     hold_lock) -> None:
    import pexpect

    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    holder = hold_lock(db)
    child = tutor_in_terminal("chat", "--plain")
    child.expect("You> ")
    child.sendline("/learn what-is-ml")
    child.expect(KEPT)  # said once, while the lock is still held
    child.expect(r"q back to the chat\) > ")
    child.sendline("n")  # section 1 read
    child.expect(r"q back to the chat\) > ")
    child.sendline("n")  # section 2 read: a check is due
    child.expect(CHECK_PROMPT)
    kind = child.match.group(1)
    child.sendline("hint")
    child.expect("Hint 1:")
    child.expect(CHECK_PROMPT)
    child.sendline({"true/false": "true", "one sentence": "skip"}.get(kind, "1"))
    child.expect(r"q back to the chat\) > ")
    child.sendline("q")
    child.expect("Your place is kept: section 3")
    child.expect("You> ")
    assert _count(db, "section_reads") == 0  # still locked: nothing could land yet...
    holder.release()
    child.expect(SAVED, timeout=15)  # ...and it lands without another step from the learner
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.wait()
    assert child.exitstatus == 0
    assert KEPT not in child.before and "Traceback" not in child.before
    assert _rows(db, "SELECT lesson_id, section FROM reading_positions") == [("what-is-ml", 2)]
    assert [r[0] for r in _rows(db, "SELECT section_id FROM section_reads ORDER BY id")] == [
        "what-is-ml#learning-from-data-instead-of-hand-written-rules",
        "what-is-ml#the-cats-and-dogs-example"]
    assert _rows(db, "SELECT hint FROM hint_uses") == [(0,)]
    attempts = _rows(db, "SELECT question_id, hints, session_id FROM attempts")
    assert len(attempts) == 1 and attempts[0][1] == 1 and attempts[0][2] is None
    assert _rows(db, "SELECT question_id FROM cards") == [(attempts[0][0],)]  # scheduled too
    assert _count(db, "review_log") == 1


async def test_chat_learn_keeps_reading_hints_and_checks_while_locked(tmp_path, hold_lock,
                                                                      monkeypatch) -> None:
    from tutor.core.quiz.grading import Grader
    from tutor.ui.app import TutorApp
    from tutor.ui.handlers import quiz as quiz_handlers
    from tutor.ui.widgets.chat.conversation import NoteMessage
    from tutor.ui.widgets.learn.lesson import LessonCard
    from tutor.ui.widgets.quiz.question import QuestionCard

    monkeypatch.setattr(quiz_handlers, "_GRADER", Grader(None))
    db = tmp_path / "tutor.db"
    open_store(db).close()
    app = TutorApp(db_path=db, tutor_loader=lambda on_status: Answers())

    def notes() -> list[str]:
        return [n.text for n in app.conversation.query(NoteMessage)]

    async with app.run_test(size=(100, 40)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None and bool(app.conversation.children))
        holder = hold_lock(db)
        app.chat_input.focus()
        await pilot.press(*"/learn what-is-ml")
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(LessonCard)))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(QuestionCard)))
        card = app.conversation.query(QuestionCard).last()
        await pilot.press("h")
        await wait_until(pilot, lambda: card.hints_shown == 1)
        await pilot.press("s" if card.kind == "short" else "1")
        if card.kind == "short":
            await pilot.press("enter")
        await wait_until(pilot, lambda: card.answered)
        assert not any("Could not save" in n for n in notes()), notes()
        # told by the store's retry thread once its wait for the lock runs out (the screen
        # itself never waited), and only once however many writes were kept
        await wait_until(pilot, lambda: any(KEPT in n for n in notes()))
        assert sum(KEPT in n for n in notes()) == 1
        assert _count(db, "section_reads") == 0 and app.store.kept >= 4
        holder.release()
        await wait_until(pilot, lambda: app.store.kept == 0)  # the retry thread saves them
        await wait_until(pilot, lambda: any(SAVED in n for n in notes()))
    assert _rows(db, "SELECT lesson_id, section FROM reading_positions") == [("what-is-ml", 2)]
    assert _count(db, "section_reads") == 2
    assert _rows(db, "SELECT hint FROM hint_uses") == [(0,)]
    assert _rows(db, "SELECT hints FROM attempts") == [(1,)]
    assert _count(db, "cards") == 1 and _count(db, "review_log") == 1
