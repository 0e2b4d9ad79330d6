"""``tutor learn``: the map as text and JSON, a section as text (which counts as read and moves
the reading position), the same levels as the core, and clear messages for bad input."""

from __future__ import annotations

import json

from tutor.cli import main
from tutor.core.knowledge import load_course


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["learn", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_fresh_map_marks_the_first_lesson_as_next(capsys) -> None:
    code, out, _ = run(capsys, "--json")
    data = json.loads(out)
    assert code == 0 and len(data["lessons"]) == len(load_course().lessons)
    assert data["next"]["kind"] == "start" and data["next"]["lesson"] == "what-is-ml"
    assert [item["id"] for item in data["lessons"] if item["next"]] == ["what-is-ml"]
    assert {item["level"] for item in data["lessons"]} == {"not started"}
    locked = [item for item in data["lessons"] if not item["unlocked"]]
    assert locked and all(item["requires"] for item in locked)
    code, out, _ = run(capsys)
    assert code == 0 and "Next: What is machine learning is the first lesson on the path" in out
    assert "▶  1 What is machine learning?" in out


def test_a_section_is_printed_read_and_remembered(capsys) -> None:
    lesson = load_course().lesson("vaes")
    code, out, _ = run(capsys, "vae", "--section", "2")
    assert code == 0 and f"section 2 of {len(lesson.sections)}" in out
    assert f"## {lesson.sections[1].heading}" in out and "tutor learn vaes --section 3" in out
    code, out, _ = run(capsys, "vaes")  # no --section: where the learner left off
    assert f"## {lesson.sections[1].heading}" in out
    data = json.loads(run(capsys, "--json")[1])
    vaes = next(item for item in data["lessons"] if item["id"] == "vaes")
    assert (vaes["level"], vaes["sections_read"], vaes["position"]) == ("reading", 1, 1)
    assert data["next"]["kind"] == "continue" and data["next"]["lesson"] == "vaes"
    assert data["next"]["headline"] == f"Continue: {lesson.title}, section 2 of {len(lesson.sections)}"


def test_bad_input_gets_a_clear_message_and_exit_2(capsys) -> None:
    code, _, err = run(capsys, "ganz")
    assert code == 2 and "Did you mean gans" in err
    code, _, err = run(capsys, "gans", "--section", "0")
    assert code == 2 and "has sections 1 to" in err
    code, _, err = run(capsys, "--section", "2")
    assert code == 2 and "--section needs a LESSON" in err


def test_the_plain_chat_reads_a_lesson_with_a_check(tmp_path) -> None:
    import io

    from tutor.cli.plain import PlainChat

    lesson = load_course().lesson("what-is-ml")
    out = io.StringIO()
    PlainChat(io.BytesIO(b"/learn what-is-ml\nn\nn\nskip\np\nq\n/learn map\n/quit\n"), out, echo=True).main()
    text = out.getvalue()
    assert f"section 2 of {len(lesson.sections)}" in text and "Check · " in text
    assert "Skipped. The answer is" in text and "Re-read:" in text
    assert "Your place is kept: section 2 of" in text  # p went back from 3 to 2
    assert "Your course path" in text and "Continue: What is machine learning?, section 2" in text
    # titled by the lesson read, as in the app (not by the "/learn what-is-ml" line it saved)
    from tutor.core.chats import Chats
    from tutor.core.store import open_store

    store = open_store()
    try:
        assert [c.title for c in Chats(store).list()] == ["Lesson: What is machine learning?"]
    finally:
        store.close()


def test_a_question_typed_while_reading_is_answered_and_the_place_kept(tmp_path) -> None:
    """A question typed at the reader's prompt (even one starting with a key letter) is answered
    from the course, and the reading continues at the same section; a lone unknown word still
    gets the keys."""
    import io

    from tutor.cli.plain import PlainChat

    lesson = load_course().lesson("what-is-ml")
    out = io.StringIO()
    script = b"/learn what-is-ml\nn\nnow what is a gan\nxyz\nq\n/quit\n"
    PlainChat(io.BytesIO(script), out, echo=True).main()
    text = out.getvalue()
    assert "generative adversarial network" in text.lower()  # answered from the GAN lesson
    assert f"(Still reading section 2 of {len(lesson.sections)}.)" in text
    assert "Type one of: " in text  # "xyz" is neither a key nor a question
    assert f"Your place is kept: section 2 of {len(lesson.sections)}" in text

