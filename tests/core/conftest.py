"""Fixtures for the retrieval tests (knowledge, embeddings, search, answers, evaluation).

The real embedding model and the course index are loaded once per test session. Building the
index embeds about a thousand passages (tens of seconds on two cores), so its vector cache lives
in pytest's own cache folder (``.pytest_cache/d/tutor-vectors``) and survives between runs; it is
keyed by content, so an edited lesson is re-embedded automatically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def shared_home(request: pytest.FixtureRequest) -> Path:
    """A TUTOR_HOME whose cache persists across test runs (vectors only; no learner data)."""
    return Path(request.config.cache.mkdir("tutor-vectors"))


@pytest.fixture(scope="session")
def embedder() -> Any:
    from tutor.core.answering.embeddings import load_embedder

    return load_embedder()


@pytest.fixture(scope="session")
def course() -> Any:
    from tutor.core.knowledge import load_course

    return load_course()


@pytest.fixture(scope="session")
def tutor(shared_home: Path) -> Any:
    """The real tutor: MiniLM + BM25 over the shipped course."""
    from tutor.core.answering.answer import load_tutor

    with pytest.MonkeyPatch.context() as patch:  # session fixtures cannot take ``monkeypatch``
        patch.setenv("TUTOR_HOME", str(shared_home))
        return load_tutor(use_embeddings=True)


@pytest.fixture(scope="session")
def keyword_tutor(shared_home: Path) -> Any:
    """The real tutor on BM25 alone (what runs when the embedding model cannot load)."""
    from tutor.core.answering.answer import load_tutor

    with pytest.MonkeyPatch.context() as patch:  # session fixtures cannot take ``monkeypatch``
        patch.setenv("TUTOR_HOME", str(shared_home))
        return load_tutor(use_embeddings=False)
