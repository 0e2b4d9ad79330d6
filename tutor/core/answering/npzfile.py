"""Atomic writes of the index files (shipped in ``knowledge/index`` or kept in the user cache).

Why one helper: both the vectors and the BM25 index are written the same way, a temporary file
renamed over the old one so a crash never leaves half a file. ``mkstemp`` makes that temporary
file private (0600), which is right for secrets but wrong here: a shipped index written by
``make vectors`` must stay readable by every account that runs the tutor, so it gets 0644.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

MODE = 0o644  # course data, not learner data: readable by anyone who can read the course


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> Path:
    """Write ``arrays`` to ``path`` atomically; OSError (a read-only folder) is the caller's."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.stem, suffix=".tmp.npz", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            np.savez(handle, **arrays)
        os.chmod(tmp, MODE)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_keyed_npz(path: Path, key: str, fields: Sequence[str]) -> tuple[dict[str, np.ndarray] | None, str | None]:
    """The ``fields`` of the npz at ``path`` as float32 arrays when it was written under ``key``,
    else (None, why): "missing", "stale", or "unreadable (...)" for a truncated file, not an npz, a
    missing or non-numeric field, or no access. The learned models (the section router, the
    request detector) read their weights this way and then check shapes and values."""
    try:
        if not path.is_file():
            return None, "missing"
        with np.load(path, allow_pickle=False) as data:
            if str(data["key"]) != key:
                return None, "stale"
            return {name: np.asarray(data[name], dtype=np.float32) for name in fields}, None
    except Exception as error:  # noqa: BLE001 - any damage means "do not use it"
        return None, f"unreadable ({error.__class__.__name__})"
