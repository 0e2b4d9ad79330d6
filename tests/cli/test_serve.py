"""``tutor serve`` without a browser: usage errors, a busy port, the host warning, the page
template (nothing from the internet). The browser itself is in test_serve_browser.py."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.browser import free_port, wait_for_port
from tests.cli.interrupting import HANG, ctrl_c_default
from tutor.cli import serve

TUTOR = str(Path(sys.executable).with_name("tutor"))


def _run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, TUTOR_HOME=str(home))
    return subprocess.run([TUTOR, "serve", *args], env=env, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("port", ["0", "70000", "http", "-5"])
def test_a_bad_port_is_a_usage_error(port: str, tutor_home: Path) -> None:
    result = _run("--port", port, home=tutor_home)
    assert result.returncode == 2
    assert "--port" in result.stderr and "Traceback" not in result.stderr


def test_a_port_in_use_is_one_clear_line(tutor_home: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("--port", str(port), home=tutor_home)
    assert result.returncode == 1
    assert f"port {port} is already in use" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_an_unknown_host_is_one_clear_line(tutor_home: Path) -> None:
    result = _run("--host", "no-such-host.invalid", "--port", str(free_port()), home=tutor_home)
    assert result.returncode == 1
    assert "cannot be used" in result.stderr and "Traceback" not in result.stderr


def test_loopback_is_the_default_and_other_hosts_are_warned(tutor_home: Path) -> None:
    assert serve.DEFAULT_HOST == "127.0.0.1"
    assert serve.is_loopback("127.0.0.1") and serve.is_loopback("localhost")
    assert serve.is_loopback("::1") and serve.is_loopback("127.0.1.1")
    assert not serve.is_loopback("0.0.0.0") and not serve.is_loopback("192.168.1.20")

    port = free_port()
    env = dict(os.environ, TUTOR_HOME=str(tutor_home))
    process = subprocess.Popen([TUTOR, "serve", "--host", "0.0.0.0", "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, stdin=subprocess.DEVNULL,
                               preexec_fn=ctrl_c_default)  # SIGINT works though inherited ignored
    try:
        wait_for_port(port, process)
        time.sleep(0.2)
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=HANG)
    assert process.returncode == 0, err
    assert "anyone who can reach port" in err
    assert f"http://127.0.0.1:{port}" in out
    assert "Traceback" not in err


def test_the_page_loads_nothing_from_the_internet() -> None:
    page = (serve.TEMPLATES / "app_index.html").read_text(encoding="utf-8")
    # the only URL-looking text left is the SVG namespace, which browsers never fetch
    urls = set(re.findall(r"https?://[^\s\"')]+", page))
    assert urls == {"http://www.w3.org/2000/svg"}, urls
    assert "fonts/RobotoMono-VariableFont_wght.ttf" in page
    import textual_serve

    static = Path(textual_serve.__file__).parent / "static"
    for asset in ("js/textual.js", "css/xterm.css", "fonts/RobotoMono-VariableFont_wght.ttf"):
        assert (static / asset).is_file(), asset


def test_each_browser_session_runs_the_app_not_the_plain_chat() -> None:
    command = serve.session_command(Path("/srv/a b"))
    assert "-m tutor.cli.serve --session" in command
    assert "'/srv/a b'" in command  # quoted for the shell textual-serve runs it in
