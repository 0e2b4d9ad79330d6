"""Writes work/ and measure/ followup.toml: fu40-s40's chains (stop 40), split at random per class
with seed 40 before any run. Written from the course text before any answer was read.

Both classes come from a chat trial: after two turns on one subject, the learner asks a question
with a full subject of its own, and the answer must come from that subject, not the old one.

- ``own_pronoun``: the new question names its subject and then points at it with "it"/"they"
  in a clause of its own ("how does a game bot learn if nobody tells it the right move"): the
  pronoun points inside the question, not back at the conversation;
- ``own_plain``: the new question names its subject and has no pronoun ("is a bigger language
  model always better"): no section of the old subject may come along.

- ``label`` (added later the same stop): a first question opened by a short job label ("lighthouse
  keeper. what is overfitting"), then a follow-up leaning on its topic.

``check.py`` also counts answers citing a section of the first turn's lesson (carried over)."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import APP, BEN, DC, ETH, EV, FUT, GAN, GAPP, HAL, LM, RL, SUP, TR, UNS, VAE

HERE = Path(__file__).resolve().parent

ADOPT = ["what makes it hard for a company to start using ai", "why would the staff push back on it"]
PILOT = ["how should a small firm begin with ai", "why start with a pilot"]
GANS = ["what is a gan", "why is it hard to train"]
HALL = ["why do chatbots make things up", "how can i tell when it happens"]
KM = ["how does k-means work", "what goes wrong with it"]
ETHX = ["what is the eu ai act", "who does it apply to"]

# (class, first turns, last turn, sections, facts)
C = [
    # -- own_pronoun --------------------------------------------------------------------------------
    ("own_pronoun", ADOPT, "how does a robot learn to walk when nobody shows it the steps",
     [RL + "agents-environments-actions-and-rewards", RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems",
      RL + "feedback-from-an-environment-instead-of-a-dataset"], [["reward"]]),
    ("own_pronoun", PILOT, "how does a spam filter know an email is junk if nobody told it the rules",
     [SUP + "a-worked-example-building-a-spam-filter", SUP + "learning-from-labelled-examples"], [["label"]]),
    ("own_pronoun", GANS, "how does a chatbot pick its next word once you give it a prompt",
     [LM + "next-token-prediction-step-by-step", LM + "sampling-temperature-top-k-and-top-p"],
     [["token|probabilit"]]),
    ("own_pronoun", HALL, "how does a clustering algorithm sort customers if you never tell it the groups",
     [UNS + "clustering-groups-similar-data-points", UNS + "learning-from-unlabelled-data", UNS + "how-k-means-finds-clusters"],
     [["similar|group|cluster"]]),
    ("own_pronoun", KM, "how does a bank's fraud system spot a dodgy payment before i even notice it",
     [APP + "fraud-detection-with-machine-learning"],
     [["unusual|pattern|transaction"]]),
    ("own_pronoun", ETHX, "how does an image generator draw a cat that nobody ever photographed if it only saw real photos",
     [GAPP + "image-generation-for-design-advertising-and-virtual-reality", "what-is-generative-ai/the-cat-pictures-example-of-generative-ai",
      "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it", "what-is-generative-ai/generating-new-data-that-resembles-the-training-data"],
     [["new|pattern"]]),
    ("own_pronoun", ADOPT, "does a recommendation engine get better the more i use it",
     [APP + "recommendation-systems-for-products-movies-and-music"], [["watched|bought|listened|similar"]]),
    ("own_pronoun", PILOT, "how does a model know it's overfitting unless someone tests it on new data",
     [TR + "overfitting-and-underfitting", TR + "splitting-data-into-a-training-set-and-a-test-set"], [["test"]]),
    ("own_pronoun", GANS, "how does a self-teaching chess program improve when no one marks its moves",
     [RL + "agents-environments-actions-and-rewards", RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems",
      RL + "feedback-from-an-environment-instead-of-a-dataset", RL + "maximising-cumulative-reward"], [["reward"]]),
    ("own_pronoun", HALL, "why does a gradient descent step go wrong if you make it too big",
     [TR + "gradient-descent-in-plain-words"], [["overshoot"]]),
    ("own_pronoun", KM, "how can a vae make a new face once it has squeezed the old ones down",
     [VAE + "generating-new-samples-from-the-latent-space", VAE + "encoder-latent-space-and-decoder"], [["latent"], ["decoder"]]),
    ("own_pronoun", ETHX, "how does a music app guess what song i want before i ask it",
     [APP + "recommendation-systems-for-products-movies-and-music", GAPP + "music-composition-and-personalised-playlists"],
     [["listened|listening|similar|taste"]]),
    # -- own_plain ----------------------------------------------------------------------------------
    ("own_plain", ADOPT, "is a larger chatbot model always the smarter choice",
     [LM + "small-language-models-versus-large-ones"], [["small"]]),
    ("own_plain", PILOT, "are small language models any good",
     [LM + "small-language-models-versus-large-ones"], [["small"]]),
    ("own_plain", PILOT, "what does precision mean for a fraud detector",
     [EV + "precision-and-recall-computed-from-a-confusion-matrix", EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"],
     [["precision"]]),
    ("own_plain", ADOPT, "what is the difference between supervised and unsupervised learning",
     [SUP + "learning-from-labelled-examples", UNS + "learning-from-unlabelled-data", "what-is-ml/three-ways-a-machine-can-learn",
      DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["label"]]),
    ("own_plain", GANS, "why does more training data usually help a model",
     [SUP + "why-supervised-learning-needs-large-labelled-datasets", "what-is-ml/patterns-trends-and-improving-with-more-data",
      DC + "training-data-for-generative-models-large-clean-and-varied"], [["more data|more examples|variety|varied"]]),
    ("own_plain", HALL, "what jobs are there in machine learning",
     ["skills-and-learning-paths/skills-for-working-in-machine-learning", "skills-and-learning-paths/educational-paths-into-machine-learning"],
     [["python|statistic|programming|data"]]),
    ("own_plain", KM, "what are deepfakes",
     [ETH + "deepfakes-and-the-argentine-election-poster", FUT + "deepfakes-and-regulation-in-the-years-ahead"], [["fake|realistic"]]),
    ("own_plain", ETHX, "how much compute does training a large model take",
     [DC + "training-cost-compute-expertise-and-time", DC + "compute-after-training-machine-learning-versus-heavy-generative-models"],
     [["gpu|hardware|expensive|cost|weeks|compute"]]),
    ("own_plain", ADOPT, "what is temperature in text generation",
     [LM + "sampling-temperature-top-k-and-top-p"], [["temperature"]]),
    ("own_plain", PILOT, "what can machine learning do really well",
     [BEN + "what-machine-learning-does-well"], [["pattern|automat|anomal"]]),
    ("own_plain", GANS, "what is a confusion matrix",
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["true positive|false positive"]]),
    ("own_plain", ADOPT, "what is mode collapse",
     [GAN + "mode-collapse-when-a-gan-loses-variety"], [["variety|same"]]),
]

# -- label (written after the first two classes' run, before any answer to these was read): a
# first question opened by a short job label the tutor's job lists may not know, then a follow-up
# that leans on the topic; the label must not travel with the topic into the follow-up's search.
C += [
    ("label", ["lighthouse keeper. what is overfitting"], "how do people stop it happening?",
     [TR + "overfitting-and-underfitting"], [["more data|simpler|regulari|stop"]]),
    ("label", ["tram conductor. how does k-means work"], "and what goes wrong with it?",
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["round|shape|half-moon"]]),
    ("label", ["glassblower. what is a gan"], "how do you tell if it's any good",
     [EV + "judging-generated-output-on-realism-coherence-and-diversity", EV + "loss-functions-as-a-quantitative-check-on-generative-models"],
     [["realism|diversity|coherence|loss"]]),
    ("label", ["ski instructor. what is reinforcement learning"], "how does it choose between trying new stuff and sticking with what works",
     [RL + "exploration-versus-exploitation"], [["explor"]]),
    ("label", ["harbour pilot. what is a language model"], "how does it pick the next word?",
     [LM + "next-token-prediction-step-by-step", LM + "sampling-temperature-top-k-and-top-p"], [["token|probabilit"]]),
    ("label", ["wedding florist. what's a deepfake"], "how could i tell one apart from a real video",
     [ETH + "deepfakes-and-the-argentine-election-poster", FUT + "deepfakes-and-regulation-in-the-years-ahead"], [["label|watermark|detect|regulat|fake"]]),
    ("label", ["bus mechanic. what is a vae"], "ok and how does it make something new",
     [VAE + "generating-new-samples-from-the-latent-space"], [["latent"]]),
    ("label", ["church organist. what does a loss function do"], "and how does training push it down?",
     [TR + "gradient-descent-in-plain-words"], [["gradient|slope|downhill"]]),
    ("label", ["scaffolder. what is precision in machine learning"], "why isn't it enough on its own?",
     [EV + "why-fraud-and-disease-detection-need-both-precision-and-recall", EV + "precision-and-recall-computed-from-a-confusion-matrix"],
     [["recall"]]),
    ("label", ["theatre usher. what is a chatbot hallucination"], "how do i double check an answer for it",
     [HAL + "how-to-spot-and-reduce-hallucination"], [["source|citation|twice"]]),
    ("label", ["rope access tech. what is unsupervised learning"], "what's it actually used for?",
     [UNS + "what-unsupervised-learning-is-used-for"], [["segment|anomal|explor"]]),
    ("label", ["sheep shearer. what is supervised learning"], "why does it need so many examples",
     [SUP + "why-supervised-learning-needs-large-labelled-datasets"], [["variety|label|examples"]]),
]

cases = [
    probekit.case("followup", None, turns=[*first, last], sections=s, facts=f, **{"class": k})
    for k, first, last, s, f in C
]
probekit.check_facts(cases)
classes: dict[str, list] = {}
for c in cases:
    classes.setdefault(c["class"], []).append(c)
split = probekit.split_by_class(classes.items(), random.Random(40))
head = "# fu40-s40: fresh subjects after a conversation, split at random per class (seed 40) before any run (see make.py)\n\n"
probekit.write_cases(HERE / "work" / "followup.toml", head, split["work"])
probekit.write_cases(HERE / "measure" / "followup.toml", head, split["measure"])
print(len(split["work"]), len(split["measure"]))
