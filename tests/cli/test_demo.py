"""``tutor demo``: listing, help, the JSON contract, clear errors for bad options, Ctrl+C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from tests.cli.interrupting import tty_stderr
from tutor.cli import main

FAST_RL = ["--episodes", "100", "--eval-episodes", "20"]


def test_json_contract_in_a_real_process(tutor_home) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tutor", "demo", "rl", "--json", "--seed", "2", *FAST_RL],
        capture_output=True, text=True, timeout=120, check=False, env={**os.environ, "TUTOR_HOME": str(tutor_home)},
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == {"demo", "params", "metrics", "seconds"}
    assert data["demo"] == "rl" and data["params"]["seed"] == 2 and data["params"]["episodes"] == 100
    assert 0.0 <= data["metrics"]["success_rate"] <= 1.0
    assert isinstance(data["seconds"], float) and data["seconds"] > 0
    assert "Traceback" not in out.stderr


def test_json_flag_before_the_name_too(capsys) -> None:
    assert main(["demo", "--json", "rl", *FAST_RL]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["demo"] == "rl"


def test_same_seed_same_json(capsys) -> None:
    runs = []
    for _ in range(2):
        assert main(["demo", "rl", "--json", "--seed", "4", "--slippery", *FAST_RL]) == 0
        runs.append(json.loads(capsys.readouterr().out))
    assert runs[0]["metrics"] == runs[1]["metrics"]
    assert runs[0]["params"] == runs[1]["params"]


def test_rendered_result_on_stdout(capsys) -> None:
    assert main(["demo", "rl", *FAST_RL]) == 0
    out = capsys.readouterr().out
    assert "What just happened" in out and "success_rate" in out and "S" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_list(capsys) -> None:
    assert main(["demo", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("classifier", "clustering", "rl", "gan", "vae", "textgen", "compare"):
        assert f"    {name}" in out


def test_no_name_lists_too(capsys) -> None:
    assert main(["demo"]) == 0
    assert "classifier" in capsys.readouterr().out


def test_demo_help_lists_its_options(capsys) -> None:
    assert main(["demo", "classifier", "--help"]) == 0
    out = capsys.readouterr().out
    for flag in ("--seed", "--model", "--test-size", "--train-fraction", "--epochs", "--json"):
        assert flag in out


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["rl", "--episodes", "-5"], "at least 10"),
        (["rl", "--episodes", "0"], "at least 10"),
        (["rl", "--episodes", "99999999999"], "at most 50000"),
        (["rl", "--episodes", "lots"], "a whole number"),
        (["rl", "--alpha", "fast"], "a number"),
        (["rl", "--size", "5"], "one of 4, 8"),
        (["classifier", "--test-size", "0"], "at least 0.1"),
        (["classifier", "--test-size", "inf"], "a number"),
        (["classifier", "--model", "forest"], "one of all, logreg, svm, mlp"),
        (["clustering", "--k", "1000"], "at most 10"),
        (["clustering", "--kk", "3"], "Did you mean --k"),
        (["clustering", "--seed", "-1"], "at least 0"),
        (["clustering", "--seed"], "needs a value"),
        (["clustering", "4"], "options look like"),
        (["clusterin"], "Did you mean 'clustering'"),
    ],
)
def test_bad_options_one_clear_line(argv, fragment, capsys) -> None:
    assert main(["demo", *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and lines[0].startswith("tutor demo:")
    assert "Traceback" not in captured.err


def test_ctrl_c_cancels_cleanly(tutor_home) -> None:
    """Ctrl+C mid-training: exit 130, "cancelled", nothing on stdout. The signal goes once the
    progress line shows training under way (on a loaded machine a fixed sleep could still be
    Python's start-up), and the child takes Ctrl+C even when this run inherited it ignored."""
    with tty_stderr([sys.executable, "-m", "tutor", "demo", "rl", "--slippery", "--episodes", "50000"],
                    {**os.environ, "TUTOR_HOME": str(tutor_home)}) as run:
        run.wait_for(r"\d+% episode")
        run.proc.send_signal(signal.SIGINT)
        out, err = run.finish()
    assert run.proc.returncode == 130, err
    assert out == ""
    assert "Traceback" not in err
    assert "cancelled" in err
