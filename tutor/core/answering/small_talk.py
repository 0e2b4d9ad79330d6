"""Small talk: greetings, thanks, feelings, jokes, the tutor's tastes and opinions on contested topics.

Why a module of its own: each gets a short reply of its own (a greeting, "glad to help", a
polite refusal to chat), never a course passage; "i'm anxious about AI taking my job" is about
the course's subject and is left to retrieval.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx

_F = re.IGNORECASE

# The learner's feelings, the tutor's tastes, small talk, jokes and opinions on contested topics.
_CHAT = [
    rx.compile(
        r"^\W*(?:(?:hi|hello|hey|hiya|yo|howdy|good\s+(?:morning|afternoon|evening))\b[\s,!.]*)?"
        r"(?:how\s+are\s+(?:you|u|ya)(?:\s+doing)?(?:\s+today|\s+tonight)?|how'?s\s+it\s+going|how\s+have\s+you\s+been|"
        r"what'?s\s+up|wh?at\s+up|sup|how\s+do\s+you\s+do|how'?s\s+your\s+day(?:\s+(?:going|been))?)\s*[?!.]*\s*$|"
        r"^\W*(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|night))(?:\s+there)?\W*$|"
        r"^\W*(?:yo|hey|hi|sup)?\W*(?:what'?s|whats|wats)\s+(?:good|up|new|poppin|happening)\W*$",
        _F,
    ),
    rx.compile(
        # ("what's your favourite ...", not the generic you of a story: "trying new restaurants vs
        # going to your favourite one, what's that in reinforcement learning", stop 47.)
        r"\b(?<!\bto\s)(?<!\bat\s)(?<!\bfrom\s)(?<!\bwith\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bgoing\s)"
        r"(?<!\bpick\s)(?<!\border\s)(?<!\beat\s)(?<!\bplay\s)(?:your|ur)\s+(?:favou?rite|fav|fave)\b|"
        r"\bdo\s+(?:you|u)\s+(?:love|like|hate|fancy|miss|care\s+about)\s+(?:me|us)\b|\bi\s+love\s+(?:you|u)\b|"
        # the tutor's own feelings about its work: "do you actually enjoy being a tutor?"
        r"\bdo\s+(?:you|u)\s+(?:actually\s+|really\s+|even\s+|ever\s+)?(?:enjoy|like|love|hate|mind)\s+(?:being\s+(?:a|an|my)|"
        r"your\s+(?:job|work)|this\s+job|teaching|helping|answering)\b|"
        r"\b(?:will|would)\s+(?:you|u)\s+(?:be\s+my|marry|date)\b|"
        r"\b(?:are\s+you|r\s+u)\s+(?:single|married|lonely|happy|sad|my\s+friend|sentient|conscious|alive|human|"
        r"a\s+(?:real\s+)?person|self[-\s]aware|real)\b|\bdo\s+you\s+(?:have\s+)?(?:feelings|emotions|a\s+soul|dreams|"
        r"get\s+(?:lonely|sad|bored|tired))\b|\b(?:can|will|would)\s+(?:you|u)\s+be\s+my\b|"
        r"\bcan\s+we\s+(?:just\s+)?(?:talk|chat)\b(?!\s+about)|"
        r"\bhow\s+old\s+are\s+(?:you|u)\b|\bwhat(?:'s|\s+is)\s+your\s+(?:name|age|gender|star\s+sign)\b|"
        r"\bwhere\s+do\s+(?:you|u)\s+live\b|\bdo\s+(?:you|u)\s+(?:believe\s+in|pray|vote|sleep|eat)\b|"
        r"\b(?:are\s+you|r\s+u)\s+(?:smarter|better|dumber|faster|cleverer|more\s+\w+)\s+than\b|"
        r"\bmeaning\s+of\s+life\b|\b(?:greatest|best)\s+\w+\s+of\s+all\s+time\b|"
        r"\bmy\s+(?:breakup|break-up|divorce)\b",
        _F,
    ),
    # Jokes and banter.
    rx.compile(
        r"\b(?:got|know|have|any)\s+(?:any\s+)?(?:good\s+|funny\s+|new\s+)?(?:jokes|puns|riddles|one-liners)\b|"
        r"^\W*(?:roast|insult|compliment|flirt\s+with)\s+me\b|\bsay\s+something\s+(?:funny|nice|mean|silly)\b|"
        r"\bentertain\s+(?:me|us)\b|"
        r"^\W*knock[\s,]+knock\b",
        _F,
    ),
    # Opinions on contested public questions: voting, parties, leaders, moral controversies.
    rx.compile(
        r"\bwho\s+(?:should|do|would|will)\s+(?:i|we|you)\s+vote\b|\bvote\s+for\s+(?:in|at)\b|"
        r"\bpolitical\s+part(?:y|ies)\b|\b(?:left|right)[-\s]wing\b|"
        r"\b(?:party|candidate)\s+(?:should|will|is\s+going\s+to)\s+win\b|"
        r"\b(?:democrats?|republicans?|tories|labour\s+party|liberals|conservatives)\b|"
        r"\b(?:capitalism|socialism|communism|fascism|abortion|gun\s+control|death\s+penalty|brexit)\b|"
        r"\bis\s+religion\b|\breligion\s+(?:is\s+)?(?:good|bad|true|real|right|wrong|harmful|helpful)\b|"
        r"\b(?:president|prime\s+minister|government|politicians?|mayor|king|pope)\s+(?:is\s+)?(?:doing\s+a\s+"
        r"(?:good|bad|great|terrible|decent)\s+job|corrupt|a\s+good\s+(?:leader|person))\b|"
        r"\bimmigration\b.{0,40}\b(?:right|wrong|good|bad|opinion|think|should)\b|"
        r"\b(?:your|ur)\s+(?:personal\s+)?(?:opinion|view|take|stance|position)\s+on\s+(?:religion|god|politics|"
        r"abortion|immigration|the\s+election|israel|palestine|ukraine|russia|china|trump|biden)\b|"
        r"\b(?:does|is)\s+god\s+(?:exist|real)\b|"
        r"\bshould\s+(?:the\s+)?(?:uk|britain|us|usa|america|scotland|ukraine|israel|country)\s+(?:rejoin|leave|join|"
        r"invade|ban|legali[sz]e|abolish|elect|impeach)\b",
        _F,
    ),
]
_ACKNOWLEDGEMENT = (
    r"(?:ok(?:ay)?|kk?|cool|great|nice|awesome|perfect|brilliant|lovely|sweet|neat|wow|interesting|alright|"
    r"got\s+it|gotcha|i\s+see|understood|(?:that\s+)?makes\s+sense|(?:that|this)\s+(?:helps|helped|is\s+helpful)|"
    r"(?:very\s+)?helpful|thanks|thank\s+(?:you|u)|thx|thnx|thanx|ty|tysm|tyvm|cheers|much\s+appreciated|"
    r"appreciate\s+it|good\s+(?:to\s+know|answer|explanation))"
    r"(?:\s+(?:so\s+much|a\s+lot|very\s+much|again|man|mate|dude|buddy|tutor|for\s+(?:that|this|the\s+help|explaining)))*"
)
THANKS = rx.compile(rf"^\W*{_ACKNOWLEDGEMENT}(?:[\s,.!:;)(-]+{_ACKNOWLEDGEMENT})*[\s,.!:;)(-]*$", _F)
GREETING = rx.compile(
    r"^\W*(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|tutor))?\W*$",
    _F,
)
# The learner's feelings ("i feel so sad today"); "i'm anxious about AI taking my job" is about
# the course's subject and is left to retrieval.
FEELINGS = rx.compile(
    r"^\W*(?:i'?m|i\s+am|im|i\s+feel|i'?ve\s+been\s+feeling|i\s+have\s+been\s+feeling|feeling)\s+"
    r"(?:so\s+|really\s+|very\s+|pretty\s+|kinda\s+|kind\s+of\s+|a\s+bit\s+|super\s+|quite\s+)?"
    r"(?:lonely|sad|depressed|stressed|anxious|down|upset|heartbroken|miserable|angry|scared|overwhelmed|"
    r"unhappy|hopeless|worthless)\b|"
    r"^\W*(?:i'?m|i\s+am|im)\s+(?:so\s+|really\s+|very\s+|kinda\s+|super\s+)?(?:bored|tired|hungry|sleepy)\W*$",
    _F,
)
