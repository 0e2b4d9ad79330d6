"""The lexicon of common machine-learning jargon the course never teaches (knowledge/not_taught.toml).

Why a module of its own: such terms are often made of everyday words ("beam search", "batch
norm") that the word check cannot tell from English, so a list of them, matched in the learner's
own wording (mended when misspelt, joined when adjacent), names the untaught term and points at
the lessons nearest to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from tutor.core import regex_cache as rx
from tutor.core.answering.everyday import everyday_words, in_dictionary, is_everyday
from tutor.core.answering.phrases import CoursePhrases
from tutor.core.answering.subjects import SUBJECT_WORDS
from tutor.core.answering.term_names import (
    _DESCRIBING,
    TERM_HEADS,
    TERM_TOKEN,
    norm_token,
    term_tokens,
)
from tutor.core.answering.verbs import AFTER_A_VERB
from tutor.core.answering.vocabulary import (
    MIN_LENGTH,
    TWO_SLIPS,
    TWO_SLIPS_LENGTH,
    CourseVocabulary,
    edit_distance,
    one_slip,
)
from tutor.core.answering.written_by_ai import DETECTION_TERM, described_detection
from tutor.core.answering.written_names import JUDGED, written_name
from tutor.core.words import CHAT_PARTICLES, QUESTION_STOPWORDS, stem, tokenize

MENDED_LENGTH = 6  # a word this long may be mended to a listed term's ("seires"; "legit" is 5)


# ---------------------------------------------------------------------------------------------
# Machine-learning topics the course does not teach (knowledge/not_taught.toml)
# ---------------------------------------------------------------------------------------------

MAX_TERM_TOKENS = 4
_ONE_WORD_NAME = rx.compile(r"[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z][A-Za-z0-9]*")  # "fastText", "MLflow"


# Words after which a noun phrase opens ("an overview of graph embeddings", "the kl annealing trick").
_NOUN_PHRASE_OPENERS = frozenset(
    """a an the of about on in for with to into my our your their this that these those its""".split()
)


# Openers that take a singular noun: a word in -s after them is a verb, not a qualifier.
_SINGULAR_DETERMINERS = frozenset({"that", "this"})


# A name half remembered: its first word, then a hedge for the rest ("catastrophic something").
_HALF_NAMED = rx.compile(
    r"\b([a-z][a-z-]{4,})\s+(?:something|sth|smth|thingy|whatsit|whatever\s+it'?s\s+called|or\s+something|"
    r"something\s+or\s+other)\b(?=\s*(?:[?,.!;:)'\u2019\u201d]|$|(?:i\s+think|maybe|idk|or\s+other|i\s+forget)\b))",
    re.IGNORECASE,
)


class NotTaught:
    """Common ML jargon the course never teaches, minus any term a lesson does use.

    Why a lexicon: such terms are often made of everyday words ("beam search", "batch norm",
    "random forest") that the typo-tolerant vocabulary check cannot tell from ordinary
    English, and they share words like "gradient" with lessons, so retrieval alone answers
    them from a loosely related section.
    """

    def __init__(
        self,
        terms: Iterable[str],
        course_texts: Iterable[str],
        near: Mapping[str, Sequence[str]] | None = None,
        vocabulary: CourseVocabulary | None = None,
        course_sense: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """``near`` gives, per term, the lessons closest to it (its family's, see
        ``knowledge/not_taught.toml``): where to point a learner who asked about it.

        ``vocabulary`` (the course's words, ``CourseVocabulary``) turns on mending misspelt term
        words ("federeted learning" -> "federated learning", see ``_mended``): a learner's typo
        of a listed term is still that term, so it is declined as one instead of being answered
        from whatever section shares its other word. The course's own words (and everyday or
        dictionary words) are never mended, so a word the course teaches is never turned into
        jargon it does not. Without a vocabulary the terms match only as written.

        ``course_sense`` gives, per term, words that put a question in the course's own sense of
        the term's words (a family's ``course_sense`` in the TOML): "AI agents" built on language
        models are untaught, but "can ai agents learn from rewards" asks about the course's
        reinforcement-learning agent, so the term is not matched where any of those words is."""
        # The course as one string of normalised tokens: a term is taught when its tokens occur
        # in a row (a few substring searches, ~5 ms, instead of a set of every word window).
        words = TERM_TOKEN.findall(" ".join(course_texts).lower())
        normal = {w: norm_token(w) for w in set(words)}
        course = " " + " ".join(normal[w] for w in words) + " "
        normal_words = set(normal.values())
        self.keys: dict[str, str] = {}
        self.taught: list[str] = []  # listed terms that the course does use (so never declined)
        self._near: dict[str, tuple[str, ...]] = {}  # term key -> lessons nearest to it
        self._course_sense: dict[str, frozenset[str]] = {}  # term key -> stems of the course's sense
        # Keys that only a product's one-word name gives ("WordPiece", "BigGAN", "fastText",
        # "MLflow"): written apart they are everyday words ("word pieces", "a big gan"), so such
        # a key never matches across a space. Compounds that learners do split ("back
        # propagation", "mini batch") are written in lower case and keep matching split.
        self._names: set[str] = set()
        spread: set[str] = set()
        for term in terms:
            tokens = [t for t, _, _ in term_tokens(term)]
            if not tokens:
                continue
            joined = "".join(tokens)
            present = all(t in normal_words for t in tokens) or joined in normal_words
            if present and (f" {' '.join(tokens)} " in course or f" {joined} " in course):
                self.taught.append(term)
            else:
                self.keys["".join(tokens)] = term
                if near and term in near:
                    self._near["".join(tokens)] = tuple(near[term])
                if course_sense and term in course_sense:
                    self._course_sense["".join(tokens)] = frozenset(stem(w.lower()) for w in course_sense[term])
                (self._names if _ONE_WORD_NAME.fullmatch(term) else spread).add(joined)
        self._names -= spread
        # The words listed terms are made of, by first letter: a learner's misspelling of one
        # ("jailbrake", "federeted", "time seires") is mended to it before the look-up.
        self._term_words: dict[str, set[str]] = {}
        for term in self.keys.values():
            for token, _, _ in term_tokens(term):
                if len(token) >= MENDED_LENGTH and token.isalpha():
                    self._term_words.setdefault(token[0], set()).add(token)
        self.vocabulary = vocabulary  # the course's words: never mended (see ``__init__``)
        # ... and one whose letters spell an everyday word ("RoPE", "GloVe", "CIDEr", "NeRF") is
        # that name only when written with its capitals: "tie a rope" is about a rope.
        everyday = everyday_words()
        self._cased = {key for key in self._names if key in everyday}
        # A one-word term that is also a common English word, one of MiniLM's whole words
        # ("epoch", "momentum", "variance", "stemming", "lime", "REINFORCE"), is that jargon only
        # where the question uses it so: "is this a new epoch for ai", "a lot of variance in the
        # quality", "is the momentum real" use the English word (see ``_jargon_use``). Rarer
        # dictionary words ("pruning", "distillation", "boosting") are taken for the jargon.
        self._plain = {
            key for key, term in self.keys.items()
            if len(term_tokens(term)) == 1 and key in everyday
        }
        self._context = frozenset(stem(w) for w in SUBJECT_WORDS | _JARGON_CONTEXT) - _NOT_CONTEXT

    def find(self, question: str, everyday: bool = False) -> str | None:
        """The learner's own wording of the untaught term(s) in ``question``: the longest match
        at each position; adjacent matches join ("k-fold cross validation"), and two separate
        ones are named together ("backpropagation or chain rule"). ``everyday``: a one-word term
        that is also a common English word counts without a word of the subject beside it (for
        a question declined anyway, see ``Tutor.ask``)."""
        tokens, spans = self._spans(question, everyday)
        if not spans and (half := self._half_named(question)) is not None:
            return half
        if not spans:
            # A listed thing described rather than named ("can teachers tell if an essay was
            # written by chatgpt": AI text detection), in the learner's words; unless the
            # question names its own method, a word neither English nor the course's ("can
            # stylometry tell whether an op-ed was written by a chatbot"): that name is declined.
            described = described_detection(question)
            named = self.vocabulary is not None and any(
                w.isalpha() and len(w) >= MIN_LENGTH and not in_dictionary(w) and not self.vocabulary.knows(w)
                for w in tokenize(question)
            )
            return None if named else described
        # "LoRA adapters", "SARSA algorithm": the kind of thing the term names goes with it, so
        # the learner reads back the phrase they asked about.
        spans = [
            (a, b + 1) if b < len(tokens) and tokens[b][0] in TERM_HEADS else (a, b) for a, b in spans
        ]
        # "an overview of graph embeddings", "the kl annealing trick": a word between an article or
        # a preposition and the listed term qualifies it, and the learner reads back their phrase
        # ("graph embeddings", not "embeddings"). After any other word ("does it need dropout")
        # the word before the term is not part of its name.
        spans = [(a - 1, b) if self._qualifies(question, tokens, a) else (a, b) for a, b in spans]
        spans = [self._whole_name(question, tokens, a, b) for a, b in spans]
        names = [question[tokens[a][1] : tokens[b - 1][2]] for a, b in spans]
        # (one name said twice is named once: "is DP-SGD legit? how does DP-SGD add the noise")
        written = written_name(question, self.vocabulary) if self.vocabulary is not None else None
        if written and not any(written.lower() in name.lower() for name in names):
            # "is scGPT legit? how does a single-cell foundation model learn": the name the learner
            # asks about in so many words comes first, the listed kind of thing after it.
            names.insert(0, written)
        once: dict[str, str] = {}
        for name in names:
            once.setdefault(name.lower(), name)
        # (a name said again in short is named once: "a neural vocoder ... what does a vocoder do")
        kept = [
            name for low, name in once.items()
            if not any(other != low and re.search(rf"\b{re.escape(low)}\b", other) for other in once)
        ]
        return " or ".join(kept[:2])

    def _half_named(self, question: str) -> str | None:
        """The one listed term a half-remembered name opens ("the 'lottery something'? what's
        that" -> "lottery ticket hypothesis"), or None when no listed term, or several, open with
        the word the learner remembered ("reward something": reward model, reward hacking ...).

        Why (stop 36, benchmarks/probes/near36-s36): a learner who half remembers a name gives
        its first word and a hedge; the rest of the question ("my model forgot the old stuff
        when trained on new data") then drew a loosely related section (overfitting), answered
        as if it were the thing asked about. A remembered word the course uses opens a name the
        course may teach, so it is left to retrieval."""
        for match in _HALF_NAMED.finditer(question):
            if self.vocabulary is not None and self.vocabulary.knows(match.group(1).lower()):
                # "anomaly something?" after unsupervised learning: the course's own name
                # ("anomaly detection") is the one half remembered, answered as a follow-up.
                continue
            first = norm_token(match.group(1).lower())
            opening = {
                term.lower(): term for term in self.keys.values()
                if len(found := term_tokens(term)) > 1 and found[0][0] == first
            }
            if len(opening) == 1:
                return next(iter(opening.values()))
        return None

    def _whole_name(
        self, question: str, tokens: list[tuple[str, int, int]], a: int, b: int
    ) -> tuple[int, int]:
        """The span ``a:b`` of a listed term grown to the learner's whole name around it: the
        parts hyphened onto it ("DP-SGD" around "SGD", "nnU-Net"), and a following word no course,
        dictionary or everyday English uses, which names the thing the term qualifies ("8-bit
        palettization" around "8-bit").

        Why: the decline named the listed part alone ("The course does not cover SGD or SGD" for
        "is DP-SGD legit? how does DP-SGD add the noise", "Core ML or 8-bit" for "Core ML's 8-bit
        palettization"), which is not the thing the learner asked about."""
        while a > 0 and question[tokens[a - 1][2] : tokens[a][1]] == "-":
            a -= 1
        while b < len(tokens) and question[tokens[b - 1][2] : tokens[b][1]] == "-":
            b += 1
        if b < len(tokens) and self.vocabulary is not None and question[tokens[b - 1][2] : tokens[b][1]] == " ":
            word = question[tokens[b][1] : tokens[b][2]].lower()
            following = question[tokens[b + 1][1] : tokens[b + 1][2]].lower() if b + 1 < len(tokens) else ""
            if (
                word.isalpha() and len(word) >= MIN_LENGTH and word not in QUESTION_STOPWORDS
                and word not in CHAT_PARTICLES and not re.fullmatch(JUDGED, word)
                and following not in AFTER_A_VERB  # "how does adaboost reweight the examples": a verb
                and not self.vocabulary.knows(word) and not in_dictionary(word) and not is_everyday(word)
            ):
                b += 1
        return a, b

    @staticmethod
    def _qualifies(question: str, tokens: list[tuple[str, int, int]], at: int) -> bool:
        """Is the word before ``tokens[at]`` (a listed term's first token) a qualifier of it: a
        content word right after an article, a possessive or a preposition? (Course words count
        too: "vector quantisation", "residual dropout" are the learner's phrase.)"""
        if at < 2:
            return False
        word = question[tokens[at - 1][1] : tokens[at - 1][2]].lower()
        before = question[tokens[at - 2][1] : tokens[at - 2][2]].lower()
        between = question[tokens[at - 2][2] : tokens[at][1]]
        if before in _SINGULAR_DETERMINERS and word.endswith("s") and not word.endswith("ss"):
            # "is there ai that turns sign language into speech": "that" or "this" takes a
            # singular noun, so a word in -s after it is the clause's verb ("that turns", "that
            # reads"), not a qualifier of the term ("turns sign language" was named).
            return False
        return (
            before in _NOUN_PHRASE_OPENERS and word.isalpha() and len(word) >= 3
            and word not in QUESTION_STOPWORDS and word not in _DESCRIBING and not re.search(r"[^\w\s]", between)
        )

    def near(self, question: str, everyday: bool = False) -> tuple[str, ...]:
        """The lessons nearest to the untaught terms of ``question`` (empty when none is listed
        or the lexicon gives no family; ``everyday`` as in ``find``)."""
        return tuple(lesson for lesson in self._near_of(question, everyday) if "#" not in lesson)

    def near_section(self, question: str, everyday: bool = False) -> str | None:
        """The section closest in kind to the first untaught term of ``question`` whose family
        names one ("lesson#slug"), else None."""
        return next((s for s in self._near_of(question, everyday) if "#" in s), None)

    def _near_of(self, question: str, everyday: bool = False) -> tuple[str, ...]:
        tokens, spans = self._spans(question, everyday)
        if not spans and described_detection(question):
            # Described, not named ("can teachers tell if an essay was written by chatgpt"):
            # pointed where the named thing ("AI text detection") is.
            return self._near.get("".join(t for t, _, _ in term_tokens(DETECTION_TERM)), ())
        lessons: dict[str, None] = {}
        for a, b in spans:
            # A span may join adjacent terms ("k-fold cross validation"): each term's lessons.
            start = a
            while start < b:
                for end in range(b, start, -1):
                    key = "".join(t for t, _, _ in tokens[start:end])
                    if key in self.keys:
                        lessons.update(dict.fromkeys(self._near.get(key, ())))
                        start = end
                        break
                else:
                    start += 1
        return tuple(lessons)

    def _spans(
        self, question: str, everyday: bool = False
    ) -> tuple[list[tuple[str, int, int]], list[tuple[int, int]]]:
        """The question's tokens and the token ranges of listed terms (longest match first)."""
        tokens = self._mended(question.lower(), term_tokens(question))
        spans: list[tuple[int, int]] = []  # token index ranges, left to right
        asked_stems = {stem(w) for w in tokenize(question)} if self._course_sense else set()
        start = 0
        while start < len(tokens):
            for size in range(min(MAX_TERM_TOKENS, len(tokens) - start), 0, -1):
                key = "".join(t for t, _, _ in tokens[start : start + size])
                written = question[tokens[start][1] : tokens[start + size - 1][2]]
                if key in self.keys and not (
                    (key in self._names and " " in written) or (key in self._cased and written.islower())
                    or (size == 1 and key in self._plain and not everyday
                        and not self._jargon_use(question, tokens, start))
                    or self._clause_across(question, tokens[start : start + size], self.keys[key])
                    or bool(self._course_sense.get(key, frozenset()) & asked_stems)
                    or (key in self._course_sense and self._asked_bare(tokens, start, start + size))
                ):
                    if spans and spans[-1][1] == start:
                        spans[-1] = (spans[-1][0], start + size)
                    else:
                        spans.append((start, start + size))
                    start += size
                    break
            else:
                start += 1
        return tokens, spans

    @staticmethod
    def _asked_bare(tokens: list[tuple[str, int, int]], start: int, end: int) -> bool:
        """Is the last word of a listed term with a course sense said again on its own, outside
        the term ("everyone keeps saying 'ai agents'. what is an agent?")? The learner then asks
        about the bare word, which is the course's (its reinforcement-learning agent)."""
        head = tokens[end - 1][0]
        return any(t == head for i, (t, _, _) in enumerate(tokens) if not start <= i < end)

    @staticmethod
    def _clause_across(question: str, tokens: list[tuple[str, int, int]], term: str) -> bool:
        """Is a listed compound found across a subject and its verb ("the new voice tools use a
        neural vocoder" for "tool use", "our models train overnight" for a "model train...")?
        A word that opens or runs inside a listed compound is singular in its name ("tool use");
        written plural where the name has it singular, and followed by no preposition, it ends a
        noun phrase, and the next word starts the clause's verb. (Matching ignores a plural "s",
        which is right for the compound's last word: "attention heads", "random forests".)"""
        names = [t.lower() for t in TERM_TOKEN.findall(term)]
        if len(names) != len(tokens) or len(tokens) < 2:
            return False
        for i, (_, begin, end) in enumerate(tokens[:-1]):
            written = question[begin:end].lower()
            following = names[i + 1]
            if (
                written.endswith("s") and not written.endswith("ss") and not names[i].endswith("s")
                and following not in _NOUN_PHRASE_OPENERS
            ):
                return True
        return False

    def _mended(self, low: str, tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """``tokens`` with each misspelt word of a listed term mended to it ("jailbrake" ->
        "jailbreak", "seires" -> "series"): a word that is no course word, no dictionary word and
        no word of a listed term (nor its singular: "coders"), of six letters or more (five-letter
        words have many neighbours: "legit" ~ "logit"), one typing slip from a listed term's word with the same first
        letter (two slips for a long word, as ``CourseVocabulary.correct``). The spans stay the
        learner's, so a decline names the term as they wrote it.

        Why: a misspelt jargon name ("tranfer learning", "federeted learning") matched no listed
        term, so it was answered from whatever section shared its other word, or declined naming
        the misspelt word alone; a misspelt name is still the name."""
        if self.vocabulary is None or not self._term_words:
            return tokens
        return [(self._mend(token, low[begin:end]), begin, end) for token, begin, end in tokens]

    def _mend(self, token: str, written: str) -> str:
        if len(token) < MENDED_LENGTH or not token.isalpha():
            return token
        words = self._term_words.get(token[0], ())
        if token in words:
            return token
        vocabulary = self.vocabulary
        assert vocabulary is not None
        if (
            written in vocabulary.words or stem(written) in vocabulary.stems or stem(written) in vocabulary.learner_stems
            or in_dictionary(written) or is_everyday(written) or in_dictionary(token) or is_everyday(token)
        ):
            return token
        near = [
            w for w in words
            if one_slip(token, w) or (len(token) >= TWO_SLIPS_LENGTH and edit_distance(token, w) <= TWO_SLIPS)
        ]
        return near[0] if len(near) == 1 else token

    def _jargon_use(self, question: str, tokens: list[tuple[str, int, int]], at: int) -> bool:
        """Is the plain English word ``tokens[at]`` (a listed one-word term) used as the jargon?
        Yes when it is written with a capital past the question's first word ("REINFORCE",
        "what about Llama"), when the question names other listed jargon ("adam or sgd", "the
        softmax temperature in distillation"), when a word of the subject stands within three
        words of it ("how many epochs should i train", "what is momentum in gradient
        descent"), or when the rest of the question is only question words and words of the
        subject ("what is an epoch?", "what does the stride do in an image model's layer").
        Otherwise it is the English word."""
        _, begin, end = tokens[at]
        if any(ch.isupper() for ch in question[begin:end]) and question[:begin].strip():
            return True
        low = question.lower()
        written = [low[b:e] for _, b, e in tokens]  # as written: "does", not the key's "doe"
        for i in range(len(tokens)):  # beside other jargon: "is adam better than plain sgd"
            for size in range(1, min(MAX_TERM_TOKENS, len(tokens) - i) + 1):
                key = "".join(t for t, _, _ in tokens[i : i + size])
                if not i <= at < i + size and key in self.keys and key not in self._plain:
                    return True
        for i in range(max(0, at - _JARGON_WINDOW), min(len(tokens), at + _JARGON_WINDOW + 1)):
            word = written[i]
            if i != at and (stem(word) in self._context or word in TERM_HEADS):
                return True
        others = [w for i, w in enumerate(written) if i != at and len(w) > 1]
        return all(w in QUESTION_STOPWORDS or stem(w) in self._context for w in others)


# The words on either side of a plain-English term that are looked at for a word of the subject.
_JARGON_WINDOW = 3
# Training words beside SUBJECT_WORDS ("learn" and "train" are not subject words there: a question
# that uses them may be about school; beside a listed term they tell its jargon sense).
_JARGON_CONTEXT = frozenset(
    """train trains trained training iteration iterations neural net nets tune tuning rate
    ensemble ensembles tree trees input inputs output outputs pixel pixels image images
    retrieval""".split()
)
# ... but not "ai" itself: "a new epoch for ai" is about history, not training passes.
_NOT_CONTEXT = frozenset({"ai", "artifici", "intellig"})


def load_not_taught(
    course_texts: Iterable[str], path: Path | None = None, vocabulary: CourseVocabulary | None = None
) -> NotTaught:
    """The lexicon from ``knowledge/not_taught.toml`` (empty when the file is missing or bad);
    ``vocabulary`` turns on mending misspelt term words (see ``NotTaught.__init__``)."""
    import tomllib

    if path is None:
        from tutor.core import paths

        path = paths.knowledge_dir() / "not_taught.toml"
    terms: list[str] = []
    near: dict[str, list[str]] = {}
    course_sense: dict[str, list[str]] = {}
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        terms = [str(t) for t in data.get("terms", [])]  # terms without a family
        for family in data.get("family", []):
            lessons = [str(lesson) for lesson in family.get("near", [])]
            # The section closest in kind, first ("lesson#slug"), when the family names one.
            section = str(family.get("section", "")).replace("/", "#", 1)
            for term in family.get("terms", []):
                terms.append(str(term))
                near[str(term)] = [section, *lessons] if section else lessons
                if family.get("course_sense"):
                    course_sense[str(term)] = [str(w) for w in family["course_sense"]]
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, AttributeError, TypeError):
        terms, near, course_sense = [], {}, {}
    return NotTaught(terms, course_texts, near, vocabulary, course_sense)


# "i'm a college dropout, ...", "i am an active learning fan": the learner says who they are; a
# listed term inside that description is who asks, not what is asked about.
_SELF_DESCRIPTION = rx.compile(r"\b(?:i'?m|i\s+am)\s+an?\s+(?P<who>(?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)


def term_is_setting(question: str, term: str, phrases: CoursePhrases) -> bool:
    """Is the listed untaught ``term`` only the setting of a course question rather than its
    topic? Two ways of saying so: each of the term's words is one that the course or its
    learners write right before the noun that follows the term in the question ("are online
    learning courses worth it": "online courses", "learning courses"), so the words describe that
    noun ("online learning algorithms" keeps the term: "online algorithms" is no course phrase,
    and a noun naming what kind of thing a term is, "methods", "loss", stays with the term); or
    the term is part of how the learner describes themselves ("i'm a college dropout, what
    educational paths ..."), which says who asks, not what is asked."""
    low = question.lower()
    for match in _SELF_DESCRIPTION.finditer(low):
        if term.lower() in match.group("who"):
            return True
    words = [t for t, _, _ in term_tokens(term)]
    if len(words) < 2:
        return False
    after = re.search(re.escape(term.lower()) + r"\s+([a-z][\w'-]*)", low)
    if after is None:
        return False
    noun = after.group(1)
    if noun in TERM_HEADS or noun in QUESTION_STOPWORDS:
        return False
    return all(phrases.has([word, noun]) for word in words)
