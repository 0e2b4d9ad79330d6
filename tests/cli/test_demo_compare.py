"""`tutor demo NAME --compare OPTION=A,B` and `--preset`: the real CLI in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys


def test_cli_compare_json_is_a_list_of_runs(tmp_path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tutor", "demo", "rl", "--compare", "alpha=0.1,0.5",
         "--episodes", "100", "--eval-episodes", "10", "--json"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    runs = json.loads(out.stdout)
    assert [r["params"]["alpha"] for r in runs] == [0.1, 0.5]
    assert all(r["demo"] == "rl" and "success_rate" in r["metrics"] for r in runs)


def test_cli_compare_text_and_bad_spec() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tutor", "demo", "rl", "--compare", "alpha=0.1,0.5",
         "--episodes", "100", "--eval-episodes", "10"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert "alpha=0.1" in out.stdout and "What just happened" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "tutor", "demo", "rl", "--compare", "alpha=0.5"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "2 or 3 values" in bad.stderr


def test_cli_help_lists_presets_and_compare() -> None:
    out = subprocess.run([sys.executable, "-m", "tutor", "demo", "gan", "--help"],
                         capture_output=True, text=True, timeout=60, check=True)
    assert "--preset mode-collapse" in out.stdout and "--compare OPTION=A,B" in out.stdout


def test_cli_preset_json_names_it() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tutor", "demo", "rl", "--preset", "no-explore", "--episodes",
         "50", "--eval-episodes", "5", "--json"],
        capture_output=True, text=True, timeout=120, check=True)
    data = json.loads(out.stdout)
    assert data["preset"] == "no-explore" and data["metrics"]["success_rate"] == 0.0
