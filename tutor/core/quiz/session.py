"""A quiz session: a fixed list of questions, a position, and every answer saved as it is given.

Why persisted: the session row (question ids, position) and each attempt are written the moment
an answer is graded, in the same transaction, so a quiz interrupted by a closed terminal, a
crash or Ctrl+C resumes at the next unanswered question with its earlier answers intact.

Modes: ``quiz`` (chosen by ``selection``), ``review`` (the cards that are due) and ``retake``
(the questions missed in an earlier session). Starting a new session closes the older unfinished
ones of this window, so "resume" always means the quiz the learner last worked on.

Owners: a session belongs to the window (process) that started or resumed it
(``tutor.core.owner``). Another live tutor on the same data folder never finishes it and never
resumes it; once that window is gone, the next one may. Writes go through ``store.write``, so an
answer given while another tutor holds the lock is kept and saved when it frees.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field

from tutor.core import owner
from tutor.core.quiz import scheduler
from tutor.core.quiz.bank import Bank, Question
from tutor.core.quiz.grading import Grade, Grader, InvalidAnswer, Verdict, parse_choice
from tutor.core.quiz.progress import answer_args, save_answer
from tutor.core.quiz.request import MAX_QUESTIONS
from tutor.core.quiz.selection import choose_questions
from tutor.core.writes import durable, insert, resolve, write

REVIEW_LIMIT = 20


_POINTS = {Verdict.CORRECT: 1.0, Verdict.WRONG: 0.0}  # PARTIAL keeps its own score


class NothingToAsk(ValueError):
    """The requested quiz has no questions (empty topic, nothing due, nothing missed)."""


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    answer: str
    verdict: Verdict
    score: float
    feedback: str


@dataclass(frozen=True)
class Score:
    correct: int
    partial: int
    wrong: int
    total: int  # questions in the session
    points: float  # sum of scores (a partly right short answer earns part of a point)

    @property
    def answered(self) -> int:
        return self.correct + self.partial + self.wrong

    @property
    def percent(self) -> int:
        return round(100 * self.points / self.answered) if self.answered else 0


@dataclass(frozen=True)
class Mistake:
    question: Question
    answer: str
    verdict: Verdict
    feedback: str

    @property
    def shown_answer(self) -> str:
        """The answer as the learner meant it: "c) Expands a latent point..." rather than "c"."""
        if self.question.kind == "choice":
            try:
                index = parse_choice(self.question, self.answer)
            except InvalidAnswer:
                return self.answer
            return f"{'abcd'[index]}) {self.question.choices[index].text}"
        return self.answer


@dataclass
class QuizSession:
    """One quiz in progress (or finished). Always bound to an open connection and the bank."""

    conn: sqlite3.Connection
    bank: Bank
    id: int
    topic: str | None
    mode: str
    question_ids: list[str]
    position: int
    started: float
    finished: float | None = None
    answers: list[AnswerRecord] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.question_ids)

    @property
    def done(self) -> bool:
        self._skip_retired()
        return self.position >= self.total

    @property
    def number(self) -> int:
        """1-based number of the current question."""
        return min(self.position + 1, self.total)

    def current(self) -> Question | None:
        self._skip_retired()
        if self.position >= self.total:
            return None
        return self.bank.get(self.question_ids[self.position])

    def _skip_retired(self) -> None:
        """Step over questions removed from the bank since the session was saved."""
        moved = False
        while self.position < self.total and self.bank.get(self.question_ids[self.position]) is None:
            self.position += 1
            moved = True
        if moved:
            write(self.conn, _moved(**self._position_change(time.time())))

    def _position_change(self, now: float) -> dict:
        """Where the session is now, as the arguments of ``_moved`` (values fixed at this
        moment, the session id resolved when it runs: the row may itself be a kept write)."""
        if self.position >= self.total and self.finished is None:
            self.finished = now
        return {"session_id": self.id, "position": self.position, "finished": self.finished}

    def answer(
        self,
        text: str,
        grader: Grader,
        now: float | None = None,
        seconds: float | None = None,
        hints: int = 0,
    ) -> Grade:
        """Grade the current question, save everything in one transaction, move on.

        Raises ``InvalidAnswer`` (nothing saved, ask again) or ``NothingToAsk`` when done.
        """
        question = self.current()
        if question is None:
            raise NothingToAsk("This quiz is finished.")
        grade = grader.grade(question, text)
        self.record(question, text, grade, now, seconds, hints)
        return grade

    def record(
        self,
        question: Question,
        text: str,
        grade: Grade,
        now: float | None = None,
        seconds: float | None = None,
        hints: int = 0,
    ) -> None:
        """Save a grade computed elsewhere (the chat grades in a thread, saves on its own).

        ``question`` must be the current one: a stale grade is refused, never misfiled.
        """
        current = self.current()
        if current is None or current.id != question.id:
            raise NothingToAsk("That question was already answered.")
        moment = time.time() if now is None else now
        self.position += 1
        moved = self._position_change(moment)
        given = answer_args(question, text, grade, self.id, moment, seconds, hints)
        write(self.conn, _answered(answer=given, moved=moved))
        self.answers.append(AnswerRecord(question.id, text, grade.verdict, grade.score, grade.feedback))

    def score(self) -> Score:
        verdicts = [a.verdict for a in self.answers]
        return Score(
            correct=verdicts.count(Verdict.CORRECT),
            partial=verdicts.count(Verdict.PARTIAL),
            wrong=verdicts.count(Verdict.WRONG),
            total=self.total,
            # right = 1 point, partly right = its score, wrong = 0 (even with some similarity)
            points=round(sum(_POINTS.get(a.verdict, a.score) for a in self.answers), 3),
        )

    def mistakes(self) -> list[Mistake]:
        """Answers that were not fully right (partly right ones included), in quiz order."""
        found: list[Mistake] = []
        for record in self.answers:
            question = self.bank.get(record.question_id)
            if question is not None and record.verdict is not Verdict.CORRECT:
                found.append(Mistake(question, record.answer, record.verdict, record.feedback))
        return found


def start_session(
    conn: sqlite3.Connection,
    bank: Bank,
    ids: list[str],
    topic: str | None = None,
    mode: str = "quiz",
    now: float | None = None,
) -> QuizSession:
    """A new session over exactly these questions.

    Older unfinished sessions of this window, or of a window that is gone, are closed; one that
    another live tutor is running is left alone.
    """
    if not ids:
        raise NothingToAsk("There are no questions to ask.")
    moment = time.time() if now is None else now
    session_id = insert(conn, _started(topic=topic, ids=list(ids), mode=mode, moment=moment,
                                       me=owner.current()))
    return QuizSession(conn, bank, session_id, topic, mode, list(ids), 0, moment)


def start_quiz(
    conn: sqlite3.Connection,
    bank: Bank,
    topic: str | None = None,
    count: int = 5,
    seed: int | None = None,
    now: float | None = None,
) -> QuizSession:
    """A new adaptive quiz; ``topic`` must already be a lesson id (see ``Bank.resolve_topic``)."""
    if not 1 <= count <= MAX_QUESTIONS:
        raise ValueError(f"A quiz has 1 to {MAX_QUESTIONS} questions (asked for {count}).")
    ids = choose_questions(bank, conn, topic, count, now, seed)
    if not ids:
        raise NothingToAsk(f"No questions for {topic or 'any topic'} yet.")
    return start_session(conn, bank, ids, topic, "quiz", now)


def start_review(
    conn: sqlite3.Connection, bank: Bank, now: float | None = None, limit: int = REVIEW_LIMIT
) -> QuizSession:
    """A session of the cards that are due, most overdue first."""
    ids = scheduler.due_question_ids(conn, now, set(bank.questions))[:limit]
    if not ids:
        raise NothingToAsk("No cards are due for review.")
    return start_session(conn, bank, ids, None, "review", now)


def start_retake(
    conn: sqlite3.Connection, bank: Bank, previous: QuizSession, now: float | None = None
) -> QuizSession:
    """A new session of the questions missed (or only partly right) in ``previous``."""
    ids = [m.question.id for m in previous.mistakes()]
    if not ids:
        raise NothingToAsk("Nothing to retake: every answer was right.")
    return start_session(conn, bank, ids, previous.topic, "retake", now)


def load_session(conn: sqlite3.Connection, bank: Bank, session_id: int) -> QuizSession | None:
    session_id = resolve(conn, session_id)
    row = conn.execute(
        "SELECT id, topic, mode, question_ids, position, started, finished FROM quiz_sessions WHERE id = ?",
        (session_id,),
    ).fetchone()
    if row is None:
        return None
    try:
        ids = [str(qid) for qid in json.loads(row[3])]
    except (ValueError, TypeError):
        return None
    answers = [
        AnswerRecord(qid, answer, _verdict(verdict, correct), float(score), feedback)
        for qid, answer, verdict, correct, score, feedback in conn.execute(
            "SELECT question_id, answer, verdict, correct, score, feedback FROM attempts "
            "WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
    ]
    return QuizSession(conn, bank, row[0], row[1], row[2], ids, int(row[4]), row[5], row[6], answers)


# The changes, named with plain arguments so a kept one survives in the journal and is replayed
# by the next tutor (tutor.core.writes.durable); session ids may be placeholders until they run.
@durable
def _moved(conn: sqlite3.Connection, session_id: int, position: int,
           finished: float | None) -> None:
    conn.execute("UPDATE quiz_sessions SET position = ?, finished = ? WHERE id = ?",
                 (position, finished, resolve(conn, session_id)))


@durable
def _answered(conn: sqlite3.Connection, answer: dict, moved: dict) -> None:
    """An answer and the session's new position: one transaction."""
    save_answer.run(conn, **answer)
    _moved.run(conn, **moved)


@durable
def _started(conn: sqlite3.Connection, topic: str | None, ids: list[str], mode: str,
             moment: float, me: str) -> int:
    """Close this window's (or a gone window's) unfinished sessions, then start one."""
    stale = [
        (moment, row[0])
        for row in conn.execute("SELECT id, owner FROM quiz_sessions WHERE finished IS NULL")
        if row[1] == me or not owner.alive(row[1])
    ]
    conn.executemany("UPDATE quiz_sessions SET finished = ? WHERE id = ?", stale)
    return int(conn.execute(
        "INSERT INTO quiz_sessions(topic, question_ids, position, mode, started, owner) "
        "VALUES(?, ?, 0, ?, ?, ?)",
        (topic, json.dumps(ids), mode, moment, me),
    ).lastrowid)


@durable
def _claimed(conn: sqlite3.Connection, session_id: int, me: str) -> None:
    conn.execute("UPDATE quiz_sessions SET owner = ? WHERE id = ?",
                 (me, resolve(conn, session_id)))


def _verdict(stored: str, correct: int) -> Verdict:
    try:
        return Verdict(stored)
    except ValueError:  # an attempt saved before verdicts were stored
        return Verdict.CORRECT if correct else Verdict.WRONG


def unfinished_session(
    conn: sqlite3.Connection, bank: Bank, claim: bool = True
) -> QuizSession | None:
    """The quiz the learner left part-way in this window (else in one that is gone), if any.

    A session another live tutor is running is not offered. With ``claim`` the session becomes
    this window's (so that tutor, if it is started again, leaves it to us); the start-up
    greeting only looks (``claim=False``).
    """
    me = owner.current()
    rows = conn.execute(
        "SELECT id, owner FROM quiz_sessions WHERE finished IS NULL ORDER BY started DESC, id DESC"
    ).fetchall()
    rows.sort(key=lambda row: row[1] != me)  # this window's own quiz first, then orphans
    for row in rows:
        if row[1] != me and owner.alive(row[1]):
            continue  # another window's quiz, still running
        session = load_session(conn, bank, int(row[0]))
        if session is None or session.done:
            continue
        if claim and row[1] != me:
            write(conn, _claimed(session_id=session.id, me=me))
        return session
    return None
