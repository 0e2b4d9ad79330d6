"""Machines named by the job they do: one recogniser for a learner's description of a model.

Learners rarely name a model by the course's terms. At work they name the product they use by
its job ("the tool that writes our product blurbs", "our no-show predictor", "the software
which sorts our invoices"); comparing, they name a whole family by what it does
("the kind of AI that predicts things vs the kind that makes stuff"). Both are the course's
subject (a model doing a task) whatever the words of the task are. The vocabulary of that idea
lives here once: the made things that lead such a clause, the jobs they do (split into the
predicting jobs and the making jobs, the course's two families), the agent nouns ("-predictor",
"-generator"), the products named by their job ("autocorrect") and the machines that sense and
act on their own ("driverless", "autopilot").

- ``names_machine_at_work(text)``: does the text name such a machine anywhere? (scope: a
  question naming one is about the course's subject; search: its section router decides.)
- ``family_described(side)``: is a comparison's side nothing but a family described by what it
  does, and which family? (comparison: the side is read by the course's name for the family.)
- ``SELF_ACTING``: the words of a self-acting machine (scope names it in a decline).

"The thing that annoys me about my boss" is no machine: only words for a made thing lead the
clause, and only a job a model does follows it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tutor.core import regex_cache as rx
from tutor.core.answering.shapes import FAMILY_NAMES

# What a model that predicts does, in a learner's verbs ("the kind of AI that guesses things").
_PREDICTING_JOBS = r"predicts?|forecasts?|classif(?:y|ies)|sorts?|guess(?:es)?|labels?|detects?|spots?"
# What a model that makes something new does.
_MAKING_JOBS = r"makes?|creates?|generates?|produces?|writes?|draws?"
# Any job a machine at work does: the two families' verbs and the jobs of a product at work.
_JOBS = (
    rf"{_PREDICTING_JOBS}|{_MAKING_JOBS}|drafts?|picks?|chooses?|flags?|decides?|scores?|ranks?|rates?|"
    r"recommends?|suggests?|recognises?|recognizes?|translates?|transcribes?|answers?|filters?|tags?|"
    r"estimates?|fix(?:es)?|corrects?|finish(?:es)?|completes?|summarises?|summarizes?|reads?|screens?|match(?:es)?"
)
# The same jobs as the first word's second half of a hyphenated name: "a deal-scoring model", "our
# churn-predicting tool", "a blurb-writing ai". The learner names the model by its job, object first.
_JOBS_DONE = (
    r"predicting|forecasting|classifying|sorting|guessing|labell?ing|detecting|spotting|making|creating|"
    r"generating|producing|writing|drawing|drafting|picking|choosing|flagging|deciding|scoring|ranking|rating|"
    r"recommending|suggesting|recogni[sz]ing|translating|transcribing|answering|filtering|tagging|estimating|"
    r"summari[sz]ing|screening|matching|checking|catching|reading"
)
_JOB_COMPOUND = rx.compile(
    rf"[a-z0-9]+(?:-[a-z0-9]+)*-(?:{_JOBS_DONE})|"
    # (stop 47) Or by what it predicts: "an injury-risk model", "a house-price model", "the
    # no-show-risk tool" (a hyphenated name ending in a quantity or an outcome a model estimates).
    r"[a-z0-9]+(?:-[a-z0-9]+)*-(?:risk|risks|price|prices|demand|churn|delay|delays|yield|yields|sales|cost|costs|"
    r"value|values|score|scores|rating|ratings|forecast|forecasts|footfall|turnout|attendance|occupancy|"
    r"no-show|no-shows|default|defaults|dropout|failure|failures|fault|faults)",
    re.IGNORECASE,
)
# A made thing that leads a clause saying its job ("the app that ...", "our software which ...").
_MADE_THINGS = (
    r"tools?|apps?|software|systems?|programs?|programmes?|assistants?|features?|engines?|platforms?|"
    r"services?|widgets?|plugins?|plug-ins?|add-ons?|bots?|sensors?|gizmos?|robots?"
)
# How often a machine does its job, said between the machine and its job verb: "my watering gizmo
# every so often picks an odd schedule", "the bot now and then suggests ...".
_HOW_OFTEN = r"every\s+so\s+often|now\s+and\s+(?:then|again)|sometimes|occasionally|often|always|randomly|usually"
# A machine named by an agent noun after its job: "the no-show predictor", "our ticket classifier".
_AGENT_NOUNS = (
    r"predictors?|generators?|detectors?|forecasters?|recogni[sz]ers?|screeners?|scorers?|classifiers?|"
    r"recommenders?|trackers?|checkers?|scanners?|sorters?|rankers?|"
    # (Stop 39: "house price guesser", "a damp spotter", "the claim flagger": a predicting job's agent noun.)
    r"guessers?|estimators?|spotters?|flaggers?"
)
AGENT_NOUN = rx.compile(rf"^(?:{_AGENT_NOUNS})$", re.IGNORECASE)  # one word: "predictor", "flaggers"
# A product whose own name is its job. Such a product may itself be a topic the course does not
# teach (a near miss), unlike a job named in the learner's own words.
_PRODUCTS = r"autocorrect|auto-correct|autocomplete|auto-complete|predictive\s+text|spellcheck(?:er)?"
_PRODUCT_NAME = rx.compile(r"auto-?correct|auto-?complete|predictive\s+text|spellcheck", re.IGNORECASE)
# A machine that senses and acts on its own, in the words the course uses for one ("self-driving",
# "drones", "automated") and their everyday kin ("driverless", "autopilot"): "how do self driving
# cars do lidar mapping" asks how such a machine works (a near miss to name), not about driving.
SELF_ACTING = r"self[\s-]?driving|driverless|autopilot|drones?|automated"

# A machine named by no name of its own, only as the doer of a task: "can a computer tell which
# ...", "would software pick out ...", "we want something to warn us when ...". At work a learner
# describes a task of the job and asks whether some machine could do it; the words for the machine
# are the vaguest ones ("something", "ai", "a program"), and what makes it the course's subject is
# the verb after it: one of the two families' jobs or of a model's tasks at work ("flag",
# "recommend", "translate", "summarise" ...), or a way a task at work is put ("tell which/when",
# "warn", "notice", "work out", "pick out", "type up"). An ability modal must lead ("can a computer
# ...") or the machine must be wanted for the task ("something to ..."): "the computer crashed" and
# "software licences" name no task. Not when the rest of the sentence is the learner's own ("me",
# "my", "i"): "can a computer tell me when my shift ends", "could software work out my overtime"
# are errands of the learner's own day, not a task of the job that a model does.
TASKS = (
    rf"{_PREDICTING_JOBS}|{_MAKING_JOBS}|drafts?|flags?|recommends?|suggests?|recogni[sz]es?|translates?|"
    r"transcribes?|answers?|filters?|summari[sz]es?|estimates?|screens?|tell\s+(?:if|when|whether|which|who|what|how)|"
    r"warn|notice|work\s+out|pick\s+out|type\s+(?:up|out)|keep\s+(?:an\s+eye|track)|figure\s+out"
)
_GENERIC_MACHINES = (
    r"(?:an?\s+|the\s+)?(?:ai|computers?|machines?|software|programs?|programmes?|bots?|technology|tech)|"
    r"some\s+(?:ai|software|program|programme|tech)|something"
)
_NOT_OWN = r"(?![^.?!]*\b(?:me|my|mine|myself|i)\b)"
_UNNAMED_DOER = (
    rf"\b(?:can|could|would|will|might)\s+(?:{_GENERIC_MACHINES})\s+(?:(?:ever|really|actually|also)\s+)?"
    rf"(?:help\s+(?:to\s+|us\s+)?)?(?:{TASKS})\b{_NOT_OWN}|"
    rf"\b(?:something|some\s+(?:ai|software|program|programme|tech)|an?\s+(?:ai|computer|program|programme|bot))"
    rf"\s+(?:to|that\s+(?:can|could|would|will))\s+(?:{TASKS})\b{_NOT_OWN}"
)

# Jobs of a business that a model decides for it, named as the gerund before the made thing ("the
# ordering bot", "our pricing model", "the rostering system"): the predicting and making jobs above
# and these planning ones.
_PLANNING_JOBS = r"ordering|pricing|scheduling|rostering|routing|quoting|stocking|dispatching|planning|valuing"
# A model named by the job or the thing it models, before the course's own word "model": "a pricing
# model", "the fuel-burn model", "our pitch-wear model" (a plain noun before it, "a role model", "a
# business model", is no such name).
_MODELLED = r"[a-z]+ing|[a-z]+-[a-z]+(?:-[a-z]+)?"

_MACHINE_AT_WORK = rx.compile(
    rf"\b(?:{_MADE_THINGS})\s+(?:that|which|we\s+use\s+to|used\s+to)\s+(?:\w+\s+){{0,2}}?(?:{_JOBS})\b|"
    rf"{_UNNAMED_DOER}|"
    rf"\b[\w-]+[\s-](?:{_AGENT_NOUNS})\b|"
    rf"\b(?:{_JOBS_DONE}|{_PLANNING_JOBS})\s+(?:{_MADE_THINGS}|models?)\b|"
    rf"\b(?:{_MADE_THINGS})\s+(?:{_HOW_OFTEN})\s+(?:{_JOBS})\b|"
    rf"\b(?:{_MODELLED})\s+models?\b|"
    # (stop 44) "a plant id app", "the face recognition feature": named by what it identifies;
    # "how does the app tell a rose from a peony", "how do these tools know": a machine told by
    # its act of telling things apart (efu44 work probe: refused as gardening).
    rf"\b(?:id|identification|recognition|identifier)\s+(?:{_MADE_THINGS})\b|"
    # (Only made things a learner holds: "the immune system knows which cells to fight" is a
    # living doer, another subject.)
    r"\b(?:apps?|tools?|software|programs?|programmes?|bots?|gizmos?|gadgets?|plugins?|widgets?)\s+"
    r"(?:tells?|knows?|identif(?:y|ies)|recogni[sz]es?|works?\s+out)\s+(?:which|what|whether|if|an?|the|one|apart)\b|"
    rf"\b(?:{_PRODUCTS})\b|"
    rf"\b(?:{SELF_ACTING})\b",
    re.IGNORECASE,
)

# A comparison's side that is a family described by what it does, nothing else: "the kind of AI
# that predicts things", "the ai that creates stuff", "a model that makes new things" (after a
# preposition that opens it: "... with the kind that makes stuff").
_FAMILY_DESCRIBED = rx.compile(
    r"(?:^\W*|\b(?P<lead>(?:with|of|for|about|from|in|by)\s+))(?:(?:a|an|the)\s+)?"
    r"(?:(?:kind|sort|type)s?\s+(?:of\s+(?:ai|model|tool|system)s?\s+)?|(?:ai|model|tool|system|one)s?\s+)"
    # ("a model that makes predictions": the making verb with a prediction as its object predicts.)
    # ("the kind that writes and draws stuff": two jobs of one family; stop 39.)
    rf"(?:that|which)\s+(?:(?P<predicts>(?:{_PREDICTING_JOBS})(?:\s+and\s+(?:{_PREDICTING_JOBS}))?|makes?(?=\s+(?:predictions|labels|guesses|forecasts)\W*$))|"
    rf"(?:{_MAKING_JOBS})(?:\s+and\s+(?:{_MAKING_JOBS}))?)\s+"
    r"(?:new\s+)?(?:things|stuff|content|predictions|labels)?\W*$",
    re.IGNORECASE,
)

# A side that is nothing but one family's job as a gerund: "predicting", "making", "creating".
_BARE_PREDICTING = frozenset("predicting forecasting guessing".split())
_BARE_JOB = rx.compile(r"^\W*(?P<job>predicting|forecasting|guessing|making|creating|generating)\W*$", re.IGNORECASE)

# The same, named by the family's job as a word before "kind", "sort" or "type": "the
# number-crunching kind of ai", "the content-making kind", "the forecasting sort", "the
# writing-and-drawing type". Which family is read from the job words in it (``_GERUND_FAMILY``).
_FAMILY_BY_JOB = rx.compile(
    r"(?:^\W*|\b(?P<lead>(?:with|of|for|about|from|in|by)\s+))(?:(?:a|an|the)\s+)?"
    # ("guessing ai vs making ai": the job before "ai" itself names the family as well.)
    # ("the number crunching prediction kind of ai", "the content making kind": the job's words
    # unhyphenated too, before "kind", "sort" or "type"; stop 39.)
    # ("predicting stuff vs making stuff": the job with nothing but "stuff" or "things" after it.)
    r"(?P<job>[a-z]+(?:-[a-z]+)*(?:\s+[a-z]+(?:-[a-z]+)*){0,2}(?=\s+(?:kind|sort|type)s?\b)|[a-z]+(?:-[a-z]+)*)\s+"
    r"(?:(?:kind|sort|type)s?(?:\s+of\s+(?:ai|models?|tools?|systems?|things?|stuff))?|ais?|stuff|things)\W*$",
    re.IGNORECASE,
)
_GERUND_FAMILY = {
    **dict.fromkeys(
        "predicting forecasting guessing classifying sorting scoring labelling labeling detecting spotting "
        "crunching analysing analyzing".split(), True),
    **dict.fromkeys("making creating generating producing writing drawing painting composing".split(), False),
}

PREDICTING_FAMILY = "machine learning"
MAKING_FAMILY = "generative AI"


class DescribedFamily(NamedTuple):
    """A side read as a family: where the description starts, the preposition that opens it
    ("with ", or ""), and the course's name of the family."""

    start: int
    lead: str
    family: str


def names_machine_at_work(text: str, products: bool = True) -> bool:
    """Does ``text`` name a machine by the job it does ("the tool that writes our blurbs", "the
    no-show predictor", "autocorrect", "driverless tractors")? With ``products`` False, a
    product's own name ("autocorrect", "predictive text") does not count: such a product is itself
    a topic the course may not teach (a near miss), while a job named in the learner's words is a
    model doing a task."""
    return any(products or not _PRODUCT_NAME.match(m.group(0)) for m in _MACHINE_AT_WORK.finditer(text))


# (stop 37) A watching device told by how well it flags what it watches for: "our motion alarms
# either go off for nothing or miss a real intruder", "the engine room alarm cries wolf", "the fox
# alarm camera claims 98% right". An alarm that raises false alarms and misses real cases is the
# course's own picture of a classifier judged by precision, recall and accuracy ("when the model
# raises an alarm, how often is the alarm right?"), told in a guard's or a farmer's words.
_WATCHER = r"(?:alarms?|detectors?|sensors?|cameras?|cams|cctv|scanners?|alerts?|monitors?|alarm\s+systems?)"
_FLAGGING_ERRORS = (
    r"(?:go(?:es)?\s+off\s+(?:for|at|over)\s+(?:nothing|no\s+reason|every\w*)|false\s+(?:alarms?|alerts?|positives?)|"
    r"cr(?:y|ies|ied|ying)\s+wolf|miss(?:es|ed|ing)?\s+(?:a\s+|the\s+|some\s+)?(?:real|actual|genuine)|"
    r"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:right|accurate|correct|accuracy|of\s+the\s+time))"
)
_WATCHER_JUDGED = (
    rx.compile(rf"\b{_WATCHER}\b.{{0,120}}?\b{_FLAGGING_ERRORS}", re.IGNORECASE | re.DOTALL),
    rx.compile(rf"\b{_FLAGGING_ERRORS}.{{0,60}}?\b{_WATCHER}\b", re.IGNORECASE | re.DOTALL),
)


def watcher_judged(text: str) -> bool:
    """Does ``text`` tell of an alarm, detector or camera by its false alarms, its misses or its
    share right (``_WATCHER_JUDGED``)? Such a question is about judging a classifier, however
    everyday its words: the search lets the router's choice answer it (``search.py``)."""
    return any(p.search(text) for p in _WATCHER_JUDGED)


_PRODUCT_IN_TEXT = rx.compile(rf"\b(?:{_PRODUCTS}|spell-check(?:er)?)\b", re.IGNORECASE)


def product_named(question: str) -> str | None:
    """The text-fixing product a question names by its own name ("autocorrect", "predictive
    text", "spellchecker"), as written, or None.

    Why: such a product names the subject (``names_machine_at_work``), so a declined question
    about it is a near miss; but in a question with many misspellings ("howdose autocorrect gess
    the wordi ment") no one foreign word stood out, and the decline named nothing."""
    match = _PRODUCT_IN_TEXT.search(question)
    return match.group(0).lower() if match else None


def family_described(side: str) -> DescribedFamily | None:
    """The family a comparison's side describes by what it does and nothing else ("the kind of
    AI that predicts things" -> machine learning, "with a model that makes new things" ->
    generative AI), or None when the side names anything of its own ("the tool that writes our
    blurbs" is a machine at work, not a family)."""
    match = _FAMILY_DESCRIBED.search(side)
    if match is not None:
        family = PREDICTING_FAMILY if match.group("predicts") else MAKING_FAMILY
        return DescribedFamily(match.start(), match.group("lead") or "", family)
    # "what separates predicting from making": a side that is the bare job of one family (stop 40;
    # searched with the learner's story, "predicting" went to the spam filter's worked example).
    bare = _BARE_JOB.match(side)
    if bare is not None:
        family = PREDICTING_FAMILY if bare.group("job").lower() in _BARE_PREDICTING else MAKING_FAMILY
        return DescribedFamily(bare.start("job"), "", family)
    # "the number-crunching kind of ai", "the content-making sort": the job said before the
    # kind, one family's jobs only ("the writing-and-drawing kind"; not "a sorting-and-writing" one).
    match = _FAMILY_BY_JOB.search(side)
    if match is None:
        return None
    kinds = {_GERUND_FAMILY[w] for w in re.split(r"[-\s]+", match.group("job").lower()) if w in _GERUND_FAMILY}
    if len(kinds) != 1:
        return None
    return DescribedFamily(match.start(), match.group("lead") or "", PREDICTING_FAMILY if kinds.pop() else MAKING_FAMILY)


# A machine a comparison's side names by the job of one family: what leads it ("the thing that",
# "an app that", "one of those ... generators") and the family its job or agent noun tells.
_MACHINE_LEAD = rx.compile(
    rf"\b(?:{_MADE_THINGS}|{_PRODUCTS}|things?|gadgets?|ais?|models?|ones?|machines?)\s+(?:that|which|to)\s+|"
    # (Stop 41: "the streaming service suggesting which film to watch": the job as a participle.)
    rf"\b(?:{_MADE_THINGS}|ais?|models?)\s+(?=[a-z]{{3,}}ing\s)|"
    # (Stop 48: the job verb straight after the machine, "our portal software guesses what a flat
    # should rent for", "the crm flags which viewings will turn into offers".)
    rf"\b(?:{_MADE_THINGS}|ais?|models?|crm|cameras?|scanners?|sorters?)\s+(?:[\w'-]+\s+){{0,3}}?"
    r"(?=(?:predicts|forecasts|guesses|classifies|sorts|detects|spots|flags|estimates|labels|tags|rates|scores|ranks|decides|"
    r"recommends|suggests|recogni[sz]es|makes|creates|generates|writes|drafts|draws|paints|designs|invents|composes)\b)|"
    # (Stop 48: a thing whose only job told is a predicting one, "the till predicts how many loaves
    # we'll sell": a till, a dashboard or a gadget judging is a machine; not a person doing it.)
    r"^\W*(?:the|our|my|its|their)\s+(?!(?:manager|boss|team|staff|mum|mom|dad|wife|husband|son|daughter|colleague|friend|"
    r"partner|owner|chef|accountant|teacher|doctor|nurse|brother|sister|nephew|niece|uncle|aunt|gran|grandad|grandma|"
    r"grandpa|coach|analyst|receptionist|mate|mates|assistant|supervisor|director)s?\b)[\w'-]+\s+"
    r"(?=(?:predicts|forecasts|guesses|estimates|classifies|flags|spots|detects|scores|ranks|recommends|suggests)\b)|"
    rf"\b(?:{_AGENT_NOUNS})\b|\bchat\s*bots?\b|\bchat\s+generators?\b|"
    # (Stop 37: "the announcement writer", set against a predictor: a making job's agent noun. Only
    # here, where a side is a machine; elsewhere "a freelance writer" is a person.)
    r"\b(?:writers?|drafters?)\b|"
    # (ChatGPT and "an llm", the glossary's names of a large language model, are such machines.)
    r"\bchat\s*gpt\b|\bllms?\b|"
    # (Stop 47: assistants learners name by product, "copilot writing code vs a model that
    # predicts which machine part will fail": the job said after the name tells the family.)
    r"\b(?:copilot|gemini|claude|bard|siri|alexa)\b|"
    # ("those huge picture and chat making ais": the machine named last, its job before it.)
    r"\b(?:ais?|models?|tools?|apps?|bots?|systems?)\W*$",
    re.IGNORECASE,
)
_PREDICTING_MACHINE = rx.compile(
    r"\b(?:predicts?|forecasts?|guess(?:es)?|classif(?:y|ies)|sorts?|detects?|spots?|flags?|estimates?|decides?\s+(?:if|whether|which)|"
    # (Stop 38: the other jobs of a predictive model at work, "a tool that labels bug reports as
    # urgent", "our choir app suggests hymns": a judgement about things that exist.)
    r"labels|tags|rates|scores|ranks|recommends?|suggests?|"
    # (Stop 41: the jobs as participles, "the service suggesting which film to watch next". Not a
    # bare "picks": "an app that picks my next exercise vs one that writes new practice questions"
    # was then searched as the two families, and lost the education section that answers it.)
    r"suggesting|recommending|predicting|forecasting|"
    r"guessing|classifying|sorting|spotting|flagging|detecting|estimating|ranking|"
    r"recogni[sz]es?|tells?\s+(?:me|us|you|whether|if|which|how|what|when)|"
    # (Stop 41: "a tool that tells each reader which book they'd enjoy": the one it tells between.)
    r"tells?\s+(?:each|every|the|a|an|our|my|its|their)\s+[\w'-]+\s+(?:whether|if|which|how|what|when)\b|says?\s+(?:[\w'-]+\s+){1,2}or\s+[\w'-]+|"
    r"predictors?|forecasters?|classifiers?|detectors?|recogni[sz]ers?|guessers?|estimators?|spotters?|flaggers?)\b",
    re.IGNORECASE,
)
_MAKING_MACHINE = rx.compile(
    r"\b(?:(?:makes?|making|dreams?|dreaming)\s+up|makes?\s+(?:(?:brand\s+)?new|fresh|fake)|creates?|generates?|"
    r"writes?|drafts?|draws?|paints?|designs?|invents?|composes?|generators?|writers?|drafters?|chat\s*bots?|chat\s*gpt|llms?|talks?\s+back|"
    r"creating|generating|composing|inventing|"
    r"(?:making|writing|drawing|generating)\s+(?:ais?|models?|tools?|apps?|bots?|systems?))\b",
    re.IGNORECASE,
)


def machine_family(side: str) -> str | None:
    """The family of a machine a comparison's side names by its job, whatever the job is done
    to ("the thing that predicts our 8am rush" -> machine learning, "an app that makes up brand
    new taco pics" or "those big image / chat generators" -> generative AI); None when the side
    names no machine, or its words tell both families or neither.

    Why: set against each other, two such machines are the course's two families compared on
    what is asked of both ("which is more of a power hog"), though neither side's words are the
    course's, so neither side searched alone reached the scope bar and the question was declined
    (``Comparing.sides_in_scope``). Unlike ``family_described``, the side may name what the
    machine works on: that only sets the scene."""
    if not _MACHINE_LEAD.search(side):
        return None
    predicts, makes = bool(_PREDICTING_MACHINE.search(side)), bool(_MAKING_MACHINE.search(side))
    if predicts == makes:
        return None
    return PREDICTING_FAMILY if predicts else MAKING_FAMILY


# A thing told by what it does, in a relative clause ("the dashcam that spots sleepy drivers", "a
# rota tool which learns our busy nights"): a machine, when no made-thing noun says so.
_THING_THAT_DOES = rx.compile(r"^\W*(?:(?:the|a|an|our|my|this|that|their|your)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:that|which)\s+[a-z]+s\b", re.IGNORECASE)


def names_a_machine(side: str) -> bool:
    """Does a comparison's side name a machine (an app, a model, a tool, a product, or a thing
    told by what it does), not a notion such as "overfitting" or "bias"?

    Why: the family a machine belongs to may be read from where the course places it
    (``SearchIndex.router_family``) only for a machine: a notion also lies in one family's lessons
    ("overfitting" in machine learning's), but "overfitting vs hallucination" asks about two
    problems, not about two machines of the two families."""
    return bool(_MACHINE_LEAD.search(side) or _THING_THAT_DOES.match(side))


def names_a_job(word: str) -> bool:
    """Is ``word`` a hyphenated name of a job, its object then the job's verb ("deal-scoring",
    "churn-predicting", "blurb-writing")?

    Why: before "model", "tool" or "ai" such a word says what the model does, in the learner's
    words, as "the tool that scores deals" does; it names no method. Read as a method's name, "is a
    deal-scoring model as heavy on computers as a big generative one" was declined as an untaught
    term, when it asks about the course's own comparison of the two families. A method's hyphenated
    name ends otherwise ("physics-informed", "gradient-boosted", "self-supervised")."""
    return bool(_JOB_COMPOUND.fullmatch(word))



# (stop 44) A machine named by its job, asked to be placed in a family: "is the delay predictor in
# our ops app generative AI?", "does the menu writer count as machine learning?", "our ops app has
# a delay predictor, is that gen ai?", "is the thing that spots faulty welds ml or gen ai".
_PLACED = rx.compile(
    r"(?:^|[.?!:;,]\s*|\b(?:so|but|and)\s+)\W*(?P<verb>is|are|was|were|would|does|do|could|isn'?t|aren'?t|doesn'?t)\s+"
    r"(?P<thing>[^.?!;:,]+?)\s+"
    r"(?:(?:really|actually|technically|even|still|considered|called|just|be|count(?:s|ed)?\s+as|"
    r"class(?:ed|ified)\s+as|(?:an?\s+)?(?:example|kind|type|form|bit|part|case)\s+of)\s+)*"
    rf"(?:an?\s+)?(?:classic\s+|plain\s+|normal\s+|regular\s+)?{FAMILY_NAMES}\b",
    re.IGNORECASE,
)
# A chatbot or a language model asked about ("is chatgpt ml or gen ai", "so is an llm a type of
# machine learning"): the course answers where it says generative AI is built on machine learning,
# which the question finds; the families' test of outputs alone left that out (read per case: -5).
_TALKING_MACHINE = rx.compile(
    r"\b(?:chat\s*gpt|gpt(?:-?\d)?|llms?|large\s+language\s+models?|language\s+models?|chat\s*bots?|gemini|claude|"
    r"copilot|bard|siri|alexa|dall-?e|midjourney|stable\s+diffusion)\b",
    re.IGNORECASE,
)
_POINTER_THING = rx.compile(r"^(?:it|that|this|that\s+one|this\s+one|they|those|these)$", re.IGNORECASE)


def placed_machine(question: str) -> str | None:
    """The machine a question asks to place in machine learning or generative AI, named by its
    job (``machine_family`` reads a family from it); None otherwise. A pointer ("is that gen
    ai?") stands for the machine the sentence before it names.

    Why: read as an ordinary question, the machine's setting (an ops app, an incident report, a
    rota) drew whatever section shared its words: "is the delay predictor in our ops app
    generative AI?" was answered with what generative AI does well, "is the tool that drafts our
    incident reports machine learning?" with predictive analytics (fresh follow-up probes
    efu44-s44). The course's own test of the two families and the machine's section answer
    (``Comparing._compose_family_sort``)."""
    match = _PLACED.search(question)
    if match is None:
        return None
    thing = match.group("thing").strip()
    if _POINTER_THING.match(thing):
        before = re.split(r"[.?!;,]\s*", question[: match.start("verb")].strip(" ,.;"))
        thing = next((part.strip() for part in reversed(before) if part.strip()), "")
    if not thing or re.fullmatch(FAMILY_NAMES, thing, re.IGNORECASE) or _TALKING_MACHINE.search(thing):
        return None
    return thing if machine_family(thing) is not None else None
