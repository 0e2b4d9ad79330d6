"""Everyday English words: whole words of the embedding model's WordPiece vocabulary.

Why a module of its own: the scope check (scope.py) and follow-up detection (conversation.py)
both ask whether a word foreign to the course is plain English ("crank", "grandma") or jargon
("backpropagation"), and scope.py already imports conversation.py.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["everyday_words", "is_everyday"]


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Whole words of MiniLM's WordPiece vocabulary (empty when the model is not installed)."""
    try:
        from tutor.core.answering.embeddings import model_dir

        path = Path(model_dir()) / "vocab.txt"
        lines = path.read_text(encoding="utf-8").split()
    except (OSError, ImportError):  # no model files: only the course vocabulary decides
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.islower())


def is_everyday(word: str, everyday: frozenset[str] | None = None) -> bool:
    """Is ``word`` an everyday English word or an inflected form of one ("squashing",
    "chopped", "payments")? WordPiece keeps many inflections as pieces, so they would
    otherwise look like jargon."""
    everyday = everyday_words() if everyday is None else everyday
    if word in everyday:
        return True
    for suffix, extra in (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)), ("s", ("",)), ("ly", ("",)),
                          ("ies", ("y",)), ("ied", ("y",)), ("er", ("", "e")), ("est", ("", "e"))):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            candidates = [base + e for e in extra]
            if len(base) > 3 and base[-1] == base[-2]:
                candidates.append(base[:-1])  # "chopped" -> "chop"
            if any(c in everyday for c in candidates):
                return True
    return False
