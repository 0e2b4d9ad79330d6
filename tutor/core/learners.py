"""Learner names for a shared tutor (``tutor serve --learners``): validation and folders.

Why a module of its own: a name typed in a browser becomes a folder on the server's disk, so it
is the one place where a learner's text meets the file system. A name is checked against a
short allow-list (letters, digits, spaces, ``-``, ``_``, ``.``), never stripped of bad parts
and used anyway: ``../other`` or ``/etc`` is refused with a message that says what is allowed.
Names are compared without case and with runs of spaces folded, so "Ana Lopez" and "ana  lopez"
reach the same folder when a learner comes back.

This is a convenience for a class, not a login: anyone who can open the page can type any name.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

NAME_MAX = 40
LEARNERS_FOLDER = "learners"
_ALLOWED = re.compile(r"[^\W_][\w .-]*", re.UNICODE)
# Names Windows cannot use as a folder; refused everywhere so a data folder copies anywhere.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}


class BadName(ValueError):
    """The name cannot be used; the message says why and what is allowed."""


def clean_name(raw: str) -> str:
    """The name as it will be shown: Unicode-normalised (NFKC), spaces folded, trimmed.

    Raises :class:`BadName` with a learner-facing message for anything else.
    """
    name = " ".join(unicodedata.normalize("NFKC", raw or "").split())
    if not name:
        raise BadName("Type your name (letters or digits) to start.")
    if len(name) > NAME_MAX:
        raise BadName(f"That name is {len(name)} characters long; use at most {NAME_MAX}.")
    if not _ALLOWED.fullmatch(name):
        raise BadName(
            "Use letters, digits, spaces, '-', '_' or '.' only, starting with a letter or digit "
            "(no '/', '\\' or other symbols)."
        )
    if ".." in name or name.endswith("."):
        raise BadName("A name cannot contain '..' or end with '.'.")
    if name.casefold().split(".")[0] in _RESERVED:
        raise BadName(f"'{name}' is reserved by some systems; add a letter or pick another.")
    return name


def folder_name(name: str) -> str:
    """The folder for a (clean) name: lower case, spaces as '-'."""
    return clean_name(name).casefold().replace(" ", "-")


def learner_dir(root: Path, raw_name: str) -> Path:
    """``<root>/learners/<folder>`` for a name; raises :class:`BadName` for a bad one.

    The resolved path is checked to sit inside ``root`` as a last line of defence.
    """
    base = (Path(root) / LEARNERS_FOLDER).resolve()
    path = (base / folder_name(raw_name)).resolve()
    if path.parent != base:
        raise BadName("That name cannot be used as a folder; pick another.")
    return path


def known_learners(root: Path) -> list[str]:
    """Folder names of learners who have used this tutor (for the operator; never shown to
    learners, who should not see each other's names)."""
    base = Path(root) / LEARNERS_FOLDER
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if p.is_dir())
