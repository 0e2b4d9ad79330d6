"""Composing answers per question shape, always from the course's own sentences.

- list: the enumerating section's items are all kept. Sections enumerate in prose ("three main
  benefits. The first ... A second ... A third ..."), so the section is kept in course order and,
  when it runs past ``LIST_WORDS``, sentences that carry no item (an example, an aside) are
  dropped first, lowest-scoring first.
- comparison: each side gets its own cited part, labelled with its section's heading; when one
  section itself compares both sides ("VAEs compared with GANs"), it answers alone.
- yes/no: the answer opens with "No." when the question claims an absolute ("always",
  "completely", "the same thing") that the course's best sentence does not make; otherwise the
  answer starts with that sentence and no verdict is invented.
- why / how / example: sentences that give a reason, a mechanism or an example score a little higher.
- every shape: the sentence holding the question's own distinctive words (not the topic's) scores
  higher (``focus_bonus``), as does one that speaks to the aspect asked about (``aspect_bonus``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

from tutor.core import regex_cache as rx
from tutor.core.answering.shapes import normalise
from tutor.core.knowledge import Section
from tutor.core.words import stem

if TYPE_CHECKING:  # (search imports this module)
    from tutor.core.answering.search import Hit

LIST_WORDS = 200  # sections run to 192 words: an enumerating section is kept whole when it fits
MANY_PART_WORDS = 60  # per side of a comparison of three or more, each from its own section
PART_WORDS = 100  # per side of a comparison (a two-part answer about 190 words, as a list's 200): 55-80 words left a
# side's key fact out (2 of 20, learner set); stop 43 measured 85 -> 100 at +10 held-out comparisons of 180, read +29 -6

# A sentence that announces or carries an item of an enumeration.
_ANNOUNCES = rx.compile(
    r"\b(?:two|three|four|five|six|seven|eight|several|many|\d+)\s+(?:main\s+|key\s+|common\s+|broad\s+|"
    r"basic\s+|big\s+|major\s+|distinct\s+|different\s+|popular\s+|important\s+)?"
    r"(?:[a-z-]+\s+)?(?:kinds|types|ways|benefits|limitations|skills|families|uses|steps|stages|parts|"
    r"principles|challenges|risks|categories|approaches|methods|strategies|qualities|properties|"
    r"concerns|problems|reasons|advantages|areas|components|questions|services|tasks|fields|jobs)\b",
    re.IGNORECASE,
)
_ITEM = rx.compile(
    r"^(?:(?:The|A|An)\s+)?(?:first|second|third|fourth|fifth|sixth|last|final|other|another)\b|"
    r"^(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|Next|Then|Also)\b|"
    r"\b(?:also|finally|another|first|second|third|fourth|fifth)\b",
    re.IGNORECASE,
)
# A reason is also given as what a step is for: "..., which estimates how it will do on tomorrow's
# mail", "in order to ...", "that is why ...": a "why" asked of the step is answered by it.
_REASON = rx.compile(
    r"\b(?:because|since|so that|the reason|which means|leads? to|causes?|due to|in order to|so as to|"
    r"(?:that|this)\s+is\s+why|(?:which|this|that)\s+(?:estimates|shows|tells|checks|reveals|ensures|prevents|"
    r"avoids|guarantees|lets|allows|helps|protects))\b",
    re.IGNORECASE,
)
# An example is announced ("for example") or worked through ("Take 1,000 payments ...",
# "Suppose a model ...", "Imagine ...").
_EXAMPLE = rx.compile(
    r"\b(?:for example|for instance|such as|e\.g\.|like a|an example)\b|^(?:take|suppose|imagine|consider|say)\s",
    re.IGNORECASE,
)
_MECHANISM = rx.compile(r"\b(?:by|step|steps|first|then|each|every|repeats?|learns?|updates?)\b", re.IGNORECASE)
_ABSOLUTE = rx.compile(
    r"\b(?:always|never|completely|entirely|totally|every|all|only|same\s+(?:thing|as)|exactly|"
    r"guarantee[sd]?|perfect(?:ly)?|100\s*%|forever|fully)\b",
    re.IGNORECASE,
)

# A question that asks only what a thing is: "what is deep learning", "what a neural network
# is" (a pitch stripped: "explain like im five what ..."), "what does a decision tree do", or
# the thing's name alone ("neural networks pls").
# (Not a thing pointed at, "what is that setting", "what are they": the question leans on its
# own description.)
_THING = r"(?!(?:that|this|these|those|it|they|them|its)\b)(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?"
_FRAMED = (
    rf"(?:what|wat)\s+(?:is|are)\s+{_THING}|(?:what'?s|whats)\s+{_THING}|(?:what|wat)\s+{_THING}\s+(?:is|are)"
    rf"|(?:what|wat)\s+(?:does|do)\s+{_THING}\s+(?:do|mean|means)|(?:define|explain)\s+{_THING}"
)
# ... or its name alone: a noun phrase of up to three words, "neural networks pls" ("rl for robots"
# asks about a use).
_NAME_ALONE = (
    r"(?!(?:what|whats|wat|how|why|when|where|which|who|is|are|can|do|does|did|should|would|could|will)\b)"
    r"(?:(?!(?:for|in|on|with|of|to|vs|versus|and|or|by|about|at|from|that|this|it|they|all)\b)[\w-]+\s*){1,3}"
)
# ... with the field it belongs to after it: "what is exploitation in rl", "what's a policy in
# reinforcement learning" (the field says where, the thing is what is asked).
# ... or a remark on where it was met: "the epsilon-greedy rule i keep reading about".
_HEARD_OF = (
    r"\s+(?:that\s+)?(?:i|we|people|everyone|everybody)\s+(?:keeps?\s+|always\s+)?(?:hear\w*|read\w*|see\w*|saw|"
    r"talk\w*|mention\w*)(?:\s+about)?(?:\s+(?:so\s+much|a\s+lot|everywhere|online|lately|all\s+the\s+time))?"
)
# (The field is one of the course's: "what does ai do in a call centre" asks about a setting.)
_FIELD = (
    r"\s+(?:in|within|on)\s+(?:an?\s+|the\s+|those\s+|these\s+|their\s+|its\s+)?"
    r"(?:(?:chatbot|ai|ml|model|llm|language\s+model)\s+(?:settings|tools|apps|systems)|ai|ml|rl|gen\s*ai|genai|nlp|statistics|data\s+science|"
    r"(?:(?:supervised|unsupervised|reinforcement|machine|deep)\s+)learning|generative\s+ai|artificial\s+intelligence|"
    r"(?:large\s+)?language\s+models?|llms?|neural\s+networks?|gans?|vaes?|training|models?|chatbots?|"
    r"(?:machine\s+learning|ml|ai)\s+models?)"
)
_IN_FIELD = rf"(?:{_FIELD}|{_HEARD_OF})?"
# A word that only opens the message: "so what's recall", "ok what is a q-value".
_OPENER = rx.compile(r"^\W*(?:(?:so|ok|okay|right|well|hmm+|oh|ah|then)\b[\s,.!:;-]*)+(?=\w)", re.I)
# A question reported: "my 8 year old asked what a decision tree is", "she wants to know what ...".
_REPORTED = rx.compile(
    r"^.*?\b(?:asked|asks|asking|wants\s+to\s+know|wanted\s+to\s+know|wondered|wonders|wondering)\s+(?:me\s+|us\s+)?"
    r"(?=(?:what|whats|what's)\s)", re.I
)
_ASKS_WHAT_IT_IS = rx.compile(rf"^\W*(?:(?:{_FRAMED}){_IN_FIELD}|{_NAME_ALONE})\W*$", re.I)
_FRAMED_LAST = rx.compile(rf"^\W*(?:{_FRAMED}){_IN_FIELD}\W*$", re.I)
_FIELD_AFTER = rx.compile(rf"(?:{_FIELD}|{_HEARD_OF})\W*$", re.I)
# Quotation marks around a term ("what's the 'discount factor'"), not an apostrophe inside a word.
_QUOTES = rx.compile(r"(?<![a-z])['\"\u2018\u2019\u201c\u201d]|['\"\u2018\u2019\u201c\u201d](?![a-z])", re.I)
# A clause that asks something: a question mark, or a question word or auxiliary first ("and how
# do I fix it"); a remark after the question does not ("my lab manager keeps saying it").
_ASKS_TOO = rx.compile(
    r"^\W*(?:and\s+|but\s+|so\s+|also\s+)?(?:what|whats|wat|how|why|when|where|which|who|is|are|can|could|do|does|"
    r"did|should|would|will|was|were|has|have|any|give|tell|explain|list|name|compare)\b", re.I
)
# What a thing is used for or does, asked with a "what is" frame ("what are vaes used for", "what
# are gans good for", "what does a decoder do"): no definition.
_USE_OR_JOB = rx.compile(r"\b(?:used?|uses|using|for|good|applications?|do|does|did)\b", re.I)


def asks_what_it_is(question: str) -> bool:
    """Is ``question`` a "what is X" framed as one ("what's a gans", "explain underfitting"), not
    a name alone ("bias limitations", which ``what_it_is`` also takes) nor what X is for or does
    ("what are vaes used for", ``_USE_OR_JOB``)? A switch read so keeps the definition's shape
    (stop 36)."""
    return bool(_FRAMED_LAST.match(question.strip())) and not _USE_OR_JOB.search(question)


def what_it_is(question: str) -> str | None:
    """The clause of ``question`` that asks only what a thing is (``_ASKS_WHAT_IT_IS``): the
    last one ("in simple terms, what is linear regression"), or a framed one followed only by
    remarks ("what's PCA? my lab manager keeps saying it"), or None when it asks more."""
    text = _OPENER.sub("", _REPORTED.sub("", _QUOTES.sub("", question.strip())))
    pieces = re.split(r"([,:;]\s+|[.?!]+\s+|[.?!]+$)", text)  # clauses, each followed by its end
    clauses = [(c, end) for c, end in zip(pieces[0::2], [*pieces[1::2], ""]) if c.strip()]
    if len(clauses) == 1:
        return clauses[0][0] if _ASKS_WHAT_IT_IS.match(clauses[0][0].strip()) else None
    # After other clauses only a framed question counts ("..., kaggle?" names an example of them).
    if clauses and _FRAMED_LAST.match(clauses[-1][0].strip()):
        return clauses[-1][0]
    # A framed question ended by its question mark, and after it only remarks, no other ask.
    for index, (clause, end) in enumerate(clauses[:-1]):
        if "?" in end and _FRAMED_LAST.match(clause.strip()):
            rest = clauses[index + 1:]
            if not any("?" in e or _ASKS_TOO.match(c) for c, e in rest):
                return clause
            return None
    return None


def without_the_field(clause: str) -> str:
    """``clause`` without the field named after the thing asked ("what is exploitation in rl"
    -> "what is exploitation"): the words of the thing alone."""
    return _FIELD_AFTER.sub("", clause)


WORKED_FIGURES = rx.compile(r"\d\s*/\s*\d|\d\s*=\s*\d|=\s*\d")  # the arithmetic of a worked example ("15 / 25 = 0.60")
SUBJECT_HEAD = 6  # a sentence's subject is named within its first this many words ("A support vector machine (SVM) ...")
SHAPE_BONUS = 0.05
VERDICT_SIMILARITY = 0.3  # a verdict needs a course sentence at least this close to the question
UNIVERSAL_VERDICT_SIMILARITY = 0.45  # (stop 41) and denying "always" / "only" / "every", this close
MAX_SOURCES = 3  # an answer cites at most this many sections
# The analysed stems that name the two families in a sentence: "generative" and "machine".
GENERATIVE_STEM = "generat"
MACHINE_STEM = "machin"
SECTION_MARGIN = 0.06  # other sections may contribute to an answer when this close to the best score
ASPECT_BONUS = 0.25

# A question asking for a formula, an equation or how a quantity is calculated, and the sentences
# that write one out.
_ASKS_FORMULA = rx.compile(
    r"\b(?:formulas?|formulae|equations?|calculat(?:e|ed|es|ion|ions)|work(?:ed)?\s+(?:it|that|this|them)\s+out)\b", re.I
)
_WRITES_FORMULA = rx.compile(r"\bequals\b|\s=\s", re.I)

# A question on whether one field is part of another ("so is it part of machine learning or a
# separate thing altogether?"): the "belongs" aspect here and in ``search.ASPECT_HEADINGS``.
BELONGS = rx.compile(
    r"\bpart\s+of\s+(?:machine\s+learning|ml|ai|artificial\s+intelligence|gen(?:erative)?\s*ai|deep\s+learning|it|that|the\s+other)\b|"
    r"\b(?:a\s+)?(?:subset|subfield|sub-field)\b|"
    r"\b(?:a\s+)?separate\s+(?:thing|field|science|area|discipline|branch|subject)\b|\bsomething\s+(?:else|separate)\s+entirely\b|"
    r"\bits\s+own\s+(?:thing|field|discipline|branch|science)\b|\bsits?\s+inside\b|\bbeside\s+it\b|"
    r"\b(?:inside|within|under)\s+(?:machine\s+learning|ml|ai|the\s+other|it)\s+or\b|"
    r"\bboth\s+(?:machine\s+learning|ml)\s+underneath\b|\bunder\s+the\s+(?:same\s+)?umbrella\b|"
    # "does gen ai count as machine learning or is it separate?", "... or different things?"
    r"\b(?:count|counts|counted)\s+as\s+(?:machine\s+learning|ml|ai|artificial\s+intelligence)\s+or\b|"
    r"\bor\s+(?:is\s+it\s+|are\s+they\s+)?(?:a\s+|an\s+)?(?:separate|different\s+(?:things?|fields?)|something\s+else|its\s+own)\b",
    re.IGNORECASE,
)
# What a question asks about (its aspect words) and the words course sentences use for it:
# "how do people fix it?" wants the sentence on remedies, "biggest weakness?" the one on a
# limitation, "how long does it take?" the one with a duration.
_ASPECTS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (rx.compile(r"\b(?:fix|fixe[sd]|fixing|solve[sd]?|solution|prevent\w*|avoid\w*|stop\w*|reduce[sd]?|"
                r"cure|remed\w*|handle[sd]?|deal\s+with|mitigat\w*|(?<!the\s)(?<!any\s)(?<!a\s)catch|spot|detect|"
                # Getting round it in everyday words: "how do i get rid of bias", "how do we cope
                # with ...", "how do i bypass / get around / overcome overfitting".
                r"(?:get|got|getting)\s+rid\s+of|cop(?:e|ing)\s+with|overcom\w*|bypass\w*|tackl\w*|combat\w*|"
                r"(?:get|getting|work|working)\s+(?:a)?round|minimi[sz]\w*|eliminat\w*|lessen\w*|"
                # "how can i keep my classifier from overfitting": preventing it.
                r"keep(?:s|ing)?\s+(?:[\w'-]+\s+){1,3}?from\s+\w+ing|"
                # "how can a shop keep ai costs down", "make gan training less unstable".
                r"(?:keep|keeps|keeping|bring|brings|bringing)\s+(?:(?!up\b)(?![\w'-]+ing\b)[\w'-]+\s+){1,5}?down|"
                r"(?:make|makes|making)\s+(?:[\w'-]+\s+){1,4}?less\s+\w+|"
                # "it tanks on new data, what did I do wrong?" asks what to do about it.
                r"(?:wh?at|where)\s+(?:did|do|am|are)\s+(?:i|we)\s+(?:do|doing|go|going)\s+wrong|"
                r"wh?at\s+(?:should|can|could)\s+(?:i|we)\s+(?:do|change|try)(?:\s+(?:instead|differently|about\s+it))?|"
                # "so what should she do about it" (the learner's mum and a deepfake), "how can my
                # dad protect himself": advice for someone in the learner's life is the remedy too.
                r"wh?at\s+(?:should|can|could)\s+(?:you|he|she|they|people|someone|(?:my|a|an|the|our|your|their)\s+[\w-]+)\s+do\b|"
                r"wh?at\s+(?:do|does)\s+(?:you|he|she|they|people|someone|my\s+\w+)\s+do\s+about\b|"
                r"protect\w*|defend\w*|safe\s+from|stay\s+safe|"
                # "any way to make it happen less?", "how do you make them less likely?": reducing it.
                # ("how do we make it do that less": stop 41)
                r"(?:make|get|have)\s+(?:it|this|that|them|these|those)\s+(?:\w+\s+){0,2}?less|less\s+(?:often|likely|frequent\w*)|"
                r"cut\s+(?:\w+\s+)?(?:down|back))\b", re.I),
     rx.compile(r"\b(?:remed\w*|fix\w*|solv\w*|prevent\w*|avoid\w*|reduc\w*|mitigat\w*|check(?:s|ing)?|"
                r"verif\w*|spot\w*|detect\w*|cross-check\w*|guard\w*|help\w*|lower\w*|cut\w*|"
                r"stabili[sz]\w*|cur(?:e|es|ed)|careful\w*|defen[cs]\w*|protect\w*|safeguard\w*|none of these|"
                # What to do instead, named as such (``_NAMES_REMEDY``): "Common responses include ...".
                r"compromise|alternative|(?:responses|solutions|fixes)\s+include|cleaning)\b", re.I)),
    # "what's the catch?" asks for the downside (and the course may say "The catch is ...").
    (rx.compile(r"\b(?:downsides?|drawbacks?|weakness\w*|limitations?|problems?|issues?|risks?|risky|riskier|"
                r"cons|disadvantages?|wrong|fail\w*|bad|challeng\w*|hard(?:er|est)?|difficult\w*|(?:the|a|any)\s+catch|"
                # In everyday words: "can the fake pictures make things worse?", "could it backfire?",
                # "does it hurt the model?".
                r"worse|worsen\w*|backfir\w*|hurts?|harm(?:s|ed|ing)?|"
                # Failing in idioms: "when does it fall over?", "when does it go pear shaped?",
                # "where does it come unstuck?", "does it ever break down?".
                r"f[ae]ll(?:s|ing)?\s+(?:over|down|apart)|pear[- ]shaped|break(?:s|ing)?\s+down|broke\s+down|"
                r"(?:come|comes|coming)\s+unstuck|go(?:es)?\s+(?:south|haywire|belly[- ]up)|trip(?:s|ped)?\s+(?:it\s+)?up|"
                r"let(?:s)?\s+(?:you|us|me|people)\s+down)\b", re.I),
     rx.compile(r"\b(?:limitation\w*|problem\w*|fail\w*|unstable|instabilit\w*|costly|expensive|catch|"
                r"struggl\w*|risk\w*|drawback\w*|weakness\w*|mistake\w*|collapse\w*|hard(?:er|est)?|difficult\w*|"
                r"overshoot\w*|diverg\w*|bounc\w*|wrong|"
                # What goes badly said in plain words: "can get stuck on the first decent route",
                # "accuracy can badly mislead", "a missed patient may go untreated".
                r"stuck|mislead\w*|miss(?:es|ed)|untreated|frighten\w*|pitfall\w*|"
                # "DBSCAN does not need k ..., but it needs a distance setting": the catch follows "but".
                r"but)\b", re.I)),
    (rx.compile(r"\b(?:how\s+long|time|fast|quick\w*|slow\w*|hours?|days?|minutes?)\b", re.I),
     rx.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|episodes?|steps|fast\w*|slow\w*|"
                r"quick\w*|time)\b", re.I)),
    (rx.compile(r"\b(?:uses?|used|applications?|real[- ]world|real\s+life|irl|in\s+practice|industr\w*)\b", re.I),
     rx.compile(r"\b(?:used|uses|applications?|applied|in\s+(?:games|robotics|medicine|finance|industry))\b", re.I)),
    (rx.compile(r"\b(?:why|cause[sd]?|reason\w*|happen\w*)\b", re.I),
     rx.compile(r"\b(?:because|since|so\s+that|reason|cause[sd]?|due\s+to|leads?\s+to|which\s+means)\b", re.I)),
    (rx.compile(r"\b(?:how\s+(?:many|much)|proportion|percent\w*|share|ratio|numbers|figures|worked(?:\s+|-)(?:out\s+)?example|"
                r"calculat\w*|comput(?:e|ed|ing)\s+(?:it|them|that|this)|do\s+the\s+maths?)\b", re.I),
     rx.compile(r"\d|\b(?:percent|per\s+cent|proportion|share|ratio|half|quarter|fifth)\b", re.I)),
    # "what if the steps are too big?" wants the sentence on what too much (or too little) does.
    # Any word said to be "too" much is the setting pushed too far, whatever the word ("and if the
    # steps are too chunky?", "what if the checker gets too good?"; the course says "too large",
    # "too strong", "too simple"), but not "too" as "also" ("in finance too or only in banks?").
    (rx.compile(r"\btoo\s+(?!(?:or|and|but|so|then|right|is|are|was|were|the|a|an|it|its|i|you|we|they|that|this|as|in|on|at|for|to|of|lol)\b)[a-z]+\b|"
                r"\b(?:crank|turn|push|dial|ramp|jack)\w*\s+(?:it|that|this|them)?\s*(?:way\s+|all\s+the\s+way\s+|right\s+)?(?:up|down)\b|"
                r"\bmax(?:ed|es)?\s+(?:it|that|this)\s+out\b|\b(?:really|very|super|crazy|extremely)\s+(?:high|low|big|small|strong)\b|"
                # "what happens if the steps are huge?": a size word said of the setting.
                r"\b(?:if|when)\b[^?.!]*\b(?:is|are|gets?|got|was|were|becomes?|set\s+to)\s+(?:really\s+|very\s+|super\s+|way\s+)?"
                r"(?:huge|massive|enormous|giant|gigantic|tiny|minuscule)\b", re.I),
     # The course also says the setting pushed far as "a high temperature, such as 1.5, ...", "a
     # fraud detector tuned for very high recall ...", "start with a high epsilon".
     rx.compile(r"\btoo\s+(?!and\b)[a-z]+\b|\b(?:a|very)\s+(?:high|low)\s+(?!-)[a-z]+", re.I)),
    (rx.compile(r"\b(?:examples?|instances?|such\s+as|e\.g)\b", re.I),
     rx.compile(r"\b(?:for\s+example|for\s+instance|such\s+as|e\.g\.|like)\b|[A-Z][a-z]+-?\d|^(?:take|suppose|imagine|consider)\s|"
                # "Argentina's 2023 election gave an early example: ...", "A standard example is ...".
                r"\b(?:an?|the)\s+(?:good|simple|standard|classic|typical|early|famous|concrete|clear)\s+(?:example|illustration)\b|"
                # "A learning app could change the next exercise ...": a case described, not a rule.
                r"^(?:A|An)\s+(?:[\w-]+\s+){1,3}(?:could|might)\s", re.I)),
    (rx.compile(r"\b(?:new|brand[- ]new|generate|sample|create)\b", re.I),
     rx.compile(r"\b(?:new|generat\w*|sampl\w*|pick\w*|point|decod\w*)\b", re.I)),
    # "why would anyone want fewer columns?", "what's the point of it?": what it is good for,
    # which the course says as what a thing lets people do, not with "because".
    (rx.compile(r"\bwhy\s+(?:would|do|does|should|did)\s+(?:anyone|anybody|people|you|we|i|someone|companies|they)\s+"
                r"(?:ever\s+|even\s+)?(?:want|need|use|bother|care)\b|\bwhat'?s\s+the\s+point\b|\bwhy\s+bother\b|"
                r"\bwhat\s+(?:is|are)\s+(?:it|they|that|those|these)\s+(?:even\s+)?(?:good|useful)\s+for\b|\bwhat\s+good\s+is\b", re.I),
     rx.compile(r"\b(?:lets?|allows?|enables?|useful|so\s+that|makes?\s+(?:\w+\s+){0,2}(?:easier|faster|possible|cheaper|simpler))\b", re.I)),
    # "so what do people use instead?", "any alternatives?": what the course offers in its place
    # ("DBSCAN is a density-based alternative ...", "alternative losses such as ...").
    # So does "and what do you use for weird shaped ones then": what is used for the case the
    # last answer said it fails on ("what do you use it for" asks its uses instead).
    (rx.compile(r"\b(?:instead|alternatives?)\b|\bwhat\s+(?:do|would|should|can|could)\s+(?:you|u|i|we|people|they|one)\s+"
                r"use\s+(?:for|with|on|when)\b", re.I),
     rx.compile(r"\balternatives?\b", re.I)),
    # "what was the formula again?", "and the equation?", "how's it calculated": the sentence that
    # writes it out ("... equals TP / (TP + FN)", "970 / 1,000 = 0.97").
    (_ASKS_FORMULA, _WRITES_FORMULA),
    # "when is it done?", "what's the endgame?", "the best case at the end": how the process
    # ends, which the course says as "repeat until ..." or "the ideal end state".
    # "what split do people usually use?", "whats the typical value", "the normal choice": what is
    # commonly chosen, which the course says as "A common choice is ...", "usually", "typically".
    (rx.compile(r"\b(?:usual(?:ly)?|typical(?:ly)?|normal(?:ly)?|standard|go-to|default|most\s+people|"
                r"people\s+(?:usually|normally|typically|mostly|generally)|in\s+general)\b", re.I),
     rx.compile(r"\b(?:(?:a|the)\s+common\s+(?:choice|compromise|loss|way|route)|commonly|typical(?:ly)?|usually|"
                r"most\s+\w+\s+(?:use|therefore\s+use))\b", re.I)),
    (rx.compile(r"\bwhen(?:'?s|\s+(?:is|does|do|will|are))\s+(?:it|that|this|training|they|the\s+\w+)\s+(?:\w+\s+)?"
                r"(?:done|finished|over|ends?|stops?|complete)\b|\bend\s*(?:game|state|point)s?\b|"
                r"\b(?:at|in|by)\s+the\s+end\b|\bbest\s+case\b|\bhow\s+does\s+(?:it|that|this|training)\s+end\b", re.I),
     rx.compile(r"\b(?:until|end\s+state|ideal)\b", re.I)),
    # "what does each one spit out?", "what does a gan give you at the end": what a thing outputs,
    # which the course says as what it "outputs" or "returns" ("A predictive model returns a
    # judgement ..., while a generative model returns something that did not exist before").
    (rx.compile(r"\b(?:spit|churn|pump|crank)(?:s|ing)?\s+out\b|\bwhat\s+comes\s+out\b|"
                r"\bwhat\s+(?:kind\s+of\s+\w+\s+)?(?:does|do|did|would|will)\s+(?:[\w'-]+\s+){1,4}?"
                r"(?:output|return|give\s+(?:you|back|out)|hand\s+(?:you|back))\b", re.I),
     rx.compile(r"\b(?:outputs?|returns?)\b", re.I)),
    # "how fast do they catch it?", "how quick is it", "does it work in real time?": the speed,
    # which the course says as "in real time", "in a fraction of a second", "in seconds",
    # "instantly". The "time" aspect's cue ("time", "weeks") also finds "a strange time of day"
    # and "discovering it weeks later" beside the sentence that says how fast.
    (rx.compile(r"\bhow\s+(?:fast|quick(?:ly)?|soon|rapid(?:ly)?|speedy)\b|\b(?:speed|real[- ]?time|instant\w*|"
                r"right\s+away|straight\s+away|immediately)\b", re.I),
     rx.compile(r"\breal[- ]time\b|\binstant\w*|\bfraction\s+of\s+a\s+second\b|\bper\s+second\b|"
                r"\bin\s+(?:a\s+few\s+|mere\s+)?(?:seconds|minutes)\b|\bin\s+a\s+minute\b|\bimmediately\b|"
                r"\bquickly\b|\bat\s+any\s+hour\b|\bstill\s+happening\b", re.I)),
    # "how would you even notice?", "how can you tell it's happening?", "how would a company find
    # out?", "any warning signs?": how the thing is noticed, which the course says as what shows it
    # ("the problem shows only when many samples are compared", "a telltale gap", "checking who the
    # data represents", "flags ... warning signs"), not how it is fixed. Asked with "catch" or
    # "spot", the remedy aspect's cue took it for a fix ("Remedies include ...").
    (rx.compile(r"\bhow\s+(?:would|do|does|can|could|will|did|should|are|is|might)\s+(?:(?:you|u|i|we|they|people|anyone|"
                r"anybody|someone|one|it|he|she|(?:a|an|the|my|your|our|their)\s+[\w-]+)\s+)?(?:even\s+|ever\s+|actually\s+|"
                r"really\s+|possibly\s+|be\s+able\s+to\s+)?(?:notic\w*|tell|know|spot\w*|detect\w*|catch\w*|find\w*\s+out|"
                r"figur\w*\s+out|recogni[sz]\w*|realis\w*|realiz\w*|discover\w*|identif\w*|"
                # "how do i check if my model is biased": whether it is so, not how it is fixed.
                r"check\w*\s+(?:if|whether))\b|"
                r"\b(?:(?:warning|tell-?tale)\s+)?signs?\s+(?:of|that)\b|\b(?:any|what\s+are\s+the)\s+(?:warning\s+)?"
                r"(?:signs|symptoms|red\s+flags|giveaways|tells)\b|\bwhat\s+gives\s+(?:it|that|this|them)\s+away\b|"
                r"\bis\s+there\s+(?:a|any)\s+way\s+to\s+(?:tell|know|notice|spot|detect|check)\b", re.I),
     rx.compile(r"\b(?:notic\w*|spot\w*|detect\w*|check\w*|reveal\w*|telltale|signs?|warning|flag\w*|"
                r"shows?\s+(?:\w+\s+)?(?:when|whether|up)|easy\s+to\s+miss|looking\s+at|compared|measur\w*|confirm\w*|"
                r"verif\w*|judge\w*|tell\s+(?:\w+\s+){0,3}apart|"
                # "A good habit is to ask what a system outputs", "A useful test is to ask whether
                # ...": the course's rule for telling one thing from another is how it is told.
                r"(?:test|habit)\s+is\s+to\s+(?:ask|look|check))\b", re.I)),
    # "and what does that cost to train?", "is it pricey?", "how expensive is it to run": what it
    # costs, which the course says as the hardware or computation it takes or as "expensive"
    # ("large models are trained on many GPUs for days or weeks", "need a lot of computation",
    # "licences"). Not "costs" or "money" themselves: the course also says what a mistake costs
    # ("each miss costs real money"), and "the cost of low precision" asks that, not a price.
    (rx.compile(r"\b(?:cost(?:s|ly|ing)?|expensive|pric(?:e|es|ey|y)|cheap(?:er|est|ly)?|money|afford\w*|budget\w*)\b", re.I),
     rx.compile(r"\b(?:costly|expensive|cheap(?:er|ly)?|budgets?|GPUs?|hardware|infrastructure|licen[cs]es?|"
                r"comput(?:ational|ing)\s+power|a\s+lot\s+of\s+computation|computationally\s+demanding)\b", re.I)),
    # "is ai going to make the diagnosis instead of the doctor?", "will it replace designers?":
    # whether people are replaced, which the course says as who stays responsible, who reviews,
    # what the model assists with ("a qualified clinician stays responsible ...; the models assist
    # rather than replace", "Human agents are then free to handle ...") (stop 36).
    (rx.compile(r"\b(?:replac(?:e|es|ed|ing|ement)|take\s+over|taking\s+over|obsolete|do\s+away\s+with|"
                r"instead\s+of\s+(?:a\s+|the\s+|our\s+|my\s+|real\s+|human\s+)?(?:doctors?|humans?|people|staff|workers?|"
                r"teachers?|nurses?|lawyers?|experts?|clinicians?|radiologists?|artists?|writers?|designers?|employees?|"
                r"persons?|me|us))\b", re.I),
     rx.compile(r"\b(?:replac\w*|stays?\s+responsible|assist\w*|human\s+(?:agents?|review|in\s+the\s+loop)|"
                r"(?:reviewed|checked)\s+by|reviews?\s+and\s+adjusts|free\s+to\s+handle)\b", re.I)),
    # "why does the size of the step matter?", "why is scaling so important?", "what difference
    # does the split make?": what the thing changes, which the course says as "X matters because
    # ..." or as what goes wrong with the setting off either way ("A learning rate that is too
    # large overshoots ..., while one that is too small makes training crawl"). The sentence that
    # only names the thing ("The learning rate sets the size of each step") echoed the question's
    # words and answered instead (stop 37).
    (rx.compile(r"\bwhy\s+(?:does|do|did|would|should|is|are|was|were)\b[^?.!]*\b(?:matters?|important|count|"
                r"make\s+(?:a|any|such\s+a)\s+difference)\b|\bwhat\s+difference\s+(?:does|do|did|would)\b|"
                r"\bwhy\s+(?:should|would|do|does)\s+(?:i|we|you|anyone|people)\s+care\b", re.I),
     rx.compile(r"\bmatters?\s+(?:\w+\s+)?because\b|\btoo\s+(?!and\b)[a-z]+\b[^.;]*(?:,\s+while|;|\bbut\b)", re.I)),
    # "ok and who has to check the answers then?", "who decides what each group means?", "who
    # stays responsible?": the person who does it, which the course says as "a person", "people",
    # "by qualified people", "a human in the loop", "a clinician" (stop 37). Not who makes or
    # signed something: that asks for a name (``_ASKS_NAME``).
    (rx.compile(r"\bwho(?:'s|s)?\s+(?:(?:has|have|needs?|is\s+meant|is\s+supposed|gets?)\s+to\s+|should\s+|must\s+|will\s+|would\s+|"
                r"does\s+|do\s+|is\s+|are\s+)?(?:actually\s+|then\s+|really\s+)?(?:check\w*|review\w*|decid\w*|look\w*|label\w*|tag\w*|"
                r"mark\w*|stay\w*|responsible|in\s+charge|sign\w*\s+off|approv\w*|work\w*\s+out|verif\w*|test\w*|make\s+the\s+(?:call|decision)|"
                r"the\s+(?:checking|reviewing|labelling|tagging|deciding))\b", re.I),
     rx.compile(r"\b(?:a|the)\s+(?:qualified\s+|knowledgeable\s+)?(?:person|human|people|doctor|expert)\b|\bby\s+(?:a\s+|an\s+)?(?:person|people|humans?|"
                r"experts?|scientists?|qualified\s+people|doctors?)\b|\bpeople\s+(?:have\s+to|must)\b|\b(?:clinician|radiologist|reviewers?)\b|"
                r"\bhuman\s+(?:review|agents?|in\s+the\s+loop)\b", re.I)),
]


_OWN_MISTAKE = rx.compile(r"\b(?:wh?at|where)\s+(?:did|do|am|are)\s+(?:i|we)\s+(?:do|doing|go|going)\s+wrong\b", re.I)

# How the course says one field sits inside another ("a specific application of machine
# learning, and machine learning is the broader field", "AI contains several subfields").
_ASPECTS.append((
    BELONGS,
    rx.compile(r"\b(?:specific\s+application|broader\s+field|subfields?|sits?\s+inside|a\s+part\s+of|one\s+part\s+of|"
               r"nested|umbrella\s+term|every\s+generative\s+AI\s+system\s+is)\b", re.I),
))
# The aspects in ``_ASPECTS`` order; "why" and "example" are also question shapes (``shape_bonus``).
ASPECT_NAMES = (
    "fix", "downside", "time", "uses", "why", "numbers", "too_much", "example", "new", "purpose", "alternative", "formula",
    "usual", "end", "output", "speed", "notice", "cost", "replace", "matters", "who", "belongs",
)
# Each aspect's (asks, cue) patterns by name.
_BY_NAME: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = dict(zip(ASPECT_NAMES, _ASPECTS, strict=True))
SHAPED_ASPECTS = frozenset({"why", "example"})
# Aspects whose cue names one answer only (``aspect_bonus``): their sentences score above the
# other aspects' and the broader aspect they narrow is not asked.
SHARP_ASPECTS = frozenset({"speed", "notice"})
BROADER_ASPECTS = {"speed": "time", "notice": "fix"}  # the broader aspect each sharp one narrows


def aspect_bonus(question: str, sentences: Sequence[str], skip: frozenset[str] = frozenset()) -> np.ndarray:
    """A bonus for sentences that speak to the aspect the question asks about (see ``_ASPECTS``),
    leaving out the aspects named in ``skip``. A question of its own skips ``SHAPED_ASPECTS``:
    its shape already weighs reasons and examples, and the aspect's wider cue misreads it ("in
    the 1,000 payments example, what is recall?" is not asking for an example)."""
    bonus = np.zeros(len(sentences), dtype=np.float32)
    if _OWN_MISTAKE.search(question):
        # "what am I doing wrong?" asks for the remedy; its "wrong" is no question about downsides.
        skip = skip | {"downside"}
    question = normalise(question)
    asked = [name for name, (asks, _) in _BY_NAME.items() if name not in skip and asks.search(question)]
    sharp = [_BY_NAME[name][1] for name in asked if name in SHARP_ASPECTS]
    for name in [n for n in asked if n in SHARP_ASPECTS]:
        # "how fast do they catch it?": the speed is the time asked, not any time ("a strange
        # time of day", "weeks later"); "how would you even catch it?": how it is noticed, not
        # how it is fixed. The broader aspect stays when the question asks it in other words too
        # ("how do you spot it and fix it?").
        broader = BROADER_ASPECTS[name]
        rest = _BY_NAME[name][0].sub(" ", question)
        if broader in asked and not _BY_NAME[broader][0].search(rest):
            asked.remove(broader)
    cues = [_BY_NAME[name][1] for name in asked]
    for i, sentence in enumerate(sentences):
        if any(cue.search(sentence) for cue in cues):
            bonus[i] = ASPECT_BONUS
        if any(cue.search(sentence) for cue in sharp):
            # A sharp aspect's sentence is told apart from those the question's other aspects
            # find ("catch" asks how it is caught too: "could check", "prevent the loss").
            bonus[i] += ASPECT_BONUS
    return bonus


# The words that ask for an example ("any real examples?"): the question's way of asking, not
# what it is about. The course says "examples" mostly of data ("training examples", "synthetic
# examples"), so as a word of the question they matched those sentences.
_ASKS_EXAMPLE_WORDS = rx.compile(
    r"\b(?:(?:real(?:[- ](?:world|life))?|concrete|actual|practical)\s+)?(?:examples?|instances?|e\.g)\b", re.I
)


def asking_example_words(question: str) -> set[str]:
    """The words of ``question`` that ask for an example ("example", "instances")."""
    return {w for m in _ASKS_EXAMPLE_WORDS.finditer(normalise(question)) for w in re.split(r"[\s-]+", m.group(0).lower())}


FOCUS_BONUS = 0.35  # measured 0.25 / 0.35 / 0.5 / 0.7 (see focus_bonus): a plateau; the smaller end kept
FOCUS_SPREAD = 0.5  # a word in more than this share of a section's sentences is its topic, not a focus
# Question stop words that still say what is asked: "do chatbots know when ...", "what each group means".
FOCUS_KEEP = frozenset({"know", "knows", "mean", "means", "meant"})


def focus_bonus(
    question_terms: Sequence[str],
    sentence_terms: Sequence[frozenset[str] | set[str]],
    about: set[str] | frozenset[str],
    idf,
) -> np.ndarray:
    """Per sentence of one section: a bonus for the question's own distinctive words in it.

    Retrieval already matched the question's topic, and the topic is in every sentence of the
    section, so sentence similarity keeps picking the one that states it (the opening, the
    definition). What the learner asks beyond the topic is carried by the rarer words ("why
    shouldn't an agent just *grab* the reward in front of it", "do chatbots *know* when ...",
    "do ML and gen AI *help* each other"): a question word counts when it is not in ``about``
    (the section's lesson title, heading and opening sentence) and occurs in at most
    ``FOCUS_SPREAD`` of the section's sentences; it weighs its idf times how rare it is in the
    section. The bonus is ``FOCUS_BONUS`` times the sentence's share of the idf of the question
    words the section holds at all.

    Only the best section's sentences get it (``Tutor._compose_general``): another section's
    own focus sentence, boosted, crowded out the best section's answer. Measured with the right
    section ranked first (single questions of the three inner-sentence sets, dev and blind sets
    A-D: 153): main 144; 149 / 150 / 151 with 0.25 / 0.35 / 0.5 (with every section boosted:
    147 at 0.35)."""
    n = len(sentence_terms)
    bonus = np.zeros(n, dtype=np.float32)
    if not n:
        return bonus
    counts = {t: sum(t in terms for terms in sentence_terms) for t in dict.fromkeys(question_terms)}
    total = sum(idf(t) for t, c in counts.items() if c)
    weight = {t: idf(t) * (1 - c / n) for t, c in counts.items() if c and t not in about and c / n <= FOCUS_SPREAD}
    if not weight or not total:
        return bonus
    for i, terms in enumerate(sentence_terms):
        bonus[i] = FOCUS_BONUS * sum(w for t, w in weight.items() if t in terms) / total
    return bonus


def _names_asked(aspect: str, question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: 1 when the question asks for ``aspect`` (its "asks" pattern in ``_ASPECTS``)
    and the sentence says it (its cue), else 0; all 0 when the question does not ask it."""
    asks, cue = _BY_NAME[aspect]
    if not asks.search(normalise(question)):
        return np.zeros(len(sentences), dtype=np.float32)
    return np.array([bool(cue.search(s)) for s in sentences], dtype=np.float32)


def names_asked_downside(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: does the question ask for a downside ("any risks?", "what could go wrong?")
    and the sentence name one? A follow-up's repeat penalty spares these: a whole-paragraph
    answer may have said the risk in passing, and it is still what "any risks?" asks for. Only
    this aspect: the remedy cues ("help", "check", "cut") occur in sentences of every kind."""
    return _names_asked("downside", question, sentences)


def names_asked_notice(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: does the question ask how the thing is noticed ("how would you even tell?")
    and the sentence say what shows it? A follow-up's repeat penalty spares these as it spares a
    downside asked for: the definition just given often ends on how the failure shows ("Mode
    collapse is easy to miss ...; the problem shows only when many samples are compared"), and
    it is still what "how would anyone catch that?" asks for."""
    return _names_asked("notice", question, sentences)


def names_asked_too_much(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: does the question ask what the setting pushed too far does ("what goes wrong
    if you crank it way up?", "and if it's too big?") and the sentence say it ("a high
    temperature ... flattens them so ... the text can drift into nonsense")? A follow-up's repeat
    penalty spares these as it spares a downside: the definition just given usually says both
    ends of the setting, and it is still what is asked."""
    return _names_asked("too_much", question, sentences)


def names_asked_person(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: does the question ask who does something ("who has to check the answers
    then?") and the sentence name the person ("... should always be checked by a person against a
    trusted source")? A follow-up's repeat penalty spares these as it spares a downside asked for:
    the remedies just given often end on who checks, and it is still what "who" asks (stop 37)."""
    return _names_asked("who", question, sentences)


def names_asked_in_definition(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: does it say how the thing shows or what the setting pushed too far does, when
    the question asks that (``names_asked_notice`` or ``names_asked_too_much``)?

    Why the two together: both ask for something the definition itself usually says (it often
    ends on how the failure shows, "the problem shows only when many samples are compared", and
    a setting's definition says both its ends, "a high temperature ... can drift into nonsense"),
    so a follow-up asking it right after the definition wants sentences the last answer may have
    quoted already. Wherever a follow-up's repeats are set aside (the repeat
    penalty, the best section's said-again cut), such sentences are spared for both reasons
    alike. (The repeat penalty also spares a downside asked for, ``names_asked_downside``; the
    said-again cut does not.)"""
    return np.maximum(names_asked_notice(question, sentences), names_asked_too_much(question, sentences))


def names_asked_formula(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: does the question ask for a formula or how something is calculated, and the
    sentence write one out? A follow-up's repeat penalty spares these as it spares a value asked
    for: the definition just given usually holds the equation ("Recall ... equals TP / (TP +
    FN)"), and "and the equation?" right after it still asks for that sentence, not for another
    section's (accuracy's "970 / 1,000 = 0.97" after precision)."""
    if not _ASKS_FORMULA.search(normalise(question)):
        return np.zeros(len(sentences), dtype=np.float32)
    return np.array([bool(_WRITES_FORMULA.search(s)) for s in sentences], dtype=np.float32)


def names_asked_figures(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: does the question ask for the numbers ("run actual numbers on it", "show me
    with real figures", the numbers aspect of ``_ASPECTS``) and the sentence work them out
    (``WORKED_FIGURES``: "Precision is 15 / 25 = 0.60, ...")? A follow-up's repeat penalty and
    the said-again cut spare these as they spare a formula asked for: the walk-through just given
    usually ended on the worked figures, and "ok now with actual numbers" still asks for them.
    Left to the penalty, they ranked below the example's set-up ("Take 1,000 payments ...") and
    the grid size ("a 10 by 10 grid"), and the answer told the example without its results
    (stop 37)."""
    if not _ASKS_FIGURES.search(normalise(question)):
        return np.zeros(len(sentences), dtype=np.float32)
    return np.array([bool(WORKED_FIGURES.search(s)) for s in sentences], dtype=np.float32)


GIVENS = 2  # at most this many sentences of a worked example's set-up come before its figures
_DIGIT = rx.compile(r"\d")


def worked_givens(question: str, section: Section, positions: Sequence[int]) -> list[int]:
    """The sentences just before a worked figures sentence among ``positions`` that hold the
    example's numbers (at most ``GIVENS``, each with a digit, up to the first without), when the
    question asks for the numbers (``names_asked_figures``): "go on, show me with actual numbers"
    after how precision is worked out gets "Take 1,000 payments with 20 frauds ... The counts are
    TP = 15, FP = 10 ..." with "Precision is 15 / 25 = 0.60". Why (stop 38): the figures sentence
    alone ("15 / 25") told results whose numbers came from nowhere. Empty when nothing is to add."""
    worked = names_asked_figures(question, section.sentences)
    added: list[int] = []
    for p in sorted(positions):
        if not worked[p]:
            continue
        q = p - 1
        while q >= 0 and p - q <= GIVENS and q not in positions and _DIGIT.search(section.sentences[q]):
            added.append(q)
            q -= 1
    return sorted(set(added))


# Asking for the numbers themselves ("with actual numbers", "show me the figures", "do the maths"),
# not quoting one ("why not, if it's 98 percent?") nor asking a count ("how many").
_ASKS_FIGURES = rx.compile(
    r"\b(?:numbers|figures|worked(?:\s+|-)(?:out\s+)?example|do\s+the\s+maths?|calculat\w*|comput(?:e|ed|ing)\s+(?:it|them|that|this))\b",
    re.I,
)


def formula_bonus(question: str, sentences: Sequence[str], own: Sequence[str]) -> np.ndarray:
    """For a follow-up asking for a formula: ``ASPECT_BONUS`` for each sentence that writes one out
    and names a word of the question's own (``own``, its topic words): "whats the formula for
    recall again" after precision versus recall wants "Recall ... equals TP / (TP + FN)", not the
    precision formula beside it, which the aspect alone ranks the same."""
    writes = names_asked_formula(question, sentences)
    if not writes.any() or not own:
        return np.zeros(len(sentences), dtype=np.float32)
    words = [w.lower() for w in own if len(w) >= 3]
    named = np.array([any(re.search(rf"\b{re.escape(w)}", s, re.I) for w in words) for s in sentences], dtype=np.float32)
    return ASPECT_BONUS * writes * named


# A question that asks for a value: a count, an amount, a size, a date or the figure of a worked
# example ("how many modes do digits have", "what month was that", "so what's the recall in the
# payments example"), and the sentences that state one (a digit, a number word, a month).
_ASKS_VALUE = rx.compile(
    r"\bhow\s+(?:many|much|big|large|small|old)\b|"
    r"\b(?:what|which)\s+(?:year|month|date|day|number|figures?|percentage|value|size)\b|"
    r"\bwhen\s+(?:was|were|did)\b|"
    # "what reward does the agent get?", "what score did it reach": the amount of the thing named.
    r"\bwhat\s+(?!(?:kinds?|sorts?|types?|else|exactly|happens|if|about)\b)[a-z-]{3,}\s+(?:does|do|did|will|would|can|could)\s+"
    r"(?:[\w'-]+\s+){1,3}?(?:get|gets|receive|earn|score|reach|achieve|hit)\b|"
    r"\bwh?at(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|it\s+)?(?:[\w-]+\s+){0,2}(?:in|for)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?examples?\b",
    re.I,
)
_STATES_VALUE = rx.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"(?:hundred|thousand|million|billion|dozen)s|thousand|million|billion|dozen|half|January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b",
)


# A question that asks for a name: who did or makes something, or which company, product or
# country ("who's making it?" after text-to-video, "which models do that?" after multimodal
# chatbots), and the sentences that state one: a capitalised word inside the sentence ("Companies
# such as Runway ...", "OpenAI's GPT-4 and Google's Gemini are examples"), not its first word, an
# acronym ("AI", "GANs") or a month (a date answers "when", not "who").
_ASKS_NAME = rx.compile(
    r"\bwho(?:'s|s|\s+is|\s+are|\s+was|\s+were)?\s+(?:\w+ing|makes?|made|builds?|built|signed|sells?|offers?|"
    r"runs?|owns?|created?|invented|develop(?:s|ed)?|behind)\b|"
    r"\b(?:what|which)\s+(?:companies|company|firms?|brands?|products?|countr(?:y|ies)|models|chatbots|"
    r"platforms?|librar(?:y|ies)|sites?|websites?|presidents?|governments?)\b",
    re.I,
)
_MONTHS = frozenset("January February March April May June July August September October November December".split())
_STATES_NAME = rx.compile(r"(?<=[a-z,;]\s)(?:[A-Z][a-z]+\b|[A-Za-z]*[A-Z][A-Za-z]*-?\d[\w-]*)")


def _states_name(sentence: str) -> bool:
    return any(m.group(0) not in _MONTHS for m in _STATES_NAME.finditer(sentence))


def names_asked_value(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: does the question ask for a value (``_ASKS_VALUE``) and the sentence state
    one? A follow-up's repeat penalty spares these as it spares a downside asked for: the answer
    before may have said the figure among others ("a dataset of handwritten digits has ten
    modes" in the definition of mode collapse), and it is still what "how many modes do digits
    have?" asks for."""
    if not asks_value(question):
        return np.zeros(len(sentences), dtype=np.float32)
    question = normalise(question)
    value = bool(_ASKS_VALUE.search(question))
    name = bool(_ASKS_NAME.search(question))
    return np.array(
        [(value and bool(_STATES_VALUE.search(s))) or (name and _states_name(s)) for s in sentences], dtype=np.float32
    )


def value_bonus(question: str, sentences: Sequence[str], topic: str = "") -> np.ndarray:
    """For a follow-up that asks for a value (``_ASKS_VALUE``): ``ASPECT_BONUS`` for each sentence
    stating one, and as much again for one that states it of a word of the question ("recall is
    15 / 20 = 0.75" for "what's the recall in the payments example": the set-up sentence, "Take
    1,000 payments ...", states figures too, of other things) or that names the whole of a part of
    the conversation's ``topic`` ("what month was that" after the EU AI Act: "In December 2023,
    ... the EU AI Act", not the executive order's October)."""
    stating = names_asked_value(question, sentences)
    if not stating.any():
        return stating
    words = {w for w in re.findall(r"[a-z][a-z-]{3,}", normalise(question).lower()) if w not in _VALUE_QUESTION_WORDS}
    parts = [
        {w for w in re.findall(r"[a-z0-9-]{2,}", part.lower()) if w not in {"and", "or", "the", "of"}}
        for part in topic.split(", ")
    ]
    parts = [part for part in parts if part]
    bonus = ASPECT_BONUS * stating
    for i, sentence in enumerate(sentences):
        if not stating[i]:
            continue
        tokens = re.findall(r"[\w,.-]+", sentence.lower())
        named = {t.strip(",.") for t in tokens}
        if any(all(_names_word(w, named) for w in part) for part in parts):
            bonus[i] += ASPECT_BONUS
            continue
        for j, token in enumerate(tokens):
            if token.strip(",.") in words and any(_STATES_VALUE.search(t) for t in tokens[j + 1:j + 4]):
                bonus[i] += ASPECT_BONUS
                break
    return bonus


def _names_word(word: str, named: set[str]) -> bool:
    """Is ``word`` among the sentence's words ``named``, as itself or a longer form ("forecast" in
    "market forecasts")?"""
    return word in named or (len(word) >= 4 and any(t.startswith(word) for t in named))


_VALUE_QUESTION_WORDS = frozenset({"what", "when", "which", "many", "much", "year", "month", "date", "number",
                                   "figure", "figures", "example", "that", "this", "there", "were", "does", "have"})


# "do i have to tell it how many groups?": whether someone must give a value, not the value.
_GIVES_VALUE = rx.compile(
    r"\b(?:tell|tells|telling|say|says|saying|choose|chooses|choosing|pick|picks|picking|set|sets|setting|decide|"
    r"decides|deciding|specify|specifies|know|knows|give|gives)\s+(?:(?:it|them|the\s+\w+)\s+)?how\s+(?:many|much)\b",
    re.I,
)


def asks_value(question: str) -> bool:
    """Does the question ask for a value (``_ASKS_VALUE``), rather than whether one is given
    (``_GIVES_VALUE``)?"""
    question = normalise(question)
    return bool(_ASKS_VALUE.search(question) or _ASKS_NAME.search(question)) and not _GIVES_VALUE.search(question)


def heading_names_aspect(heading: str, aspect: str) -> bool:
    """Does a section's ``heading`` name the ``aspect`` (one of ``ASPECT_NAMES``) as its own
    ("What unsupervised learning is used for": uses; "How to spot and reduce hallucination":
    fix), by that aspect's cue?"""
    return bool(_BY_NAME[aspect][1].search(heading))


def asked_aspects(question: str) -> list[str]:
    """The aspects (``ASPECT_NAMES``) the question asks about."""
    question = normalise(question)
    return [name for name, (asks, _) in _BY_NAME.items() if asks.search(question)]


# A sentence that says how a problem is put right, in the course's words: a remedy named as one
# ("Common cures for overfitting are ...", "Remedies include ...", "A practical defence for
# learners is ...", "reduce the risk"), or a verb of preventing with the problem itself as its
# object ("Reducing bias starts with ...", "Hallucination can be reduced by ..."; see
# ``states_remedy``). Narrower than the fix aspect's cue, whose "check", "help" and "lower" also
# occur in sentences that describe the problem ("a clearly lower score"); and "reduce the loss"
# is what training does, no remedy for overshooting, nor "None of these fixes ..." one.
_NAMES_REMEDY = rx.compile(
    r"\b(?:cur(?:e|es)|remed(?:y|ies)|defen[cs]es?|safeguards|(?:reduc\w*|lower\w*|cut\w*|mitigat\w*)\s+(?:the\s+)?risks?)\b|"
    # What to do instead, named as such: "A common compromise is the epsilon-greedy rule",
    # "DBSCAN is a density-based alternative", "Common responses include training existing staff".
    r"\b(?:compromise|(?:an?|the)\s+(?:[\w-]+\s+){0,2}alternative|(?:responses|solutions|fixes)\s+include)\b|"
    # Steps of putting it right opening the sentence: "Cleaning data, filling or flagging gaps ...".
    r"^(?:Cleaning|Fixing|Correcting|Removing|Filtering|Repairing)\b",
    re.I,
)
_PREVENTS = rx.compile(r"\b(?:prevent\w*|avoid\w*|reduc(?:e|es|ed|ing|tion)|mitigat\w*|tackl\w*)\b", re.I)


def states_remedy(sentence: str, topic: str = "") -> bool:
    """Does ``sentence`` say how a problem is put right (``_NAMES_REMEDY``), or prevent the
    ``topic`` being discussed ("Reducing bias starts with ...": a word of the topic, or its first
    five letters, "hallucinat...", beside a verb of preventing)?"""
    if _NAMES_REMEDY.search(sentence):
        return True
    if not _PREVENTS.search(sentence):
        return False
    low = sentence.lower()
    words = [w for w in re.findall(r"[a-z]{4,}", topic.lower()) if w not in _TOPIC_FILLER]
    # (the stem: "costs" is the cost in "reduce the cost")
    return any(re.search(r"\b" + re.escape(stem(w)[:6]), low) for w in words)


_TOPIC_FILLER = frozenset({"what", "does", "with", "that", "this", "about", "model", "models", "data"})


def names_asked_remedy(question: str, sentences: Sequence[str], topic: str = "") -> np.ndarray:
    """Per sentence: does it state the remedy a follow-up asks for ("how can it be avoided?"
    after bias: "Reducing bias starts with ...")? Such a sentence answers it even when an earlier
    answer said it; without it the follow-up was told the bias section's other sentences."""
    aspects = asked_aspects(question)
    # ("when does it stop shuffling" asks when a process ends, no fix.)
    if "fix" not in aspects or "notice" in aspects or "end" in aspects:
        return np.zeros(len(sentences), dtype=np.float32)
    return np.array([states_remedy(s, topic) for s in sentences], dtype=np.float32)


Part = tuple[Section, float, list[int], str]  # (section, score, sentence positions, label)


def remedy_first(question: str, parts: Sequence[Part], topic: str = "") -> list[Part]:
    """An answer's ``parts`` opening with the remedy, when a follow-up asks how to stop, avoid or
    fix the problem being discussed ("what is overfitting" then "how do i stop it"): the first
    unlabelled part that states a remedy goes first, told from that sentence on. The sentences
    before it describe the problem the learner has just asked about, so the answer opened with
    the definition again and the cure came last (or, in another cited section, after the cause:
    "can that be prevented?" after hallucination). The sentences the remedy leans on ("This is
    why ...") stay. Without a remedy among the parts, or asked to be noticed rather than fixed,
    nothing moves."""
    aspects = asked_aspects(question)
    if "fix" not in aspects or "notice" in aspects:
        return list(parts)
    for index, (section, score, positions, label) in enumerate(parts):
        kept = sorted(positions)
        first = next((p for p in kept if not label and states_remedy(section.sentences[p], topic)), None)
        if first is None:
            continue
        start = min(leaning_chain(section, first, []))
        opening: Part = (section, score, [p for p in kept if p >= min(start, first)] if start > kept[0] else kept, label)
        return [opening, *parts[:index], *parts[index + 1:]]
    return list(parts)


# "can ai catch credit card fraud", "how does a bank's model spot money laundering": catching or
# spotting is what the model does, no remedy asked ("Catching fraud ... lets an organisation
# prevent the loss" led such answers); the fix aspect's other words ask for one.
_CATCHING = rx.compile(r"\b(?:catch\w*|spot\w*|detect\w*)\b", re.I)


# "how does it know", "how does the app know": the machine's own knowing, which is how it works,
# not the learner noticing a problem ("how do i know if my model is overfitting"). Read as
# noticing, a gym app predicting who will quit opened with "Anomaly detection is ... spotting"
# (stop 41).
_MACHINE_KNOWS = rx.compile(
    r"\bhow\s+(?:does|did|do|can|could|would|will)\s+(?:it|they|(?:the|my|our|their|your|this|that)\s+"
    r"(?:[\w-]+\s+)?(?:app|apps|system|software|tool|model|algorithm|ai|program|computer|machine|bot|platform|site|website))\s+"
    r"(?:even\s+|actually\s+|really\s+)?(?:know|tell|work\s+(?:it\s+)?out|figure\s+(?:it\s+)?out)\b",
    re.IGNORECASE,
)


def what_to_do_first(question: str, section: Section, picked: Sequence[int], topic: str) -> tuple[int, list[int]] | None:
    """(position, positions to add) of the sentence of ``section`` a first question asking what
    to do about a problem should open with: how to put it right when it asks to fix, avoid,
    prevent or get round it ("how do i stop my model overfitting": "Common cures for overfitting
    are ..."), or what shows it when it asks how to tell ("how do i know if my model is
    overfitting": "An overfitted model shows a telltale gap ..."). None when it asks neither, or
    the section says no such thing (in the sentences ``picked`` for the notice; anywhere for a
    remedy, which is added with the sentences it leans on).

    Why: the passage defines the problem first and names its cure last, so the learner who
    asked what to DO read the definition first and the answer to their question at the end."""
    aspects = asked_aspects(question)
    sentences = section.sentences
    if "notice" in aspects:
        if _MACHINE_KNOWS.search(question):
            return None
        cue = _BY_NAME["notice"][1]
        shown = [p for p in sorted(picked) if cue.search(sentences[p]) and not leans_on_previous(sentences[p])]
        return (shown[0], []) if shown else None
    if "fix" not in asked_aspects(_CATCHING.sub(" ", question)):
        return None
    remedies = [p for p in range(len(sentences)) if states_remedy(sentences[p], topic) and not leans_on_previous(sentences[p])]
    if not remedies:
        return None
    told = [p for p in remedies if p in picked]
    if told:
        return told[0], []
    return remedies[0], [p for p in leaning_chain(section, remedies[0], list(picked))]


def remedy_section_first(question: str, hits: Sequence[Hit], topic: str) -> list[Hit]:
    """``hits`` with the section that says how to put the problem right first, when a question
    asks to fix, avoid or get round it ("how do i get rid of chatbot hallucinations") and the best
    section only describes it ("What hallucination means") while one of the same lesson, about as
    close (``SECTION_MARGIN``), states the remedy ("How to spot and reduce hallucination"). Else
    ``hits`` unchanged. ``topic``: the words naming the problem, for ``states_remedy``."""
    aspects = asked_aspects(_CATCHING.sub(" ", question))
    if not hits or "fix" not in aspects or "notice" in aspects:
        return list(hits)
    best = hits[0]

    def remedies(section: Section) -> bool:
        return any(states_remedy(s, topic) for s in section.sentences)

    if remedies(best.section):
        return list(hits)
    for hit in hits[1:]:
        if best.score - hit.score > SECTION_MARGIN:
            break
        # (Or of any lesson when it scores above the best: a follow-up's ranking was moved after
        # scoring, "how do we make it do that less" after a chatbot's invented pool put "What
        # makes a language model large" above "How to spot and reduce hallucination".)
        if (hit.section.lesson_id == best.section.lesson_id or hit.score > best.score) and remedies(hit.section):
            return [hit, *(h for h in hits if h is not hit)]
    return list(hits)


def gives_reason(sentence: str) -> bool:
    """Does ``sentence`` give a reason ("... because ...", "the reason ...")?"""
    return bool(_REASON.search(sentence))


def gives_example(sentence: str) -> bool:
    """Does ``sentence`` give an example ("for example", "such as", "A ... is a simple example",
    or a case after a colon: "poor data produces an inaccurate model: a credit model trained on
    outdated records ...")?"""
    return (
        bool(_EXAMPLE.search(sentence))
        or bool(re.search(r"\b(?:an?|the)\s+(?:\w+\s+)?example\b", sentence, re.I))
        or bool(re.search(r"[:;]\s+(?:an?)\s+[a-z]", sentence))
    )


def shape_bonus(shape: str, sentences: Sequence[str]) -> np.ndarray:
    """Small per-sentence bonus for sentences that fit the shape (a reason for "why"...)."""
    pattern = {"why": _REASON, "example": _EXAMPLE, "how": _MECHANISM}.get(shape)
    bonus = np.zeros(len(sentences), dtype=np.float32)
    if pattern is not None:
        for i, sentence in enumerate(sentences):
            if pattern.search(sentence):
                bonus[i] = SHAPE_BONUS
    return bonus


def enumerates(section: Section) -> bool:
    """Does the section hold an enumeration? Told from its structure, not from any question: an
    announcing sentence ("three main limitations"), a long series in one sentence, two item
    sentences ("The first ...", "A second ..."), a heading that is itself a series ("Judging
    generated output on realism, coherence and diversity"), or parallel sentences that each
    take one item ("In game playing, ...", "In robotics, ..."; "Realism asks ...", "Coherence
    asks ...")."""
    sentences = section.sentences
    return (
        any(_ANNOUNCES.search(s) or _INLINE_LIST.search(s) or _TO_SERIES.search(s) for s in sentences)
        or sum(bool(_ITEM.search(s)) for s in sentences[1:]) >= 2
        or bool(_SERIES.search(section.heading))
        or _parallel(sentences)
    )


# "realism, coherence and diversity", "games, robotics and autonomous systems": three or more
# items joined by commas and a final "and"/"or".
_SERIES = rx.compile(r"[\w-]+(?:\s+[\w-]+){0,2},\s+(?:[\w-]+(?:\s+[\w-]+){0,2},\s+)*[\w-]+(?:\s+[\w-]+){0,2},?\s+(?:and|or)\s+[\w-]+")
# An item sentence set in its item: "In game playing, ...", "For retailers, ...".
_SETTING_OPENING = rx.compile(r"^(?:In|For|With)\s+(?:[\w-]+\s+){0,3}?[\w-]+,")
# Second words that do not make sentences parallel: "X is ..." opens definitions everywhere.
_COMMON_SECOND = frozenset("is are was were can could has have does do will would may might also learning ai model models".split())
PARALLEL = 3  # this many item sentences make an enumeration


def _parallel(sentences: Sequence[str]) -> bool:
    """Do at least ``PARALLEL`` sentences each take one item, set in it ("In robotics, ...") or
    opening with a different subject and the same verb ("Realism asks", "Coherence asks")?"""
    if sum(bool(_SETTING_OPENING.match(s)) for s in sentences) >= PARALLEL:
        return True
    verbs: dict[str, set[str]] = {}
    for sentence in sentences:
        words = sentence.split()
        if len(words) > 2 and words[0][:1].isupper() and words[0] not in _POINTING:
            verbs.setdefault(words[1].lower(), set()).add(words[0].lower())
    return any(len(subjects) >= PARALLEL for verb, subjects in verbs.items() if verb not in _COMMON_SECOND)


_POINTING = frozenset("The A An This That These Those It Its They Their In For But So And Or If When".split())


# A series of longer items: "by grounding answers in retrieved documents, asking the model to
# quote its sources, lowering the sampling temperature, ... and allowing ...".
_LONG_SERIES = rx.compile(r"(?:[^,;:]+,\s+){3,}[^,;:]*\b(?:and|or)\s+\w+")


def enumeration_sentences(section: Section) -> list[int]:
    """Positions of the sentences that announce or hold the section's items (an announcing
    sentence, a series in one sentence); [0] when none does (the items are spread over
    parallel sentences that the opening introduces)."""
    found = [
        i for i, s in enumerate(section.sentences)
        if _ANNOUNCES.search(s) or _INLINE_LIST.search(s) or _SERIES.search(s) or _LONG_SERIES.search(s)
        or _TO_SERIES.search(s)
    ]
    return found or [0]


# "... such as healthcare, retail, education, customer support and finance": four or more items
# in one sentence are an enumeration too.
_INLINE_LIST = rx.compile(r"(?:\b[\w-]+(?:\s+[\w-]+){0,2},\s+){3,}[\w-]+(?:\s+[\w-]+){0,2},?\s+(?:and|or)\s+\w+")


# (stop 37) A series of uses, each an infinitive clause too long for ``_SERIES``: "GANs have been
# used to create photorealistic images, to generate human-like text, and to produce music and
# artwork" (three "to ..." clauses, commas and a final "and"/"or").
_TO_SERIES = rx.compile(r"\bto\s+[\w-]+(?:\s+[\w-]+){0,6}?,\s+to\s+[\w-]+(?:\s+[\w-]+){0,8}?,?\s+(?:and|or)\s+to\s+[\w-]+")


_STEP = rx.compile(r"^(?:First|Second|Third|Fourth|Fifth|Sixth|Next|Then|Finally|Lastly)\b")


def is_steps(section: Section) -> bool:
    """Is the section a recipe of numbered steps ("First, ... Second, ... Finally, ...")? A
    "how" question about it wants every step, like a list question."""
    return sum(bool(_STEP.match(s)) for s in section.sentences) >= 3


_LATER_STEP = rx.compile(r"^(?:Second|Third|Fourth|Fifth|Sixth|Next|Then|Finally|Lastly|In\s+the\s+next\s+step)\b")


def is_later_step(section: Section, position: int) -> bool:
    """Is the sentence at ``position`` a later step of a sequence the section tells in order
    ("Fourth, measure ...", "Then each centre moves ...", "In the next step, ...", with at least
    one other step sentence)? Said before the steps it follows, it reads out of order: "how would
    i check my junk filter works" opened "Fourth, measure how many test emails ..." above "A spam
    filter shows the whole supervised learning recipe" (stop 41)."""
    sentences = section.sentences
    if not 0 <= position < len(sentences) or not _LATER_STEP.match(sentences[position]):
        return False
    return sum(bool(_STEP.match(s) or _LATER_STEP.match(s)) for s in sentences) >= 2


def names_topic(heading_terms: Sequence[str], words: set[str], idf) -> bool:
    """Does a section's text (its analysed ``words``) name the topic of a heading: at least
    half of the heading's distinctive terms (idf at least ``DISTINCTIVE_IDF``)?"""
    distinctive = {t for t in heading_terms if idf(t) >= DISTINCTIVE_IDF}
    return bool(distinctive) and len(distinctive & words) / len(distinctive) >= 0.5


def opened_with(section: Section, said: str) -> int | None:
    """The position of the sentence of ``section`` that comes first in ``said`` (the answer the
    learner has just read), None when it quotes none. A follow-up is asked by someone who read
    that sentence first; opening the next answer with it again reads as the same answer (stop 33:
    "which one is easier to train?" after "gan vs vae" opened with "VAEs and GANs are both
    generative models" again)."""
    found = [(said.find(sentence), p) for p, sentence in enumerate(section.sentences) if sentence in said]
    return min(found)[1] if found else None


def announces(sentence: str) -> bool:
    """Does ``sentence`` announce an enumeration ("... is usually divided into three types")?"""
    return bool(_ANNOUNCES.search(sentence))


def list_positions(section: Section, scores: np.ndarray, budget: int = LIST_WORDS) -> list[int]:
    """Sentence positions that keep every item of the section's enumeration within ``budget``
    words when possible: non-item sentences go first (lowest score first), then, only if still
    too long, the lowest-scoring item sentences after the announcing one."""
    sentences = section.sentences
    lengths = [len(s.split()) for s in sentences]
    keep = list(range(len(sentences)))
    announcing = next((i for i, s in enumerate(sentences) if _ANNOUNCES.search(s)), 0)
    is_item = [i == announcing or bool(_ITEM.search(s)) for i, s in enumerate(sentences)]
    # Sentences before the announcing one are preamble: they go first.
    removable = sorted(
        (i for i in keep if not is_item[i]),
        key=lambda i: (i > announcing, float(scores[i])),
    )
    for i in removable:
        if sum(lengths[j] for j in keep) <= budget:
            break
        keep.remove(i)
    return keep


# Absolutes that claim a degree ("banned completely", "perfect") or a negative ("never needs"):
# the course often states the same thing in other strong words ("banned outright", "does not
# need"), so missing the word is no disagreement. Only a sentence that limits or negates says no.
_DEGREE = rx.compile(r"\b(?:completely|entirely|totally|fully|perfect(?:ly)?|100\s*%)", re.IGNORECASE)
_NEGATIVE = rx.compile(r"\b(?:never|no|none|nothing|nobody)\b", re.IGNORECASE)
_LIMITS = rx.compile(
    r"\b(?:not|no|never|none|cannot|can't|isn't|aren't|doesn't|don't|without|but|yet|however|although|"
    r"mislead\w*|struggl\w*|limit\w*|rarely|seldom|hard|often|usually|sometimes|may|might|"
    r"reduc\w*|lower\w*|less|fewer|partly|partial\w*)\b|n't\b",
    re.IGNORECASE,
)
_AT_ALL = rx.compile(r"\bat\s+all\b", re.IGNORECASE)
# (stop 41) A universal claim ("always", "every", "only", "the same thing as") is denied only by a
# course sentence that says why not: one that limits, negates, contrasts or sets a condition
# ("a little", "unless", "depends"), or, against "only", names several things in a series. "is a
# bigger language model always better" had opened "No." above "Scale matters because a bigger
# model ... picks up more facts", which says the opposite. A hedge on a quantity ("usually
# billions") hedges the number, not the claim.
_DENIES = rx.compile(
    r"\b(?:not|no(?!\s+longer)|never|none|nothing|cannot|can't|without|but|yet|however|although|though|whereas|while|"
    r"unlike|instead|rather\s+than|except\w*|exceptions?|depends?|unless|if|otherwise|a\s+little|"
    r"mislead\w*|struggl\w*|fail\w*|limit\w*|rarely|seldom|hard|partly|partial\w*|"
    r"(?:often|usually|sometimes|may|might)(?!\s+(?:\d|a\s+few|several|many|dozens|hundreds|thousands|millions|billions)\b))\b|n't\b",
    re.IGNORECASE,
)
_ONLY = rx.compile(r"\bonly\b", re.IGNORECASE)
_SERIES_OF_THINGS = rx.compile(r"[\w-]+,\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+(?:and|or)\s+[\w-]+", re.IGNORECASE)


def denies_universal(question: str, sentence: str) -> bool:
    """Does the course ``sentence`` give a reason to deny the question's universal claim?"""
    if _DENIES.search(sentence):
        return True
    return bool(_ONLY.search(question) and _SERIES_OF_THINGS.search(sentence))
# "A or only B?", "always or sometimes?": a choice between alternatives, not a claim to deny.
_ALTERNATIVE = rx.compile(r"\bor\b", re.IGNORECASE)


def verdict(question: str, best_sentence: str, best_similarity: float | None) -> str | None:
    """"No." when a yes/no question claims an absolute ("does it always...", "can it be stopped
    completely", "is X the same thing as Y") that the best course sentence does not make;
    otherwise None. Polarity beyond that (negations, paraphrases) was measured too unreliable
    with sentence similarity alone: "can chatbots make things up?" met "... does not
    hallucinate in the same way", so no other verdict is invented.

    Three kinds of question are not denied on a missing word alone (each said "No." to a claim
    the course makes): a choice between alternatives ("pictures too or only text?"); a degree
    ("is the test set completely hidden?", the course: "kept hidden until the end") unless the
    sentence limits or negates; a negative ("does RL never need a dataset?", the course: "does
    not need a traditional dataset") when the sentence negates too."""
    if best_similarity is not None and best_similarity < VERDICT_SIMILARITY:
        return None
    if not _ABSOLUTE.search(question) or _ABSOLUTE.search(best_sentence) or _ALTERNATIVE.search(question):
        return None
    # "at all" only stresses a doubt ("is it used in the real world at all?") or a negative
    # ("need no labels at all"): not an "all" to deny. With no other absolute the question
    # claims nothing the course could contradict (read as a negative, "used at all?" was
    # answered "No." above "VAEs are commonly used ...").
    claim = _AT_ALL.sub(" ", question)
    if not _ABSOLUTE.search(claim):
        return None
    universal = _ABSOLUTE.sub(lambda m: "" if _DEGREE.fullmatch(m.group(0)) or _NEGATIVE.fullmatch(m.group(0)) else m.group(0), claim)
    if _ABSOLUTE.search(universal):  # "always", "every", "only", "the same thing as"
        # Denied by a sentence close enough to be about the claim ("does a huge chatbot model always
        # beat a smaller one?" met "... many of them are no longer limited to text" at 0.40).
        close = best_similarity is None or best_similarity >= UNIVERSAL_VERDICT_SIMILARITY
        return "No." if close and denies_universal(universal, best_sentence) else None
    if _NEGATIVE.search(claim):
        return None if _LIMITS.search(best_sentence) else "No."
    return "No." if _LIMITS.search(best_sentence) else None


# A sentence that sets a limit on what the section claims ("The benefit is not guaranteed: ...",
# "None of these fixes removes hallucination completely", "The catch is that ..."): a yes/no
# answer that leaves it out says yes more firmly than the course does.
_CAVEAT = rx.compile(
    r"\b(?:not\s+guaranteed|no\s+guarantee|not\s+a\s+guarantee|the\s+catch\b|has\s+limits|however|though\b|"
    r"none\s+of\s+these|do(?:es)?\s+not\s+(?:prove|remove|mean|guarantee|replace)|can\s+still|"
    r"still\s+(?:needs?|has\s+to|have\s+to|must)|must\s+(?:always\s+|still\s+)?be\s+(?:checked|tested|reviewed|made)|"
    r"should\s+always\s+be|not\s+(?:always|necessarily)|no\s+single|(?:is|are)\s+only\s+candidates)",
    re.IGNORECASE,
)


def caveats(section: Section) -> list[int]:
    """Positions of the sentences of ``section`` that limit what it claims (see ``_CAVEAT``)."""
    return [i for i, sentence in enumerate(section.sentences) if _CAVEAT.search(sentence)]


_COMPARING_HEADING = rx.compile(r"\b(?:versus|vs|compared|comparing)\b", re.IGNORECASE)


def covers_both(section: Section, sides: Sequence[Sequence[Sequence[str]]], analyse) -> bool:
    """Is the section itself about every side: its heading names each one ("VAEs compared
    with GANs", "Classification versus regression"), or it is a comparing section (its heading
    says "versus", "compared"...) whose text names each side? Mere mentions in an ordinary
    section do not count: broad terms such as "machine learning" occur in most sections.
    Each side is given as its analysed names (as asked, and the course's other name for it:
    "vae" and "variational autoencoder"); any one of them names it."""
    heading = analyse(section.heading)
    if _names_every_side(set(heading), sides, 0.5):
        return True
    if len(sides) == 2 and _names_inside_other(heading, sides):
        return True
    if not _COMPARING_HEADING.search(section.heading):
        return False
    # In the text, every word of a side ("strengths of machine learning") must be there.
    return _names_every_side(set(analyse(f"{section.heading} {section.text}")), sides, 1.0)


def _names_inside_other(heading: Sequence[str], sides: Sequence[Sequence[Sequence[str]]]) -> bool:
    """Two sides where one is named inside the other ("generative AI" vs "AI", "deep learning"
    vs "learning"): the inner side has no words of its own, so a heading names both when it
    names the outer side whole and holds the inner side's words once more besides ("Generative
    AI is not the same thing as AI")."""
    for outer, inner in (sides, sides[::-1]):
        for big in outer:
            for small in inner:
                if not small or not set(small) < set(big):
                    continue
                if all(w in heading for w in big) and all(
                    heading.count(w) > big.count(w) for w in small
                ):
                    return True
    return False


def compares(section: Section) -> bool:
    """Does the section's heading say it compares ("versus", "compared with")?"""
    return bool(_COMPARING_HEADING.search(section.heading))


def names_all(section: Section, sides: Sequence[Sequence[Sequence[str]]], analyse) -> bool:
    """Does the section's text name every one of three or more sides (each by any of its
    analysed names, every word of it)? Two sides are named together all over the course
    ("machine learning" and "generative AI"); three rarely are unless compared there."""
    return _names_every_side(set(analyse(f"{section.heading} {section.text}")), sides, 1.0)


def _names_every_side(terms: set[str], sides: Sequence[Sequence[Sequence[str]]], share: float) -> bool:
    """Does ``terms`` name every side? With a partial ``share`` (headings) only a side's own
    words count: what the sides share ("benefits of generative AI" / "limitations of
    generative AI") names neither. A full share needs every word, shared ones too."""
    shared: set[str] = set()
    if share < 1.0 and len(sides) > 1:
        shared = set.intersection(*(set(w for name in names for w in name) for names in sides))

    def own(name: Sequence[str]) -> list[str]:
        words = [w for w in name if w not in shared]
        # "hyper-personalisation vs normal personalisation": a side that is only the plain kind
        # of what they share is named wherever that is named (the course says "ordinary").
        if words and all(w in _PLAIN for w in words):
            return list(name)
        # "ordinary machine learning", "normal ml": the course names the kind without the plain
        # qualifier ("predictive machine learning"), so the qualifier is not looked for.
        return [w for w in words if w not in _PLAIN] or words

    return all(any(_names(terms, own(name), share) for name in names) for names in sides)


# The plain kind of a thing ("normal personalisation", "regular ML"), analysed (stemmed) forms.
_PLAIN = frozenset("normal regular tradit ordinari usual standard convent classic plain basic simpl old".split())


def _names(terms: set[str], name: Sequence[str], share: float) -> bool:
    words = [w for w in name if w]
    return bool(words) and sum(w in terms for w in words) / len(words) >= share


SIDE_BONUS = 0.15  # a sentence that names its side's term: "Recall answers ..." for "precision vs recall"
SIDE_SUBJECT_BONUS = 0.25  # a sentence whose subject is one of the compared terms states that side (``_each_named_side``)
CONTRAST_BONUS = 0.25  # a sentence that sets both sides against each other states the difference itself
DISTINCTIVE_IDF = 1.0  # heading terms rarer than this name a side; "image", "AI", "data" occur everywhere
NAMED_IDF = 0.4  # the learner's own side words need less: "generative AI" is a side, "model" never is

# Words with which a sentence sets two things against each other ("different kinds of X" does not).
_CONTRAST = rx.compile(
    r"\b(?:while|whereas|unlike|differs?\s+from|different\s+from|difference|by\s+contrast|in\s+contrast|instead|rather\s+than|"
    r"on\s+the\s+other\s+hand|not\s+the\s+same|same\s+as|compared\s+(?:with|to)|versus|opposite|but)\b",
    re.IGNORECASE,
)


def side_terms(texts: Sequence[str], analyse, idf) -> set[str]:
    """The analysed terms that name a side: the learner's words for it (the first text) and the
    distinctive words of its section's heading (any further texts)."""
    return {
        t for n, text in enumerate(texts) for t in analyse(text)
        if idf(t) >= (NAMED_IDF if n == 0 else DISTINCTIVE_IDF)
    }


def side_bonus(
    sentences: Sequence[str], terms: Sequence[frozenset[str]], own: set[str], other: set[str]
) -> np.ndarray:
    """Per sentence of one side's section: a bonus when it names the side (so each side's
    definition is kept, not only the section's opening) and a larger one when it also names the
    other side, or contrasts with it ("A recommendation system picks existing songs, while a
    generative model ..."): that sentence states the difference the learner asked for."""
    other = other - own
    bonus = np.zeros(len(sentences), dtype=np.float32)
    for i, (sentence, words) in enumerate(zip(sentences, terms)):
        mine, theirs = bool(words & own), bool(words & other)
        if mine:
            bonus[i] += SIDE_BONUS
        if theirs and (mine or _CONTRAST.search(sentence)):
            bonus[i] += CONTRAST_BONUS
    return bonus


# The sentence that tells how one side works: its subject is the thing that does the work (a model,
# an algorithm, a network or one of its parts, an agent), and a verb follows ("A language model
# produces text one token at a time ...", "Instead, an unsupervised algorithm searches the data for
# patterns ...", "The algorithm does not name the groups ..."). In a side's own section every
# sentence is about the side, so the learner's words for it ("the one that drafts our blog posts",
# "clustering") pick the sentences that repeat them, a use or an example, over the one that says
# what the thing does, which is what a comparison asks of each side.
_DOER_SUBJECT = rx.compile(
    r"^(?!(?:Because|If|When|Although|Though|While|As|Since|Unless|Whether|What|How)\b)"  # a clause before the main one
    r"(?:(?:Instead|Then|So|Meanwhile|(?:In|During|At|After|Once|Given)\s+[\w ]{1,30}?)\s*,\s*)?"
    r"(?:(?:A|An|The|Each|Every|Such|Most|Many)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:models?|algorithms?|networks?|generators?|discriminators?|encoders?|decoders?|agents?|classifiers?)"
    r"(?:'s\s+[\w-]+)?\s+"
    r"(?:(?:usually|often|typically|then|also|only|instead|simply|never|cannot|can|does\s+not|do\s+not|is|are|has|have|must|will)\s+)*"
    r"(?!used\b|one\b|another\b)[a-z]+(?:s|ed)\b",
)
DOER_BONUS = 0.2  # a side's sentence on what its thing does (``_DOER_SUBJECT``): above a use or an example it outscored by less


def doer_bonus(sentences: Sequence[str], opening: bool = False) -> np.ndarray:
    """Per sentence of one side's section: ``DOER_BONUS`` when it tells what the side's thing
    does (``_DOER_SUBJECT``), the opening sentence only with ``opening`` (it is kept for its
    position already)."""
    return np.array(
        [DOER_BONUS if (i or opening) and _DOER_SUBJECT.match(s) else 0.0 for i, s in enumerate(sentences)],
        dtype=np.float32,
    )


# Words with which one sentence sets two things side by side ("A predictive model returns a
# judgement ..., while a generative model returns something that did not exist before"). Narrower
# than ``_CONTRAST``: a bare "but" or "instead" mostly limits one thing's claim.
_SETS_AGAINST = rx.compile(
    r"\b(?:while|whereas|unlike|differs?\s+from|different\s+from|differences?|by\s+contrast|in\s+contrast|rather\s+than|"
    r"on\s+the\s+other\s+hand|not\s+the\s+same|compared\s+(?:with|to)|versus|opposite)\b",
    re.IGNORECASE,
)


def sets_against(sentence: str) -> int | None:
    """Where ``sentence`` sets one thing against another (``_SETS_AGAINST``: "while", "whereas",
    "rather than" ...), else None."""
    match = _SETS_AGAINST.search(sentence)
    return match.start() if match else None


def contrast_bonus(sentences: Sequence[str]) -> np.ndarray:
    """Per sentence: ``CONTRAST_BONUS`` when it sets two things against each other
    (``_SETS_AGAINST``). For a comparison answered without sides of its own (no two sides read
    from "whats the difference in what ml and gen ai spit out"), such a sentence states the
    difference asked for; without it the general answer took the sentences closest to the
    question, which told one side ("Generative AI learns patterns ... to create new data") and
    left out the sentence that sets both outputs side by side."""
    return np.array([CONTRAST_BONUS if _SETS_AGAINST.search(s) else 0.0 for s in sentences], dtype=np.float32)


def verdict_sentence(
    sentences: Sequence[str],
    terms: Sequence[frozenset[str]],
    a: set[str],
    b: set[str],
    scores: Sequence[float] | None = None,
) -> int | None:
    """The position of the sentence of A's section that sets A against B in the course's words:
    it names B with a contrast ("... rather than generative AI"), A being its section's subject
    even when the sentence says "these systems". One that names both sides comes first, then the
    best scoring, else the first. It states the difference a comparison asks for and answers "is
    A the same as B?". None when no sentence does: no verdict is invented."""
    found = [
        i for i, (sentence, words) in enumerate(zip(sentences, terms))
        if words & (b - a) and _CONTRAST.search(sentence)
    ]
    if not found:
        return None
    return max(found, key=lambda i: (bool(terms[i] & a), scores[i] if scores is not None else -i))


# Openings that only make sense after the sentence before them in the lesson.
_LEANS_ON_PREVIOUS = rx.compile(
    r"^(?:This|That|These|Those|It|Its|They|Their|Them|Such|Both|Another|However|But|So|Also|"
    r"Instead|Otherwise|Then|Thus|Therefore|Here|He|She|"
    r"The (?:first|second|third|fourth|fifth|last|latter|former|other|same|next))\b"
)
# A sentence opening with a share of what the section listed before it ("All of these systems make
# a prediction about existing data ...", "Some of these tasks ... are pure prediction"): it speaks
# of the section's whole list, which the section's opening sentence names.
_SHARE_OF_LIST = rx.compile(
    r"^(?:(?:All|Each|Both|None|Most|Many|Some|Several|Neither|Either|One)\s+of\s+(?:these|those|them)|All\s+(?:these|those))\b"
)


def shares_a_list(sentence: str) -> bool:
    """Does the sentence open with a share of what came before it ("All of these systems ...")?"""
    return bool(_SHARE_OF_LIST.match(sentence))


def said_with_lead(section: Section, position: int, positions: Collection[int]) -> list[int]:
    """The sentences said first when the one at ``position`` leads an answer, in course order: a
    share of the section's list ("All of these systems ...") after the section's opening, which
    names the list; a sentence pointing back ("This ...") after the picked sentences it leans on;
    else the lead alone. Only sentences among ``positions`` (the part's) join it.

    Why: a verdict led alone ("is siri machine learning or generative ai" opened "All of these
    systems make a prediction about existing data ... machine learning rather than generative
    AI") said which family without saying which systems."""
    if position > 0 and shares_a_list(section.sentences[position]) and 0 in positions:
        return [0, position]
    run = [position]
    for p in leaning_chain(section, position, [])[1:]:
        if p not in positions:
            break
        run.append(p)
    return sorted(run)


def leans_on_previous(sentence: str) -> bool:
    """Does the sentence open with a word that points back ("This", "They", "The second")?"""
    return bool(_LEANS_ON_PREVIOUS.match(sentence))


def leaning_chain(section: Section, position: int, picked: list[int]) -> list[int]:
    """The sentence at ``position`` with the sentences before it that it leans on ("It ...",
    "This ..."), leaving out those already ``picked``."""
    chain = [position]
    while chain[-1] > 0 and leans_on_previous(section.sentences[chain[-1]]) and chain[-1] - 1 not in picked:
        chain.append(chain[-1] - 1)
    return [p for p in chain if p not in picked]


def pick_sentences(
    section: Section, scores: np.ndarray, budget: int, enough: Callable[[int, float], bool]
) -> list[int]:
    """The best-scoring sentences of ``section`` in order of score, each with the sentences it
    leans on, skipping any that would pass ``budget`` words, until ``enough(words so far, next
    score)`` says the answer is done (a general answer stops on its word count, a follow-up on
    the next sentence's distance from the best). Always at least one; in picking order."""
    picked: list[int] = []
    words = 0
    for position in np.argsort(-scores, kind="stable"):
        if picked and enough(words, float(scores[position])):
            break
        chain = leaning_chain(section, int(position), picked)
        length = sum(len(section.sentences[p].split()) for p in chain)
        if picked and words + length > budget:
            continue
        picked += chain
        words += length
    return picked
