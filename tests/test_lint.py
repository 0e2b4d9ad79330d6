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
