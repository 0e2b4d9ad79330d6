"""config.toml (tutor.core.settings): defaults, the file, variables over the file, and broken
files that warn with the line instead of crashing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.core import runtime, settings
from tutor.core.generation.commandline import parse_generate_args

GOOD = """\
# my settings
theme = "nord"
threads = 1

[generation]
temperature = 0.2
max_tokens = 64
"""


def _write(home: Path, text: str) -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tutor_home: Path) -> None:
    loaded = settings.load(environ={})
    assert loaded.path == tutor_home / "config.toml"  # TUTOR_HOME moves it with everything else
    assert (loaded.theme, loaded.threads, loaded.temperature, loaded.max_tokens) == (None, 1, 0.7, 120)
    assert set(loaded.sources.values()) == {"default"} and loaded.warnings == []


def test_config_path_without_tutor_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TUTOR_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/tmp/xdg-config")
    assert settings.config_path() == Path("/tmp/xdg-config/tutor/config.toml")


def test_the_file_is_read_and_each_source_names_its_line(tutor_home: Path) -> None:
    path = _write(tutor_home, GOOD)
    loaded = settings.load(environ={})
    assert (loaded.theme, loaded.threads, loaded.temperature, loaded.max_tokens) == ("nord", 1, 0.2, 64)
    assert loaded.sources["theme"] == f"{path}, line 2"
    assert loaded.sources["generation.temperature"] == f"{path}, line 6"
    assert loaded.sources["generation.max_tokens"] == f"{path}, line 7"
    assert loaded.warnings == []


def test_environment_variables_override_the_file(tutor_home: Path) -> None:
    _write(tutor_home, GOOD)
    loaded = settings.load(environ={"TUTOR_TEMPERATURE": "1.5", "TUTOR_THEME": "dracula",
                                    "TUTOR_MAX_TOKENS": " "})
    assert loaded.temperature == 1.5 and loaded.sources["generation.temperature"] == (
        "environment TUTOR_TEMPERATURE")
    assert loaded.theme == "dracula"
    assert loaded.max_tokens == 64  # a blank variable does not count


def test_a_bad_variable_warns_and_is_ignored(tutor_home: Path) -> None:
    _write(tutor_home, GOOD)
    loaded = settings.load(environ={"TUTOR_TEMPERATURE": "hot", "TUTOR_MAX_TOKENS": "0"})
    assert loaded.temperature == 0.2 and loaded.max_tokens == 64
    assert any("TUTOR_TEMPERATURE must be a number" in w for w in loaded.warnings)
    assert any("TUTOR_MAX_TOKENS must be from 1 to 1024" in w for w in loaded.warnings)


def test_invalid_toml_warns_with_the_line_and_keeps_defaults(tutor_home: Path) -> None:
    path = _write(tutor_home, 'threads = 1\ntheme = nord\n')
    loaded = settings.load(environ={})
    assert loaded.theme is None and set(loaded.sources.values()) == {"default"}
    [warning] = loaded.warnings
    assert str(path) in warning and "not valid TOML" in warning and "line 2" in warning


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [('threads = "two"\n', 1, "threads must be a whole number"),
     ("threads = true\n", 1, "threads must be a whole number"),
     ("threads = 999\n", 1, "threads must be from 1 to"),
     ('theme = 3\n', 1, "theme must be a theme name"),
     ("# c\n[generation]\ntemperature = 9\n", 3, "generation.temperature must be from 0 to 2"),
     ("[generation]\nmax_tokens = 1.5\n", 2, "generation.max_tokens must be a whole number"),
     ("colour = 1\n", 1, "unknown setting 'colour'"),
     ("[generation]\n  top_k = 5\n", 2, "unknown setting 'generation.top_k'"),
     ("[display]\nwidth = 3\n", None, "unknown setting 'display'"),
     ("generation = 3\n", 1, "unknown setting 'generation'")],
)
def test_wrong_values_and_unknown_keys_warn_with_the_line(
        tutor_home: Path, text: str, line: int | None, message: str) -> None:
    path = _write(tutor_home, text)
    loaded = settings.load(environ={})
    [warning] = loaded.warnings
    assert message in warning
    assert warning.startswith(f"{path}, line {line}:" if line else f"{path}:")
    assert loaded.threads == 1 and loaded.temperature == 0.7 and loaded.max_tokens == 120


def test_an_unreadable_file_warns(tutor_home: Path) -> None:
    path = tutor_home / "config.toml"
    tutor_home.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"theme = \"\xff\"\n")
    [warning] = settings.load(environ={}).warnings
    assert "could not be read" in warning


def test_threads_and_generation_defaults_are_used(tutor_home: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tutor_home, "threads = 2\n[generation]\ntemperature = 0.0\nmax_tokens = 33\n")
    monkeypatch.delenv("TUTOR_THREADS", raising=False)
    assert runtime.torch_threads() == min(2, __import__("os").cpu_count() or 1)
    monkeypatch.setenv("TUTOR_THREADS", "1")
    assert runtime.torch_threads() == 1  # the variable wins
    request = parse_generate_args("Once upon a time")
    assert (request.options.temperature, request.options.max_tokens) == (0.0, 33)
    typed = parse_generate_args("Once upon a time --temperature 1.2")
    assert (typed.options.temperature, typed.options.max_tokens) == (1.2, 33)
