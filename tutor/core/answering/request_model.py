"""A learned fallback for requests outside a tutor's job: a logistic regression over the MiniLM
vector of a question, telling "do this for me" from "teach me this".

Why: the refusal rules (``requests.py``) are families of phrasings; a request in a phrasing no rule
foresaw ("i need a personal statement for uni, make it sound impressive", "what time is it in
tokyo") reaches retrieval, which either declines it as "not covered" or answers it from a passage
sharing a word. A linear classifier learns the direction of the embedding space that separates
orders, errands and small talk from course questions, which carries over to phrasings nobody wrote.

It is only a fallback, used by ``Tutor.ask`` where every rule is silent AND retrieval is weak (the
question was declined, or its best passage is a poor match), on a question that opens a
conversation (a short follow-up such as "and the americans?" looks like an order to it) and is no
teaching imperative ("help me understand temperature" scores as an order too). A false refusal of a
course question is worse than a missed refusal, so its bar is high. Measured (stop 23): on held-out request lists (``tests/data/limits``, none used in training) 0.5
separates 92% of requests from 96% of course questions; end to end, fresh out-of-job probes written
before it (``benchmarks/probes/outofjob-s23``) went measure2 29 -> 35/40 and measure3 24 -> 25/30,
while no answer changed on about 3,900 questions of the read sets, limits lists, learner asks and
old evaluation (``benchmarks/HISTORY-issue-11.md``).

It learns from ``knowledge/requests.toml`` (requests and request-like course questions, written
for it) and from every learner ask of the course (``knowledge/asks``) as course questions. It is
trained by ``make vectors`` with scikit-learn and shipped as ``knowledge/index/requests.npz`` (one
weight row, about 2 KB) under a key covering its texts and the embedding model. A missing, stale or
damaged file switches the fallback off (answering never needs it); it is never trained at runtime.
"""

from __future__ import annotations

import hashlib
import math
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tutor.core import paths
from tutor.core.answering.npzfile import read_keyed_npz, write_npz

FORMAT = 1  # bump when training changes, so every shipped model becomes stale
REGULARISATION = 4.0  # scikit-learn's C (1 and 16 measured alike on the held-out request lists)
REQUEST_SHARE = 0.5  # all requests together weigh half as much as all course questions together
TRAINING_RELATIVE = Path("requests.toml")
SHIPPED_RELATIVE = Path("index") / "requests.npz"


@dataclass(frozen=True)
class RequestModel:
    """One linear score over a question vector; the logistic of it is the chance of a request."""

    weights: np.ndarray  # (dim,) float32
    bias: float

    def probability(self, vector: np.ndarray) -> float:
        """The chance that ``vector``'s text asks for a job done rather than for a lesson."""
        logit = float(self.weights @ np.asarray(vector, dtype=np.float32)) + self.bias
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))


def training_path() -> Path:
    return paths.knowledge_dir() / TRAINING_RELATIVE


def shipped_path() -> Path:
    return paths.knowledge_dir() / SHIPPED_RELATIVE


def training_texts(path: Path | None = None) -> tuple[list[str], list[str]]:
    """(requests, questions) written for the model; [] each when the file is missing or damaged
    (then no shipped model matches and the fallback is off: answering must not fail on it)."""
    path = path or training_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return [], []

    def texts(name: str) -> list[str]:
        items = data.get(name, [])
        return [str(t) for t in items] if isinstance(items, list) else []

    return texts("requests"), texts("questions")


def model_key(requests: Sequence[str], questions: Sequence[str], asks: Sequence[str], model: str) -> str:
    """A hash of everything the model learns from: any change to it gives a new key."""
    digest = hashlib.sha256(f"requests format={FORMAT} C={REGULARISATION} share={REQUEST_SHARE} model={model}\0".encode())
    for group in (requests, questions, asks):
        for text in group:
            digest.update(text.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(b"\1")
    return digest.hexdigest()


def train(request_vectors: np.ndarray, question_vectors: np.ndarray) -> RequestModel:
    """Fit the classifier (scikit-learn is imported here only: loading never pays for it)."""
    from sklearn.linear_model import LogisticRegression

    vectors = np.concatenate([request_vectors, question_vectors]).astype(np.float32)
    labels = np.array([1] * len(request_vectors) + [0] * len(question_vectors))
    weights = np.ones(len(labels))
    weights[: len(request_vectors)] = REQUEST_SHARE * len(question_vectors) / max(1, len(request_vectors))
    model = LogisticRegression(C=REGULARISATION, max_iter=3000)
    model.fit(vectors, labels, sample_weight=weights)
    return RequestModel(model.coef_[0].astype(np.float32), float(model.intercept_[0]))


def write(path: Path, key: str, model: RequestModel) -> Path:
    return write_npz(path, {"key": np.array(key), "weights": model.weights, "bias": np.array(model.bias)})


def inspect(path: Path, key: str, dim: int) -> tuple[RequestModel | None, str | None]:
    """(model, None) when ``path`` holds a sound model for ``key``, else (None, why)."""
    arrays, why = read_keyed_npz(path, key, ("weights", "bias"))
    if arrays is None:
        return None, why
    weights = arrays["weights"]
    if weights.shape != (dim,) or arrays["bias"].shape != ():
        return None, f"shape {weights.shape}, expected ({dim},)"
    bias = float(arrays["bias"])
    if not (np.isfinite(weights).all() and math.isfinite(bias)):
        return None, "holds NaN or infinite values"
    return RequestModel(weights, bias), None
