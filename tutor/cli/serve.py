"""``tutor serve``: the same chat app in a web browser, through textual-serve.

    tutor serve                       http://127.0.0.1:8000, this machine only
    tutor serve --port 8080           another port
    tutor serve --host 0.0.0.0        other machines too (prints a warning)
    tutor serve --learners            a class on one machine: each browser session asks a name
                                      and keeps its own data folder

How it works: textual-serve runs a small web server; every browser connection starts its own
``python -m tutor.cli.serve --session`` process that runs the ordinary chat app with Textual's
web driver, so each tab is an independent tutor (its own models, its own database connection).
With ``--learners`` the app first asks for a name (``tutor.ui.screens.learner``) and then keeps
that session's conversations, quiz cards and progress in ``<data>/learners/<name>/``, so thirty
learners do not share, or lock, one database. The caches (converted model, course vectors) stay
shared.

The page and its scripts come from inside the installed packages: textual-serve's own
``textual.js``, ``xterm.css`` and fonts, and our copy of its page template
(``tutor/ui/web/app_index.html``) with the one internet link (a font stylesheet) replaced by the
packaged font. Nothing is fetched from the internet.

Exit codes: 0 after Ctrl+C, 1 the port cannot be used (in use, or needs privileges),
2 bad usage (a port outside 1-65535).
"""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import socket
import sys
from pathlib import Path
from typing import Any

from tutor.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TEMPLATES = Path(__file__).resolve().parents[1] / "ui" / "web"


def port_number(text: str) -> int:
    """argparse type: a TCP port 1-65535, with a message naming the bad value."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (use 1-65535)") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is outside the port range 1-65535")
    return value


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "serve",
        help="serve the chat to a web browser (textual-serve)",
        description="Serve the chat app to web browsers. Each browser tab gets its own tutor. "
        "Listens on this machine only unless --host says otherwise. Exit codes: 0 after "
        "Ctrl+C, 1 the port cannot be used, 2 bad usage.",
    )
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to listen on (default {DEFAULT_HOST}: this machine only; "
                        "0.0.0.0 lets other machines connect)")
    parser.add_argument("--port", type=port_number, default=DEFAULT_PORT,
                        help=f"TCP port (default {DEFAULT_PORT})")
    parser.add_argument("--learners", action="store_true",
                        help="a class on one machine: each browser session asks a name and keeps "
                        "its own conversations, quiz cards and progress")
    parser.set_defaults(run=run)
    return parser


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def session_command(learners_root: Path | None) -> str:
    """The shell command textual-serve runs for every browser connection."""
    parts = [sys.executable, "-m", "tutor.cli.serve", "--session"]
    if learners_root is not None:
        parts += ["--learners-root", str(learners_root)]
    return " ".join(shlex.quote(part) for part in parts)


def check_port(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on, or None when it can (checked before the server
    prints anything, so a busy port is one clear line rather than a traceback)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        return f"the address {host!r} cannot be used ({error.strerror or error})"
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except PermissionError:
            return f"port {port} needs administrator rights; pick one above 1023 (--port 8000)"
        except OSError as error:
            if error.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
                return (f"port {port} is already in use on {host} (another tutor serve, or "
                        "another program); pick another with --port")
            return f"cannot listen on {host}:{port} ({error.strerror or error})"
    return None


def make_server(host: str, port: int, command: str) -> Any:
    """A textual-serve Server with our page template, quiet logging and URLs built from each
    request (so a page opened as http://lab-pc:8000 connects its websocket to lab-pc too)."""
    import logging

    import aiohttp_jinja2
    from textual_serve.server import Server, to_int

    class TutorServer(Server):
        def initialize_logging(self) -> None:
            logging.basicConfig(level=logging.WARNING, format="%(message)s")

        async def on_startup(self, app: Any) -> None:
            pass  # run() prints our own banner before serving

        @aiohttp_jinja2.template("app_index.html")
        async def handle_index(self, request: Any) -> dict[str, Any]:
            base = f"{request.scheme}://{request.host}"
            static = str(request.app.router["static"].url_for(filename="/")).rstrip("/") + "/"
            socket_url = str(request.app.router["websocket"].url_for())
            scheme = "wss" if request.scheme == "https" else "ws"
            return {
                "font_size": to_int(request.query.get("fontsize", "16"), 16),
                "app_websocket_url": f"{scheme}://{request.host}{socket_url}",
                "config": {"static": {"url": base + static}},
                "application": {"name": self.title},
                "ping_url": "",
            }

    return TutorServer(command, host=host, port=port, title="tutor",
                       templates_path=TEMPLATES)


def run(args: argparse.Namespace) -> int:
    host, port = args.host.strip(), args.port
    if not host:
        print("tutor serve: --host is empty; use 127.0.0.1 (this machine) or 0.0.0.0 (all)",
              file=sys.stderr)
        return EXIT_USAGE
    problem = check_port(host, port)
    if problem:
        print(f"tutor serve: {problem}", file=sys.stderr)
        return EXIT_FAILURE
    learners_root = None
    if args.learners:
        from tutor.core import paths

        learners_root = paths.data_dir()
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}"
    print(f"tutor is serving the chat at {url}  (Ctrl+C stops it)")
    if not is_loopback(host):
        print(f"Warning: listening on {host}: anyone who can reach port {port} on this machine "
              "can use the tutor (and, with --learners, open any learner's data by typing their "
              "name). Use the default --host 127.0.0.1 to keep it to this machine.",
              file=sys.stderr)
    if learners_root is not None:
        print(f"Learners: each browser session asks a name; data in {learners_root}/learners/")
    sys.stdout.flush()
    server = make_server(host, port, session_command(learners_root))
    try:
        server.serve()
    except OSError as error:  # lost a race for the port, or the address went away
        print(f"tutor serve: cannot listen on {host}:{port} ({error.strerror or error})",
              file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def run_session(argv: list[str]) -> int:
    """One browser connection: the chat app under Textual's web driver (set by textual-serve)."""
    parser = argparse.ArgumentParser(prog="tutor-serve-session")
    parser.add_argument("--session", action="store_true", required=True)
    parser.add_argument("--learners-root", type=Path, default=None)
    args = parser.parse_args(argv)
    from tutor.cli.chat import run_app
    from tutor.ui.app import TutorApp

    return run_app(lambda: TutorApp(learners_root=args.learners_root))


if __name__ == "__main__":
    sys.exit(run_session(sys.argv[1:]))
