"""The tutor itself asked about: how it answers, and the short version of its last answer.

Why a module of its own: "do you make things up?" is the course question "how does this tutor
answer questions?", and "tl;dr?" right after an answer asks for that answer, short; neither is
small talk nor a text job.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

_F = re.IGNORECASE

# "tl;dr?", "recap pls", "sum that up", "eli5" said alone, right after an answer: the learner asks
# for the short version of what they just read, not for a text of their own to be summarised.
_SUMMARY_OF_LAST = rx.compile(
    r"^\W*(?:(?:ok|okay|so|and|now|hmm|um|lol|right)\W+){0,3}(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)?"
    r"(?:tl;?\s?dr|recap|sum\s+(?:it|that|this|them)\s+up|sum\s+up|summar(?:y|i[sz]e(?:\s+(?:it|that|this))?)|"
    r"(?:give\s+me\s+)?(?:the\s+)?(?:short|quick|simple)\s+version|(?:the\s+)?gist|in\s+a\s+nutshell|"
    r"in\s+(?:one|a\s+few)\s+(?:sentence|line)s?|eli5|explain\s+(?:it|that|this)?\s*like\s+i'?m\s+(?:5|five)|"
    # "in simple words?", "and in plain english?", "say that in layman's terms", "simpler pls":
    # the same point said plainly, which the course does with each section's opening.
    r"(?:(?:explain|say|put|tell\s+me)\s+(?:it|that|this)\s+(?:again\s+)?)?(?:(?:in|into|using)\s+(?:plain|simple|simpler|everyday|"
    r"layman'?s?|non-?technical|easy|basic)\s+(?:english|words|terms|language)|simpler|more\s+simply))"
    r"(?:\s+(?:in\s+(?:one|a\s+few)\s+(?:sentence|line|word)s?|for\s+me|pls|please|plz|again|then|thanks))*\W*$",
    re.IGNORECASE,
)


# The tutor itself asked how it answers: "do you make things up?", "where do your answers come
# from?", "can i trust you?", "how do you work?". The course answers that in its own words (its
# grounding section describes this tutor's extractive answers and /ask-gen), so such a question
# is the course question "how does this tutor answer questions?", not small talk; so is "are you
# chatgpt?" or "what model are you?" (the same passage says what answers here). Its instructions
# and who made it stay outside the job.
ABOUT_THE_TUTOR_QUESTION = "How does this tutor answer questions?"
# ("a tutor like you", "an ai like u": the tutor named by its kind; stop 45)
_YOU = r"(?:you|u|this\s+(?:tutor|app|bot|chatbot)|(?:an?\s+)?(?:ai\s+)?(?:tutor|bot|chatbot|ai|app)\s+like\s+(?:you|u|this(?:\s+one)?))"
_ABOUT_THE_TUTOR = rx.compile(
    # "do you make things up?", "are you making this up", "do you look things up online?"
    rf"\b(?:do|does|did|can|could|would|will|are|r|is)\s+{_YOU}\s+(?:ever\s+|just\s+|really\s+|actually\s+|"
    r"sometimes\s+|also\s+)?(?:make\s+(?:things|stuff|it|this|that|them|answers|facts)\s+up|"
    r"making\s+(?:things|stuff|this|that|it)\s+up|hall?ucinat\w*|lie|lying|"
    # ("can you invent a test set where ..." orders a made thing: classified as a request)
    r"invent\w*(?!\s+(?:an?|some|me|us|my|our|\d+|fake|new)\b)|"
    r"(?:search|use|browse|check)\w*\s+the\s+(?:web|internet)|look\w*\s+(?:things|stuff|it|that)\s+up|"
    r"(?:connected\s+to|on)\s+the\s+internet|google\s+(?:it|things|stuff)|"
    # "do you ever make mistakes?", "could you be wrong", "do u only quote the lessons" (stop 45)
    r"(?:make|makes|making)\s+(?:mistakes|errors)|be\s+wrong|"
    r"(?:only\s+)?(?:quote|copy|use)\s+(?:the|your|its)\s+(?:lessons|course|notes))\b|"
    # "can i trust you?", "should i believe what you say"
    rf"\b(?:trust|rely\s+on|believe)\s+(?:you|u|your\s+\w+|what\s+you\s+say|this\s+tutor)\b|"
    # "where do your answers come from?", "are your answers ai generated?", "how accurate are your facts"
    r"\b(?:your|ur|this\s+tutor'?s)\s+(?:answers?|responses?|replies|info(?:rmation)?|facts|knowledge)\s+"
    r"(?:(?:even\s+)?come\s+from|from|ai[- ]generated|generated|made\s+up|invented|written|reliable|accurate|"
    r"correct|true|trustworthy|real)\b|"
    r"\b(?:how|are|is)\s+(?:accurate|reliable|trustworthy|correct)\s+(?:are\s+|is\s+)?(?:your|ur)\s+"
    r"(?:answers?|responses?|replies|info(?:rmation)?|facts)\b|"
    # "where do you get your info?", "where does this tutor get its answers"
    rf"\bwhere\s+(?:do|does|did)\s+{_YOU}\s+(?:get|find|take|pull)\s+(?:your|ur|its|all\s+(?:this|that|of\s+this))\b|"
    # "how do you work?", "how do you know all this?", "how do you pick your answers?"
    rf"\bhow\s+(?:do|does)\s+{_YOU}\s+(?:work(?!\s+(?:(?:it|this|that|them|these|those)\s+)?out)\b|know\s+(?:all\s+)?(?:this|that|these|so\s+much)\b|"
    r"decide\s+what\s+to\s+(?:say|answer|write)\b|answer\s+(?:questions|my\s+questions|things)(?=\W*$)|(?:choose|pick|find|get|come\s+up\s+with|write|make)\s+"
    r"(?:your|ur|the|these|its|an?)\s+answers?\b)|"
    # "are you chatgpt?", "r u an ai", "what model are you running on?": what answers here
    rf"^\W*(?:(?:so|wait|hey|ok|okay|and|but)\W+)*(?:are|r)\s+{_YOU}\s+(?:just\s+|really\s+|actually\s+|basically\s+)?"
    r"(?:an?\s+)?(?:chat\s?gpt|gpt(?:-?\d\w*)?|gemini|claude|copilot|llama|ai|llm|large\s+language\s+model|"
    r"language\s+model|chatbot|chat\s?bot|generative\s+ai|smollm\w*)\b|"
    r"\b(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:model|llm|ai|language\s+model)\s+(?:are\s+(?:you|u)|is\s+(?:this(?=\W*$)|this\s+(?:tutor|app)|behind\s+(?:you|u|this))|"
    r"do\s+(?:you|u)\s+use|(?:powers|runs)\s+(?:you|u|this(?=\W*$)|this\s+(?:tutor|app))|are\s+(?:you|u)\s+(?:using|running|based\s+on|built\s+on))\b|"
    r"\bwhat\s+are\s+(?:you|u)\s+(?:running\s+on|based\s+on|built\s+on)\b|"
    # "is this answer written by an ai?"
    r"\b(?:is|are|was|were)\s+(?:this|that|these|your|ur)\s+(?:answers?|responses?|replies|text)\s+"
    r"(?:written|generated|made|produced)\s+by\s+(?:an?\s+)?(?:ai|model|llm|language\s+model|chatbot|machine)\b",
    _F,
)


def about_the_tutor(text: str) -> bool:
    """Does ``text`` ask how this tutor answers (see ``_ABOUT_THE_TUTOR``)?"""
    return bool(_ABOUT_THE_TUTOR.search(text))


def asks_for_summary(text: str) -> bool:
    """Is ``text`` only a request for the short version of the last answer ("tl;dr?", "recap
    pls", "can you sum that up")? Asked first, with nothing read yet, it is a text job."""
    return bool(_SUMMARY_OF_LAST.match(text))
