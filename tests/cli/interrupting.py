"""For tests that press Ctrl+C on a real ``tutor`` process: start it so that Ctrl+C can reach
it, and know when it is ready for one, instead of sleeping a fixed time.

Why: two of these tests timed out on a loaded machine, for two reasons.

- SIGINT inherited as ignored. A test run started in the background of a non-interactive
  shell (``cmd &``, some CI steps, nohup) has SIGINT set to SIG_IGN, and every child inherits
  it; Python then installs no KeyboardInterrupt handler, the signal does nothing, and the test
  waits out its timeout while a 50000-episode demo trains on. ``ctrl_c_default`` (a
  ``preexec_fn``) gives the child the terminal's normal Ctrl+C again, as a person's shell does.
  Reproduced with ``bash -c "trap '' INT; pytest tests/cli/test_demo.py::test_ctrl_c_cancels_cleanly"``.
- A fixed sleep before the signal. Under load, "2.5 s" may still be Python's own start-up,
  where a SIGINT kills the interpreter (exit -2) or prints runpy's traceback, before any tutor
  code could handle it. ``TtyStderr`` runs the command with stderr on a pseudo-terminal, so the
  demo draws its progress line there: the test waits for that line (training under way) and
  only then interrupts. ``wait_cpu`` serves tests that mean to interrupt at a chosen moment of
  start-up: it counts the child's own CPU time, which a busy machine does not stretch.

Timeouts here only bound a hang (``HANG``); nothing is timed.
"""

from __future__ import annotations

import contextlib
import os
import pty
import re
import select
import signal
import subprocess
import time
from collections.abc import Iterator

HANG = 300  # seconds: a bound on a hang, never a measure of speed
_TICKS = os.sysconf("SC_CLK_TCK")


def ctrl_c_default() -> None:
    """``preexec_fn``: the child takes Ctrl+C as a terminal program does (SIGINT not ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, all threads) the process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime (fields 14 and 15)


def wait_cpu(pid: int, seconds: float, timeout: float = HANG) -> None:
    """Return once ``pid`` has used ``seconds`` of CPU time (or has exited)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if cpu_seconds(pid) >= seconds:
                return
        except (FileNotFoundError, ProcessLookupError, IndexError):
            return  # it has exited; the caller's wait tells how
        time.sleep(0.01)
    raise TimeoutError(f"process {pid} did not use {seconds} s of CPU within {timeout} s")


class TtyStderr:
    """A command with stdout on a pipe (kept clean, as the tests check) and stderr on a
    pseudo-terminal, read as it comes."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        self.proc = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=slave,
                                     preexec_fn=ctrl_c_default)
        os.close(slave)
        self._fd = master
        self.err = ""

    def _read(self, timeout: float) -> bool:
        """Read what stderr has; False once it is closed (the process ended)."""
        ready, _, _ = select.select([self._fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self._fd, 65536)
        except OSError:  # EIO: the last holder of the terminal's other end has gone
            return False
        if not data:
            return False
        self.err += data.decode("utf-8", "replace")
        return True

    def wait_for(self, pattern: str, timeout: float = HANG) -> None:
        """Until ``pattern`` shows on stderr; fails with what was seen if the process ends."""
        deadline = time.monotonic() + timeout
        while not re.search(pattern, self.err):
            if time.monotonic() > deadline:
                raise AssertionError(f"{pattern!r} not seen on stderr in {timeout} s: {self.err[-500:]!r}")
            if not self._read(0.1) and not re.search(pattern, self.err):
                raise AssertionError(f"exited ({self.proc.wait()}) before {pattern!r}: {self.err[-500:]!r}")

    def finish(self, timeout: float = HANG) -> tuple[str, str]:
        """Wait for the process to end; its stdout and the whole stderr."""
        deadline = time.monotonic() + timeout
        while self._read(0.1):
            if time.monotonic() > deadline:
                self.proc.kill()
                raise AssertionError(f"still running after {timeout} s: {self.err[-500:]!r}")
        assert self.proc.stdout is not None
        out = self.proc.stdout.read().decode("utf-8", "replace")
        self.proc.wait(timeout=timeout)
        return out, self.err

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        with contextlib.suppress(OSError):
            os.close(self._fd)


@contextlib.contextmanager
def tty_stderr(args: list[str], env: dict[str, str]) -> Iterator[TtyStderr]:
    run = TtyStderr(args, env)
    try:
        yield run
    finally:
        run.close()
