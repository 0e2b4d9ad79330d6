"""Keys on a running demo card (Pilot, a real small demo): space pauses and resumes, . runs
exactly one unit, + turns the selected knob (applied at the next unit and recorded in the
result), printable keys go back to the input; F1 lists the keys."""

from __future__ import annotations

import pytest

from tests.ui.conftest import started, wait_until
from tutor.demos.base import KnobChange
from tutor.ui.widgets.demo.card import DemoCard

RL = "/demo rl --episodes 300 --eval-episodes 20"


@pytest.fixture(autouse=True)
def no_watch_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    import tutor.ui.handlers.demo as handler

    monkeypatch.setattr(handler, "PACE", 0.0)


@pytest.fixture
def start_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The chat's demo starts paused before its first unit: no race with a fast demo."""
    import tutor.demos.base as base
    import tutor.demos.kept_runs  # noqa: F401 - binds the real Controls first: a module first
    # imported under the patch would keep PausedControls for the rest of the session

    class PausedControls(base.Controls):
        def __post_init__(self) -> None:
            super().__post_init__()
            self.pause()

    monkeypatch.setattr(base, "Controls", PausedControls)


def card_of(app) -> DemoCard | None:
    cards = list(app.conversation.query(DemoCard))
    return cards[-1] if cards else None


async def test_pause_step_knob_resume(make_app, start_paused) -> None:
    app = make_app()
    async with started(app, size=(100, 40)) as pilot:
        app.submit(RL)
        await wait_until(pilot, lambda: card_of(app) is not None and card_of(app).has_focus,
                         timeout=60)
        card = card_of(app)
        controls = card.controls
        await wait_until(pilot, lambda: controls.waiting, timeout=30)
        paused_at = controls.position
        assert paused_at == 1  # paused before the first episode has run
        await pilot.pause(0.3)
        assert controls.position == paused_at and card.state == "running"
        assert "paused at episode" in card.controls_text() and card.has_class("-paused")

        await pilot.press("full_stop")  # exactly one more episode
        await wait_until(pilot, lambda: controls.waiting and controls.position == paused_at + 1)
        await pilot.pause(0.3)
        assert controls.position == paused_at + 1

        await pilot.press("ctrl+k")  # epsilon_min -> alpha
        assert controls.knob.name == "alpha"
        await pilot.press("plus")
        assert controls.requested("alpha") == 0.2
        assert "alpha 0.1 (-> 0.2 next episode)" in card.controls_text()
        await pilot.press("space")  # resume
        await wait_until(pilot, lambda: card.state == "finished", timeout=60)
        result = card.result
        assert result.changes == [KnobChange(paused_at + 1, "alpha", 0.1, 0.2, "episode")]
        assert "alpha 0.1 -> 0.2 at episode" in result.explanation
        assert not card.can_focus and app.chat_input.has_focus
        (message,) = [m for m in app.chats.messages(app.conversation_id) if m.kind == "demo"]
        assert message.payload["changes"][0]["name"] == "alpha"


async def test_typing_on_the_card_goes_to_the_input_and_esc_stops(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        app.submit("/demo rl --slippery --episodes 50000")
        await wait_until(pilot, lambda: card_of(app) is not None and card_of(app).has_focus,
                         timeout=60)
        await pilot.press("space")  # pauses the running demo
        await wait_until(pilot, lambda: card_of(app).controls.waiting, timeout=30)
        position = card_of(app).controls.position
        await pilot.pause(0.3)
        assert card_of(app).controls.position == position  # it really stopped training
        await pilot.press("h", "i")
        assert app.chat_input.has_focus and app.chat_input.text == "hi"
        await pilot.press("escape")  # stops the paused run promptly
        await wait_until(pilot, lambda: card_of(app).state == "stopped", timeout=10)


async def test_help_lists_the_demo_keys(make_app) -> None:
    from tutor.ui.screens.help import help_text

    app = make_app()
    async with started(app) as pilot:
        text = help_text(pilot.app)
        assert "Space" in text and "Running demo: pause or resume" in text
        assert "Running demo: one more step, then pause" in text
