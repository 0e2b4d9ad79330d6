"""Choosing sentences: how a section's sentences are scored for a question and which are told.

Why a module of its own: every answer that quotes the course (general, list, comparison, focused
follow-up) is made by the same two steps: score each sentence of a section for the question (by
meaning, shared rare words, the course terms the glossary read into it, and in a conversation
what was already said and the subject now asked about), then pick the best within a word budget
and cite them (``_answer_from``). ``_compose_general`` is that for a question of no special shape.
``ChoosingSentences`` is mixed into ``answer.Tutor``, which provides ``index``, ``course`` and
``_followups``; ``comparison.py``, ``followups.py`` and ``listing.py`` use its methods.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering import compose, shapes
from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.answers import Answer, Source
from tutor.core.answering.compose import (
    MAX_SOURCES,
    SECTION_MARGIN,
    leans_on_previous,
    pick_sentences,
)
from tutor.core.answering.followups import OTHER_SUBJECT_PENALTY, SUBJECT_BONUS, quoted
from tutor.core.answering.search import SearchResult
from tutor.core.knowledge import Section
from tutor.core.words import stems, tokenize

MAX_WORDS = 120
ADJACENT_BONUS = 0.06
LEAD_CAP = 0.2  # see _compose_general: how far one echoing sentence may raise the bar (0.1 lost a set-H case)
MIN_WORDS = 70  # below this the best section keeps contributing sentences
MAX_SENTENCES = 5
WHOLE_WORDS = 170  # most of the best section chosen: the rest joins within this many words
AGAIN_WORDS = 60  # a follow-up asking to hear something again: the answer is told this short
REPEAT_PENALTY = 0.3  # follow-ups: sentences the previous answer already gave
SAID_AGAIN_MARGIN = 0.1  # follow-ups: a sentence said before comes back only when scored this close to the best
FOLLOW_TOPIC_BONUS = 0.1  # follow-ups: a sentence naming the whole topic, in a section not about it
SUBJECT_WORDS = 4  # ``SUBJECT_BONUS`` (followups.py): the new subject named within a sentence's first this many words
# Shapes of a question whose best section's opening joins when the question describes its idea
# without naming it (see ``_compose_general``).
_TOLD_THE_NAME = frozenset({"general", "why", "how"})
# A name followed by what it is: ", a number slightly below 1", " (fraud that slipped through)",
# "the epsilon-greedy rule: with a small probability ...".
_APPOSITIVE = rx.compile(r",\s+(?:an?|the)\s|\s\((?!\w+\))|:\s")
SIMPLE_WORDS = 60  # a definition asked simply ("eli5 ..."): the answer is told within about this many words
TERM_BONUS = 0.1  # sentences using a course term the glossary read into the question (0.05-0.2 measured alike)


class ChoosingSentences:
    """Scoring, picking and citing a section's sentences (see the module docstring)."""

    def _query_weights(self, result: SearchResult) -> dict[str, float]:
        """The question's analysed terms with their idf: a shared rare word ("banks") says more
        than a shared common one ("AI"), which matches sentences all over the course."""
        terms = self.index.analyse(result.contextual_query or result.query)
        return {t: self.index.idf(t) for t in dict.fromkeys(terms)}

    def _sentence_scores(
        self,
        section: Section,
        result: SearchResult,
        weights: dict[str, float] | None = None,
        shape: str = "general",
        focus: bool = True,
    ) -> np.ndarray:
        """Score each sentence of ``section`` for the question (meaning + words + position,
        plus a little for sentences that fit the question's shape: a reason for "why"...).
        ``focus``: weigh the question's own distinctive words (``compose.focus_bonus``)."""
        weights = self._query_weights(result) if weights is None else weights
        total = sum(weights.values()) or 1.0
        sims = self.index.sentence_similarities(section, result.query_vector)
        if sims is not None and result.topic:
            # A follow-up's own words say what it wants ("how do people fix it?"); the topic
            # is in every sentence of the section, so it alone would pick the definition again.
            own = self.index.sentence_similarities(section, self.index.encode_query(result.query))
            if own is not None:
                sims = (sims + own) / 2
        scores = np.zeros(len(section.sentences), dtype=np.float32)
        for position, terms in enumerate(self.index.sentence_terms(section)):
            overlap = sum(w for t, w in weights.items() if t in terms) / total
            scores[position] = 0.35 * overlap + (0.08 if position == 0 else 0.0) - 0.005 * position
        if sims is not None:
            scores += sims
        owns = np.zeros(len(section.sentences), dtype=np.float32)
        if result.topic:
            # A follow-up combines its own words with the topic: the sentence that names its words
            # ("... seldom labelled" for "does that one need labels?" about anomaly detection)
            # answers it even when the last answer already said it (measured: a bonus for such
            # sentences on top of that drowned the answer in incidental words, "the classifier");
            # in a section not about the topic, the sentence naming it ("... support vector machines").
            owns, topic = self._naming(section, result)
            scores += FOLLOW_TOPIC_BONUS * topic
            scores -= self._about_another_subject(section, result)
        if result.subject:
            # "and the decoder?" after the encoder: the sentence about the decoder answers, even
            # when the last answer said it (see ``_subject_sentences``).
            subject = self._subject_sentences(section, result.subject, result.remembered or result.already_said)
            scores += SUBJECT_BONUS * subject
            owns = np.maximum(owns, subject)
        if result.pointed:
            # "does that one need k?" after DBSCAN was introduced: the sentences about DBSCAN
            # answer, said before or not (``Tutor._pointed_name``).
            pointed = self._pointed_sentences(section, result.pointed)
            scores += SUBJECT_BONUS * pointed - OTHER_SUBJECT_PENALTY * self._earlier_subject_sentences(section, result)
            owns = np.maximum(owns, pointed)
        if result.already_said:
            # A follow-up wants something new: what the last answer said ranks lower.
            said = np.array([sentence in result.already_said for sentence in section.sentences], dtype=np.float32)
            downside = np.maximum(
                np.maximum(
                    compose.names_asked_downside(result.query, section.sentences),
                    compose.names_asked_person(result.query, section.sentences),
                ),
                compose.names_asked_in_definition(result.query, section.sentences),
            )
            value = np.maximum(
                np.maximum(
                    compose.names_asked_value(result.query, section.sentences),
                    np.maximum(
                        compose.names_asked_formula(result.query, section.sentences),
                        compose.names_asked_figures(result.query, section.sentences),
                    ),
                ),
                compose.names_asked_remedy(result.query, section.sentences, result.topic or ""),
            )
            scores -= REPEAT_PENALTY * said * (1 - owns) * (1 - downside) * (1 - value)
        # The aspect asked about ("how do people fix it?" -> the remedies) counts for every
        # question; a question of its own leaves reasons and examples to its shape.
        skip = frozenset() if result.topic else compose.SHAPED_ASPECTS
        if result.topic and compose.asks_value(result.query):
            # A follow-up asking for a figure: the sentences that state one, not the example's set-up.
            skip = skip | {"example", "numbers"}
            scores += compose.value_bonus(result.query, section.sentences, result.topic or "")
        if result.topic:
            scores += compose.formula_bonus(
                result.query, section.sentences, conversation_module.topic_words(result.query)
            )
        scores += compose.aspect_bonus(result.query, section.sentences, skip)
        if result.topic:
            # "how do people fix that" after what goes wrong with GANs: the sentence that states
            # the remedy ("Remedies include ...") in the section found for it (stop 41).
            scores += compose.ASPECT_BONUS * compose.names_asked_remedy(result.query, section.sentences, result.topic)
        if focus and not result.topic:
            # The question's own distinctive words pick the sentence that answers it; a
            # follow-up's own words are weighed by ``_naming`` above.
            scores += self._focus(section, result)
        if self.index.learner.terms:
            scores = self._add_term_bonus(scores, section, result.query)
        return scores + compose.shape_bonus(shape, section.sentences)

    def _subject_sentences(self, section: Section, subject: str, said: str) -> np.ndarray:
        """Per sentence of ``section``: is ``subject`` (the new subject of a follow-up read as a
        switch, "and the decoder?" after "what does the encoder in a vae do") what the sentence is
        about, named among its first ``SUBJECT_WORDS`` words ("The decoder takes a position in the
        latent space ...")? The question read in full ("what does the decoder in a vae do") keeps
        the old question's words, which every sentence of the section shares and its opening
        names best ("... two neural networks, an encoder and a decoder ..."), so the sentence on
        the decoder came last, and the answer told the VAE again."""
        none = np.zeros(len(section.sentences), dtype=np.float32)
        wanted = {t for t in self.index.analyse(subject) if self.index.idf(t) >= compose.DISTINCTIVE_IDF}
        if not wanted or not section.sentences:
            return none
        found = np.array(
            [wanted <= set(self.index.analyse(" ".join(s.split()[:SUBJECT_WORDS]))) for s in section.sentences],
            dtype=np.float32,
        )
        # Only one of the parts of a section the learner has just read: in a section about the
        # subject itself (its opening's subject, "Text-to-video is ..."; or one not read yet,
        # "what are vaes used for" after GANs' uses), every sentence is about it, and the ones
        # that open with its name are not the answer ("why is the second one harder?").
        if found[0] or not quoted(section, said):
            return none
        return found

    def _pointed_sentences(self, section: Section, name: str) -> np.ndarray:
        """Per sentence of ``section``: is the subject a pronoun points at (``name``, "DBSCAN")
        what the sentence is about, named among its first ``SUBJECT_WORDS`` words? None in a
        section that opens with it: there every sentence is about it."""
        none = np.zeros(len(section.sentences), dtype=np.float32)
        wanted = set(self.index.analyse(name))
        if not wanted or not section.sentences:
            return none
        found = np.array(
            [wanted <= set(self.index.analyse(" ".join(s.split()[:SUBJECT_WORDS]))) for s in section.sentences],
            dtype=np.float32,
        )
        return none if found[0] else found

    def _earlier_subject_sentences(self, section: Section, result: SearchResult) -> np.ndarray:
        """Per sentence of ``section``: does it open on the subject before the one a pronoun
        points at (k-means, when "that one" is DBSCAN), and not name the pointed one? Those
        sentences are about the other subject: in "When k-means clustering fails and DBSCAN
        helps" they scored near DBSCAN's, and pulled the whole paragraph in after them."""
        none = np.zeros(len(section.sentences), dtype=np.float32)
        if not result.pointed:
            return none
        earlier = {t for t in self.index.analyse(result.pointed_after) if self.index.idf(t) >= compose.DISTINCTIVE_IDF}
        if not earlier:
            return none
        pointed = self._pointed_sentences(section, result.pointed)
        return np.array(
            [
                bool(earlier & set(self.index.analyse(" ".join(s.split()[:SUBJECT_WORDS])))) and not named
                for s, named in zip(section.sentences, pointed)
            ],
            dtype=np.float32,
        )

    def _about_the_pointed(self, section: Section, result: SearchResult) -> set[int]:
        """The positions of ``section``'s sentences about the subject a pronoun points at: from each
        sentence that opens on it (``_pointed_sentences``) on, up to one that opens on the subject
        before it (``_earlier_subject_sentences``). Empty when the follow-up points at no such
        subject or the section does not tell it apart."""
        if not result.pointed:
            return set()
        pointed = self._pointed_sentences(section, result.pointed)
        earlier = self._earlier_subject_sentences(section, result)
        about: set[int] = set()
        inside = False
        for position in range(len(section.sentences)):
            if pointed[position]:
                inside = True
            elif earlier[position]:
                inside = False
            if inside:
                about.add(position)
        return about

    def _add_term_bonus(self, scores: np.ndarray, section: Section, query: str) -> np.ndarray:
        """``scores`` plus ``TERM_BONUS`` for each course term the glossary read into the question
        ("losing points" -> penalty) that a sentence uses: that sentence answers the everyday
        wording."""
        for term in self.index.learner.expansions(query):
            wanted = set(self.index.analyse(term))
            if wanted:
                scores = scores + TERM_BONUS * np.array(
                    [wanted <= t for t in self.index.sentence_terms(section)], dtype=np.float32
                )
        return scores

    def _focus(self, section: Section, result: SearchResult) -> np.ndarray:
        """``compose.focus_bonus`` for ``section``: the question's own words, with the few stop
        words that still say what is asked (``compose.FOCUS_KEEP``: "does it know ...")."""
        terms: list[frozenset[str]] = self.index.sentence_terms(section)
        asked = self.index.analyse(result.query)
        kept = set(stems(w for w in tokenize(result.query) if w in compose.FOCUS_KEEP))
        if kept:
            asked += sorted(kept)
            terms = [t | (kept & set(stems(tokenize(s)))) for t, s in zip(terms, section.sentences)]
        about = set(self.index.analyse(f"{section.lesson_title} {section.heading}")) | set(terms[0] if terms else ())
        return compose.focus_bonus(asked, terms, about, self.index.idf)

    def _naming(self, section: Section, result: SearchResult) -> tuple[np.ndarray, np.ndarray]:
        """Per sentence of ``section``: does it name the follow-up's own words, and how much of the
        topic does it name (idf-weighted, under any of the topic's names, so "support vector
        machine" counts and a bare "machine" barely does)? Only what the section's heading and
        opening sentence do not already name counts: in a section about the topic every sentence
        is about it, and naming it would only bring back the definition; after "and for a VAE
        specifically?" about loss functions, a section on VAEs should say what it says of losses."""
        sentence_terms = self.index.sentence_terms(section)
        # What the section is about: its heading and its opening sentence.
        about = self.index.heading_terms_of(section) | set(sentence_terms[0] if sentence_terms else ())

        def names(text: str) -> list[set[str]]:
            # The same few texts come back for every section of an answer: remembered per tutor.
            found = self._names_memo.get(text)
            if found is None:
                found = [set(self.index.analyse(name)) for name in [text, *self.index.other_names(text)]]
                if len(self._names_memo) >= 64:
                    self._names_memo.pop(next(iter(self._names_memo)))
                self._names_memo[text] = found
            return found

        def share(text_names: list[set[str]], terms: set[str] | frozenset[str]) -> float:
            return max(sum(self.index.idf(t) for t in n & terms) / (sum(self.index.idf(t) for t in n) or 1.0) for n in text_names)

        own = " ".join(conversation_module.topic_words(result.query))
        owns = np.zeros(len(sentence_terms), dtype=np.float32)
        if own and share(names(own), about) < 0.5:
            wanted_own = set(self.index.analyse(own))
            owns = np.array([bool(wanted_own & terms) for terms in sentence_terms], dtype=np.float32)
        parts = [part for part in (result.topic or "").split(", ") if share(names(part), about) < 0.5]
        if not parts:
            return owns, np.zeros(len(sentence_terms), dtype=np.float32)
        wanted = names(" ".join(parts))
        return owns, np.array([share(wanted, terms) for terms in sentence_terms], dtype=np.float32)

    def _answer_from(
        self,
        question: str,
        result: SearchResult,
        parts: list[tuple[Section, float, list[int], str]],
        demo: Section | None = None,
        lead: tuple[int, int] | None = None,
    ) -> Answer:
        """An answer from (section, score, sentence positions, label) parts, one citation each;
        the related demo is ``demo``'s (the best section's), else the first part's. ``lead`` (part
        index, sentence position) is said first, with its part's citation: the verdict of "is A
        the same as B?" in the course's own words."""
        sources: list[Source] = []
        texts: list[str] = []
        if lead is None and parts and conversation_module.asks_what_the_subject_is(question, result.subject):
            lead = self._switched_subject_lead(result.subject, parts[0])
        if result.topic and lead is None:
            # "how do i stop it" after what overfitting is: the answer opens with the cure.
            parts = compose.remedy_first(result.query, parts, result.topic)
        if lead is not None and lead[0] < len(parts) and compose.is_later_step(parts[lead[0]][0], lead[1]):
            # A later step of a recipe is read where the course tells it, after the steps before
            # it (stop 41: "Fourth, measure ..." had opened the spam filter's recipe).
            lead = None
        for index, (section, score, positions, label) in enumerate(parts):
            sources.append(Source.from_section(section, score))
            # A worked example's figures come with the numbers they are worked from.
            positions = [*positions, *compose.worked_givens(result.query or question, section, positions)]
            leading: list[int] = []
            if lead is not None and lead[0] == index:
                # The lead with what it points back to (``compose.said_with_lead``): a verdict
                # never opens the answer pointing at nothing said yet.
                leading = compose.said_with_lead(section, lead[1], positions)
                texts.insert(0, f"{' '.join(section.sentences[p] for p in leading)} [{len(sources)}]")
            kept = [p for p in sorted(positions) if p not in leading]
            if kept:
                body = " ".join(section.sentences[p] for p in kept)
                texts.append(f"{label}{body} [{len(sources)}]")
        return Answer(
            question=question,
            text=" ".join(texts),
            in_scope=True,
            sources=sources,
            followups=self._followups(result, {s.section for s in sources}),
            demo=(demo or parts[0][0]).demo,
        )

    def _switched_subject_lead(self, subject: str, part: tuple[Section, float, list[int], str]) -> tuple[int, int] | None:
        """(0, the position) of the first part's sentence that names ``subject`` as its own
        subject (in its first ``compose.SUBJECT_HEAD`` words), when another sentence of the part
        comes before it; else None. For a switch asked as "what is it" ("and underfitting?" after
        "what is overfitting", "what about recall" after precision): the answer keeps the
        definition's shape and opens with the new subject's definition.

        Why: the sentences are told in course order, so the answer opened with the old subject
        again ("Overfitting happens when ...") or with the section's opening (the confusion
        matrix), and the new subject's definition came second."""
        section, _score, positions, _label = part
        wanted = {t for t in self.index.analyse(subject) if t in self.index.vocabulary}
        if not wanted or not positions:
            return None
        ordered = sorted(positions)
        naming = next(
            (p for p in ordered if wanted <= set(self.index.analyse(" ".join(section.sentences[p].split()[: compose.SUBJECT_HEAD])))),
            None,
        )
        if naming is None or naming == ordered[0]:
            return None
        return (0, naming)

    def _described_unnamed(self, result: SearchResult, section: Section) -> bool:
        """Does the question describe ``section``'s idea without naming it: no term of its heading
        in the question (nor in the course terms the glossary read into it), while the section's
        opening sentence names one (it says what the idea is called)?"""
        heading = self.index.heading_terms_of(section)
        opening = set(self.index.analyse(section.sentences[0])) if section.sentences else set()
        asked = set(self.index.analyse(" ".join([result.query, *self.index.learner.expansions(result.query)])))
        return bool(heading & opening) and not heading & asked

    def _pick(self, section: Section, scores: np.ndarray, budget: int) -> list[int]:
        """The best sentences of one section within ``budget`` words (at least one), bringing
        along the sentence before any that leans on it."""
        return sorted(pick_sentences(section, scores, budget, lambda words, _score: words >= budget * 0.8))

    def _compose_general(
        self,
        question: str,
        result: SearchResult,
        shape: str = "general",
        max_words: int = MAX_WORDS,
        bonus: Callable[[Section], np.ndarray] | None = None,
        simply: bool = False,
    ) -> Answer:
        best = result.hits[0]
        asked_what = compose.what_it_is(question) if bonus is None else None
        if asked_what is not None and result.topic and (
            set(self.index.analyse(compose.without_the_field(asked_what))) <= set(self.index.analyse(result.last_answer or ""))
        ):
            # A follow-up asks what a thing is only about a thing the last answer did not name (a
            # switch: "and temperature?" after top-k sampling, read as "what is temperature").
            asked_what = None
        # "eli5 what dimensionality reduction is": a definition asked simply is told short, the
        # term's own sentences, not its whole paragraph (a first question: a follow-up asking
        # simply is answered from what was said).
        short = (
            simply and asked_what is not None and max_words == MAX_WORDS
            and not (result.remembered or result.already_said or result.last_answer)
        )
        if short:
            max_words = SIMPLE_WORDS
        if result.again and bonus is None and max_words == MAX_WORDS:
            # "when was that agreed again?": the sentences that answer it with the topic (the
            # whole paragraph was read, so its own words alone pick none), told short.
            max_words = AGAIN_WORDS
        said = result.remembered or result.last_answer
        if bonus is None and max_words == MAX_WORDS and (
            quoted(best.section, said) or (result.topic and self.index.told_its_part(best.section, result.topic, said))
        ):
            # A follow-up whose best section was quoted (most of it) by an answer the conversation
            # remembers: the learner has read that paragraph; the sentences of it that answer the
            # follow-up, short, not all of it again. So has a learner told the topic's own
            # sentences of a list ("what goes wrong if you skip it" after feature scaling).
            return self._compose_focused(question, result, best, shape)
        chosen_sections = [best] + [
            h
            for h in result.hits[1:MAX_SOURCES]
            if (h.score >= best.score - SECTION_MARGIN and h.section.lesson_id == best.section.lesson_id)
            or h.score >= best.score - SECTION_MARGIN / 2
        ]
        weights = self._query_weights(result)
        candidates: list[tuple[float, int, int]] = []  # (score, section rank, sentence position)
        for rank, hit in enumerate(chosen_sections):
            # The question's own words choose among the best section's sentences; another
            # section joins on meaning alone (its own focus sentence, boosted, crowded out the
            # best section's: "can a great model still flop in a company?").
            scores = self._sentence_scores(hit.section, result, weights, shape, focus=rank == 0)
            if bonus is not None:  # a comparison answered by one section: each side's sentences
                scores = scores + bonus(hit.section)
            elif shape == "comparison" and rank == 0:
                # One with no sides of its own: what sets two things apart, in the best section
                # (in another, it let a sentence join that only contrasts something else:
                # "grammarly vs an image generator" drew the uses of VAEs).
                scores = scores + compose.contrast_bonus(hit.section.sentences) + self._each_named_side(question, hit.section)
            # Sentences from lower-ranked sections must beat the top section's clearly.
            penalty = 0.0 if rank == 0 else 0.1 + max(0.0, best.score - hit.score)
            for position, score in enumerate(scores):
                candidates.append((float(score) - penalty, rank, position))
        said_before = result.remembered or result.already_said
        if said_before and bonus is None:
            # A follow-up: the learner has read what the conversation's answers quoted, so the
            # best section's sentences among it do not come back to fill the answer (the
            # definition again after "why does it happen?" about mode collapse), unless they score
            # about as well as its best one: then they are what is asked ("what if it is too
            # large?" after the learning rate). (Other sections keep their repeat penalty: cutting
            # their repeats too moved a section's citation and with it the next turn's ranking.)
            own_best = max(c[0] for c in candidates if c[1] == 0)
            value = np.maximum(
                np.maximum(
                    compose.names_asked_value(result.query, best.section.sentences),
                    np.maximum(
                        compose.names_asked_figures(result.query, best.section.sentences),
                        compose.names_asked_person(result.query, best.section.sentences),
                    ),
                ),
                # "how would you even notice?": the sentence saying what shows it, said or not;
                # "how can it be avoided?": the one saying how.
                np.maximum(
                    compose.names_asked_in_definition(result.query, best.section.sentences),
                    compose.names_asked_remedy(result.query, best.section.sentences, result.topic or ""),
                ),
            )
            if result.subject:
                value = np.maximum(value, self._subject_sentences(best.section, result.subject, said_before))
            if result.pointed:
                value = np.maximum(value, self._pointed_sentences(best.section, result.pointed))

            candidates = [
                c for c in candidates
                if c[1] > 0 or c[0] >= own_best - SAID_AGAIN_MARGIN or best.section.sentences[c[2]] not in said_before
                or value[c[2]]
            ]
        about = self._about_the_pointed(best.section, result)
        if about:
            # "does that one need k?" about DBSCAN, in the section on k-means failing and DBSCAN
            # helping: the best section tells only what it says of DBSCAN (filling the answer to
            # a useful length brought back k-means' paragraph, which answers nothing asked).
            candidates = [c for c in candidates if c[1] > 0 or c[2] in about]
        top_score = max(c[0] for c in candidates)
        # The bar the best section's other sentences must clear is set from its runner-up
        # sentence plus ``LEAD_CAP``, not from one sentence that leads far because it echoes the
        # question's words ("banks ... purchases" for "how does my bank know a purchase is
        # dodgy"): that echo alone cut its neighbours, which say the rest of the answer ("... in
        # real time"). Other sections' sentences still answer to the best sentence itself.
        own_scores = sorted((c[0] for c in candidates if c[1] == 0), reverse=True)
        own_top = min(top_score, own_scores[1] + LEAD_CAP) if len(own_scores) > 1 else top_score
        picked: set[tuple[int, int]] = set()
        words = 0
        if short and asked_what is not None and self._opens_on(asked_what, best.section):
            # Told short, the section's opening sentence, which defines the term, comes first.
            picked.add((0, 0))
            words = len(best.section.sentences[0].split())
        remaining = list(candidates)
        max_sentences = MAX_SENTENCES if max_words <= MAX_WORDS else MAX_SENTENCES + 3
        while remaining and len(picked) < max_sentences and words < max_words * 0.85:
            # A sentence right after one already chosen reads on naturally: small bonus.
            def value(c: tuple[float, int, int]) -> float:
                return c[0] + (ADJACENT_BONUS if (c[1], c[2] - 1) in picked else 0.0)

            remaining.sort(key=lambda c: -value(c))
            score, rank, position = remaining.pop(0)
            if (rank, position) in picked:
                continue
            # "This", "They", "The second is ..." lean on the sentence before: bring it along,
            # or leave this one out when the pair does not fit.
            sentences = chosen_sections[rank].section.sentences
            chain = [position]
            while chain[-1] > 0 and leans_on_previous(sentences[chain[-1]]) and (rank, chain[-1] - 1) not in picked:
                chain.append(chain[-1] - 1)
            length = sum(len(sentences[p].split()) for p in chain)
            if picked and (words + length > max_words or len(picked) + len(chain) > max_sentences):
                continue
            # The best section fills the answer to a useful length; other sections must be
            # nearly as relevant as the best sentence to join in.
            threshold = own_top - 0.3 if rank == 0 else top_score - 0.15
            if picked and words >= MIN_WORDS and score + ADJACENT_BONUS < threshold:
                break
            if picked and rank > 0 and score < threshold:
                continue
            picked.update((rank, p) for p in chain)
            words += length
        # Most of the best section already chosen: the rest of its paragraph goes too, when the
        # answer stays within ``WHOLE_WORDS``. A section is written to be read whole, and the
        # sentences left out were the turn the learner's everyday words do not echo ("What the
        # small scale gives up is ...", "If the discriminator becomes too strong ...").
        own = [p for r, p in picked if r == 0]
        best_sentences = best.section.sentences
        rest = [p for p in range(len(best_sentences)) if p not in own]
        if result.remembered or result.already_said:
            # A follow-up: what the answers remembered said of this section is not said again to complete it.
            rest = [p for p in rest if best_sentences[p] not in (result.remembered or result.already_said)]
        if about:
            rest = [p for p in rest if p in about]
        if rest and not short and len(own) * 2 >= len(best_sentences) and (
            words + sum(len(best_sentences[p].split()) for p in rest) <= WHOLE_WORDS
        ):
            picked.update((0, p) for p in rest)
        if (
            shape in _TOLD_THE_NAME and bonus is None and not said_before and not result.topic and not short
            and (0, 0) not in picked
            and self._described_unnamed(result, best.section)
            and sum(len(chosen_sections[r].section.sentences[p].split()) for r, p in picked)
            + len(best_sentences[0].split()) <= WHOLE_WORDS
        ):
            # "half the kitchen won't touch the new system, is that normal": the learner told the
            # situation without the course's name for it, and the sentences that echo the situation
            # ("fear for the future of their jobs") left out the opening that names it ("Resistance
            # to change is the reluctance ..."): the name is what such a learner lacks (zpara34-s34).
            picked.add((0, 0))
        if shape == "yes_no" and bonus is None:
            # A yes/no answer keeps the best section's limit on its claim ("The benefit is not
            # guaranteed: ..."), the best scoring one, within ``WHOLE_WORDS``.
            limits = [p for p in compose.caveats(best.section) if (0, p) not in picked]
            if limits and not any((0, p) in picked for p in compose.caveats(best.section)):
                scores0 = self._sentence_scores(best.section, result, weights, shape, focus=True)
                p = max(limits, key=lambda i: float(scores0[i]))
                chain = compose.leaning_chain(best.section, p, [q for r, q in picked if r == 0])
                if words + sum(len(best_sentences[q].split()) for q in chain) <= WHOLE_WORDS:
                    picked.update((0, q) for q in chain)
        lead = None
        if asked_what is not None:
            inside = self._defined_inside(asked_what, best.section)
            if inside is not None:
                # "what is a neural network": the best section is about something else (supervised
                # learning's algorithms) and defines the term in one sentence of its list; the
                # answer opens with that sentence, not with the list's announcement ("Several
                # families of algorithms ..."), and tells the others naming the term, not the
                # rest of the passage (the other algorithms of the list, the overfitting that
                # comes before underfitting: stop 36).
                defining, naming = inside
                if short:
                    # Told short: the defining sentence and those after it naming the term, within
                    # the short budget.
                    told, kept = len(best_sentences[defining].split()), [defining]
                    for p in naming:
                        if p != defining and told + len(best_sentences[p].split()) <= SIMPLE_WORDS:
                            kept.append(p)
                            told += len(best_sentences[p].split())
                    naming = kept
                if short or compose.enumerates(best.section):
                    # One item of a list ("what is a neural network" among the supervised
                    # algorithms), or asked simply: the term's sentences, not the rest of the list
                    # (stop 36). Another kind of passage stays after the term's sentence: the
                    # sentences around it say what it is set against ("Underfitting is the
                    # opposite failure" after overfitting), and a follow-up reads on in it.
                    picked = {(0, p) for p in naming}
                else:
                    picked |= {(0, p) for p in naming}
                lead = (0, defining)
        if lead is None and bonus is None and not result.topic and shape != "comparison" and shapes.places_in_a_family(question):
            # "is chatgpt machine learning or generative ai", "is siri ml or gen ai?": the learner
            # asks which family a thing belongs to, and the section found says it in a sentence
            # naming both ("Generative AI is a more specific application of machine learning ...",
            # "... which is what places them in machine learning rather than generative AI"); the
            # answer opens with that verdict, not with the section's opening ("Artificial
            # intelligence (AI) is the umbrella term ...").
            verdict = self._family_verdict(best.section, [c for c in candidates if c[1] == 0])
            if verdict is not None:
                chain = compose.leaning_chain(best.section, verdict, [q for r, q in picked if r == 0])
                if compose.shares_a_list(best.section.sentences[verdict]):
                    # ("All of these systems ... rather than generative AI": the section's
                    # opening names the systems, and is said before it.)
                    chain = [verdict, 0]
                picked.update((0, q) for q in chain)
                lead = (0, verdict)
        if lead is None and bonus is None and not said_before and not result.topic and shape != "comparison":
            doing = self._what_to_do_lead(question, best.section, [q for r, q in picked if r == 0])
            if doing is not None:
                picked.update((0, q) for q in doing[1])
                lead = (0, doing[0])
        # Read in course order: sections by rank, sentences by position; a marker per section.
        used_ranks = sorted({rank for rank, _ in picked})
        parts = [
            (chosen_sections[rank].section, chosen_sections[rank].score,
             [p for r, p in picked if r == rank], "")
            for rank in used_ranks
        ]
        if lead is not None:
            lead = (used_ranks.index(0), lead[1])
        return self._answer_from(question, result, parts, demo=best.section, lead=lead)

    def _what_to_do_lead(self, question: str, section: Section, positions: list[int]) -> tuple[int, list[int]] | None:
        """(lead position, positions told) when a first question asks what to do about a problem
        ``section`` describes: "how do i stop my model overfitting", "how do i know if it is
        overfitting" open with the course's cure (or its sign), not with the definition that comes
        before it in the passage (``compose.what_to_do_first``); None otherwise. (A follow-up's
        remedy is moved by ``compose.remedy_first``.)"""
        # The problem as the learner names it, with the course terms its everyday words stand for
        # ("making things up": hallucination); not the section's heading, which may name the cure
        # ("A small pilot project ...": "The pilot also reduces resistance" is no cure for costs).
        topic = " ".join(conversation_module.topic_words(self.index.learner.expand(question)))
        doing = compose.what_to_do_first(question, section, positions, topic)
        if doing is None:
            return None
        return doing[0], sorted({*positions, *doing[1], doing[0]})

    def _family_verdict(self, section: Section, candidates: list[tuple[float, int, int]]) -> int | None:
        """The best scoring sentence of ``section`` (``candidates``: its (score, rank, position)
        triples) that names both families, machine learning and generative AI, as a verdict
        placing something between them does; None when no sentence names both."""
        both = {
            p for p, terms in enumerate(self.index.sentence_terms(section))
            if compose.GENERATIVE_STEM in terms and compose.MACHINE_STEM in terms
        }
        scored = [(score, position) for score, _, position in candidates if position in both]
        return max(scored)[1] if scored else None

    def _opens_on(self, question: str, section: Section) -> bool:
        """Does ``section``'s opening sentence have the thing ``question`` asks about as its subject?"""
        wanted = {
            t for t in self.index.analyse(compose.without_the_field(self.vocabulary.correct(question)))
            if t in self.index.vocabulary
        }
        return bool(wanted) and bool(section.sentences) and wanted <= self._subject_terms(section.sentences[0])

    def _each_named_side(self, question: str, section: Section) -> np.ndarray:
        """Per sentence of ``section``: ``compose.SIDE_SUBJECT_BONUS`` when its subject (its first
        ``compose.SUBJECT_HEAD`` words) is one, and only one, of the terms of the section's heading
        that ``question`` names, provided at least two such terms each have a sentence of their
        own. Why: a comparison read without sides of its own ("precision and recall on our
        dashboard, how do they differ") compares the terms it names, and each one's own
        sentence ("Precision answers ...", "Recall answers ...") states its side; without it the
        answer took the section's opening and its worked figures and left one side's definition
        out."""
        named = set(self.index.analyse(self.vocabulary.correct(question))) & set(self.index.heading_terms_of(section))
        bonus = np.zeros(len(section.sentences), dtype=np.float32)
        if len(named) < 2:
            return bonus
        owners: dict[int, str] = {}
        for i, sentence in enumerate(section.sentences):
            own = self._subject_terms(sentence) & named
            if len(own) == 1:
                owners[i] = next(iter(own))
        if len(set(owners.values())) < 2:
            return bonus
        for i in owners:
            bonus[i] = compose.SIDE_SUBJECT_BONUS
        return bonus

    def _subject_terms(self, sentence: str) -> set[str]:
        """The analysed terms of ``sentence``'s first ``compose.SUBJECT_HEAD`` words: what it is about."""
        return set(self.index.analyse(" ".join(sentence.split()[: compose.SUBJECT_HEAD])))

    def _defined_inside(self, question: str, section: Section) -> tuple[int, list[int]] | None:
        """(the defining sentence, every sentence naming the term) when ``question`` asks what a
        term is that ``section`` defines inside a passage about something else: its heading and
        opening sentence do not name the term, and a later sentence names it as its subject, in
        its first ``compose.SUBJECT_HEAD`` words ("A neural network passes the inputs through
        layers ...", "Deep learning is a part of machine learning ..."). The term is every
        course word of the asking clause (``compose.what_it_is`` has left it nothing else to
        ask); words the course never uses ("pls") are no part of it. Why: the section's
        opening and its whole paragraph answered, so "explain like im five what a neural network
        is" opened with "Several families of algorithms ..." and told the list."""
        sentence_terms = self.index.sentence_terms(section)
        if len(sentence_terms) < 2:
            return None
        defining = None
        # The thing asked, without the field named after it ("what is exploitation in rl"), else
        # with it. (A heading naming the thing no longer rules it out, stop 36: "Overfitting and
        # underfitting" opens on overfitting, "... and DBSCAN helps" on k-means, "Precision and
        # recall ..." on the confusion matrix; the answer led with what was not asked.)
        # The opening only naming it in passing does not either ("A variational autoencoder is ...
        # an encoder and a decoder ..." for "what's a decoder": "The decoder takes ..." says it).
        question = self.vocabulary.correct(question)  # "the temprature setting": its course word
        for clause in dict.fromkeys([compose.without_the_field(question), question]):
            wanted = {t for t in self.index.analyse(clause) if t in self.index.vocabulary}
            if not wanted or wanted <= self._subject_terms(section.sentences[0]):
                return None
            # ... nor by its full name ("What VAEs are used for" opens "Variational autoencoders are ...").
            if any(
                (full := set(self.index.analyse(name))) and full <= self._subject_terms(section.sentences[0])
                for name in self.index.learner.expansions(clause)
            ):
                return None
            defining = next(
                (p for p, sentence in enumerate(section.sentences) if p > 0 and wanted <= self._subject_terms(sentence)),
                None,
            )
            if defining is None:
                # ... or it is defined where it is named: "use a discount factor, a number slightly
                # below 1 ...", "false negatives (fraud that slipped through)".
                defining = next(
                    (p for p, sentence in enumerate(section.sentences) if p > 0 and any(
                        wanted <= set(self.index.analyse(" ".join(sentence[: m.start()].split()[-(len(wanted) + 1):])))
                        for m in _APPOSITIVE.finditer(sentence)
                    )),
                    None,
                )
            if defining is not None:
                break
        if defining is None:
            return None
        naming: set[int] = set()
        for p, terms in enumerate(sentence_terms):
            if p != defining and compose.WORKED_FIGURES.search(section.sentences[p]):
                continue  # "Precision is 15 / 25 = 0.60, recall is ...": a worked example's figures, told without it
            if wanted <= terms:
                naming.update(compose.leaning_chain(section, p, sorted(naming)))
        return defining, sorted(naming)
