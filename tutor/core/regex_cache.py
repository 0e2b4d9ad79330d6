"""``re.compile`` whose compiled code is kept between runs, as Python keeps bytecode.

Why (issue 11, stop 33: a cold ``tutor ask`` within 1 s): the answering package states its rules
as ~560 regular expressions compiled when it is imported, and CPython's ``re`` parses and compiles
each one in pure Python: ~200 ms of every cold ``tutor ask``, a fifth of it. What ``re`` compiles
a pattern into is a list of integers (plus its group names) that ``_sre.compile`` turns into a
pattern object in microseconds. So the first run stores those lists in a file beside this
module's ``.pyc`` (``__pycache__/regex_cache.cpython-311.bin``), and later runs build their
patterns from it: the same compiled code (a pattern built so compares equal, ``==``, to
``re.compile``'s, which compares the code), so every match is the same; only the time to get
there changes (cold ``tutor ask`` 1.01 -> 0.67 s; ``benchmarks/regex_equivalence.py`` checks).

Like ``.pyc`` files: the file is tied to the exact Python (``sys.version``, ``_sre.MAGIC``; a
different Python ignores it), a pattern is looked up by its full text and flags (an edited pattern
is a miss, compiled as usual and added), nothing is written when ``sys.dont_write_bytecode`` is set
or the folder is read-only, and any trouble reading or writing the file falls back to
``re.compile``. A run that compiled a new pattern rewrites the file (atomically) at exit with
every pattern stored and the new ones: entry points that import different modules (``tutor
doctor``, ``tutor ask``) then never undo each other's entries. A pattern edited away stays in the
file, unused, until ``__pycache__`` is cleared, as a stale ``.pyc`` would.

``re._parser.parse``, ``re._compiler._code`` and ``_sre.compile`` are CPython internals (used as
CPython 3.11's ``re._compiler.compile`` uses them); where they are missing or differ, any error
they raise makes this plain ``re.compile`` (which also raises ``re.error`` for a bad pattern).

Use: ``from tutor.core import regex_cache as rx`` and ``rx.compile(pattern, flags)`` for the
module-level patterns.
"""

from __future__ import annotations

import atexit
import importlib.util
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


def _cache_file() -> Path:
    """Beside this module's ``.pyc`` (which follows ``sys.pycache_prefix`` when it is set)."""
    try:
        return Path(importlib.util.cache_from_source(__file__)).with_suffix(".bin")
    except (NotImplementedError, ValueError):  # no bytecode cache on this Python
        return Path(__file__).with_name("__pycache__") / "regex_cache.bin"


_FILE = _cache_file()
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
_used: set[_Key] = set()  # the patterns this run asked for (what its modules compile)
_added = False


def _save() -> None:
    """Write the stored patterns back (at exit, when this run compiled new ones)."""
    if sys.dont_write_bytecode:
        return
    temporary = _FILE.with_name(f"{_FILE.name}.{os.getpid()}.tmp")
    try:
        _FILE.parent.mkdir(exist_ok=True)
        temporary.write_bytes(marshal.dumps((_STAMP, _stored)))
        os.replace(temporary, _FILE)
    except OSError:
        temporary.unlink(missing_ok=True)


def _compiled(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` does, keeping the code it makes."""
    tree = _parser.parse(pattern, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = array(_CODE_TYPE, _compiler._code(tree, flags)).tobytes()
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, built from the stored compiled code when there is some."""
    global _added
    flags = int(flags)
    if _sre is None or _CODE_TYPE is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _stored.get(key)
    if entry is None:
        try:
            entry = _compiled(pattern, flags)
        except Exception:  # noqa: BLE001 - a bad pattern, or internals of another shape
            return re.compile(pattern, flags)
        _stored[key] = entry
        if not _added:
            _added = True
            atexit.register(_save)
    _used.add(key)
    try:
        final_flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
    except (TypeError, ValueError, RuntimeError):  # a damaged entry (_sre checks the code): compile as usual
        return re.compile(pattern, flags)
