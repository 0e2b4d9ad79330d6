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
- Question cards (the quiz's and a lesson's checks): the ``fast_grader`` fixture (short answers
  graded on key terms), ``notes``, ``type_command``, ``live_card``, ``right_answer``,
  ``wrong_answer`` and ``answer``.
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


# -- question cards: the quiz and a lesson's checks are driven the same way ------------------

@pytest.fixture
def fast_grader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short answers graded on key terms (fast); tests/core/quiz grades with the real model."""
    from tutor.core.quiz.grading import Grader
    from tutor.ui.handlers import quiz as quiz_handlers

    monkeypatch.setattr(quiz_handlers, "_GRADER", Grader(None))


def notes(app: TutorApp) -> list[str]:
    from tutor.ui.widgets.chat.messages import NoteMessage

    return [n.text for n in app.conversation.query(NoteMessage)]


async def type_command(pilot, text: str) -> None:
    """Type ``text`` into the chat input as the learner would (anything prefilled is cleared:
    a finished lesson prefills its next step) and press Enter."""
    pilot.app.chat_input.load_text("")
    pilot.app.chat_input.focus()
    await pilot.press(*text)
    await pilot.press("enter")


def live_card(app: TutorApp) -> Any:
    """The newest question card not answered yet, or None."""
    from tutor.ui.widgets.quiz.question import QuestionCard

    cards = [c for c in app.conversation.query(QuestionCard) if not c.answered]
    return cards[-1] if cards else None


def _question(card: Any) -> Any:
    from tutor.core.quiz.bank import load_bank

    return load_bank().get(card.view["question_id"])


def right_answer(card: Any) -> str:
    """What a learner who knows the answer types (a short answer: every key term)."""
    question = _question(card)
    if question.kind == "choice":
        return "abcd"[question.correct_index]
    if question.kind == "truefalse":
        return "t" if question.answer else "f"
    return " ".join(term.split("|")[0] for term in question.key_terms)


def wrong_answer(card: Any, by_number: bool = False) -> str:
    """A wrong answer: another choice (its letter, or with ``by_number`` its number key), the
    other truth value, or a skipped short answer."""
    question = _question(card)
    if question.kind == "choice":
        index = (question.correct_index + 1) % len(question.choices)
        return str(index + 1) if by_number else "abcd"[index]
    if question.kind == "truefalse":
        return "f" if question.answer else "t"
    return "skip"


async def answer(pilot, card: Any, text: str) -> None:
    """Answer on the card (a short answer typed and sent, else one key) and wait for the verdict."""
    if card.kind == "short":
        await pilot.press(*text)
        await pilot.press("enter")
    else:
        await pilot.press(text)
    await wait_until(pilot, lambda: card.answered)
