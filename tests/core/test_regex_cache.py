"""``tutor.core.regex_cache``: patterns built from stored compiled code are ``re.compile``'s.

A pattern object compares equal (``==``) to another only when their text, flags and compiled code
are the same, so equality here means every match is the same (stop 33, issue 11: the cache cuts
the regex compiling out of a cold ``tutor ask``).
"""

from __future__ import annotations

import marshal
import re

import pytest

import tutor.core.answering.answer  # compiles the answering package's patterns through rx
from tutor.core import regex_cache as rx

# Every module-level pattern of the answering package: (text, flags) as its modules pass them.
ANSWERING = sorted(rx._used)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache writing to ``tmp_path``, restored after the test."""
    monkeypatch.setattr(rx, "_FILE", tmp_path / "regex_cache.bin")
    monkeypatch.setattr(rx, "_stored", {})
    monkeypatch.setattr(rx, "_used", set())
    monkeypatch.setattr(rx, "_added", True)  # no atexit hook from a test
    monkeypatch.setattr(rx.sys, "dont_write_bytecode", False)
    return tmp_path / "regex_cache.bin"


def test_stored_patterns_equal_re_compile(cache):
    assert len(ANSWERING) > 500
    keys = [*ANSWERING, (r"(?P<a>x)(y)?(?P<b>\w+)", re.I), (r"(?x) a  b # c", 0), (r"caf\u00e9", re.I)]
    compiled = [rx.compile(p, f) for p, f in keys]  # compiled and stored
    rx._save()
    rx._stored = rx._load()
    assert set(rx._stored) == {(p, int(f)) for p, f in keys}
    for (p, f), first in zip(keys, compiled, strict=True):
        built = rx.compile(p, f)  # built from the file
        assert built == first == re.compile(p, f)
        assert (built.groups, built.groupindex) == (first.groups, re.compile(p, f).groupindex)
    named = rx.compile(r"(?P<a>x)(y)?(?P<b>\w+)", re.I)
    assert named.match("XyZZ").group("b") == "ZZ"


def test_another_python_or_a_damaged_file_is_ignored(cache):
    rx.compile(r"\bgans?\b", re.I)
    rx._save()
    stamp, entries = marshal.loads(cache.read_bytes())
    cache.write_bytes(marshal.dumps((("another python", *stamp[1:]), entries)))
    assert rx._load() == {}
    cache.write_bytes(b"not a cache")
    assert rx._load() == {}
    broken = {key: (entry[0], b"\x00\x01\x02\x03", *entry[2:]) for key, entry in entries.items()}
    rx._stored = broken
    assert rx.compile(r"\bgans?\b", re.I) == re.compile(r"\bgans?\b", re.I)


def test_nothing_written_without_bytecode(cache, monkeypatch):
    monkeypatch.setattr(rx.sys, "dont_write_bytecode", True)
    rx.compile("abc")
    rx._save()
    assert not cache.exists()


def test_errors_and_other_inputs_as_re_compile(cache):
    with pytest.raises(re.error):
        rx.compile("(unclosed")
    compiled = re.compile("abc")
    assert rx.compile(compiled) is compiled
    assert rx.compile(b"ab+", 0) == re.compile(b"ab+")
    rx._save()  # the failed pattern is not stored
    assert set(rx._load()) == set()


def test_a_run_keeps_the_patterns_other_runs_stored(cache):
    """``tutor doctor`` and ``tutor ask`` import different modules: neither's save drops the other's."""
    rx.compile(r"\bvaes?\b", re.I)
    rx._save()
    rx._stored, rx._used = rx._load(), set()
    rx.compile(r"\bgans?\b", re.I)  # a pattern this run adds; the vae one is not asked for
    rx._save()
    assert set(rx._load()) == {(r"\bvaes?\b", int(re.I)), (r"\bgans?\b", int(re.I))}


def test_the_answering_modules_compile_their_patterns_through_the_cache():
    """A module-level ``re.compile`` in the answering package is paid on every cold start again
    (each costs about 1.6 us per character of pattern); patterns built per question stay on ``re``."""
    import ast
    from pathlib import Path

    package = Path(tutor.core.answering.answer.__file__).parent
    plain = []
    for path in sorted(package.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            value = getattr(node, "value", None)
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(value, ast.Call):
                called = value.func
                if isinstance(called, ast.Attribute) and called.attr == "compile" and getattr(called.value, "id", "") == "re":
                    plain.append(f"{path.name}:{node.lineno}")
    assert plain == [], "use rx.compile (tutor.core.regex_cache) for these module-level patterns"
