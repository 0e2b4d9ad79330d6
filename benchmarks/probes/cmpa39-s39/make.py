"""Comparison probes (stop 39, cmpa39): comparisons whose two sides' key facts are sentences of
sections the question should find (each side's telling sentence must survive the composer), and
comparisons whose sides are named by a use or a job in the learner's world rather than by the
course's term. Written from the course text before any answer was read; the facts of EACH side are
what the judge asks for, so a case fails when one side's fact is missing even when its section is
cited.

Split at random with seed 39, per class, before any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import ADO, APP, DC, ETH, GAPP, GEN, HAL, IND, LM, ML, SUP, TR, UNS, VS

HERE = Path(__file__).parent

EFF = VS + "comparing-efficiency-and-computing-needs"
AFTER = DC + "compute-after-training-machine-learning-versus-heavy-generative-models"
SMALL = LM + "small-language-models-versus-large-ones"
HALM = HAL + "what-hallucination-means"
DEEP = ETH + "deepfakes-and-the-argentine-election-poster"
OVER = TR + "overfitting-and-underfitting"
GAP = ADO + "the-ai-skills-gap"
RESIST = ADO + "resistance-to-change-from-employees"
MLDATA = DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"
THREE = ML + "three-ways-a-machine-can-learn"
LBL = SUP + "learning-from-labelled-examples"
UNL = UNS + "learning-from-unlabelled-data"
CLUST = UNS + "clustering-groups-similar-data-points"
CLSREG = SUP + "classification-versus-regression"
LOSS = TR + "what-a-loss-function-measures"
KM = UNS + "when-k-means-clustering-fails-and-dbscan-helps"
ACC = VS + "comparing-accuracy-and-adaptability"
PREDCRE = VS + "predicting-versus-creating-two-different-goals"
NEWDATA = GEN + "generating-new-data-that-resembles-the-training-data"
SAMEIND = IND + "same-industries-different-jobs"
REC = APP + "recommendation-systems-for-products-movies-and-music"
MUSIC = GAPP + "music-composition-and-personalised-playlists"
IMGGEN = GAPP + "image-generation-for-design-advertising-and-virtual-reality"
TXTGEN = GAPP + "text-generation-for-content-dialogue-and-creative-writing"
HEALTH = IND + "healthcare-detecting-disease-and-drafting-treatment-plans"
FRAUD = APP + "fraud-detection-with-machine-learning"
FIN = IND + "finance-catching-fraud-and-handling-documents"
RETAIL = IND + "retail-predicting-sales-and-writing-product-content"

CHEAP = ["relatively little|comparatively little|cheap"]
HEAVY = ["great deal of computing|computationally demanding"]

FACTS = [  # both sides' telling sentences are in sections the question should find
    ("pub landlord with an old pc. after training, which is lighter to run day to day: a model that predicts stock levels or a gan that makes pictures?",
     [[EFF, AFTER], [EFF, AFTER]], [CHEAP, HEAVY]),
    ("is it true that a normal scoring model costs less computer power to run than one of those big generative ones, once both are trained?",
     [[EFF, AFTER], [EFF, AFTER]], [CHEAP, HEAVY]),
    ("small shop owner. a tiny language model on my own laptop vs a huge one in the cloud: what does each side win and lose?",
     [[SMALL], [SMALL]], [["speed|low memory|ordinary computer"], ["accurately|knowledgeabl|data-centre"]]),
    ("journalist. a chatbot making up a fake quote versus a faked video clip of a minister: how are these two things different?",
     [[HALM], [DEEP]], [["not lying|no sense of true|sounds fluent"], ["real person|never said"]]),
    ("coach. one athlete memorises every drill but can't cope in a real game, another never picked up the basics at all. what are those two in ml terms?",
     [[OVER], [OVER]], [["overfit"], ["underfit|too simple"]]),
    ("hr director. staff who don't want the new ai tools vs not being able to find people who can run them - how do those two problems differ?",
     [[RESIST], [GAP]], [["reluctan|fear|perceived complexity"], ["hire|retain|shortage"]]),
    ("charity with piles of records but no budget for tagging them: labelled learning or unlabelled learning, what's the difference for us?",
     [[MLDATA, LBL, UNL], [MLDATA, UNL]], [["expensive|correct answer"], ["cheap and plentiful|without anyone tagging|unlabelled"]]),
    ("sorting emails into folders I chose vs letting the computer find its own piles: the difference between those two?",
     [[LBL, CLSREG, THREE], [CLUST, UNL, THREE]], [["label|correct answer|categor"], ["does not name the groups|no label|not from any label|similar"]]),
    ("the error number used when predicting a house price vs the one used when predicting cat or dog, how do they differ?",
     [[LOSS], [LOSS]], [["mean squared error"], ["cross-entropy"]]),
    ("k-means vs dbscan: when does each one work and when does it break?",
     [[KM], [KM]], [["round blobs|nearest centre"], ["density|any shape"]]),
    ("gardener. what counts as 'accurate' for a plant disease spotter compared with an ai that makes garden design pictures?",
     [[ACC], [ACC]], [["right answer"], ["realistic and unique"]]),
    ("what does each need to learn from: a model trained with an answer key, one with no answers at all, and one that learns by trial and reward?",
     [[MLDATA, THREE]], [["labelled"], ["unlabelled"], ["environment|reward"]]),
]

USES = [  # sides named by a use or a job rather than by the course's term
    ("bakery owner: ai that makes pictures for our posters vs ai that writes our menu blurbs, what is each good for?",
     [[IMGGEN], [TXTGEN]], [["logo|campaign|visual|poster"], ["one token at a time|drafting|product descriptions"]]),
    ("radio station. the thing suggesting what track to play next vs an ai writing a brand new jingle. same tech?",
     [[REC, MUSIC], [MUSIC]], [["existing songs|recommend"], ["did not exist|compose"]]),
    ("clinic manager: what does ml do with our patients' data compared with what gen ai does with it? what comes out of each?",
     [[HEALTH, SAMEIND], [HEALTH, SAMEIND]], [["detect|prediction|score|category"], ["treatment plan|new content|transcribe"]]),
    ("bank clerk. the system that spots odd card payments compared to the one that drafts letters to customers: how does each actually work?",
     [[FRAUD, FIN], [TXTGEN, FIN]], [["normal|pattern|flag"], ["one token at a time|likely continuation|draft"]]),
    ("estate agent: a number for what a flat will sell for, is that prediction ai or generative ai, and how do they differ?",
     [[PREDCRE, SAMEIND], [PREDCRE, NEWDATA, SAMEIND]], [["predict|number|score"], ["creat|new data|new content"]]),
    ("hotel receptionist. one tool sorts guest reviews into happy and angry, the other writes replies to them. are those the same kind of ai?",
     [[PREDCRE, SAMEIND, APP + "natural-language-processing-with-machine-learning"], [PREDCRE, NEWDATA, TXTGEN, SAMEIND]],
     [["label|classif|category|sentiment|predict"], ["new data|did not exist|create|new content|write"]]),
    ("toy shop. one app forecasts christmas sales and another writes the product pages. whats the difference between the two kinds?",
     [[RETAIL, PREDCRE, SAMEIND], [RETAIL, PREDCRE, NEWDATA, SAMEIND]], [["predict|forecast"], ["product descriptions|new|creat|writ"]]),
    ("wedding planner: making mockup pictures of the venue vs writing the speeches, which generative tool is which and how do they work?",
     [[IMGGEN], [TXTGEN]], [["new pictures|image generation"], ["one token at a time|language model"]]),
    ("podcaster. a spotify-style 'you might like' list vs an ai that composes my intro music: are they doing the same thing?",
     [[REC, MUSIC], [MUSIC]], [["existing songs|recommend|suggest"], ["did not exist|compose|new"]]),
    ("insurance clerk. the tool that guesses which claims are fake vs the tool that writes the claim summary: whats the actual difference between them",
     [[FRAUD, FIN, PREDCRE, SAMEIND], [FIN, TXTGEN, PREDCRE, NEWDATA, SAMEIND]], [["fraud|predict|flag|score"], ["new data|did not exist|create|new content|summar|draft"]]),
    ("teacher. an app that guesses which pupils will struggle vs one that writes practice questions: same sort of ai or not?",
     [[PREDCRE, SAMEIND, IND + "education-personalised-learning-paths-and-virtual-tutors"], [PREDCRE, NEWDATA, SAMEIND, IND + "education-personalised-learning-paths-and-virtual-tutors"]],
     [["predict|label|score|identif"], ["new data|did not exist|create|new content|generat"]]),
    ("ad agency: the ai for campaign visuals compared with the ai for slogans, what's each one for?",
     [[IMGGEN], [TXTGEN]], [["campaign visual|logo|picture|image"], ["text|language model|writ"]]),
]


def build(rows):
    """The probekit cases of ``rows`` (question, sides, facts)."""
    return [probekit.case("comparison", q, sections=sorted({s for side in sides for s in side}), sides=sides, facts=facts)
            for q, sides, facts in rows]


CLASSES = {"facts": FACTS, "uses": USES}

if __name__ == "__main__":
    groups = {k: build(rows) for k, rows in CLASSES.items()}
    probekit.check_facts([c for g in groups.values() for c in g])
    for name, part in probekit.split_by_class(groups.items(), random.Random(39)).items():
        head = f"# Comparison probes (stop 39, cmpa39, {name}), split at random per class (seed 39) before any answer was read.\n\n"
        probekit.write_cases(HERE / name / "comparison.toml", head, part)
        print(name, len(part))
