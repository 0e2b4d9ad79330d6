"""Writes work/ and measure/ {comparison,followup}.toml for zcomp34-s34: comparisons and follow-ups
of the classes behind sets ZC and ZE's comparison and follow-up failures, asked in other trades'
voices (nurses, builders, farmers, drivers, teachers, mechanics ...), written before any fix and
before any answer was read, split at random (seed 3434)."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
EFF = "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
CAT = "what-is-generative-ai/the-cat-pictures-example-of-generative-ai"
PVC = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"
TEXT = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
SAME = "industry-use-cases/same-industries-different-jobs"
GD = "gans/the-generator-and-the-discriminator"
ELD = "vaes/encoder-latent-space-and-decoder"
NEEDS = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
THREE = "what-is-ml/three-ways-a-machine-can-learn"
SUPDATA = "supervised-learning/why-supervised-learning-needs-large-labelled-datasets"
RLENV = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
GAP = "adoption-challenges/the-ai-skills-gap"
RESIST = "adoption-challenges/resistance-to-change-from-employees"
COST = "adoption-challenges/the-cost-of-implementing-ai"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
KM = "unsupervised-learning/how-k-means-finds-clusters"
KMF = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
MLSHORT = "benefits-and-limitations/where-machine-learning-falls-short"
GENSHORT = "benefits-and-limitations/where-generative-ai-falls-short"
LIMITS = "benefits-and-limitations/knowing-the-limits-is-the-key-to-success"
UNSTABLE = "gans/why-gan-training-is-unstable-and-costly"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
OVER = "training-and-overfitting/overfitting-and-underfitting"
GRAD = "training-and-overfitting/gradient-descent-in-plain-words"
EXPLORE = "reinforcement-learning/exploration-versus-exploitation"
SAMPLING = "language-models/sampling-temperature-top-k-and-top-p"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"

C = probekit.case
COMPARISONS = [
    # (1) two tools described by what they do, in everyday words, no course term
    C("comparison", "electrician. which one guzzles more electricity: the thing that forecasts when a fuse board will trip, or those huge picture and chat making ais?",
      sections=[EFF], sides=[[EFF, COMPUTE]], facts=[["great deal of computing power|computationally demanding"], ["comparatively little|little computing power|relatively little"]]),
    C("comparison", "district nurse. an app that looks at a photo of a leg ulcer and says infected or not, vs an app that dreams up brand new ulcer photos for teaching slides. what's the actual difference?",
      sections=[CAT], sides=[[CAT, PVC]], facts=[["judge|classifier|answers a question"], ["creat|make|new"]]),
    C("comparison", "farmer. the gadget that guesses next months milk yield vs the ai that writes the blurb for our farm shop website. how are those two jobs different",
      sections=[PRED, TEXT], sides=[[PRED, SAME], [TEXT, SAME]], facts=[["forecast|predict"], ["content generation|product descriptions|new text|new content"]]),
    C("comparison", "lorry driver. which costs more to keep running day to day, the app that predicts my arrival time or one of them chatbots that talks back?",
      sections=[EFF], sides=[[EFF, COMPUTE]], facts=[["great deal of computing power|computationally demanding|heavy"], ["little computing power|comparatively little|relatively little"]]),
    C("comparison", "primary teacher. a program that reads a kid's drawing and says cat or dog, vs one that draws a brand new cat out of thin air. what's the real difference between those two?",
      sections=[CAT], sides=[[CAT, PVC]], facts=[["judge|classifier|answers a question"], ["creat|make|new"]]),
    C("comparison", "mechanic. the software that spots a dodgy engine reading before it breaks vs the ai that writes up the customer's repair report for me. different kinds of ai or the same?",
      sections=[PRED, TEXT], sides=[[PRED, SAME], [TEXT, SAME]], facts=[["anomal|predict|forecast"], ["draft|report|new text|new content"]]),
    # (2) a side lost: two described problems or data needs, each its own section
    C("comparison", "care home manager. staff refusing the new system vs us not being able to find anyone who knows how to run it: how are those two problems different, what causes each?",
      sections=[RESIST, GAP], facts=[["complexity|too technical|jobs"], ["hire|retain|shortage"]]),
    C("comparison", "plumber with a small firm. the upfront bill for bringing in ai vs not having the staff who know it: which problem is which, whats behind each?",
      sections=[COST, GAP], facts=[["infrastructure|software|maintenance"], ["hire|retain|shortage"]]),
    C("comparison", "warehouse supervisor. a model trained on old pick records with the right answers marked vs a robot that learns by trying and getting rewarded or told off. what data does each need?",
      sections=[SUPDATA, RLENV], sides=[[SUPDATA, NEEDS], [RLENV, NEEDS]], facts=[["label"], ["environment"], ["reward|penalt"]]),
    C("comparison", "pharmacist. the shelf-check app is 99% accurate but out-of-date packs are really rare. is accuracy the right number or should i look at precision and recall, whats the difference?",
      sections=[ACC, PR], facts=[["rare|mislead"], ["precision"], ["recall"]]),
    C("comparison", "postie. for grouping addresses into rounds, k-means vs dbscan: how does each one decide which group a house goes in?",
      sections=[KM, KMF], facts=[["nearest centre"], ["density|close neighbours"]]),
    C("comparison", "gardener. the predicting sort of ai vs the creating sort, where does each one fall down? main weak spots of both",
      sections=[MLSHORT, GENSHORT], facts=[["noisy|incomplete|poor data"], ["groundbreaking|harmful|varies"]]),
    C("comparison", "site foreman. two jobs: spotting which scaffold inspection photos show a defect, and writing the weekly safety bulletin. which kind of ai does which, and what's needed before we rely on either?",
      sections=[LIMITS], facts=[["analyse data|predict, classify or detect"], ["draft"], ["review|human in the loop"]]),
    # (3) the parts of each
    C("comparison", "joiner. how's a vae built compared to a gan? what bits are inside each one",
      sections=[GD, ELD], facts=[["generator"], ["discriminator"], ["encoder"], ["decoder"]]),
    C("comparison", "lab technician. gan components vs vae components, name the pieces of each and what they do",
      sections=[GD, ELD], facts=[["generator"], ["discriminator"], ["encoder"], ["decoder"]]),
    C("comparison", "hairdresser. whats inside a gan vs whats inside a vae, the parts",
      sections=[GD, ELD], facts=[["generator"], ["discriminator"], ["encoder"], ["decoder"]]),
    # (4) three-way, every side kept
    C("comparison", "paramedic on nights. the three kinds of learning: with answers, without answers, and with rewards. what data does each need? all three pls",
      sections=[NEEDS], facts=[["labelled"], ["unlabelled"], ["environment|rewards"]]),
    C("comparison", "school caretaker. supervised vs unsupervised vs reinforcement learning, one line each. what feedback does each one get?",
      sections=[THREE], facts=[["correct answer|label"], ["no answers|structure"], ["reward"]]),
    C("comparison", "dental nurse. labelled learning, unlabelled learning and reward learning: how do the three differ in what they're fed?",
      sections=[NEEDS], sides=[[NEEDS, THREE]], facts=[["label"], ["unlabelled|no answers"], ["reward|environment"]]),
    C("comparison", "bus driver. the three types of machine learning side by side, what does each learn from",
      sections=[THREE], facts=[["correct answer|label"], ["no answers|unlabelled|structure"], ["reward"]]),
]

F = "followup"
FOLLOWUPS = [
    # (5) "when does it break" after a how-it-works
    C(F, None, turns=["groundskeeper. how does k-means group things", "ok and when does it go wrong?"],
      sections=[KMF], facts=[["round|blob"], ["shape|half-moons|moons"]]),
    C(F, None, turns=["nurse. explain gradient descent to me", "when does it go pear shaped?"],
      sections=[GRAD], facts=[["overshoot|crawl"]]),
    C(F, None, turns=["farmer here. how does a gan work, in simple words", "so where does it break down?"],
      sections=[UNSTABLE, MODE], facts=[["unstable|mode collapse|few kinds"]]),
    # (6) "what if X gets too good / too big"
    C(F, None, turns=["mechanic. why is training a gan such a pain", "what if the detective side gets too good?"],
      sections=[UNSTABLE], facts=[["rejects every|total confidence"], ["no useful signal|almost no"]]),
    C(F, None, turns=["teacher. why are gans hard to train", "and what if the discriminator is too weak?"],
      sections=[UNSTABLE], facts=[["accepts poor|nothing to learn"]]),
    C(F, None, turns=["electrician. what's the learning rate in gradient descent", "what if i crank it way too high?"],
      sections=[GRAD], facts=[["overshoot"]]),
    C(F, None, turns=["bus driver. whats temperature in a chatbot", "what if its set really high?"],
      sections=[SAMPLING], facts=[["flatten|nonsense|unlikely"]]),
    # (7) "why does it need so many" after a how
    C(F, None, turns=["vet nurse. how does a computer learn from examples with the right answer already marked, like x-rays tagged broken or fine", "why does it need so many of them?"],
      sections=[SUPDATA], facts=[["variety"], ["label"]]),
    C(F, None, turns=["roofer. how does a machine learn from labelled examples", "how come it needs thousands of them though?"],
      sections=[SUPDATA], facts=[["variety|enough"]]),
    # (8) numbers or a reason after a how
    C(F, None, turns=["bookkeeper at a garage. explain precision and recall from a confusion matrix", "go on, do an example with real numbers"],
      sections=[PR], facts=[["0\\.60|60 ?%|60 percent"], ["0\\.75|75 ?%|75 percent"]]),
    C(F, None, turns=["trainee electrician. how do you split data into training and test sets", "why keep some back though, surely more to learn from is better?"],
      sections=[SPLIT], facts=[["memori[sz]|practice sheet|already studied"]]),
    C(F, None, turns=["warehouse picker. what is exploration vs exploitation", "what if the agent only ever exploits?"],
      sections=[EXPLORE], facts=[["stuck"]]),
    C(F, None, turns=["carer. what's overfitting", "so what happens if the model is too simple instead?"],
      sections=[OVER], facts=[["underfitting"], ["both"]]),
]

if __name__ == "__main__":
    rng = random.Random(3434)
    for kind, cases in (("comparison", COMPARISONS), ("followup", FOLLOWUPS)):
        probekit.check_facts(cases)
        work, measure = probekit.halves(cases, rng)
        for name, half in (("work", work), ("measure", measure)):
            head = f"# zcomp34-s34 ({name}): written before running the tutor, split at random (seed 3434).\n\n"
            probekit.write_cases(HERE / name / f"{kind}.toml", head, half)
