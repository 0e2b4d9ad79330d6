"""Writes work/ and measure/ {comparison,followup}.toml for zcomp-s33: comparisons and follow-ups
of the classes behind sets Z and ZA's failures, written before any fix, split at random (seed 33).
measure2/ is written by make2.py after the fixes."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
IMG = "ml-applications/image-and-speech-recognition"
GEN_IMG = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
VG = "vaes/vaes-compared-with-gans"
SUP = "supervised-learning/learning-from-labelled-examples"
UNSUP = "unsupervised-learning/learning-from-unlabelled-data"
THREE = "what-is-ml/three-ways-a-machine-can-learn"
PVC = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
EFF = "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"
SMALL = "language-models/small-language-models-versus-large-ones"
OVER = "training-and-overfitting/overfitting-and-underfitting"
CVR = "supervised-learning/classification-versus-regression"

C = probekit.case
COMPARISONS = [
    # (1) a side's modifier or the learner's framing is no term to decline
    C("comparison", "an app that flags a dodgy mole from a photo vs one that dreams up brand new mole-ish photos. whats the real difference between them?",
      sections=[IMG, GEN_IMG], facts=[["recogni|classif"], ["new pictures|create new|fresh images"]]),
    C("comparison", "supervised vs unsupervised learning, explain it like im a knackered barista at 6am",
      sections=[SUP, UNSUP], sides=[[SUP, THREE], [UNSUP, THREE]], facts=[["label"], ["unlabelled|no labels|without"]]),
    C("comparison", "is a churn-predicting model as hungry for computing power as one of those huge chatbot ones once its up and running?",
      sections=[COMPUTE], sides=[[COMPUTE, EFF]], facts=[["little comput|cheap|quickly"], ["demanding|gans|large language models"]]),
    C("comparison", "overfitting vs underfitting, put it like a pub quiz host would",
      sections=[OVER], facts=[["too simple"], ["training data too closely|memoris"]]),
    C("comparison", "gan vs vae, explain it like a bedtime story for my nephew. which one gives the blurrier pics?",
      sections=[VG], facts=[["blurr"], ["sharp|crisp"]]),
    C("comparison", "small language model vs a big one, tell me like a bloke down the pub. whats the trade off",
      sections=[SMALL], facts=[["laptop|ordinary computer|speed"], ["knowledge|fluency|forgets facts|invents details"]]),
    C("comparison", "a price-guessing model for flats vs a listing-writing model, how are they different at heart?",
      sections=[PVC], facts=[["predict"], ["creat|new data|did not exist"]]),
    C("comparison", "precision vs recall in words a half-asleep night porter would get",
      sections=["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], facts=[["precision"], ["recall"]]),
    # (2) the learner's setting pulls a side to an application section
    C("comparison", "we need fake-but-realistic product photos to pad out our catalogue. vae or gan - which makes crisper ones and which trains more calmly?",
      sections=[VG], facts=[["blurr|sharp|crisp"], ["stable"]]),
    C("comparison", "at the bank we want to score loan applicants: classification or regression, how are they different?",
      sections=[CVR], facts=[["classification"], ["regression"]]),
    C("comparison", "our school wants an offline homework helper - small language model or large one, what do we give up?",
      sections=[SMALL], facts=[["laptop|ordinary computer|speed|memory"], ["knowledge|forgets facts|invents details|fluency"]]),
    C("comparison", "for the piles of hotel reviews we have, supervised vs unsupervised learning - what's the difference between the two?",
      sections=[SUP, UNSUP], sides=[[SUP, THREE], [UNSUP, THREE]], facts=[["label"], ["unlabelled|no labels|without"]]),
    C("comparison", "making fake training images for our skin clinic's model: would a gan or a vae give sharper results, and which is less of a headache to train?",
      sections=[VG], facts=[["blurr|sharp"], ["stable|unstable"]]),
    C("comparison", "restaurant owner: exploration vs exploitation in reinforcement learning, what's the difference?",
      sections=["reinforcement-learning/exploration-versus-exploitation"], facts=[["explor"], ["exploit"]]),
    C("comparison", "in our pharmacy chain, k-means or dbscan for grouping stores - how do they differ?",
      sections=["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], facts=[["dbscan"], ["round|shape"]]),
    # (3) ML versus generative AI in the learner's words
    C("comparison", "the predicting sort of ai vs the making-stuff sort: what is each one actually for?",
      sections=[PVC], facts=[["predict"], ["creat|new data|did not exist"]]),
    C("comparison", "strengths of the forecasting kind of ai versus the writing-and-drawing kind?",
      sections=["benefits-and-limitations/what-machine-learning-does-well", "benefits-and-limitations/what-generative-ai-does-well"],
      facts=[["automates data analysis|anomal|complex patterns"], ["content|customer|possibilities"]]),
    C("comparison", "where does classic ml let you down compared with where chatgpt-type ai lets you down?",
      sections=["benefits-and-limitations/where-machine-learning-falls-short", "benefits-and-limitations/where-generative-ai-falls-short"],
      facts=[["noisy|incomplete"], ["groundbreaking|quality of generated content also varies|varies"]]),
    C("comparison", "in one and the same company, what role does ml play next to gen ai? what comes out of each",
      sections=["industry-use-cases/same-industries-different-jobs"], facts=[["prediction|score|category"], ["new content|treatment plan"]]),
    C("comparison", "what are ml's good points vs gen ai's good points, quick version",
      sections=["benefits-and-limitations/what-machine-learning-does-well", "benefits-and-limitations/what-generative-ai-does-well"],
      facts=[["automates data analysis|anomal|complex patterns"], ["content|customer|possibilities"]]),
    C("comparison", "the sorting-and-scoring type of ai vs the type that writes stuff for you, what's the basic difference in goal?",
      sections=[PVC], facts=[["predict"], ["creat|new data|did not exist"]]),
    C("comparison", "what does machine learning do badly compared to what generative ai does badly?",
      sections=["benefits-and-limitations/where-machine-learning-falls-short", "benefits-and-limitations/where-generative-ai-falls-short"],
      facts=[["noisy|incomplete"], ["groundbreaking|quality of generated content also varies|varies"]]),
]

F = "followup"
FOLLOWUPS = [
    # (4) the cure after the symptom
    C(F, None, turns=["what does overfitting mean", "how do i notice it in the results", "ok so how do you fix it"],
      sections=[OVER], facts=[["more training data"], ["simpler model"], ["regulari[sz]"]]),
    C(F, None, turns=["why do chatbots hallucinate", "how can i catch it happening", "and what cuts it down?"],
      sections=["hallucination/how-to-spot-and-reduce-hallucination"], facts=[["ground|retriev|quote its sources|temperature"]]),
    C(F, None, turns=["what is mode collapse in a gan", "how would i notice it", "and the remedy?"],
      sections=["gans/mode-collapse-when-a-gan-loses-variety"], facts=[["batches|wasserstein"]]),
    # step size after gradient descent
    C(F, None, turns=["explain gradient descent simply", "does it matter how big each step is?"],
      sections=["training-and-overfitting/gradient-descent-in-plain-words"], facts=[["overshoot|crawl"]]),
    C(F, None, turns=["how do models learn with gradient descent", "what if the steps are really tiny"],
      sections=["training-and-overfitting/gradient-descent-in-plain-words"], facts=[["crawl"]]),
    # switching
    C(F, None, turns=["what is a token in a language model", "never mind that. how does reinforcement learning work?"],
      sections=["reinforcement-learning/agents-environments-actions-and-rewards"], facts=[["agent"], ["reward"]]),
    C(F, None, turns=["tell me about k-means", "scrap that, what's a vae?"],
      sections=["vaes/encoder-latent-space-and-decoder"], facts=[["encoder"], ["decoder"]]),
    C(F, None, turns=["what's precision", "forget it. what is dbscan then"],
      sections=["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], facts=[["density"]]),
    # time to learn after a named demo
    C(F, None, turns=["how does q-learning work", "what is the frozenlake example", "how quickly does the agent figure it out?"],
      sections=["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], facts=[["episodes"]]),
    # downsides after a capability
    C(F, None, turns=["can ai turn a sentence into a video clip", "is it any good yet?", "what are the risks?"],
      sections=["future-trends/text-to-video-the-next-frontier-for-generative-ai"], facts=[["fake videos|deepfake"]]),
    C(F, None, turns=["can gen ai make extra training examples when data is scarce", "any real case of that?"],
      sections=["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], facts=[["hospital|skin condition|photos"]]),
    C(F, None, turns=["can generative ai make images from a text prompt", "any downsides?"],
      sections=["ethics-and-regulation/deepfakes-and-the-argentine-election-poster", "ethics-and-regulation/biased-or-harmful-generated-content",
                "benefits-and-limitations/where-generative-ai-falls-short"], facts=[["fake|bias|harmful|varies|already exists"]]),
]

if __name__ == "__main__":
    rng = random.Random(33)
    for kind, cases in (("comparison", COMPARISONS), ("followup", FOLLOWUPS)):
        probekit.check_facts(cases)
        work, measure = probekit.halves(cases, rng)
        for name, half in (("work", work), ("measure", measure)):
            probekit.write_cases(HERE / name / f"{kind}.toml", f"# zcomp-s33 {name}: {kind}s written before any fix (make.py, seed 33).\n\n", half, literal=("facts",))
