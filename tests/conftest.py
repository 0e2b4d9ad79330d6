"""Shared fixtures. Every test runs with its own TUTOR_HOME so nothing touches the learner's
real data, and with the offline environment the app itself sets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("TUTOR_THREADS", "1")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def tutor_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private TUTOR_HOME per test. Session-scoped caches use their own (see below)."""
    home = tmp_path / "tutor-home"
    monkeypatch.setenv("TUTOR_HOME", str(home))
    return home
