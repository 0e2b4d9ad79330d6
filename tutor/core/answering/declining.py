"""Declining: the answers that say the course does not cover a question, and why.

Why a module of its own: deciding that a question is not the course's and saying so well is a
large concern apart from composing an answer: naming the untaught term the learner asked about
("The course does not cover time series forecasting", with the words that make up its name),
pointing at the closest section the course does cover, telling another subject or an aside of a
conversation ("and the best pizza toppings?" after k-means) from a question the course answers,
and naming nearby lessons. ``Declining`` is mixed into ``answer.Tutor``, which provides
``index``, ``course``, ``vocabulary``, ``not_taught``, ``subject_stems``, ``phrases``,
``_other_subjects``, ``_doers`` and ``_section_words``; ``Tutor.ask`` decides when to decline.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering import conversation as conversation_module
from tutor.core.answering import everyday, orders, shapes, symptoms
from tutor.core.answering.answers import Answer, _shown, section_question
from tutor.core.answering.codes import ends_in_short_code
from tutor.core.answering.compounds import hyphenated_term
from tutor.core.answering.conversation import Conversation
from tutor.core.answering.described import SELF_ACTING, product_named
from tutor.core.answering.doers import (
    BUSINESS_DOERS,
    DOER_NEIGHBOURS,
    LIVING_DOERS,
    MADE_DOERS,
    frame_doers,
    self_acting_machine,
)
from tutor.core.answering.everyday import in_dictionary
from tutor.core.answering.method_names import technique_compound
from tutor.core.answering.phrases import CoursePhrases
from tutor.core.answering.search import SETTING_LESSON, SearchResult
from tutor.core.answering.subjects import (
    EVERYDAY_SENSES,
    OTHER_SUBJECT_MARGIN,
    OTHER_SUBJECT_MIN,
    OTHER_SUBJECTS,
    names_subject,
)
from tutor.core.answering.task_names import TASK_HEADS, task_compound
from tutor.core.answering.term_names import CENTRAL_SHARE, DESCRIBING, TERM_HEADS, WELL_COVERED
from tutor.core.answering.trades import untaught_setting
from tutor.core.answering.verbs import reads_as_verb
from tutor.core.answering.vocabulary import MIN_LENGTH
from tutor.core.answering.who_asks import asking_part
from tutor.core.knowledge import Section
from tutor.core.questions import lesson_question
from tutor.core.words import PEOPLE, QUESTION_STOPWORDS, content_words, stem, tokenize

NOT_COVERED = "That isn't covered in this course."
TERM_NOT_COVERED = "The course does not cover {term}."
# A declined thing the course does write, in passing: what is asked of it is what it lacks.
MENTIONED_ONLY = "The course mentions {term} only in passing; it does not cover this question."
# The words around an untaught term that only frame how it is asked ("how do airlines do X",
# "how does an app work out X", "how is X used with ai"): no subject of their own.
_FRAME_WORD = rx.compile(
    r"(?:do|does|did|doing|done|work|works|working|use|uses|used|using|get|gets|make|makes|figure|find|out|"
    r"handle|handles|manage|manages|set|sets|run|runs|ai|ml|machine|learning|algorithms?|models?|tech|technology)",
    re.IGNORECASE,
)
# See ``Tutor._preamble_then_other``.
_NAMING_PREAMBLE = rx.compile(r"\W*(?:that|this|those|these)\s+\w", re.IGNORECASE)
_SAYS = rx.compile(r"\b(?:is|are|was|were|am|be|been|i|i'm|im|we|you|looks?|looked|seems?|seemed|made|makes?)\b", re.IGNORECASE)
# Words that ask how a thing works or what it is, asked of an untaught term ("how does X work",
# "what does X mean", "X explained"): nothing of the question's own.
_ASKS_HOW_IT_WORKS = frozenset(
    "work works working mean means meaning explain explained definition define used use classifier classifiers approach approaches".split()
)
# Words that ask what to do about an untaught term ("how can i get around X", "how do i fix /
# avoid / deal with X", "any tips for X"): what is asked of the term, nothing of the question's
# own, so the term's family decides the closest section, not these words ("around" found "When
# k-means clustering fails" for the cold start problem).
_ASKS_WHAT_TO_DO = frozenset(
    """fix fixes fixed fixing solve solves solved solving solution solutions avoid avoiding prevent
    preventing stop stopping handle handling deal dealing cope coping overcome overcoming bypass
    around round past getting tackle tackling reduce reducing mitigate mitigating beat beating tips tip
    trick tricks way ways best problem problems issue issues""".split()
)
_TOPIC_CHANGE = rx.compile(
    # ("anyway" turns to another topic where it opens a clause, "... anyway, how do i ...", not at
    # a clause's end: "only 2 in 100 pallets come in damaged anyway." means "in any case", stop 36)
    r"\b(?:different|unrelated|off[\s-]topic|random|by\s+the\s+way|btw|"
    r"(?:(?<![a-z]\s)|(?<=\bbut\s)|(?<=\bok\s)|(?<=\bso\s)|(?<=\band\s)|(?<=\bwell\s))anyway(?!\s*[.!?]+(?:\s|$))|"
    r"another\s+(?:thing|question|topic)|"
    r"something\s+else|(?:change|changing)\s+(?:of\s+)?(?:the\s+)?(?:subject|topic)|side\s+note|also)\b",
    re.IGNORECASE,
)
# More ways a message turns from what it said to what it wants (``_turned_from_the_lessons``).
_TURNS_AWAY = rx.compile(
    r"\b(?:separate\s+(?:thing|question|matter|note|issue)|(?:what|all)\s+i\s+(?:actually|really)\s+(?:need|want)|"
    r"the\s+real\s+question|(?:but\s+)?right\s+now|(?:totally|completely|entirely)\s+unrelated|"
    r"nothing\s+to\s+do\s+with|quick\s+one|while\s+i\s+(?:have|'ve\s+got)\s+you)\b",
    re.IGNORECASE,
)
# A preamble that remarks on the course itself ("I loved the VAE lesson!", "the tutor's demo was
# fun"): what follows it may well be another subject.
_ABOUT_THE_LESSONS = rx.compile(r"\b(?:lessons?|course|tutor|module|class|lecture|demos?)\b", re.IGNORECASE)


def _takes_up(asking: str, preamble: str, vocabulary: Collection[str]) -> bool:
    """Does the asking sentence repeat a figure ("99", "98%") or a word of the course's own
    vocabulary ("right", "accuracy") that the preamble used? Then it asks about what the preamble
    described, not about a subject of its own."""
    said = {stem(w) for w in content_words(preamble)}
    return any(
        stem(w) in said and (w.isdigit() or stem(w) in vocabulary) for w in content_words(asking)
    )


# Words by which an asking sentence points back at what the learner said before it.
# (stop 37) An asking sentence that asks for the name of something it does not itself name: "whats
# the proper name", "what's the technical term", "what is it called", "what do they call that".
# "what's the proper name for a baby kangaroo" names its own thing and is no such question.
_ASKS_ITS_NAME = rx.compile(
    r"\b(?:(?:proper|real|correct|official|technical|right|actual|formal|fancy|posh)\s+(?:name|term|word)s?"
    r"(?!\s+(?:for|of)\s+(?!(?:it|that|this|them|those|these|the\s+thing)\b))|"
    r"what(?:'s|s|\s+is|\s+are)?\s+(?:it|that|this|they|those)\s+called|"
    r"what\s+do\s+(?:you|they|we|people)\s+call\s+(?:it|that|this|them)\b)",
    re.IGNORECASE,
)
_NAME_WORDS = rx.compile(
    r"(?:the\s+|its\s+|a\s+)?(?:proper|real|correct|official|technical|right|actual|formal|fancy|posh|scientific|umbrella|collective|"
    r"catch-?all|generic|general|overall|family)\s+"
    r"(?:names?|terms?|words?)",
    re.IGNORECASE,
)


def asks_a_name(term: str) -> bool:
    """Is ``term`` only the words that ask for a name ("proper name", "technical term"), which a
    term finder may read as a compound the course never writes?"""
    return bool(_NAME_WORDS.fullmatch(term.strip()))


_POINTS_BACK = rx.compile(r"\b(?:it|its|they|them|their|those|these|this|that|the|both|each|one|ones)\b", re.IGNORECASE)
_POINTING = frozenset("it that this them those these they".split())  # words that lean on an earlier answer
# (stop 48) Things told before, counted: "it says there's 3 ways a computer learns - ... can u line
# the three up side by side for me" asks about the three the sentence before told.
# The count ends the phrase: "compare the two best banana bread recipes" brings things of its own.
_COUNTED_POINTER = rx.compile(
    r"\b(?:(?:the|these|those|all)\s+(?:two|three|four|2|3|4)|both|each\s+(?:one|of\s+them))"
    r"(?=\s*(?:$|[?.!,;:]|up\b|side\b|of\s+them\b|together\b|apart\b|for\s+me\b|please\b|pls\b|against\b))",
    re.IGNORECASE,
)
# An asking sentence whose subject is a pointer: "will it manage outdoor shots?", "why does that happen?"
_POINTER_SUBJECT = rx.compile(
    r"^\W*(?:(?:so|and|but|then|ok|okay)\W+)?(?:(?:how|why|what|when)\s+(?:well\s+)?)?"
    r"(?:will|would|can|could|does|do|did|is|are|was|were|should|might|has|have)(?:n't|nt)?\s+"
    r"(?:it|they|that|this|those|these)\b",
    re.IGNORECASE,
)
# ... or a later clause of it that asks a yes/no question of the pointer: "be honest: does it
# keep copies of my pictures?", "what's that called, and doesn't it mean they hoover up my data?"
# (a worried or loaded question asks about the machine its preamble describes after a cue or a
# first clause). An impersonal "it" ("does it matter", "is it possible") names nothing, and a
# pointer inside a clause ("how do i bake bread if it keeps collapsing") points at its own noun.
_POINTER_ACTS = rx.compile(
    r"(?:[:;,]|\b(?:and|but|so|then|or))\s*(?:will|would|can|could|does|do|did|is|are|was|were|should|might|has|have)"
    r"(?:n't|nt)?\s+(?:it|they)\b(?!\s+(?:\w+ly\s+)?(?:matter|matters|possible|true|ok|okay|worth|normal|safe|legal|"
    r"fine|bad|good|better|worse|right|wrong)\b)",
    re.IGNORECASE,
)

# (stop 36) An asking sentence that points at the situation the preamble told: "why do people dig
# their heels in like this", "is that normal", "does this happen a lot" after the learner's story
# of an AI system at work.
_LIKE_THIS = rx.compile(
    r"\b(?:like\s+(?:this|that)|(?:this|that)\s+(?:happens?|kind\s+of|sort\s+of)|in\s+(?:this|that|a)\s+(?:case|situation)|"
    r"(?:is|are)\s+(?:this|that)\s+(?:normal|common|usual|typical))\b",
    re.IGNORECASE,
)

# (stop 48) An asking sentence that asks what the people of the story should have done, or what
# went wrong for them: "our garden centre bought an expensive ai system, trained nobody on it ...
# looking back what should we have done differently overall" asks about the story told.
# It opens the asking sentence ("Anyway, my cake sank in the middle, what went wrong?" tells its own).
_ASKS_OF_THE_STORY = rx.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|well|honestly|looking\s+back|in\s+hindsight|with\s+hindsight|basically)\W+)*"
    r"(?:\bwhat\s+(?:should|could|would|shall|do|can)\s+(?:we|i|they|he|she|you)\s+(?:have\s+)?(?:done|do)\b|"
    r"\b(?:what|where)\s+(?:went|has\s+gone|'?s\s+gone|have\s+we\s+gone|did\s+(?:we|i|they|he|she)\s+go)\s+wrong\b|"
    r"\bwhat\s+(?:went|'?s\s+going)\s+wrong\b|"
    # "... want to get into making AI tools for theatre. do i really need to go back to uni or is
    # there a cheaper way in": the way into what the story names.
    r"\b(?:do|would|will)\s+i\s+(?:really\s+|actually\s+)?(?:need|have)\s+to\s+(?:go\s+(?:back\s+)?to\s+)?(?:uni|university|college|school)\b|"
    r"\b(?:do|would|will)\s+i\s+(?:really\s+|actually\s+)?need\s+a\s+degree\b|"
    r"\bis\s+there\s+(?:a|another|any)\s+(?:cheaper|quicker|faster|easier|better|other|different)\s+(?:way|route|path)\s+in\b)",
    re.IGNORECASE,
)

# (stop 44) An asking sentence that picks between options the preamble named: "clients ask 'the
# predictive thing or the chatbot thing?' ... what's a rule of thumb for which job suits which?",
# "which one should we buy?", "which of the two is better for us?". It names no thing of its own;
# its options are the preamble's.
_PICKS_BETWEEN = rx.compile(
    r"\bwhich\s+(?:\w+\s+){0,2}(?:suits?|fits?|goes\s+with|is\s+for|belongs\s+to|matches)\s+which\b|"
    r"\bwhich\s+is\s+which\b|"
    r"\bwhich\s+(?:one|ones|of\s+(?:the\s+(?:two|three|both)|them|these|those|the\s+options))\b|"
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:should|do|would|could|shall)\s+(?:we|i|they|you)\s+"
    r"(?:buy|pick|choose|go\s+for|get|use|start\s+with)\b",
    re.IGNORECASE,
)

# The words a follow-up opens with to join the conversation ("and who decides?", "so what then?",
# "but why?", "ok and gans?"): they tie the question to what was said and name no subject, yet a
# leading "and" alone moved "who makes the final call" from -0.01 to +0.13 closer to sport than
# to the course, past the margin that turns a follow-up away as another subject. Its meaning is
# measured without them.
# (The joining words are the chat openers of ``shapes.OPENERS``.)
_unjoined = shapes.without_openers

# "which part deals with the money problem", "whats the part people forget to budget for": a part
# of the topic under discussion is picked out, so the question is about the topic.
_PICKS_A_PART = rx.compile(r"\b(?:which|what|the)\s+(?:part|parts|bit|bits|piece|pieces|step|steps|side|sides)\b", re.IGNORECASE)


class Declining:
    """The not-covered and untaught-term answers of ``Tutor`` (see the module docstring)."""

    def nearby_lessons(self, text: str, count: int = 3) -> list[str]:
        """Titles of the ``count`` lessons closest to ``text`` (distinct lessons)."""
        result = self.index.search(text, k=len(self.index.sections))
        titles: list[str] = []
        for hit in result.hits:
            if hit.section.lesson_title not in titles:
                titles.append(hit.section.lesson_title)
            if len(titles) == count:
                break
        return titles

    def _everyday_term(self, asked: str, result: SearchResult, foreign_script: bool) -> str | None:
        """A listed term written as an everyday English word in a question the course has no
        section for (``NotTaught.find`` with ``everyday``), or a hyphenated term it never writes
        ("one-hot vectors", ``compounds.hyphenated_term``), or None."""
        if foreign_script or not result.hits:
            return None
        return (
            self.not_taught.find(asked, everyday=True) or hyphenated_term(asked, self.phrases)
            or task_compound(asked, self.phrases) or self._only_foreign_word(asked)
            or self_acting_machine(asked, self.vocabulary) or product_named(asked)
            # "how do i train a surrogate model for my simulations": a field's method named with a
            # course word as its head, declined anyway: the decline names it.
            or self._named_in_full(technique_compound(asked, self.phrases, self.vocabulary), asked)
        )

    def told_by_its_section(self, term: str, result: SearchResult) -> bool:
        """Is the unlisted ``term`` a thing the section retrieval matches tells as a whole: that
        section matches the question well (``WELL_COVERED``) and writes every word of the term
        (any form: "the fake campaign poster" of the Argentine election, "the bakery mini
        chatbot" of custom chatbots, "a de-aged actor deepfake")?

        Why: a compound the course never writes in a row was declined as an untaught name, with
        the very section telling its story named as the closest ("The course does not cover fake
        campaign poster. The closest section ... is Deepfakes and the Argentine election
        poster"). A name the course lacks has a word its best section never writes ("model
        collapse": the mode-collapse section has no "model collapse" story, and matches below the
        bar); a learner's words for an example the course narrates are all in it, one of them the
        story's own."""
        if not result.hits or result.mode != "hybrid" or result.hits[0].dense < WELL_COVERED:
            return False
        held = self._section_stems(result.hits[0].section.id)
        words = [w for w in tokenize(term) if w.isalpha() and len(w) >= 3]
        # ... and one of them is a word few sections use (``rare_terms``): a story is told in its
        # own words ("poster", "bakery"); words written all over the course ("a world model")
        # meet in any section.
        rare = self.index.rare_terms.intersection(self.index.analyse(term))
        return bool(words) and bool(rare) and all(stem(w) in held for w in words)

    def _named_in_full(self, name: str | None, asked: str) -> str | None:
        """``name`` with the word before it that qualifies it ("risk parity model", where the
        method's name was found from its first word the course never uses, "parity")."""
        if name is None:
            return None
        before = _qualifier_before(name, asking_part(asked), self.subject_stems)
        return f"{before} {name}" if before else name

    def _only_foreign_word(self, asked: str) -> str | None:
        """The one content word of the declined question's asking sentence that the course, its
        learners' asks and its glossary never use ("how much is a chatgpt plus subscription" ->
        "subscription"), or None when there is none or more than one.

        Why: such a question was declined with a bare "That isn't covered", which does not say
        what the learner asked about that the course lacks; the rest of its words are the course's,
        so the foreign word is what it asks about. People around the question ("my grandma"),
        contractions and short chat words are not it, nor is one word among many (a central term
        is at least ``CENTRAL_SHARE`` of the content words, as in ``scope.uncovered_term``): in
        "my dad asked chatgpt for a book about his hometown and it doesnt exist, what happened"
        the hometown is colour, and a course question retrieval missed must not read as about it."""
        asking = PEOPLE.sub(" ", asking_part(asked))
        content = [w for w in tokenize(asking) if w.isalpha() and len(w) >= 3 and w not in QUESTION_STOPWORDS]
        foreign = {
            w for w in content
            if len(w) >= MIN_LENGTH and w not in everyday.CONTRACTIONS and not self.vocabulary.knows(w)
        }
        if len(foreign) != 1 or 1 / len(content) < CENTRAL_SHARE:
            return None
        word = foreign.pop()
        if everyday.in_dictionary(word) and re.search(rf"\b{_IDIOM_VERBS}\s+(?:\w+\s+)?{re.escape(word)}\b", asking.lower()):
            # "for a project to come unstuck", "went belly up": a plain word completing a verb
            # says what happens to the thing (an idiom), it names nothing the course leaves out.
            return None
        return _with_its_name(word, asking, self.subject_stems)

    def _adds_to_term(self, rest: str, lessons: tuple[str, ...]) -> bool:
        """Does the question without its untaught term (``rest``) ask anything of its own: a
        content word that is neither the kind of thing the term names ("classifiers",
        "algorithm", "score") nor a name of one of the term's lessons ("rl", "neural nets")?"""
        named = {
            w for lesson in lessons for s in self.course.sections if s.lesson_id == lesson
            for w in self.index.analyse(s.lesson_title)
        } | set(self.index.analyse("machine learning artificial intelligence ai ml deep learning neural networks nets"))  # the subject
        for word in self.index.content_words(rest):
            if word.lower() in TERM_HEADS or word.lower() in _ASKS_HOW_IT_WORKS or word.lower() in _ASKS_WHAT_TO_DO:
                continue
            # (a learner's short name is read as the course's: "rl" -> "reinforcement learning")
            expanded = {w for e in self.index.learner.expansions(word) for w in self.index.analyse(e)}
            forms = expanded or set(self.index.analyse(word))
            if forms and not (forms <= named or (expanded and set(self.index.analyse(word)) <= named | {word.lower()} and expanded <= named)):
                return True
        return False

    def _says_more_than_what_to_do(self, rest: str) -> bool:
        """Does the question without its untaught term (``rest``) have a word other than how it
        asks ("how do i deal with ...", "what is ...", "any tips for ...")?"""
        return any(
            w.lower() not in TERM_HEADS and w.lower() not in _ASKS_HOW_IT_WORKS and w.lower() not in _ASKS_WHAT_TO_DO
            and not _FRAME_WORD.fullmatch(w)
            for w in self.index.content_words(rest)
        )

    def _course_name(self, term: str, machine: bool = False) -> tuple[str, list[str]] | None:
        """The name by which the course writes ``term`` and the ids of the sections writing it
        (hyphen or space between its words, a plural "s" allowed: "self driving" in "self-driving
        vehicles", "drone" in "drones"; in course order), or None when no section writes it.

        Why: a declined name is meant to be one the course never writes; when a finder took a
        thing the course does name for the untaught term (``doers.self_acting_machine``: "how do
        self driving cars see" -> "self driving"), "the course does not cover self driving" was
        false, and the closest section offered (found by the rest of the question's words) was
        not the one naming it. (``machine``: the term is a machine's name, which may be an everyday
        name of the course's.)"""
        names = [term]
        shorter = term.rsplit(" ", 1)[0]
        if machine and shorter != term and re.fullmatch(SELF_ACTING, shorter, re.IGNORECASE) and not shorter.endswith("ed"):
            # "self driving lorries": the machine word without its kind. Not a participle: "an
            # automated valuation model" is a process done by machine, and the course's
            # "automated decisions" or "automated captioning" name no such machine.
            names.append(shorter)
        if machine:
            # A machine's everyday name stands for the course's ("driverless", "autopilot" ->
            # autonomous systems, knowledge/glossary.toml) when it is the whole name, or the
            # whole but the kind of machine after it ("driverless taxi").
            words = tokenize(term)
            names += [c for c, (a, b) in self.index.learner.matches(term) if a == 0 and b >= len(words) - 2]
            names = list(dict.fromkeys(names))
        for name in names:
            words = [w for w in tokenize(name) if w.isalnum()]
            if not words:
                continue
            # The plural as English writes it: "-es" only after a hissing end ("boxes", "watches"),
            # so "shap" (SHAP) is not the course's "shapes".
            plural = r"(?:es)?" if re.search(r"(?:[sxz]|ch|sh)$", words[-1], re.IGNORECASE) else r"s?"
            pattern = re.compile(r"\b" + r"[\s-]?".join(map(re.escape, words)) + plural + r"\b", re.IGNORECASE)
            ids = [s.id for s in self.course.sections if pattern.search(s.text)]
            if ids:
                return name, ids
        return None

    def _untaught_setting(self, question: str) -> str | None:
        """The trade the question asks AI's use in, when the course never names it
        (``trades.untaught_setting``: "how is ai used in farming" -> "farming")."""
        return untaught_setting(
            question, lambda w: w in self.vocabulary.words or stem(w) in self.vocabulary.stems, self.index.names_a_setting
        )

    def _covered_settings(self) -> str:
        """The industry lesson's settings, as its headings name them ("Healthcare: ...",
        "Retail: ..."): "healthcare, retail, ... and finance"."""
        names = [
            s.heading.split(":", 1)[0].lower() for s in self.course.sections
            if s.lesson_id == SETTING_LESSON and ":" in s.heading
        ]
        return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)

    def _setting_not_covered(self, question: str, term: str) -> Answer:
        """"how is ai used in farming": the course does not cover that setting; the industries it
        does cover are named (from the industry lesson's headings), and its opening section,
        which says how machine learning and generative AI divide the work in any industry, is
        the closest. No other industry's passage is quoted as if it were the one asked about."""
        nearest = next(s for s in self.course.sections if s.lesson_id == SETTING_LESSON)
        text = (
            f"{TERM_NOT_COVERED.format(term=_shown(term))} The industries it covers are {self._covered_settings()}. "
            f"The closest section it does cover is \"{nearest.lesson_title.rstrip('?')} > {nearest.heading}\". "
            f"You could ask instead: {section_question(nearest, 0)}"
        )
        titles = list(dict.fromkeys([nearest.lesson_title, *self.nearby_lessons(question, 3)]))
        return Answer(
            question=question, text=text, in_scope=False, sources=[],
            followups=[lesson_question(t) for t in titles][:3], demo=None,
        )

    def _term_not_covered(
        self, question: str, term: str, result: SearchResult, everyday: bool = False
    ) -> Answer:
        """The question's central term is not in the course: say so, name the closest section
        the course does cover and suggest a question it can answer (no passage is quoted)."""
        if self._untaught_setting(question) == term:
            return self._setting_not_covered(question, term)
        term = as_spelt_by_learner(term, question)
        if not term.lower().endswith("problem") and re.search(rf"\b{re.escape(term)}\s+problem\b", question, re.IGNORECASE):
            # "the vehicle routing problem": a listed name the learner calls a problem is named so
            # (stop 38; the decline named "vehicle routing").
            term = f"{term} problem"
        term = " or ".join(_whole_name(part, question, self.phrases) for part in term.split(" or "))
        nearest = result.hits[0].section
        machine = self_acting_machine(question, self.vocabulary)
        if machine and set(tokenize(term)) <= set(tokenize(machine)):
            term = machine  # "lorries" of "self driving lorries": the machine is what is named
        written = self._course_name(term, machine=term == machine)
        if written:
            # "how do self driving cars see": the machine is the course's (reinforcement learning
            # names self-driving vehicles); what it is asked to do is what the course lacks. The
            # decline says so and points at the section that names it, nearest to the question
            # first.
            ranked = self.index.search(question, k=len(self.course.sections))
            name, writing = written
            nearest = next((h.section for h in ranked.hits if h.section.id in writing), self.course.section(writing[0]))
            shown = _with_its_kind(term, question)
            if not set(tokenize(name)) <= set(tokenize(term)):
                shown = f"{shown} (among {name})"  # "autopilot (among autonomous systems)"
            text = (
                f"{MENTIONED_ONLY.format(term=shown)} The closest section it does cover is "
                f"\"{nearest.lesson_title.rstrip('?')} > {nearest.heading}\". You could ask instead: {section_question(nearest, 0)}"
            )
            titles = list(dict.fromkeys([nearest.lesson_title, *self.nearby_lessons(question, 3)]))
            return Answer(
                question=question, text=text, in_scope=False, sources=[],
                followups=[lesson_question(t) for t in titles][:3], demo=None,
            )
        # The nearest section is found without the untaught term: its words alone pull in
        # sections that merely share them ("attention heads" -> "... got so much attention").
        rest = re.sub(re.escape(term), " ", question, flags=re.IGNORECASE)
        has_rest = rest != question and bool(self.index.content_words(rest))
        lessons = self.not_taught.near(question, everyday)
        if lessons:
            # A listed term's family names the lessons near it; the rest of the question picks
            # the section among them ("what is beam search?" -> sampling, not unlabelled data).
            # With nothing but the term ("what is beam search?"), its words are all retrieval has,
            # and they match the course only by accident ("search" -> the search step of
            # grounding): the family's first lesson, the one nearest the term, is where to look.
            kind = self.not_taught.near_section(question, everyday)
            if kind and self.course.has_section(kind) and not self._adds_to_term(rest, lessons):
                # "how does xgboost work?", "what's sarsa in rl": nothing asked but the term, whose
                # family names the section closest in kind (the common supervised algorithms
                # for a tree-boosting method; searched, the bare question words found image
                # classification).
                nearest = self.course.section(kind)
            else:
                # In a follow-up the rest leans on the topic being discussed ("are they better than
                # lstms" after transformers): searched with it, or "better" alone picks the section.
                around = f"{rest} {result.topic}" if has_rest and result.topic else (rest if has_rest else question)
                if has_rest and not result.topic and not self._says_more_than_what_to_do(rest):
                    # "how do i deal with vanishing gradients": the rest only asks what to do
                    # about the term, so what the term is about picks among its lessons. (A word
                    # naming the lesson, "to avoid overfitting", still says which section.)
                    around = self._course_part(term)
                ranked = self.index.search(around, k=len(self.course.sections))
                within = lessons if has_rest else lessons[:1]
                nearest = next((h.section for h in ranked.hits if h.section.lesson_id in within), nearest)
        elif machine and (named_by := self._course_name(machine, machine=True)):
            # "how do delivery drones avoid birds": the untaught part is asked of a machine the
            # course names; the section naming it is the closest, not one sharing the rest's words.
            ranked = self.index.search(question, k=len(self.course.sections))
            named = named_by[1]
            nearest = next((h.section for h in ranked.hits if h.section.id in named), self.course.section(named[0]))
        elif has_rest:
            nearest = self._nearest_to_term(term, rest) or nearest
        elif (part := self._course_part(term)) != term and (defined := self.index.search(part, k=1)).hits:
            # "how does a spiking neural network work": nothing asked but the term, a kind of a
            # thing the course defines; the question's own words found gradient descent.
            nearest = defined.hits[0].section
        suggestion = section_question(nearest, 0)
        text = (
            f"{TERM_NOT_COVERED.format(term=_shown(term)).replace('….', '…')} The closest section it does cover is "
            f"\"{nearest.lesson_title.rstrip('?')} > {nearest.heading}\". You could ask instead: {suggestion}"
        )
        # The suggestion is already in the text; follow-ups offer the nearby lessons: the term's
        # own family first (dropout -> the overfitting lesson, not hallucination).
        family = [s.lesson_title for s in self.course.sections if s.lesson_id in lessons]
        titles = list(dict.fromkeys([nearest.lesson_title, *family, *self.nearby_lessons(question, 3)]))
        followups = [lesson_question(t) for t in titles]
        return Answer(
            question=question,
            text=text,
            in_scope=False,
            sources=[],
            followups=list(dict.fromkeys(followups))[:3],
            demo=None,
        )

    def _nearest_to_term(self, term: str, rest: str) -> Section | None:
        """The closest section for an unlisted untaught ``term`` asked in ``rest`` (the question
        without it): by what the term is about, searched on its own, and by the rest's words
        when the course uses any of them ("how do hospitals do patient triage": the hospital is
        the course's healthcare), the two searches' scores added. A rest of frame words alone
        ("how do airlines do ...", "how does shazam do ...") says nothing the course has: it
        found "A small pilot project" for dynamic pricing, by its "do" and its "first step" of
        a business, where the term alone finds personalised prices and predictions."""
        count = len(self.course.sections)
        by_term = self.index.search(self._course_part(term), k=count)
        if not by_term.hits:
            return None
        said = [w.lower() for w in self.index.content_words(rest) if not _FRAME_WORD.fullmatch(w)]
        if not any(w in self.vocabulary.words or stem(w) in self.vocabulary.stems for w in said):
            return by_term.hits[0].section
        by_rest = {h.section.id: h.score for h in self.index.search(rest, k=count).hits}
        return max(by_term.hits, key=lambda h: h.score + by_rest.get(h.section.id, 0.0)).section

    def _course_part(self, term: str) -> str:
        """What to search for ``term``: "what is <the name of the course's own that ends it>" when
        its words before are foreign to the course ("quantum machine learning" -> "what is machine
        learning", "spiking neural network" -> "what is neural network"), else ``term``: what such a term is a kind of is what the course covers,
        and searching the whole name let the foreign word pull in any section ("quantum machine
        learning" found how adversarial training works). Two words at least: one course word
        ("model", "prediction") says too little of what the term is about."""
        words = term.split()
        if len(words) == 1 and (inner := _COURSE_ACRONYM_INSIDE.search(term)) is not None:
            # "zkML", "scGPT", "TinyML": a coined name built on an abbreviation the course uses
            # is a kind of that thing; MiniLM reads the whole name as noise ("what is zkML" was
            # pointed at reinforcement learning in games).
            return f"what is {_COURSE_ACRONYMS[inner.group(1)]}"
        for start in range(1, len(words) - 1):
            head, modifiers = words[start:], words[:start]
            if head[-1].lower() not in _NAME_OF_A_KIND:
                continue  # ("lumping similar customers": a description, not a kind of a named thing)
            if all(self.vocabulary.knows(w.lower()) for w in head) and self.phrases.has([w.lower() for w in head]) and not any(
                self.vocabulary.knows(w.lower()) for w in modifiers
            ):
                return f"what is {' '.join(head)}"  # (asked so, it finds where the course defines it)
        return term

    def _preamble_then_other(self, question: str, term: str | None = None) -> bool:
        """"I loved the VAE lesson! totally different topic, but how do I change a flat tyre?": the
        preamble's course words carried retrieval; the asking sentence alone uses no word of the
        course's subject and is out of scope. An untaught ``term`` named in the asking sentence
        anchors it as a possible near miss (``_other_subject``): "photo library manager. how does
        perceptual hashing find near-duplicate pictures" names a technique, so it is another
        subject only when clearly close in meaning to one (stop 40: it was refused); not a living
        doer's name ("... how does the immune system know what to attack": ``_anchors``)."""
        asking = asking_part(question)
        if asking == question.strip() or names_subject(asking, self.subject_stems):
            return False
        if self.index.is_follow_up(asking) or len(self.index.content_words(asking)) < 3:
            return False  # "I'm studying overfitting. What's the fix?" leans on the preamble
        if shapes.two_sided(question):
            # "we might use gen ai to draft our wording. lay out the upsides and then the
            # downsides": the two sides asked for are those of the family the preamble names.
            return False
        if self.index.search(asking, k=1).in_scope:
            return False
        # A preamble that only points at a thing ("that vae thingy, the squasher and the
        # un-squasher. what do the two halves do?") names what the asking sentence, pointing back,
        # is about. A preamble that says something ("those vae pictures were cool", "machine
        # learning is cool") or announces another topic ("... anyway, what's the capital of peru?")
        # is a remark: the asking sentence stands alone. (Fresh probes: 16/16; pointing back
        # alone, judged on meaning, answered 3 of 12 remarks such as "the vae lesson was fun. how
        # do i bake the perfect sourdough" from the course.)
        preamble = question.strip()[: question.strip().rfind(asking)]
        if symptoms.told_terms(question) and not _TOPIC_CHANGE.search(preamble):
            # "an app reckons it learned to spot sick hives ... did somebody sit and write out all
            # the signs as rules": the message tells a course term whole by its shape (a person
            # writing the rules of what a machine learned), which the asking sentence asks about.
            return False
        if (
            (_POINTER_SUBJECT.match(asking) or _POINTER_ACTS.search(asking) or _LIKE_THIS.search(asking)
             or _PICKS_BETWEEN.search(asking) or _COUNTED_POINTER.search(asking))
            and names_subject(preamble, self.subject_stems)
            and not _TOPIC_CHANGE.search(preamble)
        ):
            # "we want an image generator trained on our catalogue photos, only 200 of them. will it
            # manage outdoor shots?": the pointer is the machine the preamble describes.
            return False
        if (
            _ASKS_OF_THE_STORY.search(asking) and not _TOPIC_CHANGE.search(preamble)
            and not _ABOUT_THE_LESSONS.search(preamble)
            and names_subject(re.split(r"(?<=[.!?])\s+", preamble.strip())[-1], self.subject_stems)
        ):
            # "our garden centre bought an expensive ai system, trained nobody on it ... looking
            # back what should we have done differently": what went wrong, or what should have
            # been done, in the story the sentence just before tells of a machine (not "I loved
            # the GAN lesson. Anyway, my cake sank in the middle, what went wrong?").
            return False
        if _ASKS_ITS_NAME.search(asking) and names_subject(preamble, self.subject_stems) and not _TOPIC_CHANGE.search(preamble):
            # "... two networks set against each other, one knocks up fake pics and the other
            # plays the checker. like red team v blue team. whats the proper name and which bit
            # does what": the name asked for is the name of the thing the preamble describes.
            return False
        if (
            _NAMING_PREAMBLE.match(preamble) and not _SAYS.search(preamble) and not _TOPIC_CHANGE.search(preamble)
            and _POINTS_BACK.search(asking)
        ):
            return False
        if not _TOPIC_CHANGE.search(preamble) and not _ABOUT_THE_LESSONS.search(preamble) and (
            _takes_up(asking, preamble, self.index.vocabulary)
        ):
            # "the supplier brags their stock tool is 99% right, a mate reckons that can hide
            # loads. how can 99 percent right be useless?": the asking sentence takes up the
            # preamble's own figure or course word, so it asks about the thing the preamble
            # describes (a remark before another subject shares none: "the vae lesson was fun.
            # how do i bake sourdough"; a remark on the lessons is no such thing either).
            return False
        if not _TOPIC_CHANGE.search(preamble) and not any(
            stem(w) not in self.index.vocabulary for w in conversation_module.topic_words(asking)
        ):
            # "So, supervised learning. Can you list the common types of problems?", "Transformers
            # confuse me. what are the key ideas?": an asking sentence made only of words the course
            # uses asks about the preamble's topic. Another subject brings words of its own ("how
            # do i make pancakes", "who won the world cup"). Fresh probes: 3 of 24 such questions
            # had been refused as another subject; 11 of 12 remarks followed by another subject
            # have a word the course never uses.
            return False
        anchored = term is not None and term.lower() in asking.lower() and not self._names_a_living_doer(term, asking)
        return self._other_subject(asking, anchored=anchored)

    def _aside_of_another_subject(self, asked: str, query: str, conversation: Conversation) -> bool:
        """A question of its own, asked in a conversation, that the course does not cover alone
        and that only lands near the topic ("and the best pizza toppings?" after k-means, "how do
        i lose weight fast" after loss functions, "and the interest rate at my bank?" after the
        learning rate): declined as it would be as a first question, when in meaning it is
        clearly closer to another subject than to the course (``OTHER_SUBJECT_MARGIN``, as for a
        leaning fragment in ``_other_subject``) and none of its own words, past the ones it shares
        with the topic, is a word of the sections just cited ("why would income mess things up"
        after feature scaling names the section's own example). A request to teach ("give me a
        worked example with numbers") and a question picking a part of the topic ("which part
        deals with the money problem") ask about the topic whatever their words, and so does a
        fragment of one word of its own ("which month?", "what year" asks a value of the topic)."""
        if self.index.embedder is None or orders.asks_to_teach(asked) or _PICKS_A_PART.search(asked):
            return False
        words = conversation_module.topic_words(query)
        if len(words) < 2:
            return False  # "which month?", "what year": a fragment asking a value of the topic
        topic_stems = {stem(w) for w in conversation_module.topic_words(conversation.topic or "")}
        own = [stem(w) for w in words if stem(w) not in topic_stems]
        # (Also the course's terms for its everyday words, ``knowledge/glossary.toml``: "what if i
        # can't afford uni, other ways in?" after the degree route names the university the
        # section speaks of. Stop 44, efu44 work probe.)
        own += [stem(w) for w in conversation_module.topic_words(self.index.learner.expand(query)) if stem(w) not in topic_stems]
        if any(w in self._section_stems(section_id) for section_id in conversation.sections for w in own):
            return False
        scores = self._subject_scores(query)
        return scores is not None and scores[0] - scores[1] >= OTHER_SUBJECT_MARGIN

    def _topic_word_in_another_thing(self, query: str, conversation: Conversation) -> bool:
        """A question of its own that the course does not cover alone and leans on the topic by
        one of its words, written in a compound the course and its learners never write: "how
        much is a bus token in new york?" after tokens, "the best pizza place in the city centre?"
        after k-means centres. The word names another thing there (a bus token, a city centre),
        not the topic; the question is declined as it would be asked first."""
        topic_stems = {stem(w) for w in conversation_module.topic_words(conversation.topic or "")}
        words = re.findall(r"[a-z][a-z'-]*", query.lower())
        for i, word in enumerate(words):
            if stem(word) not in topic_stems:
                continue
            for a, b in ((i - 1, i), (i, i + 1)):
                if a < 0 or b >= len(words):
                    continue
                other = words[a] if a != i else words[b]
                if (
                    other in QUESTION_STOPWORDS or other in conversation_module.ASPECT_WORDS
                    or other in conversation_module.FILLER or stem(other) in topic_stems
                ):
                    continue
                if not self.phrases.has([words[a], words[b]]):
                    return True
        return False

    def _section_stems(self, section_id: str) -> frozenset[str]:
        """The stems of every word of a section (memoised)."""
        if section_id not in self._section_words:
            section = next((s for s in self.course.sections if s.id == section_id), None)
            self._section_words[section_id] = frozenset(
                stem(w) for w in tokenize(section.text if section is not None else "")
            )
        return self._section_words[section_id]

    def _code_of_another_thing(self, question: str, listed: str) -> bool:
        """Is ``listed``, the listed term found in ``question``, only a short code of letters and
        digits ("heathrow t5" for the T5 model, ``codes.ends_in_short_code``) in a question whose asking
        sentence uses no word of the course's subject ("quickest way to heathrow t5, a40 or m4?")?
        Such a code names a road, a terminal or a form as often as a model: the question is then
        read as one with no listed term, so a question about another subject is refused as one
        rather than declined as a near miss naming "heathrow t5". "how big is t5 compared with
        gpt" keeps the model (a subject word), and so does a question that is no nearer in meaning
        to another subject than to the course ("what is t5", "can i fine tune t5 on my laptop")."""
        asking = asking_part(question)
        if not ends_in_short_code(listed) or names_subject(asking, self.subject_stems) or self.index.embedder is None:
            return False
        if self._turned_from_the_lessons(question, listed):
            return True  # "... loved the lesson. anyway, our boiler shows an F1 code, how do i reset it"
        scores = self._subject_scores(asking)
        return scores is not None and scores[0] >= OTHER_SUBJECT_MIN and scores[0] > scores[1]

    def _anchors(self, term: str | None, question: str, result: SearchResult) -> bool:
        """Does ``term``, the untaught term found in ``question`` (None: none), anchor it as a
        possible near miss for ``_other_subject``? Not when the term is only what a frame read
        off who does the thing asked about ("how does the immune system know what to attack",
        "how do farmers do crop rotation": ``doers.frame_doers``) and that doer is a living thing,
        a person at work or nature (``_living_doer``): such a question is asked as one with no
        term, so with no word of the course's subject it is another subject. Only where retrieval
        too found nothing the course answers: "how does the little guy on the frozen lake figure
        out where the holes are" names a living doer in the course's own story."""
        if term is None:
            return False
        if result.in_scope:
            return True
        return not self._names_a_living_doer(term, question)

    def _names_a_living_doer(self, term: str, question: str) -> bool:
        """Is ``term`` only what a frame read off a living doer of the thing asked about ("how
        does the immune system know what to attack": ``_anchors``)?"""
        words = set(tokenize(term))
        return any(
            words <= set(tokenize(f"{doer} {named}")) and self._living_doer(doer)
            for doer, named in frame_doers(asking_part(question))
        )

    def _living_doer(self, doer: str) -> bool:
        """Is ``doer`` nearer in meaning to living doers than to made ones and to businesses (the
        mean cosine of its ``DOER_NEIGHBOURS`` nearest of each of ``LIVING_DOERS``, ``MADE_DOERS``
        and ``BUSINESS_DOERS``)? Without the model, never: the term then anchors as before."""
        if self.index.embedder is None:
            return False
        if self._doers is None:
            self._doers = tuple(
                self.index.embedder.encode(list(kind)) for kind in (LIVING_DOERS, MADE_DOERS, BUSINESS_DOERS)
            )
        vector = self.index.embedder.encode([doer])[0]
        living, made, business = (float(np.sort(bank @ vector)[-DOER_NEIGHBOURS:].mean()) for bank in self._doers)
        return living > max(made, business)

    def _other_subject(self, question: str, anchored: bool = True, has_context: bool = True) -> bool:
        """Is the declined ``question`` about another subject or everyday life rather than machine
        learning? Its asking sentence uses no word of the course's subject; and, when the question
        names a term the course lacks (``anchored``: "the krebs cycle" could be jargon as well as
        "double descent"), in meaning it is clearly close to one of ``OTHER_SUBJECTS``, closer than
        to any course passage. Declined with no such term ("why is the sky blue"), no subject word
        is enough, unless it leans on an earlier answer. On keywords only (no model) an anchored or
        leaning question is never turned."""
        asking = asking_part(question)
        words = tokenize(asking)
        if _POINTING & set(words) and len(self.index.content_words(asking)) <= 3 and not anchored:
            # "can you make it simpler?" leans on an answer, alone or not; a question that names its
            # own term ("how does photosynthesis work, i need it for biology") points at that term.
            return False
        if names_subject(asking, self.subject_stems):
            if anchored or has_context or names_subject(asking, self.subject_stems, ignore=EVERYDAY_SENSES):
                return False
            # "how do clouds know when to rain": the only subject word has an everyday sense
            # (subjects.EVERYDAY_SENSES); the question is the course's only if it means it, so it
            # is another subject when clearly nearer in meaning to one (as a leaning fragment is).
            scores = self._subject_scores(asking) if self.index.embedder is not None else None
            return scores is not None and scores[0] - scores[1] >= OTHER_SUBJECT_MARGIN
        if asking != question.strip() and names_subject(question, self.subject_stems) and (
            (_POINTING & set(words) and not self._points_at_its_own_thing(words))
            or _COUNTED_POINTER.search(asking) is not None
            or len(self.index.content_words(asking)) <= 2
        ):
            # "the tool that writes our product blurbs gives a great one, then garbage. why so
            # inconsistent??": an asking sentence too short to name its own thing, or pointing
            # back ("will it manage outdoor shots?"), asks about the machine the sentence before
            # it describes. ("I loved the GAN lesson. Anyway, what's a good banana bread recipe?"
            # brings a thing of its own.)
            return False
        # A fragment that leans on an earlier answer ("main weakness?", "any example?") asked
        # alone keeps "not covered" unless it is plainly about another subject ("what caused
        # world war one", where "one" only looks like a pointer).
        # With no earlier question, a pointer among words foreign to the course leans on nothing:
        # "tell me which of my coworkers is lying based on their emails" opens a conversation, and
        # "their" points inside it ("biggest weakness?" asked alone still reads as a course fragment).
        course_words_only = not any(
            stem(w) not in self.index.vocabulary for w in conversation_module.topic_words(asking)
        )
        leaning = (self.index.is_follow_up(asking) and (has_context or course_words_only)) or (
            # "wat hapens if the steps are to big" after gradient descent: in a conversation, a
            # question made only of words the course uses (typos mended) goes on with it; it is
            # turned away only when it is plainly closer in meaning to another subject (below).
            has_context and not any(
                stem(w) not in self.index.vocabulary
                for w in conversation_module.topic_words(self.vocabulary.correct(asking))
            )
        )
        if not anchored and not leaning:
            return True
        if self.index.embedder is None:
            return False
        scores = self._subject_scores(asking)
        if scores is None:
            return False
        other, course = scores
        if not anchored:
            return other - course >= OTHER_SUBJECT_MARGIN
        return other >= OTHER_SUBJECT_MIN and other > course

    def _turned_from_the_lessons(self, question: str, term: str | None) -> bool:
        """Does the message remark on the lessons, then turn away from them ("your lesson on
        overfitting was spot on. separate thing: what's the minimum concrete cover for rebar",
        "... very good by the way. Anyway what I actually need: our boiler keeps locking out with
        an F1 code"), the asking sentence naming no word of the course's subject? Then the term
        read off it ("minimum concrete cover", "F1") is no untaught topic of machine learning but
        the other subject asked about, unless it is named as one ("... anyway, how does
        non-intrusive load monitoring work": a kind of task or model the course lacks)."""
        asking = asking_part(question)
        if asking == question.strip() or names_subject(asking, self.subject_stems):
            return False
        preamble = question.strip()[: question.strip().rfind(asking)]
        if not _ABOUT_THE_LESSONS.search(preamble) or not (
            _TOPIC_CHANGE.search(preamble) or _TOPIC_CHANGE.search(asking[:40])
            or _TURNS_AWAY.search(preamble) or _TURNS_AWAY.search(asking[:40])
        ):
            return False
        last = (term or "").lower().split()[-1:] or [""]
        return last[0] not in TASK_HEADS and last[0] not in _NAME_OF_A_KIND

    def _points_at_its_own_thing(self, words: list[str]) -> bool:
        """Does a thing the course never speaks of come before the first pointer of an asking
        sentence (``words``)? "our boiler keeps locking out with an F1 code, talk me through
        resetting it": "it" is the boiler, not the machine a preamble about the lessons described
        (stop 41: such job tasks after praise for a lesson were declined as not covered)."""
        first = next(i for i, w in enumerate(words) if w in _POINTING)
        return any(
            w.isalpha() and len(w) > 2 and w not in QUESTION_STOPWORDS and stem(w) not in self.index.vocabulary
            and everyday.in_dictionary(w)
            for w in words[:first]
        )

    def _subject_scores(self, text: str) -> tuple[float, float] | None:
        """How close ``text`` (its clauses unjoined) comes in meaning to the nearest other school
        subject and to the nearest course passage, or None when it cannot be embedded.

        Why one method: both tests of "is this really another subject?" (a first question and an
        aside in a conversation) weigh the same two cosines, and the subjects are embedded once,
        on first use."""
        if self._other_subjects is None:
            self._other_subjects = self.index.embedder.encode(list(OTHER_SUBJECTS))
        meaning = _unjoined(text)
        vector = self.index.encode_query(meaning)
        course = self.index.best_cosines([meaning])
        if vector is None or course is None:
            return None
        return float((self._other_subjects @ vector).max()), float(course[0])

    def _not_covered(self, question: str, result: SearchResult) -> Answer:
        titles = self.nearby_lessons(question)
        listed = "; ".join(t.rstrip("?") for t in titles)
        text = (
            f"{NOT_COVERED} It teaches machine learning and generative AI, and I only answer "
            f"from its lessons. Nearby topics it does cover: {listed}."
        )
        return Answer(
            question=question,
            text=text,
            in_scope=False,
            sources=[],
            followups=[lesson_question(t) for t in titles],
            demo=None,
        )

# (stop 41) The hyphenated word right before a named term ("leave-one-out cross-validation",
# "non-negative matrix factorisation", "physics-informed neural networks"), and the head word
# right after a term that ends in one ("chain-of-thought prompting"): parts of its name.
_HYPHENED_BEFORE = rx.compile(r"\b([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\s+$", re.IGNORECASE)
_HEAD_AFTER = rx.compile(r"^\s+([a-z]{4,})\b", re.IGNORECASE)
_NAME_HEADS = frozenset(
    """prompting prompts learning training tuning transfer models model networks network method methods
    estimation detection prediction monitoring analysis regression classification clustering search
    sampling decoding inference embedding embeddings encoding optimisation optimization""".split()
)


def _whole_name(term: str, question: str, phrases: CoursePhrases) -> str:
    """``term`` with the hyphenated word the learner wrote right before it, or the head word after
    a term ending in a hyphenated word (``_HYPHENED_BEFORE``, ``_HEAD_AFTER``): the decline named
    "cross-validation" of "leave-one-out cross-validation" and "chain-of-thought" of
    "chain-of-thought prompting", which names another thing or half of one. A plain hyphened
    word ("well-known", "so-called", "real-time") or one the course writes is no part of it."""
    at = question.lower().find(term.lower())
    if at < 0:
        return term
    before = _HYPHENED_BEFORE.search(question[:at])
    if before is not None and _names_a_kind(before.group(1), phrases):
        term = f"{before.group(1)} {term}"
    elif (
        "-" in term.split()[-1] and (after := _HEAD_AFTER.match(question[at + len(term):])) is not None
        and after.group(1).lower() in _NAME_HEADS
    ):
        term = f"{term} {after.group(1)}"
    return term


def _names_a_kind(word: str, phrases: CoursePhrases) -> bool:
    """Is the hyphenated ``word`` jargon that names a kind ("leave-one-out", "non-intrusive"),
    not a plain English compound ("well-known", "so-called", "long-term") nor the course's own?"""
    parts = word.lower().split("-")
    if min(len(p) for p in parts) < 2 or parts[0] in _PLAIN_OPENERS or parts[-1] in _PLAIN_ENDS:
        return False
    if parts[0] != "non" and in_dictionary("".join(parts)):
        return False  # "co-worker", "re-trained"
    return not (phrases.has([word.lower()]) or any(p in _COURSE_ACRONYM_WORDS for p in parts))


# Hyphened modifiers of plain English ("well-known", "so-called", "state-of-the-art",
# "real-time", "ai-powered", "data-driven", "open-source", "large-scale").
_PLAIN_OPENERS = frozenset("well so long short up step day year week month old brand full part half all x e".split())
_PLAIN_ENDS = frozenset(
    """based powered driven style like related level scale quality cost time term source house edge shelf
    date use known called art friendly free ready grade made sized end hand minded looking""".split()
)
_COURSE_ACRONYM_WORDS = frozenset("ai ml llm gpt".split())


# Words that never name a kind of thing before a noun: verbs, adverbs and the like ("keep missing
# seasonality", "really seires"). A word ending so is what is done to the name, not part of it.
_NOT_A_MODIFIER = rx.compile(r"(?:ing|ed|ly)$")


def _qualifier_before(name: str, asking: str, stems_of_subject: frozenset[str]) -> str | None:
    """The content word right before ``name`` in ``asking`` that qualifies it ("a risk parity
    model" -> "risk"), or None: not a question word, an article, a describing word (unless an
    aspect word: "time series", "cost curve"), a contraction, a verb or adverb form, nor a word of
    the subject, which sets the scene ("a chatgpt refund" is a refund)."""
    match = re.search(rf"\b([a-z]+)\s+{re.escape(name.lower())}\b", asking.lower())
    before = match.group(1) if match else None
    if (
        before and len(before) >= 3 and before.isalpha() and before not in QUESTION_STOPWORDS
        and (before not in DESCRIBING or before in conversation_module.ASPECT_WORDS)
        and before not in everyday.CONTRACTIONS and not _NOT_A_MODIFIER.search(before)
        and not names_subject(before, stems_of_subject)
    ):
        return before
    return None


# The last words of the course's names for kinds of thing ("machine learning", "neural network",
# "language model"): a term ending in such a name is a kind of it (``Tutor._course_part``).
_NAME_OF_A_KIND = TERM_HEADS | frozenset("learning intelligence ai ml".split())
# Abbreviations the course uses, as they appear inside a coined name written with capitals
# ("zkML", "scGPT", "AutoRL"), with what to search for them.
_COURSE_ACRONYMS = {
    "ML": "machine learning", "AI": "artificial intelligence", "RL": "reinforcement learning",
    "GPT": "a large language model", "LLM": "a large language model", "GAN": "a GAN", "VAE": "a VAE",
    "NLP": "natural language processing",
}
_COURSE_ACRONYM_INSIDE = rx.compile(r"(?<=[a-z0-9])(ML|AI|RL|GPT|LLM|GAN|VAE|NLP)(?![a-z])")


# Verbs that open everyday idioms with a plain word ("come unstuck", "go belly up", "fall flat",
# "get the hang of it", "run dry"): the word after them says what happens, it is no name.
_IDIOM_VERBS = (
    r"(?:come|comes|came|coming|go|goes|went|gone|going|get|gets|got|getting|fall|falls|fell|falling|"
    r"run|runs|ran|running|turn|turns|turned|turning|break|breaks|broke|breaking|fly|flies|flew|"
    r"play|plays|played|playing|stay|stays|stayed|keep|keeps|kept|end|ends|ended)"
)


def _with_its_name(word: str, asking: str, stems_of_subject: frozenset[str]) -> str:
    """The foreign ``word`` with the words that make up its name in ``asking``: a content word
    right before it that qualifies it ("a time seires model" -> "time seires",
    ``_qualifier_before``), and a word after it naming the kind of thing ("seires model",
    ``TERM_HEADS``) or a task ("seires forecasting", ``TASK_HEADS``).

    Why: a name is often two or three words of which only one is foreign to the course ("time
    series", "magic eraser", "lane keeping"); the decline named the one foreign word alone ("The
    course does not cover series"), which is not what the learner asked about."""
    match = re.search(rf"\b{re.escape(word)}\b(?:\s+([a-z]+)\b)?", asking.lower())
    if match is None:
        return word
    before = _qualifier_before(word, asking, stems_of_subject)
    after = match.group(1)
    name = f"{before} {word}" if before else word
    if after and (after in TERM_HEADS or after in TASK_HEADS):
        name = f"{name} {after}"
    return name


def _with_its_kind(term: str, question: str) -> str:
    """A machine word ``term`` with the noun after it in ``question`` that names the kind of
    machine ("self driving" -> "self driving cars"), unless that word is the question's verb ("how do drones
    learn": ``verbs.reads_as_verb``) or a question word."""
    if not re.fullmatch(SELF_ACTING, term, re.IGNORECASE):
        return term  # the kind is named already ("driverless taxi")
    words = tokenize(question)
    named = tokenize(term)
    for start in range(len(words) - len(named) + 1):
        if words[start : start + len(named)] == named:
            after = start + len(named)
            if (
                after < len(words) and words[after].isalpha() and words[after] not in QUESTION_STOPWORDS
                and not reads_as_verb(words, after, start)
            ):
                return f"{term} {words[after]}"
            break
    return term


# One spelling convention for another, British and American ("optimisation" ~ "optimization",
# "colour" ~ "color", "analyse" ~ "analyze").
_SPELLING = ((r"isation", "ization"), (r"ise(s|d)?$", r"ize\1"), (r"yse(s|d)?$", r"yze\1"), (r"our", "or"), (r"ogue$", "og"))


def _one_spelling(word: str) -> str:
    for pattern, replacement in _SPELLING:
        word = re.sub(pattern, replacement, word)
    return word


def as_spelt_by_learner(term: str, question: str) -> str:
    """``term`` with each word the learner spelt by the other convention put back as they wrote
    it ("route optimization engine" -> "route optimisation engine").

    Why: some finders read the question with its words mended to the course's spelling, so the
    decline named the thing in a spelling the learner never used; a learner who wrote
    "optimisation" reads back "optimisation". Only a change of convention is undone, never a
    mended typo: a misspelt name is declined as the name it is."""
    # (words of five letters or more: "or" is no spelling of the learner's "our")
    asked = {_one_spelling(w): w for w in tokenize(question) if len(w) >= 5}
    written = set(tokenize(question))
    return " ".join(
        w if w.lower() in written or len(w) < 5 else asked.get(_one_spelling(w.lower()), w) for w in term.split(" ")
    )
