"""Writes work2/ and measure2/ followup.toml: a second round of fu37-s37 chains, written after the
first round's work half was read and before any answer to these was read (seed 3737, split per
class). Classes, as in ``make.py``:

- ``example``: an example asked for in few words after a definition or an explanation
  ("example?", "show me one", "like what?", "eg?", "such as?", "an example from a real shop pls");
- ``confirm``: a yes/no follow-up checking a point the last answer made ("so it doesn't need
  labels?", "so no dataset at all?", "so lower is better?");
- ``plain``: a follow-up whose only content words are everyday ones the course also uses
  elsewhere ("is it accurate?", "is that safe?"), or that says "the us". ("are the results random?"
  after a recommendation system was left out: its answer was seen while exploring.)"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import APP, BEN, DC, ETH, EV, GAN, GAPP, HAL, LM, RL, SUP, TR, UNS, VS

HERE = Path(__file__).resolve().parent

C = [
    # -- example ---------------------------------------------------------------------------------------
    ("example", ["what is classification in ml", "example?"],
     [SUP + "classification-versus-regression"], [["spam or not spam|cat or dog|ten digits"]]),
    ("example", ["what is clustering", "show me one"],
     [UNS + "clustering-groups-similar-data-points"], [["shop|visit frequency|spenders"]]),
    ("example", ["what is predictive analytics", "like what?"],
     [APP + "predictive-analytics-and-anomaly-detection"], [["retailer|sales|readmitted"]]),
    ("example", ["what is a reward in reinforcement learning", "eg?"],
     [RL + "q-learning-in-the-frozenlake-grid-world", RL + "maximising-cumulative-reward",
      RL + "agents-environments-actions-and-rewards"],
     [["goal|chess|penalty|winning"]]),
    ("example", ["what is noisy data", "such as?"],
     [TR + "how-noisy-or-incomplete-data-leads-to-mistakes"], [["typos|faulty sensor|wrong labels"]]),
    ("example", ["how does generative ai help businesses explore ideas", "an example from a real shop pls"],
     [BEN + "what-generative-ai-does-well"], [["sofa|fabrics|furniture"]]),
    ("example", ["what is a false positive", "example?"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["honest payments flagged"]]),
    ("example", ["what is synthetic data", "give me a concrete case"],
     [GAPP + "data-augmentation-with-synthetic-training-examples"], [["hospital|skin condition|50"]]),
    ("example", ["what is multimodal ai", "example?"],
     ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", LM + "what-makes-a-language-model-large"],
     [["gpt-4|gemini"]]),
    ("example", ["what does it mean that ml and gen ai feed each other", "example pls"],
     [VS + "how-machine-learning-and-generative-ai-feed-each-other"], [["synthetic|train|data"]]),
    # -- confirm ---------------------------------------------------------------------------------------
    ("confirm", ["what does reinforcement learning learn from", "so no dataset at all?"],
     [RL + "feedback-from-an-environment-instead-of-a-dataset", DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["does not need a traditional dataset|needs no traditional dataset"]]),
    ("confirm", ["what is a loss function", "so lower is better?"],
     [TR + "what-a-loss-function-measures"], [["lower number means better"]]),
    ("confirm", ["what is k-means", "so i have to choose k myself?"],
     [UNS + "how-k-means-finds-clusters"], [["must pick k|chosen number"]]),
    ("confirm", ["what is the test set for", "so you never train on it?"],
     [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["hidden|never be used to tune"]]),
    ("confirm", ["how does a gan's generator learn", "so it never looks at real photos?"],
     [GAN + "the-generator-and-the-discriminator"], [["never sees the real data"]]),
    ("confirm", ["what is a language model trained on", "so nobody labels the text?"],
     [LM + "next-token-prediction-step-by-step"], [["no human labelling"]]),
    ("confirm", ["what is grounding", "so this tutor doesn't make stuff up?"],
     [HAL + "grounding-answering-from-sources-instead-of-memory"], [["extractive|quotes whole sentences"]]),
    ("confirm", ["what is dimensionality reduction", "so it throws away columns?"],
     [UNS + "dimensionality-reduction-simplifies-complex-data"], [["fewer numbers|top few"]]),
    # -- plain -----------------------------------------------------------------------------------------
    ("plain", ["what is fraud detection in banks", "is it accurate?"],
     [APP + "fraud-detection-with-machine-learning", EV + "why-fraud-and-disease-detection-need-both-precision-and-recall",
      EV + "accuracy-the-share-of-predictions-that-are-right"],
     [["precision|recall|accuracy"]]),
    ("plain", ["what is a deepfake", "is that legal?"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act", "future-trends/deepfakes-and-regulation-in-the-years-ahead"],
     [["regulat|executive order|eu ai act"]]),
    ("plain", ["what does the eu ai act ban", "and what did the us do?"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["executive order"]]),
    ("plain", ["how are gans used in art", "is it also used for fake videos?"],
     [ETH + "deepfakes-and-the-argentine-election-poster"], [["video|deepfake"]]),
    ("plain", ["what is hyper-personalisation", "is that safe for my data?"],
     ["future-trends/hyper-personalisation-with-machine-learning"], [["protecting user data|personal information"]]),
]

cases = [probekit.case("followup", None, turns=t, sections=s, facts=f, **{"class": k}) for k, t, s, f in C]
probekit.check_facts(cases)
rng = random.Random(3737)
work, measure = [], []
for klass in dict.fromkeys(k for k, *_ in C):
    w, m = probekit.halves([c for c in cases if c["class"] == klass], rng)
    work += w
    measure += m
head = "# fu37-s37 round 2: split at random per class (seed 3737) before any run (see make2.py)\n\n"
probekit.write_cases(HERE / "work2" / "followup.toml", head, work)
probekit.write_cases(HERE / "measure2" / "followup.toml", head, measure)
print(len(work), len(measure))
