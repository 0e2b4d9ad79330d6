"""Search of past messages (tutor.core.history) on the FTS5 index of store migration 4:
ranked hits, word forms, the index kept in step by triggers, learner text never parsed as FTS
syntax, and the migration on a database written before it existed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tutor.core.chats import Chats
from tutor.core.history import MARK_END, MARK_START, fts_expression, search, search_words
from tutor.core.store import MIGRATIONS, SCHEMA_VERSION, open_store

# The migration that adds the index, found by content (its number may change at a merge).
FTS_MIGRATION = next(i for i, sql in enumerate(MIGRATIONS) if "messages_fts" in sql)


@pytest.fixture
def chats(tmp_path: Path) -> Chats:
    return Chats(open_store(tmp_path / "tutor.db"))


def _conversation(chats: Chats, *pairs: tuple[str, str]) -> int:
    conversation = chats.create()
    for question, answer in pairs:
        chats.append(conversation, "user", question)
        chats.append(conversation, "tutor", answer, kind="answer")
    return conversation


def test_hits_are_ranked_and_carry_where_they_live(chats: Chats) -> None:
    gan = _conversation(chats, ("What is a GAN?", "A GAN pits a generator against a "
                                "discriminator; the discriminator judges each sample [1]."))
    other = _conversation(chats, ("What is clustering?", "Clustering groups unlabelled points; "
                                  "unlike a discriminator it needs no labels."))
    result = search(chats.store, "discriminator")
    assert result.all_words
    assert [h.conversation_id for h in result.hits] == [gan, other]  # two mentions rank first
    assert result.hits[0].score > result.hits[1].score
    top = result.hits[0]
    assert top.role == "tutor" and top.kind == "answer" and top.conversation_title == "What is a GAN?"
    assert f"{MARK_START}discriminator{MARK_END}" in top.snippet
    assert top.plain_snippet("«", "»").count("«discriminator»") == 2


def test_every_word_first_then_some_words(chats: Chats) -> None:
    both = _conversation(chats, ("How is a GAN trained?", "By a generator and a critic."))
    _conversation(chats, ("What is training data?", "Examples a model learns from."))
    result = search(chats.store, "gan training")  # "training" finds "trained" (stemmed)
    assert result.all_words and {h.conversation_id for h in result.hits} == {both}
    loose = search(chats.store, "gan pizza")
    assert not loose.all_words and loose.hits[0].conversation_id == both
    assert search(chats.store, "pizza").hits == []


@pytest.mark.parametrize("text", ['"gan', 'gan"', "gan AND", "OR gan", "NEAR(gan", "gan*",
                                  "*", "^gan", "content:gan", "gan NOT", "(gan", "gan)", "'; --"])
def test_fts_syntax_in_the_learner_text_is_only_characters(chats: Chats, text: str) -> None:
    _conversation(chats, ("What is a GAN and how does it learn?", "Two networks compete."))
    result = search(chats.store, text)  # never raises
    words = [w.casefold() for w in result.words]
    if "gan" in words and len(words) == 1:
        assert len(result.hits) == 1
    if "and" in words:  # AND is a word to look for, not an operator
        assert result.all_words and result.hits


def test_words_and_expression() -> None:
    assert search_words('What is "a GAN"? gan*, OR NEAR') == ["What", "is", "a", "GAN", "OR", "NEAR"]
    assert fts_expression(["a", "OR"]) == '"a" "OR"'
    assert fts_expression(["a", "b"], any_word=True) == '"a" OR "b"'
    assert search_words("*** ???") == []


def test_the_index_follows_updates_and_deletes(chats: Chats) -> None:
    conversation = _conversation(chats, ("What is a VAE?", "An encoder and a decoder."))
    message = search(chats.store, "encoder").hits[0].message_id
    with chats.conn:
        chats.conn.execute("UPDATE messages SET content = 'A transformer answer' WHERE id = ?",
                           (message,))
    assert search(chats.store, "encoder").hits == []
    assert search(chats.store, "transformer").hits[0].message_id == message
    chats.delete(conversation)
    assert search(chats.store, "transformer").hits == []
    assert search(chats.store, "VAE").hits == []


def test_the_migration_indexes_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "tutor.db"
    conn = sqlite3.connect(path)
    for number in range(FTS_MIGRATION):  # the schema as it was just before the index
        conn.executescript(MIGRATIONS[number])
    conn.execute(f"PRAGMA user_version = {FTS_MIGRATION}")
    conn.execute("INSERT INTO conversations(title, created, updated) VALUES ('Old chat', 1, 1)")
    conn.execute("INSERT INTO messages(conversation_id, role, content, created) "
                 "VALUES (1, 'user', 'Why do language models hallucinate?', 1)")
    conn.commit()
    conn.close()

    store = open_store(path)
    assert store.warnings == []
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    hits = search(store, "hallucinating").hits
    assert [(h.conversation_title, h.role) for h in hits] == [("Old chat", "user")]
    Chats(store).append(1, "tutor", "They predict likely words, not facts.")
    assert search(store, "facts").hits  # new rows are indexed by the triggers
    assert Chats(store).messages(1)[0].content == "Why do language models hallucinate?"


def test_a_very_common_word_is_ranked_among_its_newest_matches(
        chats: Chats, monkeypatch: pytest.MonkeyPatch) -> None:
    from tutor.core import history

    monkeypatch.setattr(history, "RANK_WINDOW", 3)
    conversation = chats.create()
    ids = [chats.append(conversation, "user", f"model question {n}").id for n in range(5)]
    hits = search(chats.store, "model").hits
    assert sorted(h.message_id for h in hits) == ids[-3:]
