"""Writes work/ and measure/ followup.toml: fu38-s38's follow-up chains (two and three turns, only
the last judged), split at random per class with seed 38 before any run.

Written from the course text before any answer was read, in voices no earlier follow-up set used
(beekeepers, ferry crew, librarians, potters, bakers, referees ...). Each case names its ``class``:

- ``aspect``: the second turn switches to a sibling subject and keeps the first turn's aspect
  ("what is RL used for | and the unlabelled kind?" asks what unsupervised learning is used for);
- ``mechanism``: "how/why" about the mechanism behind the previous answer ("what does a loss
  measure | how does the model get it lower?" is gradient descent);
- ``numbers``: asking for numbers or a worked example of what was just answered;
- ``described``: the second turn names its subject by a description instead of the term ("and
  the opposite where it tries new stuff" after exploitation is exploration);
- ``three``: three turns, the last leaning on the second, of the same four kinds."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import APP, BEN, DC, EV, GAN, HAL, LM, RL, SUP, TR, UNS, VAE

HERE = Path(__file__).resolve().parent

# (class, turns, sections, facts)
C = [
    # -- aspect ----------------------------------------------------------------------------------------
    ("aspect", ["beekeeper here. what is unsupervised learning used for", "and the trial and error kind?"],
     [RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["game|robot"]]),
    ("aspect", ["what data does reinforcement learning need", "and the one with labels?"],
     [DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning", SUP + "why-supervised-learning-needs-large-labelled-datasets"],
     [["label"]]),
    ("aspect", ["what are gans used for", "and the ones with an encoder and decoder?"],
     [VAE + "what-vaes-are-used-for"], [["anomal|faces|images|new"]]),
    ("aspect", ["where does machine learning fall short", "and the kind that makes new content?"],
     [BEN + "where-generative-ai-falls-short"], [["hallucinat|wrong|bias|false|made up"]]),
    ("aspect", ["ferry crew. what does generative ai do well", "and the predicting kind?"],
     [BEN + "what-machine-learning-does-well"], [["automates data analysis|anomal|complex patterns|pattern"]]),
    ("aspect", ["what are the downsides of k-means", "and the density based one, does it have any?"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["distance setting"]]),
    ("aspect", ["why is gan training so costly", "and the language ones?"],
     [LM + "what-makes-a-language-model-large", DC + "training-cost-compute-expertise-and-time"],
     [["parameters|compute|text|expensive|cost"]]),
    ("aspect", ["how is supervised learning used for images", "and the learning without answers, where is that used?"],
     [UNS + "what-unsupervised-learning-is-used-for"], [["segmentation|anomaly|exploration"]]),
    ("aspect", ["librarian. what does a vae's loss measure", "and a gan's?"],
     [EV + "loss-functions-as-a-quantitative-check-on-generative-models"], [["two losses|generator and one for the discriminator"]]),
    ("aspect", ["how much data does supervised learning need", "and what about when the agent learns from rewards?"],
     [DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning", RL + "feedback-from-an-environment-instead-of-a-dataset"],
     [["environment"]]),
    # -- mechanism -------------------------------------------------------------------------------------
    ("mechanism", ["potter here. what is a gan's discriminator", "and how does it get better at spotting fakes?"],
     [GAN + "how-adversarial-training-works"], [["real samples|batch|sharper"]]),
    ("mechanism", ["what is overfitting", "how does that even happen?"],
     [TR + "overfitting-and-underfitting"], [["too closely|noise|memoris"]]),
    ("mechanism", ["what is k-means", "ok but how does it actually find the groups"],
     [UNS + "how-k-means-finds-clusters"], [["nearest centre|average position"]]),
    ("mechanism", ["what does a language model do", "right, and how does it learn that without anyone marking it?"],
     [LM + "next-token-prediction-step-by-step"],
     [["next token|next word|supplies the right answers|no human labelling"]]),
    ("mechanism", ["what is q-learning", "how does the agent work out the scores though?"],
     [RL + "q-learning-in-the-frozenlake-grid-world"], [["nudges|reward it received"]]),
    ("mechanism", ["what is hallucination", "why do they do that?"],
     [HAL + "why-next-token-prediction-produces-fluent-falsehoods"], [["likely|no sense of true|next token|plausible"]]),
    ("mechanism", ["baker. what does gradient descent do", "how does it know which way to go"],
     [TR + "gradient-descent-in-plain-words"], [["slope|gradient"]]),
    ("mechanism", ["what is a recommendation system", "how does it actually guess what i'd like?"],
     [APP + "recommendation-systems-for-products-movies-and-music"], [["similar|watched|bought|listened"]]),
    ("mechanism", ["what is mode collapse", "why does the generator get stuck like that?"],
     [GAN + "mode-collapse-when-a-gan-loses-variety"], [["fool|easiest strategy|rewarded"]]),
    ("mechanism", ["what's a vae", "so how does it make something new?"],
     [VAE + "generating-new-samples-from-the-latent-space"], [["latent|decoder"]]),
    # -- numbers ---------------------------------------------------------------------------------------
    ("numbers", ["referee here. what is recall", "go on, work it out with real numbers"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["15 / 20|0\\.75"]]),
    ("numbers", ["how is accuracy worked out", "show me the sums"],
     [EV + "accuracy-the-share-of-predictions-that-are-right", EV + "precision-and-recall-computed-from-a-confusion-matrix"],
     [["970 / 1,000|0\\.97|985 / 1,000|98"]]),
    ("numbers", ["what's a train/test split", "what numbers do people usually use?"],
     [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["80 percent|20 percent"]]),
    ("numbers", ["what's a confusion matrix", "fill one in for me with numbers"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["tp = 15|fp = 10|970"]]),
    ("numbers", ["how can accuracy mislead", "give me figures"],
     [EV + "accuracy-the-share-of-predictions-that-are-right"], [["20 of 1,000|98 percent"]]),
    ("numbers", ["what is q-learning", "walk me through a concrete example"],
     [RL + "q-learning-in-the-frozenlake-grid-world"], [["frozenlake|4 by 4"]]),
    ("numbers", ["how do language models pick the next word", "show me a worked example"],
     [LM + "next-token-prediction-step-by-step"], [["probabilit"]]),
    ("numbers", ["what is dimensionality reduction", "with actual numbers please"],
     [UNS + "dimensionality-reduction-simplifies-complex-data"], [["64 pixel|8 by 8|two or three"]]),
    # -- described -------------------------------------------------------------------------------------
    ("described", ["what is exploitation in reinforcement learning", "and the opposite, where it tries new things?"],
     [RL + "exploration-versus-exploitation"], [["exploration means|trying other actions"]]),
    ("described", ["what is classification", "and the other one that predicts a number"],
     [SUP + "classification-versus-regression"], [["regression"]]),
    ("described", ["what is a gan's generator", "and the part that checks its work?"],
     [GAN + "the-generator-and-the-discriminator"], [["discriminator"]]),
    ("described", ["what is precision", "and the one about how many real cases it caught?"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["recall"]]),
    ("described", ["what is overfitting", "and the opposite problem, where the model's too basic?"],
     [TR + "overfitting-and-underfitting"], [["underfitting"]]),
    ("described", ["what is supervised learning", "and the flavour that groups stuff with no answers given?"],
     [UNS + "learning-from-unlabelled-data", UNS + "clustering-groups-similar-data-points"],
     [["no labels|without any correct answer|clustering"]]),
    ("described", ["what does the encoder in a vae do", "and the bit that turns it back into a picture?"],
     [VAE + "encoder-latent-space-and-decoder"], [["decoder"]]),
    ("described", ["what is top-k sampling", "and the one that uses a probability cut-off instead"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["top-p"]]),
    ("described", ["what is a vae", "what about the kind with two networks competing?"],
     [GAN + "the-generator-and-the-discriminator"], [["generator"], ["discriminator"]]),
    ("described", ["what is k-means", "and the other clustering method that copes with odd shapes?"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["dbscan"]]),
    # -- three -----------------------------------------------------------------------------------------
    ("three", ["what is a loss function", "ok how does training make it smaller", "and if the steps are too big?"],
     [TR + "gradient-descent-in-plain-words"], [["overshoot"]]),
    ("three", ["what is a gan", "what's it called when it only makes one kind of thing", "can that be fixed?"],
     [GAN + "mode-collapse-when-a-gan-loses-variety"], [["remed"]]),
    ("three", ["what is precision", "and recall?", "show me both with numbers"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["15 / 25|0\\.60"], ["15 / 20|0\\.75"]]),
    ("three", ["what's a test set", "why hide it until the end", "what if i tune my model on it?"],
     [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["tune|fair"]]),
    ("three", ["what is reinforcement learning", "what is it used for", "and the kind with labelled examples?"],
     [SUP + "learning-from-labelled-examples", SUP + "image-classification-as-a-supervised-task", SUP + "a-worked-example-building-a-spam-filter"],
     [["spam|photo|image|label"]]),
    ("three", ["what is exploration in rl", "how does the agent decide when to do it", "and the opposite?"],
     [RL + "exploration-versus-exploitation"], [["exploitation means|currently looks best"]]),
]

cases = [probekit.case("followup", None, turns=t, sections=s, facts=f, **{"class": k}) for k, t, s, f in C]
probekit.check_facts(cases)
classes = {}
for c in cases:
    classes.setdefault(c["class"], []).append(c)
split = probekit.split_by_class(classes.items(), random.Random(38))
head = "# fu38-s38: follow-up chains by class, split at random per class (seed 38) before any run (see make.py)\n\n"
probekit.write_cases(HERE / "work" / "followup.toml", head, split["work"])
probekit.write_cases(HERE / "measure" / "followup.toml", head, split["measure"])
print(len(split["work"]), len(split["measure"]))
