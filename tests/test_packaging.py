"""The wheel must carry every subpackage plus the course and the bundled models."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tutor.core import paths

REPO = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed_in_pyproject() -> None:
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "tutor").rglob("__init__.py")
    }
    missing = found - listed
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_knowledge_and_models_are_found() -> None:
    assert paths.lessons_dir().is_dir()
    assert paths.models_dir().is_dir()
    assert (paths.models_dir() / "README.md").is_file()


def test_tutor_home_redirects_data_and_cache(tutor_home: Path) -> None:
    assert paths.data_dir().is_relative_to(tutor_home)
    assert paths.cache_dir().is_relative_to(tutor_home)
    assert paths.db_path().parent == paths.data_dir()
