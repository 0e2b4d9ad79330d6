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

# Overfitting told of the data it practised on, set against a failure anywhere else: "nails the
# practice set but falls apart in the concert" (stop 40). Here the praised data says it was the
# data learned from, so the failure needs no "on ours": a performance, a match or a concert is
# other data too.
_PRACTISED = (
    r"(?:practi[cs]e|training|rehearsals?|homework|(?:the )?(?:examples?|data|cases) (?:it|he|she|they) "
    r"(?:was |were )?(?:trained|taught|learn[te]d?|built|shown|practi[cs]ed|saw|seen))"
)
_OVERFIT_PRACTISED = rx.compile(
    rf"\b{_PRAISE}\b(?: (?:the|its|his|her|their|every|all|on))*(?: \w+)?? {_PRACTISED}\b[^.?!]{{0,80}}?"
    rf"\b(?:but|yet|whereas|while|then)\b[^.?!]{{0,60}}?\b{_FAILURE}\b",
    re.IGNORECASE,
)

# Hallucination: a machine that talks or writes told, quoted or gave something, and the thing does
# not exist or is not true ("the web chat bot told a customer to collect their parcel from a
# pickup point that doesnt even exist", "our booking bot told a patient we open on sundays, which
# we never have", "the ai that writes our descriptions invents features the item doesn't have").
# The learner's story (a shop, a depot, a dental practice) otherwise drew the industry section on
# chatbots. A picture or a video is left out: a generated face of "someone who doesn't exist" is
# what a generative model is for, not a falsehood.
_TALKER = (
    r"(?:chat ?bots?|bots?|assistants?|chat ?gpt|gpt|copilot|gemini|language models?|llms?|"
    r"chat ai|ai chat|(?:the|an|our|this|that|their) ai(?: tool| thing| system)?)"
)
_STATED = (
    r"(?:told|tells?|said|says|gave|gives|quoted|quotes|cited|cites|claimed|claims|answered|replied|"
    r"wrote|writes|listed|lists|recommended|named|mentioned|referenced|invents|invented|"
    r"(?:came|comes|coming) up with|made up|makes up|making up)"
)
_FALSE = (
    r"(?:(?:doesn'?t|does not|didn'?t|did not|don'?t|do not) (?:even |actually |really )?(?:exist|have|happen)|"
    r"never (?:existed|exist|happened|wrote|written|said|opened|open|had|have)\b(?! to)|"
    r"(?:isn'?t|wasn'?t|aren'?t|weren'?t|is not|was not|are not|were not) (?:even |actually )?(?:real|true|there)|"
    r"none of (?:them|which|those|these) (?:are|were|is|was|exists?|existed)|"
    r"non-?existent|made[- ]up|fake|fictional|bogus|invented|imaginary|out of thin air)"
)
_HALLUCINATION_TOLD = rx.compile(
    rf"\b{_TALKER}\b[^?!]{{0,80}}?\b{_STATED}\b[^?!]{{0,200}}?\b{_FALSE}\b", re.IGNORECASE
)
_PICTURES = rx.compile(
    r"\b(?:pictures?|images?|photos?|pics?|drawings?|draws?|paintings?|videos?|faces?|artwork|art)\b", re.IGNORECASE
)

# Accuracy misleading on a rare class: a share said right, and the thing to catch rare ("says its
# '98% right', but only a tiny handful of letters are ever spiced", "99 percent of transactions
# right, but frauds are maybe one in a thousand"). The story's words (fraud, post, scans) drew
# the section on precision and recall or the learner's industry, not the one on accuracy misleading.
_PERCENT = r"\d+(?:\.\d+)? ?(?:%|percent|per cent)"
_SAID_RIGHT = rf"(?:{_PERCENT}[^.?!]{{0,30}}?\b(?:right|accurate|correct)\b|\b(?:right|accurate|accuracy|correct)\b[^.?!]{{0,20}}?{_PERCENT})"
_RARE = (
    r"(?:rare|rarely|one in (?:a|every|ten|twenty|fifty|a hundred|a thousand|\d+)|(?:tiny |small )?handful|hardly any|"
    r"very few|only a few|almost none|almost never|barely any|one or two)"
)
_ACCURACY_RARE = rx.compile(
    rf"{_SAID_RIGHT}[^?!]{{0,160}}?\b{_RARE}\b|\b{_RARE}\b[^?!]{{0,160}}?{_SAID_RIGHT}", re.IGNORECASE
)

# Cumulative reward: a reward taken now against what it costs later ("keeps grabbing the nearest
# box for a quick point even when it blocks the aisle for the next ten picks. shouldnt it think
# ahead", "only chases the points it can grab right now ... to win at the end").
_REWARD = r"(?:points?|rewards?|scores?|prizes?|treats?)"
_NOW = r"(?:right now|straight away|immediate(?:ly)?|instant|quick|quickest|nearest|short[- ]term|this move|this turn)"
_LATER = (
    r"(?:later|at the end|in the end|the long run|long[- ]term|think ahead|plan ahead|down the line|eventually|"
    r"the whole (?:game|match|episode|day|shift)|(?:the )?next (?:ten|few|\d+|several))"
)
_REWARD_NOW_LATER = rx.compile(
    rf"(?:\b{_REWARD}\b[^!]{{0,60}}?\b{_NOW}\b|\b{_NOW}\b[^!]{{0,60}}?\b{_REWARD}\b)[^!]{{0,200}}?\b{_LATER}\b",
    re.IGNORECASE,
)

_TOLD = (
    (_OVERFIT_TOLD, "overfitting"),
    (_OVERFIT_PRACTISED, "overfitting"),
    (_EXPLORE_TOLD, "exploration versus exploitation"),
    (_TEMPERATURE_TOLD, "temperature"),
    (_ACCURACY_RARE, "accuracy"),
    (_REWARD_NOW_LATER, "cumulative reward"),
)


def told_terms(question: str) -> list[str]:
    """The course terms whose symptom ``question`` tells in its own words (see the module's
    docstring), in a fixed order, none when no shape is told whole."""
    text = question.replace("\u2019", "'")
    terms = [term for pattern, term in _TOLD if pattern.search(text)]
    if _HALLUCINATION_TOLD.search(text) and not _PICTURES.search(text):
        terms.append("hallucination")
    return list(dict.fromkeys(terms))
