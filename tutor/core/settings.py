"""Settings from a file: ``config.toml`` for the theme, torch threads and generation defaults.

    # ~/.config/tutor/config.toml  (or $TUTOR_HOME/config.toml; `tutor doctor` shows the path)
    theme = "nord"           # a Textual theme name (/theme lists them)
    threads = 1              # torch threads, 1 to the number of CPUs
    clipboard = "terminal"   # /copy: "terminal" (OSC 52, plus a file) or "file" only

    [generation]             # defaults for /generate and `tutor generate`
    temperature = 0.7        # 0 (greedy) to 2
    max_tokens = 120         # 1 to 1024

Where each value comes from, strongest first: an environment variable (``TUTOR_THEME``,
``TUTOR_THREADS``, ``TUTOR_CLIPBOARD``, ``TUTOR_TEMPERATURE``, ``TUTOR_MAX_TOKENS``), then the file, then the built-in
default. (In the chat, a theme picked with ``/theme`` is remembered and wins over the file's.)
A command-line option such as ``--temperature`` still wins over all of these for its one run.

A broken file never stops the tutor: a TOML syntax error, a value of the wrong type or out of
range, or a key it does not know is a warning naming the file and line, and the built-in
default is used for that setting. ``Settings.sources`` says where each value came from, for
``tutor doctor``. Nothing here imports Textual.
"""

from __future__ import annotations

import math
import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.core import paths
from tutor.core.generation.options import (
    DEFAULT_MAX_TOKENS,
    DEFAULT_TEMPERATURE,
    MAX_TOKENS_MAX,
    TEMPERATURE_RANGE,
)

FILE_NAME = "config.toml"


class Invalid(ValueError):
    """A value that cannot be used; the message says what is allowed."""


def _threads(value: Any) -> int:
    limit = os.cpu_count() or 1
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"must be a whole number from 1 to {limit}")
    if not 1 <= value <= limit:
        raise Invalid(f"must be from 1 to {limit} (this machine's CPUs), got {value}")
    return value


def _temperature(value: Any) -> float:
    low, high = TEMPERATURE_RANGE
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise Invalid(f"must be a number from {low:g} to {high:g}")
    if not low <= value <= high:
        raise Invalid(f"must be from {low:g} to {high:g}, got {value:g}")
    return float(value)


def _max_tokens(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"must be a whole number from 1 to {MAX_TOKENS_MAX}")
    if not 1 <= value <= MAX_TOKENS_MAX:
        raise Invalid(f"must be from 1 to {MAX_TOKENS_MAX}, got {value}")
    return value


def _theme(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 60:
        raise Invalid('must be a theme name in quotes, e.g. "nord"')
    return value.strip()


@dataclass(frozen=True)
class Option:
    """One setting: where it lives in the file, its variable, its default and its check."""

    key: str  # dotted: "theme", "generation.temperature"
    env: str
    default: Any
    check: Callable[[Any], Any]
    help: str

    @property
    def section(self) -> str:
        return self.key.rpartition(".")[0]

    @property
    def name(self) -> str:
        return self.key.rpartition(".")[2]


def _clipboard(value: Any) -> str:
    if value not in ("terminal", "file"):
        raise Invalid('must be "terminal" (copy through the terminal and save a file) or '
                      '"file" (only save the file)')
    return value


OPTIONS: tuple[Option, ...] = (
    Option("theme", "TUTOR_THEME", None, _theme, "colour theme of the chat"),
    Option("threads", "TUTOR_THREADS", 1, _threads, "torch threads"),
    Option("clipboard", "TUTOR_CLIPBOARD", "terminal", _clipboard,
           "how /copy copies: through the terminal (OSC 52) and a file, or the file only"),
    Option("generation.temperature", "TUTOR_TEMPERATURE", DEFAULT_TEMPERATURE, _temperature,
           "default sampling temperature"),
    Option("generation.max_tokens", "TUTOR_MAX_TOKENS", DEFAULT_MAX_TOKENS, _max_tokens,
           "default number of new tokens"),
)
_BY_KEY = {option.key: option for option in OPTIONS}
SECTIONS = {option.section for option in OPTIONS if option.section}


@dataclass
class Settings:
    """The values in force, where each came from, and any warnings about the file."""

    values: dict[str, Any]
    sources: dict[str, str]
    path: Path
    warnings: list[str] = field(default_factory=list)

    def get(self, key: str) -> Any:
        return self.values[key]

    @property
    def theme(self) -> str | None:
        return self.values["theme"]

    @property
    def threads(self) -> int:
        return self.values["threads"]

    @property
    def temperature(self) -> float:
        return self.values["generation.temperature"]

    @property
    def max_tokens(self) -> int:
        return self.values["generation.max_tokens"]


def config_path() -> Path:
    """``$TUTOR_HOME/config.toml``, else the platform's config folder (``~/.config/tutor``)."""
    home = paths.tutor_home()
    if home is not None:
        return home / FILE_NAME
    import platformdirs

    return Path(platformdirs.user_config_dir(paths.APP_NAME, appauthor=False)) / FILE_NAME


def line_of(text: str, key: str) -> int | None:
    """The line (1-based) where dotted ``key`` is set in TOML ``text``, or None.

    tomllib reports lines only for syntax errors, so a wrong value is located by reading the
    lines: a ``[section]`` header, then ``name =`` inside it (or ``section.name =`` at the top).
    """
    section, _, name = key.rpartition(".")
    current = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[\s*([^\[\]]+?)\s*\]", stripped)
        if header:
            current = header.group(1).strip().strip('"')
            continue
        assigned = re.match(r"^([\w.\"' -]+?)\s*=", stripped)
        if not assigned:
            continue
        left = assigned.group(1).replace('"', "").replace("'", "").replace(" ", "")
        full = f"{current}.{left}" if current else left
        if full == key or (not section and current == "" and left == name):
            return number
    return None


def _where(path: Path, text: str, key: str) -> str:
    line = line_of(text, key)
    return f"{path}, line {line}" if line else str(path)


def _flatten(data: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key in SECTIONS:
            for inner, inner_value in value.items():
                flat[f"{key}.{inner}"] = inner_value
        else:
            flat[key] = value
    return flat


def _from_env(option: Option, raw: str) -> Any:
    text = raw.strip()
    if option.key in ("theme", "clipboard"):
        return option.check(text)
    try:
        number: Any = float(text) if option.key == "generation.temperature" else int(text, 10)
    except ValueError:
        raise Invalid(f"must be a number, got {raw!r}") from None
    return option.check(number)


def load(path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read the settings; never raises for a bad file or variable (see the module doc)."""
    path = Path(path) if path is not None else config_path()
    environ = dict(os.environ) if environ is None else environ
    values = {option.key: option.default for option in OPTIONS}
    sources = {option.key: "default" for option in OPTIONS}
    warnings: list[str] = []
    text = ""
    data: dict[str, Any] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as error:
        warnings.append(f"Settings file {path} could not be read ({error}); using defaults.")
    if text:
        try:
            data = _flatten(tomllib.loads(text))
        except tomllib.TOMLDecodeError as error:
            warnings.append(f"Settings file {path} is not valid TOML ({error}); using the "
                            "defaults for every setting until it is fixed.")
    for key, value in data.items():
        option = _BY_KEY.get(key)
        if option is None:
            known = ", ".join(o.key for o in OPTIONS)
            warnings.append(f"{_where(path, text, key)}: unknown setting '{key}' ignored "
                            f"(known: {known}).")
            continue
        try:
            values[key] = option.check(value)
            sources[key] = _where(path, text, key)
        except Invalid as error:
            warnings.append(f"{_where(path, text, key)}: {key} {error}; using "
                            f"{option.default!r}.")
    for option in OPTIONS:
        raw = environ.get(option.env, "")
        if not raw.strip():
            continue
        try:
            values[option.key] = _from_env(option, raw)
            sources[option.key] = f"environment {option.env}"
        except Invalid as error:
            warnings.append(f"{option.env} {error}; it is ignored.")
    return Settings(values=values, sources=sources, path=path, warnings=warnings)
