"""Probes for stop 38 (zop38): the classes behind the ZO/ZP blind-set failures that the other
stop-38 helpers do not cover. Trades not used by those sets (florists, dentists, bus drivers,
surveyors, librarians, ...). Written from the course text before running the tutor, each class
split at random with seed 3838 into work/ and measure/.

Classes:
- ``ooj_other``: a request about another subject, flagged by the learner as "not about ai" /
  "off topic" / "unrelated", must be refused (not answered from a course section, not declined as
  an untaught ML topic).
- ``ml_task``: an untaught optimisation or ML task named as a problem ("the travelling salesman
  problem") must be declined as not covered, not refused as outside the tutor's job.
- ``near_story``: an untaught ML term inside a story that names other phrases first ("a
  consultant says ...", "my nephew reckons ..."): the decline must name the term.
- ``list_object``: a list question about a course thing that names the learner's own object ("our
  pothole spotter", "the tyre-wear model") must be answered, whole.
- ``list_everyday``: list questions that ask for every way/thing in everyday words.
- ``fu_custom``: follow-ups asking whether the learner could build a no-code chatbot, or about
  labels after a language-model answer.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

SPOT = "hallucination/how-to-spot-and-reduce-hallucination"
REL = "evaluating-models/what-makes-machine-learning-results-reliable"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
USE = "unsupervised-learning/what-unsupervised-learning-is-used-for"
TXT = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
CUSTOM = "future-trends/custom-mini-chatbots-built-without-code"
NEXT = "language-models/next-token-prediction-step-by-step"


def lst(q: str, section: str, facts: list[list[str]]) -> dict:
    return probekit.case("list", q, sections=[section], facts=facts)


def fu(turns: list[str], section: str, facts: list[list[str]]) -> dict:
    return probekit.case("followup", None, turns=turns, sections=[section], facts=facts)


ooj_other = [
    "florist here, nothing to do with ai: how long do tulips last in a vase and should i trim the stems",
    "not an ai question sorry, but what's the difference between affect and effect",
    "off topic: how do you calculate compound interest on a 5 year savings bond at 4 percent",
    "bus driver, unrelated to machine learning, what is the highest gear ratio on a double decker gearbox",
    "dentist, not about ai at all: what's the latin root of the word 'molar'",
    "librarian, bit off topic, how does the dewey decimal system number poetry books",
    "quick non-ai one: what is the formula for the area of a circle",
    "this isn't about ai but how many staff do i need on a shift if each one handles 12 customers an hour and we get 150 an hour",
    "surveyor, unrelated question, how do i work out the pitch of a roof from its rise and span",
    "nothing to do with the course but who wrote the book of ruth in the bible",
    "slightly off-topic: what is the greek origin of the word 'liturgy'",
    "off subject: how do i calculate the average handling time for my call team from a spreadsheet of call lengths",
]

ml_task = [
    ("taxi dispatcher. how does ai solve the travelling salesman problem for a driver with 30 pickups", "travelling salesman problem"),
    ("warehouse manager. how is the bin packing problem solved by machine learning, fitting boxes into lorries", "bin packing"),
    ("factory planner. how does ai crack job shop scheduling for 40 machines", "job shop scheduling"),
    ("nurse rota lead. how does ai do the nurse rostering problem with 60 staff", "nurse rostering"),
    ("airline planner. how does ai handle the crew pairing problem for our flights", "crew pairing"),
    ("grocery chain. how does a computer solve the knapsack problem when picking which stock to load", "knapsack problem"),
    ("bus company scheduler. how does ai do timetable optimisation across 50 routes", "timetable optimisation"),
    ("delivery firm. how does ai solve the capacitated vehicle routing problem with time windows", "vehicle routing"),
]

near_story = [
    ("i'm a dentist digitising old patient cards. a friend at the hospital says optical character recognition could read the handwriting for us. how does that work?", "optical character recognition"),
    ("florist. my accountant reckons named entity recognition could pull supplier names out of our invoices. how does it work", "named entity recognition"),
    ("librarian. the council's it person keeps saying topic modelling would sort our archive by subject. how does that work?", "topic modelling"),
    ("bus driver. my nephew at uni says speaker diarisation could tell who was talking on the cab radio recordings. what is that", "speaker diarisation"),
    ("surveyor here. a chap from the software company said semantic segmentation could outline every roof in our aerial photos. how does it learn that?", "semantic segmentation"),
    ("dental nurse. our practice manager heard that a knowledge graph could link patients' treatments. how is one built?", "knowledge graph"),
    ("florist. a lady at the trade fair says demand forecasting with lstm networks could tell me how many roses to order. how do those work", "lstm"),
    ("archivist. our volunteer coordinator says document layout analysis could find the columns in old newspapers. how does that work", "layout analysis"),
]

list_object = [
    lst("our clinic's tooth-decay spotter gets scored with a 2 by 2 grid by the vendor. what are the four squares in it called", PR, [["true positives"], ["false positives"], ["false negatives"], ["true negatives"]]),
    lst("the council's pothole detector is judged on one of those confusion tables. name the four cells for me", PR, [["true positives"], ["false positives"], ["false negatives"], ["true negatives"]]),
    lst("our bus-lane camera that spots illegal drivers, the supplier shows a confusion matrix. what are its four boxes", PR, [["true positives"], ["false positives"], ["false negatives"], ["true negatives"]]),
    lst("for my library's overdue-book predictor, what are the four cells of the confusion matrix, all of them", PR, [["true positives"], ["false positives"], ["false negatives"], ["true negatives"]]),
    lst("florist's shop, we have years of untagged sales records. what are all the things learning without labels is used for", USE, [["exploration"], ["anomaly"], ["segment"]]),
    lst("the library has a heap of unlabelled loan records. list every use of unsupervised learning the course gives", USE, [["exploration"], ["anomaly"], ["segment"]]),
    lst("dentist thinking about a chatbot for reception. what uses of text generation does the course list? all of them", TXT, [["content generation"], ["dialogue"], ["creative writing"]]),
    lst("what are the uses of text generation in the generative ai applications lesson, every one please", TXT, [["content generation"], ["dialogue"], ["creative writing"]]),
]

list_everyday = [
    lst("surveyor. the chatbot keeps making up planning rules. give me every way there is to make it invent less", SPOT, [["ground|retrieved documents"], ["quote"], ["temperature"], ["larger|specialised"]]),
    lst("what are all the ways to stop a chatbot dreaming up facts? list every trick", SPOT, [["ground|retrieved documents"], ["quote"], ["temperature"], ["larger|specialised"]]),
    lst("librarian. list all the methods for making an ai assistant fib less about books that don't exist", SPOT, [["ground|retrieved documents"], ["quote"], ["temperature"], ["larger|specialised"]]),
    lst("besides the accuracy number, what are all the things that make a model's results reliable? list them", REL, [["data quality"], ["model selection"], ["feature engineering"]]),
    lst("dental researcher. apart from the metrics, what are the things a machine learning result depends on to be believable? all of them", REL, [["data quality"], ["model selection"], ["feature engineering"]]),
    lst("what else, other than a good score, makes an ml result something you can trust? name every factor", REL, [["data quality"], ["model selection"], ["feature engineering"]]),
]

fu_custom = [
    fu(["what is a custom chatbot built without code", "could our florist shop make one for questions about delivery times? anything to watch out for?"], CUSTOM, [["wrong or biased|test it"]]),
    fu(["tell me about no-code mini chatbots", "could the library knock one together for opening hours questions? any downsides?"], CUSTOM, [["wrong or biased|test it"]]),
    fu(["what are these custom chatbots anyone can build", "would it work for our dental practice's booking questions, and what are the risks?"], CUSTOM, [["wrong or biased|test it"]]),
    fu(["custom chatbots without coding, what are they", "so i could set one up for my bus company's lost property queries myself? is there a catch?"], CUSTOM, [["wrong or biased|test it"]]),
    fu(["what is a language model", "how is it trained? does someone mark every sentence right or wrong?", "so no human has to label the text?"], NEXT, [["no human labelling|text itself supplies"]]),
    fu(["what's a large language model", "how does it learn", "so there's no labelling at all?"], NEXT, [["no human labelling|text itself supplies"]]),
    fu(["explain language models", "where do the right answers come from when it trains?"], NEXT, [["no human labelling|text itself supplies"]]),
    fu(["what does a language model do", "how does it get trained, is it given the answers?", "nobody labels anything then?"], NEXT, [["no human labelling|text itself supplies"]]),
]

probekit.check_facts(list_object + list_everyday + fu_custom)
rng = random.Random(3838)
here = Path(__file__).resolve().parent
head = "# zop38-s38 probes: written from the course text before running the tutor, split at random (seed 3838).\n\n"
parts = {
    "out_of_job": [probekit.case("out_of_job", q) for q in ooj_other],
    "near_miss": [probekit.case("near_miss", q, term=t) for q, t in ml_task + near_story],
    "list": list_object + list_everyday,
    "followup": fu_custom,
}
for name, items in parts.items():
    work, measure = probekit.halves(items, rng)
    probekit.write_cases(here / "work" / f"{name}.toml", head, work)
    probekit.write_cases(here / "measure" / f"{name}.toml", head, measure)
    print(name, len(work), len(measure))
