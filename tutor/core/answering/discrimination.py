"""Discrimination set up on purpose: a system made to treat people worse for who they are.

Why a module of its own: such a request is often dressed as efficiency ("set up our CV tool so
it quietly filters out applicants over 50"), and a question about such bias ("why does our
screening tool rank older applicants lower?") must stay a course question; three parts in one
sentence tell them apart.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

_F = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# Discrimination set up on purpose (stop 30): a system at work (a screening tool, a rota, a loan
# model) made to treat people worse for who they are, often dressed as efficiency ("set up our CV
# tool so it quietly filters out applicants over 50"). Three parts in one sentence: the learner
# makes or changes the system ("how do i set up", "tweak", "configure ... so it"), a worse
# treatment that is wanted, not prevented ("filters out", "scores lower", "never gets offered"; not
# "doesn't reject" or "stop it from rejecting"), and a trait of people that the law protects or
# that stands in for one (age, pregnancy, race, names, disability, religion, postcode). A question
# about such bias ("why does our screening tool rank older applicants lower?", "how do i stop the
# model from filtering out women?") has no making part and stays a course question.
# ---------------------------------------------------------------------------------------------
_SETS_UP = rx.compile(
    r"(?:^|[.!?;,]\s*|\b(?:how\s+(?:do|can|could|should|would|might)\s+(?:i|we|you|u|one)|"
    r"(?:can|could|would|will)\s+(?:you|u)(?:\s+help\s+(?:me|us))?|help\s+(?:me|us)|(?:i|we)\s+(?:want|need|'d\s+like)|"
    r"ways?|best\s+way|please|pls|just)\s+(?:to\s+)?)"
    r"(?:set\s+up|setup|configure|tweak|tune|train|re-?train|program|programme|make|get|build|adjust|change|"
    r"design|code|teach|rig|update|modify|customi[sz]e)\b(?P<rest>[^.!?;]*)",
    _F,
)
_WORSE = rx.compile(
    r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)(?<!\bstop\s)(?<!\bfrom\s)(?<!\bavoid\s)"
    r"\b(?:(?:quietly|silently|secretly|automatically|just)\s+)?(?:filters?|filtering|screens?|weeds?|rules?|rejects?|"
    r"rejecting|excludes?|blocks?|bins?|penali[sz]es?|downgrades?|drops?|turns?\s+(?:away|down)|denies|deny|"
    r"declines?|skips?|hides?|deprioriti[sz]es?)\b|"
    r"\b(?:scores?|ranks?|rates?|marks?|prices?|charges?)\b[^.!?;]{0,50}?\b(?:lower|down|worse|higher|more)\b|"
    # the passive: "so customers from poorer postcodes get charged more", "so older people are filtered out"
    r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)\b(?:gets?|getting|be|are|is)\s+(?:(?:quietly|silently|secretly|automatically|always)\s+)?"
    r"(?:(?:filtered|screened|weeded|ruled|turned)\s+(?:out|away|down)|rejected|excluded|blocked|penali[sz]ed|downgraded|"
    r"dropped|declined|denied|skipped|(?:charged|scored|ranked|rated|marked|priced)\s+(?:\w+\s+)?(?:lower|down|worse|higher|more))\b|"
    r"\b(?:never|not|don't|dont|doesn't|doesnt|won't|wont|can't|cant)\s+(?:gets?\s+|be\s+|are\s+)?"
    r"(?:offered|shown|picked|hired|approved|invited|promoted|shortlisted|considered|interviewed|selected)\b",
    _F,
)
_PROTECTED = rx.compile(
    r"\b(?:(?:over|above|older\s+than|under|younger\s+than)\s+\d{2}|aged?\s+\d{2}|older|elderly|pregnant|pregnancy|"
    r"maternity|women|woman|female|females|girls|black|asian|hispanic|latino|muslims?|jews?|jewish|christians?|"
    r"hindus?|gay|lesbian|trans|transgender|disabled|disability|disabilities|wheelchairs?|foreign(?:-sounding)?|"
    r"immigrants?|migrants?|accents?|religion|religious|ethnic|ethnicity|race|racial|nationality|postcodes?|"
    r"zip\s*codes?|neighbou?rhoods?|single\s+mothers?|mothers|parents\s+of\s+young|young\s+kids|names?\s+like|"
    r"sounding\s+names?|non-?native|gender|sexuality|age)\b",
    _F,
)


def sets_up_discrimination(text: str) -> bool:
    """Does ``text`` ask to make a system treat people worse for a protected trait? (Above.)"""
    return any(
        _WORSE.search(m.group("rest")) and _PROTECTED.search(m.group("rest")) for m in _SETS_UP.finditer(text)
    )
