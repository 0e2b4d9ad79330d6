"""Where AI is used: a trade or place the course never names ("how is ai used in farming").

Why a module of its own: the industry lesson covers five industries, and a question about
another trade was answered from them as if they were that trade; the honest answer names the
trade as not covered and the industries the course does cover.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tutor.core import regex_cache as rx
from tutor.core.answering.everyday import in_dictionary
from tutor.core.words import QUESTION_STOPWORDS

# The field named in a question about where it is used: "ai", "ml", "gen ai", "machine learning".
_FIELD = (
    r"(?:ai|a\.i\.?|ml|machine\s+learning|deep\s+learning|gen(?:erative)?\s*ai|artificial\s+intelligence|"
    r"llms?|chat\s?gpt|chatbots?|algorithms?)"
)
# A setting named in a few words, with the noun that says it is a trade ("the fashion industry",
# "construction companies") left out of it.
_PLACE = r"(?:the\s+|a\s+|an\s+)?(?P<place>[a-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,2}?)"
_TRADE = r"(?:\s+(?:industry|industries|sector|sectors|field|business|businesses|companies|firms|world|trade|work|jobs?))?"
_NOW = r"(?:\s+(?:these\s+days|today|nowadays|now|right\s+now|at\s+the\s+moment))?"
# "how is ai used in farming", "is ml applied in manufacturing", "whats ai doing in agriculture
# these days", "ai in logistics and shipping, how does it work", "how do construction companies
# use machine learning", "how do the police use ai", "what does the military do with ai".
_USED_IN = (
    rx.compile(
        rf"\b{_FIELD}\b[^?.!,;]*?\b(?:used|use|uses|using|applied|deployed|doing|do|does|helps?|helping|working|"
        rf"work|works|changing|transforming)\s+(?:\w+\s+)?(?:in|for|by|within|across)\s+{_PLACE}{_TRADE}{_NOW}\s*[?.!]*\s*$",
        re.IGNORECASE,
    ),
    rx.compile(rf"^\W*{_FIELD}\s+(?:in|for)\s+{_PLACE}{_TRADE}{_NOW}\s*(?:[?.!,]|$)", re.IGNORECASE),
    rx.compile(
        rf"^\W*(?:how|where|in\s+what\s+ways?)\s+(?:do|does|are|is|can|could|might|will|would)\s+{_PLACE}{_TRADE}\s+"
        rf"(?:use|using|apply|applying|adopt|adopting|leverage|leveraging|employ|employing|benefit\s+from)\s+"
        rf"(?:\w+\s+)?{_FIELD}\b",
        re.IGNORECASE,
    ),
    rx.compile(rf"^\W*what\s+(?:do|does|can|could|will)\s+{_PLACE}{_TRADE}\s+do\s+with\s+(?:\w+\s+)?{_FIELD}\b", re.IGNORECASE),
)
# "how does netflix use ...": one doer named bare, a company (a trade is plural or has "the":
# "how do farmers", "how does the military").
_ONE_DOER = rx.compile(r"^\W*(?:how|where|in\s+what\s+ways?)\s+(?:does|can|could|might|will|would|is)\s+(?!the\s|a\s|an\s)[a-z-]+\s+(?!industry|sector|companies|firms|business)\w", re.IGNORECASE)
# Words of a place phrase that say nothing about which trade it is.
_PLACE_FILLER = frozenset(
    "the a an and of my our their your this that real life everyday daily practice general".split()
)


def untaught_setting(question: str, course_word: Callable[[str], bool], names_a_setting: Callable[[str], bool]) -> str | None:
    """The trade or place in ``question`` asked about as where AI is used ("how is ai used in
    farming" -> "farming"), when the course never names it: each of its words is an English
    word (a trade, not a product: "netflix" stays the learner's example of recommendations)
    that is no word of the course's (``course_word``) and names none of the industry lesson's
    settings (``names_a_setting``: "fashion" is read as retail, "clinic" as healthcare).

    Why: the industry lesson covers five industries, and "how is ai used in farming" was
    answered from healthcare, education and finance as if they were farming (and "police",
    the glossary's word for the GAN's detective, drew the GAN lesson). The honest answer says
    the course does not cover that setting and names the industries it does."""
    for pattern in _USED_IN:
        match = pattern.search(question)
        if match is None:
            continue
        place = match.group("place").lower()
        if _ONE_DOER.match(match.group(0)) and " " not in place:
            return None  # "how does netflix use ml": a company by name (its job is the question), no trade
        words = [w for w in re.findall(r"[a-z]+", place) if w not in _PLACE_FILLER]
        if not words or any(w in QUESTION_STOPWORDS or len(w) < 3 for w in words):
            return None
        if names_a_setting(place) or any(course_word(w) or not in_dictionary(w) for w in words):
            return None
        if any(_MISUSER.match(w) for w in words):
            return None  # "how do scammers use generative ai": misuse, which the course covers
        # Only where AI is used is asked: "how will the eu ai act affect firms using ai for
        # recruitment" asks about the act (a course word), the trade only frames it.
        rest = re.sub(r"\b" + re.escape(place) + r"\b", " ", question.lower())
        if any(course_word(w) for w in re.findall(r"[a-z]+", rest) if w not in _SETTING_FRAME and w not in QUESTION_STOPWORDS):
            return None
        return match.group("place")
    return None


# People who misuse AI are no trade: the course's misuse and deepfake sections speak of them.
_MISUSER = rx.compile(
    r"(?:scam|fraudster|criminal|cybercriminal|crook|hacker|spammer|terrorist|troll|stalker|thie|thiev|"
    r"propagandist|extremist|cheat|forger|impersonator|catfish|predator|bad)", re.IGNORECASE
)
# The words of a question about where AI is used that ask nothing else.
_SETTING_FRAME = frozenset(
    """ai ml machine learning deep gen generative artificial intelligence llm llms chatgpt chatbot chatbots
    algorithm algorithms used use uses using applied apply applies deployed doing do does done help helps
    helping work works working changing change transforming transform adopt adopting leverage leveraging
    employ employing benefit industry industries sector sectors field business businesses companies company
    firms world trade jobs job days today nowadays now moment ways way these actually really even currently""".split()
)
