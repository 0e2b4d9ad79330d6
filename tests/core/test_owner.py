"""Which window owns a quiz: this process, a live one, or one that is gone."""

from __future__ import annotations

import socket
import subprocess
import sys

from tutor.core import owner


def test_this_process_is_alive_and_a_finished_one_is_not() -> None:
    assert owner.alive(owner.current())
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        pid = child.pid
        with open(f"/proc/{pid}/stat") as handle:
            started = handle.read().rsplit(")", 1)[1].split()[19]
        live = f"{socket.gethostname()}:{pid}:{started}"
        assert owner.alive(live)
        assert not owner.alive(f"{socket.gethostname()}:{pid}:{int(started) + 1}")  # pid reused
    finally:
        child.kill()
        child.wait()
    assert not owner.alive(live)


def test_unknown_owners_count_as_gone() -> None:
    assert not owner.alive(None)
    assert not owner.alive("")
    assert not owner.alive("another-machine:1:1")  # nothing here can tell it is running
    assert not owner.alive(f"{socket.gethostname()}:not-a-pid:")
