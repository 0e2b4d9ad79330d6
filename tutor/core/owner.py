"""Which running tutor (window) a piece of shared state belongs to, and whether it is still alive.

Why: two tutors may run on one data folder at once (the chat in one terminal, ``tutor quiz``
in another). A quiz session belongs to the window that started it; another live window must
neither finish nor take it over, while a session whose window is gone (closed, killed) is free
for the next window to resume. An owner is ``host:pid:start``: the process start time (from
``/proc``, where there is one) tells a reused pid from the original process.
"""

from __future__ import annotations

import os
import socket
from functools import lru_cache


def _proc_stat(pid: int) -> list[str]:
    """Fields 3.. of ``/proc/<pid>/stat`` (state first), or [] where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            stat = handle.read()
    except OSError:
        return []
    # The command name (field 2) may hold spaces and parentheses: split after its last ')'.
    return stat[stat.rfind(")") + 2:].split()


def _start_time(pid: int) -> str:
    """The kernel's start time of ``pid`` (clock ticks since boot), or '' where unknown."""
    fields = _proc_stat(pid)
    return fields[19] if len(fields) > 19 else ""


@lru_cache(maxsize=1)
def _host() -> str:
    return socket.gethostname() or "localhost"


def current() -> str:
    """This process as an owner string."""
    pid = os.getpid()
    return f"{_host()}:{pid}:{_start_time(pid)}"


def alive(owner: str | None) -> bool:
    """True when ``owner`` is a process that is still running (on this machine).

    An empty owner (a session saved before owners existed) and one from another machine count
    as gone: nothing here can tell they are running, and a quiz nobody can resume is worse
    than one resumed twice.
    """
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text, _, started = rest.partition(":")
    if host != _host() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, owned by another user
    except OSError:
        return False
    fields = _proc_stat(pid)
    if fields and fields[0] in ("Z", "X"):  # killed, waiting to be reaped
        return False
    return not started or not fields or len(fields) <= 19 or fields[19] == started
