"""How learners ask: questions each section answers, and everyday phrases for course terms.

Why: the course speaks in course terms ("hallucination", "discriminator"); learners do not
("why do chatbots make things up", "the forger and the detective"). Two kinds of data, kept
with the course and written in our own words, teach retrieval their language:

- ``knowledge/asks/<lesson-id>.toml``: per section, several questions it answers, phrased
  the way a learner would (``[[section]]`` tables with ``id`` = the section slug and
  ``asks = [...]``). Search indexes each ask as an extra document that maps back to its
  section (max-fusion: a section scores as well as its best passage or its best ask).
- ``knowledge/glossary.toml``: ``[[term]]`` tables with ``course = "hallucination"`` and
  ``everyday = ["make things up", ...]``. A question holding an everyday phrase is expanded
  with the course term before searching.

Both are optional: a course without them answers exactly as before. Files that do not parse,
or asks naming a section that does not exist, are skipped with no crash (``problems`` lists
them; ``tests/core/answering/test_learner.py`` keeps the shipped files clean).
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tutor.core import regex_cache as rx
from tutor.core.answering import symptoms
from tutor.core.knowledge import Course
from tutor.core.words import _WORD, QUESTION_STOPWORDS, stem, tokenize, without_people

# Function words dropped from glossary phrases before matching, so "make things up" matches
# "making stuff up" only on its content and "the forger and the detective" needs both nouns.
_PHRASE_STOPWORDS = frozenset("a an the of to and or is are be it its".split())
SHORT_FORM_LETTERS = 5  # a short form of a term is at most this long ("genai"); see ``spelled_out``


@dataclass(frozen=True)
class Ask:
    """One learner-phrased question and the section (``<lesson-id>#<slug>``) that answers it."""

    section_id: str
    text: str


@dataclass(frozen=True)
class GlossaryTerm:
    course: str  # the course's own term, added to a matching question
    everyday: tuple[tuple[str, ...], ...]  # each phrase as a sequence of words
    stems: frozenset[str] = frozenset()  # the course term's content stems (present: no expansion)
    # Names of things of this kind ("chatgpt", "llm"), matched like the phrases; a question that
    # asks something of its own about one is not expanded with the term (see ``read_names``),
    # and a name the course itself writes ("LLM") is read there as ``kind``.
    names: tuple[str, ...] = ()
    kind: str = ""
    written: tuple[str, ...] = ()  # the names the lessons write


@dataclass
class LearnerLanguage:
    asks: list[Ask] = field(default_factory=list)
    terms: list[GlossaryTerm] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _index: dict | None = field(default=None, repr=False, compare=False)
    _indexed_terms: list | None = field(default=None, repr=False, compare=False)
    _stems: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _order: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    _matched: dict[str, list] = field(default_factory=dict, repr=False, compare=False)
    _short: tuple | None = field(default=None, repr=False, compare=False)
    _expanded: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def expansions(self, question: str) -> list[str]:
        """Course terms whose everyday phrases occur in ``question`` (in order, no repeats).

        A phrase matches when its words appear in the question in order (as written, a plural
        "s" aside; stems would let "recommender" match any "recommend"), with at most two
        other words between neighbours; a term already present in the question adds nothing.
        Phrases are looked up by their first word, so a question costs a few set look-ups."""
        return [course for course, _ in self.matches(question)]

    def matches(self, question: str) -> list[tuple[str, tuple[int, int]]]:
        """Course terms whose everyday phrases occur in ``question``, each with the token span
        (first, last) of one occurrence (see ``expansions``).

        The last few questions' matches are kept: one question is matched by every search of it
        and again for each section its answer scores (a comparison: a dozen times)."""
        by_first_word = self._by_first_word()  # also forgets the kept matches when terms change
        kept = self._matched.get(question)
        if kept is None:
            kept = self._match(question, by_first_word)
            if len(self._matched) >= 64:
                self._matched.pop(next(iter(self._matched)))
            self._matched[question] = kept
        return list(kept)

    def _match(self, question: str, by_first_word: dict) -> list[tuple[str, tuple[int, int]]]:
        tokens = tokenize(question)
        words = [_word(w) for w in tokens]
        present = {stem(w) for w in tokens}
        matched: dict[str, list[str]] = {}  # course term -> its phrases found in the question
        spans: dict[str, tuple[int, int]] = {}
        for word in dict.fromkeys(words):
            for term, phrase in by_first_word.get(word, ()):
                if term.stems <= present:
                    continue
                span = _span(phrase, words)
                if span is not None:
                    matched.setdefault(term.course, []).append(f" {' '.join(phrase)} ")
                    spans.setdefault(term.course, span)
        # The longest phrase wins: "chatbot" inside a matched "build my own chatbot" is that
        # phrase's word, not a second term.
        found = [
            course
            for course, phrases in matched.items()
            if not all(
                any(inner in outer and inner != outer for other, outers in matched.items() if other != course for outer in outers)
                for inner in phrases
            )
        ]
        return [(course, spans[course]) for course in sorted(found, key=self._order.__getitem__)]

    def word_stems(self) -> frozenset[str]:
        """Stems of every word learners use in the asks and glossary phrases. Why: these are
        words the course answers questions in ("illegal" -> regulation, "squashing columns"
        -> dimensionality reduction), so scope and follow-up checks must not treat them as
        jargon foreign to the course."""
        if self._stems is None:
            # The people in an ask are its setting ("my gran thinks chatgpt never gets things
            # wrong"): known, "grandma" made "does it work on my grandma's tablet" a follow-up.
            # Only the asking sentences of an ask told with a story before them: "... dancing and
            # singing a pop song. It looked real. How ...?" made "sing" known, so "can you sing it"
            # after GANs read as a follow-up; the story's words are its setting, not the subject.
            words = {w for ask in self.asks for w in tokenize(without_people(_asking_part(ask.text)))}
            words |= {w for term in self.terms for phrase in term.everyday for w in phrase}
            words |= {w for term in self.terms for name in term.names for w in tokenize(name)}
            self._stems = frozenset(stem(w) for w in words if w not in QUESTION_STOPWORDS and w.isalpha())
        return self._stems

    def _by_first_word(self) -> dict[str, list[tuple[GlossaryTerm, tuple[str, ...]]]]:
        if self._index is None or self._indexed_terms is not self.terms:
            index: dict[str, list[tuple[GlossaryTerm, tuple[str, ...]]]] = {}
            for term in self.terms:
                for phrase in dict.fromkeys((*term.everyday, *(_phrase(n) for n in term.names))):
                    if phrase:
                        index.setdefault(phrase[0], []).append((term, phrase))
            self._index, self._indexed_terms = index, self.terms
            self._order = {term.course: i for i, term in enumerate(self.terms)}
            self._matched = {}
            self._expanded = {}
        return self._index

    def expand(self, question: str) -> str:
        """``question`` followed by the course terms its everyday phrases stand for, with the
        names of things it asks something of read as their kind (``read_names``).

        The last few questions' expansions are kept (forgotten when the terms change, as
        ``matches``'s are): one question is expanded by each search of it, its prefetch and its
        told heading, three or four times, each time reading every name, family and symptom."""
        self._by_first_word()  # forgets the kept expansions when terms change
        kept = self._expanded.get(question)
        if kept is None:
            kept = self._expand(question)
            if len(self._expanded) >= 64:
                self._expanded.pop(next(iter(self._expanded)))
            self._expanded[question] = kept
        return kept

    def _expand(self, question: str) -> str:
        text, kinds = self.read_names(question)
        text = self.spelled_out(text)
        text = self.families_named(text)
        extra = [course for course in self.expansions(text) if course not in kinds]
        # A symptom told by its shape rather than its words ("perfect on their parts, rubbish on
        # ours" is overfitting): its course term is added as a glossary phrase's is (stop 39).
        extra += [course for course in symptoms.told_terms(text) if course not in extra and course not in kinds]
        return f"{text} ({', '.join(extra)})" if extra else text

    def families_named(self, question: str) -> str:
        """``question`` with each family it names by a description read as the course term, in
        place: "the no-labels kind of learning" is "unsupervised learning", "the two-network
        faker-and-judge models" "the two-network generative adversarial network".

        Why: a learner who does not know a family's name describes it, and says it is a
        description either by "the X kind (type, sort...) of <learning, ML, model...>" or by
        writing it as one hyphenated word before the noun. The glossary knows the description,
        but appended after the question the term could not undo its words: "labels" drew the
        section on why supervised learning needs labels, "two networks" the one on why GAN
        training is unstable. Read in place, the question is about what it asks of the family.
        A description used as itself ("is trial and error a kind of learning") is left alone:
        only a phrase followed by the family noun is read so."""
        found = {course for course, _ in self.matches(question)}
        if not found:
            return question
        text = question.replace("\u2019", "'")
        tokens = list(_WORD.finditer(text))
        words = [t.group(0).lower() for t in tokens]
        matched = [_word(w) for w in words]
        # Every occurrence of each matched term's phrases ("untagged CRM data" may come first).
        spans = {
            (term.course, start + first, start + last)
            for term in self.terms if term.course in found
            for phrase in term.everyday if phrase  # a name ("the chatgpt style of model") is no description
            for start in range(len(matched)) if matched[start] == phrase[0]
            for first, last in [_span(phrase, matched[start:]) or (-1, -1)] if first == 0
        }
        cuts: list[tuple[int, int, str]] = []
        for course, first, last in sorted(spans, key=lambda s: (s[1], -s[2])):
            if any(start <= tokens[first].start() < stop for start, stop, _ in cuts):
                continue
            end = _family_end(words, text, tokens, first, last)
            if end is not None:
                while first > 0 and text[tokens[first - 1].end() : tokens[first].start()] == "-":
                    first -= 1  # "learnin-without-answers": the whole hyphenated word
                cuts.append((tokens[first].start(), tokens[end].end(), course))
        if not cuts:
            return question
        for start, stop, course in sorted(cuts, reverse=True):
            text = f"{text[:start]}{course}{text[stop:]}"
        return text

    def spelled_out(self, question: str) -> str:
        """``question`` with each short form the glossary gives for a course term ("ml", "rl",
        "gen ai", "svm") read as the term, in place: "how is ml used in finance" is searched as
        "how is machine learning used in finance".

        Why: MiniLM reads a short form as a few letters, which the learner asks that use it
        ("is ml hard to learn", "what is ml") match above all else, so any question that named
        the field by its short form went to the field's definition or benefits ("how is ml used
        in finance" and "how is ml used in retail" drew what machine learning is, the same
        questions spelled out drew finance and retail). Appended after the question, the term
        could not undo that; read in place, the question is about what it asks of the field.
        Not when it names two fields, either way ("gen ai vs ml, which is inside the other",
        "what is gen ai good at compared to machine learning"): the fields are then its subject,
        which the asks and the side searches written with the same words match best."""
        pattern = self._short_forms()
        if pattern is None:
            return question
        forms, terms, spelled_out = pattern

        def term(match: re.Match[str]) -> str:
            return terms[re.sub(r"[\s-]+", "", match.group(0).lower()).rstrip("s")]

        named = {term(m) for m in forms.finditer(question)}
        spelled = {t for t, spelled_term in spelled_out if spelled_term.search(question)}
        if len(named) != 1 or len(named | spelled) != 1:
            return question
        return forms.sub(term, question)

    def _short_forms(self) -> tuple[re.Pattern[str], dict[str, str], list[tuple[str, re.Pattern[str]]]] | None:
        """The short forms of the glossary's terms as one pattern, each form's term, and each
        term spelled out as a pattern of its own, compiled once per glossary (made per question,
        these pushed the package's own patterns out of ``re``'s cache)."""
        if self._short is None or self._short[0] is not self.terms:
            forms: dict[str, str] = {}
            for term in self.terms:
                for phrase in term.everyday:
                    if _abbreviates(phrase, term.course):
                        forms.setdefault("".join(phrase).rstrip("s"), term.course)
            pattern = None
            if forms:
                alternatives = "|".join(
                    r"[\s-]?".join(map(re.escape, _split_short(form))) for form in sorted(forms, key=len, reverse=True)
                )
                pattern = re.compile(rf"\b(?:{alternatives})s?\b", re.IGNORECASE)
            spelled_out = [(t, re.compile(rf"\b{re.escape(t)}\b", re.IGNORECASE)) for t in set(forms.values())]
            self._short = (self.terms, (pattern, forms, spelled_out) if pattern is not None else None)
        return self._short[1]

    def read_names(self, question: str) -> tuple[str, frozenset[str]]:
        """``question`` as searched when it asks something of its own about a thing a glossary
        term names ("does chatgpt store every book it read"), and the terms not to add to it.

        Why: a name says which kind of thing a question is about, not what it asks of it. The
        glossary's term for chatbot names is "large language model", the heading term of the one
        section that defines it, so "does chatgpt store every book it read", "how does an llm
        learn" and "are there any laws about what chatgpt is allowed to do" all drew that
        section, whatever they asked: without the term, the rest of the question picks the
        section. A name the lessons write themselves ("LLM") still draws, by its letters alone,
        the section that writes it (MiniLM reads "llm" as letters; BM25 as the spelled-out
        term), so it is read as the term's kind ("how does a language model learn"); a name the
        course never writes ("chatgpt") stays as typed, for MiniLM knows what it is ("can chatgpt
        look at my photo" is about GPT-4). A question that asks nothing else of the name ("what
        is chatgpt", "tell me about llms") is about the term and expands to it."""
        if _COMPARING.search(question):
            # "gans vs vaes vs llms", "the tiny model compared to chatgpt sized ones": the name is a
            # side of a comparison, which the term names (the overview section naming every side).
            return question, frozenset()
        found = [(term, match) for term in self.terms if term.names for match in _name_pattern(term).finditer(question)]
        if not found:
            return question, frozenset()
        rest = question
        for _, match in found:
            rest = rest.replace(match.group(0), " ")
        if not [w for w in tokenize(rest) if w not in QUESTION_STOPWORDS]:
            return question, frozenset()
        text, kinds = question, {term.course for term, _ in found}
        for term, match in sorted(found, key=lambda f: -f[1].start()):
            if not _name_pattern(term, term.written).fullmatch(match.group(0)):
                continue
            article = match.group("article") or ""
            if article.strip().lower() == "an":
                article = "a "
            reading = f"{article}{term.kind}{match.group('plural') or ''}{match.group('possessive') or ''}"
            text = text[: match.start()] + reading + text[match.end() :]
        return text, frozenset(kinds)



_NAME_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}
_COMPARING = rx.compile(r"\b(?:vs|versus|compared?\s+(?:to|with)|differ(?:s|ent)?\s+from|difference\s+between)\b", re.IGNORECASE)


def _name_pattern(term: GlossaryTerm, names: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """A name of ``term`` (or one of ``names``) as a learner types it: any case, a plural "s", a
    possessive, and the article before it ("an llm" is read "a language model")."""
    names = term.names if names is None else names
    pattern = _NAME_PATTERNS.get(names)
    if pattern is None:
        alternatives = "|".join(r"\W+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True)) or "(?!)"
        pattern = re.compile(
            rf"(?<![\w-])(?P<article>(?:an?|the)\s+)?(?:{alternatives})(?P<plural>s)?(?P<possessive>['\u2019]s)?(?![\w-])",
            re.IGNORECASE,
        )
        _NAME_PATTERNS[names] = pattern
    return pattern


def _occurs(phrase: tuple[str, ...], words: list[str], gap: int = 2) -> bool:
    return _span(phrase, words, gap) is not None


# A family described rather than named: "the X kind of learning", "X-Y-Z models" (see
# ``LearnerLanguage.families_named``).
_KIND_WORDS = frozenset("kind kinds type types sort sorts form forms flavour flavor variety branch family style".split())
_FAMILY_NOUNS = frozenset(
    """learning ml ai model models network networks algorithm algorithms technique techniques method
    methods approach approaches system systems genai""".split()
)
_TWO_WORD_FAMILIES = frozenset({("machine", "learning"), ("gen", "ai"), ("generative", "ai"), ("neural", "network"), ("neural", "networks")})


def _family_noun_end(words: list[str], at: int) -> int | None:
    """The last token of a family noun ("learning", "machine learning", "models") starting at
    ``at``, or None."""
    if at + 1 < len(words) and (words[at], words[at + 1]) in _TWO_WORD_FAMILIES:
        return at + 1
    if at < len(words) and words[at] in _FAMILY_NOUNS:
        return at
    return None


def _family_end(words: list[str], text: str, tokens: list, first: int, last: int) -> int | None:
    """The last token of a family description whose glossary phrase spans ``first``..``last``:
    the phrase then "kind/type/sort of" and a family noun, or the phrase written as one
    hyphenated word then a family noun (one word may come between: "faker-and-judge image
    models"). None when the phrase does not describe a family so."""
    after = last + 1
    if after + 1 < len(words) and words[after] in _KIND_WORDS and words[after + 1] == "of":
        return _family_noun_end(words, after + 2)
    hyphenated = last > first and all(
        text[tokens[i].end() : tokens[i + 1].start()] == "-" for i in range(first, last)
    )
    if not hyphenated:
        return None
    end = _family_noun_end(words, after)
    if end is None and after + 1 < len(words) and words[after].isalpha():
        end = _family_noun_end(words, after + 1)
    return end


def _span(phrase: tuple[str, ...], words: list[str], gap: int = 2) -> tuple[int, int] | None:
    """Token positions (first, last) where ``phrase`` occurs in ``words`` in order, with at
    most ``gap`` other words between neighbours; None when it does not occur."""
    if not phrase:
        return None
    for start, word in enumerate(words):
        if word != phrase[0]:
            continue
        position, ok = start, True
        for part in phrase[1:]:
            window = words[position + 1 : position + 2 + gap]
            if part not in window:
                ok = False
                break
            position = position + 1 + window.index(part)
        if ok:
            return start, position
    return None


# Irregular past forms of verbs that learners' phrases use, as their base form: "made up stuff"
# is "make stuff up", "what came together" is "come together". Only forms that are not also
# everyday nouns or adjectives ("left", "saw", "fed", "lost" stay as written).
_IRREGULAR = {
    "made": "make", "did": "do", "done": "do", "went": "go", "gone": "go", "took": "take",
    "taken": "take", "gave": "give", "given": "give", "got": "get", "gotten": "get",
    "thought": "think", "brought": "bring", "found": "find", "told": "tell", "said": "say",
    "seen": "see", "knew": "know", "known": "know", "wrote": "write", "written": "write",
    "ran": "run", "came": "come", "kept": "keep", "built": "build", "taught": "teach",
    "learnt": "learn", "broke": "break", "broken": "break", "chose": "choose", "chosen": "choose",
    "drew": "draw", "drawn": "draw", "began": "begin", "begun": "begin", "held": "hold",
    "meant": "mean", "paid": "pay", "sold": "sell", "sent": "send", "spent": "spend",
    "understood": "understand", "caught": "catch", "bought": "buy", "grew": "grow",
    "grown": "grow", "threw": "throw", "thrown": "throw", "spoke": "speak", "spoken": "speak",
    "forgot": "forget", "forgotten": "forget", "hid": "hide", "hidden": "hide",
}


def _word(word: str) -> str:
    """A word as glossary phrases are matched: lower case, without a plural "s" or a possessive, and
    without a verb ending ("-ing", "-ed"; a doubled consonant or a final
    "e" undone; an irregular past form is its base form, ``_IRREGULAR``), so "sorts customers
    into groups" meets "sorting into groups", "spotted" meets "spot" and "made up" meets
    "make up". Not a full stemmer: "recommender" must not match every "recommend"."""
    word = _IRREGULAR.get(word, word)
    if word.endswith(("'s", "’s")):  # "someone's" is "someone" here
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsaeiou":
        word = word[:-1]
    if len(word) > 3 and word.endswith("e") and not word.endswith("ee"):
        word = word[:-1]
    return _SAME_KIND.get(word, word)


# Nouns a learner uses interchangeably for one kind of thing, read as one word by the glossary: a
# phrase written with one ("squeeze and rebuild network", "same picture every time") is met by a
# learner who says another ("squeeze and rebuild model", "same photo every time"). Forms after
# ``_word``'s cuts ("images" -> "imag"); "pic" stays apart, the glossary's word for "images".
#
# Verbs of making something smaller are one word too: a learner's "squeezes the picture down and
# rebuilds it" is the glossary's "shrink and rebuild", whichever of the near-synonyms each happened
# to write. ("squash" stays apart: "squashing data" would then be "compress the data", read as
# dimensionality reduction where a learner set PCA beside a VAE's latent space, and the VAE side
# lost its part on the decoder; its phrases are written out.) "net" is a network, as learners
# shorten it ("two nets fighting").
_SAME_KIND = {
    "network": "model", "net": "model", "imag": "pictur", "photo": "pictur",
    "squeez": "compress", "squish": "compress", "shrink": "compress",
}


def _abbreviates(phrase: tuple[str, ...], course: str) -> bool:
    """Is the glossary ``phrase`` a short form of the term ``course`` of several words: its
    initials ("ml" for machine learning, "svm", "nlp") or its words cut short ("gen ai", "genai"
    for generative AI)? Everyday words for a term ("fibs", "pics"), misspellings ("machin
    lerning") and one word cut short ("algo") are not."""
    words = [w for w in re.split(r"[\s-]+", course.lower()) if w]
    joined = "".join(phrase)
    if len(words) < 2 or not 2 <= len(joined) <= SHORT_FORM_LETTERS:
        return False
    if len(words) > 1 and joined.rstrip("s") == "".join(w[0] for w in words):
        return True
    return _cut_short(joined, words)


def _cut_short(text: str, words: list[str]) -> bool:
    """Is ``text`` the ``words`` each cut to a prefix (at least its first letter), run together?"""
    if not words:
        return not text
    first, rest = words[0], words[1:]
    return any(
        first.startswith(text[:i]) and _cut_short(text[i:], rest)
        for i in range(1, min(len(first), len(text)) + 1)
    )


def _split_short(form: str) -> list[str]:
    """A short form's letters as typed with or without a space or hyphen: "genai" -> ["gen", "ai"]
    is matched as "gen ai", "gen-ai" and "genai" alike (see ``_short_forms``)."""
    return [form] if len(form) <= 3 else [form[:-2], form[-2:]] if form.endswith("ai") else [form]


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(_word(w) for w in tokenize(text) if w not in _PHRASE_STOPWORDS)


# "happy or angry": two alternatives named in either order ("angry or happy") are the same phrase.
_ALTERNATIVES = rx.compile(r"^(\w+(?:[ -]\w+)?) or (\w+(?:[ -]\w+)?)$")


def _either_order(everyday: list[str]) -> list[str]:
    """The glossary's phrases, each "A or B" followed by "B or A"."""
    phrases = []
    for phrase in everyday:
        phrases.append(phrase)
        pair = _ALTERNATIVES.match(phrase.strip().lower())
        if pair:
            phrases.append(f"{pair.group(2)} or {pair.group(1)}")
    return phrases


SHIPPED_RELATIVE = Path("index") / "learner.json"  # parsed asks and glossary, shipped with the vectors


def _source_files(knowledge: Path) -> list[Path]:
    asks_dir = knowledge / "asks"
    files = sorted(asks_dir.glob("*.toml")) if asks_dir.is_dir() else []
    glossary = knowledge / "glossary.toml"
    return files + ([glossary] if glossary.is_file() else [])


def _digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _parse(files: list[Path]) -> dict:
    """The raw data of the TOML files: asks as [lesson, slug, text], terms as [course, phrases]."""
    raw: dict = {"asks": [], "terms": [], "problems": []}
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raw["problems"].append(f"{path.name}: {error}")
            continue
        if path.name == "glossary.toml":
            for entry in data.get("term", []):
                everyday = [e for e in entry.get("everyday", []) if isinstance(e, str)]
                names = [n.strip().lower() for n in entry.get("names", []) if isinstance(n, str) and n.strip()]
                raw["terms"].append([str(entry.get("course", "")).strip(), everyday, names, str(entry.get("kind", "")).strip()])
            continue
        lesson = str(data.get("lesson") or path.stem)
        for entry in data.get("section", []):
            for text in entry.get("asks", []):
                if isinstance(text, str) and text.strip():
                    raw["asks"].append([lesson, str(entry.get("id", "")), text.strip()])
    return raw


def write_shipped(knowledge: Path | None = None) -> Path:
    """Write ``index/learner.json``: the parsed asks and glossary with the hash of their files.
    Why: Python's TOML parser takes ~50 ms (150 ms on a busy machine) for these 22 files, a
    fifth of a cold ``tutor ask``; JSON loads in about a millisecond."""
    knowledge = Path(knowledge) if knowledge is not None else _knowledge_dir()
    files = _source_files(knowledge)
    path = knowledge / SHIPPED_RELATIVE
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"digest": _digest(files), **_parse(files)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)
    return path


def _knowledge_dir() -> Path:
    from tutor.core import paths

    return paths.knowledge_dir()


def _raw(knowledge: Path) -> dict:
    """The shipped JSON when it matches the TOML files (by hash), else the files parsed."""
    files = _source_files(knowledge)
    digest = _digest(files)
    try:
        data = json.loads((knowledge / SHIPPED_RELATIVE).read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("digest") == digest:
            return data
    except (OSError, ValueError):
        pass  # missing or damaged: parse the TOML files instead
    return _parse(files)


def load_learner_language(course: Course, knowledge: Path | None = None) -> LearnerLanguage:
    """Read ``asks/*.toml`` and ``glossary.toml`` under ``knowledge`` (default: the package's)."""
    raw = _raw(Path(knowledge) if knowledge is not None else _knowledge_dir())
    language = LearnerLanguage(problems=list(raw.get("problems", [])))
    for lesson, slug, text in raw.get("asks", []):
        section_id = f"{lesson}#{slug}"
        if course.has_section(section_id):
            language.asks.append(Ask(section_id, text))
        elif f"no section {section_id}" not in language.problems:
            language.problems.append(f"no section {section_id}")
    lessons = None
    for course_term, everyday, *named in raw.get("terms", []):
        phrases = tuple(dict.fromkeys(p for p in (_phrase(e) for e in _either_order(everyday)) if p))
        names, kind = (tuple(named[0]), named[1]) if len(named) == 2 else ((), "")
        if course_term and (phrases or names):
            stems = frozenset(stem(w) for w in tokenize(course_term) if w not in QUESTION_STOPWORDS)
            written: tuple[str, ...] = ()
            if names and kind:
                if lessons is None:
                    lessons = "\n".join(section.text for section in course.sections)
                written = tuple(n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}s?(?![\w-])", lessons, re.IGNORECASE))
            language.terms.append(GlossaryTerm(course_term, phrases, stems, names if kind else (), kind, written))
    return language


def _asking_part(text: str) -> str:
    """The sentences of an ask that ask (end in "?"), when it also tells a story; else all of it."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    asking = [s for s in sentences if s.rstrip().endswith("?")]
    return " ".join(asking) if asking and len(asking) < len(sentences) else text
