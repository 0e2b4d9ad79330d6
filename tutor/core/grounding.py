"""Which sentences of a generated answer have no support in the retrieved passages?

This is the hallucination lesson made visible: the model writes fluent sentences, and some of
them say things the course passages never said. We cannot check truth, but we can check
*support*: does any passage say something close to this sentence?

The rule, per sentence of the answer:

1. **Meaning**: the sentence is embedded with the same MiniLM model retrieval uses and compared
   (cosine) with every sentence of every passage and with each passage as a whole; ``similarity``
   is the best match.
2. **Words**: ``overlap`` is the share of the sentence's content words (stop words removed,
   stemmed: "learns" = "learning") that occur in that best passage.
3. ``score = MEANING_WEIGHT * similarity + (1 - MEANING_WEIGHT) * overlap``; the sentence is
   **supported** when ``score >= SUPPORTED_SCORE``, or when ``similarity >= STRONG_SIMILARITY`` on its
   own (a faithful paraphrase with different words).

Sentences with fewer than ``MIN_CONTENT_WORDS`` content words ("Sure!", "I hope this helps.")
make no claim and are not marked. The check is deliberately simple and errs both ways: a
sentence that reuses the passage's words but flips its meaning ("overfitting helps on new data")
can pass, so a mark means "no passage says this", and no mark does not mean "true". The
thresholds were set on a handful of clearly supported and clearly invented sentences
(``tests/core/test_grounding.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from tutor.core.generation.prompts import passage_text
from tutor.core.words import CLAIM_STOPWORDS, content_words, stems

MEANING_WEIGHT = 0.6
SUPPORTED_SCORE = 0.5
STRONG_SIMILARITY = 0.75
MIN_CONTENT_WORDS = 2

# a sentence runs to . ! or ? (with any closing quotes or brackets) followed by a space or the end
_SENTENCE = re.compile(r"\S.*?(?:[.!?]+[\"')\]]*(?=\s|$)|$)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*\u2022]|\d+[.)])\s+")

class Embedder(Protocol):
    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length vectors, one row per text."""


@dataclass(frozen=True)
class SentenceSupport:
    """One sentence of a generated answer and how well the passages back it."""

    sentence: str
    supported: bool
    passage: int | None  # index of the best-matching passage (None when there are no passages)
    score: float  # the combined score (0..1) that ``supported`` is decided on
    similarity: float  # best cosine between the sentence and a passage (or one of its sentences)
    overlap: float  # share of the sentence's content words found in that passage
    claim: bool  # False for sentences too short to claim anything (never marked)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``: split after . ! ? followed by space, and at line breaks.

    List markers ("- ", "2. ") are dropped so a bulleted answer reads as sentences too.
    """
    parts = []
    for line in text.splitlines():
        line = _LIST_MARKER.sub("", line).strip()
        parts.extend(m.group(0).strip() for m in _SENTENCE.finditer(line) if m.group(0).strip())
    return parts


def _claim_stems(text: str) -> set[str]:
    """Stems of the words in ``text`` that can carry a claim."""
    # single digits are list numbering, not facts; years and figures are kept
    words = content_words(text, CLAIM_STOPWORDS)
    return set(stems(w for w in words if not (w.isdigit() and len(w) == 1)))


def check(answer: str, passages: Sequence[Any], embedder: Embedder | None = None) -> list[SentenceSupport]:
    """Mark each sentence of ``answer`` as supported by ``passages`` or not (rule in module doc).

    ``passages`` are strings or retrieval ``Source`` objects (``.text``); ``embedder`` defaults to
    ``tutor.core.answering.embeddings.load_embedder()``.
    """
    sentences = split_sentences(answer)
    if not sentences:
        return []
    texts = [passage_text(p) for p in passages]
    content = [_claim_stems(s) for s in sentences]
    claims = [len(words) >= MIN_CONTENT_WORDS for words in content]
    if not any(t.strip() for t in texts):
        return [SentenceSupport(s, not c, None, 0.0, 0.0, 0.0, c) for s, c in zip(sentences, claims)]

    # every passage is compared whole and sentence by sentence; ``owner`` maps rows to passages
    units, owner = [], []
    for index, text in enumerate(texts):
        for piece in [text, *split_sentences(text)]:
            if piece.strip():
                units.append(piece)
                owner.append(index)
    if embedder is None:
        from tutor.core.answering.embeddings import load_embedder

        embedder = load_embedder()
    vectors = embedder.encode(sentences + units)
    cosines = vectors[: len(sentences)] @ vectors[len(sentences):].T  # (sentences, units)
    owner_array = np.asarray(owner)
    passage_words = [_claim_stems(t) for t in texts]

    results = []
    for row, sentence in enumerate(sentences):
        per_passage = np.full(len(texts), -1.0)
        np.maximum.at(per_passage, owner_array, cosines[row])
        overlaps = np.array([
            len(content[row] & words) / len(content[row]) if content[row] else 0.0
            for words in passage_words
        ])
        scores = MEANING_WEIGHT * np.clip(per_passage, 0, 1) + (1 - MEANING_WEIGHT) * overlaps
        best = int(np.argmax(scores))
        similarity, overlap, score = float(per_passage[best]), float(overlaps[best]), float(scores[best])
        supported = not claims[row] or score >= SUPPORTED_SCORE or similarity >= STRONG_SIMILARITY
        results.append(SentenceSupport(sentence, supported, best if claims[row] else None, round(score, 4),
                                       round(similarity, 4), round(overlap, 4), claims[row]))
    return results
