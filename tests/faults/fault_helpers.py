"""Helpers for fault tests (a module of its own: ``conftest`` is a name every test folder uses): a second process that holds the database's write lock, the
real plain chat in a terminal, and a waiting helper for the app under Pilot."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()  # hold the write lock until the test says so (or closes the pipe)
conn.execute("COMMIT")
"""


class LockHolder:
    """Another process holding ``BEGIN IMMEDIATE`` on the database: readers still get in (WAL),
    writers wait. ``release()`` commits and ends it."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "held"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=10)


@pytest.fixture
def hold_lock():
    holders: list[LockHolder] = []

    def start(db: Path) -> LockHolder:
        holders.append(LockHolder(db))
        return holders[-1]

    start.holders = holders  # type: ignore[attr-defined]  # for a test that lets go of them all
    yield start
    for holder in holders:
        holder.release()


def tutor_in_terminal(*args: str, timeout: float = 90):
    """The real ``tutor ARGS`` in a pseudo-terminal (pexpect), one torch thread."""
    import pexpect

    env = {**os.environ, "TUTOR_THREADS": "1"}
    return pexpect.spawn(sys.executable, ["-m", "tutor", *args], env=env, encoding="utf-8",
                         timeout=timeout)


async def wait_until(pilot, predicate: Callable[[], bool], timeout: float = 15.0) -> None:
    """Let the app run until ``predicate()`` holds (fails the test on timeout)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)
    await pilot.pause()
