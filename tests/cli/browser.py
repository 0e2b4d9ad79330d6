"""Drive ``tutor serve`` in headless Chromium (Debian's ``chromium``) with Playwright.

Shared by ``tests/cli/test_serve_browser.py`` and ``benchmarks/bench_serve.py``. The browser is
the system one (never ``playwright install``, which downloads). Reading the screen: xterm.js
draws on a canvas, so the page has no text to query; an init script keeps a copy of every byte
the app sends over the websocket, and :func:`screen_text` returns it with escape codes removed.
That is exactly what the browser received and drew.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.cli.interrupting import ctrl_c_default

CHROMIUM = os.environ.get("TUTOR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TUTOR = str(Path(sys.executable).with_name("tutor"))
HOW_TO_ENABLE = (
    "headless Chromium is not available, so the browser tests are skipped. To run them: "
    "`sudo apt-get install -y chromium` (Debian/Ubuntu; or set TUTOR_CHROMIUM to a Chromium "
    "binary) and `make install` (Playwright comes with the dev extras). .ci/run does both."
)

CAPTURE_SCRIPT = """
(() => {
  window.__tutorText = "";
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  window.WebSocket = function (...args) {
    const socket = new Native(...args);
    socket.addEventListener("message", (event) => {
      if (typeof event.data !== "string") {
        window.__tutorText += decoder.decode(event.data, {stream: true});
      }
    });
    return socket;
  };
  window.WebSocket.prototype = Native.prototype;
})();
"""
_ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.")


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return HOW_TO_ENABLE
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        return HOW_TO_ENABLE
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"tutor serve exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise TimeoutError(f"tutor serve did not listen on port {port} within {timeout} s")


@contextlib.contextmanager
def serving(home: Path, *args: str) -> Iterator[str]:
    """Run ``tutor serve`` on a free loopback port with ``TUTOR_HOME=home``; yields the URL.

    Stopped with Ctrl+C (SIGINT) like a person would; its process group (the per-browser
    sessions it started) is killed if it does not stop in time.
    """
    port = free_port()
    env = dict(os.environ, TUTOR_HOME=str(home), TUTOR_THREADS="1")
    env.pop("TUTOR_DATA_DIR", None)
    log = open(home.parent / f"serve-{port}.log", "w+b")  # noqa: SIM115 - closed below
    process = subprocess.Popen([TUTOR, "serve", "--port", str(port), *args], env=env,
                               stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               start_new_session=True, preexec_fn=ctrl_c_default)
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/"
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
        log.close()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A headless system Chromium (Playwright ``Browser``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser: Any, url: str, width: int = 1200, height: int = 800) -> Any:
    """A new page (its own context, so its own session) that records what the app sends."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.add_init_script(CAPTURE_SCRIPT)
    page.goto(url)
    return page


def screen_text(page: Any) -> str:
    """Everything the app has sent to this page, escape codes removed."""
    return _ANSI.sub("", page.evaluate("window.__tutorText"))


def wait_for_text(page: Any, text: str, timeout: float = 60, after: int = 0) -> int:
    """Wait until ``text`` appears in what the app sent (past offset ``after``, in raw
    characters); returns the raw length at that moment, to wait for the next thing after it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        raw = page.evaluate("window.__tutorText")
        if text in _ANSI.sub("", raw[after:]):
            return len(raw)
        page.wait_for_timeout(100)
    raise TimeoutError(f"{text!r} did not appear within {timeout} s; the page showed:\n"
                       + screen_text(page)[-2000:])


def type_line(page: Any, text: str) -> None:
    """Focus the terminal and type a line, then Enter. Keys sent before the terminal has focus
    are lost, so focus first (xterm.js reads keys from a hidden textarea)."""
    page.focus(".xterm-helper-textarea")
    page.keyboard.type(text, delay=15)
    page.keyboard.press("Enter")


def non_blank_fraction(page: Any, png: bytes) -> float:
    """Share of a screenshot's pixels that differ from its most common colour (the background).

    Decoded by the browser itself (an <img> drawn on a 2-D canvas), so no imaging library is
    needed here.
    """
    import base64

    data = base64.b64encode(png).decode("ascii")
    return float(page.evaluate(
        """async (data) => {
            const image = new Image();
            image.src = "data:image/png;base64," + data;
            await image.decode();
            const canvas = document.createElement("canvas");
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext("2d");
            context.drawImage(image, 0, 0);
            const pixels = context.getImageData(0, 0, image.width, image.height).data;
            const counts = new Map();
            for (let i = 0; i < pixels.length; i += 4) {
                const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
                counts.set(key, (counts.get(key) || 0) + 1);
            }
            const total = pixels.length / 4;
            return 1 - Math.max(...counts.values()) / total;
        }""",
        data,
    ))
