"""An empty file argument (``"$UNSET_VAR"``) is a clear message, never something else done.

Found by driving the real CLI: ``tutor quiz --export-anki ""`` skipped the export and started
(or resumed) a quiz, waiting for answers; ``tutor backup ""`` wrote the backup into whatever
folder the shell happened to be in.
"""

from __future__ import annotations

import os
import subprocess
import sys


def _tutor(home, cwd, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TUTOR_HOME": str(home), "TUTOR_THREADS": "1"}
    return subprocess.run([sys.executable, "-m", "tutor", *args], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=180)


def test_an_empty_anki_path_is_a_usage_error_not_a_quiz(tutor_home, tmp_path) -> None:
    done = _tutor(tutor_home, tmp_path, "quiz", "--export-anki", "")
    assert done.returncode == 2, done.stdout
    assert ".apkg" in done.stderr and "Question" not in done.stdout, (done.stdout, done.stderr)


def test_an_empty_backup_path_is_a_usage_error_and_writes_nothing(tutor_home, tmp_path) -> None:
    assert _tutor(tutor_home, tmp_path, "learn", "gans").returncode == 0  # a database to save
    here = tmp_path / "cwd"
    here.mkdir()
    done = _tutor(tutor_home, here, "backup", "")
    assert done.returncode == 2, done.stdout
    assert "PATH" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert list(here.iterdir()) == []
