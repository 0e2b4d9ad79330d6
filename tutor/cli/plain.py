"""``tutor chat --plain``: the chat as a line-by-line conversation, for screen readers and
plain terminals.

    tutor chat --plain     a prompt, answers with numbered sources and follow-ups
    tutor chat             the full-screen app (plain mode when it cannot draw, see below)
    tutor                  the same as ``tutor chat``

Why a mode of its own: a full-screen app redraws the screen, which a screen reader reads as
noise and a dumb terminal cannot show. Here every output is a whole line, printed once, in
order (progress too: one line per step, never a carriage-return redraw). ``tutor`` picks this
mode by itself when standard output or input is not a terminal or ``TERM=dumb``.

It is the same tutor as the app: the slash commands come from :mod:`tutor.commands`, answers
from :func:`tutor.core.answering.answer.load_tutor` (printed with ``tutor ask``'s formatter), demos with
``tutor demo``'s text renderer, quizzes with ``tutor quiz``'s engine, and the conversation is
saved through :class:`tutor.core.chats.Chats` so ``/history`` in the app lists it.

Textual is never imported here (a test checks it). Exit codes: 0 after ``/quit`` or end of
input (Ctrl+D), 130 after Ctrl+C, 1 when the course cannot be loaded.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import sys
import threading
from dataclasses import asdict, replace
from typing import Any, BinaryIO, TextIO

PROMPT = "You> "
PROGRESS_STEPS = 10  # at most this many progress lines per demo (plus the final one)
PASSAGE_LIMIT = 400
# commands that draw or pick on screen: plain mode says so instead of pretending
NEEDS_APP = {
    "theme": "colour themes belong to the full-screen app",
    "generate": "the token-by-token view needs the full-screen app; in a shell, "
    "`tutor generate PROMPT` prints the same text",
    "ask-gen": "the side-by-side comparison needs the full-screen app",
}


def wants_plain(args: argparse.Namespace | None = None) -> bool:
    """Plain mode when asked, or when a full-screen app cannot work (not a terminal, dumb)."""
    if args is not None and getattr(args, "plain", False):
        return True
    if os.environ.get("TERM", "") == "dumb":
        return True
    return not (_isatty(sys.stdout) and _isatty(sys.stdin))


def _isatty(stream: Any) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def run_plain(args: argparse.Namespace | None = None) -> int:
    """The line-by-line chat on the process's standard streams."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # a C locale must not crash on "›" or "✓"
    stdin = getattr(sys.stdin, "buffer", None)
    if stdin is None:
        print("tutor chat: no standard input to read from.", file=sys.stderr)
        from tutor.cli import EXIT_USAGE

        return EXIT_USAGE
    return PlainChat(stdin, sys.stdout, echo=not _isatty(sys.stdin)).main()


class LineSource:
    """Cleaned lines from a byte stream: invalid UTF-8 becomes U+FFFD, never an exception."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.pending: str | None = None  # a command typed inside a quiz, handled after it

    def read(self) -> str | None:
        """One decoded line without its end, or None at end of input."""
        if self.pending is not None:
            line, self.pending = self.pending, None
            return line
        raw = self.stream.readline()
        if not raw:
            return None
        return raw.decode("utf-8", errors="replace").rstrip("\r\n")


class _QuizInput:
    """What :class:`tutor.cli.quiz.QuizCli` reads from: our cleaned lines, file-like."""

    def __init__(self, chat: PlainChat) -> None:
        self.chat = chat

    def readline(self) -> str:
        line = self.chat.lines.read()
        if line is None:
            return ""
        if line.strip().startswith("/") and not line.strip().startswith("//"):
            # a command (/quit, /help ...) ends the quiz, saved for resuming, then runs
            self.chat.lines.pending = line
            return ""
        from tutor.core.inputs import EmptyInput, clean_input

        try:
            return clean_input(line).text.replace("\n", " ") + "\n"
        except EmptyInput:
            return "\n"

    def isatty(self) -> bool:
        return not self.chat.echo


class PlainChat:
    """One plain session. Streams are injectable; ``echo`` repeats piped input for a transcript."""

    def __init__(self, stdin: BinaryIO, stdout: TextIO, echo: bool = False) -> None:
        self.lines = LineSource(stdin)
        self.out = stdout
        self.echo = echo
        self._tutor: Any = None
        self._store: Any = None
        self._chats: Any = None
        self.conversation_id: int | None = None
        from tutor.core.answering.conversation import Conversation

        self.conversation = Conversation()  # what is being discussed, for follow-ups
        self._waiting: str | None = None  # the prompt on screen while a line is read
        self.last_answer: Any = None
        self.followups: list[str] = []

    # ------------------------------------------------------------------ output
    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def note(self, text: str) -> None:
        self.say(f"Note: {text}")

    def store_note(self, text: str) -> None:
        """A note from the store, perhaps from its retry thread while a prompt waits: on a line
        of its own, then the prompt again so the learner sees where to type."""
        waiting = self._waiting
        if waiting is not None:
            self.say()
        self.note(text)
        if waiting is not None:
            print(waiting, end="", file=self.out, flush=True)

    def _read(self, prompt: str) -> str | None:
        """Show ``prompt`` and read one line (None at end of input)."""
        print(prompt, end="", file=self.out, flush=True)
        self._waiting = prompt
        try:
            return self.lines.read()
        finally:
            self._waiting = None

    # ------------------------------------------------------------------ lazy resources
    @property
    def chats(self) -> Any:
        if self._chats is None:
            from tutor.core.chats import Chats
            from tutor.core.store import open_store

            self._store = open_store()
            for warning in self._store.warnings:
                self.note(warning)
            self._store.listen(self.store_note)
            self._chats = Chats(self._store)
        return self._chats

    def tutor(self) -> Any:
        """The retrieval tutor, loaded on first use behind one status line."""
        if self._tutor is None:
            from tutor.core.answering.answer import load_tutor

            self.say("Loading the course...")
            self._tutor = load_tutor()
            if self._tutor.warning:
                self.note(self._tutor.warning)
        return self._tutor

    def save(self, role: str, kind: str, content: str, payload: dict[str, Any] | None = None) -> None:
        """Append to the conversation (created on the first message), as the app does."""
        import sqlite3

        try:
            if self.conversation_id is None:
                self.conversation_id = self.chats.create()
            self.chats.append(self.conversation_id, role, content, kind, payload)
        except sqlite3.Error as error:
            self.note(f"Could not save to the database ({error}); this session is not kept.")

    # ------------------------------------------------------------------ the loop
    def main(self) -> int:
        from tutor.cli import EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK
        from tutor.core.knowledge import LessonFormatError

        self.say("Tutor, line by line. Ask a question, type a follow-up's number to ask it, "
                 "/help for commands, /quit or Ctrl+D to leave.")
        try:
            while True:
                line = self._read(PROMPT)
                if line is None:
                    self.say()
                    return EXIT_OK
                if self.echo:
                    self.say("".join(ch for ch in line if ch.isprintable()))
                if self.handle(line) == "quit":
                    return EXIT_OK
        except KeyboardInterrupt:
            self.say()
            self.say(f"Interrupted. {self._saved_words()}")
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            raise  # the reader left (`| head`): tutor.cli.main ends quietly, as every command does
        except (LessonFormatError, OSError) as error:
            print(f"tutor chat: the course could not be loaded: {error}", file=sys.stderr)
            return EXIT_FAILURE
        finally:
            if self._store is not None:
                self._store.close()

    def _saved_words(self) -> str:
        """What to promise on the way out: only what is true (a read-only folder saves nothing)."""
        if self._store is not None and not self._store.persistent:
            return "Nothing was saved this session (see the warning above)."
        return "Your conversation is saved."

    def handle(self, line: str) -> str | None:
        """One line the learner typed: a command, a follow-up number or a question."""
        from tutor import commands

        stripped = line.strip()
        if not stripped:
            return None
        parsed = commands.parse(stripped)
        if parsed is not None:
            return self.command(parsed.name, parsed.args)
        if stripped.isdigit():
            number = int(stripped)
            if 1 <= number <= len(self.followups):
                question = self.followups[number - 1]
                self.say(f"Asking: {question}")
                self.ask(question)
                return None
            if self.followups:
                self.note(f"There is no follow-up {number}: pick 1 to {len(self.followups)}, "
                          "or type a question.")
                return None
        self.ask(line)
        return None

    # ------------------------------------------------------------------ questions
    def ask(self, raw: str) -> None:
        from tutor.cli.ask import render_text
        from tutor.core.inputs import EmptyInput, clean_input

        try:
            cleaned = clean_input(raw)
        except EmptyInput as error:
            self.note(error.message)
            return
        tutor = self.tutor()
        self.save("user", "text", cleaned.text)
        answer = tutor.ask(raw, self.conversation)  # the raw line, so answer.notice says what was cleaned
        self.conversation.record(cleaned.text, answer)
        # tutor ask's formatter for text, sources and the try-it hint; follow-ups numbered here
        text = render_text(replace(answer, followups=[]), tutor.course)
        lines = [text]
        if answer.followups:
            lines += ["", "Follow-ups (type the number to ask):"]
            lines += [f"  {i}. {q}" for i, q in enumerate(answer.followups, 1)]
        shown = "\n".join(lines)
        self.say(shown)
        self.save("tutor", "answer", render_text(answer, tutor.course), asdict(answer))
        self.last_answer = answer
        self.followups = list(answer.followups)

    # ------------------------------------------------------------------ commands
    def command(self, name: str, args: str) -> str | None:
        from tutor import commands

        found = commands.get(name)
        if found is None:
            self.note(commands.unknown_message(name))
            return None
        if found.name in NEEDS_APP:
            self.note(f"/{found.name} is not available line by line: {NEEDS_APP[found.name]}.")
            return None
        if found.name == "history" and not args.strip():
            self.note("Reopening a conversation needs the full-screen app (run `tutor` in a "
                      "terminal, then /history). Your saved conversations:")
        handler = getattr(self, f"cmd_{found.name.replace('-', '_')}")
        return handler(args)

    def cmd_quit(self, args: str) -> str:
        self.say(f"Goodbye. {self._saved_words()}")
        return "quit"

    def cmd_help(self, args: str) -> None:
        from tutor import commands

        if args:
            found = commands.get(args.split()[0])
            if found is None:
                self.note(commands.unknown_message(args.split()[0]))
                return
            self.say(f"{found.usage}: {found.help}")
            if found.name in NEEDS_APP:
                self.say(f"  (not line by line: {NEEDS_APP[found.name]})")
            return
        self.say("Commands:")
        for command in commands.commands():
            tail = "  (full-screen app only)" if command.name in NEEDS_APP else ""
            self.say(f"  {command.usage}: {command.help}{tail}")
        self.say("Anything else is a question. A number asks that follow-up of the last answer.")

    def cmd_sources(self, args: str) -> None:
        if self.last_answer is None or not self.last_answer.sources:
            self.note("No sources yet: ask a question first.")
            return
        for number, source in enumerate(self.last_answer.sources, 1):
            text = " ".join(source.text.split())
            if len(text) > PASSAGE_LIMIT:
                text = text[:PASSAGE_LIMIT].rsplit(" ", 1)[0] + " ..."
            self.say(f"[{number}] {source.citation}")
            self.say(f"    {text}")

    def cmd_history(self, args: str) -> None:
        import time

        if args.strip():
            self.search_history(args)
            return
        found = self.chats.list(limit=20)
        if not found:
            self.say("  (none yet)")
        for info in found:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.updated))
            self.say(f"  {when}  {info.title} ({info.message_count} messages)")

    def search_history(self, text: str) -> None:
        """/history WORDS: the matching messages, one per line, best first."""
        import time

        from tutor.core.history import SearchError, search

        try:
            result = search(self.chats.store, text, limit=10)
        except SearchError as error:
            self.note(str(error))
            return
        if not result.words:
            self.note("Type words to look for after /history, e.g. /history gan training.")
            return
        if not result.hits:
            self.say(f"No past messages contain: {' '.join(result.words)}")
            return
        if not result.all_words:
            self.say("No message has every word; these have some of them:")
        for hit in result.hits:
            when = time.strftime("%Y-%m-%d %H:%M", time.localtime(hit.created))
            who = "you" if hit.role == "user" else hit.role
            self.say(f"  {when}  {hit.conversation_title} ({who}): {hit.plain_snippet()}")

    def cmd_copy(self, args: str) -> None:
        """/copy: the last answer as Markdown to a file, and through the terminal (OSC 52) when
        the output is a terminal that is not ``dumb`` (a pipe or a screen reader has none)."""
        from tutor.core import clipboard
        from tutor.core.answer_markdown import answer_markdown, answer_to_payload

        if self.last_answer is None:
            self.note("There is no answer to copy yet: ask a question first.")
            return
        text = answer_markdown(answer_to_payload(self.last_answer))
        try:
            saved = clipboard.save_copy(text)
        except OSError as error:
            self.note(f"The answer could not be saved to a file ({error}).")
            return
        if self.out.isatty() and clipboard.terminal_allowed():
            self.out.write(clipboard.osc52(text))
            self.say(f"Copied the answer as Markdown through the terminal; it is also in {saved}")
        else:
            self.say(f"Saved the answer as Markdown in {saved}")

    def cmd_clear(self, args: str) -> None:
        self.conversation_id = None
        self.followups, self.last_answer = [], None
        self.conversation.clear()
        self.say("New conversation started (the previous one is kept in /history).")

    def cmd_export(self, args: str) -> None:
        from tutor.core import paths

        if self.conversation_id is None:
            self.note("Nothing to export yet: this conversation is empty.")
            return
        try:
            path = self.chats.export(self.conversation_id, paths.data_dir() / "exports")
        except OSError as error:
            self.note(f"Could not write the export: {error.strerror or error}")
            return
        self.say(f"Exported to {path}")

    # quizzes: tutor quiz's engine, reading our cleaned lines
    def cmd_quiz(self, args: str) -> None:
        self._quiz(args.split())

    def cmd_review(self, args: str) -> None:
        self._quiz([], review=True)

    def cmd_progress(self, args: str) -> None:
        self._quiz([], progress=True)

    def _quiz(self, words: list[str], review: bool = False, progress: bool = False) -> None:
        from tutor.cli.quiz import QuizCli

        quiz_args = argparse.Namespace(
            words=words, review=review, due=False, progress=progress, check=False, topics=False,
            porcelain=False, new=False, seed=None,
        )
        name = "review" if review else "progress" if progress else "quiz"
        self.save("user", "text", " ".join([f"/{name}", *words]))
        code = QuizCli(quiz_args, _QuizInput(self), self.out, self.out).main()
        if code == 130:
            raise KeyboardInterrupt

    # lessons: tutor learn's map and the chat's reader, line by line
    def cmd_learn(self, args: str) -> None:
        from tutor.cli.learn import map_lines, resolve_lesson
        from tutor.cli.reading import LineReader
        from tutor.core.knowledge import load_course
        from tutor.core.learning.course_map import course_map
        from tutor.core.quiz.bank import load_bank

        self.save("user", "text", f"/learn {args}".rstrip())
        course, bank = load_course(), load_bank()
        self.chats  # opens the store  # noqa: B018
        conn = self._store.conn
        words = args.split()
        data = course_map(conn, course, bank)
        section = None
        if not words or words[0].lower() == "map":
            if words or data.next.kind != "continue":
                for line in map_lines(data):
                    self.say(line)
                return
            lesson = course.lesson(data.next.lesson_id)
            self.say(f"{data.next.headline}.")
        else:
            if len(words) >= 2 and words[-1].isdigit():
                section = int(words.pop()) - 1
            lesson = resolve_lesson(course, " ".join(words))
            if isinstance(lesson, str):
                self.note(lesson)
                return
            if section is not None and not 0 <= section < len(lesson.sections):
                self.note(f"{lesson.title} has sections 1 to {len(lesson.sections)}.")
                return

        def read(prompt: str) -> str | None:
            line = self._read(prompt)
            if line is not None and self.echo:
                self.say(line)
            if line is not None and line.strip().startswith("/") and not line.strip().startswith("//"):
                self.lines.pending = line  # a command ends the reading, then runs
            return line

        if self.conversation_id is not None:  # titled by the lesson, not by "/learn"
            import sqlite3

            from tutor.core.chats import lesson_title

            with contextlib.suppress(sqlite3.Error):
                self.chats.name(self.conversation_id, lesson_title(lesson.title))
        reader = LineReader(conn, lesson, bank, read, self.say, lambda demo: self.cmd_demo(demo), section, self.ask)
        outcome = reader.run()
        if outcome == "finished":
            after = course_map(conn, course, bank)
            level = after.state.get(lesson.id).level.label
            self.say(f"You finished {lesson.title} ({level}). Next: {after.next.headline} ({after.next.command}).")

    def cmd_challenge(self, args: str) -> None:
        from tutor.core.knowledge import load_course
        from tutor.core.learning.challenge import start_challenge
        from tutor.core.quiz.bank import load_bank
        from tutor.core.quiz.session import NothingToAsk

        self.save("user", "text", "/challenge")
        self.chats  # opens the store  # noqa: B018
        try:
            session = start_challenge(self._store.conn, load_course(), load_bank())
        except NothingToAsk as error:
            self.note(str(error))
            return
        from tutor.cli.quiz import QuizCli

        quiz_args = argparse.Namespace(words=[], review=False, due=False, progress=False, check=False,
                                       topics=False, porcelain=False, new=False, seed=None)
        self.say(f"Challenge: {session.total} questions mixing three lessons you have practised.")
        if QuizCli(quiz_args, _QuizInput(self), self.out, self.out).play(session) == 130:
            raise KeyboardInterrupt

    # demos: the registry, tutor demo's text renderer, one progress line per step
    def cmd_demo(self, args: str) -> None:
        from tutor.demos import get_demo
        from tutor.demos.base import DemoError

        try:
            words = shlex.split(args)
        except ValueError as error:
            self.note(f"Could not read the options ({error}).")
            return
        if not words or words[0] in {"--list", "list"}:
            from tutor.cli.demo import _list_text

            self.say(_list_text().replace("`tutor demo NAME`", "/demo NAME")
                     .replace("`tutor demo NAME --help`", "/demo NAME --help"))
            if not words:
                self.say_runs()
            return
        if words[0] == "runs":
            self.say_runs()
            return
        if words[0] == "rerun":
            self.rerun(" ".join(words[1:]))
            return
        name, rest = words[0], words[1:]
        try:
            demo = get_demo(name)
        except DemoError as error:
            self.note(str(error))
            return
        except ImportError:
            self.note(f"The {name} demo is not available in this version yet.")
            return
        if any(word in {"--help", "-h"} for word in rest):
            self.say(demo.usage())
            return
        from tutor.demos.comparison import parse_compare, split_compare

        try:
            spec, options = split_compare(rest)
            params = demo.parse_args(options)
            compare = parse_compare(demo, spec) if spec is not None else None
        except DemoError as error:
            self.note(f"{error}. (/demo {demo.name} --help lists the options)")
            return
        command = " ".join(["/demo", demo.name, *rest])
        self.save("user", "text", command)
        self.say(f"Running {command}: {demo.summary}")
        self._demo_and_keep(demo, params, command, compare)

    def _demo_and_keep(self, demo: Any, params: dict[str, Any], command: str,
                       compare: tuple[str, list[Any]] | None = None, controls: Any = None,
                       rerun_of: int | None = None) -> Any:
        """Run, show and save a demo, and keep the run (a stopped one too); the result or None."""
        import time

        from tutor.demos import kept_runs
        from tutor.demos.base import DemoError, RunContext

        started = time.time()
        ctx = RunContext(self._progress_lines(), controls=controls)
        try:
            result = self._run_demo(demo, params, compare, ctx)
        except DemoError as error:
            self.note(str(error))
            return None
        except KeyboardInterrupt:
            self._keep_run(kept_runs.stopped(demo, params, ctx.changes, "plain", started, compare,
                                             rerun_of))
            raise
        except Exception as error:  # noqa: BLE001 - one clear line, the chat goes on
            self.note(f"{demo.name} failed: {type(error).__name__}: {error}")
            return None
        from tutor.demos.render_text import render_markdown, render_result

        self.say(render_result(result, color=False).rstrip("\n"))
        payload = {**result.to_dict(), "command": command}
        self.save("tutor", "demo", f"`{command}`\n\n" + render_markdown(result), payload)
        self._keep_run(kept_runs.finished(demo, result, "plain", started, rerun_of))
        return result

    def _keep_run(self, runs: list[Any]) -> None:
        from tutor.demos.kept_runs import keep

        with contextlib.suppress(Exception):  # keep() says the run was not kept
            self.chats  # noqa: B018 - opens the store (and says its warnings) on first use
        notice = keep(self._store, runs, told=True)
        if notice:
            self.note(notice)

    def say_runs(self) -> None:
        """The recent runs, numbered for ``/demo rerun N``."""
        from tutor.demos.kept_runs import recent, run_lines

        self.chats  # noqa: B018 - opens the store on first use
        runs, problem = recent(self._store)
        if problem:
            self.note(problem)
            return
        self.say("\n".join(run_lines(runs)))

    def rerun(self, number: str) -> None:
        """``/demo rerun N``: repeat run N exactly, then say whether its metrics match."""
        from tutor.demos import get_demo, kept_runs
        from tutor.demos.base import DemoError

        self.chats  # noqa: B018 - opens the store on first use
        try:
            saved = kept_runs.find(self._store, number)
            demo = get_demo(saved.demo)
            params, controls = kept_runs.replay(demo, saved)
        except DemoError as error:
            self.note(f"{str(error)[:1].upper()}{str(error)[1:]}.")
            return
        except ImportError:
            self.note(f"The {saved.demo} demo is not available in this version.")
            return
        command = f"/demo rerun {saved.id}"
        self.save("user", "text", command)
        self.say(f"Re-running run {saved.id} ({kept_runs.describe(saved, numbered=False)})")
        result = self._demo_and_keep(demo, params, command, controls=controls,
                                     rerun_of=saved.id)
        if result is not None:
            verdict = kept_runs.verdict(saved, result).text
            self.say(verdict)
            self.save("tutor", "text", verdict)

    def _progress_lines(self) -> Any:
        """A progress callback printing at most ``PROGRESS_STEPS`` whole lines per run."""
        from tutor.demos.render_text import render_progress

        shown = {"bucket": -1}
        lock = threading.Lock()

        def on_progress(progress: Any) -> None:
            bucket = int(progress.fraction * PROGRESS_STEPS)
            with lock:
                if bucket <= shown["bucket"]:
                    return
                shown["bucket"] = bucket
            self.say(render_progress(progress, width=100))

        return on_progress

    def _run_demo(self, demo: Any, params: dict[str, Any],
                  compare: tuple[str, list[Any]] | None, ctx: Any) -> Any:
        """Run in a thread so Ctrl+C can stop it at its next step; progress as whole lines.
        With ``compare`` (option, values): one run per value, side by side."""
        from tutor.cli.demo import Comparing, run_interruptible

        target = demo if compare is None else Comparing(demo, *compare)
        return run_interruptible(target, params, ctx, ctx.cancel_event)
