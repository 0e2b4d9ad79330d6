"""/demo inside the chat: a real (small) demo runs in the job slot with a live card; Esc
cancels; a second demo is refused; the finished card is saved, redrawn on resume, exported."""

from __future__ import annotations

import pytest

from tests.ui.conftest import started, wait_until
from tutor.ui.widgets.chat.messages import NoteMessage, TutorText
from tutor.ui.widgets.demo.card import DemoCard
from tutor.ui.widgets.demo.views import LinePlotView, PolicyView

SMALL_RL = "/demo rl --episodes 300 --eval-episodes 50"
LONG_RL = "/demo rl --slippery --episodes 50000"


@pytest.fixture(autouse=True)
def no_watch_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    import tutor.ui.handlers.demo as handler

    monkeypatch.setattr(handler, "PACE", 0.0)


def notes(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]


def cards(app) -> list[DemoCard]:
    return list(app.conversation.query(DemoCard))


async def run_small_rl(pilot) -> DemoCard:
    """Run ``SMALL_RL`` in the chat and wait for its card to finish."""
    app = pilot.app
    app.submit(SMALL_RL)
    await wait_until(pilot, lambda: bool(cards(app)) and cards(app)[0].state == "finished",
                     timeout=60)
    return cards(app)[0]


async def test_demo_runs_and_the_card_shows_its_result(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        card = await run_small_rl(pilot)
        assert card.result is not None and card.result.metrics["success_rate"] == 1.0
        metrics = str(card.query_one(".demo-metrics").render())
        assert "success_rate 1" in metrics
        explanation = str(card.query_one(".demo-explanation").render())
        assert "reinforcement learning" in explanation and "Check yourself" in explanation
        assert card.query(PolicyView) and card.query(LinePlotView)
        assert not card.query_one(".demo-progress").display
        # saved with its payload and a readable Markdown text
        (message,) = [m for m in app.chats.messages(app.conversation_id) if m.kind == "demo"]
        assert message.payload["demo"] == "rl" and message.payload["command"] == SMALL_RL
        assert "What just happened" in message.content and "```text" in message.content
        exported = app.chats.to_markdown(app.conversation_id)  # what /export writes
        assert SMALL_RL in exported and "Learned policy" in exported and "S→" in exported


async def test_finished_demo_comes_back_on_resume(make_app) -> None:
    first = make_app()
    async with started(first) as pilot:
        await run_small_rl(pilot)
    second = make_app()
    async with second.run_test(size=(120, 40)) as pilot:
        await wait_until(pilot, lambda: bool(cards(second)))
        await pilot.pause()
        card = cards(second)[0]
        assert card.state == "finished" and card.command == SMALL_RL
        assert card.query(PolicyView)
        assert "success_rate 1" in str(card.query_one(".demo-metrics").render())


async def test_escape_cancels_a_running_demo(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        app.submit(LONG_RL)
        await wait_until(pilot, lambda: bool(cards(app)) and bool(cards(app)[0].query(PolicyView)),
                         timeout=60)  # training under way: the live policy grid is drawn
        await pilot.press("escape")
        await wait_until(pilot, lambda: cards(app)[0].state == "stopped", timeout=30)
        assert app.job is None
        assert "Stopped: /demo rl." in notes(app)
        assert not [m for m in app.chats.messages(app.conversation_id or 0) if m.kind == "demo"]


async def test_a_second_demo_is_refused_politely(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        app.submit(LONG_RL)
        await wait_until(pilot, lambda: app.job is not None)
        app.submit("/demo clustering")
        await wait_until(pilot, lambda: any("one demo at a time" in n for n in notes(app)))
        assert len(cards(app)) == 1
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.job is None, timeout=30)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("/demo", [f"/demo {name}" for name in
                   ("classifier", "clustering", "rl", "gan", "vae", "textgen", "compare")]),
        ("/demo rl --help", [f"`{flag}" for flag in
                             ("--seed", "--size", "--slippery", "--episodes", "--eval-episodes")]),
    ],
    ids=["lists-the-demos", "help-lists-its-options"],
)
async def test_demo_without_a_run_shows_help_text(make_app, line, expected) -> None:
    """``/demo`` alone lists the demos; ``/demo NAME --help`` lists that demo's options."""
    app = make_app()
    async with started(app) as pilot:
        app.submit(line)
        await wait_until(pilot, lambda: bool(app.conversation.query(TutorText)))
        text = app.conversation.query(TutorText).last()._markdown
        for fragment in expected:
            assert fragment in text
        assert not cards(app)


@pytest.mark.parametrize(
    "line, fragment",
    [
        ("/demo rl --episodes -1", "at least 10"),
        ("/demo rl --episodes lots", "a whole number"),
        ("/demo rl --size 5", "one of 4, 8"),
        ("/demo clusterin", "Did you mean 'clustering'"),
        ("/demo rl --slipery", "Did you mean --slippery"),
        ('/demo rl "--episodes', "Could not read"),
    ],
)
async def test_bad_options_are_a_clear_note(make_app, line, fragment) -> None:
    app = make_app()
    async with started(app) as pilot:
        app.submit(line)
        await wait_until(pilot, lambda: any(fragment in n for n in notes(app)))
        assert not cards(app) and app.job is None


def test_completion_offers_demo_names_then_options(make_app) -> None:
    from tutor.ui.handlers.demo import complete_demo

    assert complete_demo(None, "cl") == ["classifier", "clustering"]
    assert "rl" in complete_demo(None, "")
    import tutor.demos.rl  # noqa: F401 - options are offered once the demo is loaded

    offered = complete_demo(None, "rl --sl")
    assert offered == ["rl --slippery"]


def _stored_demo_payload() -> dict:
    """A real small run, with the wall time pinned so the picture is stable."""
    from tutor.demos import get_demo

    result = get_demo("rl").run({"episodes": 300, "eval_episodes": 50})
    result.seconds = 1.5
    return {**result.to_dict(), "command": SMALL_RL}


def test_snapshot_of_a_finished_demo_card(snap_compare, monkeypatch) -> None:
    from tutor import commands
    from tutor.core.chats import Chats
    from tutor.core.store import open_store
    from tutor.demos.render_text import render_markdown
    from tutor.ui.app import TutorApp

    core = [c for c in commands.CATALOG if str(c.handler).startswith("tutor.ui.handlers.core:")]
    monkeypatch.setattr(commands, "CATALOG", [*core, commands.get("demo")])
    payload = _stored_demo_payload()
    store = open_store()
    chats = Chats(store)
    conversation = chats.create()
    chats.append(conversation, "tutor", render_markdown(payload), "demo", payload)
    store.close()

    async def run_before(pilot) -> None:
        app = pilot.app
        await wait_until(pilot, lambda: app.status.models_ready and bool(cards(app)))
        app.chat_input.cursor_blink = False
        await pilot.pause(0.2)
        cards(app)[0].scroll_visible(animate=False, top=True)
        await pilot.pause(0.2)

    from tests.ui.conftest import FakeTutor

    tutor = FakeTutor()
    app = TutorApp(tutor_loader=lambda on_status: tutor)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
