"""Everyday English words: whole words of the embedding model's WordPiece vocabulary.

Why a module of its own: the scope check (scope.py) and follow-up detection (conversation.py)
both ask whether a word foreign to the course is plain English ("crank", "grandma") or jargon
("backpropagation"), and scope.py already imports conversation.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from tutor.core import regex_cache as rx
from tutor.core.words import PEOPLE

__all__ = ["dictionary_words", "everyday_names", "everyday_words", "in_dictionary", "is_everyday"]


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


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The headwords of an English dictionary (GCIDE, about 114,000 words, from the
    ``english-words`` package; empty when it is not installed).

    Why, beside MiniLM's vocabulary: that vocabulary holds only some 20,000 whole words, so plain
    but less common English ("mitigate", "rationale", "deterministic", "pragmatic") looked like
    jargon the course never teaches, and "how do companies mitigate bias in hiring models" was
    declined as "The course does not cover companies mitigate bias". The dictionary is asked only
    whether an unknown word is English at all (``in_dictionary``), never to mend typos: it also
    holds archaic spellings that would block corrections. Loaded on first use (about 60 ms)."""
    try:
        from english_words import get_english_words_set

        return frozenset(get_english_words_set(["gcide"], alpha=True, lower=True))
    except Exception:  # noqa: BLE001 - not installed or unreadable: MiniLM's vocabulary alone decides
        return frozenset()


# Machine-learning jargon that the dictionary holds as English too, which MiniLM's vocabulary does
# not: these stay unknown words, so the scope check judges them as before, with retrieval's
# guard (a well-matched "what is the optimiser doing each step" is gradient descent; "how do i
# pick the right optimizer?" is not covered).
_ML_JARGON_IN_DICTIONARY = frozenset(
    """optimizer optimizers optimiser optimisers sigmoid stochastic tensor tensors epoch epochs recurrent
    pruning distillation convolution convolutions embedding embeddings gaussian boosting pooling annealing
    covariance manifold manifolds heuristic heuristics""".split()
)


@lru_cache(maxsize=1)
def everyday_names() -> dict[str, str]:
    """Everyday products, services and companies (``knowledge/everyday_names.toml``), each with
    the noun it is read as: {"duolingo": "app", "paypal": "bank", ...} (empty when the file is
    missing or bad).

    Why: a learner's example ("how does duolingo decide which exercise to give me next") is
    neither an English word nor a course word, so it looked like untaught jargon and sank
    retrieval below the scope bar; the question is about what the product does."""
    import tomllib

    from tutor.core import paths

    try:
        data = tomllib.loads((paths.knowledge_dir() / "everyday_names.toml").read_text(encoding="utf-8"))
        return {
            str(name).lower(): str(kind["noun"]) for kind in data.get("kind", []) for name in kind.get("names", [])
        }
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, AttributeError, KeyError, TypeError):
        return {}


@lru_cache(maxsize=1)
def _names_pattern() -> re.Pattern[str] | None:
    names = everyday_names()
    if not names:
        return None
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"\b(?:(?:the|my|a|an|our|your|their)\s+)?(?P<name>{alternatives})(?:'s)?\b", re.I)


def read_names_as_kinds(text: str) -> str:
    """``text`` with each everyday name read as its kind: "how does duolingo decide ..." ->
    "how does the app decide ..." (a possessive goes with the name: "grammarly's" -> "the app")."""
    pattern = _names_pattern()
    if pattern is None:
        return text
    names = everyday_names()
    return pattern.sub(lambda m: "the " + names[m.group("name").lower()], text)


def in_dictionary(word: str) -> bool:
    """Is ``word`` plain English, everyday or not: an everyday word, or a dictionary word or an
    inflected form of one ("ramifications")? Jargon the dictionary also holds ("sigmoid",
    "optimizer") is not: the scope check and the untaught-terms lexicon judge it."""
    if is_everyday(word):
        return True
    if word.startswith("un") and len(word) >= 6 and in_dictionary(word[2:]):
        # "come unstuck", "unplugged": the negative of a plain word is plain English, however
        # rarely a dictionary lists it ("come unstuck" was declined as an untaught term).
        return True
    return word not in _ML_JARGON_IN_DICTIONARY and is_everyday(word, dictionary_words())


# Contractions typed without the apostrophe ("cant", "arent") and a few chat words: everyday
# words, never slips of a course word (the typo fixer turned "cant" into "cat", "arent" into "agent", "wasnt" into "want").
CONTRACTIONS = frozenset(
    """cant wont isnt arent wasnt werent doesnt dont didnt hasnt havent hadnt couldnt wouldnt shouldnt
    mustnt neednt aint im ive youre youve youd theyre theyve theyd weve whats thats theres heres whos
    hows wheres whens whys lets shes hes""".split()
    # Chat words MiniLM's vocabulary lacks whole, each one slip from a course word ("scams" ->
    # "scans", "hubby" -> "hobby", "sorta" -> "sort"): found by checking some 300 everyday words.
    + "scam scams scammer scammers scammy hubby sorta".split()
    # Clipped words in the plural, whose singular MiniLM knows but not the "-s" form ("grads" ->
    # "grabs", "unis" -> "units" sent a CV-screening question to feature scaling): found by
    # checking some 60 clipped words (grad, uni, prof, stats, vocab, convo, fave, comp, ...).
    + "grads unis convos faves comps".split()
    # British everyday words for people, one slip from a course word ("blokes" -> "blocks",
    # "fellas" -> "feels", "missus" -> "misses": "turning down older blokes" was searched as
    # blocks); found by checking some 30 British chat words (stop 37).
    + "bloke blokes fella fellas missus".split()
)


def is_everyday(word: str, everyday: frozenset[str] | None = None) -> bool:
    """Is ``word`` an everyday English word or an inflected form of one ("squashing",
    "chopped", "payments")? WordPiece keeps many inflections as pieces, so they would
    otherwise look like jargon."""
    everyday = everyday_words() if everyday is None else everyday
    if word in everyday or word in CONTRACTIONS or word in everyday_names():
        return True
    for suffix, extra in (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)), ("s", ("",)), ("ly", ("",)),
                          ("ies", ("y",)), ("ied", ("y",)), ("er", ("", "e")), ("est", ("", "e")),
                          # ("which is sneakier / pricier / riskier": the comparative of a "-y"
                          # adjective is the verdict a comparison asks, not an untaught term.)
                          ("ier", ("y",)), ("iest", ("y",)),
                          ("y", ("", "e")),  # "rubbishy", "bouncy": an adjective made from a word
                          # (stop 44: "loaves", "knives", "shelves": the plural of a word in -f or
                          # -fe; "loaves" had been mended into the course's "leaves".)
                          ("ves", ("f", "fe"))):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            candidates = [base + e for e in extra]
            if len(base) > 3 and base[-1] == base[-2]:
                candidates.append(base[:-1])  # "chopped" -> "chop"
            if any(c in everyday for c in candidates):
                return True
    return False


MAX_READINGS = 4
_CLAUSE_BREAK = rx.compile(r"\s*(?:[,;:!?.]+|\s-\s|\bbut\b)\s*", re.IGNORECASE)
# (Any auxiliary opens a question, negated or in the past too: "was the machine lying to us on
# purpose?", "isn't that number meaningless?", "did it copy my photos?".)
_ASKING = rx.compile(
    r"\b(?:how|what|why|which|when|where|who|(?:can|could|is|are|was|were|does|do|did|will|would|should|has|have)"
    r"(?:n'?t)?|can'?t|won'?t)\b",
    re.IGNORECASE,
)


def narrowed(question: str) -> list[str]:
    """Shorter readings of a question that fell out of scope, to search again: the question with
    the people it mentions made neutral, then each of its clauses that asks something, then the
    question with the everyday products it names read as their kind ("the app"). Only
    for a question the course did not recognise: they never replace one it did."""
    readings: list[str] = []
    neutral = PEOPLE.sub("someone", question)
    if neutral != question:
        readings.append(neutral)
    clauses = [c for c in _CLAUSE_BREAK.split(neutral) if c and len(c.split()) >= 3 and _ASKING.search(c)]
    if len(clauses) > 1:
        readings += [c for c in clauses if c not in readings]
    # "how does duolingo decide ...": a product named is the learner's example, read as its kind
    # (after the readings above: a name the learner asks share, such as spotify, still leads them).
    named = read_names_as_kinds(neutral)
    if named != neutral:
        readings.append(named)
    # Each reading costs a search (an embedding pass): a long pasted message is read by its
    # first reading and its last clauses, where the question usually is.
    return readings[:1] + readings[1:][-(MAX_READINGS - 1):] if len(readings) > MAX_READINGS else readings
