"""``tutor doctor`` shows the settings in force and where each came from; a broken
config.toml is a warning there, never a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TUTOR = str(Path(sys.executable).with_name("tutor"))


def _doctor(home: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([TUTOR, "doctor"], env={**os.environ, "TUTOR_HOME": str(home), **env},
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def test_doctor_lists_each_setting_with_its_source(tutor_home: Path) -> None:
    tutor_home.mkdir(parents=True, exist_ok=True)
    config = tutor_home / "config.toml"
    config.write_text('theme = "nord"\n[generation]\ntemperature = 0.4\nmax_tokens = "many"\n')
    result = _doctor(tutor_home, TUTOR_MAX_TOKENS="50")
    out = result.stdout
    assert "Traceback" not in result.stderr
    assert f"Settings in force (file: {config}" in out
    assert "theme                   nord" in out and f"from {config}, line 1" in out
    assert f"from {config}, line 3" in out  # temperature
    assert "generation.max_tokens   50" in out and "from environment TUTOR_MAX_TOKENS" in out
    assert "threads" in out and "from environment TUTOR_THREADS" in out  # tests export it
    assert f"{config}, line 4: generation.max_tokens must be a whole number" in out  # the WARN


def test_doctor_with_unparsable_settings_still_runs(tutor_home: Path) -> None:
    tutor_home.mkdir(parents=True, exist_ok=True)
    (tutor_home / "config.toml").write_text("[generation\n")
    result = _doctor(tutor_home)
    assert "not valid TOML" in result.stdout and "line 1" in result.stdout
    assert "Traceback" not in result.stderr
