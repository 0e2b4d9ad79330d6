"""Refusing: the answers that say a request is no question about the course, quoting no passage.

Why a module of its own: a learner may ask the tutor for a job (an errand, a poem, a piece of
work to hand in), or about another subject than machine learning, and the answer then says what
the tutor is for rather than declining a topic the course happens to leave out (``declining``).
Some requests are plain before the question is read (``requests.classify``), some only once a
follow-up is read in full, once retrieval has found nothing for a question about another subject,
or once the learned request detector (``request_model.py``) takes a question retrieval matched
weakly for an order. ``Refusing`` is mixed into ``answer.Tutor``, which provides ``index``,
``course``, ``subject_stems``, ``_request_model``, the other-subject checks of ``Declining``
and ``_elliptic_request`` (``Switching``); each step reads the question's state in ``Asking``.
"""

from __future__ import annotations

from tutor.core.answering import (
    about_making,
    course_named,
    everyday,
    orders,
    question_forms,
    refusal_texts,
    request_model,
    requests,
)
from tutor.core.answering.answers import Answer
from tutor.core.answering.asking import Asking
from tutor.core.answering.conversation import Conversation
from tutor.core.answering.search import SearchResult
from tutor.core.answering.subjects import (
    EVERYDAY_SENSES,
    disowned_rest,
    names_other_field,
    names_subject,
)
from tutor.core.words import QUESTION_STOPWORDS, stem, tokenize

REQUEST_BAR = 0.85  # the request detector's probability that refuses (a course list question scored 0.79)
TERM_REQUEST_BAR = 0.9  # ... for an order or a want naming an untaught term (else a near miss)
WEAK_MATCH = 0.5  # best dense cosine below which an answered question counts as weakly matched


class Refusing:
    """The refusals of ``Tutor.ask`` (see the module docstring)."""

    def _refused_up_front(self, asking: Asking) -> Answer | None:
        """A request that is no question about the course (``requests.classify``: an errand, a
        piece of work, a poem), refused before the question is read, else None. After an answer,
        "and code?" may ask the last question of another subject instead (``_elliptic_request``)."""
        cleaned, notices, conversation = asking.cleaned, asking.notices, asking.conversation
        refusal = requests.classify(cleaned.text)
        if refusal is not None and refusal.kind == "out_of_job" and conversation.sections:
            refusal = self._elliptic_request(cleaned.text, conversation, refusal)
        if refusal is not None:
            # Not a question about the course: decline, and quote no passage.
            return Answer(
                question=cleaned.text, text=refusal.text, in_scope=False, notice=" ".join(notices) or None
            )
        return None

    def _refused_as_read(self, asking: Asking) -> Answer | None:
        """A follow-up that, read in full, is a request refused up front ("and vaes?" after "write
        me a poem about gans"), refused the same way; else None."""
        cleaned, notices, asked, reading = asking.cleaned, asking.notices, asking.asked, asking.reading
        if reading is not None and (refusal := requests.classify(asked)) is not None:
            # "and vaes?" after "write me a poem about gans" asks for another poem.
            return Answer(
                question=cleaned.text, text=refusal.text, in_scope=False, notice=" ".join(notices) or None,
                reading=reading,
            )
        return None

    def _of_another_subject(self, asking: Asking) -> Answer | None:
        """A question about another subject than the course's ("explain photosynthesis"), refused
        as outside the tutor's job, not declined as a topic the course leaves out; else None."""
        cleaned, notices, asked, query, reading, conversation, result = (
            asking.cleaned, asking.notices, asking.asked, asking.query, asking.reading, asking.conversation,
            asking.result,
        )
        term, listed, foreign_script, without_words = asking.term, asking.listed, asking.foreign_script, asking.without_words
        # "list every industry the course covers": what the learner says the course covers is
        # no other school subject, even when the course has nothing on it.
        course_says = course_named.without_the_course(asked) != asked
        if listed is None and not foreign_script and not course_says and (
            ((term is not None or not result.in_scope or without_words)
             and self._other_subject(
                 asked, anchored=(self._anchors(term, asked, result) and not self._turned_from_the_lessons(asked, term))
                 or without_words,
                 has_context=bool(conversation.questions),
             ))
            or (result.in_scope and self._preamble_then_other(asked, term))
            or (result.in_scope and result.leaned and (
                self._aside_of_another_subject(asked, query, conversation)
                or self._topic_word_in_another_thing(query, conversation)
            ))
            # "in french" is no field in "how does google translate write it in french": what an
            # app does for the learner is asked, not a language lesson.
            or (names_other_field(asked) and not names_subject(asked, self.subject_stems)
                and not about_making.asks_what_a_thing_does(asked))
            or self._disowned(asked, term, result)
        ):
            # "explain photosynthesis", "how should i decorate my living room": not a machine
            # learning topic the course happens to leave out, but outside the tutor's job.
            return Answer(
                question=cleaned.text, text=refusal_texts.OTHER_SUBJECT_TEXT, in_scope=False,
                notice=" ".join(notices) or None, reading=reading,
            )
        return None

    def _disowned(self, asked: str, term: str | None, result: SearchResult) -> bool:
        """Has the learner said the question is not about the course's subject ("not about ai:
        ...", "unrelated to machine learning, ...", ``subjects.disowned_rest``), and does the rest
        use no word of that subject (an everyday sense aside: "agents" on the phones)? A bare "off
        topic" counts only for a question the course found nothing for and that names no untaught
        term: "off topic, but how does netflix pick shows" is still the course's, "off topic: what
        is xgboost" a near miss."""
        rest = disowned_rest(asked, off_topic=term is None and not result.in_scope)
        return rest is not None and not names_subject(rest, self.subject_stems, ignore=EVERYDAY_SENSES)

    def _work_ordered(self, asking: Asking) -> Answer | None:
        """A job ordered from the tutor ("fill in this tax form for me") about something the course
        does not teach, refused as outside its job; else None."""
        cleaned, notices, asked, reading, result = (
            asking.cleaned, asking.notices, asking.asked, asking.reading, asking.result
        )
        term, listed = asking.term, asking.listed
        if ((term is not None or not result.in_scope) and (
            orders.orders_making(asked) or (listed is None and orders.orders_work(asked))
        )) or (term is None and self._order_after_praise(asked)):
            # "fill in this tax form for me": a job ordered from the tutor about something the course
            # does not teach is outside its job, not a near miss (teaching verbs never reach here);
            # with a listed term, only a piece of work or a model made to order ("write a pytorch
            # training loop i can submit"): "give me the formula for softmax" stays a near miss.
            return Answer(
                question=cleaned.text, text=refusal_texts.OUT_OF_JOB_TEXT, in_scope=False,
                notice=" ".join(notices) or None, reading=reading,
            )
        return None

    def _order_after_praise(self, asked: str) -> bool:
        """Does ``asked`` order a job only after a preamble ("loved the k-means lesson, and the
        one on bias ... anyway, while i have you, can you write up the minutes of our meeting"),
        the order itself naming no word of the course's subject and not the course? The
        preamble's course words carried retrieval to a section, so the job was answered with a
        passage on k-means; the order alone is what the learner wants."""
        order = orders.order_after_preamble(asked)
        return (
            order is not None and not names_subject(order, self.subject_stems)
            and not course_named.names_the_course(order) and not orders.asks_to_teach(order)
            # "... can you figure out which kind of learning would group our customers?": an
            # order the course answers on its own is a course question asked politely.
            and not self.index.search(order, k=1).in_scope
        )

    def _ordered_as_detected(self, asking: Asking) -> Answer | None:
        """A request in a phrasing no rule foresaw, recognised by the learned request detector
        where retrieval is weak (``_ordered_by_model``), refused as outside the job; else None."""
        cleaned, notices, asked, query, reading, conversation, result = (
            asking.cleaned, asking.notices, asking.asked, asking.query, asking.reading, asking.conversation,
            asking.result,
        )
        term, listed, foreign_script = asking.term, asking.listed, asking.foreign_script
        if (
            listed is None and reading is None and not foreign_script  # it learned English
            and not orders.asks_to_teach(asked) and not course_named.names_the_course(asked)
            and not question_forms.reports_a_question(asked)
            # A question naming an untaught term is a near miss, and so is the bare term (one
            # "word", such as a pasted run of 100,000 letters): only orders and wants go on.
            and (term is None or (not question_forms.opens_as_question(asked) and len(asked.split()) > 1))
            and self._ordered_by_model(query, result, conversation, named_term=term is not None)
        ):
            # "what time is it in tokyo", "i need a personal statement for uni": a request in a
            # phrasing no rule foresaw, recognised by the learned detector where retrieval is weak.
            return Answer(
                question=cleaned.text, text=refusal_texts.OUT_OF_JOB_TEXT, in_scope=False,
                notice=" ".join(notices) or None, reading=reading,
            )
        return None

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
