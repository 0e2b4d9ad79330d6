"""Writes work/ and measure/ followup.toml: fu36-s36's follow-up chains (two and three turns, only
the last judged), split at random per class with seed 36 before any run.

Written from the course text before any answer was read. Each case names its ``class`` (what
``check.py`` totals) and may say how the answer must open (``opens``: patterns for its first
sentence), which the judge ignores:

- ``bare``: a follow-up with no topic of its own after a definition ("how long does that take?",
  "any downsides?", "where's it used?", "is it pricey", "got an example?", "why tho");
- ``pronoun``: a follow-up that points back with it/they/that/this one;
- ``narrow``: narrowing to one item or one side of what was just answered;
- ``switch``: the same question of another thing ("and for gans?", "what about the decoder");
  after a definition question the switch is a definition too and opens with it (``opens``);
- ``new``: a new question with its own topic after another topic, including questions that
  describe their own things (two models, options, versions, a scenario), which must not be read
  as follow-ups;
- ``three``: three turns, the last leaning on the second."""

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

HERE = Path(__file__).resolve().parent

# (class, turns, sections, facts, opens or None)
C = [
    # -- bare: no topic of its own after a definition -----------------------------------------------
    ("bare", ["whats reinforcement learning exactly", "does it take long to learn?"],
     [RL + "q-learning-in-the-frozenlake-grid-world", RL + "agents-environments-actions-and-rewards",
      RL + "feedback-from-an-environment-instead-of-a-dataset"],
     [["many episodes|many rounds|millions of cheap trials"]], None),
    ("bare", ["what is a gan", "how long does training one take"],
     [GAN + "why-gan-training-is-unstable-and-costly", GAN + "how-adversarial-training-works"],
     [["many training steps|thousands of times"]], None),
    ("bare", ["what's gradient descent", "how many steps does that usually take"],
     [TR + "gradient-descent-in-plain-words"], [["thousands of small downhill steps"]], None),
    ("bare", ["what is k-means", "any downsides?"],
     [UNS + "how-k-means-finds-clusters", UNS + "when-k-means-clustering-fails-and-dbscan-helps"],
     [["pick k|k is chosen badly|poor starting"]], None),
    ("bare", ["whats a vae", "where's it actually used"],
     [VAE + "what-vaes-are-used-for"], [["images, text and music|faces|melod"]], None),
    ("bare", ["what is supervised learning", "how much data does it need"],
     [SUP + "why-supervised-learning-needs-large-labelled-datasets",
      DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["large (labelled )?dataset"]], None),
    ("bare", ["what is dimensionality reduction", "why would anyone bother"],
     [UNS + "dimensionality-reduction-simplifies-complex-data"], [["plot|faster|noise"]], None),
    ("bare", ["hairdresser here. what is hallucination in ai", "how do i catch it happening"],
     [HAL + "how-to-spot-and-reduce-hallucination"], [["check|sources|twice"]], None),
    ("bare", ["what's a deepfake", "how are they made"],
     [ETH + "deepfakes-and-the-argentine-election-poster"], [["gans|generative models"]], None),
    ("bare", ["what is anomaly detection", "does it need labelled data?"],
     [APP + "predictive-analytics-and-anomaly-detection"], [["unsupervised|seldom labelled"]], None),
    ("bare", ["what is the eu ai act", "when was that agreed"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["december 2023"]], None),
    ("bare", ["what does feature engineering mean", "got an example?"],
     [TR + "features-feature-scaling-and-feature-engineering"], [["day of the week|body mass index"]], None),
    ("bare", ["what is recall in ml", "when does it matter most"],
     [EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"],
     [["disease|screening|missed patient"]], None),
    ("bare", ["what is text generation", "is there a catch"],
     [GAPP + "text-generation-for-content-dialogue-and-creative-writing", HAL + "what-hallucination-means"],
     [["wrong|false"]], None),
    ("bare", ["what's a custom mini chatbot", "who would build one"],
     [FUT + "custom-mini-chatbots-built-without-code"], [["teacher|bakery|hobby club"]], None),
    ("bare", ["what is a pilot project for ai", "how do you know if it worked"],
     [ADO + "a-small-pilot-project-as-a-first-step"], [["clear figures|how often the predictions were right"]], None),
    ("bare", ["what is a large language model", "what's it trained on"],
     [LM + "what-makes-a-language-model-large"], [["books|websites|code"]], None),
    ("bare", ["what's exploration vs exploitation about", "how do agents usually balance it"],
     [RL + "exploration-versus-exploitation"], [["epsilon"]], None),
    ("bare", ["what is data augmentation", "can it go wrong"],
     [GAPP + "data-augmentation-with-synthetic-training-examples"],
     [["unrealistic or repetitive|wrong patterns|not guaranteed"]], None),
    ("bare", ["what is a recommendation system", "why do companies care"],
     [APP + "recommendation-systems-for-products-movies-and-music"], [["engagement|commercially"]], None),
    # -- pronoun ---------------------------------------------------------------------------------------
    ("pronoun", ["what is mode collapse", "how would i even notice it"],
     [GAN + "mode-collapse-when-a-gan-loses-variety"], [["many samples|compared for variety|looks fine"]], None),
    ("pronoun", ["what is a confusion matrix", "what are its four cells"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"],
     [["true positives"], ["false positives"], ["false negatives"], ["true negatives"]], None),
    ("pronoun", ["what is dbscan", "does it need me to choose k"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["does not need k|distance setting"]], None),
    ("pronoun", ["explain the discriminator in a gan", "does it ever see real data?"],
     [GAN + "the-generator-and-the-discriminator", GAN + "how-adversarial-training-works"],
     [["real|training data"]], None),
    ("pronoun", ["what's a tokenizer", "why does it split words into bits"],
     [LM + "tokens-the-pieces-of-text-a-model-reads-and-writes"], [["any word|never saw|parts"]], None),
    ("pronoun", ["whats temperature in a language model", "what happens if i crank it way up"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["flattens|nonsense|unlikely tokens"]], None),
    ("pronoun", ["what is the ai skills gap", "why is it getting bigger"],
     [ADO + "the-ai-skills-gap"], [["more advanced|rises|keeps widening"]], None),
    ("pronoun", ["what is a loss function", "is lower or higher better for it"],
     [TR + "what-a-loss-function-measures"], [["lower"]], None),
    ("pronoun", ["what is grounding", "does this tutor do that?"],
     [HAL + "grounding-answering-from-sources-instead-of-memory"], [["extractive|quotes whole sentences"]], None),
    ("pronoun", ["what is hyper-personalisation", "any risks with it"],
     [FUT + "hyper-personalisation-with-machine-learning"], [["protecting user data|personal information"]], None),
    # -- narrow ----------------------------------------------------------------------------------------
    ("narrow", ["what are the benefits of machine learning", "just the second one"],
     [BEN + "what-machine-learning-does-well"], [["anomal|complex patterns"]], None),
    ("narrow", ["what costs money when a business implements ai", "only the maintenance part"],
     [ADO + "the-cost-of-implementing-ai"], [["monitored|retrained"]], None),
    ("narrow", ["what is unsupervised learning used for", "only customer segmentation"],
     [UNS + "what-unsupervised-learning-is-used-for"], [["segment|offers"]], None),
    ("narrow", ["what skills do you need for machine learning", "just the programming one"],
     [SK + "skills-for-working-in-machine-learning"], [["python"], ["tensorflow|pytorch"]], None),
    ("narrow", ["what are the limitations of generative ai", "only the bias one please"],
     [BEN + "where-generative-ai-falls-short", ETH + "biased-or-harmful-generated-content"],
     [["stereotypes|biased"]], None),
    ("narrow", ["what does a vae's loss have in it", "just the kl bit"],
     [VAE + "why-the-autoencoder-is-called-variational"], [["bell curve|close"]], None),
    ("narrow", ["why do employees resist ai", "just the complexity reason"],
     [ADO + "resistance-to-change-from-employees"], [["too technical|perceived complexity"]], None),
    ("narrow", ["how is ai used in healthcare", "only the generative part"],
     [IND + "healthcare-detecting-disease-and-drafting-treatment-plans"],
     [["clinical notes|treatment plan|molecul"]], None),
    # -- switch ----------------------------------------------------------------------------------------
    ("switch", ["what is a gan", "and vaes?"],
     [VAE + "encoder-latent-space-and-decoder"], [["encoder"], ["decoder"]],
     ["variational autoencoder|vae"]),
    ("switch", ["whats supervised learning", "and unsupervised?"],
     [UNS + "learning-from-unlabelled-data", ML + "three-ways-a-machine-can-learn"],
     [["no labels|no answers"]], ["unsupervised learning"]),
    ("switch", ["what is precision", "what about recall"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["of all the real cases|tp / \\(tp \\+ fn\\)"]],
     ["recall"]),
    ("switch", ["what is overfitting", "and underfitting?"],
     [TR + "overfitting-and-underfitting"], [["too simple"]], ["underfitting"]),
    ("switch", ["what's a language model", "and for pictures?"],
     [GAPP + "image-generation-for-design-advertising-and-virtual-reality"], [["image"]], None),
    ("switch", ["what is top-k sampling", "ok and greedy decoding?"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["most likely token|dull|repetitive"]], ["greedy"]),
    ("switch", ["how is machine learning used in retail", "and in finance?"],
     [IND + "finance-catching-fraud-and-handling-documents"], [["fraud"]], None),
    ("switch", ["what skills does generative ai work need", "and for ml jobs?"],
     [SK + "skills-for-working-in-machine-learning"], [["python|statistics"]], None),
    ("switch", ["what is the generator in a gan", "and the other network?"],
     [GAN + "the-generator-and-the-discriminator"], [["discriminator"], ["real|fake"]], None),
    ("switch", ["what does the encoder do", "what about the decoder then"],
     [VAE + "encoder-latent-space-and-decoder"], [["expands|rebuild"]], ["decoder"]),
    ("switch", ["what was the us executive order on ai", "and the eu one?"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["risk"]], None),
    ("switch", ["whats classification", "and regression"],
     [SUP + "classification-versus-regression"], [["number|continuous"]], ["regression"]),
    # -- new: a question with its own topic ------------------------------------------------------------
    ("new", ["what is a language model", "what does a support vector machine do"],
     [SUP + "common-supervised-learning-algorithms"], [["margin|widest"]], None),
    ("new", ["how does the spam filter example work", "what's the cats and dogs example about"],
     [ML + "the-cats-and-dogs-example"], [["photos|never seen"]], None),
    ("new", ["why does my phone keyboard suggest words",
             "one app tells me if a mole looks dangerous, another estimates my age from a selfie. do they do the same kind of prediction?"],
     [SUP + "classification-versus-regression"], [["category|categor"], ["number|continuous"]], None),
    ("new", ["what is next-token prediction",
             "version 1 of our tool sorts tickets into billing or tech, version 2 predicts how many hours a fix takes. is that classification both times?"],
     [SUP + "classification-versus-regression"], [["number|continuous"]], None),
    ("new", ["how do gans work",
             "option a: a model that groups my customers with no labels. option b: one trained on customers tagged as loyal or not. which is supervised?"],
     [ML + "three-ways-a-machine-can-learn", UNS + "learning-from-unlabelled-data"], [["label"]], None),
    ("new", ["what's a vae", "what is overfitting"],
     [TR + "overfitting-and-underfitting"], [["too closely|noise"]], None),
    ("new", ["what is temperature in sampling",
             "my shop's system picks which customers get a coupon and a second one writes the coupon text. which one is generative ai?"],
     [VS + "combining-both-into-more-powerful-systems", GEN + "generative-ai-is-not-the-same-thing-as-ai",
      VS + "predicting-versus-creating-two-different-goals"], [["creat|new content"]], None),
    ("new", ["what is a confusion matrix", "who signed the us ai executive order"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["biden"]], None),
    ("new", ["explain q-learning", "how do recommendation systems work"],
     [APP + "recommendation-systems-for-products-movies-and-music"], [["bought|watched|similar users"]], None),
    ("new", ["what is mode collapse", "what's the kl divergence term in a vae"],
     [VAE + "why-the-autoencoder-is-called-variational"], [["bell curve"]], None),
    ("new", ["what is tokenization", "a robot learns to walk by falling over and getting points for steps. what kind of learning is that?"],
     [RL + "agents-environments-actions-and-rewards", RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems",
      ML + "three-ways-a-machine-can-learn"], [["reinforcement"]], None),
    ("new", ["what is regression", "how big is the ai market going to get"],
     [FUT + "a-market-projected-to-reach-740-billion-dollars-by-2030"], [["740 billion"]], None),
    # -- three turns -------------------------------------------------------------------------------------
    ("three", ["what is overfitting", "ok now what's reinforcement learning", "where is it used"],
     [RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["robot"], ["game"]], None),
    ("three", ["what is a gan", "what is mode collapse", "how do people fix it"],
     [GAN + "mode-collapse-when-a-gan-loses-variety"], [["batches|wasserstein"]], None),
    ("three", ["whats precision", "different topic: what is dbscan", "what does it do with outliers"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["noise"]], None),
    ("three", ["what is a vae", "and what's the latent space", "why is it smooth"],
     [VAE + "why-the-autoencoder-is-called-variational", VAE + "what-the-latent-space-represents"],
     [["kl|overlap|close together|blend"]], None),
    ("three", ["what is supervised learning", "what about reinforcement learning", "does it need a dataset"],
     [RL + "feedback-from-an-environment-instead-of-a-dataset",
      DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["environment"], ["no traditional dataset|not need a traditional dataset"]], None),
    ("three", ["what is a language model", "what are tokens", "how many are in the vocabulary"],
     [LM + "tokens-the-pieces-of-text-a-model-reads-and-writes"], [["tens of thousands"]], None),
    ("three", ["what is the skills gap", "ok what about resistance to change", "how do companies reduce it"],
     [ADO + "resistance-to-change-from-employees"], [["involving staff|training|explaining"]], None),
    ("three", ["what is k-means", "what's pca then", "what's it good for"],
     [UNS + "dimensionality-reduction-simplifies-complex-data"], [["plot|faster|noise"]], None),
    ("three", ["what is generative ai", "what is text-to-video", "who's building it"],
     [FUT + "text-to-video-the-next-frontier-for-generative-ai"], [["runway"]], None),
    ("three", ["what's a decision tree", "ok what is a neural network", "what do they need more of"],
     [SUP + "common-supervised-learning-algorithms"], [["more data|computing power"]], None),
]

cases = []
for klass, turns, sections, facts, opens in C:
    extra = {"class": klass} | ({"opens": opens} if opens else {})
    cases.append(probekit.case("followup", None, turns=turns, sections=sections, facts=facts, **extra))
probekit.check_facts(cases)
rng = random.Random(36)
work, measure = [], []
for klass in dict.fromkeys(k for k, *_ in C):
    w, m = probekit.halves([c for c in cases if c["class"] == klass], rng)
    work += w
    measure += m
head = "# fu36-s36: follow-up chains by class, split at random per class (seed 36) before any run (see make.py)\n\n"
probekit.write_cases(HERE / "work" / "followup.toml", head, work)
probekit.write_cases(HERE / "measure" / "followup.toml", head, measure)
print(len(work), len(measure))
