"""Conversation state: what is being discussed, so follow-ups stay on it.

Why a topic and not only a lesson: after "What is Q-learning?", the learner's "how long does it
take to train?" is about Q-learning, not about the opening of the reinforcement-learning lesson.
The state keeps the topic in the learner's own words (the central words of the last question
that had a topic of its own), the lesson and the sections last cited.

A question is a follow-up when it leans on the conversation:
- it has no topic of its own: only aspect words ("biggest weakness?", "any real world uses?",
  "examples?") or nothing but stop words ("why?"); or
- it points back with a pronoun ("how do people fix it?") and none of its words are foreign
  to the course (so "is it going to rain in Paris" is not glued onto the topic); or
- it narrows the topic to a new subject ("and for a VAE specifically?" after loss functions).

How the topic and the follow-up's words combine (``follow_up_bonus``): the follow-up's own words
do not replace the topic, they narrow it. "does this tutor do that?" after grounding wants the
section that speaks of both the tutor and grounding, not the one about virtual tutors; "does that
one need labels?" wants the section just cited when it speaks of labels (the pronoun stands for
the most recent subject); "biggest downside?" after support vector machines wants a section that
names them, not the generic limits of machine learning.

Some follow-ups are answered read in full instead (``resolve``): a new subject dropped into the
previous question ("and gans?" after "what are vaes used for" asks what GANs are used for; "and
in finance?" after "how is ai used in healthcare" asks how it is used in finance), and an
elliptic comparison ("which one is better?") after two subjects compares them. "that" with no
topic of its own ("how long does that take?") stands for what the previous question did to its
subject (training a language model), not for the subject alone (``event_topic``).

Every face (the Textual chat, the plain chat, ``tutor ask`` reading stdin) keeps one
``Conversation`` per conversation, passes it to ``Tutor.ask`` and records each answer in it.
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering import shapes
from tutor.core.answering.compose import announces, asks_what_it_is
from tutor.core.answering.everyday import in_dictionary
from tutor.core.answering.who_asks import asking_part
from tutor.core.knowledge import split_sentences
from tutor.core.words import PEOPLE, QUESTION_STOPWORDS, stem, stems, tokenize

if TYPE_CHECKING:
    from tutor.core.answering.search import Hit, SearchIndex, SearchResult
    from tutor.core.knowledge import Section

HISTORY_DEPTH = 3
SAID_SEPARATOR = "\x1e"  # between the remembered answers in ``Conversation.already_said``

# Words that make a question lean on what came before.
# Nouns standing for the same kind of thing as the topic, as "one" does: "and the american
# equivalent?" is "and the american one?" (stop 32, set X).
PRO_FORMS = frozenset("equivalent equivalents counterpart counterparts analogue analogues".split())
REFERRING = frozenset(
    "it its it's itself they them their theirs this that these those he she him her one ones".split()
) | PRO_FORMS
# A value asked for with no topic of its own ("what's the usual ratio?", "is that pricey?"):
# words the course never writes, so searched alone each came back as another school subject,
# though the conversation says what the value is of. (Aspect words, see below.)
VALUE_WORDS = frozenset("usual ratio ratios percentage percentages pricey pricy price prices costly affordable".split())

# Words that ask about an aspect of a topic without naming one ("the biggest downside", "real
# world uses", "how long does it take"): a question made only of these has no topic of its own.
ASPECT_WORDS = frozenset(
    """more example examples instance instances detail details elaborate else again why how further
    another go continue expand simpler simply eli5 limitation limitations drawback drawbacks downside
    downsides weakness weaknesses strength strengths advantage advantages disadvantage disadvantages
    benefit benefits pros cons problem problems issue issues risk risks danger dangers use uses
    used usage application applications real world life everyday practice practical day
    long time take takes took fast quick slow quickly train training trained cost costs expensive
    cheap big biggest main key important importance difference differences different differ
    compare compared comparison better worse best worst good bad stop stopped prevent avoid fix
    fixed fixing solve solved happen happens happening wrong right need needed needs matter
    matters catch help helps completely always never often usually sometimes typical typically
    common commonly normally normal proportion much many part parts step steps exactly actually
    basically mean meaning so then also too what's whats any anything about regarding case cases
    people companies someone anyone who where when which else's mostly hard harder easy easier
    reason reasons purpose point work works worked working affect affects effect effects
    really again okay ok sure yes no irl come crank cranked turn turned dial ramp bump tweak raise raised lower
    lowered increase increased decrease decreased max maxed way alternative alternatives remind reminds remember wait""".split()
    # Plain English for "the point of it" or "its weak spots" that the course never writes
    # ("what's the gist?", "any caveats?", "what's the takeaway?"): asked after a topic,
    # each is searched alone as if it were a new subject and comes back as another school subject
    # ("Sorry, I can't help with that") or as an untaught term ("does not cover takeaway").
    + """gist takeaway takeaways upshot crux lowdown nutshell recap summary endgame payoff payoffs
    rationale caveat caveats pitfall pitfalls gotcha gotchas workaround workarounds snag snags hiccup
    hiccups flaw flaws shortcoming shortcomings upside upsides perk perks tradeoff tradeoffs""".split()
    # How a quantity is worked out ("equation?", "and the formula?", "how's it calculated"): asked
    # after precision, "equation" searched alone was another school subject (maths homework).
    + """formula formulas formulae equation equations calculate calculated calculation calculations
    calc maths math""".split()
    # How a problem is put right, in a doctor's or a mechanic's words ("and the treatment?", "any
    # remedy?", "what's the cure") after its symptom was asked about: what is asked of the topic,
    # as "and the fix?" is, not a subject swapped into the last question ("how would i spot it on
    # the treatment").
    + """cure cures remedy remedies treatment treatments antidote solution solutions""".split()
    + list(VALUE_WORDS)
    # How the thing is noticed ("how would you even notice?", "any warning signs?", "how would
    # they find out?"): asked of the topic, "notice" searched as a topic of its own went to the
    # section whose discriminator tries to "spot the fakes".
    + """notice noticed noticing spot spotted spotting detect detected detecting find finds found
    figure realise realize warning sign signs symptom symptoms giveaway giveaways telltale""".split()
)

# Words that neither name a topic nor an aspect: "that one", "specifically", "the related thing".
FILLER = frozenset(
    "one ones specifically specific particular particularly still related similar "
    # "and the american equivalent?": a noun standing for the topic's kind (PRO_FORMS), as "one" does.
    "equivalent equivalents counterpart counterparts analogue analogues "
    # Chat particles that colour a question without naming anything ("why though?", "any
    # downsides tho?", "is that expensive btw?"): a follow-up made of them has no topic of its own.
    "though tho tbh btw lol honestly seriously literally kinda sorta anyway anyways "
    # "gimme an example": a way of asking, like "give me".
    "gimme lemme "
    # "how would you even notice?", "does it ever fail?": emphasis, not a subject.
    "even ever "
    # "right, now show me with actual numbers" (stop 38): a step in the talk, not a subject; as a
    # topic word it made the follow-up a question of its own, refused as another school subject.
    "now".split()
)

BOTH_BONUS = 0.1  # a follow-up with words of its own: sections naming them and the topic
NAMING_BONUS = 0.08  # a follow-up of aspects only: sections naming the topic
CITED_BONUS = 0.05  # ... a pronoun follow-up: the sections just cited, when they name its words
# (and, taken away, a narrowing one: "what about in finance?" wants more than the overview again)
NEAR_DENSE = 0.15  # only sections this close to the best cosine get these bonuses
OWN_IDF = 1.2  # a follow-up's own word rarer than this (over sections) names what it asks about

# "and for a VAE specifically?", "what about in healthcare?", "in particular for GANs?": a new
# subject that narrows the topic rather than replacing it.
_NARROWS = rx.compile(
    r"\b(?:specifically|in\s+particular|particularly)\b|"
    r"^\W*(?:and|also|plus|what\s+about|how\s+about|same\s+for)\s+(?:just\s+|only\s+)?(?:for|in|with|on|inside)\s+",
    re.IGNORECASE,
)

# "and for GANs, what makes training unstable?": after the narrowing opening comes a question
# of its own, so the learner has started afresh.
_OWN_CLAUSE = rx.compile(
    r"[,;:]\s*(?:what|why|how|which|when|where|who|does|do|is|are|can|could|should|will)\b", re.IGNORECASE
)

# "is that the same thing?", "is that one of the uses?", "could this be an example of it?",
# "same idea?": a situation the learner describes, asked about as a case of the topic.
_AN_INSTANCE = rx.compile(
    r"\b(?:is|was|are|were|could|would|might|can)\s+(?:that|this|it|those|these)\s+(?:be\s+|also\s+)?"
    r"(?:the\s+same\b|one\s+of\b|an?\s+(?:example|case|instance|kind|type|form|sort)\b|what\s+you\s+mean)",
    re.IGNORECASE,
)
# "... same thing?" closing the question asks the same; but not when the learner's own asking or
# typing is what stays the same: "why does the chatbot give me a different answer every time i
# ask the same thing" names a subject of its own (a chat trial of stop 40 answered it from the
# image-generation section discussed just before).
_SAME_AT_END = rx.compile(r"\b(?:the\s+)?same\s+(?:thing|idea|problem|issue|deal|principle)\s*\??\s*$", re.IGNORECASE)
_ASKING_THE_SAME = rx.compile(
    r"\b(?:ask|asks|asked|asking|type|types|typed|typing|say|says|said|enter|enters|entered|write|writes|wrote|"
    r"repeat|repeats|repeated|put\s+in|paste|pasted)\s+(?:in\s+)?(?:exactly\s+|just\s+)?(?:the\s+)?same\s+\w+\s*\??\s*$",
    re.IGNORECASE,
)

# Openings that carry the conversation on ("and ...", "what about ...", "how about ...").
_CONTINUES = rx.compile(r"^\W*(?:and|also|plus|what\s+about|how\s+about|same\s+for|and\s+what\s+about)\b", re.IGNORECASE)


def asks_if_a_case(question: str) -> bool:
    """"is that the same idea?", "is that one of the uses?", "same thing?": is the situation the
    learner describes a case of the topic?"""
    return bool(_AN_INSTANCE.search(question)) or (
        bool(_SAME_AT_END.search(question)) and not _ASKING_THE_SAME.search(question)
    )


# "sounds great, so whats the catch?", "ok cool. how long does it take": the learner's reaction to
# the last answer opens the follow-up and names nothing ("sounds" and "great" are course words).
_REACTION = rx.compile(
    r"^\W*(?:(?:ok(?:ay)?|cool|nice|neat|awesome|wow|hm+|gotcha|got\s+it|i\s+see|makes\s+sense|fair\s+enough|wait|sorry|"
    r"sounds?\s+(?:good|great|cool|nice|neat|awesome|interesting|fair)|thanks|thank\s+you|thx|ty)\b[\s,.!;:-]*|"
    # "right, so ...", "great! ...": words that react only when set off from what follows.
    r"(?:right|alright|all\s+right|great|interesting|oh|ah)\s*[,.!;:-]+\s*)+",
    re.IGNORECASE,
)


# "when was that agreed again?", "remind me what the v stands for": the learner asks to hear
# again what an answer already said, so the rules that keep answers from repeating stand aside.
_AGAIN = rx.compile(
    r"\bagain\b|\bremind\s+me\b|\bwhat\s+did\s+(?:you|u)\s+(?:say|call)\b|\bsay\s+(?:that|it)\s+again\b|\bone\s+more\s+time\b",
    re.IGNORECASE,
)


def asks_again(question: str) -> bool:
    """Does the learner ask to be told again what was said ("what was the formula again?")?"""
    return bool(_AGAIN.search(question))


# "so it doesn't need labels at all?", "so lower is better?", "wait so you never train on it?": the
# learner restates what the last answer said, as a question, to check it (not "so what's the
# catch?", "so how does it ...": those ask something new).
_CHECKS_THE_LAST = rx.compile(
    r"^\W*so\s+(?!(?:what|whats|what's|how|hows|how's|why|when|where|which|who|whos|who's|then|far|much|many)\b)[^?]*\?\W*$",
    re.IGNORECASE,
)


# "so is genai part of ml?", "so are llms a kind of generative ai?": two things named and put in
# relation, a new question of how they relate (the learner restating a point names the pronoun's
# thing: "so it's a kind of supervised learning?").
_ASKS_HOW_THEY_RELATE = rx.compile(
    r"^\W*so\s+(?:is|are|was|were)\s+(?!(?:it|that|this|they|these|those|he|she)\b)[\w'-]+(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:(?:a|an|the)\s+)?(?:part|kind|type|sort|subset|branch|form|subfield|category|member|example|piece)\s+of\b",
    re.IGNORECASE,
)


def checks_what_was_said(question: str) -> bool:
    """Does the learner restate what was just said, to check it ("so no dataset at all?")? Its
    answer is most likely in the section just quoted, so that section is not passed over for
    having been read (``SearchIndex.search`` leaves out the seen penalty). Why: "so it doesn't
    need labels at all?" after unsupervised learning went to the section on supervised learning's
    labelled datasets, which names both and says "label" most. Not "so is genai part of ml?":
    it names two things and asks how they relate, which the section on that answers (kept to
    the comparison just quoted, it lost "Generative AI is built on machine learning")."""
    question = without_reaction(question)
    return bool(_CHECKS_THE_LAST.match(question)) and not _ASKS_HOW_THEY_RELATE.match(question)


def without_reaction(question: str) -> str:
    """A follow-up without the reaction it opens with ("sounds great, so whats the catch?" ->
    "so whats the catch?"); the question itself when nothing else is left ("ok cool")."""
    rest = _REACTION.sub("", question)
    return rest if re.search(r"\w", rest) else question


# The learner drops what was just discussed before asking: "ok forget that. gans, how do they
# work?", "never mind, what's dbscan", "scrap that - what is a vae", "moving on: ...". What follows
# is asked afresh: its "they" points at its own subject, not at the topic dropped.
_DROPS_THE_LAST = rx.compile(
    r"^\W*(?:(?:ok|okay|so|right|alright|anyway|actually|hmm+|no|nah)\W+)*"
    r"(?:(?:forget|scrap|skip|drop|ditch|leave)\s+(?:about\s+)?(?:that|it|this)|never\s*mind(?:\s+(?:that|this|it))?|nvm|"
    r"(?:let'?s\s+)?move\s+on|moving\s+on)(?:\s+(?:for\s+now|then))?\s*(?:[.,:;!\u2013\u2014-]+|\s+(?=and\b|so\b))\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def without_the_dropped(question: str) -> str | None:
    """The question the learner asks after dropping the conversation's topic ("ok forget that.
    gans, how do they work?" -> "gans, how do they work?"), or None when they drop nothing.

    Why: read on, the dropped topic took the new question ("how do they work" after the VAE's
    latent space answered from the VAE lesson again); the learner said it leans on nothing."""
    match = _DROPS_THE_LAST.match(question)
    return match.group("rest") if match and re.search(r"\w", match.group("rest")) else None


def _content(question: str) -> list[str]:
    return [w for w in tokenize(question) if w not in QUESTION_STOPWORDS]


def refers_back(question: str) -> bool:
    """Does a pronoun point back? "that" or "which" right after a topic word opens a relative
    clause ("the algorithm that handles odd shapes" names a new subject); "does that",
    "do that", "that one" point back. A pronoun inside an idiom ("on its own", "by itself") or
    an "it" that only announces what follows ("is it true that ...", "is it possible for a model
    to ...") points at nothing."""
    if _THERE.search(question) or _THE_WHOLE.search(question):
        return True
    words = tokenize(_POINTING_NOWHERE.sub(" ", question))
    # "my son says ai will take all jobs, is he right?": a person the question names is who "he"
    # or "she" is; the pronoun points inside the question, not back at the last answer.
    personal = _PERSONAL if PEOPLE.search(question) else frozenset()
    return any(
        w in REFERRING and w not in personal and not (w in _RELATIVE and i > 0 and (_is_topic_word(words[i - 1]) or words[i - 1] in _PLACEHOLDER_THINGS))
        and not (w in _ONE and _names_a_kind_before(words, i))
        for i, w in enumerate(words)
    )


_ONE = frozenset({"one", "ones"}) | PRO_FORMS
_DETERMINERS = frozenset({"that", "this", "the", "which", "other"})
_HAVING = frozenset("have has had having need needs use uses using got get gets".split())


def _names_a_kind_before(words: list[str], position: int) -> bool:
    """Is the "one" at ``position`` an instance of things the question itself named before it?
    "whats the deal with deepfakes, how can i spot one": one deepfake, not the last answer's
    subject; "that one", "this one" and "the bias one" still point back, and with nothing named
    before ("can i build one at home?") it is the conversation's thing."""
    if position > 0 and (
        words[position - 1] in _DETERMINERS or words[position - 1] in _HAVING
        or (position > 1 and words[position - 2] in _DETERMINERS)
    ):
        # "the bias one": the item of that name in the last answer; "do chatbots have one too"
        # after loss functions: the things named own one of the conversation's thing.
        return False
    return any(
        len(word) >= 4 and re.search(r"[^siu]s$", word) is not None and _is_topic_word(word)
        for word in words[:position]
    )


# "why does my email sort spam on its own", "is it true that gans need two networks": no pronoun
# here points back at the conversation.
_POINTING_NOWHERE = rx.compile(
    r"\b(?:on\s+(?:its|it'?s|their|his|her)\s+own|by\s+(?:itself|themselves|himself|herself)|of\s+(?:its|their)\s+own|"
    # A reflexive points at its own clause's subject: "can a computer learn chess by playing itself".
    r"itself|themselves|"
    # "is it bad if my model gets 100%?": the "it" stands for the if-clause that follows.
    r"(?:is|was|isn'?t)\s+it\s+(?:really\s+|even\s+)?(?:true|possible|likely|normal|ok|okay|legal|safe)\s+(?:that\b|(?=to\b|for\b))|"
    r"(?:is|was|isn'?t)\s+it\s+(?:really\s+|even\s+|always\s+|still\s+)?(?:bad|good|wrong|fine|normal|ok|okay|a\s+problem|"
    r"better|worse|common|weird|necessary|important)\s+(?=if\b|when\b)|"
    r"it\s+(?:is|'s)\s+(?:really\s+|even\s+)?(?:true|possible|likely)\s+(?:that\b|(?=to\b|for\b))|"
    # "is it true ai will take all our jobs": a claim follows with its "that" left out; "is it
    # true for gans too?", "is it true?" still ask about the last answer's claim.
    r"(?:is|was|isn'?t)\s+it\s+(?:really\s+|actually\s+)?true\s+(?!(?:for|of|about|in|with|too|also|then|though)\b)(?=[a-z])|"
    # "what does it actually mean when people say a model was trained": the "it" stands for the
    # clause that follows ("for my business" after "mean" would point back, so only when, if, that).
    r"(?:does|did|would|could)\s+it\s+(?:actually\s+|really\s+|even\s+|exactly\s+)?mean\s+(?=when\b|if\b|that\b)|"
    # "my robot hoover learned the house by bumping around. is that machine learning?": after a
    # sentence that tells the learner's own story, "is that" asks which kind of thing the story
    # is; the pronoun stands for that story, not the last answer (a chat trial of stop 40 answered
    # it from the comparison discussed before). Alone ("is that generative ai?") it still points back.
    r"(?<=\w)\s*[.!?;]+\s*(?:so\s+|and\s+)?(?:is|isn'?t|would|could)\s+(?:that|this)\s+(?:be\s+)?"
    r"(?:really\s+|actually\s+|even\s+|still\s+|technically\s+|considered\s+|counted\s+as\s+|called\s+)?(?:an?\s+|the\s+)?"
    r"(?=(?:machine\s+learning|ml|ai|a\.i\.|artificial\s+intelligence|generative\s+ai|gen\s*ai|genai|deep\s+learning|"
    r"reinforcement\s+learning|supervised|unsupervised|generative|predictive)\b)|"
    # "i keep hearing about rag, what is it?": a "what is that" closing the question asks what
    # the thing named just before it is, not what the conversation was about.
    # So does "what's that called" / "what do you call that" closing a description ("the picture
    # generator keeps making the same box over and over, whats that called"): after an answer on
    # another subject the question was read as asked of it, and that answer's section led.
    r"(?<=\w)\s*[,.;:?!]+\s*(?:so\s+|and\s+)?(?:what|who)(?:\s+is|'s|s|\s+are)\s+(?:that|this|it|they|those|these)"
    r"(?:\s+(?:called|known\s+as))?\s*[?.!]*\s*$|"
    r"(?<=\w)\s*[,.;:?!]+\s*(?:so\s+|and\s+)?what\s+(?:do|would)\s+(?:you|they|people)\s+call\s+(?:that|this|it)\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# "whats the bias problem there?", "sentiment analysis there?", "and in there?": a "there" that
# ends the question (or "in there") points at the place the last answer was about; "is there a
# way ...", "how many kinds are there?", "there are ..." only say that something exists.
_THERE = rx.compile(
    r"(?<![\w'])(?!(?:is|are|was|were|be)\s)(?:\w+\s+)there\s*[?.!]*\s*$|\bin\s+there\b", re.IGNORECASE
)
# "when is the whole thing considered done" after GANs: "the whole thing" is the topic, as "it" is.
_THE_WHOLE = rx.compile(
    r"\bthe\s+whole\s+(?:thing|things|process|idea|setup|set-up|deal|lot|system|method|approach|business)\b",
    re.IGNORECASE,
)
# "in simple words", "in plain english", "in layman's terms": how to say it, not what it is about;
# so is how long ("in a sentence or two", "in one line", "in a few words", "in a nutshell"): stop
# 32 (set X), "and the american equivalent?" after "what is the EU AI Act, in a sentence or two?"
# swapped the new subject in for "sentence".
PLAIN_WORDS = rx.compile(
    r"\b(?:in|into|using)\s+(?:plain|simple|simpler|everyday|layman'?s?|normal|non-?technical|easy|basic)\s+"
    r"(?:english|words|terms|language)\b|"
    r"\bin\s+(?:a|one|two|three|a\s+few|a\s+couple\s+of|\d+)\s+(?:short\s+)?(?:sentences?|lines?|words|paragraphs?)"
    r"(?:\s+or\s+(?:two|three|so))?\b|\bin\s+a\s+nutshell\b|\bin\s+(?:short|brief)\s*(?=[?.!,]|$)",
    re.IGNORECASE,
)
_PERSONAL = frozenset("he she him her his hers".split())  # "they" may still be the topic ("my mum thinks they are magic")


_RELATIVE = frozenset({"that", "which"})
# "the thing that suggests my next word": a placeholder noun whose relative clause says what it
# is describes a thing of its own, as a topic word does ("the one that ..." still picks among
# what was discussed).
_PLACEHOLDER_THINGS = frozenset("thing things stuff app apps tool tools feature gadget".split())


def _is_topic_word(word: str) -> bool:
    return word not in QUESTION_STOPWORDS and word not in ASPECT_WORDS and word not in FILLER and word not in REFERRING


# "an example from a real business", "a workplace example", "a case from real life": where the
# example should come from, said in words that fit every industry, is the kind of example wanted
# (as "a real-world example" is), not a subject of its own.
_EXAMPLE_FROM_ANYWHERE = rx.compile(
    r"\b(?P<kind>examples?|cases?|instances?)\s+(?:from|in|at|of)\s+(?:(?:a|an|the|some|any)\s+)?"
    r"(?:(?:real|actual|real[\s-]world|real[\s-]life|typical|normal|ordinary)\s+)?"
    r"(?:business(?:es)?|compan(?:y|ies)|firms?|organi[sz]ations?|workplaces?|work|jobs?|life|world)\b"
    r"|\b(?:business|company|workplace|work|office)\s+(?=(?:examples?|cases?)\b)",
    re.IGNORECASE,
)


# An example asked for in a setting at the question's end ("give me an example from a theatre",
# "any examples in a kennel?"): the words after "from/in/at" say where the example should come from.
_EXAMPLE_IN_A_SETTING = rx.compile(
    r"\b(?:examples?|cases?|instances?)\s+(?:from|in|at|for|within|inside)\s+"
    r"(?P<setting>(?:[\w'-]+\s+){0,3}[\w'-]+)\W*$",
    re.IGNORECASE,
)


def _example_in_a_foreign_setting(question: str, own: list[str], vocabulary: Container[str]) -> bool:
    """Does the question ask for an example in a setting the course has no words for, and name
    nothing else ("give me an example from a theatre", "example from a funeral home?")?

    Why: such a setting is where the learner works, not a topic of its own, exactly as "an
    example from a real business" is (``_EXAMPLE_FROM_ANYWHERE``); read as a topic, the follow-up
    was searched alone, found nothing and was refused as another school subject (stop 43). A
    setting the course speaks of ("an example from a hospital", "from banking") is left to the
    search, which finds the course's section on it. The course's own words decide (not the words
    of the learner asks, which tell of many workplaces the course never describes)."""
    match = _EXAMPLE_IN_A_SETTING.search(question)
    if match is None:
        return False
    setting = topic_words(match.group("setting"))
    return bool(setting) and set(own) <= set(setting) and any(stem(w) not in vocabulary for w in setting)


# Getting round a problem in everyday idioms ("so how do i get round that", "how do we cut down
# on it", "get rid of it"): the words say "fix", they name nothing. "round" was carried as a
# topic word after k-means failing and picked the sentence on "roughly round blobs" (stop 41).
_FIX_IDIOM = rx.compile(
    r"\b(?:get|gets|getting|got|work|works|working)\s+(?:a)?round\b|\b(?:get|getting|got)\s+rid\s+of\b|"
    r"\b(?:cut|cuts|cutting)\s+(?:down|back)\b",
    re.IGNORECASE,
)


def without_fix_idiom(question: str) -> str:
    """``question`` with its idioms of getting round a problem said as "fix" (``_FIX_IDIOM``)."""
    return _FIX_IDIOM.sub(" fix ", question)


def topic_words(question: str) -> list[str]:
    """The question's own topic words: content words that are not aspect or filler words ("the
    whole thing" points back as "it" does: it names nothing of its own; nor does where an example
    should come from, when any industry would do: "an example from a real business")."""
    question = _EXAMPLE_FROM_ANYWHERE.sub(r"\g<kind> ", question)
    question = PLAIN_WORDS.sub(" ", question)
    question = _FIX_IDIOM.sub(" fix ", question)
    return [w for w in _content(_THE_WHOLE.sub(" it ", question)) if w not in ASPECT_WORDS and w not in FILLER and not w.isdigit()]


def names_the_topic(question: str, topic: str, index: SearchIndex) -> bool:
    """Does the question name the topic again: a topic word of it that names something (a word
    the course uses in few sections, ``OWN_IDF``)? "ai", "model" or "make" are in nearly every
    section: "can ai make music" after "why do ai pictures mess up hands" shares only "ai" and
    asks afresh, while "does the act cover chatbots" after the EU AI Act names it."""
    topic_terms = set(index.analyse(" ".join(topic_words(topic))))
    shared = topic_terms & set(index.analyse(" ".join(topic_words(question))))
    return any(index.idf(t) >= OWN_IDF for t in shared)


def names_something(text: str, index: SearchIndex) -> bool:
    """Does ``text`` have a topic word that names something (``OWN_IDF``), not only words of
    nearly every section ("ai", "model")?"""
    return any(index.idf(t) >= OWN_IDF for t in index.analyse(" ".join(topic_words(text))))


def narrows(question: str) -> bool:
    """Does the question narrow the topic to a subject of its own ("and for a VAE specifically?")?
    Only a short one: a long question with "specifically" in it has a topic of its own."""
    if _OWN_CLAUSE.search(question) or _ASKS_ITS_OWN.search(question):
        return False
    return bool(_NARROWS.search(question)) and 0 < len(topic_words(question)) <= 3


# "and in practice how do I catch it?": a question of its own after the narrowing opening, with
# no comma before it (stop 39: read as narrowing, the question before was searched with it, "why
# does it happen and in practice how do I catch it", and grounding answered before spotting).
_ASKS_ITS_OWN = rx.compile(
    r"\b(?:how|what|why|which|when|where)\s+(?:do|does|did|can|could|should|would|will|is|are)\s+"
    r"(?:i|we|you|u|they|it|people|one|someone|anyone)\b",
    re.IGNORECASE,
)


# The learner's own case, then "is that like X?": the case is asked about as an instance of X.
_CASE_OF = rx.compile(
    r"[,.;:!?-]\s*(?:so\s+|and\s+|but\s+)?(?:is|isn'?t|would|does)\s+(?:that|this|it)\s+(?:be\s+|count\s+as\s+)?(?:(?:kind|sort)\s+of\s+|(?P<hedge>basically|just|really|actually|technically)\s+)?"
    r"(?:like|similar\s+to|the\s+same\s+(?:as|idea\s+as)|an?\s+(?:example|case|kind|type|form|version)\s+of|what\s+(?:you|they|people)\s+call|"
    # ("..., is that basically supervised learning?": a hedge says the case is one)
    r"(?<=basically\s)|(?<=just\s)|(?<=really\s)|(?<=actually\s)|(?<=technically\s))\s*"
    r"(?P<x>[^?.!,;]+?)\s*[?.!]*$",
    re.IGNORECASE,
)


def topic_phrase(question: str) -> str | None:
    """The topic as the learner wrote it: the span from the first to the last topic word
    ("Q-learning" from "What is Q-learning?"), or None when the question has none. After the
    learner's own case, "..., is that like supervised learning?" is about supervised learning
    (the case's words, "my toddler learns words", took the next "whats the catch with it" to
    what labelled examples are)."""
    case = _CASE_OF.search(question)
    if case and topic_words(case.group("x")):
        question = case.group("x")
    words = set(topic_words(question))
    if not words:
        return None
    spans = [
        (m.start(), m.end())
        for m in _TOKEN.finditer(question.replace("\u2019", "'"))
        if any(part in words for part in tokenize(m.group(0)))
    ]
    if not spans:
        return None
    return question[spans[0][0] : spans[-1][1]].strip()


# The learner says the question starts afresh: "ok different topic - ...", "new question:",
# "switching topics, ...", "unrelated, but ...", "on another note".
_STARTS_AFRESH = rx.compile(
    r"^\W*(?:(?:ok|okay|so|right|alright|anyway|now|and|but|also)\W+)*(?:"
    r"(?:(?:a|on\s+a|on\s+another|another)\s+)?(?:(?:totally|completely|slightly|bit\s+of\s+a)\s+)?"
    r"(?:different|new|other|unrelated|separate|side)\s+(?:topic|question|subject|thing|note|q)\b"
    r"|(?:changing|switching|change|switch|shifting|shift)\s+(?:of\s+)?(?:the\s+)?(?:topics?|subjects?|gears?)\b"
    r"|unrelated\b|on\s+another\s+note\b)",
    re.IGNORECASE,
)


def starts_afresh(question: str) -> bool:
    """Does the learner say the question is on something else ("ok different topic - ...")?"""
    return bool(_STARTS_AFRESH.match(question))


# A worked example asked for in figures ("ok show me with actual numbers", "now in numbers pls"):
# how the topic is to be shown, not a topic ("and the lottery numbers?" names one).
_IN_FIGURES = rx.compile(
    # (Stop 38: two such words, "with some actual numbers", as one.)
    r"\b(?:with|in|using)\s+(?:(?:some|actual|real|concrete|the|real-world)\s+){0,2}(?:numbers|figures)\b|\bnumerically\b",
    re.IGNORECASE,
)


def asks_in_figures(question: str) -> bool:
    """Does ``question`` ask for the topic shown in figures ("show me with actual numbers")?"""
    return bool(_IN_FIGURES.search(question))


def without_figures(question: str) -> str:
    """``question`` without the figures it asks the topic to be shown in (``asks_in_figures``):
    "ok show me with actual numbers" names no topic of its own. Searched alone, "numbers" was
    another school subject (maths homework), and the follow-up was refused."""
    return _IN_FIGURES.sub(" ", question)


# "one app tells me if a mole looks bad, another estimates my age", "my shop's system picks who gets
# a coupon and a second one writes the text": a second thing of the learner's own, doing something
# ("another" / "the other (one)" / "a second (one)" and its verb), after at least a few words that
# described the first.
_ANOTHER_DOES = rx.compile(
    r"(?:[,;.]\s*|\s+(?:and|while|whereas|but)\s+)(?:(?:and|while|but)\s+)?"
    r"(?:another|the\s+other(?:\s+one)?|a\s+second(?:\s+one)?|the\s+second(?:\s+one)?)\s+"
    r"(?:(?:just|only|simply|then|instead|also)\s+)?(?!(?:is|was|has|does|ones|goes)\b)[a-z][\w'-]*[a-z]s\b",
    re.IGNORECASE,
)
FIRST_THING_WORDS = 4  # the words before "another ..." that describe the first thing, at least


def describes_its_own_things(question: str) -> bool:
    """Does ``question`` describe two things of its own and ask about them ("model A guesses how
    many minutes late the bus is, model B says late or on time. same kind of prediction?",
    ``shapes.labelled_pair``; "one app ..., another ...", ``_ANOTHER_DOES``)?

    Why: such a question has a topic of its own, the learner's options, versions or scenario,
    however few course words it has. Asked right after "why does my phone keyboard guess the next
    word", the labelled pair fell below the scope bar alone, leaned on the conversation and was
    answered from next-token prediction, its topic merged with the keyboard's."""
    if shapes.labelled_pair(question) is not None:
        return True
    second = _ANOTHER_DOES.search(question)
    return second is not None and len(tokenize(question[: second.start()])) >= FIRST_THING_WORDS


# (stop 38) "could our depot knock one up for where's my parcel questions?", "could we build one
# for our members", "set one up": "one" as what the learner would make, get or use is an instance
# of the thing just discussed (a custom chatbot); not "one of ...", "one day", "no one".
_MAKES_ONE = rx.compile(
    r"\b(?:build|make|knock|set|put|get|buy|create|train|run|use|have|need|want|start|try|design|code|host|"
    r"deploy|launch|rig|whip|throw|cobble|spin)(?:s|ing|ed)?\s+(?:(?:up|together)\s+)?(?:a\s+|our\s+own\s+|my\s+own\s+)?"
    r"(?:one|ones)\b(?!\s+(?:of|day|time|another|more|thing|bit)\b)",
    re.IGNORECASE,
)


def makes_one(question: str) -> bool:
    """Does ``question`` speak of making, getting or using "one" of the thing under discussion
    (``_MAKES_ONE``)? Such a follow-up leans on the conversation however far its other words
    (the learner's own workplace and use) are from every course passage."""
    return bool(_MAKES_ONE.search(question))


# One side of the last answer kept: "just the generative ai side please", "only the ml part, not
# the chatbots", "just the fraud bit". The learner narrows what was just answered (an industry's
# machine learning and generative AI jobs) to one of its sides: a follow-up, never a question of
# its own (stop 41, set ZX: "just the generative ai side please, not the scan reading bit" after
# healthcare was answered on its own, from "Generative AI is not the same thing as AI").
_ONLY_SIDE = rx.compile(
    r"^\W*(?:(?:ok|okay|and|but|so|right|sorry|no)\W+)*(?:(?:can\s+you\s+|could\s+you\s+)?(?:give\s+me|tell\s+me|do)\s+)?"
    r"(?:just|only)\s+(?:the\s+)?(?P<side>(?:[\w'-]+\s+){1,3}?)(?:side|sides|part|parts|bit|bits|half|angle|stuff|end)\b",
    re.IGNORECASE,
)
# ... and the side it leaves out, which names the other side's words ("not the scan reading bit",
# "skip the chatbot stuff", "without the paperwork"): no part of what is asked.
_LEAVES_OUT = rx.compile(
    r"\s*[,;:\u2013\u2014-]*\s*(?:(?:and|but)\s+)?(?:not|skip|without|minus|leave\s+out|forget(?:\s+about)?|no)\s+"
    r"(?:the|that|all\s+the|any)\s+[^,.;?!]*",
    re.IGNORECASE,
)


def keeps_one_side(question: str) -> bool:
    """Does ``question`` keep one side of the last answer (``_ONLY_SIDE``)?"""
    return bool(_ONLY_SIDE.match(question))


def kept_side(question: str) -> str | None:
    """The side a follow-up keeps ("generative ai" of "just the generative ai side please"), or
    None when it keeps none."""
    match = _ONLY_SIDE.match(question)
    return match.group("side").strip() if match else None


def without_the_left_out(question: str) -> str:
    """A follow-up keeping one side without the side it leaves out ("just the generative ai side
    please, not the scan reading bit" -> "just the generative ai side please"); any other
    question as it is."""
    if not keeps_one_side(question):
        return question
    start = _ONLY_SIDE.match(question).end()  # type: ignore[union-attr]
    rest = _LEAVES_OUT.sub("", question[start:])
    return (question[:start] + rest).strip()


def is_follow_up(question: str, index: SearchIndex, has_context: bool = True) -> bool:
    """Does ``question`` lean on the conversation (see the module docstring)?"""
    if not has_context:
        return False
    if keeps_one_side(question):
        return True  # "just the generative ai side please"
    question = without_figures(question)
    if describes_its_own_things(question):
        return False  # the learner's own options or versions are its topic
    if starts_afresh(question):
        # "ok different topic - what skills would my team need for that generative stuff?": the
        # learner said it leans on nothing ("that generative stuff" is generative AI, not the VAE
        # just discussed).
        return False
    words = tokenize(question)
    if not words:
        return False
    known = getattr(index, "known", index.vocabulary)
    own = topic_words(question)
    foreign = [w for w in own if stem(w) not in known]
    if not own:
        return True  # nothing but aspect and stop words: "why?", "biggest weakness?"
    if _example_in_a_foreign_setting(question, own, index.vocabulary):
        return True  # "give me an example from a theatre": where the example should come from
    if narrows(question) and not foreign:
        return True  # "and for a vae specifically?": the topic, narrowed
    if (
        _CONTINUES.match(question) and len(own) + len(VALUE_WORDS.intersection(words)) <= 2
        and not any(stem(w) in index.vocabulary for w in own)
    ):
        # "and the american one?": a qualifier the course has no topic for carries the topic
        # on ("what about VAEs?" names a topic of its own and starts afresh). A value asked of
        # such words is no qualifier: "and whats the usual price of a gym membership" asks
        # about a thing of its own.
        return True
    if asks_if_a_case(question):
        # "my kid memorises the answers and fails the exam. is that the same idea?": the learner's
        # own situation, asked about as a case of the topic.
        return True
    if _QUOTED_BEFORE_POINTER.search(question):
        # (stop 48, the lead's chat trial) "my daughter says her homework ai 'hallucinates'. what
        # does that even mean?": the pointer takes the word the learner just quoted, not the last
        # answer (after a few turns, the last answer's section outranked hallucination).
        return False
    # "how do people fix it?", "does the slippery ice make it harder?"; a pronoun after a thing
    # the question names ("my bank froze my card, how did it know") may point at that thing: the
    # search decides whether the question leans, as for one without a pronoun.
    return (
        refers_back(question) and not names_its_pronoun(question) and not points_inside(question)
        and (not foreign or _everyday_aside(question, foreign))
    )


# A word or two in quotes, then "that", "it" or "this" in a later sentence: "says it 'hallucinates'.
# what does that mean?" (not "whats the 'features' part of that", which points back).
_QUOTED_BEFORE_POINTER = rx.compile(
    r"(?:^|[\s(])(?P<q>['\"\u2018\u201c])[a-z][\w -]{1,30}?[a-z](?:['\"\u2019\u201d])(?=[\s.,;:?!)]|$)[^.?!]*[.?!]+\s+[^.?!]*?\b(?:that|it|this)\b",
    re.IGNORECASE,
)


# The course's two branches under their everyday names. Nearly every section of an applied lesson
# speaks of both ("in healthcare, machine learning ... generative AI goes further"), so a follow-up
# naming only a branch's part in it ("what does the ml part do", "where does gen ai come in",
# "which bit is generative ai") asks about that side of the section being discussed, not about
# the branch itself: searched alone it found the branch's definition, and read as a follow-up the
# lesson's overview (which names every industry and both branches) outranked the section just read.
_ML_BRANCH = r"(?:machine[\s-]+learning|ml|predictive\s+(?:ml|machine[\s-]+learning|ai|models?))"
_GEN_BRANCH = r"(?:gen(?:erative)?[\s-]*ai|genai|generative(?:\s+models?)?)"
_SIDE = r"(?:part|parts|side|sides|bit|bits|piece|half|role|angle|component)"
_ROLE_VERB = (
    r"(?:do|does|did|add|adds|bring|brings|contribute|contributes|offer|offers|handle|handles|"
    r"come\s+in|comes\s+in|fit\s+in|fits\s+in|fit|fits|help\s+with)"
)
_BRANCH = rf"(?:{_ML_BRANCH}|{_GEN_BRANCH})"
_BRANCH_ROLE = rx.compile(
    rf"\b{_BRANCH}\s+{_SIDE}\b"  # "the ml part", "the generative side"
    rf"|\b(?:which|what)\s+(?:{_SIDE}|one)\s+(?:is|are|was|were)\s+(?:the\s+)?{_BRANCH}\b"  # "which bit is gen ai"
    rf"|\b{_BRANCH}\s+{_ROLE_VERB}\b",  # "what does gen ai add", "where does ml come in"
    re.IGNORECASE,
)
_BRANCH_WORDS = rx.compile(rf"\b(?:{_BRANCH}|ai|{_SIDE}|{_ROLE_VERB}|exactly)\b", re.IGNORECASE)


def asks_a_branchs_part(question: str) -> str | None:
    """The branch ("ml" or "generative") whose part in the topic a follow-up asks about, when the
    question names nothing else: "what does the ml part do exactly", "and where does gen ai fit
    in for them"; None for "what does ml do in finance" (a subject of its own) or "what is
    generative ai" (the branch itself)."""
    found = _BRANCH_ROLE.search(question)
    if found is None or topic_words(_BRANCH_WORDS.sub(" ", question)):
        return None
    return "generative" if re.search(_GEN_BRANCH, found.group(0), re.IGNORECASE) else "ml"


def names_a_branch_only(topic: str) -> bool:
    """Is the topic a branch's name and nothing else ("ml", "generative ai")?"""
    return bool(re.search(_BRANCH, topic, re.IGNORECASE)) and not topic_words(_BRANCH_WORDS.sub(" ", topic))


def part_of_the_last(question: str, conversation: Conversation, index: SearchIndex) -> int | None:
    """The position of the section the last answer was drawn from, when ``question`` asks about a
    branch's part in it (``asks_a_branchs_part``) and that section speaks of the branch: "and the
    generative side?" after the retail section; not after "what machine learning does well",
    which says nothing of generative AI (there the learner switches subject)."""
    branch = asks_a_branchs_part(question)
    if branch is None or not conversation.sections:
        return None
    last = next((i for i, s in enumerate(index.sections) if s.id == conversation.sections[0]), None)
    if last is None:
        return None
    pattern = r"\bgenerative\b" if branch == "generative" else r"\bmachine learning\b"
    return last if re.search(pattern, index.sections[last].text, re.IGNORECASE) else None


# "the agent", "the classifier": a thing named with "the" (no "of" after it: "the size of ...").
_THE_THING = rx.compile(r"\bthe\s+([a-z][\w'-]*)\b(?!\s+of\b)", re.IGNORECASE)
THE_THING_WORDS = 3  # ... in a follow-up of at most this many words of its own


def names_the_last(question: str, conversation: Conversation) -> bool:
    """Does ``question`` speak of a thing the last answer named, as that thing ("what is the
    discriminator shown" after how a GAN is trained, "and what does the classifier do" after the
    cat pictures)? Its own words are all words of the last answer, and one is named with "the":
    the thing just read about, not a new subject. Searched alone, such a question found the
    lesson's general section, another lesson's ("classifier": image classification) or nothing
    (declined); it may lean on the conversation like a question with no subject of its own."""
    if not conversation.last_answer:
        return False
    own = topic_words(question)
    if not own or len(own) > THE_THING_WORDS:
        return False
    said = set(stems(tokenize(conversation.last_answer)))
    if not all(stem(w) in said for w in own):
        return False
    return any(
        _is_topic_word(m.group(1).lower()) and stem(m.group(1).lower()) in said for m in _THE_THING.finditer(question)
    )


# (stop 38) A check put as a statement with "then?" at its end: "nobody labels anything then?",
# "no dataset needed then?" (not a question of its own: "how does it work then?").
_CHECKS_WITH_THEN = rx.compile(
    r"^\W*(?!(?:what|whats|what's|how|hows|how's|why|when|where|which|who|whos|who's)\b)[^?]*\bthen\s*\?\W*$",
    re.IGNORECASE,
)
# Indefinite pronouns, in which a learner restates a point ("so nobody has to label anything?").
_ANYONE = frozenset("nobody noone anybody anyone somebody someone everybody everyone nothing anything something everything".split())


def confirms_the_last(question: str, conversation: Conversation) -> bool:
    """Does the learner restate, to check it, a point of the last answer in its own words ("so
    nobody has to label anything?" after next-token prediction said no human labelling is
    needed; "nobody labels anything then?")? The question checks what was said
    (``checks_what_was_said`` or "... then?") and each word of its own is a word of the last
    answer (an indefinite pronoun aside). Why: searched alone, such a question lands confidently
    on the section that speaks most of its words ("label": learning from unlabelled data), a new
    subject though it only checks what was just said."""
    if not conversation.last_answer:
        return False
    bare = without_reaction(question)
    if not (checks_what_was_said(question) or _CHECKS_WITH_THEN.match(bare)):
        return False
    own = [w for w in topic_words(question) if w not in _ANYONE]
    said = set(stems(tokenize(conversation.last_answer)))
    return bool(own) and all(stem(w) in said for w in own)


_FIRST_SENTENCE = rx.compile(r"^\s*([^.?!]{3,}[?])\s+(?=\S)")


def opens_as_a_follow_up(question: str, index: SearchIndex) -> bool:
    """Does ``question`` open with a question of its own that is a follow-up, then go on ("how
    does it learn? does somebody feed it the scriptures line by line with the correct
    answers?")? The opening asks about the topic; what follows elaborates on it in the learner's
    own words, which searched with it found another lesson (the grounding section: "sources",
    "feed") and made a new subject of it (stop 38)."""
    match = _FIRST_SENTENCE.match(question)
    return match is not None and is_follow_up(match.group(1), index)


# A thing the question itself names before its pronoun: "my bank froze my card, how did it know",
# "if a robot falls over, how does it learn", "how does a phone understand what i say to it".
_NAMED_BEFORE = rx.compile(r"\b(?:a|an|my|your|our|the|his|her)\s+(?:[\w'-]+\s+){0,2}?([\w'-]+)\b", re.IGNORECASE)
# A bare subject right after the opening verb names a thing as well, with no determiner: "can
# chatgpt actually think or is it just guessing words" (a chat trial of stop 41: after a question
# on train/test splits, the split led the answer, since "it" was read as pointing back).
_OPENING_SUBJECT = rx.compile(
    r"^\s*(?:(?:so|and|but|ok|okay|hi|hey)\s*,?\s+)?(?:(?:how|why|what|when|where)\s+)?"
    r"(?:can|could|does|do|did|is|are|was|were|will|would|should|has|have|doesn'?t|don'?t|isn'?t|aren'?t|can'?t)\s+"
    r"([\w'-]+)\b",
    re.IGNORECASE,
)
# After a bare subject the pronoun must open another ask, not share the first one's verb: "can
# chatgpt think, or is it ..." does; "what do teams do about it" does not (its "do" is the verb).
_ANOTHER_ASK = rx.compile(
    r"[,;:.?!]|\b(?:or|and|but)\s+(?:is|are|was|were|do|does|did|can|could|will|would|has|have)\b|"
    r"\b(?:if|unless|because|once|until|till|before|after|since|although|though|whenever)\b",
    re.IGNORECASE,
)
_THING_PRONOUNS = frozenset("it its they them their".split())
_NEW_CLAUSE = rx.compile(
    r"[,;:.?!]|\b(?:how|why|what|when|where|which|who|does|did|do|is|are|was|were|can|could|would|will|should|"
    # A subordinate clause opens another clause too: "how does a game bot learn if nobody tells it
    # the right move", "... spot a dodgy payment before i notice it" (stop 40, chat trial: read as
    # leaning on the conversation, the old topic answered a question with a subject of its own).
    r"if|unless|because|once|until|till|before|after|since|although|though|whenever)\b",
    re.IGNORECASE,
)


def _things_before_its_pronoun(question: str) -> list[str]:
    """The things the question names (a determiner and a word of its own, "my bank", "a robot")
    that end a clause before its first "it" or "they" starts another; none without such a
    pronoun. People ("my dad asks it about his pills") are who asks, never what "it" is; and the
    thing must end a clause before the pronoun starts another ("my bank froze my card, how did it
    know"): in "what's a pragmatic use for it" the pronoun is inside the thing named."""
    words = list(re.finditer(r"[\w']+", question.lower()))
    first = next((m.start() for m in words if m.group(0) in _THING_PRONOUNS), None)
    if first is None:
        return []
    before = PEOPLE.sub(lambda m: " " * len(m.group(0)), question[:first])
    named = [(m, _NEW_CLAUSE) for m in _NAMED_BEFORE.finditer(before)]
    named += [(m, _ANOTHER_ASK) for m in _OPENING_SUBJECT.finditer(before)]
    return [
        before[m.start(1) : m.end()]
        for m, clause in sorted(named, key=lambda pair: pair[0].start())
        if _is_topic_word(m.group(1).lower()) and clause.search(before[m.end():])
    ]


def names_its_pronoun(question: str) -> bool:
    """Does a thing the question names end a clause before its first "it" or "they" starts
    another (``_things_before_its_pronoun``)? That pronoun may point inside the question rather
    than back at the conversation; whether it does is for the search to judge (a new subject or
    not). A pronoun in the same clause as the thing ("does the slippery ice make it harder?"
    after Q-learning) still points back."""
    return bool(_things_before_its_pronoun(question))


def names_its_own_thing(question: str, index: SearchIndex) -> bool:
    """Does a thing the question names before its pronoun, in another clause
    (``names_its_pronoun``), name something of the course (a word in few sections, ``OWN_IDF``)?
    "how does a music app guess what i want before i ask it": "it" is the music app; "what
    happens to the ai when its turned way up" names only "ai", a word of nearly every section,
    so "its" is still the topic (temperature)."""
    return any(names_something(thing, index) for thing in _things_before_its_pronoun(question))


# What opens another clause of the same question: a relative ("that", "which", "who"), a
# conjunction, a comparison's second side, a punctuation mark.
_CLAUSE_BREAK = frozenset("that which who whose and or but vs versus while whereas than if when because so , ; :".split())
_PLURAL_PRONOUNS = frozenset("they them their those these".split())
_SUBSTITUTE = frozenset("one ones".split())
_VERB_AFTER = frozenset("that which who it one he she".split())
_SECOND_SIDE = frozenset("and or vs versus than from to between the a an another".split())


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def points_inside(question: str) -> bool:
    """Does every pronoun of the question point at a thing the question itself names before it?
    "a model that sorts photos and one that makes them": "one" stands for "a model" (a second
    side built as "and one that ..."), "them" for "photos", named in another clause of the same
    question; the question asks afresh, not about the last answer. A plural pronoun takes the
    nearest plural thing named before it only across a clause break: in "do hospitals use them"
    the subject of its own clause is never what "them" is, so it still points back. "it", "this"
    and "that" are left to ``names_its_pronoun``."""
    words = re.findall(r"[\w']+|[,;:]", _POINTING_NOWHERE.sub(" ", question.lower()))
    pronouns = [
        i for i, w in enumerate(words)
        if w in REFERRING and not (w in _RELATIVE and i > 0 and (_is_topic_word(words[i - 1]) or words[i - 1] in _SUBSTITUTE))
    ]
    if not pronouns:
        return False
    for i in pronouns:
        w = words[i]
        if w in _SUBSTITUTE:
            # "... and one that makes them", "... vs the ones which ...": a second side.
            if not (
                0 < i < len(words) - 1 and words[i - 1] in _SECOND_SIDE and words[i + 1] in {"that", "which", "who"}
                and any(_is_topic_word(x) for x in words[:i - 1])
            ):
                return False
        elif w in _PLURAL_PRONOUNS:
            # (Not a verb of a "that"-clause: "one that makes them" names no "makes".)
            named = [
                j for j in range(i)
                if _is_topic_word(words[j]) and _plural(words[j]) and not (j and words[j - 1] in _VERB_AFTER)
            ]
            if not named or not any(x in _CLAUSE_BREAK for x in words[named[-1] + 1 : i]):
                return False
        else:
            return False
    return True


# "can you sing it?", "could you draw one": the everyday word is what the tutor is asked to do.
_ASKED_TO_DO = rx.compile(r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(\w+)", re.IGNORECASE)


def _everyday_aside(question: str, foreign: list[str]) -> bool:
    """Is the one word foreign to the course a plain English word said about what the pronoun
    points at ("what if you crank its weight way up?", "why do companies love them?", "could you
    explain it to my grandma?")? Then it says what is done to the topic or who asks, not what
    the question is about; two or more foreign words ("is it going to rain in Paris?") or jargon
    ("its kullback divergence") make a subject of their own, and so does a thing the tutor is
    asked to do ("can you sing it?")."""
    if len(foreign) != 1 or not in_dictionary(foreign[0]):
        return False
    return not any(m.group(1).lower() == foreign[0] for m in _ASKED_TO_DO.finditer(question))


def follow_up_bonus(
    question: str, conversation: Conversation, index: SearchIndex
) -> Callable[[np.ndarray], np.ndarray] | None:
    """Per section, a bonus for a follow-up that combines its words with the topic (see the module
    docstring): sections naming both the follow-up's own words and the topic (after a pronoun, the
    sections just cited count as naming the topic), or, for a follow-up of aspects only, sections naming the
    topic; then only sections near the best in meaning qualify (a passing mention of "spam filters"
    in a list of examples is not about them), so the bonus is a function of the sections' cosines.
    None when there is no topic to combine with."""
    if not conversation.topic:
        return None

    def coverage(text: str, distinctive: bool = False) -> np.ndarray:
        # Under any of its names ("VAE" or "variational autoencoder"), the best share. The
        # follow-up's own words count when distinctive: words the course uses in many sections
        # ("new", "images") or never ("brand") do not say which section speaks of them.
        shares = []
        for name in [text, *index.other_names(text)]:
            terms = index.analyse(name)
            if distinctive:
                terms = [t for t in terms if t in index.vocabulary and index.idf(t) >= OWN_IDF]
            if terms:
                shares.append(index.coverage(terms))
        return np.max(shares, axis=0) if shares else np.zeros(len(index.sections), dtype=np.float32)

    last = part_of_the_last(question, conversation, index)
    if last is not None:
        # "what does gen ai add there?": that branch's part in the section just read, whatever
        # else names the topic (the lesson's overview names every industry and both branches).
        part = np.zeros(len(index.sections), dtype=np.float32)
        part[last] = BOTH_BONUS
        return lambda dense: part
    topic = coverage(subject(question, conversation.topic))
    cited = [i for i, s in enumerate(index.sections) if s.id in conversation.sections]
    own = topic_words(question)
    named = coverage(" ".join(own), distinctive=True)
    if not named.any():
        # Aspects only: something the last answer did not say, from a section naming the topic.
        # Words of its own that no section names distinctively ("when does it stop shuffling"
        # after k-means, "why is it worse than an obvious mistake" after hallucination) are the
        # learner's words for something, maybe something the last answer said: meaning decides.
        if not own:
            topic[cited] = 0.0
        bonus = NAMING_BONUS * topic
    else:
        pointing = refers_back(question)
        if pointing:
            # "does that one need labels?": the pronoun is the most recent subject, so the
            # section the last answer was drawn from names it, and comes first when it speaks of
            # the follow-up's words.
            cited = [i for i, s in enumerate(index.sections) if s.id == conversation.sections[0]] if conversation.sections else []
            topic[cited] = 1.0
        bonus = BOTH_BONUS * np.minimum(named, topic)
        if pointing:
            bonus[cited] += CITED_BONUS * named[cited]
        elif narrows(question):
            # "what about in finance?": the last answer was the general one; a section specific
            # to the new subject answers the narrowed question.
            bonus[cited] -= CITED_BONUS

    def near(dense: np.ndarray) -> np.ndarray:
        return bonus * (dense >= dense.max() - NEAR_DENSE)

    # Naming both the follow-up's words and the topic is evidence enough on its own.
    return near if not named.any() else (lambda dense: bonus)


# --- reading an elliptic follow-up in full -----------------------------------------------------
#
# Some follow-ups are a new subject dropped into the previous question: "and gans?" after "what
# are vaes used for" asks "what are gans used for", "what about machine learning?" after "what are
# the benefits of generative ai" asks for machine learning's benefits, "and in finance?" after "how
# is ai used in healthcare" asks how it is used in finance. Searched with the old topic (or with
# the new subject alone) they land on a section about both subjects or on the new subject's
# definition; read in full they are ordinary questions. "which one is better?" after two subjects
# compares them.

# "and gans?", "what about machine learning?", "how about in finance?", "same for dbscan?"; and the
# previous question asked again of another subject as a yes/no "same": "is that the same for gen
# ai?" after the limits of machine learning asks for generative AI's limits, "does the same go for
# education?" after retail, "is it the same in finance?" after healthcare ("in" is kept: it
# replaces the previous question's own "in ..."). Only "the same" says so: "is that true for
# chatbots?" or "does it apply to fraud?" ask about the topic in a setting, not of a new subject.
_SAME_FOR = (
    r"(?:(?:is|are|was|were|would|will)\s+(?:that|this|it|they|those|these)\s+(?:be\s+)?(?:also\s+|still\s+)?"
    r"(?:the\s+same|similar)(?:\s+(?:thing|story|deal|case))?"
    r"|(?:does|do|would|will)\s+the\s+same(?:\s+thing)?\s+(?:also\s+)?(?:go|apply|hold)(?:\s+true)?"
    r"|(?:the\s+)?same\s+(?:thing\s+|story\s+)?(?:goes|applies|holds)(?:\s+true)?)"
    r"\s+(?:(?:for|with|to|of)\s+|(?=(?:in|on|at|during)\s))"  # not "the same as a gan?": a comparison
)
_SWITCH = rx.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|alright|right|then|now|also)[\s,]+)*(?:what|how)\s+about\s+(?P<about>.+?)\W*$"
    # "ok and gans?", "cool, and the decoder?": a reaction before "and" opens the switch too.
    r"|^\W*(?:(?:ok|okay|alright|right|cool|oh|hmm+)[\s,]+)*(?:and|also|plus|same\s+for|now)\s+(?P<plain>.+?)\W*$"
    rf"|^\W*(?:(?:and|but|so|ok|okay|also)[\s,]+)*{_SAME_FOR}(?P<same>.+?)\W*$",
    re.IGNORECASE,
)
# A filler word that may close a switch ("and gans then?", "what about VAEs as well?").
_TRAILING_WORD = rx.compile(r"\b(?:then|too|as\s+well|instead|though|specifically|in\s+particular|particularly)$",
                            re.IGNORECASE)


def strip_trailing(text: str) -> str:
    """``text`` without what trails its subject: punctuation, spaces and filler words.

    A loop from the end, not one regex: ``(?:\\W+|\\s+(?:then|...))+$`` nested a repeat in a
    repeat, and "and gans?!?!?!?!?!?!?!?!?!?!?!?!?!?!z" as a follow-up took 69 s (each more
    "?!" doubled it), freezing the chat.
    """
    while True:
        end = len(text)
        while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
            end -= 1
        text = text[:end]
        word = _TRAILING_WORD.search(text)
        if word is None or word.start() == 0 or not text[word.start() - 1].isspace():
            return text
        text = text[:word.start()]


# After the opening, a question of its own ("and how does it learn?", "and what is beam search?").
_OWN_QUESTION = rx.compile(
    r"^(?:what|what's|whats|why|how|which|when|where|who|does|do|did|is|are|was|were|can|could|should|"
    r"would|will|if|tell|explain|describe|define|give|show|write|make)\b",
    re.IGNORECASE,
)
_DETERMINER = rx.compile(r"^(?:a|an|the|just|only)\s+", re.IGNORECASE)
PREPOSITIONS = frozenset("for in with on inside into at of to during".split())
_TOKEN = rx.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_POINTERS = frozenset("it they them this that these those".split())
_POSSESSIVES = frozenset("its their".split())
# "so which should i use?", "which do i go with", "which to pick": choosing between the two.
_CHOICE = (
    r"(?:(?:should|would|do|could|can)\s+(?:i|we|you|u)\s+|to\s+)"
    r"(?:use|pick|choose|go\s+(?:with|for)|learn|try|get|recommend|suggest|prefer|want|need|take)"
)
# "which is easier to train?", "which one's cheaper", "which trains faster", "which needs less
# data": a side picked by a comparative, the course's "VAE training is usually stable", "online
# courses are a faster and cheaper route"; and "which one for my shop's photos?", "so which if i
# don't know k": a side picked for a use or a case. Both ask which of the two just compared fits.
_NOT_COMPARATIVE = frozenset(
    "other another either neither whether rather together never ever over under after later user users "
    "computer computers layer layers number numbers cluster clusters filter filters letter paper water "
    "answer answers encoder decoder discriminator generator order power parameter parameters".split()
)
_WHICH_PICKS = (
    r"which(?:\s+one|\s+of\s+(?:them|the\s+two|those|these))?"
    r"(?:(?:'s|\s+(?:is|are|was|would\s+be|will\s+be|gets?|runs?|trains?|works?|learns?|needs?|makes?|gives?|"
    r"has|have|costs?|handles?|does|do|uses?|takes?))\s+(?:\w+\s+)?(?:more|less|fewer|(?!(?:"
    + "|".join(sorted(_NOT_COMPARATIVE)) + r")\b)[a-z]{2,}(?:ier|er))"
    r"|\s+(?:one\s+)?(?:for|if|when|in\s+case))"
)
# "which one is better?", "is it better than the other one?", "how do they compare?"
COMPARES = rx.compile(
    r"\b(?:better|worse|best|prefer\w*|differen\w*|differ|differs|compare[ds]?|comparison|vs\.?|versus|"
    r"stack\s+up|trade-?offs?|which\s+(?:one|of\s+(?:them|the\s+two))|"
    r"which\s+(?:(?:one|of\s+(?:them|the\s+two))\s+)?" + _CHOICE + r"|" + _WHICH_PICKS + r")\b",
    re.IGNORECASE,
)
_PICKS = rx.compile(r"\b" + _WHICH_PICKS + r"\b", re.IGNORECASE)
_CHOOSES = rx.compile(r"\bwhich\s+(?:(?:one|of\s+(?:them|the\s+two))\s+)?" + _CHOICE + r"\b", re.IGNORECASE)
# Words of a comparison that name no subject ("the other one", "the two", "both").
_COMPARISON_FILLER = frozenset(
    "other two both either neither better worse best prefer preferred preferable compare compares compared "
    "comparison versus vs stack up tradeoff tradeoffs trade off offs overall generally winner use pick choose".split()
)


@dataclass
class Reading:
    """How a follow-up was read: ``text`` is the question answered ("what are gans used for" for
    "and gans?"); after a switch, ``replaced`` is the old subject and ``subject`` the new one."""

    text: str
    replaced: str | None = None
    subject: str | None = None


# A new subject, a comma, then a clause about it in the setting just discussed: "LLMs, what do
# they do there?", "chatbots - how are they used there".
_SUBJECT_THEN_THERE = rx.compile(
    r"^(?P<subject>[^,;:?]{1,40}?)\s*(?:,|\s[-\u2013\u2014])\s*(?:what|how|where|why|which)\b[^,;:]*\bthere\W*$",
    re.IGNORECASE,
)


def switched_subject(question: str) -> tuple[str | None, str] | None:
    """The new subject of "and X?" / "what about X?" as (preposition or None, X), or None when the
    question asks something of its own, points back ("what about its cost?"), or names only an
    aspect ("and the main uses?": that is an aspect of the same topic)."""
    match = _SWITCH.match(question.replace("\u2019", "'"))
    if not match:
        return None
    rest = strip_trailing((match.group("about") or match.group("plain") or match.group("same") or "").strip())
    there = _SUBJECT_THEN_THERE.match(rest)
    if there is not None:
        # "and LLMs, what do they do there?": the new subject, then a clause asking about it in
        # the setting just discussed ("there"): the switch keeps the setting (stop 43; the clause
        # was read as a question of its own and the setting was lost).
        rest = there.group("subject")
    if not rest or _OWN_QUESTION.match(rest) or _OWN_CLAUSE.search(rest) or refers_back(rest):
        return None
    words = tokenize(rest)
    if not words or len(words) > 6:
        return None
    preposition = words[0] if words[0] in PREPOSITIONS else None
    body = rest.split(None, 1)[1] if preposition else rest
    body = _DETERMINER.sub("", body.strip()).strip()
    content = _content(body)
    if not topic_words(body) or any(w in ASPECT_WORDS for w in content):
        return None
    return preposition, body


def _spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def _object_of(previous: str, preposition: str) -> tuple[int, int] | None:
    """Where the object of the last ``preposition`` in ``previous`` is ("healthcare" in "how is
    ai used in healthcare"): the words after it up to the next preposition, at least one of them
    a topic word; None when there is none ("what is it used for")."""
    tokens = _spans(previous)
    own = set(topic_words(previous))
    at = [i for i, (_, _, word) in enumerate(tokens) if word.lower() == preposition]
    if not at:
        return None
    after = []
    for start, end, word in tokens[at[-1] + 1 :]:
        if word.lower() in PREPOSITIONS or word.lower() in _POINTERS:
            break
        if after or word.lower() not in ("a", "an", "the"):
            after.append((start, end, word))
    if not any(part in own for _, _, word in after for part in tokenize(word)):
        return None
    return after[0][0], after[-1][1]


def _units(text: str, index: SearchIndex) -> list[tuple[int, int]]:
    """The topic phrases of ``text`` as spans: runs of topic words, split where two neighbours
    are not a phrase of the course ("machine learning" and "generative ai" stay whole; "GANs
    evaluated" is two subjects' worth: "GANs" and "evaluated")."""
    own = set(topic_words(text))
    phrases = _course_bigrams(index)
    units: list[list[tuple[int, int, str]]] = []
    previous_word: str | None = None
    for start, end, word in _spans(text):
        parts = tokenize(word)
        if not any(part in own for part in parts):
            previous_word = None
            continue
        first = stem(parts[0])
        if previous_word is not None and (previous_word, first) in phrases:
            units[-1].append((start, end, word))
        else:
            units.append([(start, end, word)])
        previous_word = stem(parts[-1])
    return [(unit[0][0], unit[-1][1]) for unit in units]


_BIGRAMS: weakref.WeakKeyDictionary[SearchIndex, frozenset[tuple[str, str]]] = weakref.WeakKeyDictionary()


def _course_bigrams(index: SearchIndex) -> frozenset[tuple[str, str]]:
    """Pairs of neighbouring stems that the course writes together at least twice (computed
    once per index)."""
    phrases = _BIGRAMS.get(index)
    if phrases is None:
        counts: dict[tuple[str, str], int] = {}
        for section in index.sections:
            for sentence in [section.heading, *section.sentences]:
                words = stems(tokenize(sentence))
                for pair in itertools.pairwise(words):
                    counts[pair] = counts.get(pair, 0) + 1
        phrases = frozenset(pair for pair, count in counts.items() if count >= 2)
        _BIGRAMS[index] = phrases
    return phrases


def _the_other_branch(previous: str, units: list[tuple[int, int]], new: str) -> tuple[int, int] | None:
    """The unit of ``previous`` that names one of the course's two branches, when ``new`` names a
    branch and nothing else ("and gen ai?" after "how is ml used in customer support"): the
    branches are each other's siblings, so one stands in for the other, whatever the setting.
    The profile of the word "ml" (short, rare in the course's text) is empty, and the setting
    ("customer support", which also speaks of generative AI) was replaced instead. None when no
    unit, or more than one, names a branch."""
    if names_a_branch_only(new):
        branch = _BRANCH
    elif _GENERATIVE_MEMBER.fullmatch(new.strip(" ?.!,")):
        # "and LLMs?" after "how is ML used in banking": a kind of generative model stands in
        # for machine learning the same way (the setting, "banking", was replaced; stop 43).
        branch = _ML_BRANCH
    else:
        return None
    named = [(a, b) for a, b in units if re.fullmatch(rf"(?:the\s+)?{branch}", previous[a:b], re.IGNORECASE)]
    return named[0] if len(named) == 1 else None


# Kinds of generative model a learner sets against machine learning as a whole.
_GENERATIVE_MEMBER = rx.compile(
    r"(?:the\s+)?(?:llms?|large\s+language\s+models?|language\s+models?|chat\s*bots?|chatgpt|gpts?|"
    r"image\s+generators?|text\s+generators?)",
    re.IGNORECASE,
)


def _asker_bounds(previous: str) -> tuple[int, int]:
    """Where what ``previous`` asks starts and ends once who the learner is is set aside: after a
    description or a bare job signature that opens it ("dm here.", "baker, long day.", "I'm a
    nurse,"), before one that closes it ("... (pharmacist)")."""
    from tutor.core.answering import who_asks  # (scope imports this module)

    lead = 0
    first = shapes.INTRODUCTION_FIRST.match(previous)
    if first:
        lead = first.end("intro")
    lead = max(lead, len(previous) - len(who_asks.without_job_signature(previous)))
    last = shapes.INTRODUCTION_LAST.search(previous)
    tail = last.start() if last and last.start() > lead else len(previous)
    # A story told before the question ("running a sci-fi campaign about ai laws lol. what does
    # the eu ai act do") sets the scene: what is asked is in the last sentence, when it asks.
    closing = shapes._last_sentence(previous[:tail])
    if closing and re.match(rf"\W*{shapes._QUESTION_WORD}", closing, re.IGNORECASE):
        lead = max(lead, previous.rfind(closing, 0, tail))
    return lead, tail


def _replaced_unit(
    previous: str, new: str, index: SearchIndex, distinctive: bool = False
) -> tuple[int, int] | None:
    """Which subject of ``previous`` the new subject replaces: a pronoun when there is one ("how
    is it trained?"), else the topic phrase whose replacement both reads as something the course
    speaks of (the rewritten question's best cosine with the course's passages) and is most like
    the new subject in where the course names it (the sections naming each, as vectors): "GANs",
    not "evaluated", for "vaes"; "retail", not "machine learning", for "education"; "the
    discriminator", not "a gan", for "the generator"."""
    tokens = _spans(previous)
    # Who the learner said they are is no subject to swap, nor a story told before the question:
    # "and the americans?" after "dm here. what does the eu ai act do" replaced "dm", and the EU
    # AI Act was asked about again.
    lead, tail = _asker_bounds(previous)
    if refers_back(previous[lead:tail]) or (lead == 0 and refers_back(previous)):
        for start, end, word in tokens:
            if (word.lower() in _POINTERS or word.lower() in _POSSESSIVES) and (lead == 0 or lead <= start < tail):
                return start, end
    units = _units(previous, index)
    units = [(a, b) for a, b in units if a >= lead and b <= tail] or units
    if distinctive:
        # Only a phrase that names something (a word the course uses in few sections, ``OWN_IDF``)
        # can be swapped for a subject: "make" and "ai" in "how does gen ai make music" cannot.
        units = [(a, b) for a, b in units if any(index.idf(t) >= OWN_IDF for t in index.analyse(previous[a:b]))]
    if len(units) <= 1:
        return units[0] if units else None
    branch = _the_other_branch(previous, units, new)
    if branch is not None:
        return branch

    def profile(text: str) -> np.ndarray:
        shares = index.coverage(index.analyse(text))
        norm = float(np.linalg.norm(shares))
        return shares / norm if norm else shares

    wanted = profile(new)
    scores = np.array([float(wanted @ profile(previous[a:b])) for a, b in units])
    rewrites = [f"{previous[:a]}{new}{previous[b:]}" for a, b in units]
    meaning = index.best_cosines(rewrites)
    if meaning is not None:
        scores += meaning
    return units[int(np.argmax(scores))]


# A topic that is nothing but two short options ("gan or vae", "k-means or dbscan").
_TWO_OPTIONS = rx.compile(r"^\W*(?P<a>[\w-]+(?:\s+[\w-]+)?)\s+or\s+(?P<b>[\w-]+(?:\s+[\w-]+)?)\W*$", re.IGNORECASE)


# Words that point at both subjects at once: "which one", "the other one", "both" ("they" may be
# the last subject alone: "are they better than real photos?" after deepfakes).
_BOTH = rx.compile(
    r"\b(?:which(?=\s+(?:one|of|is|are|would|should|do|does|works?)\b|'s)|the\s+other|both|the\s+two|either)\b",
    re.IGNORECASE,
)


def _elliptic_comparison(question: str, conversation: Conversation) -> Reading | None:
    """ "which one is better?", "is it better than the other one?", "which one is more stable?"
    after two subjects: the two compared ("A versus B", then the question's own words when it
    has some, so the shape takes both sides and the answer what is asked of them). A question
    with words of its own that does not point at both ("is it better than a gan?") is left to
    the comparison with a pronoun side."""
    if not COMPARES.search(question) or len(conversation.subjects) < 2:
        return None
    own = [w for w in topic_words(question) if w not in _COMPARISON_FILLER]
    if own and not (_BOTH.search(question) or _PICKS.search(question)):
        return None
    first, second = conversation.subjects[-2:]
    if not own and _CHOOSES.search(question):
        # "so which should i use?": which suits what, the question's own words kept.
        return Reading(f"{first} versus {second}, which suits what")
    if not own and not criterion(question):
        return Reading(f"{first} versus {second}")
    return Reading(f"{first} versus {second}, {question.strip()}")


# A reciprocal ("each other", "one another") asks of two things at once; "they", "the two" or
# "both" is then the pair, not the last subject alone.
_RECIPROCAL = rx.compile(r"\b(?:each\s+other|one\s+another)\b", re.IGNORECASE)
_PAIR_POINTER = rx.compile(r"\b(?:both\s+of\s+them|the\s+two(?:\s+of\s+them)?|these\s+two|those\s+two|both|they|them)\b", re.IGNORECASE)


def _reciprocal_pair(question: str, conversation: Conversation) -> Reading | None:
    """ "why do they pull against each other?" after "what is precision" and then "and recall?":
    asked of both subjects ("why do precision and recall pull against each other?").

    Why (stop 39, a chat trial): the switch left recall alone as the topic, and "they" read as
    recall named no section (one thing cannot pull against itself), so the question was declined
    as not covered. Only when the last two questions each named one of the two subjects, and the
    last subject is one thing: after "how do the generator and discriminator work", "they" are
    those two, the subject just named."""
    if len(conversation.subjects) < 2 or len(conversation.asked) < 2 or not _RECIPROCAL.search(question):
        return None
    pointer = _PAIR_POINTER.search(question)
    first, second = conversation.subjects[-2:]
    if pointer is None or re.search(r"\b(?:and|or|vs|versus)\b", second, re.IGNORECASE):
        return None
    if not (_names(conversation.asked[-2], first) and _names(conversation.asked[-1], second)):
        return None
    return Reading(f"{question[: pointer.start()]}{first} and {second}{question[pointer.end() :]}")


def criterion(question: str) -> list[str]:
    """The words a pick between two things is made by ("easier", "train" of "which one is easier
    to train?", "stable" of "which one is more stable?"): the question's content words besides
    those of any comparison ("better", "the other one"). Aspect words name no topic, yet they are
    what is asked: read as the bare "A versus B", such a follow-up got the previous comparison
    again, its opening first (stop 33, a chat trial's "gan vs vae | which one is easier to train")."""
    return [w for w in _content(question) if w not in _COMPARISON_FILLER and w not in _ONE and w not in FILLER]


# "the first one", "the former", "the other one" point two subjects back; "the second one", "the
# latter", "the new one" at the last one.
ORDINAL = rx.compile(
    r"\bthe\s+(?:(?P<earlier>first|earlier|previous|original|other|former)|(?P<later>second|latter|last|latest|new|newer))"
    r"(?:\s+(?:one|thing|model|method|algorithm|technique|term|idea|concept|metric)s?\b|(?<=former)\b|(?<=latter)\b"
    r"|(?=\s*[?.!]*\s*$))",
    re.IGNORECASE,
)


def ordinal_subject(question: str, conversation: Conversation) -> tuple[str, str] | None:
    """ "how is the first one trained?" after a GAN and then a VAE: the question with "the first
    one" replaced by the subject it points at ("how is gan trained?") and that subject; None
    without such a phrase or two subjects to count back."""
    match = ORDINAL.search(question)
    if match is None or len(conversation.subjects) < 2:
        return None
    pointed = conversation.subjects[-2] if match.group("earlier") else conversation.subjects[-1]
    before, after = question[: match.start()], question[match.end() :]
    if _asks_what_it_is(before, after) and _names_both(conversation.asked[-1] if conversation.asked else "", conversation.subjects[-2:]):
        # "and the first one?" right after "gans vs vaes": read as "and gans?", the switch put
        # GANs back into the comparison just answered and quoted it again.
        return f"what is {pointed}?", pointed
    if match.group("earlier"):
        # "does the first one suffer from it?" after a VAE and then mode collapse: the first one
        # is the VAE, and "it" the subject just discussed (mode collapse).
        latest = conversation.subjects[-1]
        before, after = (_PRONOUN.sub(latest, part, count=1) for part in (before, after))
    return f"{before}{pointed}{after}", pointed


def _ordinal_item(question: str, conversation: Conversation, index: SearchIndex) -> tuple[str, str] | None:
    """ "tell me more about the last one" after a list ("Supervised learning trains ...,
    Unsupervised learning gets ..., Reinforcement learning puts ..."), with no two subjects to
    count back: the item of the last answer it points at. The items are the sentences of the
    section it quoted first that open with a subject the course has a lesson or section on,
    other than the topic itself; "the first" / "the second" / "the last" count them."""
    match = ORDINAL.search(question)
    if match is None or not conversation.sections or not conversation.last_answer:
        return None
    word = (match.group("earlier") or match.group("later") or "").lower()
    place = {"first": 0, "second": 1, "last": -1, "latest": -1}.get(word)
    if place is None:
        return None
    section = next((s for s in index.sections if s.id == conversation.sections[0]), None)
    if section is None:
        return None
    named = _course_subjects(index)
    topic = set(index.analyse(conversation.topic or ""))
    items = []
    for sentence in section.sentences:
        if sentence not in conversation.last_answer or announces(sentence):
            # (The sentence announcing the items is about them all: "Machine learning is usually
            # divided into three types ..." names no item, whatever its subject.)
            continue
        units = _units(sentence, index)
        if not units or units[0][0] != 0:
            continue
        terms = frozenset(index.analyse(sentence[units[0][0] : units[0][1]]))
        if terms and terms in named and not terms <= topic:
            items.append(sentence[units[0][0] : units[0][1]])
    if len(items) < 2 or (place == 1 and len(items) < 2):
        return None
    item = items[place]
    before, after = question[: match.start()], question[match.end() :]
    if _asks_what_it_is(before, after):
        # "tell me more about the last one", "and the first one?": what the item is (its lesson
        # opens with it; read as "and supervised learning?", the item was switched into the
        # question that asked for the list).
        return f"what is {item}?", item
    return f"{before}{item}{after}", item


_MORE_ABOUT = rx.compile(
    r"\W*(?:(?:ok|okay|so|and|now)\W+)*(?:(?:can\s+you\s+|could\s+you\s+)?tell\s+me\s+(?:a\s+bit\s+|a\s+little\s+)?(?:more\s+)?about|"
    r"more\s+(?:on|about)|explain|expand\s+on|go\s+on\s+about|what\s+is|what's|whats)\s+",
    re.IGNORECASE,
)


# "and the first one?", "what about the latter", "the second one?": a pointer and nothing asked.
_ONLY_POINTS = rx.compile(
    r"\W*(?:(?:ok|okay|so|and|now|but|then|hmm)\W+)*(?:(?:what|how)\s+about\s+|more\s+(?:on|about)\s+)?", re.IGNORECASE
)


def _asks_what_it_is(before: str, after: str) -> bool:
    """Does a question that points at one of the things just named ("the first one") around
    ``before`` and ``after`` ask only what that thing is ("tell me more about the last one", "and
    the first one?")?"""
    return bool(_MORE_ABOUT.fullmatch(before) or _ONLY_POINTS.fullmatch(before)) and not after.strip(" ?.!")


def _names_both(question: str, subjects: Sequence[str]) -> bool:
    """Did ``question`` name both ``subjects`` (the comparison that set them side by side)?"""
    return len(subjects) == 2 and all(_names(question, s) for s in subjects)


def _names(question: str, subject: str) -> bool:
    """Does ``question`` name every word of ``subject`` (stemmed)?"""
    return set(stems(tokenize(subject))) <= set(stems(tokenize(question)))


def _course_subjects(index: SearchIndex) -> frozenset[frozenset[str]]:
    """The analysed terms of every lesson title and section heading, and of their parts before a
    colon ("Mode collapse: when ..."): subjects the course teaches."""
    found = _SUBJECTS.get(index)
    if found is None:
        texts = {s.lesson_title for s in index.sections} | {s.heading for s in index.sections}
        texts |= {t.split(":")[0] for t in texts}
        # A title's own subject without its framing ("Supervised learning", "What is machine learning?").
        found = frozenset(frozenset(index.analyse(t)) for t in texts if index.analyse(t))
        _SUBJECTS[index] = found
    return found


_SUBJECTS: weakref.WeakKeyDictionary[SearchIndex, frozenset[frozenset[str]]] = weakref.WeakKeyDictionary()


_PRONOUN = rx.compile(r"\b(?:it|them)\b(?=\s*[?.!]*\s*$)", re.IGNORECASE)


def _without_plain_words(text: str) -> str:
    """``text`` without how it asks to be told (``PLAIN_WORDS``), unless nothing is left."""
    return re.sub(r"\s*,?\s*(?:" + PLAIN_WORDS.pattern + ")", "", text, flags=re.IGNORECASE).strip() or text


def resolve(question: str, conversation: Conversation, index: SearchIndex) -> Reading | None:
    """The follow-up read in full (see the comment above ``Reading``), or None when it is
    answered as it is."""
    if not conversation.asked:
        return None
    # "and the root cause, in simple terms?": how to say it is no part of a new subject.
    question = _without_plain_words(question)
    comparison = _elliptic_comparison(question, conversation) or _reciprocal_pair(question, conversation)
    if comparison is not None:
        return comparison
    ordinal = ordinal_subject(question, conversation) or _ordinal_item(question, conversation, index)
    if ordinal is not None:
        question = ordinal[0]
    switch = switched_subject(question)
    if switch is None and ordinal is None:
        described_one = _described_one_switch(question, conversation, index)
        if described_one is not None:
            return described_one
        described = _described_kind_switch(question)
        if described is not None and described[1]:
            return Reading(described[1], subject=described[0])
        if described is not None:
            switch = (None, described[0])
    if switch is not None and ordinal is None and part_of_the_last(question, conversation, index) is not None:
        switch = None  # "and the generative side?": that branch's part in the last answer, not a new subject
    if switch is None:
        return Reading(ordinal[0], subject=ordinal[1]) if ordinal is not None else None
    preposition, new = switch
    if preposition is None:
        # "ok and the unlabelled kind?": a way of learning described is searched by its name.
        new = shapes.described_learning_kind(new) or new
    # How the last question asked to be told ("..., in a sentence or two?") holds no subject to swap.
    previous = _without_plain_words(conversation.asked[-1])
    if preposition is not None:
        # "and in finance?" replaces what the previous question had "in"; with no such object
        # ("and for images specifically?" after "what can generative ai make") it narrows.
        span = _object_of(previous, preposition)
    else:
        span = _replaced_unit(previous, new, index)
    if span is None and preposition is None and conversation.topic and not topic_words(previous) and previous.strip():
        # (stop 47, the lead's chat trial) "and gans?" after a topicless aspect asked of the
        # topic ("what is a vae", "any downsides?"): the aspect is asked of the new subject ("any
        # downsides with gans?"). With nothing to swap, the switch went back to the first
        # question and answered what GANs have been used for.
        return Reading(f"{previous.strip().rstrip(' ?.!')} with {new}?", conversation.topic, new)
    if span is None:
        return None
    previous, span = _from_the_asking_sentence(previous, span)
    previous, span = _without_a_definitions_setting(previous, span)
    return _switched_reading(previous, span, new, conversation, index)


# "For a system that flags faulty smoke detectors, what does precision mean?": a setting clause
# before a question asking what a term is, then "and recall?".
_SETTING_THEN_DEFINITION = rx.compile(
    r"^(?P<setting>(?:[^.?!]*[.?!]\s+)?(?:for|in|with|on|at|about)\s+[^,.?!]{3,}?,\s*)"
    r"(?=what(?:'s|\s+is|\s+are|\s+does|\s+do)\s+(?:an?\s+|the\s+)?[\w\s'-]{1,40}?(?:\s+mean)?\s*\??\s*$)",
    re.IGNORECASE,
)


def _without_a_definitions_setting(previous: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``previous`` without the setting it opens with when the rest asks only what a term means
    and ``span`` (the term switched out) lies in that rest; else unchanged. Why (stop 41, set
    ZX): "For a system that flags which smoke detectors are faulty, what does precision mean?"
    then "and recall?" was read with the smoke detectors kept, and the system that flags drew
    the section on why fraud detection needs both measures instead of recall's definition. What
    a term means does not change with the setting the learner asked it in."""
    match = _SETTING_THEN_DEFINITION.match(previous)
    if match is None or span[0] < match.end():
        return previous, span
    cut = match.end()
    return previous[cut:], (span[0] - cut, span[1] - cut)


_POINTER_WORD = rx.compile(r"\b(?:that|it|this|they|them|those)\b", re.IGNORECASE)


# "the density based one", "the shape-following method": a thing named by a description and a
# noun that stands for a thing of the kind just discussed.
_DESCRIBED_ONE = rx.compile(
    r"^(?:the\s+|that\s+)?(?:other\s+)?(?P<description>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
    r"(?:one|kind|method|algorithm|approach|technique|model|version)$",
    re.IGNORECASE,
)
# A sentence opening on the name of its subject ("DBSCAN is a density-based alternative ...").
_NAME_OPENS = rx.compile(r"^(?:An?\s+|The\s+)?(?P<name>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:is|are|was)\b")
# "does it have any?", "are there some?": the thing counted is left out; it is the aspect the
# question before asked about.
_ELLIPTIC_COUNT = rx.compile(r"\b(?P<quantifier>any|some)\s*[?.!]*\s*$", re.IGNORECASE)
# Where the description ends and the question asked of it begins ("the density one, does it ...",
# "the density-based one - has it got ...").
_DESCRIPTION_BREAK = rx.compile(r"\s*(?:[,;:]|\s[-\u2013\u2014]\s)\s*")
_CITATION = rx.compile(r"\s*\[\d+\]")
_HAS_IT = rx.compile(r"^(?:has|have|got)\b", re.IGNORECASE)
_COUNTED_ASPECTS = frozenset(
    """limitations drawbacks downsides weaknesses strengths advantages disadvantages benefits pros
    cons problems issues risks dangers uses applications examples""".split()
)


def _described_one_switch(question: str, conversation: Conversation, index: SearchIndex) -> Reading | None:
    """The follow-up read in full when it switches to a thing it describes and asks of it with a
    pointer: "and the density based one, does it have any?" after "what are the downsides of
    k-means" is "does DBSCAN have any downsides?". The thing is the one the last answer named at
    the start of the sentence that says the description's words ("DBSCAN is a density-based
    alternative ..."); a count left without its noun ("any") is the aspect asked before.

    Why (stop 39): the description is no course name and the question asked nothing of its own
    words, so the answer stayed on k-means' downsides and never told DBSCAN's catch (it "needs a
    distance setting"). None when the question is no such switch or the last answer names no
    such thing."""
    match = _SWITCH.match(question.replace("\u2019", "'"))
    if not match or not conversation.last_answer or not conversation.asked:
        return None
    rest = strip_trailing((match.group("about") or match.group("plain") or match.group("same") or "").strip())
    parts = _DESCRIPTION_BREAK.split(rest, maxsplit=1)
    if len(parts) != 2:
        return None
    head, clause = parts[0].strip(), parts[1].strip()
    one = _DESCRIBED_ONE.match(head)
    if one is None or not (_OWN_QUESTION.match(clause) or _HAS_IT.match(clause)) or not _POINTER_WORD.search(clause):
        return None
    description = set(index.analyse(one.group("description").replace("-", " ")))
    if not description:
        return None
    before = set(index.analyse(topic_phrase(conversation.asked[-1]) or ""))
    name = None
    for sentence in split_sentences(_CITATION.sub("", conversation.last_answer)):
        opening = _NAME_OPENS.match(sentence)
        if opening is None:
            continue
        named = set(index.analyse(opening.group("name")))
        if not named or named & description or named & before:
            continue
        if description <= set(index.analyse(sentence.replace("-", " "))):
            name = opening.group("name")
            break
    if name is None:
        return None
    text = _POINTER_WORD.sub(name, clause, count=1)
    count = _ELLIPTIC_COUNT.search(text)
    if count is not None:
        asked = [w for w in tokenize(conversation.asked[-1]) if w in _COUNTED_ASPECTS]
        if asked:
            text = f"{text[: count.end('quantifier')]} {asked[0]}{text[count.end('quantifier'):]}"
    return Reading(text, subject=name)


def _described_kind_switch(question: str) -> tuple[str, str] | None:
    """(name, own question or "") when ``question`` switches to a way of learning it describes in
    words the plain switch takes for a question of its own: "and the one with labels?", "and the
    flavour that groups stuff with no answers given?" (a relative clause) or "and the learning
    without answers, where is that used?" (its own question after a comma, a pointer standing for
    the description: asked of the name, "where is unsupervised learning used?"). Why (stop 38,
    fu38-s38): the first was answered from the section just read, the second refused as another
    subject, the third answered with the definition the description's words match. None otherwise."""
    match = _SWITCH.match(question.replace("\u2019", "'"))
    if not match:
        return None
    rest = strip_trailing((match.group("about") or match.group("plain") or match.group("same") or "").strip())
    head, _, clause = rest.partition(",")
    name = shapes.described_learning_kind(_DETERMINER.sub("", head.strip()))
    if name is None:
        return None
    clause = clause.strip()
    if not clause:
        return name, ""
    if not _OWN_QUESTION.match(clause) or not _POINTER_WORD.search(clause):
        return None
    return name, _POINTER_WORD.sub(name, clause, count=1)


# A short sentence before the one a switch rewrites: who asked ("hairdresser.", "architect working
# on a scheme in rotterdam."), at most this many words and asking nothing.
_SIGNATURE_WORDS = 8
_SENTENCE_BREAK = rx.compile(r"[.!:;]+\s+")


def _from_the_asking_sentence(previous: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """``previous`` from the sentence holding ``span`` on, when what comes before it is one short
    sentence that asks nothing (who asked: ``_SIGNATURE_WORDS``); else unchanged. Why (stop 37,
    benchmarks/probes/zlmc37-s37): "hairdresser. what's the eu ai act about" then "and the
    americans?" was read "hairdresser. what's the americans about", and the job at the head of a
    question about a people made it another subject, refused. A story told before the question
    ("we have 40 photos of ...") is longer and stays."""
    breaks = [m for m in _SENTENCE_BREAK.finditer(previous) if m.end() <= span[0]]
    if len(breaks) != 1:
        return previous, span
    lead = previous[: breaks[0].end()]
    if len(lead.split()) > _SIGNATURE_WORDS or "?" in lead:
        return previous, span
    cut = breaks[0].end()
    return previous[cut:], (span[0] - cut, span[1] - cut)


def a_detail_of_the_last(subject: str, conversation: Conversation, index: SearchIndex) -> bool:
    """Does a switched-in subject name a detail of the section the last answer was drawn from
    rather than a topic of its own? "what about postcodes" after bias ("a postcode standing in
    for ethnicity"), "what about returns" after retail ("reducing returns"): every word of it
    that names something (``OWN_IDF``) is in that section and in no heading or lesson title
    of the course, and it has no word the course never uses. Read in full ("how is ai used in returns") it lost the section that
    mentions it; "and in finance?", "what about gans?" name a topic the course heads."""
    if not conversation.sections:
        return False
    position = next((i for i, s in enumerate(index.sections) if s.id == conversation.sections[0]), None)
    if position is None:
        return False
    place = _PEOPLE_OF_A_PLACE.get(subject.lower().strip())
    if place is not None:
        # (Stop 37: "and the yanks?", "and the europeans?" after the EU AI Act: a people whose
        # country the section just read names, as "the US" or "the European Union", is that
        # section's detail; read in full, "whats the yanks" was refused as another subject.)
        return bool(re.search(place, index.sections[position].text))
    words = index.analyse(subject)
    if any(t not in index.vocabulary for t in words):
        return False  # "and the weather in london tomorrow?": words the course never uses
    terms = [t for t in words if index.idf(t) >= OWN_IDF]
    if not terms:
        return False
    said = set(index.analyse(index.sections[position].text))
    headed = _course_heading_terms(index)
    return all(t in said and t not in headed for t in terms)


# A people or a country in the learner's words, and how the course writes that country.
_US = r"\bUS\b|\bUnited States\b|\bAmerica"
_EU = r"\bEU\b|\bEuropean Union\b|\bEurope"
_UK = r"\bUK\b|\bUnited Kingdom\b|\bBritain\b|\bBritish\b"
_PEOPLE_OF_A_PLACE: dict[str, str] = {
    **dict.fromkeys(("americans", "the americans", "yanks", "the yanks", "yankees", "the us", "the usa", "us", "usa",
                     "the states", "america", "the american one", "the american side"), _US),
    **dict.fromkeys(("europeans", "the europeans", "europe", "the eu", "eu", "brussels", "the european one"), _EU),
    **dict.fromkeys(("brits", "the brits", "the british", "the uk", "uk", "britain"), _UK),
    **dict.fromkeys(("argentines", "argentinians", "argentina", "the argentines"), r"\bArgentin"),
}

QUOTED_DETAIL_WORDS = 4  # a detail of the quoted section is asked in at most this many words of its own


def asks_a_quoted_detail(question: str, conversation: Conversation, index: SearchIndex) -> bool:
    """Does a question with no pronoun ask about a detail one sentence of the section just cited
    states? "how long a policy can an llm summarise" after how AI is used in finance ("an LLM
    can summarise a 40-page policy"), "whats the face recognition thing" after how bias gets
    into AI ("face recognition systems trained mostly on lighter-skinned faces ..."): every word
    of its own is in one sentence of that section, one of them names something (``OWN_IDF``),
    and no other section is headed by them all. Searched alone, such a question found the
    section about the detail in general (what a language model does, image recognition) or
    nothing; it leans on the conversation. A question naming a subject another section heads
    ("what is clustering" after k-means, "what does a loss function measure" after overfitting)
    asks afresh, and so does one with a word that sentence lacks."""
    if not conversation.sections:
        return False
    own = set(index.analyse(" ".join(topic_words(question))))
    own -= set(index.analyse(conversation.topic or ""))
    if not own or len(own) > QUOTED_DETAIL_WORDS or not any(index.idf(t) >= OWN_IDF for t in own):
        return False
    cited = set(conversation.sections)
    if any(own <= terms for section, terms in zip(index.sections, index.heading_terms) if section.id not in cited):
        return False
    # "which uses get the strictest rules" after the EU AI Act ("the riskier the use ... the
    # stricter the rules"): an adjective's degrees are one word here.
    own = {_positive(t) for t in own}
    for section in index.sections:
        if section.id in cited and any(own <= {_positive(t) for t in terms} for terms in index.sentence_terms(section)):
            return True
    return False


_DEGREE = rx.compile(r"(?<=\w{4})(?:est|er)$")


def _positive(term: str) -> str:
    """An analysed term without a comparative or superlative ending ("stricter", "strictest" ->
    "strict"); only for matching a question's words with a sentence's, both taken alike."""
    return _DEGREE.sub("", term)


def names_a_heading_subject(text: str, index: SearchIndex) -> bool:
    """Does ``text`` have a word of a section heading or lesson title ("gans", "spam filter",
    "k-means")? Such a word names a subject of the course, not who asks (``who_asks``'s labels)."""
    return bool(set(index.analyse(text)) & _course_heading_terms(index))


def _course_heading_terms(index: SearchIndex) -> frozenset[str]:
    """Every analysed word of the section headings and lesson titles (built once per index)."""
    cached = _HEADING_TERMS.get(index)
    if cached is None:
        titles = {t for s in index.sections for t in index.analyse(s.lesson_title)}
        cached = _HEADING_TERMS[index] = frozenset(index.heading_counts.keys() | titles)
    return cached


_HEADING_TERMS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def replaced_reading(question: str, conversation: Conversation, index: SearchIndex) -> Reading | None:
    """ "what about for images?" after "how does gen ai make music" read as a switch: the new
    subject replaces the previous question's topic phrase most like it ("how does gen ai make
    images"), though the preposition has no object there to replace. ``resolve`` reads it as a
    narrowing of the topic ("and for images specifically?" after "what can generative ai make");
    the caller tries this reading when the narrowing only found again the section just read
    (``Tutor.ask``). None when the question is no such switch."""
    switch = switched_subject(question)
    if switch is None or switch[0] is None or not conversation.asked:
        return None
    previous = conversation.asked[-1]
    if _object_of(previous, switch[0]) is not None:
        return None  # resolve already replaced that object ("and in finance?")
    span = _replaced_unit(previous, switch[1], index, distinctive=True)
    if span is None:
        return None
    return _switched_reading(previous, span, switch[1], conversation, index)


# How much more plainly the course must speak of the question with only a phrase's first word
# swapped than with the whole phrase swapped for that reading to be taken (best cosines with the
# course's passages; "what did the us ai act do" 0.71 against "what did the us do" 0.26).
MODIFIER_MARGIN = 0.15


def _modifier_span(
    previous: str, span: tuple[int, int], new: str, index: SearchIndex
) -> tuple[int, int] | None:
    """The first word of the phrase at ``span`` when a one-word new subject stands for that word
    rather than the whole phrase: "and the us?" after "what did the eu ai act do" swaps "eu" for
    "us" (the course speaks of the US executive order right next to the EU AI Act), not "eu ai
    act" for "us". Why: the whole phrase swapped left "what did the us do", which reads like
    nothing in the course, and the switch was declined as not covered. The first word is taken
    only when the question it gives reads clearly more like the course (``MODIFIER_MARGIN``), so
    "and gans?" after "how is a vae trained" still swaps the whole subject. None otherwise."""
    tokens = [(a, b) for a, b, _ in _spans(previous) if span[0] <= a and b <= span[1]]
    if len(tokens) < 2 or len(tokenize(new)) != 1:
        return None
    if not any(t in index.vocabulary for t in index.analyse(new)):
        # A word the course never writes ("and the americans?") reads like the course only
        # through the words kept ("americans ai act" is the EU AI Act again); swapped whole, its
        # everyday sense finds the course's word ("... the US executive order").
        return None
    first = tokens[0]
    if stem(tokenize(previous[first[0] : first[1]])[0]) == stem(tokenize(new)[0]):
        return None
    rewrites = [f"{previous[: span[0]]}{new}{previous[span[1] :]}", f"{previous[: first[0]]}{new}{previous[first[1] :]}"]
    meaning = index.best_cosines(rewrites)
    if meaning is None or meaning[1] < meaning[0] + MODIFIER_MARGIN:
        return None
    return first


def _switched_reading(
    previous: str, span: tuple[int, int], new: str, conversation: Conversation, index: SearchIndex
) -> Reading:
    """``previous`` with the subject at ``span`` replaced by ``new`` (see ``resolve``)."""
    old = previous[span[0] : span[1]]
    head = old.rsplit(None, 1)[-1] if " " in old else None
    if head and " " not in new and (stem(new.lower()), stem(head.lower())) in _course_bigrams(index):
        # "and unsupervised?" after "what is supervised learning": the course says "unsupervised
        # learning", so the phrase keeps its head and only the modifier changes.
        new = f"{new} {head}"
    else:
        modifier = _modifier_span(previous, span, new, index)
        if modifier is not None:
            span, old = modifier, previous[modifier[0] : modifier[1]]
    said = f"{new}'s" if old.lower() in _POSSESSIVES else new
    if old.lower() in _POINTERS or old.lower() in _POSSESSIVES:
        old = subject(previous, conversation.topic or old)  # what the pronoun stood for
    return Reading(f"{previous[: span[0]]}{said}{previous[span[1] :]}", old, new)


def _title_lessons(index: SearchIndex) -> dict[str, str]:
    """Stems that only one lesson's title uses, with that lesson ("evalu" -> evaluating-models)."""
    lessons = _TITLES.get(index)
    if lessons is None:
        owners: dict[str, set[str]] = {}
        for section in index.sections:
            for term in index.analyse(section.lesson_title):
                owners.setdefault(term, set()).add(section.lesson_id)
        lessons = {term: next(iter(ids)) for term, ids in owners.items() if len(ids) == 1}
        _TITLES[index] = lessons
    return lessons


_TITLES: weakref.WeakKeyDictionary[SearchIndex, dict[str, str]] = weakref.WeakKeyDictionary()


_DEFINE = rx.compile(r"\bdefine\b", re.IGNORECASE)


def asks_what_the_subject_is(text: str, subject: str | None) -> bool:
    """Does ``text`` (a follow-up read in full) ask only what its new ``subject`` is ("what's a
    gans", "explain underfitting"), with no aspect of it asked ("what are bias limitations",
    ``ASPECT_WORDS``; "what are vaes used for", ``compose.asks_what_it_is``)? Then the switch
    keeps the definition's shape (stop 36)."""
    if not subject or not asks_what_it_is(text):
        return False
    rest = _DEFINE.sub(" ", re.sub(re.escape(subject), " ", text, flags=re.IGNORECASE))
    # What is left may be the rest of a name the subject went into ("what is greedy decoding
    # sampling" for "and greedy decoding?" after top-k sampling), not an aspect asked of it.
    return rest != text and not any(w in ASPECT_WORDS for w in _content(rest))


def keep_the_aspects_lesson(
    result: SearchResult, reading: Reading | None, conversation: Conversation, index: SearchIndex
) -> SearchResult:
    """ "what about vaes?" asks what the last question asked, of VAEs. The course says that in
    the lesson about what was asked: the lesson the last answer came from, when it is not the old
    subject's own lesson (evaluating models, after "how do you evaluate a generative model"), or
    the one lesson whose title names what was asked ("evaluated" after "how are GANs evaluated?").
    When the search ranks another lesson first (the new subject's name alone ranks every VAE
    section above the one on a VAE's loss), that lesson's best hit naming the new subject answers."""
    if reading is None or not reading.replaced or not reading.subject or not result.hits or not conversation.asked:
        return result
    if asks_what_the_subject_is(reading.text, reading.subject):
        # "and gans?" after "what's a variational autoencoder" asks what GANs are: the new
        # subject's own definition answers, not a section of the VAE lesson that names GANs (the
        # lesson's "VAEs compared with GANs" made it look like a lesson about the aspect asked).
        return result
    lessons = []
    names = [index.analyse(name) for name in [reading.subject, *index.other_names(reading.subject)]]
    if conversation.lesson is not None and (
        index.lesson_of(reading.replaced) != conversation.lesson
        # "and in education?" after customer support: a sibling section of the lesson just
        # quoted is headed by the new subject (the lesson walks through industries one by one).
        # (a heading naming both, "VAEs compared with GANs", compares them: no sibling).
        or any(
            n and set(n) <= index.heading_terms_of(s) and not set(index.analyse(reading.replaced)) & index.heading_terms_of(s)
            for s in index.sections if s.lesson_id == conversation.lesson for n in names
        )
    ):
        lessons.append(conversation.lesson)
    replaced = set(index.analyse(reading.replaced))
    titled = _title_lessons(index)
    lessons += [titled[t] for t in index.analyse(conversation.asked[-1]) if t not in replaced and t in titled]
    for lesson in dict.fromkeys(lessons):
        if result.hits[0].section.lesson_id == lesson:
            return result
        for hit in result.hits[1:]:
            said = set().union(*index.sentence_terms(hit.section)) | index.heading_terms_of(hit.section)
            if hit.section.lesson_id == lesson and any(n and set(n) <= said for n in names):
                # The sections ranked above it answer another subject's question: they do not join.
                result.hits = [hit, *[h for h in result.hits if h.score < hit.score]]
                return result
    return result


# Everyday words for an aspect that a lesson of its own teaches across topics (what it costs,
# how it is evaluated, the data it needs, its ethics and laws), with the stem of that lesson's
# title word (``_title_lessons``): "how much computing does that need?" after training a VAE is
# answered by the lesson on compute, with the VAE as context, when the VAE's own lesson has no
# section on it.
ASPECT_TITLES = {
    **dict.fromkeys(
        "cost costs costly expensive cheap cheaper compute computing computation computational hardware gpu gpus".split(),
        "comput",
    ),
    **dict.fromkeys("evaluate evaluated evaluating evaluation measure measured judge judged assess".split(), "evalu"),
    **dict.fromkeys("data dataset datasets".split(), "data"),
    **dict.fromkeys("ethical ethics unethical moral".split(), "ethic"),
    **dict.fromkeys("law laws legal illegal regulated regulation regulations".split(), "regul"),
}


_TRAINING_TIME = rx.compile(
    r"\bhow\s+long\b.*\btrain|\btrain\w*\b.*\bhow\s+long\b|\btraining\s+time\b"
    r"|\b(?:take|takes|took|taking)\s+(?:so\s+|very\s+|too\s+|a\s+)?(?:long|while)\b.*\btrain",
    re.I,
)


def asks_training_time(question: str) -> bool:
    """Does the question ask how long training takes ("how long does it take to train?")?"""
    return bool(_TRAINING_TIME.search(question))
_DURATION = rx.compile(r"\b(?:seconds|minutes?|hours?|days?|weeks?|months?|episodes?|(?:training\s+)?steps)\b", re.I)


_HOW_LONG = rx.compile(r"\bhow\s+long\b|\bhow\s+much\s+time\b", re.I)
_TRAINS = rx.compile(r"\btrain(?:s|ed|ing)?\b", re.I)


def _asks_time_of_training(question: str, conversation: Conversation) -> bool:
    """"how long does it take to train?", or "how long does that take?" right after a question
    about training something ("how are the big chatbots trained?"): "that" is the training."""
    if _TRAINING_TIME.search(question):
        return True
    return bool(
        _HOW_LONG.search(question) and conversation.asked and _TRAINS.search(conversation.asked[-1])
        and any(w in ("that", "this") for w in tokenize(question))
    )


# A sentence saying how long learning goes on: a count of its steps ("over many episodes",
# "thousands of small downhill steps", "many training steps") or a span of time ("for days or
# weeks", "in seconds").
_LEARNING_TAKES = rx.compile(
    r"\b(?:many(?:\s+more)?|thousands\s+of|millions\s+of|hundreds\s+of|huge\s+numbers\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:episodes|rounds|steps|iterations|epochs)\b|\bdays\s+or\s+weeks\b|\bfor\s+(?:days|weeks|hours)\b|\bin\s+seconds\b",
    re.I,
)


def training_time_hit(question: str, conversation: Conversation, hits: Sequence[Hit], index: SearchIndex) -> Hit | None:
    """The first of ``hits`` in the lesson being discussed with a sentence saying how long
    learning takes (``_LEARNING_TAKES``), for a follow-up with no topic of its own that asks how
    long training takes (``_asks_time_of_training``); else None.

    Why: asked of a whole lesson's subject ("how long does it take to train?" after "what is
    reinforcement learning"), every section of the lesson scores alike on such words, and the
    uses section ("... by playing huge numbers of matches") answered. The sentence that says how
    long the learning goes on ("Over many episodes ...", in the Q-learning section) answers it,
    as it does after "what is Q-learning"."""
    if conversation.lesson is None or topic_words(question) or not _asks_time_of_training(question, conversation):
        return None
    if aspect_lesson(question, conversation, index) is not None:
        return None  # the topic's lesson gives no duration of its own: the training cost answers
    return next(
        (
            h for h in hits
            if h.section.lesson_id == conversation.lesson and any(_LEARNING_TAKES.search(s) for s in h.section.sentences)
        ),
        None,
    )


# An aspect word used as the name of a part: "the judge one", "the judge side", "the data bit".
_PART_NOUNS = r"one|ones|side|part|half|network|net|model|bit|guy"


def names_a_part(question: str, word: str) -> bool:
    """Is ``word`` (an aspect word of ``ASPECT_TITLES``) said as the name of a part of the topic
    ("what happens if the judge one gets too good?" after GANs: the discriminator), not as the
    aspect asked about ("how is it judged?")?

    Why: read as the aspect, "judge" took that follow-up to the lesson on evaluating models,
    when the learner names the topic's own part by what it does, as learners do ("the faker
    one", "the judge one")."""
    return bool(re.compile(rf"(?i)\b(?:the|that|this)\s+{re.escape(word)}\s+(?:{_PART_NOUNS})\b").search(question))


def aspect_lesson(question: str, conversation: Conversation, index: SearchIndex) -> str | None:
    """The lesson that teaches the aspect a follow-up asks about (``ASPECT_TITLES``), when it is
    another than the lesson being discussed and that lesson has no section whose heading names
    the aspect (the GAN lesson's "... unstable and costly" answers what a GAN costs); else None."""
    titled = _title_lessons(index)
    words = [w for w in tokenize(question) if w in ASPECT_TITLES and not names_a_part(question, w)]
    lessons = [titled.get(ASPECT_TITLES[w]) for w in words]
    lesson = next((lesson for lesson in lessons if lesson), None)
    current = conversation.lesson or (index.lesson_of(conversation.topic) if conversation.topic else None)
    if lesson is None and _asks_time_of_training(question, conversation) and current is not None and not topic_words(question):
        # "how long does that take to train?": the time training takes is taught with its cost
        # (compute, expertise and time), unless the topic's own lesson gives a duration for the
        # topic itself ("... learning takes many more episodes" for Q-learning). Only the topic's
        # words that name something count: "model" is in the tiny GPT's "trains in seconds" too.
        topic = {t for t in index.analyse(conversation.topic or "") if index.idf(t) >= OWN_IDF}
        for section in index.sections:
            if section.lesson_id != current:
                continue
            for sentence, terms in zip(section.sentences, index.sentence_terms(section)):
                if _DURATION.search(sentence) and topic and len(topic & terms) * 2 >= len(topic):
                    return None
        return titled.get("comput")
    if lesson is None or lesson == current:
        return None
    # The heading names the aspect in one of its words as a learner asks about it ("costly",
    # "dataset"); a verb of the same stem says what a part does ("One model generates, another
    # evaluates" is the discriminator's job, not how a GAN is evaluated).
    group = {w for w, title in ASPECT_TITLES.items() if title == ASPECT_TITLES[words[lessons.index(lesson)]]}
    for section in index.sections:
        if section.lesson_id == current and group & set(tokenize(section.heading)):
            return None
    return lesson


def aspect_heading(question: str, conversation: Conversation, index: SearchIndex) -> Section | None:
    """The section of the lesson being discussed whose heading names the aspect a follow-up asks
    about (``ASPECT_TITLES``), when that lesson is not the aspect's own: "how much compute does it
    take to train?" after GANs is answered by "Why GAN training is unstable and costly" (see
    ``aspect_lesson``, which leaves such a follow-up in the topic's lesson), else None."""
    titled = _title_lessons(index)
    words = [
        w for w in tokenize(question)
        if w in ASPECT_TITLES and titled.get(ASPECT_TITLES[w]) and not names_a_part(question, w)
    ]
    current = conversation.lesson or (index.lesson_of(conversation.topic) if conversation.topic else None)
    if not words or current is None or any(titled[ASPECT_TITLES[w]] == current for w in words):
        return None
    group = {w for w, title in ASPECT_TITLES.items() if title == ASPECT_TITLES[words[0]]}
    headed = [s for s in index.sections if s.lesson_id == current and group & set(tokenize(s.heading))]
    return headed[0] if len(headed) == 1 else None


# Aspect words that only frame a question ("what do people mean by ..."), not what it is about.
_FRAMING = frozenset(
    """more else again so then also too what's whats any anything about regarding people companies
    someone anyone who where when which mostly really okay ok sure yes no exactly actually basically
    mean meaning much many part parts case cases point right wrong""".split()
)


def event_topic(question: str, conversation: Conversation) -> str | None:
    """What "that" stands for in a follow-up with no topic of its own ("how long does that
    take?" after "how do you train a big language model"): the whole of what the previous
    question asked about, its doing ("train") as well as its subject ("language model"), which
    the topic alone drops. None when the follow-up points with "it" (the subject) or the
    previous question did nothing to its subject."""
    # A word naming an aspect a lesson teaches ("how much computing does that need?") is what is
    # asked of "that", not a topic of its own.
    if not conversation.topic or not conversation.asked or [w for w in topic_words(question) if w not in ASPECT_TITLES]:
        return None
    words = tokenize(question)
    if not any(w in ("that", "this") for w in words) or not refers_back(question):
        return None
    known = {stem(w) for w in tokenize(conversation.topic)}
    doing = [
        w for w in _content(conversation.asked[-1])
        if w in ASPECT_WORDS and w not in _FRAMING and stem(w) not in known
    ]
    return f"{' '.join(dict.fromkeys(doing))} {conversation.topic}" if doing else None


# A follow-up that judges the sides just compared ("any downsides?", "and the risks?", "what are
# they used for?"): good and bad points and uses are an aspect of their own, asked anew.
_JUDGING = frozenset(
    """limitation limitations drawback drawbacks downside downsides weakness weaknesses disadvantage
    disadvantages cons con problem problems issue issues risk risks danger dangers catch strength
    strengths advantage advantages benefit benefits pros use uses used usage application applications""".split()
)
# What a comparison side is asked about rather than named by ("cost of training an ml model",
# "training a gan on compute"): aspect words, and the function words they leave at its edges.
_SIDE_EDGES = frozenset("a an the of for on in to with at about".split())


def bare_side(side: str) -> str:
    """A comparison side without the aspect it was compared on: "cost of training an ml model"
    -> "ml model", "chatgpt on compute" -> "chatgpt"; the side itself when nothing is left."""
    head = re.split(r"\s+(?:on|in\s+terms\s+of|when\s+it\s+comes\s+to|for|to|with|at)\s+", side.strip(), maxsplit=1)[0]
    words = [w for w in head.split() if w.lower() not in ASPECT_WORDS and w.lower() not in ASPECT_TITLES]
    while words and words[0].lower() in _SIDE_EDGES:
        words.pop(0)
    while words and words[-1].lower() in _SIDE_EDGES:
        words.pop()
    return " ".join(words) or side


def compared_topic(question: str, conversation: Conversation) -> str | None:
    """The topic of a follow-up that judges the two sides of the comparison just answered ("any
    downsides?" after "how does training a classifier compare with training a gan on compute"):
    the two sides as bare names ("classifier versus gan"), without the aspect they were compared
    on. The recorded topic is the comparison's whole phrase, aspect and all, so the follow-up was
    searched with "compute" as its topic, and answered with compute sentences again (or from
    another section of the compute lesson) instead of each side's downsides. None when the last
    question compared nothing, or the follow-up has a topic of its own or asks no such aspect
    ("why?" keeps the aspect: why one side costs more)."""
    if not conversation.asked or topic_words(question):
        return None
    if not any(w in _JUDGING for w in tokenize(question)):
        return None
    compared = shapes.detect(conversation.asked[-1])
    if compared.kind != "comparison" or len(compared.sides) != 2:
        return None
    sides = [bare_side(side) for side in compared.sides]
    if any(side.lower() in REFERRING for side in sides):
        return None
    return " versus ".join(sides)


def subject(question: str, topic: str) -> str:
    """What a pronoun stands for: the most recent subject of the topic ("that one" after "the
    algorithm that handles odd shapes" is that algorithm, not k-means from the turn before)."""
    return topic.split(", ")[-1] if refers_back(question) else topic


def narrowed_question(question: str, conversation: Conversation) -> str:
    """What a follow-up asks, in full: "and for a VAE specifically?" after "what does a loss
    function do" asks that question of VAEs, so both are searched together (the topic alone,
    "loss function", lets the new subject's definition win); any other follow-up as it is."""
    if narrows(question) and conversation.questions:
        return f"{conversation.questions[-1].rstrip(' ?.!')} {question}"
    return question


# A new subject put in relation to the topic, which the pronoun at the end stands for ("what has
# temperature got to do with it?", "how does the discriminator fit into it?", "where does
# backprop come into all this?"): the subject is what the learner now follows, so the next "it"
# ("what if i turn it up?") is that subject, not the topic it was related to.
_RELATES_BACK = rx.compile(
    r"\b(?:(?:got|has|have|had)\s+to\s+do|fits?|fitting|comes?|coming|plays?|ties?|tied|relates?|related|"
    r"connects?|connected|factors?|feeds?)\b(?:\s+[\w']+){0,3}?\s+(?:with|to|into|in|on)\s+"
    r"(?:it|that|this|them|all\s+(?:this|that))\s*\W*$"
    # ("whats the frozen lake game they use to show it?", "the example the lesson gives for it": a
    # demo or an example the course uses for the topic is the new subject the same way.)
    r"|\b(?:that\s+|which\s+)?(?:they|you|people|we|the\s+(?:course|lesson|tutor|book))\s+(?:use|uses|used|give|gives|gave|pick|picks)"
    r"\s+(?:to\s+(?:show|explain|demo|demonstrate|illustrate|teach)|for)\s+(?:it|that|this|them)\s*\W*$",
    re.IGNORECASE,
)


def carried_topic(question: str, topic: str) -> str:
    """The topic after a follow-up. One that points back with a pronoun keeps it ("does that one
    need labels?": labels are an aspect of the topic); one with a subject of its own inside the
    topic ("and for a VAE specifically?", "how do you get new samples out?") narrows it to the
    most recent subject, which the next "that" refers to. Only the last two subjects are kept."""
    own = topic_phrase(question) if topic_words(question) else None
    relates = _RELATES_BACK.search(question)
    if relates and topic_words(question[: relates.start()]):
        # The subject without the words relating it ("the discriminator", not "discriminator fit").
        return ", ".join([*topic.split(", ")[-1:], " ".join(topic_words(question[: relates.start()]))])
    anew = _asks_anew_after_a_remark(question)
    if own is None or (refers_back(question) and not narrows(question) and not anew):
        return topic
    if anew:
        question = asking_part(question)
    return ", ".join([*topic.split(", ")[-1:], " ".join(topic_words(question))])


def _asks_anew_after_a_remark(question: str) -> bool:
    """Does a question that points back ("my team leaders are wary of it. why do employees tend
    to resist tools like this?") ask, after its remark, a full question of its own (three topic
    words or more in its asking sentence)? Its subject is then the one discussed next: "what can
    I do about it?" is about resisting tools, not the rostering assistant the first turn told of
    (fresh follow-up probes efu44-s44: the skills gap answered). A pointer alone ("does that one
    need labels?") keeps the topic."""
    asking = asking_part(question)
    return asking != question.strip() and len(topic_words(asking)) >= 3


@dataclass
class Conversation:
    """One conversation's state. ``questions`` are the learner's questions, oldest first.

    It is also a sequence of those questions, so code that takes a plain history still works.
    """

    questions: list[str] = field(default_factory=list)
    topic: str | None = None  # what is being discussed, in the learner's words
    lesson: str | None = None  # the lesson of the last cited section
    sections: list[str] = field(default_factory=list)  # section ids of the last answer's sources
    last_answer: str = ""  # the last in-scope answer's text: a follow-up prefers what is new
    asked: list[str] = field(default_factory=list)  # each question as answered ("and gans?" in full)
    subjects: list[str] = field(default_factory=list)  # the subjects discussed, oldest first
    # The last HISTORY_DEPTH in-scope answers' texts, oldest first (``last_answer`` is the last of
    # them): the learner has read all of them, so a later answer does not quote them again first.
    said: list[str] = field(default_factory=list)

    @property
    def already_said(self) -> str:
        """What the conversation's remembered answers quoted (a bounded memory: the last
        ``HISTORY_DEPTH`` answers), as one text to look sentences up in."""
        return SAID_SEPARATOR.join(self.said) if self.said else self.last_answer

    @classmethod
    def from_history(cls, history: Sequence[str] | Conversation | None) -> Conversation:
        """A conversation from a face's state or a plain list of earlier questions (the topic is
        then taken from the last question that had one)."""
        if isinstance(history, Conversation):
            return history
        conversation = cls()
        for question in [h for h in (history or []) if h and h.strip()][-HISTORY_DEPTH:]:
            conversation.questions.append(question.strip())
            conversation.asked.append(question.strip())
            if topic_words(question):
                conversation.topic = topic_phrase(question)
                conversation._add_subject(conversation.topic)
        return conversation

    def record(self, question: str, answer: object) -> None:
        """Remember ``question`` and what its answer was about (``Answer.topic``, sources, and
        ``Answer.reading`` when the question was read in full)."""
        self.questions.append(question)
        reading = getattr(answer, "reading", None)
        self.asked.append(reading.text if reading is not None else question)
        before = self.topic
        if reading is not None and reading.subject:
            if reading.replaced:
                self._add_subject(reading.replaced)
            # The subject now discussed is the latest, even when named before ("the first one").
            self.subjects = [s for s in self.subjects if s != reading.subject]
            self._add_subject(reading.subject)
        topic = getattr(answer, "topic", None)
        subjects_before = list(self.subjects)
        if topic:
            self.topic = topic
            if reading is None or not reading.subject:
                # A full question on a new subject that leaned on the conversation ("what is
                # regression?" after classification, carried as "classification, regression") adds
                # that subject, so "the first one" next counts back to the one before; a follow-up
                # that narrows the topic ("and for a vae specifically?") does not.
                leaned = ", " in topic and topic_phrase(question) is not None and not narrows(question)
                self._add_subject(topic.split(", ")[-1] if leaned and not refers_back(question) else topic)
        if getattr(answer, "shape", None) == "comparison" and reading is None and getattr(answer, "in_scope", False):
            # "how is it different from a gan?" after a VAE: both sides are subjects now, so
            # "which one is easier to train?" next compares them (the GAN was never recorded, and
            # the question was answered about the VAE alone).
            sides = shapes.detect(question).sides
            if len(sides) == 2:
                # The sides replace the topic the answer recorded: "vae vs gan" recorded
                # "variational autoencoder" and then both sides, three subjects for two.
                self.subjects = subjects_before
                for side in sides:
                    self._add_subject(before if side.lower() in REFERRING and before else side)
        sources = getattr(answer, "sources", None) or []
        if sources and getattr(answer, "in_scope", False):
            self.sections = [s.section for s in sources]
            self.lesson = sources[0].doc
            self.last_answer = str(getattr(answer, "text", "") or "")
            self.said = [*self.said, self.last_answer][-HISTORY_DEPTH:]

    def _add_subject(self, subject_text: str | None) -> None:
        # A topic carried by a follow-up ("loss function, vae") or a comparison is no new subject.
        if not subject_text or ", " in subject_text or " versus " in subject_text:
            return
        options = _TWO_OPTIONS.match(subject_text)
        if options:
            # "gan or vae" typed without a question mark: two subjects, so "which one should i use
            # for sharp faces?" next compares them (one subject "gan or vae" answered it about VAEs).
            for option in options.group("a", "b"):
                self._add_subject(option)
            return
        if not self.subjects or self.subjects[-1] != subject_text:
            self.subjects = [*self.subjects, subject_text][-HISTORY_DEPTH:]

    def focus_on(self, section: Section) -> None:
        """Make a section being read the topic ("ask about this" in a lesson): the next
        question without a topic of its own is answered from this section's lesson."""
        self.questions.append(f"{section.lesson_title}: {section.heading}")
        self.asked.append(self.questions[-1])
        self.topic = section.heading
        self._add_subject(section.heading)
        self.lesson = section.lesson_id
        self.sections = [section.id]
        self.last_answer = ""
        self.said = []

    def copy(self) -> Conversation:
        return Conversation(
            list(self.questions), self.topic, self.lesson, list(self.sections), self.last_answer,
            list(self.asked), list(self.subjects), list(self.said),
        )

    def clear(self) -> None:
        self.questions.clear()
        self.asked.clear()
        self.subjects = []
        self.topic = self.lesson = None
        self.sections = []
        self.last_answer = ""
        self.said = []

    def __iter__(self) -> Iterator[str]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def __getitem__(self, item):
        return self.questions[item]

    def __bool__(self) -> bool:
        return bool(self.questions) or self.topic is not None


# Words a learner adds to a side that point into the last answer rather than name the side: "the
# ml part", "the generative side", "llms there", "the chatbot bit".
_WITHIN_WORDS = frozenset(
    "part parts side sides bit bits piece pieces half role roles stuff thing things there here".split()
)
# Those of them that place the comparison inside what was just said ("... there?", "the ml part").
_POINTS_INSIDE = rx.compile(
    r"\b(?:part|parts|side|sides|bit|bits|half|there|here)\b|\b(?:in|for)\s+(?:that|this|it)(?:\s+case)?\b",
    re.IGNORECASE,
)


# A side described by what it does: "a model that sorts photos", "one which writes them".
_DESCRIBED = rx.compile(r"\b(?:that|which|who)\s+(?!is\b|are\b|was\b|were\b)[a-z]+(?:s|es|ed)\b", re.IGNORECASE)


def _side_words(side: str) -> list[str]:
    return [w for w in tokenize(side) if _is_topic_word(w) and w not in _WITHIN_WORDS] or [
        w for w in tokenize(side) if w not in QUESTION_STOPWORDS and w not in _WITHIN_WORDS and w not in FILLER
    ]


def compared_within(
    question: str, sides: Sequence[str], conversation: Conversation, index: SearchIndex,
    best: Section | None = None, covers: Callable[[Section], bool] | None = None,
) -> tuple[Section, list[list[str]]] | None:
    """A comparison asked of what the last answer was about: after customer support, "what does
    the ml part do vs the chatbot" or "machine learning vs chatbots there?" sets two things the
    cited section speaks of against each other. Searched on their own, the sides are the
    definitions of machine learning and of a large language model, and the section the learner
    just read is lost. The cited section answers when it names both sides (by their own words,
    without the learner's "part" or "there"), and either the question points inside it ("part",
    "side", "there") or the question's own best section (``best``) is no section about both
    (``covers``) and no side is the subject of another section's heading while this one's
    heading does not name it: "vaes vs gans?" after a section that mentions both still gets the
    course's comparison of them. Returns that section and each side's analysed words."""
    if len(sides) != 2 or not conversation.sections or not conversation.topic:
        return None
    words = [_side_words(side) for side in sides]
    if not all(words) or set(words[0]) == set(words[1]):
        return None
    inside = bool(_POINTS_INSIDE.search(question))
    if not inside and any(_DESCRIBED.search(side) for side in sides):
        # "a model that sorts photos and one that makes them" after face unlock: sides described
        # by what they do name things of their own, not two things the last answer spoke of
        # (that section mentions models and photos, and it answered instead of the course's
        # comparison of a classifier with a generator).
        return None
    if not inside and best is not None and covers is not None and covers(best):
        return None
    by_id = {s.id: s for s in index.sections}
    for section_id in conversation.sections:
        section = by_id.get(section_id)
        if section is None:
            continue
        text = set(index.analyse(f"{section.heading} {section.text}"))
        named = []
        for side_words in words:
            names = [index.analyse(" ".join(side_words))]
            names += [index.analyse(n) for n in index.other_names(" ".join(side_words))]
            # The learner's everyday name for it ("genai" is generative AI, glossary.toml).
            names += [index.analyse(n) for n in index.learner.expansions(" ".join(side_words))]
            hit = None
            for name in names:
                if name and sum(_stem_in(t, text) for t in name) * 2 >= len(name):
                    hit = name
                    break
            if hit is None:
                break
            named.append(hit)
        if len(named) != 2 or set(named[0]) == set(named[1]):
            continue
        heading = index.heading_terms_of(section)
        if not inside and any(
            not set(name) <= heading and any(_titles(name, index.analyse(other.heading)) for other in index.sections if other.id != section.id)
            for name in named
        ):
            # "skills gap vs resistance to change?" after the section on tackling both together:
            # each side is the subject of a section of its own (most of the words of "The AI
            # skills gap"; "plan" of "drafting treatment plans" is not), which says
            # what it is; a heading that names the side itself ("Customer support: sentiment
            # analysis and chatbots") keeps it, and so does a question that points inside.
            continue
        return section, named
    return None


def _stem_in(term: str, terms: set[str]) -> bool:
    """Is ``term`` among ``terms``, or a stem that starts one of them ("classifi" of "classifier"
    and "classifies")?"""
    return term in terms or (len(term) >= 5 and any(w.startswith(term) or (len(w) >= 5 and term.startswith(w)) for w in terms))


def _titles(name: Sequence[str], heading: Sequence[str]) -> bool:
    """Is the side named ``name`` the subject of ``heading`` (both analysed): the heading holds
    all of its words, and they are at least half of the heading's?"""
    words = set(heading)
    return bool(name) and set(name) <= words and 2 * len(set(name)) >= len(words)
