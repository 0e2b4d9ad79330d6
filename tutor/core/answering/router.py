"""Which section a question is about, learned from the course: a softmax regression over MiniLM
vectors, mixed into the dense ranking.

Why: nearest-ask matching scores a section by its single closest learner ask (``ASK_WEIGHT`` in
``search.py``), so a fresh question gains only when it happens to resemble one ask closely. A linear
classifier trained on every ask, passage and sentence of every section learns which directions of
the embedding space point at that section, which carries over to questions nobody wrote an ask for.
Measured (stop 22, ``benchmarks/eval_learner.py``): on the fresh probe halves nobody worked against
185 -> 195 of 253, the read sets 678 -> 681 of 712, and the four held-out sets 175 -> 181 of 220.
It learned from whole questions, so ``search.py`` uses it for those only (not for a follow-up
searched with its topic, nor for a comparison's side fragments).

The classifier is trained once, by ``make vectors``, with scikit-learn's ``LogisticRegression`` and
shipped as ``knowledge/index/router.npz`` (one weight row and bias per section, about 180 KB). Its
key covers the texts of the vectors it learned from and the section order, so lessons or asks
edited without a rebuild make it stale: it is then trained again from the vectors in use (about
120 L-BFGS steps to convergence, seconds to a minute of CPU, once) and kept in the user cache,
like the vectors themselves. A damaged file is treated the same way. Answering never needs it:
without a router the ranking is what it was before it existed.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tutor.core import paths
from tutor.core.answering.learner import LearnerLanguage
from tutor.core.answering.npzfile import read_keyed_npz, write_npz
from tutor.core.knowledge import Course

MIX = 0.1  # a section's probability counts this much on top of its dense score (0.2 cost read sets)
REGULARISATION = 64.0  # scikit-learn's C: weaker penalties (C=16) and softer outputs measured alike
TOLERANCE = 1e-8  # trained to convergence (``train``): scikit-learn's 1e-4 stopped at 49 steps
FORMAT = 2  # bump when training changes, so every stored router becomes stale
SHIPPED_RELATIVE = Path("index") / "router.npz"
NAMESPACES = ("chunks", "sentences", "asks")  # the dense vectors it learns from, in key order
BAR = 0.3  # a vote: the first choice at least this likely (``votes_for``; stop 23) ...
LEAD = 2.0  # ... or at least this many times as likely as the runner-up (stop 33) ...
FLOOR = 0.2  # ... while still at least this likely


@dataclass(frozen=True)
class Router:
    """One linear score per section over a query vector; softmax makes them probabilities."""

    weights: np.ndarray  # (sections, dim) float32
    bias: np.ndarray  # (sections,) float32

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        """The chance, per section, that ``vector``'s question is about it (sums to 1)."""
        logits = self.weights @ vector + self.bias
        exp = np.exp(logits - logits.max())
        return (exp / exp.sum()).astype(np.float32)


def votes_for(probabilities: np.ndarray, position: int, bar: float = BAR, lead: float = LEAD) -> bool:
    """Does the router vote for the section at ``position``: its first choice, at least ``bar``
    likely, or at least ``lead`` times as likely as its runner-up and ``FLOOR`` likely?

    Why a lead besides the bar: the softmax spreads one unit of probability over every section,
    so a section's probability falls whenever OTHER sections gain learner asks that look a little
    like the question, although nothing about this section changed. Stop 32 lost good asks that
    way twice: workplace asks for the application sections moved "why does youtube keep showing
    me videos like the last one" from 0.58 to 0.28 for recommendation systems, under the bar,
    while recommendation stayed the router's clear first choice (2.2 times its runner-up). The
    ratio of two sections' probabilities is ``exp`` of the difference of their two logits only
    (the softmax's normaliser cancels), so asks added to a third section do not move it. The lead
    alone measured -6 +4 on the read cases (stop 33): a first choice at 0.4 with its runner-up at
    0.2 (a forecaster that "got better with more data": improving with data, then predictive
    analytics) is still a vote, so the bar keeps the votes it gave; and a lead at a low
    probability (0.15 against 0.07: a trademark's cost read as the cost of implementing AI) is a
    guess among many sections, not a vote, so the lead counts down to ``FLOOR`` only: it keeps
    the votes that asks elsewhere spread out, not votes the router never gave."""
    if probabilities.size < 2 or not probabilities.any() or int(np.argmax(probabilities)) != position:
        return False
    first, second = np.partition(probabilities, -2)[-2:][::-1] / probabilities.sum()
    return bool(first >= bar or (first >= FLOOR and first >= lead * second))


def router_key(section_ids: Sequence[str], vector_keys: Sequence[str]) -> str:
    """A hash of what the router is learned from: any change to it gives a new key."""
    digest = hashlib.sha256(f"router format={FORMAT} C={REGULARISATION} tol={TOLERANCE}\0".encode())
    for part in (*section_ids, "\1", *vector_keys):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def course_labels(course: Course, learner: LearnerLanguage) -> dict[str, np.ndarray]:
    """Per dense namespace (``corpus.dense_texts``), the section position of each of its rows."""
    position = {section.id: i for i, section in enumerate(course.sections)}
    return {
        "chunks": np.array([position[c.section_id] for c in course.chunks], dtype=np.int64),
        "sentences": np.repeat(np.arange(len(course.sections)), [len(s.sentences) for s in course.sections]),
        "asks": np.array([position[a.section_id] for a in learner.asks], dtype=np.int64),
    }


def train(examples: Sequence[tuple[np.ndarray, np.ndarray]], sections: int) -> Router:
    """Fit the classifier on (vectors, section positions) pairs.

    scikit-learn is imported here only: loading a shipped router must not pay for it. A section
    with no example at all keeps a very low bias, so it never gains from the router.

    Why trained to convergence (``TOLERANCE``; stop 36): with scikit-learn's default tolerance
    L-BFGS stopped after about 49 steps, far from the optimum, at a point that depends on the
    path the optimiser took. A small edit of the learner asks changes that path, so a retrain
    moved questions the edit had nothing to do with: five random asks removed changed the first
    choice of a median 115 of 9,692 read questions (``benchmarks/router_noise.py``). Trained to
    the optimum (about 120 steps, which no longer move at 1e-6 or 1e-8), the router is a function
    of its data alone and the same edit moves 85; what remains is the edit's real influence.
    """
    from sklearn.linear_model import LogisticRegression

    vectors = np.concatenate([v for v, _ in examples]).astype(np.float32)
    labels = np.concatenate([y for _, y in examples])
    model = LogisticRegression(C=REGULARISATION, tol=TOLERANCE, max_iter=3000)
    model.fit(vectors, labels)
    weights = np.zeros((sections, vectors.shape[1]), dtype=np.float32)
    bias = np.full(sections, -30.0, dtype=np.float32)
    weights[model.classes_] = model.coef_
    bias[model.classes_] = model.intercept_
    if len(model.classes_) == 2:  # binary: one row for the second class; the first is its mirror
        weights[model.classes_[0]], bias[model.classes_[0]] = -model.coef_[0] / 2, -model.intercept_[0] / 2
        weights[model.classes_[1]], bias[model.classes_[1]] = model.coef_[0] / 2, model.intercept_[0] / 2
    return Router(weights, bias)


def shipped_path() -> Path:
    """The router built by ``make vectors`` and shipped beside the course vectors."""
    return paths.knowledge_dir() / SHIPPED_RELATIVE


def cache_path() -> Path:
    return paths.cache_dir() / "router.npz"


def inspect(path: Path, key: str, sections: int, dim: int) -> tuple[Router | None, str | None]:
    """(router, None) when ``path`` holds a sound router for ``key``, else (None, why)."""
    arrays, why = read_keyed_npz(path, key, ("weights", "bias"))
    if arrays is None:
        return None, why
    weights = arrays["weights"]
    bias = arrays["bias"]
    if weights.shape != (sections, dim) or bias.shape != (sections,):
        return None, f"shape {weights.shape}, expected ({sections}, {dim})"
    if not (np.isfinite(weights).all() and np.isfinite(bias).all()):
        return None, "holds NaN or infinite values"
    return Router(weights, bias), None


def write(path: Path, key: str, router: Router) -> Path:
    """Store ``router`` under ``key`` (atomically; OSError is the caller's)."""
    return write_npz(path, {"key": np.array(key), "weights": router.weights, "bias": router.bias})


def load_router(
    key: str,
    examples: Callable[[], Sequence[tuple[np.ndarray, np.ndarray]]],
    sections: int,
    dim: int,
    on_status: Callable[[str], None] | None = None,
) -> Router | None:
    """The shipped router when it matches ``key``, else the user cache's, else one trained now
    from ``examples()`` and stored in the user cache (a read-only cache only costs the training
    again next time). None when training fails: retrieval then ranks without it."""
    router, _ = inspect(shipped_path(), key, sections, dim)
    if router is not None:
        return router
    try:
        cache = cache_path()  # creating the cache folder may be refused (a read-only home)
    except OSError:
        cache = None
    if cache is not None:
        router, _ = inspect(cache, key, sections, dim)
        if router is not None:
            return router
    if on_status is not None:
        on_status("Training the section router (once; cached afterwards)...")
    try:
        router = train(examples(), sections)
    except Exception:  # noqa: BLE001 - no scikit-learn, or a degenerate course: rank without it
        return None
    if cache is not None:
        with contextlib.suppress(OSError):
            write(cache, key, router)
    return router
