"""Who the learner says they are, set aside from what they ask, and the sentence that asks.

Why a module of its own: professionals put their job first or sign with it ("football coach
here.", "baker. why are gans ...", "... i'm a nurse"), and a job's words pull retrieval, the
untaught-term checks and the other-subject check towards the job. These rules take the
description off (unless the question asks about that work itself) and find the sentence that
asks after any preamble.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tutor.core import regex_cache as rx
from tutor.core.answering.shapes import OPENERS, introductions, trailing_introduction
from tutor.core.answering.subjects import SUBJECT_WORDS
from tutor.core.words import tokenize

_SENTENCE_END = rx.compile(r"(?<=[.!?])\s+")


# A closing sentence that only tags the question before it ("remind me?", "again?", "i always
# forget", "cheers"): the asking sentence is the one before (stop 41: "remind me?" was taken for
# the question, and "remind" declined as an untaught term).
_CLOSING_TAG = rx.compile(
    r"\W*(?:(?:can\s+you\s+|could\s+you\s+|pls\s+|please\s+)?remind\s+me(?:\s+again)?|again|"
    r"i\s+(?:always\s+|keep\s+)?forget(?:ting)?|i(?:'ve|\s+have)?\s+forgotten|i\s+can'?t\s+remember|"
    r"(?:please|pls|thanks|thank\s+you|cheers|ta|thx)(?:\s+(?:a\s+lot|so\s+much|in\s+advance))?)\W*",
    re.IGNORECASE,
)


def asking_part(text: str) -> str:
    """The sentence that asks, after any preamble ("I loved the GAN lesson. Anyway, what's a good
    banana bread recipe?"): the last sentence that has words. When an earlier sentence already
    asks ("k-means or dbscan, which one? my groups are shaped like bananas", "how do i reduce
    hallucination? list every trick"), the last one is context or a cue: the whole text asks."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if re.search(r"\w", s)]
    if not sentences:
        return text
    if len(sentences) > 1 and _CLOSING_TAG.fullmatch(sentences[-1]):
        # "... what year was the battle of hastings. remind me?": the tag asks nothing of its own.
        sentences = sentences[:-1]
    if any(s.rstrip().endswith("?") for s in sentences[:-1]):
        return text.strip()
    return sentences[-1]


# Who the learner is, said before or after the question ("football coach here.", "I'm a novelist
# and a bit worried.", "as a pharmacist, ...", "my job is ...", "... (plumber)"): read by
# ``shapes.introductions``, the one pattern of self-introductions; what is left must still be a
# question of some length.
# ... unless the question then asks about that work itself: "i'm a nurse. how will ai change my job?"
_OWN_WORK = rx.compile(
    r"\b(?:my|our)\s+(?:(?:own|line\s+of)\s+)?(?:job|jobs|work|field|industry|profession|sector|trade|role|career|"
    r"workplace|business|company|practice|area)\b|\bpeople\s+like\s+me\b|\bsomeone\s+like\s+me\b",
    re.IGNORECASE,
)


# A bare job label opening the message, closed by punctuation, and followed by what the learner
# says in the first person: "chemist. my curve fits go wild out of sample ...", "survey
# statistician. we pay coders to ...", "civil engineer, we run sims overnight ...", "actuary: I
# need a number per policy ...". Who speaks, said as professionals head a message (the "here"
# of "chemist here" left out). The label's last word is a person noun by its ending, and no word
# of it is one of the course's subject words; other words ending in "-er" or "-or" are often
# machines ("spam filter. my boss ...", "the scanner. we ..."), so only common jobs of that form count.
# A word naming a person by their work ("pharmacist", "nurse", "underwriter").
PERSON_WORD = (
    r"(?:[a-z][\w'-]*(?:ist|ician|ian|eer|ant|ent|ary|ect|man|woman|lord|lady)|nurse|vet|gp|doctor|teacher|lawyer|"
    r"farmer|auditor|manager|owner|founder|researcher|developer|designer|writer|editor|officer|worker|trader|banker|"
    r"broker|planner|carer|driver|baker|builder|surveyor|assessor|underwriter|inspector|adjuster|controller|leader|supervisor|coordinator|coach|volunteer)s?"
)
_JOB_LABEL = rx.compile(
    rf"^(?P<opener>\W*{OPENERS})(?P<intro>(?P<who>(?:[a-z][\w'-]*\s+){{0,2}}"
    rf"{PERSON_WORD})"
    r"(?:\s*,\s*[^,.:;?!]{1,25})?\s*(?:[.:,;!]+|\s-+)\s*)"
    r"(?=(?:i|i'?m|i'?ve|i'?d|my|we|we'?re|we'?ve|our|us)\b)",
    re.IGNORECASE,
)


def _job_label(question: str) -> tuple[str, list[str]]:
    """``question`` without a bare job label that opens it (``_JOB_LABEL``, or ``_STORY_HEAD``
    before a story), and what says who asks: the label, or the story head's job alone (where
    the learner works, "40 cams on a retail park", "for a parcel firm", is their story, not a
    setting the question asks about, so only the job can name one: ``without_introduction``)."""
    for pattern, said in ((_JOB_LABEL, "intro"), (_STORY_HEAD, "who")):
        match = pattern.match(question)
        if match is None or any(w in SUBJECT_WORDS for w in tokenize(match.group("who"))):
            continue
        return (question[: match.start("intro")] + question[match.end("intro"):]).strip(), [match.group(said)]
    return question, []


# More of the jobs learners sign with, for the topic only (``without_job_signature``): the
# search keeps ``_JOB_LABEL``'s narrower rule, which wants "i"/"my"/"we" after the label.
SIGNED_JOB = (
    rf"(?:{PERSON_WORD}|(?:analyst|clerk|chef|sous|cook|waiter|waitress|porter|receptionist|caterer|barista|"
    r"trustee|handler|advis[eo]r|cleaner|mechanic|plumber|joiner|gardener|postie|sommelier|kp|tech)s?)"
)
# A bare signature that opens a message, ended by a full stop, colon or dash: "baker.", "credit
# risk analyst.", "sous here.", "bar manager, long day." Only a person word ends it, so "spam
# filter. my boss ..." keeps its subject. (stop 40: up to three words before the person word, as
# in "call centre team leader.", which had read as the order "call ...".)
_JOB_SIGNATURE = rx.compile(
    rf"^\W*(?P<who>(?:[a-z][\w'-]*\s+){{0,3}}{SIGNED_JOB})(?:\s+here)?(?:\s*,\s*[^,.:;?!]{{1,25}})?"
    r"\s*(?:[.:;!]+|\s-+)\s+(?=\S)",
    re.IGNORECASE,
)


# Who asks, heading a story: a job of up to four words, ended by a person word ("bus driver",
# "control room cctv operator", "market trader"), with what the learner adds about it ("20 yrs on
# the 38", "40 cams on a retail park", "for a parcel firm", "(bowls club, 60+ members)"), closed by
# a full stop before the next sentence: "bus driver, 20 yrs on the 38. i stick to the route ...".
# The details are biography, and their nouns (the route, the cameras, the retail park) drew the
# sections that share them or kept the whole message below the scope bar. What the learner wants
# to do ("sous chef, wanna mock up plating pics.") is no biography: it frames the ask. A bare label with no
# details ("fishmonger. the market's ...", "beekeeper. i sort my frames ...") is left to
# ``_JOB_LABEL``: set aside before any sentence it flipped near ties both ways (stop 37, and
# again at stop 38: +18 -13, read +2 -4). Only a full stop closes the head, and what follows must
# be a sentence of its own (``without_introduction`` wants four words left).
_TRADE_WORD = (
    rf"(?:{SIGNED_JOB}|[a-z][\w'-]*(?:monger|smith|wright|maker|keeper|sweep|grapher)s?"
    r"|(?:operator|instructor|dispatcher|labourer|fitter|caretaker|examiner|groomer|roofer|tiler|plasterer|"
    r"scaffolder|courier|steward|glazier|bricklayer|chippy|sparky|brickie|midwife|paramedic|firefighter)s?)"
)
_STORY_HEAD = rx.compile(
    rf"^(?P<opener>\W*{OPENERS})(?P<intro>(?P<who>(?:[a-z][\w'-]*\s+){{0,3}}{_TRADE_WORD})"
    r"(?:\s+(?:here|by\s+trade))?"
    r"(?:\s*,\s*+(?!(?:wanna|want|wanting|need|needing|trying|looking|thinking|hoping|keen|asking)\b)[^.?!()]{1,45}"
    r"|\s+(?:for|at|on|in|with)\s+[^,.?!()]{1,30}|\s*\([^()]{1,40}\))"
    r"\s*\.+\s+)(?=[a-z])",
    re.IGNORECASE,
)


# A short label that opens a message, ended by a full stop, before a sentence that asks: "yacht
# delivery skipper. what's ...", "cadet instructor. how does ...", "producer at a fringe venue.
# whats ...". Any job, not only those ``SIGNED_JOB`` lists: what makes it a label is its place and
# shape (a few words, no verb or pronoun of a sentence, a question right after it).
_LABEL_BEFORE_A_QUESTION = rx.compile(
    # (Closed by a full stop, a colon or a dash: "tech reporter - why has ...", stop 43.)
    r"^\W*(?P<who>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4})(?:\s*[.:;!]+|\s+[-\u2013\u2014]+)\s+"
    r"(?=(?:what|what'?s|whats|how|why|when|where|which|who|can|could|is|are|does|do|should|would|will|tell|explain)\b)",
    re.IGNORECASE,
)
# Words that make the opening a sentence or a subject rather than who asks.
_SENTENCE_WORDS = frozenset(
    "i im i'm my me we our us you your it its is are was were be do does did can could should would will "
    "what whats what's how why when where which who this that these those so and or but not".split()
)


def without_job_signature(question: str, names_something: Callable[[str], bool] | None = None) -> str:
    """``question`` without a bare job signature that opens it ("baker. why are gans ..."), or
    ``question`` unchanged; for the topic a conversation carries (``FollowingUp._asked_topic``).

    Why: the topic is the span of the question's topic words, and a signature's words are topic
    words ("baker", "nurse"), so the topic of "nurse. explain gradient descent" was "nurse.
    explain gradient descent" and the next turn ("when does it go wrong?") was searched with the
    nurse in it. What is left must still name something (four words at least), and a label whose
    words are subject words ("data scientist") is no signature, as in ``_job_label``."""
    match = _JOB_SIGNATURE.match(question)
    if match is None or any(w in SUBJECT_WORDS for w in tokenize(match.group("who"))):
        match = _label_before_a_question(question, names_something)
        if match is None:
            return question
    rest = question[match.end():]
    return rest if len(rest.split()) >= 4 else question


def _label_before_a_question(question: str, names_something: Callable[[str], bool] | None) -> re.Match[str] | None:
    """A short label opening ``question`` before a sentence that asks (``_LABEL_BEFORE_A_QUESTION``),
    when none of its words makes it a sentence or a subject: a word of a sentence ("so. what ..."),
    a subject word, or, with ``names_something``, a word that names a subject of the course (a
    heading's word: "gans. how do they work?", "spam filter. what ...": the label is the subject).

    Why (stop 40): a job the signature list does not know ("yacht delivery skipper.") stayed in
    the topic carried to the next turn, and "how would i catch it ..." next was searched with the
    skipper in it: the section just read came back before the one on spotting hallucination."""
    if names_something is None:
        return None
    match = _LABEL_BEFORE_A_QUESTION.match(question)
    if match is None:
        return None
    words = tokenize(match.group("who"))
    if not words or any(w in _SENTENCE_WORDS or w in SUBJECT_WORDS for w in words) or names_something(match.group("who")):
        return None
    return match


def without_introduction(question: str, keeps: Callable[[str], bool] | None = None, shortest: int = 4) -> str:
    """``question`` without the learner's description of who they are ("football coach here.",
    "I'm a novelist and a bit worried.", "(pharmacist)"), or ``question`` unchanged.

    Why: professionals put their job first, and MiniLM weighs the job's words heavily (a
    novelist's question about copying lands on creative writing, an insurance agent's on
    finance), while the job only says who asks. Kept when the rest asks about that work itself
    ("... how will ai change my job?"), when too little is left to be a question, or when
    ``keeps`` says the description matters (``answer.py``: it names one of the course's settings,
    "call centre supervisor here, can ai tell which callers are fuming"). ``shortest`` is the
    fewest words left that still make a question (a follow-up needs fewer: "any examples?")."""
    rest, removed = introductions(question)
    if not removed:
        rest, removed = _job_label(question)
    if not removed or len(rest.split()) < shortest or _OWN_WORK.search(rest):
        return question
    if keeps is not None and keeps(" ".join(removed)):
        return question
    return rest


# A trailing description that is only words in brackets, and words that make it name a person.
_BARE_BRACKETS = rx.compile(r"^\s*\(")
_NAMES_A_PERSON = rx.compile(
    rf"\(\s*(?:i'?m|im|i\s+am|as)\s|\b(?:here|{SIGNED_JOB})\s*\)", re.IGNORECASE
)


def without_trailing_introduction(question: str, keeps: Callable[[str], bool] | None = None) -> str:
    """``question`` without who the learner is said after it ("what is overfitting, i'm a nurse",
    "whats a gan. im a plumber btw", "... for context i work in retail"), or ``question`` unchanged.

    Why: a first question was read whole, so the description became part of its topic (the
    definition of "overfitting, i'm a nurse"), a job was taken for an untaught term ("does not
    cover lifeguard") or for another school subject (refused). Only the trailing description is
    taken here (one before the question is set aside for the search by ``without_introduction``,
    and its words can be the question's setting). Kept, as there, when the rest asks about that
    work itself ("... will ai take my job? i'm a nurse"), when ``keeps`` says the description
    names one of the course's settings, when a word of it is one of the course's subject words
    ("- an encoder or a decoder" is content, not who asks), when words in brackets name no
    person ("(mocap)") or when nothing is left."""
    rest, removed = trailing_introduction(question)
    if removed is None or not re.search(r"\w", rest) or _OWN_WORK.search(rest):
        return question
    if any(w in SUBJECT_WORDS for w in tokenize(removed)):
        return question
    if _BARE_BRACKETS.match(removed) and not _NAMES_A_PERSON.search(removed):
        # "... from ordinary video (mocap)": words in brackets say who asks only when they name
        # a person ("(roofer here)", "(i'm a teacher)"); else they are a name or an aside.
        return question
    if keeps is not None and keeps(removed):
        return question
    return rest
