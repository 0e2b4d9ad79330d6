"""``tutor demo --runs`` and ``--rerun N``: every run is kept, listed, and repeated exactly.

The listing and the re-run are driven as real processes (their JSON is the contract); the
cheaper checks call ``main`` in-process on the test's own TUTOR_HOME.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from tests.cli.interrupting import tty_stderr
from tutor.cli import main

FAST_RL = ["--episodes", "150", "--eval-episodes", "20"]


def _tutor(*args: str, home) -> subprocess.CompletedProcess:
    env = {**os.environ, "TUTOR_HOME": str(home), "TUTOR_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "tutor", *args], capture_output=True, text=True,
                          env=env, timeout=180)


def test_runs_are_listed_and_one_reruns_to_the_same_metrics(tutor_home) -> None:
    first = _tutor("demo", "rl", "--json", "--seed", "5", "--slippery", *FAST_RL, home=tutor_home)
    assert first.returncode == 0, first.stderr
    preset = _tutor("demo", "rl", "--preset", "no-explore", "--episodes", "60", "--json",
                    home=tutor_home)
    assert preset.returncode == 0, preset.stderr

    listed = _tutor("demo", "--runs", "--json", home=tutor_home)
    assert listed.returncode == 0, listed.stderr
    runs = json.loads(listed.stdout)
    assert [r["id"] for r in runs] == [2, 1]  # newest first
    assert runs[0]["preset"] == "no-explore" and runs[0]["changed"] == {"episodes": 60}
    assert runs[1]["seed"] == 5 and runs[1]["options"]["slippery"] is True
    assert runs[1]["metrics"] == pytest.approx(json.loads(first.stdout)["metrics"], abs=1e-6)
    assert {r["face"] for r in runs} == {"cli"} and {r["status"] for r in runs} == {"finished"}

    again = _tutor("demo", "--rerun", "1", "--json", home=tutor_home)
    assert again.returncode == 0, again.stderr
    data = json.loads(again.stdout)
    assert data["same"] is True and data["rerun_of"] == 1 and data["differences"] == []
    assert data["result"]["params"] == json.loads(first.stdout)["params"]
    assert "Same result as run 1" in data["text"]

    text = _tutor("demo", "--runs", home=tutor_home)
    assert text.returncode == 0 and "tutor demo --rerun N" in text.stdout
    lines = text.stdout.splitlines()
    assert lines[1].strip().startswith("3. rl") and "re-run of 1" in lines[1]
    assert "preset no-explore" in lines[2] and "seed 5" in lines[3]
    assert "slippery=True" in lines[3] and "success_rate" in lines[3]


def test_rerun_in_text_says_the_verdict_after_the_result(capsys) -> None:
    assert main(["demo", "rl", *FAST_RL]) == 0
    capsys.readouterr()
    assert main(["demo", "--rerun", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Re-running run 1 (rl")
    assert "What just happened" in out
    assert out.strip().splitlines()[-1].startswith("Same result as run 1: all ")


def test_a_comparison_is_kept_as_one_run_per_value(capsys) -> None:
    assert main(["demo", "rl", "--compare", "alpha=0.1,0.5", *FAST_RL, "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert main(["demo", "--runs", "--json"]) == 0
    runs = json.loads(capsys.readouterr().out)
    assert [r["options"]["alpha"] for r in runs] == [0.5, 0.1]
    assert runs[0]["group"] == runs[1]["group"] and runs[0]["compared"] == "alpha"
    for kept, shown in zip(reversed(runs), compared):  # the JSON contract rounds to 6 places
        assert kept["metrics"] == pytest.approx(shown["metrics"], abs=1e-6)


@pytest.mark.parametrize(("number", "fragment"), [
    ("99", "there is no run 99: no runs are kept yet"),
    ("abc", "'abc' is not a run number"),
    ("-3", "'-3' is not a run number"),
    ("1" * 30, "is not a run number"),
])
def test_unknown_or_absurd_run_numbers_are_one_clear_line(number, fragment, capsys) -> None:
    assert main(["demo", f"--rerun={number}"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and lines[0].startswith("tutor demo:")


def test_no_runs_yet(capsys) -> None:
    assert main(["demo", "--runs"]) == 0
    assert "No runs kept yet" in capsys.readouterr().out
    assert main(["demo", "--runs", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_run_stopped_with_ctrl_c_is_kept_as_stopped(tutor_home) -> None:
    # stopped mid-training (its progress line is seen first), see tests/cli/interrupting.py
    with tty_stderr([sys.executable, "-m", "tutor", "demo", "rl", "--slippery", "--episodes",
                     "50000", "--seed", "8"],
                    {**os.environ, "TUTOR_HOME": str(tutor_home), "TUTOR_THREADS": "1"}) as run:
        run.wait_for(r"\d+% episode")
        run.proc.send_signal(signal.SIGINT)
        out, err = run.finish()
    assert run.proc.returncode == 130 and out == "" and "Traceback" not in err, err
    listed = _tutor("demo", "--runs", "--json", home=tutor_home)
    (run,) = json.loads(listed.stdout)
    assert run["status"] == "stopped" and run["seed"] == 8 and run["metrics"] == {}
    assert run["options"]["episodes"] == 50000
    text = _tutor("demo", "--runs", home=tutor_home).stdout
    assert "stopped" in text.splitlines()[1]
