"""Learner names for ``tutor serve --learners``: a name becomes a folder, so path tricks,
odd characters and long names are refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.core import paths
from tutor.core.learners import NAME_MAX, BadName, clean_name, folder_name, learner_dir


@pytest.mark.parametrize(
    ("raw", "folder"),
    [("Ana", "ana"), ("  Ana   Lopez ", "ana-lopez"), ("ZOË", "zoë"), ("li.wei", "li.wei"),
     ("Ana_2", "ana_2"), ("Ｎａｍｅ", "name")],  # full-width letters fold to plain ones (NFKC)
)
def test_good_names_and_their_folders(raw: str, folder: str) -> None:
    assert folder_name(raw) == folder


@pytest.mark.parametrize(
    ("raw", "reason"),
    [("", "Type your name"), ("   ", "Type your name"), ("../ben", "Use letters"),
     ("/etc", "Use letters"), ("a/b", "Use letters"), ("a\\b", "Use letters"),
     (".hidden", "Use letters"), ("a..b", "'..'"), ("ana.", "'..'"), ("x" * (NAME_MAX + 1), "at most"),
     ("ana\x00", "Use letters"), ("ana\n", None), ("con", "reserved"), ("Nul.txt", "reserved"),
     ("<script>", "Use letters"), ("-ana", "Use letters")],
)
def test_bad_names_are_refused_with_a_reason(raw: str, reason: str | None) -> None:
    if reason is None:  # a trailing newline is whitespace: trimmed, not refused
        assert clean_name(raw) == "ana"
        return
    with pytest.raises(BadName, match=reason.replace(".", r"\.").replace("(", r"\(")):
        clean_name(raw)


def test_the_folder_stays_inside_the_root(tmp_path: Path) -> None:
    assert learner_dir(tmp_path, "Ana") == (tmp_path / "learners" / "ana").resolve()
    with pytest.raises(BadName):
        learner_dir(tmp_path, "..")


def test_tutor_data_dir_moves_only_the_data(tutor_home: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    learner = tmp_path / "learners" / "ana"
    monkeypatch.setenv("TUTOR_DATA_DIR", str(learner))
    assert paths.data_dir() == learner and paths.db_path() == learner / "tutor.db"
    assert paths.cache_dir().is_relative_to(tutor_home)  # the model caches stay shared
    assert learner.stat().st_mode & 0o777 == 0o700
