"""Tutor text rendered as Markdown. In its own module because Textual's Markdown widget (and
markdown-it) cost about a tenth of a second to import: the first frame must not wait for it."""

from __future__ import annotations

from textual.widgets import Markdown


class TutorText(Markdown):
    """A tutor message that is plain Markdown (lists, results of commands)."""

    DEFAULT_CLASSES = "message tutor-text"
