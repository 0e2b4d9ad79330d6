"""How the scope checks read a term's name: the words that end, open or only describe it.

Why a module of its own: each way of finding an untaught term (the word check in ``scope``,
compounds, task and method names, marked names) reads a run of words as a name, and they must
agree on what ends a name ("the rationale behind splitting"), what only describes a course idea
("the main types", "weird text", "the weak points"), how far a name runs, and how clearly
retrieval must match a question to veto a term found in it.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering.conversation import ASPECT_WORDS
from tutor.core.answering.vocabulary import MIN_LENGTH, CourseVocabulary
from tutor.core.words import CHAT_PARTICLES, QUESTION_STOPWORDS

MAX_TERM_WORDS = 3
# A term is central when it is at least this share of the question's content words (one word
# of five or fewer) ...
CENTRAL_SHARE = 0.2
# ... and the question as a whole does not match a course passage this well in meaning: a
# question that retrieval covers convincingly ("how do banks catch fraudsters") is answered
# even when one of its words is foreign to the course.
WELL_COVERED = 0.5
# A word as these checks read it: Latin letters first, then word characters, apostrophes and
# hyphens ("don't", "k-means"); digits and other scripts start no word.
_WORD = rx.compile(r"[A-Za-z][\w'-]*")


# Content words that describe the request, not the topic ("the maths of X", "X in detail").
NOT_IN_TERMS = frozenset(
    """maths math formula formulas equation equations detail details step steps simple simply
    briefly example examples work working does ai ml
    many much few several lot lots more most less least enough""".split()  # "how many calories": the term is "calories"
)


TERM_TOKEN = rx.compile(r"[a-z0-9]+")


def norm_token(token: str) -> str:
    """One spelling for a token: -isation/-ization, and no plural "s" ("neighbours" ~ "neighbour")."""
    token = token.replace("isation", "ization").replace("ise", "ize")
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    return token


# Nouns that name what kind of thing a term is ("LoRA adapters", "Bellman equation").
TERM_HEADS = frozenset(
    """adapter adapters algorithm algorithms architecture architectures equation equations layer
    layers loss method methods metric metrics model models network networks score scores technique
    techniques trick tricks function functions curve curves regression test tests framework
    frameworks library libraries rule rules distance kernel kernels optimizer optimiser attack attacks""".split()
)


def term_tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised tokens of ``text`` with their character spans (hyphens, dots and underscores
    split tokens, so "t-SNE", "tsne" and "T SNE" all join to the same key)."""
    return [(norm_token(m.group(0)), m.start(), m.end()) for m in TERM_TOKEN.finditer(text.lower())]


# Words that open a description rather than name a thing ("the main types", "four boxes", "the
# full recipe"): quantities, evaluations and aspects are never the first words of a term.
_DESCRIBING = ASPECT_WORDS | frozenset(
    """one two three four five six seven eight nine ten full overall whole common basic typical other
    first last new simple general specific certain various several many few all every some any type
    types kind kinds sort sorts way ways step steps""".split()
)
DESCRIBING = _DESCRIBING  # (answer.py: words that describe rather than name)
POSSESSIVE = rx.compile(r"'s\b", re.I)  # "a VAE's latent space" ~ "VAE latent space"
# The compound check is stricter than the word check (a definition frame, two words never written
# together), so retrieval vetoes it only when it matches clearly: over the 1,657 in-scope questions
# of the learner sets, the retrieval evaluation, the asks and tests/data/limits, none is declined
# with no veto at all once possessives are read alike.
COMPOUND_WELL_COVERED = 0.7
# Chat shorthand ends a name too: "what is a token btw" asks about tokens, not a "token btw".
PHRASE_END = QUESTION_STOPWORDS | CHAT_PARTICLES | frozenset(
    "work works mean means used exactly really actually called like whether".split()
    # A term's name does not run on across a preposition: "the rationale behind splitting" is
    # a rationale, not the compound "rationale behind".
    + """across along among around behind beneath beside besides beyond despite except inside near
    onto outside past since throughout toward towards underneath unlike upon versus via within
    without""".split()
)


# Words that open the object of a verb ("faking extra pictures", "squishing lots of columns",
# "punishing the robot"), never the second word of a compound's name.
OBJECT_OPENERS = frozenset(
    """a an the my your our their his her its this that these those some any lots loads more extra
    all every each several many few""".split()
)


# Plain nouns that end a learner's description of a part or a setting rather than a term's name:
# "the dice roll trick", "the spice level knob", "the fake-making machinery", "a low value"; also
# when such a noun ends the run of the term's words ("the wildness slider thing").
DESCRIBED_HEADS = frozenset(
    """trick tricks thing things thingy thingies stuff bit bits part parts piece pieces knob knobs
    dial dials slider sliders button buttons lever levers machinery value values number numbers ratio ratios amount
    amounts""".split()
)


# "song-writing programs", "picture-making apps", "essay-generating tools": learners name a machine
# by what it makes, a thing and a making verb hyphened together. Such a compound describes a
# generator in everyday words; it is no untaught term (jargon does not take these verbs).
MAKING = rx.compile(
    r"^[a-z]+(?:-[a-z]+)*-(?:writ|mak|draw|paint|generat|compos|creat|produc|design|sing|talk|chatt)ing$", re.I
)


def names_by_product(word: str) -> bool:
    """Is ``word`` a hyphened "<thing>-<making verb>ing" ("story-writing", "image-making")?"""
    return bool(MAKING.match(word))


# A word followed by one of these is a description of something else ("the criteria for judging
# art", "the ingredients of a cake"), not a thing's name.
OF_SOMETHING = frozenset("of for to in on at from with about behind between within inside".split())


def foreign_name(word: str, vocabulary: CourseVocabulary) -> bool:
    """Is ``word`` one word the course, its learners' asks and glossary never use, long enough and
    plain enough to name a thing ("singularity", "ELIZA"), not a description ("best") nor chat?"""
    low = word.lower()
    return (
        word.isalpha() and len(low) >= MIN_LENGTH + 1 and low not in QUESTION_STOPWORDS and low not in _DESCRIBING
        and low not in ASPECT_WORDS and low not in NOT_IN_TERMS and not vocabulary.knows(low)
        and vocabulary.spelt_by_ear(low) is None
    )


# The course's own names for its subject: "classic ml", "modern ai" are kinds of what it teaches.
SUBJECT_HEADS = frozenset("ml ai genai learning intelligence".split())
# A judgement or a side of something: "the weak points of machine learning", "the main idea", "its
# strong sides" describe a course idea's good and bad parts, no thing of their own.
JUDGING_WORDS = frozenset(
    """weak strong good bad great main key big biggest best worst hard easy tricky major minor real
    point points side sides idea ideas aspect aspects area areas spot spots""".split()
)
# How a thing looks or feels to a learner, said of what they saw ("weird text", "garbled letters",
# "wonky hands", "creepy faces"): such a word opens the learner's description of a course idea's
# symptom, never the name of a technique (the names that open with a plain adjective, "random
# forest", "extra trees", "uncanny valley", "false discovery", use none of these).
LOOKS = frozenset(
    """weird weirder weirdest strange stranger odd funny funky wonky creepy garbled glitchy messy messed
    broken wrong awful terrible ugly blurry blurred fuzzy distorted scrambled jumbled gibberish nonsense
    nonsensical silly crazy wild bizarre janky dodgy sketchy shaky spooky freaky goofy wacky warped
    mangled melted extra-long mismatched misspelled misspelt""".split()
)
JUDGING_ENDING = rx.compile(r"..(?:ful|ous|able|ible|less)$")  # "a successful pilot project"
# Plain qualifiers that make no task of their own ("normal prediction", "regular classification").
PLAIN_QUALIFIERS = frozenset(
    """normal regular ordinary usual standard typical classic classical traditional plain actual proper
    anyone someone everyone nobody unlike versus""".split()
)
