"""Two tutors on one data folder: a quiz belongs to the window that started it.

Real processes: the chat runs under Pilot in this test process, ``tutor quiz`` runs as a
subprocess on the same ``tutor.db``. Before the fix, the terminal quiz marked the chat's
unfinished quiz as finished, so ``/quiz`` no longer resumed it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pexpect
from fault_helpers import wait_until

from tutor.core.answering.answer import Answer
from tutor.core.quiz.grading import Grader
from tutor.ui.app import TutorApp
from tutor.ui.handlers import quiz as quiz_handlers
from tutor.ui.widgets.chat.conversation import NoteMessage
from tutor.ui.widgets.quiz.question import QuestionCard


class EchoTutor:
    def ask(self, question: str, history=None) -> Answer:
        return Answer(question, "An answer.", True)


def _notes(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]


def _cli(*args: str, answers: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "TUTOR_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "tutor", "quiz", *args], input=answers,
                          capture_output=True, text=True, env=env, timeout=120)


async def _answer_one(pilot, app) -> None:
    card = app.conversation.query(QuestionCard).last()
    await pilot.press("s" if card.kind == "short" else "1")
    if card.kind == "short":
        await pilot.press("enter")
    await wait_until(pilot, lambda: card.answered)


async def test_a_terminal_quiz_leaves_the_chats_unfinished_quiz_alone(tutor_home,
                                                                     monkeypatch) -> None:
    monkeypatch.setattr(quiz_handlers, "_GRADER", Grader(None))
    db = tutor_home / "data" / "tutor.db"
    app = TutorApp(db_path=db, tutor_loader=lambda on_status: EchoTutor())
    async with app.run_test(size=(100, 40)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None and bool(app.conversation.children))
        app.chat_input.focus()
        await pilot.press(*"/quiz vaes 3")
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(QuestionCard)))
        await _answer_one(pilot, app)
        await pilot.press("escape")  # back to the chat, the quiz unfinished

        # Meanwhile, a second tutor in a terminal: a whole quiz, and a bare `tutor quiz`.
        done = _cli("gans", "2", answers="true\n1\nskip\n")
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        again = _cli(answers="")  # must not resume the chat's live quiz
        assert "Resuming" not in again.stdout, again.stdout

        app.chat_input.focus()
        await pilot.press(*"/quiz")
        await pilot.press("enter")
        try:
            await wait_until(pilot, lambda: any("Resuming your quiz at question 2 of 3" in n
                                                for n in _notes(app)))
        except AssertionError:
            raise AssertionError(_notes(app)) from None
    conn = sqlite3.connect(db)
    unfinished = conn.execute("SELECT topic FROM quiz_sessions WHERE finished IS NULL "
                              "ORDER BY id").fetchall()
    assert ("vaes",) in unfinished


def test_a_quiz_whose_window_is_gone_is_resumed_by_the_next(tutor_home) -> None:
    """The terminal quiz is killed (its window is gone): the next `tutor quiz` resumes it."""
    env = {**os.environ, "TUTOR_THREADS": "1"}
    child = pexpect.spawn(sys.executable, ["-m", "tutor", "quiz", "gans", "3"], env=env,
                          encoding="utf-8", timeout=60)
    child.expect(r"\) > ")
    child.sendline("skip")
    child.expect(r"Question 2/3")
    child.expect(r"\) > ")
    child.kill(signal.SIGKILL)
    child.wait()
    resumed = _cli(answers="")
    assert "Resuming your unfinished quiz at question 2 of 3" in resumed.stdout, resumed.stdout
