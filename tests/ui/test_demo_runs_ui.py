"""Kept runs in the chat (Pilot, a real small demo): a finished run is listed under ``/demo``,
``/demo rerun N`` repeats it with its knob schedule and says the metrics match, Esc keeps a run
as stopped, bad numbers get a clear line, and autocomplete offers the kept runs."""

from __future__ import annotations

import pytest

from tests.ui.conftest import started, wait_until
from tutor.core.demo_runs import get_run, list_runs
from tutor.ui.widgets.chat.messages import NoteMessage, TutorText
from tutor.ui.widgets.demo.card import DemoCard
from tutor.ui.widgets.input.suggestions import CommandSuggestions

SMALL_RL = "/demo rl --episodes 200 --eval-episodes 30 --seed 3"


@pytest.fixture(autouse=True)
def no_watch_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    import tutor.ui.handlers.demo as handler

    monkeypatch.setattr(handler, "PACE", 0.0)


def cards(app) -> list[DemoCard]:
    return list(app.conversation.query(DemoCard))


def texts(app) -> list[str]:
    return [t._markdown for t in app.conversation.query(TutorText)]


def notes(app) -> list[str]:
    return [n.text for n in app.conversation.query(NoteMessage)]


async def test_demo_lists_runs_and_rerun_repeats_one_exactly(make_app) -> None:
    app = make_app()
    async with started(app, size=(100, 40)) as pilot:
        app.submit(SMALL_RL)
        await wait_until(pilot, lambda: bool(cards(app)) and cards(app)[0].state == "finished",
                         timeout=60)
        first = cards(app)[0].result
        (kept,) = list_runs(app.store.conn)
        assert (kept.demo, kept.seed, kept.face, kept.status) == ("rl", 3, "chat", "finished")

        app.submit("/demo")
        await wait_until(pilot, lambda: any("Recent runs" in t for t in texts(app)))
        listing = next(t for t in texts(app) if "Recent runs" in t)
        assert "/demo rl" in listing  # the demos are still listed above the runs
        assert "- 1\\. rl · episodes=200, eval\\_episodes=30 · seed 3 · success\\_rate" in listing

        app.submit("/demo rerun 1")
        await wait_until(pilot, lambda: any("Same result as run 1" in t for t in texts(app)),
                         timeout=60)
        assert len(cards(app)) == 2
        again = cards(app)[1]
        assert again.command == "/demo rerun 1" and again.result.metrics == first.metrics
        rerun = get_run(app.store.conn, 2)
        assert rerun.rerun_of == 1 and rerun.options == kept.options
        saved = [m for m in app.chats.messages(app.conversation_id) if m.kind == "text"
                 and m.role == "tutor"]
        assert "Same result as run 1" in saved[-1].content  # kept in the conversation too

        app.submit("/demo rerun 99")
        await wait_until(pilot, lambda: any("There is no run 99" in n for n in notes(app)))
        app.submit("/demo rerun soon")
        await wait_until(pilot, lambda: any("'soon' is not a run number" in n
                                            for n in notes(app)))


async def test_a_run_stopped_with_esc_is_kept_and_named_on_its_card(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        app.submit("/demo rl --slippery --episodes 50000 --seed 4")
        await wait_until(pilot, lambda: bool(cards(app)) and cards(app)[0].controls.position > 5,
                         timeout=60)
        await pilot.press("escape")
        await wait_until(pilot, lambda: cards(app)[0].state == "stopped", timeout=30)
        await wait_until(pilot, lambda: bool(list_runs(app.store.conn)))
        (run,) = list_runs(app.store.conn)
        assert run.status == "stopped" and run.seed == 4 and run.options["slippery"] is True
        status = str(cards(app)[0].query_one(".demo-status").render())
        assert "Kept as run 1: /demo rerun 1 trains it to the end" in status
        app.submit("/demo runs")
        await wait_until(pilot, lambda: any("Recent runs" in t for t in texts(app)))
        assert "stopped" in next(t for t in texts(app) if "Recent runs" in t)


async def test_autocomplete_offers_runs_and_rerun_numbers(make_app) -> None:
    app = make_app()
    async with started(app) as pilot:
        app.submit(SMALL_RL)
        await wait_until(pilot, lambda: bool(cards(app)) and cards(app)[0].state == "finished",
                         timeout=60)
        dropdown = app.query_one(CommandSuggestions)
        app.chat_input.focus()
        await pilot.press(*"/demo re")
        await pilot.pause()
        assert "/demo rerun" in [s.text.strip() for s in dropdown.items]
        await pilot.press(*"run ")
        await pilot.pause()
        assert "/demo rerun 1" in [s.text.strip() for s in dropdown.items]


async def test_rerun_replays_the_saved_knob_schedule_in_the_chat(make_app) -> None:
    """A run whose knob was turned at episode 50 (kept by the CLI face) re-runs in the chat with
    the same turn at the same episode, and the same metrics."""
    from tutor.demos import get_demo, kept_runs
    from tutor.demos.base import Controls, RunContext

    demo = get_demo("rl")
    original = demo.run({"episodes": 150, "eval_episodes": 20, "seed": 7},
                        RunContext(controls=Controls(schedule={50: {"alpha": 0.4}})))
    app = make_app()
    async with started(app, size=(100, 40)) as pilot:
        assert kept_runs.keep(app.store, kept_runs.finished(demo, original, "cli", 0.0)) is None
        app.submit("/demo rerun 1")
        await wait_until(pilot, lambda: any("Same result as run 1" in t for t in texts(app)),
                         timeout=60)
        card = cards(app)[0]
        assert card.result.changes == original.changes and original.changes[0].at == 50
        assert "alpha 0.1 -> 0.4 at episode 50" in card.result.explanation
