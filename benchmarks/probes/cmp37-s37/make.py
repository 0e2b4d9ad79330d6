"""Comparison probes (stop 37, cmp37): comparisons from learners of trades not used by earlier
probe folders (plumber, librarian, beekeeper, pharmacist, pilot, tattoo artist, florist, ...), in
many forms: X vs Y, how does X differ, which is better for a job, pros and cons of each, one aspect
of both, what they have in common, a scenario from the learner's trade, across two lessons, three
things, a list of things to put into ML or gen AI. Written from the course text before any answer
was read; the facts of EACH side are what the judge asks for (tests/core/learner_judge.py), so a
case fails when one side's facts are missing even when its section is cited.

Split at random with seed 37, per class, before any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import (
    ADO,
    APP,
    BEN,
    DC,
    ETH,
    EV,
    FUT,
    GAN,
    GAPP,
    GEN,
    HAL,
    IND,
    LM,
    ML,
    RL,
    SK,
    SUP,
    TR,
    UNS,
    VAE,
    VS,
)

HERE = Path(__file__).parent
PREDCRE = VS + "predicting-versus-creating-two-different-goals"
NOTAI = GEN + "generative-ai-is-not-the-same-thing-as-ai"
BUILT = VS + "generative-ai-is-built-on-machine-learning"
SAMEIND = IND + "same-industries-different-jobs"
GENWHAT = GEN + "generating-new-data-that-resembles-the-training-data"
KINDS = GEN + "kinds-of-content-generative-ai-creates"
TXTGEN = GAPP + "text-generation-for-content-dialogue-and-creative-writing"
IMGGEN = GAPP + "image-generation-for-design-advertising-and-virtual-reality"
CODEAUD = GAPP + "code-audio-and-new-drug-molecules"
MUSIC = GAPP + "music-composition-and-personalised-playlists"
REC = APP + "recommendation-systems-for-products-movies-and-music"
FRAUD = APP + "fraud-detection-with-machine-learning"
SPEECH = APP + "image-and-speech-recognition"
NLP = APP + "natural-language-processing-with-machine-learning"
PRED = APP + "predictive-analytics-and-anomaly-detection"
SPAM = SUP + "a-worked-example-building-a-spam-filter"
EVERYDAY = ML + "everyday-machine-learning-services"
LBL = SUP + "learning-from-labelled-examples"
UNL = UNS + "learning-from-unlabelled-data"
CLUST = UNS + "clustering-groups-similar-data-points"
CLSREG = SUP + "classification-versus-regression"
RLA = RL + "agents-environments-actions-and-rewards"
RLENV = RL + "feedback-from-an-environment-instead-of-a-dataset"
THREE = ML + "three-ways-a-machine-can-learn"
MLDATA = DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"
GENDATA = DC + "training-data-for-generative-models-large-clean-and-varied"
COMPUTE = DC + "compute-after-training-machine-learning-versus-heavy-generative-models"
EFF = VS + "comparing-efficiency-and-computing-needs"
ACCAD = VS + "comparing-accuracy-and-adaptability"
ACC = EV + "accuracy-the-share-of-predictions-that-are-right"
PR = EV + "precision-and-recall-computed-from-a-confusion-matrix"
PRWHY = EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"
GENEVAL = EV + "judging-generated-output-on-realism-coherence-and-diversity"
GENLOSS = EV + "loss-functions-as-a-quantitative-check-on-generative-models"
GANG = GAN + "the-generator-and-the-discriminator"
GANADV = GAN + "how-adversarial-training-works"
GANUNST = GAN + "why-gan-training-is-unstable-and-costly"
MODE = GAN + "mode-collapse-when-a-gan-loses-variety"
VAEG = VAE + "vaes-compared-with-gans"
VAEE = VAE + "encoder-latent-space-and-decoder"
LMDO = LM + "what-a-language-model-does"
NEXT = LM + "next-token-prediction-step-by-step"
TEMP = LM + "sampling-temperature-top-k-and-top-p"
SMALL = LM + "small-language-models-versus-large-ones"
HALM = HAL + "what-hallucination-means"
GROUND = HAL + "grounding-answering-from-sources-instead-of-memory"
OVER = TR + "overfitting-and-underfitting"
SPLIT = TR + "splitting-data-into-a-training-set-and-a-test-set"
LOSS = TR + "what-a-loss-function-measures"
NOISY = TR + "how-noisy-or-incomplete-data-leads-to-mistakes"
MLGOOD = BEN + "what-machine-learning-does-well"
MLBAD = BEN + "where-machine-learning-falls-short"
GENGOOD = BEN + "what-generative-ai-does-well"
GENBAD = BEN + "where-generative-ai-falls-short"
BIAS = ETH + "bias-inherited-from-training-data"
HARM = ETH + "biased-or-harmful-generated-content"
DEEP = ETH + "deepfakes-and-the-argentine-election-poster"
SKILLGAP = ADO + "the-ai-skills-gap"
RESIST = ADO + "resistance-to-change-from-employees"
COST = ADO + "the-cost-of-implementing-ai"
SKILLML = SK + "skills-for-working-in-machine-learning"
SKILLGEN = SK + "skills-for-working-in-generative-ai"
MULTI = FUT + "multimodal-chatbots-such-as-gpt-4-and-gemini"
CUSTOM = FUT + "custom-mini-chatbots-built-without-code"
HEALTH = IND + "healthcare-detecting-disease-and-drafting-treatment-plans"
RETAIL = IND + "retail-predicting-sales-and-writing-product-content"
SUPPORT = IND + "customer-support-sentiment-analysis-and-chatbots"
FIN = IND + "finance-catching-fraud-and-handling-documents"
AUG = GAPP + "data-augmentation-with-synthetic-training-examples"
KM = UNS + "how-k-means-finds-clusters"
PCA = UNS + "dimensionality-reduction-simplifies-complex-data"
EXPL = RL + "exploration-versus-exploitation"

GEN_SIDE = [PREDCRE, NOTAI, GENWHAT, KINDS, TXTGEN, IMGGEN, CODEAUD, MUSIC, SAMEIND]
ML_SIDE = [PREDCRE, NOTAI, SAMEIND, EVERYDAY]

# (question, sides (each a list of acceptable sections), facts)
SORT = [  # things to put into ML or gen AI, or "is X ML or gen AI"
    ("beekeeper. put these in ml or generative ai: a camera that counts bees at the hive door, an app that writes my honey labels",
     [[SPEECH, *ML_SIDE], [TXTGEN, *GEN_SIDE]], [["recogni|label|judgement|prediction|classif"], ["writ|text|new|did not exist"]]),
    ("pharmacist: the system that warns about a risky drug combo, and the ai that designs new drug molecules. ml or gen ai, each?",
     [[PRED, *ML_SIDE, HEALTH], [CODEAUD, *GEN_SIDE]], [["predict|detect|anomal|judgement"], ["molecul"]]),
    ("is the autocorrect on my phone ml or gen ai",
     [[NLP, NEXT, LMDO, PREDCRE, EVERYDAY]], [["predict|next"]]),
    ("librarian. which of these is generative: the catalogue suggesting books like the one you borrowed, or a bot that writes a short story for a kid",
     [[REC, *ML_SIDE], [TXTGEN, *GEN_SIDE]], [["recommend"], ["stor|creative|new|did not exist"]]),
    ("tattoo artist: the app that makes up brand new tattoo designs, the app that spots if a photo is a tattoo or not. which is ml, which is gen ai",
     [[IMGGEN, *GEN_SIDE], [SPEECH, *ML_SIDE]], [["image|new|did not exist|design"], ["recogni|classif|judgement|label"]]),
    ("put these into ml or gen ai please: a thermostat guessing tomorrow's heating bill, a voice that reads audiobooks, a filter for junk texts",
     [[PRED, *ML_SIDE], [CODEAUD, *GEN_SIDE], [SPAM, *ML_SIDE, NLP]], [["predict|forecast"], ["audio|voice|speech"], ["spam|filter"]]),
    ("is alexa ml or gen ai",
     [[SPEECH, NLP, EVERYDAY, MULTI, PREDCRE]], [["speech|voice"]]),
    ("pilot. the autopilot that learned to land in a simulator vs a tool writing my flight report. ml or gen ai for each",
     [[RLENV, RLA, *ML_SIDE, RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems"], [TXTGEN, *GEN_SIDE]], [["simulat|reward|environment"], ["writ|text|new|did not exist"]]),
]

FORMS = [  # X vs Y, how does X differ, in plain words
    ("plumber. what's the difference between supervised and unsupervised learning, in plain words",
     [[LBL, THREE, MLDATA], [UNL, THREE, MLDATA]], [["label"], ["unlabelled|without label|no label"]]),
    ("florist: a gan vs a vae for making pictures of new bouquets, how do they differ",
     [[VAEG]], [["blurr"], ["sharp"]]),
    ("how does a language model pick its next word compared with how a spam filter decides spam",
     [[NEXT, LMDO, TEMP], [SPAM, CLSREG]], [["token"], ["spam"]]),
    ("k-means vs dbscan, what's each one actually doing",
     [[UNS + "when-k-means-clustering-fails-and-dbscan-helps"]], [["round|blob"], ["dens"]]),
    ("translator: grounding vs just letting the chatbot answer from memory - what's the difference",
     [[GROUND]], [["sources|retriev|passages"], ["absorbed during training"]]),
    ("precision versus accuracy for a firefighter's smoke alarm model, which is which",
     [[PR, PRWHY], [ACC]], [["alarm|flagged"], ["share|right|correct"]]),
    ("training set vs test set, why two",
     [[SPLIT]], [["training set"], ["test set"]]),
    ("journalist. a deepfake compared with a chatbot hallucination, how are they different",
     [[DEEP, HARM], [HALM]], [["fake|fabricat|video|image"], ["false|made up|fluent|invent"]]),
    ("temperature vs top-p: both change how random the chatbot is, but how do they differ",
     [[TEMP]], [["temperature"], ["add up to p|nucleus"]]),
    ("how is a loss function different from gradient descent",
     [[LOSS], [TR + "gradient-descent-in-plain-words"]], [["single number|how wrong"], ["downhill|step|slope"]]),
    ("encoder vs decoder in a vae, who does what",
     [[VAEE]], [["encoder"], ["decoder"]]),
    ("dentist asking: gpt-4 style multimodal chatbot versus an older text-only chatbot, what's different",
     [[MULTI]], [["multimodal|more than one kind|image"]]),
]

JOB = [  # which is better for a job, scenario from the trade
    ("wedding planner with loads of guest photos and no tags on them. supervised or unsupervised to sort them into groups?",
     [[UNL, CLUST, MLDATA, UNS + "what-unsupervised-learning-is-used-for"]], [["unlabelled|no label|without label"], ["group|cluster"]]),
    ("game designer. to make new monster textures, a vae or a gan, if i want crisp results",
     [[VAEG, GAN + "what-gans-have-been-used-for"]], [["sharp|realistic"]]),
    ("locksmith. for spotting weird break-in patterns in door sensor logs, ml or gen ai?",
     [[PRED, FRAUD, MLGOOD, SAMEIND, PREDCRE]], [["anomal|unusual"]]),
    ("podcaster: a small language model on my laptop or a big one in the cloud, for writing show notes?",
     [[SMALL]], [["laptop|memory|speed|cheap"], ["accurate|knowledge"]]),
    ("zookeeper. an animal cam that tells lion from tiger: classification or regression?",
     [[CLSREG, SUP + "image-classification-as-a-supervised-task"]], [["categor|classif"]]),
    ("architect: for a model that estimates the heating cost of a house design in pounds, classification or regression",
     [[CLSREG]], [["number|regression"]]),
    ("taxi firm. to train a car to drive through a city by trial and error, which kind of learning, and how is it different from learning from labelled examples",
     [[RLA, RLENV, THREE, MLDATA, RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems"], [LBL, THREE, MLDATA]], [["reward"], ["label"]]),
    ("electrician screening for faulty wiring: precision or recall matters more, since missing a fault is dangerous?",
     [[PRWHY, PR]], [["recall"]]),
    ("brewer with just 200 rows of batch data: decision tree or neural network?",
     [[SUP + "common-supervised-learning-algorithms"]], [["more data|large|small"]]),
    ("seamstress. to invent new fabric patterns, would i want ml that predicts or gen ai that creates?",
     [[PREDCRE, IMGGEN, GENWHAT, NOTAI]], [["new|creat|did not exist"]]),
]

ASPECT = [  # one aspect of both, pros and cons, in common, which needs more
    ("which needs more computing power once trained, a spam filter or an image generator",
     [[COMPUTE, EFF]], [["little|cheap|arithmetic"], ["demanding|heavy|expensive"]]),
    ("what do gans and vaes have in common",
     [[VAEG, GENWHAT]], [["generative"]]),
    ("pros and cons of reinforcement learning vs supervised learning for a warehouse robot",
     [[RLENV, RLA, RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems"], [LBL, SUP + "why-supervised-learning-needs-large-labelled-datasets"]], [["reward|trial"], ["label"]]),
    ("surveyor. which is more accurate, classic ml or generative ai, and which one adapts better",
     [[ACCAD]], [["accura"], ["adapt"]]),
    ("which needs cleaner training data, a fraud model or a text generator? optician asking",
     [[GENDATA, MLDATA, NOISY]], [["clean|flaws|errors"]]),
    ("bias in an ml loan model vs harmful stuff from an image generator, what's the same and what's different",
     [[BIAS], [HARM]], [["loan|hiring|past"], ["stereotyp|harmful"]]),
    ("what's hard about training a gan compared with training a vae",
     [[GANUNST, VAEG, MODE]], [["unstable|mode collapse"], ["stable"]]),
    ("social worker. downsides of ml vs downsides of gen ai for a council",
     [[MLBAD], [GENBAD]], [["noisy|incomplete|bias"], ["varies|groundbreaking|biased|false"]]),
    ("how is judging a chatbot's essays different from judging a fraud model's alerts",
     [[GENEVAL, GENLOSS], [PR, PRWHY, ACC]], [["realism|coherence|diversity"], ["precision|recall|accura|share"]]),
    ("what do machine learning and generative ai have in common",
     [[BUILT, ML + "machine-learning-inside-the-wider-field-of-ai", VS + "how-machine-learning-and-generative-ai-feed-each-other"]], [["learn|data|built on"]]),
    ("staff not wanting ai vs not having people who can build it, how do those two problems differ",
     [[RESIST], [SKILLGAP]], [["resist|job|fear"], ["skill|hire|talent|expert"]]),
    ("which costs more to train: a small classifier or a big language model, and why",
     [[DC + "training-cost-compute-expertise-and-time", COMPUTE, LM + "what-makes-a-language-model-large"]], [["comput|GPU|expens|cost"]]),
]

ACROSS = [  # across two lessons
    ("how does overfitting in a classifier compare with mode collapse in a gan",
     [[OVER], [MODE]], [["memor|training data|new data|unseen"], ["variety|same|few"]]),
    ("fisherman. the reward in reinforcement learning vs the loss in supervised training, how are they different",
     [[RLA, RL + "maximising-cumulative-reward"], [LOSS]], [["reward"], ["how wrong|single number|loss"]]),
    ("synthetic training examples from gen ai vs just collecting more real labelled data, what's the difference",
     [[AUG], [SUP + "why-supervised-learning-needs-large-labelled-datasets", LBL, MLDATA]], [["synthetic"], ["label"]]),
    ("clustering customers vs recommending products to them: how do these two ml jobs differ",
     [[CLUST, UNS + "what-unsupervised-learning-is-used-for"], [REC]], [["group|segment"], ["recommend|suggest"]]),
    ("pca vs an autoencoder's latent space, both squash data right? how do they differ",
     [[PCA], [VAEE, VAE + "what-the-latent-space-represents"]], [["fewer|dimension"], ["latent"]]),
    ("how is a gan's discriminator different from an ordinary image classifier",
     [[GANG], [SUP + "image-classification-as-a-supervised-task", SPEECH]], [["real|fake"], ["label|categor|classif"]]),
]


def build(rows, klass):
    """The probekit cases of ``rows`` (question, sides, facts) of one class."""
    return [probekit.case("comparison", q, sections=sorted({s for side in sides for s in side}), sides=sides, facts=facts, **{"class": klass})
            for q, sides, facts in rows]


CLASSES = {"sort": SORT, "forms": FORMS, "job": JOB, "aspect": ASPECT, "across": ACROSS}

if __name__ == "__main__":
    groups = {k: build(rows, k) for k, rows in CLASSES.items()}
    probekit.check_facts([c for g in groups.values() for c in g])
    rng = random.Random(37)
    work, measure = [], []
    for g in groups.values():
        w, m = probekit.halves(g, rng)
        work += w
        measure += m
    head = "# Comparison probes (stop 37, cmp37, {}), split at random per class (seed 37) before any answer was read.\n\n"
    for name, part in (("work", work), ("measure", measure)):
        probekit.write_cases(HERE / name / "comparison.toml", head.format(name), part)
