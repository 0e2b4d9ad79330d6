"""Screenshots of the main screen, the help screen and an answer with its sources expanded,
at 80x24 and 120x40. Deterministic: a fixed fake tutor, a fresh database, no clock, no spinner.

Update after an intended change with ``pytest tests/ui/test_snapshots.py --snapshot-update``
and look at the SVGs in ``tests/ui/__snapshots__/``.
"""

from __future__ import annotations

import pytest

from tests.ui.conftest import FakeTutor, settle, wait_until
from tutor.ui.app import TutorApp
from tutor.ui.widgets.chat.answer import AnswerCard

SIZES = [(80, 24), (120, 40)]


@pytest.fixture(autouse=True)
def core_commands_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the catalog to the chat's own commands so features added later (with their own
    tests) do not change these pictures."""
    from tutor import commands

    core = [c for c in commands.CATALOG if str(c.handler).startswith("tutor.ui.handlers.core:")]
    monkeypatch.setattr(commands, "CATALOG", core)


def _app() -> TutorApp:
    tutor = FakeTutor()
    return TutorApp(tutor_loader=lambda on_status: tutor)


_settle = settle


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, size) -> None:
    assert snap_compare(_app(), terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, size) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("f1")
        await pilot.pause(0.2)

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_answer_with_expanded_sources(snap_compare, size) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        app = pilot.app
        app.submit("What is a GAN?")
        await wait_until(pilot, lambda: bool(app.conversation.query(AnswerCard)))
        card = app.conversation.query(AnswerCard).last()
        card.expand_sources()
        await pilot.pause(0.2)
        card.scroll_visible(animate=False, top=True)
        await pilot.pause(0.2)

    assert snap_compare(_app(), terminal_size=size, run_before=run_before)
