"""Probes for stop 33 (zpara): paraphrases and lists asked by people at work, in chatty words.

Classes: (1) a long chatty course question (slang, a workplace frame, "my mate reckons") that a
refusal rule takes for an errand; (2) a learner's workplace pulling the answer to the setting's
section; (3) lists asked through a description ("the learn-by-reward kind"); (4) everyday "can ai
predict X" and AI deciding about people (hiring). Written from the course text before running
the tutor; split with seed 33 into work/ and measure/.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

P = "paraphrase"
L = "list"
TT = "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set"
OV = "training-and-overfitting#overfitting-and-underfitting"
ACC = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
TEMP = "language-models#sampling-temperature-top-k-and-top-p"
DIM = "unsupervised-learning#dimensionality-reduction-simplifies-complex-data"
CLU = "unsupervised-learning#clustering-groups-similar-data-points"
MODE = "gans#mode-collapse-when-a-gan-loses-variety"
RES = "adoption-challenges#resistance-to-change-from-employees"
PRED = "ml-applications#predictive-analytics-and-anomaly-detection"
BIAS = "ethics-and-regulation#bias-inherited-from-training-data"
SHORT = "benefits-and-limitations#where-machine-learning-falls-short"
RL = "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"
VAEU = "vaes#what-vaes-are-used-for"
GANU = "gans#what-gans-have-been-used-for"
USU = "unsupervised-learning#what-unsupervised-learning-is-used-for"

cases = [
    probekit.case(P, "barista here lol. our coffee shop's order predictor nails every regular it was trained on but is hopeless with new faces, like a new starter who only memorised the menu. what's up with it", sections=[OV], facts=[["training data"], ["new"]]),
    probekit.case(P, "estate agent q: the valuation model scores brilliantly on the houses it learned from and flops on fresh listings. my boss reckons thats normal?? whats it called", sections=[OV], facts=[["overfitting"]]),
    probekit.case(P, "pharmacy tech. the supplier brags their stock tool is 99% right, sounds mint but a mate reckons a score like that can hide loads. how can 99 percent right be useless?", sections=[ACC], facts=[["rare"], ["98|980"]]),
    probekit.case(P, "call centre lead here - vendor says their churn flagger is right 97 times in 100. my mate in IT says that number means nothing lmao. how come?", sections=[ACC], facts=[["rare|lazy"]]),
    probekit.case(P, "our caption writer bot has a 'spice' knob. low and every caption reads identical, high and it spouts gibberish lol. what's the knob actually changing?", sections=[TEMP], facts=[["temperature"]]),
    probekit.case(P, "the chatbot on our help desk has a randomness setting. set it low and its replies are samey, set it high and it rambles nonsense haha. what is that setting under the hood", sections=[TEMP], facts=[["temperature"], ["nonsense|drift"]]),
    probekit.case(P, "lab tech q: each blood sample gives us like 200 readings. any trick to boil each one down to two numbers so we can chart them without losing what matters?", sections=[DIM], facts=[["fewer numbers|two or three"]]),
    probekit.case(P, "warehouse supervisor here. every pallet has loads of sensor columns - can i shrink them to a couple of numbers and still keep the useful info? asking for a chart lol", sections=[DIM], facts=[["dimensionality reduction"]]),
    probekit.case(P, "if i dump my barbershop's booking history in, how often folk come and what they pay, can it split them into kinds of customer by itself without me saying what the kinds are?", sections=[CLU], facts=[["group"], ["does not name|decides what it means"]]),
    probekit.case(P, "florist here. could a computer sort my customers into bunches by how they shop with nobody labelling anything first?", sections=[CLU], facts=[["clustering"]]),
    probekit.case(P, "tried an ai logo maker for my bakery and it just keeps giving me the same cupcake logo over and over, never a loaf or a croissant. why does it get stuck on the one thing", sections=[MODE], facts=[["only a few|few kinds|variety"]]),
    probekit.case(P, "dental practice manager. the nurses won't use the new AI booking system, some reckon it's too complicated, others think it's coming for their jobs. how do i win them over?", sections=[RES], facts=[["training"], ["early|explain"]]),
    probekit.case(P, "hotel receptionist. staff are refusing the new ai check-in tool, scared it'll replace them. what actually helps people come round to it?", sections=[RES], facts=[["training"]]),
    probekit.case(P, "physio clinic - when a model like this is built, do they keep some patients aside that it never sees and only grade it on them at the very end?", sections=[TT], facts=[["test set"], ["hidden until the end|fresh exam|20 percent"]]),
    probekit.case(P, "can ai predict when a machine on our production line is about to break", sections=[PRED], facts=[["anomaly|predict"]]),
    probekit.case(P, "will ai ever be able to forecast how many customers come in next month", sections=[PRED], facts=[["forecast|predict"]]),
    probekit.case(P, "can an ai tell which of our patients will end up back in hospital", sections=[PRED], facts=[["readmitted"]]),
    probekit.case(P, "is it ok to let an algorithm choose which applicants get an interview", sections=[BIAS, SHORT], facts=[["bias|favour"]]),
    probekit.case(P, "whats the danger of using ai to shortlist people for a job", sections=[BIAS, SHORT], facts=[["bias|favour"]]),
    probekit.case(P, "could a recruitment algorithm end up unfair to older applicants", sections=[BIAS, SHORT], facts=[["bias|favour|unfair"]]),
    probekit.case(L, "where does the trial-and-error-with-rewards type of ai get used? every area please, need it for a sales pitch", sections=[RL], facts=[["game"], ["robot"], ["autonomous|self-driving"]]),
    probekit.case(L, "list all the places the reward-learning kind of machine learning is used", sections=[RL], facts=[["game"], ["robot"]]),
    probekit.case(L, "what do people use VAEs for? give me every use, my manager keeps name dropping them", sections=[VAEU], facts=[["image"], ["text"], ["music"], ["anomaly"]]),
    probekit.case(L, "every job a variational autoencoder can do, listed please", sections=[VAEU], facts=[["image"], ["music"]]),
    probekit.case(L, "what have gans been used for? all of it, our marketing lead wont stop going on about them", sections=[GANU], facts=[["image"], ["text"], ["music"]]),
    probekit.case(L, "name every use of the learn-without-answers kind of ai, i run a gift shop", sections=[USU], facts=[["exploration"], ["anomaly"], ["segmentation"]]),
    probekit.case(P, "nail tech here. the booking app predicts no-shows great for old clients but is rubbish for new ones lol, like it only revised last year's paper. why", sections=[OV], facts=[["training data|memoris"]]),
    probekit.case(P, "care worker. if the fall-risk tool says 95% accurate, could that still be a useless number when falls hardly ever happen?", sections=[ACC], facts=[["rare"]]),
]

probekit.check_facts(cases)
rng = random.Random(33)
here = Path(__file__).resolve().parent
head = "# zpara-s33 probes (see README.md): written from the course text before running the tutor.\n"
for kind in (P, L):
    mine = [c for c in cases if c["kind"] == kind]
    work, measure = probekit.halves(mine, rng)
    probekit.write_cases(here / "work" / f"{kind}.toml", head, work)
    probekit.write_cases(here / "measure" / f"{kind}.toml", head, measure)
    print(kind, len(work), len(measure))
