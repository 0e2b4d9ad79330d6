"""/quiz, /review and /progress in the chat, plus the greeting about due cards.

The engine is ``tutor.core.quiz`` (the same one ``tutor quiz`` uses); this module only turns a
session into cards. A ``QuizRunner`` owns the live session of one app: it mounts a question
card, grades the answer (short answers in a thread, since they run the embedding model), saves
it at once (attempt, card, review log and position in one transaction) and saves the answered
card as a chat message, so a resumed conversation shows it and ``/export`` includes it.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
import weakref
from functools import partial
from typing import TYPE_CHECKING, Any

from tutor.commands import CommandError

if TYPE_CHECKING:
    from tutor.core.quiz.bank import Bank, Question
    from tutor.core.quiz.grading import Grade, Grader
    from tutor.core.quiz.session import QuizSession
    from tutor.ui.app import TutorApp
    from tutor.ui.widgets.quiz.question import QuestionCard

_RUNNERS: weakref.WeakKeyDictionary[Any, QuizRunner] = weakref.WeakKeyDictionary()
_GRADER: Grader | None = None


def make_grader() -> Grader:
    """One grader per process; it shares the embedding model the chat already loaded."""
    global _GRADER
    if _GRADER is None:
        from tutor.core.quiz.grading import Grader

        _GRADER = Grader()
    return _GRADER


def _bank() -> Bank:
    from tutor.core.quiz.bank import load_bank

    bank = load_bank()
    if len(bank) == 0:
        raise CommandError("The question bank is empty or unreadable (run `tutor quiz --check`).")
    return bank


class QuizRunner:
    """Drives one session in the conversation: question card -> answer -> feedback -> next."""

    def __init__(self, app: TutorApp, session: QuizSession) -> None:
        self.app = app
        self.session = session
        self.card: QuestionCard | None = None

    async def show_current(self) -> None:
        from tutor.ui.widgets.quiz.question import QuestionCard, question_view

        session = self.session
        question = session.current()
        if question is None:
            await self.finish()
            return
        if self.card is not None and not self.card.answered:
            await self.card.remove()  # a stale unanswered card (e.g. /quiz typed to resume)
        view = question_view(question, session.bank, session.number, session.total, session.mode)
        self.card = QuestionCard(view, on_answer=self.answer, on_continue=self.advance,
                                 on_hint=partial(save_hint, self.app, question))
        await self.app.conversation.add_card(self.card)
        if session.mode == "review":
            await self.offer_leech_help(question)
        self.card.focus_answer()

    async def offer_leech_help(self, question: Any) -> None:
        """A card missed LEECH_FAILURES times: offer the section and a hint before answering."""
        from tutor.core.learning.mastery import LEECH_FAILURES

        row = self.app.store.conn.execute(
            "SELECT count(*) FROM attempts WHERE question_id = ? AND correct = 0 AND verdict != 'partial'",
            (question.id,)).fetchone()
        failures = int(row[0]) if row else 0
        if failures >= LEECH_FAILURES:
            hint = " or h for a hint" if getattr(question, "hints", ()) else ""
            await self.app.show_note(
                f"Flagged: you have missed this one {failures} times. Re-read "
                f"{self.session.bank.citation(question)} first (/learn {question.lesson}){hint}.",
                "warning")

    async def answer(self, card: QuestionCard, text: str) -> None:
        if card is not self.card or card.answered or _RUNNERS.get(self.app) is not self:
            return
        question = self.session.current()
        if question is None or question.id != card.view["question_id"]:
            return
        seconds = time.monotonic() - card.shown_at
        grade = await grade_on_card(card, question, text)
        if grade is None:
            return
        try:
            self.session.record(question, text, grade, seconds=seconds, hints=card.hints_shown)
        except sqlite3.Error as error:
            await self.app.show_note(f"Could not save this answer ({error}).", "error")
        show_graded(self.app, card, question, text, grade)
        self.app.conversation.scroll_end(animate=False)

    async def advance(self, card: QuestionCard) -> None:
        if card is not self.card or _RUNNERS.get(self.app) is not self:
            return
        if self.session.done:
            await self.finish()
        else:
            await self.show_current()

    async def finish(self) -> None:
        from tutor.ui.widgets.quiz.summary import QuizSummary, summary_markdown, summary_payload

        if _RUNNERS.get(self.app) is self:
            del _RUNNERS[self.app]
        payload = summary_payload(self.session)
        card = QuizSummary(payload)
        await self.app.conversation.add_card(card)
        self.app.save_message("tutor", "quiz_summary", summary_markdown(payload), payload)
        buttons = card.query("#quiz-retake")
        if buttons:
            buttons.first().focus()  # Enter or Ctrl+R retakes the missed ones
        else:
            self.app.action_focus_input()


async def start_runner(app: TutorApp, session: QuizSession, intro: str) -> None:
    runner = QuizRunner(app, session)
    old = _RUNNERS.get(app)
    if old is not None and old.card is not None and not old.card.answered:
        await old.card.remove()
    _RUNNERS[app] = runner
    await app.show_note(intro)
    await runner.show_current()


async def grade_on_card(card: QuestionCard, question: Question, text: str) -> Grade | None:
    """Grade an answer typed on a question card; None (explained on the card) if it is not one.

    Why shared: a quiz question and a lesson's check are the same card and must grade alike. A
    short answer runs the embedding model, so it is graded in a thread with "Grading..." on the
    card; an answer that cannot be graded (a letter out of range, an empty line) is said on the
    card and the question stays open.
    """
    from tutor.core.quiz.grading import InvalidAnswer

    grader = make_grader()
    try:
        if question.kind == "short":
            card.show_invalid("Grading...")
            return await asyncio.to_thread(grader.grade, question, text)
        return grader.grade(question, text)
    except InvalidAnswer as error:
        card.show_invalid(str(error))
        return None


def show_graded(app: TutorApp, card: QuestionCard, question: Question, text: str, grade: Grade) -> None:
    """Show the verdict on the card and keep the answered card as a chat message (so a resumed
    conversation shows it and ``/export`` includes it)."""
    from tutor.core.quiz.grading import is_skip
    from tutor.ui.widgets.quiz.question import answered_markdown

    right: int | None = None
    picked: int | None = None
    if question.kind == "choice":
        right, picked = question.correct_index, grade.chosen
    elif question.kind == "truefalse":
        right = 0 if question.answer else 1
        picked = None if is_skip(text) else right if grade.correct else 1 - right
    result = {
        "answer": text,
        "right": right,
        "picked": picked,
        "verdict": grade.verdict.value,
        "score": grade.score,
        "feedback": grade.feedback,
        "explanation": question.explanation,
        "hints": card.hints_shown,
    }
    card.show_result(result)
    app.save_message("tutor", "quiz_answer", answered_markdown(card.view, result),
                     {"view": card.view, "result": result})


def save_hint(app: TutorApp, question: Any, card: Any, index: int) -> None:
    """A hint was shown: saved at once (an answer after it is rated Hard)."""
    from tutor.core.learning.hints import record_hint

    try:
        record_hint(app.store.conn, question, index)
    except sqlite3.Error as error:
        app.run_worker(app.show_note(f"Could not save the hint ({error}).", "warning"))


def _store_conn(app: TutorApp) -> sqlite3.Connection:
    return app.store.conn


async def handle_quiz(app: TutorApp, args: str) -> None:
    """/quiz [TOPIC] [N]: a new quiz, or (no arguments) resume the unfinished one."""
    from tutor.core.quiz.bank import UnknownTopic
    from tutor.core.quiz.request import DEFAULT_COUNT, QuizRequestError, parse_request
    from tutor.core.quiz.session import NothingToAsk, start_quiz, unfinished_session

    bank = _bank()
    try:
        request = parse_request(bank, args.split())
    except (UnknownTopic, QuizRequestError) as error:
        raise CommandError(str(error)) from None
    conn = _store_conn(app)
    if request.topic is None and request.count is None:
        session = unfinished_session(conn, bank)
        if session is not None:
            what, item = _WORDS.get(session.mode, _WORDS["quiz"])
            await start_runner(app, session, f"Resuming your {what} at {item} {session.number} of "
                         f"{session.total}. (/quiz TOPIC N starts a new quiz.)")
            return
    try:
        session = start_quiz(conn, bank, request.topic, request.count or DEFAULT_COUNT)
    except NothingToAsk as error:
        raise CommandError(str(error)) from None
    about = bank.lesson_title(request.topic) if request.topic else "a mix chosen for you (due cards and your weakest lessons first)"
    await start_runner(app, session, f"Quiz: {session.total} questions on {about}. "
                 "Answer with the keyboard; Esc goes back to the chat and /quiz resumes.")


async def handle_review(app: TutorApp, args: str) -> None:
    """/review: the spaced-repetition cards that are due."""
    from tutor.core.quiz.progress import count_due
    from tutor.core.quiz.scheduler import next_due
    from tutor.core.quiz.session import start_review

    bank = _bank()
    conn = _store_conn(app)
    if count_due(conn, bank) == 0:
        upcoming = next_due(conn, set(bank.questions))
        if upcoming is None:
            await app.show_note("No cards yet: every question you answer in a /quiz becomes a "
                                "review card.")
        else:
            from tutor.ui.widgets.quiz.progress import _when

            await app.show_note(f"No cards are due. The next one is due {_when(upcoming - time.time())}.")
        return
    session = start_review(conn, bank)
    await start_runner(app, session, f"Review: {session.total} card{'s' if session.total != 1 else ''} due.")


async def handle_progress(app: TutorApp, args: str) -> None:
    """/progress: mastery per lesson, totals, accuracy per day, streak, cards due."""
    from tutor.core.knowledge import load_course
    from tutor.core.learning.report import add_learning, learning_summary
    from tutor.core.quiz.progress import progress_report
    from tutor.ui.widgets.quiz.progress import progress_markdown, progress_payload

    conn, bank = _store_conn(app), _bank()
    payload = add_learning(progress_payload(progress_report(conn, bank)),
                           learning_summary(conn, load_course(), bank))
    card = await app.show_message("tutor", "quiz_progress", progress_markdown(payload), payload)
    app.call_after_refresh(card.scroll_visible, animate=False, top=True)  # start at its top


async def retake(app: TutorApp, session_id: int) -> None:
    """"Retake the ones I missed" from a summary card (also after a restart)."""
    from tutor.core.quiz.session import NothingToAsk, load_session, start_retake

    bank = _bank()
    conn = _store_conn(app)
    previous = load_session(conn, bank, session_id)
    if previous is None:
        await app.show_note("That quiz is no longer in the database.", "warning")
        return
    try:
        session = start_retake(conn, bank, previous)
    except NothingToAsk as error:
        await app.show_note(str(error))
        return
    await start_runner(app, session, f"Retake: the {session.total} question{'s' if session.total != 1 else ''} you missed.")


async def show_section(app: TutorApp, section_id: str) -> None:
    """Show the text of a cited section in the conversation (not saved: it is course text)."""
    from tutor.ui.widgets.chat.messages import TutorText

    bank = _bank()
    lesson_id, _, slug = section_id.partition("#")
    lesson = bank.lessons.get(lesson_id)
    text = lesson.texts.get(slug, "") if lesson else ""
    if not text:
        await app.show_note(f"The section {section_id} is not in the course any more.", "warning")
        return
    heading = lesson.sections.get(slug, slug)
    await app.conversation.add_card(TutorText(f"**{lesson.title} › {heading}**\n\n{text}",
                                              classes="quiz-section"))
    if lesson.id in bank.topics:
        await app.show_note(f"Quiz yourself on it: /quiz {lesson.id}")


def complete_quiz(app: TutorApp, text: str) -> list[str]:
    """Autocomplete lesson ids after /quiz."""
    from tutor.core.quiz.bank import load_bank

    prefix = text.strip().lower()
    if " " in prefix:
        return []
    topics = load_bank().topics
    starts = [t for t in topics if t.startswith(prefix)]
    return starts + [t for t in topics if prefix and prefix in t and t not in starts]


_WORDS = {"quiz": ("quiz", "question"), "review": ("review", "card"), "retake": ("retake", "question"),
          "challenge": ("challenge", "question")}


def due_greeting(db_path: Any) -> str:
    """Thread: what a returning learner should hear about their quizzes ('' for nothing)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1.0)
    try:
        # A learner who never took a quiz (every first start) has nothing to hear: answer
        # that from two tiny queries instead of importing the quiz engine and parsing the bank
        # while the models warm up and the learner starts typing.
        row = conn.execute("SELECT EXISTS(SELECT 1 FROM cards) OR EXISTS(SELECT 1 FROM "
                           "quiz_sessions WHERE finished IS NULL)").fetchone()
        if not row or not row[0]:
            return ""
        from tutor.core.quiz.bank import load_bank
        from tutor.core.quiz.progress import count_due
        from tutor.core.quiz.session import unfinished_session

        bank = load_bank()
        due = count_due(conn, bank)
        unfinished = None
        row = conn.execute("SELECT count(*) FROM quiz_sessions WHERE finished IS NULL").fetchone()
        if row and row[0]:
            session = unfinished_session(conn, bank, claim=False)
            if session is not None:
                unfinished = (session.mode, session.number, session.total)
    finally:
        conn.close()
    parts = []
    if due:
        parts.append(f"{due} quiz card{'s are' if due != 1 else ' is'} due for review: type /review.")
    if unfinished:
        mode, number, total = unfinished
        what, item = _WORDS.get(mode, _WORDS["quiz"])
        parts.append(f"Your last {what} stopped at {item} {number} of {total}: /quiz resumes it.")
    return " ".join(parts)
