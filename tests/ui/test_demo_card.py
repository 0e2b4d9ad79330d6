"""The live demo card on its own: what it redraws, what it carries forward, how it lays out
metrics and big pictures, and scrolling the conversation from the input (PageUp/PageDown)."""

from __future__ import annotations

import pytest

from tests.ui.conftest import wait_until
from tutor.demos.base import DemoResult, ImageGrid, LinePlot, Progress, TextBlock
from tutor.ui.widgets.demo import card as card_module
from tutor.ui.widgets.demo.card import DemoCard, MetricsLine
from tutor.ui.widgets.demo.pictures import pictures_text
from tutor.ui.widgets.demo.views import LinePlotView, PicturesView


@pytest.fixture(autouse=True)
def draw_every_tick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(card_module, "VISUALS_REFRESH", 0.0)
    monkeypatch.setattr(card_module, "DRAW_SHARE", 0.0)


def _loss(n: int) -> LinePlot:
    return LinePlot("Loss", {"loss": [1.0 / (i + 1) for i in range(n)]})


async def _live_card(app, pilot) -> DemoCard:
    card = DemoCard("gan", "a GAN", "/demo gan")
    await app.conversation.add_card(card)
    await pilot.pause()
    return card


async def test_unchanged_visuals_are_not_redrawn(make_app, monkeypatch) -> None:
    shown: list[object] = []
    original = LinePlotView.show
    monkeypatch.setattr(LinePlotView, "show", lambda self, v: (shown.append(v), original(self, v)))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        card = await _live_card(app, pilot)
        plot = _loss(5)
        for step in range(1, 4):  # the same object resent, as the demos do between snapshots
            card.post_progress(Progress(step, 10, f"step {step}", [plot]))
            await card._flush()
        card.post_progress(Progress(4, 10, "step 4", [_loss(5)]))  # equal content, new object
        await card._flush()
        assert len(shown) == 1  # built once when the view was made, never again
        card.post_progress(Progress(5, 10, "step 5", [_loss(6)]))
        await card._flush()
        assert len(shown) == 2 and shown[-1].series["loss"][-1] == pytest.approx(1 / 6)


async def test_pictures_are_carried_over_an_event_without_them(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        card = await _live_card(app, pilot)
        digits = ImageGrid("Generated digits", [[[0.0, 1.0], [1.0, 0.0]]], ["a"])
        card.post_progress(Progress(1, 10, "with pictures", [digits]))
        card.post_progress(Progress(2, 10, "status only"))  # arrives before the next tick
        await card._flush()
        await pilot.pause()
        assert card.query(PicturesView)
        assert "status only" in str(card.query_one(".demo-status").render())


async def test_text_is_drawn_while_pictures_wait_for_their_turn(make_app, monkeypatch) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        card = await _live_card(app, pilot)
        monkeypatch.setattr(card_module, "VISUALS_REFRESH", 3600.0)
        card._visuals_drawn = 10**9  # just drew: the pictures must wait
        card.post_progress(Progress(3, 10, "epoch 3", [TextBlock("Sample", "hello")]))
        await card._flush()
        assert "epoch 3" in str(card.query_one(".demo-status").render())
        assert not card.query(".demo-text")
        card._visuals_drawn = 0.0  # their turn: the kept pictures are drawn
        await card._flush()
        await pilot.pause()
        assert card.query(".demo-text")


async def test_every_metric_is_shown_wrapped_between_items(make_app) -> None:
    metrics = {"modes_covered": 8.0, "high_quality_share": 0.91, "mean_distance": 0.123,
               "samples": 2000.0, "d_loss": 1.234, "g_loss": 0.987, "max_modes_covered": 8.0,
               "a_rather_long_metric_name_for_wrapping": 0.5}
    result = DemoResult("gan", {}, metrics, 3.2, [], "It learned.", "gans", "Why?")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        card = DemoCard("gan", "a GAN", "/demo gan", result=result)
        await app.conversation.add_card(card)
        await pilot.pause()
        line = card.query_one(MetricsLine)
        width = line.content_size.width
        rendered = str(line.render())
        for name in metrics:
            assert name in rendered
        assert "3.2 s" in rendered
        lines = rendered.split("\n")
        assert len(lines) > 1 and all(len(row) <= width for row in lines)
        assert line.size.height == len(lines)
        assert not any(row.endswith(name) for row in lines for name in metrics)  # never split


def test_a_big_picture_is_shrunk_to_the_width() -> None:
    mosaic = [[(r * c) % 7 / 6 for c in range(53)] for r in range(53)]
    grid = ImageGrid("A walk across the latent map", [mosaic], [], columns=1)
    for width in (40, 76):
        rows = pictures_text(grid, width).plain.split("\n")[1:]
        assert rows and max(len(row) for row in rows) <= width
    assert len(pictures_text(grid, 76).plain.split("\n")[1]) == 53  # fits: drawn as it is


async def test_page_keys_scroll_the_conversation_from_the_input(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None)
        for i in range(30):
            await app.conversation.add_note(f"note {i}")
        await pilot.pause()
        conversation = app.conversation
        assert app.focused is app.chat_input and conversation.max_scroll_y > 0
        bottom = conversation.scroll_y
        await pilot.press("pageup")
        await pilot.pause()
        assert conversation.scroll_y < bottom and app.focused is app.chat_input
        await pilot.press("ctrl+home")
        await pilot.pause()
        assert conversation.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert conversation.scroll_y > 0
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert conversation.scroll_y == conversation.max_scroll_y
