"""Course terms for symptoms a learner tells instead of naming (issue 11, stop 39, parab39-s39).

A learner who has met a course phenomenon at work describes what they saw, in their own words and
inside their own story: "the supplier's defect checker was near enough perfect on the parts they
built it with but on our castings it was rubbish" is overfitting; "the timetable ai keeps sticking
with the one schedule it knows works, shouldn't it try other ones" is exploration versus
exploitation; "my manager pushed the slider to the max and it wrote gibberish" is temperature.
The glossary maps fixed phrases, but these symptoms are told by their shape, not their words: a
praise and a failure set against each other, a known choice against an untried one, a setting
pushed to its end and nonsense out. The story's words (castings, timetables, telesales) otherwise
drew the learner's own industry section, or nothing in scope.

``told_terms`` reads those shapes and gives the course terms they stand for; ``LearnerLanguage.
expand`` adds them to the query as it adds the glossary's terms. Each shape needs both of its
halves in one question, so a question that only praises ("it's brilliant on our data") or only
complains names no symptom.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

# Overfitting: good on the data it was made with, bad on other data ("ours", new, live...).
# The praise is of how it does ON something ("perfect on the parts they built it with", "spot on
# with the shop's customers", "nails every case"): "great at spotting patterns" praises a skill.
_PRAISE = (
    r"(?:(?:near(?:ly| enough)? perfect|perfect|flawless|brilliant|excellent|great|superb|spot on|"
    r"99 ?(?:%|percent|per cent)|top marks|works? (?:great|fine|well|perfectly)|"
    r"worked (?:great|fine|well|perfectly)) (?:on|with|in)|nail(?:s|ed)|ace[sd])"
)
_FAILURE = (
    r"(?:rubbish|useless|hopeless|garbage|terrible|awful|poor|badly|flops?|flopped|fall(?:s|ing)? apart|"
    r"fell apart|fell (?:on its|flat on its) face|miles (?:out|off)|way off|muddled|no good|struggles?|"
    r"gets? (?:it |them )?wrong|all over the place|falls? over|fell over|missed|misses|missing(?! (?:values?|data|fields?|entries|records|rows|labels?|numbers))|clueless)"
)
# What it fails on is other data than it was made with: the learner's own, new, live or real data.
# Said after a preposition ("on ours", "with my clients"): "my mum gets rubbish suggestions" is
# another person, not other data.
_OTHER_DATA = r"(?:on|with|for|at|in) (?:ours|our|my|mine|new|fresh|live|real|other|different|unseen|this year)"
_OVERFIT_TOLD = rx.compile(
    rf"\b{_PRAISE}\b[^.?!]{{0,120}}?(?:\b(?:but|yet|whereas|while|then|and|only)\b|,)"
    rf"[^.?!]{{0,80}}?(?:\b{_OTHER_DATA}\b[^.?!]{{0,60}}?\b{_FAILURE}\b|\b{_FAILURE}\b[^.?!]{{0,40}}?\b{_OTHER_DATA}\b)",
    re.IGNORECASE,
)

# Exploration versus exploitation: a choice it knows works against one it has not tried.
_KNOWN = r"(?:(?:it|they|he|she) (?:already )?knows?(?: works)?|(?:it|they) know (?:works|they like)|known|familiar|usual)"
_UNTRIED = (
    r"(?:try(?:ing)? (?:a |an |some )?(?:other|others|another|something|anything|new|different)|"
    r"(?:never|not) tries|(?:hasn'?t|has not|haven'?t|never|not yet) (?:tried|used|been)|untried)"
)
_EXPLORE_TOLD = rx.compile(rf"\b{_KNOWN}\b[^?!]{{0,120}}?\b{_UNTRIED}\b|\b{_UNTRIED}\b[^?!]{{0,120}}?\b{_KNOWN}\b", re.IGNORECASE)

# Temperature: a setting pushed to its end, and nonsense comes out.
_SETTING = r"(?:slider|dial|knob|setting|toggle)"
_PUSHED = r"(?:max(?:imum)?|the top|all the way|right up|full|highest|turned up|cranked)"
_NONSENSE = r"(?:gibberish|nonsense|word salad|jumbled|random words|babble|babbling|garbled|gobbledygook|waffle)"
_TEMPERATURE_TOLD = rx.compile(rf"\b{_SETTING}\b[^?!]{{0,80}}?\b{_PUSHED}\b[^?!]{{0,80}}?\b{_NONSENSE}\b", re.IGNORECASE)

_TOLD = (
    (_OVERFIT_TOLD, "overfitting"),
    (_EXPLORE_TOLD, "exploration versus exploitation"),
    (_TEMPERATURE_TOLD, "temperature"),
)


def told_terms(question: str) -> list[str]:
    """The course terms whose symptom ``question`` tells in its own words (see the module's
    docstring), in a fixed order, none when no shape is told whole."""
    text = question.replace("\u2019", "'")
    return [term for pattern, term in _TOLD if pattern.search(text)]
