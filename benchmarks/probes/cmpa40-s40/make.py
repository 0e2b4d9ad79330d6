"""Comparison probes (stop 40, cmpa40): comparisons whose sides' sections the question should
find, where the fact each side needs is the sentence that says how that side works or what sets it
apart (its mechanism, its defining contrast), while the learner's own words echo another sentence
of the same section (an example, a use, a caveat). The class of the read-set failures in
`fails_s40_comparison_a.txt` where the right sections were cited and the telling sentence was left
out. Written from the course text before any answer was read; split at random with seed 40 before
any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import APP, ETH, GAN, GAPP, HAL, LM, RL, SUP, TR, UNS, VAE

HERE = Path(__file__).parent

LBL = SUP + "learning-from-labelled-examples"
IMGCLS = SUP + "image-classification-as-a-supervised-task"
SPAM = SUP + "a-worked-example-building-a-spam-filter"
UNL = UNS + "learning-from-unlabelled-data"
CLUST = UNS + "clustering-groups-similar-data-points"
KM = UNS + "when-k-means-clustering-fails-and-dbscan-helps"
AGENT = RL + "agents-environments-actions-and-rewards"
GD = GAN + "the-generator-and-the-discriminator"
ADV = GAN + "how-adversarial-training-works"
ENC = VAE + "encoder-latent-space-and-decoder"
LMDO = LM + "what-a-language-model-does"
NEXT = LM + "next-token-prediction-step-by-step"
HALM = HAL + "what-hallucination-means"
DEEP = ETH + "deepfakes-and-the-argentine-election-poster"
TXTGEN = GAPP + "text-generation-for-content-dialogue-and-creative-writing"
IMGGEN = GAPP + "image-generation-for-design-advertising-and-virtual-reality"
MUSIC = GAPP + "music-composition-and-personalised-playlists"
REC = APP + "recommendation-systems-for-products-movies-and-music"
FRAUD = APP + "fraud-detection-with-machine-learning"
OVER = TR + "overfitting-and-underfitting"
LOSS = TR + "what-a-loss-function-measures"

TEXT_HOW = ["one token at a time|likely continuation|how text usually continues|likelihood|next token"]
LABEL_HOW = ["match the labels|answer key|correct output|tagged with its category|marks are the labels|correct answer"]
UNL_HOW = ["patterns and structure|not from any label|does not name the groups|no labels|without any correct answer"]

ROWS = [
    ("gym chain owner. one app puts our members into groups by how they train, another predicts who will cancel from past cancellations. how does each actually learn?",
     [[CLUST, UNL], [LBL, IMGCLS]], [UNL_HOW, LABEL_HOW]),
    ("newsletter editor: a chatbot that drafts our weekly newsletter vs an ai that makes the header picture. how does each one actually work?",
     [[TXTGEN, LMDO, NEXT], [IMGGEN]], [TEXT_HOW, ["shapes, textures|learns what shapes|fresh images|look like real-world"]]),
    ("fact-checking desk: a chatbot giving a made-up statistic vs a doctored audio clip of a minister. what's the actual difference between the two?",
     [[HALM], [DEEP]], [["not lying|no sense of true|fluent and confident"], ["real person|never said"]]),
    ("factory sensors. plan one: we mark every past breakdown in the logs and train on that. plan two: we feed in the raw logs unmarked. how does the learning differ between the plans?",
     [[LBL], [UNL]], [LABEL_HOW, ["patterns and structure"]]),
    ("bookshop: the widget suggesting books people might like vs a chatbot writing the blurbs on the back. what is each one actually doing?",
     [[REC], [TXTGEN, LMDO]], [["preferences and behaviour|what a user bought|similar users"], TEXT_HOW]),
    ("fashion brand making fake catwalk photos: a gan or a vae, how does each one produce the picture?",
     [[GD, ADV], [ENC]], [["discriminator|compete"], ["encoder|decoder|latent"]]),
    ("insurance office. the model flagging suspicious claims compared with the bot that writes our customer letters: how does each work?",
     [[FRAUD], [TXTGEN, LMDO]], [["normal financial activity|patterns of fraud|flags transactions"], TEXT_HOW]),
    ("tagging thousands of photos as cat or dog vs letting the computer sort customers into groups nobody named. how is the computer learning in each case?",
     [[IMGCLS, LBL], [CLUST, UNL]], [LABEL_HOW, UNL_HOW]),
    ("dog trainer here. teaching with treats vs showing the dog examples of a correct sit: which is reinforcement learning, which is supervised, and how do they differ?",
     [[AGENT], [LBL]], [["reward|trial and error"], LABEL_HOW]),
    ("music teacher: the app suggesting pieces my pupils might enjoy vs an app composing brand new practice pieces. is it the same kind of ai?",
     [[REC, MUSIC], [MUSIC]], [["existing songs|preferences and behaviour"], ["did not exist|new pieces of music|compose"]]),
    ("the error number for a house-price model vs for a cat-or-dog model: how is each one worked out?",
     [[LOSS], [LOSS]], [["mean squared error"], ["cross-entropy"]]),
    ("delivery firm mapping hotspots: k-means vs dbscan, how does each one decide which points belong together?",
     [[KM], [KM]], [["nearest centre|round blobs"], ["density|many close neighbours"]]),
    ("student journalist: when a chatbot invents a source, is that the same as a faked photo of a celebrity? how do they work differently?",
     [[HALM], [DEEP]], [["not lying|no sense of true|fluent and confident|not supported by any source"], ["real person|never said"]]),
    ("a spam filter vs a chatbot - how does each one actually decide what to output?",
     [[SPAM, LBL], [LMDO, NEXT, TXTGEN]], [["label|spam"], TEXT_HOW]),
    ("coach: a forecast model that memorised last season perfectly but flops this season vs one that's too basic to get anything right. what's the difference between those two problems?",
     [[OVER], [OVER]], [["overfit"], ["underfit|too simple"]]),
    ("pharmacy chain. a gan making synthetic prescription images vs a language model writing the leaflets: how is each one trained?",
     [[GD, ADV], [NEXT, LMDO, TXTGEN]], [["discriminator"], ["next token|how text usually continues|likely continuation|one token at a time"]]),
]


def build(rows):
    """The probekit cases of ``rows`` (question, sides, facts)."""
    return [probekit.case("comparison", q, sections=sorted({s for side in sides for s in side}), sides=sides, facts=facts)
            for q, sides, facts in rows]


if __name__ == "__main__":
    cases = build(ROWS)
    probekit.check_facts(cases)
    for name, part in probekit.split_by_class([("telling", cases)], random.Random(40)).items():
        head = f"# Comparison probes (stop 40, cmpa40, {name}), split at random (seed 40) before any answer was read.\n\n"
        probekit.write_cases(HERE / name / "comparison.toml", head, part)
        print(name, len(part))
