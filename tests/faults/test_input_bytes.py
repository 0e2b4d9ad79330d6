"""Invalid UTF-8 in arguments and streams: every entry point answers or says what is wrong.

Python turns bytes that are not UTF-8 in ``argv`` into lone surrogates; they used to reach the
tokenizers and raise ``TypeError: TextEncodeInput must be ...``. These tests pass real bytes to
the real ``tutor`` process, the way a shell does with ``"$(printf '\\xff')"``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tutor.core.inputs import clean_input, scrub

BAD = b"\xff\xfe what is a GAN \xc3"


def _tutor(tmp_path, *args: bytes, stdin: bytes | None = None, extra: dict | None = None):
    env = {**os.environ, "TUTOR_HOME": str(tmp_path), "TUTOR_THREADS": "1",
           "TUTOR_DISABLE_SMOLLM": "1", **(extra or {})}
    return subprocess.run([os.fsencode(sys.executable), b"-m", b"tutor", *args],
                          input=stdin, capture_output=True, env=env, timeout=180)


def test_scrub_replaces_lone_surrogates_so_text_encodes() -> None:
    raw = os.fsdecode(BAD)  # what argv holds
    assert any(0xD800 <= ord(ch) <= 0xDFFF for ch in raw)
    text = scrub(raw)
    text.encode("utf-8")  # would raise UnicodeEncodeError before
    cleaned = clean_input(raw)
    assert "what is a GAN" in cleaned.text
    assert any("could not be decoded" in n for n in cleaned.notices)


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_ask_argument_with_bad_bytes_is_answered(tmp_path, locale) -> None:
    done = _tutor(tmp_path, b"ask", b"--json", BAD, extra={"LC_ALL": locale})
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"Traceback" not in done.stderr
    reply = json.loads(done.stdout)
    assert reply["in_scope"] and reply["sources"]
    assert reply["sources"][0]["doc"] == "gans"


def test_ask_stdin_with_bad_bytes_is_answered(tmp_path) -> None:
    done = _tutor(tmp_path, b"ask", b"--json", stdin=BAD + b"\n\x00\x1b[31mwhat is a VAE?\n")
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == 2 and all(line["in_scope"] for line in lines)


@pytest.mark.parametrize("how", ["argument", "stdin"])
def test_generate_with_bad_bytes_generates(tmp_path, how) -> None:
    prompt = b"hello \xff the model"
    args = [b"generate", b"--json", b"--max-tokens", b"4", b"--temperature", b"0"]
    if how == "argument":
        done = _tutor(tmp_path, *args, prompt)
    else:
        done = _tutor(tmp_path, *args, b"-", stdin=prompt)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert b"Traceback" not in done.stderr
    reply = json.loads(done.stdout)
    assert "\ufffd" in reply["prompt"] and reply["tokens"] >= 1


def test_demo_option_with_bad_bytes_is_a_usage_error(tmp_path) -> None:
    done = _tutor(tmp_path, b"demo", b"rl", b"--episodes", b"4\xff")
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr and done.stderr.strip()


def test_quiz_topic_with_bad_bytes_is_a_clear_message(tmp_path) -> None:
    done = _tutor(tmp_path, b"quiz", b"gans\xff", b"1", stdin=b"")
    assert done.returncode in (0, 2)
    assert b"Traceback" not in done.stderr
