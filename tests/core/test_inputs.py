"""clean_input: what every question goes through before search (CLI and chat)."""

from __future__ import annotations

import pytest

from tutor.core.inputs import EmptyInput, clean_input


@pytest.mark.parametrize("raw", ["", "   ", "\n\t \n", "\x00\x01\x1b[31m", "\u200b\ufeff"])
def test_empty_or_invisible_input_is_a_friendly_error(raw: str) -> None:
    with pytest.raises(EmptyInput) as info:
        clean_input(raw)
    assert "question" in info.value.message


def test_punctuation_only_is_rejected_with_its_own_message() -> None:
    with pytest.raises(EmptyInput, match="no letters or digits"):
        clean_input("?!?  ...")


def test_control_characters_and_escape_sequences_are_removed_with_a_notice() -> None:
    cleaned = clean_input("what\x00 is \x1b[1ma GAN\x1b[0m?\x07")
    assert cleaned.text == "what is a GAN?"
    assert any("control characters" in n for n in cleaned.notices)


def test_whitespace_is_normalised_but_paragraphs_survive() -> None:
    cleaned = clean_input("  what   is\tML?\r\n\r\n\r\n\r\nand   why  ")
    assert cleaned.text == "what is ML?\n\nand why"
    assert cleaned.notices == []


def test_a_50kb_paste_is_cut_to_the_limit_with_a_notice() -> None:
    raw = ("overfitting and generalisation " * 2000)[:50_000]
    cleaned = clean_input(raw, limit=2000)
    assert 1600 <= len(cleaned.text) <= 2000
    assert not cleaned.text.endswith(" ")
    assert any("50,000" in n and "first" in n for n in cleaned.notices)


def test_other_languages_pass_through_unchanged() -> None:
    for text in ("¿Qué es el aprendizaje automático?", "机器学习是什么？", "Qu'est-ce qu'un GAN ?"):
        assert clean_input(text).text == text


def test_replacement_characters_from_bad_utf8_are_mentioned() -> None:
    cleaned = clean_input(b"what is \xff\xfe a GAN".decode("utf-8", errors="replace"))
    assert "GAN" in cleaned.text
    assert any("decoded" in n for n in cleaned.notices)
