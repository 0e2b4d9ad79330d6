"""The tiny GPT: text preparation, tokenizers (characters and byte-pair sub-words), training,
sampling, save/load, the command line, and the trained copy shipped in models/tiny-gpt."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tutor.core import tinygpt
from tutor.core.tinygpt import BpeTokenizer, CharTokenizer, TinyGPT, TinyGPTConfig

TINY = TinyGPTConfig(n_layer=1, n_embd=32, n_head=2, block_size=16, n_inner=64)
RHYME = "the cat sat on the mat. the dog sat on the log. " * 40


@pytest.fixture(scope="module")
def trained() -> tuple[TinyGPT, list[float]]:
    """A one-layer model trained briefly on a very repetitive text (learns it in seconds)."""
    losses: list[float] = []
    gpt = tinygpt.train(RHYME, 150, seed=0, config=TINY, batch_size=16, lr=1e-2,
                        on_step=lambda step, loss: losses.append(loss))
    return gpt, losses


# --------------------------------------------------------------------------- text


def test_normalize_makes_plain_ascii_with_tidy_spacing() -> None:
    text = "Caf\u00e9 \u201cquotes\u201d \u2014 dash\u2026\n\n\n\nnext\tline  spaced"
    assert tinygpt.normalize(text) == 'Cafe "quotes" - dash...\n\nnext line spaced\n'


def test_course_text_comes_from_the_lesson_parser(tmp_path: Path) -> None:
    """Titles, headings and section texts in course order; front matter and Try-it dropped."""
    (tmp_path / "02-b.md").write_text("---\ntitle: B\nid: b\n---\n# B\n\n## Two\n\n"
                                      "Second \u201cquoted\u201d.\n\nTry it: /demo gan\n")
    (tmp_path / "01-a.md").write_text("---\ntitle: A\nid: a\n---\n# A\n\n## One\n\n"
                                      "First lesson text.\n\n## Also\n\nMore.\n")
    text = tinygpt.course_text(tmp_path)
    assert text == ('# A\n\n## One\n\nFirst lesson text.\n\n## Also\n\nMore.\n\n'
                    '# B\n\n## Two\n\nSecond "quoted".\n')
    assert tinygpt.course_text(tmp_path / "missing") == ""


def test_course_text_matches_the_knowledge_sections() -> None:
    from tutor.core.knowledge import load_course

    text = tinygpt.course_text()
    course = load_course()
    for section in course.sections:
        assert tinygpt.normalize(section.text).strip() in text, section.id
    assert text.index(tinygpt.to_ascii(course.sections[-1].heading)) > text.index(
        tinygpt.to_ascii(course.sections[0].heading))


def test_malformed_lesson_is_a_clear_error(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "01-a.md").write_text("no front matter here\n")
    from tutor.core.knowledge import LessonFormatError

    with pytest.raises(LessonFormatError, match=r"01-a\.md, line 1"):
        tinygpt.course_text(tmp_path)
    monkeypatch.setattr(tinygpt.paths, "lessons_dir", lambda: tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        tinygpt._cli(["train", "--out", str(tmp_path / "out"), "--steps", "1"])
    assert exit_info.value.code == 2
    assert "cannot read the lessons: 01-a.md, line 1" in capsys.readouterr().err


def test_the_real_lessons_give_plenty_of_text() -> None:
    text = tinygpt.course_text()
    assert len(text) > 20_000
    assert "Try it:" not in text and "\nid: " not in text
    assert text.isascii()


def test_real_word_ratio() -> None:
    assert tinygpt.words("It's a Model, model-based!") == ["it's", "a", "model", "model", "based"]
    assert tinygpt.real_word_ratio("the cat zzq", "the cat sat") == pytest.approx(2 / 3)
    assert tinygpt.real_word_ratio("THE Cat", {"the", "cat"}) == 1.0
    assert tinygpt.real_word_ratio("... 123 !", "anything") == 0.0


# --------------------------------------------------------------------------- tokenizer


def test_tokenizer_round_trip_and_unknown_characters(tmp_path: Path) -> None:
    tok = CharTokenizer.from_text("hello world\n")
    assert tok.chars == "\n dehlorw" and len(tok) == 9
    assert tok.decode(tok.encode("hello world")) == "hello world"
    assert tok.decode(tok.encode("hex!")) == "he  "  # unseen characters read as a space
    tok.save(tmp_path)
    assert CharTokenizer.load(tmp_path).chars == tok.chars
    with pytest.raises(ValueError):
        CharTokenizer("")


def test_bpe_tokenizer_learns_course_words_and_round_trips(tmp_path: Path) -> None:
    text = tinygpt.course_text()
    tok = BpeTokenizer.from_text(text)
    assert len(tok) == tinygpt.BPE_VOCAB
    ids = tok.encode(text)
    assert tok.decode(ids) == text
    assert len(text) / len(ids) > 3  # whole words and common pieces, not characters
    pieces = [tok.token(i) for i in tok.encode("A language model predicts the next token")]
    assert " language" in pieces and " model" in pieces and " the" in pieces
    assert BpeTokenizer.from_text(text).encode(text) == ids  # training is deterministic
    # every ASCII character has a token, even one the course never uses; others become ASCII
    assert tok.decode(tok.encode("a ~ b\tcaf\u00e9 \u2603")) == "a ~ bcafe "
    tok.save(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == {"tokenizer.json"}
    again = tinygpt.load_tokenizer(tmp_path)
    assert isinstance(again, BpeTokenizer) and again.encode(text) == ids
    with pytest.raises(ValueError):
        BpeTokenizer.from_text("")


def test_repeat_ratio_counts_immediate_word_repeats() -> None:
    assert tinygpt.repeat_ratio("the the model, the model") == pytest.approx(1 / 4)
    assert tinygpt.repeat_ratio("The THE the") == 1.0
    assert tinygpt.repeat_ratio("model") == 0.0 and tinygpt.repeat_ratio("") == 0.0


# --------------------------------------------------------------------------- training


def test_training_learns_the_text(trained) -> None:
    gpt, losses = trained
    assert losses[0] == pytest.approx(math.log(len(gpt.tokenizer)), abs=0.5)  # blind guessing
    assert sum(losses[-10:]) / 10 < 0.6  # the rhyme is nearly memorised
    assert gpt.info["steps"] == 150 and gpt.info["final_loss"] < 0.6
    sample = gpt.generate("the ", 200, temperature=0.5, seed=1)
    assert tinygpt.real_word_ratio(sample, RHYME) >= 0.9


def test_training_text_must_be_longer_than_a_window() -> None:
    gpt = TinyGPT.create(CharTokenizer("ab"), TINY)
    with pytest.raises(ValueError, match="too short"):
        tinygpt.Trainer(gpt, "abab")


def test_next_token_probs(trained) -> None:
    gpt, _ = trained
    probs = gpt.next_token_probs("the dog sat on the l", k=5)
    assert len(probs) == 5
    assert probs[0][0] == "o" and probs[0][1] > 0.5
    values = [p for _, p in probs]
    assert values == sorted(values, reverse=True) and sum(values) <= 1.0 + 1e-6


# --------------------------------------------------------------------------- sampling


def test_generate_is_seeded_and_sized(trained) -> None:
    gpt, _ = trained
    a = gpt.generate("the ", 60, temperature=1.0, seed=3)
    assert len(a) == 60
    assert a == gpt.generate("the ", 60, temperature=1.0, seed=3)
    assert a != gpt.generate("the ", 60, temperature=1.0, seed=4)
    assert "".join(gpt.stream("the ", 60, temperature=1.0, seed=3)) == a
    assert gpt.generate("", 0) == ""


def test_greedy_and_top_k_one_agree(trained) -> None:
    gpt, _ = trained
    greedy = gpt.generate("the c", 40, temperature=0, seed=1)
    assert greedy == gpt.generate("the c", 40, temperature=0, seed=99)  # seed irrelevant
    assert greedy == gpt.generate("the c", 40, temperature=1.5, top_k=1, seed=5)
    assert greedy.startswith("at sat on the")


def test_generate_many_samples_rows_side_by_side(trained) -> None:
    gpt, _ = trained
    rows = gpt.generate_many("the ", [0.0, 0.7, 2.0], 50, seed=2)
    assert [len(r) for r in rows] == [50, 50, 50]
    assert rows[0] == gpt.generate("the ", 50, temperature=0)
    hot, cold = tinygpt.real_word_ratio(rows[2], RHYME), tinygpt.real_word_ratio(rows[0], RHYME)
    assert cold >= 0.9 and hot <= cold  # (the last word may be cut off)


def test_prompt_keeps_trailing_spaces_and_odd_characters(trained) -> None:
    gpt, _ = trained
    after_space = dict(gpt.next_token_probs("the cat sat on the ", k=3))
    assert " " not in after_space or after_space[" "] < 0.2  # a word comes next, not a space
    assert len(gpt.generate("\u00e9\u00e8 \u2603", 10, seed=0)) == 10  # unknown chars are fine


# --------------------------------------------------------------------------- save / load


def test_save_and_load_round_trip(trained, tmp_path: Path) -> None:
    gpt, _ = trained
    folder = gpt.save(tmp_path / "copy")
    assert {p.name for p in folder.iterdir()} == {"config.json", "model.safetensors",
                                                  "vocab.json", "training.json"}
    again = TinyGPT.load(folder)
    assert again.tokenizer.chars == gpt.tokenizer.chars
    assert again.block_size == gpt.block_size
    assert again.info["steps"] == 150
    assert again.next_token_probs("the m") == pytest.approx(gpt.next_token_probs("the m"))
    assert again.generate("the ", 30, seed=1) == gpt.generate("the ", 30, seed=1)


def test_a_sub_word_model_trains_saves_and_loads(tmp_path: Path) -> None:
    tok = BpeTokenizer.from_text(RHYME, 160)
    gpt = TinyGPT.create(tok, TINY, seed=0)
    trainer = tinygpt.Trainer(gpt, RHYME, batch_size=8, lr=1e-2, seed=0, total_steps=60)
    losses = [trainer.step() for _ in range(60)]
    assert losses[0] == pytest.approx(math.log(len(tok)), abs=0.5)
    assert sum(losses[-5:]) / 5 < 1.0
    sample = gpt.generate("the ", 40, temperature=0.5, seed=1)
    assert tinygpt.real_word_ratio(sample, RHYME) >= 0.9
    assert "".join(gpt.stream("the ", 40, temperature=0.5, seed=1)) == sample
    assert gpt.next_token_probs("the cat sat on", k=1)[0][0] == " the"
    folder = gpt.save(tmp_path / "bpe")
    assert (folder / "tokenizer.json").is_file() and not (folder / "vocab.json").exists()
    again = TinyGPT.load(folder)
    assert isinstance(again.tokenizer, BpeTokenizer)
    assert again.generate("the ", 40, temperature=0.5, seed=1) == sample


def test_load_from_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no tiny GPT"):
        tinygpt.load_pretrained(tmp_path)


def test_command_line_trains_saves_and_samples(tmp_path: Path, capsys) -> None:
    out = tmp_path / "cli-model"
    code = tinygpt._cli(["train", "--out", str(out), "--steps", "3", "--layers", "1",
                         "--width", "16", "--heads", "2", "--inner", "32", "--block", "16",
                         "--batch", "2"])
    assert code == 0
    assert "saved to" in capsys.readouterr().out
    info = TinyGPT.load(out).info
    assert (out / "model.safetensors").stat().st_mode & 0o777 == 0o644
    assert info["steps"] == 3 and "--steps 3 --seed 0" in info["command"]
    assert tinygpt._cli(["sample", "--model", str(out), "--tokens", "12", "--prompt", "AI"]) == 0
    assert capsys.readouterr().out.startswith("AI")
    assert tinygpt._cli(["sample", "--model", str(tmp_path / "nothing")]) == 1
    assert "no tiny GPT" in capsys.readouterr().err


# --------------------------------------------------------------------------- shipped copy


def test_the_shipped_copy_loads_and_writes_mostly_real_words() -> None:
    folder = tinygpt.default_folder()
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size < 5_000_000
    gpt = tinygpt.load_pretrained()
    assert gpt.info["command"].startswith("python -m tutor.core.tinygpt train")
    assert isinstance(gpt.tokenizer, BpeTokenizer) and len(gpt.tokenizer) == tinygpt.BPE_VOCAB
    text = tinygpt.course_text()
    sample = gpt.generate("A language model", 120, temperature=0.8, seed=0)
    assert tinygpt.real_word_ratio(sample, text) >= 0.85
    assert tinygpt.repeat_ratio(sample) <= 0.02
    # the shipped tokenizer still reads today's course text losslessly
    assert gpt.tokenizer.decode(gpt.tokenizer.encode(text)) == text
    top = gpt.next_token_probs("supervised machine", k=1)
    assert top[0][0] == " learning" and top[0][1] > 0.8


def test_command_line_trains_sub_words_by_default_and_rejects_a_bad_vocabulary(
        tmp_path: Path, capsys) -> None:
    out = tmp_path / "bpe-model"
    assert tinygpt._cli(["train", "--out", str(out), "--steps", "2", "--layers", "1", "--width",
                         "16", "--heads", "2", "--inner", "32", "--block", "16", "--batch", "2",
                         "--vocab", "400"]) == 0
    gpt = TinyGPT.load(out)
    assert isinstance(gpt.tokenizer, BpeTokenizer) and len(gpt.tokenizer) == 400
    assert gpt.info["tokenizer"] == "bpe" and "--tokenizer bpe --vocab 400" in gpt.info["command"]
    with pytest.raises(SystemExit):
        tinygpt._cli(["train", "--out", str(out), "--vocab", "10"])
    assert "--vocab must be between" in capsys.readouterr().err
    with pytest.raises(ValueError, match="unknown tokenizer"):
        tinygpt.train(RHYME, 1, tokenizer="words")
