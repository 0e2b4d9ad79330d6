"""Comparison probes (stop 38, cmpaspect): comparisons that name an ASPECT to compare the two sides
on: how each is trained, how each is evaluated (marked, scored, KPIs), what goes wrong with each,
what data each needs, what compute each needs, small versus large language models. Written from
the course text before any answer was read; the facts of EACH side are what the judge asks for
(tests/core/learner_judge.py), so a case fails when one side's facts are missing even when its
section is cited.

Split at random with seed 38, per class, before any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import BEN, DC, ETH, EV, GAN, HAL, LM, RL, SUP, TR, UNS, VAE, VS

HERE = Path(__file__).parent
GANG = GAN + "the-generator-and-the-discriminator"
GANADV = GAN + "how-adversarial-training-works"
GANONE = GAN + "one-model-generates-another-evaluates"
GANUNST = GAN + "why-gan-training-is-unstable-and-costly"
MODE = GAN + "mode-collapse-when-a-gan-loses-variety"
VAEG = VAE + "vaes-compared-with-gans"
VAEE = VAE + "encoder-latent-space-and-decoder"
NEXT = LM + "next-token-prediction-step-by-step"
LMDO = LM + "what-a-language-model-does"
LARGE = LM + "what-makes-a-language-model-large"
SMALL = LM + "small-language-models-versus-large-ones"
LBL = SUP + "learning-from-labelled-examples"
SUPBIG = SUP + "why-supervised-learning-needs-large-labelled-datasets"
UNL = UNS + "learning-from-unlabelled-data"
RLENV = RL + "feedback-from-an-environment-instead-of-a-dataset"
RLA = RL + "agents-environments-actions-and-rewards"
PREDCRE = VS + "predicting-versus-creating-two-different-goals"
EFF = VS + "comparing-efficiency-and-computing-needs"
ACCAD = VS + "comparing-accuracy-and-adaptability"
ACC = EV + "accuracy-the-share-of-predictions-that-are-right"
PR = EV + "precision-and-recall-computed-from-a-confusion-matrix"
PRWHY = EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"
RELI = EV + "what-makes-machine-learning-results-reliable"
GENEVAL = EV + "judging-generated-output-on-realism-coherence-and-diversity"
GENLOSS = EV + "loss-functions-as-a-quantitative-check-on-generative-models"
GENDATA = DC + "training-data-for-generative-models-large-clean-and-varied"
MLDATA = DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"
COST = DC + "training-cost-compute-expertise-and-time"
COMPUTE = DC + "compute-after-training-machine-learning-versus-heavy-generative-models"
MLBAD = BEN + "where-machine-learning-falls-short"
GENBAD = BEN + "where-generative-ai-falls-short"
HALM = HAL + "what-hallucination-means"
OVER = TR + "overfitting-and-underfitting"
NOISY = TR + "how-noisy-or-incomplete-data-leads-to-mistakes"
BIAS = ETH + "bias-inherited-from-training-data"

ML_EVAL = [ACC, PR, PRWHY, RELI]
GEN_EVAL = [GENEVAL, GENLOSS]

# (question, sides (each a list of acceptable sections), facts)
TRAIN = [  # how each is trained
    ("stonemason here. how is a gan trained versus how a chatbot's word model is trained, they cant be the same",
     [[GANADV, GANG, GANONE], [NEXT, GANONE]], [["discriminator"], ["next token"]]),
    ("how does training a vae differ from training a gan",
     [[VAEG, GANONE]], [["single objective|single encoder-decoder|reconstruct"], ["discriminator|opponent|mode collapse"]]),
    ("dog groomer. the way a spam filter learns vs the way a text generator like gpt learns, whats different in the training",
     [[LBL, SUPBIG], [NEXT, GANONE]], [["label"], ["next token"]]),
    ("what's the difference in how a gan learns compared to how a classifier learns from labels",
     [[GANADV, GANG], [LBL]], [["discriminator"], ["label"]]),
    ("sommelier: is a language model trained with labels like a normal classifier or some other way? compare the two",
     [[NEXT], [LBL, SUPBIG]], [["no human labelling|text itself"], ["label"]]),
    ("how does a robot trained by reward learn compared with how a chatbot's model learns",
     [[RLENV, RLA], [NEXT, GANONE]], [["reward"], ["next token"]]),
]

EVAL = [  # how each is evaluated / marked / scored / KPIs
    ("tailor. how do you grade a model that sorts fabric photos into defect or fine, vs grading an ai that invents new fabric prints",
     [ML_EVAL, GEN_EVAL], [["accura|precision|recall|right or wrong"], ["realism|coherence|diversity|no single correct output"]]),
    ("what metrics would i track for a loan default predictor compared with a chatbot that writes replies",
     [ML_EVAL, GEN_EVAL], [["accura|precision|recall"], ["realism|coherence|diversity|no single correct output"]]),
    ("teacher: testing a handwriting digit recogniser vs testing a story-writing ai, how is checking them different",
     [ML_EVAL, GEN_EVAL], [["accura|right or wrong|true answers"], ["no single correct output|realism|coherence|diversity"]]),
    ("how do you measure whether an image generator is good compared to measuring a cancer screening model",
     [GEN_EVAL, ML_EVAL], [["realism|coherence|diversity|no single correct output"], ["recall|precision|accura"]]),
    ("hr manager. success measures for a cv-screening classifier vs success measures for a tool that drafts job adverts",
     [ML_EVAL, GEN_EVAL], [["accura|precision|recall"], ["realism|coherence|diversity|no single correct output"]]),
    ("scoring a music generator vs scoring a song-genre classifier, what's the difference",
     [GEN_EVAL, ML_EVAL], [["realism|coherence|diversity|no single correct output"], ["accura|precision|recall|right or wrong"]]),
]

WRONG = [  # what goes wrong with each, weak spots, risks
    ("farmer. biggest risks with a crop-yield predicting model vs an ai that writes my newsletters",
     [[MLBAD, NOISY, OVER], [GENBAD, HALM]], [["noisy|incomplete|poor data|bias"], ["false|varies|biased|made up"]]),
    ("weak spots of gans compared with weak spots of vaes",
     [[VAEG, MODE, GANUNST]], [["mode collapse|unstable"], ["blurr"]]),
    ("what are the failure modes of predictive ml vs generative ai, each one",
     [[MLBAD], [GENBAD]], [["noisy|incomplete|bias"], ["groundbreaking|varies|false|biased"]]),
    ("lifeguard asking: how can a classifier go wrong and how can a chatbot go wrong, compare",
     [[MLBAD, OVER, NOISY], [GENBAD, HALM]], [["noisy|incomplete|overfit|memor|bias"], ["false|made up|fluent|varies"]]),
    ("what goes wrong training a gan compared to what goes wrong training a normal classifier",
     [[GANUNST, MODE], [OVER, NOISY, MLBAD]], [["unstable|mode collapse|discriminator"], ["overfit|memor|noisy|incomplete"]]),
    ("downsides: a machine learning fraud model vs a generative ai that writes customer emails",
     [[MLBAD, PRWHY], [GENBAD, HALM]], [["noisy|incomplete|bias|false alarm"], ["false|varies|biased|made up"]]),
]

DATA = [  # what data each needs
    ("what training data does a gen ai image model need compared to a supervised classifier",
     [[GENDATA], [MLDATA, SUPBIG, LBL]], [["clean|varied|diverse|high-quality"], ["label"]]),
    ("beautician. data needed for supervised vs reinforcement learning?",
     [[MLDATA, LBL, SUPBIG], [MLDATA, RLENV]], [["label"], ["environment"]]),
    ("data requirements: chatbot language model vs a house price predictor",
     [[NEXT, GENDATA, LARGE], [MLDATA, SUPBIG]], [["text|large|no human labelling"], ["label"]]),
    ("does unsupervised learning need the same data as supervised learning or different?",
     [[MLDATA, UNL], [MLDATA, LBL, SUPBIG]], [["unlabelled"], ["label"]]),
    ("what does each need to be fed: a generative model vs a reinforcement learning agent",
     [[GENDATA], [MLDATA, RLENV]], [["clean|varied|diverse|large"], ["environment|reward"]]),
]

COMPUTE_ROWS = [  # what compute each needs
    ("plasterer. which eats more computer power, a decision tree or a gan, training and afterwards",
     [[COMPUTE, EFF]], [["little|cheap|handful of arithmetic"], ["demanding|great deal|two networks"]]),
    ("hardware needed: a spam filter vs a large language model",
     [[COMPUTE, EFF, COST], [LARGE, EFF, COST, SMALL]], [["little|cheap|arithmetic"], ["GPU|data-centre|great deal|billions"]]),
    ("running costs of a predictive model vs a generative model once trained, how do they compare",
     [[COMPUTE, EFF]], [["little|cheap|quickly"], ["demanding|great deal|heavy"]]),
    ("is a gan heavier to compute than a logistic regression? compare their compute",
     [[COMPUTE, EFF]], [["little|cheap|arithmetic"], ["demanding|great deal|two networks"]]),
    ("energy use: classic ml vs gen ai models, which needs more gpus",
     [[COMPUTE, EFF, COST]], [["little|cheap"], ["great deal|demanding|GPU"]]),
]

SIZE = [  # small versus large language models
    ("small language model vs large language model, pros and cons",
     [[SMALL]], [["laptop|speed|memory|ordinary computer"], ["accurate|knowledg|forgets|invents"]]),
    ("bakery owner: a tiny ai model on my till pc or a massive one online, what do i lose with the tiny one",
     [[SMALL]], [["forgets|invents|loses track|accurate|knowledg"]]),
    ("why would anyone pick a small llm over a big one, and whats the catch",
     [[SMALL]], [["speed|memory|laptop|private|ordinary computer"], ["forgets|invents|loses track|knowledg"]]),
    ("135 million parameter model vs billions, how different are they in practice",
     [[SMALL, LARGE]], [["laptop|ordinary computer|speed"], ["accurate|knowledg|more facts"]]),
    ("trade offs of running a little language model locally compared with a giant cloud model",
     [[SMALL]], [["laptop|memory|speed|network"], ["accurate|forgets|invents|knowledg"]]),
]

CLASSES = [("train", TRAIN), ("eval", EVAL), ("wrong", WRONG), ("data", DATA), ("compute", COMPUTE_ROWS), ("size", SIZE)]


def build(rows):
    """The probekit cases of ``rows`` (question, sides, facts)."""
    return [probekit.case("comparison", q, sections=sorted({s for side in sides for s in side}), sides=sides, facts=facts)
            for q, sides, facts in rows]


if __name__ == "__main__":
    groups = [(k, build(rows)) for k, rows in CLASSES]
    probekit.check_facts([c for _, g in groups for c in g])
    split = probekit.split_by_class(groups, random.Random(38))
    head = "# Comparison probes (stop 38, cmpaspect, {}), split at random per class (seed 38) before any answer was read.\n\n"
    for name, part in split.items():
        probekit.write_cases(HERE / name / "comparison.toml", head.format(name), part)
