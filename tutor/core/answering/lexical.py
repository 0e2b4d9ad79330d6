"""BM25 over the course sections as plain arrays: built by bm25s at ``make vectors`` time,
shipped in ``knowledge/index/lexical.npz`` and scored with numpy at run time.

Why: importing bm25s pulls in scipy.sparse and tqdm (about 240 ms on this machine), and
analysing every section (tokenising and stemming ~11,000 words) and indexing it costs another
50-70 ms. A cold ``tutor ask`` paid both on every start for an index that only changes when a
lesson does. bm25s keeps its scores as a sparse term-by-document matrix (``data``, ``indices``,
``indptr``); scoring a query is summing the columns of its terms, which is the same few
``np.add.at`` calls here as inside bm25s, in the same order, so the scores are bit-identical.

The file is keyed by a hash of the section texts, the analyser's source (``tutor/core/words.py``)
and the BM25 parameters. A missing, stale or damaged file is never an error: the index is built
with bm25s (and kept in the user cache), exactly as before. ``tests/core/answering/test_lexical.py`` checks
that the shipped file equals a fresh build, so an edit that the key cannot see (the analyser in
``search.py``) still fails a test until ``make vectors`` is run.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tutor.core.answering.npzfile import write_npz

FORMAT = 1  # bump when the arrays stored below change meaning
K1 = 1.2
B = 0.75
EMPTY_DOCUMENT = "_empty_"  # bm25s cannot index an empty document: a section without terms gets this
SHIPPED_RELATIVE = Path("index") / "lexical.npz"  # inside knowledge/, beside vectors.npz
_FIELDS = ("key", "terms", "data", "indices", "indptr", "doc_ptr", "doc_terms")


@dataclass(frozen=True)
class LexicalIndex:
    """BM25 scores and term incidence of the sections, as arrays.

    ``data[indptr[t]:indptr[t+1]]`` are term ``t``'s BM25 scores in the sections
    ``indices[indptr[t]:indptr[t+1]]`` (bm25s' own layout); ``doc_terms[doc_ptr[d]:doc_ptr[d+1]]``
    are the term ids section ``d`` contains (for coverage and idf).
    """

    key: str
    terms: tuple[str, ...]
    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    doc_ptr: np.ndarray
    doc_terms: np.ndarray
    built: bool = False  # True when built at run time (no usable shipped or cached file)

    @property
    def num_docs(self) -> int:
        return len(self.doc_ptr) - 1

    @property
    def vocab(self) -> dict[str, int]:
        vocab = self.__dict__.get("_vocab")
        if vocab is None:
            vocab = {term: i for i, term in enumerate(self.terms)}
            object.__setattr__(self, "_vocab", vocab)
        return vocab

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every section for the analysed query ``terms`` (unknown terms are
        skipped, repeats count again), as ``bm25s.BM25.get_scores`` computes it."""
        vocab = self.vocab
        ids = [vocab[t] for t in terms if t in vocab]
        scores = np.zeros(self.num_docs, dtype=np.float32)
        for i in ids:
            start, end = self.indptr[i], self.indptr[i + 1]
            np.add.at(scores, self.indices[start:end], self.data[start:end])
        return scores

    def doc_frequencies(self) -> dict[str, int]:
        """Term -> number of sections containing it."""
        counts = np.bincount(self.doc_terms, minlength=len(self.terms)).tolist()
        return dict(zip(self.terms, counts, strict=True))

    def term_sections(self) -> dict[str, np.ndarray]:
        """Term -> float32 0/1 vector over sections (1 where the section contains the term)."""
        incidence = np.zeros((len(self.terms), self.num_docs), dtype=np.float32)
        docs = np.repeat(np.arange(self.num_docs), np.diff(self.doc_ptr))
        incidence[self.doc_terms, docs] = 1.0
        return dict(zip(self.terms, incidence, strict=True))


def index_key(texts: Sequence[str]) -> str:
    """Identifies the index ``texts`` give: the texts, the analyser's code and the parameters."""
    digest = hashlib.sha256()
    digest.update(f"format={FORMAT}\0k1={K1}\0b={B}\0".encode())
    digest.update(_analyser_source())
    for text in texts:
        digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _analyser_source() -> bytes:
    from tutor.core import words

    try:
        return Path(words.__file__).read_bytes()
    except OSError:  # no source (a zipped install): the key then covers texts and parameters only
        return b""


def analyse(text: str) -> list[str]:
    """Terms of a section for BM25, as ``SearchIndex.analyse`` makes them (lowercased, stop words
    removed, stemmed); used by ``make vectors``, which builds the index without a search index."""
    from tutor.core.words import content_words, stems

    return stems(content_words(text))


def build(texts: Sequence[str], analyse: Callable[[str], list[str]] = analyse, key: str | None = None) -> LexicalIndex:
    """Analyse and index ``texts`` with bm25s (the slow path: ~300 ms including its import)."""
    import bm25s

    docs = [analyse(text) or [EMPTY_DOCUMENT] for text in texts]
    bm25 = bm25s.BM25(k1=K1, b=B)
    bm25.index(docs, show_progress=False)
    if bm25.nonoccurrence_array is not None:  # only for BM25 variants we do not use
        raise ValueError("bm25s variant with non-occurrence scores is not supported")
    # bm25s appends a "" term after the matrix (an id with no column): terms are the columns.
    terms = [""] * (len(bm25.scores["indptr"]) - 1)
    for term, i in bm25.vocab_dict.items():
        if i < len(terms):
            terms[i] = term
    # bm25s numbers terms in set order (it changes with the hash seed): renumber them
    # alphabetically so a rebuild of the same course writes the same arrays.
    order = sorted(range(len(terms)), key=terms.__getitem__)
    new_id = {old: new for new, old in enumerate(order)}
    data, indices, indptr = (np.asarray(bm25.scores[name]) for name in ("data", "indices", "indptr"))
    columns = [np.arange(indptr[i], indptr[i + 1]) for i in order]
    gather = np.concatenate(columns) if columns else np.zeros(0, dtype=np.int64)
    doc_ids = [sorted({new_id[bm25.vocab_dict[t]] for t in doc}) for doc in docs]
    return LexicalIndex(
        key=key or index_key(texts),
        terms=tuple(terms[i] for i in order),
        data=data[gather].astype(np.float32),
        indices=indices[gather].astype(np.int32),
        indptr=np.cumsum([0] + [len(c) for c in columns]).astype(np.int64),
        doc_ptr=np.cumsum([0] + [len(ids) for ids in doc_ids]).astype(np.int64),
        doc_terms=np.asarray([i for ids in doc_ids for i in ids], dtype=np.int32),
        built=True,
    )


def problem(index: LexicalIndex, rows: int) -> str | None:
    """Why the arrays cannot be a BM25 index over ``rows`` sections, or None when they can.

    A file with the right key can still be damaged (bit rot, a bad write); out-of-range ids would
    crash a search or quietly score the wrong section, so the structure is checked on load."""
    vocabulary = len(index.terms)
    for name, ptr, size in (("indptr", index.indptr, len(index.data)), ("doc_ptr", index.doc_ptr, len(index.doc_terms))):
        if ptr.ndim != 1 or len(ptr) < 1 or ptr[0] != 0 or ptr[-1] != size or np.any(np.diff(ptr) < 0):
            return f"{name} is not a valid offset array"
    if len(index.indptr) != vocabulary + 1 or len(index.doc_ptr) != rows + 1:
        return f"sizes do not match ({vocabulary} terms, {len(index.doc_ptr) - 1} of {rows} sections)"
    if len(index.indices) != len(index.data):
        return "indices and data differ in length"
    if index.indices.size and (index.indices.min() < 0 or index.indices.max() >= rows):
        return "a section id is out of range"
    if index.doc_terms.size and (index.doc_terms.min() < 0 or index.doc_terms.max() >= vocabulary):
        return "a term id is out of range"
    if not np.isfinite(index.data).all() or np.any(index.data < 0):
        return "scores hold NaN, infinite or negative values"
    return None


def read(path: Path, key: str, rows: int) -> tuple[LexicalIndex | None, str | None]:
    """(index, None) when ``path`` holds a sound index for ``key``, else (None, why)."""
    if not path.is_file():
        return None, "missing"
    try:
        with np.load(path, allow_pickle=False) as data:
            if any(name not in data.files for name in _FIELDS):
                return None, "missing fields"
            if str(data["key"]) != key:
                return None, "stale"
            index = LexicalIndex(
                key=key,
                terms=tuple(data["terms"].tolist()),
                data=np.asarray(data["data"], dtype=np.float32),
                indices=np.asarray(data["indices"], dtype=np.int64),
                indptr=np.asarray(data["indptr"], dtype=np.int64),
                doc_ptr=np.asarray(data["doc_ptr"], dtype=np.int64),
                doc_terms=np.asarray(data["doc_terms"], dtype=np.int64),
            )
    except Exception as error:  # noqa: BLE001 - truncated, not an npz, wrong dtypes: all mean "rebuild"
        return None, f"unreadable ({error.__class__.__name__})"
    why = problem(index, rows)
    return (index, None) if why is None else (None, why)


def write(path: Path, index: LexicalIndex) -> Path:
    """Write atomically (temp file + rename) so a crash never leaves a half-written file."""
    return write_npz(path, {
        "key": np.array(index.key),
        "terms": np.array(index.terms, dtype=str),
        "data": index.data,
        "indices": index.indices.astype(np.int32),
        "indptr": index.indptr,
        "doc_ptr": index.doc_ptr,
        "doc_terms": index.doc_terms.astype(np.int32),
    })


def shipped_path() -> Path:
    from tutor.core import paths

    return paths.knowledge_dir() / SHIPPED_RELATIVE


def cache_path() -> Path:
    from tutor.core import paths

    return paths.cache_dir() / "lexical.npz"


def load(texts: Sequence[str], analyse: Callable[[str], list[str]] = analyse, shipped: Path | None = None) -> LexicalIndex:
    """The index for ``texts``: the shipped file when its key matches and it is sound, else the
    user cache, else built with bm25s (and stored in the user cache; a read-only disk only
    costs speed)."""
    key = index_key(texts)
    index, _ = read(shipped or shipped_path(), key, len(texts))
    if index is not None:
        return index
    with contextlib.suppress(OSError):  # an unwritable home has no cache folder: just build
        index, _ = read(cache_path(), key, len(texts))
    if index is not None:
        return index
    index = build(texts, analyse, key)
    with contextlib.suppress(OSError):
        write(cache_path(), index)
    return index
