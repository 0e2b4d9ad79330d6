"""Questions a learner could ask next, phrased from section headings and lesson titles.

Why a tiny phrase classifier instead of a template: headings come in several grammatical
shapes, and one template ("Can you tell me about {heading}?") only fits noun phrases. Pasted
around a clause it produced "Can you tell me about dimensionality reduction simplifies complex
data?". So a heading is first sorted into one of these shapes, each with its own template:

- a question ("Why do GANs fail?")                  -> kept as it is;
- a wh-clause ("How k-means finds clusters")        -> "Can you explain how k-means finds clusters?";
- "X versus Y" / "X compared with Y"                -> "What is the difference between X and Y?";
- a clause ("Clustering groups similar points")     -> "Can you explain how clustering groups ...?"
  ("why" when its verb is a form of "be": "... why generative AI is built on machine learning?");
- a participle and a preposition ("Inspired by the data") -> "What does "inspired by ..." mean?";
- anything else is a noun (or gerund) phrase        -> "Can you tell me about ...?" and variants.

"Topic: detail" headings use the topic ("Mode collapse: when a GAN loses variety" -> mode
collapse), with the detail in brackets when the topic is a single word ("healthcare (detecting
disease ...)"), or the detail when the topic is only "A worked example". Clause detection is a
heuristic without a tagger: a finite verb is "is/are/was/were", or a lower-case word ending in
-s that neither starts the heading, nor ends it, nor follows a determiner, a number or a list
comma, nor precedes a preposition or a participle (so "Recommendation systems for products"
and "Kinds of content generative AI creates" stay noun phrases). Headings opening with an
article are noun phrases ("The AI skills gap") unless they contain "is/are".
``tests/core/test_questions.py`` checks every heading of the course.
"""

from __future__ import annotations

import re

WH_WORDS = frozenset("how why what when where which who whose".split())
ARTICLES = frozenset("a an the".split())
BE = frozenset("is are was were".split())
# Words after which an -s word is a plural noun, not a verb.
_NOT_BEFORE_VERB = frozenset(
    """a an the this that these those which who and or of for with in on at by from to into as
    its their our your my his her same different other many more most all some several few new
    common each every two three four five six seven eight nine ten""".split()
)
# Words after which an -s word is a plural noun ("systems for", "models versus").
_NOT_AFTER_VERB = frozenset(
    """for of in on at by from to into with without as such and or versus vs than like via
    about over under between through""".split()
)
_IRREGULAR_PARTICIPLES = frozenset("built made written known given taken seen done shown grown".split())


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word looks like a name or acronym."""
    first = text.split(" ", 1)[0]
    if any(ch.isupper() for ch in first[1:]) or re.match(r"^[A-Z]-", first):
        return text  # "AI", "GANs", "FrozenLake", "Q-learning"
    return text[:1].lower() + text[1:]


def _words(text: str) -> list[str]:
    return [w.strip(",;").lower() for w in text.split()]


def _is_participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def finite_verb(phrase: str) -> str | None:
    """The word that makes ``phrase`` a clause (a finite verb), or None for a noun phrase."""
    raw = phrase.split()
    words = _words(phrase)
    if any(w in BE for w in words[1:]):
        return next(w for w in words[1:] if w in BE)
    if words and words[0] in ARTICLES:
        return None
    for i in range(1, len(words) - 1):
        word, previous, following = words[i], words[i - 1], words[i + 1]
        if not re.fullmatch(r"[a-z]{3,}s", word) or word.endswith(("ss", "us", "is")):
            continue
        if word in _NOT_AFTER_VERB or word in _NOT_BEFORE_VERB or raw[i + 1].startswith("("):
            continue
        if raw[i][:1].isupper() or raw[i - 1].endswith(","):
            continue
        if previous in _NOT_BEFORE_VERB or previous.isdigit():
            continue
        if following in _NOT_AFTER_VERB or _is_participle(following):
            continue
        return word
    return None


def _split_topic(heading: str) -> str:
    """"Topic: detail" -> the topic (or the detail when the topic is just "A worked example")."""
    if ": " not in heading:
        return heading
    topic, detail = heading.split(": ", 1)
    if _words(topic)[0] in ARTICLES:
        return detail
    return topic


def _contrast(phrase: str) -> tuple[str, str] | None:
    match = re.fullmatch(r"(.+?)\s+(?:versus|vs\.?|compared with|compared to)\s+(.+)", phrase, re.IGNORECASE)
    return (match.group(1), match.group(2)) if match else None


NOUN_TEMPLATES = ("Can you tell me about {}?", "What should I know about {}?")


def question_for(heading: str, variant: int = 0, noun_templates: tuple[str, ...] = NOUN_TEMPLATES) -> str:
    """A natural question whose answer is the text under ``heading``."""
    heading = re.sub(r"\s+", " ", heading.strip()).rstrip(".")
    if heading.endswith("?"):
        return heading
    phrase = _split_topic(heading).strip()
    words = _words(phrase)
    if not words:
        return noun_templates[variant % len(noun_templates)].format(lower_first(heading))
    topic, _, detail = heading.partition(": ")
    shown = lower_first(phrase)
    if detail and phrase == topic and len(words) == 1 and len(detail.split()) <= 8:
        # "Healthcare: detecting disease ..." -> "healthcare (detecting disease ...)": one word
        # alone would be too vague a question. (The shape is still judged on the topic alone.)
        shown = f"{shown} ({lower_first(detail)})"
    if words[0] in WH_WORDS:
        return f"Can you explain {lower_first(phrase)}?"
    contrast = _contrast(phrase)
    if contrast is not None:
        return f"What is the difference between {lower_first(contrast[0])} and {contrast[1]}?"
    verb = finite_verb(phrase)
    if verb is not None:
        return f"Can you explain {'why' if verb in BE else 'how'} {lower_first(phrase)}?"
    if _is_participle(words[0]) and len(words) > 1 and words[1] in _NOT_AFTER_VERB - {"and", "or"}:
        return f'What does "{lower_first(phrase)}" mean?'
    return noun_templates[variant % len(noun_templates)].format(shown)


def section_question(heading: str, variant: int = 0) -> str:
    """A question for a section heading (``variant`` picks among noun-phrase templates)."""
    return question_for(heading, variant)


def lesson_question(title: str) -> str:
    """A question for a whole lesson, from its title."""
    return question_for(title, 0, noun_templates=("What should I know about {}?",))
