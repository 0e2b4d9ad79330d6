"""``tutor chat --plain``: the line-by-line chat, driven as a person would through a real
pseudo-terminal (pexpect), and through a pipe, against a private TUTOR_HOME."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.interrupting import HANG, ctrl_c_default

pexpect = pytest.importorskip("pexpect")

REPO = Path(__file__).resolve().parents[2]
TUTOR = str(Path(sys.executable).with_name("tutor"))
PROMPT = "You> "
WAIT = 90  # seconds: the first question loads the models and indexes the course


def _env(home: Path, term: str = "xterm") -> dict[str, str]:
    env = dict(os.environ)
    env.update(TUTOR_HOME=str(home), TERM=term, TUTOR_THREADS="1", NO_COLOR="1")
    return env


def _spawn(home: Path, *args: str, term: str = "xterm") -> pexpect.spawn:
    child = pexpect.spawn(TUTOR, list(args), env=_env(home, term), cwd=str(REPO),
                          encoding="utf-8", codec_errors="replace", timeout=WAIT,
                          dimensions=(40, 100), preexec_fn=ctrl_c_default)
    return child


def _answer_quiz_question(child: pexpect.spawn) -> None:
    """Reply to whatever kind of question came up, the way its hint asks."""
    index = child.expect([r"\(1-\d+\) > ", r"\(true/false\) > ", r"\(one sentence\) > "])
    child.sendline(["1", "true", "The generator makes samples and the discriminator judges them."][index])
    child.expect(r"[✓~✗] ")


@pytest.mark.timeout(300)
def test_a_whole_plain_session_in_a_terminal(tutor_home: Path) -> None:
    child = _spawn(tutor_home, "chat", "--plain")
    transcript: list[str] = []
    try:
        child.expect_exact(PROMPT)
        child.sendline("What is a GAN?")
        child.expect_exact("Loading the course...")
        child.expect_exact("Sources:")
        child.expect(r"\[1\] Generative adversarial networks")
        child.expect_exact("Follow-ups (type the number to ask):")
        child.expect_exact(PROMPT)
        transcript.append(child.before)
        first = re.search(r"^\s*1\. (.+?)\s*$", child.before, re.M)
        assert first, child.before
        followup = first.group(1)

        child.sendline("1")
        child.expect_exact(f"Asking: {followup}")
        child.expect_exact("Sources:")
        child.expect_exact(PROMPT)

        child.sendline("/hlep")
        child.expect_exact("Did you mean /help?")
        child.expect_exact(PROMPT)
        child.sendline("/theme")
        child.expect_exact("not available line by line")
        child.expect_exact(PROMPT)

        child.sendline("/demo rl --episodes 200 --eval-episodes 50")
        child.expect_exact("100% done")
        progress = child.before
        child.expect_exact("Learned policy")
        child.expect_exact(PROMPT)
        transcript.append(progress + child.before)
        steps = re.findall(r"^\[[#.]{20}\] +\d+% episode \d+/200", progress, re.M)
        assert len(steps) >= 3, progress  # one whole line per step ...
        assert "\x1b[2K" not in progress  # ... never a carriage-return redraw

        child.sendline("/quiz gans 1")
        child.expect_exact("Question 1/1")
        _answer_quiz_question(child)
        child.expect_exact("Score: ")
        if child.expect([r"\[y/N\] ", re.escape(PROMPT)]) == 0:
            child.sendline("n")
            child.expect_exact(PROMPT)

        child.sendline("/quit")
        child.expect_exact("Goodbye")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in "".join(transcript)

    from tutor.core.chats import Chats
    from tutor.core.store import open_store

    store = open_store()
    try:
        chats = Chats(store)
        [conversation] = chats.list()
        messages = chats.messages(conversation.id)
    finally:
        store.close()
    assert conversation.title == "What is a GAN?"
    kinds = [(m.role, m.kind) for m in messages]
    assert ("user", "text") in kinds and ("tutor", "demo") in kinds
    answers = [m for m in messages if m.kind == "answer"]
    assert len(answers) == 2
    assert answers[0].payload["sources"][0]["doc"]  # the app's /history redraws from this
    assert [m.content for m in messages if m.role == "user"][:2] == ["What is a GAN?", followup]

    progress_report = subprocess.run([TUTOR, "quiz", "--progress"], env=_env(tutor_home),
                                     capture_output=True, text=True, timeout=60)
    assert "Answered: 1 " in progress_report.stdout  # the quiz answer was kept too


@pytest.mark.timeout(3 * HANG)  # three start-ups and a demo: bounds a hang, times nothing
def test_ctrl_c_exits_130_and_ctrl_d_exits_0(tutor_home: Path) -> None:
    """Ctrl+C at the prompt and mid-demo exits 130, Ctrl+D exits 0. Each key is sent once the
    program shows it is ready for it (the prompt, the demo's progress line); the child takes
    Ctrl+C even when this run inherited it ignored (tests/cli/interrupting.py)."""
    child = _spawn(tutor_home, "chat", "--plain")
    child.expect_exact(PROMPT)
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in child.before

    child = _spawn(tutor_home, "chat", "--plain")  # mid-demo: the demo stops at its next step
    child.expect_exact(PROMPT)
    child.sendline("/demo rl --episodes 50000 --eval-episodes 20")
    child.expect(r"\d+% episode")
    child.sendintr()
    child.expect_exact("Interrupted. Your conversation is saved.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in child.before

    child = _spawn(tutor_home, "chat", "--plain")
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.timeout(120)
def test_term_dumb_gets_the_plain_chat_without_asking(tutor_home: Path) -> None:
    child = _spawn(tutor_home, term="dumb")  # `tutor` alone, in a real terminal
    child.expect_exact("Tutor, line by line.", timeout=30)
    child.expect_exact(PROMPT)
    child.sendline("/quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.timeout(200)
def test_piped_tutor_is_plain_cleans_bad_bytes_and_never_imports_textual(tutor_home: Path) -> None:
    script = (
        "import sys\n"
        "from tutor.cli import main\n"
        "code = main([])\n"
        "print('TEXTUAL LOADED' if any(m == 'textual' or m.startswith('textual.') "
        "for m in sys.modules) else 'NO TEXTUAL')\n"
        "sys.exit(code)\n"
    )
    typed = (b"\xff\xfe\x01\x1b[31mWhat is overfitting?\n"
             b"/help\n/demo rl --episodes 100 --eval-episodes 20\n/sources\n")
    done = subprocess.run([sys.executable, "-c", script], input=typed, env=_env(tutor_home),
                          cwd=str(REPO), capture_output=True, timeout=180)
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr.decode()  # end of input is a normal exit
    assert "Traceback" not in out + done.stderr.decode()
    assert "Tutor, line by line." in out
    assert "Removed control characters" in out and "could not be decoded" in out
    assert "Overfitting" in out and "Sources:" in out
    assert "/quiz [TOPIC] [N]" in out  # /help reads the one catalog
    assert "100% done" in out and "\r" not in out
    assert out.rstrip().endswith("NO TEXTUAL")


def test_a_reader_that_leaves_early_ends_the_chat_quietly(tutor_home: Path) -> None:
    """`tutor chat --plain < questions | head -1`: the pipe breaks after the first line.

    Before, the broken pipe was taken for a broken course: "tutor chat: the course could not be
    loaded: [Errno 32] Broken pipe" and exit 1. Every other command ends quietly with 0."""
    chat = subprocess.Popen([TUTOR, "chat", "--plain"], env=_env(tutor_home), cwd=str(REPO),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert chat.stdin is not None and chat.stdout is not None and chat.stderr is not None
    chat.stdin.write(b"what is a GAN?\n" * 50)
    chat.stdin.close()
    assert chat.stdout.readline().startswith(b"Tutor, line by line.")
    chat.stdout.close()  # the reader is gone, as `head -1` goes
    err = chat.stderr.read().decode()
    assert chat.wait(timeout=HANG) == 0, err
    assert err == "", err
