"""The course or the tutor named in a question ("does the course explain ...", "what's the course call that").

Why a module of its own: searched, "course" and "lessons" are words of the learning-path
sections, which then outranked the thing asked about; a request that names the course is about
the tutor's own job.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.words import content_words

_F = re.IGNORECASE

_THE_COURSE_ITSELF = rx.compile(r"\b(?:course|lessons?|tutor|quiz(?:zes)?|demos?|this\s+app)\b", _F)


def names_the_course(text: str) -> bool:
    """Does ``text`` name the course or the tutor itself ("plan my route through this course")?
    Whatever its form, such a request is about the tutor's own job."""
    return bool(_THE_COURSE_ITSELF.search(text))


# "list every industry the course goes through", "does the course explain how spam filters are
# built", "according to the lessons": the course named as what says or covers the thing asked
# about. Searched, "course" and "lessons" are words of the learning-path sections ("online
# courses", "the lessons on skills"), which then outranked the thing itself.
_COVERING = (
    r"(?:say|says|said|cover|covers|covered|mention|mentions|mentioned|list|lists|listed|teach|teaches|taught|"
    r"describe|describes|described|explain|explains|explained|give|gives|gave|name|names|named|discuss|discusses|"
    r"show|shows|(?:go|goes|went|walk|walks)\s+through|(?:talk|talks|talked)\s+about|brings?\s+up|is\s+about)"
)
_THE_COURSE_SAYS = rx.compile(
    rf"\b(?:(?:that|which)\s+)?(?:(?:do|does|did)\s+)?(?:the|this|your|which)\s+(?:course|lessons?|section|tutor)\s+"
    rf"(?:\w+\s+)?{_COVERING}(?:\s+about)?\b|"
    r"\b(?:according\s+to|in|from)\s+(?:the|this|your)\s+(?:course|lessons?)\b",
    _F,
)


# "what's the course call that", "what does the course call it when ...": asking the course's name
# for a thing described before, which is asking what it is. Left in, "course call" was declined as
# an untaught term ("The course does not cover course call").
_THE_COURSE_CALLS = rx.compile(
    r"\bwhat(?:'s|s|\s+does|\s+do|\s+is)?\s+(?:the|this|your)\s+(?:course|lessons?|tutor)\s+call\b", _F
)


def the_course_name_asked(text: str) -> str:
    """``text`` with the course's name for a thing asked read as what the thing is ("what's the
    course call that" -> "what is that"), or ``text`` unchanged (``_THE_COURSE_CALLS``)."""
    return _THE_COURSE_CALLS.sub("what is", text)


def without_the_course(text: str) -> str:
    """``text`` without the course named as what covers the thing asked about ("list every
    industry the course goes through for ai" -> "list every industry for ai"); unchanged when
    nothing else is asked ("what does the course cover") or the course is not named that way.
    The course's name for a thing asked ("what's the course call that") is what the thing is."""
    text = the_course_name_asked(text)
    stripped = re.sub(r"\s{2,}", " ", _THE_COURSE_SAYS.sub(" ", text)).strip()
    if stripped == text.strip() or not [w for w in content_words(stripped) if w not in _COURSE_WORDS]:
        return text
    return stripped


_COURSE_WORDS = frozenset("course courses lesson lessons tutor cover covers covered teach say".split())
