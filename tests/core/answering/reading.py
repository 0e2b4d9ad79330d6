"""Asking the real tutor and reading its answers, the way many answering tests do.

Test files import these under their old private names (``from answering.reading import cited as
_cited``) so the test bodies read as they were written.
"""

from __future__ import annotations

import re

from tutor.core.answering.conversation import Conversation

CLOSEST = re.compile(r'closest section it does cover is "[^"]*? > (?P<heading>[^"]*)"')


def cited(answer) -> list[str]:
    """The answer's cited sections (``<lesson-id>#<slug>``), in the order it cites them."""
    return [s.section for s in answer.sources]


def chain(tutor, *questions: str):
    """Ask ``questions`` in order in one conversation, as the chat does; the last answer."""
    conversation = Conversation()
    answer = None
    for question in questions:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    return answer


def closest(answer) -> str:
    """The heading of the closest section a decline names."""
    match = CLOSEST.search(answer.text)
    assert match, answer.text
    return match.group("heading")


def opening(answer) -> str:
    """The answer's first sentence."""
    return re.split(r"(?<=[.!?])\s", answer.text.strip(), maxsplit=1)[0]
