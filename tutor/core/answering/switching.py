"""Switching: what a follow-up keeps of the conversation's subject and what it leaves.

Why a module of its own: after an answer, a follow-up may keep the topic as its subject and bring
another subject only as its setting ("does it happen with chatbots too?" after overfitting), ask
the previous question of another subject ("and code?", "what about for images?"), or switch to a
new subject the section just read only names in passing. Deciding which, and moving retrieval to
the section that answers, is about the conversation, apart from composing the answer.
``Switching`` is mixed into ``answer.Tutor``, which provides ``index``, ``vocabulary`` and
``ask``.
"""

from __future__ import annotations

import re

from tutor.core.answering import conversation as conversation_module
from tutor.core.answering import refusal_texts, requests, shapes
from tutor.core.answering.answers import Answer
from tutor.core.answering.conversation import Conversation, topic_phrase
from tutor.core.answering.search import Hit, SearchResult
from tutor.core.knowledge import Section
from tutor.core.words import PEOPLE, stem

# A section the topic alone ranks within this of its best is one of the topic's own sections
# (``_keep_the_subject``): "precision" alone ranks its own section 0.65 and the accuracy section,
# which names precision once, 0.46.
OWN_MARGIN = 0.1
SWITCH_MARGIN = 0.1  # a switched follow-up: how far below a section just read one headed by the new subject may rank


class Switching:
    """What a follow-up keeps or leaves of the conversation (see the module docstring)."""

    def _keep_the_subject(self, query: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """A follow-up that keeps the topic as its subject ("it", "the act", the topic named
        again) and brings another subject the course teaches only as its setting ("does it
        happen with chatbots too?" after overfitting, "does the act say anything about
        chatbots?", "does precision matter for spam filters?"): the setting's words, and the
        glossary terms they expand to, outweighed the topic, and a section about the setting
        alone answered. A section that states the topic and speaks of the setting answers
        (the topic in that setting), else the topic's own section, whichever the follow-up
        ranks first. The setting is a word of a section heading ("chatbots", "spam filter");
        "is that dangerous?" asks about an aspect of the topic instead, and "how much computing
        does that need?" an aspect the course teaches in a lesson of its own. "can gans make music?" is already answered from the GANs section on music."""
        topic = conversation.topic
        if not topic or not result.in_scope or not result.hits or result.mode != "hybrid":
            return result
        topic_stems = {stem(w) for w in conversation_module.topic_words(topic)}
        own_words = conversation_module.topic_words(query)
        named_again = conversation_module.names_the_topic(query, topic, self.index)
        # An aspect the course teaches in a lesson of its own ("how much computing does that
        # need?", "how long does it take to train?") is asked of the topic, not a setting.
        setting = [
            w for w in own_words if stem(w) not in topic_stems and w not in conversation_module.ASPECT_TITLES
        ]
        # A pronoun keeps the topic unless it points at a thing the question names itself and the
        # search did not read the question as leaning on the topic (``result.topic``): "how does a
        # music app guess what i want before i ask it" after the EU AI Act brought the act's
        # section back first (stop 40, chat trial); "what happens to the ai when its turned way
        # up" names only "ai", and "its" is still the topic.
        pointing = conversation_module.refers_back(query) and (
            bool(result.topic) or not conversation_module.names_its_own_thing(query, self.index)
        )
        if not setting or not (named_again or pointing):
            return result
        if conversation_module.narrows(query):
            return result  # "and for language models specifically?": ranked as the topic narrowed
        if shapes.detect(query).kind == "definition" and not conversation_module.refers_back(query):
            # "what is generative ai" after "how is ai used in healthcare" names "ai" again, but
            # asks what a new subject is: its definition answers, not the topic in that setting.
            return result
        if conversation_module.asks_training_time(query) or PEOPLE.search(query):
            # "my sister is a graphic designer. how would she use it?": the learner's own life is
            # the setting (``SearchIndex._near_the_topic``), not another subject of the course.
            return result
        if self._heading_words is None:
            self._heading_words = frozenset(t for s in self.index.sections for t in self.index.analyse(s.heading))
        subjects = [t for t in self.index.analyse(" ".join(setting)) if t in self._heading_words]
        if not subjects:
            return result
        rarest = max(subjects, key=self.index.idf)  # names the setting: "chatbots", "spam"
        # A section states the topic when it has the topic's rarest word ("vae" of "how does a
        # vae generate new images") or words of it weighing half its weight by idf ("generative
        # ai" of "what can generative ai make"; not "ai" and the verb "act" of "eu ai act").
        topic_terms = set(self.index.analyse(topic))
        rarest_of_topic = max(topic_terms or {""}, key=self.index.idf)
        weight = sum(self.index.idf(t) for t in topic_terms)

        def words_of(section: Section) -> set[str]:
            return set().union(*self.index.sentence_terms(section))

        def states_topic(section: Section) -> bool:
            words = words_of(section)
            return rarest_of_topic in words or 2 * sum(self.index.idf(t) for t in topic_terms & words) >= weight

        top = result.hits[0].section
        if states_topic(top) and rarest in words_of(top):
            return result  # the topic in that setting already answers: no search needed
        self.index.prefetch([topic, " ".join(setting)])  # both embedded in one forward pass
        alone = self.index.search(topic, k=3, follow=False)
        placed = self.index.search(" ".join(setting), k=3, follow=False)
        if not alone.in_scope or not alone.hits or not placed.in_scope:
            return result

        # The topic's own sections: those the topic alone ranks about as high as its best.
        own = {
            h.section.id for h in alone.hits
            if h.score >= alone.hits[0].score - OWN_MARGIN and states_topic(h.section)
        }
        near_setting = {h.section.id for h in placed.hits}

        def on_topic_in_setting(section: Section) -> bool:
            return states_topic(section) and (section.id in near_setting or rarest in words_of(section))

        if not own or top.id in own or on_topic_in_setting(top):
            return result
        everything = self.index.search(query, k=len(self.index.sections), history=conversation, follow=True)
        # Among the topic's best sections (a tour of the course names every subject in passing).
        about = {h.section.id for h in alone.hits}
        best = next(
            (h for h in everything.hits if h.section.id in about and on_topic_in_setting(h.section)), None
        ) or next((h for h in everything.hits if h.section.id in own), None)
        if best is None:
            return result
        result.hits = [best, *[h for h in result.hits if h.section.id != best.section.id]][: len(result.hits)]
        result.topic = result.topic or topic  # still the topic being discussed
        return result

    def _elliptic_request(
        self, question: str, conversation: Conversation, refusal: refusal_texts.Refusal
    ) -> refusal_texts.Refusal | None:
        """"and code?" after "how does generative ai write text": alone, a bare piece of work
        ("code?", "essays?") is an order and is refused; after a course question it is that
        question asked of another subject ("how does generative ai write code"), answered when
        the piece replaces what the previous question asked a model to make and the reading
        orders nothing ("and a poem?" after "what is a gan" names nothing made: still refused)."""
        if conversation_module.switched_subject(question) is None or not conversation.asked:
            return refusal
        reading = conversation_module.resolve(self.vocabulary.correct(question), conversation, self.index)
        if reading is None or not reading.replaced or requests.classify(reading.text) is not None:
            return refusal
        made = re.compile(
            r"\b(?:write|writes|writing|make|makes|making|create|creates|creating|generate|generates|generating|"
            rf"produce|produces|producing|compose|composes|composing|draw|draws|drawing)\s+(?:[\w'-]+\s+){{0,2}}?{re.escape(reading.replaced)}\b",
            re.IGNORECASE,
        )
        return None if made.search(conversation.asked[-1]) else refusal

    def _whole_topic_switch(self, reading: conversation_module.Reading, conversation: Conversation) -> Answer | None:
        """The previous question with its whole topic phrase replaced by the switch's new subject,
        answered on its own, when the course covers it and that reading differs; else None."""
        previous = conversation.asked[-1] if conversation.asked else ""
        phrase = topic_phrase(previous)
        if not phrase or phrase.lower() == (reading.replaced or "").lower() or reading.subject is None:
            return None
        text = previous.replace(phrase, reading.subject, 1)
        answer = self.ask(text, conversation.copy())
        if not answer.in_scope:
            return None
        answer.reading = conversation_module.Reading(text, phrase, reading.subject)
        return answer

    def _switch_after_all(
        self, asked: str, result: SearchResult, conversation: Conversation
    ) -> conversation_module.Reading | None:
        """ "what about for images?" after "how does gen ai make music" was read as narrowing the
        topic, and the search found again the section just cited, which never names images: the
        learner has read it, and it is not about the new subject. The new subject replaces the
        previous question's topic phrase most like it instead ("how does gen ai make images"):
        that reading, or None (the narrowing stands; the caller keeps it too when the course does
        not cover the reading)."""
        if not result.in_scope or not result.hits or result.hits[0].section.id not in conversation.sections:
            return None
        reading = conversation_module.replaced_reading(self.vocabulary.correct(asked), conversation, self.index)
        if reading is None or reading.subject is None or requests.classify(reading.text) is not None:
            return None
        section = result.hits[0].section
        said = self.index.heading_terms_of(section).union(*self.index.sentence_terms(section))
        names = [set(self.index.analyse(n)) for n in [reading.subject, *self.index.other_names(reading.subject)]]
        if any(n and n <= said for n in names):
            return None  # the section just read speaks of the new subject: the narrowing answers
        return reading

    def _leave_the_read_section(
        self, result: SearchResult, reading: conversation_module.Reading | None, conversation: Conversation
    ) -> SearchResult:
        """A switch to a new subject ("and in customer support?" after what ML and generative AI
        each do in education) asks about that subject: when the search puts first a section the
        last answer cited (the lesson's overview, which names every industry in passing), a section
        headed by the new subject within ``SWITCH_MARGIN`` answers instead; the learner has read
        the other."""
        if reading is None or not reading.replaced or not reading.subject or len(result.hits) < 2:
            return result
        if result.hits[0].section.id not in conversation.sections:
            return result
        names = [set(self.index.analyse(n)) for n in [reading.subject, *self.index.other_names(reading.subject)]]
        best = result.hits[0]

        def headed(h: Hit) -> bool:
            return any(n and n <= self.index.heading_terms_of(h.section) for n in names)

        if headed(best):
            return result  # the section read names the new subject itself ("The generator and the discriminator")
        hit = next(
            (
                h for h in result.hits[1:]
                if h.score >= best.score - SWITCH_MARGIN and h.section.id not in conversation.sections
                and headed(h)
            ),
            None,
        )
        if hit is not None:
            result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result
