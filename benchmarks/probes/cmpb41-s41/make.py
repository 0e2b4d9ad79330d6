"""Comparison probes (stop 41, cmpb41): comparisons told as two everyday jobs or products, two
faults put side by side, a learner preamble before the comparison, and sides whose own section
has a near neighbour. ``products``: a tool that picks existing things against one that makes new
ones (recommendation against generation). ``clsreg``: one job answering yes/no (or a category)
against one answering a number. ``faults``: two failures told in everyday words, "same fault or
different?". ``preamble``: a plain course comparison after an aside about the learner ("dont
judge", "bear with me") that must not be taken as the topic. ``neighbour``: sides whose section
has a close neighbour that says less about them (multimodal against custom chatbots, labels
against trial and error, anomaly against fraud). Written from the course text before any answer
was read; split at random with seed 41."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
PVC = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
TEXTGEN = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
IMGGEN = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
CLSREG = "supervised-learning/classification-versus-regression"
HALL = "hallucination/what-hallucination-means"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
OVER = "training-and-overfitting/overfitting-and-underfitting"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
HARMFUL = "ethics-and-regulation/biased-or-harmful-generated-content"
NOISY = "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"
VARIES = "hallucination/why-generated-content-varies-in-quality"
VAEG = "vaes/vaes-compared-with-gans"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
THREE = "what-is-ml/three-ways-a-machine-can-learn"
SMALL = "language-models/small-language-models-versus-large-ones"
EXPLORE = "reinforcement-learning/exploration-versus-exploitation"
MULTI = "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"
CUSTOM = "future-trends/custom-mini-chatbots-built-without-code"
SUPLAB = "supervised-learning/learning-from-labelled-examples"
RLAG = "reinforcement-learning/agents-environments-actions-and-rewards"
ANOM = "ml-applications/predictive-analytics-and-anomaly-detection"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
DEEPFAKE = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
GANGEN = "gans/the-generator-and-the-discriminator"
VAESAMPLE = "vaes/generating-new-samples-from-the-latent-space"
SPEECH = "ml-applications/image-and-speech-recognition"

PICK_MAKE = [["recommend|picks existing"], ["did not exist|compose|create"]]
CLS_REG = [["classification"], ["regression"]]

PRODUCTS = [
    ("wedding dj. the streaming app that lines up songs a couple will probably like, versus an ai that writes a first-dance tune nobody has heard. what's the real difference", [MUSIC], PICK_MAKE),
    ("gym owner here: one app suggests workout tracks from what members already play, another composes fresh music for classes. are those the same kind of ai?", [MUSIC], PICK_MAKE),
    ("bookshop manager. the website bit that suggests books other readers liked vs an ai that writes brand new short stories, how are they different?", [REC, TEXTGEN], [["recommend|suggests items"], ["write new text|new text"]]),
    ("film club: the streaming service suggesting which film to watch next compared to an ai that dreams up a brand new poster for the screening - what separates them?", [REC, IMGGEN], [["recommend|suggests items"], ["create new pictures|new pictures|fresh images"]]),
    ("radio presenter. difference between a system that chooses which records to play for each listener and a system that makes new music in a requested style?", [MUSIC], PICK_MAKE),
    ("online shop: the feature that puts 'you might also like' products in front of customers versus an ai that invents product photos. one is predicting and one is creating?", [REC, IMGGEN], [["recommend|suggests items"], ["create new pictures|new pictures|fresh images"]]),
    ("dance teacher. an app that picks existing songs for my class and an app that generates new songs for it, what's the difference between the two", [MUSIC], PICK_MAKE),
    ("librarian. a tool that tells each reader which book they'd enjoy, and a tool that writes a new poem on request. are those two different branches of ai?", [PVC], [["predict|which film a viewer will enjoy|judgement"], ["create new data|did not exist"]]),
]

CLSREG_ROWS = [
    ("taxi firm. one model says whether a booking will get cancelled, another says how many minutes late the driver will be. same type of problem?", [CLSREG], CLS_REG),
    ("school office: predicting a pupil's exam mark out of 100 versus predicting just pass or fail. what's the difference in ml terms", [CLSREG], CLS_REG),
    ("baker: guessing how many loaves we'll sell tomorrow vs guessing whether a loaf gets rejected at the quality check. are these different kinds of prediction?", [CLSREG], CLS_REG),
    ("dental practice. a system that says if a tooth needs a filling, yes or no, and one that estimates how many years a crown will last. same sort of model or not?", [CLSREG], CLS_REG),
    ("warehouse: is working out whether a parcel is damaged a different flavour of task from estimating its weight in kilos?", [CLSREG], CLS_REG),
    ("hotel manager. will this guest complain, yes or no, versus how much will they spend at the bar in pounds. two different kinds of model?", [CLSREG], CLS_REG),
    ("garden centre: sorting plant photos into healthy or diseased, and predicting how tall the plant will be in cm. how do those two jobs differ?", [CLSREG], CLS_REG),
    ("vet receptionist. one tool guesses if a pet will miss its appointment, another guesses the bill in pounds. is that the same kind of machine learning?", [CLSREG], CLS_REG),
]

FAULTS = [
    ("a chatbot invented a court case that never happened, and our face-making gan keeps spitting out the same face. one problem or two?", [HALL, MODE], [["false|made up|not supported"], ["few kinds|variety|mode collapse"]]),
    ("our model was brilliant on its practice data but flops on real customers, and a colleague's model is rubbish on both. same issue?", [OVER], [["overfit"], ["underfit"]]),
    ("our hiring tool keeps marking down older applicants, and our chatbot quoted a policy we never wrote. one kind of failure or two different ones?", [BIAS, HALL], [["unfair|groups"], ["false|made up|not supported"]]),
    ("the image generator draws every nurse as a woman, and the chatbot gave me a wrong date as if it were fact. is that the same fault?", [HARMFUL, HALL], [["stereotype|biased"], ["false|made up|wrong date"]]),
    ("typos and broken sensor readings in our data vs data that only covers summer: are these the same kind of data problem?", [NOISY], [["noisy|errors|typos"], ["incomplete|summer|missing"]]),
    ("the picture tool only ever draws one breed of dog, and last week a chatbot told me about a book that doesn't exist. are those related faults?", [MODE, HALL], [["few kinds|variety|mode collapse"], ["false|made up|does not exist"]]),
    ("one draft from the ai is great and the next is sloppy, versus the ai stating a fake statistic with total confidence. same fault or different?", [VARIES, HALL], [["varies|vary|different paths"], ["false|made up|confident"]]),
    ("a model that memorised every training example vs a model too simple to catch the pattern, are those the same problem or opposites?", [OVER], [["overfit"], ["underfit"]]),
]

PREAMBLE = [
    ("i do the raffle at our church (bear with me, not techy). what's the difference between a gan and a vae?", [VAEG], [["blurr"], ["sharper|realistic"]]),
    ("im the office tea-maker (no laughing). precision vs recall, how do they differ?", [PR], [["alarm"], ["real cases"]]),
    ("retired plumber, humour me: supervised vs unsupervised vs reinforcement learning, whats the difference?", [THREE], [["correct answer|label"], ["no answers|structure"], ["reward"]]),
    ("bit embarrassing asking this at my age but here goes. small language model vs a large one?", [SMALL], [["ordinary computer|laptop"], ["data-centre|more accurately"]]),
    ("i coach under-9s football on saturdays (yes really, dont judge). exploration vs exploitation, how are they different?", [EXPLORE], [["try|trying"], ["currently looks best|known"]]),
    ("please dont roll your eyes at me. classification vs regression, what separates them?", CLSREG_ROWS[0][1], CLS_REG),
    ("first time asking anything here, go easy. overfitting vs underfitting?", [OVER], [["overfit"], ["underfit"]]),
    ("ok slightly random one from a school cook (sorry!). whats the difference between a gan's generator and its discriminator?", [GANGEN], [["creates new data|generator creates"], ["judges|real"]]),
]

NEIGHBOUR = [
    ("what's the difference between a chatbot you can show a photo to and talk to out loud, and a little chatbot our club builds itself without any coding?", [MULTI, CUSTOM], [["more than one kind|text, images and audio|multimodal"], ["without writing a line of code|no programming"]]),
    ("training a model on thousands of past examples someone has marked right or wrong, compared with letting a program learn by trial and error. what does each one need?", [SUPLAB, RLAG], [["label"], ["trial and error|reward"]]),
    ("how is anomaly detection different from fraud detection?", [ANOM, FRAUD], [["does not fit|usual pattern|normal"], ["fraud"]]),
    ("is a deepfake the same thing as a chatbot hallucination?", [DEEPFAKE, HALL], [["real person|never said"], ["false|made up|not supported"]]),
    ("when it makes a new picture, where does a gan's generator start from compared with a vae?", [GANGEN, VAESAMPLE], [["noise|random numbers"], ["latent space|decoder"]]),
    ("speech to text on my phone versus an ai that reads text out in a made-up voice, what's the difference?", [SPEECH, "generative-ai-applications/code-audio-and-new-drug-molecules"], [["speech recognition|into text"], ["chosen voice|audio generation"]]),
    ("a chatbot that only knows text vs gpt-4 or gemini, what's different about the second kind?", [MULTI], [["more than one kind|text, images and audio"]]),
    ("spotting an odd sensor reading vs forecasting next month's sales, how do these two uses differ?", [ANOM], [["anomaly"], ["predictive analytics|forecast"]]),
]


def cases(rows):
    """The probekit cases of ``rows`` (question, sections, facts): comparisons, a side per section."""
    return [probekit.case("comparison", q, sections=sections, facts=facts) for q, sections, facts in rows]


if __name__ == "__main__":
    classes = (("products", PRODUCTS), ("clsreg", CLSREG_ROWS), ("faults", FAULTS), ("preamble", PREAMBLE), ("neighbour", NEIGHBOUR))
    probekit.check_facts([c for _, rows in classes for c in cases(rows)])
    here = Path(__file__).parent
    split = probekit.split_by_class(tuple((n, cases(rows)) for n, rows in classes), random.Random(41))
    head = "# Comparison probes (stop 41, cmpb41), split at random by class (seed 41).\n\n"
    for name in ("work", "measure"):
        probekit.write_cases(here / name / "comparison.toml", head, split[name])
