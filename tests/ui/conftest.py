"""Fixtures for UI tests, meant to be reused by every feature that plugs into the chat.

- ``make_app(...)``: a ``TutorApp`` factory. By default its tutor is ``FakeTutor`` (instant,
  deterministic, for layout and flow tests); pass ``tutor=bm25_tutor`` for the real retrieval
  code without the embedding model, or ``loader=`` for full control of the warm-up.
- ``bm25_tutor`` (session): the real ``load_tutor(use_embeddings=False)``.
- ``real_tutor`` (session, slow): the real tutor with the embedding model.
- ``GatedLoader``: a warm-up that waits until the test opens the gate (questions asked while
  the models "load").
- ``wait_until(pilot, predicate)``: poll instead of sleeping a fixed time.
- ``ready(pilot)`` / ``started(app, size)``: wait for (or run the app up to) the first card.
- ``settle(pilot)``: wait for a stable first screen (snapshot tests).
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tutor.core.answering.answer import Answer, Source
from tutor.ui.app import TutorApp


class FakeTutor:
    """Answers instantly with fixed, recognisable content; records what it was asked.

    It returns the real ``Answer``/``Source`` dataclasses, so the UI is tested against the shape
    the real tutor produces (a field added there cannot drift away from this fake)."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, list[str] | None]] = []

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        self.asked.append((question, history))
        if "weather" in question.lower():
            return Answer(question, "That is outside this course.", False,
                              followups=["What is machine learning?"],
                              notice="I can only answer questions about the course.")
        return Answer(
            question,
            "A **GAN** trains two networks against each other: a generator makes samples "
            "and a discriminator judges them [1]. Training stops when fakes look real [2].",
            True,
            sources=[
                Source("gans", "gans#how-a-gan-learns", "GANs", "How a GAN learns", 0.82,
                           "The generator turns random noise into samples; the discriminator "
                           "scores each sample as real or generated."),
                Source("gans", "gans#when-training-goes-wrong", "GANs",
                           "When training goes wrong", 0.61,
                           "Mode collapse: the generator keeps producing a few outputs."),
            ],
            followups=["What is mode collapse?", "How is a VAE different?"],
            demo="gan",
        )


class GatedLoader:
    """A warm-up that reports a status and then blocks until ``release()``."""

    def __init__(self, tutor: Any = None) -> None:
        self.tutor = tutor or FakeTutor()
        self.gate = threading.Event()
        self.started = threading.Event()

    def __call__(self, on_status: Callable[[str], None]) -> Any:
        on_status("Loading the course and embedding model...")
        self.started.set()
        if not self.gate.wait(timeout=30):
            raise TimeoutError("test never released the loader")
        return self.tutor

    def release(self) -> None:
        self.gate.set()


async def wait_until(pilot, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let the app run until ``predicate()`` holds (fails the test on timeout)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.02)
    await pilot.pause()


async def ready(pilot) -> None:
    """The tutor has loaded and the first card (welcome or resumed chat) is on screen."""
    await wait_until(pilot, lambda: pilot.app.tutor is not None
                     and bool(pilot.app.conversation.children))


@asynccontextmanager
async def started(app: TutorApp, size: tuple[int, int] = (80, 24)) -> AsyncIterator[Pilot]:
    """Run ``app`` headless and hand over the pilot once it is :func:`ready` (most UI tests
    begin exactly so)."""
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        yield pilot


async def settle(pilot) -> None:
    """Models ready, first card shown, cursor not blinking: a stable picture for snapshots."""
    app = pilot.app
    await wait_until(pilot, lambda: app.status.models_ready and bool(app.conversation.children))
    app.chat_input.cursor_blink = False
    await pilot.pause()


@pytest.fixture
def make_app() -> Callable[..., TutorApp]:
    def factory(tutor: Any = None, loader: Callable | None = None, **kwargs: Any) -> TutorApp:
        if loader is None:
            chosen = tutor if tutor is not None else FakeTutor()

            def loader(on_status: Any) -> Any:
                return chosen

        return TutorApp(tutor_loader=loader, **kwargs)

    return factory


@pytest.fixture(scope="session")
def bm25_tutor(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The real retrieval tutor, lexical only (fast): loaded once per session."""
    import os

    from tutor.core.answering.answer import load_tutor

    old = os.environ.get("TUTOR_HOME")
    os.environ["TUTOR_HOME"] = str(tmp_path_factory.mktemp("bm25-home"))
    try:
        return load_tutor(use_embeddings=False)
    finally:
        if old is None:
            os.environ.pop("TUTOR_HOME", None)
        else:
            os.environ["TUTOR_HOME"] = old


@pytest.fixture(scope="session")
def real_tutor(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The real tutor with the embedding model (dense + BM25), loaded once per session.

    Its TUTOR_HOME lives in .pytest_cache so the passage vectors computed on the first run
    (about a minute on a busy 2-core machine) are reused; the embeddings module checks the
    cache against the course and rebuilds it when stale.
    """
    from tutor.core.answering.answer import load_tutor

    cache = getattr(pytestconfig, "cache", None)
    home = (Path(cache.mkdir("tutor-ui-embeddings-home")) if cache is not None
            else tmp_path_factory.mktemp("real-home"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TUTOR_HOME", str(home))
        return load_tutor(use_embeddings=True)
