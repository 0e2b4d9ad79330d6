"""Comparison answers: a cited part per side, or the one section that compares both.

Why a module of its own: comparing is the largest kind of composition (splitting what each side is
called, finding a section that speaks of both, three-way comparisons, a side's own sentences and
the sentence that contrasts them), and it shares only the sentence scoring and picking of general
answers. ``Comparing`` is mixed into ``answer.Tutor``, which provides ``index``,
``_sentence_scores``, ``_pick`` and ``_answer_from``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering import compose, described, shapes, symptoms
from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.answers import Answer
from tutor.core.answering.compose import SECTION_MARGIN
from tutor.core.answering.search import ASPECT_HEADINGS, CLEAR_ASK, Hit, SearchResult
from tutor.core.answering.who_asks import without_introduction
from tutor.core.knowledge import Section
from tutor.core.words import tokenize


@dataclass(frozen=True)
class Criterion:
    """The sentences of a comparison just quoted that speak to a criterion a follow-up picks the
    sides on (``Comparing._criterion_positions``): those picked, and the opening
    about the pair left out (None when it stays)."""

    picked: list[int]
    dropped: int | None


class Comparing:
    """The comparison path of ``Tutor._compose`` (see the module docstring)."""

    def _side_names(self, side: str) -> list[list[str]]:
        """A side's analysed names: as asked, its head before a trailing "for making faces"
        clause, its first words, and the course's other name for it ("VAE" <-> "variational
        autoencoder")."""
        return [self.index.analyse(n) for n in dict.fromkeys([*_names_of(side), *self.index.other_names(_head(side))])]

    def _presents(self, section: Section, terms: set[str]) -> bool:
        """Does the section present the side named by ``terms`` (its own analysed terms): its
        heading or the opening words of one of its sentences ("DBSCAN is a density-based
        alternative") name it? A section that only mentions a side ("a tokenizer splits the
        text" for "the language model itself") is not about it."""
        opening = [" ".join(s.split()[:5]) for s in section.sentences]
        words = set(self.index.analyse(" ".join([section.heading, *opening])))
        # (A stem that starts another names it: "composing" is "compos", "composition" "composit".)
        return any(t == w or (min(len(t), len(w)) >= 5 and (t.startswith(w) or w.startswith(t))) for t in terms for w in words)

    def _everyday_names(self, side: str) -> list[str]:
        """The glossary's course terms for a side in everyday words, each with the course's other
        name for it: "the squeeze and rebuild model" is the variational autoencoder, which the
        heading "VAEs compared with GANs" names by its short form only."""
        terms = self.index.learner.expansions(side)
        return [*terms, *(o for term in terms for o in self.index.other_names(term))]

    def _titled_comparison(self, sides: tuple[str, ...]) -> Section | None:
        """The one section whose heading compares ("versus", "compared with") and names both
        sides whole, each by its name as asked or the course's other name for it ("VAEs compared
        with GANs" for "vae" / "generative adversarial network"), else None. Only a side's whole
        name counts, not its first word: "generative" of "generative adversarial network" is no
        name of "Compute after training: machine learning versus heavy generative models"."""
        # (The glossary's course term for a side in everyday words counts as its name too: "the
        # squeeze and rebuild network" is the variational autoencoder.)
        names = [
            [
                set(self.index.analyse(n))
                for n in dict.fromkeys([_head(side), *self.index.other_names(_head(side)), *self._everyday_names(_head(side))])
            ]
            for side in sides
        ]
        if not all(any(names_i) for names_i in names):
            return None
        titled = []
        for section in self.index.sections:
            heading = self.index.heading_terms_of(section)
            if not compose.compares(section):
                continue
            named = [[name for name in names_i if name and name <= heading] for names_i in names]
            # Nothing but the two, compared: a heading that adds a respect ("Compute after
            # training: machine learning versus heavy generative models") compares them in that
            # respect only, and is left to the question's own ranking.
            if all(named) and heading - set().union(*(n for names_i in named for n in names_i)) <= _COMPARING_STEMS:
                titled.append(section)
        return titled[0] if len(titled) == 1 else None

    def _parallel_pair(self, sides: tuple[str, ...], found: list, result: SearchResult, asked: str = "") -> list:
        """Where the course treats both sides in parallel sections ("What machine learning does
        well" / "What generative AI does well", "Where ... falls short"), both sides are answered
        from the same one of them: "what is ML good at compared to gen AI" found ML's
        limitations and gen AI's strengths, or both their limitations. Of the parallel pairs
        there are among the sides' own hits, the whole question decides (its score for the pair,
        then the sides' own)."""
        (hit0, res0), (hit1, res1) = found
        if hit0.section.lesson_id != hit1.section.lesson_id:
            return found
        names = []
        for side in sides:
            head = _head(side)
            words = {w for n in [side, head, *self.index.other_names(head), *self.index.learner.expansions(head)] for w in self.index.analyse(n)}
            names.append(words)

        def parallel(section: Section, i: int) -> Section | None:
            """The section of side ``i`` parallel to ``section`` of the other side."""
            h = self.index.heading_terms_of(section)
            for other in self.course.lesson(section.lesson_id).sections:
                g = self.index.heading_terms_of(other)
                if other.id != section.id and h - g and g - h and h - g <= names[1 - i] and g - h <= names[i]:
                    return other
            return None

        # A pair must fit the polarity each side asks ("the good points of ML set against the good
        # points of gen AI" ranked the two "falls short" sections first for "points"), as
        # ``_fitting_headings`` chose.
        fits = [
            ASPECT_HEADINGS[p][1] if (p := side_polarity(_without_job_failure(f"{side} {asked}"))) is not None else None for side in sides
        ]
        scored = {h.section.id: h.score for h in result.hits}
        floor = min(scored.values(), default=0.0)
        pairs = [
            (scored.get(a.section.id, floor) + scored.get(b.section.id, floor), a.score + b.score, a, b)
            for a in res0.hits for b in res1.hits
            if a.section.lesson_id == hit0.section.lesson_id
            and (twin := parallel(a.section, 1)) is not None and twin.id == b.section.id
            and all(f is None or f.search(h.section.heading) for f, h in zip(fits, (a, b)))
        ]
        if not pairs:
            return found
        _, _, a, b = max(pairs, key=lambda p: (p[0], p[1]))
        return [(a, res0), (b, res1)]

    def _fitting_headings(self, sides: tuple[str, ...], asked: str, found: list) -> list:
        """Each side whose own words ask one polarity ("the upsides of ML", "where gen AI falls
        down", ``side_polarity``) is answered from a section whose heading says that polarity of
        that side's family ("What machine learning does well", "Where generative AI falls short"),
        when one is among the side's own hits near its best; else the side keeps its section.

        Why: searched alone, "gen ai is good at" found "Kinds of content generative AI creates"
        first (its words, a hair ahead), and "plain machine learning struggles" found "Patterns,
        trends and improving with more data", so "what is ML good at compared with what gen AI is
        good at" and "what gen AI does well versus where ML struggles" lost one side's own
        section. The heading must fit what is asked of that side: the polarity it asks, and its
        family (a side of neither family, "skills for a job", must name a word of the heading), so
        a mixed pair ("ML's strengths vs gen AI's weaknesses") keeps each side's own polarity,
        where the reverted parallel-pair rule of stop 35 gave both sides one."""
        if len(found) != 2:
            return found
        families = self._families(sides)
        by_family = None not in families and families[0] != families[1]
        out = list(found)
        for i, (hit, side_result) in enumerate(found):
            polarity = side_polarity(_without_job_failure(f"{sides[i]} {asked}"))
            fits = ASPECT_HEADINGS[polarity][1] if polarity is not None else None
            # (A family heading names an instance side only for a weakness or strength asked, not
            # for a bare "fail": "a model that predicts when a part will fail" says what the side
            # does.)
            of_both = by_family and side_polarity(_FAILING.sub(" ", f"{sides[i]} {asked}")) is not None
            if fits is None or fits.search(hit.section.heading):
                continue
            own = compose.side_terms([_POLAR_WORDS.sub(" ", sides[i])], self.index.analyse, self.index.idf)
            other = out[1 - i][0].section.id

            # (Deeper than the side's own few hits: "machine learning does badly" ranks "What
            # machine learning does well" second for its words, and its limits fifth.)
            deep = self.index.search(side_result.query, k=FITTING_DEPTH, expand=True, route=False)
            near = [
                h for h in deep.hits
                if h.section.id != other and fits.search(h.section.heading)
                and self._heading_of_side(h.section, sides[i], families[i], own, of_both)
                and h.score >= hit.score - 2 * SECTION_MARGIN
            ]
            if near:
                out[i] = (near[0], side_result)
        return out

    def _heading_of_side(
        self, section: Section, side: str, generative: bool | None, own: set[str], by_family: bool = False
    ) -> bool:
        """Does the heading of ``section`` name the side: for a side that is a family by name
        ("ml", "plain machine learning", "gen ai": ``shapes.names_a_family``), its family ("What
        generative AI does well" for the generative one, a heading naming machine learning and not
        generative AI for the other); for any other side, one of its own terms ``own`` ("a vae":
        "Where generative AI falls short" is no heading of its own)? With ``by_family`` (the two
        sides are instances of the two families, "a fraud model" / "an ai that writes emails"),
        a side's family heading names it too: what goes wrong with a fraud model is where machine
        learning falls short, the course giving no fraud model a weaknesses heading of its own."""
        heading = self.index.heading_terms_of(section)
        named = _NAME_LEAD.sub("", re.sub(r"\s+", " ", _POLAR_WORDS.sub(" ", side)).strip(" ,;:?"))
        named = re.sub(r"(?i)\s+(?:is|are|does|do|at)$", "", named)
        if generative is None or not (by_family or shapes.names_a_family(named)):
            return bool(own & heading - _FAMILY_NAME_TERMS)
        return (compose.GENERATIVE_STEM in heading) == generative and bool({compose.GENERATIVE_STEM, compose.MACHINE_STEM} & heading)

    def _each_side_finds(self, sides: tuple[str, ...], section: Section) -> bool:
        """Does each side, searched alone, find ``section`` first? Both sides are embedded in
        one forward pass."""
        self.index.prefetch(list(sides), expand=True)
        return all(self.index.search(side, k=1, route=False).hits[0].section.id == section.id for side in sides)

    def _rest(self, question: str, sides: tuple[str, ...]) -> str:
        """The question without its sides (read with typos mended, as the sides were), each
        side as a whole: "supervised" must not be cut out of "unsupervised learning"."""
        # Who asks is no part of what is asked of both ("im a plumber. whats the difference between
        # ml and gen ai" searched "machine learning versus gen ai plumber" and found how the two
        # feed each other, where the question alone finds predicting versus creating), unless the
        # job is one of the course's settings, as in the question's own search.
        rest = self.vocabulary.correct(without_introduction(question, keeps=self.index.names_a_setting))
        lead = shapes.listed_lead(rest)
        if lead:
            rest = rest[len(lead):]  # "I need to tell apart two things:" asks nothing of either
        if sides and shapes.described_pair(rest) == tuple(sides):
            # "one computer forecasts ..., a different one writes ...": the sides were renamed "one
            # that ...", so the words that told them stay in the question; read as asked of both,
            # the machine's noun ("computer") asked their computing needs (stop 39).
            told = shapes.ONE_AND_ANOTHER.search(rest)
            if told is not None:
                rest = rest[: told.start()] + " " + rest[told.end():]
        for side in sorted(sides, key=len, reverse=True):
            rest = re.sub(rf"(?<![\w-]){re.escape(side)}(?![\w-])", " ", rest)
        return rest

    def _machine_family(self, side: str) -> str | None:
        """The family of a machine a side names by its job: the verbs the course's families are
        told by (``described.machine_family``), else, for a side that does name a machine
        (``described.names_a_machine``), the family the section router places it in, when it is
        sure (``router_family``).

        Why (stop 43): the verb lists cannot know every job ("the dashcam that spots sleepy
        drivers", "the rota tool that learns when we get busy", "the camera that reads number
        plates"), so such a machine set against a generator was no pair of the two families and
        each side took whatever section shared a word. The router learned from every learner ask
        where such machines belong (image recognition, predictive analytics, recommendation)."""
        family = described.machine_family(side)
        if family is not None or not described.names_a_machine(side):
            return family
        return self.index.router_family(side)

    def _machine_families(self, sides: tuple[str, ...]) -> tuple[str, str] | None:
        """``machine_families`` with ``_machine_family``: the verb lists, then the router."""
        return machine_families(sides, self._machine_family)

    def joint_query(self, question: str, sides: tuple[str, ...]) -> str:
        """The search for a section comparing both sides (see ``_joint_query``); two machines of
        the two families (``machine_families``) are searched by the families' names."""
        if shapes.two_sided(question) and self._machine_families(sides) is None:
            return self._joint_query(question, tuple(_head(side) for side in sides), "")
        return self._joint_query(question, sides, self._rest(question, sides))

    def sides_in_scope(self, sides: tuple[str, ...]) -> bool:
        """Does the course cover each side of a comparison the whole question of which fell below
        the scope bar? Each side searched alone is in scope, or the two are machines of the two
        families named by their jobs (``machine_families``): "the thing that predicts our 8am
        rush" searched alone is below the bar, yet it is a predictive model."""
        if self._machine_families(sides) is not None:
            return True
        return all(self.index.search(side, k=2, route=False).in_scope for side in sides)

    def _joint_query(self, question: str, sides: tuple[str, ...], rest: str) -> str:
        """ "A versus B", with what the question asks of both ("which should I use to forecast
        sales", "when it comes to testing them"): a section comparing the two on another aspect
        does not answer. Two machines of the two families named by their jobs
        (``machine_families``) are searched by the families' names and the aspect in the course's
        words: "the thing that predicts our 8am rush" names no section."""
        families = self._machine_families(sides)
        if families is not None:
            return f"{families[0]} versus {families[1]} {self._context(rest, sides)} {_aspect_in_course_words(rest)}".strip()
        return f"{sides[0]} versus {sides[1]} {self._context(rest, sides)}".strip()

    def _context(self, rest: str, sides: tuple[str, ...]) -> str:
        """The words of the question besides its sides, as context for their searches."""
        rest = re.sub(r"\b(?:(?:are|were)\s+)?both\s+(?!of\b)[^,;:.?!]*", " ", rest, flags=re.IGNORECASE)
        rest = re.sub(_KIND_OF_BOTH, " ", rest)
        rest = re.sub(_DRESSING, " ", rest)
        # ("... kinda like the difference between showing a player videos and letting him play":
        # the learner's analogy is no aspect of either side; its words took the supervised side
        # to reinforcement learning's games.)
        rest = re.sub(shapes.ANALOGY, " ", rest, flags=re.IGNORECASE)
        rest = re.sub(shapes.SIDE_ANALOGY, " ", rest, flags=re.IGNORECASE)
        rest = re.sub(r"(?i)\bside\s+by\s+side\b", " ", rest)  # how to set the answer out, not an aspect
        # ("what is the real difference between ...": "real" hedges the difference as "actual" does,
        # no realism asked of either side; stop 40.)
        rest = re.sub(r"(?i)\breal\s+(?=differen)", " ", rest)
        rest = re.sub(_WHO_ASKED, " ", rest)
        rest = re.sub(_MIXED_UP, " ", rest)
        rest = re.sub(_VERDICT_NOUN, " ", rest)
        side_words = {w.lower() for side in sides for w in self.index.content_words(_head(side))}
        words = [
            w for w in self.index.content_words(rest)
            if len(w) > 3 and not _COMPARING_WORD.match(w) and w.lower() not in side_words and w.lower() not in _FILLER
        ]
        return " ".join(dict.fromkeys(f for w in words for f in self._aspect_forms(w)))

    def _asked_of_both(self, question: str, context: str, sides: tuple[str, ...], section: Section) -> np.ndarray:
        """Per sentence of one side's part: the focus bonus (``compose.focus_bonus``) of the words
        asked of both sides (``context``: the question without its sides), on their own.

        A side's sentences are scored for the side's search, "<side> <context>", and its focus
        weighs each word by its share of all the query's words the section holds: the side's own
        words, which the section says throughout, outweigh the one or two words of what is asked
        of both ("is either done on purpose?", "which one runs on a laptop"), so the side's
        definition is kept instead of its sentence on that. ``dimension_bonus`` names a few such
        dimensions in advance; this reads any of them from the question's own words.

        Only when each side was cut out of the question as written: a side read in other words
        ("big goods" of "... compared to the big ones") leaves its own words in the context
        ("tiny", "models" of "are the tiny ai models you can run on your own pc any good"), and
        "tiny" took the part to the tiny GPT of the demo instead of what a small model gets wrong."""
        terms = self.index.sentence_terms(section)
        written = self.vocabulary.correct(question)
        cut = all(re.search(rf"(?<![\w-]){re.escape(side)}(?![\w-])", written, re.IGNORECASE) for side in sides)
        asked = self.index.analyse(context) if cut else []
        if not asked or not terms:
            return np.zeros(len(section.sentences), dtype=np.float32)
        about = set(self.index.analyse(f"{section.lesson_title} {section.heading}")) | set(terms[0])
        return compose.focus_bonus(asked, terms, about, self.index.idf)

    def _criterion_positions(
        self, section: Section, result: SearchResult, asked: str, context: str, sided: set[int], both: set[int]
    ) -> Criterion | None:
        """A follow-up that picks between two sides on a criterion of its own ("which one is easier
        to train?", "which gives sharper pictures?") right after the answer quoted the course's
        comparison of them: the sentences of that comparison that speak to the criterion, in
        course order, each with the sentence it leans on. Quoted whole again, the answer repeated
        the last one, its opening first, and the learner had to find the one sentence asked for.

        A sentence speaks to the criterion by its meaning (its cosine with what the learner asked
        besides the sides, ``asked``: one more embedding, on this path only) and by naming its
        words (``context``; a stem that starts another names it, "chat" of "chatbots"; each word
        weighed by its rarity), as the course often says it in other words ("grade" / "a fresh
        exam") or the learner's words are common ones; a sentence whose subject is one side gains
        (``sided``). They are picked as for any follow-up on the section just read
        (``FollowingUp._focus_pick``), never the sentence the last answer opened with when it names
        both sides (``both``), neither as its subject, and not the criterion ("VAEs and GANs are
        both generative models, but they trade different strengths"): it is about the pair, and
        the learner has just read it first. None when the last
        answer did not quote most of the section, or the question asks nothing of its own: then
        the section answers as it would have."""
        said = result.already_said
        if not context or not said or _ASKS_HOW.match(asked):
            # ("how can i tell which one my problem is" asks a way to tell them apart, which the
            # course gives in a sentence of its own: "A useful test is to ask ...", no pick.)
            return None
        if sum(sentence in said for sentence in section.sentences) * 2 < len(section.sentences):
            return None
        terms = set(self.index.analyse(context))

        def names(term: str, words: frozenset[str]) -> bool:
            return any(term == w or (min(len(term), len(w)) >= 4 and (w.startswith(term) or term.startswith(w))) for w in words)

        naming = np.array(
            [sum(self.index.idf(t) for t in terms if names(t, words)) for words in self.index.sentence_terms(section)],
            dtype=np.float32,
        )
        if naming.max(initial=0.0) > 0:
            naming = naming / naming.max()
        meaning = self.index.sentence_similarities(section, self.index.encode_query(asked))
        scores = CRITERION_NAMING * naming + (meaning if meaning is not None else 0.0)
        # "Which one ...?" asks for a side: a sentence whose subject is one side ("DBSCAN is ...",
        # "A VAE trains ...", ``sided``) says what that side does, where an example sentence
        # ("A standard example is two interlocking half-moons ...") only illustrates it.
        scores += CRITERION_SIDE * np.array([p in sided for p in range(len(section.sentences))], dtype=np.float32)
        # The sentence the last answer opened with ("VAEs and GANs are both generative models, but
        # they trade different strengths") is like any question about both sides, and is what
        # the learner read first: it comes back only when it names the criterion.
        opening = compose.opened_with(section, said)
        dropped = None
        if opening is not None and opening in both and opening not in sided and not naming[opening]:
            scores[opening] = float(scores.min()) - 1.0
            dropped = opening
        picked = self._focus_pick(section, scores)
        if len(picked) >= len(section.sentences):
            return None
        return Criterion(picked, dropped)

    def _family_section_of_aspect(self, query: str, aspect: str | None, taken: set[str], of_family) -> list[Hit]:
        """The side's section in the aspect's lesson (``aspect``) among those of its family
        (``of_family``), the first in the course of those near its best there
        (``FAMILY_FIRST_MARGIN``), as a one-hit list; empty when there is none."""
        if aspect is None:
            return []
        deep = self.index.search(query, k=len(self.index.sections), expand=True, route=False)
        there = [h for h in deep.hits if h.section.lesson_id == aspect and h.section.id not in taken and of_family(h.section)]
        if not there:
            return []
        return [_lesson_first(self.index.sections, [h for h in there if h.score >= there[0].score - FAMILY_FIRST_MARGIN])]

    def _aspect_forms(self, word: str) -> list[str]:
        """A word of what is asked of both sides, with the course's word for it when the learner
        asked with a comparative: "riskier" is "risky" and the course says "risk", "cheaper" is
        "cheap" (analysed, "riskier" is "riski" and never met "The risk is larger for generative AI
        than for a classifier"). Only forms the course uses are added."""
        plain = _plain(word.lower())
        if plain == word.lower():
            return [word]
        forms = [word]
        for form in (plain, plain[:-1] if plain.endswith("y") and len(plain) > 4 else ""):
            terms = self.index.analyse(form) if form else []
            if terms and all(t in self.index._idf for t in terms) and set(terms) - set(self.index.analyse(word)):
                forms.append(form)
        return forms

    def _aspect_lessons(self) -> set[str]:
        """The lessons that teach an aspect things are compared in (data, compute, evaluation,
        ethics, regulation: the lessons ``_aspect_lesson`` names)."""
        titled = conversation_module._title_lessons(self.index)
        titles = {*conversation_module.ASPECT_TITLES.values(), *_EVALUATING.values()}
        return {titled[t] for t in titles if t in titled}

    def _aspect_lesson(self, context: str) -> str | None:
        """The lesson that teaches the aspect both sides are asked about ("data", "tested",
        "cost": ``conversation.ASPECT_TITLES``, and "test"/"check" for evaluation), else None."""
        titled = conversation_module._title_lessons(self.index)
        for word in tokenize(context):
            title = conversation_module.ASPECT_TITLES.get(word) or _EVALUATING.get(word)
            if title and titled.get(title):
                return titled[title]
        return None

    def _lessons_compared(self, sides: tuple[str, ...], found: list) -> Section | None:
        """Two sides described in everyday words ("the forger-and-detective one", "the one that
        squeezes the picture down and rebuilds it") whose sections lie in two lessons on one thing
        each (GANs, VAEs): the section of either lesson that compares the two lessons' subjects
        ("VAEs compared with GANs") is the course's comparison of them, else None. Not when a side
        names its lesson's subject ("a GAN's generator vs a VAE's encoder" asks about the parts)."""
        if len(found) != 2:
            return None
        lessons = [self.course.lesson(hit.section.lesson_id) for hit, _ in found]
        if lessons[0].id == lessons[1].id:
            return None
        subjects = []
        for side, lesson in zip(sides, lessons):
            # (The subject is named by the title's short name, "(GANs)", or all of its long one:
            # "two networks competing" names no GAN.)
            short = re.findall(r"\(([^)]*)\)", lesson.title)
            long = re.sub(r"\([^)]*\)", " ", lesson.title)
            own = {t for t in self.index.analyse(long) if self.index.idf(t) >= compose.DISTINCTIVE_IDF} - _FAMILY_TERMS
            abbreviations = set(self.index.analyse(" ".join(short)))
            said = {t for name in [side, *self.index.other_names(_head(side))] for t in self.index.analyse(name)}
            if not own or own <= said or abbreviations & said:
                return None
            subjects.append(own | abbreviations)
        for lesson in lessons:
            for section in lesson.sections:
                heading = self.index.heading_terms_of(section)
                if compose.compares(section) and heading & subjects[0] and heading & subjects[1]:
                    return section
        return None

    def _families(self, sides: tuple[str, ...], strict: bool = False) -> list[bool | None]:
        """Per side: True when it is a generative model, False when a predictive one, None when
        its words do not tell (see ``_family_comparison``). ``strict``: generative only when it
        says so itself ("generator", "generative", a making verb, a language model, the short
        name of a generative model's lesson: "GAN", "VAE"), not by any word of such a lesson's
        title ("neural network" of "Generative adversarial networks", "regulation" of "Ethics,
        deepfakes and regulation")."""
        analyse, idf = self.index.analyse, self.index.idf
        # The lessons on generative AI alone: their title or summary speaks of generating or of new
        # samples ("Variational autoencoders (VAEs)": "... decode points from that space into new
        # samples"), and neither names machine learning (as the lessons on both families do).
        generative_titles = [
            {t for t in analyse(lesson.title) if idf(t) >= compose.DISTINCTIVE_IDF} - _FAMILY_TERMS
            for lesson in self.course.lessons
            if {_GENERATIVE_STEM, "new"} & set(analyse(f"{lesson.title} {lesson.summary}"))
            and "machin" not in analyse(f"{lesson.title} {lesson.summary}")
        ]

        short_names = {
            t for lesson in self.course.lessons if {_GENERATIVE_STEM, "new"} & set(analyse(f"{lesson.title} {lesson.summary}"))
            for t in analyse(" ".join(re.findall(r"\(([^)]*)\)", lesson.title)))
        } | {"languag"}

        def generative(side: str) -> bool | None:
            if strict and re.search(r"(?i)\b(?:it|its|they|them|their)\b", side):
                return None  # "judging its text by hand": the other side's thing, not a family of its own
            names = [side, *self.index.other_names(_head(side)), *self.index.learner.expansions(side)]
            terms = {t for name in names for t in analyse(name)}
            distinctive = {t for t in terms if idf(t) >= compose.DISTINCTIVE_IDF} - _FAMILY_TERMS
            if _GENERATIVE_STEM in terms or (terms & short_names if strict else any(distinctive & title for title in generative_titles)):
                return True
            # "one that writes patient leaflets from scratch", "a tool drawing new logos": a side
            # named by what it makes is a generative model, whatever it makes.
            if _MAKES_NEW.search(side) or _MAKES_NEW.search(_ASKING_LEAD.sub("", side, count=1)):
                return True
            return False if distinctive else None

        return [generative(side) for side in sides]

    def _family_comparison(
        self, sides: tuple[str, ...], context: str, borne_group: set[str], result: SearchResult,
        kinds: list[bool | None] | None = None,
    ) -> Hit | None:
        """The course's comparison of the two families (predictive machine learning and generative
        AI) on what the question asks of both, when the sides are one of each family named by an
        instance ("a spam filter", "an image generator"), else None. A side is generative when it
        or the course's name for it says so ("generator", "generative", "a chatbot" -> "large
        language model" of "Language models and text generation"); the other side is then a
        predictive model. The section must compare (its heading says "versus" / "comparing"),
        speak of both families, and name in its heading what is asked of both: a word of the
        question besides the sides ("computers", "accurate"), or of the aspect group of one
        ("hardware", "costs": compute)."""
        if len(sides) != 2:
            return None
        analyse, idf = self.index.analyse, self.index.idf
        kinds = kinds or self._families(sides)  # (given: the sides' families are known already)
        if None in kinds or kinds[0] == kinds[1]:
            return None
        side_terms = {t for side in sides for t in analyse(side)}
        # (Only a word that tells sections apart, "accurate", "efficient": not "needs", "different"
        # or "two", which every family heading could hold.)
        asked = {t for t in analyse(context) if t not in side_terms and idf(t) >= _ASKED_IDF}
        asked |= {t for w in borne_group for t in analyse(w)}
        asked -= _FAMILY_TERMS
        for word in tokenize(context):
            title = _aspect_title(word)
            if title:
                asked |= {t for w, v in conversation_module.ASPECT_TITLES.items() if v == title for t in analyse(w)}
        if not asked:
            return None

        def names_asked(heading: set[str]) -> bool:
            return any(a == h or (min(len(a), len(h)) >= 5 and (a.startswith(h[:-1]) or h.startswith(a[:-1]))) for a in asked for h in heading)

        candidates = []
        for section in self.index.sections:
            # (The heading first: analysing every section's text took 36 ms a question.)
            if not compose.compares(section) or not names_asked(set(analyse(section.heading)) - _FAMILY_TERMS):
                continue
            said = set(analyse(f"{section.heading} {section.text}"))
            if _GENERATIVE_STEM in said and ("predict" in said or {"machin", "learn"} <= said):
                candidates.append(section)
        if not candidates:
            return None
        scored = {h.section.id: h for h in result.hits}
        best = max(candidates, key=lambda s: scored[s.id].score if s.id in scored else float("-inf"))
        return scored.get(best.id) or Hit(best, result.hits[0].score if result.hits else 0.0, 0.0, 0.0, 0.0)

    def _machines_on_an_aspect(
        self, question: str, result: SearchResult, sides: tuple[str, ...], rest: str
    ) -> Answer | None:
        """Two machines of the two families named by their jobs (``machine_families``), weighed on
        an aspect a lesson of its own teaches ("which is more of a power hog: the thing that
        predicts our 8am rush, or one of those big image / chat generators?"): the course's
        comparison of the families on that aspect answers alone and whole (``_family_comparison``),
        else None.

        Why: each such side's own words find the families' general sections ("Predicting versus
        creating", which describes each family on its own and so led), while the learner asked
        the two families' computing needs."""
        families = self._machine_families(sides)
        if families is None or not _aspect_in_course_words(rest):
            return None
        kinds: list[bool | None] = [f == described.MAKING_FAMILY for f in families]
        family = self._family_comparison(sides, self._context(rest, sides), set(), result, kinds)
        if family is None:
            return None
        result.hits = [family] + [h for h in result.hits if h.section.id != family.section.id]
        positions = compose.list_positions(family.section, self._sentence_scores(family.section, result))
        return self._answer_from(question, result, [(family.section, family.score, positions, "")])

    def _machines_told_apart(
        self, question: str, result: SearchResult, sides: tuple[str, ...], rest: str
    ) -> Answer | None:
        """Two machines of the two families named by their jobs (``machine_families``: "our rent
        arrears predictor" / "the thing that writes our property adverts"), asked only how they
        differ ("what's really the difference between the two?", "same thing or not?"): the
        course's sentences that tell the families apart, then each machine's own part where a
        learner ask places it clearly (``_compose_family_sort``); None when an aspect is asked
        (``_machines_on_an_aspect`` weighs it) or no difference is asked.

        Why (stop 37, benchmarks/probes/zlmc37-s37): searched as written, each machine's setting
        ("booking reminder texts", "social posts") took the question to one side's section ("Text
        generation ...") or to "Generative AI is not the same thing as AI", and when "Predicting
        versus creating" did answer, its sentences on the two families' training, not on what each
        outputs, were chosen: the creating side was never said."""
        if self._machine_families(sides) is None or _aspect_in_course_words(rest) or not _TOLD_APART.search(rest or _told_ask(question, sides)):
            return None
        # ("one that tells us ..." / "one that writes ...": "that" is no head the two share; stop 39.)
        heads = [re.sub(r"^\W*(?:(?:a|an|the|our|my|one|that|which|who)\s+)*", "", side.lower()).split()[:1] for side in sides]
        shared = heads[0] == heads[1] and bool(heads[0]) and not _MACHINE_NOUN.fullmatch(heads[0][0])
        if _side_aspects(sides) is not None or ASKS_HOW_GOOD.search(question) or shared:
            # "evaluating a chatbot vs evaluating a fraud detector", "bias in a loan classifier vs
            # bias in an image generator", "how is grading them different": an aspect is asked of
            # both, which the sides' own sections answer.
            return None
        if not self._family_general(result) and (own := self._telling_section_whole(question, result)) is not None:
            return own
        if not self._family_general(result) or all(
            described.family_described(side) or _BARE_FAMILY_JOB.fullmatch(side.strip()) for side in sides
        ):
            # ("ai that predicts vs ai that creates": the families themselves, which the course's
            # comparison of them answers alone.)
            return None
        best = result.hits[0]
        return self._compose_family_sort(question, result, sides, None if best.section.id in _FAMILY_SECTIONS else best)

    def _maker_told_apart_by_best(
        self, question: str, result: SearchResult, sides: tuple[str, ...], rest: str
    ) -> Answer | None:
        """A machine that makes (``described.machine_family``) set against another thing not of
        its family, asked only how they differ, when the question's best section tells the two
        families apart itself: that section, opening to telling sentence
        (``_telling_section_whole``); else None. Why (stop 41): "the app that picks old songs for
        the residents" names no job of either family, so the pair was no two machines
        (``machine_families``), and each side's search gave its part: the playlist app went to
        "Hyper-personalisation ...", and "Music composition ...", which says that a recommendation
        system picks existing songs while a generative model creates new ones, was never quoted."""
        if len(sides) != 2 or self._machine_families(sides) is not None or not result.hits:
            return None
        families = [self._machine_family(side) for side in sides]
        if families.count(described.MAKING_FAMILY) != 1:
            return None
        if _aspect_in_course_words(rest) or _side_aspects(sides) is not None or ASKS_HOW_GOOD.search(question):
            return None
        if not _TOLD_APART.search(rest or _told_ask(question, sides)) or self._family_general(result):
            return None
        return self._telling_section_whole(question, result)

    def _telling_section_whole(self, question: str, result: SearchResult) -> Answer | None:
        """The question's best section, whole from its opening to its telling sentences
        (``_telling_of``), when it tells the two families apart itself ("Music composition ...": "A
        recommendation system, which is classic machine learning, picks existing songs ..., while
        a generative model can create songs that did not exist before"); None when its first
        telling sentence lies beyond ``PART_WORDS``-sized reach (more than 8 sentences in).

        Why (stop 41): two machines told apart whose best section says the difference itself
        ("the app that picks old songs for the residents" / "an ai that makes brand new music")
        were left to a part per side, and each side's own search went to a neighbour
        ("Hyper-personalisation ..." for the playlist app), the telling sentence never said."""
        best = result.hits[0]
        telling = self._telling_of(best.section)
        if not telling or telling[0] > 8:
            return None
        if not compose.compares(best.section) and self._use_lessons().get(best.section.lesson_id) != described.MAKING_FAMILY:
            # (A section on a predicting use that only says it creates nothing, "Image and speech
            # recognition", "Fraud detection", speaks of one side: the maker's side went unsaid.)
            return None
        section = best.section
        positions = sorted({0, *(q for p in telling for q in compose.leaning_chain(section, p, []))})
        return self._answer_from(question, result, [(section, best.score, positions, "")])

    def _family_general(self, result: SearchResult) -> bool:
        """Is the question's best section one the telling sentences should lead: a section about
        the two families in general (the lesson comparing them, what each family is, the
        industries' split), or any other that does not itself tell the two families apart? Not
        a section with a telling sentence of its own ("Music composition ...": "A recommendation
        system, which is classic machine learning, picks existing songs ..., while a generative
        model can create songs that did not exist before"), which answers the pair as it stands.

        Why (stop 38): only a general section counted, so a side's own section first ("Predictive
        analytics ...", "Classification versus regression" for "the app that guesses how many
        roses we'll sell vs the app that writes our captions") or a setting's ("Retail: predicting
        sales and writing product content" for "the ai that guesses which shoppers will buy vs the
        ai that writes our shelf signs") answered, and nothing said what the making one does
        differently."""
        if not result.hits:
            return False
        section = result.hits[0].section
        return section.id in _FAMILY_SECTIONS or not self._telling_of(section)

    def _parts_of_each(self, question: str, result: SearchResult, sides: tuple[str, ...]) -> Answer | None:
        """When a comparison of two things asks what each is made of ("how is a gan put together
        compared to a vae? whats in each one, the parts"), each side's own section on its parts,
        cited apart (its search: "the parts of <side>"); None when the question asks no parts, or
        a side's search finds no section of its own that names it.

        Why: the course's comparison of the two ("VAEs compared with GANs") weighs their
        strengths and names no part of either, yet it answered alone; each side's parts are
        taught in its own lesson ("The generator and the discriminator", "Encoder, latent space
        and decoder")."""
        stated = shapes.parts_stated(question)
        # (What is asked of both, not a word of a side: "the app suggesting pieces my pupils might
        # enjoy vs an app composing new practice pieces" asks nothing about parts; its pieces are
        # music, and the composing side was searched as "the parts of app composing ..." and found
        # the tutor's suggested route. Stop 45.)
        asked = _ASKS_PARTS.search(self._rest(question, sides)) or any(_PARTS_OF.search(side) for side in sides)
        if len(sides) != 2 or not (asked or stated):
            return None
        # (Each name said singular: "the parts of gans" found what GANs have been used for, "the
        # parts of gan" the generator and the discriminator.)
        names = [_PLURAL_END.sub("", _head(_ASKS_PARTS.sub(" ", side)).strip(" ,")) for side in sides]
        if not all(names):
            return None
        # (The parts the learner names, "gans have a generator + discriminator", are searched
        # with the side: "the parts of gans" alone found what GANs have been used for.)
        queries = [f"the parts of {name}" + (f", the {stated[name.lower()]}" if name.lower() in stated else "") for name in names]
        self.index.prefetch(queries)
        parts: list[tuple[Section, float, list[int], str]] = []
        for name, query in zip(names, queries, strict=True):
            found = self.index.search(query, k=2, route=False)
            if not found.in_scope or not found.hits:
                return None
            hit = found.hits[0]
            own = {t for names_of_side in self._side_names(name) for t in names_of_side}
            if compose.compares(hit.section) or not own & self.index.heading_terms_of(hit.section) | set(
                self.index.sentence_terms(hit.section)[0]
            ):
                return None
            scores = self._sentence_scores(hit.section, found)
            if name.lower() in stated:
                # The sentences that say what each named part does ("The encoder takes an input
                # ... and compresses it") before the side's other sentences (its worked example).
                named = set(self.index.analyse(stated[name.lower()])) - {"and"}
                scores = scores + STATED_PART_BONUS * np.array(
                    [len(named & set(terms)) for terms in self.index.sentence_terms(hit.section)], dtype=np.float32
                )
            parts.append((hit.section, hit.score, self._pick(hit.section, scores, compose.PART_WORDS), f"{hit.section.heading}: "))
        if parts[0][0].id == parts[1][0].id:
            return None
        return self._answer_from(question, result, parts)

    def _jobs_of_each(self, question: str, result: SearchResult, sides: tuple[str, ...]) -> Answer | None:
        """When each side is a family put to a job ("using ml to spot odd readings and predict
        failures" vs "using gen ai to make fake extra training examples"), each side's part from
        the section its job finds (searched as the family's course name put to the job), cited apart; None when a side
        names no family at a job, a job finds nothing in scope, a section compares, or both jobs
        find one section.

        Why: the families' names, said on both sides, took the question to a section on how the
        two families relate ("How machine learning and generative AI feed each other"), which
        answered alone and left out what each job is (anomaly detection, data augmentation),
        each taught in an applications lesson of its own."""
        if len(sides) != 2:
            return None
        at_jobs = [m for side in sides if (m := _FAMILY_AT_A_JOB.search(side))]
        jobs = [_JOB_TAIL.sub("", m.group("job")).strip(" ,;:-") for m in at_jobs]
        if len(jobs) != 2 or not all(len(job.split()) >= 2 for job in jobs):
            return None
        # (Searched with the course's name of the family: the job alone, "flag weird van sensor
        # readings", fell below the scope bar, and "to" keeps the job the subject.)
        jobs = [
            f"{'generative AI' if m.group('gen') else 'machine learning'} to {job}" for m, job in zip(at_jobs, jobs, strict=True)
        ]
        self.index.prefetch(jobs)
        parts: list[tuple[Section, float, list[int], str]] = []
        for job in jobs:
            found = self.index.search(self.vocabulary.correct(job), k=2, route=False)
            if not found.in_scope or not found.hits or compose.compares(found.hits[0].section):
                return None
            hit = found.hits[0]
            scores = self._sentence_scores(hit.section, found)
            parts.append((hit.section, hit.score, self._pick(hit.section, scores, compose.PART_WORDS), f"{hit.section.heading}: "))
        if parts[0][0].id == parts[1][0].id:
            return None
        return self._answer_from(question, result, parts)

    def _compose_family_sort(
        self, question: str, result: SearchResult, sides: tuple[str, ...], setting: Hit | None = None
    ) -> Answer | None:
        """Things the learner asks to sort into machine learning and generative AI
        (``shapes.family_sorted``: "siri understanding me vs chatgpt writing a poem: which is ML
        and which gen AI", "sort these into ml or gen ai: A, B, C"): the course's sentence that
        tells the two families apart by what a system outputs, from its comparison of the two
        (the best section for "machine learning versus generative AI"), then each thing's own
        part from its own section, for each thing a learner ask of that section places clearly
        (in scope, an ask at ``CLEAR_ASK``). A thing named too loosely for any section ("a
        thermostat that learns when i'm home") gets no part of its own: the telling sentence
        answers for it. None when the comparison of the families has no such sentence.

        Why: read as an ordinary comparison, each thing was searched with the frame's words ("ml
        or gen ai, which is which") and a loose thing took whatever section shared a word ("a
        credit score model" -> splitting data into a training set and a test set, for "score"),
        and nothing said how to tell the families apart (the read sets disagreed on the sections;
        stop 35 proposed each side's own part plus the course's quick test)."""
        telling = self._families_telling()
        if telling is None:
            return None
        comparing, told = telling
        telling_section = comparing.section
        parts: list[tuple[Section, float, list[int], str]] = [
            (telling_section, comparing.score, told, f"{telling_section.heading}: ")
        ]
        budget = compose.MANY_PART_WORDS if len(sides) > 2 else compose.PART_WORDS
        # (A thing named bare after its story, "how is that scanner different", is searched as told.)
        searched = [told_earlier(question, side) for side in sides]
        self.index.prefetch(searched)  # every thing embedded in one forward pass
        founds = [self.index.search(side, k=USE_RANKS, expand=True, route=False) for side in searched]
        taken = {telling_section.id}
        own_parts: dict[int, tuple[Section, float, list[int], str]] = {}
        # (The thing a learner ask places most clearly chooses first: "shazam naming a song vs an
        # ai that makes a brand new song" both reach the section on music, which is the second
        # thing's own, and taken in the question's order it went to the first.)
        for i in sorted(range(len(sides)), key=lambda i: -max((h.asked for h in founds[i].hits[:1]), default=0.0)):
            hit = self._own_use(sides[i], founds[i], taken)
            if hit is None:
                continue
            taken.add(hit.section.id)
            own = self._sentence_scores(hit.section, founds[i])
            own_parts[i] = (hit.section, hit.score, self._pick(hit.section, own, budget), f"{hit.section.heading}: ")
        if setting is not None and len(own_parts) < len(sides) and setting.section.id not in taken:
            # A machine with no part of its own ("software that writes the product blurbs") is
            # answered from the question's best section when that gives each family its job in the
            # learner's setting ("Retail: ..."): its sentences the nearest to that machine.
            missing = next(i for i in range(len(sides)) if i not in own_parts)
            near = self.index.search(sides[missing], k=USE_RANKS, expand=True, route=False)
            scores = self._sentence_scores(setting.section, near)
            own_parts[missing] = (setting.section, setting.score, self._pick(setting.section, scores, budget), f"{setting.section.heading}: ")
        parts += [own_parts[i] for i in sorted(own_parts)]
        return self._answer_from(question, result, parts)

    def _telling_of(self, section: Section) -> list[int]:
        """The sentences of ``section`` that set a predictive model against a generative one, each
        family the subject of its own clause ("A predictive model returns ..., while a generative
        model returns ..."), not one that names the pair ("The main difference between ...")."""
        telling = []
        # (stop 48) Not a language model predicting ("Because a language model predicts plausible
        # text rather than checking facts, generated text can ..."): that is the making family.
        makers = self._maker_stems()
        for p, sentence in enumerate(section.sentences):
            against = compose.sets_against(sentence)
            if against is None:
                continue
            before, after = (set(self.index.analyse(part)) for part in (sentence[:against], sentence[against:]))
            if before & makers:
                continue
            if {compose.MACHINE_STEM, "predict"} & before and compose.GENERATIVE_STEM in after - before:
                telling.append(p)
        return telling

    def _maker_stems(self) -> set[str]:
        """The analysed words that name a machine of the making family outright."""
        return set(self.index.analyse("language chatbot llm"))

    def _families_telling(self) -> tuple[Hit, list[int]] | None:
        """The course's comparison of the two families (the best comparing section for "machine
        learning versus generative AI" that has telling sentences, ``_telling_of``) and every such
        sentence with the sentences it leans on, or None. Every one: the course tells the
        families apart by how they are trained and by what they output, and a learner sorting
        things by what they do needs the second as much."""
        families = self.index.search(f"{described.PREDICTING_FAMILY} versus {described.MAKING_FAMILY}", k=8, route=False)
        comparing = next((h for h in families.hits if compose.compares(h.section) and self._telling_of(h.section)), None)
        if comparing is None:
            return None
        section = comparing.section
        return comparing, sorted({q for p in self._telling_of(section) for q in compose.leaning_chain(section, p, [])})

    def _families_told_apart(
        self, question: str, result: SearchResult, sides: tuple[str, ...], rest: str
    ) -> Answer | None:
        """The two families themselves, each described by what it does ("the predicting kind of
        ai compared with the making-things kind", "guessing ai vs making ai", ``_bare_family``),
        with nothing asked of both: the course's comparison of the families, each family's own
        definition (the sentence whose subject it is alone: "Generative AI learns patterns from
        data in order to create new data ...") and the sentences that tell them apart; None for
        other sides, or when an aspect is asked (the families' sections on it answer).

        Why (stop 38, benchmarks/probes/cmpuse-s38): searched as written, "Predicting versus
        creating" answered, but its sentences were picked by likeness to the learner's words
        ("making-things" is no word of the course), so the predicting side's definition and the
        sentence on how each family is trained were kept and the creating side's definition, that
        it creates new data, was left out; or a side below the scope bar alone sent the question
        to the general answer, which picked the same."""
        if len(sides) != 2 or _aspect_in_course_words(rest) or _side_aspects(sides) is not None:
            return None
        if _topic_terms(self.index, self._context(rest, sides)):
            # ("ai that predicts vs ai that creates, what about the skills to work on each": a
            # topic of the course's headings asked of both, which the families' sections on it answer.)
            return None
        families = [_bare_family(side) for side in sides]
        if None in families or families[0] == families[1]:
            return None
        telling = self._families_telling()
        if telling is None:
            return None
        hit, told = telling
        section = hit.section
        heads = [set(self.index.analyse(" ".join(s.split()[:3]))) for s in section.sentences]
        predicting = [p for p, t in enumerate(heads) if {compose.MACHINE_STEM, "predict"} & t and compose.GENERATIVE_STEM not in t]
        making = [p for p, t in enumerate(heads) if compose.GENERATIVE_STEM in t and not {compose.MACHINE_STEM, "predict"} & t]
        if not predicting or not making:
            return None
        # (The section's opening too, when it names the pair: it states what the difference is.)
        opening = [0] if {compose.MACHINE_STEM, "predict"} & set(self.index.analyse(section.sentences[0])) and compose.GENERATIVE_STEM in set(self.index.analyse(section.sentences[0])) else []
        positions = sorted({*opening, predicting[0], making[0], *told})
        scored = {h.section.id: h for h in result.hits}
        found = scored.get(section.id, hit)
        result.hits = [found] + [h for h in result.hits if h.section.id != section.id]
        return self._answer_from(question, result, [(section, found.score, positions, "")])

    def _own_use(self, side: str, found: SearchResult, taken: set[str]) -> Hit | None:
        """The section that is a sorted thing's own part (``_compose_family_sort``), or None: its
        best section when a learner ask places it clearly (in scope, an ask at ``CLEAR_ASK``), else
        the course's section on that use ("Where generative AI is used" > "Text generation ...")
        among its first few, at ``USE_ASK`` at least, when it is the thing's best or of the family
        the thing's job tells (``described.machine_family``).

        Why: a thing is named by what it does in the learner's trade ("an app that writes birthday
        poems", "the catalogue suggesting books like the one you borrowed"), words no learner ask
        of any section holds, so nothing reached the clear bar and the thing had no part of its
        own: only the course's general sentence on the two families answered for it, with nothing
        about poems being written text or about recommendations. The course's lessons on where
        each family is used hold a section per use, which is the thing's own part when the search
        ranks it near the top; a thing too loose even for that ("a camera that counts bees")
        still gets none."""
        if not found.hits:
            return None
        best = found.hits[0]
        uses = self._use_lessons()
        family = self._machine_family(side)
        if best.section.id not in taken and found.in_scope and best.asked >= CLEAR_ASK:
            return _own_use_tied(found, uses, family, taken) or best
        # (stop 49) A use's section whose learner ask places the thing clearly, the clearest of
        # the first few, is its part even when the fused ranking puts another first: "something
        # to type up what he says when he talks" ranked "Grounding ..." first on shared words
        # (asks at 0.41), while "Image and speech recognition" held the closest ask (0.54).
        clearest = max(found.hits[:USE_RANKS], key=lambda h: h.asked)
        if found.in_scope and clearest.asked >= CLEAR_ASK and clearest.section.id not in taken and clearest.section.lesson_id in uses:
            return clearest
        for rank, hit in enumerate(found.hits):
            family_of = uses.get(hit.section.lesson_id)
            if family_of is None or hit.section.id in taken or hit.asked < USE_ASK:
                continue
            if rank == 0 or family_of == family:
                return hit
        return None

    def _use_lessons(self) -> dict[str, str]:
        """The lessons on where a family is used (their title says "Where <family> is used"), each
        with the course's name of its family (``described.PREDICTING_FAMILY`` / ``MAKING_FAMILY``)."""
        names = {described.PREDICTING_FAMILY.lower(): described.PREDICTING_FAMILY, described.MAKING_FAMILY.lower(): described.MAKING_FAMILY}
        uses: dict[str, str] = {}
        for section in self.index.sections:
            match = _USES_TITLE.fullmatch(section.lesson_title.strip())
            if match and match.group(1).lower() in names:
                uses[section.lesson_id] = names[match.group(1).lower()]
        return uses

    def _compose_course_choice(self, question: str, result: SearchResult) -> Answer | None:
        """The course's comparison section whole, when a question read as no comparison offers a
        choice ("a huge language model or a tiny one for my laptop?", "small language model or a
        big one for a school laptop, what do i give up") and its best section is the course's own
        comparison ("Small language models versus large ones") by a clear lead; else None. Why: a
        general answer picked that section's sentences nearest the learner's words (the laptop,
        the tutor's own small model) and dropped the sentence on the other side ("The largest
        models ... need data-centre hardware"), so a choice came back with one option told."""
        hits = result.hits
        if not hits or result.topic or result.remembered or result.already_said:
            return None
        if not compose.compares(hits[0].section) or not _OFFERS_CHOICE.search(question):
            return None
        if shapes.places_in_a_family(question):
            return None  # "is chatgpt ml or gen ai": the family's verdict leads (``_compose_general``)
        if len(hits) > 1 and hits[0].score - hits[1].score <= compose.SECTION_MARGIN:
            return None
        section = hits[0].section
        positions = compose.list_positions(section, self._sentence_scores(section, result))
        return self._answer_from(question, result, [(section, hits[0].score, positions, "")])

    def _compose_many(self, question: str, result: SearchResult, sides: tuple[str, ...]) -> Answer | None:
        """Three or more sides ("GANs vs VAEs vs LLMs"): one section of the best few that names
        every side answers whole (the course compares them there); else a shorter cited part per
        side from its own section (``compose.MANY_PART_WORDS``), or None (a general answer) when
        a side has no section of its own."""
        # A side named in everyday words is also named by the course term the glossary gives it
        # ("the chatgpt kind of model": "large language model"): "One model generates, another
        # evaluates" presents GANs, VAEs and large language models, and answers "gan vs vae vs
        # the chatgpt kind of model" whole (without the term, that side was taken to be unnamed
        # and each side was answered from a section of its own, the language model's from one
        # on model size instead of how it learns).
        everyday = [[e for e in self.index.learner.expansions(_head(side)) if e.lower() != _head(side).lower()] for side in sides]
        analysed = [[*self._side_names(side), *(self.index.analyse(e) for e in terms)] for side, terms in zip(sides, everyday)]
        best = result.hits[0]
        named = [
            set().union(*(compose.side_terms([name], self.index.analyse, self.index.idf)
                          for name in dict.fromkeys([side, *self.index.other_names(_head(side)), *terms])))
            for side, terms in zip(sides, everyday)
        ]
        # Each side's own terms (not those it shares with another: "learning" of "deep learning"),
        # its distinctive ones when it has any ("generative" of "generative adversarial networks"
        # opens sentences all over the course).
        own = [named[i] - set().union(*(named[j] for j in range(len(sides)) if j != i)) for i in range(len(sides))]
        own = [{t for t in terms if self.index.idf(t) >= compose.DISTINCTIVE_IDF} or terms for terms in own]
        # The aspect asked of every side, when a lesson of its own teaches it ("how do supervised,
        # unsupervised and reinforcement learning differ in the data they need": data and
        # compute): a section of that lesson naming every side answers before one elsewhere, and
        # within the aspect margin of the best, as a side's section of that lesson does for two
        # sides ("Feedback from an environment instead of a dataset" led "Data needs of
        # supervised, unsupervised and reinforcement learning" by a little more than the section
        # margin and answered, without what the supervised side needs).
        aspect = self._aspect_lesson(self._context(self._rest(question, sides), sides))
        # And the other way round: when no aspect is asked, a section of a lesson that teaches one
        # compares the sides in that respect only, and yields to a near section that names them
        # all in general ("supervised vs unsupervised vs reinforcement, one line each, what
        # feedback does each get" went to "Data needs of supervised, unsupervised and
        # reinforcement learning" over "Three ways a machine can learn", a little behind it).
        if aspect is None:
            candidates = sorted(result.hits[:3], key=lambda h: h.section.lesson_id in self._aspect_lessons())
        else:
            candidates = sorted(result.hits[:3], key=lambda h: h.section.lesson_id != aspect)
        for hit in candidates:
            margin = ASPECT_MARGIN if aspect is not None and hit.section.lesson_id == aspect else SECTION_MARGIN
            # (A section about some of the sides that names another only in passing does not answer
            # for it: "Precision and recall computed from a confusion matrix" says "and accuracy is
            # 98.5 percent" in a worked example, and answered "accuracy vs precision vs recall"
            # without saying what accuracy is. An overview that presents none of them but names
            # them all, "Kinds of content generative AI creates" for "gans vs vaes vs llms", does.)
            presented = [self._presents(hit.section, terms) for terms in own]
            if (
                hit.score >= best.score - margin and compose.names_all(hit.section, analysed, self.index.analyse)
                and (all(presented) or not any(presented))
            ):
                if hit is not best:
                    result.hits = [hit] + [h for h in result.hits if h is not hit]
                positions = compose.list_positions(hit.section, self._sentence_scores(hit.section, result))
                return self._answer_from(question, result, [(hit.section, hit.score, positions, "")])
        how_each = asks_how_each(question)
        queries = [_how_query(side) if how_each else side for side in sides]
        self.index.prefetch(queries)  # every side embedded in one forward pass
        parts: list[tuple[Section, float, list[int], str]] = []
        sides_of: list[list[int]] = []  # the sides each part answers
        for i, query in enumerate(queries):
            side_result = self.index.search(query, k=4, expand=True, route=False)
            if how_each:
                side_result.hits = _not_uses(side_result.hits)
            if not side_result.hits or not (side_result.in_scope or (result.in_scope and _clear_own_best(side_result))):
                # (A side below the scope bar alone that still points at one section, "a
                # self-driving car" at reinforcement learning's uses, is answered from it, as a
                # product side of two is.)
                return None
            hit = side_result.hits[0]
            taken = [n for n, (section, *_) in enumerate(parts) if section.id == hit.section.id]
            if taken and compose.names_all(
                hit.section, [analysed[j] for j in (*sides_of[taken[0]], i)], self.index.analyse
            ):
                # "the US executive order, the EU AI Act and ...": two sides the course treats in
                # one section share its part, which then keeps each one's sentences.
                n = taken[0]
                sides_of[n].append(i)
                mine = set().union(*(named[j] for j in sides_of[n]))
                others = set().union(*(named[j] for j in range(len(sides)) if j not in sides_of[n]))
                terms = self.index.sentence_terms(hit.section)
                scores = self._sentence_scores(hit.section, side_result)
                for j in sides_of[n]:
                    scores = scores + compose.side_bonus(hit.section.sentences, terms, named[j], others | (mine - named[j]))
                positions = self._pick(hit.section, scores, compose.MANY_PART_WORDS * len(sides_of[n]))
                parts[n] = (hit.section, parts[n][1], positions, parts[n][3])
                continue
            taken_ids = {section.id for section, *_ in parts}
            free = [h for h in side_result.hits if h.section.id not in taken_ids]
            if not free:
                return None
            hit = free[0]
            others = set().union(*(named[j] for j in range(len(sides)) if j != i))
            terms = self.index.sentence_terms(hit.section)
            scores = self._sentence_scores(hit.section, side_result)
            scores = scores + compose.side_bonus(hit.section.sentences, terms, named[i], others)
            positions = self._pick(hit.section, scores, compose.MANY_PART_WORDS)
            parts.append((hit.section, hit.score, positions, f"{hit.section.heading}: "))
            sides_of.append([i])
        return self._answer_from(question, result, parts)

    def _compose_comparison(
        self, question: str, result: SearchResult, sides: tuple[str, ...], same: bool = False
    ) -> Answer | None:
        """A cited part per side, each labelled with its section's heading. When the best section
        speaks about both sides itself, it answers alone (a longer general answer). In each part
        the sentences that name the side, or set it against the other, are preferred over the
        section's opening (``compose.side_bonus``); for "is A the same as B?" the answer opens
        with the course sentence that contrasts them, when there is one."""
        sides = tuple(
            result.topic if result.topic and side.lower() in conversation_module.REFERRING else side
            for side in sides
        )
        # (A side cut before "compared to ..." keeps its trailing comma, "a model that spots damp
        # from thermal images,": read as "setting, side" below, the whole side became the setting
        # and the side was empty, so the comparison fell back to a general answer on one side.)
        sides = tuple(side.rstrip(" ,;:") or side for side in sides)
        if shapes.named_by_answer_kind(question, sides):
            # Two tasks named by their kinds of answer (``shapes.answer_kind``): the kinds are what
            # is compared, and the tasks' settings are no aspect of either ("the settlement amount
            # of a claim" versus "whether a claim is fraudulent", left as context, took the
            # category side to the section on fraud detection).
            question = " versus ".join(sides)
        elif shapes.same_for_both(shapes.normalise(question)) == sides:
            # One thing asked of two settings ("is a 'loss' the same thing for a classifier as for
            # a generative model?"): the sides are made of the question's words, not quoted from
            # it, so what is left around them is no aspect of either (searched with it, "image
            # generator" and "classifier" drew the section on image classification; stop 47).
            question = " versus ".join(sides)
        elif shapes.told_then_each(question) == sides and (reading := shapes.told_then_each_reading(question)):
            # Two machines told, then something asked of each ("... Where does each of them tend
            # to go wrong?"): the sentences before them say who asks and what for, no aspect of
            # either (stop 47).
            question = reading
        elif shapes.families_skills(question) == sides:
            # Likewise the skills of each family: the learner's story ("two of my year 13s want to
            # go into ai ... a church school") is no aspect of either side (left as context, it
            # took both sides to the educational paths).
            question = " versus ".join(sides)
        asked = ""
        if not shapes.two_sided(question):
            # "job hunting: are the skills for gen ai jobs different from the skills for ml jobs":
            # both sides open with the aspect asked of each ("skills for"); what comes before it
            # in the first is the setting, not the side (with it, the first side was split at its
            # last preposition and searched as "gen ai" without the skills).
            sides, preamble = after_shared_aspect(sides)
            # "where does ml fall short compared to gen ai": what the question asks of its first
            # side as a subject ("fall short") is asked of both, and is no part of the side's name
            # (named "ml fall short", the side was taken to be named by "Where generative AI falls
            # short", which then answered alone; "gen ai" was searched without it).
            sides, asked = _without_asked(shapes.normalise(question), sides)
        best = result.hits[0]
        rest = self._rest(question, sides)
        # (Not a pair announced and listed, "two big worries: A, and B. one fault or two?": the
        # list's lead is cut from the rest, and what the closing asks, "fault", kept the picture
        # generator side on mode collapse; emptied, it went to the cat pictures example. Stop 41.)
        if shapes.told_pair(question) == sides and shapes.listed_pair(question) != sides:
            # Two happenings told, then "are those the same failure?": what the asking clause
            # says ("failure", "related problems") names neither happening, and searched with
            # each side it took one below the scope bar ("the loan model keeps rejecting one
            # postcode failure") and the answer told the other alone.
            rest = ""
        sides = _pronoun_named(sides)
        # (Only for one thing of each family, "a fraud model vs an ai that writes emails": two of
        # one family, "gan vs vae ... the catch with each", have the course's comparison of the two,
        # which weighs each side's weak points; asked of each, the GAN's instability section led
        # and the VAE's blurrier samples were left out.)
        if len(sides) == 2 and None not in (fams := self._families(sides)) and fams[0] != fams[1]:
            asked = _polarity_of_both(sides, asked, rest)
        # "the kind of AI that predicts things or the kind that makes things": a side described by
        # nothing but what its family does is that family, by the course's name for it, and the
        # question is read with those names (one more search, for this form only: searched as
        # written, "predicts" and "makes" took it to "Predicting versus creating", whatever was
        # asked of both, "weaknesses").
        families = [described.family_described(side) for side in sides] if len(sides) == 2 else []
        # (Only when something is asked of both, or of a side, "strengths of ...": "what's each one
        # for", "how do they differ" asks the families' own difference, which their jobs' words
        # find, "Predicting versus creating"; read as the two names, it went to how the two feed
        # each other.)
        if families and all(families) and (
            self._context(rest, sides) or any(side[: f.start].strip() for side, f in zip(sides, families))
        ):
            names = tuple(f"{side[:f.start]}{f.lead}{f.family}".strip() for side, f in zip(sides, families))
            if families[0].start and families[0].lead and not families[1].start:
                # "strengths of the spotting kind compared with the writing kind": what is asked of
                # the first is asked of the second too (stop 39; searched as the bare family, the
                # second side went to a setting's section).
                names = (names[0], f"{sides[0][:families[0].start]}{families[0].lead}{families[1].family}".strip())
            own = _told_in_its_sentence(question, sides)
            if families[0].family != families[1].family and own != question and not self._context(self._rest(own, sides), sides):
                # The families' own difference asked after a story ("... what is the real
                # difference between predicting stuff and making stuff"): the asking sentence
                # alone, as written, finds it ("Predicting versus creating").
                again = self.index.search(self.vocabulary.correct(own), k=8)
                if again.in_scope and again.hits:
                    return self._compose_comparison(own, again, sides, same)
            if families[0].family != families[1].family:
                named_question = question
                for side, name in zip(sides, names):
                    named_question = named_question.replace(side, name)
                again = self.index.search(self.vocabulary.correct(named_question), k=8)
                if again.in_scope and again.hits:
                    return self._compose_comparison(named_question, again, names, same)
        if (told := self._families_told_apart(question, result, sides, rest)) is not None:
            return told
        if (machines := self._machines_on_an_aspect(question, result, sides, rest)) is not None:
            return machines
        if (parts := self._parts_of_each(question, result, sides)) is not None:
            return parts
        if (jobs := self._jobs_of_each(question, result, sides)) is not None:
            return jobs
        if (apart := self._machines_told_apart(question, result, sides, rest)) is not None:
            return apart
        if (whole := self._maker_told_apart_by_best(question, result, sides, rest)) is not None:
            return whole
        if not shapes.two_sided(question) and preamble:
            # "for a risk memo to my boss: what can go wrong with A versus ... with B": the
            # learner's purpose is no aspect of either side (searched with "memo", the first side
            # went to a section on fraud detection instead of where machine learning falls short).
            rest = rest.replace(preamble, " ")
        if shapes.two_sided(question):
            # "upsides and downsides of gen AI for a shop": each side is searched as "benefits of
            # gen AI" / "limitations of gen AI". Left as context, "upsides" pulled the limitations
            # side back to the benefits, and the setting both share ("for a shop") pulled it to
            # the retail section instead of the limitations.
            sides = tuple(_head(side) for side in sides)
            rest = ""
        # Each side by its names: as asked, its head before a trailing "for making faces"
        # clause, and the course's other name for it ("VAE" <-> "variational autoencoder").
        analysed = [self._side_names(side) for side in sides]
        # (A purpose is no setting: "for generating textures in my indie game, vae or gan" asks
        # which side suits what the learner wants to make, which the course's comparison of the
        # two weighs; read as a place, "textures" and "game" kept "VAEs compared with GANs" out
        # and the question went to a section on one side.)
        setting = self.index.analyse(sides[0].split(",")[0]) if "," in sides[0] and not _PURPOSE.match(sides[0]) else []
        # A section that compares both sides itself answers alone: the best one, a close
        # runner-up, or the best for the two sides asked together ("VAE versus GANs"); not
        # when the question sets them somewhere ("in hospitals, ...") that section never names.
        # What both sides are asked about ("ML good at" / "gen ai good at": "good"): a section on
        # both that never speaks of it is about them in another respect ("How machine learning
        # and generative AI feed each other", third for the question, answered what each is good
        # at). The question's best section is trusted whatever its words ("VAEs compared with
        # GANs" for "what could go wrong with a vae versus with a gan").
        asked_terms = set(self.index.analyse(asked)) - {"do", "doe", "does"}
        # Of what both sides ask, a course topic (a word of some heading: "loss" of "gan loss vs vae
        # loss") must be spoken of even by the question's best section ("VAEs compared with GANs"
        # never says loss); other words ("what could go wrong with a vae / with a gan") are
        # trusted to it.
        topical = self.index.heading_counts.keys()  # every analysed word of the section headings
        asked_of_both = (
            set(self.index.analyse(sides[0])) & set(self.index.analyse(sides[1]))
            if len(sides) == 2 and not shapes.two_sided(question) else set()
        )

        # What the question asks of both sides besides naming them, when the course gives it
        # sections of its own ("skills" of "learning ml vs learning gen ai, what skills are
        # different", "bias" of "gen ai vs ml when it comes to bias"): a section on both sides
        # that never speaks of it compares them in another respect ("Predicting versus creating"
        # answered both questions alone).
        # (Not what the learner says before the sides: "for my school project: the difference
        # between ..." asks nothing of them about projects.)
        asked_after = self._context(self._rest(_from_first_side(self.vocabulary.correct(question), sides), sides), sides) if rest else ""
        # (A good or bad side asked of both, "what's the catch with each", "downsides", is no
        # topic a section must name, though a heading uses the word in another sense, "Finance:
        # catching fraud": the course's comparison of the two weighs each side's strengths and
        # weaknesses, and vetoed for never saying "catch", each side was answered apart and the
        # VAE's blurrier samples were left out. Whether each side has a heading of that
        # polarity of its own is ``polar``'s concern below.)
        aspect_terms = _topic_terms(
            self.index,
            self._context(self._rest(_POLAR_WORDS.sub(" ", _from_first_side(self.vocabulary.correct(question), sides)), sides), sides),
        ) if rest else set()
        # Likewise an aspect a lesson of its own teaches ("which one needs more data": the data
        # and compute lesson): a section on both elsewhere answers only when its heading names it.
        asked_lesson = self._aspect_lesson(asked_after) if asked_after else None
        asked_group = {
            w for w in [*conversation_module.ASPECT_TITLES, *_EVALUATING]
            if asked_lesson and any(_aspect_title(w) == _aspect_title(v) for v in tokenize(asked_after) if _aspect_title(v))
        }

        def of_the_aspect(section: Section) -> bool:
            if asked_lesson is None or section.lesson_id == asked_lesson:
                return True
            return bool(asked_group & set(tokenize(section.heading)))

        # What each side adds to its name after it, each its own ("GANs used for art" / "VAEs used
        # for music": "art", "music"): a section on both that speaks of neither compares them in
        # general, not in what was asked of each ("VAEs compared with GANs" answered alone, and
        # the sections on what each is used for were left out).
        trailing = [
            {t for t in set(self.index.analyse(side)) - set(self.index.analyse(_head(side))) if self.index.idf(t) >= compose.DISTINCTIVE_IDF}
            for side in sides
        ] if len(sides) == 2 and not shapes.two_sided(question) else []
        if trailing and not (all(trailing) and not trailing[0] & trailing[1]):
            trailing = []

        def says_trailing(section: Section) -> bool:
            said = set(self.index.analyse(f"{section.heading} {section.text}"))
            return not trailing or any(words & said for words in trailing)

        # "does it happen with vaes too?" after mode collapse: what was just discussed is asked of
        # the other thing; a section on both need not present the topic itself ("VAEs compared
        # with GANs" says VAEs do "not suffer from mode collapse" in passing).
        carried = shapes.same_for_another(question) is not None

        # One polarity asked of each side ("the upsides of ML next to the upsides of gen AI"): a
        # section on both must say it in its heading ("Generative AI is built on machine learning"
        # names both and answered alone, saying nothing of what either does well).
        # Each side a polarity of its own ("what ML does badly versus what gen AI does well"): no
        # heading says both, so no section on both answers them ("How machine learning and
        # generative AI feed each other" did).
        polarities = {side_polarity(f"{side} {asked}") for side in sides} if len(sides) == 2 else set()
        # (Only where the course gives each side such a heading of its own, "Where machine learning
        # falls short": "what could go wrong with a vae versus with a gan" is answered by "VAEs
        # compared with GANs", no VAE heading saying what goes wrong.)
        polar = (
            [ASPECT_HEADINGS[p][1] for p in polarities] if polarities and None not in polarities else []
        )
        if polar:
            side_families = self._families(sides)
            by_family = None not in side_families and side_families[0] != side_families[1]
            polar_own = [
                compose.side_terms(
                    [(plain := _POLAR_WORDS.sub(" ", side).strip()), *self.index.other_names(_head(plain))],
                    self.index.analyse, self.index.idf,
                )
                for side in sides
            ]
            if not all(
                any(
                    ASPECT_HEADINGS[side_polarity(f"{side} {asked}") or 0][1].search(section.heading)
                    and self._heading_of_side(section, side, side_families[i], polar_own[i], by_family)
                    for section in self.index.sections
                )
                for i, side in enumerate(sides)
            ):
                polar = []

        def covering_of(hits: list, named: bool = True, present: bool = True) -> list:
            # (``present``: each side must be presented by its name as asked; a caller that has
            # checked each side's own sentence under its everyday name's course term turns it off.)
            return [
                h for h in hits
                if (not named or compose.covers_both(h.section, analysed, self.index.analyse))
                and says_trailing(h.section)
                and not (aspect_terms and not aspect_terms & set(self.index.analyse(f"{h.section.heading} {h.section.text}")))
                and of_the_aspect(h.section)
                and not (setting and not set(setting) <= set(self.index.analyse(f"{h.section.heading} {h.section.text}")))
                and (not present or all(presents(h.section, i) for i in ((1,) if carried else (0, 1))))
                and all(fits.search(h.section.heading) for fits in polar)
                and (asked_of_both & (topical if h.section.id == best.section.id else asked_of_both)) <= set(
                    self.index.analyse(f"{h.section.heading} {h.section.text}")
                )
                # ("where does gen ai fall short compared to ml": what is asked of both, "fall
                # short", is not trusted to the best section either: "Comparing efficiency and
                # computing needs" named both sides and answered alone, saying nothing of it.)
                # (Only a course topic, as for what both sides ask: "where does a gan struggle
                # compared to a vae" is answered by "VAEs compared with GANs", never saying
                # "struggle".)
                and not (asked_terms & topical and not asked_terms & topical & set(self.index.analyse(f"{h.section.heading} {h.section.text}")))
            ]

        # Each side under any of its names ("svm" and "support vector machine"); what both sides
        # share ("gen ai" in "benefits of gen ai" / "limitations of gen ai") names neither.
        named = [
            set().union(*(compose.side_terms([name], self.index.analyse, self.index.idf)
                          for name in dict.fromkeys([side, *self.index.other_names(_head(side))])))
            for side in sides
        ]
        own_terms = [named[0] - named[1], named[1] - named[0]]

        def subjects(section: Section) -> list[set[str]]:
            return [set(self.index.analyse(" ".join(s.split()[:3]))) for s in section.sentences]

        def alone(terms: list[set[str]], i: int) -> list[int]:
            """Sentences whose subject is side ``i`` alone ("Recall answers ..."): where it is defined."""
            return [p for p, t in enumerate(terms) if t & own_terms[i] and not t & own_terms[1 - i]]

        def presents(section: Section, i: int) -> bool:
            # (A side named inside the other, "AI" of "generative AI", has no words of its own:
            # whether a section is about it is left to ``compose.covers_both``.)
            return not own_terms[i] or self._presents(section, own_terms[i])

        def about_both(section: Section) -> bool:
            """Is the section the course's comparison of both sides: it names both, and its
            heading compares, or weighs one against the other and it presents each side?"""
            return compose.names_all(section, analysed, self.index.analyse) and (
                compose.compares(section) or (_weighs(section.heading) and all(presents(section, j) for j in (0, 1)))
            )

        close_hits = [h for h in result.hits[:3] if h.score >= best.score - SECTION_MARGIN]

        def heading_share(hit: Hit, i: int) -> float:
            """How much of side ``i`` as the learner wrote it the hit's heading holds."""
            words, name = self.index.heading_terms_of(hit.section), analysed[i][0]
            return sum(w in words for w in name) / len(name) if name else 0.0

        def named_better_elsewhere(hit: Hit) -> bool:
            """A heading that names both sides in part ("Biased or harmful generated content" for
            "bias in the training data vs a generator spitting out harmful stuff") is not about
            both when a near section's heading names one side whole ("Bias inherited from
            training data"): each side then has its own section. A comparing heading ("versus")
            is about both whatever it names."""
            if compose.compares(hit.section):
                return False
            return any(
                heading_share(other, i) == 1.0 > heading_share(hit, i)
                for other in close_hits if other is not hit for i in (0, 1)
            )

        covering = [h for h in covering_of(close_hits) if not named_better_elsewhere(h)]
        if not covering and setting:
            # "in schools, what does ML do vs gen AI": the course's section on that setting
            # ("Education: ...", the learner's "schools" read as the course's "education") that
            # gives each side its own sentence answers alone, as a comparing section would.
            place = set(self.index.analyse(" ".join(self.index.learner.expansions(sides[0].split(",")[0])))) | set(setting)
            covering = [
                h for h in result.hits
                if place & self.index.heading_terms_of(h.section)
                and all(alone(subjects(h.section), i) for i in (0, 1))
            ][:1]
        if not covering and not setting and rest.strip() and len(sides) == 2:
            # "in customer support specifically, what part is the machine learning doing and what
            # part is the gen ai doing": the setting is said outside the sides, not before a comma
            # in the first. When the two sides are the two families, the section whose heading
            # names that setting by a topic word of the learner's ("customer support", or the
            # course term the learner's phrase stands for) and gives each family its own
            # sentence answers alone, as above (the best section for the whole question compared
            # the families' computing needs, and neither side was about the setting).
            kinds = self._families(sides, strict=True)
            # (Only a place said as one, "in customer support", "at a bank": a role ("beauty school
            # tutor"), a purpose ("to draft emails for my team") or an aspect ("adapts to creative
            # jobs") named a heading of another section's setting.)
            context_words = " ".join(m.group("place") for m in _SETTING_PHRASE.finditer(rest))
            place = {
                t for t in self.index.analyse(" ".join([context_words, *self.index.learner.expansions(context_words)]))
                if 0 < self.index.heading_counts.get(t, 0) <= TOPIC_HEADINGS
            }
            if None not in kinds and kinds[0] != kinds[1] and place:
                placed = [
                    (len(place & self.index.heading_terms_of(section)), section) for section in self.index.sections
                    if place & self.index.heading_terms_of(section) and not compose.compares(section)
                    and all(alone(subjects(section), i) for i in (0, 1))
                ]
                if placed:
                    most = max(n for n, _ in placed)
                    chosen = [section for n, section in placed if n == most]
                    if len(chosen) == 1:
                        section = chosen[0]
                        covering = [next((h for h in result.hits if h.section.id == section.id), None) or Hit(section, best.score, 0.0, 0.0, 0.0)]
        if not covering:  # one more search (an embedding, ~15 ms) only when the first has none
            joint = self.index.search(self._joint_query(question, sides, rest), k=2, route=False)
            covering = [h for h in covering_of(joint.hits[:1] if joint.in_scope else []) if not named_better_elsewhere(h)]
            # A section that is the best for each side searched alone and gives each its own
            # sentence ("Linear regression predicts ...", "A decision tree asks ...") covers
            # both, though its heading names neither (apart, the second side would be answered
            # from a lesser section). Not for "bias in A vs bias in B": the shared word leads
            # both searches to the section about it, yet each setting wants its own.
            heads = [self.index.analyse(side)[:1] for side in sides]
            if not covering and joint.in_scope and heads[0] != heads[1]:
                section = joint.hits[0].section
                # Nor does a section the whole question finds first by a clear lead need to name
                # the sides, when each side alone finds it first too ("an app that picks my next
                # exercise vs one that writes new practice questions": "Education: ..." says what
                # machine learning and generative AI each do there; split in two, the second side
                # took "Splitting data into a training set and a test set" for its "practice").
                led = section.id == best.section.id and len(result.hits) > 1 and best.score - result.hits[1].score > SECTION_MARGIN
                defines = all(alone(subjects(section), i) for i in (0, 1))
                # (The condition that needs no search is asked first; the sides are searched
                # alone, both embedded in one forward pass, only when it does not hold.)
                if (
                    # Nor need each side alone find it first when the question finds it first too
                    # and it gives each side its own sentence on what is asked ("In
                    # anomaly detection, ...", "In customer segmentation, ..." of "What
                    # unsupervised learning is used for"): searched alone, "anomaly detection"
                    # went to its own section, which took that side's part, and the sentence
                    # with the fact in the section that states both was left out.
                    section.id == best.section.id and defines and covering_of(joint.hits[:1], named=False)
                    # ... and says what both sides are asked about ("good" of "what is machine
                    # learning good at versus what is gen ai good at": "Predicting versus
                    # creating" defines each but never says what either is good at).
                    and asked_of_both <= set(self.index.analyse(f"{section.heading} {section.text}"))
                ) or ((led or defines) and self._each_side_finds(sides, section)):
                    covering = joint.hits[:1]
            if not covering and heads[0] != heads[1]:
                # The question's own best section, by a clear lead, that gives each side a
                # sentence of its own and says what both are asked answers alone, though the two
                # names searched together rank another first: "how is a GAN's training different
                # from how a language model is trained" finds "One model generates, another
                # evaluates" ("GANs follow a dual design ...", "A large language model is also a
                # single network ..."), whose heading compares nothing; the names alone went to
                # "What makes a language model large", and each side was answered apart.
                # (Each side by its everyday name's course term too: "the forger and detective
                # setup" is the GAN of "GANs follow a dual design".)
                known = [
                    set().union(*(compose.side_terms([name], self.index.analyse, self.index.idf)
                                  for name in dict.fromkeys([side, *self.index.other_names(_head(side)), *self._everyday_names(_head(side))])))
                    for side in sides
                ]
                mine = [known[0] - known[1], known[1] - known[0]]
                terms = subjects(best.section)
                led = len(result.hits) > 1 and best.score - result.hits[1].score > SECTION_MARGIN
                if (
                    led and all(any(t & mine[i] and not t & mine[1 - i] for t in terms) for i in (0, 1))
                    and covering_of([best], named=False, present=False)
                    and asked_of_both <= set(self.index.analyse(f"{best.section.heading} {best.section.text}"))
                ):
                    covering = [best]
        titled = self._titled_comparison(sides) if len(sides) == 2 and not any(compose.compares(h.section) for h in covering) else None
        if titled is not None:
            # The course's own comparison of the two, its heading naming each side whole by one of
            # its names ("VAEs compared with GANs" for "variational autoencoder or generative
            # adversarial network?"), answers wherever the question ranks it, under the same
            # filters, before a section that names neither in its heading: a learner's purpose
            # ("if i wanted generated shots of shoes") or the long names' words ("generative")
            # ranked "One model generates, another evaluates" first, which then answered alone.
            hit = next((h for h in result.hits if h.section.id == titled.id), None) or Hit(titled, best.score, 0.0, 0.0, 0.0)
            covering = covering_of([hit], named=False, present=False) or covering
        if covering and origin_unsaid(question, covering[0].section):
            covering = []
        # A heading that gives a reason ("Why fraud detection needs both precision and recall")
        # is about that reason: a section that presents the sides themselves comes first.
        reason = ("why ", "when ")
        if covering and _ASKS_SAMENESS.search(question) and not _ASKS_REASON.search(question) and all(
            h.section.heading.lower().startswith(reason) for h in covering
        ):
            # "precision and recall, are they not the same thing?": a section that presents each
            # side on its own ("Precision and recall computed from a confusion matrix") answers
            # before one about why both matter, though it ranks a little further behind the best
            # (not for "which matters more for screening", "the trade-off between ...": the
            # reason is asked).
            covering += [
                h for h in covering_of(result.hits[:3])
                if h not in covering and not h.section.heading.lower().startswith(reason)
                and all(alone(subjects(h.section), i) for i in (0, 1))
            ]
        if covering and asked_after:
            # What the question asks of both sides in words of its own ("k-means vs dbscan, which
            # is faster?"): a section about both that never says it compares them in another
            # respect when a near section on one side does ("K-means is fast and easy to
            # understand" in "How k-means finds clusters", while "When k-means clustering fails
            # and DBSCAN helps" says nothing of speed): each side then gets its own part.
            side_words = set().union(*named)
            wanted = [
                forms for forms in (
                    set(self.index.analyse(word)) | set(self.index.analyse(_plain(word))) for word in tokenize(asked_after)
                )
                if forms and not forms & side_words
            ]

            def unsaid(section: Section) -> list[set[str]]:
                said = set(self.index.analyse(f"{section.heading} {section.text}"))
                return [forms for forms in wanted if not forms & said]

            def says(section: Section, words: list[set[str]]) -> bool:
                said = set(self.index.analyse(f"{section.heading} {section.text}"))
                return all(forms & said for forms in words)

            def says_of_its_side(section: Section, words: list[set[str]], asked_too: list[set[str]]) -> bool:
                # Said in one sentence with the name of the side the section's heading names ("K-means
                # is fast and easy to understand"), or with the rest of what is asked ("Mode
                # collapse is easy to miss because each sample looks fine" for "which gets mode
                # collapse and what does it look like"): "does a vae train more smoothly than a gan"
                # is answered by "VAEs compared with GANs" ("its training is usually stable"), and
                # "The balance gives a smooth latent space", in the section on why the VAE is
                # variational, says "smooth" of neither the VAE nor training; it took the VAE side
                # away from the comparison (stop 47).
                # (Each word in a sentence of its own: "K-means ... splits the data into a chosen
                # number of groups" and "... the user must pick k in advance" say both words of
                # "which one needs you to pick the number of clusters".)
                sides_named = [own_terms[i] for i in (0, 1) if own_terms[i] & self.index.heading_terms_of(section)]
                return bool(sides_named) and all(
                    any(
                        forms & terms
                        and (any(own & terms for own in sides_named) or (asked_too and all(f & terms for f in asked_too)))
                        for terms in self.index.sentence_terms(section)
                    )
                    for forms in words
                )

            covering = [
                h for h in covering
                if not (unsaid(h.section) and any(
                    says_of_its_side(o.section, unsaid(h.section), [f for f in wanted if f not in unsaid(h.section)])
                    for o in result.hits[:3] if o.section.id != h.section.id
                ))
            ]
        predicates = [_PREDICATE.search(side) for side in sides] if len(sides) == 2 else []
        asked_by_verb = (
            set(self.index.analyse(sides[0][predicates[0].start():])) & set(self.index.analyse(sides[1][predicates[1].start():]))
            if predicates and all(predicates) else set()
        ) - {"do", "doe", "does"}
        if covering and asked_by_verb & topical:
            # What both sides ask after their verb is a course topic that parallel headings give
            # each side ("what does ml do well vs what gen ai does well": "What machine learning
            # does well", "What generative AI does well"): those answer, one part per side, rather
            # than a section on both whose heading does not name it ("Comparing accuracy and
            # adaptability" says "adapts well" in passing, so it passed for one that speaks of it).
            # (Only what follows a verb of both sides: "learning" of "reinforcement learning vs
            # supervised learning" is part of both names, not asked of them.)
            wanted_heading = asked_by_verb & topical

            def own_heading(i: int) -> bool:
                mine = own_terms[i] - wanted_heading
                return bool(mine) and any(
                    wanted_heading <= (h := self.index.heading_terms_of(section)) and mine & h
                    for section in self.index.sections
                )

            if all(own_heading(i) for i in (0, 1)):
                covering = [h for h in covering if wanted_heading <= self.index.heading_terms_of(h.section)]
        covering.sort(key=lambda h: h.section.heading.lower().startswith(reason))
        if covering:
            # Of the sections about both sides, the one that describes each side on its own
            # leads, rather than one that only weighs them together.
            defining = next((h for h in covering if all(alone(subjects(h.section), i) for i in (0, 1))), None)
            hit = defining or covering[0]
            if hit is not best:
                result.hits = [hit] + [h for h in result.hits if h.section.id != hit.section.id]
            section = hit.section
            # The learner has just read the course's comparison and now picks between the sides
            # on a criterion: the sentences that speak to it.
            heads = subjects(section)
            own = [set(alone(heads, i)) for i in (0, 1)]
            both = {p for p, t in enumerate(self.index.sentence_terms(section)) if t & named[0] and t & named[1]}
            criterion = self._criterion_positions(section, result, _criterion_words(rest), asked_after, own[0] | own[1], both)
            if criterion is not None and all(side & set(criterion.picked) for side in own):
                return self._answer_from(question, result, [(section, hit.score, criterion.picked, "")])
            if criterion is not None and criterion.dropped is not None:
                # The pick leaves a side without a sentence of its own: the course may state that
                # side's verdict in other words than the learner's ("little computational power"
                # for "which is cheaper?"), so the comparison answers whole, but without the
                # opening about the pair the learner has just read first.
                rest_positions = [p for p in range(len(section.sentences)) if p != criterion.dropped]
                return self._answer_from(question, result, [(section, hit.score, rest_positions, "")])
            if defining is None:
                # The course's own comparison, whole when it fits (each side's points are spread
                # over its sentences; picking a few by similarity dropped one side).
                positions = compose.list_positions(section, self._sentence_scores(section, result))
                return self._answer_from(question, result, [(section, hit.score, positions, "")])
            scores = self._sentence_scores(section, result, shape="comparison")
            # Each side's best defining sentence is kept, then the best of the rest within the
            # comparison budget.
            terms = self.index.sentence_terms(section)
            scores = scores + compose.side_bonus(section.sentences, terms, named[0], named[1])
            heads = subjects(section)
            for i in (0, 1):
                own = alone(heads, i)
                scores[max(own, key=lambda p: scores[p])] += 10.0  # kept first, whatever its score
            positions = self._pick(section, scores, 2 * compose.PART_WORDS)
            return self._answer_from(question, result, [(section, hit.score, positions, "")])
        # A side that tells a fault is searched by the fault's course name (``told_fault``), and is
        # no head and thing to split ("image generator stuck on one kind of dog picture").
        # Only when whether they are one is asked ("same fault?", "one problem or two?"): a
        # dimension asked of both ("does either one do it on purpose?") is said in the story's
        # sentences ("not lying on purpose"), which the side's own words pick.
        faults = [told_fault(side) for side in sides] if _ASKS_WHETHER_ONE.search(question) else ["", ""]
        if "," in sides[0]:
            # "in hospitals, what does ML do differently from generative AI": what comes before
            # the comma is the setting of both sides.
            setting, first = sides[0].split(",", 1)
            sides = (first.strip(), sides[1])
            rest = f"{setting} {rest}"
        else:
            # "do you need different skills for gen AI work than for ML work": the first side
            # carries the question's head ("skills") before its last preposition; what follows
            # is the thing compared, and the head is the setting of both sides.
            head = re.match(r"^(?P<head>.+)\s+(?:for|in|of|on|about|with|at)\s+(?P<thing>\S.*)$", sides[0], re.IGNORECASE)
            if head and len(sides[0].split()) > len(sides[1].split()) + 2 and not faults[0]:
                sides = (head.group("thing"), sides[1])
                rest = f"{head.group('head')} {rest}"
        # What the question says besides its sides: its setting and aspect ("in hospitals", "how
        # is it trained"). A side's own words are not context even when the side was reworded
        # ("for a marketing agency: image generators" -> "image generators"): left in, the image
        # side's words were searched with the text side. What "A and B are both" share
        # ("generative") tells neither side's section apart, nor does the kind the learner puts
        # both in ("how are these two adoption problems different": "adoption problems" pulled
        # the skills-gap side to the section on tackling all adoption problems together).
        context = self._context(rest, sides)
        aspect = self._aspect_lesson(context)
        # "bias in a loan model vs bias in an image generator": when both sides open with the same
        # word, that word is what is compared, so each side's section must speak of it, not only
        # of the side's setting.
        heads = [self.index.analyse(side)[:1] for side in sides]
        shared = set(heads[0]) if heads[0] == heads[1] and heads[0] and self.index.idf(heads[0][0]) >= compose.DISTINCTIVE_IDF else set()
        # The aspect asked may be written in the sides themselves: "evaluating a gan vs evaluating
        # a spam filter" (both open with it), "what does a gan cost to train compared to a decision
        # tree" (the first side only, asked of both).
        borne = _side_aspects(sides)
        # "how would I know a spam filter is any good compared to a chatbot", "which is easier to
        # tell if it's working, a classifier or an image generator": how good each side is, asked
        # in everyday words, is the evaluation aspect asked of both.
        how_good = borne is None and bool(ASKS_HOW_GOOD.search(question) or ASKS_MARKING.search(question) or ASKS_TESTING_EACH.search(question))
        if how_good:
            borne = ("evaluating", None)
        extra = ["", ""]
        borne_group: set[str] = set()
        # The aspect's words as a heading uses them for the aspect: a heading with "test" names a
        # test set ("Splitting data into a training set and a test set"), not how a model is
        # judged, and kept a side asked "checking a model that predicts pass or fail" from its
        # family's section on accuracy (``_NAMING_TESTS``).
        titled_group: set[str] = set()
        if borne is not None:
            word, where = borne
            title = _aspect_title(word, marking=True) or ""
            borne_group = {w for w in [*conversation_module.ASPECT_TITLES, *_EVALUATING] if _aspect_title(w) == title}
            titled_group = borne_group - _NAMING_TESTS
            lesson = conversation_module._title_lessons(self.index).get(title)
            if lesson is not None:
                aspect = aspect or lesson
                if where is None:
                    # A shared opening that is the aspect ("evaluating") is answered in the
                    # aspect's lesson, not by a heading that shares the word ("One model
                    # generates, another evaluates" is the discriminator's job, not how a GAN
                    # is evaluated).
                    shared = set()
                    if how_good:  # not in the sides' words: each side is searched with it
                        extra = [word, word]
                else:
                    extra[1 - where] = word  # the other side is asked the same
                    if any(_aspect_title(w, marking=True) == title for w in shared):
                        # ("how would you grade A compared with grading B": the shared opening
                        # is the aspect, as above.)
                        shared = set()
        family = self._family_comparison(sides, context, borne_group, result)
        if family is not None:
            # "which needs beefier hardware, a spam filter or an image generator": one side is a
            # predictive model, the other a generative one, and what is asked of both is what a
            # comparing section of the two families weighs ("Compute after training: machine
            # learning versus heavy generative models"): that section answers alone and whole (each
            # side alone found its own lesson, neither of which says anything of compute).
            if family is not best:
                result.hits = [family] + [h for h in result.hits if h.section.id != family.section.id]
            positions = compose.list_positions(family.section, self._sentence_scores(family.section, result))
            return self._answer_from(question, result, [(family.section, family.score, positions, "")])
        # One side a predictive model, the other a generative one, asked about an aspect whose
        # lesson treats the two families in sections of their own ("Accuracy: ..." / "Judging
        # generated output ..." of evaluation; "Data needs of supervised, ..." / "Training data for
        # generative models"): each side takes its own family's section there ("scoring a ticket
        # classifier vs scoring a text generator": the classifier side went to "Judging generated
        # output", whose text names classifiers, and the generator side to the loss section).
        titled = conversation_module._title_lessons(self.index)
        split_lessons = {titled.get(t) for t in ("evalu", "data", "comput")}
        kinds = self._families(sides, strict=True) if aspect in split_lessons and len(sides) == 2 else [None, None]
        headings = [s for s in self.index.sections if s.lesson_id == aspect and not compose.compares(s)]
        speaks = [_GENERATIVE_STEM in self.index.heading_terms_of(s) for s in headings]
        split_families = None not in kinds and kinds[0] != kinds[1] and any(speaks) and not all(speaks)

        def of_family(section: Section, i: int) -> bool:
            if not split_families:
                return True
            return not compose.compares(section) and (_GENERATIVE_STEM in self.index.heading_terms_of(section)) == kinds[i]

        found: list[tuple[Hit, SearchResult]] = []
        how_each = asks_how_each(question)
        side_queries = [
            f"{_fault_query(faults[i]) or (_how_query(side) if how_each else side)} {extra[i]} {context}".strip() for i, side in enumerate(sides)
        ]
        self.index.prefetch(side_queries)  # both sides embedded in one forward pass
        own_words = [compose.side_terms([_head(side)], self.index.analyse, self.index.idf) for side in sides]
        # A side the learner named ("limitations of machine learning") is searched on its own
        # words; only a side that pointed back ("it") stands for the conversation topic.
        side_results = [
            self.index.search(side_query, k=8 if shared else 4, expand=True, route=False) for side_query in side_queries
        ]
        for i, side_query in enumerate(side_queries):
            side_result = side_results[i]
            taken = {h.section.id for h, _ in found}
            if not side_result.in_scope and context and result.in_scope and side_results[1 - i].in_scope:
                # The question's other words can drag a side below the scope bar that its own
                # words clear ("staff pushback" with "auditor behind", from "auditor. staff
                # pushback vs not having the right people: ... what's behind each"): searched
                # alone, the side finds its section (with them, the question fell back to a
                # general answer on the other side alone). Stop 40.
                # (With the aspect the other side bears first, then without it: "the system
                # costing a fortune to run" bears cost, which is no aspect of "staff refusing to
                # touch the new system", a problem of its own.)
                own = _how_query(sides[i]) if how_each else sides[i]
                for query in dict.fromkeys([f"{own} {extra[i]}".strip(), own]):
                    alone = self.index.search(query, k=4, expand=True, route=False)
                    # (Only to a section the whole question finds too: alone, a side of a
                    # story, "under fitting", "unsupervised learning", drifted elsewhere.)
                    if alone.in_scope and alone.hits[0].section.id in {h.section.id for h in result.hits[:3]}:
                        side_result = alone
                        break
            if (
                found and side_result.in_scope and side_result.hits
                and side_result.hits[0].section.id == found[0][0].section.id
                and about_both(found[0][0].section)
                and not origin_unsaid(question, found[0][0].section)
            ):
                # "the k something clustering vs the density one": the section that is the best
                # for each side alone and names both ("When k-means clustering fails and DBSCAN
                # helps", "DBSCAN is a density-based alternative") is the course's comparison of
                # them; it answers alone and whole (cut to a part for one side, and the second
                # side answered from a lesser section, its point about density was lost).
                hit = found[0][0]
                if hit is not best:
                    result.hits = [hit] + [h for h in result.hits if h.section.id != hit.section.id]
                positions = compose.list_positions(hit.section, self._sentence_scores(hit.section, result))
                return self._answer_from(question, result, [(hit.section, hit.score, positions, "")])
            free = [h for h in side_result.hits if h.section.id not in taken]
            if how_each:
                free = _not_uses(free)
            if i == 0 and len(free) > 1 and side_result.in_scope and not about_both(free[0].section):
                # Both sides' best is one section ("supervised or unsupervised, can either work
                # without labels?": the question's words pull both to "Learning from unlabelled
                # data"): the side it suits better keeps it, the other takes its next, when the two
                # sides' scores add up to more that way.
                theirs = side_results[1]
                if theirs.in_scope and theirs.hits and theirs.hits[0].section.id == free[0].section.id:
                    their_next = next((h.score for h in theirs.hits[1:]), 0.0)
                    if theirs.hits[0].score > free[0].score and theirs.hits[0].score + free[1].score > free[0].score + their_next:
                        free = free[1:]
            if free and not side_result.in_scope and result.in_scope and side_results[1 - i].in_scope \
                    and _clear_own_best(side_result) and side_result.hits[0] is free[0] \
                    and side_results[1 - i].hits[0].section.id != free[0].section.id:
                # A product or app named by what it is called ("gmail's autocomplete", "tiktok's
                # for-you feed", "youtube's up next list") is below the scope bar alone, the name
                # being no course word, yet a learner ask of one section is close and no other
                # section comes near: that section is the side's, as the course would put it
                # (the heading words below took "feed" to "How machine learning and generative AI
                # feed each other"; with none, one side was answered). Not a section the other
                # side finds first too ("trying new moves vs sticking with what works"): it is
                # about both, and answers them together.
                side_result = result
                free = free[:1]
            if not free or not side_result.in_scope:
                # A side in everyday words alone ("a generator spitting out harmful stuff") is
                # found by the whole question: a section near its best whose heading names the
                # side ("Biased or harmful generated content").
                words = own_words[i] - own_words[1 - i]
                free = [
                    h for h in result.hits
                    if h.section.id not in taken and h.score - h.routed >= best.score - best.routed - SECTION_MARGIN and words
                    and words & self.index.heading_terms_of(h.section)
                ][:1]
                if not free and result.in_scope and side_result.hits and found and found[0][0].section.id == best.section.id:
                    # Else, when the other side has the question's best section, the side's own
                    # ranking, below the scope bar alone, among the sections near the question's
                    # best ("cost of running it afterwards": the compute needed after training,
                    # second for "cost of training a model vs cost of running it afterwards"): its
                    # best there by both scores, as for a side in scope. Only a section that would
                    # put the question in scope on its own ("under fitting, in plain english" is
                    # found by no section, the whole question by one) and within two margins of the
                    # best: a vague side ("or a fancier model") otherwise took a lesser section and
                    # cut the best one, which answers both, to a part. (When the first side did not
                    # find the question's best, "is gen ai even machine learning at all or like its
                    # own separate science", the general answer is better than any split.)
                    asked = {
                        h.section.id: h.score for h in result.hits
                        if self.index.answers(h, result.mode) and h.score >= best.score - 2 * SECTION_MARGIN
                    }
                    mine = [h for h in side_result.hits if h.section.id in asked and h.section.id not in taken]
                    free = sorted(mine, key=lambda h: -(h.score + asked[h.section.id]))[:1]
                if not free and result.in_scope and side_result.hits and side_result.hits[0].coverage >= 1.0 \
                        and side_result.hits[0].section.id not in taken and found and found[0][0].section.id == best.section.id:
                    # A side that is a course term on its own ("parameter" of "a token vs a
                    # parameter") is below the scope bar for want of context, not of a section:
                    # its best section holds every word of it (again only when the other side has
                    # the question's best section).
                    free = side_result.hits[:1]
                if not free and result.in_scope and split_families:
                    # A side of a known family asked about an aspect whose lesson treats each
                    # family apart ("how do you mark a model that spots damp vs marking an ai that
                    # draws kitchen layouts"): its words alone are below the scope bar, but its
                    # family's section there is what it asks (the question fell back to a general
                    # answer from "Judging generated output", with nothing on marking the
                    # classifier).
                    free = self._family_section_of_aspect(side_query, aspect, taken, lambda s, i=i: of_family(s, i))
                if not free or not result.in_scope:
                    return None
                side_result = result
            hit = free[0] if side_result is result else _asked_of_near(free, side_results[1 - i], result)
            hit = _property_asked(hit, free, question, sides[i])
            hit = _stating_origin(hit, free, question, lambda q=side_query: self.index.search(
                q, k=len(self.index.sections), expand=True, route=False).hits)
            if aspect is not None and (hit.section.lesson_id != aspect or not of_family(hit.section, i)) and not shared:
                # "data wise, what does a regular ml model need compared to an AI that makes
                # pictures": both sides are asked about an aspect a lesson of its own teaches
                # (data, evaluation, compute, ethics, law); a side's best section in that lesson
                # answers when it is nearly as good as its best anywhere (the picture side went
                # to image generation's uses, not to the data generative models need).
                deep = self.index.search(side_query, k=len(self.index.sections), expand=True, route=False)
                there = next((
                    h for h in deep.hits
                    if h.section.lesson_id == aspect and h.section.id not in taken and of_family(h.section, i)
                ), None)
                if there is not None and split_families:
                    first = _lesson_first(self.index.sections, [
                        h for h in deep.hits
                        if h.section.lesson_id == aspect and h.section.id not in taken and of_family(h.section, i)
                        and h.score >= there.score - FAMILY_FIRST_MARGIN
                    ])
                    # (Not past a section that names the side itself when the first does not: "A
                    # language model's loss is the cross-entropy of the next token" answers how a
                    # language model is evaluated.)
                    distinct = own_words[i] - own_words[1 - i] - _FAMILY_TERMS
                    if not (distinct & set(self.index.analyse(there.section.text)) and not distinct & set(self.index.analyse(first.section.text))):
                        there = first
                # When the learner wrote the aspect on the sides themselves ("evaluating a vae",
                # "an llm cost to run"), it is what is asked of the side: the side's best section
                # in the aspect's lesson answers whenever it would answer the side on its own,
                # unless the side's best section is itself about the aspect ("Why GAN training is
                # unstable and costly" for what a GAN costs).
                governing = borne is not None and there is not None and (split_families or self.index.answers(there, deep.mode)) and not (
                    titled_group & set(tokenize(hit.section.heading))
                )
                # (A side whose best is the aspect's section of the other family takes its own
                # family's there whatever its score.)
                wrong_family = hit.section.lesson_id == aspect
                if there is not None and (there.score >= hit.score - ASPECT_MARGIN or governing or wrong_family):
                    hit = there
            if shared:  # a near section whose heading names it first, else one whose text does
                near = [h for h in free if h.score >= free[0].score - SECTION_MARGIN]
                hit = max(near, key=lambda h: (
                    shared <= self.index.heading_terms_of(h.section),
                    shared <= set().union(*self.index.sentence_terms(h.section)),
                ))
            found.append((hit, side_result))
        compared = self._lessons_compared(sides, found)
        if compared is not None and not origin_unsaid(question, compared):
            hit = next((h for h in result.hits if h.section.id == compared.id), None) or Hit(compared, best.score, 0.0, 0.0, 0.0)
            result.hits = [hit] + [h for h in result.hits if h.section.id != compared.id]
            positions = compose.list_positions(compared, self._sentence_scores(compared, result))
            return self._answer_from(question, result, [(compared, hit.score, positions, "")])
        found = self._fitting_headings(sides, asked, found)
        found = self._parallel_pair(sides, found, result, asked)
        named = [
            compose.side_terms([side, hit.section.heading], self.index.analyse, self.index.idf)
            for side, (hit, _) in zip(sides, found)
        ]
        parts: list[tuple[Section, float, list[int], str]] = []
        lead: tuple[int, int] | None = None
        for i, (hit, side_result) in enumerate(found):
            terms = self.index.sentence_terms(hit.section)
            scores = self._sentence_scores(hit.section, side_result)
            scores = scores + compose.side_bonus(hit.section.sentences, terms, named[i], named[1 - i])
            scores = scores + dimension_bonus(context, hit.section.sentences) + self._asked_of_both(question, context, sides, hit.section)
            if not context:
                # Nothing asked of both sides but the comparison itself ("same thing?", "how does
                # each actually work?"): what each side's thing does tells it apart. (Asked
                # something, "who tells it the right answer?", "what comes out of each", the
                # sentences on that answer, and a bonus for the doer took their place.)
                scores = scores + compose.doer_bonus(hit.section.sentences)
            contrast = None
            if lead is None:  # one sentence stating the difference is enough
                contrast = compose.verdict_sentence(hit.section.sentences, terms, named[i], named[1 - i], scores)
            if contrast is not None:
                scores[contrast] += 10.0  # kept whatever the budget: it is the answer's point
                lead = (i, contrast)
            positions = self._pick(hit.section, scores, compose.PART_WORDS)
            positions = with_announced_items(hit.section, positions)
            parts.append((hit.section, hit.score, positions, f"{hit.section.heading}: "))
        if not same:
            lead = None  # "A vs B" reads side by side; "is A the same as B?" opens with the contrast
        return self._answer_from(question, result, parts, lead=lead)


# A choice between two things offered in a question not read as a comparison ("X or a tiny one?").
_OFFERS_CHOICE = rx.compile(r"\S\s+or\s+(?:an?\s+|the\s+)?\S", re.IGNORECASE)


# The learner saying they confuse the two ("i mixed them up", "my team keeps mixing them up", "we
# get them muddled"): why they ask, no aspect of either side ("mixed" took the hallucination side
# to how to spot it, not what it is; stop 40).
# A statement after the question telling who put it to the learner ("a visitor at the museum asked
# me and i mixed them up", "my daughter asked us this"): why they ask, no aspect of either side (its
# words took the hallucination side to how to spot it, not what it is; stop 40). Only a sentence
# that is no question itself.
_WHO_ASKED = rx.compile(r"(?:^|(?<=[.?!]))[^.?!]*\basked\s+(?:me|us)\b[^.?!]*(?=[.!]|$)", re.IGNORECASE)
_MIXED_UP = rx.compile(
    r"(?:\b(?:keeps?|kept|keep\s+on|always|still)\s+)?\b(?:mix|mixed|mixes|mixing|muddle|muddled|muddles|muddling|confuse|confused|confuses|confusing)\s+"
    r"(?:them|these|those|the\s+two|both|the\s+pair)(?:\s+up)?\b|\b(?:mix|mixed|mixes|mixing)\s+up\b",
    re.IGNORECASE,
)


# "these two adoption problems", "both techniques", "the two kinds of learning", "the same
# problem as": what the learner calls both sides together, up to the question's verb or the end
# of the clause.
_KIND_OF_BOTH = rx.compile(
    r"\b(?:these|those|the)\s+two\b(?:\s+(?!(?:are|is|do|does|differ\w*|compare|work|mean)\b)[\w-]+){0,3}"
    r"|\bboth\s+(?!of\b)(?:[\w-]+\s+){0,2}?(?:problems?|issues?|methods?|techniques?|approaches|models?|kinds?|types?|ideas?|things?)\b"
    r"|\bsame\s+[a-z]+\s+as\b",
    re.IGNORECASE,
)


# "is clustering just a fancy classification", "is rl basically supervised learning with extra
# steps": how the learner belittles one side names no aspect of either ("steps" took both sides to
# sections that count steps: the spam filter's recipe, the reward of a single step).
_DRESSING = rx.compile(
    rf"\b(?:with|plus)\s+(?:extra|more|a\s+few\s+extra)\s+(?:steps|bells\s+and\s+whistles|layers\s+on\s+top)\b"
    rf"|\b(?:just|basically|simply|merely|essentially)\s+(?:(?:a|an|the)\s+)?(?:{shapes.DRESSED_UP}|{shapes.PLAINLY_UP})\b"
    # ("just the old recommendations with a fancier name": the new name is no aspect of either;
    # searched with "fancier name", the older side fell below the scope bar.)
    rf"|\b{shapes.NEW_NAME}\b",
    re.IGNORECASE,
)


# Words that only say the sides are compared ("what do they have in common", "are they alike"):
# they name no aspect of either side, so they are not context for a side's search.
# What the learner wants done, before the sides it is asked of: "for generating textures ...",
# "for making faces", "to create extra characters", "if we wanted synthetic scans" (a gerund
# after "for", an infinitive, a want), unlike a place or trade, "in hospitals", "for a bank".
_PURPOSE = rx.compile(
    r"(?i)^\W*(?:for\s+(?!(?:a|an|the|my|our|your)\b)[a-z-]+ing\b|to\s+(?!(?:a|an|the|my|our|your)\b)[a-z-]+\b"
    r"|(?:if|when|since)\s+(?:i|we|you|they|my\s+\w+|our\s+\w+)\s+(?:want|wanted|wants|need|needed|needs|would\s+like|'d\s+like)\b)"
)
# The analysed words of a comparing heading that name no side ("versus", "compared", "ones").
_COMPARING_STEMS = frozenset({"versu", "versus", "compar", "one"})
_COMPARING_WORD = rx.compile(r"(?i)(?:differ|compar|common|similar|alike|same\b|versus\b|vs\b)")
# Filler around the sides ("whats the actual difference", "as well", "my teacher said", "when it
# comes to"): no aspect of either side.
# ("is RL kind of like supervised learning": "kind" also heads "Kinds of content generative AI
# creates", yet names no aspect.)
_FILLER = frozenset(
    "well also said says told comes much really actually actual basically kinda stuff thing things right exactly "
    "kind sort like pretty".split()
    # ("honestly is a vae even that different from a gan", "is a vae truly any better": the
    # learner's hedges, ``shapes._HEDGE``. Not "better", "worse": dropped, "which is worse, a
    # recommender that is biased or a chatbot that lies" lost the section on what hallucination is.)
    + "honestly even truly literally anymore sorta lots seriously genuinely".split()
)
# "is overfitting more of a problem than hallucination", "a bigger issue than": which side is the
# worse one is the verdict asked, not an aspect ("problem" took the hallucination side to how to
# reduce it instead of what it is).
_VERDICT_NOUN = rx.compile(
    r"(?i)\b(?:(?:more|less)\s+of\s+(?:an?\s+)?|(?:an?\s+)?(?:bigger|smaller|worse|greater|larger)\s+)"
    r"(?:problem|issue|concern|worry|deal|threat|headache|pain)s?\b"
)


# A comparison asking what each side is made of: "the parts", "what bits are inside each one",
# "how is it put together", "its components", "what's inside".
# Per part a sentence names, of the parts the learner stated for a side (``_parts_of_each``): a
# small lift, so that a sentence saying what a named part does ranks over the side's worked example
# (without it the VAE part kept its 8-by-8 digits example and dropped what the encoder does).
STATED_PART_BONUS = 0.1
# A sorted thing's section on its use (``Comparing._own_use``): among its first ``USE_RANKS``
# hits, with a learner ask at ``USE_ASK`` at least. Measured on the things of the cmp36 and cmp37
# probes: a thing named by its job in the learner's words reaches the section on that use at
# 0.41-0.45 ("a tool writing my flight report", "the catalogue suggesting books"); things too
# loose for any section ("a camera that counts bees", "a thermostat that learns when i'm home")
# reach one at 0.34 at most.
USE_RANKS = 5
USE_ASK = 0.4
# A lesson on where a family is used, by its title ("Where generative AI is used").
_USES_TITLE = rx.compile(r"(?i)where\s+(.+?)\s+is\s+used")
# A family put to a job: "using ml to spot odd readings", "gen ai for making poster images", "plain
# machine learning to suggest products" (``Comparing._jobs_of_each``).
_FAMILY_AT_A_JOB = rx.compile(
    r"(?i)\b(?:(?:plain|regular|ordinary|classic|normal|old[\s-]school|traditional)\s+)?"
    r"(?:machine[\s-]+learning|ml|(?P<gen>gen(?:erative)?[\s-]*ai|genai))\s+(?:to|for)\s+(?P<job>\w.*)$"
)
# What the learner adds after the job, why or where ("... because we have so few breakdowns").
_JOB_TAIL = rx.compile(r"(?i)\s*(?:,|\b(?:because|since|as|cos|cuz|so\s+that|when|while)\b).*$")
_ASKS_PARTS = rx.compile(
    r"(?i)\b(?:parts|pieces|components|building\s+blocks|put\s+together|made\s+up\s+of|(?:what|which)\s+bits|"
    r"what(?:'s|s|\s+is)\s+inside|insides|inner\s+workings|halves|(?:two|2)\s+bits|(?:what|which)\s+networks)\b"
)
# A side that names the parts of its thing ("the components of a vae" vs "a gan", "whats inside a
# gan" vs ...), or asks for them after a comma ("... a vae, the parts").
_PARTS_OF = rx.compile(
    r"(?i)^\W*(?:(?:the\s+)?(?:parts|pieces|components|building\s+blocks|insides|halves|inner\s+workings)\s+(?:of|in|inside)|inside)\b"
    r"|,\s*(?:and\s+)?(?:the|its|their)\s+(?:parts|pieces|components|building\s+blocks|halves)\W*$"
)
# The two things whose parts are asked when no two sides were read (stop 38): two plural names
# joined ("both gans and vaes ...") or each thing after "of/in/inside a" ("the two halves of a gan
# and ... of a vae"). ``Comparing._parts_of_each`` checks each finds a section of its own.
_PARTS_PAIR_JOINED = rx.compile(r"(?i)\b(?P<a>[a-z]{2,}s)\s+(?:and|&|vs\.?|versus)\s+(?P<b>[a-z]{2,}s)\b")
# A setting said as a place (stop 38): "in customer support", "at a bank", "within retail".
_SETTING_PHRASE = rx.compile(
    r"\b(?:in|at|within|inside)\s+(?:(?:the|a|an|our|my)\s+)?(?P<place>(?!terms\b)[a-z][\w-]*(?:\s+(?!specifically\b|particular\b)[a-z][\w-]*)?)",
    re.IGNORECASE,
)
# A plural "s" at the end of a name ("gans", "language models"; not "class", "analysis", "virus").
_PLURAL_END = rx.compile(r"(?<=[a-z]{2})(?<![siu])s$", re.IGNORECASE)
_PARTS_OF_ONE = rx.compile(r"(?i)\b(?:of|in|inside)\s+(?:a|an|the)\s+(?P<a>[a-z]{2,})\b")


def parts_pair(question: str) -> tuple[str, str] | None:
    """The two things a question asks the parts of when its shape read no two sides ("both gans and
    vaes seem to be two networks: what are the two bits in each", "the two halves of a gan and the
    two halves of a vae"), else None: only when it asks parts (``_ASKS_PARTS``)."""
    if not _ASKS_PARTS.search(question):
        return None
    if (joined := _PARTS_PAIR_JOINED.search(question)) is not None:
        return joined.group("a"), joined.group("b")
    named = list(dict.fromkeys(m.group("a").lower() for m in _PARTS_OF_ONE.finditer(question)))
    return (named[0], named[1]) if len(named) == 2 else None


def _aspect_in_course_words(rest: str) -> str:
    """The course's words for an aspect asked in a learner's words ("power hog" -> "compute
    computing"; ``_aspect_title``), for a search by the families' names: the learner's word alone
    ("power") found the sections on the families' goals, not the one comparing their computing."""
    titles = dict.fromkeys(t for w in tokenize(rest) if (t := _aspect_title(w)))
    return " ".join(
        w for title in titles for w in conversation_module.ASPECT_TITLES if w.startswith(title) and w != title
    )


# Lessons and sections about the two families in general, not one application (``_family_general``).
_FAMILY_SECTIONS = frozenset({
    "ml-vs-generative-ai#predicting-versus-creating-two-different-goals",
    "ml-vs-generative-ai#how-machine-learning-and-generative-ai-feed-each-other",
    "what-is-generative-ai#generative-ai-is-not-the-same-thing-as-ai",
    "industry-use-cases#same-industries-different-jobs",
})
# A family named by its verb alone: "ai that predicts", "a model which creates".
_BARE_FAMILY_JOB = rx.compile(
    r"(?:(?:a|an|the)\s+)?(?:ai|ais|models?|tools?|systems?|ones?|things?|kind|sort|type)\s+(?:that|which)\s+[a-z]+", re.IGNORECASE
)
# The word a machine is named by, which two sides may share ("an app that ... vs an app that ...").
# (Stop 41: "a gadget that ..., and a gadget that ...": the other words for a machine too.)
_MACHINE_NOUN = rx.compile(
    r"(?:apps?|tools?|ai|ais|models?|systems?|things?|software|bots?|programs?|machines?|gadgets?|devices?|widgets?|"
    r"services?|features?|assistants?|engines?|platforms?)",
    re.IGNORECASE,
)
# How two things differ, asked of them with nothing else asked of both ("what's really the difference
# between the two", "same thing or not", "what separates them").
_TOLD_APART = rx.compile(
    r"\b(?:differences?|differs?|different|same|separates?|sets?\s+(?:them\s+)?apart|tell\s+(?:them\s+|the\s+two\s+)?apart|which\s+is\s+which)\b",
    re.IGNORECASE,
)


def _bare_family(side: str) -> str | None:
    """The course's name of the family a comparison's side is, described by nothing but what it
    does ("the kind of AI that predicts things", "the making-things kind", "ai that creates":
    ``described.family_described``, or a bare job verb after a machine word with
    ``described.machine_family``), else None: a side that names what its machine works on ("the
    app that writes our captions") is a machine at work, not the family."""
    family = described.family_described(side)
    if family is not None and not side[: family.start].strip():
        return family.family
    if _BARE_FAMILY_JOB.fullmatch(side.strip()):
        return described.machine_family(side)
    return None


# How close to a thing's best section its own use's section must be to answer for it instead.
USE_TIE = 0.01


def _own_use_tied(found: SearchResult, uses: dict[str, str], family: str | None, taken: set[str]) -> Hit | None:
    """The section on a use of the family the thing's job tells (``described.machine_family``)
    that its search ranks within ``USE_TIE`` of the best, when the best is on no use, else None.
    Why (stop 41): "an ai that dreams up a brand new poster for the screening" found "A market
    projected to reach 740 billion dollars" by 0.004 over image generation (the screening's words,
    not the job's), and that section, far from the thing, was its part of the comparison."""
    best = found.hits[0]
    if family is None or best.section.lesson_id in uses:
        return None
    for hit in found.hits[1:]:
        if best.score - hit.score > USE_TIE:
            break
        if uses.get(hit.section.lesson_id) == family and hit.section.id not in taken and hit.asked >= USE_ASK:
            return hit
    return None


def _told_ask(question: str, sides: tuple[str, ...]) -> str:
    """What a message asks after the two things it told (``shapes.told_pair``: "..., and a tool
    that writes a new poem on request. are those two different branches of ai?"), else "". Why
    (stop 41): the rest of such a question is emptied (its asking clause names neither side), so
    "different" was lost and two machines of the two families were no longer told apart."""
    if shapes.told_pair(question) != sides:
        return ""
    at = question.lower().rfind(sides[-1].lower())
    return question[at + len(sides[-1]):] if at >= 0 else ""


def machine_families(
    sides: tuple[str, ...], family_of: Callable[[str], str | None] = described.machine_family
) -> tuple[str, str] | None:
    """The two families' names when the two sides are machines named by their jobs, one of each
    family (``family_of``, by default ``described.machine_family``: "the app that says taco or
    burrito" / "an app that makes up new taco pics"), else None."""
    if len(sides) != 2:
        return None
    families = [family_of(side) for side in sides]
    if None in families or families[0] == families[1]:
        return None
    return families[0], families[1]


def _from_first_side(question: str, sides: tuple[str, ...]) -> str:
    """``question`` from where its first side is named on (all of it when it is not found, or
    when what comes before asks about both: "how do you test if each one is any good, A vs B")."""
    if shapes.asked_ahead(question.strip()) is not None:
        return question
    at = question.lower().find(sides[0].lower()) if sides else -1
    return question[at:] if at > 0 else question


def _topic_terms(index, text: str) -> set[str]:
    """The analysed words of ``text`` that name a topic of a few sections' headings (at most
    ``TOPIC_HEADINGS`` of them: "skills", "bias", "needs"), not a word all over the course
    ("data", "learning", "model")."""
    counts = index.heading_counts
    return {t for t in index.analyse(text) if 0 < counts.get(t, 0) <= TOPIC_HEADINGS}


def _plain(word: str) -> str:
    """A comparative or superlative read as its plain adjective ("faster", "cheapest", "bigger",
    "easier" -> "fast", "cheap", "big", "easy"); other words unchanged."""
    for end in ("est", "er"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            base = word[: -len(end)]
            if base.endswith("i"):
                return base[:-1] + "y"
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                return base[:-1]
            return base
    return word

# A word in this many section headings at most names a topic of the course ("skill": 3, "bias": 2).
TOPIC_HEADINGS = 4


# The longest part of a comparison that keeps every item its count announces (``PART_WORDS`` is
# 85; what machine learning does well, announced and its three items, is 115 words).
ENUMERATED_PART_WORDS = 120
# A sentence that opens with the ordinal of an item ("The first benefit is ...", "A second
# benefit ...", "Finally, ...").
_ORDINAL_ITEM = rx.compile(
    r"^(?:(?:The|A|An)\s+)?(?:first|second|third|fourth|fifth|last|final)\b|^(?:First|Second|Third|Fourth|Finally|Lastly)\b",
    re.IGNORECASE,
)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# The announcing sentence naming its first item itself ("..., and the first is that ...").
_FIRST_ITEM = rx.compile(r"(?i)\bthe\s+first\b")


def with_announced_items(section: Section, positions: list[int]) -> list[int]:
    """A side's part that says its section's count ("Generative AI brings three main benefits")
    keeps each item the count announces ("The first benefit is ...", "A second ...", "A third
    ..."): picked by closeness to the side, the part said "three" and told two (what generative
    AI does well lost its first benefit, content production, next to machine learning's). The
    items replace the part's other sentences after the count, so the part stays near its size."""
    sentences = section.sentences
    announcing = next((p for p in sorted(positions) if compose._ANNOUNCES.search(sentences[p])), None)
    if announcing is None:
        return positions
    items = [j for j in range(announcing + 1, len(sentences)) if _ORDINAL_ITEM.search(sentences[j])]
    if not items or set(items) <= set(positions):
        return positions
    # A count its marked items fall short of ("four main limitations, and the first is ...", then
    # one "Finally, ..."): the unmarked sentences between are items too, and the part's picks among
    # them are what the question asks of the side ("how does old data hurt a credit model": "poor
    # data produces an inaccurate model: a credit model trained on outdated records ..." gave way
    # to "Finally, ... computational power").
    count = _COUNTS.get(compose._ANNOUNCES.search(sentences[announcing]).group(0).split()[0].lower())
    if count is not None and len(items) + bool(_FIRST_ITEM.search(sentences[announcing])) < count:
        return positions
    # The items take the place of what the part said after the count (an example, "In each case
    # ..."): with both, a part ran to 100-150 words. A count whose items alone run longer than
    # ``ENUMERATED_PART_WORDS`` (machine learning's four skills, 146 words) keeps the part as picked.
    kept = sorted({p for p in positions if p <= announcing} | set(items))
    if sum(len(sentences[p].split()) for p in kept) > ENUMERATED_PART_WORDS:
        return positions
    return kept


def _asked_of_near(free: list[Hit], other: SearchResult, result: SearchResult) -> Hit:
    """Of the sections nearly as good for a side as its best (within ``SECTION_MARGIN``), the
    one the whole question prefers: a fragment searched alone is ambiguous where the question is
    not ("classification" is best answered by image classification alone, but "classification
    and clustering both put stuff into groups" by "Classification versus regression"; "cost of
    training a model" went to the compute needed after training, which "... vs cost of running
    it afterwards" asks of the other side). Ranked by the side's score plus the question's (a
    section outside the question's hits counts as its last one), so a slight preference of the
    question does not outweigh a clearer one of the side. A section the other side scores higher
    than this one is the other side's, whatever the question prefers (the question is often
    mostly about one side: "the thing that guesses the next word vs the thing that draws
    pictures from noise" ranks sampling above GANs)."""
    best = free[0]
    asked = {h.section.id: h.score for h in result.hits}
    floor = min(asked.values(), default=0.0)
    theirs = {h.section.id: h.score for h in other.hits}
    near = [
        h for h in free
        if h is best or (h.score >= best.score - SECTION_MARGIN and theirs.get(h.section.id, h.score) <= h.score)
    ]
    both = {h.section.id: h.score + asked.get(h.section.id, floor) for h in near}
    chosen = max(near, key=lambda h: both[h.section.id])
    return chosen if both[chosen.section.id] > both[best.section.id] + ASKED_LEAD else best


def _clear_own_best(side_result: SearchResult) -> bool:
    """Does a side's own search, below the scope bar, still point at one section: its best is
    close to a learner ask of that section (``search.CLEAR_ASK``) and no other section is within
    ``SECTION_MARGIN`` of it? Measured on sides named by a product: 0.085-0.15 ahead for the
    section they stand for, 0.005-0.01 for names the course has no section for ("grammarly")."""
    hits = side_result.hits
    return len(hits) > 1 and hits[0].asked >= CLEAR_ASK and hits[0].score - hits[1].score > SECTION_MARGIN


def _told_in_its_sentence(question: str, sides: tuple[str, ...]) -> str:
    """The sentence of ``question`` that holds both sides, when an earlier sentence tells a story
    before it ("hospital chaplaincy team leader. IT want one system that guesses ..., and another
    that writes prayer cards. ... what is the real difference between predicting stuff and making
    stuff"), else the whole question. Why: the two families asked by their jobs and searched with
    the story, the story's setting ("patients") led to the healthcare section, which never says
    what either family does; the caller keeps the whole question when the sentence itself asks
    something of both (an aspect)."""
    sentences = shapes.message_sentences(question)
    own = [s for s in sentences if all(side.lower() in s.lower() for side in sides)]
    if len(sentences) < 2 or len(own) != 1:
        return question
    return own[0]


_SIDE_DETERMINER = rx.compile(r"^(?:(?:the|that|this|those|these|our|my|your|their|his|her|a|an)\s+)+", re.IGNORECASE)
TOLD_EARLIER_WORDS = 20  # a side's description taken from an earlier sentence, at most this long


def told_earlier(question: str, side: str) -> str:
    """A side named by a bare noun ("that scanner", "the bot") that an earlier sentence of the
    question describes ("the new diagnostic scanner at our garage 'uses AI' to flag an injector
    thats about to go before it fails"): that description, from the noun to the end of its
    sentence (within ``TOLD_EARLIER_WORDS``); else the side as asked.

    Why (stop 49, benchmarks/probes hcmp47-s47): learners tell what a machine does first and
    then compare it by its bare name; searched as "scanner", the side took the healthcare
    section (scans), while what the scanner does, flagging a part about to fail, is anomaly
    detection. Used for the things sorted into the two families (``_compose_family_sort``) only:
    every comparison side searched so was measured too and left out (no read case changed, one
    held-out paraphrase lost)."""
    bare = _SIDE_DETERMINER.sub("", side.strip(" ,;:?.!")).strip()
    words = bare.split()
    if not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words):
        return side
    sentences = shapes.message_sentences(question)
    if len(sentences) < 2:
        return side
    noun = re.compile(rf"\b{re.escape(bare)}s?\b", re.IGNORECASE)
    for i, sentence in enumerate(sentences[:-1]):
        match = noun.search(sentence)
        if match is None:
            continue
        told = sentence[match.start():].split()
        # (Told with something of its own, and named again later: the ask that compares it.)
        if len(told) > len(words) + 3 and any(noun.search(later) for later in sentences[i + 1:]):
            return " ".join(told[:TOLD_EARLIER_WORDS]).strip(" ,;:.!?")
        return side
    return side


def _head(side: str) -> str:
    """A comparison side without a trailing clause: "vae for making faces" -> "vae"."""
    return re.split(r"\s+(?:for|in|to|with|on|at|when|if|because)\s+", side, maxsplit=1)[0].strip() or side


def _names_of(side: str) -> list[str]:
    """What a side may be called: as asked, its head, and its first one to three words
    ("recall i always mix them up" -> "recall"), so chatter after a side does not hide it."""
    if _POINTER_LEAD.match(side):
        # (stop 49) A side told by a pointer, not a name ("one tells you what breed a dog is",
        # "the second one writes the discharge notes", "one that drafts letters"): its first words
        # name nothing, and "one" met every section holding the word, so one section "named"
        # all three things of a story and answered alone.
        return list(dict.fromkeys([side, _head(side)]))
    words = _head(side).split()
    # "a chatbot that makes things up" is named "chatbot", and its first words run only up to
    # the relative clause: the clause's verb is no name ("makes" named the heading "What makes a
    # language model large", so that section was taken to compare both sides).
    clause = next((i for i, w in enumerate(words) if i and w.lower() in _RELATIVE), None)
    if clause is not None:
        return list(dict.fromkeys([" ".join(words[:clause]), *(" ".join(words[:n]) for n in (1, 2, 3) if n < clause)]))
    return list(dict.fromkeys([side, _head(side), *(" ".join(words[:n]) for n in (1, 2, 3) if n < len(words))]))


_RELATIVE = frozenset("that which who whose where".split())
# A side that opens by pointing at one of the told things rather than naming it.
_POINTER_LEAD = rx.compile(
    r"^\W*(?:(?:the|a)\s+)?(?:(?:first|second|third|other|1st|2nd|3rd)(?:\s+one)?|another(?:\s+one)?|one)(?![\w-])(?!\s+of\b)",
    re.IGNORECASE,
)


_ASPECT_END = frozenset("for of with in on about from at".split())


# How deep a side whose asked polarity its best section's heading does not say is searched for
# one that says it (the course has 119 sections; a side's own search keeps 4).
FITTING_DEPTH = 12
# A polarity asked of a side in words the search's aspect patterns do not hold: weak
# ("struggles", "falls down", "trips up") and strong ("shines", "excels", "the best bit").
_POLARITY_EXTRA = (
    rx.compile(r"\b(?:struggl(?:e|es|ing)|falls?\s+down|falling\s+down|trips?\s+up|badly|poorly|worst\s+at|bad\s+(?:points?|sides?|bits?))\b", re.IGNORECASE),
    rx.compile(r"\b(?:shines?|shining|excels?|best\s+bits?|good\s+(?:points?|sides?|bits?))\b", re.IGNORECASE),
)
# A side's polarity words, left out of what names it.
_POLAR_WORDS = rx.compile(
    "|".join(f"(?:{pattern.pattern})" for pattern in (ASPECT_HEADINGS[0][0], ASPECT_HEADINGS[1][0], *_POLARITY_EXTRA)),
    re.IGNORECASE,
)


# A side whose subject is a pronoun at its start: "its strong points", "where it struggles".
_PRONOUN_SUBJECT = rx.compile(r"^(?P<lead>(?:(?:where|what|how|when)\s+)?)(?:its|it's|it|their|they)\b", re.IGNORECASE)
_NAME_LEAD = rx.compile(r"^(?:(?:where|what|how|when|the|of|at|is|are|does|do|for)\s+)+", re.IGNORECASE)


def _pronoun_named(sides: tuple[str, ...]) -> tuple[str, ...]:
    """Two sides, one of which opens with a pronoun for the other's subject ("the weak spots of
    generative ai compared with its strong points", "where machine learning shines vs where it
    struggles"): the pronoun read as that subject, the other side without its polarity words
    ("generative ai strong points"). Why: searched as "its strong points" the side found nothing of
    its own and took machine learning's strengths. Sides as they were otherwise (both or neither
    with a pronoun; a whole pronoun is the conversation's topic, read before)."""
    if len(sides) != 2:
        return sides
    opening = [_PRONOUN_SUBJECT.match(side) for side in sides]
    if bool(opening[0]) == bool(opening[1]):
        return sides
    i = 0 if opening[0] else 1
    if side_polarity(sides[i]) is None:
        # (Only a good or weak side: "is gen ai even machine learning or is it its own separate
        # science" asks whether it is one, and "its" names no side to search.)
        return sides
    name = _NAME_LEAD.sub("", re.sub(r"\s+", " ", _POLAR_WORDS.sub(" ", sides[1 - i])).strip(" ,;:?"))
    match = opening[i]
    if not name or match is None or match.end() == len(sides[i].strip()):
        return sides
    named = f"{match.group('lead')}{name}{sides[i][match.end():]}".strip()
    return tuple(named if j == i else side for j, side in enumerate(sides))


_FAILING = rx.compile(r"\bfail\w*", re.IGNORECASE)
# A machine's job of foretelling failures ("one that predicts which fire doors will fail inspection",
# "flags pumps likely to fail"): the failing is what it predicts, no weakness asked of it.
_FORETELLS_FAILURE = rx.compile(
    r"\b(?:predict|guess|forecast|flag|spot|warn|estimat|detect|tell|say|work\w*\s+out)\w*\b[^.?!;]{0,50}?\bfail\w*", re.IGNORECASE
)


def _without_job_failure(text: str) -> str:
    """``text`` without "fail" where it is what a machine foretells (``_FORETELLS_FAILURE``), for
    the polarity of a side (stop 41: the predicting side of "one predicts which fire doors will fail
    inspection, one writes up the incident summaries. how would i test each" took "Why next-token
    prediction produces fluent falsehoods" for a weakness asked)."""
    return _FAILING.sub(" ", text) if _FORETELLS_FAILURE.search(text) else text
# Two outcomes a model outputs: "pass or fail", "pass/fail", "fail or pass".
_PASS_OR_FAIL = rx.compile(r"\bpass(?:es|ed)?\s*(?:or|/)\s*fail\w*|\bfail\w*\s*(?:or|/)\s*pass(?:es|ed)?\b", re.IGNORECASE)


def _polarity_of_both(sides: tuple[str, ...], asked: str, rest: str) -> str:
    """What is asked of both sides, with the one polarity the question says outside them when
    neither side says one itself ("downsides: a fraud model vs an ai that writes emails", "the
    risks, A versus B"): that polarity is asked of each side (``side_polarity``). Why: left in the
    context only, "downsides" weighed nothing, and a section on both families ("Generative AI is
    built on machine learning") answered alone, saying nothing of either side's weaknesses."""
    if len(sides) != 2 or any(side_polarity(f"{side} {asked}") is not None for side in sides):
        return asked
    # ("pass or fail" is what a side outputs, not a weakness asked of both.)
    rest = _FAILING.sub(" ", rest)
    polarity = side_polarity(rest)
    if polarity is None:
        return asked
    said = ASPECT_HEADINGS[polarity][0].search(rest) or _POLARITY_EXTRA[polarity].search(rest)
    return f"{asked} {said.group(0)}".strip() if said else asked


def side_polarity(text: str) -> int | None:
    """0 when ``text`` asks for weaknesses only ("weak spots", "falls short", "struggles"), 1 when
    for strengths only ("upsides", "good at", "shines"), else None: the index of the aspect in
    ``search.ASPECT_HEADINGS``, whose heading pattern then names the sections that answer it."""
    # ("a model that predicts pass or fail": what the side outputs, no weakness asked of it; read
    # as one, the side took "Why next-token prediction produces fluent falsehoods" for its heading.)
    text = _PASS_OR_FAIL.sub(" ", text)
    asked = [bool(ASPECT_HEADINGS[p][0].search(text) or _POLARITY_EXTRA[p].search(text)) for p in (0, 1)]
    return asked.index(True) if sum(asked) == 1 else None


def after_shared_aspect(sides: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """The first side from the aspect both sides open with: ("job hunting: are the skills for
    gen ai", "skills for machine learning") -> ("skills for gen ai", "skills for machine
    learning"). The aspect is the second side's first words up to a preposition, found in the
    first side before what it compares; what precedes it there is the question's setting (it
    stays in the question as context), not part of the side."""
    if len(sides) != 2:
        return sides, ""
    first, second = sides
    words = second.split()
    for k in range(min(len(words) - 1, 6), 1, -1):
        if words[k - 1].lower() not in _ASPECT_END:
            continue
        prefix = r"\s+".join(re.escape(w) for w in words[:k])
        match = re.search(rf"(?i)(?:^|(?<=[\s,:;]))(?:the\s+)?(?P<side>{prefix}\s+\S.*)$", first)
        if match:
            return (match.group("side").strip(), second), first[: match.start("side")].strip(" ,:;")
    return sides, ""


def _side_aspects(sides: tuple[str, ...]) -> tuple[str, int | None] | None:
    """An aspect word (``conversation.ASPECT_TITLES``, or testing for evaluation) written in the
    sides: (word, None) when both sides open with it ("evaluating a gan" / "evaluating a spam
    filter"), (word, i) when only side ``i`` asks it ("gan cost to train" / "decision tree"). A
    word that is part of a side's name is no aspect: "data" ("training data", "labelled data"),
    or a first word that names a thing ("test set"); an opening aspect is followed by "of", "for"
    or an article ("cost of training", "testing a chatbot")."""
    if len(sides) != 2:
        return None
    words = [re.findall(r"[a-z]+", side.lower()) for side in sides]

    def aspect(w: str, marking: bool = False) -> bool:
        return _aspect_title(w, marking) is not None and w not in _NAMING_ASPECTS

    def opens(ws: list[str]) -> bool:
        return len(ws) > 1 and ws[1] in _ASPECT_OPENERS

    if words[0][:1] == words[1][:1] and words[0] and aspect(words[0][0], opens(words[0])):
        return words[0][0], None
    found = [
        next((
            w for n, w in enumerate(ws)
            if aspect(w, n == 0 and opens(ws)) and (n or opens(ws))
            # (The verb of a side's relative clause tells what the side does, no aspect asked of
            # it: "the network that judges images vs the one that makes them" after GANs took
            # "judges" for evaluation, and each side the evaluation lesson's sections.)
            and not (n and ws[n - 1] in _RELATIVE)
        ), None)
        for ws in words
    ]
    marks = [bool(w) and _aspect_title(w) is None for w in found]  # found only as a marking word
    if found[0] and found[1] and marks[0] != marks[1]:
        # "judging a story writing ai vs marking a spam filter": the other side's word asks it.
        found = [None if m else w for w, m in zip(found, marks)]
    if found[0] and found[1] and _aspect_title(found[0], True) == _aspect_title(found[1], True) and all(
        re.search(rf"(?i)(?:^|,\s*)(?:(?:you|we|i|u|they|one)(?:'d|'ll)?\s+)?{re.escape(w)}\b", side) for w, side in zip(found, sides)
    ):
        # "for an exam board, checking a model that predicts pass or fail" / "checking an ai that
        # writes practice questions": both sides open with the one aspect, the first after the
        # setting said before it (not "training cost" / "running cost", which name things) (not opening the side, it was taken for no aspect at all, and the
        # predicting side went to hallucination by its word "predicts").
        return found[0], None
    if bool(found[0]) == bool(found[1]):
        return None
    i = 0 if found[0] else 1
    return found[i] or "", i


def _without_asked(question: str, sides: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """The sides without what a question that opens with its first side as a subject asks of it
    ("where does ml fall short compared to gen ai": "ml", "gen ai"; "what does ml do in banks
    ...": "ml"), when the second side is a bare name that asks nothing of its own: what is asked
    stays in the question, as context for both sides, and is returned with them. A place it is
    asked in ("do in banks") is the setting of both sides ("in banks, ml"). Else the sides as
    they were and ""."""
    if len(sides) != 2 or len(sides[1].split()) > 3 or _PREDICATE.search(sides[1]) or "," in sides[0]:
        return sides, ""
    match = re.match(rf"^(?P<name>(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?P<asked>{_PREDICATE.pattern}.*)$", sides[0], re.IGNORECASE)
    if match is None or not re.search(
        rf"(?i)\b(?:does|do|did|is|are|can|could|would|will|should)\s+(?:(?:a|an|the)\s+)?{re.escape(sides[0])}", question
    ):
        return sides, ""
    name, asked = match.group("name"), match.group("asked")
    if set(re.findall(r"[a-z]{4,}", asked.lower())) & set(re.findall(r"[a-z]{4,}", sides[1].lower())):
        # "how does a reinforcement learner get its feedback compared to a supervised one": the
        # second side already says what is asked ("supervised feedback").
        return sides, ""
    place = re.match(r"(?i)^(?:do|does)\s+(?P<s>(?:in|at|within|inside)\s+\S.*)$", asked)
    if place:
        return (f"{place.group('s')}, {name}", sides[1]), ""
    return (name, sides[1]), asked


# The verb of a question about its first side ("does ml fall short", "does a gan learn"): what is
# asked of that side, not part of its name.
_PREDICATE = rx.compile(
    r"\b(?:do|does|fall|falls|learn|learns|work|works|make|makes|generate|generates|find|finds|handle|handles|"
    r"fail|fails|struggle|struggles|help|helps|create|creates|produce|produces|predict|predicts|train|trains|"
    r"trained|go|goes|deal|deals|get|gets|perform|performs|behave|behaves|run|runs|decide|decides|improve|improves)\b",
    re.IGNORECASE,
)


def _aspect_title(word: str, marking: bool = False) -> str | None:
    """The lesson-title stem of an aspect word in any of its forms ("measuring", "assessing",
    "judging": evaluation; "costs": compute), else None; with ``marking``, also "scoring",
    "grading", "marking" (``_MARKING``)."""
    for form in (word, word[:-3], word[:-3] + "e", word[:-2], word[:-1]):
        title = conversation_module.ASPECT_TITLES.get(form) or _EVALUATING.get(form) or (_MARKING.get(form) if marking else None)
        if len(form) > 3 and title:
            return title
    return None


# Aspect words that name a thing as often as they ask about it ("training data", "a dataset").
# The words that name the two families and what each does ("predicting versus creating"), and
# those of every comparing heading: no aspect.
_FAMILY_TERMS = frozenset("machin learn generat creat ai model predict compar versus vs".split())
_GENERATIVE_STEM = "generat"
# The analysed words that name the two families themselves ("ml", "machine learning", "gen ai",
# "generative artificial intelligence"), not a thing of either.
_FAMILY_NAME_TERMS = frozenset("machin learn ml generat gen genai ai artifici intellig do doe does".split())
_ASKED_IDF = 2.5
# A side named by what it makes (see ``_family_comparison``): a making verb opens it, after "(a)
# model / tool / one (that)" at most, or it makes something "from scratch" (not "writing the rules
# by hand": a programmer's work, not a model's).
_MAKES_NEW = rx.compile(
    r"^\W*(?:(?:a|an|the|some)\s+)?(?:(?:[\w-]+\s+)?(?:models?|ai|tools?|systems?|programs?|apps?|bots?|ones?|things?|networks?|assistants?|software|machines?)\s+"
    r"(?:(?:that|which|who|to|for)\s+)?)?(?:writes?|writing|drafts?|drafting|draws?|drawing|paints?|painting|composes?|composing|"
    r"creates?|creating|invents?|inventing|(?:makes?|making|dreams?|dreaming)\s+up|(?:makes?|making|produces?|producing)\s+(?:(?:brand|all|completely|totally|entirely)[\s-]+)?new)\b"
    r"(?!(?:\s+[\w'-]+){0,2}\s+(?:rules|logic|by\s+hand)\b)|\bfrom\s+scratch\b"
    # ("a picture-making ai", "the kind that makes things": what it makes is the side's name.)
    r"|\b(?:pictures?|images?|art|music|songs?|videos?|stor(?:y|ies)|text|photos?|poems?|essays?)[\s-]?(?:making|writing|drawing|painting|generating)\b"
    r"|^\W*(?:(?:a|an|the)\s+)?(?:kind|sort|type|one|ai|model)s?\s+(?:of\s+ai\s+)?(?:that|which)\s+(?:makes?|creates?)\s+(?:things|stuff|content)\b",
    re.IGNORECASE,
)
# How a side is judged, said before it ("checking a system that drafts letters", "you score the bot
# that writes the replies", "testing whether ..."): no part of what the side is, so a making verb
# after it still names a generative side (with it, ``_MAKES_NEW`` never saw the side open with its
# machine, both sides were taken as predictive, and the drafting side lost its family's section on
# judging generated output).
_ASKING_LEAD = rx.compile(
    r"^\W*(?:(?:you|we|i|u|one|they|people)(?:'d|'ll)?\s+(?:(?:would|should|could|can|do)\s+)?)?"
    r"(?:check|checking|test|testing|mark|marking|score|scoring|grade|grading|judge|judging|rate|rating|"
    r"measure|measuring|evaluate|evaluating|assess|assessing)\s+(?:(?:whether|if)\s+)?",
    re.IGNORECASE,
)
_NAMING_ASPECTS = frozenset("data dataset datasets".split())
# Evaluation words that a heading uses to name a thing ("a training set and a test set"), not how
# a model is judged ("Loss functions as a quantitative check ..." does judge).
_NAMING_TESTS = frozenset("test tests tested testing".split())
# What follows an aspect that opens a side ("cost of", "testing a").
_ASPECT_OPENERS = frozenset("of for a an the to".split())


def _weighs(heading: str) -> bool:
    """A heading that weighs one thing against another without "versus": "When k-means
    clustering fails and DBSCAN helps", "X and Y", "X or Y"."""
    return bool(re.search(r"(?i)\b(?:and|or|instead\s+of|over|helps|fails|than)\b", heading))


# How a learner asks how good each side is ("how do you test each one", "checking an ai that
# writes emails"): the evaluation lesson's aspect, in a comparison only (a "test set" is asked
# about elsewhere, but "test" asked of two sides is how each is judged).
# A comparison's own aspect words besides ``conversation.ASPECT_TITLES``: testing, and compute in
# everyday words ("which needs more computer muscle").
_EVALUATING = {
    **dict.fromkeys("test tested testing tests check checked checking".split(), "evalu"),
    # ("what metrics would I track for A vs B", "KPIs for A vs B": how each is measured.)
    **dict.fromkeys("metric metrics kpi kpis".split(), "evalu"),
    **dict.fromkeys("muscle grunt horsepower".split(), "comput"),
    # What running a model burns, in a learner's words: "which is more of a power hog", "which one
    # guzzles more electricity" ask the two families' computing needs.
    **dict.fromkeys("power electricity energy hog hogs guzzle guzzles guzzler".split(), "comput"),
}
# How each side is marked in a teacher's or a manager's words, only opening a side ("scoring a
# ticket classifier vs scoring a text generator", "... compared with marking an ai that spots
# cats"): elsewhere the word is the side's own doing ("a model that scores reviews", "unfair credit
# scoring"). (Not "rate": a learning rate.)
_MARKING = dict.fromkeys(
    "score scored scores scoring grade graded grades grading mark marked marks marking".split(), "evalu"
)
# "how do you score a call routing model compared with ...", "how would we grade ...": how each side
# is marked, asked before the sides (the sides alone carry no aspect word, and "score" also names
# a model's output, "a credit score", so only this asking frame counts). Stop 38, lead, from the
# tmux trial: only the generative side's judging was answered.
ASKS_MARKING = rx.compile(
    r"(?i)\bhow\s+(?:do|would|should|can|could|will|to)\s+(?:(?:you|i|we|u|one|they|people)\s+)?(?:score|grade|mark|rate)\b"
)
# "how would i test each one", "how do we check them both", "how should you evaluate the two": how
# each side is judged, asked of both sides by a pointer (not "how do i check the facts it gives").
# Stop 41: "one predicts which fire doors will fail, one writes up the incident summaries. how would
# i test each one" took the predicting side to next-token prediction by its word "predicts".
ASKS_TESTING_EACH = rx.compile(
    r"(?i)\bhow\s+(?:do|would|should|can|could|will|to|'?d)\s+(?:(?:you|i|we|u|one|they|people)\s+)?"
    r"(?:test|check|evaluate|assess|judge|measure|validate|vet)\s+(?:each(?:\s+one)?|them(?:\s+both)?|both(?:\s+of\s+them)?|the\s+two|either|these|those)\b"
)
# "how do you know it's any good", "tell if it's working", "is doing a good job": how good a thing
# is, which a comparison of two asks as their evaluation (not "tell me how a gan works", "I want to
# know how it works": how it works).
ASKS_HOW_GOOD = rx.compile(
    r"(?i)\b(?:know|tell|check|see|sure|prove|judge)(?!\s+me\b)\s+(?:(?!how\b)[\w']+\s+){0,6}?"
    r"(?:any\s+good|working|works|doing\s+(?:a\s+)?(?:good|great|decent|fine|ok|okay)(?:\s+job)?|doing\s+well|good\s+enough)\b"
)
# A side's section in the aspect's lesson answers when its score is this close to the side's best:
# measured 0.1 / 0.15 / 0.2 on the comparison lists (0.1 kept the picture side on image generation;
# 0.2 sent a side of round 3b to a lesser section).
ASPECT_MARGIN = 0.15

# In a lesson that treats the two families in sections of their own (evaluation: "Accuracy: ...",
# "Judging generated output on realism, coherence and diversity", then "Loss functions as a
# quantitative check on generative models"), the family's first section there is its main
# treatment of the aspect, the later ones its refinements: a side takes the first when it scores
# as close to the side's best in the family as a section of the aspect's lesson must be to the
# side's best anywhere (``ASPECT_MARGIN``): "scoring a text generator" ranked the loss section a
# hair ahead of judging generated output, whose "no single correct output" is the point.
FAMILY_FIRST_MARGIN = 0.15


def _lesson_first(sections: list[Section], hits: list[Hit]) -> Hit:
    """Of ``hits`` (not empty), the one whose section comes first in the course."""
    order = {section.id: n for n, section in enumerate(sections)}
    return min(hits, key=lambda h: order.get(h.section.id, len(order)))


# How much more a section near a side's best must score, the side's and the question's scores
# added, to answer the side instead (``_asked_of_near``): differences of 0.001-0.009 flipped a
# side between two sections on a word ("a chatbot that makes things up" to "What makes a
# language model large"); the switches that found the right section gained 0.025-0.08.
ASKED_LEAD = 0.02

# "are they the same thing?", "alike?": whether two things are one is answered by what each is.
_ASKS_SAMENESS = rx.compile(r"(?i)\b(?:same|alike|similar)\b")
_ASKS_REASON = rx.compile(r"(?i)\b(?:which|why|when|trade-?\s?offs?|tradeoffs?|matters?|better|worse|more|less)\b")


# "how does a vae make a new face compared to how a gan makes one", "gans, vaes and language models
# - how do they each make stuff", "how does a spam filter work vs a chatbot": the question asks HOW
# each side does something (a process), not how the sides differ ("how does A compare to B", "how
# do A and B differ", "how is A different"). Either "how" opens a clause after the comparing word
# ("compared to how B ..."), or "how do/does ..." runs to the clause's end without a comparing verb.
_HOW_AFTER_COMPARING = rx.compile(
    r"(?i)\b(?:compared?\s+(?:to|with)|versus|vs\.?|than|and|or)\s+how\b(?!\s+(?:is|are|was|were|you|u|we|i|people)\b)"
)
# ("how do you evaluate a normal ml model vs a generative one": what the learner does with each side,
# not a process of the sides; the verb is context of both as it was.)
_HOW_DOES = rx.compile(r"(?i)\bhow\s+(?:do|does|did|can|could|would|will)\b(?!\s+(?:you|u|we|i|people|someone|one)\b)([^,;:.?!]*)")
_HOW_NOT_PROCESS = rx.compile(
    r"(?i)\b(?:differ\w*|compar\w*|contrast\w*|relat\w*|stack\w*|similar\w*|same|alike|match\w*|fit\w*|tell)\b"
)
# A section on what a thing is used for answers "what for", not "how" ("What GANs have been used for"
# took the GAN side of "how does a gan make a face": its portraits, not its generator).
_USES_HEADING = rx.compile(r"(?i)\bused\s+for\b")


# "how is each trained", "how is the computer learning in each case", "how are they made": a
# process asked in the passive or progressive, the clause's participle saying which (not "how is A
# different", "how are they used").
_HOW_IS_DONE = rx.compile(r"(?i)\bhow\s+(?:is|are|was|were)\b(?!\s+(?:you|u|we|i|people)\b)([^,;:.?!]*)")
_DONE = rx.compile(r"(?i)\b(?!used\b|called\b|based\b|related\b|connected\b)[a-z]{3,}(?:ed|ing)\b|\b(?:made|built|taught|done)\b")


def asks_how_each(question: str) -> bool:
    """Does the comparison ask how each side does something (see ``_HOW_AFTER_COMPARING``)?"""
    if _HOW_AFTER_COMPARING.search(question):
        return True
    if any(_DONE.search(m.group(1)) and not _HOW_NOT_PROCESS.search(m.group(1)) for m in _HOW_IS_DONE.finditer(question)):
        return True
    return any(m.group(1).split() and not _HOW_NOT_PROCESS.search(m.group(1)) for m in _HOW_DOES.finditer(question))


def _how_query(side: str) -> str:
    """A side searched as the process asked of it ("how does a vae make a new face")."""
    return f"how does {side}"


def _not_uses(hits: list) -> list:
    """The hits without sections on what a side is used for, when another section of the same
    lesson is among them (a process asked: "how does a gan make a face")."""
    kept = [h for h in hits if not _USES_HEADING.search(h.section.heading)]
    if len(kept) == len(hits) or not kept or not hits:
        return hits
    lesson = hits[0].section.lesson_id
    return kept if any(h.section.lesson_id == lesson for h in kept) else hits


# What both sides are weighed on, in the learner's words and in the course's (cost, labels, how
# stable training is, accuracy, how easy to explain): "which is cheaper to run, a spam filter or a
# chatbot" asks each side's sentence on cost, not its definition. Each side's part is picked by its
# own search, whose meaning is the side's ("a credit model ... data"): the dimension, a word or two
# of the question, is outweighed by the side's opening sentence unless the part weighs it itself.
_DIMENSIONS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (rx.compile(r"\b(?:cheap\w*|expensive|pric(?:ey|ier|iest|e|es|y)|cost\w*|money|budgets?|afford\w*|bills?)\b", re.I),
     rx.compile(r"\b(?:cheap\w*|expensive|cost\w*|budgets?|afford\w*|bills?|money)\b", re.I)),
    (rx.compile(r"\b(?:labels?|label(?:l)?(?:ed|ing)|tag(?:s|ged|ging)|annotat\w*|answer\s+keys?)\b", re.I),
     rx.compile(r"\b(?:label\w*|unlabel\w*|tagg\w*|marked|annotat\w*|answer\s+key|correct\s+(?:answers?|output))\b", re.I)),
    (rx.compile(r"\b(?:stabl[ey]|stability|unstable|instabilit\w*|converg\w*|finicky|temperamental)\b", re.I),
     rx.compile(r"\b(?:stabl[ey]|stability|unstable|instabilit\w*|oscillat\w*|collapse\w*)\b", re.I)),
    (rx.compile(r"\b(?:accura\w*|facts?|correct(?:ly)?|precise)\b", re.I),
     rx.compile(r"\b(?:accura\w*|facts?|correct\w*)\b", re.I)),
    (rx.compile(r"\b(?:explain\w*|interpret\w*|transparen\w*|black\s+box)\b", re.I),
     rx.compile(r"\b(?:explain\w*|easy\s+to\s+understand|transparen\w*)\b", re.I)),
]
# A follow-up picking between two sides on a criterion (``Comparing._criterion_positions``): a
# sentence naming the criterion's words gains ``CRITERION_NAMING`` over one that names none
# (cosines of the learner's few words with a sentence run 0.1-0.6), one whose subject is a side
# ``CRITERION_SIDE``.
CRITERION_NAMING = 0.3
CRITERION_SIDE = 0.1


_ASKS_HOW = rx.compile(r"\W*(?:(?:so|and|ok|okay|but)\W+)*how\b", re.IGNORECASE)


def _criterion_words(rest: str) -> str:
    """What a comparison asks of both sides, without what marks the comparison ("versus")."""
    return re.sub(r"\s+", " ", re.sub(r"(?i)\b(?:versus|vs\.?)(?!\w)|[,;:]", " ", rest)).strip()


DIMENSION_BONUS = 0.25  # as ``compose.ASPECT_BONUS``: the aspect asked of a single question


# Where each side starts when it makes something ("where does a vae start from when it makes a new
# image, compared with where a gan's generator starts from", "what does each begin with"): a fact
# each side's own section states ("starting from a handful of random numbers called noise",
# "picking a point in its latent space"), which the course's comparison of the two never says.
# Asked of both sides, it is a dimension of each side's part (``_DIMENSIONS``) and no section on
# both that lacks it answers alone (``origin_unsaid``; stop 41: "VAEs compared with GANs" answered
# whole and the noise was missing).
_ASKS_ORIGIN = rx.compile(
    r"\b(?:start(?:s|ed|ing)?\s+(?:from|with|out|off)|starting\s+point|begins?\b|beginning\s+with|get(?:s|ting)?\s+going"
    r"|kicks?\s+off|(?:feed|feeds|fed|put|puts)\s+in(?:to)?\b|(?:made|make|makes)\s+from\b)",
    re.I,
)
_ORIGIN_CUE = rx.compile(
    r"\b(?:starting\s+from|random\s+numbers|picking\s+a\s+point|drawn\s+at\s+random|at\s+random)\b", re.I
)
_DIMENSIONS.append((_ASKS_ORIGIN, _ORIGIN_CUE))


def origin_unsaid(context: str, section: Section) -> bool:
    """Does the comparison ask where each side starts (``_ASKS_ORIGIN``, in ``context``, the
    question's words besides its sides) of a section that never says it?"""
    return bool(_ASKS_ORIGIN.search(context)) and not any(_ORIGIN_CUE.search(s) for s in section.sentences)


# How far below a side's best a section of the same lesson that states where the side starts
# (``_stating_origin``) may score and still answer it.
ORIGIN_MARGIN = 0.15


def _stating_origin(hit: Hit, free: list[Hit], context: str, deeper) -> Hit:
    """A side's section when the comparison asks where each side starts: ``hit`` when it says
    it, else the best section of its lesson within ``ORIGIN_MARGIN`` of it that does, among
    ``free`` or, failing that, the side's whole ranking (``deeper()``, its query's vector already
    embedded): "the image maker with two networks fighting" found "One model generates, another
    evaluates", which never says where the generator starts; "The generator and the
    discriminator" does ("starting from a handful of random numbers called noise")."""
    if not origin_unsaid(context, hit.section):
        return hit

    def stating(hits: list[Hit]) -> Hit | None:
        return next((
            h for h in hits
            if h.section.lesson_id == hit.section.lesson_id and h.score >= hit.score - ORIGIN_MARGIN
            and not origin_unsaid(context, h.section)
        ), None)

    return stating(free) or stating(deeper()) or hit


# A generator told stuck on one kind of output ("the poster picture generator only ever makes one
# kind of mop bucket picture", "our pattern generator only ever gives us one stripe design", "the
# app only ever shows me 2 styles", "keeps making the exact same leaf picture"): mode collapse, in
# the learner's words (``told_fault``).
_STUCK_ON_ONE = rx.compile(
    r"\b(?:only\s+(?:ever\s+)?|keeps?\s+(?:on\s+)?|always\s+|just\s+)(?:makes?|making|draws?|drawing|gives?|giving|shows?|showing|"
    r"produces?|producing|spits?\s+out|spitting\s+out|generates?|generating|churns?\s+out|churning\s+out|comes?\s+up\s+with)\b"
    r"[^.?!,;]{0,30}?\b(?:(?:one|1|two|2|a\s+couple\s+of|a\s+few|three|3)\s+(?:[\w-]+\s+)?"
    r"(?:kinds?|types?|sorts?|styles?|designs?|versions?|looks?|pictures?|images?|faces?|outputs?)\b|(?:the\s+)?(?:exact\s+)?same\b)"
    r"|\bstuck\s+on\s+(?:one|1|the\s+(?:exact\s+)?same)\b",
    re.I,
)

# A talking machine said to invent ("a chatbot confidently inventing a drug dose", "the help bot
# made up a clause"): hallucination, where ``symptoms.told_terms`` wants a false thing said too.
_MAKES_UP = rx.compile(
    r"\b(?:chat\s?bots?|bots?|assistants?|language\s+models?|llms?|chatgpt|copilot|gpt)\b[^.?!]{0,40}?"
    r"\b(?:invent(?:s|ed|ing)?|fabricat\w*|(?:makes?|made|making|dreams?|dreamt|dreamed|dreaming)\s+up)\b",
    re.I,
)


# Whether two told happenings are one ("the same fault?", "different?", "one problem or two?").
_ASKS_WHETHER_ONE = rx.compile(
    r"(?i)\b(?:same|different|differ\w*|related|alike|connected|linked|one\s+[\w-]+\s+or\s+two|which\s+is\s+which)\b"
)


def told_fault(side: str) -> str:
    """The course's name of the fault a comparison's side tells in a story ("the chatbot made up a
    ratio that doesnt exist": hallucination, ``symptoms.told_terms``; a generator stuck on one kind
    of output: mode collapse, ``_STUCK_ON_ONE``), searched with the side; "" when it tells none
    or several. Why: "is that the same fault or different?" after two told faults searched each
    story's words alone, and a side went to how to spot hallucination, to the cat pictures example,
    or to nothing (stop 41)."""
    told = [t for t in symptoms.told_terms(side) if " versus " not in t]
    if not told and _MAKES_UP.search(side):
        told.append("hallucination")
    if _STUCK_ON_ONE.search(side):
        told.append("mode collapse")
    return told[0] if len(told) == 1 else ""


def _fault_query(fault: str) -> str:
    """What a told fault's side is searched with: what the fault is. "same fault or different?"
    asks what each fault is; the fault's bare name with the question's other words ("spot",
    "stop") drew a chatbot's invented fact to how to spot and reduce hallucination, which never
    says the content is false or made up (five read cases, stop 41)."""
    return f"what is {fault}, what does {fault} mean" if fault else ""


# Sections about one property of a chatbot or language model, and the words that ask about it:
# its size ("What makes a language model large", "Small language models versus large ones"), being
# built by anyone without code, handling pictures and sound. A side of a comparison that asks none
# of them is about what the machine does (``_property_asked``).
_PROPERTY_HEADINGS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (rx.compile(r"(?i)\b(?:large|small)\b.*\blanguage\s+models?\b|\blanguage\s+models?\b.*\b(?:large|small)\b"),
     rx.compile(r"(?i)\b(?:large|larger|largest|big|bigger|biggest|huge|massive|giant|enormous|small|smaller|tiny|little|mini|"
                r"size|sized|scale|parameters?|llms?|offline|laptop|local|lightweight|heavy)\b")),
    (rx.compile(r"(?i)\bwithout\s+code\b"),
     rx.compile(r"(?i)\b(?:custom\w*|own|build|built|building|make\s+(?:my|our|your|a)\s+own|no[\s-]?code|platforms?|set\s+up|personal)\b")),
    (rx.compile(r"(?i)\bmultimodal\b"),
     rx.compile(r"(?i)\b(?:multimodal|modalit\w*|media|photos?|pictures?|images?|voice|speak\w*|audio|sound|video|camera|see|sees|show)\b")),
]


def _property_asked(hit: Hit, free: list[Hit], question: str, side: str) -> Hit:
    """A side's section when its best is about a property of a chatbot (``_PROPERTY_HEADINGS``)
    that the question never asks: the next of the side's own hits within ``2 * SECTION_MARGIN``
    that is about none unasked. Why (stop 41): a bare "chatbot" reads as a large language model
    (glossary), so "a chatbot writes my sales emails" or "a chatbot that writes our newsletter"
    took "What makes a language model large" and the answer told its size, not what it does. Only
    a side that says more than a name ("chatgpt" alone is a large language model)."""

    def unasked(h: Hit) -> bool:
        return any(heading.search(h.section.heading) and not asks.search(question) for heading, asks in _PROPERTY_HEADINGS)

    if len(side.split()) < 3 or not unasked(hit):
        return hit
    return next((h for h in free if h is not hit and not unasked(h) and h.score >= hit.score - 2 * SECTION_MARGIN), hit)


def dimension_bonus(context: str, sentences: list[str]) -> np.ndarray:
    """Per sentence of one side's part: ``DIMENSION_BONUS`` when it speaks to a dimension the
    question weighs both sides on (``_DIMENSIONS``), asked in ``context`` (the question's words
    besides its sides)."""
    bonus = np.zeros(len(sentences), dtype=np.float32)
    for asks, cue in _DIMENSIONS:
        if asks.search(context):
            bonus += DIMENSION_BONUS * np.array([bool(cue.search(s)) for s in sentences], dtype=np.float32)
    return bonus
