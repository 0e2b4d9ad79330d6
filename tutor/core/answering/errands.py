"""Everyday errands and personal matters no course answers: weather, cooking, money, health, travel.

Why a module of its own: they get their own short refusal ("not covered, nearby topics: ..."
would read oddly after a weather question), unless the question asks about a course subject in
the errand ("my landlord uses an AI to screen tenants, could it be biased?").
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering.request_parts import _SUBJECT_WORDS

_F = re.IGNORECASE

# Everyday requests that no course answers: the weather, cooking, personal advice on money, health
# or the law. Checked after harm and work to order (``requests.classify``).
_EVERYDAY = [
    rx.compile(
        r"\b(?:investment|investing|financial|stock|crypto|tax|legal|medical|health|dating|relationship|"
        r"career)\s+advice\b|\bshould\s+i\s+(?:buy|sell|invest\s+in)\s+(?:\w+\s+)?(?:stocks?|shares|crypto|"
        r"bitcoin|nvidia|tesla)\b|\b(?:help|do)\s+(?:me\s+)?(?:with\s+)?my\s+taxes\b|\bdiagnose\s+(?:me|my)\b|"
        r"\b(?:which|what)\s+(?:stocks?|shares|crypto(?:currency|currencies)?|coins?|funds?)\s+(?:should|do|would|could)\s+"
        r"(?:i|we|you)\s+(?:buy|sell|pick|invest)",
        _F,
    ),
    # The weather: "what's the weather in London", "will it rain tomorrow".
    rx.compile(
        r"\b(?:what(?:'s|s|\s+is|\s+will)|how(?:'s|s|\s+is)|tell\s+me|check)\s+(?:be\s+)?the\s+weather\b|"
        r"\bweather\s+(?:gonna|going\s+to|be|like|today|tomorrow|tonight|this\s+week(?:end)?|forecast\s+for)\b|"
        r"\bwill\s+it\s+(?:rain|snow|be\s+sunny)\b",
        _F,
    ),
    # Sports results, repairs at home, bookings.
    rx.compile(
        r"\b(?:score|result)\s+(?:of|in)\s+(?:the|last\s+night'?s|yesterday'?s|today'?s)\s+(?:[\w']+\s+){0,2}(?:game|match)\b|"
        r"\bwho\s+won\s+(?:the|last\s+night'?s|yesterday'?s)\s+(?:[\w']+\s+){0,2}(?:game|match|final|race|election)\b|"
        r"\bfix\s+my\s+(?:car|bike|engine|sink|toilet|boiler|fridge|washing\s+machine|dishwasher|printer|tyre|tire)\b|"
        # the household thing named first, its fault next, then "how do i fix it" ("my oven shows
        # an error code ... how do i reset it")
        r"\bmy\s+(?:[\w-]+\s+){0,2}(?:car|bike|engine|sink|toilet|boiler|fridge|freezer|oven|washing\s+machine|"
        r"dishwasher|dryer|printer|tyre|tire|heating|radiator|shower|tap|faucet|router|kettle|microwave|thermostat)\b"
        r".{0,120}\b(?:fix|repair|reset|unblock)\s+(?:it|this|that|them)\b|"
        r"\bbook\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:flight|hotel|table|room|taxi|cab|appointment|train)\b",
        _F,
    ),
    # Cooking.
    rx.compile(
        r"\b(?:give|send|share|need|want|find)\s+(?:me\s+|us\s+)?(?:a|an|the|some|your)?\s*(?:good\s+|easy\s+|quick\s+)?"
        r"recipes?\b(?!-)|\brecipes?\s+for\s+(?:\w+\s+){0,2}(?:cake|cookies|bread|pasta|soup|dinner|lunch|breakfast|"
        r"pancakes|curry|pizza|chicken|brownies|muffins|salad)\b|\bhow\s+(?:do\s+(?:i|you)|to|can\s+i)\s+(?:cook|bake)\b",
        _F,
    ),
    # The learner's own legal or medical situation.
    rx.compile(
        r"\bwhat\s+(?:should|can|could|do)\s+i\s+do\s+legally\b|\blegally\s+what\s+(?:should|can)\s+i\b|"
        r"\bmy\s+(?:landlord|tenancy|lease|divorce|custody|lawsuit|ex-?(?:wife|husband|partner))\b|"
        r"\b(?:can|should)\s+i\s+sue\b|\b(?:find|hire|need)\s+a\s+(?:good\s+)?lawyer\b|"
        r"\bi\s+(?:have|'ve\s+got|got)\s+(?:a\s+|an\s+)?(?:bad\s+)?(?:headache|fever|rash|cough|sore\s+throat|"
        r"toothache|stomach\s*ache|migraine)\b",
        _F,
    ),
]
COURSE_SUBJECT = rx.compile(_SUBJECT_WORDS, _F)
# Course terms a learner meets in a tool at work ("the booking assistant says my prompt is 'too
# many tokens'. is a token just a word?"): with a question about them, an errand word in the
# setting ("itinerary", "booking") makes no errand of it. Not in ``_SUBJECT_WORDS``, whose
# other uses read "do" and "how do i ..." around it.
COURSE_TERM = rx.compile(r"\b(?:tokens?|tokeni[sz]\w*|prompts?|hallucinat\w*|training\s+data)\b", _F)
# A yes/no question about something ("could it be biased?", "is that a deepfake?") anywhere in
# the text, after whatever context the learner gives first.
YES_NO_CLAUSE = rx.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:so|and|but)\s+)(?:could|can|is|are|does|do|would|will|should|was|were)\s+"
    r"(?:it|they|this|that|these|those|ai|an?|the|such|its?|their)\b",
    _F,
)
# Everyday personal matters: health, money, errands, live facts.
EVERYDAY_MORE = [
    rx.compile(
        r"\bwhat\s+(?:medicine|medication|meds|pills?|drugs?|treatment|dose|dosage)\s+(?:should|can|do|could)\s+i\b|"
        r"\bhow\s+(?:much|many)\s+(?:\w+\s+)?(?:can|should)\s+i\s+(?:take|drink|eat|give\s+(?:my|a|an|to|him|her|them))\b|"
        r"\bi\s+(?:have|'ve\s+got|got)\s+(?:a\s+|an\s+|some\s+)?(?:\w+\s+){0,2}(?:pain|ache|fever|rash|cough|"
        r"headache|migraine|infection|flu|cold|lump)\b|"
        r"\b(?:this|my)\s+(?:mole|rash|lump|bump|symptoms?|wound|cough|blood\s+pressure|prescription)\b|"
        r"\bmy\s+(?:\w+\s+)?(?:tooth|teeth|head|back|stomach|tummy|chest|knee|leg|arm|eye|ear|throat|foot|neck)\s+"
        r"(?:hurts?|aches?|is\s+(?:sore|swollen|bleeding|killing\s+me))\b|"
        r"\bis\s+it\s+safe\s+to\s+(?:take|mix|drink|eat|combine)\b|"
        r"\b(?:antibiotics?|painkillers?|vitamins?|supplements?|meds|medicines?|medications?|pills?|tablets?)\s+"
        r"(?:should|can|could|do)\s+i\s+take\b|"
        r"\bwhat\s+(?:dose|dosage|amount)\s+(?:of\s+\w+\s+)?(?:should|can|do|could)\s+i\b|\b(?:dose|dosage)\s+of\s+\w+\s+(?:for|should)\b|"
        r"\b(?:parking|speeding|traffic)\s+(?:ticket|fine)s?\b|\bget\s+out\s+of\s+(?:a|my|the)\s+(?:\w+\s+)?(?:ticket|fine|contract|"
        r"lease|jury\s+duty)\b|"
        r"\bmy\s+(?:boss|employer|manager|landlord|neighbou?r|tenant|ex|spouse|school)\b.{0,40}\b(?:legally|legal|sue|"
        r"fire|fired|evict\w*|court)\b|\blegally\b.{0,30}\b(?:me|my)\b",
        _F,
    ),
    rx.compile(
        r"\bshould\s+i\s+(?:put|invest|move|keep|spend|buy|sell|save)\b.{0,50}\b(?:savings|money|pension|stocks?|"
        r"shares|bitcoin|crypto\w*|funds?|gold|property|house|etfs?)\b|"
        r"\b(?:pay\s+less|lower|reduce|avoid|cut|minimi[sz]e)\s+(?:my\s+|our\s+)?tax(?:es)?\b|"
        r"\b(?:bitcoin|btc|ethereum|crypto|stock|share|gold|oil)'?s?\s+price\s+(?:right\s+now|now|today|currently)\b|"
        r"\bwhat(?:'s|\s+is)\s+the\s+(?:current\s+)?(?:price|value)\s+of\s+(?:bitcoin|btc|ethereum|gold|oil|\w+\s+(?:stock|shares))\b|"
        r"\bshould\s+i\s+(?:refinance|remortgage|borrow|take\s+out\s+a\s+loan|retire)\b|"
        r"\bshould\s+i\b.{0,40}\bmy\s+(?:mortgage|savings|pension|loan|debts?|401k|portfolio|credit\s+score)\b|"
        r"\bwhich\s+(?:credit\s+card|bank|loan|mortgage|insurance|insurer|broker|pension|energy\s+supplier)\s+(?:should|do|would)\s+i\b|"
        r"^\W*(?:is|will|are)\s+(?:\w+\s+){0,2}?(?:\w+coin|crypto\w*|bitcoin|ethereum|(?:\w+\s+)?(?:stocks?|shares))\s+"
        r"(?:going\s+to\s+|gonna\s+|ever\s+)?(?:go\s+)?(?:up|down|rise|fall|crash|moon)\b",
        _F,
    ),
    rx.compile(
        r"\bwho\s+(?:won|wins|will\s+win|is\s+winning|(?:is|are)\s+(?:going\s+to|gonna)\s+win)\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:\d{4}\s+)?(?:[\w']+\s+){0,3}?"
        r"(?:cup|election|game|match|final|race|league|championship|tournament|series|awards?|oscars?|grammys?|"
        r"super\s+bowl|olympics|title|derby|prize|season)\b|"
        r"^\W*(?:please\s+)?(?:set|start)\s+(?:an?\s+|my\s+)?(?:alarm|timer|reminder)\b|\bremind\s+me\s+to\b|"
        r"\bwhat\s+should\s+(?:i|we)\s+(?:cook|eat|wear|have\s+for\s+(?:dinner|lunch|breakfast))\b|"
        r"\bwhat(?:'s|\s+is)\s+the\s+(?:time|date)\s+(?:now|today|right\s+now)\b|"
        r"\b(?:capital\s+(?:city\s+)?|national\s+anthem\s+)of\s+(?!the\s+course)|"
        r"\bwho\s+is\s+the\s+(?:current\s+)?(?:president|prime\s+minister|king|queen|ceo)\s+of\b",
        _F,
    ),
    # Asked to forecast the learner's world ("use your machine learning to predict the lottery"):
    # a prediction made to order, not how prediction works.
    rx.compile(
        r"(?:\b(?:can|could|will|would)\s+you\s+|^\W*(?:please\s+|pls\s+)?|\buse\s+(?:your|the|some|ai|ml|machine\s+learning)\b"
        r"(?:\s+[\w-]+){0,3}\s+to\s+|\bfor\s+me\s*,?\s*)(?:predict|forecast|guess|tell\s+me)\s+"
        r"(?:me\s+)?(?:who|which\s+(?:team|horse|player|party|numbers?|stocks?)|the\s+(?:winner|winning|score|result|outcome|lottery)|"
        r"(?:the\s+|next\s+week'?s?\s+|tomorrow'?s?\s+)?(?:lottery|weather|stock\s+market|bitcoin|crypto|election)|"
        r"my\s+(?:future|grades?|exam\s+(?:grade|result|score)|love\s+life))\b",
        _F,
    ),
]
# Everyday errands and advice: shopping, travel, fitness, home and garden, children and pets,
# relationships, games and scores.
EVERYDAY_9 = [
    rx.compile(
        r"\b(?:last\s+night'?s|yesterday'?s|today'?s|tonight'?s|this\s+weekend'?s)\s+(?:[\w]+\s+){0,2}(?:scores?|"
        r"results?|fixtures?)\b|"
        r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}should\s+i\s+(?:buy|order|wear|get\s+(?:my|him|her|them|for))\b|"
        r"\bbest\s+(?:[\w-]+\s+){0,2}(?:shoes|sneakers|trainers|laptops?|phones?|headphones|earbuds|mattress(?:es)?|"
        r"tvs?|cameras?|cars?|bikes?|perfumes?|moisturi[sz]ers?|restaurants?|hotels?)\b"
        r"(?!\s+(?:for|to)\s+(?:run|running|train|training|ml|ai|machine|deep|this|the\s+tutor))|"
        r"\bitinerar(?:y|ies)\b|\b(?:cheapest|fastest|quickest)\s+way\s+to\s+(?:get|travel|go|fly)\s+(?:from|to)\b|"
        r"\bplan\s+(?:the|my|our|a)\s+(?:whole\s+)?(?:\d+[-\s]day\s+)?(?:week|trip|holiday|vacation|weekend)\b",
        _F,
    ),
    rx.compile(
        r"\b(?:workout|running|exercise|gym|fitness|meal|diet)\s+(?:plan|routine|programme|program|schedule)\b|"
        r"\b(?:a|my)\s+workout\s+for\b|"
        r"\bhow\s+(?:do|can|should)\s+i\s+(?:get|win)\s+(?:my\s+)?(?:ex|girlfriend|boyfriend|wife|husband|partner)\s+back\b|"
        r"\bask\s+(?:my\s+)?(?:crush|her|him)\s+out\b|"
        r"\bfix\s+(?:a|my|the)\s+(?:leaky|leaking|dripping|broken|blocked|clogged|squeaky|flat)\b|"
        r"\bwater\s+(?:my|a|the)\s+(?:\w+\s+)?(?:plants?|cactus|cacti|garden|lawn|orchids?|tomatoes)\b|"
        r"\bmy\s+(?:toddler|baby|kid|kids|son|daughter|child|dog|cat|puppy|kitten)\s+(?:won'?t|doesn'?t|keeps|refuses|"
        r"is\s+(?:sick|crying|scratching|barking|biting))\b|"
        r"\bhow\s+(?:do|can|should)\s+i\s+(?:stop|get|make|train|teach|potty[-\s]train|calm)\s+my\s+(?:toddler|baby|kid|"
        r"kids|son|daughter|child|dog|cat|puppy|kitten)\b|"
        r"\b(?:shopping|grocery|packing)\s+lists?\b|\btax\s+returns?\b|\b(?:unclog|unblock|descale|defrost)\b|"
        r"\b(?:good|cute|cool|funny|nice)\s+names?\s+for\s+(?:a|my|our)\s+(?:new\s+)?(?:\w+\s+)?(?:puppy|dog|cat|baby|"
        r"kitten|pet|retriever|labrador|hamster|rabbit|fish|horse|business|company|startup|band|shop|boat)\b|"
        r"\bname\s+my\s+(?:new\s+)?(?:\w+\s+)?(?:puppy|dog|cat|baby|kitten|pet|business|company|startup|band|shop)\b|"
        r"\b(?:rules\s+of|how\s+to\s+play)\s+(?:chess|poker|checkers|draughts|bridge|monopoly|football|soccer|cricket|"
        r"baseball|basketball|tennis|golf|rugby|blackjack|sudoku)\b",
        _F,
    ),
]


# ---------------------------------------------------------------------------------------------
# Stop 23, from fresh out-of-job probes (benchmarks/probes/outofjob-s23), each a structure rather
# than the sentence that showed the gap.
# ---------------------------------------------------------------------------------------------

# The clock and the calendar: "what time is it in tokyo", "what's the date today".
_EVERYDAY.append(rx.compile(
    r"\bwhat\s+(?:time|day|date)\s+is\s+it\b|\bwhat(?:'s|s|\s+is)\s+the\s+(?:time|date)\s+(?:now|right\s+now|today|in\s+\w+)\b|"
    r"\bwhat(?:'s|s|\s+is)\s+today'?s\s+date\b",
    _F,
))

# Stop 36: another trade's look-up asked in its own measures ("whats the torque setting for an m12
# grade 8.8 bolt dry", "what size fuse for a 3kw immersion heater", "how many amps does a 2.2kw
# motor pull on 400v"): a value asked for (what / which / how many / how much / how long) of a
# thing given in physical units or a thread size. Such a question had been declined as a topic the
# course leaves out ("The course does not cover torque setting"), because its trade word reads as
# jargon; it is an errand of another subject. Never with a word of the course's subject ("what
# fps does the model run at on a 1080p camera") nor a course term: the errand guard in
# ``classify`` keeps those.
_UNIT = (
    r"(?:\d+(?:[.,]\d+)?\s*(?:mm|cm|km|kw|kwh|kva|kv|v|volts?|amps?|nm|psi|bar|kg|tonnes?|lbs?|hz|khz|mhz|fps|rpm|"
    r"degrees?|°\s*[cf]|mph|kph|km/h|inch(?:es)?|ft|mil|microns?|gsm)|\d{3,4}p|m\d{1,2}\s+(?:bolts?|nuts?|threads?|"
    r"screws?|studs?|grade)|grade\s+\d+(?:\.\d+)?)\b"
)
_TRADE_LOOKUP = rx.compile(
    rf"\b(?:what|whats|what's|which|best|how\s+(?:many|much|long|tight|hot|far|big|thick))\b.{{0,120}}?(?<![\w.]){_UNIT}",
    _F | re.DOTALL,
)


class _WithoutCourseWords:
    """A pattern that counts only where no word of the course's subject or course term is used:
    a trade lookup or a forecast asked with one ("what fps does the model run at", "will the
    model forecast frost tomorrow") is a course question, which the errand guard must keep."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        if COURSE_SUBJECT.search(text) or COURSE_TERM.search(text):
            return None
        return self.pattern.search(text)


EVERYDAY_9.append(_WithoutCourseWords(_TRADE_LOOKUP))  # type: ignore[arg-type]

# (stop 37) ... and a fitter's specification asked of a named part without any unit: "whats the
# torque setting for the shaft coupling bolts on an mtu diesel and what order do i tighten them
# in", "whats the main bearing clearance on a caterpillar 3516". The spec's own name (a torque, a
# tightening sequence, a clearance or gap, a tyre pressure, a firing order) says the trade.
_TRADE_SPEC = rx.compile(
    r"\b(?:what|whats|what's|which|how\s+(?:much|tight))\b.{0,60}?\b(?:torque(?:\s+(?:setting|settings|spec|specs|value|figure))?|"
    r"tightening\s+(?:order|sequence|pattern)|(?:bearing|valve|tappet|plug|spark\s+plug|points|ring|end\s+float)\s+"
    r"(?:clearances?|gaps?)|tyre\s+pressures?|tire\s+pressures?|firing\s+order)\b.{0,80}?"
    r"\b(?:bolts?|nuts?|studs?|bearings?|valves?|engine|diesel|gearbox|coupling|head|wheels?|tyres?|tires?|tractor|"
    r"van|car|truck|lorry|trailer|pump|shaft|crank\w*|cylinders?|plugs?)\b|"
    r"\bwhat\s+order\s+(?:do|should)\s+i\s+(?:tighten|torque|fit|bolt)\b",
    _F | re.DOTALL,
)


class _TradeSpec:
    """``_TRADE_SPEC`` where no word of the course's subject or course term is used."""

    def search(self, text: str) -> re.Match[str] | None:
        if COURSE_SUBJECT.search(text) or COURSE_TERM.search(text):
            return None
        return _TRADE_SPEC.search(text)


EVERYDAY_9.append(_TradeSpec())  # type: ignore[arg-type]

# Stop 39: the conditions outside, at a time still to come ("whats the shipping forecast for
# dogger tomorrow, is it safe to go out?", "will it frost tonight in leeds", "how big is the swell
# off newquay tomorrow morning"): a look-up of live weather, sea or river conditions, asked by
# people who work outdoors. The weather pattern above wants the word "weather"; the sea and its
# forecasts were declined as an untaught ML topic ("The course does not cover shipping forecast").
# Both a condition and a time of day or week still ahead are needed, so "how does ml forecast
# demand" or "is it safe to trust a chatbot's tide time" are not this; a forecast alone is no
# condition ("to forecast how many people visit the museum tomorrow, a regression or a
# classification?" and "cones i'll sell tomorrow from the forecast" ask for a model).
_CONDITIONS = (
    r"(?:weather|(?:shipping|sea|marine|inshore|surf|mountain)\s+forecast|tides?|high\s+water|low\s+water|swell|surf|"
    r"sea\s+state|winds?|windy|gales?|storms?|frost(?:y)?|snow(?:ing)?|icy|rain(?:ing)?|flood(?:s|ing)?|river\s+levels?|"
    r"avalanche\s+(?:risk|conditions?)|"
    r"fog(?:gy)?|visibility|pollen(?:\s+count)?)"
)
_AHEAD = (
    r"(?:today|tonight|tomorrow(?:\s+(?:morning|afternoon|night))?|this\s+(?:morning|afternoon|evening|week(?:end)?)|"
    r"(?:on|this|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+the\s+weekend|right\s+now|later)"
)
_LIVE_CONDITIONS = rx.compile(
    rf"\b{_CONDITIONS}\b.{{0,80}}?\b{_AHEAD}\b|\b{_AHEAD}\b.{{0,80}}?\b{_CONDITIONS}\b",
    _F | re.DOTALL,
)


EVERYDAY_9.append(_WithoutCourseWords(_LIVE_CONDITIONS))  # type: ignore[arg-type]


# (stop 47) A plan, routine or list told as what a machine makes ("the new add-on writes a whole
# workout plan in chatty text", "our app generates meal plans for members"): the learner tells what
# a tool does, not an errand asked of the tutor ("make me a workout plan" still is one). The
# gym's story comparing two tools was refused as fitness advice.
_MADE_BY_A_MACHINE = rx.compile(
    r"\b(?:(?:it|that|this|which|app|tool|bot|add-?on|plugin|software|system|model|ai|assistant|feature|one)\s+"
    r"(?:\w+\s+)?(?:writes|makes|generates|creates|drafts|produces|builds|designs|suggests|spits\s+out|churns\s+out|"
    r"comes\s+up\s+with|puts\s+together))\s+(?:(?:a|an|the|whole|new|full|personal(?:i[sz]ed)?|custom|weekly|daily|"
    r"fresh|complete|our|their|each)\s+)*(?:[\w-]+\s+){0,2}?(?:plans?|routines?|programmes?|programs?|schedules?|"
    r"lists?|itinerar(?:y|ies))\b",
    _F,
)


def errand_told_as_a_machines_output(text: str) -> bool:
    """Is the errand-like thing of ``text`` what a machine makes, told by the learner
    (``_MADE_BY_A_MACHINE``)?"""
    return bool(_MADE_BY_A_MACHINE.search(text))
