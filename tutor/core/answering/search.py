"""Hybrid retrieval over the course: dense (MiniLM) plus BM25, fused, with a scope decision.

Why both: MiniLM matches meaning ("a model that memorises its training data" finds the
overfitting section without the word) while BM25 rewards the exact rare terms learners type
("FrozenLake", "DBSCAN", "precision"). Each section gets

    score = (1 - LEXICAL_WEIGHT) * dense + LEXICAL_WEIGHT * bm25 / (bm25 + BM25_HALF)

where ``dense`` is the best cosine between the query and the section's chunks, and the BM25
term is squashed into [0, 1) so the two scales can be added (a calibrated mix measured better
than reciprocal rank fusion on our evaluation set; see ``benchmarks/`` and the report).

Scope: the course answers a question when the best section is close enough in meaning
(dense cosine) or, with weaker meaning, shares enough informative words with it. When the
embedding model cannot load, BM25 alone ranks and decides scope (keyword coverage).

Conversation: a follow-up such as "what are its limitations?" refers back. When a question
leans on a pronoun or is only a generic request ("why?", "give an example") and none of its
own words are foreign to the course, it is searched together with the earlier question(s) and
sections of the lesson the conversation was about get a small bonus.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from tutor.core.answering.corpus import dense_texts
from tutor.core.knowledge import Course, Section
from tutor.core.words import QUESTION_STOPWORDS, content_words, stem, stems, tokenize

LEXICAL_WEIGHT = 0.3
BM25_HALF = 10.0  # a BM25 score of this size counts as half of a perfect keyword match
DENSE_IN_SCOPE = 0.35  # best cosine at or above this: in scope on meaning alone
DENSE_WITH_WORDS = 0.28  # cosine at or above this counts when keywords also agree
COVERAGE_IN_SCOPE = 0.5  # share of the question's informative words found in the section
LESSON_BONUS = 0.05  # follow-ups: sections of the lesson being discussed
HISTORY_DEPTH = 3
DEFINITION_BONUS = 0.02  # "what is X?": a lesson's opening section (its definition)
_DEFINITION = re.compile(
    r"^\W*(?:what(?:'s|\s+is|\s+are)|whats|define|definition\s+of|meaning\s+of)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\W*$",
    re.IGNORECASE,
)

# Words that make a question lean on what came before.
_REFERRING = frozenset(
    "it its it's itself they them their theirs this that these those he she him her one ones".split()
)
_GENERIC_FOLLOWUP = frozenset(
    """more example examples detail details elaborate else again why how further another instance
    go continue expand simpler simply eli5 limitation limitations drawback drawbacks downside
    downsides advantage advantages benefit benefits pros cons problem problems use uses used""".split()
)


@dataclass(frozen=True)
class Hit:
    """One section's retrieval result, with the parts of its score (for debugging and tests)."""

    section: Section
    score: float
    dense: float
    lexical: float  # raw BM25
    coverage: float  # idf-weighted share of the query's informative words present in the section


@dataclass
class SearchResult:
    query: str
    hits: list[Hit]
    in_scope: bool
    mode: str  # "hybrid" or "bm25"
    contextual_query: str | None = None  # set when earlier questions were used
    query_vector: np.ndarray | None = field(default=None, repr=False)

    @property
    def best(self) -> Hit | None:
        return self.hits[0] if self.hits else None


class SearchIndex:
    """Everything retrieval needs, built once per process from the course."""

    def __init__(
        self,
        course: Course,
        embedder: object | None = None,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        import bm25s

        self.course = course
        self.embedder = embedder
        self.sections: tuple[Section, ...] = course.sections
        self._position = {s.id: i for i, s in enumerate(self.sections)}
        self._opening_sections = np.array(
            [lesson.sections[0].id == s.id for s in self.sections for lesson in [course.lesson(s.lesson_id)]],
            dtype=np.float32,
        )
        self._query_memo: dict[str, np.ndarray] = {}
        self._sentence_terms: dict[str, list[frozenset[str]]] = {}
        self._analysed: dict[str, list[str]] = {}

        # BM25 over sections: the heading twice (it names the topic) plus the lesson title.
        docs = [
            self.analyse(f"{s.heading} {s.heading} {s.lesson_title} {' '.join(s.sentences)}")
            for s in self.sections
        ]
        docs = [d if d else ["_empty_"] for d in docs]
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        self._bm25.index(docs, show_progress=False)
        self._doc_terms = [set(d) for d in docs]
        # Term -> which sections contain it, so coverage is a few vector adds per query.
        self._term_sections: dict[str, np.ndarray] = {}
        for i, terms in enumerate(self._doc_terms):
            for term in terms:
                self._term_sections.setdefault(term, np.zeros(len(docs), dtype=np.float32))[i] = 1.0
        n = len(docs)
        df: dict[str, int] = {}
        for terms in self._doc_terms:
            for term in terms:
                df[term] = df.get(term, 0) + 1
        self._idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self._unknown_idf = math.log(1 + (n + 0.5) / 0.5)
        self.vocabulary = frozenset(df)

        # Dense: chunk vectors (section score = best chunk) and sentence vectors (for answers).
        self.chunk_vectors: np.ndarray | None = None
        self.sentence_vectors: np.ndarray | None = None
        self.built_vectors = False
        self._chunk_starts: np.ndarray | None = None
        if embedder is not None:
            from tutor.core.answering.embeddings import cached_encode

            texts = dense_texts(course)
            self._chunk_section = np.array([self._position[c.section_id] for c in course.chunks])
            # Chunks come section by section: the best chunk per section is one reduceat over
            # contiguous runs (np.maximum.at is an unbuffered per-element loop, 5x slower).
            counts = np.bincount(self._chunk_section, minlength=len(self.sections))
            contiguous = bool(np.all(np.diff(self._chunk_section) >= 0)) and bool(np.all(counts > 0))
            self._chunk_starts = np.concatenate([[0], np.cumsum(counts)[:-1]]) if contiguous else None
            self.chunk_vectors, built_chunks = cached_encode(embedder, texts["chunks"], "chunks", on_status)
            self.sentence_vectors, built_sentences = cached_encode(
                embedder, texts["sentences"], "sentences", on_status
            )
            self.built_vectors = built_chunks or built_sentences
        starts = np.cumsum([0] + [len(s.sentences) for s in self.sections])
        self._sentence_offsets = starts

    # -- text analysis -------------------------------------------------------------------------

    def analyse(self, text: str) -> list[str]:
        """Tokens for BM25: lowercased, stopwords removed, stemmed.

        The last few results are kept: one question is analysed by the search, the scope check
        and the answer's sentence scoring."""
        terms = self._analysed.get(text)
        if terms is None:
            terms = stems(content_words(text))
            if len(self._analysed) >= 64:
                self._analysed.pop(next(iter(self._analysed)))
            self._analysed[text] = terms
        return list(terms)

    def idf(self, term: str) -> float:
        """Inverse document frequency of an analysed term over sections (rare terms weigh more)."""
        return self._idf.get(term, self._unknown_idf)

    def content_words(self, text: str) -> list[str]:
        return content_words(text)

    # -- scoring -------------------------------------------------------------------------------

    def _bm25_scores(self, terms: Sequence[str]) -> np.ndarray:
        known = [t for t in terms if t in self._bm25.vocab_dict]
        if not known:
            return np.zeros(len(self.sections), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)

    def _coverage(self, terms: Sequence[str]) -> np.ndarray:
        """Per section: idf-weighted share of the query's distinct terms that the section contains."""
        unique = list(dict.fromkeys(terms))
        coverage = np.zeros(len(self.sections), dtype=np.float32)
        if not unique:
            return coverage
        total = 0.0
        for term in unique:
            weight = self.idf(term)
            total += weight
            present = self._term_sections.get(term)
            if present is not None:
                coverage += np.float32(weight) * present
        return coverage / np.float32(total)

    def encode_query(self, text: str) -> np.ndarray | None:
        """The query's vector; the last few are remembered because one question may be
        searched more than once (follow-up topic, nearby topics for an out-of-scope answer)."""
        if self.embedder is None or self.chunk_vectors is None:
            return None
        vector = self._query_memo.get(text)
        if vector is None:
            vector = self.embedder.encode([text])[0]
            if len(self._query_memo) >= 64:
                self._query_memo.pop(next(iter(self._query_memo)))
            self._query_memo[text] = vector
        return vector

    def sentence_terms(self, section: Section) -> list[frozenset[str]]:
        """Analysed terms of each sentence of ``section`` (computed once)."""
        terms = self._sentence_terms.get(section.id)
        if terms is None:
            terms = [frozenset(self.analyse(sentence)) for sentence in section.sentences]
            self._sentence_terms[section.id] = terms
        return terms

    def _dense_scores(self, vector: np.ndarray) -> np.ndarray:
        sims = self.chunk_vectors @ vector
        best = np.full(len(self.sections), -1.0, dtype=np.float32)
        if self._chunk_starts is not None:
            return np.maximum.reduceat(sims, self._chunk_starts).astype(np.float32, copy=False)
        np.maximum.at(best, self._chunk_section, sims)
        return best

    def sentence_similarities(self, section: Section, vector: np.ndarray | None) -> np.ndarray | None:
        """Cosine of the query with each sentence of ``section`` (None without embeddings)."""
        if vector is None or self.sentence_vectors is None:
            return None
        i = self._position[section.id]
        start, end = self._sentence_offsets[i], self._sentence_offsets[i + 1]
        return self.sentence_vectors[start:end] @ vector

    # -- conversation --------------------------------------------------------------------------

    def is_follow_up(self, question: str) -> bool:
        """Does the question lean on earlier ones ("what are its limitations?", "why?")?

        Yes when it uses a referring word or consists only of generic follow-up words, and
        none of its own content words are foreign to the course (so "is it raining?" is not
        glued onto the previous topic).
        """
        words = tokenize(question)
        if not words:
            return False
        content = [w for w in words if w not in QUESTION_STOPWORDS]
        refers = any(w in _REFERRING for w in words)
        generic = all(w in _GENERIC_FOLLOWUP for w in content)
        if not (refers or generic):
            return False
        foreign = [w for w in content if w not in _GENERIC_FOLLOWUP and stem(w) not in self.vocabulary]
        return not foreign

    def context_for(self, history: Sequence[str] | None) -> str | None:
        """The earlier question(s) a follow-up refers to: back to the last self-contained one."""
        if not history:
            return None
        picked: list[str] = []
        for previous in reversed([h for h in history if h and h.strip()][-HISTORY_DEPTH:]):
            picked.append(previous.strip())
            if not self.is_follow_up(previous):
                break
        return " ".join(reversed(picked)) if picked else None

    # -- search --------------------------------------------------------------------------------

    def search(self, query: str, k: int = 5, history: Sequence[str] | None = None) -> SearchResult:
        """Rank sections for ``query``; decide whether the course covers it."""
        context = self.context_for(history) if self.is_follow_up(query) else None
        topic = self._lesson_of(context) if context else None
        if context and topic is not None:
            # Name the topic instead of repeating the whole earlier question, so "its
            # limitations" is about limitations of the topic, not the topic's definition.
            effective = f"{query} ({self.course.lesson(topic).title})"
        elif context:
            effective = f"{context} {query}"
        else:
            effective = query
        terms = self.analyse(effective)
        lexical = self._bm25_scores(terms)
        coverage = self._coverage(terms)
        vector = self.encode_query(effective)
        if vector is not None:
            dense = self._dense_scores(vector)
            lex_part = lexical / (lexical + BM25_HALF)
            scores = (1 - LEXICAL_WEIGHT) * dense + LEXICAL_WEIGHT * lex_part
            mode = "hybrid"
        else:
            dense = np.zeros(len(self.sections), dtype=np.float32)
            top = float(lexical.max()) if lexical.size else 0.0
            scores = lexical / top if top > 0 else lexical
            mode = "bm25"
        if _DEFINITION.match(query) and not context:
            # "What is X?": lessons open with their definition, so a lesson's first section gets
            # a nudge over sections that merely mention X often ("X in games, robotics...").
            scores = scores + DEFINITION_BONUS * self._opening_sections
        if topic is not None:
            scores = scores + LESSON_BONUS * np.array(
                [s.lesson_id == topic for s in self.sections], dtype=np.float32
            )
        order = np.argsort(-scores, kind="stable")[: max(k, 1)]
        hits = [
            Hit(
                section=self.sections[i],
                score=float(scores[i]),
                dense=float(dense[i]),
                lexical=float(lexical[i]),
                coverage=float(coverage[i]),
            )
            for i in order
        ]
        in_scope = self._in_scope(hits[0], mode) if hits else False
        return SearchResult(
            query=query,
            hits=hits[:k],
            in_scope=in_scope,
            mode=mode,
            contextual_query=effective if context else None,
            query_vector=vector,
        )

    def _lesson_of(self, text: str) -> str | None:
        result = self.search(text, k=1)
        return result.hits[0].section.lesson_id if result.in_scope and result.hits else None

    def _in_scope(self, best: Hit, mode: str) -> bool:
        if mode == "hybrid":
            if best.dense >= DENSE_IN_SCOPE:
                return True
            return best.dense >= DENSE_WITH_WORDS and best.coverage >= COVERAGE_IN_SCOPE
        return best.coverage >= COVERAGE_IN_SCOPE and best.lexical > 0
