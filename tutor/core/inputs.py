"""Cleaning what a learner types or pastes before anything else sees it.

Shared by the CLI and the chat app so both treat odd input the same way: control characters
(from a terminal paste or a binary file piped in) are removed, whitespace is tidied, a huge
paste is cut to a size retrieval can use (with a notice, so nothing is silently lost), and an
empty question gets a friendly ``EmptyInput`` error instead of a search for nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

DEFAULT_LIMIT = 2000

# C0/C1 controls except tab and newline, DEL, and invisible format characters that
# confuse search (zero-width spaces, bidi overrides). Escape sequences are removed whole.
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffe\uffff]")


class EmptyInput(ValueError):
    """Nothing left to ask after cleaning."""

    def __init__(self, message: str = "Please type a question (the input was empty).") -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Cleaned:
    text: str
    notices: list[str] = field(default_factory=list)


# Lone surrogates: Python decodes invalid UTF-8 in argv and in streams read with
# errors="surrogateescape" into U+DC80..U+DCFF; tokenizers and SQLite reject them.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def scrub(raw: str) -> str:
    """Text any later stage can encode: lone surrogates (undecodable bytes) become U+FFFD.

    Every entry point runs learner text through this (``clean_input`` does it first), so a
    byte that was not UTF-8, in an argument or a stream, is a visible replacement character
    and never a ``TypeError`` or ``UnicodeEncodeError`` deep inside a model or the database.
    """
    return _SURROGATE.sub("\ufffd", str(raw))


def printable(raw: str) -> str:
    """``raw`` as it may be quoted back on a terminal: escape sequences and control characters
    gone, undecodable bytes shown as U+FFFD.

    For messages that name what the learner typed (an unknown topic, lesson, option or
    command): quoted raw, ``\\e[2J`` in it cleared the learner's screen under the message.
    """
    return _CONTROL.sub("", _ANSI.sub("", scrub(raw)))


def clean_input(raw: str, limit: int = DEFAULT_LIMIT) -> Cleaned:
    """Return cleaned text plus notices about what was changed; raise ``EmptyInput`` if nothing is left.

    Newlines are kept (single blank lines at most) because a pasted paragraph reads better
    that way; runs of spaces and tabs become one space. Text longer than ``limit`` is cut at a
    word boundary.
    """
    if raw is None:
        raise EmptyInput()
    notices: list[str] = []
    text = unicodedata.normalize("NFC", scrub(raw))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    stripped = _CONTROL.sub("", _ANSI.sub("", text))
    if stripped != text:
        notices.append("Removed control characters from the input.")
    if "\ufffd" in stripped:
        notices.append("Some characters could not be decoded and were replaced.")
    text = re.sub(r"[ \t\u00a0]+", " ", stripped)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text or not any(ch.isalnum() for ch in text):
        raise EmptyInput(
            "Please type a question (the input was empty)."
            if not text
            else "Please type a question in words (the input had no letters or digits)."
        )
    if len(text) > limit:
        cut = text[:limit]
        space = max(cut.rfind(" "), cut.rfind("\n"))
        if space > limit * 0.8:
            cut = cut[:space]
        notices.append(
            f"Your input was {len(text):,} characters; only the first {len(cut):,} were used."
        )
        text = cut.rstrip()
    return Cleaned(text=text, notices=notices)
