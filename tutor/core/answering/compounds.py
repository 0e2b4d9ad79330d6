"""Compound terms made of everyday words ("validation set", "reward hacking", "one-hot vectors").

Why a module of its own: each word of such a term is plain English, so the word check cannot
see it, and retrieval answers it from a section sharing a word. The topic a definition frame
names ("what is X", "how does X work", "explain X", and narrower frames) is read off the
question, and a pair of words the course never writes together is the untaught term.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering.described import AGENT_NOUN
from tutor.core.answering.everyday import in_dictionary, is_everyday
from tutor.core.answering.marked_names import SO_CALLED
from tutor.core.answering.phrases import CoursePhrases
from tutor.core.answering.shapes import OPENERS
from tutor.core.answering.term_names import (
    _DESCRIBING,
    COMPOUND_WELL_COVERED,
    DESCRIBED_HEADS,
    JUDGING_ENDING,
    JUDGING_WORDS,
    LOOKS,
    MAX_TERM_WORDS,
    OBJECT_OPENERS,
    OF_SOMETHING,
    PHRASE_END,
    POSSESSIVE,
    SUBJECT_HEADS,
    WELL_COVERED,
    foreign_name,
    names_by_product,
)
from tutor.core.answering.verbs import reads_as_verb
from tutor.core.answering.vocabulary import CourseVocabulary
from tutor.core.words import tokenize

# ---------------------------------------------------------------------------------------------
# Compound terms made of everyday words ("validation set", "reward hacking", "low-rank adaptation")
# ---------------------------------------------------------------------------------------------

# A definition question names its topic right after the frame: "what is a validation set for",
# "how does GAN inversion work", "explain double descent", "what does model collapse mean"; so do
# a few practical frames (below).
_OPENER = rf"^\W*{OPENERS}"  # chat openers ("so", "ok and", "hey, quick question:"): ``shapes.OPENERS``
_DEFINITION_FRAMES = (
    rx.compile(_OPENER + r"(?:what\s+(?:is|are)|what'?s|whats|define)\s+(?:an?\s+|the\s+)?(?P<rest>.+)$", re.I),
    rx.compile(_OPENER + r"how\s+(?:does|do)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+work\b", re.I),
    rx.compile(
        _OPENER + r"(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:explain|describe)\s+(?:an?\s+|the\s+)?"
        r"(?P<rest>[^,;?.!]+?)\W*$",
        re.I,
    ),
    rx.compile(_OPENER + r"what\s+does\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+mean\b", re.I),
    # The thing a practical question is about: "how do i read a learning curve", "why does a
    # language model need an attention mask", "what goes in a model card", "how is causal inference
    # different from prediction", "is X better than Y", "when should i use X".
    rx.compile(
        _OPENER + r"how\s+(?:do|can|should|would)\s+(?:i|you|we|people|companies|one)\s+(?:read|use|compute|calculate|"
        r"pick|choose|interpret|deal\s+with|handle|avoid|fix|detect|prevent|do|apply|tune|measure|reduce)\s+"
        r"(?:an?\s+|the\s+)?(?P<rest>.+)$",
        re.I,
    ),
    rx.compile(
        _OPENER + r"(?:why|when)\s+(?:does|do|would|should)\s+(?:an?\s+|the\s+)?[\w\s-]{1,40}?\s+(?:need|use|have|require)\s+"
        r"(?:an?\s+|the\s+)?(?P<rest>.+)$",
        re.I,
    ),
    rx.compile(_OPENER + r"what\s+goes\s+(?:in|into)\s+(?:an?\s+|the\s+)?(?P<rest>.+)$", re.I),
    rx.compile(
        _OPENER + r"how\s+is\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:different|related|similar|used|done|computed|"
        r"calculated)\b",
        re.I,
    ),
    rx.compile(
        _OPENER + r"(?:is|are)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:better|worse|the\s+same|different|related|useful|"
        r"needed)\b",
        re.I,
    ),
    rx.compile(_OPENER + r"when\s+should\s+(?:i|you|we)\s+use\s+(?:an?\s+|the\s+)?(?P<rest>.+)$", re.I),
    # "how is preference data collected", "why are sparse rewards hard", "why does data lineage
    # matter", "how reliable is a confidence score". ("what does the temperature knob do" names a
    # course idea by a metaphor: that frame is left out.)
    rx.compile(
        _OPENER + r"how\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:\w+ed|made|done|built|chosen|drawn|taken|"
        r"kept|given|shown|run)\b",
        re.I,
    ),
    rx.compile(
        _OPENER + r"why\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:so\s+)?(?:hard|difficult|important|useful|"
        r"needed|bad|good|tricky|slow|popular|used)\b",
        re.I,
    ),
    rx.compile(_OPENER + r"why\s+(?:does|do)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+matter\b", re.I),
    # What something suffers from ("why do neural networks suffer from catastrophic forgetting").
    # (The object of any verb in "how do you <verb> X" was tried: it declined "how do you stop a
    # model memorising its homework answers", an everyday object, so only the listed verbs above.)
    rx.compile(
        _OPENER + r"why\s+(?:do|does|would|are|is)\s+(?:an?\s+|the\s+)?[\w\s-]{1,40}?\s+(?:suffer\s+from|struggle\s+with)\s+"
        r"(?:an?\s+|the\s+)?(?P<rest>.+)$",
        re.I,
    ),
    rx.compile(
        _OPENER + r"how\s+(?:reliable|accurate|good|useful|important|hard|expensive|big)\s+(?:is|are)\s+"
        r"(?:an?\s+|the\s+)?(?P<rest>.+)$",
        re.I,
    ),
    # The thing whose course of events, worth as a worry or fame is asked: "what happens during
    # gradient starvation", "is shortcut learning a real problem", "are label errors a big risk",
    # "why does everyone talk about prompt drift", "what do people mean by model soup", "loss
    # spikes explained", "how does a value network help the search". (Not "what happens when ...":
    # a clause follows, not a name.)
    rx.compile(_OPENER + r"what\s+happens\s+(?:in|during|with)\s+(?:an?\s+|the\s+)?(?P<rest>.+)$", re.I),
    rx.compile(
        _OPENER + r"(?:is|are)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:an?\s+)?(?:(?:real|big|huge|serious|major|"
        r"common|actual)\s+)?(?:problem|problems|risk|risks|issue|issues|concern|concerns|worry|danger|thing)\b",
        re.I,
    ),
    rx.compile(
        _OPENER + r"why\s+(?:do|does)\s+(?:people|everyone|everybody|folks|experts|researchers|so\s+many\s+people)\s+"
        r"(?:keep\s+)?(?:talk(?:ing)?|care|worry|go\s+on)\s+about\s+(?:an?\s+|the\s+)?(?P<rest>.+)$",
        re.I,
    ),
    rx.compile(_OPENER + r"what\s+do\s+(?:people|they|experts|researchers)\s+mean\s+by\s+(?:an?\s+|the\s+)?(?P<rest>.+)$", re.I),
    rx.compile(_OPENER + r"(?:an?\s+|the\s+)?(?P<rest>[^,;?.!]+?)\s+explained\b", re.I),
    rx.compile(
        _OPENER + r"how\s+(?:does|do|can)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:help|helps|affect|improve|hurt)\b",
        re.I,
    ),
    # Where a learner names a thing the course may never mention: a past system, event or idea
    # ("what was X", "how did X beat ...", "what happened at X", "when is X supposed to happen"),
    # what kind of thing it is ("is X a type of machine learning"), what the course says of it,
    # what goes into it ("what's supposed to be in a X"), which kind of a thing to pick ("which X
    # method"), and what a thing decides or whether it would do a job ("how does X decide",
    # "would X find the themes").
    rx.compile(_OPENER + r"what\s+(?:was|were)\s+(?:an?\s+|the\s+)?(?P<rest>.+)$", re.I),
    rx.compile(
        _OPENER + r"how\s+did\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:beat|win|work|learn|manage|become|fool|pass|"
        r"start|happen)\b",
        re.I,
    ),
    rx.compile(_OPENER + r"what\s+happen(?:ed|s)\s+(?:in|at|during|with)\s+(?:an?\s+|the\s+)?(?P<rest>.+)$", re.I),
    rx.compile(
        _OPENER + r"when\s+(?:is|will|was|did|does|do|are)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:(?:supposed|going|"
        r"expected|likely|meant)\s+to\s+)?(?:happen|arrive|come|start|begin|end|hit)\b",
        re.I,
    ),
    rx.compile(
        _OPENER + r"(?:is|are)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:an?\s+)?(?:type|types|kind|kinds|form|forms|"
        r"branch|subset|sort)\s+of\b",
        re.I,
    ),
    rx.compile(
        _OPENER + r"what\s+(?:does|do|did)\s+(?:the\s+|this\s+|your\s+)?(?:course|tutor|lessons?)\s+(?:say|teach|"
        r"cover|tell\s+\w+)\s+(?:about|on)\s+(?:an?\s+|the\s+)?(?P<rest>.+)$",
        re.I,
    ),
    rx.compile(
        _OPENER + r"(?:does|do|did|can)\s+(?:the\s+|this\s+|your\s+)?(?:course|tutor|lessons?)\s+(?:cover|teach|mention|"
        r"explain|include|talk\s+about|say\s+anything\s+about|go\s+into)\s+(?:an?\s+|the\s+)?(?P<rest>.+)$",
        re.I,
    ),
    rx.compile(
        _OPENER + r"what(?:'s|s|\s+is|\s+should\s+be|\s+goes)?\s+(?:supposed\s+to\s+be\s+|meant\s+to\s+be\s+)?"
        r"(?:in|inside)\s+(?:an?\s+|the\s+)(?P<rest>.+)$",
        re.I,
    ),
    rx.compile(
        _OPENER + r"which\s+(?P<rest>(?:[\w-]+\s+){1,2}(?:method|methods|model|models|algorithm|algorithms|technique|"
        r"techniques|approach|approaches|tool|tools)\b)",
        re.I,
    ),
    rx.compile(
        _OPENER + r"(?:would|could|can|will)\s+(?:an?\s+|the\s+)?(?P<rest>.+?)\s+(?:find|handle|spot|detect|solve)\b",
        re.I,
    ),
)
# Frames that ask what a thing is or was ("what is X", "explain X", "what does X mean", and the
# narrower ones from "what was X" on): there one word may be the thing's name. ("is revolut better
# than monzo" compares things of everyday life: no name of the subject.)
_NAMING_FRAMES = frozenset(
    [0, 2, 3] + [i for i, f in enumerate(_DEFINITION_FRAMES) if i >= next(
        j for j, g in enumerate(_DEFINITION_FRAMES) if "(?:was|were)" in g.pattern)
        and "which" not in f.pattern and "would|could" not in f.pattern]  # "can grammarly spot ...": a product
)
_NARROWER = next(i for i, f in enumerate(_DEFINITION_FRAMES) if "(?:was|were)" in f.pattern)
# Where a later clause may ask after a preamble: a sentence end, a colon or semicolon or a dash
# ("quiz question for next week: how did X ...", "we have 40k comments - would X find ...").
CLAUSE_START = rx.compile(r"(?:[.!?:;]+|\s-+)\s+")


_STANDS_FOR = rx.compile(r"\s+(?:stands?|short)\s+for\b.*$", re.I)


def _describes_an_action(word: str, following: str, vocabulary: CourseVocabulary) -> bool:
    """Does a compound opening with ``word`` describe something done rather than name a term?
    An -ing form of a plain English verb that the course never writes, followed by the opening
    of its object ("how does faking extra training pictures work", "how does squishing lots of
    columns into two work"), is an action described in everyday words: the learner's own words
    for a course idea (data augmentation, dimensionality reduction), not the name of an untaught
    technique. Followed by a noun, the -ing word names one ("voting classifier", "freezing
    layers"); the course's own -ing words ("sampling bias") and listed jargon ("max pooling")
    are judged as before."""
    return (
        word.endswith("ing") and len(word) > 5 and word.isalpha() and following in OBJECT_OPENERS
        and word not in vocabulary.words and (is_everyday(word) or in_dictionary(word))
    )


# "i read about federated averaging, what is it?", "my boss mentioned model cards, what does that
# mean": the thing asked about is named before, and the definition frame holds only a pronoun.
# The learner may say who they are or where first ("as a nurse i keep hearing about ...", "in class
# today we talked about ..."), and where the thing is met after it ("... attacks on chatbots. what
# are they", "... sinks in llms, what are those"): neither is part of its name.
_NAMED_BEFORE = rx.compile(
    r"^\W*(?:(?:so|ok|okay|hey|hi|um)\W+)?(?:[\w'-]+\s+){0,4}?(?:i|we|my\s+\w+|our\s+\w+)\s+(?:\w+\s+){0,3}?(?:about|of|on|called|named|mentioned|mentions|recommended|suggested|wants|want|needs|asked\s+for)\s+"
    r"(?:an?\s+|the\s+|this\s+|some\s+)?(?P<name>[\w'-]+(?:\s+[\w'-]+){0,2}?)"
    r"(?:\s+(?:on|in|for|with|from|at|among|by|of)(?:\s+[\w'-]+){1,3})?\s*[,;:.!?-]+\s*(?:so\s+|but\s+|and\s+)?"
    r"(?P<frame>.*?)\b(?:it|that|this|they|those|them)\b(?P<after>[^\w]*(?:work|mean|exactly|really|actually)?\W*)$",
    re.I,
)


def _named_before(text: str) -> str:
    """``text`` with a trailing pronoun of its definition frame replaced by the thing named before
    it ("i read about federated averaging, what is it" -> "what is federated averaging")."""
    match = _NAMED_BEFORE.match(text)
    if match is None or not match.group("frame").strip():
        return text
    return f"{match.group('frame')}{match.group('name')}{match.group('after')}"


# What a generator makes, said before the model's name ("picture gan"), and the course's generators.
_MEDIA = frozenset("picture pictures image images photo photos text music art face faces video voice".split())
_MADE_BY_MODELS = frozenset("gan gans vae vaes generator generators chatbot chatbots".split())

# Particles of a phrasal verb ("churning out", "spitting up", "cutting off").
_VERB_PARTICLES = frozenset("out up off down away".split())


def uncovered_compound(
    question: str,
    phrases: CoursePhrases,
    best_dense: float | None,
    vocabulary: CourseVocabulary | None = None,
    following: bool = False,
) -> str | None:
    """The topic of a definition question when it is a compound of everyday words the course
    never writes together ("what is a validation set for" -> "validation set"), else None.

    Why: the word-by-word check (``scope``) cannot see such terms (each word is plain English) and
    retrieval answers them from a section that shares a word ("set", "model"). Only the topic
    named right after "what is"/"explain"/"how does ... work" counts, only when its first two
    words never occur in a row in the course or its learners' phrasings, and only when no
    section matches the question clearly in meaning (``best_dense`` below COMPOUND_WELL_COVERED;
    on keywords alone nothing is declined this way). When both words are course words
    (``vocabulary``), the pair may be a learner's name for a course idea ("the exploration rate"
    of Q-learning): then a looser match (WELL_COVERED) keeps the question in scope. In a
    conversation (``following``), a compound headed by a plain noun of ``DESCRIBED_HEADS`` is the
    learner's description of a part of what is being discussed ("whats the dice roll trick for it"
    after exploration, "whats a low value for it" after temperature), not an untaught term."""
    if best_dense is None or best_dense >= COMPOUND_WELL_COVERED:
        return None
    # "what is the so-called confusion matrix": the marker says a name follows; it is no part of it.
    text = SO_CALLED.sub("", _named_before(question.strip()).rstrip("?!. "))
    match = _framed(text)
    if match is None:
        return None
    run: list[str] = []
    # "whats rag stand for": the question's own verb ends the name ("rag", not a "rag stand").
    rest = _STANDS_FOR.sub("", match.group("rest"))
    ended_by = ""
    words = re.findall(r"[A-Za-z0-9][\w'-]*", POSSESSIVE.sub("", rest))
    for i, word in enumerate(words):
        if word.lower() in PHRASE_END:
            ended_by = word.lower()
            break
        if run and word.lower().endswith("ing") and i + 1 < len(words) and words[i + 1].lower() in _VERB_PARTICLES:
            # (stop 39) "is a picture gan churning out the same face ...": a participle before
            # its particle is the learner's verb, no part of the name ("picture gan").
            ended_by = word.lower()
            break
        run.append(word)
        if len(run) == MAX_TERM_WORDS:
            break
    if (
        len(run) == 1 and not following and vocabulary is not None and foreign_name(run[0], vocabulary)
        and ended_by not in OF_SOMETHING and _DEFINITION_FRAMES.index(match.re) in _NAMING_FRAMES
    ):
        # "what was ELIZA", "when is the singularity supposed to happen": one word the course and its
        # learners never use, named where a question names its topic, is the thing asked about
        # (a plain English word included: the frame, not the word, says it is a name). Retrieval
        # vetoes it as it vetoes a learner's words for a course idea.
        return None if best_dense >= WELL_COVERED else run[0]
    if match.string != text and ended_by == "of":
        return None  # "... a real match. what are the AI versions of those two problems": a description
    # "the 4 boxes in a confusion matrix": a number opens a description, as "four" does.
    if len(run) < 2 or run[0].lower() in _DESCRIBING or run[0].isdigit():
        return None
    if run[0].lower() in _SIZING:
        # "why do picture-making AIs need monster hardware": a word of size says how much of a
        # thing, no kind of it; what remains must still be two words the course never writes.
        run = run[1:]
        if len(run) < 2:
            return None
    if {w.lower() for w in run} & _WEIGHING:
        return None  # "what are the known weak spots of these systems": an aspect asked of a thing
    if run[1].lower() in _DESCRIBING:
        if not _named_idea(match, run):
            return None
        run = run[:2]  # the head ends the name: "the alignment problem everyone keeps writing about"
    if run[0].lower() in LOOKS:
        return None  # "why do ai images have weird text", "garbled letters": the learner's description
    if run[0].lower() in _BEFALLING:
        # "how do i avoid getting taken in by one", "avoid being fooled": what would happen to the
        # learner (stop 37), a passive, not a name; declined as "getting taken" after deepfakes.
        return None
    if phrases.has(run[:2]) or names_by_product(run[0]):
        return None
    if len(run) == 2 and run[0].lower() in _MEDIA and run[1].lower() in _MADE_BY_MODELS:
        # (stop 39) "is a picture gan churning out the same face ...", "a text vae": a model the
        # course teaches, told by what it makes; no untaught kind of it.
        return None
    if following and (run[-1].lower() in DESCRIBED_HEADS or ended_by in DESCRIBED_HEADS):
        return None
    if vocabulary is not None and _describes_an_action(run[0].lower(), run[1].lower(), vocabulary):
        return None
    if (
        best_dense >= WELL_COVERED and vocabulary is not None and all(vocabulary.knows(w.lower()) for w in run[:2])
        and (following or not _reads_as_a_name(run, phrases))
    ):
        return None
    return " ".join(run)


# Words that weigh a thing up rather than name one: "the known weak spots", "its strong points",
# "the blind spots", "the pain points" (a housekeeping manager's "known weak spots" of a
# room-cleaning predictor was declined as an untaught term).
_WEIGHING = frozenset("weak strong spots points sides flaws pitfalls shortcomings gotchas".split())

# Everyday words of size and strength ("monster hardware", "massive datasets", "beefy GPUs").
_SIZING = frozenset(
    "monster monstrous massive huge giant gigantic enormous colossal mega beefy hefty insane crazy ridiculous "
    "serious vast whopping mammoth humongous".split()
)

# Verbs that open a passive said of the learner: "getting fooled", "being scammed", "get caught out".
_BEFALLING = frozenset({"getting", "get", "gets", "got", "being", "been", "becoming"})

# Aspect words that also head the name of an idea after "the": "the alignment problem", "the
# frame problem". Not "effect" or "point": "the greenhouse effect", "the vanishing point" are
# other subjects' ideas, and named so they were weighed as terms and no longer refused.
_IDEA_HEADS = frozenset({"problem"})


def _named_idea(match: re.Match[str], run: list[str]) -> bool:
    """Is ``run`` (a framed topic whose second word is an aspect word) the name of an idea: "the
    <word> problem" right after the frame's "the" (the head ends the name)?

    Why: "what is the alignment problem" asks about a named idea, but its head is an aspect word
    ("what's the problem", "the main effect"), which ended the name, so no term was found and,
    with no word of the subject, the question was refused as another school subject. A describing
    first word ("the main problem") is ruled out before, and retrieval vetoes a course idea ("the
    overfitting problem") as for any compound."""
    before = match.string[: match.start("rest")].lower()
    return before.endswith("the ") and run[1].lower() in _IDEA_HEADS


def _framed(text: str) -> re.Match[str] | None:
    """The first definition frame matching ``text`` or, after a preamble, one of its later clauses
    ("quiz question for next week: how did X ...", "my colleagues use X on essays. how reliable is
    X ...", "we have 40k comments - would X find ..."), or None."""
    starts = [0] + [m.end() for m in CLAUSE_START.finditer(text)]
    # After a comma only the narrower frames: "could an ai feel, what does the course say about X"
    # asks again, while "in those image models, whats the hidden little map" describes a course idea.
    after_comma = [m.end() for m in re.finditer(r",\s+", text)]
    for start in sorted({*starts, *after_comma}):
        clause = text[start:]
        narrower_only = start in after_comma and start not in starts
        # The narrower frames first: "what's supposed to be in a X" names X, not "supposed".
        frames = _DEFINITION_FRAMES[_NARROWER:] if narrower_only else (
            *_DEFINITION_FRAMES[_NARROWER:], *_DEFINITION_FRAMES[:_NARROWER]
        )
        for frame in frames:
            match = frame.match(clause)
            if match:
                return match
    return None


# How much of something: "the exploration rate" (epsilon), "the noise level", "the step size" are
# a learner's words for a setting of a course idea, not a further idea's name.
_QUANTITY_HEADS = frozenset("rate rates level levels size sizes speed strength degree".split())


def _reads_as_a_name(run: list[str], phrases: CoursePhrases) -> bool:
    """Do two course words the course never writes in a row read as the name of a thing ("label
    noise", "world model", "attention sink", "model collapse") rather than the learner's own
    description of a course idea? A description shows itself: a verb form among the first two
    words ("guessing house prices", "code generating models", "squished middle bit"), a quoted
    word ("the 'variational' bit"), a plain noun such as "bit" or "thing" or a quantity such as
    "rate" ending the run ("the exploration rate": epsilon), or the
    course's subject among its words ("classic ml"), a judgement or a side ("the weak points of
    machine learning", "a successful pilot project"); so does a pair the course uses together in
    more than one sentence ("image classifiers": the course talks about classifying images). A name
    is vetoed by retrieval only as clearly as a compound of foreign words is
    (COMPOUND_WELL_COVERED): both words being the course's tells nothing when the course never
    writes them in a row nor talks about them together. (Not in a conversation: there the words
    describe a part of what is discussed, "whats the goal worth", see ``uncovered_compound``.)"""
    words = [w.lower() for w in run]
    if any(not w.isalnum() for w in words[:2]) or words[-1] in DESCRIBED_HEADS or words[-1] in _QUANTITY_HEADS:
        return False
    if SUBJECT_HEADS.intersection(words) or JUDGING_WORDS.intersection(words[:2]) or JUDGING_ENDING.search(words[0]):
        return False
    if any(len(w) > 4 and w.endswith(("ing", "ed")) for w in words[:2]):
        return False
    return phrases.together(words[0], words[1]) <= 1


# Everyday first parts of hyphenated words ("well-known", "long-term", "so-called", "step-by-step").
_PLAIN_HYPHEN_OPENERS = frozenset(
    """well so long short up step day year week month old brand full part half non all one-on-one""".split()
)
_HYPHENATED = rx.compile(r"\b([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b(?:[ \t]+([a-z]{3,}))?", re.I)
# A hyphenated job ending in a verb's -ing ("key-cutting", "weed-pulling"), before a made thing.
_JOB_ING = rx.compile(r"-[a-z]{2,}ing$", re.I)
_MADE_THING = rx.compile(
    r"(?:tool|app|software|system|machine|robot|camera|program|programme|device|gadget|bot|scanner|sensor|platform|"
    r"feature|assistant|widget|plugin|kit|unit)s?"
)


def hyphenated_term(question: str, phrases: CoursePhrases) -> str | None:
    """A hyphenated term the course never writes ("one-hot vectors", "sim-to-real transfer",
    "few-shot prompting"), with the noun right after it, or None. Learners hyphenate jargon as
    they read it; each part alone is plain English, so neither the word check nor the lexicon
    sees it. Meant for a question the course has already declined: the decline then names what
    was asked instead of a bare "not covered" (see ``Tutor._everyday_term``)."""
    for match in _HYPHENATED.finditer(question):
        word = match.group(1)
        parts = word.lower().split("-")
        if min(len(p) for p in parts) < 2 or parts[0] in _PLAIN_HYPHEN_OPENERS:
            continue  # "t-shirt", "x-ray", "e-mail", "well-known"
        if in_dictionary("".join(parts)) or phrases.has([word]) or names_by_product(word):
            continue  # "co-worker", "re-train"; "k-means", "text-to-video" are the course's; "story-writing"
        following = match.group(2)
        if following and AGENT_NOUN.match(following):
            continue  # "our room-cleaning-time predictor": a machine told by its job, no jargon
        if following and _JOB_ING.search(word) and _MADE_THING.fullmatch(following.lower()):
            continue  # (stop 47) "our key-cutting app", "a weed-pulling robot": a made thing told by its job
        if following:
            start = len(tokenize(question[: match.start(1)]))
            if reads_as_verb(tokenize(question), start + len(tokenize(word)), start):
                following = None  # "can neuro-symbolic systems reason about": the question's verb
        if following and following.lower() not in PHRASE_END:
            return f"{word} {following}"
        return word
    return None


def defined_word(question: str) -> str | None:
    """The first word of the topic a definition frame names ("what is grokking when ..." ->
    "grokking", "explain double descent" -> "double"), or None when no frame opens the question."""
    for frame in _DEFINITION_FRAMES[:4]:  # what is / how does X work / explain / what does X mean
        match = frame.match(question.strip())
        if match:
            words = tokenize(match.group("rest"))
            return words[0] if words else None
    return None
