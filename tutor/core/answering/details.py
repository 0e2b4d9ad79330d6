"""A particular thing an AI output gets wrong, which the course never writes about.

Why: learners ask about failures they have seen ("why are ai pictures of hands so weird", "why
do ai videos have legs that melt into each other", "why do chatbots keep apologising"). Retrieval
finds the course's general paragraph on the output (image generation, text-to-video), which
shares the picture or video words but says nothing about the hands: answered from it, the learner
takes a loosely related passage for the explanation. The course explains no such specific
failure, so when the thing that fails is a word it never writes, the question is declined by
naming that thing, with the general section as the closest one. A failure the course does
describe ("why does an image generator asked for a doctor draw only men", "why can't chatgpt
count the r's in strawberry") names words the course writes and is answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tutor.core import regex_cache as rx
from tutor.core.answering.everyday import in_dictionary
from tutor.core.words import QUESTION_STOPWORDS, tokenize

_F = re.IGNORECASE

# Asking why something goes wrong: "why", "how come", "what's up with", "what is with".
_WHY = rx.compile(r"\b(?:why|how\s+come|what'?s\s+(?:up\s+)?with|what\s+is\s+(?:up\s+)?with)\b", _F)
# The failure seen: what a learner says of a botched output. (Not "can't" or "keeps" alone: "why
# can't a coder write rules to tell a cat in a photo", "it keeps inventing titles, with authors"
# name no failure of a thing shown.)
_FAILURE = rx.compile(
    r"\b(?:weird\w*|wrong|strange\w*|odd|mess(?:es|ed|ing)?\s+up|messed|screw(?:s|ed|ing)?\s+up|gibberish|garbled|melt\w*|"
    r"morph\w*|extra|six|seven|too\s+many|creepy|broken|ugly|janky|cursed|deformed|distorted|wonky|glitch\w*|"
    r"mangled|funny\s+looking|bad\s+at\s+(?:drawing|rendering|doing)|"
    r"(?:can'?t|cannot|never|struggles?\s+to)\s+(?:[\w-]+\s+){0,2}?(?:draw|render|get|do)\b)\b",
    _F,
)
_MEDIA = (
    r"(?:pictures?|images?|photos?|pics?|art|artwork|drawings?|portraits?|videos?|clips?|renders?|selfies?|"
    r"generators?|voices?)"
)
_SHOWN_AS = (
    r"(?:weird|extra|strange|wrong|odd|gibberish|garbled|melting|creepy|broken|deformed|mangled|distorted|funny|"
    r"too\s+many|six|seven)"
)
# A generated output the learner has seen is named: a failed detail is one of those.
_SHOWN_OUTPUT = rx.compile(rf"\b{_MEDIA}\b", _F)
# Where the thing that fails stands: "pictures of (people's) X", "X in (ai) pictures", "mess up
# X", "have weird X", "people with X", "write gibberish X".
_DETAIL = rx.compile(
    rf"\b{_MEDIA}\s+of\s+(?:(?:people|humans|someone|a|an|the)(?:'s)?\s+)?(?P<of>[a-z]+)|"
    rf"\b(?P<in>[a-z]+)\s+(?:in|on)\s+(?:(?:the|an?|their|its|my)\s+)?(?:(?:ai|generated|ai[-\s]generated|fake)\s+)?{_MEDIA}\b|"
    r"\b(?:mess(?:es|ed|ing)?\s+up|screw(?:s|ed|ing)?\s+up|gets?|struggles?\s+with|bad\s+at(?:\s+(?:drawing|rendering|doing|making))?|can'?t\s+(?:draw|do|get|write|spell|render)|"
    rf"draws?|drawing|writes?|renders?|rendering|gives?|have|has|with)\s+(?:(?:the|their|people'?s|{_SHOWN_AS})\s+){{0,2}}(?P<obj>[a-z]+)",
    _F,
)
# The medium the thing is seen in, as the decline names it ("hands in AI pictures").
_MEDIUM = rx.compile(r"\b(pictures?|images?|photos?|pics?|art|artwork|drawings?|portraits?|videos?|clips?)\b", _F)
_MEDIUM_NAMES = {
    **dict.fromkeys(("picture", "pictures", "image", "images", "pic", "pics", "drawing", "drawings"), "pictures"),
    **dict.fromkeys(("photo", "photos", "portrait", "portraits"), "photos"),
    **dict.fromkeys(("art", "artwork"), "art"),
    **dict.fromkeys(("video", "videos", "clip", "clips"), "videos"),
}
# Words that name the output, the machine or the failure, never the thing that fails.
_NOT_THE_THING = frozenset(
    """ai pictures picture images image photos photo pics pic art artwork drawings drawing portraits portrait
    videos video clips clip renders render selfies selfie generators generator voices voice chatbot chatbots
    chatgpt gpt model models bot bots app apps tool tools thing things stuff lot lots kind kinds sort way ways
    people person humans human someone weird wrong strange odd extra creepy broken ugly janky deformed
    distorted wonky funny gibberish garbled melting them it this that these those one ones time times
    mistakes mistake errors error problems problem trouble issues issue""".split()
)
# Fixed phrases in which a word names no thing shown: "refine it by hand" is how work is done.
_IDIOMS = rx.compile(r"\b(?:by\s+hand|at\s+hand|on\s+the\s+other\s+hand|hand\s+in\s+hand|first[-\s]hand|hand-written)\b", _F)


def written_things(texts: Iterable[str]) -> frozenset[str]:
    """The words the course writes, each also without a plural "s", outside fixed phrases ("by
    hand"): a thing the learner names is one the course speaks of when its word or singular is here."""
    words: set[str] = set()
    for text in texts:
        words.update(tokenize(_IDIOMS.sub(" ", text)))
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


def failed_detail(question: str, written: frozenset[str]) -> str | None:
    """The particular thing ``question`` asks why an AI output gets wrong, when the course never
    writes it (``written``: ``written_things``), or None. Only a why-question that describes a
    failure counts: "how does midjourney make pictures of castles" asks how image generation
    works, which the course explains."""
    if not (_WHY.search(question) and _FAILURE.search(question) and _SHOWN_OUTPUT.search(question)):
        # (Only an output shown, a picture, video or voice: "a traffic model trained only on
        # weekdays, why does it get weekends wrong" asks why a predictive model fails on data it
        # never saw, which the course explains; "weekends" names no detail of a generated thing.)
        return None
    # The thing said to fail ("have mangled fingers", "fingers in pictures") before the thing
    # pictured ("photos of crowds"), which is often only the scene.
    found = [(name, word.lower()) for match in _DETAIL.finditer(question) for name, word in match.groupdict().items() if word]
    for _, low in sorted(found, key=lambda pair: pair[0] == "of"):
        if (
            len(low) < 3 or low in _NOT_THE_THING or low in QUESTION_STOPWORDS
            or low in written or (low.endswith("s") and low[:-1] in written) or not in_dictionary(low)
        ):
            continue
        medium = _MEDIUM.search(question)
        return f"{low} in AI {_MEDIUM_NAMES[medium.group(1).lower()]}" if medium else low
    return None


# Stop 36: the amount of a resource an AI uses. "how much electricity does ai use" was answered
# from the cost of implementing AI in a business, which names no electricity; the course speaks
# of compute ("many GPUs for days or weeks"), so a resource it writes ("computational power",
# "energy" in another sense) stays answered from there, and one it never writes is declined.
_AI = (
    r"(?:ai|a\.i\.|chat\s?gpt|gpt[-\s]?\d*|gemini|claude|llms?|chatbots?|models?|gen(?:erative)?\s*ai|"
    r"machine\s+learning|ml|neural\s+networks?|training|it|they)(?:\s+(?:questions?|query|queries|prompts?|answers?|"
    r"requests?|images?|searche?s?|chats?))?"
)
_RESOURCE_USED = rx.compile(
    r"\bhow\s+much\s+(?P<amount>[a-z]+)\s+(?:does|do|did|will|would|can|could|is|are)\s+(?:an?\s+|the\s+|one\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_AI}\s+(?:really\s+|actually\s+)?(?:use|uses|using|used|consume|need|take|burn|eat|drink|guzzle|cost)\b|"
    r"\b(?:does|do|is|are)\s+(?:an?\s+|the\s+|one\s+)?(?:[\w-]+\s+){0,2}?" + _AI
    + r"\s+(?:really\s+|actually\s+)?(?:use|uses|consume|need|take|burn|guzzle)\s+(?:a\s+lot\s+of\s+|so\s+much\s+|lots\s+of\s+|tons\s+of\s+)"
    r"(?P<more>[a-z]+)\b",
    _F,
)


def resource_used(question: str, written: frozenset[str]) -> str | None:
    """The resource ``question`` asks how much an AI uses ("how much electricity does ai use",
    "does chatgpt really use a lot of water"), when the course never writes it (``written``:
    ``written_things``), or None."""
    match = _RESOURCE_USED.search(question)
    if match is None:
        return None
    word = (match.group("amount") or match.group("more")).lower()
    if len(word) < 4 or word in written or word in QUESTION_STOPWORDS or not in_dictionary(word):
        return None
    return word


# Stop 38 (benchmarks/probes/nearm38-s38): a mind claimed for an AI. "does chatgpt have feelings",
# "is ai alive in any sense", "should ai models get rights" ask about minds, which the course never
# takes up; retrieval answered them from a section sharing a word (comparing accuracy, the EU AI
# Act). The claim's word is an everyday one ("feelings", "rights", "alive"), so it cannot be listed
# as jargon: a customer's feelings are what sentiment analysis reads, and copyright is ethics. It
# is a mind claim only when an AI is the subject of having, feeling or being it. (The jargon of
# the same claims, "sentient", "conscious", "self-aware", is in knowledge/not_taught.toml.)
_MIND_OWNER = (
    r"(?:ai|a\.i\.|chat\s?gpt|gpt[-\s]?\d*|gemini|claude|llms?|chatbots?|bots?|robots?|machines?|computers?|"
    r"(?:ai|language|big|large)\s+models?|models?|neural\s+networks?|it|they)"
)
_MIND_NOUN = r"(?P<noun>feelings|emotions|a\s+soul|souls?|rights(?!\s+(?:to|over|in|for)\b)|a\s+mind|minds?|free\s+will|desires|pain)"
_MIND_STATE = r"(?P<{name}>alive|self\s+aware|sentient|conscious|a\s+person|a\s+living\s+thing)"
_STATE_ASKED, _STATE_SAID = _MIND_STATE.format(name="state"), _MIND_STATE.format(name="then")
_MIND_CLAIM = rx.compile(
    rf"\b{_MIND_OWNER}\s+(?:[\w']+\s+){{0,2}}?(?:have|has|having|get|gets|deserve|deserves|feel|feels|experience|experiences|possess|possesses)\s+"
    rf"(?:(?:any|real|actual|true|its\s+own|their\s+own|genuine|some|human|legal)\s+)?{_MIND_NOUN}\b|"
    rf"\b(?:is|are|be|become|becomes|becoming|ever\s+be)\s+(?:an?\s+)?{_MIND_OWNER}\s+(?:(?:actually|really|truly|ever|already|secretly)\s+)?{_STATE_ASKED}\b|"
    rf"\b{_MIND_OWNER}\s+(?:is|are|be|become|becomes|becoming)\s+(?:(?:actually|really|truly|ever|already|secretly|now)\s+)?{_STATE_SAID}\b|"
    rf"\b{_MIND_OWNER}\s+(?:really\s+|actually\s+|ever\s+)?(?P<verb>suffer|suffers|feel\s+pain|feels\s+pain|dream(?!\s+up)|dreams(?!\s+up)|get\s+lonely|gets\s+lonely|get\s+sad|gets\s+sad)\b",
    _F,
)


def mind_claimed(question: str) -> str | None:
    """The mind ``question`` asks whether an AI has ("feelings in AI", "whether AI is alive"),
    named for the decline, or None when no AI is the subject of such a claim ("can ai read
    customers' feelings" asks what sentiment analysis does)."""
    match = _MIND_CLAIM.search(question)
    if match is None:
        return None
    if match.group("noun"):
        noun = re.sub(r"^a\s+", "", match.group("noun").lower())
        return "rights for AI" if noun == "rights" else f"{noun} in AI"
    if state := match.group("state") or match.group("then"):
        return f"whether AI is {state.lower()}"
    return f"whether AI can {match.group('verb').lower()}"
