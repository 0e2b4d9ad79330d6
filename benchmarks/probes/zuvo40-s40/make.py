"""Probes for stop 40 (zuvo40): the classes behind the ZU/ZV blind-set failures that are no
comparison and no near miss. Jobs not used by those sets (bakery, council, warehouse, school,
building, hotel, ...). Written from the course text before running the tutor, each class split at
random with seed 4040 into work/ and measure/.

Classes:
- ``resist``: staff who will not use a new AI tool, told as a workplace story with idioms
  ("dig their heels in", "won't touch it", "still do it the old way"): the resistance-to-change
  section, not the section the tool's own job belongs to.
- ``explore_story``: exploration versus exploitation told with an everyday story (a cat trying
  a new food, a menu, a fishing spot) around a learner that learns by reward: the exploration
  section, with its epsilon-greedy compromise.
- ``vendor_fit``: a model that did brilliantly on the data it was built with and poorly on
  ours (the shop's, the clinic's): overfitting, answered, not refused or declined.
- ``other_field``: a subject question of another field (anatomy, pharmacology, law, chemistry,
  accounting) whose terms look like untaught jargon: refused as out of job.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

ADO = "adoption-challenges/resistance-to-change-from-employees"
EXP = "reinforcement-learning/exploration-versus-exploitation"
OVF = "training-and-overfitting/overfitting-and-underfitting"


def para(q: str, section: str, facts: list[list[str]]) -> dict:
    return probekit.case("paraphrase", q, sections=[section], facts=facts)


RESIST_FACTS = [["technical|complex"], ["jobs|replace"]]
resist = [
    para("bakery owner. we bought an ai ordering system and the bakers just won't touch it, still scribbling orders on paper. why do people dig their heels in and how do i win them round", ADO, RESIST_FACTS),
    para("council team leader. the new ai chatbot for enquiries is sitting there unused, my officers keep answering emails by hand. why are they so stubborn about it?", ADO, RESIST_FACTS),
    para("warehouse supervisor here, we got an ai stock forecaster and the pickers ignore it and do things the old way. whats behind that and what helps", ADO, RESIST_FACTS),
    para("head of a primary school. we paid for an ai marking helper and most teachers refuse to go near it. why do staff dig in like that?", ADO, RESIST_FACTS),
    para("site manager in building. gave the lads an ai tool for writing up snag lists and they carry on with their notebooks. why the reluctance, and how do i get them using it", ADO, RESIST_FACTS),
    para("hotel ops manager. the front desk have an ai translation app now but nobody actually uses it, they just wing it. why do teams resist new tools like this", ADO, RESIST_FACTS),
    para("solicitor's office manager. we brought in an ai that drafts letters and the secretaries are dead against it. why would staff push back so hard", ADO, RESIST_FACTS),
    para("care home manager. the carers have an ai app for care notes but keep using the paper folders. why won't they switch and what should i do", ADO, RESIST_FACTS),
    para("bus depot manager. new ai rota planner, and the schedulers are quietly sticking with their spreadsheets. why do people hang on to the old way", ADO, RESIST_FACTS),
    para("library manager. we added an ai catalogue search and the staff just avoid it. why are teams so reluctant about ai and what actually helps", ADO, RESIST_FACTS),
]

EXP_FACTS = [["explor"], ["exploit"], ["epsilon|random action"]]
explore_story = [
    para("my cat always goes for the same food bowl but sometimes sniffs the new brand. does an ai that learns from rewards have to choose like that, new thing or the one that worked?", EXP, EXP_FACTS),
    para("chef here. regulars order the dish they know is good, or risk the special. how does a reward-learning ai decide between the safe choice and trying something new", EXP, EXP_FACTS),
    para("angler. i go back to the spot that always gives fish, or try a new stretch of river. how does a computer that learns by trial and error balance that", EXP, EXP_FACTS),
    para("shop owner. my till app keeps suggesting the best seller or sometimes a random new line. if an ai learns by reward, how does it pick between the known winner and something untried", EXP, EXP_FACTS),
    para("my kid in a sweet shop always picks the same chocolate. an agent learning by rewards, does it stick with what worked or try other things, how does it decide", EXP, EXP_FACTS),
    para("taxi driver. i take the route i know or gamble on a back road that might be quicker. is that the same problem a reinforcement learning agent has, and how does it settle it", EXP, EXP_FACTS),
    para("horse trainer. a horse that learns with carrots keeps doing the one move that earned one. how does an ai learning by reward avoid just repeating the first thing that paid off", EXP, EXP_FACTS),
    para("gardener. plant what always grows well or try a new variety? does a machine that learns from reward face that trade off, and how is it handled", EXP, EXP_FACTS),
    para("radio dj. do i play the hit everyone loves or a new track nobody knows? heard the reward learning ai has the same dilemma, what's it called and how does it cope", EXP, EXP_FACTS),
    para("parent of a toddler. she keeps pressing the button that made the toy sing. how does a reward-driven ai decide when to keep pressing the good button and when to try the others", EXP, EXP_FACTS),
]

OVF_FACTS = [["overfit"], ["new|unseen"]]
vendor_fit = [
    para("shop owner. a supplier demoed a stock predictor that was spot on with their own sales figures but useless on ours. what's going on?", OVF, OVF_FACTS),
    para("gp practice manager. the vendor's triage model scored amazingly on the patients they trained it on, then flopped with ours. why would that happen", OVF, OVF_FACTS),
    para("farm manager. a company's crop disease spotter was brilliant on their photos and rubbish on our fields. why, and is there an opposite problem?", OVF, [*OVF_FACTS, ["underfit"]]),
    para("estate agent. the pricing tool nailed the houses it was built on but got our listings badly wrong. what's the name for that", OVF, OVF_FACTS),
    para("school bursar. the supplier's attendance predictor was near perfect on their test schools but terrible on ours. why does that happen?", OVF, OVF_FACTS),
    para("garage owner. a rep's fault-finding ai aced the cars they developed it on but was hopeless on our customers' cars. what went wrong there", OVF, OVF_FACTS),
    para("insurance broker. a claims model looked great on the data the vendor built it from, then fell apart on our claims. whats the problem called", OVF, OVF_FACTS),
    para("hotel manager. the booking forecaster was excellent on the chain's own figures but way off on our hotel. why would it work on theirs and not ours", OVF, OVF_FACTS),
]

other_field = [
    "nursing student revising pharmacology. what is the mechanism of action and half-life of warfarin",
    "law student. what are the elements of negligence and the test for duty of care",
    "chemistry a level. whats the mechanism of electrophilic addition to ethene",
    "accountancy trainee. how do i calculate deferred tax on a revaluation surplus",
    "vet student revising anatomy. what are the origin and insertion of the biceps femoris in the dog",
    "dental student. what's the nerve supply and blood supply of the lower first molar",
    "physics revision. how do i derive the equation for simple harmonic motion of a pendulum",
    "biology student. explain the stages of meiosis and where crossing over happens",
    "optometry student revising. whats the innervation of the extraocular muscles",
    "pharmacy student. what are the contraindications and interactions of clarithromycin",
]

probekit.check_facts(resist + explore_story + vendor_fit)
rng = random.Random(4040)
here = Path(__file__).resolve().parent
head = "# zuvo40-s40 probes: written from the course text before running the tutor, split at random (seed 4040).\n\n"
parts = {
    "paraphrase": probekit.split_by_class([("resist", resist), ("explore_story", explore_story), ("vendor_fit", vendor_fit)], rng),
    "out_of_job": probekit.split_by_class([("other_field", [probekit.case("out_of_job", q) for q in other_field])], rng),
}
for name, halves in parts.items():
    for half, items in halves.items():
        probekit.write_cases(here / half / f"{name}.toml", head, items)
        print(name, half, len(items))

# Round 2 (measure2 only): while fixing, ``symptoms.told_terms`` was run on every round-1
# paraphrase, measure half included (the matcher's output, not the tutor's answers), so round 1's
# measure half is not clean for the three paraphrase classes. These were written after that and
# before any answer to them was read; they are only measured.
resist2 = [
    para("dentist. we bought an ai that writes up treatment notes and the hygienists still write everything by hand. why would staff resist it like that", ADO, RESIST_FACTS),
    para("fire station watch manager. the new ai incident logger sits there unused, the crews stick to the paper forms. why are people so reluctant", ADO, RESIST_FACTS),
    para("call centre team leader. we introduced an ai helper for agents and most of them refuse to use it. what's going on and what can i do", ADO, RESIST_FACTS),
    para("museum curator. we got an ai cataloguing tool and the archivists are dead against it. why would they push back", ADO, RESIST_FACTS),
    para("retail area manager. head office rolled out an ai rota app and the store managers carry on with their spreadsheets. why the resistance", ADO, RESIST_FACTS),
    para("accounts manager. we paid for an ai invoice reader but the clerks barely touch it and key everything in themselves. why do teams dig in over this", ADO, RESIST_FACTS),
]
explore2 = [
    para("beekeeper. my bees keep going to the same field that gave nectar, but some scouts try new flowers. does an ai that learns by reward work the same way, and how does it choose", EXP, EXP_FACTS),
    para("pub landlord. do i keep the ale everyone loves on tap or try a new guest beer? apparently reward-learning ai has that dilemma too, what's it called", EXP, EXP_FACTS),
    para("sheepdog handler. the dog gets a treat for one move and keeps repeating it. how does a machine that learns from rewards decide when to try other moves", EXP, EXP_FACTS),
    para("market trader. i pitch at the spot that always sells or gamble on a new market. how does an ai learning by trial and error handle that choice", EXP, EXP_FACTS),
    para("parrot owner. he always says the word that gets him a nut but sometimes tries a new one. is that like an ai learning from rewards, how does the ai balance it", EXP, EXP_FACTS),
]
vendor2 = [
    para("physio clinic owner. the rehab app's posture checker was perfect on the vendor's videos and useless with our patients. why", OVF, OVF_FACTS),
    para("wine merchant. the demand forecaster did brilliantly on the supplier's shops but was way off for ours. what causes that", OVF, OVF_FACTS),
    para("printing firm. the defect spotter aced the vendor's sample sheets but keeps getting our prints wrong. what's happening", OVF, OVF_FACTS),
    para("recruiter. the cv screener looked great on the developer's test cvs then fell apart with our applicants. what's the name for that", OVF, OVF_FACTS),
]
probekit.check_facts(resist2 + explore2 + vendor2)
round2 = [*resist2, *explore2, *vendor2]
for name, items in (("resist", resist2), ("explore_story", explore2), ("vendor_fit", vendor2)):
    for c in items:
        c["class"] = name
probekit.write_cases(here / "measure2" / "paraphrase.toml", head, round2)
print("paraphrase measure2", len(round2))
