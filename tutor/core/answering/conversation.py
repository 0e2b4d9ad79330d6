"""Conversation state: what is being discussed, so follow-ups stay on it.

Why a topic and not only a lesson: after "What is Q-learning?", the learner's "how long does it
take to train?" is about Q-learning, not about the opening of the reinforcement-learning lesson.
The state keeps the topic in the learner's own words (the central words of the last question
that had a topic of its own), the lesson and the sections last cited.

A question is a follow-up when it leans on the conversation:
- it has no topic of its own: only aspect words ("biggest weakness?", "any real world uses?",
  "examples?") or nothing but stop words ("why?"); or
- it points back with a pronoun ("how do people fix it?") and none of its words are foreign
  to the course (so "is it going to rain in Paris" is not glued onto the topic).

Every face (the Textual chat, the plain chat, ``tutor ask`` reading stdin) keeps one
``Conversation`` per conversation, passes it to ``Tutor.ask`` and records each answer in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tutor.core.words import QUESTION_STOPWORDS, stem, tokenize

if TYPE_CHECKING:
    from tutor.core.answering.search import SearchIndex
    from tutor.core.knowledge import Section

HISTORY_DEPTH = 3

# Words that make a question lean on what came before.
REFERRING = frozenset(
    "it its it's itself they them their theirs this that these those he she him her one ones".split()
)
# Words that ask about an aspect of a topic without naming one ("the biggest downside", "real
# world uses", "how long does it take"): a question made only of these has no topic of its own.
ASPECT_WORDS = frozenset(
    """more example examples instance instances detail details elaborate else again why how further
    another go continue expand simpler simply eli5 limitation limitations drawback drawbacks downside
    downsides weakness weaknesses strength strengths advantage advantages disadvantage disadvantages
    benefit benefits pros cons problem problems issue issues risk risks danger dangers use uses
    used usage application applications real world life everyday practice practical day
    long time take takes took fast quick slow quickly train training trained cost costs expensive
    cheap big biggest main key important importance difference differences different differ
    compare compared comparison better worse best worst good bad stop stopped prevent avoid fix
    fixed fixing solve solved happen happens happening wrong right need needed needs matter
    matters catch help helps completely always never often usually sometimes typical typically
    common commonly normally normal proportion much many part parts step steps exactly actually
    basically mean meaning so then also too what's whats any anything about regarding case cases
    people companies someone anyone who where when which else's mostly hard harder easy easier
    reason reasons purpose point work works worked working affect affects effect effects
    really again okay ok sure yes no""".split()
)


# "and for a VAE specifically?", "what about in hospitals?": the topic narrowed to a case, so
# asked together with it (the loss function of a VAE), not instead of it.
_NARROWS = re.compile(
    r"^\W*(?:(?:and|but|ok|okay|so)\s+)?(?:what\s+about\s+|how\s+about\s+)?(?:for|in|with|inside)\s+(?:a\s+|an\s+|the\s+)?"
    r"[\w-]+(?:\s+[\w-]+)?\s*(?:specifically|in\s+particular|then|though|too)?\s*\??\s*$",
    re.IGNORECASE,
)
def narrows(question: str) -> bool:
    """Does the question narrow the topic to a case ("and for a VAE specifically?")?"""
    return bool(_NARROWS.match(question))


# Openings that carry the conversation on ("and ...", "what about ...", "how about ...").
_CONTINUES = re.compile(r"^\W*(?:and|also|plus|what\s+about|how\s+about|same\s+for|and\s+what\s+about)\b", re.IGNORECASE)


def _content(question: str) -> list[str]:
    return [w for w in tokenize(question) if w not in QUESTION_STOPWORDS]


def refers_back(question: str) -> bool:
    return any(w in REFERRING for w in tokenize(question))


def topic_words(question: str) -> list[str]:
    """The question's own topic words: content words that are not aspect words."""
    return [w for w in _content(question) if w not in ASPECT_WORDS and not w.isdigit()]


def topic_phrase(question: str) -> str | None:
    """The topic as the learner wrote it: the span from the first to the last topic word
    ("Q-learning" from "What is Q-learning?"), or None when the question has none."""
    words = set(topic_words(question))
    if not words:
        return None
    spans = [
        (m.start(), m.end())
        for m in re.finditer(r"[^\W_]+(?:['\-][^\W_]+)*", question.replace("\u2019", "'"))
        if any(part in words for part in tokenize(m.group(0)))
    ]
    if not spans:
        return None
    return question[spans[0][0] : spans[-1][1]].strip()


def is_follow_up(question: str, index: SearchIndex, has_context: bool = True) -> bool:
    """Does ``question`` lean on the conversation (see the module docstring)?"""
    if not has_context:
        return False
    words = tokenize(question)
    if not words:
        return False
    own = topic_words(question)
    foreign = [w for w in own if stem(w) not in getattr(index, "known", index.vocabulary)]
    if not own:
        return True  # nothing but aspect and stop words: "why?", "biggest weakness?"
    if narrows(question) and not foreign:
        return True  # "and for a vae specifically?"
    if _CONTINUES.match(question) and len(own) <= 2 and not any(stem(w) in index.vocabulary for w in own):
        # "and the american one?": a qualifier the course has no topic for carries the topic
        # on ("what about VAEs?" names a topic of its own and starts afresh).
        return True
    # "how do people fix it?", "does the slippery ice make it harder?"
    return refers_back(question) and not foreign


@dataclass
class Conversation:
    """One conversation's state. ``questions`` are the learner's questions, oldest first.

    It is also a sequence of those questions, so code that takes a plain history still works.
    """

    questions: list[str] = field(default_factory=list)
    topic: str | None = None  # what is being discussed, in the learner's words
    lesson: str | None = None  # the lesson of the last cited section
    sections: list[str] = field(default_factory=list)  # section ids of the last answer's sources
    last_answer: str = ""  # the last in-scope answer's text: a follow-up prefers what is new

    @classmethod
    def from_history(cls, history: Sequence[str] | Conversation | None) -> Conversation:
        """A conversation from a face's state or a plain list of earlier questions (the topic is
        then taken from the last question that had one)."""
        if isinstance(history, Conversation):
            return history
        conversation = cls()
        for question in [h for h in (history or []) if h and h.strip()][-HISTORY_DEPTH:]:
            conversation.questions.append(question.strip())
            if topic_words(question):
                conversation.topic = topic_phrase(question)
        return conversation

    def record(self, question: str, answer: object) -> None:
        """Remember ``question`` and what its answer was about (``Answer.topic``, sources)."""
        self.questions.append(question)
        topic = getattr(answer, "topic", None)
        if topic:
            self.topic = topic
        sources = getattr(answer, "sources", None) or []
        if sources and getattr(answer, "in_scope", False):
            self.sections = [s.section for s in sources]
            self.lesson = sources[0].doc
            self.last_answer = str(getattr(answer, "text", "") or "")

    def focus_on(self, section: Section) -> None:
        """Make a section being read the topic ("ask about this" in a lesson): the next
        question without a topic of its own is answered from this section's lesson."""
        self.questions.append(f"{section.lesson_title}: {section.heading}")
        self.topic = section.heading
        self.lesson = section.lesson_id
        self.sections = [section.id]
        self.last_answer = ""

    def copy(self) -> Conversation:
        return Conversation(list(self.questions), self.topic, self.lesson, list(self.sections), self.last_answer)

    def clear(self) -> None:
        self.questions.clear()
        self.topic = self.lesson = None
        self.sections = []
        self.last_answer = ""

    def __iter__(self) -> Iterator[str]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def __getitem__(self, item):
        return self.questions[item]

    def __bool__(self) -> bool:
        return bool(self.questions) or self.topic is not None
