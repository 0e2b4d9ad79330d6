"""Follow-up answers: what the conversation has already quoted shapes the next answer.

Why a module of its own: a follow-up that lands on the section just quoted must not get the same
paragraph again but the sentences that answer it ("how long does it take to train?" after
Q-learning), "the bias one" names an item of the last answer, and an everyday question's topic is
carried as the course term it stands for. So are the steps of ``Tutor.ask`` that only a
conversation has: the summary of the last answer ("tl;dr?"), what was said kept from being said
again, and a comparison of two things the section just cited speaks of. ``FollowingUp`` is mixed
into ``answer.Tutor``, which provides ``index``, ``course``, ``_sentence_scores``,
``_add_term_bonus``, ``_pick``, ``_answer_from``, ``_compose_general`` and ``_side_names``.
"""

from __future__ import annotations

import re

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering import about_the_tutor, compose
from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.answers import Answer
from tutor.core.answering.asking import Asking
from tutor.core.answering.compose import (
    MAX_SOURCES,
    SECTION_MARGIN,
    leans_on_previous,
    pick_sentences,
)
from tutor.core.answering.conversation import Conversation
from tutor.core.answering.search import ASPECT_HEADINGS, SEEN_PENALTY, Hit, SearchResult
from tutor.core.answering.who_asks import asking_part, without_introduction, without_job_signature
from tutor.core.knowledge import Course, Section, split_sentences
from tutor.core.words import stem, tokenize

SUMMARY_WORDS = 50  # "tl;dr?": the opening sentence of the section just quoted, and the next within this many words
# A kept side named this early in a sentence is its subject ("In customer support, machine learning ...").
KEPT_SIDE_WORDS = 6
SUBJECT_BONUS = 0.5  # "and the decoder?": a sentence whose subject is the new subject (``Tutor._subject_sentences``)
FOCUS_WORDS = 110  # follow-ups on the section just quoted: the sentences that answer, at most this long (stop 43:
# 80 -> 110 measured read cases +28 -2 and held out +2, a follow-up answer's median 78 -> 95 words)
FOCUS_MARGIN = 0.25  # ... those scored this close to the best one (a vague follow-up gets several)
FOCUS_MIN = 40  # ... and the best ones up to this many words whatever their score

# "the bias one": an item of the last answer named by one word (not "the first one", "the other one").
_THE_ONE = rx.compile(r"\bthe\s+([a-z][a-z-]+)\s+one\b", re.I)
_NOT_NAMES = frozenset(
    "first second third fourth fifth last other same former latter next previous new old right wrong "
    "best worst better worse main big bigger small smaller only whole".split()
)

ECHO_MARGIN = 0.15  # the section just quoted answers a follow-up echoing one of its sentences from this far below
# A sentence that works with figures: two numbers in it ("Precision is 15 / 25 = 0.60").
_FIGURES = rx.compile(r"\d[\d,.]*\D+\d")
QUOTED_MARGIN = 0.12  # the section just quoted may answer an aspect from this far below the best
NAMES_MORE = 0.25  # ... when its sentence on the aspect names this much more of the topic
GROUP_WORDS = 100  # an announced pair or triple is told whole up to this many words

# "This tutor shows the two ends of that spectrum.", "There are two kinds of ...": a short
# sentence announcing a count of things that the next sentences are.
_COUNT = {"two": 2, "three": 3}
_ANNOUNCING = rx.compile(
    r"\b(?:shows?|has|have|brings?|comes?\s+in|falls?\s+into|takes?)\s+(?:the\s+)?(two|three)\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b[^:;]*$",
    re.I,
)


def _announced_group(section: Section, position: int) -> list[int] | None:
    """The announcing sentence and its items when the sentence at ``position`` is one of the few
    items a short sentence just before announces ("... the two ends of that spectrum."), else None."""
    for start in range(max(0, position - 3), position):
        sentence = section.sentences[start]
        match = _ANNOUNCING.search(sentence)
        if match is None or len(sentence.split()) > 15:
            continue
        count = _COUNT.get(match.group(1).lower(), 2)
        items = list(range(start + 1, start + 1 + count))
        if position in items and items[-1] < len(section.sentences):
            return [start, *items]
    return None


OTHER_SUBJECT_PENALTY = 0.5  # a follow-up about "it": a sentence on the section's other subject only (0.3 left it ahead)
# "does it need ...", "is it fussy about ...": the follow-up's subject is the topic being discussed.
_POINTS_AT_TOPIC = rx.compile(r"\b(?:it|its|it's|itself|they|them|their)\b", re.I)
# "that held back lot", "those hidden examples", "this extra bit": a demonstrative with a vague
# head noun describes what was just discussed, in the learner's words, and points back at it. Its
# words name the topic, not what is asked of it: "what if someone tweaks the model using that
# held back lot?" asks about tuning on the test set, and "held back" echoed the sentence that had
# just been told ("Holding data back matters because ...") ahead of the one on tuning (stop 39).
_POINTING_DESCRIPTION = rx.compile(
    # ("is that a sure thing": "that" is the subject there, and "a sure" says what is asked.)
    r"\b(?:that|this|those|these)\s+(?!(?:a|an|the|my|your|our|their|his|her|its|what|how|why|just|really|so|too|very)\b)"
    r"((?:[\w'-]+\s+){1,3}?)(?:lot|bit|bits|part|parts|stuff|thing|things|bunch|pile|"
    r"chunk|chunks|portion|share|slice|batch|ones?|examples|data|set|sets)\b",
    re.IGNORECASE,
)
# A section that is one example as a whole: "A worked example: building a spam filter", "The cats
# and dogs example".
_EXAMPLE_HEADING = rx.compile(r"\bexample\b", re.I)
# A sentence that states an example itself: "for example ...", "A customer support tool is a
# simple example: ...".
_STATES_EXAMPLE = rx.compile(r"\b(?:for\s+example|for\s+instance|e\.g\.)|\b(?:is|are)\s+an?\s+(?:[\w-]+\s+)?example\b", re.I)
# A heading that joins subjects: "The generator and the discriminator", "Classification versus
# regression", "When k-means clustering fails and DBSCAN helps", "Features, feature scaling and ...".
_JOINS = rx.compile(r"\b(?:and|versus|vs|or|compared\s+with)\b|,", re.I)
# A question that asks for a thing by describing it: "what's the algorithm that handles odd
# shapes", "which method can follow moon shapes", "what's the other flavour that picks categories".
_ASKS_BY_DESCRIPTION = rx.compile(
    r"^\W*(?:(?:so|and|ok|okay|then)\W+)*(?:what|which)(?:'s|s|\s+is|\s+was)?\s+(?:the\s+|a\s+|an\s+)?(?:other\s+)?"
    r"(?:[\w-]+\s+)?(?:one|ones|algorithm|method|model|network|net|part|bit|kind|type|technique|measure|metric|"
    r"setting|knob|approach|flavour|flavor|way|tool|thing)\b\s*(?:,\s*)?(?:that|which|who|for|to|where|with|built|used|can|could|will|would|does|do|is|are|has|\w+s)\b",
    re.IGNORECASE,
)
# A sentence that opens by naming its subject ("DBSCAN is ...", "The discriminator looks at ...").
_NAMED_OPENING = rx.compile(r"^(?:An?\s+|The\s+)?(?P<name>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:is|are|was|does|can|[a-z]+s)\b")


# "if it becomes too strong", "too big": what too much of something does.
_TOO = rx.compile(r"\btoo\s+(big|large|high|much|many|small|low|little|strong|weak|long|short|fast|slow)\b", re.I)

# A follow-up asking what goes wrong, in a learner's words rather than a named weakness: "what if i
# choose the wrong number of clusters", "what happens if the judge one gets too good", "when does it fall
# over", "where does it break down" (``FollowingUp._failure_section``).
_GOES_WRONG = rx.compile(
    r"\bwhat\s+(?:if|happens\s+(?:if|when)|would\s+happen\s+if)\b[^?]*?\b(?:too|bad|badly|wrong|poor|poorly|rubbish|"
    r"useless|weak|broken|terrible|awful|lousy)\b"
    # (Stop 37: a what-if that denies the condition the topic needs, "what if the groups arent
    # nice round blobs tho" after k-means, asks what goes wrong when it does not hold.)
    r"|\bwhat\s+(?:if|happens\s+(?:if|when)|about\s+when)\s+(?:the\s+|my\s+|our\s+)?[\w'-]+\s+(?:aren'?t|arent|isn'?t|isnt|are\s+not|is\s+not|don'?t|dont|doesn'?t|doesnt)\b"
    r"|\b(?:fall|falls|falling|fell)\s+over\b|\bbreaks?\s+down\b|\b(?:doesn'?t|does\s+not|won'?t|wouldn'?t)\s+work\b"
    r"|\bwhen\s+(?:does|do|would|will|might|can)\s+(?:it|they|that|this)\s+(?:fail|struggle|go\s+wrong|break|mess\s+up)\b",
    re.I,
)

# A sentence saying that something goes wrong ("a poor starting position can lead to a poor result").
_FAILS = rx.compile(r"\b(?:poor|poorly|bad|badly|wrong|fails?|failure|too|problems?|mistakes?|breaks?|stumble)\b", re.I)

# "why?", "why not?", "how come?", "why bother": the reason for what was just said.
_BARE_WHY = rx.compile(
    r"^\W*(?:(?:so|but|and|ok|okay|hm+|wait)\W+)?(?:why|how\s+come)(?:\W+(?:not|so|is\s+that|that|bother|though|exactly|then))*\W*$",
    re.I,
)

_WHY_OPENING = rx.compile(r"^\W*(?:(?:so|but|and|ok|okay|hm+|wait)\W+)?(?:why|how\s+come)\b", re.I)
# (Stop 37: "why does it do that", "why does that happen", "how come it does that": the pronoun
# and a verb that only points at what was said ask nothing of their own either.)
_WHY_EXTRA = frozenset(
    "why come not so is that though bother exactly then really does do did it this they happen happens happening".split()
)
_POINTING_WHY = rx.compile(r"\b(?:does|do|did|happen|happens|happening)\b", re.I)
# A result joined to what causes it ("... flattens them so unlikely tokens get picked more often"):
# the course's reason where it writes no "because".
_SO_RESULT = rx.compile(r"\w\s+so\s+(?!(?:much|many|far|long|well|too|very)\b)[a-z]+\s+[a-z]+", re.I)


def _explains(sentence: str) -> bool:
    """Does ``sentence`` give a reason (``compose.gives_reason``) or a result of a cause
    (``_SO_RESULT``)?"""
    return compose.gives_reason(sentence) or bool(_SO_RESULT.search(sentence))


def _bare_why(question: str) -> bool:
    """"why?", "why not?", "why tho?", "how come though": a why with nothing of its own but
    chat particles (``conversation.FILLER``)."""
    if _BARE_WHY.match(question):
        return True
    if not _WHY_OPENING.match(question):
        return False
    words = re.findall(r"[a-z']+", question.lower())
    return all(w in _WHY_EXTRA or w in conversation_module.FILLER for w in words[1:])


# Openings of a sentence that illustrates the one before it.
_ILLUSTRATES = rx.compile(
    r"^(?:An?|The)\s+(?:\w+\s+)?example\b|^(?:For (?:example|instance)|Suppose|Imagine|Take|Consider)\b"
)
# ... and one that says what the one before is like ("Grading a model on its own training data is
# like grading a student with the exact questions from the practice sheet ..." after why data is
# held back): the analogy is how the reason is made plain, and goes with it.
_ANALOGY = rx.compile(
    r"^[^,.;:]{1,80}?\s(?:is|are|works?)\s+(?:a\s+bit\s+|rather\s+|much\s+|just\s+)?like\b|^(?:Just\s+as|Think\s+of|Much\s+like)\b"
)
# ... and one whose example is said after its subject ("Some support vector machine (SVM)
# algorithms, for instance, become very expensive ..." after "... therefore has exceptions.").
_ILLUSTRATES_AFTER_SUBJECT = rx.compile(r"^[^,.;:]{1,60},\s*for\s+(?:example|instance),")


def _makes_concrete(sentence: str) -> bool:
    """Does ``sentence`` illustrate the one before it: an example, an example said after its
    subject, or an analogy (the three patterns above)?"""
    return bool(_ILLUSTRATES.match(sentence) or _ILLUSTRATES_AFTER_SUBJECT.match(sentence) or _ANALOGY.match(sentence))


class FollowingUp:
    """The follow-up paths of ``Tutor.ask`` and ``Tutor._compose`` (see the module docstring)."""

    def _summary_asked(self, asking: Asking) -> Answer | None:
        """The short version of the last answer when one is asked for ("tl;dr?", "recap pls";
        ``_summary_of_last``), else None."""
        cleaned, conversation = asking.cleaned, asking.conversation
        if conversation.sections and about_the_tutor.asks_for_summary(cleaned.text):
            summary = self._summary_of_last(cleaned.text, conversation)
            if summary is not None:
                return summary
        return None

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

    def _after_what_was_said(self, asking: Asking) -> None:
        """What the conversation has said shapes a follow-up's result: the last answer, and the
        paragraphs quoted before, are not said again (unless asked again), and the follow-up
        steps of ``FollowingUp`` move it to the section that answers; a follow-up read in full
        carries its new subject and the question it was put into."""
        cleaned, conversation, reading, shape, result = (
            asking.cleaned, asking.conversation, asking.reading, asking.shape, asking.result
        )
        if result.topic:
            result.already_said = conversation.last_answer
            # Everything the conversation remembers quoting, not only the last answer: two
            # turns back the learner read it too ("how long does it take to train?" after
            # Q-learning and then its table does not get the Q-learning paragraph again). Only
            # whole paragraphs are kept from coming back: a sentence said two turns back still
            # answers when it is the one asked about ("give me an example of the first one").
            result.remembered = conversation.already_said
            if conversation_module.asks_again(cleaned.text) or self._figures_said(cleaned.text, result, conversation):
                # "when was that agreed again?": what was said is what is asked for.
                result.already_said = result.remembered = ""
                result.again = True
            pointed = self._pointed_name(cleaned.text, conversation)
            if pointed is not None:
                result.pointed, result.pointed_after = pointed
            result = self._the_one_named(cleaned.text, result, conversation)
            result = self._back_to_the_quoted(result, conversation)
            result = self._why_the_last(cleaned.text, result, conversation)
            result = self._a_case_of_the_last(cleaned.text, result, conversation)
            result = self._example_of_the_quoted(cleaned.text, shape.kind, result, conversation)
            result = self._worked_example_section(shape.kind, result, conversation)
            result = self._figures_of_the_topic(cleaned.text, result, conversation)
            result = self._the_branchs_section(cleaned.text, result, conversation)
            result = self._too_much_section(cleaned.text, result)
            result = self._aspect_section(cleaned.text, result, conversation)
            result = self._training_time_section(cleaned.text, result, conversation)
        elif reading is not None and result.in_scope:
            # A follow-up read in full ("and in shops?" after banks) is still asked by a learner
            # who has read the last answers: what they quoted is not said again to fill this one.
            result.already_said = conversation.last_answer
            result.remembered = conversation.already_said
            result.subject = reading.subject
            result.carried = conversation.asked[-1] if reading.replaced else ""
        if reading is None and conversation.lesson is not None:
            result = self._failure_section(cleaned.text, result, conversation)
        result.last_answer = conversation.last_answer
        asking.result = result

    def _pointed_name(self, question: str, conversation: Conversation) -> tuple[str, str] | None:
        """The name of the subject a pronoun points at, when the last turn introduced it by a
        description the course does not use ("what's the algorithm that handles odd shapes")
        and the last answer named it at the start of the sentence that answers the description
        ("DBSCAN is a density-based alternative ... can follow any shape").

        Why: "does that one need you to pick the number of clusters?" is asked of DBSCAN, but
        the topic's words ("algorithm handles odd shapes") name no sentence, so the follow-up's
        own words chose ("number of clusters" -> k-means' "goes wrong when k is chosen badly"),
        and the sentence about DBSCAN that settles it ("DBSCAN does not need k") was passed
        over for having been said. None when the pronoun does not point at the most recent of
        two subjects, or no sentence of the last answer opens on a new subject of that description."""
        parts = (conversation.topic or "").split(", ")
        if len(conversation.asked) < 2 or not conversation.last_answer or not conversation.questions:
            return None
        if not _ASKS_BY_DESCRIPTION.match(conversation.questions[-1]):
            return None  # the last question named its subject, or asked no name
        if conversation_module.subject(question, conversation.topic or "") != parts[-1]:
            return None
        described = set(self.index.analyse(parts[-1]))
        if not described or not described <= set(self.index.analyse(conversation.asked[-1])):
            return None  # the subject was not introduced by the last question
        # The subject before it (k-means), as a topic or as the question before.
        earlier = set(self.index.analyse(" ".join([*parts[:-1], conversation.asked[-2]])))
        best: tuple[int, str] | None = None
        for sentence in split_sentences(_body(conversation.last_answer)):
            match = _NAMED_OPENING.match(sentence)
            if match is None:
                continue
            name = set(self.index.analyse(match.group("name")))
            if (
                not name or name & earlier or name & described
                or any(self.index.idf(t) < compose.DISTINCTIVE_IDF for t in name)
            ):
                continue
            # The sentence that answers the description ("follows any shape, like a moon"), by
            # the description's words it says.
            fit = len(described & set(self.index.analyse(sentence)))
            if fit and (best is None or fit > best[0]):
                best = (fit, match.group("name"))
        return None if best is None else (best[1], " ".join([*parts[:-1], conversation.asked[-2]]))

    def _figures_said(self, question: str, result: SearchResult, conversation: Conversation) -> bool:
        """"go on, show me with actual numbers" with no topic of its own, when the section ranked
        first is the one just quoted and its sentences of figures ("Precision is 15 / 25 = 0.60")
        are in what was said: those figures are what is asked, said again with the worked example
        around them. Why (stop 37, benchmarks/probes/zlmc37-s37): kept from coming back as said,
        the follow-up got the example's counts and the many-classes remark, not the sum asked."""
        if (
            not conversation_module.asks_in_figures(question)
            or re.search(r"\bexample\b", question, re.I)  # a worked example asked: the whole example
            or conversation_module.topic_words(conversation_module.without_figures(question))
            or not conversation.sections or not result.hits or result.hits[0].section.id != conversation.sections[0]
        ):
            return False
        return any(_FIGURES.search(s) and s in conversation.last_answer for s in result.hits[0].section.sentences)

    def _failure_section(self, question: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """"what if i choose the wrong number of clusters?" after k-means, "what if the fake-spotter is
        rubbish at its job?" after GANs, "when does it fall over?": a follow-up asking what goes
        wrong (``_GOES_WRONG``) is answered by the section of the lesson under discussion whose
        heading names a failure ("When k-means clustering fails ...", "Why GAN training is
        unstable ...") and that names the topic, when the search found it and put first a section
        whose heading names none (how k-means works, the generator and the discriminator).

        Why: the learner's words for the failure ("wrong number of clusters", "rubbish") are not the
        course's ("chosen badly", "too weak"), so the section the topic's name matches best, its
        mechanism, outranked the one on how it fails, and the heading bonus for a named weakness
        ("downsides", "goes wrong") never applied to a what-if. The failure section must name the
        topic: "what if the learning rate is too big?" after gradient descent is answered by its
        own section, not by the lesson's section on mistakes in the data."""
        if not result.in_scope or not result.hits or not conversation.topic or not _GOES_WRONG.search(question):
            return result
        failing = ASPECT_HEADINGS[0][1]
        best = result.hits[0].section
        if failing.search(best.heading):
            return result
        topic = {t for t in self.index.analyse(" ".join(conversation_module.topic_words(conversation.topic))) if self.index.idf(t) >= conversation_module.OWN_IDF}
        # The best section may say what goes wrong itself: "what if it starts in a bad spot" after
        # k-means is answered by how k-means works ("a poor starting position can lead to a poor
        # result"), a sentence with a word of failure and one of the question's own words.
        own = set(self.index.analyse(" ".join(conversation_module.topic_words(question)))) - topic
        for sentence, terms in zip(best.sentences, self.index.sentence_terms(best)):
            if _FAILS.search(sentence) and own & terms:
                return result
        hit = next(
            (
                h for h in result.hits[1:]
                if h.section.lesson_id == conversation.lesson and failing.search(h.section.heading)
                and topic & set(self.index.analyse(h.section.heading))
            ),
            None,
        )
        if hit is not None:
            result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result

    def _the_one_named(self, question: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """"the bias one", "the speech one": an item the last answer listed, named by one word.
        The section that said it answers, ahead of a section about the word in general (after
        ML's limitations, "an example of the bias one" is the hiring model of that list, not the
        ethics lesson's section on bias), when the search found it among its hits."""
        named = _THE_ONE.search(question)
        if named is None or named.group(1).lower() in _NOT_NAMES or not conversation.sections or not result.hits:
            return result
        word = stem(named.group(1).lower())
        last = conversation.sections[0]
        hit = next((h for h in result.hits if h.section.id == last), None)
        if hit is None or hit is result.hits[0]:
            return result
        said = [s for s in hit.section.sentences if s in conversation.last_answer]
        if not any(word in {stem(w) for w in re.findall(r"[a-z][a-z-]*", s.lower())} for s in said):
            return result
        result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result

    def _back_to_the_quoted(self, result: SearchResult, conversation: Conversation) -> SearchResult:
        """The section the last answer quoted ranks a little lower for a follow-up (SEEN_PENALTY:
        it usually wants something new). When that penalty alone put it below the sections ahead
        of it and one of its sentences answers the follow-up's own words better than any of
        theirs ("and which models make images?" after the kinds of content: "GANs and VAEs are
        common for images"), it answers after all."""
        if not conversation.sections or not result.hits or not result.in_scope:
            return result
        echoed = self._echoed(result, conversation)
        if echoed is not None:
            result.hits = [echoed] + [h for h in result.hits if h is not echoed]
            return result
        last = conversation.sections[0]
        rank = next((i for i, h in enumerate(result.hits) if h.section.id == last), None)
        # A follow-up of aspects alone ("whats the catch then?") also gave the sections naming
        # the topic a bonus that the sections just cited were denied (``follow_up_bonus``): that
        # was the same wish for something new, so it is undone here with the seen penalty.
        lowered = SEEN_PENALTY + (conversation_module.NAMING_BONUS if not conversation_module.topic_words(result.query) else 0.0)
        if not rank:
            return result
        hit = result.hits[rank]
        if not quoted(hit.section, conversation.last_answer):
            return result
        if hit.score + lowered < result.hits[0].score:
            return result
        own = float(self._focused_scores(hit.section, result, "general").max())
        if all(own > float(self._focused_scores(h.section, result, "general").max()) for h in result.hits[:rank]):
            result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result

    def _echoed(self, result: SearchResult, conversation: Conversation) -> Hit | None:
        """A section the last answer cited, ranked below the best but within ``ECHO_MARGIN`` of
        it, one of whose sentences the last answer said and which names every one of the
        follow-up's own words, when no section ranked ahead of it is headed by them. "so what's the root cause, in simple words" after why chatbots make
        things up ("... that difference is the root cause of hallucination"), "which ones do
        images too" after what makes a language model large ("GPT-4 and Gemini are multimodal:
        they work with text, images and audio"): the learner asks about a detail of what they
        have just read, in its words, and the search, told they want something new, put a
        sibling first. A follow-up naming a subject the course heads a section with ("what is a
        language model" after finance) is a real switch and is left to the search, and so is one
        with a word the sentence lacks, however common ("how is that different from generating
        music" after recommenders: the sentence says "movies and music", not "generating")."""
        best = result.hits[0]
        own = set(self.index.analyse(" ".join(conversation_module.topic_words(result.query))))
        if conversation.topic:
            own -= set(self.index.analyse(conversation.topic))
        if not own:
            return None
        for rank, hit in enumerate(result.hits[1:], start=1):
            if hit.score < best.score - ECHO_MARGIN:
                break
            if any(own <= self.index.heading_terms_of(h.section) for h in result.hits[:rank]):
                break
            if hit.section.id not in conversation.sections:
                continue
            said = [
                terms for sentence, terms in zip(hit.section.sentences, self.index.sentence_terms(hit.section))
                if sentence in conversation.last_answer
            ]
            if any(own <= terms for terms in said):
                return hit
        return None

    def _why_the_last(self, question: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """ "why?", "why not?", "how come?" alone ask the reason for what the last answer said
        ("should you test a model on its training data?" -> "why?"), so the section it quoted first
        answers with its reason (the sentence "... matters because ..."), even though the learner
        has read it: that sentence is what is asked. Searched, the bare word finds whichever
        section of the lesson explains something else."""
        if not _bare_why(question) or not conversation.sections or not result.hits:
            return result
        if not _BARE_WHY.match(question) and _POINTING_WHY.search(question) and not (
            len(conversation.questions) >= 2 and conversation_module.refers_back(conversation.questions[-1])
        ):
            # "why does that happen" right after a definition asks the cause, which a section of
            # its own may teach ("what do people mean by hallucinating" -> why next-token
            # prediction produces falsehoods); after a follow-up that pointed back ("what if i
            # crank it up" -> "why does it do that") it asks the reason for what was just said.
            return result
        # The first section the last answer cited that gives a reason.
        cited = [
            h for last in conversation.sections for h in result.hits
            if h.section.id == last and any(_explains(s) for s in h.section.sentences)
        ]
        hit = cited[0] if cited else None
        if hit is None:
            # "does a chatbot know when it doesn't know?" -> "why not?": the bare word, searched
            # with the topic's name ("chatbot"), found none of the sections just quoted (the one
            # on large language models ranked first); the reason is still the quoted section's.
            quoted = [self.index.sections[self.index._position[last]] for last in conversation.sections if last in self.index._position]
            section = next((q for q in quoted if any(_explains(s) for s in q.sentences)), None)
            if section is None:
                return result
            best = result.hits[0]
            hit = Hit(section, best.score, best.dense, 0.0, 0.0)
        if hit is result.hits[0]:
            return result
        # The sections the search ranked near it explain something else: they do not join.
        result.hits = [hit] + [h for h in result.hits if h.score < hit.score - SECTION_MARGIN]
        return result

    def _a_case_of_the_last(self, question: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """"my kid memorises the practice answers but fails the real exam. is that the same idea?"
        after overfitting: the learner asks whether a situation of their own is a case of what
        the last answer explained, so the section it quoted first answers (its sentence that fits
        the situation: "it memorises rather than generalises"), ahead of a section the
        situation's own words match ("exam" and "practice" find the train/test split)."""
        if not conversation_module.asks_if_a_case(question) or not conversation.sections or not result.hits:
            return result
        hit = next((h for h in result.hits if h.section.id == conversation.sections[0]), None)
        if hit is None or hit is result.hits[0]:
            return result
        result.hits = [hit] + [h for h in result.hits if h.score < hit.score - SECTION_MARGIN]
        return result

    def _example_of_the_quoted(
        self, question: str, shape: str, result: SearchResult, conversation: Conversation
    ) -> SearchResult:
        """"example pls", "examples?" alone, after a section that gives examples of what it
        says ("A customer support tool is a simple example: ..." after combining both kinds of
        model): the example asked for is that section's, so it answers when the search put it at
        most ``QUOTED_MARGIN`` lower (seen and all), ahead of a section whose heading or words
        say "example" about something else (how the two fields feed each other, or the accuracy
        of predictive models, after how they combine)."""
        # Only after an answer from one section: one that quoted two was not sure what was asked
        # ("can ml and generative ai work together?" answered with what sets them apart), and
        # the example may be another section's.
        if shape != "example" or conversation_module.topic_words(question) or len(conversation.sections) != 1 or not result.hits:
            return result
        best = result.hits[0]
        last = conversation.sections[0]
        hit = next((h for h in result.hits if h.section.id == last), None)
        position = self.index._position.get(last)
        quoted_section = self.index.sections[position] if position is not None else None
        if (
            (hit is None or hit.score < best.score - QUOTED_MARGIN)
            and quoted_section is not None
            and (best.section.lesson_id != quoted_section.lesson_id or self._own_example(quoted_section))
        ):
            # "give me an example" after "what are the limitations of generative ai": the topic
            # kept is the branch's name alone, so its own lesson's example section ("the cat
            # pictures example") ranked first; an example of another lesson's subject is not an
            # example of what the last answer said.
            # Its cases ("a hiring model trained on past decisions ...") need no "for example",
            # and the other lesson's sections are not asked about.
            section = self.index.sections[position]
            hit = Hit(section, best.score, best.dense, 0.0, 0.0)
            # (In its own lesson, the section put first over it, the lesson's example, does not join.)
            result.hits = [hit] + [
                h for h in result.hits if h.section.lesson_id == section.lesson_id and h.section.id != last and h is not best
            ]
            return result
        if hit is None or hit is best or hit.score < best.score - QUOTED_MARGIN:
            return result
        if not any(compose.gives_example(s) for s in hit.section.sentences):
            return result
        result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result

    def _worked_example_section(self, shape: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """An example asked for after a section that gives none of its own: the lesson's section
        that is one whole example ("A worked example: building a spam filter", "The cats and dogs
        example") answers when the search put it at most ``QUOTED_MARGIN`` below.

        Why (stop 39): "give me an example from an office setting" after what supervised learning
        is stayed on the section just quoted, whose "example" is a term ("A labelled example is a
        pair ...") and whose "such as a photo" names no case; the spam filter, ranked second,
        came after it. A section that states an example itself ("for example", "is a simple
        example") keeps it (``_example_of_the_quoted``)."""
        if shape != "example" or not conversation.sections or not result.hits:
            return result
        best = result.hits[0]
        if best.section.id != conversation.sections[0] or _EXAMPLE_HEADING.search(best.section.heading):
            return result
        if any(_STATES_EXAMPLE.search(s) for s in best.section.sentences):
            return result
        hit = next(
            (h for h in result.hits[1:] if h.section.lesson_id == best.section.lesson_id
             and _EXAMPLE_HEADING.search(h.section.heading) and h.score >= best.score - QUOTED_MARGIN),
            None,
        )
        if hit is None:
            return result
        result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result

    def _figures_of_the_topic(self, question: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """"ok show me with actual numbers" after a section that says what a thing is in words
        only (why precision and recall pull against each other): the figures asked for are in
        the section of the same lesson that works them out (the confusion matrix's 15 / 25 =
        0.60), which answers first when the search found it. Only for a follow-up that names no
        topic of its own, after an answer from a section with no sentence of figures."""
        if (
            not conversation_module.asks_in_figures(question)
            or re.search(r"\bexample\b", question, re.I)  # a worked example asked: the whole example
            or conversation_module.topic_words(conversation_module.without_figures(question))
            or not conversation.sections or not result.hits
        ):
            return result
        position = self.index._position.get(conversation.sections[0])
        if position is None:
            return result
        quoted = self.index.sections[position]
        if any(_FIGURES.search(s) for s in quoted.sentences):
            return result
        hit = next(
            (h for h in result.hits if h.section.lesson_id == quoted.lesson_id and h.section.id != quoted.id
             and sum(bool(_FIGURES.search(s)) for s in h.section.sentences) >= 2),
            None,
        )
        if hit is None:
            return result
        result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result

    def _own_example(self, section: Section) -> bool:
        """Does ``section``, one past its lesson's opening, give an example of its own ("A bank's
        model might notice ... for example" in the section on how ML improves with data)? Then
        "give me a example" after it asks for that one, not for the lesson's example section (the
        cats and dogs), which is an example of the lesson's whole subject; after the opening
        section (what machine learning is) the lesson's example section is the one asked for."""
        lesson = self.course.lesson(section.lesson_id)
        return lesson.sections[0].id != section.id and any(compose.gives_example(s) for s in section.sentences)

    def _the_branchs_section(self, question: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """"tell me more", "whats the biggest one", "which one matters most" after "what are the
        limitations of ml": the topic kept is the branch's name alone ("ml"; what was asked of it
        is an aspect word), so the follow-up searched with it drifted to the branch's own lesson
        (what machine learning is) or, with the section just read lowered as seen, to its
        sibling (what it does well). The section just read is what such a follow-up is about.
        A follow-up naming an aspect of its own ("any downsides?", "how do you avoid them")
        is left to the search, and so is one after the branch's own lesson ("what is ml")."""
        if not result.hits or not conversation.sections or conversation_module.topic_words(question):
            return result
        if any(asks.search(question) for asks, _ in ASPECT_HEADINGS) or not conversation_module.names_a_branch_only(conversation.topic or ""):
            return result
        position = self.index._position.get(conversation.sections[0])
        if position is None or result.hits[0].section.id == conversation.sections[0]:
            return result
        section = self.index.sections[position]
        if section.lesson_id == self.index._lesson_of(conversation.topic or ""):
            return result
        best = result.hits[0]
        hit = next((h for h in result.hits if h.section.id == section.id), None) or Hit(section, best.score, best.dense, 0.0, 0.0)
        result.hits = [hit] + [h for h in result.hits if h.section.lesson_id == section.lesson_id and h is not hit]
        return result

    def _too_much_section(self, question: str, result: SearchResult) -> SearchResult:
        """"what failure mode results if it becomes too strong?" after the discriminator: a section
        that says what "too strong" does ("If the discriminator becomes too strong too fast ...")
        answers, ahead of one the question's other words match better (mode collapse, a
        "failure"), when the search put it at most ``QUOTED_MARGIN`` lower and the best section
        never says it."""
        asked = _TOO.search(question)
        if asked is None or not result.hits:
            return result
        phrase = re.compile(rf"\btoo\s+{re.escape(asked.group(1).lower())}\b", re.I)
        best = result.hits[0]
        if any(phrase.search(s) for s in best.section.sentences):
            return result
        hit = next(
            (h for h in result.hits[1:] if h.score >= best.score - QUOTED_MARGIN and any(phrase.search(s) for s in h.section.sentences)),
            None,
        )
        if hit is not None:
            result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result

    def _aspect_section(self, question: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """A follow-up of aspects alone ("how do people fix that?", "any downsides?") after a
        topic: of the sections the search found about equally close (within ``SECTION_MARGIN``),
        one with a sentence that speaks to the aspect ("Hallucination can be reduced by ...")
        answers, ahead of one with none (what hallucination means)."""
        if not result.hits or not result.topic or self._course_topic_words(question):
            return result
        asked = [name for name in compose.asked_aspects(question) if name not in ("new", "why")]
        if not asked:
            return result

        def speaks(hit: Hit) -> bool:
            return bool(compose.aspect_bonus(question, hit.section.sentences, frozenset(compose.ASPECT_NAMES) - set(asked)).any())

        best = result.hits[0]
        sharp = [name for name in asked if name in compose.SHARP_ASPECTS]
        if (
            sharp and conversation.sections and best.section.id != conversation.sections[0]
            and len(conversation.questions) >= 2 and conversation_module.refers_back(conversation.questions[-1])
        ):
            # "how would you even notice?" with no topic of its own asks it of what the last
            # answer said ("what goes wrong when they only make one kind of picture" answered by
            # mode collapse, itself a follow-up pointing back at the topic; after a question of
            # its own, "how can i tell when it's doing it" is asked of the topic, whose own
            # section on spotting it answers): the section just quoted answers when it speaks to that sharp aspect
            # ("the problem shows only when many samples are compared"), ahead of one the topic's
            # words found (the detective who "tries to spot the fakes").
            quoted = next((h for h in result.hits[1:] if h.section.id == conversation.sections[0]), None)
            sharp_only = frozenset(compose.ASPECT_NAMES) - set(sharp)
            if quoted is not None and compose.aspect_bonus(question, quoted.section.sentences, sharp_only).any():
                result.hits = [quoted] + [h for h in result.hits if h is not quoted]
                return result
        if "fix" in asked and "notice" not in asked and conversation.sections and best.section.id != conversation.sections[0]:
            # "is there a fix?" with no topic of its own asks to put right the problem the last
            # answer told of ("what's it called when it only draws one kind of thing" answered
            # by mode collapse, the topic still "gans"): the section just quoted answers when it
            # states a remedy and the best does not. Why (stop 38, fu38-s38): the topic's words
            # found why GAN training is unstable, which names no remedy.
            quoted = next((h for h in result.hits[1:] if h.section.id == conversation.sections[0]), None)
            topic = result.topic or ""
            if (
                quoted is not None
                and any(compose.states_remedy(s, topic) for s in quoted.section.sentences)
                and not any(compose.states_remedy(s, topic) for s in best.section.sentences)
            ):
                result.hits = [quoted] + [h for h in result.hits if h is not quoted]
                return result
        if (
            "example" in asked and conversation.sections and best.section.id == conversation.sections[0]
            and any(compose.gives_example(s) for s in best.section.sentences)
        ):
            return result  # the example of what was just said (``_example_of_the_quoted``)
        if speaks(best):
            return self._quoted_names_it(question, result, asked, conversation)

        def headed(hit: Hit) -> bool:
            # A section of the lesson under discussion headed by the aspect ("Reinforcement
            # learning in games, robotics ..." for "where is it used in practice?" after
            # exploration versus exploitation, which has no use of its own): the lesson's answer.
            return hit.section.lesson_id == best.section.lesson_id and any(
                asks.search(question) and heads.search(hit.section.heading) for asks, heads in ASPECT_HEADINGS
            )

        # (Only below the best: one put first over higher scores was chosen for the aspect's lesson.)
        hit = next(
            (
                h for h in result.hits[1:]
                if h.score <= best.score and (h.score >= best.score - SECTION_MARGIN or headed(h)) and speaks(h)
            ),
            None,
        )
        if hit is not None:
            result.hits = [hit] + [h for h in result.hits if h is not hit]
        return result

    def _course_topic_words(self, question: str) -> list[str]:
        """The question's topic words that the course writes: "is there a fix or is that just tough
        luck" asks only for a fix, since no section says "tough" or "luck" (stop 38: its idiom made
        it a question with a topic of its own, and the topic's words alone chose the section)."""
        return [
            w for w in conversation_module.topic_words(question)
            if any(t in self.index.vocabulary for t in self.index.analyse(w))
        ]

    def _training_time_section(self, question: str, result: SearchResult, conversation: Conversation) -> SearchResult:
        """"how long does it take to train?" with no topic of its own, after a subject whose lesson
        says how long learning goes on: that section answers (``conversation.training_time_hit``).

        Why: after "what is reinforcement learning" every section of the lesson scored alike on
        such words; the uses section ("... by playing huge numbers of matches") came first, and
        the definition, just read, came back for its "over time". Placed after the steps above,
        which move the section just quoted back for words it shares with the question."""
        if not result.in_scope or not result.hits:
            return result
        timed = conversation_module.training_time_hit(question, conversation, result.hits, self.index)
        if timed is not None and timed is not result.hits[0]:
            result.hits = [timed, *[h for h in result.hits if h is not timed]]
        return result

    def _quoted_names_it(self, question: str, result: SearchResult, asked: list[str], conversation: Conversation) -> SearchResult:
        """Both the best section and the one just quoted speak to the aspect asked ("how long does
        that take?" after how this tutor's demos train): the one whose sentence on it names the
        topic ("... train real models on a laptop CPU in seconds") answers, ahead of one on the
        aspect in general ("large models are trained ... for days or weeks"), when the search put
        it a little lower (within ``QUOTED_MARGIN``, seen and all). Any section the last answer
        cited counts."""
        if not conversation.sections:
            return result
        best = result.hits[0]
        near = [h for h in result.hits[1:] if h.section.id in conversation.sections and h.score >= best.score - QUOTED_MARGIN]
        if not near:
            return result
        topic = set(self.index.analyse(result.topic.split(", ")[-1])) if result.topic else set()
        total = sum(self.index.idf(t) for t in topic)
        if not total:
            return result
        skip = frozenset(compose.ASPECT_NAMES) - set(asked)

        def share(hit: Hit) -> float:
            cues = compose.aspect_bonus(question, hit.section.sentences, skip) > 0
            terms = self.index.sentence_terms(hit.section)
            return max(
                (sum(self.index.idf(t) for t in topic & terms[i]) / total for i in range(len(terms)) if cues[i]),
                default=0.0,
            )

        quoted_hit = max(near, key=share)
        # "and the equation?" after accuracy: the formula of the thing just explained, which the
        # quoted section writes out of it ("970 / 1,000 = 0.97"), though the precision section
        # ranked first also names accuracy in its own sums; a tie stays with what was quoted.
        more = 0.0 if asked == ["formula"] and share(quoted_hit) > 0 else NAMES_MORE
        if share(quoted_hit) >= share(best) + more:
            result.hits = [quoted_hit] + [h for h in result.hits if h is not quoted_hit]
        return result

    def _course_topic(self, question: str, answer: Answer) -> str | None:
        """The course's own name for what an everyday question was about, when the answer's
        lesson is named after it: "why do chatbots make stuff up" is about hallucination, so
        "how can i stop it?" next means stopping hallucination, not chatbots."""
        if not answer.in_scope or not answer.sources:
            return None
        # Only a topic in the learner's own words ("stuff" is no course word); "the latent space
        # of a vae" already names it in the course's terms. Course words can still be an everyday
        # phrase the topic cannot carry: "how do chatbots make things up" is all course words, but
        # its topic as written ends at "make" ("things", "up" name nothing), so "chatbots make"
        # was carried and "how do i make it happen less?" two turns on went to what makes a
        # language model large. A phrase the carried topic cuts is carried as its course term.
        everyday = not all(stem(w) in self.index.vocabulary for w in conversation_module.topic_words(question))
        carried = set(tokenize(conversation_module.topic_phrase(question) or ""))
        tokens = tokenize(question)
        section = self.course.section(answer.sources[0].section)
        title = set(self.index.analyse(section.lesson_title))
        titles = {set_id: set(self.index.analyse(t)) for set_id, t in self._lesson_titles().items()}
        for term, (first, last) in self.index.learner.matches(question):
            words = set(self.index.analyse(term))
            if not words or not words <= title:
                continue
            if sum(words <= t for t in titles.values()) > 1:
                # (Stop 37: a field's name several titles share, "generative AI" of "Where
                # generative AI is used" and "What is generative AI?", names no one lesson. Carried
                # after a question on making extra training photos, it took "any catch?" next to
                # where generative AI falls short instead of the augmentation section's caveat.)
                continue
            if everyday or not set(tokens[first : last + 1]) <= carried:
                return term
        return None

    def _lesson_titles(self) -> dict[str, str]:
        """Each lesson's title by its id."""
        return {section.lesson_id: section.lesson_title for section in self.index.sections}

    def _asked_topic(self, question: str) -> str | None:
        """The topic of a question as the learner wrote it (``conversation.topic_phrase``), read
        without who is asking ("baker. why are gans such a faff to train": "gans such a faff").

        Why: the topic is carried into the next turn's search, and a first question is searched
        without its introduction (``Tutor.ask``) but its topic was taken with it: "baker. why
        ..." gave the topic "baker. why are gans such a faff", so "what if the judge one gets too
        good?" next was searched with the baker in it and left the GAN lesson for the section on
        judging generated output. A follow-up's ``question`` has lost its introduction already;
        an introduction that names one of the course's settings stays, as it does in search.

        A story told before the asking sentence is no part of the topic when that sentence names
        a topic of its own ("the badge checker was tested against fake faces made by a gan. what
        is a gan?" carries "gan"): the whole span ("badge checker ... what is a gan") took the next
        "any downsides?" to what GANs are used for, and "any problems with it?" after a
        publisher's pitch and "what is generative ai?" to the section on what generative AI is
        not (stop 41)."""
        asked = without_job_signature(
            without_introduction(question, keeps=self.index.names_a_setting),
            lambda label: conversation_module.names_a_heading_subject(label, self.index) or self.index.names_a_setting(label),
        )
        asking = asking_part(asked)
        if asking != asked.strip() and compose.what_it_is(asking) and conversation_module.topic_words(asking):
            # (Only a sentence asking what a thing is: "what would that look like for a shop?",
            # "how can generative models help?" lean on the story, which stays in the topic.)
            return conversation_module.topic_phrase(asking)
        return conversation_module.topic_phrase(asked)

    # -- in scope ------------------------------------------------------------------------------

    def _focus_pick(self, section: Section, scores: np.ndarray) -> list[int]:
        """The sentences that answer a follow-up on a section just quoted, best first: up to
        ``FOCUS_MIN`` words whatever their score, then those within ``FOCUS_MARGIN`` of the best
        up to ``FOCUS_WORDS`` (a vague follow-up, "why start that way", scores several alike),
        each with the sentence before when it leans on it."""
        best = float(scores.max())
        picked = pick_sentences(
            section, scores, FOCUS_WORDS, lambda words, score: words >= FOCUS_MIN and score < best - FOCUS_MARGIN
        )
        # One sentence left out between two chosen ones is a hole the passage reads badly with
        # ("Generative AI takes over where words and images are needed. Generative AI also
        # supports virtual try-ons" skips the product descriptions it goes on to name): it goes in
        # when the answer stays within ``FOCUS_WORDS``.
        words = sum(len(section.sentences[p].split()) for p in picked)
        for position in sorted(picked):
            hole = position + 1
            if hole + 1 in picked and hole not in picked:
                length = len(section.sentences[hole].split())
                if words + length <= FOCUS_WORDS:
                    picked.append(hole)
                    words += length
        return sorted(picked)

    def _not_again(self, question: str, result: SearchResult, answer: Answer, shape: str) -> Answer:
        """Never the previous answer again, word for word: the sentences of it that answer the
        question ("does it name the groups for you?" after the whole section on clustering)."""
        if result.last_answer and result.hits and (
            _body(answer.text) == _body(result.last_answer) or _all_said(answer, result.remembered, self.course)
        ):
            return self._compose_focused(question, result, result.hits[0], shape)
        return answer

    def _compose_focused(self, question: str, result: SearchResult, best: Hit, shape: str) -> Answer:
        """The sentences of ``best`` (the section the last answer quoted) that answer a follow-up:
        its best sentence (with the one before when it leans on it), and a second within
        ``FOCUS_WORDS`` words; never the previous answer again (then its best sentence alone)."""
        section = best.section
        scores = self._focused_scores(section, result, shape)
        positions = self._focus_pick(section, scores)
        top = int(np.argmax(scores))
        following = top + 1
        if following < len(section.sentences) and following not in positions and (
            _ILLUSTRATES.match(section.sentences[following]) or leans_on_previous(section.sentences[following])
            or _ANALOGY.match(section.sentences[following])
        ):
            # The example that makes the answering sentence concrete ("A standard example is two
            # interlocking half-moons ...") goes with it, in place of a second answer.
            chosen = {top, following}
            if re.match(r"(?:Suppose|Imagine)\b", section.sentences[following]) and following + 1 < len(section.sentences):
                chosen.add(following + 1)  # a supposed case is told to its outcome
            positions = sorted(chosen)
        elif following < len(section.sentences) and following not in positions and (
            _ILLUSTRATES_AFTER_SUBJECT.match(section.sentences[following])
        ):
            # Its example said after the subject goes with it too, beside the second answer: the
            # sentence may only illustrate part of it ("A listener who plays a lot of jazz
            # piano, for example, ..." after what a recommender learns from).
            positions = sorted({*positions, following})
        elif (
            shape == "why" and following < len(section.sentences) and following not in positions
            and not compose.gives_reason(section.sentences[top]) and compose.gives_reason(section.sentences[following])
        ):
            # "why set a fifth aside?" echoes the sentence that says what was done ("Third, set
            # aside a fifth of the emails as a test set ..."); what it is for is the next one
            # ("Fourth, measure ..., which estimates how it will do on tomorrow's mail").
            positions = sorted({top, following})
        group = _announced_group(section, top)
        if group is not None and sum(len(section.sentences[p].split()) for p in group) <= GROUP_WORDS:
            # "This tutor shows the two ends of that spectrum. [one end] [the other]": the answering
            # sentence is one of an announced few, which are told together ("does this tutor do
            # that?" after grounding: its ordinary answers do, /ask-gen does not).
            positions = group
        parts = [(section, best.score, positions, "")]
        # Another section near the best may hold what the quoted one does not ("is that legal?"
        # after deepfakes: the regulation section): its best sentences join when they score as
        # well as the general answer asks of another section.
        for hit in result.hits[1:MAX_SOURCES]:
            if hit.score < best.score - SECTION_MARGIN / 2 and not (
                hit.score >= best.score - SECTION_MARGIN and hit.section.lesson_id == section.lesson_id
            ):
                continue
            other = self._sentence_scores(hit.section, result, None, shape) - (0.1 + best.score - hit.score)
            if float(other.max()) >= float(scores.max()) - 0.15:
                # Half the budget for a section that only adds to the one the learner has read;
                # one whose sentences answer better (its best beats the quoted section's) holds
                # the answer, told as fully as the quoted one would be ("how do you minimise
                # it?" after the loss: gradient descent's slope and downhill steps, not only its
                # opening and the shortest sentence that fits).
                budget = FOCUS_WORDS if float(other.max()) > float(scores.max()) else FOCUS_WORDS // 2
                parts.append((hit.section, hit.score, self._pick(hit.section, other, budget), ""))
        answer = self._answer_from(question, result, parts)
        if _body(answer.text) == _body(result.last_answer):
            # Its best sentence alone, with the example that makes it concrete when one follows
            # ("... therefore has exceptions. Some support vector machine (SVM) algorithms, for
            # instance, ..."): with a longer budget the whole pick was the last answer again.
            kept = [top]
            if following in positions and _makes_concrete(section.sentences[following]):
                kept.append(following)
            answer = self._answer_from(question, result, [(section, best.score, kept, "")])
        return answer

    def _focused_scores(self, section: Section, result: SearchResult, shape: str) -> np.ndarray:
        """Score the sentences of a section the learner has just read for a follow-up by the
        follow-up's own words alone: the topic is in every sentence of it and the opening was
        already said, so neither the topic, nor the opening's place, nor what was said tells them
        apart ("how can a small business keep it cheaper?" is the sentence on reducing the cost)."""
        # The course's terms for the follow-up's everyday words count too ("and the americans?"
        # after the EU AI Act: the sentence on the executive order).
        own_terms = [
            t for t in dict.fromkeys(
                self.index.analyse(self.index.learner.expand(conversation_module.without_fix_idiom(result.query)))
            )
        ]
        if result.subject and result.carried:
            # "what about bias?" after ML's limitations, read as a switch: the query joins the new
            # subject with the words asked before ("bias limitations"), and those old words are
            # the ones the sentences the learner has just read were chosen by ("four main
            # limitations", "All four limitations ..."). The subject's words pick the sentence.
            # (A follow-up's own words stay: "harder" in "why is the second one harder?".)
            subject = set(self.index.analyse(self.index.learner.expand(result.subject)))
            carried = set(self.index.analyse(self.index.learner.expand(result.carried))) - subject
            if subject & set(own_terms):
                own_terms = [t for t in own_terms if t not in carried]
        pointing = _POINTING_DESCRIPTION.search(result.query)
        if pointing:
            # The words describing the topic pointed back at are not what is asked of it.
            described = set(self.index.analyse(pointing.group(1)))
            own_terms = [t for t in own_terms if t not in described]
        asking = set(self.index.analyse(" ".join(compose.asking_example_words(result.query))))
        if asking:
            # "any real examples?": "examples" asks for one (the example cue finds it), and as a
            # word it matched "More varied training examples ..." ahead of the hospital's case.
            own_terms = [t for t in own_terms if t not in asking]
        weights = {t: self.index.idf(t) for t in own_terms}
        total = sum(weights.values()) or 1.0
        scores = np.array(
            [0.35 * sum(w for t, w in weights.items() if t in terms) / total for terms in self.index.sentence_terms(section)],
            dtype=np.float32,
        )
        sims = self.index.sentence_similarities(section, self.index.encode_query(result.query))
        asking = asking_part(result.query)
        if sims is not None and asking != result.query.strip():
            # "my hiking club wants one for new members. do we need a programmer?": the setting
            # echoes the sentence with the hobby club in it; the asking sentence says what is
            # asked ("Because no programming is needed ..."), so its meaning counts half.
            own = self.index.sentence_similarities(section, self.index.encode_query(asking))
            if own is not None:
                sims = (sims + own) / 2
        if sims is not None and pointing:
            # Its meaning too: the question read with "it" for the description counts half.
            plain = self.index.sentence_similarities(
                section, self.index.encode_query(f"{result.query[: pointing.start()]}it{result.query[pointing.end():]}")
            )
            if plain is not None:
                sims = (sims + plain) / 2
        if sims is not None:
            scores += sims
        if compose.asks_value(result.query):
            # "so what's the recall in the payments example" asks for a figure, not an example.
            scores += compose.aspect_bonus(result.query, section.sentences, frozenset({"example", "numbers"}))
            scores += compose.value_bonus(result.query, section.sentences, result.topic or "")
        else:
            scores += compose.aspect_bonus(result.query, section.sentences)
        # "ok now run actual numbers on it": the sentence that works the figures out is the
        # answer; the numbers cue alone ranks every sentence with a digit alike, and the example's
        # set-up ("Take 1,000 payments ...") won on the example shape (stop 37).
        scores += compose.ASPECT_BONUS * compose.names_asked_figures(result.query, section.sentences)
        # "so how do i get round that" after k-means failing: the sentence that states the remedy
        # ("DBSCAN is a density-based alternative ...") over the failure's own (stop 41).
        scores += compose.ASPECT_BONUS * compose.names_asked_remedy(result.query, section.sentences, result.topic or "")
        scores += self._topic_focus(section, result)
        if result.subject:
            scores += SUBJECT_BONUS * self._subject_sentences(section, result.subject, result.remembered or result.already_said)
        if result.pointed:
            scores += SUBJECT_BONUS * self._pointed_sentences(section, result.pointed)
            scores -= OTHER_SUBJECT_PENALTY * self._earlier_subject_sentences(section, result)
        scores -= self._about_another_subject(section, result)
        scores += SUBJECT_BONUS * self._kept_side_sentences(section, result.query)
        scores = self._add_term_bonus(scores, section, result.query)
        return scores + compose.shape_bonus(shape, section.sentences)

    def _kept_side_sentences(self, section: Section, query: str) -> np.ndarray:
        """Per sentence: 1 when a follow-up keeping one side of the last answer ("only the ml side,
        not the chatbots" after AI in customer support) names that side among its first
        ``KEPT_SIDE_WORDS`` words ("Machine learning algorithms also act as ..."): the side is what
        the sentence is about. The section holds both sides, and the side's words alone also
        matched a sentence on the other one ("..., which is a machine learning style of
        decision") (stop 41)."""
        none = np.zeros(len(section.sentences), dtype=np.float32)
        side = conversation_module.kept_side(query)
        if not side:
            return none
        wanted = set(self.index.analyse(self.index.learner.expand(side)))
        if not wanted:
            return none
        return np.array(
            [wanted <= set(self.index.analyse(" ".join(s.split()[:KEPT_SIDE_WORDS]))) for s in section.sentences],
            dtype=np.float32,
        )

    def _about_another_subject(self, section: Section, result: SearchResult) -> np.ndarray:
        """Per sentence: ``OTHER_SUBJECT_PENALTY`` when a follow-up that refers to its topic ("does
        it need me to say how many groups?" after DBSCAN, "what does it ignore?" after recall) is
        answered from a section whose heading joins the topic with another subject ("When k-means
        clustering fails and DBSCAN helps", "Precision and recall computed from a confusion
        matrix"), and the sentence names only that other subject. The follow-up's own words
        ("groups", "shape") are said of both subjects, and the sentences on the other one ("K-means
        clustering assumes that clusters are roughly round blobs ...") echoed them best, so the
        answer told the other subject's point. Not when the follow-up names the other subject
        itself ("is it better than k-means?"), nor for a sentence that states the remedy a follow-up
        asks for: "so how do i get round that" after k-means failing is answered by the other
        subject ("DBSCAN is a density-based alternative ..."), and the answer told the failure
        again (stop 41)."""
        n = len(section.sentences)
        none = np.zeros(n, dtype=np.float32)
        if not result.topic or not _POINTS_AT_TOPIC.search(result.query) or not _JOINS.search(section.heading):
            return none
        heading = self.index.heading_terms_of(section)
        topic = set(self.index.analyse(result.topic.split(", ")[-1])) & heading
        if not topic:
            return none
        lesson = set(self.index.analyse(section.lesson_title))
        other = {
            t for t in heading - topic - lesson
            if self.index.idf(t) >= compose.DISTINCTIVE_IDF
        }
        if not other or other & set(self.index.analyse(result.query)):
            return none
        terms = self.index.sentence_terms(section)
        naming = [bool(words & topic) for words in terms]
        if sum(naming) > compose.FOCUS_SPREAD * n:
            # The topic is the section's theme, not one of its subjects ("how do you judge if a
            # generated picture is good": "generated" in most sentences of "Judging generated
            # output on realism, coherence and diversity", whose other heading words are qualities).
            return none
        remedy = compose.names_asked_remedy(result.query, section.sentences, result.topic or "")
        return np.array(
            [
                OTHER_SUBJECT_PENALTY if words & other and not named and not fixes else 0.0
                for words, named, fixes in zip(terms, naming, remedy)
            ],
            dtype=np.float32,
        )

    def _names_own_subject(self, section: Section, result: SearchResult) -> bool:
        """Does the follow-up name a subject of ``section`` (a word of its heading) that the topic
        does not? Then its pronoun is that subject ("now define recall and say when it matters
        most" after precision), not the topic."""
        own = set(self.index.analyse(" ".join(conversation_module.topic_words(result.query))))
        return bool(own & (self.index.heading_terms_of(section) - set(self.index.analyse(result.topic or ""))))

    def _topic_focus(self, section: Section, result: SearchResult) -> np.ndarray:
        """A section that speaks of two subjects ("When k-means clustering fails and DBSCAN
        helps", "Features, feature scaling and feature engineering"): the sentences that name
        the subject being discussed, when its opening does not (``compose.focus_bonus`` with the
        topic's words): "what's the catch?" about DBSCAN is DBSCAN's catch, not k-means'."""
        parts = (result.topic or "").split(", ")
        if not result.topic:
            return np.zeros(len(section.sentences), dtype=np.float32)
        topic_text = parts[-1]
        if conversation_module.topic_words(result.query):
            # A follow-up with words of its own ("what about in finance?") is about those; only
            # one asking for a value or a name ("by which year?", "who's making it?") is still
            # about what was asked before it, its own words being the kind of value: "by which
            # year" after the AI market's size is the year of the market's forecast, not the
            # sentence that says "years".
            if compose.asks_value(result.query) and len(parts) >= 2:
                topic_text = parts[-2]
            elif (
                _POINTS_AT_TOPIC.search(result.query) and _JOINS.search(section.heading)
                and not self._names_own_subject(section, result)
            ):
                # One that points at the topic ("what if you turn it right up?") asks its words of
                # the topic: in a section whose heading joins several things ("Sampling:
                # temperature, top-k and top-p") the sentences that name the topic answer. Its
                # words name what is done to it and seldom the sentence ("turn up" is no course
                # wording of a high temperature). The topic's words that name one of the
                # heading's things, from all of the topic as asked (a comma split "'temperature'
                # on a chatbot, my son keeps fiddling"): a topic that is a whole question ("judge
                # if a generated picture is good") brought its incidental words.
                heading = self.index.heading_terms_of(section)
                terms = self.index.sentence_terms(section)
                topic = [t for t in self.index.analyse(result.topic) if t in heading]
                return compose.focus_bonus(topic, terms, set(terms[0]) if terms else set(), self.index.idf)
            else:
                return np.zeros(len(section.sentences), dtype=np.float32)
        terms = self.index.sentence_terms(section)
        topic = self.index.analyse(topic_text)
        return compose.focus_bonus(topic, terms, set(terms[0]) if terms else set(), self.index.idf)

    def _compared_within_the_last(self, asking: Asking) -> None:
        """A comparison of two things the section just cited speaks of
        (``conversation.compared_within``): ``asking.within`` is that section and the sides'
        names, and that section answers (``_compared_within``)."""
        asked, conversation, reading, shape, pointing, result = (
            asking.asked, asking.conversation, asking.reading, asking.shape, asking.pointing, asking.result
        )
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
        asking.within = within

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


def quoted(section: Section, said: str) -> bool:
    """Did the last answer (``said``) quote most of ``section``?"""
    if not said:
        return False
    return sum(sentence in said for sentence in section.sentences) * 2 >= len(section.sentences)


def _all_said(answer: Answer, said: str, course: Course) -> bool:
    """Is every sentence ``answer`` quotes from its main section one an answer the conversation
    remembers (``said``) already gave? (A whole paragraph again, two turns later: "how do you prevent it?" after
    overfitting and how to spot it.)"""
    if not said or not answer.sources:
        return False
    quoted = [sentence for sentence in course.section(answer.sources[0].section).sentences if sentence in answer.text]
    return bool(quoted) and all(sentence in said for sentence in quoted)


def _body(text: str) -> str:
    """An answer's text without its citation markers."""
    return re.sub(r"\s*\[\d+\]", "", text).strip()
