"""Prepare SmolLM2's converted weights ahead of time, with a progress bar.

    python -m tutor.cli.prepare      what `make install` runs after installing
    tutor doctor --fix               the same, then the checks

Why: the first ``/generate`` on a fresh machine otherwise waits 20-60 s while the GGUF is
dequantised and saved (``tutor.core.generation.smollm.load_smollm``, the one conversion entry
point, called here unchanged). Run at install time, the wait happens once, with a bar, and the
first ``/generate`` starts at once. A cache that goes missing or stale later is still rebuilt on
demand by the same code.

Fast when there is nothing to do: a sound cache is checked (sizes, small-file hashes, source
unchanged) without importing torch, in well under a second. It never fails an install: any
problem is one warning line and exit code 0 from ``main`` (``--strict`` returns 1 instead).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from typing import TextIO

BAR_WIDTH = 24
# Stages reported by load_smollm, the share of the bar each one starts at, and for the long
# one how many seconds it usually takes (the bar creeps over that time, never past the next).
STAGES = (
    ("preparing the model", 0.02, 0.0),
    ("reading the tokenizer", 0.05, 0.0),
    ("dequantising", 0.10, 25.0),
    ("saving", 0.85, 6.0),
    ("ready", 1.0, 0.0),
)


class ProgressBar:
    """A one-line bar on a terminal (redrawn in place); whole lines elsewhere (logs, CI)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.live = out.isatty()
        self.fraction = 0.0
        self.next_fraction = 0.0
        self.expected = 0.0
        self.message = ""
        self.stage_started = self.started = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, daemon=True)

    def __enter__(self) -> ProgressBar:
        if self.live:
            self._ticker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._ticker.is_alive():
            self._ticker.join(timeout=2)
        if self.live:
            self.out.write("\n")
            self.out.flush()

    def status(self, message: str) -> None:
        """A status line from load_smollm: move the bar to that stage."""
        with self._lock:
            lowered = message.lower()
            for index, (key, start, seconds) in enumerate(STAGES):
                if key in lowered:
                    self.fraction = start
                    self.next_fraction = STAGES[min(index + 1, len(STAGES) - 1)][1]
                    self.expected = seconds
                    self.stage_started = time.monotonic()
                    break
            self.message = message.removeprefix("SmolLM2: ")
        if self.live:
            self._draw()
        else:
            self.out.write(f"[{self._bar(self.fraction)}] {self.message}\n")
            self.out.flush()

    def _current(self) -> float:
        if not self.expected:
            return self.fraction
        share = min(1.0, (time.monotonic() - self.stage_started) / self.expected)
        return self.fraction + 0.95 * share * (self.next_fraction - self.fraction)

    @staticmethod
    def _bar(fraction: float) -> str:
        filled = round(fraction * BAR_WIDTH)
        return "#" * filled + "." * (BAR_WIDTH - filled)

    def _draw(self) -> None:
        with self._lock:
            fraction, message = self._current(), self.message
        elapsed = time.monotonic() - self.started
        line = f"\r[{self._bar(fraction)}] {fraction * 100:3.0f}%  {elapsed:4.0f} s  {message}"
        self.out.write(line[:160] + "\x1b[K")
        self.out.flush()

    def _tick(self) -> None:
        while not self._stop.wait(0.5):
            self._draw()


def prepare_weights(out: TextIO = sys.stderr) -> tuple[bool, str]:
    """Make sure the converted SmolLM2 cache exists and is sound; (ok, one-line summary)."""
    from tutor.core.generation import smollm

    if smollm.disabled():
        return True, f"SmolLM2 is disabled ({smollm.DISABLE_ENV}); nothing to prepare."
    try:
        gguf = smollm.gguf_path()
    except smollm.ModelUnavailable as error:
        return False, f"SmolLM2 not prepared: {error}"
    folder = smollm.cache_folder()
    if smollm.check_cache(folder, gguf) is None:
        return True, f"SmolLM2: the converted copy is ready ({folder})."
    started = time.monotonic()
    try:
        with ProgressBar(out) as bar:
            files = smollm.load_smollm(bar.status)
    except smollm.ModelUnavailable as error:
        return False, f"SmolLM2 not prepared: {error}"
    except Exception as error:  # noqa: BLE001 - an install must go on; the chat converts later
        return False, f"SmolLM2 not prepared ({type(error).__name__}: {error})"
    if getattr(files, "source", "") == "gguf":  # converted, but the cache could not be written
        return False, "SmolLM2 converted but the cache could not be saved; /generate converts again."
    return True, (f"SmolLM2: converted once in {time.monotonic() - started:.0f} s into {folder}; "
                  "the first /generate starts at once.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tutor.cli.prepare",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when the weights could not be prepared (default: warn, exit 0)")
    args = parser.parse_args(argv)
    try:
        ok, summary = prepare_weights()
    except KeyboardInterrupt:
        print("\nSmolLM2 not prepared (interrupted); /generate converts it on first use.",
              file=sys.stderr)
        return 130
    print(summary if ok else f"warning: {summary} /generate will convert it on first use.",
          file=sys.stderr)
    return 1 if (args.strict and not ok) else 0


if __name__ == "__main__":
    sys.exit(main())
