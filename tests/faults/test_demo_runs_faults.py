"""Keeping a demo run never costs the demo: a locked or read-only database still lets it run to
its result; the run is kept (saved when the lock frees) or the learner is told in one line.

Real faults: the lock is another process holding ``BEGIN IMMEDIATE``; the read-only file is
denied to the unprivileged user ``nobody`` (tests run as root, where chmod denies nothing), as
in ``test_permissions.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from fault_helpers import wait_until

from tutor.core.demo_runs import list_runs
from tutor.core.store import open_store
from tutor.ui.app import TutorApp
from tutor.ui.widgets.chat.conversation import NoteMessage
from tutor.ui.widgets.demo.card import DemoCard

FAST_RL = ["rl", "--episodes", "120", "--eval-episodes", "20", "--seed", "1"]
KEPT = "Another tutor is holding your database"
LEARNER = 65534  # nobody


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT COUNT(*) FROM demo_runs").fetchone()[0]
    finally:
        conn.close()


def _demo(home: Path, *args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    env = {**os.environ, "TUTOR_HOME": str(home), "HOME": str(home.parent), "TUTOR_THREADS": "1"}
    return subprocess.run([*prefix, sys.executable, "-m", "tutor", "demo", *args],
                          capture_output=True, text=True, env=env, timeout=180)


def test_cli_demo_under_a_lock_runs_and_its_run_lands_when_the_lock_frees(tutor_home,
                                                                          hold_lock) -> None:
    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    holder = hold_lock(db)
    threading.Timer(4.0, holder.release).start()  # the other tutor lets go while we wait
    done = _demo(tutor_home, *FAST_RL, "--json")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert json.loads(done.stdout)["demo"] == "rl"  # the result is whole, on stdout
    assert _count(db) == 1


def test_cli_demo_under_a_lock_held_throughout_still_gives_its_result_and_says_so(
        tutor_home, hold_lock) -> None:
    db = tutor_home / "data" / "tutor.db"
    open_store().close()
    hold_lock(db)  # held until the test ends
    done = _demo(tutor_home, *FAST_RL, "--json")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert json.loads(done.stdout)["metrics"]["success_rate"] >= 0
    assert KEPT in done.stderr and "could not be saved" in done.stderr
    assert "OperationalError" not in done.stderr


async def test_chat_demo_under_a_lock_is_kept_then_saved(tmp_path, hold_lock,
                                                         monkeypatch) -> None:
    import tutor.ui.handlers.demo as handler
    from tests.ui.conftest import FakeTutor

    monkeypatch.setattr(handler, "PACE", 0.0)
    db = tmp_path / "tutor.db"
    open_store(db).close()
    app = TutorApp(db_path=db, tutor_loader=lambda on_status: FakeTutor())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None and bool(app.conversation.children))
        holder = hold_lock(db)
        app.submit("/demo " + " ".join(FAST_RL))
        await wait_until(pilot, lambda: bool(app.conversation.query(DemoCard))
                         and app.conversation.query(DemoCard).last().state == "finished",
                         timeout=60)
        await wait_until(pilot, lambda: any(KEPT in n.text
                                            for n in app.conversation.query(NoteMessage)))
        assert _count(db) == 0
        holder.release()
        await wait_until(pilot, lambda: _count(db) == 1, timeout=20)  # the chat's retry timer
        assert list_runs(app.store.conn)[0].face == "chat"


@pytest.fixture
def learner_home():
    """A TUTOR_HOME owned by ``nobody`` with one kept run, its database read-only."""
    if os.getuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: chmod cannot deny anything here")
    top = Path(tempfile.mkdtemp(prefix="tutor-demo-ro-"))
    top.chmod(0o755)
    home = top / "home"
    done = _demo(home, *FAST_RL)
    assert done.returncode == 0, done.stderr
    if os.getuid() == 0:
        for root, dirs, files in os.walk(top):
            for name in [root, *(os.path.join(root, n) for n in dirs + files)]:
                os.chown(name, LEARNER, LEARNER)
    db = home / "data" / "tutor.db"
    db.chmod(0o400)
    yield home
    db.chmod(0o600)
    shutil.rmtree(top, ignore_errors=True)


def _as_learner() -> tuple[str, ...]:
    if os.getuid() != 0:
        return ()
    return (str(shutil.which("setpriv")), f"--reuid={LEARNER}", f"--regid={LEARNER}",
            "--clear-groups")


def test_read_only_database_the_demo_runs_and_the_learner_is_told(learner_home) -> None:
    db = learner_home / "data" / "tutor.db"
    before = db.read_bytes()
    done = _demo(learner_home, *FAST_RL, "--json", prefix=_as_learner())
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert json.loads(done.stdout)["demo"] == "rl"
    (line,) = [x for x in done.stderr.splitlines() if "not kept" in x]
    assert line.startswith("tutor demo: This run was not kept:") and "read-only" in line
    assert f"chmod u+rw {db}" in line
    listed = _demo(learner_home, "--runs", "--json", prefix=_as_learner())
    assert listed.returncode == 0, listed.stderr
    assert [r["id"] for r in json.loads(listed.stdout)] == [1]  # the earlier run still reads
    again = _demo(learner_home, "--rerun", "1", "--json", prefix=_as_learner())
    assert again.returncode == 0 and json.loads(again.stdout)["same"] is True, again.stderr
    assert db.read_bytes() == before  # untouched
