"""A name written as one ("zkML", "NILM", "AlphaFold2") that the question asks about.

Why a module of its own: such a name is too short for the word check's jargon length or one of
many content words in a long question, so its form (capitals inside a word, letters with digits,
an acronym) and where the question puts it (asked about, named twice, pointed back at with "it")
are what mark it as the thing asked about.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering.everyday import in_dictionary, is_everyday
from tutor.core.answering.subjects import SUBJECT_WORDS
from tutor.core.answering.vocabulary import MIN_LENGTH, CourseVocabulary
from tutor.core.answering.who_asks import asking_part, without_introduction
from tutor.core.words import stem

# ---------------------------------------------------------------------------------------------
# A name written as one (stop 34, benchmarks/probes/zlimits34-s34): products and techniques of
# other trades are written with capitals inside a word after a small letter ("zkML", "scGPT",
# "TabPFN", "ClaimBuster", "nnU-Net"), with letters and digits in one word ("AlphaFold2", "ESM-2"),
# or as an acronym of three letters or more ("NILM", "UEBA", "PINNs"); hyphened parts stay in it.
# ---------------------------------------------------------------------------------------------
_WRITTEN_WORD = rx.compile(r"(?<![\w'-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![\w-])(?!'s)")
_NAME_FORM = rx.compile(r"[a-z][A-Z]|[A-Za-z]-?\d")
_ACRONYM = rx.compile(r"[A-Z]{3,}s?(?:-[A-Z0-9]+)*")
# What the learner asks of a thing named in the asking sentence: whether it is any good ("is X
# legit", "are X hype"), how it does something ("how does X decide", "how do X work"), what it is.
JUDGED = (
    r"(?:legit\w*|real|hype\w*|overhyped|a\s+scam|any\s+good|worth\s+\w+|safe|reliable|accurate|trustworthy|"
    r"snake\s+oil|the\s+real\s+deal|proven|a\s+thing)"
)
_ASKED_OF = (
    r"\b(?:is|are|isn'?t|aren'?t)\s+(?:the\s+|an?\s+|our\s+|my\s+|their\s+)?{name}(?:\s+[\w-]+){{0,2}}?\s+{judged}\b|"
    r"\bhow\s+(?:does|do|did|can|could|would|will|is|are)\s+(?:the\s+|an?\s+|our\s+|my\s+|their\s+|your\s+)?{name}\b|"
    r"\bwhat\s+(?:is|are|was|were|'s|s|does)\s+(?:the\s+|an?\s+)?{name}\b|"
    r"\b(?:explain|heard\s+(?:of|about)|tell\s+me\s+about)\s+(?:the\s+|an?\s+)?{name}\b"
)
# A sentence that asks about a thing named before it by a pronoun: "how does it pick ...".
_POINTER_ASKS = rx.compile(
    r"^\W*(?:how|what|why|is|are|does|do|can|could|would|will|should)\b(?:\s+\w+){0,2}?\s+(?:it|its|they|their|them)\b",
    re.IGNORECASE,
)


def _spelt_out(acronym: str, question: str) -> str | None:
    """The words of ``question`` whose first letters spell ``acronym`` ("BKT" -> "bayesian
    knowledge tracing"), or None: the learner wrote the name out too, and reads it back."""
    letters = acronym.lower().rstrip("s") if _ACRONYM.fullmatch(acronym) else ""
    words = re.findall(r"[A-Za-z][\w'-]*", question)
    for i in range(len(words) - len(letters) + 1 if len(letters) >= 2 else 0):
        run = words[i : i + len(letters)]
        if "".join(w[0].lower() for w in run) == letters and run[0].lower() != acronym.lower():
            return " ".join(run)
    return None


def _shouted_everyday(word: str, vocabulary: CourseVocabulary, shouting: bool) -> bool:
    """Is ``word`` an acronym-shaped capital word that spells an everyday word or a person's name
    ("ELIZA", "SLAM"), in a message not written in capitals, and no word of the course's? Such a
    word is a name only when the question treats it as one (named twice, or named in one sentence
    and asked about as "it" in the next: ``written_name``)."""
    if shouting or not _ACRONYM.fullmatch(word):
        return False
    whole, first = word.lower(), re.split(r"[-\d]", word)[0].lower()
    if not first or whole in SUBJECT_WORDS or first in SUBJECT_WORDS:
        return False
    if _known_exactly(whole, vocabulary) or _known_exactly(first, vocabulary):
        return False
    return is_everyday(whole) or is_everyday(first)


def _name_written(word: str, vocabulary: CourseVocabulary, shouting: bool, question: str = "") -> bool:
    """Is ``word`` written as a name (``_NAME_FORM`` or ``_ACRONYM``) that the course, its
    learners' words, the subject's words and everyday English never use? Its first part decides
    ("GPT-4o" is a version of the course's GPT; "nnU-Net" opens with its own name), and an
    acronym that spells an everyday word ("SLAM", "GEO") is only that word shouted, as is every
    capital word of a message written in capitals."""
    acronym = bool(_ACRONYM.fullmatch(word))
    if not (_NAME_FORM.search(word) or acronym) or (acronym and shouting):
        return False
    first = re.split(r"[-\d]", word)[0].lower()
    whole = word.lower()
    if not first or whole in SUBJECT_WORDS or first in SUBJECT_WORDS:
        return False
    if _known_exactly(whole, vocabulary) or _known_exactly(first, vocabulary):
        return False
    if is_everyday(whole) or is_everyday(first):
        # "SLAM": an everyday word in capitals is a name only when named so twice (``written_name``)
        return acronym and not shouting and len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", question)) >= 2
    return not (acronym and in_dictionary(first) and len(first) <= MIN_LENGTH)


# What an organisation does with the subject's tools, said after its name ("how does the NHS use
# ai", "how does HMRC catch fraud with machine learning"): the name is the user, not the technique.
_USES_THE_SUBJECT = rx.compile(
    r"^\W*(?:use|uses|apply|applies|deploy|deploys|employ|employs|leverage|leverages|adopt|adopts)\b|"
    r"\b(?:ai|a\.i\.|ml|machine\s+learning|artificial\s+intelligence|gen\s*ai|generative\s+ai)\b",
    re.IGNORECASE,
)


_WORD_CHARACTER = rx.compile(r"[\w-]")
_CAPITALISED_NEXT = rx.compile(r"\s+([A-Z][\w-]*)")


def _names_the_maker(word: str, question: str, vocabulary: CourseVocabulary) -> bool:
    """Is ``word`` followed by a capitalised word the course itself uses, a product it names
    ("GitHub Copilot", "FHE-based ML")? Then ``word`` only says whose it is: the product is asked
    about, and it is the course's."""
    after = _capitalised_after(word, question)
    return after is not None and _known_exactly(after.lower(), vocabulary)


def _capitalised_after(word: str, question: str) -> str | None:
    r"""The capitalised word right after the first ``word`` of ``question`` that starts a word
    and is followed by one, as ``re.search(rf"(?<![\w-]){re.escape(word)}\s+([A-Z][\w-]*)")``
    finds it. Why not that pattern: it is made for every word of every question, and compiling
    it (~0.3 ms, ``re`` caches 512 patterns and these pushed the package's own out) cost more
    than all the rest of ``written_name``; two patterns compiled at import do the same."""
    start = question.find(word)
    while start != -1:
        if start == 0 or not _WORD_CHARACTER.match(question, start - 1):
            after = _CAPITALISED_NEXT.match(question, start + len(word))
            if after is not None:
                return after.group(1)
        start = question.find(word, start + 1)
    return None


def _known_exactly(word: str, vocabulary: CourseVocabulary) -> bool:
    """Is ``word`` a course word, a form of one or a learners' word, typos not mended ("LANDR" is
    no slip of "land", nor "zkML" of anything)?"""
    return word in vocabulary.words or stem(word) in vocabulary.stems or stem(word) in vocabulary.learner_stems


def written_name(question: str, vocabulary: CourseVocabulary) -> str | None:
    """The name ``question`` asks about when it is written as one (see the block comment above)
    and the course never uses it, or None: named where the asking sentence puts its topic ("is
    zkML legit", "how does NILM decide", "what is TabPFN"), named twice, or named in a sentence
    before one that asks about "it" ("our newsroom started using ClaimBuster. how does it pick
    ...").

    Why: such a word is too short for the word check's jargon length ("zkML", "NILM") or one of
    many content words in a long question, so the decline named another word ("The course does
    not cover on-chain" for "is zkML legit? ... how does zkML work"), or the question was answered
    from a section sharing its other words. The form alone does not make the topic: a name
    mentioned in passing ("on our ERP", "Core ML's palettization") is colour."""
    words = _WRITTEN_WORD.findall(question)
    shouting = sum(1 for w in words if w.isupper() and len(w) > 1) * 2 > len(words)
    asking = asking_part(question)
    # (who asks is no thing "it" points at: "SLT here, the dictation software ... is it unfair?")
    told = without_introduction(question).strip()
    before = told[: told.rfind(asking)] if asking in told and asking != told else ""
    for word in dict.fromkeys(words):
        if _names_the_maker(word, question, vocabulary):
            continue
        pointed = (
            word in before and bool(_POINTER_ASKS.match(asking))
            and not any(_name_written(w, vocabulary, shouting, question) for w in _WRITTEN_WORD.findall(asking))
        )
        if not _name_written(word, vocabulary, shouting, question):
            if pointed and _shouted_everyday(word, vocabulary, shouting):
                # "someone told me ELIZA was a therapy chatbot from the 60s. how did it work?": a
                # name in capitals that is also a person's name or a word, told and then asked
                # about as "it", is the thing asked about (the decline named "therapy chatbot").
                return word
            continue
        asked = re.compile(_ASKED_OF.format(name=re.escape(word), judged=JUDGED), re.IGNORECASE)
        twice = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", question, re.IGNORECASE)) >= 2
        found = asked.search(question)
        if found and _USES_THE_SUBJECT.search(re.split(r"[.!?;]", question[found.end():])[0]):
            found = None  # "how does the NHS use ai to read scans": an owner of the subject's tools
        if found or twice or pointed:
            spelt = _spelt_out(word, question)
            return f"{word} ({spelt})" if spelt else word
    return None
