"""What a returning learner hears once the chat is up: the lesson under way and quiz cards due.

Why a module of its own: the greeting speaks for two features (``/learn`` and ``/quiz``), and
living in either would make that one import the other while the other already imports it (a
lesson's check questions are graded by the quiz handlers): an import loop.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tutor.ui.handlers.learn import continue_greeting
from tutor.ui.handlers.quiz import due_greeting

if TYPE_CHECKING:
    from tutor.ui.app import TutorApp


def _read_only(db_path: Any, fn: Callable[[sqlite3.Connection], str]) -> str:
    """``fn`` on a read-only connection of its own (it runs in a thread, off the app's one)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1.0)
    try:
        return fn(conn)
    finally:
        conn.close()


async def greet_returning_learner(app: TutorApp) -> None:
    """On start: a lesson to continue, cards due and an unfinished quiz, read off the UI thread."""
    store = app.store
    if store is None or not store.persistent:
        return
    try:
        text = await asyncio.to_thread(due_greeting, store.path)
    except (sqlite3.Error, OSError):
        return  # a greeting is never worth an error
    try:
        reading = await asyncio.to_thread(_read_only, store.path, continue_greeting)
    except (sqlite3.Error, OSError):
        reading = ""
    text = " ".join(part for part in (reading, text) if part)
    if text:
        await app.show_note(text)
