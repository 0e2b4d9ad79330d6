"""The exclusive job slot handlers use for long work: progress, Esc cancels, one at a time."""

from __future__ import annotations

import threading
import time

from tests.ui.conftest import wait_until
from tutor.ui.jobs import Job
from tutor.ui.widgets.chat.messages import NoteMessage


def note_texts(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]


def slow_job(job: Job, release: threading.Event) -> str:
    """Reports progress until cancelled or released."""
    step = 0
    while not release.is_set():
        if job.cancelled:
            raise RuntimeError("stopped mid-way")  # counts as cancellation, not an error
        step += 1
        job.progress(min(step / 100, 0.99), f"step {step}", force=True)
        time.sleep(0.01)
    return "done"


async def test_escape_cancels_the_running_job(make_app) -> None:
    app = make_app()
    outcomes = []
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None)

        async def start() -> None:
            outcomes.append(await app.run_job("Training a demo", slow_job, threading.Event()))

        app.run_worker(start())
        await wait_until(pilot, lambda: "Training a demo" in app.status.job
                         and "%" in app.status.job)
        assert app.job is not None
        await pilot.press("escape")
        await wait_until(pilot, lambda: bool(outcomes))
        assert outcomes[0].cancelled and outcomes[0].error is None and not outcomes[0].ok
        assert app.job is None and app.status.job == ""
        assert "Stopped: Training a demo." in note_texts(app)


async def test_a_second_job_is_refused_politely(make_app) -> None:
    app = make_app()
    release = threading.Event()
    outcomes = []
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None)

        async def start(title: str) -> None:
            outcomes.append((title, await app.run_job(title, slow_job, release)))

        app.run_worker(start("first"))
        await wait_until(pilot, lambda: app.job is not None)
        app.run_worker(start("second"))
        await wait_until(pilot, lambda: len(outcomes) == 1)
        assert outcomes[0][0] == "second" and outcomes[0][1].refused
        assert any("\"first\" is still running" in n for n in note_texts(app))
        release.set()
        await wait_until(pilot, lambda: len(outcomes) == 2)
        assert outcomes[1][1].ok and outcomes[1][1].value == "done"


async def test_a_failing_job_is_reported_in_one_line(make_app) -> None:
    app = make_app()
    outcomes = []

    def broken(job: Job) -> None:
        raise ValueError("--k must be at least 2")

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None)

        async def start() -> None:
            outcomes.append(await app.run_job("Clustering", broken))

        app.run_worker(start())
        await wait_until(pilot, lambda: bool(outcomes))
        assert isinstance(outcomes[0].error, ValueError)
        assert "Clustering failed: ValueError: --k must be at least 2" in note_texts(app)


async def test_job_call_updates_the_ui_from_the_thread(make_app) -> None:
    app = make_app()
    outcomes = []

    def work(job: Job) -> str:
        job.call(app.prefill, "/demo classifier")
        return "ok"

    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None)

        async def start() -> None:
            outcomes.append(await app.run_job("UI update", work))

        app.run_worker(start())
        await wait_until(pilot, lambda: bool(outcomes))
        assert app.chat_input.text == "/demo classifier"


async def test_escape_with_nothing_running_returns_to_the_input(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None)
        app.conversation.focus()
        await pilot.press("escape")
        assert app.focused is app.chat_input


async def test_show_message_renders_through_the_kind_registry_and_saves(make_app) -> None:
    from tutor import commands
    from tutor.ui.widgets.chat.messages import TutorText

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None)
        commands.MESSAGE_KINDS["custom-test"] = "tutor.ui.widgets.chat.messages:render_text"
        try:
            widget = await app.show_message("tutor", "custom-test", "**hello**", {"n": 1})
            assert isinstance(widget, TutorText)
            saved = app.chats.messages(app.conversation_id)[-1]
            assert (saved.kind, saved.payload) == ("custom-test", {"n": 1})
            unknown = await app.show_message("tutor", "no-renderer", "plain *markdown*")
            assert isinstance(unknown, TutorText)  # falls back to the Markdown content
        finally:
            del commands.MESSAGE_KINDS["custom-test"]


async def test_the_status_line_fits_a_long_job_message_at_80_columns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.status.models_ready)
        app.status.set_job("/generate SmolLM2", None,
                           "reading the tokenizer from the GGUF file (first run only)...")
        await pilot.pause()
        line = app.status.render()
        assert line.cell_len <= app.status.content_size.width
        plain = line.plain
        assert "/generate SmolLM2" in plain and plain.rstrip().endswith("Esc stops")
        assert "…" in plain  # the message is cut, not the hint
        app.status.set_job("/generate SmolLM2", None, "stopping...", stopping=True)
        await pilot.pause()
        assert "Esc stops" not in app.status.render().plain
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        app.status.set_job("/generate SmolLM2", 0.5, "reading the tokenizer (first run only)...")
        wide = app.status.render().plain
        assert "reading the tokenizer (first run only)..." in wide and "50%" in wide
