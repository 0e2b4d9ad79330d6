"""``re.compile`` whose compiled code is kept between runs, as Python keeps bytecode.

Why (issue 11, stop 33: a cold ``tutor ask`` within 1 s): the answering package states its rules
as ~560 regular expressions compiled when it is imported, and CPython's ``re`` parses and compiles
each one in pure Python: ~200 ms of every cold ``tutor ask``, a fifth of it. What ``re`` compiles
a pattern into is a list of integers (plus its group names) that ``_sre.compile`` turns into a
pattern object in microseconds. So the first run stores those lists in a file under the package's
``__pycache__``, and later runs build their patterns from it: the same compiled code (a pattern
built so compares equal, ``==``, to ``re.compile``'s, which compares the code), so every match is
the same; only the time to get there changes.

Like ``.pyc`` files: the file is tied to the exact Python (``sys.version``, ``_sre.MAGIC``; a
different Python ignores it), a pattern is looked up by its full text and flags (an edited pattern
is a miss, compiled as usual and added), nothing is written when ``sys.dont_write_bytecode`` is set
or the folder is read-only, and any trouble reading or writing the file falls back to
``re.compile``. A run that compiled a new pattern rewrites the file (atomically) at exit with the
patterns it compiled, so patterns edited away do not pile up.

``re._parser``, ``re._compiler._code`` and ``_sre.compile`` are CPython internals (3.11-3.13 have
them with these signatures); on another implementation or version where they are missing, this is
plain ``re.compile``.

Use: ``from tutor.core import regex_cache as rx`` and ``rx.compile(pattern, flags)`` for the
module-level patterns.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

_FILE = Path(__file__).with_name("__pycache__") / f"regex_cache.{sys.implementation.cache_tag}.bin"
# What the stored code is valid for: this exact Python and regex engine.
_STAMP = (sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)

_Key = tuple[str, int]
# (pattern text, flags) -> (flags, code as bytes, groups - 1, groupindex, indexgroup)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _load() -> dict[_Key, _Entry]:
    if _sre is None or _CODE_TYPE is None:
        return {}
    try:
        stamp, entries = marshal.loads(_FILE.read_bytes())
    except Exception:  # noqa: BLE001 - no file, or a damaged one: compile as usual
        return {}
    return entries if stamp == _STAMP else {}


_stored: dict[_Key, _Entry] = _load()
_used: set[_Key] = set()  # what this run compiled: what a rewritten file keeps
_added = False


def _save() -> None:
    """Write the stored patterns back (at exit, when this run compiled new ones)."""
    if sys.dont_write_bytecode:
        return
    temporary = _FILE.with_name(f"{_FILE.name}.{os.getpid()}.tmp")
    try:
        _FILE.parent.mkdir(exist_ok=True)
        temporary.write_bytes(marshal.dumps((_STAMP, {key: _stored[key] for key in _used})))
        os.replace(temporary, _FILE)
    except OSError:
        temporary.unlink(missing_ok=True)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, built from the stored compiled code when there is some."""
    global _added
    flags = int(flags)
    if _sre is None or _CODE_TYPE is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    _used.add(key)
    entry = _stored.get(key)
    if entry is None:
        # What re._compiler.compile does, keeping the code it makes.
        tree = _parser.parse(pattern, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        code = array(_CODE_TYPE, _compiler._code(tree, flags)).tobytes()
        entry = (int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup))
        _stored[key] = entry
        if not _added:
            _added = True
            atexit.register(_save)
    try:
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
    except (TypeError, ValueError, RuntimeError):  # a damaged entry (_sre checks the code): compile as usual
        return re.compile(pattern, flags)
