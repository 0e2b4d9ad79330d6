"""Start-up speed of the chat as a learner feels it, measured through a real terminal (a pty).

1. First frame: from just before the ``tutor`` process is spawned to the moment the chat's
   input prompt has been written to the terminal (the first full paint). Target <= 0.5 s.
2. Key echo while the models warm up: right after the first frame (the embedding model and
   the course index are loading in a background thread), type characters one at a time and
   time how long each takes to appear on screen. Target: typing never waits on a model.

Each run uses a fresh ``TUTOR_HOME`` (so the warm-up is the slow, cold one: the worst case
for echo) unless ``--warm`` is given. Prints medians over ``--runs`` runs; ``--json`` for
machines.

    .venv/bin/python benchmarks/bench_startup.py --runs 5
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROMPT = "Ask a question"  # the input placeholder: drawn as part of the first full frame
ECHO_KEYS = "ZQXJVKZQ"  # letters absent from every status line, so their appearance is the echo
_ANSI = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b.")


def _tutor_command() -> list[str]:
    exe = REPO / ".venv" / "bin" / "tutor"
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "tutor"]


def _plain(data: bytes) -> str:
    return _ANSI.sub(b"", data).decode("utf-8", "replace")


class Terminal:
    """``tutor`` running in a pseudo-terminal of a fixed size."""

    def __init__(self, home: Path, cols: int = 80, rows: int = 24) -> None:
        env = dict(os.environ, TUTOR_HOME=str(home), TERM="xterm-256color", COLUMNS=str(cols),
                   LINES=str(rows))
        env.pop("TEXTUAL", None)
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child: become tutor
            os.execvpe(_tutor_command()[0], _tutor_command(), env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.buffer = b""

    def read_until(self, predicate, timeout: float) -> float | None:
        """Read output until ``predicate(plain_text_of_new_output)``; returns the time or None."""
        start_len = len(self.buffer)
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([self.fd], [], [], 0.005)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    return None
                if not chunk:
                    return None
                self.buffer += chunk
                if predicate(_plain(self.buffer[start_len:])):
                    return time.perf_counter()
        return None

    def drain(self, seconds: float) -> None:
        self.read_until(lambda _text: False, seconds)

    def send(self, data: bytes) -> float:
        os.write(self.fd, data)
        return time.perf_counter()

    def close(self) -> None:
        try:
            self.send(b"\x11")  # Ctrl+Q
            deadline = time.time() + 5
            while time.time() < deadline:
                done, _ = os.waitpid(self.pid, os.WNOHANG)
                if done:
                    break
                self.drain(0.1)
            else:
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
        except (OSError, ChildProcessError):
            pass
        finally:
            with contextlib.suppress(OSError):
                os.close(self.fd)


def one_run(home: Path) -> dict[str, float | list[float] | None]:
    term = Terminal(home)
    try:
        painted = term.read_until(lambda text: PROMPT in text, timeout=20)
        if painted is None:
            return {"first_frame": None, "echo": []}
        first_frame = painted - term.started
        term.drain(0.05)  # let the rest of the first frame arrive
        echoes = []
        for key in ECHO_KEYS:
            sent = term.send(key.encode())
            seen = term.read_until(lambda text, k=key: k in text, timeout=10)
            echoes.append(None if seen is None else seen - sent)
            term.drain(0.15)
        warm_up_busy = "Ready" not in _plain(term.buffer)
        return {"first_frame": first_frame, "echo": echoes, "during_warm_up": warm_up_busy}
    finally:
        term.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs to take the median of")
    parser.add_argument("--warm", action="store_true",
                        help="reuse one TUTOR_HOME (warm caches) instead of a fresh one per run")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    shared = Path(tempfile.mkdtemp(prefix="tutor-bench-")) if args.warm else None
    results = []
    try:
        for _ in range(args.runs):
            home = shared or Path(tempfile.mkdtemp(prefix="tutor-bench-"))
            try:
                results.append(one_run(home))
            finally:
                if shared is None:
                    shutil.rmtree(home, ignore_errors=True)
    finally:
        if shared is not None:
            shutil.rmtree(shared, ignore_errors=True)

    frames = [r["first_frame"] for r in results if r["first_frame"] is not None]
    echoes = [e for r in results for e in r["echo"] if e is not None]
    missed = sum(1 for r in results for e in r["echo"] if e is None)
    during = sum(1 for r in results if r.get("during_warm_up"))
    summary = {
        "runs": args.runs,
        "first_frame_median_s": round(statistics.median(frames), 3) if frames else None,
        "first_frame_max_s": round(max(frames), 3) if frames else None,
        "echo_median_ms": round(1000 * statistics.median(echoes), 1) if echoes else None,
        "echo_p90_ms": round(1000 * sorted(echoes)[int(0.9 * (len(echoes) - 1))], 1)
        if echoes else None,
        "echo_max_ms": round(1000 * max(echoes), 1) if echoes else None,
        "echo_missed": missed,
        "runs_where_all_keys_were_typed_during_warm_up": during,
        "target_first_frame_s": 0.5,
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"first frame: median {summary['first_frame_median_s']} s, "
              f"max {summary['first_frame_max_s']} s over {len(frames)} runs (target <= 0.5 s)")
        print(f"key echo while models load: median {summary['echo_median_ms']} ms, "
              f"p90 {summary['echo_p90_ms']} ms, max {summary['echo_max_ms']} ms "
              f"({len(echoes)} keys, {missed} not echoed; {during}/{args.runs} runs typed "
              "entirely during warm-up)")
    ok = bool(frames) and summary["first_frame_median_s"] <= 0.5 and missed == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
