"""/learn and /challenge in the chat, plus the "Continue: ..." greeting.

``/learn`` shows the course map and, when a lesson is under way, reopens it where the learner
left off; ``/learn LESSON`` opens a lesson; ``/learn map`` only shows the map. A lesson is read
in one ``LessonCard`` that redraws section by section; every step goes through
``tutor.core.learning.reader.LessonReader`` (saved at once). After every two sections a check
question from the bank appears below the card, graded and scheduled like any quiz answer.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
import weakref
from functools import partial
from typing import TYPE_CHECKING, Any

from tutor.commands import CommandError

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp

_READING: weakref.WeakKeyDictionary[Any, LessonSession] = weakref.WeakKeyDictionary()


def _course_and_bank() -> tuple[Any, Any]:
    from tutor.core.knowledge import load_course
    from tutor.core.quiz.bank import load_bank

    return load_course(), load_bank()


def current_map(app: TutorApp) -> Any:
    from tutor.core.learning.course_map import course_map

    course, bank = _course_and_bank()
    return course_map(app.store.conn, course, bank)


class LessonSession:
    """One lesson being read in the conversation: the card, the reader, the open check."""

    def __init__(self, app: TutorApp, reader: Any) -> None:
        self.app = app
        self.reader = reader
        self.card: Any = None
        self.check: Any = None
        self.finished = False

    def view(self) -> dict[str, Any]:
        from tutor.ui.widgets.learn.lesson import section_view

        return section_view(self.reader.lesson, self.reader.index)

    async def open(self, view: dict[str, Any] | None = None) -> None:
        from tutor.ui.widgets.learn.lesson import LessonCard

        self.card = LessonCard(view or self.view(), on_action=self.act)
        await self.app.conversation.add_card(self.card)
        self.app.call_after_refresh(self.card.scroll_visible, animate=False, top=True)
        self.card.focus()
        self.name_conversation()

    def name_conversation(self) -> None:
        """Title an untitled conversation after this lesson (``Chats.name``), so /history lists
        it by what was read instead of "Untitled". Reading itself saves no message: the
        conversation may only exist once a check answer is saved, so this runs then too."""
        from tutor.core.chats import lesson_title

        if self.app.conversation_id is None:
            return
        with contextlib.suppress(sqlite3.Error):  # a title is never worth an error
            self.app.chats.name(self.app.conversation_id, lesson_title(self.reader.lesson.title))

    def live(self) -> bool:
        return _READING.get(self.app) is self

    async def act(self, what: str) -> None:
        if not self.live():
            await self.app.show_note("This lesson card is closed; /learn reopens the lesson.")
            return
        try:
            if what == "next":
                await self.forward()
            elif what == "previous":
                self.reader.back()
                await self.card.show(self.view())
            elif what == "try":
                demo = self.reader.lesson.demo
                if demo:
                    self.app.run_command("demo", demo)
            elif what == "ask":
                section = self.reader.section
                self.app.add_context(section)
                self.card.hand_over()  # first: keys typed while the note mounts go there too
                await self.app.show_note(
                    f"Ask about \u201c{section.heading}\u201d: your next question is answered in "
                    "its context. /learn brings you back here.")
            elif what == "map":
                self.app.run_command("learn", "map")
        except sqlite3.Error as error:
            await self.app.show_note(f"Could not save your place ({error}).", "error")

    async def forward(self) -> None:
        was_last = self.reader.at_end
        question = self.reader.forward()
        self.finished = was_last
        if question is not None:
            await self.ask_check(question)
            return
        if was_last:
            await self.finish()
        else:
            await self.card.show(self.view())
            self.card.focus()

    async def ask_check(self, question: Any, hints: int = 0) -> None:
        from tutor.ui.handlers.quiz import save_hint
        from tutor.ui.widgets.quiz.question import QuestionCard, question_view

        bank = self.reader.bank
        view = question_view(question, bank, 1, 1, "check")
        view["label"] = "Check"
        view["resume"] = "/learn resumes"
        self.card.wait_for_check()
        self.check = QuestionCard(view, on_answer=self.answer_check, on_continue=self.after_check,
                                  on_hint=partial(save_hint, self.app, question))
        self.check.hints_shown = hints
        await self.app.conversation.add_card(self.check)
        self.check.focus_answer()

    @property
    def check_open(self) -> bool:
        """A check question is waiting for its answer (the learner may have pressed Esc)."""
        return self.check is not None and not self.check.answered

    async def resume_check(self) -> None:
        """/learn while the check is unanswered: the lesson card and the same question again at
        the end of the conversation, as /quiz resumes its question (hints already taken kept).

        Why: the reader has already moved past the sections the check tests, so a fresh reader
        would skip the check for good, and the card's "Esc: back to the chat (/learn resumes)"
        promised otherwise."""
        from tutor.ui.widgets.learn.lesson import section_view

        old = self.check
        question = self.reader.bank.get(old.view["question_id"])
        for stale in (old, self.card):  # one live lesson card and check, at the end
            if stale is not None and stale.is_attached:
                await stale.remove()
        # the section just read (the reader has moved on to the next one, unless it was the last)
        read = self.reader.index if self.finished else max(0, self.reader.index - 1)
        await self.open(section_view(self.reader.lesson, read))
        await self.ask_check(question, hints=old.hints_shown)

    async def answer_check(self, card: Any, text: str) -> None:
        from tutor.core.learning.reader import record_check
        from tutor.ui.handlers.quiz import grade_on_card, show_graded

        if card is not self.check or card.answered:
            return
        question = self.reader.bank.get(card.view["question_id"])
        seconds = time.monotonic() - card.shown_at
        grade = await grade_on_card(card, question, text)
        if grade is None:
            return
        try:
            record_check(self.app.store.conn, question, text, grade, card.hints_shown, seconds)
        except sqlite3.Error as error:
            await self.app.show_note(f"Could not save this answer ({error}).", "error")
        show_graded(self.app, card, question, text, grade)
        self.name_conversation()
        if not grade.correct:
            await self.app.show_note("Ctrl+S re-reads the section this question tests; Enter reads on.")
            card.focus()

    async def after_check(self, card: Any) -> None:
        if not self.live():  # another lesson was opened meanwhile: Enter goes back to the chat
            self.app.action_focus_input()
            return
        self.check = None
        if self.finished:
            await self.finish()
            return
        await self.card.show(self.view())
        self.card.focus()
        self.card.scroll_visible(animate=False, top=True)

    async def finish(self) -> None:
        if _READING.get(self.app) is self:
            del _READING[self.app]
        lesson = self.reader.lesson
        data = current_map(self.app)
        state = data.state.get(lesson.id)
        level = state.level.label if state is not None else "read"
        await self.app.show_note(
            f"You finished {lesson.title} ({level}). Next: {data.next.headline}. "
            f"Press Enter to follow: {data.next.command}")
        self.app.prefill(data.next.command)


async def open_lesson(app: TutorApp, lesson: Any, section: int | None = None) -> LessonSession:
    from tutor.core.learning.reader import LessonReader

    _, bank = _course_and_bank()
    reader = LessonReader(app.store.conn, lesson, bank, section)
    session = LessonSession(app, reader)
    _READING[app] = session
    await session.open()
    return session


async def show_map(app: TutorApp) -> Any:
    """The map as a card. Not saved in the conversation: it is a picture of *now* (levels decay),
    and a reopened conversation showing old levels would mislead; /learn draws a fresh one."""
    from tutor.ui.widgets.learn.course_map import CourseMapCard

    return await app.conversation.add_card(CourseMapCard(current_map(app).as_dict()))


async def handle_learn(app: TutorApp, args: str) -> None:
    """/learn [LESSON | map]: see the module docstring."""
    from tutor.cli.learn import resolve_lesson

    words = args.split()
    course, _ = _course_and_bank()
    live = _READING.get(app)
    if not words and live is not None and live.check_open:
        await live.resume_check()
        return
    if words and words[0].lower() == "map":
        card = await show_map(app)
        card.focus(scroll_visible=False)  # keep the end (the next step) in view
        return
    if not words:
        data = current_map(app)
        if data.next.kind == "continue" and data.next.lesson_id:
            await app.show_note(f"{data.next.headline}. (/learn map shows the whole path.)")
            await open_lesson(app, course.lesson(data.next.lesson_id))
            return
        card = await show_map(app)
        card.focus(scroll_visible=False)  # keep the end (the next step) in view
        return
    section = None
    if len(words) >= 2 and words[-1].isdigit():
        section = int(words.pop()) - 1
    lesson = resolve_lesson(course, " ".join(words))
    if isinstance(lesson, str):
        raise CommandError(lesson)
    if section is not None and not 0 <= section < len(lesson.sections):
        raise CommandError(f"{lesson.title} has sections 1 to {len(lesson.sections)}.")
    if section is None and live is not None and live.check_open and live.reader.lesson.id == lesson.id:
        await live.resume_check()
        return
    await open_lesson(app, lesson, section)


def complete_learn(app: TutorApp, text: str) -> list[str]:
    from tutor.core.knowledge import load_course

    prefix = text.strip().lower()
    ids = ["map"] + [lesson.id for lesson in load_course().lessons]
    return [i for i in ids if i.startswith(prefix)]


async def handle_challenge(app: TutorApp, args: str) -> None:
    """/challenge: an interleaved quiz over three practised lessons (the quiz runner plays it)."""
    from tutor.core.learning.challenge import start_challenge
    from tutor.core.quiz.session import NothingToAsk
    from tutor.ui.handlers.quiz import start_runner

    course, bank = _course_and_bank()
    try:
        session = start_challenge(app.store.conn, course, bank)
    except NothingToAsk as error:
        raise CommandError(str(error)) from None
    titles = sorted({bank.lesson_title(bank.get(qid).lesson) for qid in session.question_ids})
    await start_runner(app, session, f"Challenge: {session.total} questions mixing {', '.join(titles)}.")


def continue_greeting(conn: sqlite3.Connection) -> str:
    """'Continue: GANs, section 3 of 6 (/learn)' for a learner with a lesson under way."""
    row = conn.execute("SELECT EXISTS(SELECT 1 FROM reading_positions)").fetchone()
    if not row or not row[0]:
        return ""
    from tutor.core.learning.course_map import course_map

    course, bank = _course_and_bank()
    advice = course_map(conn, course, bank).next
    if advice.kind == "continue":
        return f"{advice.headline}: type /learn."
    return f"Next: {advice.headline}: {advice.command}."
