"""Names a writer marks as names: "a so-called X", "X, i.e. ...", "how is X carried out".

Why a module of its own: in a long, framed question the one foreign name is too small a share
of the words to be central and sits in no definition frame, but the writer has marked it as a
name (a naming phrase, a gloss, a hedge, brackets, an example, the subject of a question about a
practice's procedure); the marked name is the central term when the course never writes it.
"""

from __future__ import annotations

import re

from tutor.core import regex_cache as rx
from tutor.core.answering import described
from tutor.core.answering.everyday import everyday_names, in_dictionary
from tutor.core.answering.phrases import CoursePhrases
from tutor.core.answering.subjects import SUBJECT_WORDS
from tutor.core.answering.term_names import (
    _DESCRIBING,
    COMPOUND_WELL_COVERED,
    DESCRIBED_HEADS,
    JUDGING_WORDS,
    LOOKS,
    MAX_TERM_WORDS,
    OBJECT_OPENERS,
    OF_SOMETHING,
    PHRASE_END,
    PLAIN_QUALIFIERS,
    POSSESSIVE,
    SUBJECT_HEADS,
    WELL_COVERED,
    foreign_name,
    names_by_product,
)
from tutor.core.answering.vocabulary import CourseVocabulary
from tutor.core.answering.who_asks import PERSON_WORD, SIGNED_JOB
from tutor.core.words import QUESTION_STOPWORDS

# ---------------------------------------------------------------------------------------------
# Stop 32 (benchmarks/probes/wxlimits-s32, from diagnosis set X): names a professional marks as
# names. Lawyers, journalists and compliance people name an idea the course does not teach inside
# a long, framed question ("can it be required to give a counterfactual explanation, i.e. what
# would have had to be different", "how is calibration of those probabilities checked", "our
# regulator asks for a so-called model card"). In a long question the one foreign word is too small
# a share of the words to be central (``uncovered_term``), and the name sits in no definition frame
# that opens the question (``uncovered_compound``); but the writer has marked it as a name:
#   - by a gloss right after it ("X, i.e. ...", "X (that is, ...)", "X, namely ...", "X (what ...)");
#   - by a naming phrase right before it ("a so-called X", "what is called X", "known as X",
#     "something called X", "what they call X", "referred to as X");
#   - as the bare subject of a "how is/are/would/does X <verb>" question about its procedure ("how
#     is backtesting carried out", "how are saliency maps produced", "how would topic modelling
#     sort them"): a bare noun (no article) as that subject is the name of a practice.
# The marked name is the question's central term when the course never writes it: one word the
# course and its learners never use (``foreign_name``), or two or three words the course never
# writes in a row; retrieval vetoes it as it vetoes a compound (COMPOUND_WELL_COVERED; WELL_COVERED
# when every word of it is the course's, since then it may be a learner's words for a course idea).
# ---------------------------------------------------------------------------------------------

# "so-called": the marker before a name (also the word a learner's compound must not start with).
_NAMING_MARKER = rx.compile(
    r"\b(?:so[-\s]called|(?:what|which|something|a\s+thing|a\s+technique|a\s+method|an\s+approach)\s+(?:is\s+|are\s+|was\s+|'s\s+)?"
    r"(?:called|known\s+as|termed|named|dubbed)|(?:also\s+|commonly\s+|sometimes\s+)?(?:known|referred\s+to)\s+as|"
    r"what\s+(?:they|people|experts|lawyers|regulators|economists|statisticians|engineers|practitioners|researchers|vendors)\s+"
    r"(?:call|calls|term)|(?:called|termed|dubbed)(?=\s+[\"'“‘]))\s+(?:an?\s+|the\s+)?[\"'“‘]?",
    re.I,
)
# (stop 36) What someone called the thing the learner just told of: "someone in discord called it
# reward hacking", "my lead calls this data drift". Told, not asked: "why do they call it
# variational" asks about the course's own name.
_CALLED_IT = rx.compile(
    r"\b(?:calls|called)\s+(?:it|this|that|them|these|those)\s+(?!(?:a|an|the|my|our|your|his|her|their)\b)",
    re.I,
)
SO_CALLED = rx.compile(r"\bso[-\s]called\s+", re.I)
# A gloss after the name: "i.e.", "that is", "namely", "in other words" after a comma, a bracket
# or a dash; or a bracket opening a description ("stylometry (what linguists use ...)"). (A comma
# or a dash before "what" or "which" is ordinary syntax: "i read about gans, what are they",
# "mode collapse vs blurry outputs - which model has which".)
_GLOSS = rx.compile(
    r"(?:\s*,\s*|\s+\(\s*|\s+[-–—]+\s*)(?:i\.?\s?e\.?|that\s+is|namely|in\s+other\s+words)(?!\w)|"
    r"\s+\(\s*(?:what|which|where|e\.?\s?g\.?)\b",
    re.I,
)
# A hedge after a half-remembered name: "multi-touch attribution or whatever", "a propensity score or
# something like that", "..., whatever it's called". The learner gives the name they heard and
# says they are unsure of it: the words before the hedge are that name (a name in course words, or
# a plain noun, is judged by ``marked_name`` as any marked run is).
_HEDGE = rx.compile(
    r"\s+or\s+(?:whatever|something|smth|sth|summat)(?:\s+like\s+that)?(?!\w)|"
    r",?\s+whatever\s+(?:it|that|they)(?:'?s|'?re)?\s+(?:is\s+|are\s+)?called\b",  # ("it's": possessive cut)
    re.I,
)
# A name given as an example, after a hedge before it: "something like Kensho", "a tool like
# Otter", "apps such as Lensa". The learner names the product they mean and hedges the kind; the
# name is the capitalised words right after (``_marked_runs``), judged by ``marked_name`` as any
# marked run is (an everyday product the course can answer for is no foreign name).
_EXAMPLE_MARKER = rx.compile(
    r"\b(?:something|anything|stuff|things?|tools?|apps?|systems?|services?|products?|programs?|platforms?|"
    r"software|websites?|sites?)\s+(?:like|such\s+as)\s+",
    re.I,
)
# The subject of a question about a practice's procedure ("how is backtesting carried out", "how
# does win probability get calculated") or, in the active voice, what it does ("how would topic
# modelling sort them", "how do these churn models spot quitters", "how does a drug interaction
# checker know"). Active, the subject is often a product doing its job ("how does duolingo decide",
# "how does the sales model decide"), so there it must be named by its action, a head word ending
# as an action noun ("-ing", "-tion", "-ment", "-ysis"), or hold a word the course never uses
# (``_practice_runs``). A determiner or owner before an active subject is no part of its name
# ("our", "these"); a passive one is bare ("how is the personal info protected" asks of a thing).
PRACTICE_FRAME = rx.compile(
    r"(?:^|[.!?;:]\s+|,\s+|\s-+\s+)\W*how\s+(?:(?P<passive>is|are)|would|does|do|did|could|can|will)\s+"
    r"(?P<det>(?:an?|the|these|those|this|our|my|your|their)\s+)?"
    # ("how does something like Zestimate decide", "how do apps such as Otter work out")
    r"(?:(?:something|anything|stuff|things?|tools?|apps?|systems?|services?|products?|programs?|platforms?|software|"
    r"websites?|sites?)\s+(?:like|such\s+as)\s+)?"
    r"(?P<rest>[a-z][\w-]*(?:\s+[\w'-]+){0,5}?)\s+"
    r"(?:(?P<got>gets?\s+\w+ed)|\w+ed|done|made|built|drawn|run|read|used|set\s+up|carried\s+out|sort|sorts|work|works|"
    r"decide|decides|find|finds|handle|handles|group|groups|rank|ranks|match|matches|tell|tells|help|helps|know|knows|"
    r"choose|chooses|pick|picks|spot|spots|flag|flags|predict|predicts|score|scores|set|sets|build|builds|"
    r"understand|understands|talk|talks|come\s+up\s+with|work\s+out|figure\s+out|"
    # (what a tool does to the learner's things: "how does ai rotoscoping track a person")
    # (not words that are also nouns in a name: "variable rate application", "a price estimate")
    r"track|tracks|detect|detects|calculate|calculates|separate|separates|identify|identifies|recogni[sz]e|"
    r"recogni[sz]es)\b",
    re.I,
)
# The object of "do", "work out" or "figure out" after a machine or a business: "how do airlines do
# dynamic pricing", "can ai do virtual staging", "how would an ai work out the customer lifetime
# value". A noun phrase after "do" names a practice (the learner's own descriptions take other verbs:
# "can ai write my emails", "how does it make pictures"); a pronoun or an owner ends it at once
# ("can ai do that", "can ai do my homework" name nothing), and so does an article: "do a lookup",
# "do a search" is an act, not a practice. So is what a person checks or tests
# ("how do you check calibration of the probabilities"): a property with a name of its own.
DOING_FRAME = rx.compile(
    r"(?:^|[.!?;:]\s+|,\s+|\s-+\s+)\W*(?:(?:how\s+)?(?:would|does|do|did|could|can|will)\s+(?:an?\s+|the\s+)?"
    r"(?P<doer>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:do|work\s+out|figure\s+out)"
    r"|how\s+(?:do|can|should|would|could)\s+(?:i|you|we|one|people)\s+(?:check|test|assess|validate|evaluate))\s+"
    r"(?:the\s+)?(?P<rest>[a-z][\w'-]*(?:\s+[\w'-]+){0,3})",
    re.I,
)
# (stop 38) A name someone recommended to the learner, reported: "a university contact says
# handwritten text recognition could transcribe ...", "the council's it person keeps saying topic
# modelling would sort ...". What someone says could, would or might do a job is a thing with a name,
# given after the reporting verb and before the modal (up to ``MAX_TERM_WORDS`` words, bare or with
# "a"/"the"; "says our tool could" describes the learner's own thing and names nothing).
# (Not "can": "says computer models can do the same thing" tells what a thing does.)
# (Not "say": "is it fair to say that a credit-scoring system could ..." puts a claim to check;
# not "thinks", "suggests", "recommends": "our MD thinks an automated valuation model will be
# flawless" is an opinion of a thing, "wants to suggest books people might like" no report; and
# only a job it could do, not what it will be.)
REPORTING_VERB = (
    r"(?:says|said|saying|reckons?|reckoned|claims?|claimed|swears?|swore|insists?|insisted|"
    r"told\s+(?:me|us|him|her|them))"
)
_REPORTED = rx.compile(
    rf"\b{REPORTING_VERB}\s+(?:that\s+)?(?:(?:an?|the|some)\s+)?"
    r"(?P<rest>(?!(?:our|my|your|their|his|her|its|this|that|these|those|it|they|we|you|i|he|she)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:could|would|might)\b",
    re.I,
)
# (stop 38) A problem named as one: "how does ai solve the vehicle routing problem", "the knapsack
# problem", "the crew pairing problem". Operations research and computer science name their
# classic problems so; the name, with "problem", is the thing asked about when one of its words is
# one the course never uses ("the main problem", "the overfitting problem" name nothing new).
_NAMED_PROBLEM = rx.compile(r"\bthe\s+(?P<rest>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?\s+problem)s?\b", re.I)
_NOT_NAMES = frozenset("soon now eventually someday maybe perhaps everyone everybody anyone anybody nobody someone somebody ai".split())
_REPORTS = rx.compile(rf"\b{REPORTING_VERB}\b", re.I)
ACTION_NOUN = rx.compile(r"(?:ing|[st]ion|ment|ysis|ance|ence)$", re.I)
# A name in brackets after the learner's own description of the thing ("how does it turn a raster
# logo into vector paths (vectorization)", "the thing that makes in-between frames (tweening)"):
# the brackets hold the name whole, as a gloss holds a description of a name. Only brackets holding
# nothing but one to three name words (``name_run`` takes all of them) mark one, and not after a
# sentence's end nor naming a person: "... can it be made to do it less? (pharmacist)" says who asks.
_BEFORE_IS_PERSON = rx.compile(
    rf"\b(?:{SIGNED_JOB}|guy|guys|gal|girl|lad|bloke|person|fan|player|streamer|gamer|dev|coder|hobbyist|"
    r"parent|student|dad|mum|mom|newbie|noob|beginner|here)\s*$",
    re.IGNORECASE,
)
# ... and what describes the asker, whatever word comes before: "(self taught)", "(retired)",
# "(total beginner)", "(non technical)".
_DESCRIBES_THE_ASKER = rx.compile(
    r"(?:total\s+|complete\s+|a\s+)?(?:self[-\s]\w+|retired|beginner|newbie|noob|amateur|hobbyist|novice|student|"
    r"non[-\s]?tech(?:nical|ie|y)?|not\s+technical|part[-\s]time|ex[-\s]\w+)$",
    re.IGNORECASE,
)
# A remark to the reader in brackets ("(dont laugh)", "(no judging)", "(stop smirking)", "(yes
# really)", "(bear with me)"): the learner's aside, no name of what is asked (stop 41: "i look
# after the hold music ... (dont laugh). whats the difference between ..." was declined as "The
# course does not cover dont laugh").
_ASIDE = rx.compile(
    r"(?:don'?t|do\s+not|no|not|stop|please|pls|yes|yep|yeah|honestly|seriously|really|truly|lol|lmao|haha\w*|ha|"
    r"sorry|i\s+know|bear\s+with\s+me|humou?r\s+me|go\s+easy|promise|true\s+story|long\s+story|judg\w*|shh+)\b",
    re.IGNORECASE,
)
_BRACKETED = rx.compile(r"(?<![.!?])(?<![.!?]\s)\(\s*([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})\s*\)")
_NAME_WORD = rx.compile(r"[A-Za-z][\w-]*$")
# Brackets right after the job a message opens with ("warehouse data guy (self taught). ...",
# "line cook (nights): ...") say more about who asks, not a name of what is asked: the text before
# them is nothing but one to four words ending in a person word (stop 36; "(self taught)" was
# declined as an untaught term).
_DESCRIBES_ASKER = rx.compile(
    rf"^\W*(?:[a-z][\w'-]*\s+){{0,3}}(?:{SIGNED_JOB}|guy|gal|bloke|lad|lass|dude|person|girl|boy|mum|dad|student|"
    r"apprentice|trainee|intern|newbie|beginner|hobbyist|fan|player|operator|tech|technician)s?\s*$",
    re.I,
)


def name_run(words: list[str]) -> list[str]:
    """The words of a marked name: up to ``MAX_TERM_WORDS``, ended by a question word, a
    preposition or chat ("calibration of those probabilities" -> "calibration")."""
    run: list[str] = []
    for word in words:
        low = word.lower()
        if not _NAME_WORD.match(word) or low in PHRASE_END or low in OF_SOMETHING or low in OBJECT_OPENERS:
            break
        run.append(word)
        if len(run) == MAX_TERM_WORDS:
            break
    return run


def _marked_runs(
    question: str, vocabulary: CourseVocabulary | None = None, phrases: CoursePhrases | None = None
) -> list[list[str]]:
    """The names ``question`` marks as names (see the block comment above), in order."""
    text = POSSESSIVE.sub("", question)
    runs = []
    for match in _NAMING_MARKER.finditer(text):
        runs.append(name_run(re.findall(r"[\w'-]+", text[match.end():])))
    for match in _CALLED_IT.finditer(text):
        # (a plain English word so called is a judgement, "called them awkward", not a name)
        run = name_run(re.findall(r"[\w'-]+", text[match.end():]))
        if len(run) >= 2 or (run and not in_dictionary(run[0].lower())):
            runs.append(run)
    for match in _EXAMPLE_MARKER.finditer(text):
        named: list[str] = []
        for word in re.findall(r"[\w'-]+", text[match.end():])[:MAX_TERM_WORDS]:
            if not word[0].isupper():
                break
            named.append(word)
        if not any(w.lower() in everyday_names() for w in named):
            # (an everyday product, "something like Netflix", is read as its kind and answered)
            runs.append(named)
    for match in (*_GLOSS.finditer(text), *_HEDGE.finditer(text)):
        # (A name does not run back across a sentence's end or a comma.)
        before = re.findall(r"[\w'-]+", re.split(r"[.!?,;:]", text[: match.start()])[-1])
        run: list[str] = []
        for word in reversed(before[-MAX_TERM_WORDS:]):
            low = word.lower()
            if low in OBJECT_OPENERS or low in QUESTION_STOPWORDS or low in OF_SOMETHING or not _NAME_WORD.match(word):
                break
            run.insert(0, word)
        runs.append(run)
    for match in _BRACKETED.finditer(text):
        inside = match.group(1).split()
        run = name_run(inside)
        # (stop 36) Not after a person: "hobby coder (self taught)", "warehouse data guy (self
        # taught)" say more about who asks, as "(pharmacist)" says who it is; nor right after the
        # job a message opens with ("line cook (nights): ...").
        after_person = (
            _DESCRIBES_ASKER.search(text[: match.start()])
            or _BEFORE_IS_PERSON.search(text[: match.start()])
            or _DESCRIBES_THE_ASKER.match(match.group(1))
            or _ASIDE.match(match.group(1))
        )
        if len(run) == len(inside) and not re.fullmatch(PERSON_WORD, inside[-1], re.I) and not after_person:
            runs.append(run)
    for match in _NAMED_PROBLEM.finditer(text):
        run = name_run(match.group("rest").split())
        if len(run) == len(match.group("rest").split()):
            runs.append(run)
    for match in _REPORTED.finditer(text):
        run = name_run(match.group("rest").split())
        # (a name, not "soon everyone" nor "ai probably": no question word or adverb in it)
        if len(run) == len(match.group("rest").split()) and not any(
            w.lower() in QUESTION_STOPWORDS or w.lower().endswith("ly") or w.lower() in _NOT_NAMES for w in run
        ) and not all(w.lower() in SUBJECT_WORDS for w in run):
            # ("my head of dept says computer models can do the same": the subject's own words
            # describe, they name no technique)
            runs.append(run)
    runs.extend(_practice_runs(text, vocabulary))
    runs.extend(_capability_runs(text, vocabulary, phrases))
    for match in DOING_FRAME.finditer(text):
        runs.append(name_run(match.group("rest").split()))
    return [run for run in runs if run]


_POINTERS = frozenset("it they this that".split())
# A thing introduced by an indefinite article: "has a next best action feature that ...", "put a
# telematics box in my van" (``name_run`` ends the name at a preposition or a clause word); not a
# quantity ("i'm a bit creeped out", "a lot of", "a few").
_INTRODUCED = rx.compile(r"\ban?\s+(?!(?:bit|little|lot|lots|few|couple|while|sec|second)\b)([a-z][\w'-]*(?:\s+[\w'-]+){0,3})", re.I)
# The learner's own app or device, named by what it is on or for ("my monzo app", "a fridge camera",
# "a homework chat app"): what it does is a course application, asked in everyday words. (Not the
# heads of a workplace product, "system", "platform", "tool": "a sepsis alert system" is named.)
_PRODUCT_HEAD = rx.compile(r"(?:apps?|cameras?|webcams?|phones?|laptops?)$", re.I)
# Adverbs that qualify the asking verb, not the subject: "how does X actually decide", "how do X
# really know", "how does X even work".
VERB_ADVERBS = frozenset("actually really even exactly ever usually normally typically automatically just still".split())


def _practice_runs(text: str, vocabulary: CourseVocabulary | None) -> list[list[str]]:
    """The names of the practices ``text`` asks the procedure of (``PRACTICE_FRAME``): a passive
    subject ("how is X done", "how does X get calculated"), or an active one named by its action
    ("how would topic modelling sort them") or, two words or more, holding a word the course never
    uses ("how does a telematics box work out my premium"): a product's own parts in course words
    ("how does the sales model decide") are the learner's description of a course idea."""
    runs = []
    for match in PRACTICE_FRAME.finditer(text):
        if match.start() > 0 and match.group("rest").lower() in _POINTERS:
            # "our crm shows a customer health score for each account. how does it come up with
            # the number": the thing asked about was introduced before the asking clause, as what
            # the learner's tool has or shows ("a X"); its name is that phrase, when it is one.
            # Not the learner's product named by what it is for ("a homework chat app"), nor when
            # a machine is described by its job there besides ("the engine that flags odd
            # payments stopped a legit transfer. how does it tell ..."): "it" is that machine.
            before = text[: match.start()]
            runs.extend(_owned_systems(before, vocabulary))
            for introduced in _INTRODUCED.finditer(before):
                if _AFTER_PREPOSITION.search(before[: introduced.start()]) and not _PARTICLE_VERB.search(
                    before[: introduced.start()]
                ):
                    # (stop 40) "is abstractive summarisation better ... for a morning briefing?
                    # how does it work", "run error level analysis on a suspicious protest photo
                    # ... how does that work": a thing brought in after a preposition is where or
                    # what for the named thing is used, not what "it" points back to (the
                    # declines named "morning briefing" and "suspicious protest photo").
                    continue
                run = name_run(introduced.group(1).split())
                if _REPORTS.search(" ".join(run)):
                    # "a university contact says ...": who reports a thing is no thing "it" asks
                    # about (the decline named "university contact says"); what they say is
                    # (``_REPORTED``).
                    continue
                if (
                    len(run) > 1 and not _PRODUCT_HEAD.match(run[-1])
                    and not described.names_machine_at_work(before.replace(" ".join(run), " "))
                ):
                    runs.append(run)
            continue
        passive = match.group("passive") or match.group("got")
        if passive and match.group("det"):
            continue
        rest = match.group("rest").split()
        run = name_run(rest)
        between = [w.lower() for w in rest[len(run):]]
        if not passive and between and between[0] not in OF_SOMETHING and not VERB_ADVERBS.issuperset(between):
            # "how do exam graders use ai to spot cheating": the subject does something else first
            # (it uses the machine); only a place or an owner may come between a name and its verb
            # ("how do metal detectors at airports spot ..."), or words that only qualify the verb
            # ("how does algorithmic management actually decide ...").
            continue
        if len(run) > 1 and run[-1].lower() in SUBJECT_HEADS:
            run = run[:-1]  # "how does workforce scheduling ai decide": the ai is the subject's
        if not run:
            continue
        foreign = vocabulary is not None and len(run) > 1 and not _PRODUCT_HEAD.match(run[-1]) and any(
            not vocabulary.knows(w.lower()) and vocabulary.spelt_by_ear(w.lower()) is None for w in run
        )
        if passive or ACTION_NOUN.search(run[-1]) or foreign:
            runs.append(run)
    return runs


# (stop 40) The end of the text before a thing introduced with "a": a preposition there makes it
# where or what for something else is used ("for a morning briefing", "on a suspicious photo").
_AFTER_PREPOSITION = rx.compile(
    r"\b(?:of|for|to|in|on|at|from|with|about|into|onto|over|under|by|behind|between|within|inside|down|across|through|along|past|around|round)\s*$", re.I
)
# ... unless the word is a verb's particle ("we just switched on a dynamic pricing engine").
_PARTICLE_VERB = rx.compile(
    r"\b(?:[a-z]+ed|switch|switches|turn|turns|put|puts|take|takes|took|bring|brings|brought|roll|rolls|sign|signs)"
    r"\s+(?:on|in|over|up)\s*$",
    re.I,
)
# (stop 40, benchmarks/probes/zuvn40-s40) A yes-no question about what a bare name can do ("can
# topic modelling sort 80,000 old articles", "can stylometry really pin authorship", "would
# dynamic time warping line them up", "how does kriging fill in the grade"), and one judging a
# bare name ("is record linkage reliable enough", "is speaker diarisation good enough"). Only
# "how" questions with a closed list of verbs were read (``PRACTICE_FRAME``), so these untaught
# techniques were answered from a section sharing a word, or refused as another subject since
# nothing else in the story was the course's. The subject must be bare (no article, owner or
# pronoun: "can the model ...", "can you ..." ask of something else) and named as a practice: its
# head an action noun ("-ing", "-tion", "-ysis", ...), or one word the course never uses.
_CAPABILITY_FRAME = rx.compile(
    r"(?:^|[.!?;:]\s+|,\s+|\s-+\s+)\W*(?:how\s+)?(?:can|could|will|would|does|do|did|might)\s+(?P<after>[a-z][^.!?;:,]*)",
    re.I,
)
_JUDGED_FRAME = rx.compile(
    r"(?:^|[.!?;:]\s+|,\s+|\s-+\s+)\W*(?:is|are)\s+(?P<rest>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+"
    r"(?:really\s+|actually\s+|even\s+|still\s+)?(?:any\s+good|good\s+enough|a\s+fair|a\s+good|reliable|accurate|"
    r"trustworthy|legit|better|worse|fair|safe|biased|worth|useful|effective|robust)\b",
    re.I,
)
# (stop 40) A name used as a tool: "the trap software uses background subtraction to ignore the
# grass", "someone said run error level analysis on a suspicious photo". What is used, run or
# applied, for or on something, is a technique when named as a practice (as above); the
# decline had named the photo, or no term at all.
_USED_FRAME = rx.compile(
    r"\b(?:use|uses|used|using|run|runs|ran|running|apply|applies|applied|applying|try|tries|tried|trying)\s+"
    r"(?P<rest>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)\s+(?:to|for|on|in|with|against)\b",
    re.I,
)
# The action nouns that end a practice's name there: not "-ance"/"-ence", which are verbs as
# often ("can deepfakes influence elections").
_PRACTICE_NOUN = rx.compile(r"(?:ing|[st]ion|ment|ysis)$", re.I)
# What may not open such a subject: who is asked or asks ("can you", "could we"), a pointer.
_NOT_A_SUBJECT = frozenset("i you we they he she it one people someone anyone ai there this that these those".split())


def _in_dictionary(word: str) -> bool:
    """Is ``word``, or its singular, an English dictionary word ("fraudsters")?"""
    low = word.lower()
    return in_dictionary(low) or (low.endswith("s") and in_dictionary(low[:-1]))


def _capability_runs(
    text: str, vocabulary: CourseVocabulary | None, phrases: CoursePhrases | None = None
) -> list[list[str]]:
    """The bare names ``text`` asks what they can do or judges (``_CAPABILITY_FRAME``,
    ``_JUDGED_FRAME``, ``_USED_FRAME``): the longest opening of the subject's words whose last is an action noun,
    or one word no dictionary has, with a word after it (the verb); for a judged or used name, all
    its words, named as a practice or holding a word the course never uses."""
    runs: list[list[str]] = []
    for match in _CAPABILITY_FRAME.finditer(text):
        words = re.findall(r"[\w'-]+", match.group("after"))[: MAX_TERM_WORDS + 1]
        if not words or words[0].lower() in _NOT_A_SUBJECT:
            continue
        run = name_run(words)
        # (the longest opening: "dynamic time warping", not "dynamic"; a verb must follow it)
        named = next((run[:k] for k in range(len(run), 0, -1) if k < len(words) and _PRACTICE_NOUN.search(run[k - 1])), None)
        if (
            named is None and len(run) == 1 and len(words) > 1 and vocabulary is not None
            and foreign_name(run[0], vocabulary) and not _in_dictionary(run[0])
        ):
            # "can stylometry really pin ...": one word no dictionary has, alone before the verb's
            # adverb (an English word the course never uses, "survival curves", is no name; nor
            # the first of two, "can github copilot really ...", "can fraudsters fool a ...")
            named = run[:1]
        if named and len(named) > 1 and phrases is not None and phrases.together_in_any_form(named[0], named[-1]):
            # "can handwriting recognition read my doctor's notes?": words the course writes in
            # one sentence, in some form ("recognises handwritten digits"), name its own idea
            named = None
        if named:
            runs.append(named)
    for frame in (_JUDGED_FRAME, _USED_FRAME):
        for match in frame.finditer(text):
            rest = match.group("rest").split()
            run = name_run(rest)
            if len(run) != len(rest) or run[0].lower() in _NOT_A_SUBJECT:
                continue
            # (judged, two words or more with one no dictionary has: "are PINNs legit" is a
            # written name's, "is revolut better" a product's, "is higher always better" no name;
            # used, only a practice: "use made-up fake photos to ..." uses a thing)
            foreign = frame is _JUDGED_FRAME and len(run) > 1 and vocabulary is not None and any(
                foreign_name(w, vocabulary) and not _in_dictionary(w) for w in run
            ) and not any(w[0].isupper() for w in run)  # (a capitalised product: written_names reads it)
            if (ACTION_NOUN.search(run[-1]) or foreign) and not (
                phrases is not None and len(run) > 1
                and (phrases.has([w.lower() for w in run]) or phrases.together_in_any_form(run[0], run[-1]))
            ):
                # (not a product or idea the course writes of: "is GitHub Copilot legit")
                runs.append(run)
    return runs


# The learner's workplace system named by its owner ("our revenue management system", "my new
# route planning engine"): a name ending in the kind of thing a workplace buys.
_OWNED = rx.compile(r"\b(?:our|my|their)\s+(?:new\s+)?([a-z][\w'-]*(?:\s+[\w'-]+){0,3})", re.I)
_SYSTEM_HEADS = frozenset("system systems engine engines platform platforms software suite module modules".split())


def _owned_systems(before: str, vocabulary: CourseVocabulary | None) -> list[list[str]]:
    """The names of workplace systems ``before`` (the sentences before one asking "how does it
    ...") calls the learner's own, when a word of the name is one the course never uses ("our
    revenue management system bumps the room rate ... how does it decide the price?" ->
    "revenue management system").

    Why: only a thing introduced with "a" was taken for the name "it" points back to, so a
    system named as "our X system" was answered from whatever section its other words matched
    (reinforcement learning's reward, for room prices). A name in course words ("our
    recommendation engine", "our fraud detection system") is the learner's description of a
    course idea (``marked_name`` lets course pairs go)."""
    runs = []
    for owned in _OWNED.finditer(before):
        run = name_run(owned.group(1).split())
        heads = [i for i, w in enumerate(run) if w.lower() in _SYSTEM_HEADS]
        if not heads or heads[0] == 0:
            continue
        run = run[: heads[0] + 1]
        if vocabulary is not None and any(
            not vocabulary.knows(w.lower()) and vocabulary.spelt_by_ear(w.lower()) is None for w in run[:-1]
        ):
            runs.append(run)
    return runs


def marked_name(
    question: str, phrases: CoursePhrases, vocabulary: CourseVocabulary, best_dense: float | None
) -> str | None:
    """The first name ``question`` marks as a name that the course never writes, or None (see
    the block comment above: "a counterfactual explanation, i.e. ..." -> "counterfactual
    explanation"; "how is backtesting carried out" -> "backtesting")."""
    if best_dense is None or best_dense >= COMPOUND_WELL_COVERED:
        return None
    for run in _marked_runs(question, vocabulary, phrases):
        words = [w.lower() for w in run]
        if words[0] in _DESCRIBING or words[0] in JUDGING_WORDS or words[0] in LOOKS or words[0] in PLAIN_QUALIFIERS:
            continue
        if len(run) == 1:
            if foreign_name(run[0], vocabulary) and not run[0].isupper():
                return run[0]
            continue
        if phrases.has(words[:2]) or phrases.has(words[-2:]) or names_by_product(words[0]):
            continue
        foreign = [w for w in words if not vocabulary.knows(w) and vocabulary.spelt_by_ear(w) is None and w not in QUESTION_STOPWORDS]
        if not foreign and words[-1] == "problem" and (len(words) < 3 or phrases.has(words[:-1])):
            # "the exploration problem", "the data quality problem": the course's own idea, called
            # a problem (_NAMED_PROBLEM); two plain words the course never writes together name
            # one of its own ("the bin packing problem").
            continue
        if not foreign and (best_dense >= WELL_COVERED or words[-1] in DESCRIBED_HEADS or SUBJECT_HEADS.intersection(words)):
            continue
        return _with_course_phrase(run, question, phrases)
    return None


def _with_course_phrase(run: list[str], question: str, phrases: CoursePhrases) -> str:
    """``run`` joined, with the word after it when that word ends a name of the subject the course
    writes with the run's last word ("zero-knowledge machine" + "learning", "... neural" +
    "network"): the name ends where the course's own phrase ends, not inside it (the decline
    named "zero-knowledge machine")."""
    name = " ".join(run)
    after = re.search(rf"(?<![\w-]){re.escape(name)}\s+([a-z][\w-]*)", question, re.IGNORECASE)
    following = after.group(1).lower() if after is not None else ""
    if (following in SUBJECT_HEADS or following in ("network", "networks")) and phrases.has([run[-1].lower(), following]):
        return f"{name} {after.group(1)}"
    return name
