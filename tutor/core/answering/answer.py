"""Grounded answers: the best sentences of the best sections, cited, with follow-ups.

Why extractive: every sentence the tutor says is a sentence of the course, so it cannot
invent facts. The work is in choosing: sentences are scored by meaning (MiniLM cosine with
the question), shared informative words, and a small preference for a section's opening
sentence (lessons put the definition first), then a few are kept (about 120 words) and put
back in course order so the paragraph reads naturally. Each source section gets a numbered
marker like [1] that maps to ``Answer.sources``.

When the course does not cover a question the tutor says so plainly and names three nearby
topics it does cover, rather than stretching a lesson to fit.

``Tutor`` is made of mixins, each in a module named for what it holds: ``declining`` (the
not-covered and untaught-term answers), ``listing`` (list questions), ``sentences`` (scoring,
picking and citing a section's sentences), ``switching`` (what a follow-up keeps or leaves),
``comparison`` and ``followups``; the answer data are in ``answers``. This module keeps the entry
(``load_tutor``, ``Tutor.ask`` and its order of decisions), the out-of-job side and the suggested
next questions, and re-exports the names other modules read from it (``__all__``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering import compose, everyday, request_model, requests, shapes
from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.answers import Answer, Source, section_question
from tutor.core.answering.comparison import Comparing
from tutor.core.answering.compose import MAX_SOURCES, leans_on_previous
from tutor.core.answering.conversation import Conversation, topic_phrase
from tutor.core.answering.declining import NOT_COVERED, TERM_NOT_COVERED, Declining
from tutor.core.answering.followups import FollowingUp
from tutor.core.answering.listing import Listing
from tutor.core.answering.scope import (
    WELL_COVERED,
    CoursePhrases,
    CourseVocabulary,
    NotTaught,
    load_not_taught,
    marked_name,
    names_other_field,
    names_subject,
    subject_stems,
    task_compound,
    technique_compound,
    term_is_setting,
    uncovered_compound,
    uncovered_term,
    untaught_request,
    without_foreign_plain_words,
    without_introduction,
)
from tutor.core.answering.search import (
    CLEAR_LEAD,
    SearchIndex,
    SearchResult,
)
from tutor.core.answering.sentences import SAID_AGAIN_MARGIN, WHOLE_WORDS, ChoosingSentences
from tutor.core.answering.switching import Switching
from tutor.core.inputs import clean_input
from tutor.core.knowledge import Course, Section, load_course
from tutor.core.questions import lesson_question
from tutor.core.words import QUESTION_STOPWORDS, stem, tokenize

SUMMARY_WORDS = 50  # "tl;dr?": the opening sentence of the section just quoted, and the next within this many words
_FORMULA_OF = rx.compile(r"\b(?:for|of|behind)\s+(?:the\s+|a\s+|an\s+)?(.+)$", re.IGNORECASE)
_EQUATION = rx.compile(r"\bequals\b|\s=\s")

RELATED_MARGIN = 0.1  # a section of another lesson is suggested only when scored this close
REQUEST_BAR = 0.85  # the request detector's probability that refuses (a course list question scored 0.79)
TERM_REQUEST_BAR = 0.9  # ... for an order or a want naming an untaught term (else a near miss)
WEAK_MATCH = 0.5  # best dense cosine below which an answered question counts as weakly matched


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


def _how_not_what_for(asked: str, result: SearchResult) -> SearchResult:
    """A how-does-it-make question whose best section is about what its subject is used for is
    answered by the next section of the same lesson instead (``_HOW_MADE``), which the uses
    section only outranked by sharing the question's words."""
    if not result.in_scope or len(result.hits) < 2 or not (_HOW_MADE.search(asked) or _HOW_IT_WORKS.search(asked)):
        return result
    top = result.hits[0].section
    if not _USES_HEADING.search(top.heading):
        return result
    other = next(
        (h for h in result.hits[1:] if h.section.lesson_id == top.lesson_id and not _USES_HEADING.search(h.section.heading)),
        None,
    )
    if other is None:
        return result
    result.hits = [other, *[h for h in result.hits if h is not other]]
    return result




class Tutor(Declining, Listing, ChoosingSentences, Switching, Comparing, FollowingUp):
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
        self._request_model: request_model.RequestModel | bool | None = False  # False: not loaded yet
        self._names_memo: dict[str, list[set[str]]] = {}  # follow-ups: a topic's names, analysed
        self._heading_words: frozenset[str] | None = None  # analysed words of the section headings
        self._section_words: dict[str, frozenset[str]] = {}  # per section id, the stems of its words

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

        Raises ``inputs.EmptyInput`` when the question is empty after cleaning.
        """
        cleaned = clean_input(question)
        notices = list(cleaned.notices)
        conversation = Conversation.from_history(history)
        if conversation.sections and requests.asks_for_summary(cleaned.text):
            summary = self._summary_of_last(cleaned.text, conversation)
            if summary is not None:
                return summary
        if requests.about_the_tutor(cleaned.text):
            return self._about_the_tutor(cleaned.text, notices)
        refusal = requests.classify(cleaned.text)
        if refusal is not None and refusal.kind == "out_of_job" and conversation.sections:
            refusal = self._elliptic_request(cleaned.text, conversation, refusal)
        if refusal is not None:
            # Not a question about the course: decline, and quote no passage.
            return Answer(
                question=cleaned.text, text=refusal.text, in_scope=False, notice=" ".join(notices) or None
            )
        # "act as my tutor and explain X": the role is a way of asking; the question is what follows.
        # So is whom the answer should suit: "..., explain it like handover to a tired F1".
        asked = shapes.spell_diff(shapes.without_the_pitch(requests.without_role(cleaned.text)))
        if conversation.questions and (afresh := conversation_module.without_the_dropped(asked)) is not None:
            # "ok forget that. gans, how do they work?": asked as a first question, on nothing said.
            asked, conversation = afresh, Conversation()
        if conversation.questions:
            # "sounds great, so whats the catch?": the reaction to the last answer asks nothing.
            asked = conversation_module.without_reaction(asked)
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
        if reading is not None and (refusal := requests.classify(asked)) is not None:
            # "and vaes?" after "write me a poem about gans" asks for another poem.
            return Answer(
                question=cleaned.text, text=refusal.text, in_scope=False, notice=" ".join(notices) or None,
                reading=reading,
            )
        # typos of course words ("temprature"), and without the course named as what covers the
        # thing asked about ("list every industry the course goes through": "course" is a word of
        # the learning-path sections, not of the industries)
        # "football coach here. ...": who asks is searched as no part of what is asked, unless
        # the job is one of the course's settings ("call centre supervisor here, ...").
        # "need a runbook: every fix for X. full list": how much is wanted, and for which document,
        # is no part of what is searched (shapes.without_the_asking_manner); the shape reads it.
        query = self.vocabulary.correct(without_introduction(
            requests.without_the_course(shapes.without_the_asking_manner(asked)), keeps=self.index.names_a_setting
        ))
        shape = shapes.detect(asked)
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
        if shape.kind == "comparison" and shapes.named_by_answer_kind(asked, shape.sides):
            # "one model to guess the rent, another to say whether she pays late": the two kinds of
            # answer are what is compared; the settings' words only framed it (no extra search).
            thing = " versus ".join(shape.sides)
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
            if joint.in_scope and all(self.index.search(side, k=2, route=False).in_scope for side in shape.sides):
                result = joint
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
        switched = self._switch_after_all(asked, result, conversation) if reading is None else None
        if switched is not None:
            # Read as a switch after all: searched and answered as a switch resolved up front is.
            again = self.index.search(self.vocabulary.correct(switched.text), k=8, history=conversation, follow=False)
            again = conversation_module.keep_the_aspects_lesson(again, switched, conversation, self.index)
            again = self._leave_the_read_section(again, switched, conversation)
            if again.in_scope:
                reading, asked, result = switched, switched.text, again
                thing_alone = False  # the switched question was searched whole
                query = self.vocabulary.correct(requests.without_the_course(asked))
                shape = shapes.detect(asked)
                if shape.kind == "comparison" and shape.sides:
                    shape = shapes.Shape(shape.kind, tuple(self.vocabulary.correct(s) for s in shape.sides), shape.same)
        if (reading is not None and reading.replaced) or _HOW_IT_WORKS.search(asked):
            # "ok and gans?" after "how do vaes make new pictures": the switch carries the aspect
            # asked (how it makes them) to the new subject. (A first question of that form keeps
            # the search's order: moving it changed what a later "is the encoder still used when
            # generating" could find, tests/core/test_fudetect_s28.py.)
            result = _how_not_what_for(asked, result)
        without_words = False
        if not result.in_scope and result.mode == "hybrid" and shape.kind != "comparison":
            # "how can my grandma avoid falling for deepfakes?": the people around a question, or
            # the context before it, can sink it below the scope bar; its narrower readings may not.
            plain = without_foreign_plain_words(query, self.vocabulary)
            for text in everyday.narrowed(query) + ([plain] if plain else []):
                narrower = self.index.search(text, k=8, history=conversation, follow=False)
                if narrower.in_scope:
                    result = narrower
                    # Without its foreign words a question about something else can look like the
                    # course's ("the best way to learn the guitar"): it is still checked for that.
                    without_words = text == plain
                    break
        within = None
        if shape.kind == "comparison" and len(shape.sides) == 2 and reading is None and not pointing:
            # "what does the ml part do vs the chatbot" after customer support: both sides are
            # things the section just cited speaks of, so that section answers the comparison.
            within = conversation_module.compared_within(
                asked, shape.sides, conversation, self.index,
                best=result.hits[0].section if result.in_scope and result.hits else None,
                covers=lambda section: compose.covers_both(
                    section, [self._side_names(side) for side in shape.sides], self.index.analyse
                ),
            )
        if result.topic:
            result.already_said = conversation.last_answer
            # Everything the conversation remembers quoting, not only the last answer: two
            # turns back the learner read it too ("how long does it take to train?" after
            # Q-learning and then its table does not get the Q-learning paragraph again). Only
            # whole paragraphs are kept from coming back: a sentence said two turns back still
            # answers when it is the one asked about ("give me an example of the first one").
            result.remembered = conversation.already_said
            if conversation_module.asks_again(cleaned.text):
                # "when was that agreed again?": what was said is what is asked for.
                result.already_said = result.remembered = ""
                result.again = True
            result = self._the_one_named(cleaned.text, result, conversation)
            result = self._back_to_the_quoted(result, conversation)
            result = self._why_the_last(cleaned.text, result, conversation)
            result = self._a_case_of_the_last(cleaned.text, result, conversation)
            result = self._example_of_the_quoted(cleaned.text, shape.kind, result, conversation)
            result = self._the_branchs_section(cleaned.text, result, conversation)
            result = self._too_much_section(cleaned.text, result)
            result = self._aspect_section(cleaned.text, result, conversation)
        elif reading is not None and result.in_scope:
            # A follow-up read in full ("and in shops?" after banks) is still asked by a learner
            # who has read the last answers: what they quoted is not said again to fill this one.
            result.already_said = conversation.last_answer
            result.remembered = conversation.already_said
            result.subject = reading.subject
            result.carried = conversation.asked[-1] if reading.replaced else ""
        result.last_answer = conversation.last_answer
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
        if result.hits and not foreign_script:  # another language: its words are not "terms"
            listed = untaught_request(asked)  # "the formula for X" names what is missing
            if listed is not None and self._course_states_formula(listed, conversation.topic):
                # "whats the formula for recall again": the course writes that one out ("Recall
                # ... equals TP / (TP + FN)"), so it is answered, not declined.
                listed = None
            if listed is None:
                listed = self.not_taught.find(asked)
                if listed is not None and term_is_setting(asked, listed, self.phrases):
                    # "are online learning courses a good path": the term's words describe the
                    # courses asked about; the course question is answered (scope.term_is_setting).
                    listed = None
            term = (
                listed
                or self._untaught_setting(asked)  # "how is ai used in farming"
                or uncovered_term(asked, self.vocabulary, best_dense)
                # "a counterfactual explanation, i.e. ...", "how is calibration checked": a name
                # the learner marks as one, in a long framed question (scope.marked_name).
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
                ) if requests.without_the_course(asked) != asked else None)
                # "our call recordings need speaker diarization": a task name the course never
                # writes, in a first question retrieval matches only loosely.
                or (task_compound(asked, self.phrases, describing=False) if loose_first else None)
                # "does ML help with causal inference": a field's method named with a course word
                # as its head, its first word one the course never uses (scope.technique_compound).
                or (self._named_in_full(technique_compound(asked, self.phrases, self.vocabulary, strict=True), asked)
                    if loose_first else None)
            )
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
        # "list every industry the course covers": what the learner says the course covers is
        # no other school subject, even when the course has nothing on it.
        course_says = requests.without_the_course(asked) != asked
        if listed is None and not foreign_script and not course_says and (
            ((term is not None or not result.in_scope or without_words)
             and self._other_subject(
                 asked, anchored=term is not None or without_words, has_context=bool(conversation.questions)
             ))
            or (result.in_scope and self._preamble_then_other(asked))
            or (result.in_scope and result.leaned and (
                self._aside_of_another_subject(asked, query, conversation)
                or self._topic_word_in_another_thing(query, conversation)
            ))
            # "in french" is no field in "how does google translate write it in french": what an
            # app does for the learner is asked, not a language lesson.
            or (names_other_field(asked) and not names_subject(asked, self.subject_stems)
                and not requests.asks_what_a_thing_does(asked))
        ):
            # "explain photosynthesis", "how should i decorate my living room": not a machine
            # learning topic the course happens to leave out, but outside the tutor's job.
            return Answer(
                question=cleaned.text, text=requests.OTHER_SUBJECT_TEXT, in_scope=False,
                notice=" ".join(notices) or None, reading=reading,
            )
        if (term is not None or not result.in_scope) and (
            requests.orders_making(asked) or (listed is None and requests.orders_work(asked))
        ):
            # "fill in this tax form for me": a job ordered from the tutor about something the course
            # does not teach is outside its job, not a near miss (teaching verbs never reach here);
            # with a listed term, only a piece of work or a model made to order ("write a pytorch
            # training loop i can submit"): "give me the formula for softmax" stays a near miss.
            return Answer(
                question=cleaned.text, text=requests.OUT_OF_JOB_TEXT, in_scope=False,
                notice=" ".join(notices) or None, reading=reading,
            )
        if (
            listed is None and reading is None and not foreign_script  # it learned English
            and not requests.asks_to_teach(asked) and not requests.names_the_course(asked)
            and not requests.reports_a_question(asked)
            # A question naming an untaught term is a near miss, and so is the bare term (one
            # "word", such as a pasted run of 100,000 letters): only orders and wants go on.
            and (term is None or (not requests.opens_as_question(asked) and len(asked.split()) > 1))
            and self._ordered_by_model(query, result, conversation, named_term=term is not None)
        ):
            # "what time is it in tokyo", "i need a personal statement for uni": a request in a
            # phrasing no rule foresaw, recognised by the learned detector where retrieval is weak.
            return Answer(
                question=cleaned.text, text=requests.OUT_OF_JOB_TEXT, in_scope=False,
                notice=" ".join(notices) or None, reading=reading,
            )
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
        elif not result.in_scope:
            answer = self._not_covered(asked, result)
            if foreign_script:
                notices.append("The course is written in English; asking in English works best.")
        else:
            answer = self._compose(asked, result, shape)
        if reading is not None and reading.replaced and reading.subject and not answer.in_scope:
            # "and temperature?" after "what is top-k sampling" read as "what is top-k
            # temperature", a compound the course never uses: the new subject replaces the
            # previous question's whole topic instead ("what is temperature").
            retry = self._whole_topic_switch(reading, conversation)
            if retry is not None:
                retry.question = cleaned.text
                retry.notice = " ".join(notices) or None
                return retry
        answer.question = cleaned.text
        answer.notice = " ".join(notices) or None
        answer.shape = shape.kind
        answer.topic = (
            conversation.topic if within is not None
            else result.topic or self._course_topic(asked, answer) or topic_phrase(asked)
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
        answer = self.ask(requests.ABOUT_THE_TUTOR_QUESTION)
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

    def _ordered_by_model(
        self, query: str, result: SearchResult, conversation: Conversation, named_term: bool = False
    ) -> bool:
        """Does the learned request detector (``request_model.py``) take ``query`` for a job
        ordered from the tutor? Asked only where every refusal rule is silent, of a question that
        opens a conversation (a fragment such as "and the americans?" looks like an order to it),
        is no teaching imperative, does not name the course itself ("plan my route through this
        course"), and that retrieval found weak: declined, or answered from a
        passage that matches it poorly (best dense cosine below ``WEAK_MATCH``). With an untaught
        term named (``named_term``) only an order or a want counts, above ``TERM_REQUEST_BAR``; a
        question naming one stays a near miss. Measured (stop 23): fresh out-of-job probes
        measure2 29 -> 35/40 and measure3 24 -> 25/30; on about 3,900 questions of the read sets,
        limits lists, learner asks, old evaluation and first probe halves it changes no answer."""
        if conversation.questions or self.index.embedder is None:
            return False
        best = result.hits[0].dense if result.hits and result.mode == "hybrid" else None
        if result.in_scope and not named_term and (best is None or best >= WEAK_MATCH):
            return False
        if self._misspelt(query):
            return False
        model = self._request_detector()
        if model is None:
            return False
        vector = self.index.encode_query(self.index.learner.expand(query))  # the search's own vector
        bar = TERM_REQUEST_BAR if named_term else REQUEST_BAR
        return vector is not None and model.probability(vector) >= bar

    def _misspelt(self, text: str) -> bool:
        """Are at least two of ``text``'s words, and a third of them, neither English nor the
        course's ("watis a los funcshun")? The learned request detector read its English words
        only: on a question spelt by ear the unknown words leave it nothing of the question, and it
        took "what is a loss function" so spelt for an order. The typos hide a course question
        at least as often as an errand."""
        words = [w for w in tokenize(text) if w.isalpha()]
        unknown = [
            w for w in words
            if w not in QUESTION_STOPWORDS and stem(w) not in self.index.vocabulary and not everyday.in_dictionary(w)
        ]
        return len(unknown) >= 2 and 3 * len(unknown) >= len(words)

    def _request_detector(self) -> request_model.RequestModel | None:
        """The shipped request detector when it matches the course and the embedder, else None."""
        if self._request_model is False:
            from tutor.core.answering.corpus import dense_texts

            requests_, questions_ = request_model.training_texts()
            asks = dense_texts(self.course, self.index.learner)["asks"]
            key = request_model.model_key(requests_, questions_, asks, self.index.embedder.cache_key)
            self._request_model = request_model.inspect(
                request_model.shipped_path(), key, self.index.embedder.dimension
            )[0]
        return self._request_model

    def _compose(self, question: str, result: SearchResult, shape: shapes.Shape | None = None) -> Answer:
        """An answer shaped for the question (see ``compose``): lists keep every item,
        comparisons get a cited part per side, yes/no answers open with a verdict."""
        shape = shape or shapes.Shape("general")
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
        if shape.kind == "comparison" and len(shape.sides) == 2:
            answer = self._compose_comparison(question, result, shape.sides, same=shape.same)
            if answer is not None:
                return answer
        if shape.kind == "comparison" and len(shape.sides) > 2:
            answer = self._compose_many(question, result, shape.sides)
            if answer is not None:
                return answer
        answer = self._compose_general(question, result, shape.kind)
        if shape.kind == "yes_no" and answer.sources:
            first = self.course.section(answer.sources[0].section)
            scores = self._sentence_scores(first, result)
            best = int(np.argmax(scores))
            sims = self.index.sentence_similarities(first, result.query_vector)
            word = compose.verdict(question, first.sentences[best], None if sims is None else float(sims[best]))
            if word:
                answer.text = f"{word} {answer.text}"
        return answer

    def _summary_of_last(self, question: str, conversation: Conversation) -> Answer | None:
        """The short version of the last answer ("tl;dr?", "recap pls"): the opening of the first
        section it cited, which states that section's point, up to ``SUMMARY_WORDS`` words.

        Why the opening: the course puts each section's point in its first sentence, so it is
        the summary in the course's own words (a follow-up search for "tldr" has no words of
        its own to rank sentences by, and the request check read it as a text to summarise)."""
        try:
            section = self.course.section(conversation.sections[0])
        except KeyError:
            return None
        positions = [0]
        words = len(section.sentences[0].split())
        if len(section.sentences) > 1 and words + len(section.sentences[1].split()) <= SUMMARY_WORDS:
            positions.append(1)
        result = self.index.search(section.heading, k=MAX_SOURCES)
        answer = self._answer_from(question, result, [(section, 1.0, positions, "")])
        answer.shape = "definition"
        answer.topic = conversation.topic
        return answer

    def _compared_within(
        self, question: str, result: SearchResult, section: Section, sides: list[list[str]]
    ) -> Answer:
        """A comparison of two things the section just cited speaks of (``conversation.
        compared_within``): its sentences that name either side, in the course's order, within
        the list budget (the lowest-scoring go first); the whole section when none names one."""
        terms = self.index.sentence_terms(section)
        scores = self._sentence_scores(section, result)
        naming = [
            i for i, words in enumerate(terms)
            if any(conversation_module._stem_in(t, set(words)) for side in sides for t in side)
        ]
        keep = naming or list(range(len(section.sentences)))
        lengths = [len(s.split()) for s in section.sentences]
        while len(keep) > 2 and sum(lengths[i] for i in keep) > compose.LIST_WORDS:
            keep.remove(min(keep, key=lambda i: float(scores[i])))
        score = next((h.score for h in result.hits if h.section.id == section.id), result.hits[0].score if result.hits else 0.0)
        return self._answer_from(question, result, [(section, score, keep, "")])

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

