"""Telling machine-written text from a person's, described rather than named.

Why a module of its own: "can teachers tell if an essay was written by chatgpt" asks about AI
text detection, a listed untaught topic, without naming it; the lexicon (``not_taught``) reads
the learner's description as that term and points where the named thing would be.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

# Telling machine-written text from a person's, described rather than named: "can teachers tell
# if an essay was written by chatgpt", "is there a way to detect ai generated text", "how do
# schools catch students using ai to write homework". (Spotting a fake picture or clip is taught:
# the deepfakes section's advice to check the source; only writing is meant here.)
_MACHINE = r"(?:an?\s+)?(?:ai|a\.i\.?|chat\s?gpt|gpt[\w-]*|chatbots?|bots?|llms?|(?:large\s+)?language\s+models?|gen(?:erative)?\s*ai|machines?|robots?|computers?)"
_TEXT = r"(?:essays?|texts?|homework|writing|assignments?|papers?|articles?|emails?|reviews?|posts?|stor(?:y|ies)|poems?|reports?|letters?|answers?|coursework|content|cover\s+letters?|cvs?)"
_TELLING = (
    r"(?P<verb>tell|tells|telling|know|knows|detect|detects|detecting|spot|spots|spotting|catch|catches|catching|check|checks|"
    r"checking|identify|identifies|identifying|recogni[sz]e|recogni[sz]es|prove|proves|figure\s+out|find\s+out|work\s+out)"
)
_DESCRIBED_DETECTION = (
    # "tell if an essay was written by chatgpt": written (or, of a text, made) by a machine
    rx.compile(
        rf"\b(?P<span>{_TELLING}\s+(?:(?:if|whether|when|that)\s+)?(?:[\w'-]+\s+){{0,4}}?(?:is|was|were|are|been|got)\s+"
        rf"(?:written|typed)\s+(?:by|with|using)\s+{_MACHINE})\b",
        re.IGNORECASE,
    ),
    rx.compile(
        rf"\b(?P<span>{_TELLING}\s+(?:(?:if|whether|when|that)\s+)?(?:(?:a|an|the|my|some|any|this)\s+)?(?:[\w'-]+\s+){{0,2}}?{_TEXT}\s+"
        rf"(?:is|was|were|are|has\s+been|got)\s+(?:generated|made|produced|created|done)\s+(?:by|with|using)\s+{_MACHINE})\b",
        re.IGNORECASE,
    ),
    # "detect ai generated text", "spot chatgpt-written essays"
    rx.compile(
        rf"\b(?P<span>{_TELLING}\s+(?:(?:a|an|the|any|some)\s+)?{_MACHINE}[\s-]*(?:generated|written|made|produced)\s+{_TEXT})\b",
        re.IGNORECASE,
    ),
    # "catch students using ai to write homework"
    rx.compile(
        rf"\b(?P<span>{_TELLING}\s+(?:(?:if|whether|when)\s+)?(?:students?|pupils?|kids|people|someone|employees?|staff|writers?|applicants?)\s+"
        rf"(?:are\s+|is\s+|were\s+|was\s+|have\s+|has\s+)?(?:using|used|use|uses)\s+{_MACHINE}\s+(?:to\s+(?:write|do|cheat)|for)\b[^,.;?!]*)",
        re.IGNORECASE,
    ),
)
# The writing told first and the telling asked after it: "my kid says chatgpt wrote his homework,
# can teachers tell" (stop 41's chat trial answered it with the advice for spotting hallucination).
_WROTE_THEN_TELL = rx.compile(
    rf"\b(?P<wrote>{_MACHINE}\s+(?:wrote|writes|has\s+written|had\s+written|did|does|made)\s+"
    rf"(?:(?:my|his|her|their|the|an?|your|our|this|that)\s+)?(?:[\w'-]+\s+)?{_TEXT})\b[^.?!]{{0,60}}?"
    r"[,.;:?!-]*\s*(?:(?:and|so|but|then)\s+)?(?:how\s+)?(?:can|could|will|would|do|does|did|is\s+there\s+a\s+way\s+(?:to|for\s+\w+\s+to))\s+"
    r"(?:(?:the\s+)?(?:teachers?|tutors?|schools?|they|you|anyone|people|lecturers?|professors?|examiners?|markers?|"
    r"universit(?:y|ies)|employers?|he|she|we|i|it)\s+)?(?:ever\s+|really\s+|actually\s+)?(?:tell|know|detect|spot|catch|prove|check)\b",
    re.IGNORECASE,
)
# The listed term a described detection stands for (its family names where to point the learner).
DETECTION_TERM = "AI text detection"
_GERUND = {"tell": "telling", "know": "knowing", "detect": "detecting", "spot": "spotting", "catch": "catching",
           "check": "checking", "identify": "identifying", "prove": "proving"}


def described_detection(question: str) -> str | None:
    """The learner's words for telling machine-written text from a person's
    (``_DESCRIBED_DETECTION``), as a thing done ("telling if an essay was written by chatgpt"),
    or None. The course never teaches how that is decided, so it is declined as a near miss
    with the learner's own description named."""
    for pattern in _DESCRIBED_DETECTION:
        match = pattern.search(question)
        if match:
            span, verb = match.group("span"), match.group("verb")
            base = verb.lower().rstrip("s") if verb.lower() not in ("catches",) else "catch"
            gerund = _GERUND.get(base, verb if verb.lower().endswith("ing") else None)
            return f"{gerund}{span[len(verb):]}" if gerund else span
    told = _WROTE_THEN_TELL.search(question)
    return f"telling whether {told.group('wrote')}" if told else None
