"""Screenshots of a paused demo card and of a comparison card (real small demos).

Deterministic: the paused card stops before its first episode; the comparison card is drawn
from a real comparison whose clock readings are zeroed. Update after an intended change with
``pytest tests/ui/test_demo_snapshots.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import FakeTutor, settle, wait_until
from tutor.ui.app import TutorApp
from tutor.ui.widgets.demo.card import DemoCard

SIZE = (100, 32)


@pytest.fixture(autouse=True)
def no_watch_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    import tutor.ui.handlers.demo as handler

    monkeypatch.setattr(handler, "PACE", 0.0)


def _app() -> TutorApp:
    tutor = FakeTutor()
    return TutorApp(tutor_loader=lambda on_status: tutor)


def _card(app: TutorApp) -> DemoCard | None:
    cards = list(app.conversation.query(DemoCard))
    return cards[-1] if cards else None


def test_paused_demo_card(snap_compare, monkeypatch: pytest.MonkeyPatch) -> None:
    import tutor.demos.base as base

    class PausedControls(base.Controls):  # paused before the first episode: a fixed picture
        def __post_init__(self) -> None:
            super().__post_init__()
            self.pause()

    monkeypatch.setattr(base, "Controls", PausedControls)

    async def run_before(pilot) -> None:
        await settle(pilot)
        app = pilot.app
        app.submit("/demo rl --episodes 300 --eval-episodes 20")
        await wait_until(pilot, lambda: _card(app) is not None and _card(app).has_focus,
                         timeout=60)
        await wait_until(pilot, lambda: _card(app).controls.waiting, timeout=30)
        await pilot.press("plus")  # epsilon_min 0.05 -> 0.1, waiting for the next episode
        await pilot.pause(0.5)  # the card's timer draws the paused line

    assert snap_compare(_app(), terminal_size=SIZE, run_before=run_before)


def test_comparison_card(snap_compare) -> None:
    from tutor.demos import get_demo
    from tutor.demos.comparison import combine, compare_runs

    demo = get_demo("rl")
    params = demo.resolve({"episodes": 150, "eval_episodes": 20, "epsilon": 0.0,
                           "epsilon_min": 0.0})
    result = compare_runs(demo, params, "ties", ["random", "first"])
    for run in result.runs:
        run.seconds = 0.0  # the only thing that differs between two runs of this test
    result = combine(demo, "ties", result.runs)

    async def run_before(pilot) -> None:
        await settle(pilot)
        app = pilot.app
        card = DemoCard("rl", demo.summary, "/demo rl --compare ties=random,first", result=result)
        await app.conversation.add_card(card)
        await pilot.pause(0.5)
        card.scroll_visible(animate=False, top=True)
        await pilot.pause(0.3)

    assert snap_compare(_app(), terminal_size=SIZE, run_before=run_before)
