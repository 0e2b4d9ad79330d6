"""Writes work/ and measure/ followup.toml: fu39-s39's follow-up chains (two and three turns, only
the last judged), split at random per class with seed 39 before any run.

Written from the course text before any answer was read, in voices no earlier follow-up set used
(tram drivers, florists, sound engineers, locksmiths, midwives ...). Each case names its ``class``:

- ``pronoun``: the follow-up leans on "it/that/they/those" for the previous subject;
- ``topicless``: no subject and no pronoun ("any downsides?", "where is this used?");
- ``narrow``: narrows to a detail or a practical angle of the previous answer ("in practice, how
  would I check?", "what if someone uses the held back part?");
- ``switch``: "and for X?" switching to a sibling item, keeping the asked aspect;
- ``example_why``: asks for an example or why of what was just answered;
- ``three``: three turns, the last leaning on the second."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import ADO, APP, BEN, ETH, EV, FUT, GAN, GAPP, HAL, LM, RL, SK, SUP, TR, UNS, VAE

HERE = Path(__file__).resolve().parent

# (class, turns, sections, facts)
C = [
    # -- pronoun ---------------------------------------------------------------------------------------
    ("pronoun", ["tram driver here. what is gradient descent", "does it always find the best answer?"],
     [TR + "gradient-descent-in-plain-words"], [["small step|downhill|slope|learning rate"]]),
    ("pronoun", ["what is mode collapse", "how would i notice it happening"],
     [GAN + "mode-collapse-when-a-gan-loses-variety"], [["same|variety|few"]]),
    ("pronoun", ["what's dbscan", "why would i pick it over k-means?"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["shape|noise|density|dense"]]),
    ("pronoun", ["florist. what is a recommendation system", "where would i have met one?"],
     [APP + "recommendation-systems-for-products-movies-and-music"], [["movie|music|product|shop|stream"]]),
    ("pronoun", ["what is the latent space in a vae", "what does it actually hold?"],
     [VAE + "what-the-latent-space-represents"], [["compressed|features|similar|nearby|close"]]),
    ("pronoun", ["what is temperature in a language model", "what happens if i turn it right up?"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["random|surpris|creative|varied"]]),
    ("pronoun", ["what is feature scaling", "why bother doing that?"],
     [TR + "features-feature-scaling-and-feature-engineering"], [["range|scale|dominate|similar"]]),
    ("pronoun", ["sound engineer. what is a deepfake", "can they be used for anything bad?"],
     [ETH + "deepfakes-and-the-argentine-election-poster", FUT + "deepfakes-and-regulation-in-the-years-ahead"],
     [["election|mislead|misinformation|fake|deceive"]]),
    # -- topicless -------------------------------------------------------------------------------------
    ("topicless", ["what is a gan", "any downsides?"],
     [GAN + "mode-collapse-when-a-gan-loses-variety", GAN + "why-gan-training-is-unstable-and-costly"],
     [["mode collapse|unstable|costly|expensive"]]),
    ("topicless", ["locksmith. what is fraud detection with machine learning", "any catches?"],
     [APP + "fraud-detection-with-machine-learning", EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"],
     [["false|miss|legitimate|recall|precision"]]),
    ("topicless", ["what is dimensionality reduction", "where's that used?"],
     [UNS + "dimensionality-reduction-simplifies-complex-data", UNS + "what-unsupervised-learning-is-used-for"],
     [["visual|plot|compress|noise|fewer"]]),
    ("topicless", ["what is a small language model", "what's the catch?"],
     [LM + "small-language-models-versus-large-ones"], [["knowledge|fluency|mistake|less"]]),
    ("topicless", ["what is data augmentation with generative ai", "does it actually help?"],
     [GAPP + "data-augmentation-with-synthetic-training-examples"], [["rare|few|improv|real and synthetic"]]),
    ("topicless", ["midwife. what is text-to-video", "how good is it right now?"],
     [FUT + "text-to-video-the-next-frontier-for-generative-ai"], [["harder|frame|consistent|improving"]]),
    ("topicless", ["what is grounding", "is there a common way to do it?"],
     [HAL + "grounding-answering-from-sources-instead-of-memory"], [["retrieval|rag"]]),
    ("topicless", ["what is the ai skills gap", "what can a company do about it?"],
     [ADO + "the-ai-skills-gap", ADO + "a-holistic-approach-to-ai-adoption"], [["hire|train|partner"]]),
    # -- narrow ----------------------------------------------------------------------------------------
    ("narrow", ["what is a test set", "so what's the rule for using it?"],
     [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["never|only once|end|unseen|tune"]]),
    ("narrow", ["what is precision", "in practice when does it matter most?"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix", EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"],
     [["false alarm|false positive|fraud|spam"]]),
    ("narrow", ["what is hallucination", "as a user how do i check an answer?"],
     [HAL + "how-to-spot-and-reduce-hallucination"], [["check|source|verify|twice|different words"]]),
    ("narrow", ["what is overfitting", "how do i tell my model has it?"],
     [TR + "overfitting-and-underfitting", TR + "splitting-data-into-a-training-set-and-a-test-set"],
     [["test|new data|unseen|training data"]]),
    ("narrow", ["what is bias in training data", "what does it do to the model's decisions in practice?"],
     [ETH + "bias-inherited-from-training-data"], [["unfair|discriminat|group|hiring|loan"]]),
    ("narrow", ["what is reinforcement learning", "concretely what does the agent get told?"],
     [RL + "agents-environments-actions-and-rewards", RL + "feedback-from-an-environment-instead-of-a-dataset"],
     [["reward|penalt"]]),
    ("narrow", ["what is a loss function", "so what does training do with that number?"],
     [TR + "what-a-loss-function-measures", TR + "gradient-descent-in-plain-words"],
     [["small|lower|minimi|adjust"]]),
    # -- switch ----------------------------------------------------------------------------------------
    ("switch", ["what is precision", "and for recall?"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["recall"]]),
    ("switch", ["what is top-k sampling", "and what about temperature?"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["temperature"]]),
    ("switch", ["what skills do you need for machine learning jobs", "and for generative ai?"],
     [SK + "skills-for-working-in-generative-ai"], [["prompt|deep learning|language model|transformer"]]),
    ("switch", ["how is ml used in healthcare", "and in finance?"],
     ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["fraud"]]),
    ("switch", ["what is the encoder in a vae", "and what about the decoder?"],
     [VAE + "encoder-latent-space-and-decoder"], [["decoder"]]),
    ("switch", ["what is clustering", "and dimensionality reduction?"],
     [UNS + "dimensionality-reduction-simplifies-complex-data"], [["fewer|simplif|reduc"]]),
    ("switch", ["what is the generator in a gan", "and what's the other network for?"],
     [GAN + "the-generator-and-the-discriminator"], [["discriminator"]]),
    ("switch", ["what does generative ai do well", "and where does it fall short?"],
     [BEN + "where-generative-ai-falls-short"], [["hallucinat|bias|wrong|false|made up|data"]]),
    # -- example_why -----------------------------------------------------------------------------------
    ("example_why", ["what is anomaly detection", "example pls"],
     [APP + "predictive-analytics-and-anomaly-detection"], [["fault|fraud|machine|sensor|unusual"]]),
    ("example_why", ["what is regression in supervised learning", "give me an everyday example"],
     [SUP + "classification-versus-regression"], [["price|temperature|number|house"]]),
    ("example_why", ["what is underfitting", "why does it happen?"],
     [TR + "overfitting-and-underfitting"], [["too simple|simple"]]),
    ("example_why", ["what is clustering", "show me a real example"],
     [UNS + "clustering-groups-similar-data-points"], [["customer|shop|group"]]),
    ("example_why", ["what is a token", "why not just use whole words?"],
     [LM + "tokens-the-pieces-of-text-a-model-reads-and-writes"], [["piece|word|character|unfamiliar|new word"]]),
    ("example_why", ["what is hyper-personalisation", "can you give an example?"],
     [FUT + "hyper-personalisation-with-machine-learning"], [["customer|recommend|offer|shop"]]),
    ("example_why", ["what is sentiment analysis", "why would a business care?"],
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["customer|complain|unhappy|negative|positive"]]),
    # -- three -----------------------------------------------------------------------------------------
    ("three", ["what is a gan", "what are they used for", "any downsides?"],
     [GAN + "mode-collapse-when-a-gan-loses-variety", GAN + "why-gan-training-is-unstable-and-costly"],
     [["mode collapse|unstable|costly|expensive"]]),
    ("three", ["what is supervised learning", "why does it need so much data", "and where do the labels come from?"],
     [SUP + "why-supervised-learning-needs-large-labelled-datasets", SUP + "learning-from-labelled-examples"],
     [["people|human|label|expert|hand"]]),
    ("three", ["what is hallucination", "why does it happen", "how can it be reduced?"],
     [HAL + "how-to-spot-and-reduce-hallucination", HAL + "grounding-answering-from-sources-instead-of-memory"],
     [["ground|source|retriev|check"]]),
    ("three", ["what is q-learning", "what is that table of scores", "and how does it get updated?"],
     [RL + "q-learning-in-the-frozenlake-grid-world"], [["reward|nudge|update"]]),
    ("three", ["what is k-means", "how does it find the groups", "what if the groups are odd shapes?"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["dbscan"]]),
    ("three", ["what's a language model", "how does it pick the next word", "and how do you make it more creative?"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["temperature"]]),
    ("three", ["what is a train/test split", "what's a usual ratio", "and what if i check the test set lots of times while tuning?"],
     [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["tune|fair|never"]]),
]

# Round 2, written after the first fixes and before any answer to these was read: the classes the
# work half and the read sets showed (a description pointing back, "the X one, does it have any?",
# how a quantity is brought down), in other wordings and on other subjects.
C2 = [
    ("pointing", ["what is a test set", "what happens if i tune my settings on that kept-aside bit?"],
     [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["tune|fair"]]),
    ("pointing", ["what is a token", "how does that chopping-up cope with a word it never saw?"],
     [LM + "tokens-the-pieces-of-text-a-model-reads-and-writes"], [["pieces|parts"]]),
    ("pointing", ["what's a loss function", "what's that squared-gap one for?"],
     [TR + "what-a-loss-function-measures"], [["mean squared error|regression"]]),
    ("pointing", ["what is the latent space of a vae", "why do lookalike inputs land close together on that map thing?"],
     [VAE + "what-the-latent-space-represents"], [["close together|look alike|essential features"]]),
    ("pointing", ["what is grounding", "does this tutor itself do that source-quoting stuff?"],
     [HAL + "grounding-answering-from-sources-instead-of-memory"], [["extractive|quotes whole sentences|citations"]]),
    ("pointing", ["what is a train test split", "why pick those held-out examples at random?"],
     [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["random|honest|fresh"]]),
    ("described_one", ["what are the downsides of gans", "and the encoder-decoder one, does it have any?"],
     [VAE + "vaes-compared-with-gans"], [["blurr"]]),
    ("described_one", ["what are the weaknesses of k-means", "and the density-based method, has it got any?"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["distance setting"]]),
    ("described_one", ["what are the strengths of vaes compared with gans", "and the adversarial one, what does it have going for it?"],
     [VAE + "vaes-compared-with-gans"], [["sharper|realistic"]]),
    ("described_one", ["what is top-k sampling", "and the probability cut-off one, how does it work?"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["top-p"]]),
    ("mechanism", ["what does a loss function do", "how is it made smaller during training?"],
     [TR + "gradient-descent-in-plain-words"], [["gradient descent"]]),
    ("mechanism", ["what's a loss", "and what actually pushes it down?"],
     [TR + "gradient-descent-in-plain-words"], [["gradient descent|downhill"]]),
    ("mechanism", ["what is mean squared error", "how does the model then bring it down?"],
     [TR + "gradient-descent-in-plain-words"], [["gradient descent|downhill"]]),
    ("mechanism", ["what is cross-entropy loss", "ok so what method minimises it?"],
     [TR + "gradient-descent-in-plain-words"], [["gradient descent"]]),
]

cases = [probekit.case("followup", None, turns=t, sections=s, facts=f, **{"class": k}) for k, t, s, f in C]
probekit.check_facts(cases)
classes = {}
for c in cases:
    classes.setdefault(c["class"], []).append(c)
split = probekit.split_by_class(classes.items(), random.Random(39))
head = "# fu39-s39: follow-up chains by class, split at random per class (seed 39) before any run (see make.py)\n\n"
probekit.write_cases(HERE / "work" / "followup.toml", head, split["work"])
probekit.write_cases(HERE / "measure" / "followup.toml", head, split["measure"])
print(len(split["work"]), len(split["measure"]))

cases2 = [probekit.case("followup", None, turns=t, sections=s, facts=f, **{"class": k}) for k, t, s, f in C2]
probekit.check_facts(cases2)
classes2 = {}
for c in cases2:
    classes2.setdefault(c["class"], []).append(c)
split2 = probekit.split_by_class(classes2.items(), random.Random(3939))
head2 = "# fu39-s39 round 2: follow-up chains by class, split at random per class (seed 3939) before any run (see make.py)\n\n"
probekit.write_cases(HERE / "work2" / "followup.toml", head2, split2["work"])
probekit.write_cases(HERE / "measure2" / "followup.toml", head2, split2["measure"])
print(len(split2["work"]), len(split2["measure"]))
