"""The learner screen of ``tutor serve --learners`` without a browser (the browser test is
tests/cli/test_serve_browser.py): a bad name is refused with its reason, a good one opens that
learner's own database, and nothing is opened before."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.ui.conftest import wait_until
from tutor.ui.screens.learner import LearnerScreen


async def test_a_name_opens_that_learners_own_data(make_app, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TUTOR_DATA_DIR", "")  # restored after the test (the app sets it)
    app = make_app(learners_root=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, LearnerScreen))
        assert app.store is None  # nothing opened before a name is given
        app.submit("/history")  # commands wait for the name too
        await pilot.press(*"../ana", "enter")
        error = app.screen.query_one("#learner-error", Static)
        assert "Use letters, digits" in str(error.render())
        assert isinstance(app.screen, LearnerScreen) and app.store is None
        app.screen.query_one("#learner-name", Input).value = ""
        await pilot.press(*"Ana Lopez", "enter")
        await wait_until(pilot, lambda: app.store is not None and app.tutor is not None)
        assert app.learner == "Ana Lopez"
        assert app.store.path == (tmp_path / "learners" / "ana-lopez" / "tutor.db").resolve()
        app.submit("What is a GAN?")
        await wait_until(pilot, lambda: app.last_answer is not None)
    assert (tmp_path / "learners" / "ana-lopez" / "tutor.db").is_file()
    assert not list(tmp_path.glob("*.db"))
