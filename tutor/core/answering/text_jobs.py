"""Text jobs on the learner's own material: translating, summarising an outside text, a tl;dr.

Why a module of its own: the tutor does not translate or summarise what the learner brings, but
"how does google translate write it in french" asks about an app, and "tl;dr: how does
exploration work" asks for the course's answer, short.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

_F = re.IGNORECASE

_LANGUAGES = (
    r"(?:french|german|spanish|italian|portuguese|dutch|russian|chinese|mandarin|cantonese|japanese|korean|"
    r"arabic|hindi|urdu|bengali|turkish|polish|greek|swedish|norwegian|danish|finnish|hebrew|vietnamese|"
    r"thai|indonesian|malay|swahili|latin|ukrainian|czech|romanian|hungarian|persian|farsi|tagalog|welsh|irish)"
)


# "tl;dr" is a register marker as often as an order: before a question of its own ("tl;dr every
# kind of content gen ai makes", "tldr: how does exploration work") it asks for the course's answer,
# short (stop 32, wxpara-s32). It orders a text job only when it stands alone or points at a text:
# "tl;dr?", "can you tldr this", "tl;dr my meeting notes", "tl;dr the article i'll paste".
_TLDR_OF_A_TEXT = (
    r"(?=\W*(?:(?:pls|please|plz|thanks)\W*)*$|\s*:?\s*(?:this|that|these|those|it|my|our|his|her|their|"
    r"the\s+(?:following|article|thread|e-?mail|paper|essay|book|text|post|video|podcast|transcript|notes|document|pdf|"
    r"report|chapter|meeting|speech|story|news|link|page)s?)\b)"
)


# Text jobs on the learner's own material: translating into another language, summarising a
# pasted or outside text (a lesson of this course may be summarised), doing sums and homework.
# Translating or saying in another language, a tl;dr: an app asked about is spared (``_ABOUT_A_THING``).
TRANSLATING = rx.compile(
    r"\bhow\s+(?:do\s+(?:you|i|we)|would\s+(?:you|i)|to|does\s+one|can\s+i)\s+(?:say|write|spell)\b.{0,60}"
    rf"\bin\s+{_LANGUAGES}\b|"
    rf"\btranslat\w*\b.{{0,80}}\b(?:in|into|to)\s+{_LANGUAGES}\b|"
    rf"\bwhat\s+(?:is|does|'s)\b.{{0,40}}\b(?:in|mean\s+in)\s+{_LANGUAGES}\b|"
    # A tl;dr of a text (alone, or before "this", "my notes", "the article"); "tl;dr on
    # hallucination" and "tl;dr every kind of content gen ai makes" ask for a course answer, short.
    r"\btl;?\s?dr\b" + _TLDR_OF_A_TEXT,
    _F,
)
# Summarising an outside text (a lesson of this course may be summarised).
SUMMARISING = rx.compile(
    r"\b(?:summari[sz]e|summari[sz]ing|sum\s+up|recap|key\s+points\s+(?:of|from|in)|main\s+points\s+(?:of|from|in)|"
    r"gist\s+of|(?<!\bai\s)(?<!bot\s)(?<!gpt\s)(?<!\bllm\s)(?<!['’]s\s)summary\s+of)\b(?!.*\b(?:lessons?|course|section|tutor|topic|module|unit)\b)"
    r".{0,40}(?:\b(?:this|that)\s*:|\b(?:the\s+following|chapter\s+\w+\s+of|book|novel|article|e-?mails?|thread|"
    r"paper|essay|transcript|video|podcast|meeting|notes|paragraph|document|pdf|speech|movie|film|episode|plot|"
    r"season|series|show|lyrics|news)\b)",
    _F,
)
# A summary that a thing writes, by a verb in the third person ("another tool writes up a summary of
# the council meeting", "an app that produces a summary of each deposition"): what a tool does,
# described in a question about it, not a summary ordered from the tutor ("write a summary of",
# "can you give me a summary of" never say "writes", "gives").
SUMMARY_BY_A_THING = rx.compile(
    r"\b(?:writes|produces|generates|makes|creates|drafts|gives|spits|churns|turns|puts|prepares|returns|outputs)"
    r"(?:\s+(?:up|out|together))?\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}summar(?:y|ies)\s+of\b",
    _F,
)
TEXT_JOBS = [
    TRANSLATING,
    SUMMARISING,
    # Sums, equations and homework answers.
    rx.compile(
        r"\b\d+(?:\.\d+)?\s*(?:[+*×÷^]|times|plus|minus|divided\s+by|multiplied\s+by)\s*\d+|"
        r"\b\d+(?:\.\d+)?\s*%\s+of\s+\d+|"
        r"\bsolve\s+(?:this|these|the\s+following)\s+(?:equation|integral|sum|maths?|problems?\s+for\s+me)\b|"
        r"\bsolve\s+for\s+[a-z]\b|\bsolve\s+my\b|\bintegral\s+of\b|^\W*solve\s+(?:this|these)\s*:|"
        r"\b(?:answers?|solutions?)\s+(?:to|for)\b.{0,30}\b(?:question|exercise|problem|task)\s*(?:\d+|[a-z]\b)|"
        r"\b(?:question|exercise|problem|task)\s*\d+\s+(?:on|in|of|from)\s+my\b",
        _F,
    ),
    # Fixing or reviewing the learner's own code.
    rx.compile(
        r"\b(?:fix|debug|refactor|review|optimi[sz]e|correct)\s+(?:this|my|the\s+following|our)\s+(?:\w+\s+){0,2}"
        r"(?:bug|bugs|code|script|function|program|query|error|javascript|python|java|sql|notebook|css|html|app)\b|"
        r"\b(?:(?:give|send|show)\s+(?:me|us)|gimme)\s+(?:the|a|an|some)?\s*(?:\w+\s+){0,2}(?:sql|query|queries|script|"
        r"regex|macro|program|snippet)\b",
        _F,
    ),
]
PLAIN_WORDS = rx.compile(
    r"\b(?:in|into|to|using)\s+(?:plain|simple|everyday|layman'?s?|normal|non-?technical|easy|simpler|human)\s+"
    r"(?:english|words|terms|language)\b",
    _F,
)
