"""Question shapes: what kind of answer a question asks for.

Why: the same section answers "what is X?", "what are all the kinds of X?" and "is X Y?", but
each wants a different cut of it. A list question wants every item of the enumeration, not
the two sentences most similar to the question; a comparison wants a cited part per side; a
yes/no question wants the verdict first. Shapes are recognised from the question's wording
(a few patterns per shape), checked in order: comparison, list, yes/no, example, why, how,
definition; anything else is "general".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tutor.core import regex_cache as rx
from tutor.core.words import QUESTION_STOPWORDS

_F = re.IGNORECASE
_ARTICLE = rx.compile(r"^(?:a|an|the)\s+", _F)  # a leading article, no part of a name or a side


# ---------------------------------------------------------------------------------------------
# How a learner opens a message: chat openers and who they are. One owner for both patterns
# (``who_asks.without_introduction``, ``answer._unjoined`` and the comparison sides all read them
# from here), so every reader recognises the same forms.
# ---------------------------------------------------------------------------------------------

# Words a learner goes on with in a chat, before what they ask ("and gans?", "ok and who decides",
# "so, what then", "hmm ok", "hey, quick question:"). Each is followed by a space or punctuation,
# never by a hyphen inside a word ("well-known", "so-called" are no opener).
_OPENER_WORD = r"(?:and|also|plus|or|ok|okay|oh|so|but|then|now|well|alright|hmm+|um+|hey|hi|hello|quick\s+question)"
OPENERS = rf"(?:{_OPENER_WORD}(?:\s*[,.!;:]+\s*|\s+-+\s*|\s+|$))*+"  # (possessive: never given back)
CHAT_OPENER = rx.compile(rf"^\W*{OPENERS}", _F)


def without_openers(text: str) -> str:
    """``text`` without the chat openers it starts with ("and who decides?" -> "who decides?"),
    or ``text`` itself when nothing would be left."""
    rest = CHAT_OPENER.sub("", text, count=1)
    return rest if re.search(r"\w", rest) else text


# Who the learner is: a job of one to four words ("plumber", "retired engineer", "student of
# history"), said in one of the ways learners introduce themselves.
_WHO = r"(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*"
# (A description said with "as a" / "i'm a" runs up to six words, "as a data scientist at a bank,",
# and ends at the first question word when no punctuation closes it.)
_WHO_LONG = r"(?:[a-z][\w'-]*\s+){0,5}?[a-z][\w'-]*"
_NOT_WHO = r"(?!(?:result|rule|example|aside|side\s+note|reminder|whole|matter\s+of)\b)"
_QUESTION_WORD = (
    r"(?:what|whats|what's|why|how|when|where|which|can|could|is|are|do|does|did|should|would|will|"
    r"any|tell|explain|list|name|give)\b"
)
_SELF = (
    rf"(?:(?:i'?m|i\s+am|as)\s+(?:an?|my|our)\s+{_NOT_WHO}{_WHO_LONG}"  # "i'm a nurse", "as a chef", "as our team's analyst"
    rf"|as\s+(?:someone|somebody|one|a\s+person)\s+who\s+{_WHO_LONG}"  # "as someone who paints for a living"
    rf"|my\s+(?:job|work|day\s+job|profession|trade)\s+is\s+{_WHO_LONG}"  # "my job is running a bakery"
    rf"|i\s+work\s+(?:in|at|for|as|on)\s+{_WHO_LONG}"  # "i work in a bank", "i work as a cleaner"
    # "i fix boilers for a living", "i drive a bus for a living": the trade's nouns say who asks
    rf"|i\s+(?!(?:do|did|don'?t|am|was|have|had|need|want|think|wonder)\b)[a-z]+\s+{_WHO_LONG}\s+for\s+a\s+living)"
)
# ... or the job alone: "plumber here", "pharmacist asking", or the job heading the question as a
# label, "radiographer q:", "lab tech question -" (closed by punctuation: "my nan keeps asking
# what ..." says who asks the learner, not who the learner is).
_SELF_BARE = rf"(?!{_QUESTION_WORD}){_WHO}\s+(?:here|asking|speaking|q|qn|question|query)"
# What may follow the description: "and a bit worried", "btw", "by the way".
_AFTER_SELF = r"(?:\s+and\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|very\s+|really\s+|kinda\s+)?[a-z]+)?(?:\s+(?:btw|by\s+the\s+way|fwiw|lol))?"
# Where the description ends: punctuation or a dash, or (unpunctuated) right before the question
# word that opens what is asked ("as a hr manager why would my staff ...").
INTRODUCTION_FIRST = rx.compile(
    rf"^(?P<opener>\W*{OPENERS})(?P<intro>(?:{_SELF}{_AFTER_SELF}(?:\s*[.,:;!]+\s*|\s+-+\s*|\s+(?={_QUESTION_WORD}))"
    rf"|{_SELF_BARE}{_AFTER_SELF}(?:\s*[.,:;!]+\s*|\s+-+\s*)))(?=\S)",
    _F,
)
# ... or after the question: "how does a gan work? asking as a photographer", "what is a latent
# space (im a designer)", "any examples? i'm a vet btw", "what's recall? im a lifeguard if that
# helps", "... for context i work in retail", "... i work nights in a warehouse fyi", "... - a
# nurse". A learner adds who they are once the question is asked, after its punctuation (or a
# dash), and says nothing more: the description runs to the end of the message, so "what is
# overfitting? i'm worried my model does it" (no "a" job) and "... i'm a manager and mine are
# scared" (more is said) keep their words as what is asked.
_IM = r"(?:i'?m|im|i\s+am)"
# What may close a trailing description: "btw", "if that helps", ", no tech background".
_AFTER_LAST = (
    r"(?:\s*,?\s*(?:btw|by\s+the\s+way|fwiw|fyi|lol|haha|here|if\s+(?:that|it)\s+(?:helps|matters)"
    r"|in\s+case\s+(?:that|it)\s+(?:helps|matters)|not\s+(?:a\s+)?(?:techie|tech\s+person|programmer|coder)"
    r"|(?:with\s+)?no\s+(?:tech|technical|coding|maths?|computer|it)\s+background))*"
)
# How a trailing description may be announced: "for context,", "context:", "just so you know".
_CONTEXT = r"(?:(?:for\s+(?:some\s+)?context|context|just\s+so\s+you\s+know|fyi|btw|ps|p\.s\.)\s*[,:-]?\s*)?"
# A job named by its ending or as a common person word, for the bare "- a nurse" (nothing but
# the dash says who it is, so the word must name a person).
_PERSON_END = (
    r"(?:[a-z][\w'-]*(?:ist|ian|eer|er|or|ant|ent|man|woman)|nurse|chef|vet|dad|mum|mom|parent|student|medic|"
    r"cook|clerk|cop|guard|carer|nan|grandma|grandad|midwife|housewife|pilot|nanny|pupil|retiree|gp)s?"
)
INTRODUCTION_LAST = rx.compile(
    rf"(?:\s*\((?:{_IM}\s+an?\s+|as\s+an?\s+)?{_WHO}\)"
    rf"|(?<=[?.!,;:-])\s*{_CONTEXT}(?:asking|speaking|writing)\s+as\s+an?\s+{_WHO}{_AFTER_LAST}"
    rf"|(?<=[?.!,;:-])\s*{_CONTEXT}{_IM}\s+an?\s+{_NOT_WHO}{_WHO}{_AFTER_SELF}{_AFTER_LAST}"
    rf"|(?<=[?.!,;:-])\s*{_CONTEXT}i\s+work(?:\s+[a-z]+){{0,2}}?\s+(?:in|at|for|as|on)\s+{_WHO}{_AFTER_LAST}"
    rf"|(?<=[?.!,;:-])\s*{_CONTEXT}i\s+do\s+{_WHO}\s+for\s+a\s+living{_AFTER_LAST}"
    rf"|\s+-+\s*an?\s+(?:[a-z][\w'-]*\s+){{0,2}}{_PERSON_END}{_AFTER_LAST})\W*$",
    _F,
)


def introductions(text: str) -> tuple[str, list[str]]:
    """``text`` without where it says who the learner is (before the question, after it, or
    both), and the pieces taken out. Openers before a description ("ok so i'm a nurse, ...")
    stay: they say how the message joins the chat, not who asks."""
    removed = []
    first = INTRODUCTION_FIRST.match(text)
    if first:
        removed.append(first.group("intro"))
        text = text[: first.start("intro")] + text[first.end("intro"):]
    rest, trailing = trailing_introduction(text)
    if trailing:
        removed.append(trailing)
    return rest, removed


def trailing_introduction(text: str) -> tuple[str, str | None]:
    """``text`` without who the learner is when said after the question (``INTRODUCTION_LAST``:
    "what is overfitting, i'm a nurse"), and that description, or ``(text, None)``."""
    last = INTRODUCTION_LAST.search(text)
    if not last or not last.start():
        return text.strip(), None
    return text[: last.start()].rstrip(" ,;:-").strip(), last.group(0)


def without_self(text: str) -> str:
    """``text`` without who the learner is, or ``text`` when nothing would be left."""
    rest, _ = introductions(text)
    return rest if re.search(r"\w", rest) else text


# "what part is ML and what part is genAI", "which bit is X and which is Y": a task split between two.
_PARTS_OF_BOTH = (
    r"\b(?:what|which)\s+(?:part|parts|bits?|side|role|jobs?|share)\s+(?:is|are|does|do|of\s+it\s+is)\s+(?P<a>.+?)"
    r"\s+and\s+(?:what|which)(?:\s+(?:part|parts|bits?|side|role|jobs?|share))?\s+(?:is|are|does|do)\s+(?P<b>.+)$"
)

# "is bias in a loan model the same thing as bias in an image generator": read as yes/no, one side
# would be answered; both sides are asked about.
_SAME = (
    r"^\W*(?:(?:so|but|and)\s+)?(?:is|are|was|were|isn'?t|aren'?t)\s+(?P<a>.+?)\s+(?:really\s+|actually\s+|just\s+)?"
    # "the same thing as", "the same problem as" (not "the same kind of thing as": whether two
    # things are of one kind is answered where the course sorts them, as a yes/no)
    # ("is a chatbot inventing a source really a different failure from a fit chasing noise", "a
    # different beast than": the learner's noun for both sides, between "different" and "from".)
    r"(?:(?:the\s+)?same(?:\s+(?!(?:kind|sort|type)\b)[a-z]+)?\s+as|similar\s+to|different\s+(?:from|than|to)|"
    r"(?:a|an)\s+(?:(?:totally|completely|entirely|whole|really|fundamentally)\s+)?different\s+(?:(?:kind|sort|type)s?\s+of\s+)?(?!(?:from|than|to)\b)[a-z]+\s+(?:from|than|to)|"
    r"any\s+different\s+(?:from|than))\s+(?P<b>.+)$"
)
# "is mode collapse like overfitting?", "is clustering kind of like classification?": read as
# yes/no, the answer came from the first side's section alone. A short first side that names a
# thing: not "are models like chatgpt supervised?" ("like" for "such as"), nor a pronoun.
_LIKE = (
    r"^\W*(?:(?:so|but|and)\s+)?(?:is|are|isn'?t|aren'?t)\s+"
    r"(?!(?:there|something|anything|models?|things?|tools?|apps?|stuff|systems?|programs?|methods?|algorithms?|ones?|"
    r"ai|it|this|that|they|these|those|you|i|we)\b)(?![\w' -]*\b(?:vs|versus)\b)(?:(?:a|an|the)\s+)?(?P<a>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:really\s+|actually\s+|just\s+|kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|basically\s+|pretty\s+much\s+)?like\s+"
    r"(?P<b>[^,?]+?)\s*[?.!]*$"
)
# "is clustering just a fancy classification?", "is rl basically supervised learning with extra
# steps?", "is an llm just a bigger chatbot": whether one thing is merely a dressed-up other one.
# Read as yes/no, the first side's section answered alone and the second side was never said.
# (Not "just a fancy kind of X": whether one is of the other's kind is answered where the course
# sorts them, as a yes/no.)
DRESSED_UP = (
    r"(?:fancy|fancier|glorified|souped[- ]up|dressed[- ]up|rebranded|renamed|overhyped|hyped[- ]up|upgraded|improved|"
    r"scaled[- ]up|beefed[- ]up|supercharged)"
)
# Plainer words say it only after an article ("a worse gan"; not "is the model just better now").
PLAINLY_UP = (
    r"(?:better|worse|bigger|smaller|newer|(?:more\s+)?advanced|smarter|dumber|cheaper|(?:more\s+)?complicated|"
    r"complex|modern|new|old|high[- ]tech)"
)
_JUST_A = (
    r"^\W*(?:(?:so|but|and)\s+)?(?:is|are|isn'?t|aren'?t)\s+(?!(?:there|something|anything)\b)(?P<a>[^,?]+?)\s+"
    r"(?:really\s+|actually\s+)?(?:just|basically|simply|merely|only|essentially|nothing\s+(?:more\s+)?than|kinda|pretty\s+much)\s+"
    r"(?:"
    rf"(?:(?:(?:a|an|the)\s+)?(?:{DRESSED_UP}\s+)+|(?:a|an)\s+(?:{PLAINLY_UP}\s+)+)(?:(?:version|edition)\s+of\s+)?(?!(?:kind|sort|type|form|branch|part|subset|flavou?r|thing|one|idea|word|name|buzzword|trend|fad|hype|stuff)s?\b)(?P<b>[^,?]+?)"
    r"|(?P<d>[^,?]+?)\s+(?:with|plus)\s+(?:extra|more|a\s+few\s+extra)\s+(?:steps|bells\s+and\s+whistles|layers\s+on\s+top))"
    r"\s*[?.!]*$"
)
# "is hyper-personalisation just the old recommendations with a fancier name, or is it actually
# different?", "is an llm basically a chatbot rebranded": whether one thing is merely another
# under a new name. Read as nothing compared, the first side's section answered alone and the
# older thing was never said. (What the learner adds after a comma, "or is it really new", asks
# the same.)
NEW_NAME = (
    r"(?:(?:with|under|given|wearing|in)\s+(?:a\s+|an\s+)?(?:new|fancy|fancier|different|another|shiny|shinier|"
    r"cool|cooler|trendier|nicer|posher|marketing|buzzword)\s+(?:name|label|title|brand(?:ing)?|coat\s+of\s+paint|wrapper|wrapping|"
    r"packaging|hat|sticker)|rebranded|renamed|repackaged|relabell?ed|by\s+(?:another|a\s+(?:new|different|fancier))\s+name)"
)
_NEW_NAME = (
    r"^\W*(?:(?:so|but|and|honestly|seriously)\s+)?(?:is|are|isn'?t|aren'?t)\s+(?!(?:there|something|anything|it|this|that|they)\b)"
    r"(?P<a>[^,?]{1,80}?)\s+(?:really\s+|actually\s+)?(?:(?:just|basically|simply|merely|only|essentially|nothing\s+(?:more\s+)?than|"
    r"kinda|pretty\s+much)\s+){1,3}(?:(?:the|a|an|our|their|your|good|plain|same|usual|classic|boring|old|older)\s+){0,4}"
    # (bounded spans: a long message of "just the just the ..." took 0.4 s unbounded)
    rf"(?P<b>[^,?]{{1,80}}?)\s+{NEW_NAME}(?:\s*[,;-]+\s*(?:or|and|but)\b[^?]*)?\s*[?.!]*$"
)
# "are GANs and VAEs the same thing", "are X and Y alike".
_SAME_PAIR = (
    r"^\W*(?:(?:so|but|and)\s+)?(?:is|are|were)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?:really\s+|actually\s+|just\s+)?"
    r"(?:the\s+same(?:\s+things?)?|similar|alike|different)\b"
)
# These six are used on their own by ``question_shape`` as well as among the sides' patterns below:
# compiled once, here (``re.search(_SAME, ...)`` compiled each a second time at the first question).
_PARTS_OF_BOTH_RX, _SAME_RX, _LIKE_RX, _JUST_A_RX, _NEW_NAME_RX, _SAME_PAIR_RX = (
    rx.compile(pattern, _F) for pattern in (_PARTS_OF_BOTH, _SAME, _LIKE, _JUST_A, _NEW_NAME, _SAME_PAIR)
)

# Options open the question, not a verb ("is it supervised or unsupervised?" asks which one it is).
_NOT_AUX = (
    r"(?!(?:is|are|was|were|does|do|did|can|could|should|would|will|what|whats|what's|how|why|who|where|when|"
    r"which|i|you|we|they|it|yes)\b)"
)
# "precision or recall?", "gan or vae for faces": nothing but two short options (and what for).
_BARE_OPTIONS = (
    rf"^\W*{_NOT_AUX}\w[\w-]*(?:\s+\w[\w-]*)?\s+or\s+\w[\w-]*(?:\s+\w[\w-]*)?\s*(?:\?+|\s+(?:for|to|when|if|with|on)\b.*)\s*$"
)
_WHEN_VERB = (
    r"(?:is|are|should\s+(?:i|we|you|one)\s+(?:use|pick|choose|go\s+with)|would\s+(?:i|we|you)\s+(?:use|pick)|"
    r"do\s+(?:i|we|you|people)\s+(?:use|pick|need)|does\s+it\s+make\s+sense\s+to\s+use|to\s+use)"
)
_WHICH_VERB = r"(?:is|are|belongs?\s+to|goes\s+(?:with|to)|fits|suits?|applies\s+to|is\s+for|for|to)"
# "is overfitting more of a problem than hallucination", "less of a risk than": which of two things
# is the bigger one of a kind (read as yes/no, the first side was "overfitting more of a problem").
# ("is hallucination a bigger problem than bias", "is a vae a better pick than a gan": a comparative
# before a noun, likewise.)
_MORE_OF = (
    r"(?:(?:more|less)\s+of\s+(?:an?\s+)?|(?:a|an)\s+(?:better|worse|bigger|smaller|greater|larger|safer|cheaper|"
    r"riskier|harder|easier|faster|slower)\s+)[\w-]+(?:\s+[\w-]+)?(?=\s+than\b)"
)
_COMPARATIVE = (
    r"(?:more|less|better|worse|best|worst|faster|slower|cheaper|easier|harder|sharper|safer|bigger|smaller|"
    r"riskier|costlier|pricier|quicker|simpler|stronger|weaker|greater)\b"
)
# "which should i use to group customers, A or B?", "whats riskier to trust, A or B?": a question
# about a choice (a comparative, or which one to use), then the two options close it. Asked of two
# things as if of people, "whos faster, k-means or dbscan", it is the same choice.
_CHOICE_CLAUSE = (
    rf"^\W*(?:which(?:\s+one|\s+of\s+(?:the|these|those)\s+two)?\s+\w+|(?:which|(?:what|who)(?:'s|s|\s+is|\s+would\s+be)?)\b(?=[^,?]*\b(?:{_COMPARATIVE}|"
    r"(?:should|would|could|do|can)\s+(?:i|we|you|they|one|people)\s+(?:use|pick|choose|go\s+with|need|try|learn|start\s+with)\b)))"
    r"[^,?]*,\s*(?P<a>[^,?]+?)\s+or\s+(?P<b>[^,?]+?)\s*[?.!]*$"
)
# "cost, skills or staff pushing back - how are those three different?", "the us order, the eu act
# and responsible ai frameworks: what does each one do?": three or more named things, then a
# question about each of them or how they differ.
_NAMED_THEN_EACH = (
    # (each listed name starts on a non-space, so a long message of many commas cannot be split
    # between the spaces and the names in exponentially many ways)
    r"^\W*(?P<a>[^,:?]+(?:,\s*[^,:?\s][^,:?]*)+?),?\s+(?:and|or)\s+(?P<b>[^,:?]+?)\s*(?:[-:]+|\?)\s*"
    r"(?=(?:how|what|whats|what's|which|why|where|in\s+what)\b)(?=.*\b(?:each|differ\w*|different|compare|apart|in\s+common)\b)"
)
# "(for a startup with one laptop,) is a trained ml model or a big generative model cheaper to
# run?": two options, then the comparative asked about; "(for a small company,) which is the
# bigger hurdle: the cost or not having the right people?": the comparative, then two options.
_OPTIONS_COMPARED = (
    rf"^\W*(?:(?P<s>(?:for|in|at|if|when|with)\b[^,:]*?)\s*[,:]\s*)?(?:"
    rf"(?:is|are|would|will)\s+(?!(?:it|there|this|that)\b)(?P<a>[^,?]+?)\s+or\s+(?P<b>[^,?]+?)\s+(?:be\s+)?(?:the\s+)?{_COMPARATIVE}"
    # ("which one guzzles more electricity: A, or B?", "which costs more to keep running, A or
    # B?": the comparative after the verb that says what is weighed.)
    # ("which bites harder: A, or B?", "which scales better, A or B": any comparative after it; stop 43.)
    rf"|.*?\bwhich(?:\s+one)?\s+(?:(?:is|would\s+be|will\s+be)\s+(?:the\s+)?|(?!is\b)[a-z]+s\s+(?={_COMPARATIVE})){_COMPARATIVE}"
    r"[^,:?]*[,:]\s*(?P<c>[^?]+?)\s+or\s+(?P<d>[^?]+?)\s*[?.!]*$)"
)
# A setting, then two short options: "for a startup with no labels, supervised or unsupervised?"
_SETTING_OPTIONS = (
    r"^\W*(?P<s>(?:for|in|if|when|with|on)\b[^?]*?)\s*[,:]\s*(?P<a>[\w-]+(?:\s+[\w-]+){0,2}?)\s+or\s+"
    r"(?P<b>[\w-]+(?:\s+[\w-]+){0,2}?)\s*[?.!]*$"
)

# "X vs Y", "difference between X and Y", "X compared with Y", "how does X differ from Y",
# "X or Y - which ...", "trade-off between X and Y", "how does it stack up against Y".
# "in a gan who does what, the generator or the discriminator", "generator and discriminator - which
# does what": two roles, and who plays which.
_WHO_DOES_WHAT = r"\b(?:who|which(?:\s+one)?)\s+(?:does|do|is|handles?)\s+what\b"
# "what kind of data do supervised and unsupervised learning each need": what is asked of each of
# two named things.
_EACH_OF_TWO = (
    r"^\W*(?:what|which|how)\b[^,?]*?\b(?:do|does|did|would|will|can)\s+(?!(?:you|i|we|they|it)\b)(?P<a>[^,?]+?)\s+and\s+"
    r"(?P<b>[^,?]+?)\s+each\b"
)
_THE_ONES = (
    r"\bthe\s+(?P<a>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+one\s*,?\s+(?:and|or|vs\.?|versus)\s+the\s+"
    r"(?P<b>(?!other\b)[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+one\b"
)
_THE_ONES_SPLIT = rx.compile(_THE_ONES, _F)
# "is accuracy enough or should i ask for precision and recall instead?": what the learner has,
# then what they might need instead (read by the generic split, the first side was the whole
# message up to "enough" and the second "should").
_ENOUGH_OR_INSTEAD = (
    r"\b(?:is|are)\s+(?!(?:it|that|this|there|they)\b)(?P<a>[^,?.!]+?)\s+(?:good\s+)?enough\s*,?\s+or\s+"
    r"(?:should|do|would|must|shall)\s+(?:i|we|you)\s+(?:\w+\s+){0,3}?(?:for|about|use|need|get|want|look\s+at|check)\s+"
    r"(?P<b>[^,?.!]+?)(?:\s+instead)?\s*(?:[?.!]|$)"
)
_CLAIMED_SAME_RX = rx.compile(
    r"\b(?:says?|said|saying|reckons?|thinks?|claims?|insists?|told\s+(?:me|us)|keeps\s+saying)\s+(?:that\s+)?"
    r"(?P<a>[^,?.!]+?)\s+and\s+(?P<b>[^,?.!]+?)\s+(?:are|r)\s+['\"‘“]?(?:(?:really|actually|just|basically|"
    r"pretty\s+much|kind\s+of)\s+)?(?:the\s+)?same\b",
    _F,
)
# (stop 47) One thing asked of two settings: "is a 'loss' the same thing for a classifier as for a
# generative model?", "does overfitting mean the same for a gan as for a classifier", "is bias the
# same problem in ml as in gen ai". The thing in each setting is a side ("loss for a classifier",
# "loss for a generative model"): read as a yes/no or general question, it was answered from one.
_SAME_FOR_BOTH = rx.compile(
    r"\b(?:is|are|does|do|would|will)\s+(?P<x>(?!(?:it|that|this|they|those|these|there)\b)[^?,;:.!]{1,40}?)\s+"
    r"(?:mean\s+|work\s+|count\s+)?(?:(?:exactly|really|actually|basically)\s+)?(?:the\s+)?same"
    r"(?:\s+(?:thing|things|problem|idea|measure|deal|concept|risk|issue|job|number|kind\s+of\s+thing))?\s+"
    r"(?P<prep>for|in|with|on|inside)\s+(?P<a>[^?,;:.!]{1,50}?)\s+as\s+(?:(?:it\s+(?:is|does)|they\s+(?:are|do))\s+)?"
    r"(?:(?:for|in|with|on|inside)\s+)?(?P<b>[^?,;:.!]{1,50}?)\s*(?:[?,;:.!]|$)",
    _F,
)


def same_for_both(question: str) -> tuple[str, str] | None:
    """The two sides of one thing asked of two settings (``_SAME_FOR_BOTH``): ("loss for a
    classifier", "loss for a generative model"), else None."""
    found = _SAME_FOR_BOTH.search(question)
    if not found:
        return None
    thing = _ARTICLE.sub("", found["x"].strip(" '\"‘’“”")).strip(" '\"‘’“”")
    a, b = found["a"].strip(), found["b"].strip()
    if not thing or not a or not b or a.lower() == b.lower():
        return None
    return f"{thing} {found['prep']} {a}", f"{thing} {found['prep']} {b}"


# "..., which doesnt exist", "..., which turned out": a relative clause telling what the last thing
# was, not "which one" asked of two things ("it quoted a verse with total confidence and a
# reference, which doesnt exist. is it lying?" compares nothing; stop 39).
_RELATIVE_WHICH = r"(?!\s+(?:doesn'?t|does\s+not|didn'?t|did\s+not|isn'?t|wasn'?t|weren'?t|never|turned\s+out|was|were|had)\b)"
_COMPARE_SPLIT = [
    rx.compile(_NAMED_THEN_EACH, _F),
    # "of the two network types, the encoder-decoder one and the forger-vs-detective one, which ...":
    # each side named by what sets it apart, before "one".
    _THE_ONES_SPLIT,
    rx.compile(_ENOUGH_OR_INSTEAD, _F),
    rx.compile(rf"{_WHO_DOES_WHAT}[^,:]*[,:]\s*(?P<a>[^,?]+?)\s+(?:or|and|vs\.?)\s+(?P<b>[^,?]+?)\s*[?.!]*$", _F),
    rx.compile(rf"^\W*(?P<a>[^,:?]+?)\s+(?:or|and|vs\.?)\s+(?P<b>[^,:?]+?)\s*[-,:]+\s*{_WHO_DOES_WHAT}", _F),
    rx.compile(_EACH_OF_TWO, _F),
    # "same or different: ai and generative ai"
    rx.compile(r"^\W*(?:(?:the\s+)?same\s+or\s+different|similar\s+or\s+different|different\s+or\s+(?:the\s+)?same)\b"
               r"\s*[?:,-]*\s*(?P<a>.+?)\s+(?:and|vs\.?|versus)\s+(?P<b>.+)$", _F),
    # "ml and gen ai, same thing?", "gans and vaes: different or the same?"
    # ("precision and recall, are they not the same thing? my teacher says no", "exploring and
    # exploiting, arent those basically the same idea?": the doubt and an aside after it too.)
    rx.compile(r"^\W*(?P<a>[^,:]+?)\s+and\s+(?P<b>[^,:]+?)\s*[,:-]+\s*"
               r"(?:(?:are|arent|aren't|is|isnt|isn't)\s+(?:they|it|those|these|both)\s+(?:not\s+)?)?"
               r"(?:really\s+|actually\s+|just\s+|basically\s+|kind\s+of\s+|kinda\s+|pretty\s+much\s+)?(?:the\s+)?"
               r"(?:same|different|similar|alike)(?:\s+(?:things?|ideas?|concepts?))?(?:\s+or\s+(?:not|different|(?:the\s+)?same))?"
               r"\s*(?:[?.!]+(?:\s+[^?]*)?)?$", _F),
    # "is X the same (thing) as Y", "is X similar to Y", "is X different from Y": a comparison
    # whose answer opens with the course's verdict sentence when it has one (``Shape.same``).
    _SAME_RX,
    _SAME_PAIR_RX,
    _LIKE_RX,
    _JUST_A_RX,
    _NEW_NAME_RX,
    # "do generative models and classifiers need the same kind of data?", "what risks do ml and
    # gen ai share?": two things, and whether what is asked is alike for both.
    rx.compile(r"^\W*(?:do|does|did|can|will)\s+(?!(?:you|i|we|they|it)\b)(?P<a>[^,?]+?)\s+and\s+(?P<b>[^,?]+?)\s+[\w-]+\s+"
               r"(?:the\s+same|similar|different)\b", _F),
    rx.compile(r"^\W*(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:do|does)\s+(?P<a>[^,?]+?)\s+and\s+(?P<b>[^,?]+?)\s+"
               r"(?:share|have\s+in\s+common)\b", _F),
    # "my supervisor says the ai that predicts late deliveries and chatgpt are 'the same thing
    # really'": a claim that two things are the same, which the learner then asks about (no side
    # was found, and the answer came from a section on both families in an industry).
    _CLAIMED_SAME_RX,
    # "how is a gan not the same as a vae", "how is classification unlike regression"
    rx.compile(r"^\W*(?:how|why|in\s+what\s+ways?)\s+(?:is|are)\s+(?P<a>.+?)\s+(?:not\s+(?:the\s+same\s+as|like)|unlike)\s+(?P<b>.+)$", _F),
    # "tell me how top-k and top-p differ", "explain how a gan and a vae compare"
    # ("outline how supervised, unsupervised and reinforcement learning differ in the data they
    # need", "describe how k-means and dbscan differ" found no sides and had a general answer.
    # The verb is required: with it optional, a bare "how A and B ..." took this reading too and
    # cost a held-out comparison, which other patterns had answered.)
    rx.compile(r"^\W*(?:(?:can|could)\s+you\s+|please\s+)?(?:(?:briefly\s+)?(?:tell\s+me|explain|show\s+me|describe|outline|summari[sz]e|sum\s+up)|"
               r"i\s+(?:wonder|want\s+to\s+know))(?:\s+briefly)?\s+how\s+"
               r"(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?:differ\w*|compare|are\s+different)\b", _F),
    # "does a gan train faster than a vae", "is a gan more expensive to train than a tree" (not
    # "why is A riskier than B": the reason is asked, and a comparing section on another aspect
    # of both answered it instead of the section on the risk)
    rx.compile(rf"^\W*(?:is|are)\s+(?P<a>.+?)\s+(?:{_COMPARATIVE}|{_MORE_OF}|more\s+\w+|less\s+\w+)(?:\s+to\s+\w+)?\s+than\s+(?P<b>.+)$", _F),
    rx.compile(rf"^\W*(?:does|do|did|can|will|would)\s+(?P<a>.+?)\s+[\w-]+\s+(?:{_COMPARATIVE}|more\s+\w+|less\s+\w+)"
               rf"(?:\s+to\s+\w+)?\s+than\s+(?P<b>.+)$", _F),
    # "a VAE and a language model are both generative, but how does each ...": the two things.
    rx.compile(r"^\W*(?:(?:so|but|and)\s+)?(?:both\s+)?(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+(?:are|were)\s+both\b", _F),
    # "classification and clustering both put stuff into groups, so whats the difference": the
    # two things, whatever they both do.
    rx.compile(r"^\W*(?:(?:so|but|and)\s+)?(?P<a>[^,?]+?)\s+and\s+(?P<b>[^,?]+?)\s+both\s+(?!of\b)[a-z]+", _F),
    rx.compile(r"^(?P<a>.+?)\s+(?:vs\.?|versus)\s+(?P<b>.+)$", _F),
    # "when is ML the better choice and when is gen AI better?"
    rx.compile(rf"\bwhen\s+{_WHEN_VERB}\s+(?P<a>.+?)\s+and\s+when\s+(?:{_WHEN_VERB}\s+)?(?P<b>.+)$", _F),
    rx.compile(r"\b(?:difference|differences|diff|tradeoff|trade-off|trade\s+off|distinction)s?\s+(?:between|with|of)\s+(?P<a>.+?)\s+and\s+(?P<b>.+)$", _F),
    rx.compile(r"^(?:(?:and|so|but)\s+)?(?:how|in\s+what\s+way)\s+(?:does|do|is|are)\s+(?P<a>.+?)\s+(?:differ|different|compare|stack\s+up)\w*\s+(?:from|to|with|against)\s+(?P<b>.+)$", _F),
    rx.compile(r"^(?P<a>.+?)\s+(?:compared\s+(?:with|to)|as\s+opposed\s+to|rather\s+than)\s+(?P<b>.+)$", _F),
    rx.compile(r"^(?:(?:can|could|would)\s+you\s+|please\s+)?(?:compare|contrast)\s+(?P<a>.+?)\s+(?:and|with|to|against)\s+(?P<b>.+)$", _F),
    # "give me a comparison of A and B", "a quick contrast between A and B"
    rx.compile(r"\b(?:comparison|contrast)\s+(?:of|between)\s+(?P<a>.+?)\s+(?:and|with|vs\.?|versus)\s+(?P<b>.+)$", _F),
    # "the main difference in how classifiers and generators are evaluated": the two things,
    # what is asked of them is context.
    rx.compile(r"\bdifferences?\s+in\s+(?:how|what|the\s+way|the\s+ways)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+"
               r"(?:are|is|get|gets|do|does|can|learn|work|need|use|handle|make)\b", _F),
    # "why pick a vae over a gan", "why use top-p instead of top-k": one side chosen over the other.
    rx.compile(r"\b(?:pick|choose|use|prefer|picking|choosing|using|preferring|go\s+with)\s+(?P<a>.+?)\s+"
               r"(?:over|instead\s+of)\s+(?P<b>.+)$", _F),
    # "what does a vae do better than a gan", "what can gans do that vaes cannot"
    rx.compile(r"^\W*(?:what|how|where|why)\s+(?:does|do|is|are|can)\s+(?P<a>.+?)\s+(?:do\s+|work\s+|handle\s+\w+\s+)?"
               r"(?:better|worse|differently|more\s+\w+|less\s+\w+)\s+than\s+(?P<b>.+)$", _F),
    rx.compile(r"^\W*(?:what|which\s+\w+)\s+(?:can|does|do)\s+(?P<a>.+?)\s+do\s+that\s+(?P<b>.+?)\s+"
               r"(?:can'?t|cannot|can\s+not|doesn'?t|does\s+not|don'?t|do\s+not|won'?t)\b", _F),
    rx.compile(r"^(?P<a>.+?)\s+(?:differently\s+(?:from|than)|different\s+(?:from|than)|differs?\s+from)\s+(?P<b>.+)$", _F),
    rx.compile(rf"^(?:is|are)\s+(?P<a>.+?)\s+(?:{_COMPARATIVE}|more\s+\w+|less\s+\w+)(?:\s+to\s+\w+)?\s+than\s+(?P<b>.+)$", _F),
    rx.compile(_OPTIONS_COMPARED, _F),
    # "do gans or vaes make sharper images?": two options, a verb, then the comparative.
    rx.compile(rf"^\W*(?:do|does|can)\s+(?!(?:it|there|this|that|i|you|we|they)\b)(?P<a>[^,?]+?)\s+or\s+(?P<b>[^,?]+?)\s+"
               rf"(?:make|makes|need|needs|give|gives|cost|costs|take|takes|produce|produces|get|gets|have|has|work|works|learn|learns|run|runs|train|trains)\s+(?:the\s+)?{_COMPARATIVE}", _F),
    rx.compile(r"^(?:should|would|could|do|can)\s+(?:i|we|you|(?:a|an|the|my|our)(?:\s+[\w-]+){1,3}?)\s+(?:use|pick|choose|go\s+with|try|learn|start\s+with)\s+(?P<a>.+?)\s+or\s+(?P<b>.+)$", _F),
    # "which one suits images and which suits text, gans or llms": the options close the question.
    rx.compile(r"\bwhich\b.+\band\s+which\b.*,\s*(?P<a>[\w-]+(?:\s+[\w-]+)?)\s+or\s+(?P<b>[\w-]+(?:\s+[\w-]+)?)\s*[?.!]*$", _F),
    # "mode collapse or blur - which belongs to GANs and which to VAEs": the things named after
    # each "which" are what is compared (not "which is faster and which is more accurate").
    rx.compile(rf"\bwhich\s+(?:(?:one|[a-z]+)\s+)?{_WHICH_VERB}\s+(?!{_COMPARATIVE})(?P<a>.+?)\s+and\s+which\s+"
               rf"(?:(?:one|[a-z]+)\s+)?(?:{_WHICH_VERB}\s+)?(?!{_COMPARATIVE})(?P<b>.+)$", _F),
    # "for a startup with no labels, supervised or unsupervised?": a setting, then two options.
    rx.compile(_SETTING_OPTIONS, _F),
    rx.compile(_CHOICE_CLAUSE, _F),
    # "k-means or dbscan for moon-shaped data?": two short options, then what they are for.
    rx.compile(rf"^\W*{_NOT_AUX}(?P<a>\w[\w-]*(?:\s+\w[\w-]*)?)\s+or\s+(?P<b>\w[\w-]*(?:\s+\w[\w-]*)?)\s+(?=(?:for|to|when|if|with|on)\b)", _F),
    # "k-means or dbscan - which ...": a dash between words ("top-p") is not a separator.
    rx.compile(r"^(?P<a>[^,?]+?)\s+or\s+(?P<b>[^,?]+?)(?:\s+-|\s*[,:?]|\s+when\b|\s+which\b)", _F),
    # "the weak spots of ml and of gen ai, side by side": one aspect, asked of each side in turn
    # (the second side is "weak spots of gen ai", below).
    rx.compile(r"^(?P<a>[^,?]+?\s+(?P<p>of|for|in|with)\s+[^,?]+?)\s+and\s+(?P<b>(?P=p)\s+[^,?]+?)\s*(?:[,?.!;:]|\s-|\s+side\s+by\s+side\b|$)", _F),
    _PARTS_OF_BOTH_RX,
    # "how are A and B different", "how do A and B compare", "what do A and B have in common".
    rx.compile(r"^(?:how|in\s+what\s+ways?|where|what)\s+(?:are|do|does|is|did)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+"
               r"(?:differ\w*|different|compare|alike|similar|have\s+in\s+common)\b", _F),
    # "A and B - how are they different?", "A and B: what's the difference?"
    # ("precision and recall, i always mix them up. whats the diff": an aside may come first.)
    rx.compile(r"^(?P<a>[^,:?-]+?)\s+and\s+(?P<b>[^,:?]+?)\s*[-,:]+\s*(?:[^.?!]*[.?!]\s*)?(?:how|what|whats|what's|are|is|do)\b.*"
               r"\b(?:diff\w*|compare|similar|alike)", _F),
    # "gans and vaes: which one trains more reliably?", "k-means or dbscan, which copes with moons"
    # (not a relative clause telling what B was: "it quoted a verse with total confidence and a
    # reference, which doesnt exist. is it lying?" asks about no choice; stop 39)
    rx.compile(r"^\W*(?P<a>[^,:?]+?)\s+(?:and|or|vs\.?|versus)\s+(?P<b>[^,:?]+?)\s*[-,:]+\s*which(?:\s+one)?\b"
               + _RELATIVE_WHICH, _F),
    # (stop 48) "is the chatgpt type of ai a whole separate science from the older prediction kind":
    # "separate" as an adjective, the thing before "is" set against what follows "from".
    rx.compile(r"^(?:(?:is\s+it\s+true|would\s+you\s+say|is\s+it\s+right)\s+(?:that\s+)?)?(?P<a>[^,?]+?)\s+(?:is|are)\s+"
               r"(?:(?:a|an)\s+)?(?:(?:whole|totally|completely|entirely|really|actually)\s+)?(?:separate|distinct)\s+"
               r"(?:(?:kind|type|sort|branch|field|science|thing|discipline|family)\s+)?from\s+(?P<b>[^?]+?)\s*(?:[?.!]|$)", _F),
    # "what separates A from B", "what sets A apart from B", "what distinguishes A from B".
    # (Not the adjective: "a whole separate science from B".)
    rx.compile(r"(?<!\bwhole\s)(?<!\ba\s)(?<!\ban\s)(?<!\btotally\s)(?<!\bcompletely\s)\b(?:separates?|distinguish(?:es)?|sets?)\s+(?P<a>.+?)\s+(?:apart\s+)?from\s+(?P<b>.+)$", _F),
    # "which is better for spam, a decision tree or a neural network", "should I use A or B".
    rx.compile(r"\bwhich\s+(?:one\s+)?(?:is|works|would\s+be)\s+(?:better|best|worse|faster|more\s+\w+)\b[^,]*,\s*(?P<a>.+?)\s+or\s+(?P<b>.+)$", _F),
    rx.compile(r"^(?P<a>.+?\b(?:different|differ\w*|more|less|better|worse)\b.+?)\s+than\s+(?:for\s+|with\s+|in\s+)?(?P<b>.+)$", _F),
    # "what's better for images, gans or vaes": the two options at the end.
    rx.compile(r"\b(?:what(?:'s|s|\s+is)|which(?:\s+one)?(?:\s+is|'s)?)\s+(?:better|best|worse|faster|safer|easier|cheaper)\b.*?"
               r"[\s,:]\s*(?P<a>[\w-]+(?:\s+[\w-]+)?)\s+or\s+(?P<b>[\w-]+(?:\s+[\w-]+)?)\s*\??$", _F),
    # "for customer service, what's ml's job and what's gen ai's job", "what does ml do and what does gen ai do"
    rx.compile(r"^(?P<a>.*?\bwhat(?:'s|s|\s+is|\s+are|\s+does|\s+do)\s+.+?)\s+and\s+what(?:'s|s|\s+is|\s+are|\s+does|\s+do)\s+(?!(?:it|they|this|that|these|those|them)\b)(?P<b>.+?)\s*\??$", _F),
    # "is bias in a loan model the same thing as bias in an image generator"
    rx.compile(r"^(?:is|are)\s+(?P<a>.+?)\s+(?:the\s+same(?:\s+thing)?\s+as|the\s+same\s+kind\s+of\s+\w+\s+as|similar\s+to)\s+(?P<b>.+)$", _F),
    # "is it better to use k-means or dbscan", "would you pick top-k or top-p"
    rx.compile(r"\b(?:use|pick|choose|go\s+with|try|learn|start\s+with)\s+(?P<a>[^,?]+?)\s+or\s+(?P<b>[^,?]+?)\s*\??$", _F),
    # "the advantages of vaes over gans", "the downsides of llms compared to small models"
    rx.compile(r"\b(?:advantages?|benefits?|strengths?|disadvantages?|drawbacks?|downsides?|upsides?|weaknesses|edge)\s+"
               r"(?:of|for)\s+(?P<a>.+?)\s+(?:over|compared\s+(?:to|with)|versus|vs\.?|against)\s+(?P<b>.+)$", _F),
    # "compared to supervised learning, what does unsupervised do", "unlike GANs, how do VAEs ..."
    rx.compile(r"^(?:compared\s+(?:to|with)|unlike|in\s+contrast\s+to)\s+(?P<b>[^,]+?)\s*(?:,|\s(?=what|how|why|does|do|is|are))\s*(?P<a>.+)$", _F),
]
# "can it work out which houses are alike", "which of my sounds are similar": which members of
# one set resemble each other is a grouping task asked of one thing, not two things compared.
_WHICH_ALIKE = rx.compile(
    r"\bwhich\s+(?:[\w'-]+\s+){1,3}?(?:are|is|look|sound|seem|go|belong)\s+(?:alike|similar|together)\b(?!\s+to\b)", re.IGNORECASE
)


def _compare_words(question: str) -> bool:
    """Does ``question`` use a word of comparison, other than in "which X are alike" (stop 40,
    parab40: "which houses are alike ... nobody labelling anything" was read as a comparison with
    no sides and answered from the section on how generative AI and machine learning differ)?"""
    return bool(_COMPARE_WORDS.search(_WHICH_ALIKE.sub(" ", question)))


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups plain, to be one alternative among others."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_COMPARE_WORDS = rx.compile(
    # ("what should we have done differently" asks for a change, not a comparison: stop 48.)
    r"\b(?:vs\.?|versus|differ(?!ently\b)\w*|(?<!\bdone\s)(?<!\bdo\s)differently|differently(?=\s+(?:from|than|to)\b)|difference|compare\w*|comparison|trade-?\s?offs?|tradeoffs?|^\W*contrast|contrast\s+(?:of|between)|"
    r"(?:pick|choose|use|prefer|picking|choosing|using|preferring)\b.+\b(?:over|instead\s+of)\b|"
    r"(?:more|less)\s+\w+(?:\s+to\s+\w+)?\s+than\b|" + _MORE_OF + r"\s+than\b|\b(?:can|does|do)\s+.+\bdo\s+that\s+.+\b(?:can'?t|cannot|doesn'?t|does\s+not|don'?t)\b|"
    r"\b(?:riskier|costlier|pricier|quicker|simpler|stronger|weaker|greater|faster|slower|cheaper|easier|harder|sharper|safer|bigger|smaller)(?:\s+to\s+\w+)?\s+than\b|"
    r"\bnot\s+(?:the\s+same\s+as|like)\b|"
    r"^\W*(?:do|does|did|can|will)\s+(?!(?:you|i|we|they|it)\b)[^,?]+?\s+and\s+[^,?]+?\s+[\w-]+\s+(?:the\s+same|similar|different)\b|"
    r"^\W*(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:do|does)\s+[^,?]+?\s+and\s+[^,?]+?\s+share\b|"
    r"\b(?:advantages?|benefits?|strengths?|disadvantages?|drawbacks?|downsides?|upsides?|weaknesses|edge)\s+(?:of|for)\s+.+\s+(?:over|against)\b|"
    r"^\W*(?:do|does|can)\s+(?!(?:it|there|this|that|i|you|we|they)\b)[^,?]+?\s+or\s+[^,?]+?\s+(?:[\w-]+\s+)?" + _COMPARATIVE + "|"
    r"^\W*[^,:?]+?\s+(?:and|or)\s+[^,:?]+?\s*[-,:]+\s*which(?:\s+one)?\b" + _RELATIVE_WHICH + "|"
    r"stack\s+up|side\s+by\s+side|better\s+than|worse\s+than|as\s+opposed\s+to|diff(?!erently\b)|separates?|distinguish(?:es)?|"
    r"sets?\s+\w+(?:\s+\w+)?\s+apart|in\s+common|compared\s+(?:to|with)|unlike|in\s+contrast\s+to|"
    r"(?:better|best|worse|safer|easier|cheaper)\b.*\bor\b|(?:the\s+)?same(?:\s+thing)?\s+as\b|same\s+(?:things?|ideas?|concepts?)\b(?!\s+(?:in|happens?|happening|goes|going|with|for|has|had)\b)|similar\s+to|alike|"
    # "X and Y are both generative, but how does each ...": two things, each asked about.
    # ("the same thing in ml has a name", "the same thing happens with models": the learner's own
    # story likened to the course's subject, one thing asked about, stop 40.)
    r"\band\b.+?\b(?:are|were)\s+both\b|" + _WHO_DOES_WHAT + "|" + _unnamed(_EACH_OF_TWO) + "|"
    # "when is ML the better choice and when is gen AI better?"
    r"\bwhen\s+(?:is|are|should|would|do|does|to)\b.+\band\s+when\b|"
    + _SETTING_OPTIONS + "|" + _BARE_OPTIONS + "|" + _unnamed(_CHOICE_CLAUSE) + "|" + _unnamed(_NAMED_THEN_EACH) + "|"
    r"\bwhich\s+(?:(?:one|[a-z]+)\s+)?" + _WHICH_VERB + r"\s+.+?\s+and\s+which\b|"
    # (Not "what's the name for that and what's going on": "what's going on", "what's wrong" ask
    # about the situation just told, no second thing; nor "what is it and what's the fix", two
    # things asked of the one thing a pronoun points to, stop 40.)
    r"\bwhat(?:'s|s|\s+is|\s+does|\s+do)\s+(?!(?:it|that|this|they|those|these)(?:\s+called)?\s+and\s)"
    r".+?\s+and\s+what(?:'s|s|\s+is|\s+does|\s+do)\s+"
    r"(?!(?:it|they|this|that|these|those|them|going|happening|wrong|up)\b))",
    _F,
)
# The good or bad sides of a thing, asked as items ("what are ALL the weak points", "which flaws").
_POLARITY_ITEMS = (
    r"weak\s+(?:spots|points|sides)|strong\s+(?:points|sides)|good\s+points|bad\s+points|weaknesses|strengths|"
    r"upsides|downsides|drawbacks|shortcomings|flaws|limitations|benefits|advantages|disadvantages|risks|pros|cons"
)
_LIST = rx.compile(
    # ("whats the name for that", "the name of it": the noun asks for one name, not a list.)
    r"\b(?:list|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)name(?!\s+(?:for|of)\b)|enumerate)\b(?!\s+(?:of\s+)?(?:a|the)\s+\w+\s+(?:is|are)\b)|"
    r"\b(?:all|every|each)\s+(?:single\s+)?(?:the\s+|of\s+the\s+)?(?:kinds?|types?|uses?|ways?|benefits?|"
    r"limitations?|steps?|skills?|risks?|examples?|applications?|challenges?|parts?|one|of\s+them)\b|"
    r"\bwhat\s+(?:are|were)\s+(?:the\s+|some\s+)?(?:\d+\s+|two\s+|three\s+|four\s+|five\s+)?"
    r"(?:main\s+|different\s+|key\s+|common\s+|typical\s+)?(?:kinds|types|sorts|categories|uses|"
    r"ways|benefits|advantages|limitations|drawbacks|steps|skills|risks|challenges|applications|"
    r"components|parts|stages|algorithms|methods|examples)\b|"
    r"\bwhich\s+(?:kinds|types|algorithms|methods|skills|uses)\b|"
    r"\b(?:what|which)\s+(?:kinds|types|sorts)\s+of\b|"
    r"\b(?:what|which)\s+(?:industries|sectors|fields|areas|jobs|careers|tasks|problems|risks|dangers|limitations|"
    r"drawbacks|downsides|benefits|advantages|uses|applications|skills|challenges|concerns|laws|tools)\b|"
    # "what criteria ...", "what scarce resources ...": nouns that name the items of a list.
    r"\b(?:what|which)\s+(?:[a-z]+\s+)?(?:criteria|qualities|factors|resources|measures|metrics|principles|"
    + _POLARITY_ITEMS + r")\b|"
    # "what are the four boxes ...", "what three things ...": a count of items asked for.
    r"\b(?:what|which)\s+(?:(?:are|were)\s+)?(?:the\s+)?(?:two|three|four|five|six|seven|eight|\d+)\s+"
    r"(?:main\s+|key\s+|big\s+)?[a-z-]+s\b|"
    r"\bwhat\s+(?:are|were)\s+(?:[\w'-]+\s+){0,3}?(?:" + _POLARITY_ITEMS + r")\b|"
    r"\bwhat(?:'s|s|\s+is|'re)\s+(?:the\s+|all\s+the\s+)?(?:main\s+|different\s+|key\s+)?(?:kinds|types|uses|ways|benefits|"
    r"advantages|limitations|drawbacks|downsides|steps|skills|risks|challenges|applications)\b|"
    r"\b(?:kinds|types)\s+of\b.*\b(?:are\s+there|exist)\b|"
    r"\b(?:all|every)\s+(?:the\s+)?\w+\s+(?:pls|please)?\s*$|\ball\s+of\s+them\b|"
    r"\ball\s+(?:the|of\s+the|its|their)\s+(?:main\s+|different\s+|possible\s+)?[a-z-]{3,}s\b",
    _F,
)
# (stop 44) "is that true of all of them, or only GANs?", "does that apply to every one of them?":
# "all of them" quantifies a claim being checked, no order to list items (read as a list, the
# answer listed what GANs have been used for).
_CLAIM_OF_ALL = rx.compile(
    r"\b(?:true|the\s+case|the\s+same|so|hold|holds|apply|applies|go|goes|work|works)\s+(?:of|for|to|with)\s+"
    r"(?:all|each|every)(?:\s+(?:single\s+)?one)?(?:\s+of)?\s+(?:them|these|those|the\s+\w+s)\b",
    _F,
)
_LIST_NOUNS = (
    r"(?:kinds?|types?|sorts?|uses?|ways?|benefits?|advantages?|limitations?|drawbacks?|downsides?|steps?|skills?|"
    r"risks?|dangers?|examples?|applications?|challenges?|parts?|algorithms?|methods?|models?|techniques?|"
    r"industries|sectors?|fields?|areas?|jobs?|careers?|tasks?|problems?|issues?|stages?|components?|categories|"
    r"strategies|tips|concerns?|laws?|rules?|tools?|weaknesses|strengths|criteria|qualities|factors|resources|"
    r"costs|principles|tricks?|fix(?:es)?|hacks?|remed(?:y|ies)|cures?|options?|goals?|signs?|mitigations?|safeguards?|"
    r"precautions?|countermeasures?|measures|checks)"
)
# A question asking which things the course itself covers ("which industries does the course walk
# through", "what examples do the lessons use"): an enumeration of the course's own items.
_WHAT_THE_COURSE_COVERS = rx.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){1,2}?(?P<covers>(?:does|do|did)\s+(?:the|this|your)\s+(?:course|lessons?|tutor)\s+"
    r"(?:cover|covers|walk\s+through|go\s+through|goes\s+through|teach|include|mention|use|name|list|look\s+at|"
    r"talk\s+about|discuss|describe))\b",
    _F,
)


def from_what_the_course_covers(question: str) -> str:
    """``question`` from the sentence that asks which things the course covers ("which industries
    does the course walk through for ml vs gen ai? name every one"), what comes before it (who
    asks and why: "travel agent, doing a talk for our branch.") left out; unchanged when no
    sentence asks so. Why: the preamble's words ("talk", "module", "branch") were searched with
    the question and took a list of the course's industries to the sections on ways of learning."""
    match = _WHAT_THE_COURSE_COVERS.search(question)
    if match is None:
        return question
    start = max(question.rfind(end, 0, match.start()) for end in (". ", "? ", "! ", ": ", " - "))
    return question[start + 2:] if start >= 0 else question


_VARIOUS = rx.compile(rf"\b(?:different|various|main|possible)\s+(?:[\w-]+\s+){{0,2}}?{_LIST_NOUNS}s?\b(?!\s+(?:from|than)\b)", _F)
_EVERY = rx.compile(
    rf"\b(?:every|each)\s+(?:single\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_LIST_NOUNS}|weakness|strength|criterion|quality|"
    r"factor|resource|cost|principle)\b|"
    # "..., every cost", "... every single one": a closing "every X" asks for all of them.
    r"\b(?:every|each)\s+(?:single\s+)?(?!(?:other|time|day|week|month|year|night|while)\b)[a-z-]+\s*[?.!]*$",
    _F,
)
_YES_NO = rx.compile(
    r"^\W*(?:so\s+)?(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|must|isn't|"
    r"aren't|doesn't|don't|won't|can't|isnt|arent|doesnt|dont|wont|cant)\b",
    _F,
)
# "my model is 98% accurate so it's basically perfect, right?": a claim put up for confirmation.
_TAG = rx.compile(
    r"(?:,|\s)\s*(?:right|correct|yeah|true|isn'?t\s+it|aren'?t\s+they|don'?t\s+they|doesn'?t\s+it|no)\s*\?*\s*$",
    _F,
)
# "we only have 50 real photos, can we use fake ones or is that cheating": the yes/no question
# after a clause that sets the scene (an auxiliary and its subject open the asking clause).
YES_NO_CLAUSE = rx.compile(
    r"(?:[,;:.!?]|\b(?:so|but|then))\s+(?:is|are|does|do|did|can|could|will|would|should|has|have|must|isn'?t|"
    r"aren'?t|doesn'?t|don'?t|won'?t|can'?t)\s+(?:i|we|you|it|that|this|they|he|she|there|a|an|the|my|our|your|"
    r"these|those|such)\b[^,;:.!?]*\?*\s*$",
    _F,
)
_WH = rx.compile(r"^\W*(?:what|which|who|whose|where|when|how|why)\b", _F)  # "which one is right?" asks which
# "is k-means supervised or unsupervised?": it asks which, not whether; no yes/no verdict fits.
_EITHER = rx.compile(r"^\W*(?:is|are|was|were|does|do)\s+\S.*\s+or\s+(?!not\b)\S+", _F)
_EXAMPLE = rx.compile(r"\b(?:example|examples|instance|e\.g|such\s+as|show\s+me)\b", _F)
_ASKS_FOR_EXAMPLE = rx.compile(
    r"^\W*(?:(?:so|but|and|ok|okay)\W+)?(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:give|show|provide|share|offer)\b", _F
)
_WHY = rx.compile(r"^\W*(?:(?:so|but|and)\s+)?(?:why|how\s+come|what\s+(?:causes|makes))\b", _F)
_HOW = rx.compile(r"^\W*(?:(?:so|but|and)\s+)?how\b", _F)
_DEFINITION = rx.compile(
    r"^\W*(?:what(?:'s|\s+is|\s+are)|whats|define|definition\s+of|meaning\s+of|what\s+does\s+.+\s+mean)\b",
    _F,
)

# What a list question asks to have enumerated: the noun after its list cue ("which algorithms",
# "all the uses", "every skill", "name the four boxes"). Nouns that only say "items" or point
# back name nothing.
_LIST_NOUN = rx.compile(
    r"\b(?:(?P<plural>(?:what|which)\s+(?:(?:are|were)\s+)?|(?:list|name|enumerate)\s+)|(?P<single>every|each)\s+(?:single\s+)?)"
    r"(?:(?P<det>the|of\s+the|its|their|all(?:\s+the)?|every|each|some)\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?"
    r"(?P<words>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)",
    _F,
)
_NOT_LIST_NOUNS = frozenset(
    """one ones them they these those thing things kind kinds type types sort sorts way ways stuff
    item items bit bits part parts else does is was has its this""".split()
)
_PLURALS = frozenset("criteria media phenomena data".split())


def list_noun(question: str) -> str | None:
    """The noun a list question asks to have enumerated ("which algorithms do people use" ->
    "algorithms", "what scarce resources" -> "resources", "every cost" -> "cost", "each of the
    defined components" -> "components"), or None when
    it names none of its own ("list them", "every kind", "what do you pay for")."""
    text = normalise(question)
    for match in _LIST_NOUN.finditer(text):
        words = match.group("words").lower().split()
        det = (match.group("det") or "").lower()
        if not det and re.search(r"\b(?:are|were)\s*$", match.group("plural") or "") and any(
            _WHAT_IT_IS_FOR.match(text, end) for end in (match.start("words") + len(words[0]), match.end("words"))
        ):
            continue  # "what are vaes used for? every use": the things named are what the items are of
        if (match.group("single") and not det.startswith("of")) or det in ("every", "each"):
            words = words[:1]
        else:  # after "what"/"which"/"list": a plural, perhaps after one adjective ("scarce resources")
            words = [w for w in words if (w.endswith("s") and not w.endswith("ss")) or w in _PLURALS][:1]
            # Right after a bare "what", a word in -s may be a verb ("what learns from ..."): a
            # verb is followed by a function word, a noun by the question's verb ("what
            # algorithms learn ...", "what skills do ...") or nothing.
            if words and not match.group("det") and re.match(r"(?i)\s*(?:what|which)\s*$", match.group("plural") or ""):
                after = text[match.start("words") :].lower().split(words[0], 1)[1].split()
                following = re.sub(r"\W+$", "", after[0]) if after else ""
                if following in QUESTION_STOPWORDS and following not in AUXILIARIES:
                    words = []
        if words and words[0] not in _NOT_LIST_NOUNS:
            return words[0]
    return None


# "what are variational autoencoders used for", "which are gans good at": the words after "what
# are" name the subject whose uses are listed, not the items; the noun to list, if any, comes later
# ("... every use").
_WHAT_IT_IS_FOR = rx.compile(r"\s+(?:\w+ly\s+)?(?:used|good|useful|applied|needed|for|best)\b", _F)


AUXILIARIES = frozenset("do does did are is were was can could would should will might have has".split())


# "how do I tell ...", "how can you fix ...": the learner asks for ways to do something, and a
# section that enumerates ways answers with every one of them, like a list question.
_HOW_TO = rx.compile(
    r"^\W*(?:(?:so|and|but|ok|okay)\s+)?how\s+(?:do|can|could|should|would|might|does|did)\s+"
    r"(?:i|you|u|we|people|one|they|someone|anyone|companies|businesses)\b",
    _F,
)


def asks_how_to(question: str) -> bool:
    """Does the question ask for ways to do something ("how do u tell if ...")?"""
    return bool(_HOW_TO.match(normalise(question)))


SHAPES = ("comparison", "list", "yes_no", "example", "why", "how", "definition", "general")


@dataclass(frozen=True)
class Shape:
    kind: str
    sides: tuple[str, ...] = ()  # comparison: the two things compared, as the learner wrote them
    same: bool = False  # "is X the same as Y?": the answer opens with a course sentence that contrasts them


def _clean_side(text: str, last: bool) -> str:
    """A side as a search query: trailing clauses ("- when is one better") are cut from the
    second side; the first keeps its context ("in hospitals, what does ML do")."""
    text = re.sub(r"[?!.]+$", "", text.strip())
    text = re.sub(r"^(?:a|an|the|between)\s+", "", text, flags=_F)
    if last:
        # ("guessing ai vs making ai, explain like im a plumber", "ml vs gen ai eli5": how to pitch
        # the answer is no part of the second side; left in, "explain" was searched with it.)
        text = re.sub(r"\s*[-,:;]*\s*$", "", _SIMPLY.sub(" ", _PITCH.sub(" ", text))).strip() or text
        text = re.sub(r"[\s,;:-]+(?:explain|describe)\b(?:\s+(?:it|this|that|them|please|pls|to\s+me))*\s*$", "", text, flags=_F) or text
        # "generative ai? it suggests stuff after all": the side ends with its sentence.
        text = re.sub(r"\s*[?!]+\s+\S.*$", "", text)
        # ("squashing data into fewer numbers, both unsupervised but how do they differ": what the
        # learner adds about both after a comma is no part of the second side either.)
        text = re.sub(r"\s*[-,:;]\s*(?:when|which|what|whats|what's|how|why|where|who|if|for|both|but|so|though|tho|since)\b.*$", "", text, flags=_F)
        # "ml on computing power, and does it depend on anything?", "a big generative model, and
        # is that always true?": a new question about both after the second side.
        # ("speech recognition vs a voice generator - is one ml and the other gen ai": after a
        # dash or a colon too.)
        # ("fraud detection vs anomaly detection, arent they the same": the doubt asked in the negative.)
        # ("is a gan the same as a vae, or do they learn differently", "is X like Y or are they
        # unrelated": the other answer of a yes/no question, offered after "or", is a question
        # about both, not part of the second side.)
        text = re.sub(r"(?:\s*,\s*|\s+)or\s+(?:not(?:\s+(?:really|quite|at\s+all))?|what|nah|something\s+else)\s*[?!.]*$|\s*,\s*or\s*[?!.]*$",
                      "", text, flags=_F)
        # ("is dall-e the same as ai or just one part of it", "..., or only a kind of it?")
        text = re.sub(r"(?:\s*,\s*|\s+)or\s+(?:(?:is\s+it|it'?s|are\s+they|they'?re)\s+)?(?:just|only|merely|simply)\s+(?:a|an|one)\s+"
                      r"(?:(?:small|tiny|little)\s+)?(?:part|kind|type|branch|subset|piece|example|form|bit|sort|slice)\b.*$", "", text, flags=_F)
        text = re.sub(r"(?:(?:\s*[,:;]|\s+[-\u2013\u2014]+)\s*(?:(?:and|but|so|or)\s+)?|\s+or\s+)(?:is|are|was|were|does|do|did|can|could|will|would|should|"
                      r"isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|didn'?t|can'?t|couldn'?t|won'?t|wouldn'?t|shouldn'?t)\s+"
                      r"(?:it|that|this|they|there|either|both|one|each|these|those|them|the\s+(?:two|three)|"
                      r"all(?:\s+(?:three|four|of\s+them))?)\b.*$", "", text, flags=_F)
        # "gans used for art vs vaes used for music, any difference?", "svm vs tree any real
        # diff": whether the two differ, asked after the second side in a few words, is no part
        # of it (searched as "vaes used for music, any difference", the side's words lost to
        # "difference" and "VAEs compared with GANs" answered for both).
        text = re.sub(r"(?:\s*[-,:;]\s*(?:(?:is|are)\s+there\s+)?(?:(?:any|a|much|big|major|real|actual|main|huge)\s+)?|"
                      r"\s+(?:(?:is|are)\s+there\s+)?(?:any|much|big|major|real|actual|huge)\s+)"
                      r"(?:(?:real|big|actual|major)\s+)?(?:differences?|diffs?|(?:the\s+)?same\s+thing)\s*[?!.]*$", "", text, flags=_F)
        # "loss vs accuracy: is loss like the count of failing tests and accuracy the pass rate?":
        # a question opened after a colon that closes the pair asks about it, whatever it names
        # (its analogy's words took the second side to the section on loss).
        text = re.sub(r"\s*:\s*(?:is|are|was|were|does|do|did|can|could|will|would|should|isn'?t|aren'?t|doesn'?t|don'?t)\s+\S.*$",
                      "", text, flags=_F)
        # "gans: strengths and weaknesses of each": what is asked of each side after a colon.
        text = re.sub(r"\s*[:;]\s+[^:;]*\b(?:each|both|them|either)\b[^:;]*$", "", text, flags=_F)
        # "speech-to-text vs synthetic voices reading the weather: one recognises speech, the other
        # makes it": the learner's gloss of the pair after a colon, one side then the other, is no
        # part of the second side (its "recognises speech" took the side to speech recognition).
        text = re.sub(r"\s*[:;]\s+(?:the\s+)?(?:one|first|former)\b[^:;]*\b(?:the\s+)?(?:other|second|latter)\b.*$", "", text, flags=_F)
        text = _without_trailing_question(text)
        # "... compared to how a gan does it": the second side does what the first one does.
        text = re.sub(r"^(?:how|what|when)\s+(?:(?:a|an|the)\s+)?(?P<x>.+?)\s+(?:does|do|did|can|would)\s+(?:it|that|this|so)$",
                      r"\g<x>", text, flags=_F)
        # "linear regression vs decision tree how do they work differently": the learner's
        # question about both follows the second side.
        text = re.sub(r"\s+(?:how|why|what|where|do|does|are|is)\s+(?:do|does|did|are|is|would|should|can|could|)\s*"
                      r"(?:they|these|those|the\s+two|both|them|each)\b.*$", "", text, flags=_F)
        # "llms differ from gans in the way they are trained": what is asked of both.
        text = re.sub(r"\s+in\s+(?:the\s+way|the\s+ways|how|terms\s+of|what)\b.*$", "", text, flags=_F)
        # "precision vs recall i always mix them up": the learner's aside is not the second side.
        text = re.sub(r"\s+(?:i|i'm|im|i've|ive|pls|please|plz|cuz|because|lol)\b.*$", "", text, flags=_F)
        # "testing a classifier vs testing a story-writing ai a bit like that difference", "... kinda
        # like the difference between a quiz and an essay": the learner's own analogy for the
        # pair, set after the second side, is no part of it (searched with it, "difference" pulled
        # the side off its section).
        text = re.sub(rf"\s+{ANALOGY}", "", text, flags=_F)
        # "sorting books vs writing blurbs the same sort of task?": whether the two are one kind of
        # thing, asked after the second side without a comma, is no part of it.
        text = re.sub(r"\s+(?:(?:really|actually|just|basically|kind\s+of|kinda)\s+)?(?:the\s+)?same\s+(?:(?:sort|kind|type)\s+of\s+)?"
                      r"(?:thing|problem|task|job|question|idea|deal|method|approach)s?\b.*$", "", text, flags=_F)
        # "tokens vs parameters - are they the same thing?": the dash that led to the question.
        text = re.sub(r"\s*[-,:;]+$", "", text)
    return text.strip()


# A question about both after the second side: "vae which is better", "dbscan when should i use it".
_TRAILING_QUESTION = rx.compile(
    r"\s+(?:(?:and|but|or|so)\s+)?(?:when|which|in\s+terms\s+of|if\s+i)\b|"
    # "image recognition vs image generation what comes out of each": a question ending on "each"
    # or "both" asks it of the sides and names neither (the second side had kept it, so nothing
    # was read as asked of both).
    r"\s+(?:what|how)\s+(?:[\w'-]+\s+){1,5}?(?:each(?:\s+one)?|both(?:\s+of\s+them)?)(?=\W*$)",
    _F,
)
# "a model that predicts which machine part will fail", "a robot that learns when to turn": a
# "which" or "when" right after the verb of the side's own relative clause opens that verb's
# object, and is part of the side (cut there, the side was "model that predicts" and was searched
# without what it predicts); not when what follows asks ("that makes things up which is worse").
_OBJECT_CLAUSE = rx.compile(
    r"\b(?:that|who)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+(?P<cut>\s+(?:which|when)\s+)"
    r"(?!(?:is|are|was|were|one|ones|of|do|does|did|should|would|could|can|will|works?|better|worse|"
    r"to\s+(?:use|pick|choose|go))\b)\w",
    _F,
)


def _without_trailing_question(text: str) -> str:
    """The second side without a question about both that follows it (``_TRAILING_QUESTION``),
    unless that "which"/"when" opens the object of the side's own verb (``_OBJECT_CLAUSE``)."""
    kept = {m.start("cut") for m in _OBJECT_CLAUSE.finditer(text)}
    for match in _TRAILING_QUESTION.finditer(text):
        if match.start() not in kept:
            return text[: match.start()]
    return text


# "what does a generative model need": the verb is asked of both sides, not part of a name.
_ASKED_VERB = rx.compile(
    r"^(?P<x>(?:what|how\s+much|how\s+many)\s+(?:does|do|did)\s+.+?)\s+(?:need|needs|require|use|take|cost|learn|"
    r"make|produce|output|want|give|create|check|measure|predict|generate)$",
    _F,
)


# "how much compute does ml need": what is measured is asked of both sides, not part of a name.
_HOW_MUCH = rx.compile(
    r"^(?:how\s+(?:much|many)|what\s+(?:kind|sort|amount)\s+of)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:does|do|did|would|will)\s+"
    r"(?:(?:a|an|the)\s+)?(?P<x>.+?)\s+(?:need|needs|use|take|cost|require|consume|want|have|get)$",
    _F,
)


def _strip_question_words(side: str) -> str:
    """ "what does gen ai do" -> "gen ai": question words around a side are not its name."""
    side = _HOW_MUCH.sub(r"\g<x>", side)
    # "how do you test a normal ml model": the learner's verb is asked of both sides.
    # ("one that makes them" is no such verb: "one" stands for the first side's thing.)
    side = re.sub(
        r"^(?:you|we|i|people|one(?!\s+(?:that|which|who)\b)|they)\s+[a-z]+\s+(?:(?:a|an|the|your|my)\s+)?(?=\S)", "", side, flags=_F
    )
    side = _ASKED_VERB.sub(r"\g<x>", side)
    # "in what ways is generative ai", "explain the difference: overfitting"
    side = re.sub(r"^(?:in\s+what\s+ways?\s+|(?:explain|tell\s+me|describe|show\s+me)\b[^:]*:\s*)", "", side, flags=_F)
    side = re.sub(r"^(?:(?:what(?:'s|\s+is)?|whats|so|how|where|is|are|does|do|did|can|would|makes?)\s+)+(?:the\s+deal\s+with\s+)?(?:(?:the|a|an)\s+)?(?:actual\s+)?", "", side, flags=_F)
    side = re.sub(r"(?:'s|’s)?\s+(?:job|jobs|role|roles|part|task|tasks)$|(?:'s|’s)$", "", side, flags=_F)
    return re.sub(r"\s+(?:do|does|mean|work|works)$", "", side, flags=_F).strip() or side


# "vs a gan?", "and compared with gans?", "what about versus a vae": only the second side is
# named; the first is what was being discussed, "it", as in "how does it compare to a gan?".
_VERSUS_ONLY = rx.compile(
    r"^\W*(?:(?:and|so|ok|okay|but)\s+)?(?:(?:what|how)\s+about\s+)?(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+"
    # a thing of one to four words, no clause: "compared to supervised learning what does
    # unsupervised do" names both sides
    r"(?P<b>(?!.*\b(?:what|how|which|why|who|does|do|is|are|can)\b)[\w'-]+(?:\s+[\w'-]+){0,3})\W*$",
    _F,
)


# "and vaes, same problem?", "does a vae have that issue too?", "does that happen with vaes too?":
# whether what was just discussed holds for another thing. The first side
# is the topic ("it"), as in "how is that different from a gan?"; read as a general follow-up,
# the answer stayed on the topic's section and the other thing was never said.
_PROBLEM_WORDS = r"(?:problems?|issues?|weakness(?:es)?|risks?|deal|story|troubles?|limitations?|catch|flaws?)"
_SAME_FOR_ANOTHER = [
    rx.compile(r"^\W*(?:(?:and|but|so|ok|okay)\s+)?(?:(?:what|how)\s+about\s+)?(?P<b>(?!(?:it|they|that|this|there)\b)(?![^,]*\b(?:vs|versus|and|or|compared)\b)[\w'-]+(?:\s+[\w'-]+){0,2}?)"
               r"\s*[,:-]+\s*(?:(?:is\s+it|is\s+that|does\s+it\s+have|do\s+they\s+have|has\s+it\s+got)\s+)?(?:the\s+)?same\s+"
               rf"{_PROBLEM_WORDS}(?:\s+(?:there|too))?\s*[?.!]*$", _F),
    rx.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:do|does|did|can|could|would|will)\s+(?P<b>(?!(?:it|they|that|this|you|i|we|there|the\s+same|(?:the\s+)?(?:first|second|former|latter|other|last|earlier|later)\b))[^,?]+?)\s+"
               r"(?:have|get|hit|face|suffer\s+from|run\s+into|struggle\s+with|fall\s+into|show)\s+(?:the\s+same|that|this|it|those|these|similar)"
               rf"(?:\s+{_PROBLEM_WORDS})?(?:\s+(?:too|as\s+well|also|either))?\s*[?.!]*$", _F),
    rx.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:does|do|can|could|would|will)\s+(?:that|it|this|the\s+same(?:\s+thing)?)\s+(?:happen|apply|occur)\s+"
               r"(?:with|to)\s+(?P<b>[^,?]+?)(?:\s+(?:too|as\s+well|also|either))?\s*[?.!]*$", _F),
]


def same_for_another(question: str) -> str | None:
    """The other thing of "and X, same problem?" (see ``_SAME_FOR_ANOTHER``), else None."""
    text = normalise(question).strip()
    for pattern in _SAME_FOR_ANOTHER:
        match = pattern.match(text)
        if match:
            return _clean_side(match.group("b"), True)
    return None


# ("what is each one actually good at - A vs B": a dash or a colon ends it too, stop 39.)
_AHEAD = rx.compile(r"^(?P<p>[^,]*\b(?:each|both|them|either|the\s+two|these\s+two)\b[^,:]*?)\s*(?:,|:|\s-+)\s*\S")
_ASKING = rx.compile(r"^\W*(?:how|what|whats|what's|which|why|when|where|is|are|do|does|can|could|would|should)\b", _F)


def asked_ahead(text: str) -> str | None:
    """A question about both sides before a comma that opens ``text`` ("how do you test if each
    one is any good, A vs B"), else None."""
    match = _AHEAD.match(text)
    # (Its asking sentence after who asks: "theatre director. what is each one good at - ...")
    if match and _ASKING.match(re.split(r"(?<=[.!?])\s+", match.group("p"))[-1]):
        return match.group("p")
    return None


def versus_only(question: str) -> bool:
    """Does ``question`` name only the second side of a comparison ("vs a gan?")?"""
    return bool(_VERSUS_ONLY.match(normalise(question).strip()))


# How a learner goes on in a chat before a comparison ("and gans vs vaes?", "ok and precision vs
# recall", "also, overfitting vs underfitting?", "and what about supervised vs unsupervised"): no
# part of the first side (searched as "and what about supervised", or "also" taken for a third side).
_OPENER = rx.compile(rf"^\W*{OPENERS}(?:(?:what|how)\s+about\s+)?(?=\S)", _F)


# "when k-means or the like makes its groups", "can chatgpt or similar tools make things up": a
# thing with its kind tacked on names one thing, not two to compare; read as sides, the question
# was answered as a comparison of "k-means" and "its groups" (stop 37).
_OR_THE_LIKE = rx.compile(
    r"\s+(?:or|and)\s+(?:the\s+like|suchlike|so\s+on|so\s+forth|"
    r"similar(?:\s+(?:ones?|tools?|models?|things?|systems?|apps?|programs?|bots?|stuff|methods?|algorithms?))?|"
    r"(?:something|anything)\s+(?:like\s+(?:that|it|this)|similar))(?=\W|$)",
    _F,
)


# "in the faker-vs-checker picture setup, what goes wrong if ...": a "vs" hyphenated into a
# compound that goes on to a noun names one setup, not two things to compare (stop 37).
_COMPOUND_VS = rx.compile(
    r"(?<=[a-z])-(?:vs\.?|versus|v)-(?=[a-z][\w-]*\s+(?!(?:which|what|who|how|why|whats|is|are|or|and|for|debate|thing)\b)[a-z])",
    _F,
)


# "... one knocking out fakes and one trying to catch them, like a forger vs the QC bench. how
# does that set up actually work", "... two separate asset classes, like equities vs gilts. i think
# one sits inside the other": the learner's own simile for the one thing asked about, set off by a
# comma and closing a sentence the message goes on after, names no two things to compare. Read as
# sides, the forger-and-inspector GAN was answered as a comparison of computing needs (stop 39).
# A simile that is itself asked ("..., like gans vs vaes?") ends its question and is kept.
_SIMILE_VS = rx.compile(
    r"[,(]\s*(?:(?:a\s+bit|sort\s+of|kind\s+of|kinda|sorta|just)\s+)?like\s+[^.?!,;()]*?"
    r"\b(?:vs\.?|versus)\s+[^.?!,;()]*?(?:\)|(?=[.!;]+\s+\w))",
    _F,
)


def without_simile(question: str) -> str:
    """``question`` without a simile pair set off inside it (``_SIMILE_VS``)."""
    return _SIMILE_VS.sub("", question)


def comparison_sides(question: str) -> tuple[str, ...]:
    """The two things compared, or () when the question compares nothing. In a message of
    several sentences, the things compared are named in one of them: when the whole message
    gives no sides, or a side that runs over a sentence's end ("farmer here. guessing the
    harvest" / "guessing whether a cow is sick"; "which has more problems, ML or gen AI? give me
    ... side by side" gave none), the last sentence that names two sides on its own gives them.
    The other sentences stay in the question, as its setting and what is asked of both. A chat
    opener ("and", "ok and", "also,", "what about") is no part of the first side."""
    text = without_simile(_OR_THE_LIKE.sub("", _OPENER.sub("", normalise(question).strip(), count=1)))
    text = _QUOTED_WORD.sub(r"\g<w>", text)
    sides = _sides_of(text)
    if len(sides) > 1 and _SENTENCE_END.search(sides[0]) and not any(_SENTENCE_END.search(side) for side in sides[1:]):
        # "Train driver. Self-driving trains vs a model that predicts delays": the first side ran
        # back over the end of a sentence that says who asks or sets the scene; the sides are
        # what the comparing sentence names, read from it on (read whole, the sides came from a
        # later clause, "one reinforcement learning and the other ordinary prediction", and the
        # answer from the lesson on training costs).
        start = text.find(sides[0])
        if start >= 0:
            cut = list(_SENTENCE_END.finditer(sides[0]))[-1].end()
            again = _sentence_sides(text[start + cut :].strip())
            if len(again) > 1 and not any(_SENTENCE_END.search(side) for side in again):
                sides = again
    if not sides:
        # "pharmacist asking: which needs more computer power, A or B?", "as a baker, A or B?",
        # "game designer: A or B, which one?": who is asking, before the question, kept the
        # comparison's own pattern (which opens the question) from matching; its sides are read
        # from what follows (a label before a colon first: "nurse here, quick one: ...").
        job = _JOB_FIRST.match(text)
        rest = job.group("rest") if job else without_self(text)
        if rest != text:
            sides = _sides_of(rest)
            text = rest
    closing = _SENTENCE_END.split(text)[-1].strip()
    # ("... . one fault or two?": the answers offered in the closing sentence are no sides; stop 39.)
    offered = bool(_ALIKE_OR_NOT.match(closing)) and all(side.lower() in closing.lower() for side in sides)
    if sides and not offered and not any(_SENTENCE_END.search(side) or re.fullmatch(r"\W*not\W*", side) for side in sides):
        return sides
    pair = described_pair(text)
    if pair:
        return pair
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    pointed = _pointed_back(sentences) or _pointed_within(sentences) or _choice_after_a_comma(sentences)
    if pointed:
        return pointed
    if len(sentences) > 1:
        for sentence in reversed(sentences):
            own = _sentence_sides(sentence.strip())
            if own:
                return own
    # "two things: A, and B. How do the two differ?": the list names the sides when no later sentence
    # names its own ("... two things: A, and B. ML or generative AI for each?" offers its own).
    # ("related or not?" offers no side "not": stop 39.)
    return listed_pair(text) or (() if any(_BARE_NOT.fullmatch(side) for side in sides) else sides)


def points_within(question: str) -> bool:
    """Does ``question`` tell the thing its "that" points at itself, and compare it with another
    (``_pointed_back``, ``_pointed_within``)? Such a question is no follow-up of the conversation,
    however its pronoun reads: "the gadget on the dash that beeps when the engine readings go
    weird, is that the same AI as bank fraud detection?" after a question on pilot projects was
    answered from the pilot section."""
    sentences = [s for s in _SENTENCE_END.split(normalise(question).strip()) if s.strip()]
    return bool(_pointed_back(sentences) or _pointed_within(sentences))


def _pointed_back(sentences: list[str]) -> tuple[str, str] | None:
    """The thing a story's sentence tells, and the thing the next sentence compares it with by a
    pointer ("we got a leaflet for a greenhouse controller that learns by trial and error from
    rewards. how is that different to training on a spreadsheet of right answers?"), else None.
    Read as sides, the pointer named nothing and the comparison was answered from one side's
    lesson. The sentence before must tell something (``TOLD_WORDS``, not who asks)."""
    for at in range(len(sentences) - 1, 0, -1):
        other = _compared_with_a_pointer(sentences[at])
        if other is None:
            continue
        before = introductions(sentences[at - 1].strip())[0].strip(" ,;:-")
        if len(before.split()) >= TOLD_WORDS and not _JOB_FIRST.match(before + ":"):
            return before, other
        return None
    return None


def _pointed_within(sentences: list[str]) -> tuple[str, str] | None:
    """The thing a clause tells and the thing the same sentence then compares it with by a pointer
    ("the thing on the dash that beeps when the engine readings go weird, is that the same AI as
    bank fraud detection?", "when a chatbot invents a source, is that the same as a faked photo?"),
    else None. Such a sentence named no side: the comparing pattern reads a question that opens
    with its verb."""
    for sentence in reversed(sentences):
        found = _CLAUSE_THEN_POINTER.match(sentence.strip())
        if found is None:
            continue
        other = _compared_with_a_pointer(found["ask"])
        told = introductions(found["told"])[0].strip(" ,;:-")
        if other is not None and len(told.split()) >= TOLD_WORDS:
            return told, other
    return None


def _compared_with_a_pointer(asking: str) -> str | None:
    """The named thing ``asking`` compares a bare pointer with ("how is that different to training
    on a spreadsheet" -> "training on a spreadsheet"), else None."""
    own = _sides_of(asking.strip())
    if len(own) != 2 or not _BARE_POINTER.fullmatch(own[0]) or _POINTING.match(own[1]):
        return None
    return own[1]


TOLD_WORDS = 4  # what a pointer points back at tells something: four words or more


def _choice_after_a_comma(sentences: list[str]) -> tuple[str, ...] | None:
    """The two options a sentence offers after a comma or colon, once it has told its setting ("my
    data has no labels at all, clustering or a decision tree?", "to split customers into groups,
    supervised or unsupervised learning for that?"), else None: the comparing pattern reads
    "A or B?" only when it opens the question."""
    for sentence in reversed(sentences):
        found = _TAIL_CHOICE.search(sentence.strip())
        if found is None or len(found["tail"].split()) > CHOICE_WORDS:
            continue
        own = _sentence_sides(found["tail"])
        if len(own) == 2 and not any(_VERDICT_WORD.fullmatch(side) for side in own):
            return own
    return None


# Answers offered, not things: "yes or no?", "true or false", "good or bad".
_VERDICT_WORD = rx.compile(r"\W*(?:yes|no|nope|yeah|maybe|true|false|good|bad|right|wrong|hard|easy|better|worse)\W*", _F)


CHOICE_WORDS = 10  # the options after the setting are short: "clustering or a decision tree"
_TAIL_CHOICE = rx.compile(r"[^,:;]{12,}[,:;]\s*(?P<tail>[^,:;]*\bor\b[^,:;]*)$", _F)


# "<a told thing>, is that the same (kind of AI) as <another>": the told clause, then the question.
_CLAUSE_THEN_POINTER = rx.compile(
    r"^\W*(?:(?:when|if|whenever)\s+)?(?P<told>[^.?!]+?),\s*(?:(?:so|but|and|then)\s+)?"
    r"(?P<ask>(?:is|are|was|were|isn'?t|aren'?t)\s+(?:that|it|this|they|those|these)\s+.+)$",
    _F,
)


_BARE_POINTER = rx.compile(r"\W*(?:that|this|it|they|these|those|that\s+one|this\s+one)\W*", _F)


def _sentence_sides(sentence: str) -> tuple[str, ...]:
    """The sides one sentence of a message names on its own, else (). Not a sentence whose sides
    point back: "is that true or is one inside the other?" after "my boss says AI and machine
    learning are the same thing." names no side; nor one that asks whether the two before are
    alike: "same kind of model or two different ones?" offers "same" and "different" as the
    answer, not as two things; nor "do they compete or do they depend on each other?"."""
    own = tuple(_POINTER_NAMING.sub("", side) for side in _sides_of(sentence))
    if (
        own and not any(_POINTING.match(side) or _BARE_NOT.fullmatch(side) for side in own)
        and not _ALIKE_OR_NOT.match(sentence)
        and not all(_WHAT_WE_DO.match(side) for side in own)
    ):
        return own
    return ()


_BARE_NOT = rx.compile(r"\W*not\W*", _F)
# A pointer that names what it points at: "A chatbot gave a client a made-up dose. Is that
# 'hallucination' the same as a classifier getting a case wrong?" compares hallucination (the
# side "that hallucination" was taken for a bare pointer, and the comparison got no sides). Not
# "is that a known problem with the faker vs judge type": "that" is the pronoun, and the side
# still points back.
_POINTER_NAMING = rx.compile(
    r"^(?:that|this|these|those)\s+(?!(?:one|ones|thing|things|kind|kinds|sort|type|stuff|way|bit|same|other|"
    r"is|was|are|were|does|do|did|can|could|will|would|a|an|the|my|our|your|its|their|his|her|some|any|no|not|"
    r"just|only|really|also|what|how|why|which|who)\b)(?=[a-z])",
    _F,
)
# One word in quotes before the noun it names ("the 'loss' number"): the quotes mark the word,
# and left in, one was read into a side ("loss' number for ..."). Not a quoted answer offered as a
# choice ("'late' or 'on time'"), which ``_CATEGORY`` reads with its quotes. (stop 39)
_QUOTED_WORD = rx.compile(r"(?<![\w'‘])['‘](?P<w>[a-z][\w-]*)['’](?=\s+(?!or\b)[a-z])", _F)


# "what do we give up, and what do we gain", "what do i lose and what do i win": what the learner
# stands to do with the things compared, asked after them, is no pair of things (read as the
# sides, "we give up" / "we gain", the small and the large language model the sentence before
# named were never searched): a personal subject and its verb alone.
_WHAT_WE_DO = rx.compile(r"^\W*(?:we|i|you)\s+[\w'-]+(?:\s+(?:up|out|back|off|on|in))?\W*(?:,.*)?$", _F)


# "same kind of model or two different ones?", "are they the same thing or separate?": whether the
# two things named before are alike, its two answers offered with "or".
_ALIKE_OR_NOT = rx.compile(
    r"^\W*(?:(?:is|are|was|were)\s+(?:it|they|those|these|that|the\s+two|both)\s+)?(?:(?:just|really|basically)\s+)?"
    r"(?:the\s+)?same\b[^?.!]*\bor\s+(?:(?:are\s+they|is\s+it)\s+)?(?:(?:two|2|totally|completely|quite)\s+)?"
    # (stop 39: "same problem or not?", "one fault or two?")
    r"(?:different|separate|distinct|unrelated|not)\b|^\W*(?:(?:is|are)\s+(?:it|they|those|these|that)\s+)?one\s+[\w-]+\s+or\s+two\b",
    _F,
)


# Two things described by what each does, "one <thing> <does A> and another (<thing>) <does B>",
# then asked about together ("which of the two ...", "are those the same ...", "how do they
# differ"): "one project guesses a patient's blood pressure and another guesses whether a tumour
# is benign. are those the same kind of problem?"
ONE_AND_ANOTHER = rx.compile(
    # ("one model to guess the rent, another to say whether ...": a comma alone joins them too.)
    r"\bone\s+(?P<n>[\w'-]+)\s+(?P<a>(?:[\w'-]+\s+){0,14}?[\w'-]+)(?:\s*,?\s+(?:and|while|whereas)\s+|\s*[,;]\s*)"
    # ("..., a different one writes ...", "..., one makes up adverts": the second named so; stop 39.
    # Not "a second one tries to catch the fakes": the second part of one setup, a GAN.)
    r"(?:(?:the\s+)?(?:another|other)|a\s+different|one(?=\s))"
    # (Not the second's verb: "the other says which of 4 weeds ..." names no thing of its own; nor
    # any verb in -s after "another", which takes a singular noun: "another drafts letters to them".)
    r"(?:\s+(?P<m>(?!(?:one|says|tells|gives|shows|predicts|guesses|estimates|decides|works|picks|flags|spots)\b|[\w'-]*[a-rt-z]s\b)[\w'-]+)(?=\s+(?:that|which|who|\w+s)\b))?\s+(?:one\s+)?(?P<b>(?:[\w'-]+\s+){0,14}?[\w'-]+)\s*(?:[.?!;,]|$)",
    _F,
)
_OF_BOTH = rx.compile(
    # ("... same type of problem?": whether the two are alike is asked of both.)
    # ("is that one fault or two?": whether the two are one is asked of both.)
    r"\b(?:which\s+of\s+(?:the|these|those)\s+two|which\s+one|those|these|both|the\s+two|them|they|either|each|same|"
    # ("is that a different kind of prediction?": whether the second differs is asked of both.)
    r"one\s+[\w-]+\s+or\s+two|(?:a\s+)?different\s+(?:kind|type|sort)s?)\b", _F
)


# Two happenings told in one sentence, then asked whether they are one and the same (stop 38):
# "the loan model keeps rejecting one postcode and the chatbot invents fake references. are those
# the same failure?", "my gan gives the same cat every time while my text model makes up titles,
# are these related problems". Each clause has a subject of its own (the second opens on a
# determiner, or follows "while" / "whereas" / ", and"); the asking clause points at both.
# Two things told in one sentence, joined by "while", "whereas" or "and": the halves ``_TOLD_PAIR``
# and ``_TOLD_THEN_EACH`` read before what each then asks of them.
_TWO_TOLD_HALVES = (
    r"(?P<a>[^.?!;:]+?)(?:,?\s+(?:while|whereas)\s+|,\s+and\s+|\s+and\s+(?=(?:the|my|our|a|an|its|their|his|her)\s))"
    r"(?P<b>[^.?!;:]+?)"
)
# What is asked of a told pair: whether the two are the same, related or different (``_TOLD_PAIR``).
_SAME_ASKED = (
    r"\s*[.,;!?]\s*(?:so\s+|but\s+)?(?P<ask>(?:are|is|r)\s+(?:those|these|they|the\s+two|both|that|it)\b"
    r"[^.?!]*?\b(?:same|related|different|alike|connected|linked)\b[^.?!]*"
    # (stop 41: "..., and our gan keeps making the same face. one problem or two?")
    r"|(?:(?:is|are)\s+(?:that|it|those|these|they)\s+)?one\s+[\w-]+\s+or\s+two(?:\s+[\w-]+)?"
    # (stop 41: "..., while the chatbot makes up fake references. related problems?")
    r"|(?:related|connected|linked)\s+(?:problems?|faults?|issues?|failures?|glitches)"
    # (stop 39: the asking clause said without its pointer, "same glitch underneath?", "related or not?")
    r"|(?:(?:the|one\s+and\s+the)\s+)?same\s+[\w-]+(?:\s+[\w-]+){0,2}|(?:related|connected|linked)\s+or\s+not"
    # (stop 41: "is that one fault or two?", "one problem or two", "same problem or two different ones?")
    r"|(?:(?:is|are|was|were)\s+(?:that|this|it|those|these|they)\s+)?one\s+[\w-]+\s+or\s+two(?:\s+[\w-]+){0,2}"
    r"|(?:the\s+)?same\s+[\w-]+\s+or\s+(?:two\s+)?(?:different|separate)(?:\s+[\w-]+)?"
    # (stop 48) "does one replace the other", "will the new one replace the old one"
    r"|(?:(?:so|but)\s+)?(?:does|do|will|would|could|can|should)\s+(?:one|the\s+(?:new|second|first|old|other)(?:\s+(?:one|tool|thing|system))?)\s+"
    r"(?:replace|take\s+over\s+from|do\s+away\s+with|make)\s+the\s+(?:other|first|old|new|second)(?:\s+(?:one|tool|thing|system|redundant))*"
    r"|which\s+(?:one\s+)?is\s+which)"
    # (stop 48) a loose tail: "same kind of thing or not??", "... or what", "..., right?"
    r"(?:\s*,?\s*(?:or\s+(?:not|no|nah|what|different)|right|then|really|tho|though|underneath|under\s+the\s+hood))?[.?!]*\s*$"
)
_TOLD_PAIR = rx.compile(_TWO_TOLD_HALVES + _SAME_ASKED, _F)
# (stop 48) The two told in two sentences of their own, each a machine at its job: "the scanner at the
# pack bench decides if a box label is readable or not. my daughters chatbot sometimes writes total
# rubbish that sounds right. is that the same sort of thing going wrong?"
_TOLD_PAIR_APART = rx.compile(
    r"(?P<a>[^.?!;:]+?)[.;!]\s+(?:and\s+|then\s+|meanwhile\s+|also\s+|now\s+)?(?P<b>[^.?!;:]+?)" + _SAME_ASKED, _F
)
_MACHINE_NOUN = rx.compile(
    r"\b(?:tools?|apps?|software|systems?|models?|ais?|chat\s*bots?|bots?|scanners?|cameras?|programs?|programmes?|crm|"
    r"generators?|predictors?|assistants?|chat\s*gpt|platforms?|algorithms?|features?|filters?|detectors?|classifiers?|"
    r"sorters?|checkers?|trackers?|recommenders?|forecasters?|spotters?|flaggers?|readers?)\b",
    _F,
)


def told_pair(text: str) -> tuple[str, str] | None:
    """The two happenings of a message that tells two in one sentence (or two machines in two
    sentences, ``_TOLD_PAIR_APART``) and then asks whether they are the same, related or
    different (``_TOLD_PAIR``), else None. Why: the asking sentence names
    neither, so the message was read as a yes/no question without sides and answered from the
    sections of one happening (hallucination), the other (mode collapse, bias) left out."""
    match = _TOLD_PAIR.search(text)
    if not match:
        match = _TOLD_PAIR_APART.search(text)
        if not match or not all(_MACHINE_NOUN.search(match.group(g)) for g in ("a", "b")):
            return None
    a, b = (match.group(g).strip(" ,") for g in ("a", "b"))
    if len(a.split()) < 3 or len(b.split()) < 3:
        return None
    return a, b


# (stop 47) Two machines told in one sentence, then something asked of each in the next: "We have
# the model that scores incoming claims and the gen AI that drafts letters to policyholders. Where
# does each of them tend to go wrong?". The asking sentence names neither, so the message was read
# as a list (of what?) and answered from the learner's industry section.
_TOLD_THEN_EACH = rx.compile(
    _TWO_TOLD_HALVES + r"\s*[.;!?]\s*(?:so\s+|but\s+|and\s+)?"
    r"(?P<ask>(?:where|how|what|why|when|which)\b[^.?!]*?\b(?:each|both)(?:\s+(?:one|of\s+(?:them|those|these|the\s+two)))?\b[^.?!]*)"
    r"[.?!]*\s*$",
    _F,
)
# What opens a told machine without naming it: "we have", "there's", "i've got".
_TOLD_OPENING = rx.compile(
    r"^\W*(?:(?:we|i|they|you)(?:'ve|\s+have)?\s+(?:have|use|run|got|bought|built|tried|trialled|trialed|added)\s+|"
    r"there(?:'s|\s+is|\s+are)\s+|(?:we've|i've)\s+got\s+|(?:the|our|my)\s+[\w-]+\s+(?:uses|has|runs|bought|trialled|trialed)\s+)",
    _F,
)


def _told_then_each(text: str) -> tuple[tuple[str, str], str] | None:
    """The two told machines of ``text`` and what is asked of each (``_TOLD_THEN_EACH``)."""
    match = _TOLD_THEN_EACH.search(text)
    if not match:
        return None
    a, b = (_TOLD_OPENING.sub("", match.group(g).strip(" ,")).strip() for g in ("a", "b"))
    if len(a.split()) < 3 or len(b.split()) < 3 or not (_DOES_A_JOB.search(a) and _DOES_A_JOB.search(b)):
        return None
    return (a, b), match.group("ask").strip()


def told_then_each(text: str) -> tuple[str, str] | None:
    """The two machines a message tells in one sentence and then asks something of each
    (``_TOLD_THEN_EACH``), each a machine named by what it does, else None."""
    told = _told_then_each(text)
    return told[0] if told else None


def told_then_each_reading(text: str) -> str | None:
    """The message of a ``told_then_each`` pair read as "A versus B" and its asking sentence,
    without the sentences before them (who asks, what for): "a risk memo" is no aspect either
    machine is searched with (its "loss" drew the section on loss functions). None otherwise."""
    told = _told_then_each(text)
    if told is None:
        return None
    (a, b), ask = told
    return f"{a} versus {b}. {ask}"


# A told thing that does a job: "the model that scores claims", "a chatbot drafting letters".
_DOES_A_JOB = rx.compile(r"\b(?:that|which|who)\s+\w+|\b\w+ing\b", _F)

def described_pair(text: str) -> tuple[str, str] | None:
    """The two things of a "one ... and another ..." description asked about together after it
    (see ``ONE_AND_ANOTHER``), each named as "one that <does it>", else None."""
    match = ONE_AND_ANOTHER.search(text)
    if not match or not _OF_BOTH.search(text[match.end():]):
        return None
    noun = match.group("n")
    if re.search(r"[^s]s$|ed$", noun, _F):
        # "one guesses ...": a verb, no thing named; unless the second is told by its verb too
        # ("one predicts which fire doors will fail, one writes up the incident summaries": each
        # is the one that does its job; stop 41, read as a list of trials before).
        b = match.group("b").strip()
        # (Only "one ..., one ...": "one guesses prices and another drafts listings" stays no
        # pair, as before.)
        joined = text[match.end("a"):match.start("b")]
        if match.group("m") or re.search(r"\b(?:another|other|different)\b", joined, _F) or not re.match(r"[a-z]+(?:[^s]s|ed)\b", b, _F):
            return None
        return (f"one that {noun} {match.group('a').strip()}", f"one that {b}")
    # (As "one that ...": the learner's word for the thing, "project", "thing", pulled the sides to
    # pilot projects.)
    # ("one model to guess the rent": "one to guess the rent", not "one that to guess".)
    a, b = (("one " if part.lower().startswith("to ") else "one that ") + part for part in (match.group("a").strip(), match.group("b").strip()))
    return (a, b)


# Two things announced, then listed after a colon, then asked about together: "I need to tell
# apart two things: a chatbot inventing a quote, and a faked clip of a politician. How do the two
# differ?", "consider two systems: one that ..., and one that ...". The colon list names the sides;
# what comes before it only says there are two.
_TWO_LISTED_LEAD = (
    r"\b(?:two|2|a\s+couple\s+of|a\s+pair\s+of)\s+(?:[\w-]+\s+){0,2}?(?:things|systems|tools|models|cases|ideas|"
    r"concepts|terms|kinds|types|problems|approaches|methods|techniques|scenarios|situations|errors|failures|risks|"
    r"apps|projects|setups|"
    # (stop 39: "two complaints about ai i keep hearing: ...", "two big faults: ...")
    r"complaints|faults|issues|flaws|glitches|gripes|worries|concerns|mistakes|weaknesses)\b[^:.?!]{0,60}:\s*(?P<a>[^.?!;:]+?)"
)
_TWO_LISTED_REST = r"(?:(?:on\s+the\s+other\s+hand|second(?:ly)?|then),?\s+)?(?P<b>[^.?!;:]+?)\s*(?:[.?!;]|$)"
# (Split at ", and" when there is one: "trial and error, and a method that ..." has two "and"s.)
_TWO_LISTED = [
    rx.compile(rf"{_TWO_LISTED_LEAD}\s*[,;]\s*(?:and|versus|vs\.?)\s+{_TWO_LISTED_REST}", _F),
    rx.compile(rf"{_TWO_LISTED_LEAD}\s*(?:[,;]\s*|\s+)(?:and|versus|vs\.?)\s+{_TWO_LISTED_REST}", _F),
]


def _listed(text: str) -> re.Match[str] | None:
    """The "two things: A, and B" list of ``text`` when the two are asked about together after it."""
    for pattern in _TWO_LISTED:
        match = pattern.search(text)
        if match:
            return match if _OF_BOTH.search(text[match.end():]) else None
    return None


def listed_pair(text: str) -> tuple[str, str] | None:
    """The two things listed after "two things:" and asked about together after the list (see
    ``_TWO_LISTED_LEAD``), else None."""
    match = _listed(text)
    return (match.group("a").strip(), match.group("b").strip()) if match else None


def listed_lead(text: str) -> str:
    """What announces the two things of a ``listed_pair`` ("As a fact-checker I need to tell apart
    two things:"), or "": it says only that there are two, and asks nothing of either."""
    match = _listed(text)
    return text[: match.start("a")] if match else ""


# Two things described as labelled options or as an old and a new version, then asked about
# together: "model A guesses ..., model B says ...", "option 1: ... option 2: ...", "the old app
# said ..., the new version says ...", "the first approach ..., the second ...". The labels only
# tell the two apart; what follows each label, to the next label or the sentence's end, describes
# it. Only a pair of labels of one kind (A then B, 1 then 2, first then second, old then new).
_LABEL_THINGS = (
    r"models?|options?|tools?|versions?|systems?|approach(?:es)?|plans?|methods?|bots?|apps?|setups?|ideas?|"
    r"programs?|algorithms?|networks?|projects?|ways?|choices?|ones?"
)
_LABEL_PAIRS = (
    ("a", "b"), ("1", "2"), ("one", "two"), ("i", "ii"), ("x", "y"),
)
_LABEL_TAGGED = rx.compile(rf"\b(?:{_LABEL_THINGS})\s*(?:#\s*)?(?P<tag>[a-d]|[1-4]|one|two|ii?|x|y)\b(?!['’]s)\s*[:)\-–,]?\s*", _F)
_LABEL_ORDERED = rx.compile(
    rf"\b(?:the\s+|our\s+|my\s+)?(?P<tag>first|second|old(?:er)?|new(?:er)?|previous|current|original|updated|used\s+to|now|one|other|another)"
    rf"(?:\s+(?:{_LABEL_THINGS}))?\s*[:,\-–]?\s*",
    _F,
)
_ORDERED_PAIRS = {
    "first": {"second"}, "old": {"new", "current", "updated"}, "older": {"newer", "new"}, "previous": {"current", "new"},
    "original": {"updated", "new"},
    # "the app used to say ..., the new version (now) says ...": what it did, then what it does.
    "used to": {"new", "now", "newer", "updated"},
    # "one system sorts suits into sizes, the other guesses the chest size": two of a kind.
    "one": {"other", "another"},
}
# What asks about the two together, after them ("same kind", "two different kinds of", "how are
# those two different", "which is which").
_LABELLED_ASKED = rx.compile(
    r"\b(?:same|differ\w*|difference|alike|which\s+is\s+which|the\s+two|both|those|these|they|them|that\s+a\s+different)\b", _F
)


def _labelled_spans(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The two label matches of a ``labelled_pair`` (the first of a known pair, then its second)."""
    for pattern in (_LABEL_TAGGED, _LABEL_ORDERED):
        found = list(pattern.finditer(text))
        for i, first in enumerate(found):
            tag = re.sub(r"\s+", " ", first.group("tag").lower())
            if pattern is _LABEL_ORDERED:
                if tag != "used to" and not (first.group(0).strip().split()[-1].lower() != tag or re.match(r"\s*(?:the|our|my)\b", first.group(0), _F)):
                    continue  # a bare "old"/"first" is an adjective of something else, not a label
                seconds = _ORDERED_PAIRS.get(tag, set())
            else:
                seconds = {b for a, b in _LABEL_PAIRS if a == tag}
            for second in found[i + 1:]:
                if re.sub(r"\s+", " ", second.group("tag").lower()) in seconds:
                    return first, second
    return None


# Only the second labelled, in the same sentence as the first: "the dispatch app says ..., but the
# new version says ...". What the sentence says before the new one is the old one.
_NEW_ONE = rx.compile(
    rf"[,;]\s*(?:(?:but|and|while|whereas)\s+)?(?:the|our|my)\s+(?:new(?:er)?|updated|latest)\s+(?:{_LABEL_THINGS})\s*[:,\-–]?\s*", _F
)


def _new_one_spans(text: str) -> tuple[int, re.Match[str]] | None:
    """Where the old one's clause starts and the new one's label, for a ``_NEW_ONE`` pair."""
    for second in _NEW_ONE.finditer(text):
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, second.start())]
        start = starts[-1] if starts else 0
        if len(text[start: second.start()].split()) >= 3:
            return start, second
    return None


def labelled_pair(text: str) -> tuple[str, str] | None:
    """The two things described after labels ("model A ..., model B ...", see ``_LABEL_TAGGED``)
    and asked about together after the second, each as the learner described it, else None."""
    spans = _labelled_spans(text)
    if spans is None:
        only_new = _new_one_spans(text)
        if only_new is None:
            return None
        start, second = only_new
        a = text[start: second.start()]
    else:
        first, second = spans
        a = text[first.end(): second.start()]
    end = _SENTENCE_END.search(text, second.end())
    a = _SENTENCE_END.split(a)[0]
    b = text[second.end(): end.start() if end else len(text)]
    rest = text[end.start():] if end else ""
    if not rest.strip() or not _LABELLED_ASKED.search(rest):
        # (Asked in the second's own sentence: "model B says whether ... - same kind?")
        asked = re.search(r"\s*(?:[-–—?]|,\s*(?=(?:are|is|same|how|which|what)\b))\s*(?P<q>[^-–—]*)$", b, _F)
        if not asked or not _LABELLED_ASKED.search(asked.group("q")):
            return None
        b = b[: asked.start()]
    a, b = (re.sub(r"^\W+|[\s,;:.]+(?:and|while|whereas|but)?\s*$", "", side).strip() for side in (a, b))
    if not a or not b or len(a.split()) > 30 or len(b.split()) > 30:
        return None
    return (a, b)


# The end of a sentence inside a message: ". ", "? ", "! " before the next sentence (not "vs.",
# "e.g.", "i.e.", "etc." nor a decimal point).
_SENTENCE_END = rx.compile(r"(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<=\S)[.?!]+\s+(?=[\w(\"'])", _F)


# The learner's own analogy for a pair, after it: "(a bit) like that difference", "kinda like the
# difference between a quiz and an essay", "like when one student memorises ...", to the end.
ANALOGY = (
    r"(?<!\bwould\s)(?<!'d\s)(?:(?:a\s+(?:bit|little)|kind\s+of|sort\s+of|kinda|sorta|much|pretty\s+much|basically|just|really)\s+)?"
    r"like\s+(?:that|this|the\s+same|the\s+difference|my|our|mine|ours|"
    # (not chat filler before a question: "like when should i use each", "like how do they learn")
    r"when(?!\s+(?:should|would|could|do|does|did|is|are|can|to|you)\b)|how(?!\s+(?:do|does|did|is|are|can|would|should|to|much|many)\b))\b.*$"
)



# The learner's analogy for each side, in the question's rest once the sides are taken out: "is
# [loss] like the count of failing tests and [accuracy] the pass rate in the report?", "are [they]
# like a recipe and a chef": the likeness is to something outside the course, no aspect of the
# pair. Only a likeness to a thing ("like a/the/my ..."), not "like in terms of cost".
SIDE_ANALOGY = (
    r"\b(?:is|are|was|were|isn'?t|aren'?t)\s+(?:(?:it|that|this|they|one|each)\s+)?(?:(?:a\s+bit|kind\s+of|sort\s+of|kinda|"
    r"basically|just|really)\s+)?like\s+(?:a|an|the|my|our|your|u|you|some|when|how)\b[^?!]*"
)


# ("one that writes brand new tracks" is a thing of its own, told by its clause: stop 41.)
_POINTING = rx.compile(r"^(?:it|that|this|they|these|those|one(?!\s+(?:that|which|who)\b)|them|either|both|each|the\s+other)\b", _F)

# A label closed by a colon before a comparison: "game designer:", "student of history:", "quick
# one for my exam:" (one to four words, no question word nor any "and" / "or" / "vs" of sides).
# Who is asking in the ways learners introduce themselves ("pharmacist asking", "as a baker") is
# read by ``INTRODUCTION_FIRST``; this is the bare label, read only when no sides were found.
_JOB_FIRST = rx.compile(
    r"^\W*(?!(?:what|whats|which|who|how|why|when|where|is|are|do|does|can|quick|question|q)\b)"
    r"(?P<who>[\w'-]+(?:\s+(?!(?:and|or|vs|versus)\b)[\w'-]+){0,3}?)\s*(?:,\s*[^:,?]{1,25})?\s*:\s*(?P<rest>\S.*)$",
    _F,
)


def _sides_of(text: str) -> tuple[str, ...]:
    """The two (or more) things compared in ``text`` (see ``comparison_sides``)."""
    only = _VERSUS_ONLY.match(text)
    if only:
        return ("it", _clean_side(only.group("b"), True))
    other = same_for_another(text)
    if other:
        return ("it", other)
    for pattern in _COMPARE_SPLIT:
        match = pattern.search(text)
        if match:
            groups = match.groupdict()
            a = _clean_side(groups["a"] if groups["a"] is not None else groups["c"], False)
            b = _clean_side(groups["b"] if groups["b"] is not None else groups["d"], True)
            if match.groupdict().get("s"):  # "for a startup ..., supervised or unsupervised?"
                a = f"{match.group('s').strip()}, {a}"
            # "my manager asked: a chatbot that ...", "quick one for my exam: ...": what comes before
            # a colon that sets no scene is the learner's preamble, not the first side's name (it
            # stays in the question, as context for both sides).
            preamble = re.match(r"^(?P<p>[^:]+?)\s*:\s*(?P<rest>\S.*)$", a)
            if preamble and not re.match(
                r"^\W*(?:(?:in|for|at|within|inside|when|with|on|if|during|by|about)\b|[\w-]+-wise$|"
                r"(?:explain|tell\s+me|describe|show\s+me)\b)",
                preamble.group("p"), _F,
            ):
                a = _ARTICLE.sub("", preamble.group("rest"))
            # "how do you test if each one is any good, the sorting kind vs the making kind": a
            # question about both sides ("each one", "both", "them") before a comma is what is
            # asked of them, not the first side's name (it stays in the question as context).
            # "as a chef, is precision vs recall ...", "farmer here, ...", "im a nurse, ...": who the
            # learner is, before a comma, is no part of the first side (nor a third side of a
            # list); it stays in the question.
            a = without_openers(without_self(a))
            ahead = asked_ahead(a)
            if ahead is not None:
                a = _ARTICLE.sub("", a[len(ahead):].lstrip(" ,:-"))
            # "in hospitals what does regular ml (do)", "for a marketing agency: image generators":
            # the setting, then the side.
            setting = re.match(r"^(?P<s>(?:in|for|at|within|inside)\s+[^,]+?),?\s+(?=(?:what|how|which|where)\b)(?P<rest>.+)$", a, _F)
            # "data-wise, what does X need", "in terms of cost, what does X take": the aspect
            # both sides are asked about, then the first side.
            setting = setting or re.match(
                r"^(?P<s>[\w-]+-wise|(?:in\s+terms\s+of|when\s+it\s+comes\s+to)\s+[^,]+?)\s*[,:]\s*(?=(?:what|how|which|where)\b)(?P<rest>.+)$", a, _F
            )
            setting = setting or re.match(r"^(?P<s>(?:in|for|at|within|inside)\s+[^,:]+?)\s*[,:]\s*(?P<rest>\S.*)$", a, _F)
            if setting:
                a = f"{setting.group('s')}, {_strip_question_words(setting.group('rest'))}"
            a = _unhedge(_strip_question_words(_unchoice(_unhedge(a))))
            b = _unhedge(_strip_question_words(_unchoice(_unhedge(b))))
            # "in schools, whats the difference between what ml does and what gen ai does": the
            # setting the question opens with is the setting of both sides, whatever the split.
            opening = re.match(rf"^\W*(?P<s>(?:in|at|within|inside)\s+[^,:]+?)\s*(?:{_WHO_DOES_WHAT}\s*)?[,:]\s*\S", text, _F)
            if opening and "," not in a and opening.group("s").lower() not in a.lower() and a.lower() not in opening.group("s").lower():
                a = f"{opening.group('s')}, {a}"
            # "a normal ml model compared to a generative one": the second side is "generative model".
            # (The thing a relative clause tells of, not the clause's last word: "a small language
            # model that runs on staff laptops rather than a big hosted one" is "big hosted model";
            # read from the end, it was "big hosted laptop".)
            noun = re.search(r"([a-z][\w-]*?)(s?)\s+(?:that|which|who)\s", a, _F) or re.search(r"([a-z][\w-]*?)(s?)$", a, _F)
            # (Read without what follows the thing, "on my laptop": the thing is what is sized,
            # not where it runs. Only a thing of two words or more: "huge models in data centres"
            # for "the huge ones in data centres" named nothing the course calls large.)
            sized = _SIZED.match(_AFTER_THING.sub("", a))
            thing = sized.group("thing") if sized else ""
            if len(thing.split()) > 1 and _SIZED_ONE.search(b):
                # "tiny language model vs one of the huge ones", "a tiny language model on my
                # laptop vs a giant one in a data centre": two sizes of one thing; the second
                # takes the whole thing after the first's size ("huge language models", the
                # course's "large" ones), not its last word ("huge models" is no name of them),
                # wherever its "one" stands.
                thing = re.sub(r"(?<=[a-z]{2})(?<![su])s$", "", thing, flags=_F)
                b = _SIZED_ONE.sub(lambda m, thing=thing: f"{m.group('size')} {thing}{'s' if m.group('ones') else ''}", b, count=1)
            elif noun and len(a.split()) > 1 and re.search(r"\S\s+ones?$", b, _F):
                if re.match(r"^\W*one\s+(?:that|which|who)\s", b, _F) and (last := re.search(r"([a-z][\w-]*?)(s?)$", a, _F)):
                    # "an app that picks songs vs one that composes new ones": the second has its
                    # own "one", so its closing "ones" are the first's object ("songs"), not the
                    # first's thing ("new apps"; stop 41).
                    noun = last
                b = re.sub(r"\bones?$", noun.group(1) + ("s" if b.lower().endswith("ones") else ""), b, flags=_F)
            # "the risks of generative ai vs those of ml": the second side is "risks of ml".
            # ("the skills you need for a gen ai job vs the ones for a classic ml job": "skills".)
            # ("the loss number on a predicting model vs on a generating model": "on" too, stop 39.)
            of = re.match(r"^(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+(?:of|for|in|on)\s+\S", a, _F) or re.match(
                r"^(?P<n>[\w-]+)\s+(?:you|we|i|they|people)\s+[\w-]+\s+(?:of|for|in)\s+\S", a, _F
            )
            if of:
                b = re.sub(r"^(?:(?:those|that|(?:the\s+)?ones?)\s+)?(?=(?:of|for|in|on)\s)", f"{of.group('n')} ", b, flags=_F)
            b = _object_of_first(a, b)
            if a and b and a.lower() != b.lower():
                # "gans vs vaes vs llms", "supervised, unsupervised and reinforcement learning":
                # more than two things compared.
                more = _more_sides(a, b) or _ones_before(text[: match.start()], a, b, pattern is _THE_ONES_SPLIT)
                return more or (a, b)
    return ()


# A side told by its size ("tiny language model", "a big vae"): the size, then the thing sized.
_SIZE_WORDS = r"(?:small|smaller|tiny|little|mini|lightweight|big|bigger|large|larger|huge|giant|massive|enormous)"
_SIZED = rx.compile(
    rf"^\W*(?:(?:a|an|the|one\s+of\s+the)\s+)?{_SIZE_WORDS}\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$", _F
)
# What follows a side's thing: where it runs, what it is for, who made it ("on my laptop").
_AFTER_THING = rx.compile(r"\s+(?:on|in|at|for|from|with|that|which|who|running|like|by)\b.*$", _F)
# The other size of it named by "one" / "ones" ("one of the huge ones", "a massive one").
_SIZED_ONE = rx.compile(rf"\b(?P<size>{_SIZE_WORDS})\s+one(?P<ones>s)?\b", _F)


# "ai that sorts my email and ai that writes it": a second side described by what it does to
# "it" does it to the first side's object (searched as "ai that writes it", the second side had
# no words of its own and went to code generation).
_DOES_TO_IT = rx.compile(r"^(?P<b>.*\b(?:that|which|who|to)\s+(?:[\w'-]+\s+)?[\w'-]+)\s+(?:it|them)(?P<rest>\s+for\s+(?:me|you|us|them|people))?$", _F)
_DOES_TO_WHAT = rx.compile(r"\b(?:that|which|who|to)\s+(?:[\w'-]+\s+)??[\w'-]+\s+(?P<obj>(?:(?:my|your|our|the|a|an|their|his|her)\s+)?[\w'-]+(?:\s+[\w'-]+)?)$", _F)


def _object_of_first(a: str, b: str) -> str:
    """``b`` with its closing "it" / "them" read as the object of ``a`` (see ``_DOES_TO_IT``)."""
    does = _DOES_TO_IT.match(b)
    what = _DOES_TO_WHAT.search(a) if does else None
    if not what or re.match(r"(?:it|them|this|that|these|those)$", what.group("obj"), _F):
        return b
    return f"{does.group('b')} {what.group('obj')}{does.group('rest') or ''}"


# "is a vae any better than a gan", "is a gan better or worse than a vae", "is a vae way more
# useful than pca", "is q-learning kinda like gradient descent or nah", "honestly is a vae even that
# different from ...": how much, how sure and how casually the learner asks is said around the
# sides, not by them. Read as part of the first side ("vae any", "gan better or", "vae way"), the
# words were searched with it and pulled its search off its own section whenever the course has
# no section comparing the two.
_HEDGE = (
    r"any|anymore|really|actually|truly|honestly|literally|basically|even|kinda|sorta|kind\s+of|sort\s+of|"
    r"that|so|way|far|much|a\s+lot|a\s+bit|lots|still|just|"
    # "like" closing a side is a hedge ("is a gan really like"), but not the verb after its doer:
    # "the ai that guesses what film i'll like" (cut, the side was searched as "... what film
    # i'll" and went to "Predicting versus creating" instead of recommendation; stop 47).
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)(?<!\bu\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!'ll\s)(?<!'d\s)"
    r"(?<!\bwould\s)(?<!\bwill\s)(?<!\bmight\s)(?<!\bmay\s)(?<!\bpeople\s)(?<!\bcustomers\s)(?<!\busers\s)"
    r"(?<!\bshoppers\s)(?<!\bviewers\s)(?<!\blisteners\s)(?<!\breaders\s)(?<!\bkids\s)(?<!\bguests\s)like|"
    r"(?:better|worse|more|less|bigger|smaller|faster|slower|harder|easier)\s+or"
)
_HEDGE_TAIL = rx.compile(rf"(?:\s+(?:{_HEDGE}))+$|\s+or\s+(?:nah|not|no|nope|what)$", _F)
_HEDGE_HEAD = rx.compile(
    r"^\W*(?:(?:honestly|seriously|genuinely|really|actually|ok|okay|hey|like|tbh|ngl|so|um+|uh+)\b[\s,:]*)+(?=\S)", _F
)


def _unhedge(side: str) -> str:
    """``side`` without the learner's hedges and degree words around it (``_HEDGE``)."""
    cut = _HEDGE_TAIL.sub("", _HEDGE_HEAD.sub("", side)).strip()
    return cut or side


# "ML the better choice", "gen AI better": the verdict asked for is not part of a side's name.
_CHOICE_TAIL = rx.compile(
    r"\s+(?:(?:the|a)\s+)?(?:better|best|right|preferable|smarter|wiser)(?:\s+(?:choice|option|tool|one|pick|fit|bet))?$|"
    # "precision or recall matters more" (stop 47)
    r"\s+(?:(?:really|actually)\s+)?(?:matters?|counts?)\s+(?:more|most)$|\s+(?:is\s+)?(?:more|most)\s+important$", _F
)


def _unchoice(side: str) -> str:
    return _CHOICE_TAIL.sub("", side).strip() or side


# The longest side of a three-way comparison split at "vs" (a description such as "one that finds
# groups on its own"); a side longer than that is a sentence, not something compared.
MANY_SIDE_WORDS = 8


# "the labelled one, " right before "the no-labels one and the reward one": an earlier side of a
# list of "the X one"s.
_EARLIER_ONE = rx.compile(r"\bthe\s+(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+one\s*,\s*$", _F)


def _ones_before(before: str, a: str, b: str, ones: bool) -> tuple[str, ...]:
    """Three or more sides when the two found ("the no-labels one and the reward one") close a
    list of "the X one"s ("the labelled one, the no-labels one and the reward one"): the
    earlier ones, read back from ``before`` (the text before the two), first. () otherwise.

    Why: the split of "the A one and the B one" saw only the last two, and the first side of
    a three-way comparison went unanswered (its sentence left out of the section on all three)."""
    if not ones:
        return ()
    earlier: list[str] = []
    while (match := _EARLIER_ONE.search(before)) is not None:
        earlier.insert(0, match.group("x"))
        before = before[: match.start()]
    sides = [*earlier, a, b]
    if not earlier or len({x.lower() for x in sides}) < len(sides):
        return ()
    return tuple(sides)


def _without_trailing_manner(side: str) -> str:
    """The last of several sides without what follows it after a comma ("reinforcement, one line
    each, like a fund factsheet" -> "reinforcement"), when what is left is a short plain name.

    Why: after "A vs B vs C" the learner often says how to answer ("one line each", "side by
    side", "like a factsheet"); read as part of the last side it made the sides no plain names,
    and the three-way comparison was read as "A" against "B vs C, ...", one side lost."""
    head, comma, _rest = side.partition(",")
    head = head.strip()
    if comma and re.fullmatch(r"[\w' -]+", head) and 0 < len(head.split()) <= 4:
        return head
    return side


def _more_sides(a: str, b: str) -> tuple[str, ...]:
    """Three or more sides from a split in two: "gans" / "vaes vs llms", or "supervised,
    unsupervised" / "reinforcement learning" (a list of short names before the last "and").
    () when there are just the two."""
    sides = [a]
    parts = re.split(r"\s+(?:vs\.?|versus)\s+", b, flags=_F)
    if len(parts) > 1:
        sides = [a, *(_strip_question_words(_clean_side(p, True)) for p in parts)]
        sides[-1] = _without_trailing_manner(sides[-1])
    elif "," in a and not re.match(r"^(?:in|for|at|within|inside|if|when|with|on)\b|^[\w-]+-wise\s*,", a, _F):
        names = [_ARTICLE.sub("", n.strip()) for n in a.split(",")]
        if all(0 < len(n.split()) <= 3 for n in names):
            sides = [*names, b]
    # Names of a few words; with "vs" between them, a learner's description too ("the thing that
    # guesses the next word vs the thing that forges pictures vs the thing that squishes images":
    # cut at four words, the last two were read as one side and the third went unanswered).
    longest = MANY_SIDE_WORDS if len(parts) > 1 else 4
    plain = all(re.fullmatch(r"[\w' -]+", x) and len(x.split()) <= longest for x in sides)
    if len(sides) < 3 or not plain or len({x.lower() for x in sides}) < len(sides):
        return ()
    return tuple(sides)


# Chat shorthand, spelt out before shapes are read ("difference btwn precision n recall").
_SHORTHAND = [
    (rx.compile(r"\b(?:btwn|btw\.?n|b/w|betwen|beteen|betweeen|bewteen|betwene)\b", _F), "between"),
    (rx.compile(r"(?<=\w)\s+(?:n|&|\+)\s+(?=\w)", _F), " and "),
    (rx.compile(r"\bw/(?=\s)", _F), "with"),
    (rx.compile(r"\b(?:r)\b(?=\s+(?:all|the|some|there|they|these|those)\b)", _F), "are"),
    (rx.compile(r"\b(?:u)\b", _F), "you"),
    (rx.compile(r"\bhow(?:'s|s)\b(?=\s+\w+\s+(?:different|differ|similar|like|unlike|compared)\b|\s+\w+\s+\w+\s+(?:different|differ|similar|unlike|compared)\b)", _F), "how is"),
    (rx.compile(r"\b(?:v|vrs|versus|vs)\.?(?=\s)", _F), "vs"),
]


_DIFF = rx.compile(r"\bdiff\b(?=\s+(?:from|than|to)\b)", _F)


# "example plz", "thx": chat spellings of words every step already knows as asking words ("pls",
# "thanks"); as unknown words "example plz" was refused as another school subject.
_CHAT_SPELLINGS = (
    (rx.compile(r"\bplz\b", _F), "pls"),
    (rx.compile(r"\bthx\b", _F), "thanks"),
    # Slips in the words every shape pattern keys on ("wich one is ml", "whats the diffrence"):
    # the shape was missed and a comparison read as a plain question (stop 43). Listed, not
    # guessed by edit distance: one slip from "which" or "what" is "witch" or "that".
    (rx.compile(r"\b(?:wich|whcih|whihc|wihch|whic|wchich)\b", _F), "which"),
    (rx.compile(r"\b(?:waht|whta|wht)\b", _F), "what"),
    (rx.compile(r"\b(?:diffrence|diference|differnce|differance|diffrance|difrence|diffference)\b", _F), "difference"),
    (rx.compile(r"\b(?:diffrences|diferences|differnces|differances)\b", _F), "differences"),
    (rx.compile(r"\b(?:diffrent|diferent|differnt|diffirent|difrent|diffrant|differant)\b", _F), "different"),
    (rx.compile(r"\b(?:compaired|comapred|compred|compard)\b", _F), "compared"),
)


def spell_diff(question: str) -> str:
    """``question`` with "diff from" written "different from" ("how is that diff from spotify
    recommending stuff?"): read so by every step of answering, not only by ``detect`` (with the
    shape alone a comparison, its sides were taken from a question that never said "different");
    and "plz", "thx" written as "pls", "thanks", and slips in "which", "what", "difference",
    "different" and "compared" mended (``_CHAT_SPELLINGS``; slips in "between" are chat shorthand,
    ``_SHORTHAND``)."""
    for pattern, replacement in _CHAT_SPELLINGS:
        question = pattern.sub(replacement, question)
    return _DIFF.sub("different", question)


# Everyday ways of asking for a comparison, each written as a wording the patterns above already
# read ("the gap between A and B" as "the difference between A and B", "A next to B" as "A vs B",
# "how do A and B stack up" as "how do A and B compare", "put A and B side by side" as "compare A
# and B", "A = B?" as "is A the same as B?"). Without them the question was read as a definition of
# "gap between A and B" (one side answered), a general question ("k-means next to dbscan?"), or a
# comparison with no sides. Only the reading of the shape sees them: searching keeps the words.
_COMPARE_IDIOMS = [
    # (not "the skills gap": a gap that is a thing of its own, not between two things)
    (rx.compile(r"(?<!skills\s)\b(?:gap|gulf)\s+(?=between\b)", _F), "difference "),
    (rx.compile(r"\b(?P<w>what(?:'s|s|\s+is)\s+the)\s+(?:gap|gulf)\s*(?=[?.!]*$)", _F), r"\g<w> difference"),
    (rx.compile(r"\b(?:stack|stacks|measure|measures|hold|holds)\s+up(?:\s+(?:against|to|with|next\s+to)\s+(?:each\s+other|one\s+another))?"
                r"(?=\s*[?.!]*$|\s*,)", _F), "compare"),
    (rx.compile(r"\b(?:stack|stacks|measure|measures|hold|holds)\s+up\s+(?:against|to|with|next\s+to)\b", _F), "compare with"),
    (rx.compile(r"\b(?:look|looks|compare|compares|fare|fares)\s+next\s+to\b", _F), "compare with"),
    # "how do i tell a gan and a vae apart", "how can you tell classification from regression" (the
    # learner telling them apart; not "how does a model tell spam from real mail", a task)
    (rx.compile(r"^\W*(?:how\s+(?:do|can|could|would|should|will)\s+)?(?:i|you|we|one)\s+tell\s+(?P<a>[^,?]+?)\s+(?:and|from)\s+"
                r"(?P<b>[^,?]+?)(?:\s+apart)?(?=\s*[?.!]*$)", _F),
     r"what is the difference between \g<a> and \g<b>"),
    (rx.compile(r"(?<!\bsits\s)(?<!\bsit\s)(?<!\bsitting\s)(?<!\bstands\s)(?<!\bstand\s)\bnext\s+to\b(?!\s+(?:each\s+other|nothing)\b)", _F), "vs"),
    # "the good points of ML set against the good points of gen AI", "... weighed against ...".
    (rx.compile(r"\b(?:set|weighed|held|measured|laid)\s+(?:up\s+)?against\b(?!\s+(?:each\s+other|one\s+another)\b)", _F), "vs"),
    (rx.compile(r"^\W*(?:(?:can|could|would)\s+you\s+|pls\s+|please\s+)?(?:set|put|lay|line|place|stick|show)(?:\s+(?:out|up))?\s+"
                r"(?P<x>[^,?]+?\s+(?:and|&)\s+[^,?]+?)(?:\s+(?:out|up))?\s+(?:side\s+by\s+side|next\s+to\s+(?:each\s+other|one\s+another))\b(?:\s+for\s+me\b)?", _F),
     r"compare \g<x>"),
    (rx.compile(r"^\W*(?P<x>[^,?]+?\s+and\s+[^,?]+?)\s*,?\s+side\s+by\s+side\s*(?:pls|please)?\s*[?.!]*$", _F), r"compare \g<x>"),
    (rx.compile(r"\bpit\s+(?P<a>.+?)\s+against\s+", _F), r"\g<a> vs "),
    (rx.compile(r"\b(?:one\s+and\s+the\s+same|identical)\b", _F), "the same"),
    # "ml = ai?", "genai == ai??": whether the two are one thing
    (rx.compile(r"^\W*(?P<a>[^=?!]+?)\s*={1,3}\s*(?P<b>[^=?!]+?)\s*(?P<q>[?!]*)$", _F), r"is \g<a> the same as \g<b>\g<q>"),
]


@functools.lru_cache(maxsize=512)
def normalise(question: str) -> str:
    """``question`` with chat shorthand spelt out ("btwn", " n ", "u", "r all") and everyday
    comparison wordings written as the ones the shape patterns read (``_COMPARE_IDIOMS``).

    Kept per text: the shape is read of one question a dozen times or more (``detect``, its
    sides, a follow-up's reading, each comparison check), each time by the same 24 patterns."""
    text = question
    for pattern, replacement in _SHORTHAND:
        text = pattern.sub(replacement, text)
    for pattern, replacement in _COMPARE_IDIOMS:
        text = pattern.sub(replacement, text)
    return text


# "pros and cons of X", "advantages and disadvantages of X": a comparison of X's two sides.
_TWO_SIDED = rx.compile(
    r"\b(?:pros\s+and\s+cons|advantages\s+and\s+disadvantages|benefits\s+and\s+(?:limitations|drawbacks|risks|downsides)|"
    r"strengths\s+and\s+weaknesses|upsides?\s+and\s+downsides?|good\s+and\s+bad(?:\s+sides?|\s+points)?)\s+(?:of|for|with|about)\s+"
    # (not "A vs B: strengths and weaknesses of each": the two things are named before)
    r"(?!(?:each|both|them|either|the\s+two|these|those)\b)(?P<x>.+?)\s*[?.!]*$",
    _F,
)


# "what's ml good at and where does it mess up", "where does gen ai shine and where does it fall
# short": one thing's strengths, then its weaknesses, each in its own clause (bounded spans: a
# 2,000-character message of such clauses took 0.23 s unbounded).
_GOOD_AND_BAD = rx.compile(
    r"^\W*(?:(?:so|and|but|ok|okay)\s+)?(?:what(?:'s|s|\s+is|\s+are)|where\s+(?:does|do|is|are)|what\s+(?:does|do)|(?:is|are))\s+"
    r"(?:(?:a|an|the)\s+)?(?P<x>[^,?]{1,60}?)\s+(?:(?:actually|really)\s+)?(?:good\s+(?:at|for)|great\s+(?:at|for)|strong\s+at|useful\s+for|shine|shines|excel|excels|"
    r"do\s+well|does\s+well|work\s+well|works\s+well)\b[^?]{0,80}?\band\s+(?:where|what|when|how|in\s+what)\b[^?]{0,80}?"
    r"\b(?:bad|mess\w*|fail\w*|fall\w*\s+short|struggle\w*|wrong|weak\w*|limit\w*|suck\w*|not\s+(?:good|great)|break\w*|screw\w*)",
    _F,
)


# Stop 37 (benchmarks/probes/zlmc37-s37): the two sides asked for last, with their thing told in
# a sentence before ("thinking of having generative ai write our signage. give me the pros and then
# the cons, honest", "... lay out the upsides and then the downsides"): nothing follows but a
# word on how to tell it.
_TWO_SIDED_TOLD = rx.compile(
    r"(?<=[.!?,;:]\s)[^.!?;:]{0,40}?\b(?:the\s+)?(?:pros|upsides?|benefits|advantages|good\s+(?:points|sides?|bits))\s+"
    r"(?:(?:first\s+)?(?:and\s+)?(?:then\s+)?(?:the\s+)?)(?:cons|downsides?|drawbacks|disadvantages|risks|limitations|"
    r"bad\s+(?:points|sides?|bits))\b(?:\s*,?\s*(?:please|pls|honest(?:ly)?|straight|be\s+honest|no\s+sugar\s*coating))*\W*$",
    _F,
)


def _two_sided_subject(question: str) -> str | None:
    """The one thing whose two sides are asked for ("pros and cons of X", "what is X good at and
    where does it fail"), or None. Asked last of a family told before ("... having generative ai
    write our packs. give me the pros and then the cons"), that family by its name."""
    match = _TWO_SIDED.search(question) or _GOOD_AND_BAD.search(question)
    if match:
        return match.group("x")
    told = _TWO_SIDED_TOLD.search(question)
    if told is not None:
        before = question[: told.start()]
        families = [m for m in (_GEN_FAMILY_NAME.search(before), _ML_FAMILY_NAME.search(before)) if m is not None]
        if len(families) == 1:
            return "generative ai" if families[0].re is _GEN_FAMILY_NAME else "machine learning"
    return None


def two_sided(question: str) -> bool:
    """Does the question ask for both sides of one thing ("pros and cons of X")?"""
    return _two_sided_subject(normalise(question)) is not None


# The whole field as a side: "ai", "AI in general", "artificial intelligence as a whole".
_THE_FIELD = rx.compile(
    r"^(?:(?:the\s+)?(?:whole\s+(?:of\s+)?)?(?:ai|a\.i\.?|artificial\s+intelligence)(?:\s+(?:in\s+general|as\s+a\s+whole|itself|overall))?)\W*$", _F
)


# Two tasks told apart by the kind of answer each gives: a quantity ("how many tonnes", "the rent in
# pounds", "the goal margin", "what it will sell for") against a category ("whether she pays late",
# "yes or no", "who wins", "which of five brands", "spam or fine"). That is the course's contrast of
# classification and regression ("which differ in the kind of answer the model gives"); searched on
# the learner's words, the sides went to the sections on their settings (healthcare, predictive
# analytics) or below the scope bar. Each side is then named by the course's term for its kind.
_QUANTITY = rx.compile(
    r"\bhow\s+(?:many|much|long|far|big|high|tall|heavy|old)\b"
    r"|\b(?:prices?|costs?|rents?|margins?|amounts?|figures?|totals?|temperatures?|salar(?:y|ies)|revenues?|sales|"
    r"demand|lengths?|weights?|heights?|ages?|speeds?|distances?|counts?|quantit(?:y|ies)|volumes?|durations?|values?|premiums?|yields?|percentages?|"
    # What an instrument reads off ("a patient's blood pressure reading", "tomorrow's rainfall",
    # "the meter reading"): a quantity (stop 40; "guesses a blood pressure reading vs guesses
    # whether a tumour is benign" had no answer kind on its first side).
    r"readings?|rainfall|measurements?)\b"
    r"|\bnumber\s+of\b|\bsells?\s+for\b|\bworth\b"
    # A time still to run ("hours-to-resolve", "days until it closes", "time to repair"): a duration.
    r"|\b(?:seconds|minutes|hours|days|weeks|months|years|time)[\s-]+(?:to|until|till|before|left)\b"
    r"|\bin\s+(?:pounds|euros?|dollars|days|hours|minutes|weeks|months|years|tonnes|tons|kilos|kg|grams|metres|meters|"
    r"miles|knots|degrees|percent)\b|[£$€]"
    # A figure with its unit ("a 40m sprint", "12 mins late", "3.5 kg"), a mark out of a total ("a
    # mark out of 100"), a length of time by what it times ("sprint time", "the wait time"): a
    # quantity however it is said.
    r"|\b\d+(?:\.\d+)?\s*(?:m|km|cm|mm|kg|g|lbs?|mins?|minutes|secs?|seconds|hrs?|hours|days|weeks|months|years|mph|kph|"
    r"metres|meters|miles|points|pts|percent|%)(?!\w)|\bout\s+of\s+\d+\b|\bin\s+(?:cm|mm|km|kg|mins?|secs?|hrs?|inches|feet|litres|liters)\b"
    r"|\b(?:sprint|lap|race|wait(?:ing)?|journey|travel|delivery|arrival|response|finish(?:ing)?|running|cooking|commute)\s+times?\b"
    # (stop 39) A sum of money said with its unit ("fetches 212 quid", "about 40 bucks").
    r"|\b\d+(?:[.,]\d+)?\s*(?:quid|pounds?|euros?|dollars?|bucks|grand|pence|cents?)\b|\bfetch(?:es|ed)?\b",
    _F,
)
# A verb that gives a model's answer, and one word or two of such an answer ("on time", "a cold").
_GIVES_ANSWER = (
    r"(?:says?|said|saying|tells?|told|gives?|gave|rates?|rated|labels?|labell?ed|flags?|flagged|marks?|marked|calls?|called|"
    r"predicts?|predicted|guess(?:es|ed)?|answers?|picks?|decides?|sorts?\s+[\w'-]+\s+into|puts?\s+[\w'-]+\s+(?:in|into)|as)"
)
_CHOICE = r"(?:(?:a|an|the)\s+)?[a-z][\w'-]*(?:\s+(?!or\b)[a-z][\w'-]*)?"
_CATEGORY = rx.compile(
    r"\b(?:whether|if)\b|\byes\s*(?:/|or)\s*no\b|\bor\s+not\b|\bwho\s+(?:wins?|will\s+win|won|is)\b"
    r"|\bwhich\s+(?:of|one|team|side|class|category|kind|type|brand|species|group|digit)\b"
    r"|\b(?:label(?:l?ing|s)?|categor(?:y|ies|ise|ize|ising|izing)|class(?:es|ify|ifying)?|flag(?:ging|s)?)\b"
    # A rank from a fixed scale ("priority p1-p4", "sev1 to sev3", "tier a/b/c", "triage urgency"):
    # the scale's steps are the categories.
    r"|\b(?:priorit(?:y|ies)|severity|urgency|tiers?)\b|\b[a-z]{1,3}\d\s*(?:-|–|to)\s*[a-z]{0,3}\d\b"
    # (Stop 37: the scale's steps listed as codes, "(P1 P2 P3)", "L1, L2 or L3", or after the
    # scale's word, "grade 1 2 or 3", "band A, B or C", "cat 1/cat 2/cat 3".)
    r"|\b[a-z]{1,3}\d{1,2}(?:\s*(?:,|/|\bor\b)?\s*\b[a-z]{0,3}\d{1,2}\b)+"
    r"|\b(?:grade|band|level|cat|class|code|rating|tier|rank|stage)s?\s+(?:[a-z]{1,2}|\d{1,2})\b"
    r"(?:\s*(?:,|/|\bor\b)?\s*(?:(?:grade|band|level|cat|class|code)\s+)?\b(?:[a-z]{1,2}|\d{1,2})\b){1,4}"
    r"|\b[a-z]{3,}\s+or\s+[a-z]{3,}\s*$"
    # The answers themselves, offered after a verb of answering ("says pass or fail on a bore",
    # "answers good batch or bad batch", "sorts suits into small/medium/large"): a choice of a few.
    r"|\b(?:says?|saying|answers?|tells?|gives?|outputs?|returns?|spits\s+out|decides?|calls?\s+it|into)\s+"
    r"(?:(?:a|an|the|either|just)\s+)?(?:[a-z]+\s+)?[a-z]+\s*(?:\bor\b|/)\s*(?:[a-z]+\s+)?[a-z]+\b"
    # (stop 39) An answer quoted that rules one category out for another ("'this box is hake
    # not haddock'", "'a tabby, not a ginger'").
    r"|['\"‘“][^'\"’”]{0,40}\b[a-z]{3,},?\s+not\s+(?:an?\s+)?[a-z]{3,}\b[^'\"’”]{0,20}['\"’”]"
    # Two answers quoted as the choice ("'late' or 'on time'", "'made it' / 'released'").
    r"|['\"‘“][^'\"’”]{1,30}['\"’”]\s*(?:or|/)\s*['\"‘“]|['\"‘“][^'\"’”/]{1,20}(?:/|\s+or\s+)[^'\"’”/]{1,20}['\"’”]"
    # The same answers written plainly after the verb that gives them ("says late or on time",
    # "rated each call urgent or routine", "tells me kitten, adult or senior", "flagged each loan
    # as risky or safe"): a choice of one or two words each, two to four of them.
    # (Or opening the side, after the label's colon: "model A: fresh or stale for each loaf".)
    rf"|(?:\b{_GIVES_ANSWER}\s+|^\W*)(?:(?:me|us|you)\s+)?(?:(?:just|only|either|simply)\s+)?(?:(?:each|every|the|a)\s+[\w'-]+\s+(?:as\s+)?)?"
    rf"(?:{_CHOICE}\s*,\s*){{0,3}}{_CHOICE}\s*,?\s+or\s+(?:not\b|{_CHOICE}\s*(?:$|[,.;:?!]|\s+(?:for|each|per|on|about)\b))",
    _F,
)


# How a model is taught, as a learner describes it: examples with the answer attached (labels,
# tags, marks, the right move written next to each) against examples with none ("no tags at all",
# "with nothing marked", "without labels"), or against tries scored by rewards ("gets points when
# it does well"). That is the course's contrast of supervised, unsupervised and reinforcement
# learning ("Three ways a machine can learn"); the described sides searched as they stand went to
# the sections on their settings, or the question was refused as outside the course.
_GROUPING = rx.compile(r"\b(?:groups?|grouping|clusters?|clustering|similar|alike|lumps?)\b", _F)
_NO_LABELS = rx.compile(
    # ("the no-labels one": hyphenated too, stop 39)
    r"\b(?:no|without|zero|none\s+of\s+the|nothing)[\s-]+(?:\w+\s+){0,2}?(?:labels?|tags?|marks?|answers?|categories|names)\b"
    r"|\bnothing\s+(?:\w+\s+)?(?:marked|labell?ed|tagged|named)\b|\b(?:unlabell?ed|untagged|unmarked|raw)\b"
    # "where nobody gives it the answers" (stop 38)
    r"|\b(?:nobody|no\s+one)\s+(?:\w+\s+){0,3}?(?:labels?|tags?|answers?)\b"
    # ("grouping clients when nobody has given them a diagnosis": no answer given by anyone.)
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|had\s+)?(?:given|labell?ed|tagged|marked|named|diagnosed|defined)\b"
    r"|\bcomes?\s+with\s+nothing\b",
    _F,
)
_REWARDS = rx.compile(
    r"\b(?:rewards?|rewarded|points|penalt(?:y|ies)|penalised|penalized|trial\s+and\s+error|treats?)\b"
    r"|\btr(?:y|ies|ying)\s+(?:out\s+)?(?:moves|things|actions|stuff)\b",
    _F,
)
LABELS = rx.compile(
    r"\b(?:labell?ed|tagged|marked|labels?|tags?|annotated)\b|\b(?:right|correct)\s+(?:answers?|moves?|buttons?|labels?|results?)\b",
    _F,
)


# Stop 37 (benchmarks/probes/zlmc37-s37): the three ways of learning each described in one message,
# then something asked of each ("learning from worked answers, learning with no answers at all, and
# learning by doing it and getting told good or bad. what does each of the three need as training
# data"). Besides ``LABELS``, answers given with the examples; besides ``_REWARDS``, being told how
# a try went. The descriptions' words (answers, data) took the question to "Three ways a machine can
# learn" or to one side's section, and the unlabelled side was dropped.
_WITH_ANSWERS = rx.compile(
    r"\b(?:worked|given|marked|right|correct|known)\s+answers?\b|\banswers?\s+(?:given|attached|marked|included|sheets?|keys?)\b"
    r"|\bwith\s+(?:the\s+)?(?:right\s+|correct\s+)?answers?\b|\b(?:labell?ed|tagged)\b",
    _F,
)
_TOLD_HOW_IT_WENT = rx.compile(
    r"\btold\s+(?:good|bad|well\s+done|right|wrong|if|whether|when|off)\b|\b(?:getting|gets|get)\s+feedback\b|\bhaving\s+a\s+go\b"
    r"|\btrial[\s-]+and[\s-]+error\b",
    _F,
)
_OF_EACH = rx.compile(r"\b(?:each|all\s+three|the\s+three|three\s+of\s+them|compare|differ|difference)\b", _F)


def described_learning_kinds(question: str) -> tuple[str, ...] | None:
    """The three ways of learning, by the course's names in the order the learner describes them,
    when ``question`` describes each (labelled examples, none, tries scored) without naming it
    and asks something of each; else None. Each description is its own stretch of the message."""
    if not _OF_EACH.search(question) or re.search(r"\b(?:un)?supervised\b|\breinforcement\b", question, _F):
        return None
    found: list[tuple[int, int, str]] = []
    for kind, patterns in (
        ("unsupervised learning", (_NO_LABELS,)),
        ("reinforcement learning", (_REWARDS, _TOLD_HOW_IT_WENT)),
        ("supervised learning", (_WITH_ANSWERS,)),
    ):
        spans = [
            m.span() for p in patterns for m in p.finditer(question)
            if not any(m.start() < end and start < m.end() for start, end, _ in found)
        ]
        if spans:
            start, end = min(spans)
            found.append((start, end, kind))
    if len(found) != 3:
        return None
    return tuple(kind for _, _, kind in sorted(found))


# A noun a learner names one of several ways of doing something by, with its description around
# it: "the unlabelled kind", "the reward one", "the flavour with no answers given".
_KIND_NOUN = rx.compile(
    r"\b(?:kinds?|types?|sorts?|flavou?rs?|ones?|ways?|approach(?:es)?|methods?|versions?|learning|variet(?:y|ies)|styles?)\b",
    _F,
)
# At most this many words describe one way of learning in a follow-up's new subject.
DESCRIBED_KIND_WORDS = 10


def described_learning_kind(phrase: str) -> str | None:
    """The course's name of the one way of learning that ``phrase``, a follow-up's new subject,
    describes without naming it ("ok and the unlabelled kind?" after what reinforcement learning is
    used for -> "unsupervised learning"); else None. Why (stop 38, fu38-s38): read in full, "what
    is unlabelled kind used for in real life" found the definition of unsupervised learning, whose
    words the description repeats, instead of its uses. A description without labels is read
    before one with them ("the flavour with no answers given" says "answers given" too); rewards or
    trial and error before labels. Only a short phrase with a kind noun ("kind", "one", "flavour")
    is such a description: "and labelled photos?" names a thing, not a way of learning."""
    if len(phrase.split()) > DESCRIBED_KIND_WORDS or not _KIND_NOUN.search(phrase):
        return None
    if re.search(r"\b(?:un)?supervised\b|\breinforcement\b|\brl\b", phrase, _F):
        return None
    for kind, patterns in (
        ("unsupervised learning", (_NO_LABELS,)),
        ("reinforcement learning", (_REWARDS, _TOLD_HOW_IT_WENT)),
        ("supervised learning", (_WITH_ANSWERS, LABELS)),
    ):
        if any(p.search(phrase) for p in patterns):
            return kind
    return None


def described_learning_asked(question: str) -> str | None:
    """``question`` with the three ways of learning it describes (``described_learning_kinds``)
    by their names, then what it asks of them: what follows the last description, from the next
    sentence on when there is one ("... getting told good or bad. what does each need as data" ->
    "supervised learning, unsupervised learning and reinforcement learning: what does each need as
    data"); else None. Searched as described, the descriptions' own words find other sections."""
    kinds = described_learning_kinds(question)
    if kinds is None:
        return None
    last = max(
        m.end() for p in (_NO_LABELS, _REWARDS, _TOLD_HOW_IT_WENT, _WITH_ANSWERS) for m in p.finditer(question)
    )
    rest = question[last:]
    sentence = re.search(r"[.!?;:]\s+|\s+-\s+", rest)
    rest = rest[sentence.end():] if sentence else rest
    return f"{kinds[0]}, {kinds[1]} and {kinds[2]}: {rest.strip()}"


def learning_kind(side: str) -> str | None:
    """"unsupervised learning", "reinforcement learning" or "supervised learning" when ``side``
    describes how a model is taught (see ``_NO_LABELS``), else None."""
    if _NO_LABELS.search(side):
        # "no tags, just let it sort them into groups of similar players": grouping alike things
        # without labels is the course's clustering ("Clustering groups similar data points").
        return "clustering" if _GROUPING.search(side) else "unsupervised learning"
    if _REWARDS.search(side) or _TOLD_HOW_IT_WENT.search(side):
        return "reinforcement learning"
    if LABELS.search(side) or _WITH_ANSWERS.search(side) or _ANSWER_KEY.search(side):
        return "supervised learning"
    return None


# An answer key given with the examples, in a learner's words: "a worked answer book", "an answer
# sheet", "the mark scheme".
# (Or records someone has already judged: "staff records a manager already rated".)
_ANSWER_KEY = rx.compile(
    r"\banswer\s+(?:books?|sheets?|keys?)\b|\bmark\s+schemes?\b|\bworked\s+examples?\b"
    r"|\balready\s+(?:rated|graded|marked|scored|labell?ed|tagged|diagnosed|sorted|classified)\b",
    _F,
)
# A side that is only a kind of data ("labelled data", "unlabelled examples").
_ONLY_DATA = rx.compile(r"(?:\S+\s+){0,2}(?:data|datasets?|examples?)", _F)
# A side that names a way of learning, or its learner ("an agent that learns from rewards"), by the
# course's own name: it is searched as written (renamed, "reinforcement learning" alone found the
# section on where RL is used instead of "Agents, environments, actions and rewards").
_LEARNING_NAMED = rx.compile(r"\b(?:un)?supervised\b|\breinforcement\b|\bclustering\b|\brl\b|\bagents?\b", _F)


def learning_kinds_described(sides: tuple[str, ...]) -> tuple[str, ...] | None:
    """The course's names of two ways of learning when each of two comparison sides describes
    how a model is taught in the learner's words (``learning_kind``: "a learner copying a worked
    answer book" vs "one finding out by crashing and getting told off") and neither names a way by
    the course's name, the two ways different; else None.

    Why (stop 38, benchmarks/probes/cmpuse-s38): searched as described, each side's setting
    ("learner", "clients", "meter readings") took it to a section on that setting (education,
    healthcare) and the ways of learning compared were never named; a labelled pair ("option a:
    ..., option b: ...") was already read this way."""
    if len(sides) != 2 or any(_LEARNING_NAMED.search(side) or _ONLY_DATA.fullmatch(side.strip()) for side in sides):
        # (Nor a side that is only the kind of data, "labelled data vs unlabelled data": the
        # course's words for the data itself, whose own sections say what each costs.)
        return None
    taught = tuple(learning_kind(side) for side in sides)
    if None in taught or len(set(taught)) != 2:
        return None
    return taught  # type: ignore[return-value]


def learning_kind_half_named(sides: tuple[str, ...]) -> tuple[str, ...] | None:
    """The sides with the one that describes how a model is taught in the learner's words renamed
    by the course's name for that way (``learning_kind``), when the other names its way by a course
    word ("an agent learn by trial and error in a simulator") and the two ways differ; else None.

    Why (stop 41): "one consultant wants us to label thousands of past decisions as good or bad,
    another says let an agent learn by trial and error ... what does each need from us?" searched
    the labelling side on its story's words, which found no section, and the answer told
    reinforcement learning alone (``learning_kinds_described`` renames only two described sides)."""
    if len(sides) != 2:
        return None
    named = [bool(_LEARNING_NAMED.search(side)) for side in sides]
    if sum(named) != 1 or any(_ONLY_DATA.fullmatch(side.strip()) for side in sides):
        return None
    taught = tuple(learning_kind(side) for side in sides)
    # (Not grouping told, "a method that groups shoppers with no labels": a task whose own words
    # find clustering, as written.)
    if None in taught or len(set(taught)) != 2 or "clustering" in taught:
        return None
    return tuple(side if own else taught[i] for i, (side, own) in enumerate(zip(sides, named)))  # type: ignore[misc]


# A side that is a task of predicting something ("guessing the rent", "one to tell whether ...",
# "putting a figure on the premium"), not "how much data gan training needs".
_PREDICTS = rx.compile(
    r"\b(?:predict|guess|estimat|forecast|tell|told|say|said|decid|label|classif|flag|sort|spot|detect|work(?:ing|s)?\s+out|put|"
    r"pric|scor|judg|assess|recogni[sz]|identif)\w*",
    _F,
)


# A task put as the question it answers (stop 41: "will this patient miss their appointment vs how
# many minutes will it run over"): a yes/no question answers with a category, "how many / much /
# long" (its "how" cut off with the question words) with a quantity.
_YES_NO_TASK = rx.compile(
    r"^\W*(?:will|would|does|did|is|are|has|have|can)\s+(?:this|that|the|a|an|my|our|their|his|her|it|they|he|she|someone|each)\b", _F
)
_HOW_MANY_TASK = rx.compile(r"^\W*(?:how\s+)?(?:many|much)\s+\w", _F)


def answer_kind(side: str) -> str | None:
    """"regression" when ``side`` is a task that answers with a quantity, "classification" when it
    answers with a category, else None (see ``_QUANTITY``)."""
    quantity = bool(_QUANTITY.search(side) or _HOW_MANY_TASK.match(side))
    category = bool(_CATEGORY.search(side) or _YES_NO_TASK.match(side))
    if quantity == category:
        return None
    return "regression" if quantity else "classification"


# Stop 41 (cmpb41): two tasks told one after the other in one sentence, joined by ", and", ";",
# "versus" or "compared with", then asked about together in a later sentence ("garden centre:
# sorting plant photos into healthy or diseased, and predicting how tall the plant will be in cm.
# how do those two jobs differ?"). The category offered inside the first task ("healthy or
# diseased") had been read as the comparison's "or" (sides "sorting plant photos into healthy" /
# "diseased"), and a pair joined by ", and" alone was no comparison at all (declined).
_TASKS_JOINED = rx.compile(
    r"\s*(?:,\s*(?:and|while|whereas)\s+|;\s*|,?\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+"
    # ("one says will it fail this month yes or no, the other says how many cycles it has left")
    r"|,\s*(?:and\s+)?(?=(?:the\s+(?:other|old|older|new|newer|first|second|next)|another)(?:\s+one)?\s+"
    r"(?:[a-z]+s|told|gave|said|showed|predicted|guessed|estimated|flagged|sorted)\b)"
    # (stop 47) "forecasting tomorrow's rainfall in mm and forecasting whether it will rain at
    # all": a bare "and" before a second task told by its verb.
    r"|\s+and\s+(?=(?:predicting|forecasting|guessing|estimating|working\s+out|telling|deciding|sorting|"
    r"flagging|scoring|spotting|detecting|classifying|labelling|labeling|judging|assessing|pricing)\b)"
    # (stop 47) "our valuation tool spits out a price for a house and the tenant referencing tool
    # just says pass or fail": a bare "and" before a second machine told doing its job.
    r"|\s+and\s+(?=(?:the|our|my|their|a|an|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tool|app|model|system|program|programme|software|one|machine|bot|scanner|camera|checker)\s+"
    r"(?:just\s+|only\s+|simply\s+|then\s+)?[a-z]+s\b))",
    _F,
)


def told_answer_kinds(question: str) -> tuple[str, str] | None:
    """("classification", "regression") in the order told, when a sentence of ``question`` before
    its last joins two tasks (``_TASKS_JOINED``) that each predict something (``_PREDICTS``), one
    answering with a category and the other with a quantity (``answer_kind``), and the sentences
    after it ask of both (``_OF_BOTH``); else None."""
    sentences = [s for s in _SENTENCE_END.split(question.strip()) if s.strip()]
    for i, sentence in enumerate(sentences[:-1]):
        if not _OF_BOTH.search(" ".join(sentences[i + 1:])):
            continue
        for joint in _TASKS_JOINED.finditer(sentence):
            a, b = sentence[: joint.start()], sentence[joint.end():]
            if not (_PREDICTS.search(a) and _PREDICTS.search(b)):
                continue
            kinds = (answer_kind(a), answer_kind(b))
            if set(kinds) == {"regression", "classification"}:
                return kinds  # type: ignore[return-value]
    return None


def named_by_answer_kind(question: str, sides: tuple[str, ...]) -> bool:
    """Were the two sides of ``question`` named by the kind of answer each task gives (see
    ``_QUANTITY``), not by the learner? Two tasks are, even when the learner offers the two kinds
    as the choice ("predicting the payout versus deciding whether it is fraud - which is
    classification and which regression?"): the settings' words still only frame it."""
    kinds = set(sides)
    named = kinds == {"regression", "classification"} or (len(kinds) == 2 and kinds <= _LEARNING_KINDS)
    return named and set(_detect(question).sides) != kinds


_LEARNING_KINDS = frozenset(("supervised learning", "unsupervised learning", "reinforcement learning", "clustering"))


def detect(question: str) -> Shape:
    """The shape of ``question`` (see the module docstring). A comparison with the whole field of
    AI ("is chatgpt the same thing as ai", "genai == ai?", "spam filters vs ai") is no comparison
    of two topics: searched alone, a bare "ai" side went to any section that says "AI" most
    ("Misuse concerns and responsible AI frameworks"). The course answers it where it places the
    thing inside the field ("Generative AI is not the same thing as AI", "Machine learning inside
    the wider field of AI"), which the whole question finds: read as a yes/no question when it
    asks whether they are the same, else as a general one."""
    things = family_sorted(question)
    if things:
        return Shape("comparison", things)
    kinds = described_learning_kinds(question)
    if kinds:
        return Shape("comparison", kinds)
    polar = families_by_polarity(question)
    if polar:
        return Shape("comparison", polar)
    skills = families_skills(question)
    if skills:
        return Shape("comparison", skills)
    question = without_simile(_COMPOUND_VS.sub("-", _OR_THE_LIKE.sub("", question)))
    shape = _detect(question)
    if shape.kind == "comparison" and len(shape.sides) == 2 and _PLACING.search(question):
        # "is the chatbot on our website machine learning or generative ai, or both?": one thing
        # and the two families offered as the answer's choice, split as "chatbot on our website
        # machine learning" vs "generative ai", is one thing placed in a family, not two compared.
        bare = [bool(_BARE_FAMILY.fullmatch(side.strip())) for side in shape.sides]
        if sum(bare) == 1 and _ENDS_IN_FAMILY.search(shape.sides[bare.index(False)]):
            return Shape("general")
    if shape.kind == "comparison" and len(shape.sides) == 2 and any(_THE_FIELD.match(side.strip()) for side in shape.sides):
        return Shape("yes_no" if shape.same else "general")
    # "model A guesses ..., model B says ... - same kind?": two things told apart only by labels,
    # then asked about together, are compared by what the course compares them on, whatever shape
    # the closing took ("two different kinds of" read as a list, "is that ..." as yes/no): the kind
    # of answer each gives, or how each is taught. The labels say they are two models (or tools or
    # versions) of a job, so no verb of predicting is needed on each side. A labelled pair the
    # course compares on nothing ("my first job ..., my second ...") leaves the shape as it was.
    labelled = labelled_pair(_OPENER.sub("", normalise(question).strip(), count=1))
    if labelled:
        same = bool(_SAME_RX.search(question) or _SAME_PAIR_RX.search(question))
        kinds = tuple(answer_kind(side) for side in labelled)
        if set(kinds) == {"regression", "classification"}:
            return Shape("comparison", kinds, same=same)  # type: ignore[arg-type]
        taught = tuple(learning_kind(side) for side in labelled)
        if None not in taught and len(set(taught)) == 2:
            return Shape("comparison", taught, same=same)  # type: ignore[arg-type]
    if set(shape.sides) != {"regression", "classification"} and (told := told_answer_kinds(question)) is not None:
        return Shape("comparison", told, same=shape.same)
    if shape.kind == "comparison" and (taught := learning_kinds_described(shape.sides)) is not None:
        return Shape("comparison", taught, same=shape.same)
    if shape.kind == "comparison" and (half := learning_kind_half_named(shape.sides)) is not None:
        return Shape("comparison", half, same=shape.same)
    aspect = _families_aspect(question)
    if aspect is not None:
        return Shape("comparison", aspect)
    stated = stated_parts(question)
    if stated is not None:
        return Shape("comparison", stated)
    if shape.kind == "comparison" and len(shape.sides) == 2:
        kinds = tuple(answer_kind(side) for side in shape.sides)
        if set(kinds) == {"regression", "classification"} and all(
            _PREDICTS.search(side) or _YES_NO_TASK.match(side) or _HOW_MANY_TASK.match(side) for side in shape.sides
        ):
            return Shape("comparison", kinds, same=shape.same)  # type: ignore[arg-type]
    if shape.kind == "comparison" and len(shape.sides) == 2 and any(_NO_SIDE.fullmatch(side.strip()) for side in shape.sides):
        # "is a word always one token or different?": the second option only negates or varies
        # the first, so one thing is asked about, yes or no. Read as a comparison, "different"
        # was searched as a side of its own and brought in "Predicting versus creating: two
        # different goals". (Two things the learner describes, "model 1 ..., model 2 ... same
        # type or no?", were compared above.)
        return Shape("yes_no")
    if shape.kind == "comparison" and len(shape.sides) == 2 and (aspect := _ASPECT_OF_FIRST.match(shape.sides[0])):
        # (stop 44) "the downsides of machine learning compared with gen AI": the aspect said of
        # the first side is asked of both. Read as written, "gen AI" alone was searched for the
        # second side, and the answer told what generative AI is (fcmp44 work probe).
        second = shape.sides[1].strip()
        if not _ASPECT_OF_FIRST.match(second) and not re.search(r"\b(?:of|for|with|in)\b", second, _F):
            return Shape("comparison", (shape.sides[0], f"{aspect.group('aspect')} of {second}"), shape.same)
    if shape.kind in _STORY_SHAPES and (story := story_pair(question)) is not None and len(story) > len(shape.sides):
        # (stop 49) Things told in a story, then asked about together without a name (or more of
        # them than the sides read as written: "one ..., one ..., and one ...", split in two).
        return Shape("comparison", story, same=bool(_SAME_RX.search(question)))
    return shape


_STORY_SHAPES = frozenset({"comparison", "yes_no", "general", "list", "why", "how", "example"})


# (stop 49) A closing that asks about things told before it without naming any: "which is which
# kind of ai", "are these the same sort of ai or what", "which of the two could make stuff up",
# "why does the new one go wrong and the old one doesnt", "how would you score each one".
_ASKS_OF_TOLD = rx.compile(
    r"\b(?:which\s+(?:one\s+)?is\s+which|which\s+of\s+(?:the|these|those|them|the\s+two)\b|which\s+one\b|"
    r"(?:the\s+)?same\s+(?:sort|kind|type|thing|tech\w*|ai|problem|way|brain|idea)\b|"
    r"(?:the|these|those)\s+(?:two|2|three|3)\b|both\b|each\b|"
    r"the\s+(?:first|second|other|old|new|2nd|1st)\s+one\b|(?:one|the\s+one)\s+(?:or|and)\s+(?:not\s+)?the\s+other\b)",
    _F,
)
# What marks a told thing in a story: a machine's noun, or a pointer that sets it beside another
# ("the first", "the second", "another one", "the old one", "app A").
_TOLD_THING = rx.compile(
    r"\b(?:first|second|third|other|another|1st|2nd|3rd)\b|\bone\b(?!\s+of\b)|\bthe\s+(?:old|new|older|newer)\b|"
    r"\b(?:app|tool|system|program|programme|model|bot|camera|version|software)\s+(?:a|b|c|1|2|3|one|two)\b",
    _F,
)
# A sentence that only announces how many things follow ("we've got two new bits of kit"): no thing
# of its own.
_ANNOUNCES_COUNT = rx.compile(
    r"\b(?:two|2|three|3|a\s+couple\s+of|a\s+pair\s+of)\s+(?:[\w-]+\s+){0,3}?(?:things|bits|apps|tools|systems|programs|programmes|"
    r"models|gadgets|kit|pieces|ais|devices|machines|bots|vendors|products|options|versions)\b",
    _F,
)
# Where a sentence of a story splits into the things it tells.
_CLAUSE_BREAK = rx.compile(
    r"\s*[;:]\s*|,\s*(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+|,\s+(?=(?:one|another|the\s+other|the\s+second|the\s+first|"
    r"then|and\s+then)\b)|\s+and\s+(?=(?:another|the\s+other|the\s+second|then)\b)|,\s+then\s+",
    _F,
)
_LEADING_JOIN = rx.compile(r"^(?:(?:and|but|so|then|also|plus|now)\s+)+", _F)
_SAYS_SAME = rx.compile(r"\b(?:same|different|related|which\s+is\s+which)\b", _F)
# Things a story tells that ``_MACHINE_NOUN`` leaves out: "the picture maker", "a screen where ...".
_TOLD_DEVICE = rx.compile(r"\b(?:makers?|writers?|machines?|screens?|devices?|gadgets?|handsets?|websites?|sites?|kiosks?|robots?)\b", _F)
STORY_CLAUSE_WORDS = 5  # a told thing is told in at least this many words
_COUNT_OF_THREE = rx.compile(r"\b(?:three|3)\b", _F)


def story_pair(question: str) -> tuple[str, ...] | None:
    """The things a message tells in its story, when its closing asks about them together
    without naming any (``_ASKS_OF_TOLD``): each a clause of the story that tells a machine or a
    thing set beside another (``_MACHINE_NOUN``, ``_TOLD_THING``), two of them (three when the
    closing or the story counts three); None when the story tells no such two, or more than the
    count.

    Why (stop 49, benchmarks/probes/mcmp49-s49): learners tell two machines or happenings first,
    in their own order and words ("on our website when u look at a painting it shows 'you might
    also like' ... and in the kids room theres a screen where you say a word and it paints a brand
    new picture"), then ask "which is which kind of ai?" or "which of the two could make stuff
    up?". The patterns for particular forms (``told_pair``, ``described_pair``) missed most of
    them, so the message was read as a yes/no or general question and answered from one side."""
    sentences = message_sentences(question)
    # The asking sentence: the last, or the one before a closing remark ("which of the two could
    # make stuff up? the replies worry me a bit tbh").
    at = next((i for i in range(len(sentences) - 1, max(len(sentences) - 3, 0), -1) if _ASKS_OF_TOLD.search(sentences[i])), None)
    if at is None:
        return None
    ask, story = sentences[at], sentences[:at]
    if len(ask.split()) <= 3 and len(story) > 1:
        # ("... my mate says they're the same. is it?": a bare closing leans on the one before.)
        ask, story = f"{story[-1]} {ask}", story[:-1]
    if not story:
        return None
    count = 3 if _COUNT_OF_THREE.search(ask) or _COUNT_OF_THREE.search(" ".join(story[:1])) else 2
    # The story's sentences as they are first, then split into clauses ("one tells you what breed
    # a dog is, one piles up the photos that look alike, and one makes brand new pictures").
    clauses = [c for sentence in story for c in _CLAUSE_BREAK.split(sentence.strip(" .!?"))]
    marked = [c for c in _told_things(clauses) if _TOLD_THING.search(c)]
    if len(marked) == count:
        # ("... trialled two bits of software. one says 'late' or 'on time', the other writes the
        # announcements": the things set beside each other in one sentence.)
        return tuple(marked)
    for parts in (story, clauses):
        told = _told_things(parts)
        if len(told) != count:
            # ("we tried 2 flea checking apps. app A flags ..., app B hardly ever flags one": the
            # announcement names a machine too; the things set beside each other are the two.)
            told = [c for c in told if _TOLD_THING.search(c)]
        if len(told) == count:
            return tuple(told)
    return None


def _told_things(parts: list[str]) -> list[str]:
    """The parts of a story that each tell a thing (``story_pair``): long enough, naming a machine
    or set beside another thing, and not what someone says of the two ("my boss says theyre two
    different problems")."""
    cleaned = [_LEADING_JOIN.sub("", part.strip(" ,.!?")) for part in parts if part and part.strip(" ,.!?")]
    return [
        c for c in cleaned
        if len(c.split()) >= STORY_CLAUSE_WORDS and (_MACHINE_NOUN.search(c) or _TOLD_THING.search(c) or _TOLD_DEVICE.search(c))
        and not _SAYS_SAME.search(c) and not _ANNOUNCES_COUNT.search(c)
    ]


# (stop 49) Whether two told things are one sort or which is which: "are those the same sort of
# clever?", "same tech?", "which is which kind of ai".
_ASKED_ALIKE = rx.compile(
    r"\b(?:which\s+(?:one\s+)?is\s+which|(?:the\s+)?same\s+(?:sort|kind|type|thing|tech\w*|ai|idea|brain)\b|"
    r"different\s+(?:sorts?|kinds?|types?)\s+of\s+(?:ai|tech\w*|thing)|(?:same|different)\s+(?:ai|tech\w*)\b)",
    _F,
)


def told_machines_asked_alike(question: str, sides: tuple[str, ...]) -> bool:
    """Are ``sides`` two or three machines the question's story tells at their jobs (each told
    in ``STORY_CLAUSE_WORDS`` words or more, naming a machine or pointed at beside another), with its closing asking whether
    they are one sort of thing or which is which (``_ASKED_ALIKE``)?"""
    if not 2 <= len(sides) <= 3 or not all(len(side.split()) >= STORY_CLAUSE_WORDS for side in sides):
        return False
    if not all(_MACHINE_NOUN.search(side) or _TOLD_DEVICE.search(side) or _TOLD_THING.search(side) for side in sides):
        return False
    closing = message_sentences(question)[-2:]
    return bool(_ASKED_ALIKE.search(" ".join(closing)))


# Words that make "A or B" a choice asked for ("which is better", "should i use", and since stop 48
# "would i want the one with ..., or the ... one?").
_CHOOSING_WORDS = rx.compile(
    r"\b(?:better|when|which|choose|pick|prefer|both|either|each|matters?\s+more|counts?\s+more|more\s+important|"
    r"should\s+(?:i|we|you|(?:a|an|the|my|our)(?:\s+[\w-]+){1,3}?)\s+(?:use|pick|choose|go|try|learn|start)|"
    r"(?:would|should|do|will)\s+(?:i|we)\s+(?:want|need))\b",
    _F,
)


_ASPECT_OF_FIRST = rx.compile(
    r"^\W*(?P<aspect>(?:the\s+)?(?:main\s+|biggest\s+|key\s+|real\s+)?(?:downsides?|drawbacks?|disadvantages?|limitations?|limits|"
    r"weaknesses|weak\s+(?:points|spots|sides)|shortcomings|risks|dangers|benefits|strengths|strong\s+points|advantages|"
    r"upsides|pros|cons|uses|applications|costs|skills|data\s+needs))\s+(?:of|for|with)\s+\S",
    _F,
)


# The two families offered ("whether to spend on plain ml or on generative ai", "regular ml or gen
# ai") and one aspect asked of each ("what are the benefits of each side by side", "the downsides
# of both", "what does each do well"): the course teaches each family's side of it in a section of
# its own ("What machine learning does well" / "What generative AI does well"). Read as a list of
# benefits, or with the aspect left to the context, the answer gave one family's section, or a
# section on how the two relate.
_ML_FAMILY_NAME = rx.compile(r"\b(?:machine[\s-]+learning|ml)\b", _F)
_GEN_FAMILY_NAME = rx.compile(r"\b(?:gen(?:erative)?[\s-]*ai|genai)\b", _F)
_ASPECT_OF_EACH = rx.compile(
    r"\b(?:the\s+)?(?<!\band\s)(?<!\bor\s)(?P<aspect>(?!(?:one|some|any|all|most|part|kind|type|sort|use|example)s?\b)[a-z]+)\s+"
    # ("posters for each exhibition": "each" before a noun of its own is every one of those, no aspect of two.)
    r"(?:of|for|in)\s+(?:each|both)(?:\s+(?:one|of\s+them|side|option))?\b"
    r"(?!\s+(?!(?:by|please|pls|and|so|then|for|in|to|as|with|when|if|at|now|here|or|but|is|are|"
    r"ml|machine|gen|genai|generative|plain|regular|ordinary|classic|traditional|normal)\b)[a-z])"
    r"|\b(?P<well>(?:what\s+)?(?:does|do|is|are)\s+(?:each|both)(?:\s+(?:one|of\s+them))?\s+(?:do\s+well|good\s+at|best\s+at))\b",
    _F,
)


# Each side's parts stated by the learner ("gans have a generator + discriminator, vaes have an
# encoder + decoder ... how do the two pairs differ", "vae = encoder plus decoder, gan = generator
# plus discriminator"): two things, each with the two parts it is made of. What is compared is the
# two things' parts; split at "and", the message gave sides that were half a clause each.
_HAS_PARTS = rx.compile(
    r"(?<![\w-])(?P<thing>[a-z][\w-]*)\s*(?:have|has|had|=|is|are|use|uses|pairs?|combines?|combine)\s+"
    r"(?:(?:made\s+(?:up\s+)?of|built\s+from|just)\s+)?(?:an?\s+|the\s+)?(?P<p1>[a-z][\w-]*)\s*"
    r"(?:and|plus|\+|&|with|/)\s*(?:an?\s+|the\s+)?(?P<p2>[a-z][\w-]*)\b",
    _F,
)


_PARTS_COMPARED = rx.compile(r"\b(?:differ\w*|diff|compare[sd]?|comparing|versus|vs|same|alike|similar|pairs|halves)\b", _F)


def stated_parts(question: str) -> tuple[str, str] | None:
    """The two things whose parts the learner states (``_HAS_PARTS``), else None."""
    parts = parts_stated(question)
    if not parts:
        return None
    first, second = parts  # (its two keys, in the order the learner named them)
    return first, second


def parts_stated(question: str) -> dict[str, str]:
    """Each of the two things whose parts the learner states, with those parts as said ("gans"
    -> "generator and discriminator"), in order; empty when the question states no such pair."""
    if not _PARTS_COMPARED.search(question):
        return {}
    found = [m for m in _HAS_PARTS.finditer(normalise(question).replace("+", " + "))]
    things = list(dict.fromkeys(m.group("thing").lower() for m in found))
    if len(found) != 2 or len(things) != 2:
        return {}
    parts = {m.group(p).lower() for m in found for p in ("p1", "p2")}
    if len(parts) != 4 or parts & set(things):
        return {}
    return {m.group("thing").lower(): f"{m.group('p1')} and {m.group('p2')}" for m in found}


# Stop 37 (benchmarks/probes/zlmc37-s37): each family named once, in a clause of its own that says
# which side of it is asked ("what is ml good at and what is generative ai good at", "where does
# machine learning earn its keep and where does generative ai earn its keep", "where is ml good
# and where is gen ai good"). The side read up to the family's name kept the learner's frame
# ("partners want to know where each one earns its keep - what is ml good at") and took the
# falls-short section; "earn its keep" was read as no side at all.
_GOOD_SIDE = rx.compile(
    r"\b(?:good|great|strong|best|useful|handy)(?:\s+(?:at|for))?\b|\bearns?\s+(?:its|their)\s+keep\b|\b(?:does|do)\s+well\b"
    r"|\bshines?\b|\bexcels?\b|\bstrengths?\b|\bstrong\s+points?\b|\bupsides?\b|\bbenefits?\b|\badvantages?\b",
    _F,
)
_BAD_SIDE = rx.compile(
    r"\b(?:bad|weak|poor|worst|rubbish)(?:\s+(?:at|for))?\b|\bfalls?\s+(?:short|down)\b|\bstruggles?\b|\bweakness(?:es)?\b"
    r"|\bdownsides?\b|\blimitations?\b|\bdrawbacks?\b|\bmess(?:es)?\s+up\b|\bgoes\s+wrong\b",
    _F,
)
_CLAUSE_OF_ONE = rx.compile(r"[,;:?!.]+\s*|\s+-\s+|\s+(?:and|vs\.?|versus|while|whereas|compared\s+(?:to|with))\s+", _F)


def families_by_polarity(question: str) -> tuple[str, str] | None:
    """("benefits of machine learning", "limitations of generative ai") and the like, in the order
    the learner named them, when ``question`` names each family once, each in a clause of its own
    that asks one side of it (good or bad, ``_GOOD_SIDE`` / ``_BAD_SIDE``); else None."""
    ml, gen = list(_ML_FAMILY_NAME.finditer(question)), list(_GEN_FAMILY_NAME.finditer(question))
    if len(ml) != 1 or len(gen) != 1:
        return None
    breaks = [m.span() for m in _CLAUSE_OF_ONE.finditer(question)]
    sides = []
    clauses = set()
    for found, name in ((ml[0], "machine learning"), (gen[0], "generative ai")):
        start = max((end for _, end in breaks if end <= found.start()), default=0)
        end = min((begin for begin, _ in breaks if begin >= found.end()), default=len(question))
        clauses.add((start, end))
        clause = question[start:found.start()] + " " + question[found.end():end]
        good, bad = bool(_GOOD_SIDE.search(clause)), bool(_BAD_SIDE.search(clause))
        if good == bad:
            return None
        sides.append((found.start(), f"{'benefits' if good else 'limitations'} of {name}"))
    if len(clauses) != 2:
        return None  # "the limitations of machine learning (not generative ai)": one clause, one side
    first, second = sorted(sides)
    return first[1], second[1]


# What a learner asks to learn for work in a family: its skills (stop 38, zopc38).
_ASKS_SKILLS = rx.compile(
    r"\b(?:skills?|skill\s+sets?|(?:should|must|need\s+to|have\s+to|gotta)\s+(?:learn|study|know)|to\s+(?:learn|study)|learn\b(?!ing)|study\b)",
    _F,
)
# The generative family said as a side of the field ("one into the generative side").
_GEN_SIDE_NAME = rx.compile(r"\bgenerative\s+(?:side|end|work|jobs?|roles?|field)\b", _F)


def families_skills(question: str) -> tuple[str, str] | None:
    """("skills for machine learning", "skills for generative ai"), in the order the learner named
    them, when ``question`` names each family once (the generative one also as "the generative
    side") and asks what to learn or which skills (``_ASKS_SKILLS``), else None. Why: "my nephew
    wants ml and my niece wants gen ai: what should each learn" was read as a list, "one into the
    machine learning side and one into the generative side: do they need different skills" split
    at the learner's own words, and one family's skills (or its educational paths) answered
    alone; the course teaches each family's skills in a section of its own."""
    ml = list(_ML_FAMILY_NAME.finditer(question))
    gen = list(_GEN_FAMILY_NAME.finditer(question)) or list(_GEN_SIDE_NAME.finditer(question))
    if len(ml) != 1 or len(gen) != 1 or not _ASKS_SKILLS.search(question) or _FAMILY_SET_ASIDE.search(question):
        # ("the skills for machine learning, not the generative side": one family. The set-aside
        # pattern is the one ``without_family_choice`` reads, after a comma or bracket: until stop
        # 45 a broader one of the same name stood here, unused since the later one replaced it;
        # used, "skills for ml rather than gen ai" lost its ml side to the words set aside.)
        return None
    families = [(ml[0].start(), "skills for machine learning"), (gen[0].start(), "skills for generative ai")]
    first, second = sorted(families)
    return first[1], second[1]


def _families_aspect(question: str) -> tuple[str, str] | None:
    """("<aspect> of machine learning", "<aspect> of generative ai"), in the order the learner
    named them, when ``question`` names each family once and asks one aspect of each (see
    ``_ASPECT_OF_EACH``), else None. Not two aspects ("pros and cons of each"): each family's
    strengths and weaknesses are four sections, which the two-sided reading answers."""
    ml, gen = list(_ML_FAMILY_NAME.finditer(question)), list(_GEN_FAMILY_NAME.finditer(question))
    asked = _ASPECT_OF_EACH.search(question)
    if len(ml) != 1 or len(gen) != 1 or asked is None:
        return None
    if any(asked.start() < m.end() and m.start() < asked.end("aspect") for m in (ml[0], gen[0]) if asked.group("aspect")):
        return None  # "ml or gen ai for each of my use cases": a family is no aspect
    aspect = "strengths" if asked.group("well") else asked.group("aspect").lower()
    families = [(ml[0].start(), f"{aspect} of machine learning"), (gen[0].start(), f"{aspect} of generative ai")]
    first, second = sorted(families)
    return first[1], second[1]


def _detect(question: str) -> Shape:
    question = normalise(question)
    if (both := same_for_both(question)) is not None:
        return Shape("comparison", both, same=True)
    subject = _two_sided_subject(question)
    if subject:
        x = _ARTICLE.sub("", subject)
        # "pros and cons of gans compared to vaes": two things weighed, not one thing's two sides.
        # ("... of using a small model instead of an llm": the one chosen, in place of the other.)
        weighed = re.match(
            r"^(?:(?:using|picking|choosing|going\s+with)\s+(?:(?:a|an|the)\s+)?)?(?P<a>.+?)\s+"
            r"(?:compared\s+(?:to|with)|versus|vs\.?|over|against|instead\s+of|rather\s+than|as\s+opposed\s+to)\s+(?P<b>.+)$", x, _F
        )
        if weighed:
            return Shape("comparison", (_strip_question_words(weighed.group("a")), _clean_side(weighed.group("b"), True)))
        return Shape("comparison", (f"benefits of {x}", f"limitations of {x}"))
    if (
        _compare_words(question) or _PARTS_OF_BOTH_RX.search(question) or _SAME_PAIR_RX.search(question)
        or _CLAIMED_SAME_RX.search(question)
        or _SAME_RX.search(question) or _same_in_a_later_sentence(question) or _LIKE_RX.search(question) or _JUST_A_RX.search(question) or _NEW_NAME_RX.search(question)
        or same_for_another(question)
    ):
        sides = comparison_sides(question) or _told_pair_compared(question)
        listing = _LIST.search(question) or _EVERY.search(question) or _VARIOUS.search(question)
        if not sides and listing and not _YES_NO.match(question):
            return Shape("list")  # "the different sampling methods": a list, nothing compared
        if listing and _WHAT_THE_COURSE_COVERS.search(question):
            # "which industries does the course walk through for ml vs gen ai? name every one":
            # the items asked for are what the course covers; the pair is what they are shown for.
            return Shape("list")
        same = bool(_SAME_RX.search(question) or _SAME_PAIR_RX.search(question) or _LIKE_RX.search(question) or _CLAIMED_SAME_RX.search(question))
        if not sides and (told := told_pair(_OPENER.sub("", question.strip(), count=1))):
            # "two AI moans from my team: the chatbot made up ..., and the poster generator only
            # ever makes ... are those the same fault or different?": the two happenings told are
            # the sides (read with none, one happening was answered; stop 41).
            return Shape("comparison", told, same=True)
        return Shape("comparison", sides, same=same)
    sides = comparison_sides(question)
    if any(_SENTENCE_BREAK.search(side) for side in sides):
        # (stop 48) "... readable or not. my daughters chatbot ... is that the same sort of thing?":
        # sides split at an "or" that run across sentences are no two options offered.
        sides = ()
    if not sides and (told := told_pair(_OPENER.sub("", question.strip(), count=1))):
        return Shape("comparison", told, same=True)
    if not sides and (each := told_then_each(_OPENER.sub("", question.strip(), count=1))):
        return Shape("comparison", each)
    if sides and re.search(_OPTIONS_COMPARED, question, _F):
        return Shape("comparison", sides)
    closing = _closing_options(question)
    if closing:
        return Shape("comparison", closing)
    opened = _OPENER.sub("", question.strip(), count=1)
    if sides and (sides in (described_pair(opened), listed_pair(opened)) or re.search(_THE_ONES, question, _F)):
        return Shape("comparison", sides)
    # ("a gan or a vae, how does each one produce the picture?": what is asked of each option.)
    if sides and re.search(r"\b(?:or)\b", question, _F) and _CHOOSING_WORDS.search(question):
        return Shape("comparison", sides)
    if _LIST.search(question) and _LIST.search(_CLAIM_OF_ALL.sub(" ", question)):
        return Shape("list")
    if (_EVERY.search(question) or _VARIOUS.search(question)) and not _YES_NO.match(question):
        return Shape("list")  # "give me every algorithm ..." (but "does every model overfit?" is yes/no)
    if _ASKS_FOR_EXAMPLE.match(question) and re.search(r"\b(?:examples?|instances?)\b", question, _F):
        return Shape("example")  # "can you give an example?" asks for one, not whether it can
    if (_YES_NO.match(question) and not _EITHER.search(question)) or (
        _TAG.search(question) and not _WH.match(question) and not re.search(r"\bor\b", question, _F)
    ) or (YES_NO_CLAUSE.search(question) and not _WH.match(question)):
        return Shape("yes_no")
    if _EXAMPLE.search(question):
        return Shape("example")
    if _WHY.match(question):
        return Shape("why")
    if _HOW.match(question):
        return Shape("how")
    if _DEFINITION.match(question):
        return Shape("definition")
    last = _last_sentence(question)
    if last is not None and not _YES_NO.match(last):
        # "ski instructor. how would a chatbot answer from our own rules ...", "been at it 12
        # years, my daughter set it up. why does it ...": who asks, or the story, comes first and
        # the asking sentence last. Its why or how is the question's: read as general, the answer
        # was picked sentence by sentence across sections, and the section's opening that says
        # how the thing works was left out (stop 35, para35-s35).
        if _WHY.match(last):
            return Shape("why")
        if _HOW.match(last):
            return Shape("how")
    return Shape("general")


def _told_pair_compared(question: str) -> tuple[str, ...]:
    """The two things of a message that tells two, then asks with a word of comparing whether
    they differ ("a tool that tells each reader which book they'd enjoy, and a tool that writes a
    new poem on request. are those two different branches of ai?"), else (). Why (stop 41): the
    word "different" sent the message down the comparison branch, where no side was read, and the
    answer came from the section on combining both families; ``told_pair`` was tried only on
    messages without such a word."""
    return told_pair(_OPENER.sub("", question.strip(), count=1)) or ()


# The sentences of a message: a full stop, question or exclamation mark, then a space. (Until stop
# 45 this was named ``_SENTENCE_END`` too, and as the later definition it replaced the careful one
# above for every function of this module: "gans vs. vaes" was split after "vs.".)
_SENTENCE_BREAK = rx.compile(r"(?<=[.?!])\s+")


def message_sentences(text: str) -> list[str]:
    """The sentences of a learner's message, split after ".", "?" or "!" (learners type in lower
    case, so ``knowledge.split_sentences``, which wants a capital next, does not fit)."""
    return [s for s in _SENTENCE_BREAK.split(text.strip()) if s.strip()]


def _same_in_a_later_sentence(question: str) -> bool:
    """Does a sentence after the first ask "is A the same X as B" ("set designer. is a gan ...
    the same fault as ...")? ``_SAME`` reads the message's opening; who asks came first (stop 39)."""
    return any(_SAME_RX.search(sentence) for sentence in _SENTENCE_BREAK.split(question)[1:])


def _last_sentence(question: str) -> str | None:
    """The last sentence of a message of several (None for a message of one sentence): where a
    learner who first says who they are or what happened puts the question itself."""
    sentences = [s for s in _SENTENCE_BREAK.split(question.strip()) if re.search(r"\w", s)]
    return sentences[-1] if len(sentences) > 1 else None


def _closing_options(question: str) -> tuple[str, ...]:
    """The two options of a message whose last sentence is nothing but them ("... nobody ever
    labelled the old incidents. supervised or unsupervised for that, and why?"), after what it is
    for ("to split customers into groups, A or B for that?"), else (). The sentences before are
    the setting the choice is made for: bare options open no first sentence there, so
    ``_BARE_OPTIONS`` never saw them and the message was read as a general question, answered
    from one option's section."""
    sentences = message_sentences(question)
    if len(sentences) < 2 and "," not in question:
        return ()
    # (A label before a colon opens the sentence too: "journalist: for fact-heavy research
    # summaries, a big llm or a small language model?", stop 47.)
    last = re.sub(
        r"^\W*(?:[\w'-]+(?:\s+[\w'-]+){0,2}\s*:\s*)?(?:(?:to|for|in|if|when|with|on|so)\b[^,:?]*[,:]\s*)?", "",
        sentences[-1].strip(), flags=_F,
    )
    if last == sentences[-1].strip() and len(sentences) < 2:
        # A told setting before a comma, then nothing but the options: "my data has no labels at
        # all, clustering or a decision tree?" (stop 47; read as a general question, it was
        # answered from the clustering side alone).
        told = re.match(r"^(?P<setting>[^,;:?]{12,}?)[,;:]\s*(?P<options>[^,;:]+\?+)\s*$", last)
        if not told or _WH.match(told["setting"]) or _YES_NO.match(told["setting"]):
            return ()
        last = told["options"]
    # "to create extra characters for my app: gan or vae, and why", "to generate new patterns, a
    # vae or a gan, which trains more reliably": the options may carry an article, and the pick
    # asked after them ("and why", "which ...") is what is asked of both, not a third option (the
    # message was read as a general question and answered from one option's section alone).
    options = _PICK_AFTER.sub("?", last)
    if not _CLOSING_PAIR.match(_OPTION_ARTICLE.sub("", options)) or _ALIKE_OR_NOT.match(last):
        # ("... . one fault or two?", "same problem or not?": whether the two told are one, no options.)
        return ()
    last = options
    sides = _sides_of(last)
    # ("... a press release says gen ai has nothing to do with ml. true or false?": a verdict asked
    # on the claim before, not two options.)
    return () if any(re.fullmatch(_VERDICT_OPTION, side, _F) for side in sides) else sides


# The pick asked after two closing options: ", and why?", ", which trains more reliably", " - which one?".
_PICK_AFTER = rx.compile(r"\s*(?:[,;:]|\s-+)\s*(?:and\s+)?(?:why|which\b[^,?]*)\s*[?.!]*\s*$", _F)
# Two options closing a message, as ``_BARE_OPTIONS`` but of up to four words each, the course's
# long names included ("variational autoencoder or generative adversarial network?", "the forger
# and detective networks"): after the setting, nothing else is left to be a longer side.
_CLOSING_PAIR = rx.compile(
    rf"^\W*{_NOT_AUX}\w[\w-]*(?:\s+\w[\w-]*){{0,3}}\s+or\s+\w[\w-]*(?:\s+\w[\w-]*){{0,3}}\s*(?:\?+|\s+(?:for|to|when|if|with|on)\b.*)\s*$", _F
)
# An article before either option ("a vae or a gan").
_OPTION_ARTICLE = rx.compile(r"(?:^\W*|(?<=\sor\s))(?:a|an|the)\s+", _F)
_VERDICT_OPTION = r"\W*(?:not|true|false|yes|no|right|wrong|correct|incorrect|fact|fiction|myth|real|fake|legit|accurate|good|bad|safe|unsafe|dangerous|harmless|useful|useless|hype|overrated|worth\s+it)\W*"


# "is netflix recommending shows ml or gen ai", "face unlock on my phone: machine learning or
# generative ai?": a concrete thing, described by what it does, and the two families offered as
# the answer's choice. The family names are the choice, not the subject: searched with them, the
# question went to the sections about the families in general ("Generative AI is not the same
# thing as AI") instead of the course's section on that use (recommendation, fraud detection).
_FAMILY = r"(?:ml|machine\s+learning|gen\s*ai|genai|generative(?:\s+ai)?|generative\s+models?)"
FAMILY_NAMES = _FAMILY  # the two families as learners name them, for other modules (``described``)
_FAMILY_CHOICE = rx.compile(
    rf"[\s,:;\-–(]*\b(?:(?:is|was|would)\s+(?:that|it|this|they|those)(?:\s+be)?|which\s+one\s+is\s+it|"
    rf"would\s+(?:you|u)\s+call\s+(?:that|it|this))?[\s,:;\-–]*"
    rf"(?:just\s+|classic\s+|plain\s+)?{_FAMILY}\s+or\s+(?:just\s+|classic\s+|plain\s+)?{_FAMILY}\b[\s?!.)]*",
    _F,
)


# ---------------------------------------------------------------------------------------------
# Stop 32, from diagnosis sets W and X (benchmarks/probes/wxpara-s32): how much of an answer is
# wanted, and what for, said around the question. "tl;dr", "full list" (not "the full list of
# X", the head of what is asked, which the request detector reads as a question), "so that none is
# omitted", "enumerate them all", "just the names", and an opening that names the document the
# answer goes into ("need a runbook:", "I am preparing a glossary for a committee paper.", "for an
# audit memo,") ask for a cut of the answer (the list shape reads them), never for a topic: in the
# search they pulled MiniLM towards sections about chatbots or documents ("need a runbook: every
# mitigation for when the chatbot makes stuff up" went to custom chatbots, not hallucination).
# ---------------------------------------------------------------------------------------------
_DOCUMENTS = (
    r"(?:runbook|run\s+book|playbook|checklist|check\s+list|cheat\s*sheet|crib\s+sheet|glossary|memo|memorandum|"
    r"slides?|(?:slide\s+)?deck|doc|document|wiki(?:\s+page)?|report|briefing(?:\s+note)?|brief|annex|appendix|"
    r"rubric|handout|one-pager|register|paper|note|notes|page|policy|guide|faq|training\s+(?:deck|session))"
)
_DOCUMENT_OPENING = rx.compile(
    r"^\W*(?:(?:i\s+am|i'm|im|we\s+are|we're|i'll\s+be|am)\s+)?"
    r"(?:(?:preparing|writing|drafting|putting\s+together|compiling|assembling|updating|building|making|"
    r"need(?:ing)?|want(?:ing)?|(?:this\s+is\s+)?for)\s+)"
    r"(?:up\s+)?(?:a|an|my|our|the|some)\s+(?:[\w'-]+\s+){0,3}?" + _DOCUMENTS + r"\b"
    # "... for a committee paper", "... for the partners": who or what else it is for, when that
    # is a document or a body of people; "for a bank client" is the setting, and stays searched.
    r"(?:\s+for\s+(?:a|an|my|our|the)\s+(?:[\w'-]+\s+){0,2}?(?:" + _DOCUMENTS + r"|committee|board|team|partners|"
    r"management|colleagues|staff|juniors|newcomers|execs|executives)\b)?\s*(?:[:.;,]+|\s+[-–]+)\s*",
    _F,
)
_MANNER = rx.compile(
    r"\btl;?\s?dr\b\s*:?|"
    # "could you enumerate, ...", "please set out ...": the order to list, said politely
    r"\b(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?|please\s+|pls\s+)(?:enumerate|list|set\s+out|spell\s+out|"
    r"itemi[sz]e)\b\s*,?|"
    r"\b(?:the\s+|a\s+)?(?:full|complete|whole|entire|exhaustive)\s+(?:list|set|rundown|inventory)\b(?!\s+of\b)|"
    r"\b(?:exhaustive(?:ly)?|precisely|in\s+full)\b|"
    r"\b(?:so\s+(?:that\s+)?)?(?:none|nothing)\s+(?:of\s+them\s+)?(?:is\s+|are\s+|gets?\s+)?(?:omitted|missed|missing|left\s+out|skipped|forgotten)\b|"
    r"\b(?:don'?t|dont|do\s+not)\s+(?:skip|miss|leave\s+out|omit|forget)\s+(?:any(?:thing|\s+of\s+them)?|one)\b|"
    r"\b(?:leaving|omitting|missing|skipping)\s+(?:none|nothing)(?:\s+out)?\b|\bnothing\s+left\s+out\b|"
    r"\b(?:(?:enumerate|list|name|give)\s+(?:me\s+)?)?(?:them|it)\s+all\b|\ball\s+of\s+them\b|"
    r"\bnot\s+(?:just|merely|only)\s+(?:the\s+)?(?:first|headline|main|top)(?:\s+(?:one|ones|item|items))?\b|"
    r"\b(?:just|only)\s+the\s+names\b|\bnames\s+only\b|\bone\s+line\s+(?:each|per\s+\w+)\b",
    _F,
)


# How the learner wants the answer pitched, by whom it should suit: "explain it like handover to a
# tired F1", "put it like a pub quiz host would", "like i'm a sleepy intern", "in words a night
# porter would get". An explaining verb with no object but "it" leads the likeness (a bare "like"
# compares things, "is a gan like a vae", and after an object it gives an example, "tell me how a
# chatbot like gpt-4 reads photos"), or the learner is the one likened ("like i'm five"); it runs
# to the clause end.
_PITCH = rx.compile(
    r"(?P<verb>\b(?:explain|put|say|tell|describe|break|spell)\w*\b(?:(?:\s+(?:it|this|that|them|these|things|stuff|"
    r"down|out|to\s+me|to\s+us|for\s+me|for\s+us|me|us|please|pls|simply|again))*))?"
    r"(?P<pitch>\s*\b(?:(?(verb)(?:like|as\s+if|as\s+though|as\s+you\s+would\s+(?:to|for))|(?!))"
    r"|like\s+(?:i'?m|im|i\s+am|i\s+was)\b)\s+(?:(?!\s[-\u2013\u2014]+\s)(?!\s(?:what|whats|how|why|which|where|when)\b)[^,.;:?!])*"
    r"|\s*\bin\s+(?:words|terms|language)\s+(?:that\s+)?(?:a|an|my|any)\s+[^,.;:?!]*?\b(?:would|could|can|will)\s+(?:get|understand|follow)\b"
    # The simple-words pitch in its everyday forms: "eli5", "in plain english", "in baby terms",
    # (not "in simple words" or "in plain terms", which the search has long read well, and a bare
    # "in simple words?" after an answer asks for its short version),
    # "super simply pls", "dumb it down for me", "explain to a kid what ...", "simple version
    # please". (The likeness above stops where the question itself starts: "explain like im
    # five what a neural network is" asks what a neural network is.)
    r"|\s*\beli5\b|\s*\bin\s+(?:(?:plain|simple|simplest|easy|basic|everyday)\s+(?:english|language|speak)|"
    r"(?:baby|layman'?s?|laymens|non-?technical|kid|toddler)\s+(?:english|terms|words|language|speak))\b|\s*\b(?:really|super|very|extra)\s+simpl[ey]\b(?:\s+(?:pls|please|plz))?"
    r"|\s*\bdumb\s+(?:it|this|that)\s+down\b(?:\s+for\s+(?:me|us))?|\s*\bsimple\s+version\b(?:\s+(?:pls|please|plz))?"
    r"|\s*\bfor\s+dummies\b|\s*\bto\s+a\s+(?:(?:little|small)\s+)?(?:kid|child|toddler|five[- ]year[- ]old|\d+[- ]year[- ]old|grandma|granny)\b"
    # "baby steps pls, what is ...": the pace asked for, opening the message (not "should we take
    # baby steps with ai", the pilot project asked about in everyday words).
    r"|^\s*baby\s+steps\b(?:\s+(?:pls|please|plz))?(?=\s*[,:;.!\u2013\u2014-])"
    # "..., how do i explain it simply": the learner asks how to pass the answer on, put simply.
    r"|\s*\bhow\s+(?:do|can|would|should|could)\s+(?:i|we)\s+explain\s+(?:it|that|this|them)\s+"
    r"(?:simply|(?:to\s+(?:him|her|them|a\s+(?:kid|child))))\b)",
    _F,
)
# Asked to be told simply, in the forms the search keeps as well ("in simple words", "simply
# please: ...", "like i'm a complete beginner").
_SIMPLY = rx.compile(
    r"\b(?:in|into|using)\s+(?:plain|simple|simpler|simplest|easy|basic|everyday|layman'?s?|non-?technical)\s+"
    r"(?:english|words|terms|language|speak)\b|\bsimply\b|\bsimple\s+(?:words|terms|version)\b|\beli5\b",
    _F,
)


def asks_simply(text: str) -> bool:
    """Does ``text`` ask for its answer pitched simply or for someone (``_PITCH``, ``_SIMPLY``)?
    Why: "eli5 what a neural network is" wants the term's own sentences, short, not the section
    around them (``sentences.SIMPLE_WORDS``)."""
    return bool(_PITCH.search(text) or _SIMPLY.search(text))


def without_the_pitch(text: str) -> str:
    """``text`` without how the learner wants the answer pitched (``_PITCH``): "supervised vs
    unsupervised, explain it like handover to a tired F1" -> "supervised vs unsupervised". Why:
    the person the answer should suit is no subject asked about, and their words were read as one
    ("tired F1" as the untaught F1 score; "knackered barista" searched with the sides). Unchanged
    when nothing asked would be left."""
    stripped = _PITCH.sub("", text)
    stripped = re.sub(r"\s+(?=[,.;:?!])", "", re.sub(r"\s{2,}", " ", stripped)).strip(" ,;:-")
    if not [w for w in re.findall(r"[a-z]+", stripped.lower()) if w not in QUESTION_STOPWORDS]:
        return text
    return stripped


def without_the_asking_manner(text: str) -> str:
    """``text`` without what says how much of an answer is wanted, or which document it is for
    (see ``_MANNER`` and ``_DOCUMENT_OPENING``): the thing searched for. Unchanged when nothing
    else would be left ("tl;dr?", "full list pls")."""
    stripped = _MANNER.sub(" ", _DOCUMENT_OPENING.sub("", text, count=1))
    stripped = re.sub(r"\s+(?=[,.;:?!])", "", re.sub(r"\s{2,}", " ", stripped))
    stripped = re.sub(r"[,.;:?!](?:\s*[,.;:?!])+", lambda m: m.group(0)[-1], stripped).strip(" ,;:-+")
    if len([w for w in re.findall(r"[a-z]+", stripped.lower()) if w not in QUESTION_STOPWORDS]) < 2:
        return text
    return stripped


# "siri vs chatgpt: which one is ml and which is generative ai", "sort these into ml or gen ai:
# A, B, C", "which of these is generative: A, or B", "A, B, C: ml or gen ai, each one?": things the
# learner asks to be sorted into the two families. The frame names both families as the labels to
# sort by (or one, "which of these is generative", "one of these is generative and one isn't") and
# asks for the sorting ("which ... and which", "which is which", "each", "sort", "which of").
_FAMILY_WORDS = rx.compile(rf"\b{_FAMILY}\b", _F)
_SORTING = rx.compile(
    # ("which ones ML and which ones gen AI", "which one's ml and which one's gen ai": the verb
    # dropped or clipped, as typed on a phone. Stop 44.)
    r"\bwhich\s+(?:one\s+)?(?:is|counts\s+as|would\s+be)\b[^?.:;]*\band\s+which\b|\bwhich\s+is\s+which\b|"
    r"\bwhich\s+(?:one|ones|one'?s)\s+(?:is\s+|are\s+)?" + _FAMILY + r"\b[^?.:;]*\band\s+which\b|"
    r"\bfor\s+each(?:\s+one)?\b|\beach\s+one\b|\bsort\s+(?:these|them|those|this|the\s+\w+)\b|"
    r"\bwhich\s+of\s+(?:these|those|them|the\s+two|the\s+three)\b|\bone\s+of\s+(?:these|those|them)\s+is\b|"
    r"\b(?:put|split|divide|group|place|file)\s+(?:these|them|those|the\s+\w+)\s+(?:in|into)\b",
    _F,
)
# A clause that only frames the sorting: once its family names, sorting words and small words are
# gone, nothing of its own is left ("which one is ml and which one is generative ai", "ml or gen
# ai, each one?", "one of these is generative and one isn't, which?").
_SORT_FRAME_WORDS = rx.compile(
    r"\b(?:which|one|ones|is|isn'?t|are|aren'?t|and|or|each|for|me|these|those|them|the|two|three|sort|into|in|of|"
    r"put|split|divide|group|place|file|"
    r"counts?|as|would|be|it|plain|classic|just|normal|regular|ai|please|pls|other|not|can|you|tell|whats|what'?s|"
    r"kind|type)\b",
    _F,
)
_THINGS_SPLIT = rx.compile(r"\s*(?:,\s*(?:or|and)?|\s(?:vs\.?|versus|compared\s+(?:to|with)|or|and)\s)\s*", _F)


def family_sorted(question: str) -> tuple[str, ...]:
    """The things ``question`` asks to sort into machine learning and generative AI (two or
    more: "a credit score model, an ai that makes logos, a movie recommender"), the frame that
    asks it left out; () when it asks no such sorting. Why: read as written, the frame's words
    were one side's ("app that writes the reply for me: ml or gen ai"), the sides were the frame
    itself ("these is generative" / "one isn't"), or three things were read as a list question,
    and the families' general sections answered instead of each thing's own."""
    text = normalise(question)
    sorting = _SORTING.search(text)
    if not _FAMILY_WORDS.search(text) or not sorting:
        return ()
    # ("A vs B, which one is ml and which is gen ai": the frame after a comma is a clause of its
    # own, as after a question mark or a dash; read with the things, no frame was found. Stop 43.)
    head = text[: sorting.start()].rstrip()
    if head.endswith(",") and _content(head):
        text = head[:-1] + "; " + text[sorting.start():]
    clauses = [c.strip() for c in re.split(r"[?:;!]+|\.(?:\s|$)|\s[-\u2013]\s", text) if c.strip()]
    framing = [c for c in clauses if _FAMILY_WORDS.search(c) and _SORTING.search(c) and not _content(c)]
    if not framing:
        return ()
    things: tuple[str, ...] = ()
    for clause in clauses:
        if clause in framing:
            continue
        if _SETTING_PART.match(without_self(clause)):
            return ()  # "for my classroom: A vs B, which is ML ...": a setting (see below)
        parts = [_ARTICLE.sub("", p.strip(" ,.")) for p in _THINGS_SPLIT.split(without_self(clause))]
        parts = [p for p in parts if len(p.split()) >= 2 or (p and p.lower() not in QUESTION_STOPWORDS)]
        if any(_SETTING_PART.match(p) for p in parts):
            # "at the bank, fraud monitoring and document summarising: ML or gen AI for each?": a
            # setting the things share is answered by the course's section on it, which says what
            # each family does there (the comparison's setting rules); not sorted thing by thing.
            return ()
        if len(parts) >= 2 and len(parts) > len(things):
            things = tuple(parts)
    return things if 2 <= len(things) <= 4 else ()


_SETTING_PART = rx.compile(r"^(?:in|at|for|within|inside|across)\s+\S", _F)


def _content(clause: str) -> list[str]:
    """The words of a clause besides the families' names and the words that frame a sorting."""
    rest = _SORT_FRAME_WORDS.sub(" ", _FAMILY_WORDS.sub(" ", clause))
    return [w for w in re.findall(r"[a-z][\w'-]*", rest.lower()) if w not in QUESTION_STOPWORDS]


# A clause asking whether a thing is one family or the other ("is the chatbot on our website
# machine learning or generative ai"), not which of the two has a property ("which needs more
# computing power, ordinary ml or generative ai?").
# A second option that only negates or varies the first ("... or different?", "... or not",
# "... or the same?", "or something else"): no second thing to compare.
_NO_SIDE = rx.compile(
    r"(?:(?:is\s+it|are\s+they|it'?s|they'?re)\s+)?(?:(?:totally|completely|something|any)\s+)?"
    r"(?:different|differently|not|no|the\s+same|same|similar|alike|otherwise|else|something\s+else|other\s+way\s+round)"
    # "is it part of machine learning or a separate thing altogether?", "... or a different
    # field?", "... or different things?", "... or its own thing": no second thing is offered,
    # only "not part of it" (stop 41: read as a comparison, "separate thing altogether" was
    # searched as a side and the section on "separate branches" answered).
    r"(?:\s+entirely)?|"
    r"(?:(?:is\s+it|are\s+they|it'?s|they'?re|it|they)\s+)?(?:(?:a|an|its|their)\s+)?(?:own|separate|different|distinct)"
    r"(?:\s+(?:thing|things|field|fields|area|areas|discipline|science|subject|branch)(?:\s+(?:altogether|entirely|completely))?)?",
    _F,
)
_PLACING = rx.compile(
    rf"(?:^|[.?!:,;]\s*)\W*(?:(?:so|and|but|ok|okay)\s+)?(?:is|are|was|were|would|does|do|could)\b[^.?!,;:]*"
    rf"\b(?:just\s+|classic\s+|plain\s+)?{_FAMILY}\s*,?\s+or\s+(?:just\s+|classic\s+|plain\s+)?{_FAMILY}\b",
    _F,
)
# The two families offered with the question's verb again ("machine learning or is it generative
# ai", "ml, or would you call it gen ai").
_FAMILY_OFFERED = rx.compile(
    rf"\b{_FAMILY}\s*,?\s+or\s+(?:(?:is|was)\s+it|are\s+they|would\s+(?:you|u)\s+call\s+(?:it|that|them))\s+"
    rf"(?:just\s+|classic\s+|plain\s+)?{_FAMILY}\b",
    _F,
)
_BARE_FAMILY = rx.compile(rf"(?:just\s+|classic\s+|plain\s+)?{_FAMILY}", _F)
_ENDS_IN_FAMILY = rx.compile(rf"\S\s+(?:just\s+|classic\s+|plain\s+)?{_FAMILY}$", _F)


_QUALIFIED_FAMILY = rx.compile(
    rf"(?:(?:just|classic|plain|normal|ordinary|regular|traditional|old-school|predictive|good\s+old|the|a|an)\s+)*{_FAMILY}", _F
)


def names_a_family(text: str) -> bool:
    """Is ``text`` (a side with what is asked of it left out) one of the two families by name,
    perhaps qualified ("plain machine learning", "gen ai"), rather than a thing of one ("a vae")?"""
    return bool(_QUALIFIED_FAMILY.fullmatch(text.strip(" ,.;:?!")))


def places_in_a_family(query: str) -> bool:
    """Does ``query`` offer the two families as the answer's choice about a thing ("is chatgpt
    machine learning or generative ai", "face unlock: ml or gen ai?"), so that the answer is a
    verdict placing it?"""
    return bool(_FAMILY_CHOICE.search(query) or _FAMILY_OFFERED.search(query))


# (stop 37) The other family set aside: "all the skills you need to work in machine learning (not
# the gen ai side)", "what does ml do well, not generative ai". The family named only to be left
# out pulled the search to its own section ("Skills for working in generative AI").
_FAMILY_SET_ASIDE = rx.compile(
    rf"(?:\s*[,;:\-–]\s*\(?|\s*\()\s*\b(?:not|excluding|except(?:\s+for)?|rather\s+than|apart\s+from|other\s+than|leaving\s+out|"
    rf"never\s+mind|forget)\s+(?:about\s+)?(?:the\s+|any\s+|all\s+the\s+)?(?:{_FAMILY})"
    rf"(?:\s+(?:side|part|stuff|bit|end|kind|type|world|lot|one|ones|things?))?\s*\)?(?=\s*(?:[,.;:?!)]|$))",
    _F,
)


def without_family_choice(query: str) -> str:
    """``query`` without an "ml or gen ai" choice offered about a thing it describes, or ``query``
    itself when the rest describes no thing of its own (two content words at least: "is that ml
    or gen ai?" after an answer, "is a gan ml or gen ai" keep the families as what is asked).
    A family set aside ("... (not the gen ai side)") is left out the same way."""
    aside = _FAMILY_SET_ASIDE.sub(" ", query)
    if aside != query and len([w for w in re.findall(r"[a-z][\w'-]*", aside.lower()) if w not in QUESTION_STOPWORDS]) >= 2:
        query = re.sub(r"\s+", " ", aside).strip()
    rest = _FAMILY_CHOICE.sub(" ", query)
    if rest == query:
        return query
    rest = re.sub(r"\s+", " ", rest).strip(" ,:;-")
    words = [w for w in re.findall(r"[a-z][\w'-]*", rest.lower()) if w not in QUESTION_STOPWORDS]
    return rest if len(words) >= 2 else query
