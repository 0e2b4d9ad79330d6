"""Central-term scope check: is the thing the learner asks about in the course at all?

Why: retrieval scores a question as a whole, so "what is batch normalisation?" scores well
against the training section because of the words around the term, and the learner gets a
loosely related passage as if it were the answer. Here the question's content words are
compared with the course's own vocabulary. A word the course never uses, that is not a typo of
a course word ("overfiting", "genrative") and not an everyday English word ("grandma",
"homework"), is technical jargon the course does not teach: it is the question's central term.

Everyday words are those the embedding model's WordPiece vocabulary holds as whole words (about
20,000 common English words); jargon such as "backpropagation" or "softmax" is split there into
pieces. A course lesson that starts using a term makes it covered automatically.

The other ways of finding an untaught term live beside this one: a name written as one
(``written_names``), the lexicon of common jargon (``not_taught``), compounds of everyday words
(``compounds``), task and method names (``task_names``, ``method_names``), names a writer marks
as names (``marked_names``) and who does the thing asked about (``doers``).
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering.compounds import defined_word
from tutor.core.answering.conversation import ASPECT_WORDS
from tutor.core.answering.everyday import everyday_words, in_dictionary, is_everyday
from tutor.core.answering.term_names import (
    _WORD,
    CENTRAL_SHARE,
    COMPOUND_WELL_COVERED,
    MAX_TERM_WORDS,
    NOT_IN_TERMS,
    WELL_COVERED,
)
from tutor.core.answering.verbs import reads_as_verb
from tutor.core.answering.vocabulary import MIN_LENGTH, CourseVocabulary
from tutor.core.answering.written_names import written_name
from tutor.core.words import QUESTION_STOPWORDS, tokenize

# Shorter unknown words count as terms only when written in capitals ("LSTM"): learners' slang
# ("fishy", "squish") is short, and short jargon is listed in knowledge/not_taught.toml.
JARGON_LENGTH = 7
_LIST_WORDS = frozenset("or and".split())


_NOUN_ENDING = rx.compile(r"(?:ancy|ency|metry|ism|ity|ology|ness|ics|graphy|tion|sion|ment|ance|ence|phy)$")


def uncovered_term(
    question: str, vocabulary: CourseVocabulary, best_dense: float | None = None
) -> str | None:
    """The central technical term of ``question`` that the course never uses, or None: the word
    check's (``_uncovered_word``), or a name written as one that the question asks about
    (``written_name``: "is zkML legit? ... how does zkML work", where the word check finds no
    term, the name being short or one of many content words), unless the word check's term
    already holds it ("what is a GRUU cell" -> "gruu cell")."""
    found = _uncovered_word(question, vocabulary, best_dense)
    if best_dense is not None and best_dense >= WELL_COVERED:
        return found
    written = written_name(question, vocabulary)
    if written and not (found and written.split(" (")[0].lower() in found.lower()):
        return written
    return found


def _uncovered_word(
    question: str, vocabulary: CourseVocabulary, best_dense: float | None = None
) -> str | None:
    """The central technical term of ``question`` that the course never uses, or None.

    ``best_dense`` is retrieval's best meaning score for the question (None on keywords only).
    The term is the jargon word with the content words written right next to it ("batch
    normalisation"), so the learner sees the phrase they asked about. A foreign word listed
    with a course word ("netflix or spotify") is an example, not the topic.
    """
    # "what is grokking when a model suddenly generalizes": the word a definition frame names first
    # is its topic, however long the learner's gloss after it, and whatever course passage the
    # gloss matches, unless retrieval matches clearly.
    defined = defined_word(question)
    vetoed = best_dense is not None and best_dense >= WELL_COVERED
    if vetoed and (defined is None or best_dense >= COMPOUND_WELL_COVERED):
        return None
    tokens = tokenize(question)
    capitals = set(re.findall(r"\b[A-Z]{2,}\b", question))
    content = [w for w in tokens if _joins(w) and len(w) >= 3]
    if not content:
        return None
    everyday = everyday_words()
    for position, word in enumerate(tokens):
        if word in QUESTION_STOPWORDS or len(word) < MIN_LENGTH or not word.isalpha():
            continue
        if vetoed and word != defined:
            continue
        if len(word) < JARGON_LENGTH and word.upper() not in capitals:
            continue  # "fishy", "squish": short plain words are slang, not terms (acronyms aside)
        # "a forum called it sycophancy. why are they built with sycophancy": a rarer English word
        # (the dictionary's, not an everyday one) that the learner names twice is what is asked about.
        # (a noun by its ending: "how do they mitigate bias ... and mitigate it in loans" repeats a verb)
        named_twice = tokens.count(word) >= 2 and len(word) >= JARGON_LENGTH and bool(_NOUN_ENDING.search(word))
        if is_everyday(word, everyday) or word in ASPECT_WORDS or vocabulary.knows(word) or (
            in_dictionary(word) and not named_twice
        ):
            continue
        if word.upper() not in capitals and vocabulary.spelt_by_ear(word) is not None:
            continue  # "acheive", "homwork": a plain word misspelt is still plain (an acronym is not one)
        if _listed_with_course_word(tokens, position, vocabulary):
            continue
        if 1 / len(content) < CENTRAL_SHARE and word != defined and not named_twice:
            return None
        start = end = position
        while start > 0 and _joins(tokens[start - 1]) and end - start + 1 < MAX_TERM_WORDS:
            start -= 1
        while (
            end + 1 < len(tokens) and _joins(tokens[end + 1]) and end - start + 1 < MAX_TERM_WORDS
            and not reads_as_verb(tokens, end + 1, start)  # "driverless forklifts find their way"
        ):
            end += 1
        if start < position and reads_as_verb(tokens, position, start):
            end = position - 1  # "how do vending robots restock themselves": the subject is the name
        return " ".join(tokens[start : end + 1])
    return None


# A reading without the plain words the course never uses drops at most this share of the
# question's content words: a question made mostly of them is about something else ("how do
# vaccines train the immune system", "how do i descale a kettle").
FOREIGN_PLAIN_SHARE = 1 / 3


def without_foreign_plain_words(question: str, vocabulary: CourseVocabulary) -> str | None:
    """``question`` without its plain English words that the course, its learners' asks and its
    glossary never use ("does the thing get smarter the more stuff you shovel into it" -> "...
    the more stuff you into it"), or None when it has none or they are too large a share of it.

    Why: such a word ("shovel", "flounder") carries the learner's colour, not the topic, but it
    matches no course passage, so keyword search counts it as missed and can sink a question the
    course answers below the scope bar. Asked only of a question that fell out of scope. Only
    everyday words (MiniLM's whole words and their forms) go: a rarer word that only the
    dictionary holds may be the very term asked about, so a question with one is left whole
    ("how do agents cope with partial observability" is a near miss, "partial" part of its term)."""
    words = _WORD.findall(question)
    content = [w for w in words if w.lower() not in QUESTION_STOPWORDS and len(w) >= 3]
    def plain(word: str) -> bool:
        return word.lower() in vocabulary.words or is_everyday(word.lower())

    # A word written next to one the course writes only in another form ("partial" before
    # "observability", known by its stem alone) may be half of an untaught term: it stays.
    beside_a_term = {
        words[i] for i in range(len(words))
        for j in (i - 1, i + 1)
        if 0 <= j < len(words) and words[j].lower() not in QUESTION_STOPWORDS and not plain(words[j])
    }
    foreign = {
        w for w in content
        if w.isalpha() and not vocabulary.knows(w.lower()) and is_everyday(w.lower()) and w not in beside_a_term
    }
    if not foreign or len(foreign) > FOREIGN_PLAIN_SHARE * len(content):
        return None
    if any(not vocabulary.knows(w.lower()) and not is_everyday(w.lower()) for w in content if w.isalpha()):
        return None  # a rarer word may be the term asked about: "partial" goes with "observability"
    kept = _WORD.sub(lambda m: "" if m.group(0) in foreign else m.group(0), question)
    return re.sub(r"\s+", " ", kept).strip()


def _listed_with_course_word(tokens: list[str], position: int, vocabulary: CourseVocabulary) -> bool:
    """Is ``tokens[position]`` joined by "or"/"and" to a course or everyday word (an example in
    a list such as "netflix or spotify", where the listed kind is the topic)?"""
    for link, other in ((position - 1, position - 2), (position + 1, position + 2)):
        if 0 <= other < len(tokens) and tokens[link] in _LIST_WORDS:
            neighbour = tokens[other]
            known = neighbour in everyday_words() or vocabulary.knows(neighbour)
            if neighbour not in QUESTION_STOPWORDS and known:
                return True
    return False


def _joins(word: str) -> bool:
    """Can ``word`` be part of a term's name (not a stop word or a number)?"""
    return word not in QUESTION_STOPWORDS and word.isalpha() and word not in NOT_IN_TERMS
