"""``tutor history search`` from the shell: text and JSON output, odd input, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tutor.core.chats import Chats
from tutor.core.store import open_store

TUTOR = str(Path(sys.executable).with_name("tutor"))


def _tutor(*args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([TUTOR, *args], env=dict(os.environ, TUTOR_HOME=str(home)),
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def _seed() -> None:
    store = open_store()
    chats = Chats(store)
    first = chats.create()
    chats.append(first, "user", "How does a GAN learn?")
    chats.append(first, "tutor", "The generator and the discriminator train in turns [1].",
                 kind="answer")
    second = chats.create()
    chats.append(second, "user", "What is reinforcement learning?")
    store.close()


def test_text_output_lists_ranked_matches(tutor_home: Path) -> None:
    _seed()
    result = _tutor("history", "search", "discriminator", "training", home=tutor_home)
    assert result.returncode == 0, result.stderr
    assert "1 match for: discriminator training" in result.stdout
    assert "How does a GAN learn?  (tutor):" in result.stdout
    assert "«discriminator»" in result.stdout and "«train»" in result.stdout
    assert "/history discriminator training" in result.stdout


def test_json_output_is_the_contract(tutor_home: Path) -> None:
    _seed()
    result = _tutor("history", "search", "--json", "learn", home=tutor_home)
    data = json.loads(result.stdout)
    assert data["all_words"] is True and data["words"] == ["learn"]
    titles = [hit["conversation_title"] for hit in data["hits"]]
    assert sorted(titles) == ["How does a GAN learn?", "What is reinforcement learning?"]
    assert {"message_id", "conversation_id", "role", "kind", "created", "snippet",
            "score"} <= set(data["hits"][0])


def test_query_syntax_and_no_matches_are_not_errors(tutor_home: Path) -> None:
    _seed()
    for words in (['"GAN', "AND", "NEAR(x"], ["gan*"], ["zebra"]):
        result = _tutor("history", "search", *words, home=tutor_home)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "No past messages contain: zebra" in _tutor("history", "search", "zebra",
                                                       home=tutor_home).stdout


def test_no_words_is_a_usage_error(tutor_home: Path) -> None:
    result = _tutor("history", "search", "***", home=tutor_home)
    assert result.returncode == 2 and "give some words" in result.stderr
