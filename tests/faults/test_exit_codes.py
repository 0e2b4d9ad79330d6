"""A crash in the full-screen chat exits 1 with one line and a log, never a silent 0."""

from __future__ import annotations

from pathlib import Path

import tutor.ui.app
from tutor.cli.chat import run_app
from tutor.ui.app import TutorApp

# a subclass in another folder would look for the stylesheet beside itself
CSS = str(Path(tutor.ui.app.__file__).with_name("app.tcss"))


class Exploding(TutorApp):
    """The real app, with a fault injected where start-up work runs."""

    CSS_PATH = CSS

    def __init__(self, db_path) -> None:
        super().__init__(db_path=db_path, load_models=False)

    async def on_mount(self) -> None:
        raise RuntimeError("injected start-up fault")


class Quitting(TutorApp):
    CSS_PATH = CSS

    def __init__(self, db_path) -> None:
        super().__init__(db_path=db_path, load_models=False)

    async def on_mount(self) -> None:
        await super().on_mount()
        self.set_timer(1.0, self.exit)  # after start-up work has mounted its cards


def test_a_crash_exits_1_naming_the_reason_and_a_log(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path))
    code = run_app(lambda: Exploding(tmp_path / "t.db"), headless=True)
    err = capsys.readouterr().err
    assert code == 1
    line = [row for row in err.splitlines() if row.startswith("tutor:")][-1]
    assert "injected start-up fault" in line
    logs = list((tmp_path / "cache").glob("crash-*.log"))
    assert len(logs) == 1 and logs[0].name in line
    assert "RuntimeError: injected start-up fault" in logs[0].read_text()
    assert "Traceback" in logs[0].read_text()


def test_a_clean_quit_exits_0_without_a_log(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path))
    assert run_app(lambda: Quitting(tmp_path / "t.db"), headless=True) == 0
    assert not list(tmp_path.glob("cache/crash-*.log"))
