"""Conversations in the learner's database: create, append, list, resume, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tutor.core.chats import TITLE_LIMIT, Chats, lesson_title, make_title
from tutor.core.store import open_store


@pytest.fixture
def chats(tmp_path: Path) -> Chats:
    return Chats(open_store(tmp_path / "t.db"))


def test_append_and_load_keep_role_kind_content_and_payload(chats: Chats) -> None:
    cid = chats.create()
    chats.append(cid, "user", "What is a GAN?")
    payload = {"text": "Two networks [1].", "sources": [{"doc": "gans", "score": 0.5}]}
    chats.append(cid, "tutor", "Two networks [1].", kind="answer", payload=payload)
    messages = chats.messages(cid)
    assert [(m.role, m.kind) for m in messages] == [("user", "text"), ("tutor", "answer")]
    assert messages[1].payload == payload
    assert messages[0].payload is None


def test_first_question_names_the_conversation(chats: Chats) -> None:
    cid = chats.create()
    chats.append(cid, "user", "  what   is\nmachine learning?  ")
    chats.append(cid, "user", "and deep learning?")
    assert chats.info(cid).title == "what is machine learning?"


def test_a_lesson_names_a_conversation_that_no_question_named(chats: Chats) -> None:
    read = chats.create()  # the app: only a check answer was saved (a tutor message)
    chats.append(read, "tutor", "**Check** ...", kind="quiz_answer")
    assert chats.info(read).title == "Untitled"
    chats.name(read, lesson_title("Generative adversarial networks"))
    assert chats.info(read).title == "Lesson: Generative adversarial networks"
    chats.name(read, lesson_title("VAEs"))  # a second lesson: the first one named it
    assert chats.info(read).title == "Lesson: Generative adversarial networks"

    plain = chats.create()  # the plain chat saves the command line, which named it
    chats.append(plain, "user", "/learn")
    chats.name(plain, lesson_title("What is machine learning?"))
    assert chats.info(plain).title == "Lesson: What is machine learning?"

    asked = chats.create()  # a question came first: it keeps naming the conversation
    chats.append(asked, "user", "what is a GAN?")
    chats.name(asked, lesson_title("Generative adversarial networks"))
    assert chats.info(asked).title == "what is a GAN?"
    assert [c.title for c in chats.list()] == [
        "what is a GAN?", "Lesson: What is machine learning?", "Lesson: Generative adversarial networks"]


def test_long_titles_are_cut_at_a_word() -> None:
    title = make_title("word " * 40)
    assert len(title) <= TITLE_LIMIT + 3 and title.endswith("...")
    assert make_title("   ") == "Untitled"


def test_list_shows_only_conversations_with_messages_newest_first(chats: Chats) -> None:
    first = chats.create()
    chats.append(first, "user", "first")
    empty = chats.create()
    second = chats.create()
    chats.append(second, "user", "second")
    listed = chats.list()
    assert [c.id for c in listed] == [second, first]
    assert empty not in [c.id for c in listed]
    assert chats.last() == second
    chats.append(first, "user", "again")  # using an old conversation brings it to the top
    assert chats.last() == first
    assert chats.info(first).message_count == 2


def test_last_is_none_on_a_fresh_database(chats: Chats) -> None:
    assert chats.last() is None


def test_messages_limit_returns_the_most_recent_in_order(chats: Chats) -> None:
    cid = chats.create()
    for i in range(10):
        chats.append(cid, "user", f"m{i}")
    assert [m.content for m in chats.messages(cid, limit=3)] == ["m7", "m8", "m9"]
    assert chats.count(cid) == 10


def test_resume_across_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    chats = Chats(open_store(path))
    cid = chats.create()
    chats.append(cid, "user", "kept?")
    chats.store.close()
    again = Chats(open_store(path))
    assert again.last() == cid
    assert again.messages(cid)[0].content == "kept?"


def test_bad_role_is_refused(chats: Chats) -> None:
    cid = chats.create()
    with pytest.raises(ValueError):
        chats.append(cid, "robot", "hi")


def test_a_damaged_payload_degrades_to_the_content(chats: Chats) -> None:
    cid = chats.create()
    message = chats.append(cid, "tutor", "plain text", kind="answer", payload={"a": 1})
    with chats.conn:
        chats.conn.execute("UPDATE messages SET payload = '{oops' WHERE id = ?", (message.id,))
    loaded = chats.messages(cid)[0]
    assert loaded.payload is None and loaded.content == "plain text"


def test_export_writes_markdown_and_never_overwrites(chats: Chats, tmp_path: Path) -> None:
    cid = chats.create()
    chats.append(cid, "user", "What is overfitting?")
    chats.append(cid, "tutor", "Learning noise [1].\n\nSources:\n- [1] Training", kind="answer",
                 payload={"x": json.dumps([1])})
    out = tmp_path / "exports"
    first = chats.export(cid, out)
    second = chats.export(cid, out)
    assert first != second and first.exists() and second.exists()
    text = first.read_text(encoding="utf-8")
    assert text.startswith("# What is overfitting?")
    assert "## You\n\nWhat is overfitting?" in text
    assert "## Tutor\n\nLearning noise [1]." in text
    assert first.name.endswith("-what-is-overfitting.md")


def test_delete_removes_messages(chats: Chats) -> None:
    cid = chats.create()
    chats.append(cid, "user", "bye")
    chats.delete(cid)
    assert chats.list() == [] and chats.messages(cid) == [] and not chats.exists(cid)
