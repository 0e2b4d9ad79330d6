"""Requests for what the course never gives: formulas and derivations, or code to write.

Why a module of its own: the course explains ideas in plain words and has no formulas or
programming lessons, so "the formula for cross entropy" or "how do i write a training loop in
pytorch" is declined honestly even when its topic is taught; "why would i need maths for it" or
"ai writing code" asks about the course's own topics and is not.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

# ---------------------------------------------------------------------------------------------
# Requests for what the course never gives: formulas and derivations, or code to write
# ---------------------------------------------------------------------------------------------

_MATHS = rx.compile(
    # ("proof of concept", "proof of purchase": evidence that something works or happened, no derivation)
    r"\b(?P<term>(?:the\s+)?(?:maths?|mathematics|formulas?|formulae|equations?|derivations?|"
    r"proofs?(?!\s+of\s+(?:concept|work|stake|purchase|identity|id|address|age|payment|delivery|ownership|value|"
    r"income|insurance|life)\b)|calculus)\s+"
    r"(?:for|of|behind)\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+(?!(?:work|works|mean|means|do|does|is|are)\b)[\w-]+){0,2})|"
    # "derive the loss", "can you prove that k-means converges": asked of the tutor; "is a low loss
    # enough to prove a model is good?" uses the verb for evidence, not a derivation.
    r"(?:^\W*|\b(?:can|could|would|will)\s+(?:you|u)\s+|\bplease\s+|\bhow\s+(?:do|can|would|to)\s+(?:i\s+|you\s+|we\s+)?|"
    r"\bshow\s+me\s+how\s+to\s+|\bhelp\s+me\s+)(?P<verb>derive|prove)\s+(?:the\s+|a\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+){0,2})",
    re.IGNORECASE,
)
# What comes right before "maths for X" when the maths is a skill to have, not a derivation to see.
_NEEDS_THE_SKILL = rx.compile(
    r"\b(?:need|needs|needed|know|knowing|learn|learning|study|studying|require[sd]?|requires|good\s+at|bad\s+at|"
    r"how\s+much|enough|strong|basic|solid)\s+(?:(?:some|any|much|the|a\s+lot\s+of|lots\s+of|more)\s+)?$",
    re.IGNORECASE,
)
# What comes right before "a formula for X" when a method finds the formula in data.
_FOUND_BY_A_METHOD = rx.compile(
    r"\b(?:find|finds|found|finding|discover|discovers|discovered|fit|fits|learn|learns|come\s+up\s+with|comes\s+up\s+with|"
    r"work\s+out|works\s+out)\s+(?:an?\s+|the\s+)?(?:actual\s+|exact\s+|real\s+|proper\s+|simple\s+|neat\s+)?$",
    re.IGNORECASE,
)
_CODE_CONTEXT = rx.compile(
    r"\b(?:python|pytorch|torch|tensorflow|keras|numpy|jax|sklearn|scikit-learn|from\s+scratch|code|script|"
    r"notebook|training\s+loop|in\s+c\+\+|in\s+java(?:script)?|in\s+r)\b",
    re.IGNORECASE,
)
_CODE_REQUEST = rx.compile(
    r"\bhow\s+(?:do|can|should|would|to)\s+(?:i\s+|we\s+|you\s+)?(?P<verb>write|code|implement|program|train|build)\s+"
    r"(?P<thing>.+?)\s*[?.!]*$|"
    # "script-writing bots", "code-writing tools": a gerund hyphened to the word before it is part
    # of the learner's name for a machine (what it makes), not a request for code.
    r"(?<!-)\b(?:implement(?:ing|ation\s+of)?|coding|writing)\s+(?P<thing2>.+?)\s*[?.!]*$",
    re.IGNORECASE,
)

# A machine right before the gerund does the coding: "ai writing code", "chatbots implementing apps".
_MACHINE_DOING = rx.compile(
    r"\b(?:ai|a\.i\.|chatbots?|bots?|models?|gpt(?:-?\d)?|chatgpt|llms?|copilot|machines?|computers?|tools?|"
    r"assistants?|generators?|systems?|gen\s+ai|generative\s+ai)\s+(?:(?:is|are|gets?)\s+)?"
    r"(?:(?:so\s+|really\s+|any\s+)?(?:(?:good|bad|better|worse|great|decent|reliable|used)\s+)?(?:at|for)\s+)?$",
    re.IGNORECASE,
)


def untaught_request(question: str) -> str | None:
    """What ``question`` asks for that the course never gives, in the learner's words: the
    maths of something ("the formula for cross entropy", "derive backprop") or code to write
    ("writing a training loop in pytorch"). The course explains ideas in plain words and has
    no formulas or programming lessons, so such questions are declined honestly even when
    their topic is taught."""
    maths = _MATHS.search(question)
    if maths and maths.group("term") and _NEEDS_THE_SKILL.search(question[: maths.start()]):
        # "why would i need maths for it", "do you have to know math for ml": mathematics as a
        # skill a learner needs (the skills sections teach that), not a derivation asked for.
        maths = None
    if maths and maths.group("term") and _FOUND_BY_A_METHOD.search(question[: maths.start()]):
        # (stop 40) "can it find an actual formula for fuel use from our trip data": a formula a
        # method finds in the learner's data is its result, not the maths of an idea asked for
        # (the decline named "formula for fuel use from" instead of symbolic regression).
        maths = None
    if maths:
        if maths.group("term"):
            return maths.group("term").strip()
        return f"{maths.group('verb').lower()} {maths.group('thing')}".strip()
    code = _CODE_REQUEST.search(question)
    if code and code.group("thing2") is not None and _MACHINE_DOING.search(question[: code.start()]):
        code = None  # "ai writing code vs ai inventing drug molecules": what AI does, a course topic
    if code and _CODE_CONTEXT.search(question):
        thing = (code.group("thing") or code.group("thing2") or "").strip()
        verb = (code.group("verb") or "write").lower()
        gerund = {"write": "writing", "code": "coding", "program": "programming"}.get(verb, f"{verb}ing")
        return f"{gerund} {thing}" if thing else None
    return None
