"""The course's words, and a learner's misspelling of one mended.

Why a module of its own: every scope check asks first whether a word is the course's, and a
learner's slip of the keyboard ("temprature", "lerning"), a slip that keeps the stem
("overfiting"), two course words run together ("machinelearning") or a spelling by ear
("desicion", "hallucinashun") is still the course's word, never untaught jargon.
``CourseVocabulary`` holds the words and mends them; the rules for one slip and for sounding
alike are here with it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from itertools import pairwise

from tutor.core import regex_cache as rx
from tutor.core.answering.everyday import everyday_words, in_dictionary, is_everyday
from tutor.core.words import stem, tokenize

TYPO_RATIO = 0.8  # difflib similarity at or above which a word counts as a misspelt course word
MIN_LENGTH = 4  # shorter unknown words ("u", "im", "pls") are chat shorthand, not terms
RUN_TOGETHER_LENGTH = 8  # shorter unknown words are not searched for two course words run together
DICTIONARY_LENGTH = 5  # a dictionary word this long is never mended into another word ("payers")
TWO_SLIPS_LENGTH = 10  # an unknown word this long may be two slips from a course word ("predictor" is 9)
TWO_SLIPS = 2  # ... and no more: "confidential" is three letters from "confidently"
SOUND_LENGTH = 6  # shorter unknown words are not matched by sound (names: "lensa" is not "lens")
SOUND_SLIPS_LENGTH = 8  # a word this long may be spelt by ear with any two slips of its vowels


# Spellings that sound alike, as learners write them: "-tion", "-sion", "-ssion", "-cion", "-shun"
# all end in one sound; a soft "c" is an "s", a hard one a "k"; "ph" is "f"; "z" is "s"; "j" is "g".
_SPELLINGS = rx.compile(r"(?P<shn>(?:t|s|c|sh)(?:io|ia|u)n(?=s?$))|ph|ck|[cqzjx]")
_SOUNDS = {"ph": "f", "ck": "k", "c": "k", "q": "k", "z": "s", "j": "g", "x": "ks"}
_DOUBLED = rx.compile(r"(.)\1+")
_INNER_VOWELS = rx.compile(r"(?<=.)[aeiouy]+")
_OPENING = rx.compile(r"[^aeiouy]*[aeiouy]+")  # a sound's opening syllable: "de" of "desishn"


def _one_sound(match: re.Match[str]) -> str:
    spelt = match.group(0)
    if match.group("shn"):
        return "shn"
    if spelt == "c":
        return "s" if match.end() < len(match.string) and match.string[match.end()] in "eiy" else "k"
    return _SOUNDS[spelt]


def sound(word: str) -> str:
    """How ``word`` sounds, roughly, as a spelling: doubled letters single, and the spellings of
    one sound made one ("desicion" and "decision" both give "desishn")."""
    return _DOUBLED.sub(r"\1", _SPELLINGS.sub(_one_sound, _DOUBLED.sub(r"\1", word.lower())))


def sound_skeleton(word: str) -> str:
    """The consonants of ``sound(word)`` (and its first letter): where spellings of one word by
    ear differ most is in the vowels ("independant", "beleive", "labled")."""
    return _INNER_VOWELS.sub("", sound(word))


def sounds_alike(word: str, known: str) -> bool:
    """Is ``word`` a learner's spelling by ear of ``known`` ("desicion" for "decision", "regretion"
    for "regression", "hallucinashun" for "hallucination", "acheive" for "achieve", "homwork" for
    "homework", "independant" for "independent")?

    The same consonants in the same order once the spellings of one sound are made one, the same
    opening syllable (learners hear the stressed start right and misspell the unstressed vowels
    after it: "splatting" is not "splitting"), at most two letters apart in sound and a few as
    written. A short word (under ``SOUND_SLIPS_LENGTH`` letters) may differ only by a vowel added,
    dropped or two vowels swapped ("beleive"): short jargon is often a vowel from a plain word
    ("jupyter", "convnet")."""
    if len(word) < SOUND_LENGTH or word == known or sound_skeleton(word) != sound_skeleton(known):
        return False
    heard, meant = sound(word), sound(known)
    opening = _OPENING.match(heard)
    if opening is None or not meant.startswith(opening.group(0)):
        return False
    if edit_distance(word, known) > max(2, len(word) // 4):
        return False
    if len(word) >= SOUND_SLIPS_LENGTH:
        return edit_distance(heard, meant) <= 2
    if heard == meant or (abs(len(heard) - len(meant)) == 1 and one_slip(heard, meant)):
        return True  # the same sound, or a vowel more or less (the consonants are the same)
    return len(heard) == len(meant) and one_slip(heard, meant) and sorted(heard) == sorted(meant) and all(
        a in "aeiouy" for a, b in zip(heard, meant, strict=True) if a != b
    )  # two vowels swapped: "ei" for "ie"


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: letters added, dropped or changed to turn ``a`` into ``b``."""
    previous = list(range(len(b) + 1))
    for i, left in enumerate(a, 1):
        current = [i]
        for j, right in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left != right)))
        previous = current
    return previous[-1]


def spelling_variant(word: str, other: str) -> bool:
    """Are ``word`` and ``other`` one word spelt two ways: written apart or hyphenated
    ("tradeoff" / "trade off"), British and American ("summarize" / "summarise", "practise" /
    "practice"), or with a doubled letter ("unlabeled" / "unlabelled")?"""

    def plain(w: str) -> str:
        return _DOUBLED.sub(r"\1", re.sub(r"[\s-]+", "", w.lower()).replace("z", "s").replace("c", "s"))

    return plain(word) == plain(other)


def one_slip(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one typing slip apart: one letter added, dropped, changed, or two
    neighbours swapped?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a, end_b = end_a - 1, end_b - 1
    left, right = a[start:end_a], b[start:end_b]
    if len(left) <= 1 and len(right) <= 1:
        return True
    return len(left) == len(right) == 2 and left == right[::-1]


def extends(word: str, known: str) -> bool:
    """Is ``word`` the word ``known`` with letters added at its end, other than a doubled last
    letter or a plural's "s" or "z" ("blurb" of "blur", "crypto" of "crypt", not "tokenn" of
    "token" nor "stepz" of "step")? Such a word is another word the learner wrote, not a slip of
    ``known``: the mender had turned "write a blurb" into "write a blur" and "crypto mining" into
    "crypt mining"."""
    extra = word[len(known):]
    # (A plural typed by ear, "stepz", is the word itself: "steps".)
    return len(word) > len(known) and word.startswith(known) and extra[0] != known[-1] and extra not in ("s", "z", "es")


class CourseVocabulary:
    """The course's words (as written and stemmed) with a typo-tolerant membership test."""

    def __init__(self, texts: Iterable[str], stems: Iterable[str] = (), learner_stems: Iterable[str] = ()) -> None:
        words: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for text in texts:
            tokens = tokenize(text)
            words.update(tokens)
            pairs.update(pairwise(tokens))
        self.words = frozenset(words)
        # Two words the course writes side by side ("machine learning", "training data"): a
        # learner who runs them together ("machinelearning") means them.
        self.pairs = frozenset(pairs)
        self.stems = frozenset(stems) | {stem(w) for w in words}
        # Words learners use for course ideas (asks, glossary): known, but never a correction
        # target, since the glossary also lists common misspellings ("reinforcment").
        self.learner_stems = frozenset(learner_stems)
        self._typos: dict[str, str | None] = {}
        # Candidates by (first letter, length): a misspelling rarely changes the first letter,
        # and difflib over a few hundred words instead of thousands keeps a question fast.
        self._by_length: dict[tuple[str, int], list[str]] = {}
        for word in words:
            self._by_length.setdefault((word[:1], len(word)), []).append(word)
        # Course words, then everyday words, by the consonants of their sound (built on first use).
        self._by_sound: dict[str, list[str]] | None = None
        self._sounded: dict[str, str | None] = {}

    def knows(self, word: str) -> bool:
        """Is ``word`` a course word, a form of one ("labelled"/"labels"), or a typo of one?"""
        if word in self.words or stem(word) in self.stems or stem(word) in self.learner_stems:
            return True
        typo = self.typo_of(word)
        # A slip of the keyboard, or a long word two slips from one ("reinforcment lerning",
        # "hallucinaiton"), the limit ``correct`` mends; a short jargon word merely similar to a
        # course word ("convnets" ~ "connect") is not one, nor a long word three letters from one
        # ("confidential" is no typo of "confidently").
        if typo is not None and (
            one_slip(word, typo)
            or (len(word) >= TWO_SLIPS_LENGTH and typo[0] == word[0] and edit_distance(word, typo) <= TWO_SLIPS)
        ):
            return True
        if len(word) >= RUN_TOGETHER_LENGTH and self.run_together(word) is not None:
            return True
        return (heard := self.spelt_by_ear(word)) is not None and heard in self.words

    def spelt_by_ear(self, word: str) -> str | None:
        """The course word, or else the everyday word, that ``word`` spells by ear ("desicion" ->
        "decision", "acheive" -> "achieve"), or None.

        Why: learners spell what they hear, and such spellings are often two letters from the
        word ("desicion", "beleive", "tommorow"), beyond the one-slip typo rule; the scope check
        then took them for jargon the course never teaches ("The course does not cover desicion
        tree", "... does not cover homwork"). Everyday words count too: a misspelt plain word is
        still plain, never a term. The matches are strict (the same consonants in the same order,
        see ``sounds_alike``), so jargon such as "perceptron" (not "perception") stays unknown."""
        if word in self._sounded:
            return self._sounded[word]
        if word in self.words or is_everyday(word):
            return None
        if self._by_sound is None:
            self._by_sound = {}
            for known in [*sorted(self.words), *sorted(everyday_words() - self.words)]:
                if len(known) >= SOUND_LENGTH - 1 and known.isalpha():
                    self._by_sound.setdefault(sound_skeleton(known), []).append(known)
        heard = None
        if len(word) >= SOUND_LENGTH and word.isalpha():
            alike = [
                k for k in self._by_sound.get(sound_skeleton(word), []) if sounds_alike(word, k) and not extends(word, k)
            ]
            # The nearest in sound, then as written; a course word before an everyday one.
            alike.sort(key=lambda k: (edit_distance(sound(word), sound(k)), edit_distance(word, k), k not in self.words))
            heard = alike[0] if alike else None
        if len(self._sounded) > 4096:
            self._sounded.clear()
        self._sounded[word] = heard
        return heard

    def correct(self, text: str) -> str:
        """``text`` with misspelt course words corrected ("temprature" -> "temperature"), so
        retrieval meets them; everyday and unknown words stay as they are."""
        everyday = everyday_words()

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            low = word.lower()
            # An everyday word or a form of one ("checker", "faker") is what the learner meant,
            # not a slip: "checker" must not become the course's "checked".
            if len(low) < MIN_LENGTH or low in self.words or is_everyday(low, everyday):
                return word
            fixed = self.typo_of(low)
            if fixed is not None and len(low) >= DICTIONARY_LENGTH and in_dictionary(low) and not spelling_variant(low, fixed):
                # (stop 49) A dictionary word is what the learner wrote, not a slip of a course
                # word: "late payers" was searched as "late papers", "sentient" as "sentiment",
                # "lenders" as "leaders". Only its other spellings are mended ("summarize",
                # "unlabeled", "tradeoff"); shorter words are left to the checks below, since the
                # dictionary also holds old spellings that are common slips ("wich", "wher").
                return word
            # Conservative: same first letter and one slip of the keyboard ("temprature",
            # "lerning"), so "kmeans" never becomes "means" nor "phishing" "pushing".
            slip = fixed is not None and fixed[0] == low[0] and one_slip(low, fixed) and not extends(low, fixed)
            if stem(low) in self.stems:
                # A slip that keeps the stem ("overfiting", "reinforcment"): keyword search
                # already meets it, the embedding does not (MiniLM cuts it into odd pieces).
                # Another form of the word ("shoppers", "decodes") stays as written.
                same = slip and stem(fixed) == stem(low) and not (fixed.startswith(low) or low.startswith(fixed))
                return fixed if same else word
            if slip:
                return fixed
            if len(low) >= RUN_TOGETHER_LENGTH:
                split = self.run_together(low)
                if split is not None:
                    return split
            # A long word two slips from a course word ("reccomendation", "hallucinaiton"):
            # long enough that no real word sits that close to another.
            if fixed and len(low) >= TWO_SLIPS_LENGTH and fixed[0] == low[0] and edit_distance(low, fixed) <= TWO_SLIPS:
                return fixed
            # Spelt by ear ("desicion", "regretion", "acheive"): the word meant. A dictionary
            # word is what the learner wrote, even when it sounds like another.
            heard = None if in_dictionary(low) else self.spelt_by_ear(low)
            return heard if heard is not None else word

        return re.sub(r"[^\W\d_]+", fix, text)

    def run_together(self, word: str) -> str | None:
        """``word`` cut into two words the course writes side by side ("machinelearning" ->
        "machine learning"), or None."""
        for cut in range(2, len(word) - 1):
            if (word[:cut], word[cut:]) in self.pairs:
                return f"{word[:cut]} {word[cut:]}"
        return None

    def typo_of(self, word: str) -> str | None:
        """The course word ``word`` is most likely a misspelling of (None when none is close).
        Remembered per word: difflib over a few thousand candidates costs tens of ms."""
        if word in self._typos:
            return self._typos[word]
        if len(self._typos) > 4096:
            self._typos.clear()
        self._typos[word] = found = self._closest(word)
        return found

    def _closest(self, word: str) -> str | None:
        candidates = [w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get((word[:1], n), [])]
        close = difflib.get_close_matches(word, candidates, n=3, cutoff=TYPO_RATIO)
        # The closest by difflib's ratio is not always the one slip away: "completly" is nearer
        # "complete" by ratio, but one letter from "completely".
        return next((c for c in close if one_slip(word, c)), close[0] if close else None)
