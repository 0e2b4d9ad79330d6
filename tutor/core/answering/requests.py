"""Requests that are not questions about the course: a tutor's job has limits.

Why a separate check before retrieval: a request such as "write my essay on AI ethics" or
"write a phishing email" shares words with the course, so retrieval would happily answer it
with a passage. These requests need a short, polite refusal that says what the tutor does,
never a course passage. Patterns describe the *kind* of request (an imperative to produce
something for the learner, a joke, role-play or "no rules", asking for hidden instructions,
harmful intent), not particular sentences; a question *about* a topic ("how do phishing
detectors use ML?", "what is a prompt?") is left to retrieval.

``classify`` reads a message against each family, kept in a module of its own: harm
(``harm``, ``discrimination``), work to order (``work_to_order``, with questions about making
that order nothing in ``about_making``), text jobs (``text_jobs``), roles (``roles``), small
talk (``small_talk``), everyday errands (``errands``); what each refusal says is in
``refusal_texts``. Orders of work told from lessons asked for (``orders``), how a message asks
(``question_forms``), the course named in a question (``course_named``) and questions about the
tutor itself (``about_the_tutor``) are read by the callers after retrieval.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering.about_making import ABOUT_ABILITY, asks_what_a_thing_does
from tutor.core.answering.discrimination import sets_up_discrimination
from tutor.core.answering.errands import (
    _EVERYDAY,
    COURSE_SUBJECT,
    COURSE_TERM,
    EVERYDAY_9,
    EVERYDAY_MORE,
    YES_NO_CLAUSE,
    errand_told_as_a_machines_output,
)
from tutor.core.answering.harm import (
    _HARMFUL,
    HARMFUL_9,
    HARMFUL_MORE,
    HARMFUL_PEOPLE,
    SELF_HARM,
    harmful_match,
)
from tutor.core.answering.question_forms import REPORTED_QUESTION
from tutor.core.answering.refusal_texts import (
    CHAT_TEXT,
    EVERYDAY_TEXT,
    GREETING_TEXT,
    HARMFUL_TEXT,
    OUT_OF_JOB_TEXT,
    SELF_HARM_TEXT,
    THANKS_TEXT,
    Refusal,
)
from tutor.core.answering.request_parts import MADE
from tutor.core.answering.roles import _ROLE, ABOUT_COURSE, COURSE_ASK, ROLE_9
from tutor.core.answering.shapes import told_answer_kinds
from tutor.core.answering.small_talk import _CHAT, FEELINGS, GREETING, THANKS
from tutor.core.answering.text_jobs import (
    PLAIN_WORDS,
    SUMMARISING,
    SUMMARY_BY_A_THING,
    TEXT_JOBS,
    TRANSLATING,
)
from tutor.core.answering.work_to_order import (
    _OUT_OF_JOB,
    EXPLANATION_ASKED,
    NEED_PIECE,
    PLACED,
    TASKS,
    continues_question,
)
from tutor.core.words import stem

_F = re.IGNORECASE

# Slang and slips in the words a request hinges on: "cn u rite my assignment" -> "can you write my ...".
_SLANG = [
    (rx.compile(r"\bcn\s+u\b", _F), "can you"),
    (rx.compile(r"\b(?:rite|writ|wirte|rwite)\b(?=\s+(?:me|my|a|an|us|the|this|sum|some)\b)", _F), "write"),
]

# Typing slips in the words requests hinge on ("wrte me a cover leter", "phishng msg"): a word that
# is one slip from one of these and is not itself a known English word is read as it.
_KEYWORDS = frozenset(
    """write draft compose generate create essay essays letter cover email poem poems story speech
    homework assignment phishing malware ransomware keylogger password passwords deepfake deepfakes
    instructions prompt ignore previous pretend roleplay translate summarise summarize joke jokes
    recipe weather message script query website virus exploit solve""".split()
)


def _mend_slips(text: str) -> str:
    """``text`` with slips of the request keywords mended ("wrte" -> "write")."""
    from tutor.core.answering.everyday import everyday_words
    from tutor.core.answering.vocabulary import one_slip

    everyday = everyday_words()
    if not everyday:  # no model files: no way to tell "wrote" (a word) from "wrte" (a slip)
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        low = word.lower()
        if len(low) < 4 or low in _KEYWORDS or low in everyday:
            return word
        for key in _KEYWORDS:
            # (An inflection of a keyword is no slip of it: "an ai that composes music" tells of
            # a tool; read as "compose", it took the form of an order, "an ai that compose my
            # intro music", and a comparison of two tools was refused as work to order.)
            if key[0] == low[0] and one_slip(low, key) and stem(low) != stem(key):
                return key
        return word

    return re.sub(r"[A-Za-z]+", fix, text)


def classify(text: str) -> Refusal | None:
    """A refusal when ``text`` asks for something outside a tutor's job, else None.

    Kinds: "harmful" (also harm to oneself, with a caring reply), "out_of_job" (work done to
    order, role-play and jailbreaks, the tutor's instructions, text jobs such as translating),
    "chat" (small talk, feelings, jokes, opinions) and "everyday" (errands, personal advice).
    A role wrapped around a course question ("pretend I'm five and explain GANs")
    is left to retrieval."""
    for slang, word in _SLANG:
        text = slang.sub(word, text)
    text = _mend_slips(text)
    if SELF_HARM.search(text):
        return Refusal("harmful", SELF_HARM_TEXT)
    about_ability = bool(ABOUT_ABILITY.match(text))
    if any(harmful_match(p, text) for p in _HARMFUL + HARMFUL_MORE + HARMFUL_PEOPLE + HARMFUL_9 if not (about_ability and p in MADE)):
        return Refusal("harmful", HARMFUL_TEXT)
    if sets_up_discrimination(text):
        return Refusal("harmful", HARMFUL_TEXT)
    explaining = bool(EXPLANATION_ASKED.search(text))
    course_ask = bool(COURSE_ASK.search(text))
    # "my brother asked how spotify picks songs for him, what do i say?" passes on a question
    # about the course: what to say is its answer, not a piece of writing ordered to fit.
    placed = PLACED if not REPORTED_QUESTION.search(text) else []
    about_a_thing = about_ability or asks_what_a_thing_does(text)
    if any(
        (match := p.search(text)) and not (p in placed and continues_question(text, match))
        for p in _OUT_OF_JOB + TASKS + placed if not (about_a_thing and p in MADE)
    ) and not explaining:
        return Refusal("out_of_job", OUT_OF_JOB_TEXT)
    if NEED_PIECE.search(text) and not course_ask:
        return Refusal("out_of_job", OUT_OF_JOB_TEXT)
    if (_ROLE.search(text) or (ROLE_9.search(text) and not ABOUT_COURSE.search(text))) and not course_ask:
        return Refusal("out_of_job", OUT_OF_JOB_TEXT)
    # "how does google translate write it in french" asks how the app translates, not for a translation.
    if any(
        p.search(text) for p in TEXT_JOBS
        if not (about_a_thing and p is TRANSLATING) and not (p is SUMMARISING and SUMMARY_BY_A_THING.search(text))
    ) and not PLAIN_WORDS.search(text):
        return Refusal("out_of_job", OUT_OF_JOB_TEXT)
    if GREETING.search(text):
        return Refusal("chat", GREETING_TEXT)
    if THANKS.match(text):
        return Refusal("chat", THANKS_TEXT)
    if any(p.search(text) for p in _CHAT) or (FEELINGS.search(text) and not COURSE_SUBJECT.search(text)):
        return Refusal("chat", CHAT_TEXT)
    # An errand or a personal matter is refused, unless the question asks about a course subject
    # in it: "my landlord uses an AI to screen tenants, could it be biased?" is a question on bias.
    # Nor is a message that tells two tasks by their kinds of answer and asks about both ("weather
    # station: forecasting tomorrow's rainfall in mm and forecasting whether it will rain at all.
    # is that the same task type"): classification and regression are asked about, not the
    # weather (stop 47).
    if any(p.search(text) for p in _EVERYDAY + EVERYDAY_MORE + EVERYDAY_9) and not (
        (COURSE_SUBJECT.search(text) or COURSE_TERM.search(text)) and (course_ask or YES_NO_CLAUSE.search(text))
    ) and told_answer_kinds(text) is None and not errand_told_as_a_machines_output(text):
        return Refusal("everyday", EVERYDAY_TEXT)
    # An order that does not open the message: after a sentence of thanks or context ("the GAN
    # lesson clicked, thanks! now can you write the next chapter of my story"), or after a leading
    # frame saying what it is for ("for my podcast, play a ...", "to train our staff, generate a
    # ..."). The patterns that read an order at the message's opening read it where it opens.
    for piece in _later_openings(text):
        refusal = classify(piece)
        if refusal and refusal.kind in ("out_of_job", "harmful"):
            return refusal
    return None


# A leading frame: a purpose ("to train new staff on X,") or what the piece is for ("for my novel,").
_FRAME = rx.compile(
    r"^\W*(?:(?:in\s+order\s+)?to\s+\w+|for\s+(?:my|our|a|an|the|his|her|their)\s+)[^,.!?;:]{0,80},\s+(?=\w)", _F
)
_SENTENCE_BREAK = rx.compile(r"(?<=[.!?])\s+(?=\S)")
# Openers in front of an order that no pattern lists in that place ("now can you ...", "ok so write ...").
# A later sentence that opens as a question or a statement ("what is ...", "is it ...", "my boss
# ...", "thanks ...") opens no order: not read again (each reading costs a few milliseconds).
_ASKS_OR_TELLS = rx.compile(
    r"^\W*(?:what|whats|what's|why|how|when|where|which|who|whose|is|are|was|were|does|do|did|has|have|it|its|it's|"
    r"this|that|these|those|the|there|my|our|thanks|thank|cheers|but|because|if|im|i'm|i've|we're|"
    r"i(?!\s+(?:want|need|would|'d|wanna)\b))\b", _F
)
_ORDER_LEAD = rx.compile(r"^\W*(?:(?:now|so|ok|okay|then|and|also|next|right|anyway|alright)\b[\s,]*)+", _F)


def _later_openings(text: str) -> list[str]:
    """The places after the message's opening where an order may open: after a leading frame and
    at the start of each later sentence (with the rest of the message), openers taken off. A piece
    followed by a sentence asking a question is context for that question, not an order: "we'd
    like an app that names the painting. what kind of AI is that?" asks about the app."""
    pieces = []
    frame = _FRAME.match(text)
    if frame:
        pieces.append(text[frame.end():])
    parts = _SENTENCE_BREAK.split(text)
    pieces += [" ".join(parts[i:]) for i in range(1, len(parts))]
    pieces = [_ORDER_LEAD.sub("", piece) for piece in pieces]
    return [
        piece for piece in pieces
        if len(piece.split()) >= 3 and not _ASKS_OR_TELLS.match(piece)
        and not any(_A_QUESTION.match(later) for later in _SENTENCE_BREAK.split(piece)[1:])
    ]


# A sentence opening as a question ("what kind of AI is that?", "is it ...", "can i ...").
_A_QUESTION = rx.compile(
    r"^\W*(?:what|whats|what's|why|how|when|where|which|who|is|are|does|do|did|can|could|should|would|will)\b", _F
)
