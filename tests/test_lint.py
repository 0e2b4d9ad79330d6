"""Ruff over the whole tree with the rules chosen in pyproject.toml ([tool.ruff.lint]).

Why a test: the rules only help if nobody can merge code that breaks them, and ``make test`` is
the one command everyone runs. Skipped where ruff is not installed (it is a dev dependency).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _ruff() -> list[str] | None:
    """The ruff next to this interpreter (the project's venv), else one on PATH."""
    beside = Path(sys.executable).with_name("ruff")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("ruff")
    return [found] if found else None


def test_ruff_finds_nothing() -> None:
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[dev]')")
    done = subprocess.run(
        [*ruff, "check", "--no-cache", "--output-format", "concise", "tutor", "tests", "benchmarks"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"ruff check found problems:\n{done.stdout}{done.stderr}"


def _rebound_names(source: str) -> list[str]:
    """Module-level names bound a second time by a statement that does not read the first value
    (``X = X | Y`` extends it on purpose; a second ``X = re.compile(...)`` silently replaces it)."""
    import ast

    seen: set[str] = set()
    rebound = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} if node.value is not None else set()
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names, reads = [node.name], set()
        else:
            continue
        for name in names:
            if name in seen and name not in reads:
                rebound.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return rebound


def test_no_module_binds_a_name_twice() -> None:
    """Why: functions read a module's globals when they run, so a second pattern given the name
    of an earlier one replaces it for every function above it too. In stop 45 two regular
    expressions of ``shapes.py`` were found shadowed so (``_SENTENCE_END``: "gans vs. vaes" was
    split after "vs."). Ruff's redefinition rule covers imports and functions, not constants."""
    problems = {
        str(path.relative_to(REPO)): rebound
        for path in sorted((REPO / "tutor").rglob("*.py"))
        if (rebound := _rebound_names(path.read_text(encoding="utf-8")))
    }
    assert not problems, problems


def test_a_second_binding_is_found() -> None:
    """The check above can fail: a replaced pattern is reported, an extended one is not."""
    assert _rebound_names("A = 1\nB = 2\nA = 3\n") == ["A (line 3)"]
    assert _rebound_names("A = frozenset()\nA = A | {1}\n") == []


def _stored_patterns_in_functions(source: str) -> list[str]:
    """Calls of ``rx.compile`` (``tutor.core.regex_cache``) inside a function or method body."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "compile"
                and isinstance(inner.func.value, ast.Name) and inner.func.value.id == "rx"
            ):
                found.append(f"line {inner.lineno}")
    return sorted(set(found))


def test_stored_patterns_are_compiled_at_module_level_only() -> None:
    """Why: ``regex_cache.compile`` keeps every pattern it compiles for the next run, in a file
    beside the bytecode. A pattern built per question (from the learner's own words) would add an
    entry per question asked and grow that file without end; such patterns use ``re.compile``,
    whose cache is in memory. (Stop 46's review found one in ``search.py``.)"""
    problems = {
        str(path.relative_to(REPO)): found
        for path in sorted((REPO / "tutor").rglob("*.py"))
        if path.name != "regex_cache.py" and (found := _stored_patterns_in_functions(path.read_text(encoding="utf-8")))
    }
    assert not problems, problems


def test_a_stored_pattern_in_a_function_is_found() -> None:
    assert _stored_patterns_in_functions("def f(x):\n    return rx.compile(x)\n") == ["line 2"]
    assert _stored_patterns_in_functions("P = rx.compile('a')\ndef f(x):\n    return re.compile(x)\n") == []
