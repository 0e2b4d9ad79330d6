"""Export questions as an Anki deck (``.apkg``) with genanki, for review on a phone.

Why: some learners already review everything in Anki. The export is the whole bank, or only
the learner's own cards (``mine``) with the date each is due here. The front is the question
(with its choices), the back the answer, the explanation and the cited section, its heading
and text, so a card stays tied to the course as every check in the tutor is.

Ids are fixed (model, deck) and each note's guid comes from the question id, so importing a
newer export updates the same notes in Anki instead of duplicating them.
"""

from __future__ import annotations

import html
import sqlite3
import time
from pathlib import Path
from typing import Any

MODEL_ID = 1_842_337_012
DECK_ID = 1_842_337_013
MINE_DECK_ID = 1_842_337_014
FIELDS = ("Question", "Answer", "Explanation", "Citation", "Section", "Due")

_FRONT = '<div class="q">{{Question}}</div>'
_BACK = (
    '{{FrontSide}}<hr id="answer"><div class="a">{{Answer}}</div>'
    '<div class="e">{{Explanation}}</div>'
    '<div class="c">Read more: {{Citation}}</div><div class="s">{{Section}}</div>'
    '{{#Due}}<div class="d">Due in tutor: {{Due}}</div>{{/Due}}'
)
_CSS = (
    ".card { font-family: sans-serif; font-size: 18px; text-align: left; }"
    " .e { margin-top: 0.8em; } .c { margin-top: 0.8em; color: #555; font-style: italic; }"
    " .s { margin-top: 0.5em; font-size: 15px; color: #333; } .d { margin-top: 0.8em; color: #888; }"
)


class ExportError(ValueError):
    """The deck cannot be written (a bad path, or nothing to export); the message says why."""


def _model() -> Any:
    import genanki

    return genanki.Model(
        MODEL_ID, "tutor question",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Card 1", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS,
    )


def _front(question: Any) -> str:
    text = html.escape(question.prompt)
    if question.kind == "choice":
        items = "".join(f"<li>{html.escape(c.text)}</li>" for c in question.choices)
        text += f'<ol type="a">{items}</ol>'
    elif question.kind == "truefalse":
        text += "<br><i>True or false?</i>"
    return text


def note_fields(question: Any, bank: Any, due: float | None = None) -> list[str]:
    """The six fields of one note (HTML-escaped)."""
    section = bank.section_text(question)
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in section.split("\n\n") if p.strip())
    heading = bank.citation(question)
    return [
        _front(question),
        html.escape(question.expected_text),
        html.escape(question.explanation),
        html.escape(heading),
        paragraphs,
        time.strftime("%Y-%m-%d %H:%M", time.localtime(due)) if due is not None else "",
    ]


def export_anki(path: Path, bank: Any, conn: sqlite3.Connection | None = None, mine: bool = False) -> int:
    """Write the deck to ``path``; returns how many notes it holds.

    ``mine``: only questions the learner has a card for (needs ``conn``), with their due dates.
    """
    import genanki

    path = Path(path)
    if path.suffix.lower() != ".apkg":
        raise ExportError(f"An Anki deck file ends in .apkg (got {path.name}).")
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist.")
    dues: dict[str, float] = {}
    if mine:
        if conn is None:
            raise ExportError("No database to read your cards from.")
        dues = {row[0]: float(row[1]) for row in conn.execute("SELECT question_id, due FROM cards")}
        questions = [q for q in bank.questions.values() if q.id in dues]
        if not questions:
            raise ExportError("You have no cards yet: every question you answer becomes one.")
    else:
        questions = list(bank.questions.values())
    model = _model()
    deck = genanki.Deck(MINE_DECK_ID if mine else DECK_ID,
                        "tutor::my cards" if mine else "tutor::machine learning and generative AI")
    for question in questions:
        deck.add_note(genanki.Note(
            model=model,
            fields=note_fields(question, bank, dues.get(question.id)),
            guid=genanki.guid_for("tutor", question.id),
            tags=[question.lesson, question.kind],
        ))
    try:
        genanki.Package(deck).write_to_file(str(path))
    except OSError as error:
        raise ExportError(f"Could not write {path}: {error.strerror or error}.") from error
    return len(questions)
