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

import contextlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering import compose, described, lexical, shapes, symptoms
from tutor.core.answering import conversation as conversation_module
from tutor.core.answering.conversation import Conversation
from tutor.core.answering.corpus import dense_texts, lexical_texts
from tutor.core.answering.learner import LearnerLanguage, load_learner_language
from tutor.core.answering.router import MIX as ROUTER_MIX
from tutor.core.answering.router import NAMESPACES as ROUTER_NAMESPACES
from tutor.core.answering.router import Router, course_labels, load_router, votes_for
from tutor.core.knowledge import Course, Section
from tutor.core.words import PEOPLE, content_words, stem, stems, tokenize

LEXICAL_WEIGHT = 0.3
BM25_HALF = 10.0  # a BM25 score of this size counts as half of a perfect keyword match
DENSE_IN_SCOPE = 0.35  # best cosine at or above this: in scope on meaning alone
DENSE_WITH_WORDS = 0.28  # cosine at or above this counts when keywords also agree
COVERAGE_IN_SCOPE = 0.5  # share of the question's informative words found in the section
LESSON_BONUS = 0.05  # follow-ups: sections of the lesson being discussed
DEFINITION_BONUS = 0.02  # "what is X?": a lesson's opening section (its definition)
WEAK_ALONE = 0.45  # in a conversation, a question whose best cosine alone is below this leans on it
# A machine that acts by itself, named in a question (``_a_machine_of_its_own``); "automated" is
# said of processes as often ("is that automated?" leans on the topic).
_SELF_ACTING_MACHINE = rx.compile(rf"\b(?!automated\b)(?:{described.SELF_ACTING})\b", re.IGNORECASE)
# "what's a model card?": a bare definition of a thing named with "a"/"an" (a new thing, where
# "what's the encoder" points at one just met), its name in one to three words.
_NEW_THING = rx.compile(
    r"^\W*(?:what(?:'s|\s+is)|whats)\s+(?:a|an)\s+(?P<name>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\W*$", re.IGNORECASE
)
# "whats a low value", "what's a typical setting" after temperature: a graded instance of what is
# being discussed, not a thing of its own.
_GRADED = frozenset("low lower high higher good bad typical usual normal reasonable sensible common decent small big large safe realistic ideal best".split())
# Openings by which a learner carries the conversation on ("so ...", "but ...", "wait so ...").
_CARRIES_ON = rx.compile(r"^\W*(?:(?:ok(?:ay)?|wait|hm+|oh)[\s,]+)?(?:so|but|then|and|also|plus|wait)\b", re.IGNORECASE)
SEEN_PENALTY = 0.04  # follow-ups: sections the last answer cited, times the share of them quoted
HEADING_SHAPE_BONUS = 0.03  # "why" questions: sections whose heading starts with "Why"
# A term told by its shape (``symptoms.told_terms``: both halves of a symptom or a task in one
# question) is strong evidence of what is asked, but one added word weighs little against a long
# story's own words ("a pupil learned answers by heart and flunked new questions" drew the
# education section, "the old rotas were rigged for his mates" hyper-personalisation): the
# sections whose heading names the told term gain this much, and one ranked first is in scope.
TOLD_HEADING_BONUS = 0.06
ON_TOPIC_DENSE = 0.2  # a follow-up stays in the lesson under discussion down to this cosine
CONFIDENT_ALONE = 0.6  # ... and one at or above this never does
LEAN_MARGIN = 0.03  # ... in between, it leans when the topic raises the best score by this much
DENSE_EXPANSION = True  # glossary terms are added to the embedded query too (else BM25 only)
ASK_WEIGHT = 0.9  # a learner ask's cosine counts this much against a course passage's
PROMOTE_MARGIN = 0.03  # see _rank: a runner-up this close, backed by course text, can answer
ASK_IN_SCOPE = 0.6  # a question this close to one of a section's asks is in scope (measured: the
# old evaluation's out-of-scope questions reach at most 0.53)
# A best section that leads the runner-up by this much, through a learner ask at least
# ``CLEAR_ASK`` close, is what the question is about even in everyday words the course's own
# passages never use ("squish a table with 100 columns down to 2" and dimensionality
# reduction). Measured: out-of-scope and out-of-job questions lead by at most 0.12. A lead is not
# needed when a course passage of that section is also fairly close (``DENSE_WITH_WORDS``): two
# meaning signals then agree on it.
CLEAR_LEAD = 0.2
CLEAR_ASK = 0.5
# The two families' lessons, for reading which family the router places a machine in
# (``SearchIndex.router_family``); the other lessons speak of both families.
PREDICTING_LESSONS = frozenset({
    "what-is-ml", "supervised-learning", "unsupervised-learning", "reinforcement-learning", "ml-applications",
    "training-and-overfitting",
})
MAKING_LESSONS = frozenset({
    "what-is-generative-ai", "gans", "vaes", "language-models", "generative-ai-applications", "hallucination",
})
_GENERATED_HEADING = rx.compile(r"\b(?:generat\w*|deepfakes?)\b", re.IGNORECASE)
FAMILY_SHARE = 0.5  # the router's probability on one family's sections ...
FAMILY_LEAD = 3.0  # ... and how many times the other family's it must be
# Nor is it needed when the section router (``router.py``) votes for that same section
# (``router.votes_for``: its first choice, well ahead of its runner-up; until stop 33 a bar of
# 0.3 on its probability, which moved whenever other sections gained asks): a close ask and the
# classifier trained on every ask, passage and
# sentence are two learned signals agreeing ("my bank froze my card for a weird purchase, how did
# it know" and fraud detection). Measured (stop 23): of the 115 out-of-scope questions of the old
# evaluation and the read sets that reach this rule, none has both; read sets unchanged, probes
# +2 of 253. Follow-ups searched with their topic rank without the router, so never pass here.
# The section must also hold some of the question's own informative words (``AGREES_COVERAGE``):
# everyday questions on learning something else ("what's the best way to learn the guitar",
# "what should i study at university") sit near the course's learning-path asks in meaning and in
# the router's vote alike, with almost none of their words in that section (coverage 0.00-0.03).
AGREES_COVERAGE = 0.1
# A question that names a term of the best section's heading which few sections use at all
# ("a slider called temperature, what if i crank it up" and "Sampling: temperature, top-k and
# top-p"), where a learner ask of that section is fairly close too (``HEADING_ASK``), is about
# that section however chatty the rest of it is: the chat around the term ("playground",
# "slider", "crank") kept the passage cosine and the word coverage under the scope bar. The ask
# keeps the term's other senses out ("what temperature should i bake bread at": 0.37). Measured
# with CLEAR_ASK (0.5) too: one probe fewer; of 260 out-of-scope questions in the readable sets
# and the old evaluation, 3 more are in scope here and all three are still declined downstream
# (a near miss's term, a request outside the tutor's job).
# A router nearly sure of the section ranked first (its probability at least ``STRONG_VOTE``),
# with a learner ask of it fairly close (``STRONG_VOTE_ASK``), puts a question in scope that the
# ask alone (``CLEAR_ASK``) does not: see ``_rank``.
# Only a long message (``LONG_MESSAGE`` words or more): a short request or chat line the router
# happens to be sure of ("what's trending on twitter right now" and patterns and trends, "how do
# boxing judges score a fight" and judging generated output) has no story that hides a course
# question; measured at no length bar, such lines were answered (stop 35: 3 out-of-job probes and
# a read follow-up's "could you give a concrete example?" lost). Measured with the bar, against
# the same index: read +1 -0 (with "what's the course call that", +2), probes +3 -0; five gains
# at no bar (four of them short questions) were given up with the losses.
STRONG_VOTE = 0.6
STRONG_VOTE_ASK = 0.4
LONG_MESSAGE = 20
HEADING_TERM_SECTIONS = 6
HEADING_ASK = 0.4
# A long message told in another trade's or everyday words ("head groundsman ... half my lads wont
# touch it ... is that a normal reaction", "our game logs 300 columns of stats per player ... boil
# every player down to 2 or 3 numbers"): its story spreads the passage cosine and the best ask's
# closeness thin (about 0.45), and the router is unsure, so it fell below the scope bar and was
# declined naming a trade word ("normal reaction") or refused as another subject, often with the
# right section named as the closest. Most of the ``NEIGHBOUR_ASKS`` learner asks nearest to the
# message belonging to the section ranked first (``NEIGHBOURS_AGREE``) is a signal the best ask
# alone is not: many learners' phrasings of one section agree, where a message about something
# else lands near scattered asks of several sections (stop 37, decl37-s37).
NEIGHBOUR_ASKS = 10
NEIGHBOURS_AGREE = 6
NEIGHBOUR_ASK = 0.43
# A question naming a machine by its job (``described.names_machine_at_work``): the router's first
# choice among this many first hits answers it (see ``SearchIndex.search``).
MACHINE_HITS = 3
# A first question that tells what an unnamed "it" did ("it did great on the practice stuff and then
# fell apart on anything new", "how do i double check stuff it writes"): with no earlier answer to
# lean on, the "it" that acts is the machine the course is about, as a machine named by its job is,
# and the same router rule answers it. Not when the question names people of the learner's life
# ("my sister ... it"): "it" is then a thing of that life.
_IT_ACTS = rx.compile(
    r"(?:^|[,.;:!?]\s*|\b(?P<cue>and|but|then|now|so|when|because|until|if|that|which|what|stuff|things?|"
    r"why|how|does|did|do|can|could|will|would|should|is|was)\s+)it\s+(?!is\b|was\b|'s\b)[a-z]",
    re.IGNORECASE,
)
# Words joining a clause to one before it: an "it" after them may point back into that clause.
_JOINING = frozenset({"and", "but", "then", "now", "so", "when", "because", "until", "if"})
# An "it" that names nothing, or a chore, is no machine at work. English uses a dummy "it" for the
# weather ("is it going to rain", "it snowed"), for "how is it going", and as the stand-in subject
# of a clause that comes later ("it takes ages to get a table", "is it worth it", "is it ok to
# park here", "it seems", "it depends"); "it" before "be" ("is it going to be busy", "will it be
# at the coast") is linked to a state by the copula, as "it is" (never read as an act by
# ``_IT_ACTS``) is, so it does nothing either; and phrasal verbs of arranging and fetching ("sort out
# the rota", "fix up", "pick up", "drop off", "get me a coffee"), and verbs of arranging and
# contacting ("arrange", "organise", "chase", "book", "ring", "email") tell a chore of someone's day,
# not a model's task (a model's tasks are told by verbs of knowing and making: "work out", "pick
# out", "sort the claims", "write"). Read at the word after the "it".
_NOT_A_DOER = rx.compile(
    r"(?:(?:is\s+|will\s+|might\s+|may\s+)?(?:going\s+to|gonna)\s+)?"
    r"(?:rain|snow|hail|sleet|drizzle|pour|thunder|freez|storm|(?:be|get|gets|getting)\s+(?:sunny|cold|hot|warm|windy|wet|dry|nice|dark|light|foggy|chilly))\w*\b|"
    r"going\b(?=\s*(?:$|[?!.,]|with\b|for\s+(?:you|u|ya)\b))|"
    r"(?:(?:going\s+to|gonna)\s+)?be\b(?!\s+able\b)|"
    r"(?:seem|appear|depend|matter|happen)(?:s|ed)?\b|(?:look|sound|feel)s?\s+like\b|turn(?:s|ed)?\s+out\b|"
    r"(?:takes?|took|costs?)\s+(?:ages|forever|long|much|a\s+while|a\s+lot|time|an?\s+(?:hour|minute|day|week|month|year)|"
    r"\d+|hours|minutes|days|weeks|months|years|me|us|you|him|her|them|to)\b|"
    r"makes?\s+sense\b|worth\b|(?:ok|okay|alright|possible|true|legal|allowed|safe|fine|normal|rude|wise|better|best|"
    r"too\s+late|too\s+early)\s+(?:to|that|if|whether|for)\b|(?:just\s+)?me\b|"
    r"(?:(?:sort|sorts|sorted)\s+{gap}out|(?:fix|fixes|fixed|set|sets|pick|picks|picked|tidy|tidies|tidied|clear|clears|"
    r"cleared|clean|cleans|cleaned)\s+{gap}up(?!\s+on\b)|(?:drop|drops|dropped)\s+{gap}off|(?:fill|fills|filled)\s+{gap}in|"
    r"(?:hand|hands|handed)\s+{gap}(?:in|out)|(?:ring|rings|rang|swap|swaps|swapped)\s+{gap}round|"
    r"(?:cover|covers|covered)\s+for|(?:look|looks|looked)\s+after|(?:take|takes|took)\s+care\s+of)\b|"
    r"(?:get|gets|fetch|fetches|bring|brings|order|orders|buy|buys|grab|grabs)\s+(?:me|us|him|her|them)\b|"
    r"(?:arrange|organi[sz]e|chase|remind|book|ring|phone|call|email|e-mail|text)(?:s|d|ed)?\b"
    .replace("{gap}", r"(?:\w+\s+){0,3}?"),
    re.IGNORECASE,
)


def unnamed_machine(query: str) -> bool:
    """Does ``query`` tell what an unnamed "it" does, among no people of the learner's life?

    An "it" opening a clause joined to one that names a thing of its own ("how do i bake sourdough
    if it keeps collapsing") is that thing, not an unnamed machine; a dummy "it" (the weather,
    "is it worth it") or one doing a chore ("can it sort out the rota") is none (``_NOT_A_DOER``)."""
    if PEOPLE.search(query):
        return False
    for match in _IT_ACTS.finditer(query):
        if _NOT_A_DOER.match(query, match.end() - 1):
            continue
        cue = (match.group("cue") or "").lower()
        if cue in _JOINING:
            clause = re.split(r"[.;:!?]", query[: match.start()])[-1]
            if any(len(word) >= 4 and word.isalpha() for word in content_words(clause)):
                continue
        return True
    return False


# Settings: the industry lesson's sections each describe one setting ("Retail: predicting sales
# ..."). A question that names a setting while asking about a technique or a risk ("what could go
# wrong if a bank lets a model decide loans", "can a clinic make fake scans to train on") is pulled
# to the setting's section by the setting word alone (MiniLM weighs the place heavily); see
# ``SearchIndex.without_the_setting``.
SETTING_LESSON = "industry-use-cases"
SETTING_MAX_SECTIONS = 8  # a setting word is rare in the course: more sections and it is a subject word
SETTING_MARGIN = 0.1  # the asked-about section may trail the setting's section by this much
# A worked-example section (a heading with the word "example") frames a question the same way.
_EXAMPLE_HEADING = rx.compile(r"\bexample\b", re.IGNORECASE)
SETTING_GENERIC_SHARE = 0.25  # a term in this share of sections or more asks nothing in particular
# Is the setting what is asked, or only where the learner stands? Asked when, in the asking clause,
# the setting is where or by whom something is done ("what does gen ai do IN finance", "how are
# BANKS USING it", "HEALTHCARE AI", "a tutor FOR my kid"); framing otherwise: in a clause before
# the asking one ("my nephew works in a call centre. can ai pictures be biased"), or describing
# another noun ("the hospital's model", "a teacher's quiz maker", "patient records").
_CLAUSES = rx.compile(r"[.?!;:]+\s*|,\s+|\s+-+\s+")
_ASKING_CLAUSE = rx.compile(
    r"^\W*(?:(?:so|but|and|ok|okay|quick\s+one)\W+)?(?:how|what|whats|what's|which|why|when|where|who|is|are|do|does|"
    r"did|can|could|would|should|will|shall|any|tell|explain)\b",
    re.IGNORECASE,
)
_SETTING_PLACE = rx.compile(r"^(?:in|for|at|across|within|inside|into|by|to)$", re.IGNORECASE)
_SETTING_LINK = rx.compile(r"^(?:a|an|the|my|our|their|your|his|her|its|this|that|these|those|such|some|every|all)$", re.IGNORECASE)
_SETTING_DOES = rx.compile(
    r"^(?:use|uses|using|used|do|does|doing|adopt|adopts|adopting|apply|applies|applying|deploy|deploys|deploying|"
    r"employ|employs|benefit|benefits|rely|relies|make|makes|making|get|gets|getting|need|needs|want|wants)$",
    re.IGNORECASE,
)
# The course's own subject: the two families and everyday names of an AI system. What is left of a
# question once its setting is gone asks nothing of its own when it names only these.
_FAMILY_NAMES = "ai ml machine learning gen ai genai generative artificial intelligence chatgpt chatbot llm"
_WHY = rx.compile(r"^\W*(?:(?:so|but|and)\s+)?(?:why|how\s+come)\b", re.IGNORECASE)
# Aspects a question asks about, and the heading words of the sections that answer them: "the
# biggest problem?" wants a section such as "Why GAN training is unstable", "uses?" one such as
# "What GANs have been used for" (a follow-up's topic alone would pick its definition again).
BELONGS = compose.BELONGS  # whether one field is part of another (``ASPECT_HEADINGS``)
ASPECT_HEADINGS = (
    (
        rx.compile(r"\b(?:problems?|weakness(?:es)?|weak\s+(?:spots?|points?|sides?)|shortcomings?|downsides?|drawbacks?|"
                   r"limitations?|limits|risks?|dangers?|issues?|cons|disadvantages?|challenges?|fails?|failures?|"
                   r"goes\s+wrong|go\s+wrong|bad\s+at|bad\s+things|falls?\s+short|(?:the|any|a)\s+catch)\b", re.IGNORECASE),
        rx.compile(r"\b(?:fails?|falls\s+short|unstable|collapse|limits?|limitations|risks?|misuse|concerns|challenges?|"
                   r"costly|mistakes|gap|resistance|bias|harmful|falsehoods)\b", re.IGNORECASE),
    ),
    (
        rx.compile(r"\b(?:good\s+things|good\s+at|strengths?|strong\s+points?|upsides?|advantages?|pros|benefits?|"
                   r"does\s+well|do\s+well|best\s+at|why\s+use)\b", re.IGNORECASE),
        rx.compile(r"\b(?:does\s+well|benefits|advantages|strengths)\b", re.IGNORECASE),
    ),
    (
        rx.compile(r"\b(?:uses?|used|usage|applications?|applied|real[\s-]+(?:world|life)|irl|in\s+practice|good\s+for|"
                   r"use\s+cases?)\b", re.IGNORECASE),
        rx.compile(r"\b(?:used\s+for|uses|applications|in\s+games|everyday|use\s+cases|for\s+products)\b", re.IGNORECASE),
    ),
    (
        rx.compile(r"\b(?:tell\s+(?:if|when|whether)|spot|spotting|detect|notice|check(?:\s+if|\s+whether)?|"
                   r"know\s+(?:if|when|whether)|(?<!the\s)(?<!any\s)(?<!a\s)catch|reduce|prevent|avoid|fix|stop|less|fewer|"
                   # ("can that be fixed", "is it preventable", "can it be stopped")
                   r"fixed|fixable|stopped|prevented|preventable|avoided|avoidable|reduced|solved|solvable|cured)\b", re.IGNORECASE),
        rx.compile(r"\b(?:spot|reduce|fix|helps|avoid|prevent)\b", re.IGNORECASE),
    ),
    (
        rx.compile(r"\b(?:expensive|costly|costs?|pricey|cheap|cheaper|money|compute|hardware|gpus?)\b", re.IGNORECASE),
        rx.compile(r"\b(?:cost|costly|compute|computing)\b", re.IGNORECASE),
    ),
    (
        rx.compile(r"\b(?:illegal|legal|laws?|regulat\w*|allowed|banned|ban|government)\b", re.IGNORECASE),
        rx.compile(r"\b(?:regulation|act|executive\s+order)\b", re.IGNORECASE),
    ),
    # Fairness of AI deciding about people, in everyday words: "is it fair to let ai pick who gets
    # hired", "is it ethical to screen cvs with ai", "is it ok for a computer to decide who gets a
    # loan". A word of fairness or ethics and a decision about people (or a machine asked to make
    # one); "hired", "loan", "university" only frame it, and "hired" drew the skills gap ("struggle
    # to hire professionals"). Idioms of "fair" ("fair enough", "to be fair", "a fair amount")
    # judge nothing.
    (
        rx.compile(
            r"^(?=.*\b(?:(?<!to\sbe\s)fair(?!\s+(?:enough|amount|bit|share|point|question|comparison|test|split))|fairly|"
            r"unfair\w*|fairness|ethical|unethical|ethics|moral|morally|discriminat\w*|racist|sexist|prejudic\w*|"
            r"(?:is|it'?s|that'?s)\s+(?:it\s+)?(?:right|ok|okay|wrong)\s+(?:that|for|to\s+let|to\s+use))\b)"
            r"(?=.*\b(?:decid\w*|decision\w*|pick\w*|choos\w*|chose|judg\w*|rank\w*|screen\w*|sort\w*|select\w*|"
            r"hir(?:e|ed|es|ing)|promot\w*|approv\w*|reject\w*|assess\w*|grad(?:e|es|ed|ing)|rate[sd]?|rating|"
            r"people|person|applicants?|candidates?|job\s+seekers?|employees?|workers?|staff|students?|customers?|"
            r"patients?|women|men|minorities|groups?\s+of\s+people|everyone|us|me)\b)",
            re.IGNORECASE | re.DOTALL,
        ),
        rx.compile(r"\b(?:bias|responsible)\b", re.IGNORECASE),
    ),
    # Whether one field belongs to another: "so is it part of machine learning or a separate thing
    # altogether?", "is gen ai inside ml or beside it", "which one sits inside the other?". After a
    # comparison of the two, the section that set them apart ("they are separate branches ...")
    # answered again; the course says how they nest in "Generative AI is built on machine
    # learning" and "Machine learning inside the wider field of AI" (stop 41, set ZY).
    (
        BELONGS,
        rx.compile(r"\b(?:built\s+on|inside\s+the\s+wider\s+field)\b", re.IGNORECASE),
    ),
)
# How much each aspect's headings gain (times ``HEADING_SHAPE_BONUS``). Fairness twice: its
# questions name the decision's setting and verb ("judge people", "screen cvs", "gets hired"),
# words other sections hold ("Judging generated output ...", "struggle to hire"), while the
# fairness sections' headings say "bias" and "responsible", which the question seldom does.
ASPECT_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 3.0)
_DEFINITION = rx.compile(
    r"^\W*(?:what(?:'s|\s+is|\s+are)|whats|define|definition\s+of|meaning\s+of)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\W*$",
    re.IGNORECASE,
)
# The term a "what is X?" question defines: the words before a setting ("precision" in "what is
# precision in machine learning", "the loss" in "what is the loss for a vae").
_SETTING_WORD = r"(?:in|for|of|within|on|with|when|used|about|as)\b"
_DEFINED_TERM = rx.compile(
    r"^\W*(?:what(?:'s|\s+is|\s+are)|whats|define|definition\s+of|meaning\s+of)\s+(?:an?\s+|the\s+)?"
    rf"(?P<term>[\w-]+(?:\s+(?!{_SETTING_WORD})[\w-]+){{0,2}}?)(?:\s+{_SETTING_WORD}.*)?\W*$",
    re.IGNORECASE,
)
DEFINED_HEADINGS = 2  # a defined term heading at most this many sections names their subject


_DEFINED_ABBREVIATION = rx.compile(r"((?:[A-Za-z][\w-]*\s+){1,5}?)\(([A-Z][A-Za-z0-9-]{1,7}?)s?\)")
_ABBREVIATION_BRACKET = rx.compile(r"\([A-Z]")


def _defined_abbreviations(text: str) -> Iterator[re.Match[str]]:
    """``_DEFINED_ABBREVIATION.finditer(text)``, searched only in the words before each bracket that
    opens on a capital: tried from every position of the course, the pattern cost ~150 ms of each
    cold start (stop 33, issue 11). A match is words, spaces and hyphens up to its bracket, so it
    starts after the last other character before the bracket, and it ends within 11 characters of
    the bracket; searching from where the last match ended keeps them apart, as ``finditer`` does."""
    resume = 0
    for bracket in _ABBREVIATION_BRACKET.finditer(text):
        start = bracket.start()
        while start > resume and (text[start - 1].isalnum() or text[start - 1].isspace() or text[start - 1] in "_-"):
            start -= 1
        for match in _DEFINED_ABBREVIATION.finditer(text, max(start, resume), bracket.start() + 11):
            resume = match.end()
            yield match


def course_aliases(sections: Sequence[Section]) -> dict[str, str]:
    """Abbreviations the course defines ("variational autoencoder (VAE)"), both ways, lower
    case: the long form is the shortest run of words before the brackets whose initials spell
    the abbreviation (a letter may come from a second part, "auto-encoder")."""
    aliases: dict[str, str] = {}
    for section in sections:
        for match in _defined_abbreviations(section.text):
            words, short = match.group(1).split(), match.group(2).lower().replace("-", "")
            for n in range(1, len(words) + 1):
                initials = "".join(w[0].lower() for w in words[-n:])
                if initials == short or (n >= 2 and short.startswith(initials) and len(short) == len(initials) + 1):
                    long = " ".join(words[-n:]).lower()
                    aliases.setdefault(short, long)
                    aliases.setdefault(long, short)
                    break
    return aliases


@dataclass(frozen=True)
class Hit:
    """One section's retrieval result, with the parts of its score (for debugging and tests)."""

    section: Section
    score: float
    dense: float
    lexical: float  # raw BM25
    coverage: float  # idf-weighted share of the query's informative words present in the section
    asked: float = 0.0  # best cosine with one of the section's learner asks
    routed: float = 0.0  # the section router's part of ``score`` (router.MIX x its probability)


@dataclass
class SearchResult:
    query: str
    hits: list[Hit]
    in_scope: bool
    mode: str  # "hybrid" or "bm25"
    contextual_query: str | None = None  # set when earlier questions were used
    topic: str | None = None  # the conversation's topic, when the query was taken as a follow-up
    already_said: str = ""  # follow-ups: the previous answer, whose sentences are not repeated first
    # A question of its own (no pronoun, not a fragment) that the course does not cover alone,
    # in scope only because it lands near the topic under discussion (``SearchIndex.search``).
    leaned: bool = False
    last_answer: str = ""  # any later turn: the previous answer (a section it quoted is not quoted again)
    remembered: str = ""  # follow-ups: what every answer the conversation remembers quoted
    again: bool = False  # follow-ups: the learner asks to hear again what was said ("... again?")
    subject: str | None = None  # a follow-up read as a switch ("and the decoder?"): its new subject
    # A follow-up whose pronoun points at the subject the last answer opened with ("does that one
    # need k?" after "the algorithm that handles odd shapes" -> "DBSCAN ..."): that subject's name.
    pointed: str | None = None
    pointed_after: str = ""  # ... and the words of the subject before it ("k-means"), which it is not
    carried: str = ""  # ... and the earlier question its new subject was put into ("ml limitations" for "what about bias")
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
        learner: LearnerLanguage | None = None,
    ) -> None:
        self.course = course
        self.learner = learner if learner is not None else load_learner_language(course)
        self.embedder = embedder
        self.sections: tuple[Section, ...] = course.sections
        self._position = {s.id: i for i, s in enumerate(self.sections)}
        self._opening_sections = np.array(
            [lesson.sections[0].id == s.id for s in self.sections for lesson in [course.lesson(s.lesson_id)]],
            dtype=np.float32,
        )
        self._why_headings = np.array([s.heading.lower().startswith("why") for s in self.sections], dtype=np.float32)
        self._aspect_headings = [
            (aspect, np.array([bool(heading.search(s.heading)) for s in self.sections], dtype=np.float32))
            for aspect, heading in ASPECT_HEADINGS
        ]
        self._query_memo: dict[str, np.ndarray] = {}
        self._families: np.ndarray | None = None  # ``_section_families``, computed once
        self._sentence_terms: dict[str, list[frozenset[str]]] = {}
        self._analysed: dict[str, list[str]] = {}
        self._heading_terms = [frozenset(self.analyse(s.heading)) for s in self.sections]
        self._heading_counts = Counter(t for terms in self._heading_terms for t in terms)
        self._title_terms = [frozenset(self.analyse(lesson.title)) for lesson in course.lessons]

        # BM25 over sections (``corpus.lexical_texts``): shipped precomputed in
        # knowledge/index/lexical.npz, built with bm25s when that file is stale (see lexical.py).
        self._lexical = lexical.load(lexical_texts(course), self.analyse)
        # Term -> which sections contain it, so coverage is a few vector adds per query.
        self._term_sections: dict[str, np.ndarray] = self._lexical.term_sections()
        n = self._lexical.num_docs
        df = self._lexical.doc_frequencies()
        self._df = df  # term -> how many sections hold it
        self._setting_stems: frozenset[str] | None = None  # see ``setting_stems``, built on first use
        self._rare_terms = frozenset(t for t, c in df.items() if c <= HEADING_TERM_SECTIONS)
        self._idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self._unknown_idf = math.log(1 + (n + 0.5) / 0.5)
        self.vocabulary = frozenset(df)
        # Words the course answers in: its own plus the learners' words of the asks and glossary.
        self.known = self.vocabulary | self.learner.word_stems()

        self.aliases = course_aliases(self.sections)
        self._alias_patterns: tuple[dict[str, str], list[tuple[re.Pattern[str], str]]] | None = None
        # BM25 reads an abbreviation the course uses more rarely than its spelled-out form ("ML"
        # is written in one section, "machine learning" in 64) as that long form: the course
        # defines it once and then spells it out, so its rarity says where it was defined, not
        # what a question about it is about ("which programming should I learn for an ML job"
        # drew the definition of machine learning). Abbreviations the course keeps using ("GAN",
        # "VAE", "PCA") stay as they are.
        self._bm25_as_long: dict[str, list[str]] = {}
        for short, long in self.aliases.items():
            short_terms, long_terms = self.analyse(short), self.analyse(long)
            if len(short_terms) != 1 or " " in short or not long_terms:
                continue
            if df.get(short_terms[0], 0) < min(df.get(t, 0) for t in long_terms):
                self._bm25_as_long[short_terms[0]] = long_terms

        # Learner asks: extra dense documents that map back to their section (max-fusion).
        # BM25 over the asks was measured too (weights 0.5 and 1): it never helped the learner
        # set and cost the old evaluation a top-1 question, so asks are dense only.
        self._ask_section = np.array(
            [self._position[a.section_id] for a in self.learner.asks], dtype=np.int64
        )

        # Dense: chunk vectors (section score = best chunk) and sentence vectors (for answers).
        self.chunk_vectors: np.ndarray | None = None
        self.sentence_vectors: np.ndarray | None = None
        self.ask_vectors: np.ndarray | None = None
        self.router: Router | None = None
        self.router_key: str | None = None
        self.built_vectors = False
        self._chunk_starts: np.ndarray | None = None
        if embedder is not None:
            from tutor.core.answering.embeddings import cached_encode

            texts = dense_texts(course, self.learner)
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
            built_asks = False
            if self.learner.asks:
                self.ask_vectors, built_asks = cached_encode(embedder, texts["asks"], "asks", on_status)
            self.built_vectors = built_chunks or built_sentences or built_asks
            self.router = self._load_router(embedder, texts, on_status)
        starts = np.cumsum([0] + [len(s.sentences) for s in self.sections])
        self._sentence_offsets = starts

    def _load_router(self, embedder, texts: dict[str, list[str]], on_status) -> Router | None:
        """The section router for these vectors (``router.py``): shipped, cached or trained now."""
        from tutor.core.answering.embeddings import router_key_for

        self.router_key = key = router_key_for([s.id for s in self.sections], texts, embedder.cache_key)

        def examples() -> list[tuple[np.ndarray, np.ndarray]]:
            vectors = {"chunks": self.chunk_vectors, "sentences": self.sentence_vectors, "asks": self.ask_vectors}
            labels = course_labels(self.course, self.learner)
            return [(vectors[n], labels[n]) for n in ROUTER_NAMESPACES if vectors[n] is not None]

        return load_router(key, examples, len(self.sections), embedder.dimension, on_status)

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

    def other_names(self, text: str) -> list[str]:
        """``text`` with any abbreviation or long form it uses replaced by its other name
        ("VAE" <-> "variational autoencoder"), as the course defines them; [] when none."""
        if self._alias_patterns is None or self._alias_patterns[0] is not self.aliases:
            # Compiled once (for the aliases they were made from): ``re`` keeps 512 patterns, and
            # one made here per alias on every call pushed the package's own out of its cache.
            self._alias_patterns = (self.aliases, [
                (re.compile(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", re.IGNORECASE), other)
                for name, other in self.aliases.items()
            ])
        return [pattern.sub(other, text) for pattern, other in self._alias_patterns[1] if pattern.search(text)]

    @property
    def heading_terms(self) -> list[frozenset[str]]:
        """Per section, in ``sections`` order, the analysed terms of its heading (built at start)."""
        return self._heading_terms

    @property
    def rare_terms(self) -> frozenset[str]:
        """Analysed terms that at most ``HEADING_TERM_SECTIONS`` sections hold."""
        return self._rare_terms

    def heading_terms_of(self, section: Section) -> frozenset[str]:
        """The analysed terms of ``section``'s heading, from the set built at start: headings are
        compared with questions on many paths, and analysing them again per question was waste."""
        at = self._position.get(section.id)
        return self._heading_terms[at] if at is not None else frozenset(self.analyse(section.heading))

    @property
    def heading_counts(self) -> Counter[str]:
        """For each analysed heading term, how many section headings hold it ("skills" a few,
        "learning" many): tells a word that names a topic from one all over the course."""
        return self._heading_counts

    def idf(self, term: str) -> float:
        """Inverse document frequency of an analysed term over sections (rare terms weigh more)."""
        return self._idf.get(term, self._unknown_idf)

    def content_words(self, text: str) -> list[str]:
        return content_words(text)

    # -- scoring -------------------------------------------------------------------------------

    def _bm25_scores(self, terms: Sequence[str]) -> np.ndarray:
        return self._lexical.scores(terms)

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

    def coverage(self, terms: Sequence[str]) -> np.ndarray:
        """Per section: the idf-weighted share of ``terms`` it contains (see ``_coverage``)."""
        return self._coverage(terms)

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

    def prefetch(self, queries: Sequence[str], expand: bool = True) -> None:
        """Embed the texts that searching ``queries`` (no conversation) will embed, in one
        MiniLM forward pass, and remember them for ``encode_query``. Why: a comparison searches
        each side; two short texts in one batch cost about 30% less than one after the other.
        The batch pads the shorter text, so its vector can differ from a lone one in the last
        float bits (the mask keeps the padding out; answers are unchanged)."""
        if self.embedder is None or self.chunk_vectors is None:
            return
        texts = [self.learner.expand(q) if expand else q for q in queries]
        missing = list(dict.fromkeys(t for t in texts if t not in self._query_memo))
        if len(missing) < 2:
            return  # one text alone is embedded as before
        for text, vector in zip(missing, self.embedder.encode(missing), strict=True):
            if len(self._query_memo) >= 64:
                self._query_memo.pop(next(iter(self._query_memo)))
            self._query_memo[text] = vector

    def sentence_terms(self, section: Section) -> list[frozenset[str]]:
        """Analysed terms of each sentence of ``section`` (computed once)."""
        terms = self._sentence_terms.get(section.id)
        if terms is None:
            terms = [frozenset(self.analyse(sentence)) for sentence in section.sentences]
            self._sentence_terms[section.id] = terms
        return terms

    def _dense_scores(
        self, vector: np.ndarray, route: bool = True
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per section: the best cosine with its course passages, the score retrieval ranks by,
        the best cosine with its learner asks, and the section router's part of that score.

        The ranked score is the better of the passage cosine and ``ASK_WEIGHT`` times the ask
        cosine (question-to-question similarities run higher than question-to-passage ones),
        plus, when ``route``, ``router.MIX`` times the router's probability for the section."""
        with self._blas():
            sims = self.chunk_vectors @ vector
            ask_sims = self.ask_vectors @ vector if self.ask_vectors is not None and len(self._ask_section) else None
        best = np.full(len(self.sections), -1.0, dtype=np.float32)
        if self._chunk_starts is not None:
            best = np.maximum.reduceat(sims, self._chunk_starts).astype(np.float32)
        else:
            np.maximum.at(best, self._chunk_section, sims)
        asked = np.full(len(self.sections), -1.0, dtype=np.float32)
        ranked = best
        if ask_sims is not None:
            np.maximum.at(asked, self._ask_section, ask_sims)
            ranked = np.maximum(best, asked * ASK_WEIGHT)
        routed = np.zeros(len(self.sections), dtype=np.float32)
        if route and self.router is not None:
            with self._blas():
                routed = ROUTER_MIX * self.router.probabilities(vector)
        return best, ranked + routed, asked, routed

    def sentence_similarities(self, section: Section, vector: np.ndarray | None) -> np.ndarray | None:
        """Cosine of the query with each sentence of ``section`` (None without embeddings)."""
        if vector is None or self.sentence_vectors is None:
            return None
        i = self._position[section.id]
        start, end = self._sentence_offsets[i], self._sentence_offsets[i + 1]
        with self._blas():
            return self.sentence_vectors[start:end] @ vector

    def _blas(self) -> object:
        """One BLAS thread for the query's matrix products, as for encoding it
        (``Embedder.limit_threads``); without an embedder there are none."""
        limit = getattr(self.embedder, "limit_threads", None)
        return limit() if limit is not None else contextlib.nullcontext()

    # -- conversation --------------------------------------------------------------------------

    def is_follow_up(self, question: str) -> bool:
        """Does the question lean on earlier ones ("what are its limitations?", "why?",
        "biggest weakness?")? See ``conversation.is_follow_up``."""
        return conversation_module.is_follow_up(question, self)

    def lesson_of(self, text: str) -> str | None:
        """The lesson whose section best answers ``text`` (None when the course does not)."""
        return self._lesson_of(text)

    def router_family(self, text: str) -> str | None:
        """The family (``described.PREDICTING_FAMILY`` or ``MAKING_FAMILY``) the section router
        places ``text`` in, when it is sure: at least ``FAMILY_SHARE`` of its probability on the
        sections of one family's lessons and ``FAMILY_LEAD`` times the other's; else None (and
        without the model or the router).

        Why: a learner names a machine by its job in words no list of verbs foresees ("the
        dashcam that spots sleepy drivers"); the router, trained on every learner ask, places it
        among image recognition, predictive analytics or recommendation, all of one family. Summed
        over a family, its probabilities are surer than its first choice alone."""
        if self.router is None:
            return None
        vector = self.encode_query(self.learner.expand(text))
        if vector is None:
            return None
        with self._blas():
            probabilities = self.router.probabilities(vector)
        families = self._section_families()
        predicting = float(probabilities[families == 1].sum())
        making = float(probabilities[families == 2].sum())
        if predicting >= FAMILY_SHARE and predicting >= FAMILY_LEAD * making:
            return described.PREDICTING_FAMILY
        if making >= FAMILY_SHARE and making >= FAMILY_LEAD * predicting:
            return described.MAKING_FAMILY
        return None

    def _section_families(self) -> np.ndarray:
        """Per section: 1 in a lesson on predictive machine learning, 2 in one on generative AI
        or under a heading about generated content in another lesson ("Deepfakes and ..."), else 0."""
        if self._families is None:
            self._families = np.array([
                1 if s.lesson_id in PREDICTING_LESSONS
                else 2 if s.lesson_id in MAKING_LESSONS or _GENERATED_HEADING.search(s.heading)
                else 0
                for s in self.sections
            ], dtype=np.int8)
        return self._families

    def best_cosines(self, questions: Sequence[str]) -> np.ndarray | None:
        """Per question, its best cosine with the course's passages, embedded in one batch (and
        remembered, as the search will embed them): how plainly the course speaks of each of a
        follow-up's possible readings (``conversation.resolve``). None without the model."""
        if self.embedder is None or self.chunk_vectors is None:
            return None
        self.prefetch(questions)
        vectors = [self.encode_query(self.learner.expand(q)) for q in questions]
        return np.array([float(self._dense_scores(v)[0].max()) for v in vectors], dtype=np.float32)

    # -- search --------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        k: int = 5,
        history: Sequence[str] | Conversation | None = None,
        expand: bool = True,
        follow: bool | None = None,
        route: bool = True,
    ) -> SearchResult:
        """Rank sections for ``query``; decide whether the course covers it.

        ``history`` is the conversation so far (a ``Conversation``, or the earlier questions):
        a follow-up is searched together with the topic being discussed, and sections of the
        lesson last cited get a small bonus. ``expand`` adds the course terms for everyday
        phrases of the glossary. ``follow`` forces (True) or forbids (False) reading the query
        as a follow-up; by default it is decided here. ``route`` adds the section router's vote
        (``router.py``); it is learned from whole questions, so a comparison searching its sides
        (fragments such as "bias in a text generator") turns it off, and a follow-up searched
        with its topic never uses it."""
        conversation = Conversation.from_history(history) if history else None
        has_topic = bool(conversation and conversation.topic)
        if not has_topic or follow is False:
            return self._rank(query, k, None, None, expand, route=route)
        assert conversation is not None and conversation.topic is not None
        topic = conversation.topic
        # "so it doesn't need labels at all?": the learner checks what the section just quoted said.
        seen = {} if conversation_module.checks_what_was_said(query) else self._seen(conversation)
        leaning = (
            follow or self.is_follow_up(query)
            or conversation_module.part_of_the_last(query, conversation, self) is not None
            # "so nobody has to label anything?": a point of the last answer restated, to check it
            or conversation_module.confirms_the_last(query, conversation)
            or conversation_module.opens_as_a_follow_up(query, self)
        ) and (follow is not None or not shapes.points_within(query))
        alone = None
        if not leaning and conversation_module.asks_a_quoted_detail(query, conversation, self):
            # A detail one sentence of the section just cited states, asked in words of its own
            # ("how long a policy can an llm summarise" after AI in finance): it leans when,
            # searched alone, it leaves the lesson under discussion (the detail's general section
            # elsewhere, or nothing); within the lesson the search alone places it well ("so is
            # the encoder used when generating" after how VAEs make pictures: the sibling that
            # says so).
            alone = self._rank(query, k, None, None, expand)
            leaning = not alone.in_scope or alone.best.section.lesson_id != conversation.lesson
        if leaning:
            # The follow-up's own words narrow the topic rather than replace it (conversation.py).
            extra = conversation_module.follow_up_bonus(query, conversation, self)
            asked = conversation_module.narrowed_question(query, conversation)
            event = conversation_module.event_topic(query, conversation) or conversation_module.compared_topic(
                query, conversation
            )
            # "how much computing does that need?" after training a VAE: the lesson on the aspect
            # asked about, with the topic as context, when the topic's lesson has nothing on it.
            aspect = conversation_module.aspect_lesson(query, conversation, self)
            depth = len(self.sections) if aspect else k
            if event is not None:
                # "how long does that take?": "that" is the previous question's doing (training
                # a language model), which another lesson than the subject's may answer.
                result = self._rank(asked, depth, event, aspect, expand, seen)
            else:
                lesson = aspect or conversation.lesson or self._lesson_of(topic)
                result = self._rank(asked, depth, topic, lesson, expand, seen, extra)
            if aspect:
                # The topic's name ranks its own lesson first whatever is asked of it; the
                # aspect's lesson answers, its best section for the topic first.
                best = next((h for h in result.hits if h.section.lesson_id == aspect), None)
                if best is not None:
                    result.hits = [best, *[h for h in result.hits if h is not best]]
                result.hits = result.hits[:k]
            elif (headed := conversation_module.aspect_heading(query, conversation, self)) is not None:
                # "how much compute does it take to train?" after GANs: the topic's own section on
                # the aspect ("... unstable and costly") answers, not the compute lesson's sections
                # its words alone find.
                hit = next((h for h in result.hits if h.section.id == headed.id), None)
                if hit is not None and hit is not result.hits[0]:
                    result.hits = [hit, *[h for h in result.hits if h is not hit]]
            result.query = query
            result.topic = conversation_module.carried_topic(query, topic)
            result = self._stay_on_topic(result, conversation)
            if not result.in_scope and follow is None and conversation_module.topic_words(query):
                # Read as a follow-up by a pronoun ("my bank froze my card for a weird purchase,
                # how did it know" after spam filters), the topic found nothing; a question with
                # words of its own that the course covers alone is answered alone.
                alone = self._rank(query, k, None, None, expand)
                if alone.in_scope:
                    return alone
            return result
        if alone is None:
            alone = self._rank(query, k, None, None, expand)
        # "what is the discriminator shown" after adversarial training names a thing the last
        # answer named and nothing new: it may lean however confidently it lands elsewhere alone.
        if not conversation_module.names_the_last(query, conversation) and (
            self._new_subject(query, alone, conversation)
            # "model A guesses ..., model B says ... same kind?": its own things are its topic.
            or conversation_module.describes_its_own_things(query)
            or self._foreign_to_the_talk(query, alone, conversation)
            or self._defines_an_unsaid_thing(query, conversation)
            or (not self._may_lean(query, alone) and not self._near_the_topic(alone, conversation)
                # "could our depot knock one up for ...?" after custom chatbots: "one" is the
                # thing discussed, and alone the question finds nothing (stop 38)
                and not (conversation_module.makes_one(query) and not alone.in_scope))
            or self._a_machine_of_its_own(query, conversation)
        ):
            return self._tie_to_the_topic(alone, conversation)
        lesson = conversation.lesson or self._lesson_of(topic)
        along = self._rank(query, k, topic, lesson, expand, seen)
        # A question with no confident place of its own ("what goes wrong if the steps are too
        # big?", "which algorithms are typical?") leans on the conversation when the topic
        # makes it land clearly better (the lesson bonus aside).
        bonus = LESSON_BONUS if lesson is not None and along.best.section.lesson_id == lesson else 0.0
        if alone.best.dense < WEAK_ALONE or along.best.score - bonus > alone.best.score + LEAN_MARGIN:
            along.topic = conversation_module.carried_topic(query, topic)
            along.leaned = not alone.in_scope
            return self._stay_on_topic(along, conversation)
        return alone

    def _seen(self, conversation: Conversation) -> dict[str, float]:
        """The sections the last answer cited, each with the share of its sentences that the
        answers the conversation remembers have quoted (``SEEN_PENALTY`` is weighed by it)."""
        said = conversation.already_said
        seen = {}
        for section_id in conversation.sections:
            position = self._position.get(section_id)
            if position is None:
                continue
            sentences = self.sections[position].sentences
            if not said or not sentences:
                seen[section_id] = 1.0  # a section being read in the lesson view: all of it
            elif self.told_its_part(self.sections[position], conversation.topic or "", said):
                seen[section_id] = 1.0
            else:
                seen[section_id] = sum(s in said for s in sentences) / len(sentences)
        return seen

    def told_its_part(self, section: Section, topic: str, said: str) -> bool:
        """Was every sentence of ``section`` naming ``topic`` said, in a section about something
        else (its opening does not name the topic)? "what is a decision tree" is told the tree's
        sentence of the algorithms passage, not the other algorithms (stop 36): for the topic,
        that section has been read, and "any downside?" next looks elsewhere (the deep tree that
        overfits), as when the whole passage was quoted."""
        # (A topic kept as the whole first question, "analyst at a hockey club. what is feature
        # engineering", is the thing its asking clause names.)
        wanted = set(self.analyse(compose.without_the_field(compose.what_it_is(topic) or topic)))
        if not wanted or not section.sentences or wanted <= set(self.analyse(section.sentences[0])):
            return False
        naming = [
            s for s in section.sentences[1:] if wanted <= set(self.analyse(s)) and not compose.WORKED_FIGURES.search(s)
        ]
        return bool(naming) and all(s in said for s in naming)

    def _stay_on_topic(self, result: SearchResult, conversation: Conversation) -> SearchResult:
        """A follow-up about a topic the course just answered ("how do people spot them?" after
        deepfakes) is answered from that lesson even when its own words match weakly: the
        course's best passage in the lesson under discussion answers it."""
        if result.in_scope or result.mode != "hybrid" or conversation.lesson is None:
            return result
        # The section just cited, ranked first for the follow-up, stays whatever its cosine: "and if
        # its really low?" after temperature is about that section (cosine 0.19, and declined).
        near = [
            h for h in result.hits[:3]
            if h.section.lesson_id == conversation.lesson
            and (h.dense >= ON_TOPIC_DENSE or (h is result.hits[0] and h.section.id in conversation.sections))
        ]
        # The section just discussed first, then the rest of its lesson.
        near.sort(key=lambda h: h.section.id not in conversation.sections)
        hit = near[0] if near else None
        if hit is not None:
            result.hits = [hit] + [h for h in result.hits if h is not hit]
            result.in_scope = True
        return result

    def _tie_to_the_topic(self, alone: SearchResult, conversation: Conversation) -> SearchResult:
        """A question of its own that the course covers in several sections about equally ("i run
        a small clothes shop. what could gen ai actually do for me?" after how shops use AI: the
        benefits of generative AI, the retail section ...): the conversation breaks the tie, and a
        section of the lesson under discussion within ``PROMOTE_MARGIN`` of the best answers."""
        if not alone.in_scope or not alone.hits or conversation.lesson is None:
            return alone
        best = alone.hits[0]
        if best.section.lesson_id == conversation.lesson:
            return alone
        hit = next(
            (h for h in alone.hits[1:3] if h.section.lesson_id == conversation.lesson and h.score >= best.score - PROMOTE_MARGIN),
            None,
        )
        if hit is not None:
            alone.hits = [hit] + [h for h in alone.hits if h is not hit]
        return alone

    def _near_the_topic(self, alone: SearchResult, conversation: Conversation) -> bool:
        """A question in everyday words of its own that the course does not cover alone, yet whose
        own best passages include the lesson under discussion ("so how does netflix know what my
        wife likes to watch?" after recommendation systems, "is that why it cant count the r's in
        strawberry?" after tokens): the learner's life or an example is the setting, the topic is
        still what is asked about. Off-course requests in a conversation ("my grandma loves
        gardening, when should she plant tomatoes?") come nowhere near the lesson."""
        if alone.in_scope or alone.mode != "hybrid" or conversation.lesson is None:
            return False
        if any(
            (h.section.lesson_id == conversation.lesson or h.section.id in conversation.sections)
            and h.dense >= ON_TOPIC_DENSE
            for h in alone.hits[:3]
        ):
            return True
        # "what ratio do people usually use" after the train/test split: no passage of the course
        # speaks of it alone, but a sentence of the section just cited does ("train on about 80
        # percent ... test on the remaining 20"); an off-course question ("what's the capital of
        # peru") is near no sentence of it. Unless a pronoun points back ("could a small one run
        # on my laptop"), the sentence must also be nearer than any section the question finds
        # alone: "how does a self checkout camera know what fruit i put down" after GANs is
        # nearer image classification than the discriminator judging samples.
        pointing = conversation_module.refers_back(alone.query)
        nearest_alone = 0.0 if pointing else max((h.dense for h in alone.hits), default=0.0)
        for section_id in conversation.sections:
            position = self._position.get(section_id)
            if position is None:
                continue
            sims = self.sentence_similarities(self.sections[position], alone.query_vector)
            if sims is not None and sims.size and float(sims.max()) >= max(ON_TOPIC_DENSE, nearest_alone):
                return True
        return False

    def _new_subject(self, query: str, alone: SearchResult, conversation: Conversation) -> bool:
        """A question that a learner ask places confidently (as ranking counts an ask,
        ``ASK_WEIGHT`` x its cosine, at ``CONFIDENT_ALONE``), away from the sections just cited,
        and that names nothing of the topic under discussion (``conversation.names_the_topic``:
        "ai" or "model" name nothing, they are in nearly every section) starts a new subject:
        "why does spotify keep suggesting the same kind of songs" after fake videos leaned on
        them, answered with a paragraph about generative models copying, and the topic grew with
        every such turn. "what percent usually goes to testing" after the train-test split shares
        "test", and "the related thing for catching weird sensor readings" after predictive
        analytics lands on the section just cited: both still lean."""
        if alone.mode != "hybrid" or not alone.hits or ASK_WEIGHT * alone.best.asked < CONFIDENT_ALONE:
            return False
        if alone.best.section.id in conversation.sections:
            return False
        return not conversation_module.names_the_topic(query, conversation.topic or "", self)

    def _a_machine_of_its_own(self, query: str, conversation: Conversation) -> bool:
        """A question naming a self-acting machine (a self-driving car, a drone, an autopilot:
        ``described.SELF_ACTING``) that the topic under discussion does not name asks about that
        machine: "how do self driving cars see" after GANs or the deepfake poster was answered
        from the generator's section, its four course words short enough to lean. Searched alone,
        the course names such machines only in passing and the decline says so. A lesson that
        names such machines itself still carries the question ("how do self driving cars fit in"
        after what RL is: the RL lesson names them among its uses)."""
        if _SELF_ACTING_MACHINE.search(query) is None:
            return False
        if conversation_module.names_the_topic(query, conversation.topic or "", self):
            return False
        lesson = conversation.lesson
        return not any(s.lesson_id == lesson and _SELF_ACTING_MACHINE.search(s.text) for s in self.sections)

    def _foreign_to_the_talk(self, query: str, alone: SearchResult, conversation: Conversation) -> bool:
        """A question with words of its own, no pointing word, that the course covers alone in
        another lesson, and that shares not one word with what is being discussed (the topic,
        the sections just cited): a new subject however short or weakly placed ("is my bank
        using ai to watch my card" after how a VAE makes digits; "can i trust a chatbot about
        my pills" after AI art). A follow-up that narrows with a new word still shares the
        section's words ("which coding language tho" after the skills for ML: "language")."""
        if alone.mode != "hybrid" or not alone.in_scope or not alone.hits or conversation.lesson is None:
            return False
        if alone.best.section.lesson_id == conversation.lesson or alone.best.section.id in conversation.sections:
            return False
        if _CARRIES_ON.match(query):
            return False  # "wait so where does the data come from then?": the learner goes on
        own = set(self.analyse(" ".join(conversation_module.topic_words(query))))
        if not any(self.idf(t) >= conversation_module.OWN_IDF for t in own):
            return False
        talk = set(self.analyse(" ".join(conversation_module.topic_words(conversation.topic or ""))))
        cited = [self.sections[self._position[s]] for s in conversation.sections if s in self._position]
        for section in cited:
            talk |= self.heading_terms_of(section).union(*self.sentence_terms(section))
        if own & talk:
            return False
        # Everyday words for what was said ("the fake pictures" after synthetic images, "the
        # privacy catch" after personal data) share no word but come near one of its sentences,
        # as near as a follow-up kept in its lesson (``ON_TOPIC_DENSE``).
        for section in cited:
            sims = self.sentence_similarities(section, alone.query_vector)
            if sims is not None and sims.size and float(sims.max()) >= ON_TOPIC_DENSE:
                return False
        return True

    def _defines_an_unsaid_thing(self, query: str, conversation: Conversation) -> bool:
        """"what's a model card?" after what a VAE is: a bare definition of a thing named with
        "a"/"an" whose name, as a phrase, neither the topic nor the sections just cited say, is a
        new subject, however many of its words the talk shares ("model"); alone it is answered
        or declined as the term it is. "what's a latent space" after VAEs names a phrase the
        section said and may still lean; "whats a low value" after temperature asks a graded
        instance of the topic (``_GRADED``, aspect words) and leans."""
        match = _NEW_THING.match(query)
        if match is None:
            return False
        words = match.group("name").lower().split()
        if words[0] in _GRADED or len(conversation_module.topic_words(" ".join(words))) < len(words):
            return False
        name = self.analyse(match.group("name"))
        if not name:
            return False
        said = [self.analyse(conversation.topic or "")]
        for section_id in conversation.sections:
            position = self._position.get(section_id)
            if position is not None:
                section = self.sections[position]
                said.append(self.analyse(f"{section.heading} {section.text}"))
        n = len(name)
        return not any(terms[i:i + n] == name for terms in said for i in range(len(terms) - n + 1))

    def _may_lean(self, query: str, alone: SearchResult) -> bool:
        """Could a question with words of its own still lean on the conversation? Only a short
        one made of course words that does not already land confidently on its own."""
        if alone.mode != "hybrid" or not alone.hits or alone.best.dense >= CONFIDENT_ALONE:
            return False
        own = conversation_module.topic_words(query)
        return len(own) <= 4 and all(stem(w) in self.known for w in own)

    def _rank(
        self,
        query: str,
        k: int,
        topic: str | None,
        lesson: str | None,
        expand: bool,
        seen: Mapping[str, float] | None = None,
        extra: Callable[[np.ndarray], np.ndarray] | None = None,
        route: bool = True,
    ) -> SearchResult:
        # Name the topic rather than repeating the earlier question, so "its limitations" is
        # about the topic's limitations, not its definition.
        effective = f"{query} ({topic})" if topic else query
        if topic and conversation_module.narrows(query):
            # "and for a VAE specifically?" after loss functions: the topic is the head of the
            # question ("loss function ... for a VAE"), not an afterthought.
            effective = f"{topic} {query}"
        plain = effective
        if expand:
            effective = self.learner.expand(effective)
        context = topic
        terms = self.analyse(effective)
        if self._bm25_as_long:
            # An abbreviation the course spells out is scored as its long form, once.
            present = set(terms)
            terms = [
                x for t in terms
                for x in (
                    [] if set(self._bm25_as_long.get(t, [t])) <= present and t in self._bm25_as_long
                    else self._bm25_as_long.get(t, [t])
                )
            ]
        lexical = self._bm25_scores(terms)
        coverage = self._coverage(self.analyse(plain))
        vector = self.encode_query(effective if DENSE_EXPANSION else plain)
        if vector is not None:
            # Scope is judged on the course's own passages (``dense``); asks only help ranking.
            # The router judges a learner's own question: a follow-up searched with its topic
            # appended would be sent back to the topic's opening section whatever aspect it asks
            # about ("where is it used irl" after RL went to the RL definition).
            dense, ranked, asked, routed = self._dense_scores(vector, route=route and not topic)
            lex_part = lexical / (lexical + BM25_HALF)
            scores = (1 - LEXICAL_WEIGHT) * ranked + LEXICAL_WEIGHT * lex_part
            # The section the course text alone ranks first: scope is judged on it, as before
            # asks existed, so a chatty ask cannot pull an unrelated request into scope.
            passage_best = int(np.argmax((1 - LEXICAL_WEIGHT) * dense + LEXICAL_WEIGHT * lex_part))
            mode = "hybrid"
        else:
            dense = asked = routed = np.zeros(len(self.sections), dtype=np.float32)
            passage_best = None
            if expand:
                # On keywords alone, scope is the share of the question's words a section holds:
                # "what is ml" holds none ("ml" is the learner's word for "machine learning"), so
                # the learner's phrases count as the course terms they stand for.
                coverage = np.maximum(coverage, self._coverage(self.analyse(self._in_course_terms(plain))))
            top = float(lexical.max()) if lexical.size else 0.0
            scores = lexical / top if top > 0 else lexical
            mode = "bm25"
        if _DEFINITION.match(query) and not context:
            # "What is X?": lessons open with their definition, so a lesson's first section gets
            # a nudge over sections that merely mention X often ("X in games, robotics...").
            scores = scores + DEFINITION_BONUS * self._opening_sections
            defined = self._defined_heading(query, scores)
            if defined is not None:
                # "what is precision in machine learning": the question's frame and setting
                # ("what is X in machine learning") match the asks of the lesson's opening on
                # accuracy, whose last sentence names precision; the section headed by the term
                # itself defines it.
                scores[defined] = max(float(scores[defined]), float(scores.max()) + 1e-3)
        if lesson is not None:
            scores = scores + LESSON_BONUS * np.array(
                [s.lesson_id == lesson for s in self.sections], dtype=np.float32
            )
        if seen:
            # A follow-up usually wants something the last answer did not already say.
            # By the share of the section the conversation has already quoted: the rest of a
            # section read in part ("is it used in medicine?" after data augmentation: its
            # hospital example) is as new to the learner as another section.
            penalty = np.zeros(len(self.sections), dtype=np.float32)
            for section_id, share in seen.items():
                if section_id in self._position:
                    penalty[self._position[section_id]] = share
            scores = scores - SEEN_PENALTY * penalty
        told_headings = self._told_headings(plain) if expand else None
        if told_headings is not None:
            scores = scores + TOLD_HEADING_BONUS * told_headings
        if _WHY.match(query):
            # "Why ...?": a section whose heading is itself a why-question explains a cause.
            scores = scores + HEADING_SHAPE_BONUS * self._why_headings
        asked_aspects = [bool(aspect.search(query)) for aspect, _ in self._aspect_headings]
        for asked_it, (_, headings), weight in zip(asked_aspects, self._aspect_headings, ASPECT_WEIGHTS, strict=True):
            if asked_it:
                scores = scores + weight * HEADING_SHAPE_BONUS * headings
        weak, strong = asked_aspects[0], asked_aspects[1]
        opposite = self._aspect_headings[1 if weak else 0][1]
        if weak and not strong and not asked_aspects[2]:
            # "what are its downsides?" after GANs: what a thing has been used for is no more
            # its weak side than what it does well (the uses section tied the section on why GAN
            # training is unstable and costly, through an ask on what GANs are good for).
            opposite = np.maximum(opposite, self._aspect_headings[2][1])
        if weak != strong and opposite[int(np.argmax(scores))]:
            # The polarity of the ask: "all the weak points" wants where a thing falls short,
            # not its sibling on what it does well, however warmly the question's setting speaks
            # of it ("my son in law swears by ML for his business"), and "the upsides" the other
            # way round. When a heading of the opposite polarity ranks first, those headings
            # lose what the asked ones gain (otherwise the ranking is left as it was).
            scores = scores - HEADING_SHAPE_BONUS * opposite
            top = int(np.argmax(scores))
            runner_up = int(np.argsort(-scores, kind="stable")[1]) if len(scores) > 1 else top
            if (
                opposite[top] and self._aspect_headings[0 if weak else 1][1][runner_up]
                and self.sections[runner_up].lesson_id == self.sections[top].lesson_id
            ):
                # Still first, through asks on its own side (stop 42: "why should my company
                # bother with machine learning" drew "our CEO raves about ML for the business.
                # what are ALL the weak points" to what ML does well), just ahead of its sibling
                # of the asked polarity in the same lesson: the sibling answers instead. (Not
                # when a third section would then lead: "is chatgpt any good at truly original
                # ideas" is answered by where generative AI falls short.)
                scores[top] = scores[runner_up] - 1e-3
        if extra is not None:  # a follow-up's bonus, given the sections' cosines (conversation.py)
            scores = scores + extra(dense)
        order = np.argsort(-scores, kind="stable")[: max(k, 1)]
        hits = [self._hit(i, scores, dense, lexical, coverage, asked, routed) for i in order]
        in_scope = self._in_scope(hits[0], mode) if hits else False
        if hits and mode == "hybrid" and passage_best is not None:
            by_text = self._hit(passage_best, scores, dense, lexical, coverage, asked, routed)
            in_scope = self._in_scope(by_text, mode) or hits[0].asked >= ASK_IN_SCOPE
            if in_scope and not self._in_scope(hits[0], mode) and hits[0].asked < ASK_IN_SCOPE:
                # Ranked first through its asks but weak on course text: a close runner-up
                # that the course's own passages support answers instead, else the passage-best
                # unless both learned signals prefer the first (``_learned_signals_prefer``).
                backed = next(
                    (h for h in hits[1:3] if h.score >= hits[0].score - PROMOTE_MARGIN and self._in_scope(h, mode)),
                    None if self._learned_signals_prefer(hits[0], by_text, routed) else by_text,
                )
                if backed is not None:
                    hits = [backed] + [h for h in hits if h.section.id != backed.section.id]
            if not in_scope and hits[0].asked >= CLEAR_ASK and len(scores) > 1:
                runner_up = float(np.partition(scores, -2)[-2])
                in_scope = (
                    hits[0].score - runner_up >= CLEAR_LEAD
                    or hits[0].dense >= DENSE_WITH_WORDS
                    or (
                        self._router_agrees(self._position[hits[0].section.id], routed)
                        and self._holds_words_of(plain, hits[0], expand)
                    )
                )
            if (
                not in_scope and not context and hits[0].asked >= STRONG_VOTE_ASK
                and len(query.split()) >= LONG_MESSAGE
                and votes_for(routed, self._position[hits[0].section.id], bar=STRONG_VOTE, lead=float("inf"))
                and self._holds_words_of(plain, hits[0], expand)
            ):
                # A long everyday message ("the referencing firm's software is 'right 97% of the
                # time' they boast, but ... isn't that number meaningless?"): its story keeps the
                # passage cosine low and spreads its closeness over many asks, while the router,
                # trained on every ask, passage and sentence, is nearly sure of one section, the
                # section ranked first. Two learned signals agree (stop 35, para35-s35).
                in_scope = True
            if (
                not in_scope and not context and hits[0].asked >= NEIGHBOUR_ASK
                and len(query.split()) >= LONG_MESSAGE and vector is not None
                and self._neighbour_votes(vector)[self._position[hits[0].section.id]] >= NEIGHBOURS_AGREE
            ):
                # A long message in a trade's words whose nearest learner asks mostly belong to
                # the section ranked first (see ``NEIGHBOURS_AGREE``).
                in_scope = True
            if not in_scope and not context and told_headings is not None and told_headings[self._position[hits[0].section.id]]:
                # The section first names a term the question tells whole by its shape (stop 40).
                in_scope = True
            if not in_scope and not context and hits[0].asked >= HEADING_ASK:
                # The term may be named in the learner's words, a glossary phrase of two words or
                # more ("our tool's creativity slider" names temperature): stop 33, zpara-s33.
                in_scope = self.names_heading_term(query, hits[0].section) or (
                    expand and self.names_heading_term(self._in_course_terms(plain, phrases_only=True), hits[0].section)
                )
            if not in_scope and not context and (
                described.names_machine_at_work(query, products=False) or unnamed_machine(query)
                or described.watcher_judged(query)
            ):
                # "the tool that writes our blurbs ... why so inconsistent", "our no-show
                # predictor got better with more bookings": a machine named by its job is the
                # course's subject (a model doing a task) however everyday the rest is, and
                # workplace words keep the passage cosine and coverage under the bar. The
                # section router's first choice, among the first hits, then answers. (Stop 37:
                # an alarm told by its false alarms, misses or share right, ``watcher_judged``,
                # is such a machine too.)
                chosen = next(
                    (h for h in hits[:MACHINE_HITS] if self._router_agrees(self._position[h.section.id], routed)),
                    None,
                )
                polarity = [headings for asked_it, (_, headings) in zip(asked_aspects[:2], self._aspect_headings) if asked_it]
                if chosen is None and len(polarity) == 1 and polarity[0][self._position[hits[0].section.id]]:
                    # "our room-cleaning-time predictor ... what are the known weak spots of these
                    # systems": the machine's weak (or strong) side is asked, and the section first
                    # is headed so ("Where machine learning falls short"), though the router, lost
                    # in the story, votes for none.
                    chosen = hits[0]
                if chosen is not None:
                    in_scope = True
                    hits = [chosen] + [h for h in hits if h.section.id != chosen.section.id]
        if expand and not context and hits and (told := self._told_section(plain, scores)) is not None:
            # A symptom told whole by its shape (``symptoms.told_terms``: "scored brilliantly on
            # the images they built it with, rubbish on ours", "the newsroom isn't using the new
            # tool, still typing by hand") names the course term the learner met; the section
            # whose heading names it answers, however strongly the story's own words (fundus
            # photos, transcription) drew the section of the tool's job (stop 40, zuvo40-s40).
            in_scope = True
            chosen = self._hit(told, scores, dense, lexical, coverage, asked, routed)
            hits = [chosen, *[h for h in hits if h.section.id != chosen.section.id][: max(k, 1) - 1]]
        return SearchResult(
            query=query,
            hits=hits[:k],
            in_scope=in_scope,
            mode=mode,
            contextual_query=effective if context else None,
            topic=topic,
            query_vector=vector,
        )

    def _neighbour_votes(self, vector: np.ndarray) -> np.ndarray:
        """Per section, how many of the ``NEIGHBOUR_ASKS`` learner asks nearest to ``vector`` are
        its own (zeros without asks)."""
        votes = np.zeros(len(self.sections), dtype=np.int32)
        if self.ask_vectors is None or not len(self._ask_section):
            return votes
        with self._blas():
            sims = self.ask_vectors @ vector
        nearest = np.argsort(-sims, kind="stable")[:NEIGHBOUR_ASKS]
        np.add.at(votes, self._ask_section[nearest], 1)
        return votes

    def _learned_signals_prefer(self, best: Hit, by_text: Hit, routed: np.ndarray) -> bool:
        """Do both learned signals rank ``best`` above ``by_text``, the section the course
        passages alone rank first: a closer learner ask, and the section router's first choice?

        Why: a question that names a product or a thing a passage happens to mention ("a chatgpt
        style model", "gpt-4", "my old laptop") has its closest passage in the section naming
        that thing (what makes a language model large, multimodal chatbots), while what it asks
        ("why does it need more computing power than a spam filter") is the subject of another
        section, which the asks and the router find. One chatty ask alone is not trusted over
        the course text (the reason for the passage check); the router, trained on every ask,
        passage and sentence, agreeing with it is a second vote. Without a router vote (a
        follow-up searched with its topic) the passages decide as before."""
        return best.asked > by_text.asked and self._router_agrees(self._position[best.section.id], routed, vote=False)

    def _holds_words_of(self, question: str, hit: Hit, expand: bool) -> bool:
        """Does ``hit``'s section hold at least ``AGREES_COVERAGE`` of ``question``'s informative
        words, an everyday phrase of the glossary counting as the course term it stands for?

        Why the glossary: a learner describing a situation names no course word at all ("how does
        my doorbell camera know it's the postman": camera, postman, stranger), while the phrase
        "camera know" is the learner's way of saying image recognition, which that section names.
        Without it such a question had coverage 0 and was declined although its closest ask and
        the router both chose image recognition. The words still have to be the question's own:
        "what should i study at university" maps to no course term and stays out, as before.
        Computed only for a question that reaches this rule (a declined one with a close ask)."""
        if hit.coverage >= AGREES_COVERAGE:
            return True
        if not expand:
            return False
        in_terms = self._in_course_terms(question, phrases_only=True)
        if not in_terms:
            return False
        return float(self._coverage(self.analyse(in_terms))[self._position[hit.section.id]]) >= AGREES_COVERAGE

    @staticmethod
    def _router_agrees(position: int, routed: np.ndarray, vote: bool = True) -> bool:
        """Is the section at ``position`` the router's first choice and, when ``vote``, does the
        router vote for it (``router.votes_for``)? Without a router part (a follow-up searched
        with its topic) it agrees with nothing."""
        if not routed.any():
            return False
        return votes_for(routed, position) if vote else int(np.argmax(routed)) == position

    def _told_section(self, question: str, scores: np.ndarray) -> int | None:
        """The position of the best-scored section whose heading names the first course term
        ``question`` tells by its shape (``symptoms.told_terms``: a symptom such as overfitting,
        or, since parab40 merged beside it, a task such as clustering), or None when it tells
        none or no heading names it. The score bonus ``TOLD_HEADING_BONUS`` applies first, to
        every told term; this rule then puts the first term's section at the top."""
        for term in symptoms.told_terms(question)[:1]:
            # Every word of the term in the heading ("Overfitting and underfitting"): the term
            # is the section's own subject, not a word it shares with others ("overfitting" is
            # too common a heading word for ``names_heading_term``'s rarity rule).
            named = set(self.analyse(term))
            for i in np.argsort(-scores, kind="stable"):
                if named and named <= self._heading_terms[int(i)]:
                    return int(i)
        return None

    def _defined_heading(self, question: str, scores: np.ndarray) -> int | None:
        """The position of the best-scored section whose heading names in full the term a "what
        is X?" ``question`` defines, when at most ``DEFINED_HEADINGS`` headings do (a term that
        heads many sections, such as "machine learning", is no one section's subject), and it
        is among the first three, and it is not a lesson's subject; None otherwise."""
        found = _DEFINED_TERM.match(question)
        named = set(self.analyse(found["term"])) if found else set()
        if not named or any(named <= title for title in self._title_terms):
            # A lesson's own subject ("what is reinforcement learning") is defined where the
            # lesson opens, not in whichever section repeats its name ("... in games, robotics").
            return None
        heading = [i for i in range(len(self.sections)) if named <= self._heading_terms[i]]
        if not heading or len(heading) > DEFINED_HEADINGS:
            return None
        first = [int(i) for i in np.argsort(-scores, kind="stable")[:3]]
        # (``re``, not ``rx``: a pattern per question must not join the stored module patterns.)
        defines = re.compile(
            r"\b" + r"\s+".join(re.escape(word) + r"(?:e?s)?" for word in found["term"].lower().split())
            + r"(?:\s+\([^)]*\))?\s+(?:is|are|means|refers)\b",
            re.IGNORECASE,
        )
        if any(defines.search(sentence) for sentence in self.sections[first[0]].sentences):
            # The first section says what the term is ("Sentiment analysis is a classic NLP
            # task ..."), however another heading names it ("Customer support: sentiment analysis").
            return None
        return next((i for i in first if i in heading), None)

    def _told_headings(self, text: str) -> np.ndarray | None:
        """Per section, 1.0 when its heading names in full a course term ``text`` tells by its
        shape (``symptoms.told_terms``: every analysed word of the term in the heading), else 0.0;
        None when it tells none. (Not only the rare heading terms ``names_heading_term`` reads:
        "bias" and "overfitting" head their sections and appear in many others.)"""
        told = [set(self.analyse(term)) for term in symptoms.told_terms(text)]
        if not told:
            return None
        marks = np.array(
            [any(stems and stems <= self._heading_terms[i] for stems in told) for i in range(len(self.sections))],
            dtype=np.float32,
        )
        return marks if marks.any() else None

    def names_heading_term(self, question: str, section: Section, ignore: Set[str] = frozenset()) -> bool:
        """Does ``question`` name a term of ``section``'s heading that at most
        ``HEADING_TERM_SECTIONS`` sections use ("temperature" in "Sampling: temperature, ..."),
        other than the analysed terms in ``ignore``?"""
        shared = (set(self.analyse(question)) & self._heading_terms[self._position[section.id]]) - ignore
        return bool(shared & self._rare_terms)

    def _in_course_terms(self, text: str, phrases_only: bool = False) -> str:
        """``text`` with each everyday phrase the glossary knows replaced by its course term
        ("why do chatbots make stuff up" -> "why do large language model hallucination").
        ``phrases_only``: only phrases of two words or more count, with the terms of symptoms
        told by their shape added, and "" when there is none; a single word ("app", "bank")
        names a thing or a setting as often as what is asked."""
        tokens = tokenize(text)
        replaced: dict[int, str] = {}
        for course, (first, last) in self.learner.matches(text):
            if phrases_only and last == first:
                continue
            if any(i in replaced for i in range(first, last + 1)):
                continue
            replaced.update({i: "" for i in range(first, last + 1)})
            replaced[first] = course
        # A symptom told by its shape ("perfect on their parts, rubbish on ours") says its course
        # term as a phrase of two words or more does (stop 39, ``symptoms.py``).
        told = symptoms.told_terms(text) if phrases_only else []
        if phrases_only and not replaced and not told:
            return ""
        return " ".join([*(replaced.get(i, token) for i, token in enumerate(tokens)), *told])

    def _hit(self, i: int, scores, dense, lexical, coverage, asked, routed) -> Hit:
        return Hit(
            section=self.sections[i],
            score=float(scores[i]),
            dense=float(dense[i]),
            lexical=float(lexical[i]),
            coverage=float(coverage[i]),
            asked=float(asked[i]),
            routed=float(routed[i]),
        )

    def _lesson_of(self, text: str) -> str | None:
        result = self.search(text, k=1)
        return result.hits[0].section.lesson_id if result.in_scope and result.hits else None

    def answers(self, hit: Hit, mode: str) -> bool:
        """Would ``hit`` alone (a hit of a search in ``mode``) put its query in scope?"""
        return self._in_scope(hit, mode)

    def _in_scope(self, best: Hit, mode: str) -> bool:
        if mode == "hybrid":
            if best.dense >= DENSE_IN_SCOPE or best.asked >= ASK_IN_SCOPE:
                return True
            return best.dense >= DENSE_WITH_WORDS and best.coverage >= COVERAGE_IN_SCOPE
        return best.coverage >= COVERAGE_IN_SCOPE and best.lexical > 0

    # -- settings ------------------------------------------------------------------------------

    def setting_stems(self) -> frozenset[str]:
        """Analysed words that name a setting of the industry lesson: each setting section's
        name (the heading before its colon) and the glossary's everyday phrases for that name
        ("in banks", "call centre", "online shop"), without words the course uses in more than
        ``SETTING_MAX_SECTIONS`` sections (those are subject words: "customer", "help", "team")."""
        if self._setting_stems is not None:
            return self._setting_stems
        df = self._df
        phrases: dict[str, list[str]] = {}
        for term in self.learner.terms:
            phrases.setdefault(term.course.lower(), []).extend(" ".join(p) for p in term.everyday)
        words: set[str] = set()
        for section in self.sections:
            if section.lesson_id != SETTING_LESSON or ":" not in section.heading:
                continue
            name = section.heading.split(":", 1)[0].lower()
            for text in (name, *phrases.get(name, [])):
                words |= {t for t in self.analyse(text) if df.get(t, 0) <= SETTING_MAX_SECTIONS}
        self._setting_stems = frozenset(words)
        return self._setting_stems

    def names_a_setting(self, text: str) -> bool:
        """Does ``text`` name a setting of the industry lesson ("call centre", "bank", "clinic")?"""
        return bool(set(self.analyse(text)) & self.setting_stems())

    def example_stems(self, section_id: str) -> frozenset[str]:
        """Analysed words that name the thing of a worked-example section (a heading with the
        word "example": "A worked example: building a spam filter", "The cats and dogs example"):
        its heading's words the course uses in at most ``SETTING_MAX_SECTIONS`` sections ("spam",
        "filter", "dog"); empty for any other section."""
        section = self.sections[self._position[section_id]]
        if not _EXAMPLE_HEADING.search(section.heading):
            return frozenset()
        df = self._df
        return frozenset(t for t in self.analyse(section.heading) if df.get(t, 0) <= SETTING_MAX_SECTIONS)

    def without_the_setting(self, query: str, stems: frozenset[str] | None = None) -> str | None:
        """``query`` without its setting words (or ``stems``), when it names a setting and still
        asks about something in particular once they are gone; else None.

        "how do shops use ai" asks about the setting itself (nothing is left but "use ai"), while
        "whats the downside of a shop using gen ai on complaints" still asks about a downside."""
        setting = self.setting_stems() if stems is None else stems
        tokens = tokenize(query)
        kept = [t for t in tokens if not (set(self.analyse(t)) & setting)]
        if len(kept) == len(tokens):
            return None
        return " ".join(kept) if self._asked_terms(" ".join(kept)) else None

    def setting_frames(self, query: str, stems: frozenset[str] | None = None) -> str | None:
        """What ``query`` asks when the setting it names only frames it, else None.

        What is asked is the question without its setting words (``without_the_setting``), when
        that names more than the families ("what does gen ai do in finance" leaves only "gen ai":
        the setting is what is asked). The setting frames when it sits in a clause before the
        asking one ("im nervous about typing patients details into an ai tool at work, how should
        personal info be looked after") or, in the asking clause, only describes another noun
        ("the hospital's model did great on its training scans but badly on new patients, why").
        It is the question itself when the asking clause puts it where or by whom something is
        done: after a preposition of place or purpose ("what does gen ai do in finance", "a tutor
        for my kid"), as the doer of a verb of use ("how are banks using it"), or before a
        family's name ("healthcare ai").

        Why a rule of language: scores do not separate the two (stop 32, para-s32: moving every
        question whose setting's section drops out without the setting words lost "how are banks
        using gen ai"), while where the setting sits in the sentence does."""
        setting = self.setting_stems() if stems is None else stems
        family = set(self.analyse(_FAMILY_NAMES))

        def own_topic(text: str) -> bool:
            return any(t not in family for t in self._asked_terms(text))

        rest = self.without_the_setting(query, setting)
        if rest is None or not own_topic(rest):
            return None
        clauses = [c for c in _CLAUSES.split(query) if c.strip()]
        first = next((i for i, c in enumerate(clauses) if _ASKING_CLAUSE.match(c)), 0)
        words = tokenize(" ".join(clauses[first:]))
        for i in (i for i, w in enumerate(words) if set(self.analyse(w)) & setting):
            before = [w for w in words[max(0, i - 3) : i] if not _SETTING_LINK.match(w)]
            after = words[i + 1] if i + 1 < len(words) else ""
            # "in a call centre": one modifier may stand between the preposition and the setting.
            if any(_SETTING_PLACE.match(w) for w in before[-2:]) or _SETTING_DOES.match(after):
                return None
            if after and set(self.analyse(after)) & family:
                return None
        return rest

    def _asked_terms(self, text: str) -> list[str]:
        """The analysed terms of ``text`` that ask about something in particular: words the
        course answers in, used by fewer than ``SETTING_GENERIC_SHARE`` of its sections ("ml",
        read as "machine learning", "model" and "use" ask nothing in particular)."""
        generic = SETTING_GENERIC_SHARE * len(self.sections)
        df = self._df
        terms = [x for t in self.analyse(text) for x in self._bm25_as_long.get(t, [t])]
        return [t for t in terms if t in self.known and df.get(t, 0) < generic]

    def frame_only_setting(self, query: str, result: SearchResult) -> SearchResult:
        """A first question whose best section is a setting's (the industry lesson) because it
        names that setting, while the question without the setting words lands in scope on a
        section of another lesson that the full question also ranks close (within
        ``SETTING_MARGIN``): the setting only frames the question, the other section is what it
        asks about, and answers first. When the setting only frames the question by where it sits
        in the sentence (``setting_frames``), the other section answers however far it ranks. One
        more search (an embedding) only for questions that land on a setting's section and name a
        setting."""
        if result.mode != "hybrid" or not result.in_scope or not result.hits or result.topic:
            return result
        top = result.hits[0].section
        example = self.example_stems(top.id)
        if top.lesson_id != SETTING_LESSON and not example:
            return result
        framed = None if example else self.setting_frames(query)
        stripped = framed or self.without_the_setting(query, example or None)
        if stripped is None:
            return result
        alone = self.search(stripped, k=3, follow=False)
        # The full question is in scope; with a worked example's thing gone it need not be on its
        # own ("did a programmer type in the rules"): the section it lands on must then hold more
        # of what is asked than the example does (below).
        if not (alone.in_scope or example) or not alone.hits or alone.best.section.id == top.id:
            return result
        if not example and alone.best.section.lesson_id == SETTING_LESSON:
            return result
        target = alone.best.section.id
        held = self._coverage(self._asked_terms(stripped))
        close = next(
            (h for h in result.hits if h.section.id == target and h.score >= result.hits[0].score - SETTING_MARGIN),
            None,
        )
        if close is None and framed:
            # The setting only frames the question ("im nervous about typing patients details into
            # an ai tool at work, how should personal info be looked after"): where the question
            # lands without it answers, however far the setting's section pulled it.
            close = next((h for h in result.hits if h.section.id == target), alone.best)
        if close is None:
            # A worked example's thing outweighs the whole question ("does the spam filter
            # follow rules someone typed in": the example's asks match "spam filter" at 0.6):
            # the section the question alone lands on answers when it holds more of what is
            # asked than the example does.
            if not example or held[self._position[target]] <= held[self._position[top.id]]:
                return result
            close = next((h for h in result.hits if h.section.id == target), alone.best)
        # The setting's own section may hold what is asked as well ("forecasting and that virtual
        # try on thing" for a clothes shop): then it is not only the setting that pulls.
        if held[self._position[top.id]] > held[self._position[target]]:
            return result
        result.hits = [close] + [h for h in result.hits if h.section.id != target]
        return result
