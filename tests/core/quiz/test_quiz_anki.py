"""Anki export read back: the .apkg is a zip holding a SQLite collection; every note's fields
are checked against the bank (explanation and cited section on the back, due dates for --mine)."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from tutor.cli import main
from tutor.core.quiz.anki import FIELDS, ExportError, export_anki
from tutor.core.quiz.bank import load_bank
from tutor.core.quiz.grading import Grade, Verdict
from tutor.core.quiz.progress import record_answer
from tutor.core.store import open_store


def read_notes(path: Path, tmp_path: Path) -> list[tuple[list[str], str]]:
    with zipfile.ZipFile(path) as deck:
        names = deck.namelist()
        assert "collection.anki2" in names
        deck.extract("collection.anki2", tmp_path / "unzipped")
    conn = sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")
    try:
        return [(row[0].split("\x1f"), row[1].strip()) for row in conn.execute("SELECT flds, tags FROM notes")]
    finally:
        conn.close()


def test_the_whole_bank_exports_with_explanations_and_sections(tmp_path: Path) -> None:
    bank = load_bank()
    path = tmp_path / "tutor.apkg"
    assert export_anki(path, bank) == len(bank)
    notes = read_notes(path, tmp_path)
    assert len(notes) == len(bank)
    by_prompt = {fields[0]: (fields, tags) for fields, tags in notes}
    question = next(q for q in bank.questions.values() if q.kind == "choice" and "'" not in q.prompt
                    and "&" not in q.prompt and '"' not in q.prompt and "<" not in q.prompt)
    fields, tags = next(v for k, v in by_prompt.items() if k.startswith(question.prompt))
    assert len(fields) == len(FIELDS)
    assert question.choices[question.correct_index].text.split()[0] in fields[1]
    assert fields[3].startswith(bank.lesson_title(question.lesson).split()[0])  # the citation
    assert bank.section_text(question).split()[3] in fields[4]  # the section's own text
    assert question.lesson in tags.split() and fields[5] == ""


def test_mine_exports_only_my_cards_with_their_due_dates(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path / "home"))
    bank = load_bank()
    store = open_store()
    chosen = bank.by_lesson("gans")[:2]
    with store.conn:
        for question in chosen:
            record_answer(store.conn, question, "x", Grade(Verdict.CORRECT, 1.0, ""), seconds=30)
    store.close()
    path = tmp_path / "mine.apkg"
    assert main(["quiz", "--export-anki", str(path), "--mine"]) == 0
    notes = read_notes(path, tmp_path)
    assert len(notes) == 2
    assert all(fields[5][:4].isdigit() for fields, _ in notes)  # a due date like 2026-12-06 ...


def test_bad_paths_and_nothing_to_export_are_clear(tmp_path: Path, capsys) -> None:
    bank = load_bank()
    with pytest.raises(ExportError, match=r"ends in \.apkg"):
        export_anki(tmp_path / "deck.zip", bank)
    with pytest.raises(ExportError, match="does not exist"):
        export_anki(tmp_path / "nope" / "deck.apkg", bank)
    assert main(["quiz", "--export-anki", str(tmp_path / "m.apkg"), "--mine"]) == 2
    assert "no cards yet" in capsys.readouterr().err
