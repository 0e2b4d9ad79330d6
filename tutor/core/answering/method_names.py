"""A field's method named with a course word as its head ("surrogate model", "causal inference").

Why a module of its own: scientists and analysts name their methods this way; each word may be
plain English or the course's, so neither the word check nor the task names see the name, and
retrieval answered it from whichever section shares the head ("model", "loss", "inference").
"""

from __future__ import annotations

import re

from tutor.core.answering import described
from tutor.core.answering.phrases import CoursePhrases
from tutor.core.answering.subjects import SUBJECT_WORDS
from tutor.core.answering.term_names import (
    _DESCRIBING,
    JUDGING_ENDING,
    JUDGING_WORDS,
    PLAIN_QUALIFIERS,
    POSSESSIVE,
    SUBJECT_HEADS,
)
from tutor.core.answering.verbs import AUXILIARIES, auxiliary_before
from tutor.core.answering.vocabulary import CourseVocabulary
from tutor.core.words import PEOPLE, QUESTION_STOPWORDS

# ---------------------------------------------------------------------------------------------
# Stop 31 (benchmarks/probes/tulimits-s31, from diagnosis sets T and U): a field's technique named
# with a course word as its head ("surrogate model", "item response theory", "mixed effects model",
# "physics-informed neural networks", "causal inference", "quantile regression forests"). Scientists
# and analysts name their methods this way; each word may be plain English or the course's, so
# neither the word check nor the task names see the name, and retrieval answers it from whichever
# section shares the head ("model", "loss", "inference").
# ---------------------------------------------------------------------------------------------

# Heads of a method's name that are course words: what kind of thing the method is.
TECHNIQUE_HEADS = frozenset(
    """model models network networks net nets loss losses regression regressions inference learning
    forest forests process processes filter filters theory method methods variable variables estimator
    estimators sampling optimisation optimization management matching""".split()
)
# Words that open a learner's description of a model rather than a method's name: what the model
# is for or whose it is ("a churn model", "the bank's model", "a bigger network", "my own model").
_NOT_A_METHOD_WORD = frozenset(
    """own big bigger biggest small smaller large larger huge tiny simple complex fancy good better best bad
    worse worst new old same different whole trained untrained final current existing first second
    next previous original proper real fake trained pretrained pre-trained public private open free
    paid local online offline basic advanced typical usual normal slow fast quick cheap expensive
    single
    lil little wee teeny smol dumb silly crappy janky hacky homemade homebrew diy scrappy
    apparently supposedly reportedly allegedly seemingly evidently presumably honestly basically actually
    literally obviously clearly really probably certainly surely hopefully generally usually typically
    normally currently recently nowadays""".split()
)
# (stop 46: a sentence adverb is said of the whole claim: "apparently ai models do the same" was
# declined as the untaught method "apparently ai models".)
# (stop 36: "we made a lil model that auto-triages bug tickets" was declined as "lil model": chat
# spellings and plain words for a small or home-made thing describe the learner's model too.)


_OWNED_BY = _NOT_A_METHOD_WORD | frozenset("my our your their its his her whose this that these those".split())


# Past forms that report what a thing did, besides the "-ed" ones ("the model was perfect").
_IRREGULAR_PAST = frozenset("was were had did got made kept fell went came ran saw gave took broke".split())


def _reported_on(words: list[str], begin: int, head: int) -> bool:
    """Is the name ``words[begin:head + 1]`` the subject of a statement about what it did ("the
    fuel-burn model nailed every old route", "the boiler-fault predictor scored brilliant"): a
    past verb right after it, and no auxiliary before it that would make it a question's subject?

    Why: a learner reporting on a model at work names it by what it models, words the course never
    writes ("fuel-burn", "pitch-wear"), and asks about its behaviour (overfitting); a method asked
    about is named in a question ("how is a mixed-effects model fitted", "what is a state-space
    model"), not reported on."""
    if head + 1 >= len(words):
        return False
    verb = words[head + 1]
    past = verb in _IRREGULAR_PAST or (len(verb) > 4 and verb.endswith("ed") and verb.isalpha())
    return past and auxiliary_before(words, begin) not in AUXILIARIES | {"is", "are", "was", "were", "how"}


def technique_compound(
    question: str, phrases: CoursePhrases, vocabulary: CourseVocabulary | None = None, strict: bool = False
) -> str | None:
    """The first method name of ``question`` made of one to three words before a head of
    ``TECHNIQUE_HEADS`` that the course never writes before that head ("how do i fit a mixed
    effects model" -> "mixed effects model"), or None. A word the course writes right before the
    head, or uses with it in more than one sentence ("neural networks", "language model", "machine
    learning", "fraud model"), is the course's: only the words before it can name a method, and then
    they must be a word the course never uses or a hyphenated one ("physics-informed neural
    networks", "double machine learning"). People, question words and a learner's describing words
    ("my own model", "a bigger network", "a successful model") open no name. ``strict``: the name's
    first word is also one the course and its learners never use, or a hyphenated one ("surrogate
    model", "causal inference"), so that a domain the course writes about ("weather models", "house
    price models") is no method's name: for a question that retrieval matched, loosely."""
    # A name does not run across a sentence or a clause: "hydrologist. reservoir operators".
    text = re.sub(r"[.!?;:,()\"]+(?:\s|$)", " | ", PEOPLE.sub(" ", POSSESSIVE.sub("", question)))
    words = re.findall(r"[A-Za-z](?:[\w-]|'(?=\w))*|\|", text)
    lowered = [w.lower() for w in words]

    def opens_no_name(word: str) -> bool:
        return (
            not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word) or len(word) < 3 or word in QUESTION_STOPWORDS
            or word in _DESCRIBING or word in JUDGING_WORDS or word in PLAIN_QUALIFIERS or word in TECHNIQUE_HEADS
            or word in _NOT_A_METHOD_WORD or word in SUBJECT_HEADS or bool(JUDGING_ENDING.search(word))
            # "a deal-scoring model": the model named by its job, no method (described.names_a_job)
            or described.names_a_job(word)
        )

    for i, head in enumerate(lowered):
        if head not in TECHNIQUE_HEADS or i == 0:
            continue
        # The course's own phrase ending in the head: "neural networks", "machine learning".
        start = i
        while start > 0 and i - start < 2 and (
            (phrases.has(lowered[start - 1 : i + 1]) and not opens_no_name(lowered[start - 1]))
            or (lowered[start - 1] in SUBJECT_WORDS and phrases.has(lowered[start - 1 : start + 1]))
        ):
            start -= 1
        first = lowered[start - 1] if start > 0 else ""
        if not first or opens_no_name(first) or first in SUBJECT_WORDS:
            continue
        if phrases.has([first, lowered[start]]) or phrases.together(first, lowered[start]) > 1:
            continue
        if start == i and vocabulary is not None and vocabulary.knows(first) and "-" not in first and (
            phrases.together_in_any_form(first, head)
        ):
            continue  # "a fraud model", "a spam filter": what the course's model is for
        if start < i and "-" not in first and (vocabulary is None or vocabulary.knows(first)):
            continue  # "a big language model", "supervised machine learning": the course's thing, described
        begin = start - 1
        while begin > 0 and start - begin < 3 and not opens_no_name(lowered[begin - 1]) and (
            lowered[begin - 1] not in SUBJECT_WORDS
        ):
            begin -= 1
        if strict and (
            vocabulary is None or vocabulary.knows(lowered[begin])
            or ("-" in lowered[begin] and phrases.has([lowered[begin]]))  # "open-source": the course's word
            # "its own tenant model", "our churn model": the learner's or someone's model, described
            or (begin > 0 and lowered[begin - 1] in _OWNED_BY)
            # "the pitch-wear model matched last season perfectly, ...": a model the learner reports
            # on, named by what it models (zpara34-s34)
            or _reported_on(lowered, begin, i)
        ):
            continue
        return " ".join(words[begin : i + 1])
    return None
