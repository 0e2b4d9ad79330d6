"""A job ordered from the tutor ("fill in this tax form for me"), told from a lesson asked for.

Why a module of its own: decided after retrieval has declined a question, so no family of
phrasings is needed: a learner who orders the tutor to do something the course does not teach
wants a service, not a lesson, while teaching verbs ("explain", "walk me through") ask for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tutor.core import regex_cache as rx
from tutor.core.answering import shapes, who_asks

_F = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# A job ordered from the tutor that the course does not cover ("fill in this tax form for me",
# "could you get me into the school's printer queue", "find me a cheap flight"): decided after
# retrieval has declined the question, so no family of phrasings is needed. A learner who asks
# the tutor to DO something (an imperative, or "can you ..." with an action verb) about a thing
# the course does not teach wants a service, not a lesson: the honest reply is the refusal that
# says what the tutor does, not "the course does not cover X, the closest section is ...".
# Teaching verbs ("explain", "walk me through", "tell me about", "give me an example of") ask
# for a lesson: declined, they stay near misses ("explain speaker diarization").
# ---------------------------------------------------------------------------------------------

_ORDER_OPEN = rx.compile(
    r"(?:^|[.!?;:]\s+|,\s+(?=(?:(?:can|could|would|will)\s+(?:you|u)|please|pls|plz|i\s+(?:need|want)\s+you)\b))"
    r"\W*(?:(?:ok|okay|so|hey|hi|hello|yo|anyway|now|then|also|and|quick\s+(?:one|favou?r|question))\W+)*"
    r"(?P<polite>(?:(?:can|could|would|will)\s+(?:you|u)\s+|please\s+|pls\s+|plz\s+|kindly\s+|just\s+|"
    r"i\s+(?:need|want|would\s+like|'d\s+like)\s+(?:you|u)\s+to\s+)*)"
    r"(?P<verb>[a-z]+)\b(?=(?P<after>(?:\s+\S+){0,5}))",
    _F,
)
# Verbs that, as an order, ask the tutor for a lesson, and what must follow those that do so only
# sometimes ("show me how ..." teaches, "show me your config" does not).
_TEACHING_VERBS = frozenset(
    """explain describe define teach clarify compare contrast summarise summarize recap outline elaborate
    simplify list name say state illustrate discuss tell quiz test remind rephrase expand""".split()
)
_TEACHING_AFTER = {
    "show": r"\s+(?:me\s+|us\s+)?(?:how|what|why|where|when|which|the\s+difference|an?\s+example)\b",
    "give": r"\s+(?:me\s+|us\s+)?(?:an?\s+|some\s+|the\s+|one\s+|two\s+|three\s+|a\s+few\s+)?(?:\w+\s+)?"
            r"(?:examples?|overview|definition|summary|explanation|analogy|intuition|rundown|breakdown|recap|"
            r"sense|idea|picture|comparison|list|tips?)\b",
    "walk": r"\s+(?:me\s+|us\s+)?(?:through|thru)\b",
    "break": r"\s+(?:\S+\s+){0,3}?down\b",
    "go": r"\s+(?:over|through)\b",
    "help": r"\s+(?:me\s+|us\s+)?(?:understand|learn|grasp|see\s+(?:how|why|what)|get\s+(?:how|why|what)|make\s+sense)\b",
    "run": r"\s+(?:me\s+|us\s+)?through\b",
}
# Bare imperatives: action verbs a request opens with. (With "can you"/"please" any verb counts;
# a bare first word must be one of these, since "random forest vs ..." or "gans, how ..." opens
# no order.) "do" orders only with an object ("do my taxes"), not as a question ("do models ...").
_ACTION_VERBS = frozenset(
    """get find fill book buy order send check fix make write draft build create generate produce design
    pick choose decide plan organise organize sort figure work calculate count convert translate solve
    answer complete finish read rate grade mark rank predict guess remind schedule search look call play
    sing draw paint record edit proofread rewrite reword format print copy paste open install download
    upload set turn cook recommend suggest help give show do run hack crack unlock track locate""".split()
)
# Laying two things out together asks to have them compared ("put gans and vaes side by side",
# "line up k-means and dbscan next to each other"), a lesson, not a piece of work.
_LAYING_VERBS = frozenset("set put lay line place stick show lie".split())
_SIDE_BY_SIDE = rx.compile(r"\bside\s+by\s+side\b|\bnext\s+to\s+(?:each\s+other|one\s+another)\b", _F)
_ON_THE_ANSWER = rx.compile(r"\s+(?:it|that|this|them)\b", _F)
_DO_OBJECT = rx.compile(r"\s+(?:my|our|this|these|the\s+following|it|them|that)\b", _F)


# "turn it down and every opener is the same", "crank it up and it goes off the rails": an
# imperative joined by "and" to a clause with a subject of its own states a condition and what
# follows from it ("if you turn it down, every opener is the same"). The learner describes what
# they saw happen, they order nothing. ("fill in this form and send it back" joins two orders.)
_CONDITION_THEN = rx.compile(
    # a control set one way: "set it low and ...", "crank it all the way up, and ..."
    r"\s+(?:it|them|that|this)\s+(?:all\s+the\s+way\s+)?(?:up|down|low|high|higher|lower|on|off|right|left|back|"
    r"to\s+\S+)\s*,?\s+and\b|"
    r"[^.!?;:]*?\band\s+(?:then\s+)?(?:it|it'?s|they|they'?re|everything|every|each|all|nothing|the|its|"
    r"i|we|he|she|my|our|things)\b(?:\s+[\w'-]+){0,3}?\s+(?:is|are|was|were|go(?:es)?|went|gets?|got|"
    r"becomes?|turns?|comes?|starts?|stops?|keeps?|looks?|sounds?|reads?|seems?|ends?|spits?|gives?|makes?|does|do|"
    r"did|has|have|had|can|will|would|won'?t|doesn'?t|don'?t|didn'?t|never|always|just)\b",
    _F,
)


def orders_work(text: str) -> bool:
    """Does ``text`` order the tutor to do something rather than ask it to teach: an imperative or a
    polite "can you ..." whose verb is no teaching verb ("fill in this tax form for me", "could you
    get me into ...")? Meant for questions the course has already declined (see ``Tutor.ask``).

    Who the learner is orders nothing ("call centre lead here - ..." opens with no verb "call"),
    so the imperative is looked for after the introduction (``shapes.introductions``), and an
    imperative stating a condition (``_CONDITION_THEN``) describes rather than orders."""
    return next(_work_orders(text), None) is not None


def order_after_preamble(text: str) -> str | None:
    """The order, from where it opens to the message's end, when ``text`` orders work (as
    ``orders_work``) only after a preamble of at least ``PREAMBLE_WORDS`` words ("the k-means
    lesson was brilliant, and the one about bias ... anyway, while i have you, can you write up
    the minutes of last night's meeting"); else None. Why: the preamble's praise of lessons
    names course topics, so retrieval answers from them and no refusal rule for a declined
    question is reached; the caller checks that the order itself names no course subject."""
    for said, match in _work_orders(text):
        verb = match.group("verb").lower()
        asked = _ASKED_OF_YOU.search(match.group("polite")) or (not match.group("polite").strip() and verb in _ACTION_VERBS)
        if (
            asked and verb not in _MANNER_VERBS and len(said[: match.start()].split()) >= PREAMBLE_WORDS
            and len(said[match.end("verb"):].split()) >= 3
        ):
            return said[match.start():].lstrip(" ,.;:!?")
    return None


# Words before an order that make a preamble: a remark or two on the lessons, not a greeting.
PREAMBLE_WORDS = 8
# An order asked of the tutor in so many words ("can you", "could you", "please", "i need you
# to"): "just the names", "kindly set out each criterion" say how to answer, not a job.
_ASKED_OF_YOU = rx.compile(r"\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b|\bpls\b|\bi\s+(?:need|want)\s+(?:you|u)\b", _F)
# Verbs that, after a question, say how the answer should come ("give me every cost bucket",
# "set out each criterion", "show me each one"): the manner of asking, no job of their own.
_MANNER_VERBS = frozenset("give set show tell list name help put lay break go walk run".split())


# (stop 48) How much of an answer a question's closing order asks for: "give me all the reasons",
# "list every one", "name them all", "give me the full list".
_HOW_MANY_ASKED = rx.compile(
    r"\s*(?:me\s+|us\s+)?(?:all\b|every\b|each\b|them\s+all\b|the\s+(?:full|whole|complete|entire)\b|(?:a|the)\s+(?:full\s+)?list\b|"
    r"the\s+lot\b|the\s+main\b|the\s+key\b|the\s+top\b|both\b|the\s+reasons\b)",
    _F,
)


def _work_orders(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """The text read (after any introduction) with each place in it where an order of work
    opens (see ``orders_work``), first to last."""
    text = shapes.introductions(text)[0] or text
    # (stop 39) A bare job signature whose first word is also a verb ("set designer. is a ...",
    # "check-in clerk. ...") says who asks: no "set" or "check" ordered.
    text = who_asks.without_job_signature(text)
    for match in _ORDER_OPEN.finditer(text):
        verb = match.group("verb").lower()
        after = match.group("after") or ""
        if verb in _TEACHING_VERBS:
            continue
        if _CONDITION_THEN.match(text, match.end("verb")):
            continue
        if verb in _TEACHING_AFTER and re.match(_TEACHING_AFTER[verb], after, _F):
            continue
        if re.match(_TEACHING_AFTER["give"], after, _F):
            continue  # "generate an example of ...", "write a summary of ...": a lesson asked for
        if verb in _LAYING_VERBS and _SIDE_BY_SIDE.search(text[match.end("verb"):]):
            continue  # "set overfitting and underfitting side by side for me": a comparison asked for
        if not match.group("polite").strip() and verb not in _ACTION_VERBS:
            continue
        if verb in _MANNER_VERBS and "?" in text[: match.start("verb")] and _HOW_MANY_ASKED.match(after):
            # (stop 48) "why do staff push back on new ai tools? give me all the reasons": after a
            # question, a bare "give me ..." says how to answer it, no job of its own.
            continue
        if verb == "do" and not _DO_OBJECT.match(after):
            continue
        if match.group("polite").strip() and verb in ("you", "u", "i", "we", "it", "this", "that"):
            continue
        if _ON_THE_ANSWER.match(after) and len(text.split()) <= 8:
            continue  # "can you make it simpler?", "could you reword that": about the last answer
        yield text, match


# Verbs that order a thing made or a model run, with the object they make ("write a full pytorch
# training loop for me", "code up a beam search decoder", "fine tune llama on my emails"). Such
# an order names the untaught term as the material of a piece of work: the work is what is asked
# for, so it is refused as outside the job even when the term is a listed near miss. "Write the
# formula for softmax" or "write a summary of backprop" asks for a lesson (see ``EXPLAINING``).
_MAKING_VERBS = frozenset(
    """write draft build create generate produce design code program implement develop train finetune retrain
    deploy""".split()
)
_OBJECT_OPENING = rx.compile(r"\s+(?:up\s+|out\s+)?(?:me\s+|us\s+)?(?:a|an|the|my|our|some|this|these|\d+|one)\b", _F)
_FINE_TUNE = rx.compile(r"\bfine[-\s]+tun(e|es|ing|ed)\b", _F)
_LESSON_ASKED = rx.compile(
    r"\b(?:formula|equation|definition|summary|explanation|overview|description|comparison|analogy|examples?|"
    r"steps|difference|intuition|outline|breakdown|recap)\b",
    _F,
)


def orders_making(text: str) -> bool:
    """Does ``text`` order the tutor to make a piece of work or train a model ("write a pytorch
    training loop for mnist that i can submit", "fine tune llama on my company's emails")? A
    making verb opening an order, with its object, and no lesson asked for; unlike ``orders_work``
    the verb may open the message bare ("implement a bloom filter in rust")."""
    text = _FINE_TUNE.sub(lambda m: "finetun" + m.group(1), text)
    if _LESSON_ASKED.search(text):
        return False
    for match in _ORDER_OPEN.finditer(text):
        after = match.group("after") or ""
        if match.group("verb").lower() not in _MAKING_VERBS or not _OBJECT_OPENING.match(after):
            continue
        if _ON_THE_ANSWER.match(after) and len(text.split()) <= 8:
            continue  # "can you make it simpler?"
        return True
    return False


def asks_to_teach(text: str) -> bool:
    """Does ``text`` open with a request to teach ("help me understand temperature", "describe the
    cats and dogs example in a few words", "generate an example of a regression problem") or to
    rework the last answer ("can you make it simpler?")? Such an imperative is a way of asking a
    course question, whatever a learned detector makes of its order-like form."""
    for match in _ORDER_OPEN.finditer(text):
        verb = match.group("verb").lower()
        after = match.group("after") or ""
        if verb in _TEACHING_VERBS:
            return True
        if verb in _TEACHING_AFTER and re.match(_TEACHING_AFTER[verb], after, _F):
            return True
        if re.match(_TEACHING_AFTER["give"], after, _F):
            return True
        if verb == "write" and re.match(r"\s+(?:\S+\s+){0,3}?(?:difference|differences|definition|key\s+idea|steps)\b", after, _F):
            return True
        if verb in _LAYING_VERBS and _SIDE_BY_SIDE.search(text[match.end("verb"):]):
            return True  # "set A and B side by side for me": a comparison asked for
        if _ON_THE_ANSWER.match(after) and len(text.split()) <= 8:
            return True
    return False
