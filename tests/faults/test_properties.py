"""Property tests: arbitrary text (control characters, lone surrogates from bad bytes, huge
pastes) never breaks ``tutor ask --json`` or the chat's input path.

Example counts are kept small (each ``tutor ask`` example is a real process that loads the
course): the point is breadth of odd input, not volume. ``derandomize`` makes every run try the
same examples, so a failure here is reproducible rather than flaky.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tutor.core.chats import Chats
from tutor.core.inputs import EmptyInput, clean_input
from tutor.core.store import open_store

KEYS = {"question", "answer", "in_scope", "sources", "followups"}

# Text a learner's terminal, a paste or a binary file can produce: any code point (lone
# surrogates included, as Python makes them from undecodable bytes), weighted towards
# control characters, escape sequences and whitespace.
odd = st.one_of(
    st.characters(codec=None),
    st.sampled_from(["\x00", "\x1b", "\x1b[31m", "\r", "\n", "\t", "\x7f", "\u200b", "\u202e",
                     "\ufeff", "\udcff", "\ud800", "\x9b", " "]),
)
texts = st.lists(odd, max_size=80).map("".join)
questions = st.one_of(texts, st.builds(lambda a, b: a + "what is a GAN" + b, texts, texts))

CLI = settings(max_examples=4, deadline=None, derandomize=True,
               suppress_health_check=[HealthCheck.too_slow])
FAST = settings(max_examples=150, deadline=None, derandomize=True)


def _env() -> dict[str, str]:
    return {**os.environ, "TUTOR_THREADS": "1"}


def _check_json_lines(done: subprocess.CompletedProcess, expected: int | None = None) -> None:
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode in (0, 2), stderr
    assert "Traceback" not in stderr, stderr
    lines = done.stdout.decode("utf-8").splitlines()  # strict: the output is valid UTF-8
    for line in lines:
        record = json.loads(line)
        assert not KEYS - set(record), record
        assert isinstance(record["answer"], str) and isinstance(record["sources"], list)
    if expected is not None:
        assert len(lines) == expected


def _arg_bytes(text: str) -> bytes:
    """Encode as a terminal would pass it: lone surrogates become the raw bytes they stand for."""
    return text.replace("\x00", "").encode("utf-8", "surrogateescape") if text else b""


def _encodable(text: str) -> bool:
    try:
        _arg_bytes(text)
    except UnicodeEncodeError:
        return False
    return True


@CLI
@given(questions.filter(_encodable))
@example("x" * 100_000 + " what is a GAN?")  # a huge argument (Linux caps one at 128 KiB)
@example("\udcff\udcfe what is a GAN")  # invalid UTF-8 bytes in argv
def test_tutor_ask_json_on_any_argument(text: str) -> None:
    done = subprocess.run([sys.executable, "-m", "tutor", "ask", "--keywords", "--json",
                           _arg_bytes(text) or b" "], capture_output=True, env=_env(),
                          timeout=120)
    _check_json_lines(done)
    if done.returncode == 0:
        assert len(done.stdout.splitlines()) == 1


@CLI
@given(st.lists(questions, min_size=1, max_size=8))
@example(["\x00" * 10, "what is a GAN?\x1b[2J", "\udcc3\udca9t\u00e9", "a" * 1_000_000])
def test_tutor_ask_json_on_any_standard_input(lines: list[str]) -> None:
    """Every line of stdin (any bytes) gives one valid JSON line, or is skipped as empty."""
    raw = b"\n".join(line.replace("\n", " ").replace("\r", " ")
                     .encode("utf-8", "surrogatepass") for line in lines) + b"\n"
    done = subprocess.run([sys.executable, "-m", "tutor", "ask", "--json"], input=raw,
                          capture_output=True, env=_env(), timeout=120)
    _check_json_lines(done)
    answerable = 0
    for line in raw.decode("utf-8", "replace").split("\n")[:-1]:
        try:
            clean_input(line)
            answerable += 1
        except EmptyInput:
            pass
    assert len(done.stdout.splitlines()) == answerable


@FAST
@given(texts)
@example("\udcff" * 5)
@example("a" * 10_000)
def test_the_shared_cleaner_gives_text_every_stage_can_take(raw: str) -> None:
    try:
        cleaned = clean_input(raw, limit=2000)
    except EmptyInput as error:
        assert error.message
        return
    text = cleaned.text
    text.encode("utf-8")  # no lone surrogate survives
    assert text == text.strip() and any(ch.isalnum() for ch in text)
    assert len(text) <= 2000
    assert not any(ord(ch) < 32 and ch != "\n" for ch in text)
    assert clean_input(text, limit=2000).text == text  # cleaning is stable


@pytest.fixture(scope="module")
def keyword_tutor(tmp_path_factory):
    from tutor.core.answering.answer import load_tutor

    return load_tutor(use_embeddings=False)


@pytest.fixture(scope="module")
def chats(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("props") / "tutor.db")
    yield Chats(store)
    store.close()


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=texts)
@example(raw="\udcff what is a GAN \x1b[31m")
def test_what_the_chat_does_with_any_input(raw: str, keyword_tutor, chats) -> None:
    """The chat shows and saves the text as typed (controls stripped) and asks the cleaned
    question: both must work for any input (a lone surrogate used to reach SQLite)."""
    from tutor.ui.app import strip_controls

    shown = strip_controls(raw)
    conversation = chats.create()
    saved = chats.append(conversation, "user", shown)
    assert chats.messages(conversation)[-1].content == saved.content
    try:
        cleaned = clean_input(raw)
    except EmptyInput:
        return
    answer = keyword_tutor.ask(cleaned.text)
    json.dumps(answer.to_json(), ensure_ascii=False).encode("utf-8")
