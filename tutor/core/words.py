"""Words: the one tokeniser, stemmer and stop-word lists that retrieval, grading and grounding share.

Why one module: search (BM25 terms), quiz grading (key terms) and grounding (claims of a
generated answer) all compare words by their stems. If each split and stemmed text its own
way, a word could match in one place and not in another ("it's" vs "it’s", "labelled" vs
"labels"). Stemming is English Snowball from ``snowballstemmer``; that package hands the work to
PyStemmer (the same algorithm in C, much faster) when it is installed and falls back to its
own pure-Python stemmers otherwise, with identical stems (``tests/core/test_words.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# letters and digits in any script; an apostrophe only inside a word ("it's", "GAN's")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)

# Words that carry no topic in a learner's question. Broader than bm25s' 33-word list because
# questions are full of "what/how/can you/explain" that would otherwise match every section a little.
QUESTION_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't could couldn't did didn't do does doesn't
    doing don't down during each few for from further had hadn't has hasn't have haven't having
    he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've
    if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off
    on once only or other ought our ours ourselves out over own same shan't she she'd she'll
    she's should shouldn't so some such than that that's the their theirs them themselves then
    there there's these they they'd they'll they're they've this those through to too under until
    up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
    where's which while who who's whom why why's with won't would wouldn't you you'd you'll
    you're you've your yours yourself yourselves
    whats hows whys wats wat pls please thanks thank hi hello hey ok okay tell explain describe
    mean means meant give show know want like just really actually exactly kind sort thing things
    get gets got use used using way ways something someone anything does work works""".split()
)

# Chat shorthand and particles typed on a phone ("what is a token btw", "whats overfitting cuz im
# lost", "explain gans asap"): a way of talking, never a word of a term's name. "im"/"ive" are
# "i'm"/"i've" without the apostrophe. ("cos" is left out: it is also the cosine.)
CHAT_PARTICLES = frozenset(
    """tho btw tbh tbf fyi lol lmao lmfao rofl ngl rn im ive idk dunno imo imho cuz coz bc bcos bcuz
    innit ya yea yeah yep nah fr omg thx ty tysm asap mate bro bruh pls plz pleeease u ur ppl
    lowkey highkey smh jk iirc afaik""".split()
)

# Small on purpose: words that make no claim of their own in a sentence of a generated answer
# (grounding). A broader list would also drop words like "learn" that carry the claim.
CLAIM_STOPWORDS = frozenset(
    """a about after again against all also am an and any are as at be because been before being
    between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no
    nor not of off on once only or other our out over own same she should so some such than that
    the their them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yes sure
    certainly example examples e.g i.e like many much often usually may might must one two""".split()
)


def tokenize(text: str) -> list[str]:
    """Lowercased word tokens, apostrophes kept inside words ("it's"), Unicode letters allowed.

    A typographic apostrophe (’) counts as a plain one, so "it’s" and "it's" are the same word.
    """
    return [match.group(0).lower() for match in _WORD.finditer(text.replace("\u2019", "'"))]


def content_words(text: str, stopwords: frozenset[str] = QUESTION_STOPWORDS) -> list[str]:
    """The tokens of ``text`` that are not stop words, in order."""
    return [word for word in tokenize(text) if word not in stopwords]


@lru_cache(maxsize=1)
def _snowball() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """English Snowball stem of one lowercased word ("labelled", "labels" -> "label"); see
    ``stem_with``. Memoised: the course and the questions reuse a few thousand words over and over."""
    return stem_with(_snowball(), word)


def stem_with(stemmer: Any, word: str) -> str:
    """``stemmer``'s stem of ``word``, except that a comparative or superlative of a "-y"
    adjective, which Snowball leaves whole, takes the adjective's stem ("blurrier", "blurriest"
    -> "blurri", as "blurry"): a learner asks why VAE pictures are "blurry" and the course says
    they are "blurrier"."""
    stemmed = stemmer.stemWord(word)
    for ending in ("ier", "iest"):
        if stemmed.endswith(ending) and stemmed == word and len(word) - len(ending) >= 3:
            return stemmer.stemWord(word[: -len(ending)] + "y")
    return stemmed


def stems(words: Iterable[str]) -> list[str]:
    """The stem of each word, in order."""
    return [stem(word) for word in words]


# The people a learner mentions around a question ("my grandma", "our boss", "my kid's school").
# They carry no course meaning, but in a short question they pull its embedding away from every
# course passage, so "how can my grandma avoid falling for deepfakes?" scored below the scope
# bar while "how can people avoid falling for deepfakes?" did not.
PEOPLE = re.compile(
    r"\b(?:my|our|his|her|your|their)\s+(?:(?:little|old|elderly|younger|older|best|new|)\s*)"
    r"(?:grandma|grandmother|granny|gran|nan|nana|grandpa|grandfather|grandad|granddad|grandparents?|"
    r"mum|mom|mother|dad|father|parents?|kids?|son|daughter|child|children|teen(?:ager)?s?|toddler|"
    r"baby|boss|manager|colleagues?|co-?workers?|friends?|pal|buddy|mate|wife|husband|partner|"
    r"girlfriend|boyfriend|sister|brother|siblings?|uncle|aunt(?:ie)?|nephew|niece|cousin|"
    r"neighbou?rs?|teacher|landlord|family|team|students?|classmates?|flatmates?|roommates?)(?:'s)?\b",
    re.IGNORECASE,
)


def without_people(text: str) -> str:
    """``text`` without the people it mentions ("my grandma", "our boss"): who asks or is
    asked about is the question's setting, never its subject."""
    return PEOPLE.sub(" ", text)
