"""The one slash-command catalog: dispatch, ``/help``, autocomplete, the palette and F1 read it.

Nothing else lists commands. The chat app looks a command up here, imports its handler on
first use (so a command's heavy imports never slow the start-up) and calls it. This module
imports no Textual, so the CLI and tests can read the catalog too.

How to add a command (one catalog entry plus your own handler module)
======================================================================

1. Write the handler in your own module, e.g. ``tutor/ui/handlers/demo.py``::

       async def handle_demo(app: "TutorApp", args: str) -> None:
           ...

   ``args`` is everything after the command name, stripped (``""`` when none). A plain
   (non-async) function works too. The handler runs as an async worker, so the chat stays
   responsive while it awaits. An exception it raises is shown in the chat as a one-line error
   (and logged); raise ``CommandError("clear message")`` for bad arguments.

2. Add one entry to ``CATALOG`` below::

       Command("demo", "NAME [--seed N] [options]", "Watch a model learn, live",
               "tutor.ui.handlers.demo:handle_demo",
               complete="tutor.ui.handlers.demo:complete_demo")

   ``complete`` (optional) is ``def complete(app, text: str) -> list[str]``: given the argument
   text typed so far, return full argument strings to offer (e.g. demo names). Autocomplete,
   ``/help``, F1 and the Ctrl+P palette pick the entry up with no other change.

The app API a handler uses (``tutor.ui.app.TutorApp``)
======================================================

- Show something:  ``await app.conversation.add_card(widget)`` mounts any Textual widget at the
  end of the conversation and scrolls to it. ``await app.show_note(text, severity="information")``
  shows a short system line (``"warning"``, ``"error"`` also exist); notes are not saved.
- Save something:  ``app.save_message(role, kind, content, payload=None)`` appends a message to the
  current conversation (``role`` is ``"user"``, ``"tutor"`` or ``"system"``). ``content`` is
  Markdown: what ``/export`` writes, so make it readable on its own. ``payload`` is JSON-able plain
  data the UI needs to redraw the message when the conversation is resumed.
  ``await app.show_message(role, kind, content, payload)`` does both: renders it through the
  kind's renderer (see ``MESSAGE_KINDS``) and saves it.
- Long or blocking work (training, loading a model):
  ``outcome = await app.run_job("Training the classifier", fn, *args)`` runs ``fn(job, *args)``
  in a thread worker. Only one job runs at a time: a second one is refused politely
  (``outcome.refused``) with a note telling the learner to press Esc first. In ``fn``:
  ``job.progress(fraction_or_None, "message")`` updates the status bar (thread-safe, rate-limited),
  ``job.cancel_event`` is a ``threading.Event`` set when the learner presses Esc (pass it to
  ``tutor.demos.base.RunContext(cancel_event=...)``, or poll ``job.cancelled``), and
  ``job.call(callable, *args)`` runs a callable on the UI thread (to update a live card).
  Afterwards: ``outcome.value`` (the return value), ``outcome.cancelled`` (Esc was pressed; any
  exception raised after that counts as cancellation), ``outcome.error`` (the exception; already
  shown in the chat as an error note).
- ``app.tutor`` is the loaded retrieval tutor (``tutor.core.answering.answer.Tutor``) or None while the models
  warm up; ``await app.wait_for_tutor()`` waits for it (None if loading failed).
- ``app.store`` (``tutor.core.store.Store``) and ``app.chats`` (``tutor.core.chats.Chats``) are open.
- ``app.prefill(text)`` puts text into the input box (e.g. a suggested next command).

Redrawing a message kind on resume
==================================

``MESSAGE_KINDS`` maps a message ``kind`` to ``"module:function"``; the function is
``def render(message: tutor.core.chats.Message) -> textual.widget.Widget`` and builds the widget
from ``message.payload`` (falling back to ``message.content``). Add one line for a new kind. A
kind with no renderer is shown as its Markdown ``content``.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class CommandError(ValueError):
    """Raised by a handler for bad arguments: the message is shown to the learner as is."""


@dataclass(frozen=True)
class Command:
    """One slash command. ``handler`` and ``complete`` are ``"module:function"`` strings (or
    callables) resolved on first use."""

    name: str
    args: str
    help: str
    handler: str | Callable[..., Any]
    complete: str | Callable[..., list[str]] | None = None

    @property
    def usage(self) -> str:
        return f"/{self.name} {self.args}".rstrip()

    @property
    def takes_args(self) -> bool:
        return bool(self.args)

    @property
    def needs_args(self) -> bool:
        """True when the argument is required (usage shows it without brackets)."""
        return bool(self.args) and not self.args.startswith("[")

    def resolve(self) -> Callable[..., Any]:
        return resolve(self.handler)

    def completions(self, app: Any, text: str) -> list[str]:
        """Argument completions for ``text`` (empty when the command has no completer)."""
        if self.complete is None:
            return []
        try:
            return list(resolve(self.complete)(app, text))
        except Exception:  # noqa: BLE001 - a broken completer must not break typing
            return []


def resolve(target: str | Callable[..., Any]) -> Callable[..., Any]:
    """Import ``"package.module:function"`` (or return a callable unchanged)."""
    if callable(target):
        return target
    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)


async def call_handler(handler: Callable[..., Any], *args: Any) -> Any:
    """Call a sync or async handler and return its result."""
    result = handler(*args)
    if inspect.isawaitable(result):
        result = await result
    return result


_CORE = "tutor.ui.handlers.core"
_QUIZ = "tutor.ui.handlers.quiz"
_LEARN = "tutor.ui.handlers.learn"

CATALOG: list[Command] = [
    Command("help", "[COMMAND]", "List the commands, or explain one", f"{_CORE}:handle_help",
            complete=f"{_CORE}:complete_command_names"),
    Command("sources", "", "Show the passages behind the last answer", f"{_CORE}:handle_sources"),
    Command("history", "[WORDS]", "Reopen a past conversation, or search them all for WORDS",
            f"{_CORE}:handle_history"),
    Command("copy", "", "Copy the last answer as Markdown (through the terminal, and to a file)",
            f"{_CORE}:handle_copy"),
    Command("clear", "", "Start a new conversation (the current one stays in /history)",
            f"{_CORE}:handle_clear"),
    Command("export", "", "Save this conversation as a Markdown file", f"{_CORE}:handle_export"),
    Command("theme", "[NAME]", "List the colour themes, or switch to one (remembered)",
            f"{_CORE}:handle_theme", complete=f"{_CORE}:complete_theme"),
    Command("quiz", "[TOPIC] [N]", "Take a quiz: one lesson, or a mix of due cards and weak "
            "lessons; no arguments resumes an unfinished quiz", f"{_QUIZ}:handle_quiz",
            complete=f"{_QUIZ}:complete_quiz"),
    Command("learn", "[LESSON [N] | map]", "Learn the course: the map of lessons and levels; no "
            "argument continues where you left off, LESSON opens one, section by section",
            f"{_LEARN}:handle_learn", complete=f"{_LEARN}:complete_learn"),
    Command("challenge", "", "A short quiz mixing three lessons you have practised",
            f"{_LEARN}:handle_challenge"),
    Command("review", "", "Answer the quiz cards that are due (spaced repetition)",
            f"{_QUIZ}:handle_review"),
    Command("progress", "", "Your quiz progress: mastery per lesson, accuracy, streak, cards due",
            f"{_QUIZ}:handle_progress"),
    Command("demo", "[NAME [options] | rerun N]", "Watch a model learn, live (no name: the "
            "demos and your recent runs; rerun N repeats run N exactly)",
            "tutor.ui.handlers.demo:handle_demo", complete="tutor.ui.handlers.demo:complete_demo"),
    Command("generate", "PROMPT [options]", "A small language model writes, token by token "
            "(--explain shows each choice; no prompt: the options)",
            "tutor.ui.handlers.generate:handle_generate",
            complete="tutor.ui.handlers.generate:complete_generate"),
    Command("ask-gen", "QUESTION", "The tutor's grounded answer beside a generated one, with "
            "unsupported sentences marked", "tutor.ui.handlers.generate:handle_ask_gen"),
    Command("quit", "", "Leave the tutor (your conversation is saved)", f"{_CORE}:handle_quit"),
]

# message kind -> "module:function" building a widget from a stored tutor.core.chats.Message
MESSAGE_KINDS: dict[str, str] = {
    "text": "tutor.ui.widgets.chat.messages:render_text",
    "note": "tutor.ui.widgets.chat.messages:render_note",
    "answer": "tutor.ui.widgets.chat.answer:render_answer",
    "demo": "tutor.ui.widgets.demo.card:render_demo",
    "generation": "tutor.ui.widgets.generate.text_card:render_generation",
    "generation_explain": "tutor.ui.widgets.generate.explain_card:render_explain",
    "ask_gen": "tutor.ui.widgets.generate.compare_card:render_ask_gen",
    "quiz_answer": "tutor.ui.widgets.quiz.question:render_quiz_answer",
    "quiz_summary": "tutor.ui.widgets.quiz.summary:render_quiz_summary",
    "quiz_progress": "tutor.ui.widgets.quiz.progress:render_progress",
}


@dataclass(frozen=True)
class Parsed:
    """A line the learner typed that starts with ``/``."""

    name: str  # lower-cased, without the slash
    args: str


def parse(text: str) -> Parsed | None:
    """Split ``"/cmd  some args"`` into name and args; None when ``text`` is not a command.

    A lone ``/`` or a line starting with ``//`` or ``/ `` is not a command (so a learner can ask
    about "/ in paths" by typing ``//``).
    """
    stripped = text.strip()
    if not stripped.startswith("/") or stripped.startswith("//") or len(stripped) < 2:
        return None
    if stripped[1].isspace():
        return None
    head, _, rest = stripped[1:].partition(" ")
    first_line_break = head.find("\n")
    if first_line_break != -1:  # "/cmd\nmore" : the name ends at the line break
        rest = head[first_line_break + 1 :] + (" " + rest if rest else "")
        head = head[:first_line_break]
    return Parsed(head.lower(), rest.strip())


def commands() -> list[Command]:
    return list(CATALOG)


def get(name: str) -> Command | None:
    """The command called ``name`` (with or without the slash, any case)."""
    key = name.lstrip("/").lower()
    for command in CATALOG:
        if command.name == key:
            return command
    return None


def suggest(name: str, n: int = 1) -> list[str]:
    """Close command names for a typo (``/hlep`` -> ``help``), best first."""
    key = name.lstrip("/").lower()
    names = [c.name for c in CATALOG]
    close = difflib.get_close_matches(key, names, n=n, cutoff=0.5)
    if not close:
        close = [c for c in names if c.startswith(key[:2])][:n] if len(key) >= 2 else []
    return close


def unknown_message(name: str) -> str:
    """The learner-facing text for an unknown command, with a suggestion when there is one."""
    from tutor.core.inputs import printable

    shown = printable(name)[:30]
    close = suggest(name)
    hint = f" Did you mean /{close[0]}?" if close else ""
    return f"There is no command /{shown}.{hint} Type /help to see them all."


def matching(prefix: str) -> list[Command]:
    """Commands whose name starts with ``prefix`` (no slash), then ones containing it."""
    key = prefix.lstrip("/").lower()
    starts = [c for c in CATALOG if c.name.startswith(key)]
    contains = [c for c in CATALOG if key in c.name and c not in starts]
    return starts + contains
