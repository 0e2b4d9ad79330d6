"""``written_names``: a word's maker check is made of patterns compiled once, not per word."""

from __future__ import annotations

import re

import pytest

from tutor.core.answering import written_names


@pytest.mark.parametrize(
    ("word", "question", "after"),
    [
        ("GitHub", "is GitHub Copilot any good", "Copilot"),
        ("GitHub", "x-GitHub Copilot and GitHub  Copilot-X", "Copilot-X"),  # a hyphen before: not a word start
        ("GitHub", "aGitHub Foo or GitHub Bar", "Bar"),  # inside another word: not this word
        ("ML", "FHE-based ML Ops", "Ops"),
        ("ML", "ML ops and ML", None),  # never followed by a capitalised word
        ("the", "what is the NHS doing", "NHS"),
    ],
)
def test_the_capitalised_word_after_is_what_the_old_pattern_found(word: str, question: str, after: str | None) -> None:
    old = re.search(rf"(?<![\w-]){re.escape(word)}\s+([A-Z][\w-]*)", question)
    assert (old.group(1) if old else None) == after
    assert written_names._capitalised_after(word, question) == after


def test_no_pattern_is_compiled_per_word_of_a_question(tutor, monkeypatch) -> None:
    """Compiling a pattern per word of every question (~0.3 ms each) pushed the package's own
    patterns out of ``re``'s 512-pattern cache, so they were compiled again and again."""
    compiled = []
    original = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda p, f=0: compiled.append(p) or original(p, f))
    written_names.written_name("is Zqxmodel Wibblecheck legit for our Frobnitz Quuxdata", tutor.vocabulary)
    assert not [p for p in compiled if "Zqxmodel" in str(p) or "Frobnitz" in str(p)]
