"""Requests that are not questions about the course: a tutor's job has limits.

Why a separate check before retrieval: a request such as "write my essay on AI ethics" or
"write a phishing email" shares words with the course, so retrieval would happily answer it
with a passage. These requests need a short, polite refusal that says what the tutor does,
never a course passage. Patterns describe the *kind* of request (an imperative to produce
something for the learner, a joke, role-play or "no rules", asking for hidden instructions,
harmful intent), not particular sentences; a question *about* a topic ("how do phishing
detectors use ML?", "what is a prompt?") is left to retrieval.

Families, each a few patterns wide rather than a list of sentences: writing to order (a making
verb and any genre: essay, thread, tweet, caption, cover letter, speech, SQL query...); asking
what the tutor was told (its prompt, rules or instructions, "what your developers told you");
producing people's personal data (card numbers, passwords, ID numbers) however it is dressed up;
attacks (getting into accounts, flooding sites); and everyday requests that have nothing to do
with a course (the weather, recipes, a landlord dispute, which stock to buy), which get their own
short refusal: "not covered, nearby topics: ..." would read oddly after a weather question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_F = re.IGNORECASE

# "can AI make fake reviews?", "could a GAN generate a deepfake?": a question about what the
# technology can do (the course covers its misuse), not a request to do it, so the patterns that
# hinge on a making verb do not apply to it. "can you make ..." and "can I make ..." still do.
_ABOUT_ABILITY = re.compile(
    r"^\W*(?:can|could|does|do|will|would|is|are|how\s+(?:do|does|can|could))\s+(?:ai|an?\s+ai|the\s+ai|a\s+model|models|"
    r"an?\s+(?:gan|vae|llm|chatbot|generator)|gans|vaes|llms|chatbots|chatgpt|generative\s+ai|gen\s*ai|"
    r"machine\s+learning|ml|(?:a\s+)?language\s+models?|scammers|criminals|fraudsters|people|bad\s+actors)\b",
    _F,
)
_MADE: set[re.Pattern[str]] = set()  # the patterns led by a making verb


def _made(pattern: re.Pattern[str]) -> re.Pattern[str]:
    _MADE.add(pattern)
    return pattern


# Harmful intent: producing attacks, fraud or harm. Checked first; "how do spam filters
# detect phishing" is a question about defence and does not match (no making verb).
_MAKE = r"(?:write|draft|compose|create|make|generate|build|code|craft|produce|design|give\s+me|help\s+me\s+(?:write|make|build|create))"
# Where a request starts: the sentence's opening, after a comma ("i'm a teacher, write ..."), or after
# a polite or wanting opener ("could you", "i need you to", "help me", "how do i"). A making verb
# inside a question ("why do chatbots make up quotes?") is not a request.
_ASKING = (
    r"(?:^\W*|[,;:.!]\s*|\b(?:please|pls|plz|just|now|then|(?:can|could|would|will)\s+(?:you|u)|"
    r"i\s+(?:want|need|would\s+like|'d\s+like)\s+(?:you\s+)?to|help\s+me|let'?s|teach\s+me\s+(?:how\s+)?to|"
    r"how\s+(?:do|can|could|would|should)\s+i|how\s+to)\s+)(?:\w+\s+){0,1}?"
)
_HARMFUL = [
    _made(re.compile(
        rf"\b{_MAKE}\b.{{0,40}}\b(?:phishing|scam|malware|ransomware|virus|keylogger|trojan|worm|"
        r"exploit|spyware|botnet|ddos|fake\s+(?:[\w'-]+\s+){0,2}(?:id|ids|invoices?|reviews?|news|logins?|"
        r"passports?|documents?|licen[cs]es?|certificates?|diplomas?|receipts?|prescriptions?|sick\s+notes?))",
        _F,
    )),
    re.compile(
        r"\b(?:hack|break)\s+into\b|"
        r"\bhow\s+(?:do\s+i|to|can\s+i|could\s+i)\s+(?:steal|hack|crack|bypass|spy\s+on|stalk)\b|"
        r"\b(?:steal|crack)\w*\s+(?:someone|somebody|my\s+\w+'s|a\s+person's|their)\b|"
        r"\bhow\s+(?:do\s+i|to|can\s+i)\s+(?:make|build)\s+(?:a\s+)?(?:bomb|weapon|explosive|poison)|"
        r"\b(?:hurt|kill|harm)\s+(?:someone|somebody|people|my\s+\w+)\b",
        _F,
    ),
    # Drugs, weapons and violence: how to make or get them.
    re.compile(
        r"\b(?:how\s+(?:do\s+(?:i|you|we)|to|can\s+(?:i|you|we)|would\s+(?:i|you))|help\s+me|teach\s+me\s+to|"
        r"steps?\s+to|recipe\s+for|instructions\s+(?:for|to))\s+(?:\w+\s+){0,2}"
        r"(?:make|cook|synthesi[sz]e|brew|grow|buy|get|build|3d\s*print|assemble)\s+(?:\w+\s+){0,2}"
        r"(?:meth|cocaine|heroin|fentanyl|drugs|lsd|mdma|bombs?|explosives?|guns?|firearms?|weapons?|poisons?|"
        r"nerve\s+agents?|napalm|molotov)\b",
        _F,
    ),
    # Attacks on computers and accounts, spam and fraud made to order.
    _made(re.compile(
        r"\b(?:hack|crack|break\s+into)\s+(?:[\w']+\s+){0,2}(?:wifi|wi-fi|account|accounts|"
        r"password|passwords|phone|email|instagram|facebook|computer|server|network|bank)\b|"
        r"\b(?:ddos|dox|doxx)\w*\b|"
        rf"\b{_MAKE}\b.{{0,30}}\b(?:spam\s+(?:emails?|messages?|texts?|campaign)|fake\s+reviews?|"
        r"password\s+(?:stealer|cracker)|credit\s+card\s+(?:generator|numbers))\b",
        _F,
    )),
    # People's personal data made or fetched to order, even "for my homework": card numbers,
    # ID numbers, passwords, home addresses. How a model detects card fraud is a course question
    # and has no making or needing verb aimed at such data.
    _made(re.compile(
        rf"\b(?:{_MAKE}|need|want|list|send|find|get|dump|fill)\b.{{0,90}}\b(?:(?:credit|debit|bank)\s+card\s+"
        r"(?:numbers?|details)|card\s+numbers|(?:social\s+security|ssn|passport|national\s+insurance|"
        r"driver'?s?\s+licen[cs]e|id|tax\s+id|bank\s+account)\s+numbers?|(?:home\s+)?addresses\s+(?:and|with)|"
        r"(?:people|persons?|users?|someone|customers?)'?s?\s+(?:\w+\s+){0,2}(?:passwords?|logins?)|"
        r"personal\s+(?:data|details|information)\s+(?:of|about|on|for)\s+(?:real|actual|\d+|my|some|other)|"
        r"(?:someone|somebody|a\s+person|a\s+stranger|celebrit\w+|my\s+\w+)'?s?\s+(?:home\s+)?(?:address|phone\s+numbers?|"
        r"passwords?|card\s+numbers?|location)|"
        r"(?:working|valid|real|leaked|stolen|hacked)\s+(?:[\w-]+\s+){0,2}(?:passwords?|logins?|credentials|"
        r"accounts|card\s+numbers))\b",
        _F,
    )),
    _made(re.compile(
        r"\b(?:real|actual|living|random\s+real)\s+(?:people|persons|customers|users)'?s?\s+"
        r"(?:\w+\s+){0,3}(?:home\s+addresses|addresses|phone\s+numbers|passwords|card\s+numbers|credit\s+cards)\b",
        _F,
    )),
    # Getting into what is not yours, and knocking services over.
    re.compile(
        r"\b(?:get|break|log|sneak)\s+into\s+(?:[\w']+\s+){0,3}(?:wifi|wi-fi|router|account|accounts|phone|"
        r"email|inbox|computer|laptop|network|server)\b|"
        r"\bwithout\s+(?:the|their|his|her|a|knowing\s+the)\s+(?:password|passcode|pin)\b|"
        r"\b(?:flood|floods|flooding|overload|overloads|crash|crashes|take\s+down|takes\s+down|knock\s+(?:out|down))\s+"
        r"(?:a|the|my|our|their|his|her|someone'?s?|any)?\s*(?:[\w']+\s+){0,2}(?:websites?|sites?|servers?|networks?|"
        r"inbox(?:es)?)\b",
        _F,
    ),
    # Harassment: insults, threats, bullying aimed at a person.
    re.compile(
        rf"\b(?:{_MAKE}|say|think\s+of|come\s+up\s+with)\b.{{0,30}}\b(?:insults?|threats?|threatening|"
        r"hate\s+(?:speech|messages?)|mean\s+(?:things|messages?|comments?)|rumou?rs?)\b|"
        r"\b(?:harass|bully|stalk|intimidate|humiliate|blackmail)\w*\s+(?:my|someone|somebody|a|an|the|this|him|her|them)\b|"
        r"\bspam(?:s|ming)?\s+(?:my|someone|somebody|people|him|her|them|a\s+person)\b",
        _F,
    ),
    # Disinformation and impersonation: words put in a real person's mouth, made-up news, a
    # message posing as someone else, however it is framed ("for a lesson", "so students can
    # practise spotting it"). How such fakes are made or spotted is a course question and has no
    # making verb aimed at the fake ("how are deepfakes of politicians made?", "can ai fake a quote?").
    _made(re.compile(
        rf"{_ASKING}(?:{_MAKE}|come\s+up\s+with|invent|make\s+up|fabricate|forge|mock\s+up|put\s+together)\b"
        r".{0,40}?\b(?:fake|made[-\s]up|false|fabricated|invented|phony|phoney|bogus|forged|doctored|fictional|"
        r"realistic[-\s]looking|convincing|believable)\s+(?:[\w'-]+\s+){0,2}(?:quotes?|quotations?|statements?|"
        r"confessions?|admissions?|tweets?|posts?|speech(?:es)?|headlines?|articles?|news(?:\s+stor(?:y|ies))?|"
        r"stor(?:y|ies)|press\s+releases?|interviews?|transcripts?|announcements?|endorsements?|screenshots?|"
        r"letters?|e?-?mails?|messages?|texts?|recordings?|clips?)\b|"
        rf"{_ASKING}(?:{_MAKE}|invent|make\s+up|fabricate|put)\b.{{0,60}}?\b(?:quotes?|quotations?|statements?|"
        r"words|confessions?|tweets?|posts?|speech(?:es)?|admissions?)\s+(?:from|by|of|attributed\s+to|"
        r"in\s+the\s+mouth\s+of|in\s+the\s+voice\s+of|as\s+if\s+(?:it\s+)?(?:was|were|came\s+from|said\s+by))\s+"
        r"(?:a\s+|an\s+|the\s+|my\s+)?(?:real|actual|living|famous|well[-\s]known|named|specific|current|sitting|"
        r"former|local)\b|"
        rf"{_ASKING}(?:{_MAKE}|invent|make\s+up|fabricate)\b.{{0,80}}?\b(?:admitting|admits|admitted|confessing|"
        r"confesses|confessed|owning\s+up)\s+(?:to\s+)?(?:\w+\s+){0,3}(?:crimes?|fraud|bribe\w*|corruption|"
        r"murder|theft|cheating|lying|stealing|affairs?|drugs?|abuse|illegal|wrongdoing|rigging|treason)\b|"
        rf"{_ASKING}{_MAKE}\b.{{0,60}}?\b(?:pretending\s+to\s+be|posing\s+as|impersonating|disguised\s+as|"
        r"as\s+if\s+(?:it\s+)?(?:was|were|came)\s+from|in\s+the\s+name\s+of|signed\s+(?:as|by)|"
        r"that\s+looks?\s+like\s+it\s+(?:came|comes|is)\s+from)\b|"
        rf"{_ASKING}(?:impersonate|pose\s+as|pass\s+(?:myself|me)\s+off\s+as|put\s+words\s+in)\b",
        _F,
    )),
    # Asking for a fake of a real person (a question about how deepfakes work is not this).
    _made(re.compile(
        r"(?:^\W*|\b(?:help\s+me|can\s+you|could\s+you|please|i\s+(?:want|need)\s+to|let'?s)\s+(?:\w+\s+){0,2})"
        r"(?:make|create|generate|produce|build)\b.{0,40}\b(?:deepfakes?|voice\s+clones?|"
        r"fake\s+(?:videos?|photos?|pictures?|audio|nudes?))\b",
        _F,
    )),
]

# Kinds of writing a learner may ask to have produced for them.
_GENRE = (
    r"(?:essays?|e?-?mails?|letters?|cover\s+letter|poems?|story|stories|songs?|speech|speeches|report|"
    r"homework|assignment|thesis|paper|blog(?:\s+posts?)?|posts?|tweets?|threads?|captions?|hashtags?|"
    r"code|script|scripts|program|function|app|limerick|haiku|sonnet|rap|lyrics|jokes?|novel|screenplay|"
    r"slogans?|taglines?|ads?|adverts?|advertisements?|bio|website|class|notebook|cv|resume|messages?|"
    r"reply|replies|texts?|eulogy|toast|sermon|newsletter|press\s+release|article|op-ed|petition|"
    r"pitch|proposal|linkedin|instagram|tiktok|youtube|reddit|facebook|twitter|x\s+thread|sql|query|"
    r"queries|spreadsheet|formula|macro|regex|dialogue|monologue|riddle|quiz\s+for\s+my|reviews?|"
    r"product\s+descriptions?|description\s+for|memes?)"
)

# Out of the tutor's job: produce my work, entertain, role-play, reveal or drop instructions.
_OUT_OF_JOB = [
    # "write my essay", "write an essay for me", "draft an email to my boss", "code a script",
    # "write a twitter thread ... with hashtags": a making verb opening the request, then any genre
    # of writing (a question such as "can ai write code" does not open with the verb).
    # ("complete beginner here, ..." describes the learner: "complete" is no verb there.)
    re.compile(
        r"^\W*(?:(?:hey|hi|hello|ok|okay|so|yo)\b[\s,!.]*)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+|kindly\s+)?|please\s+|pls\s+|plz\s+|"
        r"i\s+(?:want|need)\s+(?:you\s+to\s+)?|help\s+me\s+|go\s+(?:and\s+)?|now\s+)?"
        r"(?:write|draft|compose|type\s+up|pen|ghostwrite|ghost-write|finish|complete(?!\s+(?:beginner|newbie|noob|novice|newcomer|amateur|layman|layperson|outsider|n00b|dummy|idiot)s?\b)|create|make|generate|produce|"
        r"come\s+up\s+with|put\s+together|whip\s+up|craft)\b.{0,60}?"
        rf"\b{_GENRE}\b",
        _F,
    ),
    re.compile(r"\bwith\s+(?:\w+\s+)?(?:hashtags|emojis)\b|\bin\s+(?:\d+|a\s+few|five|ten)\s+tweets\b", _F),
    re.compile(r"\b(?:write|draft|compose|do|finish|put\s+together|type\s+up)\s+(?:my|our)\b", _F),
    # "i want a rap about overfitting", "i need 3 captions": asking for a piece of writing.
    re.compile(
        r"^\W*(?:i|we)(?:\s+want|\s+need|'d\s+like|\s+would\s+like)\s+(?:a|an|some|the|my|\d+|ten|five|three)\s+"
        rf"(?:[\w-]+\s+){{0,2}}{_GENRE}\b",
        _F,
    ),
    # Cheating: exams, plagiarism, getting past AI-text detectors.
    re.compile(
        r"\bcheat(?:ing)?\s+(?:on|in|at|during|for)\b|\bhelp\s+me\s+cheat\b|"
        r"\b(?:answers?\s+(?:to|for)|solve|take|pass)\s+(?:my|our|the|this)\s+(?:\w+\s+){0,2}"
        r"(?:exam|test|midterm|final|homework|assignment|coursework|quiz|quizzes)\s*(?:for\s+me|answers)?|"
        r"\b(?:plagiari[sz]e|undetectable|bypass\s+(?:the\s+)?(?:ai|plagiarism)\s+(?:detector|checker)s?|"
        r"(?:avoid|beat|fool|pass)\s+(?:the\s+)?(?:ai|plagiarism|turnitin)\s*(?:detector|checker|detection)?s?)\b|"
        r"\bturnitin\b",
        _F,
    ),
    # Personal recommendations asked of the tutor ("can you recommend a good novel"); how a
    # recommendation system picks a film is a course question and does not match.
    re.compile(
        r"^\W*(?:(?:can|could|would|will)\s+you\s+|please\s+|pls\s+)?(?:recommend|suggest)\s+"
        r"(?:me\s+|us\s+)?(?:a|an|some|any|good|the\s+best)\b",
        _F,
    ),
    # Doing a text job for the learner: translating, proofreading, rewriting what they paste.
    re.compile(
        r"^\W*(?:(?:can|could|would|will)\s+you\s+|please\s+|pls\s+)?(?:translate|proofread|"
        r"paraphrase|rewrite|reword|summari[sz]e\s+(?:this|my|the\s+following))\b",
        _F,
    ),
    re.compile(r"\b(?:tell|give)\s+(?:me|us)\s+(?:\w+\s+){0,2}(?:joke|riddle|pun)s?\b|"
               r"\b(?:tell|give|write)\s+(?:me|us)\s+(?:a\s+)?(?:funny|bedtime|short|scary)\s+story\b|"
               r"\bmake\s+me\s+laugh\b|\bsomething\s+funny\b", _F),
    re.compile(
        r"\b(?:ignore|forget|disregard|override|bypass)\b.{0,30}\b(?:instructions?|rules?|prompt|"
        r"guidelines?|programming|restrictions?)\b",
        _F,
    ),
    re.compile(
        r"\b(?:your|the)\s+(?:system|hidden|initial|original|secret)\s+(?:prompt|instructions?)\b|"
        r"\b(?:reveal|show|print|repeat|tell\s+me|what\s+(?:is|are)|give\s+me|leak|output)\s+"
        r"(?:me\s+)?your\s+(?:instructions?|prompt|rules|guidelines|configuration)\b",
        _F,
    ),
    re.compile(
        r"\b(?:pretend|role-?\s?play|you\s+are\s+now|you'?re\s+now|from\s+now\s+on\s+you|imagine\s+you(?:\s+are|'re)|"
        r"stay\s+in\s+character|talk\s+like\s+a|speak\s+like\s+a|answer\s+as\s+if\s+you|"
        r"do\s+anything\s+now|developer\s+mode|dev\s+mode|god\s+mode|evil\s+(?:mode|ai|twin)|"
        r"no\s+longer\s+(?:bound|restricted)|without\s+(?:your\s+)?(?:filters|guardrails|censorship))\b|"
        r"^\W*(?:you\s+are|you'?re)\s+(?:dan|a\s+pirate|my\s+\w+|an?\s+(?:evil|unrestricted|unfiltered))\b|"
        r"\blet'?s\s+play\s+a\s+game\s+where\b|"
        r"\b(?:repeat|print|output|show|dump)\s+(?:me\s+)?(?:everything|all|the\s+text|the\s+words)\s+(?:above|before)\b|"
        r"\bwhat\s+(?:were|are)\s+you\s+(?:told|instructed|programmed)\b|"
        r"\bwhat\s+you\s+(?:were|have\s+been|got)\s+(?:told|instructed|programmed|given)\b|"
        r"\b(?:in|of)\s+your\s+(?:system\s+)?(?:prompt|instructions|rules|configuration|guidelines)\b|"
        r"\byour\s+(?:initiali[sz]ation|setup|startup|start-up|config(?:uration)?|pre-?prompt|hidden)\s+"
        r"(?:text|message|prompt|instructions?|rules)\b|"
        r"\b(?:instructions?|rules|prompts?|guidelines|directions|orders)\s+(?:were|have|had|did)\s+you\s+"
        r"(?:been\s+)?(?:given|told|fed|handed|programmed|get|receive)\b|"
        r"\b(?:developers?|creators?|makers?|programmers?|designers?|builders?|owners?|engineers?|company|"
        r"openai|anthropic|admins?)\b.{0,30}?\b(?:tell|told|instruct\w*|give|gave|say|said|program\w*)"
        r"\s+(?:to\s+)?you\b|"
        r"\bbefore\s+(?:this|our)\s+(?:chat|conversation|session)\s+(?:started|began|begun)\b|"
        r"\b(?:paste|dump|leak|recite|copy)\s+(?:me\s+|us\s+|out\s+)?(?:the|your|those|these|all\s+the)\s+"
        r"(?:\w+\s+){0,2}(?:instructions?|prompts?|system\s+message|guidelines|rules)\b|"
        r"\b(?:show|print|repeat|reveal|share|tell\s+me|give\s+me|output|spell\s+out)\s+(?:me\s+|us\s+)?"
        r"(?:the|your)\s+(?:whole|full|exact|entire|original|initial|hidden|secret|system|developer|verbatim)\s+"
        r"(?:\w+\s+)?(?:instructions?|prompts?|message|rules|guidelines)\b|"
        r"^\W*(?:system|new\s+instructions?|admin)\s*:|"
        r"(?:^|\b(?:you|please|now)\s+)act\s+as\b|\b(?:unfiltered|uncensored|jailbreak\w*)\b|"
        r"\b(?:with\s+no|without\s+(?:any\s+)?)\s*(?:rules|restrictions|limits|filters)\b",
        _F,
    ),
]
# Everyday requests that no course answers: the weather, cooking, personal advice on money, health
# or the law. Checked after the two families above.
_EVERYDAY = [
    re.compile(
        r"\b(?:investment|investing|financial|stock|crypto|tax|legal|medical|health|dating|relationship|"
        r"career)\s+advice\b|\bshould\s+i\s+(?:buy|sell|invest\s+in)\s+(?:\w+\s+)?(?:stocks?|shares|crypto|"
        r"bitcoin|nvidia|tesla)\b|\b(?:help|do)\s+(?:me\s+)?(?:with\s+)?my\s+taxes\b|\bdiagnose\s+(?:me|my)\b|"
        r"\b(?:which|what)\s+(?:stocks?|shares|crypto(?:currency|currencies)?|coins?|funds?)\s+(?:should|do|would|could)\s+"
        r"(?:i|we|you)\s+(?:buy|sell|pick|invest)",
        _F,
    ),
    # The weather: "what's the weather in London", "will it rain tomorrow".
    re.compile(
        r"\b(?:what(?:'s|s|\s+is|\s+will)|how(?:'s|s|\s+is)|tell\s+me|check)\s+(?:be\s+)?the\s+weather\b|"
        r"\bweather\s+(?:gonna|going\s+to|be|like|today|tomorrow|tonight|this\s+week(?:end)?|forecast\s+for)\b|"
        r"\bwill\s+it\s+(?:rain|snow|be\s+sunny)\b",
        _F,
    ),
    # Sports results, repairs at home, bookings.
    re.compile(
        r"\b(?:score|result)\s+(?:of|in)\s+(?:the|last\s+night'?s|yesterday'?s|today'?s)\s+(?:[\w']+\s+){0,2}(?:game|match)\b|"
        r"\bwho\s+won\s+(?:the|last\s+night'?s|yesterday'?s)\s+(?:[\w']+\s+){0,2}(?:game|match|final|race|election)\b|"
        r"\bfix\s+my\s+(?:car|bike|engine|sink|toilet|boiler|fridge|washing\s+machine|dishwasher|printer|tyre|tire)\b|"
        r"\bbook\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:flight|hotel|table|room|taxi|cab|appointment|train)\b",
        _F,
    ),
    # Cooking.
    re.compile(
        r"\b(?:give|send|share|need|want|find)\s+(?:me\s+|us\s+)?(?:a|an|the|some|your)?\s*(?:good\s+|easy\s+|quick\s+)?"
        r"recipes?\b|\brecipes?\s+for\s+(?:\w+\s+){0,2}(?:cake|cookies|bread|pasta|soup|dinner|lunch|breakfast|"
        r"pancakes|curry|pizza|chicken|brownies|muffins|salad)\b|\bhow\s+(?:do\s+(?:i|you)|to|can\s+i)\s+(?:cook|bake)\b",
        _F,
    ),
    # The learner's own legal or medical situation.
    re.compile(
        r"\bwhat\s+(?:should|can|could|do)\s+i\s+do\s+legally\b|\blegally\s+what\s+(?:should|can)\s+i\b|"
        r"\bmy\s+(?:landlord|tenancy|lease|divorce|custody|lawsuit|ex-?(?:wife|husband|partner))\b|"
        r"\b(?:can|should)\s+i\s+sue\b|\b(?:find|hire|need)\s+a\s+(?:good\s+)?lawyer\b|"
        r"\bi\s+(?:have|'ve\s+got|got)\s+(?:a\s+|an\s+)?(?:bad\s+)?(?:headache|fever|rash|cough|sore\s+throat|"
        r"toothache|stomach\s*ache|migraine)\b",
        _F,
    ),
]


@dataclass(frozen=True)
class Refusal:
    """Why a request was declined (``kind`` is "harmful", "out_of_job" or "everyday") and what
    to say."""

    kind: str
    text: str


WHAT_I_DO = (
    "I'm a tutor for this course on machine learning and generative AI: I explain its topics "
    "and answer questions from its lessons, with sources."
)
HARMFUL_TEXT = (
    "I can't help with that: it could be used to harm people. " + WHAT_I_DO +
    " Try asking, for example, how generative AI is misused or how its risks are managed."
)
OUT_OF_JOB_TEXT = (
    "Sorry, that's not something I can do. " + WHAT_I_DO +
    " I don't write work for you, play roles or share my instructions; ask me about a topic instead, "
    "for example \"What is overfitting?\"."
)

EVERYDAY_TEXT = (
    "Sorry, I can't help with that: it is outside this course. " + WHAT_I_DO +
    " I can't check the weather or the news, or give legal, medical or money advice; ask me about "
    "a topic instead, for example \"What is overfitting?\"."
)


def classify(text: str) -> Refusal | None:
    """A refusal when ``text`` asks for something outside a tutor's job, else None."""
    about_ability = bool(_ABOUT_ABILITY.match(text))
    if any(p.search(text) for p in _HARMFUL if not (about_ability and p in _MADE)):
        return Refusal("harmful", HARMFUL_TEXT)
    if any(p.search(text) for p in _OUT_OF_JOB):
        return Refusal("out_of_job", OUT_OF_JOB_TEXT)
    if any(p.search(text) for p in _EVERYDAY):
        return Refusal("everyday", EVERYDAY_TEXT)
    return None
