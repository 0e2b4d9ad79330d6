"""Questions about making that order nothing: what AI or a thing can make, or which use suits.

Why a module of its own: "can AI make fake reviews?", "how does google translate write it in
french", "should i let chatgpt draft my emails" and "is it better to use ai to forecast demand or
to draft our newsletters" share a making verb with an order, but ask about the technology, so
the patterns led by a making verb do not apply to them.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering.question_forms import opens_as_question

_F = re.IGNORECASE

# "can AI make fake reviews?", "could a GAN generate a deepfake?": a question about what the
# technology can do (the course covers its misuse), not a request to do it, so the patterns that
# hinge on a making verb do not apply to it. "can you make ..." and "can I make ..." still do.
ABOUT_ABILITY = rx.compile(
    r"^\W*(?:can|could|does|do|will|would|is|are|how\s+(?:do|does|can|could))\s+(?:ai|an?\s+ai|the\s+ai|a\s+model|models|"
    r"an?\s+(?:gan|vae|llm|chatbot|generator)|gans|vaes|llms|chatbots|chatgpt|generative\s+ai|gen\s*ai|"
    r"machine\s+learning|ml|(?:a\s+)?language\s+models?|scammers|criminals|fraudsters|people|bad\s+actors|hackers|"
    r"attackers|deepfakes?)\b",
    _F,
)
# "why does my email app finish my sentences", "how does google translate write it in french":
# a how/why question whose subject is a thing other than the tutor or the learner (an app, a
# phone, a product) asks what that thing does, so no making-verb order pattern applies to it
# ("how do i write my essay", "why don't you write it" still can be orders).
_ABOUT_A_THING = rx.compile(
    r"^\W*(?:how|why|how\s+come|when)\s+(?:do|does|did|can|could|will|would|is|are)\s+"
    r"(?!(?:you|u|ya|yall|i|we|me|us|one|someone|somebody|anyone|anybody)\b)(?:[\w'.-]+\s+){1,3}?"
    r"(?:write|writes|draft|drafts|compose|composes|finish|finishes|complete|completes|create|creates|make|makes|"
    r"generate|generates|produce|produces|build|builds|design|designs|draw|draws|code|codes|put\s+together|"
    r"type|types|come\s+up\s+with|whip\s+up|craft|crafts|do|does|translate|translates|turn|turns)\b",
    _F,
)
# "whats the catch with using ai to write my cv", "should i let chatgpt draft my emails": a
# question about the learner using an AI tool to make something, where the tool is the writer,
# not the tutor: it asks about generative AI's use and its limits, and no making-verb order
# pattern applies to it ("can you use ai to write my essay" and "use chatgpt to write my essay"
# open as orders, not questions, and are still refused).
_AI_AS_THE_WRITER = rx.compile(
    r"\b(?:use|uses|using|used|let|lets|letting|have|having|get|getting|rely\s+on|relying\s+on)\s+"
    r"(?:an?\s+|the\s+|some\s+)?(?:ai|chat\s?gpt|chatbots?|gen(?:erative)?[\s-]*ai|llms?|(?:large\s+)?language\s+models?|"
    r"ai\s+(?:tools?|apps?|chatbots?|writers?))\s+(?:to\s+|for\s+)?(?:help\s+(?:me\s+|us\s+)?)?"
    r"(?:write|writing|draft|drafting|compose|composing|do|doing|finish|finishing|make|making|create|creating)\b",
    _F,
)
# Stop 31 (benchmarks/probes/cmpscope-s31): a choice between two uses of AI, one of them making
# the learner's own text ("is it better to use ai to forecast demand or to draft our newsletters",
# "should i use it to guess stock or to write my listings", "ml or gen ai to write our reports?"),
# asks which use (or which kind of AI) suits the job: a comparison, not an order. The making verb
# must be the second option (after "or"/"vs"), in a sentence that opens as a question (not "can
# you ...") or under a word that asks for a choice (should, better, which, whether, wiser...), or
# after two AI kinds that open the message; "use ai to write my
# essay", "can you use ai to write my essay" and "should i use ai to write my essay or do it
# myself" name no choice of use and are still refused.
_TOOL = (
    r"(?:ai|a\.i\.|chat\s?gpt|chatbots?|gen(?:erative)?[\s-]*ai|llms?|(?:large\s+)?language\s+models?|ml|"
    r"machine\s+learning|(?:an?\s+|the\s+)?(?:predictive|generative|ml|ai)\s+(?:models?|tools?|apps?|systems?)|ai\s+(?:tools?|apps?)|"
    r"it|them)"
)
_MAKING_VERB = r"(?:write|draft|compose|do|finish|make|create|generate|produce|type\s+up|put\s+together|come\s+up\s+with)"
_CHOICE_OF_USE = rx.compile(
    r"(?:^\W*(?:is|are|was|would|should|shall|does|do|did|which|what|whats|what's|how|can|could|will)\b(?!\s+(?:you|u)\b)|"
    r"\b(?:should|shall|better|best|rather|which|whether|worth|sense|wiser|smarter)\b)[^.!?]{0,80}?"
    rf"\b(?:use|uses|using|used|let|get|have)\s+(?:an?\s+|the\s+|some\s+)?{_TOOL}\s+(?:to|for)\s+[^.!?]{{1,60}}?"
    rf"\b(?:or|vs\.?|versus)\s+(?:(?:to\s+)?(?:use|using)\s+(?:an?\s+|the\s+)?{_TOOL}\s+)?(?:to\s+|for\s+)?{_MAKING_VERB}\b|"
    rf"(?:^\W*|\b(?:should|better|best|which|whether|would|is|are)\b[^.!?]{{0,40}}?)(?<![\w-]){_TOOL}\s+(?:or|vs\.?|versus)\s+"
    rf"{_TOOL}\b[^.!?]{{0,30}}?\b(?:to|for)\s+{_MAKING_VERB}\b",
    _F,
)


# Stop 36: someone else at work wanting an AI to write the team's things ("the studio wants genai
# to write our patch notes and discord posts", "my boss wants chatgpt writing our reports"): the
# setting of a question about that use, asked in a sentence of its own after it ("what are all
# the main limitations of generative ai i should warn them about"). Not the learner's own want
# ("i want ai to write my essay"), which is no setting.
_OTHERS_WANT_AI_TO_WRITE = rx.compile(
    r"\b(?<!\bi\s)(?<!\bi'd\s)(?:wants?|wanted|would\s+like|plans?\s+to\s+(?:use|have|get)|is\s+pushing\s+for|expects?|"
    r"asked\s+for|is\s+asking\s+for)\s+(?:an?\s+|the\s+|some\s+)?(?:ai|chat\s?gpt|chatbots?|gen(?:erative)?[\s-]*ai|"
    r"llms?|(?:large\s+)?language\s+models?|ai\s+(?:tools?|apps?|chatbots?|writers?))\s+(?:to\s+)?"
    r"(?:write|writing|draft|drafting|compose|composing|do|doing|make|making|create|creating|churn\s+out)\b",
    _F,
)
_CLAUSE_BREAK = rx.compile(r"[.!?,;:]+\s+")
# Stop 37 (benchmarks/probes/zlmc37-s37): the learner weighing such a use, asked as an imperative
# after it ("thinking of having generative ai write our briefing packs. give me the pros and then
# the cons", "we might use gen ai to draft our wording. lay out the upsides and the downsides"):
# the good and bad sides of a use are the course's benefits and limits of generative AI, asked
# for, not a piece of writing ordered. Only words that weigh a use, never a genre.
_WEIGHING = rx.compile(
    r"\b(?:pros?|cons|upsides?|downsides?|benefits?|drawbacks?|(?:dis)?advantages?|good\s+(?:points?|sides?|bits?)|"
    r"bad\s+(?:points?|sides?|bits?)|plus(?:es)?\s+and\s+minus(?:es)?|risks?|pitfalls?|catch|strengths?|weaknesses?)\b",
    _F,
)


def asks_what_a_thing_does(text: str) -> bool:
    """Is ``text`` a how/why question about what a thing other than the tutor or the learner makes
    or does ("how does google translate write it in french")? See ``_ABOUT_A_THING``."""
    return (
        bool(_ABOUT_A_THING.match(text))
        or (opens_as_question(text) and bool(_AI_AS_THE_WRITER.search(text)))
        or bool(_CHOICE_OF_USE.search(text))
        or _use_weighed(text)
        or (
            (match := _OTHERS_WANT_AI_TO_WRITE.search(text)) is not None
            and any(opens_as_question(part) for part in _CLAUSE_BREAK.split(text[match.end():])[1:])
        )
    )


def _use_weighed(text: str) -> bool:
    """Does ``text`` tell of an AI tool making the learner's things (``_AI_AS_THE_WRITER``, or
    others wanting it, ``_OTHERS_WANT_AI_TO_WRITE``), then ask in a later clause for that use's
    good and bad sides (``_WEIGHING``)? The making is the tool's; what is asked is a judgement of
    it, which the course's benefits and limits of generative AI answer. A use ordered at a
    sentence's opening ("have chatgpt write our newsletter, then ...") is an order, not told."""
    for pattern in (_AI_AS_THE_WRITER, _OTHERS_WANT_AI_TO_WRITE):
        match = pattern.search(text)
        told = match is not None and bool(re.search(r"\w", _CLAUSE_BREAK.split(text[: match.start()])[-1]))
        if match is not None and told and any(_WEIGHING.search(part) for part in _CLAUSE_BREAK.split(text[match.end():])[1:]):
            return True
    return False
