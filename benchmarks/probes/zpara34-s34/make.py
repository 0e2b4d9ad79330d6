"""Probes for stop 34 (zpara34): paraphrases and lists from people at work, in their trade's words.

Classes (from the failures of blind sets zc and ze, written in other trades' styles): (1) a
course question declined as "not covered <word>" because a trade word ("gutters", "cold-start",
"pre-season") was taken for an untaught term; (2) an everyday description of a course idea that
falls below the scope bar (trying the worse option on purpose, regenerate giving a different
answer, a tool perfect on old data and poor on new, a small trial first, the sensitivity of a
detector); (3) "how do you decide where to set it" about a detector, taken for an errand;
(4) the reward-and-penalty kind of learning described, then "where is it used, list them".
Written from the course text before running the tutor; split with seed 34 into work/ and measure/.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

P = "paraphrase"
L = "list"
EXP = "reinforcement-learning#exploration-versus-exploitation"
VAR = "hallucination#why-generated-content-varies-in-quality"
OV = "training-and-overfitting#overfitting-and-underfitting"
PR = "evaluating-models#why-fraud-and-disease-detection-need-both-precision-and-recall"
PIL = "adoption-challenges#a-small-pilot-project-as-a-first-step"
RES = "adoption-challenges#resistance-to-change-from-employees"
SUB = "ml-vs-generative-ai#generative-ai-is-built-on-machine-learning"
RL = "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"

cases = [
    # (2) exploration vs exploitation, described
    probekit.case(P, "farmer. the irrigation robot now and then waters a field it knows is fine instead of the dry one, the rep says it does that on purpose to keep learning. why would a machine choose the worse option deliberately", sections=[EXP], facts=[["explor"], ["exploit"]]),
    probekit.case(P, "driving instructor here, the sat nav app sometimes sends me down a road it's never tried rather than the usual quick route, the app says it's still learning. why try the worse road on purpose?", sections=[EXP], facts=[["explor"], ["better path|new"]]),
    probekit.case(P, "gardener. my smart watering gizmo every so often picks an odd random schedule instead of the one that works best, deliberately apparently. whats the point of picking a worse option", sections=[EXP], facts=[["explor|random action"]]),
    probekit.case(P, "vet nurse. our booking bot sometimes offers a random slot nobody likes instead of the popular one and the supplier says thats it learning. why would a learning thing purposely choose worse", sections=[EXP], facts=[["explor"], ["exploit"]]),
    # (2) the same request regenerated gives a different answer
    probekit.case(P, "estate agent. asked the chatbot for a listing write-up, first one was great. pressed regenerate, same exact words, and it came back clunky and invented a garage the house hasnt got. why so inconsistent on the same ask", sections=[VAR], facts=[["two runs|different paths|samples each token"]]),
    probekit.case(P, "teacher. i put the same prompt into the ai twice for a worksheet intro and got one brilliant version and one muddled one with a wrong date. why does the same request give such different quality", sections=[VAR], facts=[["same prompt|same request"], ["samples each token|two runs"]]),
    probekit.case(P, "florist. had the bot write my shop's about-us page, hit retry with the identical request and the second go was waffly nonsense. how come its so hit and miss", sections=[VAR], facts=[["varies|two runs"]]),
    # (2)/(1) perfect on old data, poor on new, with trade words
    probekit.case(P, "plumber. the callout-predicting app was spot on when they tested it on last winters jobs, then this winter it's miles out, burst pipes everywhere and it never saw them coming. what's wrong with it", sections=[OV], facts=[["overfit"], ["new|unseen"]]),
    probekit.case(P, "groundsman. the pitch-wear model matched last season's data perfectly, on pre-season fixtures it's useless. whats the name for that", sections=[OV], facts=[["overfit"]]),
    probekit.case(P, "hvac engineer. the boiler-fault predictor scored brilliant on the data they built it from but on new installs its all over the place, missed two dead thermostats last week. why", sections=[OV], facts=[["training data"], ["new|unseen"]]),
    probekit.case(P, "lorry driver. fuel-burn model nailed every old route they fed it, on new routes it's rubbish, like 20 litres out on the m6. whats actually going on there", sections=[OV], facts=[["overfit"], ["new|unseen"]]),
    # (2)/(1) a small trial first
    probekit.case(P, "school business manager. the trust wants ai in every department from september. i'd rather test it in one office first as a trial run. does the course say starting small is wise?", sections=[PIL], facts=[["pilot"], ["low-risk|small"]]),
    probekit.case(P, "nhs ward manager. the trust wants to switch on ai rostering across all wards at once, i want a dry run on one ward first, like a test bed. is that a sensible way to start", sections=[PIL], facts=[["pilot"], ["evidence|measur"]]),
    probekit.case(P, "builder. boss wants the ai quoting tool on every job straight away, i say try it on a couple of kitchen refits first as a trial. what does the course say about starting with a small trial", sections=[PIL], facts=[["pilot"], ["small"]]),
    # (2)/(3) detector sensitivity
    probekit.case(P, "security guard. the camera system that spots intruders: turn it sensitive and it goes off at foxes all night, turn it down and it missed a real break-in. how do you decide where to set it", sections=[PR], facts=[["precision"], ["recall"]]),
    probekit.case(P, "dairy farmer. the sensor that flags sick cows: crank it up and half the herd gets flagged, ease off and we missed a cow with mastitis. is that just how these alarms work? how do you pick the setting", sections=[PR], facts=[["precision"], ["recall"], ["balance|trade-off|cost of each mistake"]]),
    probekit.case(P, "radiographer. our scan flagging tool set twitchy flags loads of healthy people, set relaxed it misses a few real ones. how do you decide the right level", sections=[PR], facts=[["recall"], ["balance|cost of each mistake"]]),
    probekit.case(P, "airport security. the bag scanner alarm: sensitive setting means endless false alarms, gentle setting and something nasty gets through. how are you meant to choose where it sits", sections=[PR], facts=[["precision"], ["recall"]]),
    # (5) staff reluctance
    probekit.case(P, "care home manager. we're bringing in an ai care-notes system and half the carers won't go near it, they reckon it'll take their shifts. is that normal and what helps", sections=[RES], facts=[["resistance|reluctance"], ["training|involving staff|explaining"]]),
    probekit.case(P, "warehouse team leader. new ai picking system and the lads refuse to use it, think it's the first step to sacking them. is that usual when firms bring this in", sections=[RES], facts=[["resistance|reluctance"], ["jobs|replace"]]),
    # (1)/(2) one inside the other
    probekit.case(P, "electrician. my apprentice says chatgpt type stuff and machine learning are two different trades altogether. i reckon one's part of the other. which of us is right", sections=[SUB], facts=[["specific application|broader field"]]),
    probekit.case(P, "librarian. a colleague says generative ai and machine learning are totally separate shelves of the library, i think one sits inside the other. who is right", sections=[SUB], facts=[["broader field|specific application"], ["not every machine learning model is generative|most machine learning systems are not generative"]]),
    # (4) lists of RL uses, by description
    probekit.case(L, "mechanic on lunch. that learning by carrot and stick one, rewards and punishments. where does it actually get used? all the places pls", sections=[RL], facts=[["game"], ["robot"], ["autonomous|self-driving"]]),
    probekit.case(L, "dog trainer here lol. the ai that learns like my dogs, treat when it gets it right, nothing when wrong. what fields use that? list every one", sections=[RL], facts=[["game"], ["robot"]]),
    probekit.case(L, "nurse. the kind of machine learning that gets points for good moves and loses them for bad ones. where is it used in the real world? give me the full list", sections=[RL], facts=[["game"], ["robot"], ["autonomous"]]),
    probekit.case(L, "postie. the learn-by-getting-rewarded style of ai, where's it used? name all the areas, i bet its not delivery rounds", sections=[RL], facts=[["game"], ["robot"], ["autonomous|self-driving"]]),
]

probekit.check_facts(cases)
rng = random.Random(34)
here = Path(__file__).resolve().parent
head = "# zpara34-s34 probes (see README.md): written from the course text before running the tutor.\n"
for kind in (P, L):
    mine = [c for c in cases if c["kind"] == kind]
    work, measure = probekit.halves(mine, rng)
    probekit.write_cases(here / "work" / f"{kind}.toml", head, work)
    probekit.write_cases(here / "measure" / f"{kind}.toml", head, measure)
    print(kind, len(work), len(measure))
