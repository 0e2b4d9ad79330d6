"""Conversation state: what is being discussed, so follow-ups stay on it.

Why a topic and not only a lesson: after "What is Q-learning?", the learner's "how long does it
take to train?" is about Q-learning, not about the opening of the reinforcement-learning lesson.
The state keeps the topic in the learner's own words (the central words of the last question
that had a topic of its own), the lesson and the sections last cited.

A question is a follow-up when it leans on the conversation:
- it has no topic of its own: only aspect words ("biggest weakness?", "any real world uses?",
  "examples?") or nothing but stop words ("why?"); or
- it points back with a pronoun ("how do people fix it?") and none of its words are foreign
  to the course (so "is it going to rain in Paris" is not glued onto the topic); or
- it narrows the topic to a new subject ("and for a VAE specifically?" after loss functions).

How the topic and the follow-up's words combine (``follow_up_bonus``): the follow-up's own words
do not replace the topic, they narrow it. "does this tutor do that?" after grounding wants the
section that speaks of both the tutor and grounding, not the one about virtual tutors; "does that
one need labels?" wants the section just cited when it speaks of labels (the pronoun stands for
the most recent subject); "biggest downside?" after support vector machines wants a section that
names them, not the generic limits of machine learning.

Every face (the Textual chat, the plain chat, ``tutor ask`` reading stdin) keeps one
``Conversation`` per conversation, passes it to ``Tutor.ask`` and records each answer in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from tutor.core.answering.everyday import is_everyday
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

# Words that neither name a topic nor an aspect: "that one", "specifically", "the related thing".
FILLER = frozenset("one ones specifically specific particular particularly still related similar".split())

BOTH_BONUS = 0.1  # a follow-up with words of its own: sections naming them and the topic
NAMING_BONUS = 0.08  # a follow-up of aspects only: sections naming the topic
CITED_BONUS = 0.05  # ... a pronoun follow-up: the sections just cited, when they name its words
# (and, taken away, a narrowing one: "what about in finance?" wants more than the overview again)
NEAR_DENSE = 0.15  # only sections this close to the best cosine get these bonuses
OWN_IDF = 1.2  # a follow-up's own word rarer than this (over sections) names what it asks about

# "and for a VAE specifically?", "what about in healthcare?", "in particular for GANs?": a new
# subject that narrows the topic rather than replacing it.
_NARROWS = re.compile(
    r"\b(?:specifically|in\s+particular|particularly)\b|"
    r"^\W*(?:and|also|plus|what\s+about|how\s+about|same\s+for)\s+(?:just\s+|only\s+)?(?:for|in|with|on|inside)\s+",
    re.IGNORECASE,
)

# "and for GANs, what makes training unstable?": after the narrowing opening comes a question
# of its own, so the learner has started afresh.
_OWN_CLAUSE = re.compile(
    r"[,;:]\s*(?:what|why|how|which|when|where|who|does|do|is|are|can|could|should|will)\b", re.IGNORECASE
)

# Openings that carry the conversation on ("and ...", "what about ...", "how about ...").
_CONTINUES = re.compile(r"^\W*(?:and|also|plus|what\s+about|how\s+about|same\s+for|and\s+what\s+about)\b", re.IGNORECASE)


def _content(question: str) -> list[str]:
    return [w for w in tokenize(question) if w not in QUESTION_STOPWORDS]


def refers_back(question: str) -> bool:
    """Does a pronoun point back? "that" or "which" right after a topic word opens a relative
    clause ("the algorithm that handles odd shapes" names a new subject); "does that",
    "do that", "that one" point back."""
    words = tokenize(question)
    return any(
        w in REFERRING and not (w in _RELATIVE and i > 0 and _is_topic_word(words[i - 1]))
        for i, w in enumerate(words)
    )


_RELATIVE = frozenset({"that", "which"})


def _is_topic_word(word: str) -> bool:
    return word not in QUESTION_STOPWORDS and word not in ASPECT_WORDS and word not in FILLER and word not in REFERRING


def topic_words(question: str) -> list[str]:
    """The question's own topic words: content words that are not aspect or filler words."""
    return [w for w in _content(question) if w not in ASPECT_WORDS and w not in FILLER and not w.isdigit()]


def narrows(question: str) -> bool:
    """Does the question narrow the topic to a subject of its own ("and for a VAE specifically?")?
    Only a short one: a long question with "specifically" in it has a topic of its own."""
    if _OWN_CLAUSE.search(question):
        return False
    return bool(_NARROWS.search(question)) and 0 < len(topic_words(question)) <= 3


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
        return True  # "and for a vae specifically?": the topic, narrowed
    if _CONTINUES.match(question) and len(own) <= 2 and not any(stem(w) in index.vocabulary for w in own):
        # "and the american one?": a qualifier the course has no topic for carries the topic
        # on ("what about VAEs?" names a topic of its own and starts afresh).
        return True
    # "how do people fix it?", "does the slippery ice make it harder?"
    return refers_back(question) and (not foreign or _everyday_aside(own, foreign))


def _everyday_aside(own: list[str], foreign: list[str]) -> bool:
    """Is the one word foreign to the course a plain English word said about a course word the
    question also names ("what if you crank its weight way up?")? Then it says what is done to
    the topic, not what the question is about; two or more foreign words ("is it going to rain
    in Paris?") or jargon ("its kullback divergence") make a subject of their own."""
    return len(foreign) == 1 and len(own) > 1 and is_everyday(foreign[0])


def follow_up_bonus(
    question: str, conversation: Conversation, index: SearchIndex
) -> Callable[[np.ndarray], np.ndarray] | None:
    """Per section, a bonus for a follow-up that combines its words with the topic (see the module
    docstring): sections naming both the follow-up's own words and the topic (after a pronoun, the
    sections just cited count as naming the topic), or, for a follow-up of aspects only, sections naming the
    topic; then only sections near the best in meaning qualify (a passing mention of "spam filters"
    in a list of examples is not about them), so the bonus is a function of the sections' cosines.
    None when there is no topic to combine with."""
    if not conversation.topic:
        return None

    def coverage(text: str, distinctive: bool = False) -> np.ndarray:
        # Under any of its names ("VAE" or "variational autoencoder"), the best share. The
        # follow-up's own words count when distinctive: words the course uses in many sections
        # ("new", "images") or never ("brand") do not say which section speaks of them.
        shares = []
        for name in [text, *index.other_names(text)]:
            terms = index.analyse(name)
            if distinctive:
                terms = [t for t in terms if t in index.vocabulary and index.idf(t) >= OWN_IDF]
            if terms:
                shares.append(index.coverage(terms))
        return np.max(shares, axis=0) if shares else np.zeros(len(index.sections), dtype=np.float32)

    topic = coverage(subject(question, conversation.topic))
    cited = [i for i, s in enumerate(index.sections) if s.id in conversation.sections]
    own = topic_words(question)
    named = coverage(" ".join(own), distinctive=True)
    if not named.any():
        # Aspects only: something the last answer did not say, from a section naming the topic.
        topic[cited] = 0.0
        bonus = NAMING_BONUS * topic
    else:
        pointing = refers_back(question)
        if pointing:
            # "does that one need labels?": the pronoun is the most recent subject, so the
            # section the last answer was drawn from names it, and comes first when it speaks of
            # the follow-up's words.
            cited = [i for i, s in enumerate(index.sections) if s.id == conversation.sections[0]] if conversation.sections else []
            topic[cited] = 1.0
        bonus = BOTH_BONUS * np.minimum(named, topic)
        if pointing:
            bonus[cited] += CITED_BONUS * named[cited]
        elif narrows(question):
            # "what about in finance?": the last answer was the general one; a section specific
            # to the new subject answers the narrowed question.
            bonus[cited] -= CITED_BONUS

    def near(dense: np.ndarray) -> np.ndarray:
        return bonus * (dense >= dense.max() - NEAR_DENSE)

    # Naming both the follow-up's words and the topic is evidence enough on its own.
    return near if not named.any() else (lambda dense: bonus)


def subject(question: str, topic: str) -> str:
    """What a pronoun stands for: the most recent subject of the topic ("that one" after "the
    algorithm that handles odd shapes" is that algorithm, not k-means from the turn before)."""
    return topic.split(", ")[-1] if refers_back(question) else topic


def narrowed_question(question: str, conversation: Conversation) -> str:
    """What a follow-up asks, in full: "and for a VAE specifically?" after "what does a loss
    function do" asks that question of VAEs, so both are searched together (the topic alone,
    "loss function", lets the new subject's definition win); any other follow-up as it is."""
    if narrows(question) and conversation.questions:
        return f"{conversation.questions[-1].rstrip(' ?.!')} {question}"
    return question


def carried_topic(question: str, topic: str) -> str:
    """The topic after a follow-up. One that points back with a pronoun keeps it ("does that one
    need labels?": labels are an aspect of the topic); one with a subject of its own inside the
    topic ("and for a VAE specifically?", "how do you get new samples out?") narrows it to the
    most recent subject, which the next "that" refers to. Only the last two subjects are kept."""
    own = topic_phrase(question) if topic_words(question) else None
    if own is None or (refers_back(question) and not narrows(question)):
        return topic
    return ", ".join([*topic.split(", ")[-1:], " ".join(topic_words(question))])


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
