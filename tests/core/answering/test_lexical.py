"""The shipped BM25 arrays (knowledge/index/lexical.npz): equal to a fresh bm25s build, scored
exactly as bm25s scores, and rebuilt (never a traceback) when stale, damaged or missing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tutor.core.answering import lexical
from tutor.core.answering.corpus import lexical_texts
from tutor.core.answering.search import SearchIndex

QUERIES = [
    "What is a GAN?",
    "overfitting overfitting training data",  # a repeated term counts twice, as in bm25s
    "precision recall spam filter",
    "zzzunknownword",  # no known term: all zeros
    "DBSCAN clusters noise points",
]


@pytest.fixture(scope="module")
def texts(course) -> list[str]:
    return lexical_texts(course)


@pytest.fixture(scope="module")
def keyword_index(course) -> SearchIndex:
    return SearchIndex(course, None)


def _same(a: lexical.LexicalIndex, b: lexical.LexicalIndex) -> bool:
    return a.key == b.key and a.terms == b.terms and all(
        np.array_equal(getattr(a, name), getattr(b, name)) for name in ("data", "indices", "indptr", "doc_ptr", "doc_terms")
    )


def test_shipped_index_equals_a_fresh_build(texts, keyword_index) -> None:
    """Fails after a lesson, words.py or the analyser changes until `make vectors` is run."""
    shipped, why = lexical.read(lexical.shipped_path(), lexical.index_key(texts), len(texts))
    assert shipped is not None, f"knowledge/index/lexical.npz is {why}: run `make vectors`"
    fresh = lexical.build(texts, keyword_index.analyse)
    assert _same(shipped, fresh), "knowledge/index/lexical.npz is out of date: run `make vectors`"
    assert not keyword_index._lexical.built  # the search index used the shipped file


def test_scores_are_bm25s_scores_bit_for_bit(texts, keyword_index) -> None:
    import bm25s

    docs = [keyword_index.analyse(t) or [lexical.EMPTY_DOCUMENT] for t in texts]
    reference = bm25s.BM25(k1=lexical.K1, b=lexical.B)
    reference.index(docs, show_progress=False)
    index = keyword_index._lexical
    for query in QUERIES:
        terms = keyword_index.analyse(query)
        known = [t for t in terms if t in reference.vocab_dict]
        expected = reference.get_scores(known) if known else np.zeros(len(texts), dtype=np.float32)
        got = index.scores(terms)
        assert got.dtype == np.float32
        assert np.array_equal(got, np.asarray(expected, dtype=np.float32)), query
    frequencies = index.doc_frequencies()
    assert set(frequencies) == {term for doc in docs for term in doc}
    assert all(frequencies[t] == sum(t in set(doc) for doc in docs) for t in ("gan", "overfit", "spam"))
    sections = index.term_sections()
    assert np.array_equal(sections["gan"], np.array(["gan" in doc for doc in docs], dtype=np.float32))


def _written(tmp_path: Path, texts: list[str], **changes) -> Path:
    index = lexical.build(texts)
    path = lexical.write(tmp_path / "lexical.npz", index)
    if changes:
        with np.load(path) as data:
            arrays = {name: data[name] for name in data.files}
        arrays.update(changes)
        np.savez(path, **arrays)
    return path


def test_a_stale_file_is_not_used_and_the_index_is_rebuilt_then_cached(texts, tmp_path, tutor_home) -> None:
    shipped = _written(tmp_path, texts[:-1])  # as if a section had been added since `make vectors`
    index, why = lexical.read(shipped, lexical.index_key(texts), len(texts))
    assert index is None and why == "stale"
    built = lexical.load(texts, shipped=shipped)
    assert built.built and _same(built, lexical.build(texts))
    again = lexical.load(texts, shipped=shipped)  # the next start reads the user cache
    assert not again.built and _same(again, built)
    assert lexical.cache_path().is_file()


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "indices", "indptr", "doc_terms", "nan", "missing_field"],
)
def test_a_damaged_file_is_detected_and_rebuilt_never_a_traceback(texts, tmp_path, damage) -> None:
    good = lexical.build(texts)
    if damage == "garbage":
        path = tmp_path / "lexical.npz"
        path.write_bytes(b"not a zip file at all" * 50)
    elif damage == "truncated":
        path = _written(tmp_path, texts)
        path.write_bytes(path.read_bytes()[:5000])
    elif damage == "indices":
        path = _written(tmp_path, texts, indices=good.indices.astype(np.int32) + len(texts))
    elif damage == "indptr":
        path = _written(tmp_path, texts, indptr=good.indptr[::-1].copy())
    elif damage == "doc_terms":
        path = _written(tmp_path, texts, doc_terms=np.full_like(good.doc_terms, len(good.terms) + 5, dtype=np.int32))
    elif damage == "nan":
        path = _written(tmp_path, texts, data=np.full_like(good.data, np.nan))
    else:
        path = _written(tmp_path, texts)
        with np.load(path) as data:
            arrays = {name: data[name] for name in data.files if name != "doc_ptr"}
        np.savez(path, **arrays)
    index, why = lexical.read(path, good.key, len(texts))
    assert index is None and why not in (None, "stale"), why
    rebuilt = lexical.load(texts, shipped=path)
    assert rebuilt.built and _same(rebuilt, good)


def test_a_home_without_a_cache_folder_still_builds_the_index(texts, tmp_path, monkeypatch) -> None:
    """An unwritable TUTOR_HOME cannot hold a cache folder: a stale shipped file is rebuilt anyway."""
    def no_cache() -> Path:
        raise PermissionError(13, "Permission denied", str(tmp_path / "cache"))

    monkeypatch.setattr(lexical, "cache_path", no_cache)
    index = lexical.load(texts, shipped=tmp_path / "missing.npz")
    assert index.key == lexical.index_key(texts)


def test_index_files_are_written_readable_by_everyone(texts, tmp_path) -> None:
    """A shipped index written by ``make vectors`` must be readable by other accounts (0644)."""
    import stat

    path = lexical.write(tmp_path / "lexical.npz", lexical.build(texts[:5], lexical.analyse, "k"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
