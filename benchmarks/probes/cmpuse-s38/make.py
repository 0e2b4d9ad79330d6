"""Comparison probes (stop 38, cmpuse): comparisons whose two sides are named by what a tool does in
the learner's world rather than by course terms ("the app that guesses X vs the app that writes Y"),
comparisons between the kinds of learning described in everyday words (an answer key vs trial and
error with rewards; tagged vs untagged records), and bare family comparisons (predicting vs
creating) whose generative side must be defined too. Written from the course text before any
answer was read; the facts of EACH side are what the judge asks for, so a case fails when one
side's facts are missing even when its section is cited.

Split at random with seed 38, per class, before any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import APP, DC, GAPP, GEN, IND, ML, RL, SUP, UNS, VS

HERE = Path(__file__).parent

PREDCRE = VS + "predicting-versus-creating-two-different-goals"
NEWDATA = GEN + "generating-new-data-that-resembles-the-training-data"
THREE = ML + "three-ways-a-machine-can-learn"
MLDATA = DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"
LBL = SUP + "learning-from-labelled-examples"
UNL = UNS + "learning-from-unlabelled-data"
CLUST = UNS + "clustering-groups-similar-data-points"
RLA = RL + "agents-environments-actions-and-rewards"
RLENV = RL + "feedback-from-an-environment-instead-of-a-dataset"
SPEECH = APP + "image-and-speech-recognition"
REC = APP + "recommendation-systems-for-products-movies-and-music"
FRAUD = APP + "fraud-detection-with-machine-learning"
PREDAN = APP + "predictive-analytics-and-anomaly-detection"
IMGGEN = GAPP + "image-generation-for-design-advertising-and-virtual-reality"
TXTGEN = GAPP + "text-generation-for-content-dialogue-and-creative-writing"
CODE = GAPP + "code-audio-and-new-drug-molecules"
MUSIC = GAPP + "music-composition-and-personalised-playlists"
SAMEIND = IND + "same-industries-different-jobs"
HEALTH = IND + "healthcare-detecting-disease-and-drafting-treatment-plans"
RETAIL = IND + "retail-predicting-sales-and-writing-product-content"
FIN = IND + "finance-catching-fraud-and-handling-documents"
SERVICES = ML + "everyday-machine-learning-services"

PRED_SIDE = [PREDCRE, SAMEIND, SERVICES]
GEN_SIDE = [PREDCRE, NEWDATA, SAMEIND]
PREDFACT = ["predict|label|score|judgement|classif|recogni|decision"]
GENFACT = ["new data|did not exist|brand-new|create|new content|new pictures|new text"]

DOES = [  # two tools named by what they do in the learner's world
    ("florist. the app that guesses how many roses we'll sell for valentines vs the app that writes our instagram captions. how are those two different?",
     [[PREDAN, RETAIL, *PRED_SIDE], [TXTGEN, RETAIL, *GEN_SIDE]], [PREDFACT, GENFACT]),
    ("the camera thing that reads number plates at the car park versus the thing that makes fake photos of cars, whats the difference",
     [[SPEECH, *PRED_SIDE], [IMGGEN, *GEN_SIDE]], [PREDFACT, GENFACT]),
    ("spotify picking songs for me vs an ai that composes a song from scratch - same kind of ai?",
     [[MUSIC, REC], [MUSIC]], [["existing songs|recommend"], ["did not exist|compose"]]),
    ("vet nurse. software that flags which x-rays show a broken leg compared to software that drafts the discharge letter for the owner, how do they differ",
     [[HEALTH, *PRED_SIDE], [HEALTH, TXTGEN, *GEN_SIDE]], [["detect|labelled scans|predict|label"], ["draft|new|create"]]),
    ("my bank app blocks weird payments and also has a chat thing that writes replies. are those the same sort of ai?",
     [[FRAUD, FIN, *PRED_SIDE], [TXTGEN, FIN, *GEN_SIDE]], [["fraud"], ["text|repl|generat|new"]]),
    ("subtitles that write down what the actor says vs a voice that reads my audiobook out in a chosen voice: which is predicting and which is generating?",
     [[SPEECH, *PRED_SIDE], [CODE, *GEN_SIDE]], [["speech recognition|spoken|transcri"], ["audio generation|chosen voice"]]),
    ("chemist. a model that predicts whether a compound is toxic vs a model that invents new molecules - how are those different kinds of ai?",
     [[PREDCRE, SERVICES, PREDAN], [CODE, HEALTH, *GEN_SIDE]], [PREDFACT, ["molecul|new"]]),
    ("teacher. the tool that sorts essays into pass/fail vs the tool that writes practice essays for the class - whats the real difference",
     [[*PRED_SIDE, LBL], [TXTGEN, *GEN_SIDE]], [PREDFACT, GENFACT]),
    ("shop owner: the thing that suggests 'customers also bought' vs the thing that writes the product descriptions. how are they different",
     [[RETAIL, REC, *PRED_SIDE], [RETAIL, TXTGEN, *GEN_SIDE]], [["recommend|also bought"], ["description|writ|new"]]),
    ("coder. autocomplete that writes the next lines of my function vs a tool that labels bug reports as urgent or not, which is which",
     [[CODE, *GEN_SIDE], [*PRED_SIDE, LBL]], [["code generation|next lines|function"], PREDFACT]),
    ("the ai that decides if a tumour on a scan looks suspicious vs the ai that writes the treatment plan, which is ml and which is gen ai",
     [[HEALTH, *PRED_SIDE], [HEALTH, *GEN_SIDE]], [["scan|detect"], ["treatment plan|draft"]]),
    ("farmer. a program that predicts tomorrow's milk yield vs one that draws new pictures of cows, how are those two apart",
     [[PREDAN, *PRED_SIDE], [IMGGEN, *GEN_SIDE]], [PREDFACT, GENFACT]),
]

LEARNING = [  # kinds of learning described in everyday words
    ("dog trainer. teaching with a treat when it gets it right vs showing it the right answer every time - in machine terms how do those differ",
     [[RLA, THREE, RLENV, MLDATA], [LBL, THREE, MLDATA]], [["reward"], ["label|correct answer"]]),
    ("driving instructor. a learner copying a worked answer book vs a learner finding out by crashing and getting told off. whats the ai version of each",
     [[LBL, THREE, MLDATA], [RLA, THREE, RLENV, MLDATA]], [["label|correct answer"], ["reward|penalt|trial and error"]]),
    ("lab manager. option 1 we mark every sample as contaminated or clean and train on that. option 2 we just feed raw samples with no marks and let it find groups. how are those different",
     [[LBL, THREE, MLDATA], [UNL, THREE, MLDATA, CLUST]], [["label|correct answer"], ["unlabelled|no labels|no answers"]]),
    ("hr officer. sorting staff into groups nobody defined in advance vs training on staff records a manager already rated - whats the difference",
     [[UNL, CLUST, THREE], [LBL, THREE]], [["group|similar|no labels|no answers"], ["label|correct answer"]]),
    ("what does each learning type need to be given to learn: supervised, unsupervised and reinforcement",
     [[MLDATA, THREE]], [["labelled"], ["unlabelled|no answers"], ["environment|reward"]]),
    ("gym coach. learning with an answer key vs learning by having a go and getting points or penalties - which is which kind of machine learning",
     [[LBL, THREE, MLDATA], [RLA, THREE, RLENV, MLDATA]], [["supervised"], ["reinforcement"]]),
    ("warehouse lead. readings that come with the right answer attached vs readings that come with nothing, what changes in how the machine learns",
     [[LBL, THREE, MLDATA], [UNL, THREE, MLDATA]], [["label|correct answer"], ["pattern|structure|group"]]),
    ("one kind learns from data someone tagged, another kind learns by trying things in a game and scoring points. how are those two different",
     [[LBL, THREE, MLDATA], [RLA, THREE, RLENV, MLDATA]], [["label|correct answer"], ["environment|reward"]]),
    ("which needs a big pile of historical examples: a model taught from past graded work, or a bot that learns by acting and getting rewarded?",
     [[MLDATA, RLENV, LBL]], [["labelled"], ["no traditional dataset|does not need a traditional dataset|environment"]]),
    ("baker. learning from recipes with the right result written down vs noticing which loaves look alike without being told - what's the ai difference",
     [[LBL, THREE, MLDATA], [UNL, CLUST, THREE, MLDATA]], [["label|correct answer"], ["similar|look alike|group|no labels|no answers"]]),
]

FAMILY = [  # a bare family comparison: each side's own definition
    ("predicting vs creating ai, what's the difference?", [[PREDCRE, NEWDATA]], [PREDFACT, ["new data|did not exist|create"]]),
    ("guessing ai vs making ai, explain like im a plumber", [[PREDCRE, NEWDATA]], [PREDFACT, ["new data|did not exist|create"]]),
    ("the predicting kind of ai compared with the making-things kind", [[PREDCRE, NEWDATA]], [PREDFACT, ["new data|did not exist|create"]]),
    ("predictive models versus generative models in one paragraph please", [[PREDCRE, NEWDATA]], [PREDFACT, ["new data|did not exist|create"]]),
    ("ai that forecasts vs ai that produces content: how do they differ", [[PREDCRE, NEWDATA]], [PREDFACT, ["new data|did not exist|create"]]),
    ("nurse. difference between ai that predicts things and ai that generates things?", [[PREDCRE, NEWDATA]], [PREDFACT, ["new data|did not exist|create"]]),
    ("classic predictive ml or generative ai, what separates them", [[PREDCRE, NEWDATA]], [PREDFACT, ["new data|did not exist|create"]]),
    ("how is a model that makes predictions different from one that makes new stuff", [[PREDCRE, NEWDATA]], [PREDFACT, ["new data|did not exist|create"]]),
]


def build(rows, klass):
    """The probekit cases of ``rows`` (question, sides, facts) of one class."""
    return [probekit.case("comparison", q, sections=sorted({s for side in sides for s in side}), sides=sides, facts=facts)
            for q, sides, facts in rows]


CLASSES = {"does": DOES, "learning": LEARNING, "family": FAMILY}

if __name__ == "__main__":
    groups = {k: build(rows, k) for k, rows in CLASSES.items()}
    probekit.check_facts([c for g in groups.values() for c in g])
    for name, part in probekit.split_by_class(groups.items(), random.Random(38)).items():
        head = f"# Comparison probes (stop 38, cmpuse, {name}), split at random per class (seed 38) before any answer was read.\n\n"
        probekit.write_cases(HERE / name / "comparison.toml", head, part)
        print(name, len(part))
