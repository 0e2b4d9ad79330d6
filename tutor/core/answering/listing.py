"""Listing: which section answers a list question, and all of its items.

Why a module of its own: a list question ("which algorithms learn from labelled data?") is often
best matched by the section that defines its topic, while the section that enumerates the items
ranks a little lower; choosing that enumerating section (in the best section's lesson or near it,
past what the question sets aside: "apart from images and text, what else ...") is a decision of
its own, with its own margins, apart from how a general answer picks sentences. ``Listing`` is
mixed into ``answer.Tutor``, which provides ``index``, ``course``, ``_sentence_scores`` and
``_answer_from``.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering import compose, shapes
from tutor.core.answering.answers import Answer
from tutor.core.answering.compose import SECTION_MARGIN
from tutor.core.answering.learner import SHORT_FORM_LETTERS
from tutor.core.answering.search import ASPECT_HEADINGS, Hit, SearchResult
from tutor.core.knowledge import Section
from tutor.core.words import tokenize

# List questions (see ``Tutor._enumerating_hit``): how far below the best section an enumerating
# one of the same lesson may rank, and how its choice weighs the closeness of its enumerating
# sentences to the question and each near section of its lesson whose topic it names.
LIST_LESSON_MARGIN = 0.13
LIST_HEAD_WEIGHT = 0.1
LIST_NAMED_BONUS = 0.02
LIST_NAMED_MAX = 3
LIST_NOUN_MARGIN = 0.2  # ... how far below, in the same lesson, one that names what is asked for may rank
LIST_NOUN_BONUS = 0.1
# The aspects a list question asks to have listed whose sections' headings name them (stop 38).
_LISTED_ASPECTS = ("uses", "fix")
# "apart from images and text, what else ...": what a list question sets aside (``_past_the_excluded``).
_SET_ASIDE = rx.compile(
    r"\b(?:apart\s+from|aside\s+from|other\s+than|besides|except(?:\s+for)?|not\s+(?:just|only))\s+"
    r"(?P<aside>[^,.?!;:]+?)(?=\s*(?:[,.?!;:]|\b(?:what|which|how|where|can|could|does|do|is|are)\b|$))",
    re.IGNORECASE,
)


class Listing:
    """The list-question path of ``Tutor._compose`` (see the module docstring)."""

    def _compose_list(self, question: str, result: SearchResult, hit: Hit) -> Answer:
        """Every item of the enumerating section ``hit`` (see ``_enumerating_hit``)."""
        scores = self._sentence_scores(hit.section, result)
        positions = compose.list_positions(hit.section, scores)
        lead = None
        if not (result.topic or result.remembered or result.already_said):
            # "how do i stop my model overfitting" answered from the whole section: its cure first.
            doing = self._what_to_do_lead(question, hit.section, positions)
            if doing is not None:
                positions, lead = doing[1], (0, doing[0])
        return self._answer_from(question, result, [(hit.section, hit.score, positions, "")], lead=lead)

    def _enumerating_hit(self, question: str, result: SearchResult) -> Hit:
        """The section a list question is answered from. The section that defines a topic often
        ranks first ("learning from labelled examples" for "which algorithms learn from labelled
        data"), the one that enumerates it ("common supervised learning algorithms") a little
        lower. So a near section whose body enumerates (``compose.enumerates``, told from its
        structure) answers: near is within ``LIST_LESSON_MARGIN`` in the best section's lesson,
        ``SECTION_MARGIN`` in others. Of several, the one that ranks best once these count:
        - how close its enumerating sentences are to the question;
        - the near sections of its lesson those sentences name as items (a summary such as "a
          holistic approach" names every challenge that has its own section);
        - in the best section's lesson, whether its heading or enumerating sentences name what
          the question asks to have listed ("which algorithms" and "Several families of
          algorithms"), which also widens its margin to ``LIST_NOUN_MARGIN``.
        A recipe of steps ("First, ... Second, ...") enumerates steps: it answers only when it
        ranks first or steps are asked for. When none enumerates, the best section answers."""
        best = result.hits[0]
        # (stop 47) The polarity asked: "what are the drawbacks of variational autoencoders" is no
        # list of VAE uses, though that section ranked first through an ask on what VAEs are for.
        # When the best section is headed with the opposite polarity (or, for weak points, with
        # uses), a section of its lesson headed with the asked polarity answers, else the lesson's
        # comparison, which weighs each side's weak and strong points ("VAEs compared with GANs"),
        # else the next section not headed the other way.
        weak = bool(ASPECT_HEADINGS[0][0].search(question)) and not ASPECT_HEADINGS[1][0].search(question)
        strong = bool(ASPECT_HEADINGS[1][0].search(question)) and not ASPECT_HEADINGS[0][0].search(question)
        if weak or strong:
            asked_heading = ASPECT_HEADINGS[0 if weak else 1][1]
            opposite = [ASPECT_HEADINGS[1][1], ASPECT_HEADINGS[2][1]] if weak else [ASPECT_HEADINGS[0][1]]

            def headed_other_way(hit: Hit) -> bool:
                return any(p.search(hit.section.heading) for p in opposite)

            if headed_other_way(best):
                same = [h for h in result.hits[1:] if h.section.lesson_id == best.section.lesson_id]
                weighed = next((h for h in same if asked_heading.search(h.section.heading)), None) or next(
                    (h for h in same if compose.compares(h.section)), None
                )
                if weighed is not None:
                    # (Answers whole: a near section that lists the VAE's parts is no list of its
                    # weak points either.)
                    result.hits = [weighed] + [h for h in result.hits if h is not weighed]
                    return weighed
                best = next((h for h in result.hits[1:] if not headed_other_way(h)), best)
                result.hits = [best] + [h for h in result.hits if h is not best]
            elif compose.compares(best.section):
                return best  # "what are the downsides of vaes": the comparison that weighs them ranked first
        noun = shapes.list_noun(question)
        wanted = set(self.index.analyse(noun)) if noun else set()
        past = self._past_the_excluded(question, result, best)
        if past is not best:
            return past
        if (headed := self._heading_names_the_aspect(question, result, best)) is not None:
            return headed

        # "what are all the jobs gen ai can do in a hospital", "name all the jobs gen ai does in
        # retail": the question names one part of a lesson by a rare word of that part's heading
        # (healthcare, retail), so the lesson's opening section, an overview whose heading merely
        # holds the noun to list ("Same industries, different jobs"), does not list what is
        # asked, even ranked a little higher by that noun: the part's own items are.
        opening = self.course.lesson(best.section.lesson_id).sections[0]
        expanded = self.index.learner.expand(question)

        def names_part(hit: Hit) -> bool:
            # (stop 48) Or the question says the part's heading before its colon word for word
            # ("in customer support what jobs does the ml side do": "Customer support: ..."), though
            # those words are too common in the course to count as its rare terms.
            lead = hit.section.heading.split(":")[0].strip().lower()
            return hit.section.id != opening.id and (
                self.index.names_heading_term(expanded, hit.section, wanted)
                or (":" in hit.section.heading and len(lead.split()) >= 2 and re.search(rf"\b{re.escape(lead)}\b", question.lower()) is not None)
            )

        if best.section.id == opening.id and not self.index.names_heading_term(expanded, best.section, wanted):
            parts = [
                h for h in result.hits[1:]
                if h.section.lesson_id == best.section.lesson_id and h.score >= best.score - SECTION_MARGIN and names_part(h)
            ]
            if len(parts) == 1:
                best = parts[0]
        own_part = names_part(best)
        named = self._heading_names(best, wanted)
        if named is not None and own_part and named.id == opening.id:
            named = None
        if named is not None:
            return next((h for h in result.hits if h.section.id == named.id), None) or Hit(
                section=named, score=best.score, dense=best.dense, lexical=best.lexical,
                coverage=best.coverage, asked=best.asked,
            )

        def heads(hit: Hit) -> list[int]:
            return compose.enumeration_sentences(hit.section)

        def names_noun(hit: Hit) -> bool:
            if not wanted or hit.section.lesson_id != best.section.lesson_id:
                return False  # another lesson's list of the same noun is another topic's
            if own_part and hit.section.id == opening.id:
                return False
            terms = self.index.sentence_terms(hit.section)
            words = self.index.heading_terms_of(hit.section).union(*(terms[i] for i in heads(hit)))
            return wanted <= words

        def margin(hit: Hit) -> float:
            if names_noun(hit) or (hit is not best and self._heading_names_the_term(question, hit, best)):
                return LIST_NOUN_MARGIN
            return LIST_LESSON_MARGIN if hit.section.lesson_id == best.section.lesson_id else SECTION_MARGIN

        # The lesson the question is about: the one its hits weigh most in. An enumerating best
        # section of that lesson answers, unless only another one names what is asked for (its
        # runners-up also enumerate, and the closeness of their sentences alone does not tell
        # "the two parts of the VAE loss" from "the three parts of a VAE").
        weight: dict[str, float] = {}
        for h in result.hits:
            weight[h.section.lesson_id] = weight.get(h.section.lesson_id, 0.0) + h.score
        topic_lesson = max(weight, key=weight.__getitem__)
        near = [h for h in result.hits if h.score >= best.score - margin(h)]
        if compose.enumerates(best.section) and best.section.lesson_id == topic_lesson and (
            names_noun(best) or not any(names_noun(h) for h in near)
        ):
            return best
        steps = bool(wanted & set(self.index.analyse("steps stages")))
        enumerating = [
            h for h in near
            if compose.enumerates(h.section) and (h is best or steps or not compose.is_steps(h.section))
        ]
        # (Nor does a near section headed the other way enumerate what is asked.)
        if weak or strong:
            enumerating = [h for h in enumerating if not headed_other_way(h)]
        if not enumerating:
            return best

        def value(hit: Hit, closest: bool = False) -> float:
            sims = self.index.sentence_similarities(hit.section, result.query_vector)
            # ``closest``: its closest sentence of all, the evidence a best section that does not
            # enumerate competes with (an item told one per sentence, "Greedy decoding always
            # takes ...", is as much the answer as the sentence announcing the items).
            head = 0.0 if sims is None else max(float(sims[i]) for i in (range(len(sims)) if closest else heads(hit)))
            # Named as items: in the sentences that enumerate, not merely somewhere in the text.
            terms = self.index.sentence_terms(hit.section)
            words = set().union(*(terms[i] for i in heads(hit)))
            # A sibling's topic is its heading's own words, not the lesson's ("VAE" is in every
            # heading of the VAE lesson).
            lesson_words = set(self.index.analyse(hit.section.lesson_title))
            named = sum(
                compose.names_topic(
                    [t for t in self.index.analyse(other.section.heading) if t not in lesson_words], words, self.index.idf
                )
                for other in near
                if other is not hit and other.section.lesson_id == hit.section.lesson_id
            )
            return (
                hit.score + LIST_HEAD_WEIGHT * head + LIST_NAMED_BONUS * min(named, LIST_NAMED_MAX)
                + (LIST_NOUN_BONUS if names_noun(hit) else 0.0)
            )

        chosen = max(enumerating, key=value)
        if chosen is not best and self._heading_names_the_term(question, chosen, best):
            return chosen
        defines = (
            self.course.lesson(best.section.lesson_id).sections[0].id == best.section.id
            and chosen.section.lesson_id == best.section.lesson_id
        )
        if best not in enumerating and not defines and not names_noun(chosen):
            # A best section whose items are spread over its sentences ("Resistance to change
            # from employees": each sentence one reason), which the structure does not show,
            # still competes: by its score and its closest sentence (multi-granularity
            # evidence), against the runner-ups' bonus for naming siblings. Not a lesson's
            # opening section against an enumerating one of its own lesson (the first defines
            # the topic, the other lists it), nor against a runner-up that names what is asked
            # for ("which algorithms").
            sims = self.index.sentence_similarities(best.section, result.query_vector)
            own = best.score + (0.0 if sims is None else LIST_HEAD_WEIGHT * float(sims.max()))
            if own >= value(chosen, closest=True):
                return best
        return chosen

    def _heading_names_the_aspect(self, question: str, result: SearchResult, best: Hit) -> Hit | None:
        """For a list of uses or of remedies ("what are the main things that sort of learning
        without answers is used for? all of them", "all the ways to cut down on it inventing
        stuff"): the near section whose heading names that aspect ("What unsupervised learning is
        used for", "How to spot and reduce hallucination"), when the best section's heading does
        not, in the lesson the question's hits weigh most in; else None.

        Why (stop 38): the learner's setting ("mountains of records with no tags", "printouts
        from chatbots") ranked the section defining the topic, another lesson's data needs or the
        custom-chatbots section first, and its items were listed instead of the uses or the
        remedies asked for."""
        aspects = [a for a in compose.asked_aspects(question) if a in _LISTED_ASPECTS]
        if not aspects or any(compose.heading_names_aspect(best.section.heading, a) for a in aspects):
            return None
        weight: dict[str, float] = {}
        for h in result.hits:
            weight[h.section.lesson_id] = weight.get(h.section.lesson_id, 0.0) + h.score
        topic_lesson = max(weight, key=weight.__getitem__)
        return next(
            (
                h for h in result.hits[1:]
                if h.section.lesson_id == topic_lesson and h.score >= best.score - LIST_LESSON_MARGIN
                and any(compose.heading_names_aspect(h.section.heading, a) for a in aspects)
            ),
            None,
        )

    def _past_the_excluded(self, question: str, result: SearchResult, best: Hit) -> Hit:
        """For "apart from images and text, what else can gen AI make?": when the best section's
        items (its heading and enumerating sentences) are the ones set aside, the nearest section
        within ``LIST_LESSON_MARGIN`` that enumerates, whose heading names none of them but some
        of the best section's other items, and whose items are not all of them. Why: the words set
        aside are the question's most specific ones, so the section listing them ranks first
        ("images, text, computer code, audio ..."), while what is asked is the rest (code,
        audio, drug molecules). Otherwise ``best``."""
        match = _SET_ASIDE.search(question)
        if match is None:
            return best
        # The things set aside, not how they are made: "besides making pictures and writing
        # text" sets aside pictures and text ("making", "writing" are no items of any list).
        things = " ".join(w for w in tokenize(match.group("aside")) if not w.endswith("ing"))
        aside = {w for w in self.index.analyse(things) if len(w) > 2 and w in self.index.vocabulary}
        if not aside:
            return best

        def items(hit: Hit) -> set[str]:
            terms = self.index.sentence_terms(hit.section)
            return set(self.index.heading_terms_of(hit.section)).union(
                *(terms[i] for i in compose.enumeration_sentences(hit.section))
            )

        # Most of them among the best section's items: the learner's word for one may be no word
        # of the section ("pictures" where it lists "images").
        if 2 * len(aside & items(best)) < len(aside) or not aside & items(best):
            return best
        # The rest of what the best section lists is what is asked for: the answer's heading
        # names some of it ("Code, audio and new drug molecules"), by a word few headings hold.
        rest = (items(best) - aside - self.index.heading_terms_of(best.section)) & self.index.rare_terms
        return next(
            (
                h for h in result.hits[1:]
                if h.score >= best.score - LIST_LESSON_MARGIN and compose.enumerates(h.section)
                and not (aside & self.index.heading_terms_of(h.section)) and not aside <= items(h)
                and rest & self.index.heading_terms_of(h.section)
            ),
            best,
        )

    def _heading_names_the_term(self, question: str, chosen: Hit, best: Hit) -> bool:
        """Does ``chosen``'s heading open with, and ``best``'s not name, a course term that ``question``
        says in everyday words (the glossary)? "all the ways a text ai can pick its next word"
        says "sampling", which "Sampling: temperature, top-k and top-p" lists, while the
        step-by-step account of next-token prediction, closer to "next word", lists nothing."""
        # Not a short form: "ml", "gen ai" name the field the whole question is about, not one
        # of its sections ("What machine learning does well").
        words = tokenize(question)
        # (stop 48) Nor a setting only the message's first sentence names, its story: "our clinic's
        # outcome data is a mess ... what kinds of errors count as noisy data?" asks for no
        # healthcare list.
        sentences = re.split(r"(?<=[.!?])\s+", question.strip())
        asking = set(tokenize(" ".join(sentences[1:]) if len(sentences) > 1 else question))
        terms = [
            self.index.analyse(course) for course, (first, last) in self.index.learner.matches(question)
            if len("".join(words[first : last + 1])) > SHORT_FORM_LETTERS
            and not (self.index.names_a_setting(course) and not asking & set(words[first : last + 1]))
        ]
        # The heading is the term's own: it opens with the whole term ("Sampling: ...", "What
        # unsupervised learning is used for"), not a heading that names it among others ("Data
        # needs of supervised, unsupervised and ...") or shares one of its words ("How
        # adversarial training works" for "generative adversarial network").
        heading = self.index.analyse(chosen.section.heading)
        best_heading = self.index.heading_terms_of(best.section)
        return any(
            term and heading[: len(term)] == term and not set(term) <= best_heading for term in terms
        )

    def _heading_names(self, best: Hit, wanted: set[str]) -> Section | None:
        """The one section of the best section's lesson whose heading names the items a list
        question asks for ("list every algorithm ..." and "Common supervised learning
        algorithms") and whose body enumerates, when the best section's heading does not name
        them: that section lists the items even when the question's setting ("sort emails into
        spam") ranks a worked example higher. None otherwise."""
        # "Steps" are a recipe's, and a heading's "example" is one worked example, not a list of them.
        if not wanted or wanted & set(self.index.analyse("steps stages example")):
            return None
        if wanted <= self.index.heading_terms_of(best.section):
            return None
        named = [
            section for section in self.course.lesson(best.section.lesson_id).sections
            if section.id != best.section.id and wanted <= self.index.heading_terms_of(section)
            and compose.enumerates(section)
        ]
        return named[0] if len(named) == 1 else None
