"""Grounded answers: the best sentences of the best sections, cited, with follow-ups.

Why extractive: every sentence the tutor says is a sentence of the course, so it cannot
invent facts. The work is in choosing: sentences are scored by meaning (MiniLM cosine with
the question), shared informative words, and a small preference for a section's opening
sentence (lessons put the definition first), then a few are kept (about 120 words) and put
back in course order so the paragraph reads naturally. Each source section gets a numbered
marker like [1] that maps to ``Answer.sources``.

When the course does not cover a question the tutor says so plainly and names three nearby
topics it does cover, rather than stretching a lesson to fit.

``Tutor`` is made of mixins, each in a module named for what it holds: ``refusing`` (the
answers to requests that are no question about the course), ``declining`` (the not-covered and
untaught-term answers), ``listing`` (list questions), ``sentences`` (scoring, picking and citing
a section's sentences), ``switching`` (what a follow-up keeps or leaves), ``comparison`` and
``followups``; the answer data are in ``answers``. This module keeps the entry (``load_tutor``,
``Tutor.ask`` and its order of decisions, whose steps share one question's state in
``asking.Asking``), the steps that read and search the question and find an untaught term, the
composition by shape and the suggested next questions, and re-exports the names other modules
read from it (``__all__``).
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Sequence

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering import (
    about_the_tutor,
    compose,
    course_named,
    described,
    everyday,
    request_model,
    roles,
    shapes,
    symptoms,
    two_asks,
)
from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.answers import Answer, Source, section_question
from tutor.core.answering.asking import Asking
from tutor.core.answering.comparison import Comparing, parts_pair
from tutor.core.answering.compose import leans_on_previous
from tutor.core.answering.compounds import uncovered_compound
from tutor.core.answering.conversation import Conversation
from tutor.core.answering.declining import NOT_COVERED, TERM_NOT_COVERED, Declining, asks_a_name
from tutor.core.answering.details import failed_detail, mind_claimed, resource_used, written_things
from tutor.core.answering.followups import FollowingUp
from tutor.core.answering.formulas_and_code import untaught_request
from tutor.core.answering.listing import Listing
from tutor.core.answering.marked_names import marked_name
from tutor.core.answering.method_names import technique_compound
from tutor.core.answering.not_taught import NotTaught, load_not_taught, term_is_setting
from tutor.core.answering.phrases import CoursePhrases
from tutor.core.answering.refusing import Refusing
from tutor.core.answering.scope import uncovered_term, without_foreign_plain_words
from tutor.core.answering.search import (
    ASPECT_HEADINGS,
    CLEAR_LEAD,
    MAKING_LESSONS,
    PREDICTING_LESSONS,
    SearchIndex,
    SearchResult,
)
from tutor.core.answering.sentences import SAID_AGAIN_MARGIN, WHOLE_WORDS, ChoosingSentences
from tutor.core.answering.subjects import names_subject, subject_stems
from tutor.core.answering.switching import Switching
from tutor.core.answering.task_names import task_compound
from tutor.core.answering.term_names import WELL_COVERED
from tutor.core.answering.vocabulary import CourseVocabulary
from tutor.core.answering.who_asks import (
    PERSON_WORD,
    asking_part,
    without_introduction,
    without_job_signature,
    without_trailing_introduction,
)
from tutor.core.inputs import clean_input
from tutor.core.knowledge import Course, load_course
from tutor.core.questions import lesson_question
from tutor.core.words import QUESTION_STOPWORDS, stems, tokenize

_FORMULA_OF = rx.compile(r"\b(?:for|of|behind)\s+(?:the\s+|a\s+|an\s+)?(.+)$", re.IGNORECASE)
_EQUATION = rx.compile(r"\bequals\b|\s=\s")

# A comparison side's first section counts for the missing side from this score, below a whole
# question's scope bar (stop 46, comparison probes at 0.30 / 0.33 / 0.36: +7 / +6 / +2, none lost;
# held out unchanged).
SIDE_FLOOR = 0.3
RELATED_MARGIN = 0.1  # a section of another lesson is suggested only when scored this close


# ---------------------------------------------------------------------------------------------
# The tutor
# ---------------------------------------------------------------------------------------------


# "how do gans make new pictures", "how does a vae come up with new faces": how a thing makes what
# it makes is its mechanism. A section on what it is used for shares every word of such a question
# ("pictures", "create", "faces") and outranks the one that explains it, yet lists uses, not how.
# ("how can i make pictures with a gan" asks how to use one: the learner is the maker.)
_HOW_MADE = rx.compile(
    rf"^\W*{shapes.OPENERS}how\s+(?:do|does|did|can|could|would|will|is|are)\s+"
    r"(?!(?:i|we|you|u|people|one|someone|anyone|businesses|companies)\b)(?:[\w'-]+\s+){1,4}?"
    r"(?:make|makes|making|generate|generates|generating|create|creates|creating|produce|produces|producing|"
    r"draw|draws|paint|paints|write|writes|compose|composes|come\s+up\s+with|invent|invents|dream\s+up)\b",
    re.IGNORECASE,
)
# "how do gans work", "gans, how do they work?": how a thing works is its mechanism as well, asked
# of it by name (or of "they" right after the name is put first). "GANs" in the heading of the
# uses section outranked the generator and the discriminator; unlike a how-it-makes question this
# is moved on a first question too (it names nothing made that a later question could ask about).
_HOW_IT_WORKS = rx.compile(
    rf"^\W*(?:[\w'-]+(?:\s+[\w'-]+){{0,2}}\s*[,:\u2013\u2014-]+\s*)?{shapes.OPENERS}how\s+(?:do|does|did|would|will|is|are)\s+"
    r"(?!(?:i|we|you|u|people|one|someone|anyone|businesses|companies)\b)(?:[\w'-]+\s+){1,3}?"
    r"(?:actually\s+|really\s+)?(?:work|works|working|function|functions)\W*$",
    re.IGNORECASE,
)
_USES_HEADING = rx.compile(r"\b(?:used\s+for|uses|use\s+cases?|applications?)\b", re.IGNORECASE)
# "what are gans", "and gans?" after "whats a vae" (read "whats a gans"): what a thing is, its name
# alone, is its definition too. "GANs" in the uses section's heading ("What GANs have been used
# for") outranked the generator and the discriminator when the name was not the grammatical
# subject the search expects ("whats a gans"), and the answer led with the uses, then the
# definition. A name asked about with a use or a job ("what are gans good for", "what is a vae
# used for", "what do gans do") is no bare definition.
_WHAT_IT_IS = rx.compile(
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:what(?:'s|\s+is|\s+are|\s+was|\s+were)|whats|define)\s+(?:a\s+|an\s+|the\s+)?"
    r"(?P<name>[\w'-]+(?:\s+[\w'-]+){0,3}?)\W*$",
    re.IGNORECASE,
)


def _names_the_uses_subject(asked: str, heading: str) -> bool:
    """Is ``asked`` a bare "what is X" (``_WHAT_IT_IS``, no use or job asked) whose X the uses
    section's ``heading`` names ("GANs" and "What GANs have been used for")? Only then does the
    uses section stand in for X's definition; "what is customer segmentation" is answered from
    the uses it is one of, and "whats the big plus of it" asks no definition at all."""
    match = _WHAT_IT_IS.match(asked)
    if match is None or not compose.asks_what_it_is(asked):
        return False
    named = set(stems(w for w in tokenize(match.group("name")) if w not in QUESTION_STOPWORDS))
    return bool(named) and named <= set(stems(tokenize(heading)))


def _beats_the_story(alone: SearchResult, whole: SearchResult) -> bool:
    """Does the asking sentence, searched alone, find another section than the whole message, one
    that matches it well and better than the story's best? ("harbour pilot, twenty years on the
    river, ... whats a loss function" found the pilot-project section on the job's word; the
    asking sentence alone finds the loss function's.) Why both bars: a story that gives the
    question its setting still wins whenever the setting's section matches at least as well."""
    if not alone.hits or not whole.hits or alone.hits[0].section == whole.hits[0].section:
        return False
    return alone.hits[0].dense >= WELL_COVERED and alone.hits[0].score > whole.hits[0].score


def _how_not_what_for(asked: str, result: SearchResult) -> SearchResult:
    """A how-does-it-make question (``_HOW_MADE``, ``_HOW_IT_WORKS``) or a bare "what is it"
    (``_WHAT_IT_IS``) whose best section is about what its subject is used for is answered by the
    next section of the same lesson instead, which the uses section only outranked by sharing the
    question's words."""
    if not result.in_scope or len(result.hits) < 2:
        return result
    top = result.hits[0].section
    if not _USES_HEADING.search(top.heading):
        return result
    if not (_HOW_MADE.search(asked) or _HOW_IT_WORKS.search(asked) or _names_the_uses_subject(asked, top.heading)):
        return result
    # (Nor a section on how it goes wrong, "Mode collapse: when a GAN loses variety" for "how
    # does it make new faces?": how it makes them is asked, not how it fails.)
    failing = ASPECT_HEADINGS[0][1]
    other = next(
        (
            h for h in result.hits[1:] if h.section.lesson_id == top.lesson_id
            and not _USES_HEADING.search(h.section.heading) and not failing.search(h.section.heading)
        ),
        None,
    )
    if other is None:
        return result
    result.hits = [other, *[h for h in result.hits if h is not other]]
    return result




# A job opening the message before a comma or a full stop ("transmission planning engineer, ...").
_OPENING_JOB = rx.compile(rf"^\W*(?:[a-z][\w'-]*\s+){{0,3}}{PERSON_WORD}(?:\s+here)?\s*[,.:;]\s*", re.IGNORECASE)


# The head noun of a machine's own name ("injury prediction model", "the rota app").
_MACHINE_HEAD = rx.compile(
    r"\b(?:models?|predictors?|forecasters?|classifiers?|detectors?|systems?|apps?|tools?|software|bots?|engines?|platforms?)$",
    re.IGNORECASE,
)


class Tutor(Refusing, Declining, Listing, ChoosingSentences, Switching, Comparing, FollowingUp):
    """Answers questions from the course. Built once (``load_tutor``), then cheap per question."""

    def __init__(self, course: Course, index: SearchIndex, warning: str | None = None) -> None:
        self.course = course
        self.index = index
        self.warning = warning  # one line, set when running on keywords only
        self._vocabulary: CourseVocabulary | None = None
        self._not_taught: NotTaught | None = None
        self._phrases: CoursePhrases | None = None
        self._subject_stems: frozenset[str] | None = None  # words of the course's subject (stems)
        self._other_subjects: np.ndarray | None = None  # OTHER_SUBJECTS, embedded on first use
        self._doers: tuple[np.ndarray, ...] | None = None  # LIVING_, MADE_, BUSINESS_DOERS, on first use
        self._request_model: request_model.RequestModel | bool | None = False  # False: not loaded yet
        self._names_memo: dict[str, list[set[str]]] = {}  # follow-ups: a topic's names, analysed
        self._heading_words: frozenset[str] | None = None  # analysed words of the section headings
        self._section_words: dict[str, frozenset[str]] = {}  # per section id, the stems of its words
        self._written_things: frozenset[str] | None = None  # details.written_things, on first use

    def _section_texts(self) -> list[str]:
        """Each section's lesson title, heading and text: the course's own words, as the
        vocabulary, the not-taught lexicon and the course's word pairs read them."""
        return [f"{s.lesson_title} {s.heading} {s.text}" for s in self.course.sections]

    @property
    def vocabulary(self) -> CourseVocabulary:
        """The course's words for the central-term check (built on first use, ~30 ms)."""
        if self._vocabulary is None:
            self._vocabulary = CourseVocabulary(
                self._section_texts(),
                self.index.vocabulary,
                self.index.learner.word_stems(),
            )
        return self._vocabulary

    @property
    def written_things(self) -> frozenset[str]:
        """The words the course writes, outside fixed phrases (``details.written_things``)."""
        if self._written_things is None:
            self._written_things = written_things(self._section_texts())
        return self._written_things

    @property
    def not_taught(self) -> NotTaught:
        """ML jargon the course never teaches (built on first use, ~40 ms)."""
        if self._not_taught is None:
            self._not_taught = load_not_taught(
                self._section_texts(),
                vocabulary=self.vocabulary,
            )
        return self._not_taught

    @property
    def subject_stems(self) -> frozenset[str]:
        """Stems of the words of the course's subject ("model", "gan", "data"; built on first
        use): an asking sentence with none of them may be about another subject."""
        if self._subject_stems is None:
            self._subject_stems = subject_stems()
        return self._subject_stems

    @property
    def phrases(self) -> CoursePhrases:
        """Word pairs the course and its learner phrasings write in a row (built on first use)."""
        if self._phrases is None:
            texts = self._section_texts()
            texts += [a.text for a in self.index.learner.asks]
            texts += [" / ".join((t.course, *(" ".join(p) for p in t.everyday))) for t in self.index.learner.terms]
            self._phrases = CoursePhrases(texts, (x for s in self.course.sections for x in s.sentences))
        return self._phrases

    @property
    def mode(self) -> str:
        return "hybrid" if self.index.chunk_vectors is not None else "bm25"

    def search(self, query: str, k: int = 5) -> list[Source]:
        """The ``k`` best sections for ``query`` (used by /ask-gen to ground generation)."""
        text = clean_input(query).text
        result = self.index.search(text, k=k)
        return [Source.from_section(h.section, h.score) for h in result.hits]

    def ask(self, question: str, history: Sequence[str] | Conversation | None = None) -> Answer:
        """Answer one question. ``history`` is the conversation so far: a ``Conversation`` (the
        faces keep one and ``record`` each answer in it) or the learner's earlier questions,
        oldest first. The answer says which ``shape`` of question it took and its ``topic``.

        The order of decisions, each a step that reads what earlier ones left in ``Asking``:
        requests answered before the question is read (a summary of the last answer, a question
        about the tutor, no question about the course); the question read against the
        conversation; what to search, the search, and its sections moved to those that answer in
        this conversation; an untaught term named; what is no course question after all; the
        answer composed for the question's shape.

        Raises ``inputs.EmptyInput`` when the question is empty after cleaning.
        """
        cleaned = clean_input(question)
        asking = Asking(cleaned, list(cleaned.notices), Conversation.from_history(history))
        # Before the question is read: the last answer's summary, the tutor itself, and requests
        # that are no question about the course (refused, quoting no passage).
        if (summary := self._summary_asked(asking)) is not None:
            return summary
        # (Not the course question such a question is answered with, which asks how this tutor
        # answers questions: ``_about_the_tutor`` asks it in their place, and it is searched as it
        # stands.)
        if about_the_tutor.about_the_tutor(cleaned.text) and cleaned.text != about_the_tutor.ABOUT_THE_TUTOR_QUESTION:
            return self._about_the_tutor(cleaned.text, asking.notices)
        if (refusal := self._refused_up_front(asking)) is not None:
            return refusal
        # The question as read: its manner of asking dropped, a follow-up read in full.
        self._read_the_question(asking)
        if (refusal := self._refused_as_read(asking)) is not None:
            return refusal
        # Searched, then its sections moved to those that answer in this conversation.
        self._what_to_search(asking)
        self._search_the_question(asking)
        self._settle_the_sections(asking)
        self._searched_as_a_switch(asking)
        self._how_it_makes_it(asking)
        self._narrower_readings(asking)
        self._compared_within_the_last(asking)
        self._after_what_was_said(asking)
        # What the course does not teach, and what is no course question after all.
        self._untaught_term(asking)
        if (refusal := self._of_another_subject(asking)) is not None:
            return refusal
        if (refusal := self._work_ordered(asking)) is not None:
            return refusal
        if (refusal := self._ordered_as_detected(asking)) is not None:
            return refusal
        answer = self._composed(asking)
        if (retry := self._whole_topic_retried(asking, answer)) is not None:
            return retry
        return self._finished(asking, answer)

    def _read_the_question(self, asking: Asking) -> None:
        """The question as read (``asking.asked``): without the role it is asked in, whom the
        answer should suit and chat spellings; after an answer, without a conversation the learner
        drops (then a first question), a reaction to the last answer or who asks; and a follow-up
        read in full against the conversation (``asking.reading``), unless what it names is a
        detail of the section just read (``asking.detail``: then searched as a follow-up)."""
        cleaned, conversation = asking.cleaned, asking.conversation
        # "act as my tutor and explain X": the role is a way of asking; the question is what follows.
        # So is whom the answer should suit: "..., explain it like handover to a tired F1".
        # "what's the course call that": the course's name for a thing is what the thing is (the
        # words "course call" were declined as an untaught term).
        asked = shapes.spell_diff(shapes.without_the_pitch(roles.without_role(course_named.the_course_name_asked(cleaned.text))))
        if conversation.questions and (afresh := conversation_module.without_the_dropped(asked)) is not None:
            # "ok forget that. gans, how do they work?": asked as a first question, on nothing said.
            asked, conversation = afresh, Conversation()
        # "what is overfitting, i'm a nurse": who asks, said after the question, is no part of its
        # topic (nor an untaught term, nor another school subject), first question or follow-up.
        asked = without_trailing_introduction(asked, keeps=self.index.names_a_setting)
        if conversation.questions:
            # "sounds great, so whats the catch?": the reaction to the last answer asks nothing.
            asked = conversation_module.without_reaction(asked)
            # "just the generative ai side please, not the scan reading bit": the side left out
            # names what is not asked.
            asked = conversation_module.without_the_left_out(asked)
            # "i'm a vet, any examples?": who asks, said in a follow-up, names no subject of it (the
            # job alone was judged another subject); a short rest still asks about the topic.
            asked = without_introduction(asked, keeps=self.index.names_a_setting, shortest=1)
        # "and gans?" after "what are vaes used for" asks "what are gans used for"; "which one is
        # better?" after two subjects compares them: such a follow-up is answered read in full.
        # "and compared with unsupervised?" names only the second side: the first is the topic
        # ("it"), not a subject to swap into the last question.
        reading = None if shapes.versus_only(asked) else conversation_module.resolve(
            self.vocabulary.correct(asked), conversation, self.index
        )
        detail = (
            reading is not None and bool(reading.replaced) and bool(reading.subject)
            and conversation_module.a_detail_of_the_last(reading.subject, conversation, self.index)
        )
        if detail:
            # "what about postcodes" after bias: a detail of the section just read, asked about
            # with the topic (searched as a follow-up), not a new subject put in its place.
            reading = None
        asked = reading.text if reading is not None else asked
        asking.asked, asking.conversation, asking.reading, asking.detail = asked, conversation, reading, detail
        asking.simply = shapes.asks_simply(cleaned.text)

    def _what_to_search(self, asking: Asking) -> None:
        """What is searched (``asking.query``: the question without its asking manner, the course
        named as what covers it or who asks; typos mended), the question's shape (its sides
        mended too), whether a comparison points at the topic (``pointing``), the search's
        follow-up switch (``follow``) and the thing searched first (``thing``)."""
        asked, reading, detail = asking.asked, asking.reading, asking.detail
        # typos of course words ("temprature"), and without the course named as what covers the
        # thing asked about ("list every industry the course goes through": "course" is a word of
        # the learning-path sections, not of the industries)
        # "football coach here. ...": who asks is searched as no part of what is asked, unless
        # the job is one of the course's settings ("call centre supervisor here, ...").
        # "need a runbook: every fix for X. full list": how much is wanted, and for which document,
        # is no part of what is searched (shapes.without_the_asking_manner); the shape reads it.
        query = self.vocabulary.correct(without_introduction(
            course_named.without_the_course(shapes.without_the_asking_manner(shapes.from_what_the_course_covers(asked))),
            keeps=self.index.names_a_setting,
        ))
        shape = shapes.detect(asked)
        if shape.kind == "comparison" and two_asks.side_points_back(asked, shape.sides):
            # "what is a vae and what do people use them for": two asks of one thing, the second
            # pointing back at it, are no comparison of "vae" with "use them for".
            shape = shapes.Shape("general")
        if shape.kind == "comparison" and (pair := symptoms.told_pair(asked)) is not None:
            # "how does it choose between trying something new or repeating the trick that got it
            # a treat": the two halves of a dilemma told by its shape are the pair the course
            # compares ("exploration versus exploitation"), not the story's words (stop 40).
            shape = shapes.Shape(shape.kind, pair, shape.same)
        if shape.kind == "comparison" and shape.sides:
            # Each side is searched on its own words: "superviced vs reinforcment lerning" must
            # search "supervised", or that side falls out of scope and one side is answered.
            shape = shapes.Shape(shape.kind, tuple(self.vocabulary.correct(s) for s in shape.sides), shape.same)
        # "how does it compare with X?": the pronoun side is the topic being discussed.
        pointing = reading is None and shape.kind == "comparison" and any(
            side.lower() in conversation_module.REFERRING for side in shape.sides
        )
        if shape.kind == "comparison" and len(shape.sides) == 2 and not pointing:
            # The question and "A versus B" in one MiniLM batch: the joint search runs when no
            # top section covers both sides (then the two sides' searches follow, batched too).
            self.index.prefetch([query, self.joint_query(asked, shape.sides)])
        follow = False if reading is not None else (True if pointing or detail else None)
        # "is netflix recommending shows ml or gen ai": the thing is searched, not the families
        # offered as the choice (the scope checks below still read the whole question).
        thing = query if shape.kind == "comparison" else shapes.without_family_choice(query)
        if shape.kind == "comparison" and (named := shapes.described_learning_asked(asked)) is not None:
            # "learning from worked answers, with no answers, and by getting told good or bad: what
            # does each need as data": the three ways by their names and what is asked of them.
            thing = named
        if shape.kind == "comparison" and shapes.named_by_answer_kind(asked, shape.sides):
            # "one model to guess the rent, another to say whether she pays late": the two kinds of
            # answer are what is compared; the settings' words only framed it (no extra search).
            thing = " versus ".join(shape.sides)
        if shape.kind == "comparison" and shapes.families_skills(asked) == shape.sides:
            # "two of my year 13s want to go into ai, one into the ml side and one into the
            # generative side: different skills?": the families' skills, not the story's school.
            thing = " versus ".join(shape.sides)
        asking.query, asking.shape, asking.pointing, asking.follow, asking.thing = query, shape, pointing, follow, thing

    def _search_the_question(self, asking: Asking) -> None:
        """The search (``asking.result``): the thing first, the whole question when the thing
        alone is not the course's, and a comparison declined whole searched as "A versus B" when
        each side alone is the course's. ``thing_alone`` says the thing was searched in other
        words than the question and answered so."""
        asked, conversation, query, shape, pointing, follow, thing = (
            asking.asked, asking.conversation, asking.query, asking.shape, asking.pointing, asking.follow, asking.thing
        )
        result = self.index.search(thing, k=8, history=conversation, follow=follow)
        # Was the thing searched in other words than the question (without the family choice, or
        # as the two kinds of answer), and answered so? Its scores are then lower than the whole
        # question's would be (see the untaught-term checks below).
        thing_alone = thing != query and result.in_scope
        if thing != query and not thing_alone:
            # "is grading essays a job for ml or gen ai": the thing alone is too loose; the whole
            # question is searched as before (rare: an extra search only on this path).
            result = self.index.search(query, k=8, history=conversation, follow=follow)
        if shape.kind == "comparison" and len(shape.sides) == 2 and not pointing and not result.in_scope:
            # "google lens vs stable diffusion whats the difference": the whole question, its frame
            # words and all, can fall below the scope bar while "A versus B" and each side alone
            # are the course's (stop 31, cmpscope-s31). Searched only on this declined path (the
            # joint query's embedding was prefetched above); the term checks below still run.
            joint = self.index.search(self.joint_query(asked, shape.sides), k=8, history=conversation, follow=follow)
            if joint.in_scope and self.sides_in_scope(shape.sides):
                result = joint
        if not result.in_scope and conversation.sections and (anchor := self._family_of_the_last(asking)) is not None:
            # (stop 44) "any downsides?" after a model that "predicts which burglaries get solved"
            # and how such a model learns: the topic kept was the learner's story, whose words
            # held the follow-up under the scope bar. A follow-up with no topic word of its own
            # asks about the family the last answer taught: searched with its name (fresh
            # follow-up probes efu44-s44: 3 of 30 declined so).
            # (Searched afresh: with the conversation, the story's words drew its section again.)
            retried = self.index.search(f"{query} {anchor}", k=8)
            if retried.in_scope:
                result = retried
        # "ferry deckie, doing an online course on my off weeks. whats overfitting": who asks and
        # how they live, in words no rule knows for a job, held the whole message below the scope
        # bar while its last sentence asks a course question of its own (stop 39). The sentence is
        # searched for every first question of more than one sentence (the one search this stop
        # added to the common path); it replaces the whole message's result only when that was
        # out of scope or the sentence finds another section better. The term checks below still
        # read the whole message.
        if (
            not conversation.questions and shape.kind != "comparison"
            and (alone := self._asking_sentence_alone(query, conversation)) is not None
            and (not result.in_scope or _beats_the_story(alone, result))
        ):
            result, asking.query = alone, asking_part(query)
        asking.result, asking.thing_alone = result, thing_alone

    def _with_the_missing_side(self, sides: tuple[str, ...], answer: Answer) -> Answer:
        """A comparison answered from one section that is about one side only (not a section
        that compares): the other side, searched alone, finds a section of its own in scope; its
        best sentences are added as a cited part of their own.

        Why (stop 44): on fresh comparison probes the most common failure was one side answered
        and the other missing: "staff pushback vs the cost of implementing" told only the
        resistance section, "a holistic approach vs a small pilot" only the pilot, "deepfakes made
        by GANs vs text-to-video" only deepfakes (13 of 25 failures of ecmp44 and dcmp43 measure
        halves cited the right section for one side and nothing for the other)."""
        cited = [source.section for source in answer.sources]
        if not answer.in_scope or len(set(cited)) != 1:
            return answer
        section = self.course.section(cited[0])
        if compose.compares(section):
            return answer  # the course's own comparison speaks of both
        self.index.prefetch(list(sides), expand=True)
        founds = [self.index.search(side, k=3, route=False) for side in sides]
        # A side is a fragment of a question in scope as a whole: told in everyday words
        # ("flagging odd incubator temperature readings", "one that writes up the bank's reports")
        # it scores below the scope bar of a whole question, yet names its section (``SIDE_FLOOR``).
        firsts = [
            found.hits[0].section.id if found.hits and (found.in_scope or found.hits[0].score >= SIDE_FLOOR) else None
            for found in founds
        ]
        if firsts.count(cited[0]) != 1 or None in firsts:
            return answer  # both sides (or neither) find the cited section: it may speak of both
        missing = 1 - firsts.index(cited[0])
        other_terms = compose.side_terms([sides[1 - missing]], self.index.analyse, self.index.idf)
        said = set(self.index.analyse(f"{section.heading} {section.text}"))
        # (Under any of its names, the course's term for its everyday words included: "gen ai"
        # is the "generative AI" of the finance section.)
        names = dict.fromkeys([sides[missing], *self.index.other_names(sides[missing]), self.index.learner.expand(sides[missing])])
        owns = [compose.side_terms([name], self.index.analyse, self.index.idf) - other_terms for name in names]
        if any(not own or own <= said for own in owns):
            # The section names the other side too ("In anomaly detection, ..." of what
            # unsupervised learning is used for; "In finance, ..." for ML and gen AI in banks):
            # it speaks of both.
            return answer
        found = founds[missing]
        other = found.hits[0].section
        scores = self._sentence_scores(other, found)
        positions = self._pick(other, scores, compose.PART_WORDS)
        if not positions:
            return answer
        body = " ".join(other.sentences[p] for p in sorted(positions))
        answer.sources = [*answer.sources, Source.from_section(other, found.hits[0].score)]
        answer.text = f"{answer.text} {other.heading}: {body} [{len(answer.sources)}]"
        return answer

    def _family_of_the_last(self, asking: Asking) -> str | None:
        """The family the last answer taught ("machine learning" or "generative AI", by the
        lesson of its first source) when ``asking`` is a follow-up with no topic word of its own;
        else None (a lesson of both families, or a question that names its own thing)."""
        if asking.shape.kind == "comparison" or conversation_module.topic_words(asking.query):
            return None
        lesson = asking.conversation.sections[0].split("#")[0]  # the last answer's first source
        if lesson in PREDICTING_LESSONS:
            return "machine learning"
        if lesson in MAKING_LESSONS:
            return "generative AI"
        return None

    def _asking_sentence_alone(self, query: str, conversation: Conversation) -> SearchResult | None:
        """The search of the sentence that asks, when an earlier sentence only told a story and
        the asking sentence stands alone (it names its subject: no "it", "that" or "they" pointing
        back into the story) and is the course's; else None."""
        part = asking_part(query)
        words = tokenize(part)
        if part == query.strip() or len(words) < 2 or any(w in conversation_module.REFERRING for w in words):
            return None
        alone = self.index.search(part, k=8, history=conversation, follow=False)
        return alone if alone.in_scope else None

    def _settle_the_sections(self, asking: Asking) -> None:
        """The sections moved to those that answer in this conversation: a follow-up keeps its
        subject (``_keep_the_subject``), a first question's setting that only frames it is left
        (``frame_only_setting``), "vs a gan?" keeps the topic as its first side, an aspect keeps
        its lesson and a switch leaves the section just read (``_leave_the_read_section``)."""
        asked, conversation, reading, query, shape, pointing, result = (
            asking.asked, asking.conversation, asking.reading, asking.query, asking.shape, asking.pointing,
            asking.result,
        )
        if reading is None and shape.kind != "comparison":
            result = self._keep_the_subject(query, result, conversation)
        if not conversation.questions and shape.kind != "comparison":
            # "what could go wrong if a bank lets a model decide loans": the bank only frames it.
            result = self.index.frame_only_setting(query, result)
        if pointing and conversation.topic and shapes.versus_only(asked):
            # "vs a gan?": the first side is the topic itself, not the topic narrowed by the second.
            result.topic = conversation.topic
        result = conversation_module.keep_the_aspects_lesson(result, reading, conversation, self.index)
        result = self._leave_the_read_section(result, reading, conversation)
        asking.result = result

    def _searched_as_a_switch(self, asking: Asking) -> None:
        """A follow-up read as narrowing the topic that found the section just read again is a
        switch after all (``_switch_after_all``): searched so, and when the course covers that
        reading it is the question as read, with its own query and shape."""
        asked, conversation, reading, query, shape, result, thing_alone = (
            asking.asked, asking.conversation, asking.reading, asking.query, asking.shape, asking.result,
            asking.thing_alone,
        )
        switched = self._switch_after_all(asked, result, conversation) if reading is None else None
        if switched is not None:
            # Read as a switch after all: searched and answered as a switch resolved up front is.
            again = self.index.search(self.vocabulary.correct(switched.text), k=8, history=conversation, follow=False)
            again = conversation_module.keep_the_aspects_lesson(again, switched, conversation, self.index)
            again = self._leave_the_read_section(again, switched, conversation)
            if again.in_scope:
                reading, asked, result = switched, switched.text, again
                thing_alone = False  # the switched question was searched whole
                query = self.vocabulary.correct(course_named.without_the_course(asked))
                shape = shapes.detect(asked)
                if shape.kind == "comparison" and shape.sides:
                    shape = shapes.Shape(shape.kind, tuple(self.vocabulary.correct(s) for s in shape.sides), shape.same)
        asking.reading, asking.asked, asking.result, asking.thing_alone, asking.query, asking.shape = (
            reading, asked, result, thing_alone, query, shape
        )

    def _how_it_makes_it(self, asking: Asking) -> None:
        """How a thing makes what it makes, or how it works, is answered by its mechanism, not by
        its lesson's uses section (``_how_not_what_for``): on a switch, or asked how it works or what it is."""
        asked, reading, result = asking.asked, asking.reading, asking.result
        if (
            (reading is not None and reading.replaced) or _HOW_IT_WORKS.search(asked) or _WHAT_IT_IS.search(asked)
            # (stop 44) "how does it make a new picture?" after what a VAE is made of: the pronoun
            # is the thing just taught, and how it makes them is its mechanism, not its uses
            # (efu44 work probe).
            or (asking.conversation.questions and _HOW_MADE.search(asked) and conversation_module.refers_back(asked))
        ):
            # "ok and gans?" after "how do vaes make new pictures": the switch carries the aspect
            # asked (how it makes them) to the new subject. (A first question of that form keeps
            # the search's order: moving it changed what a later "is the encoder still used when
            # generating" could find, tests/core/answering/followups/test_detection.py.)
            result = _how_not_what_for(asked, result)
        asking.result = result

    def _narrower_readings(self, asking: Asking) -> None:
        """A question the course does not cover whole may be the course's read narrower: without
        the people or the context around it (``everyday.narrowed``), or without its words foreign
        to the course (``without_words`` then says so, for the other-subject check)."""
        conversation, query, shape, result = asking.conversation, asking.query, asking.shape, asking.result
        without_words = False
        if not result.in_scope and result.mode == "hybrid" and shape.kind != "comparison":
            # "how can my grandma avoid falling for deepfakes?": the people around a question, or
            # the context before it, can sink it below the scope bar; its narrower readings may not.
            plain = without_foreign_plain_words(query, self.vocabulary)
            told = set(symptoms.told_terms(query))
            for text in everyday.narrowed(query) + ([plain] if plain else []):
                if told and not told & set(symptoms.told_terms(text)):
                    # "the old rotas were rigged for his mates. will the app just carry that on?":
                    # the context that tells a symptom whole by its shape is what is asked; a
                    # reading without it asks something else (stop 40).
                    continue
                narrower = self.index.search(text, k=8, history=conversation, follow=False)
                if narrower.in_scope:
                    result = narrower
                    # Without its foreign words a question about something else can look like the
                    # course's ("the best way to learn the guitar"): it is still checked for that.
                    without_words = text == plain
                    break
        asking.result, asking.without_words = result, without_words

    def _untaught_term(self, asking: Asking) -> None:
        """An untaught term the question names (``asking.term``; ``listed`` when the not-taught
        lexicon lists it or "the formula for X" asks for it), unless it is asked in another
        script (``foreign_script``). Retrieval's scores are read only when they are the question's
        own, and a compound whose every word the matched section tells is no term."""
        asked, conversation, reading, query, shape, result, thing_alone = (
            asking.asked, asking.conversation, asking.reading, asking.query, asking.shape, asking.result,
            asking.thing_alone,
        )
        foreign_script = any(ord(ch) > 127 and ch.isalpha() for ch in asked)
        best_dense = result.hits[0].dense if result.hits and result.mode == "hybrid" else None
        term = listed = None
        # The untaught-term checks that read retrieval's scores trust them only when they are the
        # question's own: not when the thing was searched without its family choice and answered.
        own_scores = not thing_alone or not result.in_scope
        # A first question (no comparison) that retrieval matches only loosely, on its own scores:
        # where a compound name the course never writes is read as the thing asked about.
        loose_first = (
            best_dense is not None and best_dense < WELL_COVERED and not conversation.topic
            and shape.kind != "comparison" and own_scores
        )
        def terms_of(asked: str) -> tuple[str | None, str | None]:
            """(term, listed) of ``asked``: the checks below, in order."""
            term = listed = None
            listed = untaught_request(asked)  # "the formula for X" names what is missing
            if listed is not None and self._course_states_formula(listed, conversation.topic):
                # "whats the formula for recall again": the course writes that one out ("Recall
                # ... equals TP / (TP + FN)"), so it is answered, not declined.
                listed = None
            if listed is None:
                listed = self.not_taught.find(asked)
                if listed is not None and term_is_setting(asked, listed, self.phrases):
                    # "are online learning courses a good path": the term's words describe the
                    # courses asked about; the course question is answered (not_taught.term_is_setting).
                    listed = None
                if listed is not None and self._code_of_another_thing(asked, listed):
                    # "heathrow t5, a40 or m4?": a code that is no model here (see the method).
                    listed = None
                if listed is not None and " or " not in listed:
                    # "how does keyword spotting know i said the wake word": an untaught task
                    # named before the listed term is the thing asked about; both are named
                    # (only the listed one was, stop 38). Naming only: the decision is the same.
                    task = task_compound(asked, self.phrases, describing=False)
                    low = asked.lower()
                    if (
                        task is not None and not set(tokenize(task)) & set(tokenize(listed))
                        and 0 <= low.find(task.lower()) < low.find(listed.lower())
                    ):
                        listed = f"{task} or {listed}"
                    elif (
                        task is not None and task.lower().endswith(" " + listed.lower())
                        and task.lower() in low
                    ):
                        # (stop 40) "is propensity score matching a fair way to compare ...": the
                        # listed term ends a longer name the learner wrote, which is what is asked
                        # about (the decline named "score matching", a diffusion idea).
                        listed = task
            term = (
                listed
                # "why are ai pictures of hands so weird": a particular thing an output gets
                # wrong that the course never writes about, in a question not taken as a follow-up
                # (details.py; asked after any other topic it is still a question of its own),
                # named before the product that makes it ("midjourney ... messing up toes").
                or (failed_detail(asked, self.written_things) or resource_used(asked, self.written_things)
                    if not result.topic and shape.kind != "comparison" and own_scores else None)
                # "does chatgpt have feelings", "is ai alive": a mind claimed for an AI, which
                # the course never takes up, in everyday words (details.mind_claimed, stop 38).
                or (mind_claimed(asked) if shape.kind != "comparison" else None)
                or self._untaught_setting(asked)  # "how is ai used in farming"
                or uncovered_term(asked, self.vocabulary, best_dense)
                # "a counterfactual explanation, i.e. ...", "how is calibration checked": a name
                # the learner marks as one, in a long framed question (marked_names.marked_name).
                or (marked_name(self.vocabulary.correct(asked), self.phrases, self.vocabulary, best_dense)
                    if own_scores else None)
                # (Not when the thing is placed in a family, "a shop forecasting sales, ml or gen
                # ai?": its search left the family words out, so its scores are lower.)
                or (uncovered_compound(  # typos mended
                    query, self.phrases, best_dense, self.vocabulary, following=bool(conversation.topic)
                ) if own_scores else None)
                # "what does the course say about X": the frame that names X is the course's
                # words, which the query leaves out.
                or (uncovered_compound(
                    self.vocabulary.correct(asked), self.phrases, best_dense, self.vocabulary,
                    following=bool(conversation.topic),
                ) if course_named.without_the_course(asked) != asked else None)
                # "our call recordings need speaker diarization": a task name the course never
                # writes, in a first question retrieval matches only loosely.
                or (task_compound(asked, self.phrases, describing=False) if loose_first else None)
                # "does ML help with causal inference": a field's method named with a course word
                # as its head, its first word one the course never uses (method_names.technique_compound).
                or (self._named_in_full(technique_compound(asked, self.phrases, self.vocabulary, strict=True), asked)
                    if loose_first else None)
            )
            return term, listed

        term = listed = None
        if result.hits and not foreign_script:  # another language: its words are not "terms"
            term, listed = terms_of(asked)
            if term is not None and self._only_in_the_job(asked, term):
                # "anti-cheat engineer. our cheat detector and the ai that writes our patch notes
                # ...", "mlops engineer. what is overfitting": the term names the learner's job,
                # not what is asked; the question is read without it (stop 36).
                term, listed = terms_of(self._without_the_job(asked))
            elif term is not None and (label := _OPENING_JOB.match(asked)) is not None and (
                term.lower() in label.group(0).lower() and term.lower() not in asked[label.end():].lower()
            ):
                # (stop 41) "transmission planning engineer, keen on physics-informed neural
                # networks ...": the job that opens the message, followed by more than a short
                # aside, is who asks; the term is looked for in what follows.
                term, listed = terms_of(asked[label.end():])
        if (
            term is not None and listed is None and not (reading is not None and reading.replaced)
            and self.told_by_its_section(term, result)
        ):
            # "what happened with the fake campaign poster in argentina": every word of the
            # compound is the matched section's own, which tells that story (told_by_its_section).
            # Not a compound a follow-up's reading made ("and temperature?" after top-k sampling
            # read as "top-k temperature"): the learner never wrote it, and the whole-topic switch
            # below answers the new subject alone.
            term = None
        if (
            term is not None and listed is None and result.in_scope and result.leaned
            and conversation_module.refers_back(asked) and not names_subject(term, self.subject_stems)
        ):
            # "so similar hairstyles would sit near each other on it?" after the latent space: a
            # follow-up that points back at the topic, which the search answers, checks it with the
            # learner's own example; everyday words no untaught topic of the subject ("similar
            # hairstyles" was declined as one, stop 43).
            term = None
        if (
            term is not None and listed is None and result.in_scope and symptoms.told_terms(asked)
            and (_MACHINE_HEAD.search(term) or term.lower() not in asking_part(asked).lower())
        ):
            # (stop 48) "our gps vests glitch now and then ... if that goes into the injury
            # prediction model does it matter": the message tells a course idea whole by its shape
            # (noisy data), which the search answers; the machine's own name ("... model"), or a
            # term only the story before the asking sentence names, is its setting. (Measured:
            # vetoing any term answered two held-out near misses, so only these two kinds.)
            term = None
        if term is not None and listed is None and asks_a_name(term):
            # "... like cops and robbers. whats the proper name": the name asked for is the
            # described thing's, not a term called "proper name" (stop 37).
            term = None
        asking.foreign_script, asking.term, asking.listed = foreign_script, term, listed

    @staticmethod
    def _without_the_job(asked: str) -> str:
        """``asked`` without the job the learner opens it with ("anti-cheat engineer. ...",
        "NLP engineer here: ..."), or ``asked`` unchanged."""
        return without_job_signature(without_introduction(asked))

    def _only_in_the_job(self, asked: str, listed: str) -> bool:
        """Is the untaught term ``listed`` only a word of the job the learner opens with (stop
        36)? A self-description says who asks: an "anti-cheat engineer" asking how two kinds of
        AI differ asks nothing about anti-cheat. The term still counts when the rest of the
        question names it too ("anti-cheat dev. how does kernel anti-cheat spot aimbots")."""
        rest = self._without_the_job(asked).strip()
        # (only a job that opens the question: a bracket after it, "(tweening)?", may be the name)
        return rest != asked.strip() and asked.strip().endswith(rest) and listed.lower() not in rest.lower()

    def _composed(self, asking: Asking) -> Answer:
        """The answer: the section just cited when a comparison is within it, the decline of an
        untaught term, the not-covered decline, or the answer composed for the question's shape
        (``_compose``). Its question, notice and topic are set by ``_finished``."""
        notices, asked, shape, result, within = asking.notices, asking.asked, asking.shape, asking.result, asking.within
        term, listed, foreign_script = asking.term, asking.listed, asking.foreign_script
        if within is not None and listed is None:
            answer = self._compared_within(asked, result, *within)
        elif term is not None:
            answer = self._term_not_covered(asked, term, result)
        elif not result.in_scope and (plain_term := self._everyday_term(asked, result, foreign_script)):
            # "why do ensembles beat one model": a listed term that is also an English word, with
            # no word of the subject right beside it, is not taken for the jargon up front; but
            # when the course has nothing for the question anyway, the jargon is what was asked,
            # and the decline names it instead of a bare "not covered".
            answer = self._term_not_covered(asked, plain_term, result, everyday=True)
        elif not result.in_scope and (told := self._told_machines_sorted(asked, result, shape)) is not None:
            answer = told
        elif not result.in_scope:
            answer = self._not_covered(asked, result)
            if foreign_script:
                notices.append("The course is written in English; asking in English works best.")
        else:
            answer = self._compose(asked, result, shape, simply=asking.simply)
            if shape.kind not in ("comparison", "list"):
                answer = self._second_ask(asked, result, shape.kind, answer)
        return answer

    def _told_machines_sorted(self, question: str, result: SearchResult, shape: shapes.Shape) -> Answer | None:
        """Two machines the learner's story tells at their jobs, asked whether they are the same
        sort of thing or which is which (``shapes.told_machines_asked_alike``), whose question fell
        below the scope bar: the course's sentence that tells the two families apart, then each
        machine's own part where a learner ask places it clearly (``_compose_family_sort``); else
        None (the not-covered decline).

        Why (stop 49, lcmp49 work probes): "my partner's phone app looked at a photo of my
        eclairs and said 'eclair 92%'. then i typed 'an eclair shaped like a swan' into a
        different app and got a picture of one that never existed. are those the same sort of
        clever?" was declined as not covered: each machine told in the words of the learner's
        trade is far from every course passage, yet whether a thing that labels and a thing that
        makes are one kind of AI is what the course's comparison of the families answers."""
        if shape.kind != "comparison" or not shapes.told_machines_asked_alike(question, shape.sides):
            return None
        return self._compose_family_sort(question, result, shape.sides)

    def _second_ask(self, question: str, result: SearchResult, shape: str, answer: Answer) -> Answer:
        """``answer`` with a short cited part for the second of two asks ("what is mode collapse,
        and how do people get rid of it?", ``two_asks.split``) when the answer does not already say
        what it asks: the second ask is searched alone, its pronoun read as the first ask's subject,
        and the best sentences of the section it finds that the answer has not told are added (cited
        as that section). Why: searched whole, the question found the first ask's section, and the
        second ask's sentences (the remedies, the uses, the law) were left out."""
        asks = two_asks.split(question)
        if asks is None or not answer.in_scope or not answer.sources:
            return answer
        first, second = asks
        subject = two_asks.subject_of(first)
        if not conversation_module.topic_words(subject) or two_asks.asks_its_name(subject):
            # "whats that called and how do you prevent it": the first ask names nothing of its
            # own; what it is about is what the answer found for it, its first section's heading.
            subject = answer.sources[0].heading
        elif result.topic and conversation_module.refers_back(first):
            subject = f"{subject} ({result.topic})"
        # Searched with the first ask's subject, said or pointed at: alone, "what actually helps
        # get people on board" after a team's reluctance found robots learning to walk.
        query = two_asks.with_subject(second, subject)
        found = self.index.search(query, k=3)
        if not found.in_scope or not found.hits:
            return answer
        told = answer.text
        if two_asks.points_back(second):
            # Its own words say what it wants ("how do people get rid of it"): the subject is in
            # every sentence of its section, so it alone picks the definition again (scored as a
            # follow-up's own words are, ``_sentence_scores``).
            found = dataclasses.replace(found, query=second, topic=subject)
        # The section that answers the second ask: the first found (among those close to the best)
        # with a sentence for it that the answer has not told and that scores about as well as the
        # best it told ("are there any laws about it" after a deepfake's whole section: the section
        # on deepfakes and regulation; "how do people stop that" after what mode collapse is: its
        # remedies).
        # A section the whole question found too: the second ask searched apart must not wander
        # from what the message is about ("what goes bad if it takes giant steps" found the
        # supervised algorithms for "neural net").
        near = {h.section.id for h in result.hits} | {source.section for source in answer.sources}
        for hit in found.hits:
            if hit.score < found.hits[0].score - two_asks.SECTION_MARGIN:
                return answer
            if hit.section.id not in near:
                continue
            scores = self._sentence_scores(hit.section, found)
            new = np.array([sentence not in told for sentence in hit.section.sentences])
            if new.any() and (
                not (~new).any() or scores[new].max() >= scores[~new].max() - two_asks.TOLD_MARGIN
            ):
                break
        else:
            return answer
        section = hit.section
        scores = np.where(new, scores, -1.0)
        positions = [p for p in self._pick(section, scores, two_asks.PART_WORDS) if new[p]]
        if not positions:
            return answer
        cited = [source.section for source in answer.sources]
        sources = list(answer.sources)
        if section.id in cited:
            number = cited.index(section.id) + 1
        else:
            sources.append(Source.from_section(section, hit.score))
            number = len(sources)
        body = " ".join(section.sentences[p] for p in positions)
        return dataclasses.replace(answer, text=f"{answer.text} {body} [{number}]", sources=sources)

    def _whole_topic_retried(self, asking: Asking, answer: Answer) -> Answer | None:
        """A switch read into a compound the course never uses, and so not covered, answered with
        the new subject in place of the previous question's whole topic when the course covers
        that (``_whole_topic_switch``); else None."""
        cleaned, notices, conversation, reading = asking.cleaned, asking.notices, asking.conversation, asking.reading
        if reading is not None and reading.replaced and reading.subject and not answer.in_scope:
            # "and temperature?" after "what is top-k sampling" read as "what is top-k
            # temperature", a compound the course never uses: the new subject replaces the
            # previous question's whole topic instead ("what is temperature").
            retry = self._whole_topic_switch(reading, conversation)
            if retry is not None:
                retry.question = cleaned.text
                retry.notice = " ".join(notices) or None
                return retry
        return None

    def _finished(self, asking: Asking, answer: Answer) -> Answer:
        """The answer as the learner asked it: the question as typed, the notices, its shape, the
        topic it was about (the conversation's topic when the question points back and names
        nothing new) and the reading of a follow-up."""
        cleaned, notices, conversation, asked, reading = (
            asking.cleaned, asking.notices, asking.conversation, asking.asked, asking.reading
        )
        shape, result, within = asking.shape, asking.result, asking.within
        answer.question = cleaned.text
        answer.notice = " ".join(notices) or None
        answer.shape = shape.kind
        answer.topic = (
            conversation.topic if within is not None
            else result.topic or self._course_topic(asked, answer) or self._asked_topic(asked)
        )
        if (
            reading is None and conversation.topic and answer.topic and answer.in_scope
            and conversation_module.refers_back(asked)
            and not conversation_module.names_something(answer.topic, self.index)
        ):
            # "why does the ai do it" after hallucination: "it" is the topic, and "the ai" names
            # nothing that would replace it (the next "can a bigger model fix it" is about it).
            answer.topic = conversation.topic
        answer.reading = reading
        return answer

    def _about_the_tutor(self, question: str, notices: list[str]) -> Answer:
        """"do you make things up?", "where do your answers come from?": the course says how this
        tutor answers (extractive, cited, and /ask-gen apart), so that passage answers, made of
        its sentences like any answer; the question is kept as asked."""
        answer = self.ask(about_the_tutor.ABOUT_THE_TUTOR_QUESTION)
        answer.question = question
        answer.notice = " ".join(notices) or None
        return answer

    def _course_states_formula(self, term: str, topic: str | None = None) -> bool:
        """Does the course write out the formula ``term`` asks for ("the formula for recall")? A
        sentence naming its subject (the first course word after "for", "of" or "behind"; for
        "the formula for it", the ``topic`` being discussed) with an equation in it ("... equals
        TP / (TP + FN)", "970 / 1,000 = 0.97")."""
        match = _FORMULA_OF.search(term)
        words = self.index.analyse(match.group(1)) if match else []
        # "formulas for both?" after precision vs recall: the things just discussed, any of them.
        both = bool(match and re.match(r"(?:both|each|either|the\s+two)\b", match.group(1), re.IGNORECASE))
        if not words and match and topic and (conversation_module.refers_back(match.group(1)) or both):
            words = self.index.analyse(topic.split(", ")[-1])
        if not words:
            return False
        subjects = set(words) if both else {words[0]}
        return any(
            subjects & terms and _EQUATION.search(sentence)
            for section in self.index.sections
            for sentence, terms in zip(section.sentences, self.index.sentence_terms(section))
        )

    def _compose(
        self, question: str, result: SearchResult, shape: shapes.Shape | None = None, simply: bool = False
    ) -> Answer:
        """An answer shaped for the question (see ``compose``): lists keep every item,
        comparisons get a cited part per side, yes/no answers open with a verdict; a definition
        asked ``simply`` ("eli5 ...") is told short."""
        shape = shape or shapes.Shape("general")
        if not (result.topic or result.remembered or result.already_said) and shape.kind != "comparison":
            # "how do i get rid of chatbot hallucinations": the section of the problem's lesson that
            # says how to put it right answers, not its definition ranked a hair above it.
            topic = " ".join(conversation_module.topic_words(self.index.learner.expand(question)))
            hits = compose.remedy_section_first(question, result.hits, topic)
            if hits[:1] != result.hits[:1]:
                result = dataclasses.replace(result, hits=hits)
        elif result.topic and not result.subject and shape.kind != "comparison" and "end" not in compose.asked_aspects(
            result.query or question
        ):
            # (Not "when does it stop wiggling": when a process ends, no fix asked.)
            # "how do people fix that" after why GAN training is hard: the remedies the lesson
            # gives ("Remedies include ...", in the mode-collapse section) answer, not the
            # instability paragraph again (stop 41). Asked of the follow-up's own words.
            hits = compose.remedy_section_first(result.query or question, result.hits, result.topic)
            if hits[:1] != result.hits[:1]:
                result = dataclasses.replace(result, hits=hits)
        if (pair := parts_pair(question)) and not any(
            name.lower() in side.lower() for side in shape.sides for name in pair
        ):
            # "what are the two halves of a gan and of a vae", "both gans and vaes are two networks:
            # what are the two bits in each": the parts of each, each from its own lesson (read as
            # a list, a general question, or a comparison whose sides name neither thing, "two bits
            # in each" / "how", the best section told one thing's parts and the other's were
            # missing).
            parts = self._parts_of_each(question, result, pair)
            if parts is not None:
                return parts
        if shape.kind == "list":
            answer = self._compose_list(question, result, self._enumerating_hit(question, result))
            return self._not_again(question, result, answer, shape.kind)
        if shape.kind == "how" and (
            compose.is_steps(result.hits[0].section)
            or (
                shapes.asks_how_to(question) and compose.enumerates(result.hits[0].section)
                and result.hits[0].section.heading.lower().startswith("how ")
            )
            or (
                shapes.asks_how_to(question) and len(result.hits) > 1
                and result.hits[0].score - result.hits[1].score >= CLEAR_LEAD
            )
        ):
            # A recipe of steps, a "How to ..." section that enumerates the ways to do what is
            # asked ("how do I tell if ..."), or the one section plainly about what is to be done
            # ("how do I squish a table down to 2 columns"): all of it, the method included.
            return self._not_again(question, result, self._compose_list(question, result, result.hits[0]), shape.kind)
        if shape.kind in ("yes_no", "general") and (thing := described.placed_machine(question)) is not None:
            # "is the delay predictor in our ops app generative AI?": the course's test of the two
            # families, then the machine's own part (``described.placed_machine``).
            answer = self._compose_family_sort(question, result, (thing,))
            if answer is not None:
                return answer
        if shape.kind == "comparison" and len(shape.sides) >= 2 and shapes.family_sorted(question):
            # "A vs B: which is ML and which gen AI?": the course's telling sentence, then each
            # thing's own part (``Comparing._compose_family_sort``).
            answer = self._compose_family_sort(question, result, shape.sides)
            if answer is not None:
                return answer
        if shape.kind == "comparison" and len(shape.sides) == 2:
            answer = self._compose_comparison(question, result, shape.sides, same=shape.same)
            if answer is not None:
                return self._with_the_missing_side(shape.sides, answer)
        if shape.kind == "comparison" and len(shape.sides) > 2:
            answer = self._compose_many(question, result, shape.sides)
            if answer is not None:
                return answer
        if shape.kind == "general":
            answer = self._compose_course_choice(question, result)
            if answer is not None:
                return answer
        answer = self._compose_general(question, result, shape.kind, simply=simply)
        if shape.kind == "comparison" and len(shape.sides) == 2:
            # (A comparison answered generally, one section told: "staff pushback vs the cost of
            # implementing" gave the resistance section alone.)
            answer = self._with_the_missing_side(shape.sides, answer)
        if shape.kind == "yes_no" and answer.sources:
            first = self.course.section(answer.sources[0].section)
            scores = self._sentence_scores(first, result)
            best = int(np.argmax(scores))
            sims = self.index.sentence_similarities(first, result.query_vector)
            word = compose.verdict(question, first.sentences[best], None if sims is None else float(sims[best]))
            if word:
                answer.text = f"{word} {answer.text}"
        return answer

    def _followups(self, result: SearchResult, cited: set[str]) -> list[str]:
        """2-3 questions, never about a cited section: the next section of this lesson, a
        closely related section of another lesson (only when it scored near the best, so an
        unrelated topic is not suggested), and the next lesson (or more of this one at the end)."""
        best_hit = result.hits[0]
        best = best_hit.section
        lesson = self.course.lesson(best.lesson_id)
        questions: list[str] = []
        used = set(cited)

        siblings = list(lesson.sections)
        position = siblings.index(best)
        others = [s for s in siblings[position + 1 :] + siblings[:position] if s.id not in used]
        if others:
            questions.append(section_question(others[0], 0))
            used.add(others[0].id)

        related = next(
            (
                h.section
                for h in result.hits[1:]
                if h.section.id not in used
                and h.section.lesson_id != best.lesson_id
                and h.score >= best_hit.score - RELATED_MARGIN
            ),
            None,
        )
        if related is not None:
            questions.append(section_question(related, 1))
            used.add(related.id)

        lessons = list(self.course.lessons)
        index = lessons.index(lesson)
        if index + 1 < len(lessons):
            questions.append(lesson_question(lessons[index + 1].title))
        for section in others[1:]:  # too few: more of this lesson
            if len(questions) >= 2:
                break
            questions.append(section_question(section, 1))
        return questions[:3]

_TUTORS: dict[tuple[bool, str], Tutor] = {}


def load_tutor(
    on_status: Callable[[str], None] | None = None, use_embeddings: bool = True
) -> Tutor:
    """Build (once per process) the course, its search index and the tutor.

    ``on_status`` receives short progress lines ("Loading the embedding model..."). When the
    embedding model cannot be loaded the tutor still works on keywords (BM25) and
    ``Tutor.warning`` says so in one line.
    """
    from tutor.core import paths

    key = (use_embeddings, str(paths.lessons_dir()))
    if key in _TUTORS:
        return _TUTORS[key]
    status = on_status or (lambda message: None)
    status("Reading the course...")
    course = load_course()
    embedder = None
    warning = None
    if use_embeddings:
        from tutor.core.answering.embeddings import ModelUnavailable, load_embedder

        status("Loading the embedding model...")
        try:
            embedder = load_embedder()
        except ModelUnavailable as error:
            warning = f"Keyword search only (the embedding model could not be loaded: {error})"
    else:
        warning = "Keyword search only (embeddings turned off)."
    index = SearchIndex(course, embedder, on_status=status)
    tutor = Tutor(course, index, warning=warning)
    _TUTORS[key] = tutor
    status("Ready.")
    return tutor


# (Also re-exported, for the tests and benchmarks that read them from here: the constants and
# functions that moved to the mixins' modules.)
__all__ = [
    "NOT_COVERED",
    "SAID_AGAIN_MARGIN",
    "TERM_NOT_COVERED",
    "WHOLE_WORDS",
    "Answer",
    "Source",
    "Tutor",
    "leans_on_previous",
    "lesson_question",
    "load_tutor",
    "section_question",
]

if __name__ == "__main__":  # pragma: no cover - manual check: python -m tutor.core.answering.answer "question"
    print(load_tutor().ask(" ".join(sys.argv[1:]) or "What is a GAN?").text)

