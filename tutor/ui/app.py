"""The chat app: the tutor's home.

Start-up is kept to what draws the first frame (Textual, the SQLite store, the catalog); the
retrieval models load in a background thread with their progress in the status line, and a
question asked meanwhile waits for them. Commands come from ``tutor.commands`` (the one
catalog); their handlers are imported on first use. The small API handlers use (cards, notes,
saving messages, the exclusive job slot) is documented in ``tutor.commands``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sqlite3
import sys
import threading
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widget import Widget
from textual.widgets import Footer
from textual.worker import WorkerCancelled, WorkerFailed

from tutor import commands
from tutor.core.answering.conversation import Conversation as ConversationState
from tutor.core.chats import Chats, Message
from tutor.core.store import Store, open_store
from tutor.ui.jobs import Job, JobOutcome
from tutor.ui.widgets.chat.conversation import Conversation
from tutor.ui.widgets.chat.messages import UserMessage, WelcomeCard
from tutor.ui.widgets.input.chat_input import ChatInput
from tutor.ui.widgets.input.suggestions import CommandSuggestions
from tutor.ui.widgets.status import StatusLine

if TYPE_CHECKING:
    from tutor.core.knowledge import Section

QUESTION_LIMIT = 2000  # characters of a question used for retrieval (the whole text is kept)
RESUME_LIMIT = 60  # messages redrawn when a conversation is reopened
INPUT_HISTORY = 100  # earlier messages Up can recall
WARM_UP_SWITCH_INTERVAL = 0.001  # seconds; see TutorApp._warm_up
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")

TutorLoader = Callable[[Callable[[str], None]], Any]


def load_default_tutor(on_status: Callable[[str], None]) -> Any:
    """The real tutor (dense + BM25 retrieval); imported here so start-up never pays for it."""
    from tutor.core.answering.answer import load_tutor

    return load_tutor(on_status=on_status)


def strip_controls(text: str) -> str:
    """Drop control characters (escape sequences from a paste) but keep newlines and tabs.

    Undecodable bytes (lone surrogates) become U+FFFD first, through the shared ``scrub``: this
    is the text shown and saved as typed, and SQLite cannot store a lone surrogate.
    """
    from tutor.core.inputs import scrub

    return _CONTROL.sub("", scrub(text).replace("\r\n", "\n").replace("\r", "\n"))


def _slash_commands() -> type:
    """The catalog's palette provider, imported when the palette first opens."""
    from tutor.ui.palette import SlashCommands

    return SlashCommands


def _answer_card_type() -> type:
    from tutor.ui.widgets.chat.answer import AnswerCard

    return AnswerCard


class TutorApp(App[None]):
    """The tutor chat. ``tutor_loader`` and ``db_path`` exist for tests and benchmarks."""

    CSS_PATH = "app.tcss"
    TITLE = "tutor"
    COMMANDS = App.COMMANDS | {_slash_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", tooltip="Keys and commands (this sheet)"),
        Binding("escape", "cancel", "Stop", tooltip="Stop running work"),
        Binding("ctrl+q", "quit", "Quit", priority=True,
                tooltip="Leave the tutor (your conversation is saved)"),
    ]

    def __init__(
        self,
        tutor_loader: TutorLoader | None = None,
        db_path: Path | None = None,
        load_models: bool = True,
        learners_root: Path | None = None,
    ) -> None:
        super().__init__()
        self._tutor_loader = tutor_loader or load_default_tutor
        self._db_path = db_path
        self._load_models = load_models
        # `tutor serve --learners`: ask a name first, then keep this session's data in
        # <learners_root>/learners/<name> (see tutor.core.learners)
        self._learners_root = learners_root
        self.learner: str | None = None
        self.tutor: Any = None
        self.tutor_error: str | None = None
        self._tutor_done = asyncio.Event()
        self.store: Store = None  # type: ignore[assignment]  # opened in on_mount
        self.chats: Chats = None  # type: ignore[assignment]
        self.conversation_id: int | None = None
        self.last_answer: dict[str, Any] | None = None
        self._conversation = ConversationState()  # topic and last sources, for follow-ups
        self._ask_lock = asyncio.Lock()
        self._job: Job | None = None
        self._save_failed = False
        self._start_warnings: list[str] = []  # e.g. a broken config.toml, shown once drawn

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Conversation(id="conversation")
        yield CommandSuggestions(id="suggestions")
        yield ChatInput(id="input", placeholder="Ask a question, or type / for commands")
        yield StatusLine(id="status")
        yield Footer()

    # The chat's widgets live on the first screen; App.query_one searches the screen on top,
    # which is another one while a sheet (help, history, the learner's name) is open.
    @property
    def conversation(self) -> Conversation:
        return self.screen_stack[0].query_one("#conversation", Conversation)

    @property
    def chat_input(self) -> ChatInput:
        return self.screen_stack[0].query_one("#input", ChatInput)

    @property
    def status(self) -> StatusLine:
        return self.screen_stack[0].query_one("#status", StatusLine)

    # ------------------------------------------------------------------ start-up
    async def on_mount(self) -> None:
        self._stop_on_sigterm()
        if self._learners_root is None:
            self._open_learner_data()
        else:
            from tutor.ui.screens.learner import LearnerScreen

            self.push_screen(LearnerScreen(), callback=self._learner_chosen)
        self._start_models()

    terminated = False  # set when ``kill PID`` (SIGTERM) stopped the app; ``run_app`` exits 143

    def _stop_on_sigterm(self) -> None:
        """``kill PID`` ends the app as quitting does, inside its own event loop.

        Why: the process-wide handler raises KeyboardInterrupt wherever the main thread is; in
        the middle of Textual's loop that sometimes tore the app down half-way, printing
        "Task was destroyed but it is pending" tracebacks over the restored shell."""
        import signal

        def terminate() -> None:
            self.terminated = True
            self.exit()

        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, terminate)

    def _learner_chosen(self, name: str | None) -> None:
        """A name was given on the learner screen: from now on this process's data lives in
        that learner's folder (each browser session is its own process)."""
        from tutor.core.learners import learner_dir

        assert self._learners_root is not None and name
        os.environ["TUTOR_DATA_DIR"] = str(learner_dir(self._learners_root, name))
        self.learner = name
        self.sub_title = name
        self._open_learner_data()

    def _open_learner_data(self) -> None:
        """Open the database and everything drawn from it, then start the conversation."""
        self.store = open_store(self._db_path)
        self.store.listen(self._store_notice)
        # Writes kept while another tutor holds the lock are retried by the store's own thread,
        # never on this event loop: a write here never waits for another tutor's lock.
        self.chats = Chats(self.store)
        self._apply_theme()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._load_input_history()
        self.chat_input.focus()
        self.call_after_refresh(self._start_conversation)

    def _apply_theme(self) -> None:
        """TUTOR_THEME, else the theme last picked with /theme, else config.toml's."""
        from tutor.core import settings

        configured = settings.load()
        self._start_warnings += configured.warnings
        from_env = configured.sources["theme"].startswith("environment")
        wanted = [configured.theme if from_env else None, self.store.get_setting("theme"),
                  configured.theme]
        for name in wanted:
            if name and name in self.available_themes:
                self.theme = name
                return
        if configured.theme:
            self._start_warnings.append(
                f"The theme \"{configured.theme}\" ({configured.sources['theme']}) does not "
                "exist; /theme lists the ones that do.")

    def _start_models(self) -> None:
        if self._load_models:
            self.status.models = "Loading the course and embedding model..."
            # Started once the first frame is painted: its imports would compete with the
            # first paint for the GIL.
            self.call_after_refresh(self.run_worker, self._warm_up, thread=True, group="warmup",
                                    exit_on_error=False)
        else:
            self.status.models = "Models not loaded (test mode)"

    def on_unmount(self) -> None:
        """Fold the day's work into tutor.db itself: a copy of that one file then holds it all.

        The connection stays open (a background worker may still be finishing a write).
        """
        if self.store is not None:
            from tutor.core.store import CLOSE_WAIT

            # Writes kept for a lock get one last, longer chance. The screen is going: what is
            # still kept afterwards is said on the terminal (tutor.cli.chat.report_unsaved).
            self.store.listen(lambda text: None)
            self.store.flush(CLOSE_WAIT)
            self.store.checkpoint()

    def _store_notice(self, text: str) -> None:
        """A note from the store (a write kept for a lock, or saved again); any thread."""
        async def note() -> None:
            await self.show_note(text, "warning")

        def show() -> None:
            # The coroutine is made when the worker runs: a worker cancelled by quitting first
            # leaves no never-awaited coroutine behind.
            self.run_worker(note, exit_on_error=False)

        if threading.get_ident() == getattr(self, "_thread_id", None):
            show()
        else:
            with contextlib.suppress(RuntimeError):  # the app is already gone
                self.call_from_thread(show)

    async def _start_conversation(self) -> None:
        last = self.chats.last()
        if last is not None:
            await self.load_conversation(last, resumed=True)
        else:
            await self.conversation.add_card(WelcomeCard())
        for warning in [*self.store.warnings, *self._start_warnings]:
            await self.show_note(warning, "warning")
        self.run_worker(self._greet, group="greeting", exit_on_error=False)  # made when it runs: none left unawaited on quit

    async def _greet(self) -> None:
        """Quiz cards due: said once the models are up, so it never competes with them (or
        with the learner's first keys) for the GIL."""
        await self.wait_for_tutor()
        from tutor.ui.handlers.greeting import greet_returning_learner

        await greet_returning_learner(self)

    def _load_input_history(self) -> None:
        rows = self.store.conn.execute(
            "SELECT content FROM messages WHERE role = 'user' ORDER BY id DESC LIMIT ?",
            (INPUT_HISTORY,),
        ).fetchall()
        self.chat_input.input_history = [row[0] for row in reversed(rows)]

    def _remember_theme(self, theme: Any) -> None:
        name = getattr(theme, "name", str(theme))
        with contextlib.suppress(sqlite3.Error):  # the theme still changes, just not remembered
            self.store.set_setting("theme", name)

    # ------------------------------------------------------------------ models
    def _warm_up(self) -> None:
        """Thread worker: load the tutor, reporting each stage in the status line."""

        def on_status(text: str) -> None:
            self.call_from_thread(setattr, self.status, "models", text)

        # While this thread imports and loads (Python code and C calls that keep the GIL),
        # the UI thread must get the GIL back quickly after each release, or every key waits
        # a full default switch interval (5 ms) many times per frame: ask for 1 ms turns.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, WARM_UP_SWITCH_INTERVAL))
        try:
            tutor = self._tutor_loader(on_status)
        except Exception as error:  # noqa: BLE001 - shown to the learner, logged in full
            self.log.error(traceback.format_exc())
            self.call_from_thread(self._tutor_failed, f"{type(error).__name__}: {error}")
            return
        finally:
            sys.setswitchinterval(interval)
        self.call_from_thread(self._tutor_ready, tutor)

    def _tutor_ready(self, tutor: Any) -> None:
        self.tutor = tutor
        self.status.models_ready = True
        warning = getattr(tutor, "warning", None)
        self.status.models = "Ready" if not warning else "Ready (keyword search only)"
        self._tutor_done.set()
        if warning:
            self.run_worker(self.show_note(str(warning), "warning"))

    def _tutor_failed(self, message: str) -> None:
        self.tutor_error = message
        self.status.models = "The tutor could not load its course (questions cannot be answered)"
        self._tutor_done.set()
        self.run_worker(self.show_note(f"Could not load the tutor: {message}", "error"))

    async def wait_for_tutor(self) -> Any:
        """The loaded tutor, waiting for the warm-up if needed; None if loading failed."""
        if self.tutor is None and self._load_models:
            await self._tutor_done.wait()
        return self.tutor

    # ------------------------------------------------------------------ input
    @on(ChatInput.Submitted)
    def _submitted(self, event: ChatInput.Submitted) -> None:
        self.submit(event.text)

    def submit(self, text: str) -> None:
        """Handle a line as if the learner typed it: a slash command or a question."""
        parsed = commands.parse(text)
        if parsed is not None:
            self.run_command(parsed.name, parsed.args)
        else:
            self.run_worker(self._ask(text), group="ask", exit_on_error=False)

    def run_command(self, name: str, args: str = "") -> None:
        if self.store is None:  # the learner screen is still asking for a name
            return
        command = commands.get(name)
        if command is None:
            self.run_worker(self.show_note(commands.unknown_message(name), "error"))
            return
        self.run_worker(self._run_command(command, args), group="command", exit_on_error=False)

    async def _run_command(self, command: commands.Command, args: str) -> None:
        try:
            await commands.call_handler(command.resolve(), self, args)
        except commands.CommandError as error:
            await self.show_note(str(error), "error")
        except Exception as error:  # noqa: BLE001 - one line for the learner, full log
            self.log.error(traceback.format_exc())
            await self.show_note(f"/{command.name} failed: {type(error).__name__}: {error}",
                                 "error")

    def action_command_palette(self) -> None:
        """Ctrl+P: Textual's palette, guarded against a double Enter (see ``tutor.ui.palette``)."""
        from textual.command import CommandPalette

        from tutor.ui.palette import TutorPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(TutorPalette(id="--command-palette"))

    def run_from_palette(self, name: str) -> None:
        """Ctrl+P picked a command: run it, or put it in the input if it needs an argument."""
        command = commands.get(name)
        if command is None:
            return
        if command.needs_args:
            self.prefill(f"/{command.name} ")
        else:
            self.run_command(command.name)

    def add_context(self, section: Section) -> None:
        """Make a section being read the conversation's topic, so the next question is answered
        in its context (the lesson card's "ask about this")."""
        self._conversation.focus_on(section)

    def prefill(self, text: str) -> None:
        self.chat_input.load_text(text)
        self.chat_input.move_cursor(self.chat_input.document.end)
        self.chat_input.focus()

    # ------------------------------------------------------------------ asking
    async def _ask(self, raw: str) -> None:
        try:
            await self._ask_inner(raw)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - one line for the learner, full log
            self.log.error(traceback.format_exc())
            await self.show_note(
                f"Sorry, answering failed: {type(error).__name__}: {error}. Your question is "
                "kept; press Up to try again.", "error")

    async def _ask_inner(self, raw: str) -> None:
        from tutor.core.inputs import EmptyInput, clean_input

        text = strip_controls(raw)
        try:
            cleaned = clean_input(raw, QUESTION_LIMIT)
        except EmptyInput as error:
            await self.show_note(str(error) or "Type a question first.", "warning")
            return
        await self.conversation.add_card(UserMessage(text))
        self.save_message("user", "text", text)
        for notice in getattr(cleaned, "notices", []) or []:
            await self.show_note(str(notice), "warning")
        history = self._conversation.copy()  # as it was before this question
        waiting = self.tutor is None and self._load_models and self.tutor_error is None
        hint = None
        if waiting:
            self.status.waiting += 1
            hint = await self.show_note(
                "The course is still loading (see the status line); this question will be "
                "answered as soon as it is ready. Esc stops waiting.")
        try:
            async with self._ask_lock:
                tutor = await self.wait_for_tutor()
                if waiting:
                    self.status.waiting -= 1
                    waiting = False
                if hint is not None:
                    await hint.remove()
                    hint = None
                if tutor is None:
                    await self.show_note(
                        "This question cannot be answered: the tutor did not load "
                        f"({self.tutor_error or 'no models'}). It is saved in the conversation.",
                        "error",
                    )
                    return
                answer = await asyncio.to_thread(tutor.ask, cleaned.text, history)
                self._conversation.record(cleaned.text, answer)
                from tutor.ui.widgets.chat.answer import answer_to_payload

                await self.show_answer(answer_to_payload(answer))
        finally:
            if waiting:
                self.status.waiting -= 1
            if hint is not None and hint.is_attached:
                hint.remove()

    async def show_answer(self, payload: dict[str, Any]) -> Widget:
        from tutor.ui.widgets.chat.answer import AnswerCard, answer_markdown

        card = AnswerCard(payload, demo_command=commands.get("demo") is not None)
        await self.conversation.add_card(card)
        self.save_message("tutor", "answer", answer_markdown(payload), payload)
        self.last_answer = payload
        return card

    async def copy_answer(self, payload: dict[str, Any] | None = None) -> None:
        """/copy, or Ctrl+C on an answer's follow-ups: the answer as Markdown to the clipboard through the
        terminal (OSC 52), and always to a file as well, since no terminal says whether it
        obeyed (see tutor.core.clipboard)."""
        from tutor.core import clipboard
        from tutor.ui.widgets.chat.answer import answer_markdown

        payload = payload or self.last_answer
        if not payload:
            raise commands.CommandError("There is no answer to copy yet: ask a question first.")
        text = answer_markdown(payload)
        try:
            saved: Any = clipboard.save_copy(text)
        except OSError as error:
            saved = None
            failure = f"could not be saved to a file ({error})"
        through_terminal = not self.is_headless and clipboard.terminal_allowed()
        if through_terminal:
            self.copy_to_clipboard(text)
            tail = (f" If your terminal does not allow that, the same text is in {saved}."
                    if saved else f" It {failure}.")
            await self.show_note(f"Copied the answer as Markdown ({len(text)} characters) "
                                 f"through the terminal.{tail}")
        elif saved:
            await self.show_note(f"This terminal cannot receive a copy, so the answer is saved "
                                 f"as Markdown in {saved}.")
        else:
            await self.show_note(f"The answer {failure}.", "error")

    def on_answer_card_copy_requested(self, event: Any) -> None:
        self.run_worker(self.copy_answer(event.payload), group="command", exit_on_error=False)

    def on_question_card_section_requested(self, event: Any) -> None:
        """``s`` (or a click on "Read more") on a quiz or check card: show the cited section."""
        from tutor.ui.handlers.quiz import show_section

        self.run_worker(self._guarded(show_section(self, event.section_id), "Showing the section"),
                        group="command", exit_on_error=False)

    def on_quiz_summary_retake_requested(self, event: Any) -> None:
        """The retake button (or ``r``) on a quiz summary, also one redrawn after a restart."""
        from tutor.ui.handlers.quiz import retake

        self.run_worker(self._guarded(retake(self, event.session_id), "The retake"),
                        group="command", exit_on_error=False)

    async def _guarded(self, job: Any, what: str) -> None:
        """Await a handler started by a card: its failure is a note, as for a slash command."""
        try:
            await job
        except commands.CommandError as error:
            await self.show_note(str(error), "error")
        except Exception as error:  # noqa: BLE001 - one line for the learner, full log
            self.log.error(traceback.format_exc())
            await self.show_note(f"{what} failed: {type(error).__name__}: {error}", "error")

    def on_answer_card_follow_up_chosen(self, event: Any) -> None:
        """A follow-up (or the related demo) was picked under an answer."""
        self.chat_input.remember(event.text)
        self.action_focus_input()
        self.submit(event.text)

    @on(ChatInput.WantsFollowUps)
    def _focus_follow_ups(self) -> None:
        for card in reversed(list(self.conversation.query(_answer_card_type()))):
            if card.focus_followups():
                return

    # ------------------------------------------------------------------ messages
    async def show_note(self, text: str, severity: str = "information") -> Widget:
        """A short system line in the conversation (not saved)."""
        return await self.conversation.add_note(text, severity)

    def save_message(
        self, role: str, kind: str, content: str, payload: dict[str, Any] | None = None
    ) -> Message | None:
        """Append to the current conversation (created on the first message)."""
        try:
            if self.conversation_id is None:
                self.conversation_id = self.chats.create()
            return self.chats.append(self.conversation_id, role, content, kind, payload)
        except sqlite3.Error as error:
            if not self._save_failed:
                self._save_failed = True
                self.run_worker(self.show_note(
                    f"Could not save to the database ({error}); this session is not being kept.",
                    "warning"))
            return None

    def render_message(self, message: Message) -> Widget:
        """A widget for a stored message through its kind's renderer (see MESSAGE_KINDS)."""
        target = commands.MESSAGE_KINDS.get(message.kind)
        if target is not None:
            try:
                return commands.resolve(target)(message)
            except Exception:  # noqa: BLE001 - fall back to the Markdown text
                self.log.error(traceback.format_exc())
        if message.role == "user":
            return UserMessage(message.content)
        from tutor.ui.widgets.chat.markdown_text import TutorText

        return TutorText(message.content)

    async def show_message(
        self, role: str, kind: str, content: str, payload: dict[str, Any] | None = None
    ) -> Widget:
        """Render through the kind's renderer and save: the one call for a finished result."""
        saved = self.save_message(role, kind, content, payload)
        message = saved or Message(0, self.conversation_id or 0, role, kind, content, payload,
                                   time.time())
        return await self.conversation.add_card(self.render_message(message))

    # ------------------------------------------------------------------ conversations
    async def load_conversation(self, conversation_id: int, resumed: bool = False,
                                at: int | None = None) -> None:
        """Redraw a stored conversation; with ``at`` (a message id from a search) make sure that
        message is drawn, mark it and scroll to it."""
        info = self.chats.info(conversation_id)
        if info is None:
            await self.show_note("That conversation no longer exists.", "warning")
            return
        if at is None:
            messages = self.chats.messages(conversation_id, limit=RESUME_LIMIT)
        else:
            messages = self.chats.messages_around(conversation_id, at, RESUME_LIMIT)
        await self.conversation.clear()
        self.conversation_id = conversation_id
        self.last_answer = None
        self._conversation.clear()
        if info.message_count > len(messages):
            hidden = info.message_count - len(messages)
            await self.show_note(f"{hidden} other messages are not shown (/export has them all).")
        cards = [self.render_message(m) for m in messages]
        await self.conversation.add_cards(cards)
        found = next((card for card, m in zip(cards, messages) if m.id == at), None)
        questions: list[str] = []
        for message in messages:
            if message.kind == "answer" and message.payload:
                self.last_answer = message.payload
            if message.role == "user" and message.kind == "text":
                questions.append(message.content)
        # Resumed: the topic is the last question that had one.
        self._conversation = ConversationState.from_history(questions)
        verb = "Welcome back: resumed" if resumed else "Reopened"
        await self.show_note(
            f"{verb} \"{info.title}\". /clear starts a new conversation, /history lists others."
        )
        if found is not None:
            found.add_class("search-hit")
            self.call_after_refresh(self.conversation.show_card, found)

    async def search_history(self, text: str) -> None:
        """/history WORDS: search past messages, pick one, reopen its conversation there."""
        from tutor.core.history import SearchError, search
        from tutor.ui.screens.history import SearchScreen

        try:
            result = search(self.store, text)
        except SearchError as error:
            raise commands.CommandError(str(error)) from error
        if not result.words:
            raise commands.CommandError(
                "Type words to look for after /history (e.g. /history gan training), or "
                "/history alone to list conversations.")
        if not result.hits:
            await self.show_note(f"No past messages contain: {' '.join(result.words)}.")
            return
        hit = await self.push_screen_wait(SearchScreen(result))
        if hit is not None:
            await self.load_conversation(hit.conversation_id, at=hit.message_id)
        self.action_focus_input()

    async def new_conversation(self) -> None:
        self.conversation_id = None
        self.last_answer = None
        self._conversation.clear()
        await self.conversation.clear()
        await self.conversation.add_card(WelcomeCard())

    async def open_history(self) -> None:
        from tutor.ui.screens.history import HistoryScreen

        chosen = await self.push_screen_wait(
            HistoryScreen(self.chats.list(), current=self.conversation_id)
        )
        if chosen is not None:
            await self.load_conversation(chosen)
        self.action_focus_input()

    # ------------------------------------------------------------------ jobs
    @property
    def job(self) -> Job | None:
        """The running job, if any."""
        return self._job

    async def run_job(self, title: str, fn: Callable[..., Any], *args: Any,
                      **kwargs: Any) -> JobOutcome:
        """Run ``fn(job, *args, **kwargs)`` in a thread; see ``tutor.commands`` for the contract."""
        if self._job is not None:
            await self.show_note(
                f"\"{self._job.title}\" is still running. Wait for it to finish or press Esc to "
                "stop it, then try again.",
                "warning",
            )
            return JobOutcome(refused=True)

        def on_progress(fraction: float | None, message: str) -> None:
            with contextlib.suppress(RuntimeError):  # the app is closing
                self.call_from_thread(self.status.set_job, title, fraction, message)

        job = Job(title, on_progress=on_progress, call=self.call_from_thread)
        self._job = job
        self.status.set_job(title)
        outcome = JobOutcome()
        started = time.perf_counter()
        worker = self.run_worker(partial(fn, job, *args, **kwargs), thread=True, group="job",
                                 name=title, exit_on_error=False)
        finished = False
        try:
            outcome.value = await worker.wait()
            finished = True
        except WorkerCancelled:
            outcome.cancelled = True
        except WorkerFailed as failed:
            finished = True
            if job.cancelled:
                outcome.cancelled = True
            else:
                outcome.error = failed.error
        finally:
            if not finished:  # the app is closing mid-job: a paused demo must not wait forever
                job.cancel()
            self._job = None
            with contextlib.suppress(Exception):  # the status line may be gone already
                self.status.set_job("")
            outcome.seconds = time.perf_counter() - started
        if job.cancelled:
            outcome.cancelled = True
        if outcome.cancelled:
            await self.show_note(f"Stopped: {title}.")
        elif outcome.error is not None:
            error = outcome.error
            self.log.error("".join(traceback.format_exception(error)))
            await self.show_note(f"{title} failed: {type(error).__name__}: {error}", "error")
        return outcome

    # ------------------------------------------------------------------ actions
    def action_help(self) -> None:
        from tutor.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_focus_input(self) -> None:
        self.chat_input.focus()

    def action_cancel(self) -> None:
        """Esc: stop the running job, else stop waiting questions, else back to the input."""
        if self._job is not None:
            self._job.cancel()
            self.status.set_job(self._job.title, None, "stopping...", stopping=True)
            return
        waiting = [w for w in self.workers if w.group == "ask" and w.is_running]
        if waiting and self.tutor is None:
            for worker in waiting:
                worker.cancel()
            self.status.waiting = 0
            self.run_worker(self.show_note(
                "Stopped waiting for the models. Your question is kept above; press Up to "
                "ask it again."))
            return
        self.action_focus_input()


def main() -> None:
    """Run the chat (used by ``tutor`` with no subcommand)."""
    TutorApp().run()


if __name__ == "__main__":  # pragma: no cover
    main()
