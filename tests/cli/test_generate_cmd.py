"""``tutor generate``: options, streaming, explain, JSON, no model, Ctrl+C.

In-process tests reuse the session's SmolLM2 (``smollm_generator``); two subprocess tests run the
real command end to end (JSON on a clean stdout, and SIGINT -> exit 130).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.interrupting import HANG, ctrl_c_default
from tutor.cli import main

pytestmark = pytest.mark.slow


@pytest.fixture
def use_session_model(monkeypatch, smollm_generator):
    from tutor.core import generate

    monkeypatch.setattr(generate, "load_generator", lambda on_status=None, **kw: smollm_generator)
    return smollm_generator


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--temperature", "5"], "temperature must be between 0 and 2, got 5"),
        (["--top-k", "-2"], "top-k must be between 1 and 1000"),
        (["--top-p", "0"], "top-p must be greater than 0"),
        (["--max-tokens", "0"], "max-tokens must be between 1 and 1024"),
        (["--explain", "--steps", "100"], "--steps must be between 1 and 64"),
        (["--explain", "--top", "0"], "--top must be between 1 and 20"),
    ],
)
def test_bad_options_exit_2_before_loading(argv, message, capsys, monkeypatch) -> None:
    from tutor.core import generate

    monkeypatch.setattr(generate, "load_generator", lambda **kw: pytest.fail("model loaded"))
    assert main(["generate", "hello", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_empty_prompt_and_non_numbers(capsys) -> None:
    assert main(["generate", "   "]) == 2
    assert "prompt is empty" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["generate", "hi", "--top-k", "many"])
    assert exit_info.value.code == 2
    assert "invalid int value: 'many'" in capsys.readouterr().err


def test_streams_greedy_text(use_session_model, capsys) -> None:
    assert main(["generate", "The capital of France is", "--raw", "--temperature", "0",
                 "--max-tokens", "3"]) == 0
    assert capsys.readouterr().out.startswith(" Paris")


def test_explain_prints_candidates_with_bars(use_session_model, capsys) -> None:
    assert main(["generate", "Machine learning is", "--raw", "--explain", "--steps", "2",
                 "--top", "3", "--temperature", "0"]) == 0
    out = capsys.readouterr().out
    assert out.count("step ") == 2 and out.count("<- chosen") == 2
    assert "\u2588" in out and "greedy" in out
    assert "after temperature, before top-k/top-p filtering" in out


def test_explain_json(use_session_model, capsys) -> None:
    assert main(["generate", "Deep learning", "--raw", "--explain", "--steps", "3", "--seed", "4",
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["steps"]) == 3 and data["seed"] == 4
    for step in data["steps"]:
        probs = [c["probability"] for c in step["candidates"]]
        assert probs == sorted(probs, reverse=True) and sum(probs) <= 1 + 1e-6


def test_no_model_exits_1_with_the_reason(monkeypatch, tmp_path, capsys) -> None:
    from tutor.core import tinygpt

    monkeypatch.setenv("TUTOR_DISABLE_SMOLLM", "1")
    monkeypatch.setattr(tinygpt, "default_folder", lambda: tmp_path / "none")
    assert main(["generate", "hello"]) == 1
    err = capsys.readouterr().err
    assert "TUTOR_DISABLE_SMOLLM" in err and "tiny GPT" in err and "Traceback" not in err


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "TUTOR_HOME": str(home), "TUTOR_THREADS": "1", "PYTHONUNBUFFERED": "1"}


def test_json_output_end_to_end(smollm_generator, smollm_home) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tutor", "generate", "Say hello.", "--max-tokens", "8", "--seed", "3",
         "--json"],
        check=False, capture_output=True, text=True, timeout=120, env=_env(smollm_home),
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"model", "prompt", "text", "tokens", "seconds", "tokens_per_second"} <= set(data)
    assert data["model"].startswith("SmolLM2") and data["prompt"] == "Say hello."
    assert 1 <= data["tokens"] <= 8 and data["text"].strip()
    assert data["seconds"] > 0 and data["tokens_per_second"] > 0
    assert result.stderr == ""  # no progress bars or library warnings once the cache exists


def test_ctrl_c_exits_130(smollm_generator, smollm_home) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tutor", "generate", "Tell a very long story about a robot.",
         "--max-tokens", "1000", "--temperature", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(smollm_home),
        preexec_fn=ctrl_c_default,  # Ctrl+C works though this run inherited it ignored
    )
    try:
        assert process.stdout is not None
        first = process.stdout.read(1)  # text has started streaming
        assert first
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=HANG)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err


def test_doctor_reports_the_language_model_cache(smollm_generator, smollm_home, monkeypatch) -> None:
    from tutor.cli.doctor import OK, WARN, check_language_model_cache

    empty = check_language_model_cache()  # this test's own, empty TUTOR_HOME
    assert empty.status == WARN and "no converted copy yet" in empty.detail and "converts it once" in empty.fix
    monkeypatch.setenv("TUTOR_HOME", str(smollm_home))
    assert check_language_model_cache().status == OK
    monkeypatch.setenv("TUTOR_DISABLE_SMOLLM", "1")
    disabled = check_language_model_cache()
    assert disabled.status == WARN and "TUTOR_DISABLE_SMOLLM" in disabled.detail
