"""measure2 for zpara-s33: fresh questions of the fixed classes, written after the fixes and
before running them (totals only)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

P = "paraphrase"
L = "list"
ACC = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
TEMP = "language-models#sampling-temperature-top-k-and-top-p"
DIM = "unsupervised-learning#dimensionality-reduction-simplifies-complex-data"
PRED = "ml-applications#predictive-analytics-and-anomaly-detection"
BIAS = "ethics-and-regulation#bias-inherited-from-training-data"
SHORT = "benefits-and-limitations#where-machine-learning-falls-short"
VAEU = "vaes#what-vaes-are-used-for"
GANU = "gans#what-gans-have-been-used-for"
RL = "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"
OV = "training-and-overfitting#overfitting-and-underfitting"

cases = [
    probekit.case(P, "optician q: our eye-test readings come as 150 columns per patient. can they be squeezed to 2 or 3 numbers for a scatter plot without losing the good stuff?", sections=[DIM], facts=[["fewer numbers|two or three|plot"]]),
    probekit.case(P, "insurance broker here - the claims checker boasts 96 out of 100 right. my old boss says a number like that can be meaningless. how can 96 out of 100 be meaningless?", sections=[ACC], facts=[["rare|lazy"]]),
    probekit.case(P, "the reply bot in our shop has a wildness setting, set it low and it repeats itself, set it high and it talks rubbish lol. what is that setting?", sections=[TEMP], facts=[["temperature"]]),
    probekit.case(P, "could machine learning tell us which customers will stop ordering next month", sections=[PRED], facts=[["predict|forecast"]]),
    probekit.case(P, "can ai predict the next big storm", sections=[PRED], facts=[["forecast|predict"]]),
    probekit.case(P, "would it be wrong to let software pick which nurses get promoted", sections=[BIAS, SHORT], facts=[["bias|favour|unfair"]]),
    probekit.case(P, "dog walker here. the route app guesses walk times spot on for the dogs it learned on but is miles off for new ones. why?", sections=[OV], facts=[["new"]]),
    probekit.case(L, "what are VAEs good for? every single use, our IT guy keeps bringing them up", sections=[VAEU], facts=[["image"], ["music"], ["anomaly"]]),
    probekit.case(L, "what are gans used for, list every use pls", sections=[GANU], facts=[["image"], ["music"]]),
    probekit.case(L, "every place the reward-and-punishment kind of ai is used? i run tours for tech fans", sections=[RL], facts=[["game"], ["robot"]]),
]

probekit.check_facts(cases)
here = Path(__file__).resolve().parent
head = "# zpara-s33 measure2: written after the fixes, before running them (totals only).\n"
for kind in (P, L):
    probekit.write_cases(here / "measure2" / f"{kind}.toml", head, [c for c in cases if c["kind"] == kind])
