"""Writes work/ and measure/ followup.toml: fu37-s37's follow-up chains (two and three turns, only
the last judged), split at random per class with seed 37 before any run.

Written from the course text before any answer was read, in voices no earlier follow-up set used
(florists, bus drivers, dentists, tattoo artists, radio hosts, plumbers, retired teachers ...).
Each case names its ``class`` (what ``check.py`` totals):

- ``bare``: a follow-up with no topic of its own ("any downsides?", "how do u fix it", "is that
  expensive?", "give me a real example with numbers", "what about for pictures?");
- ``why``: "why tho?", "but why", "how come" after an answer;
- ``yesno``: a yes/no question about the previous answer ("so is it always right?", "does that
  need labels?");
- ``plain``: a follow-up carrying an everyday word such as "different", "random", "also",
  "another", "us", "other" that says nothing about a change of topic ("is it also used in
  cars?", "are there different kinds?", "and the us?");
- ``switch``: the same question of another thing ("and for X?", "what about X");
- ``narrow``: one item or side of what was just answered;
- ``example``: asking for an example of what was just answered;
- ``new``: a new question with its own topic, which must not be read as a follow-up;
- (one first turn was reworded after the runs, "what is hallucination in chatbots" -> "what does
  hallucination mean for chatbots": the request model trains on the old wording, and
  ``test_request_model`` keeps evaluations apart from its texts);
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

# (class, turns, sections, facts)
C = [
    # -- bare ------------------------------------------------------------------------------------------
    ("bare", ["florist here, what is k-means clustering", "any downsides?"],
     [UNS + "how-k-means-finds-clusters", UNS + "when-k-means-clustering-fails-and-dbscan-helps"],
     [["pick k|k is chosen badly|poor starting|round blobs"]]),
    ("bare", ["bus driver. how do self driving buses learn to drive", "is that expensive?"],
     [RL + "feedback-from-an-environment-instead-of-a-dataset", DC + "training-cost-compute-expertise-and-time",
      ],
     [["simulator|costly|computational power|expensive"]]),
    ("bare", ["what is overfitting in machine learning", "how do u fix it"],
     [TR + "overfitting-and-underfitting"], [["more training data|simpler model|regularisation"]]),
    ("bare", ["what's precision in ml", "give me a real example with numbers"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["15 / 25|0\\.60"]]),
    ("bare", ["how does a language model write text", "what about for pictures?"],
     [GAPP + "image-generation-for-design-advertising-and-virtual-reality", GEN + "kinds-of-content-generative-ai-creates",
      GAN + "what-gans-have-been-used-for"],
     [["image"]]),
    ("bare", ["dentist here. what is a vae", "any downsides?"],
     [VAE + "vaes-compared-with-gans"], [["blurr"]]),
    ("bare", ["what does a recommendation system do", "any downsides?"],
     [APP + "recommendation-systems-for-products-movies-and-music", FUT + "hyper-personalisation-with-machine-learning"],
     [["user data|personal information|engagement"]]),
    ("bare", ["what's gradient descent", "is that slow?"],
     [TR + "gradient-descent-in-plain-words"], [["crawl|thousands of small"]]),
    ("bare", ["how does fraud detection with ml work", "how fast is it"],
     [APP + "fraud-detection-with-machine-learning"], [["real time|fraction of a second"]]),
    ("bare", ["tattoo artist. what is a gan", "is it hard to train"],
     [GAN + "why-gan-training-is-unstable-and-costly"], [["unstable"]]),
    ("bare", ["what is the eu ai act", "who does it hit hardest"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["riskier|hiring|critical infrastructure"]]),
    ("bare", ["what does hallucination mean for chatbots", "how do u stop it"],
     [HAL + "how-to-spot-and-reduce-hallucination", HAL + "grounding-answering-from-sources-instead-of-memory"],
     [["grounding|temperature|quote its sources|retriev"]]),
    ("bare", ["what's dimensionality reduction", "give me a real example with numbers"],
     [UNS + "dimensionality-reduction-simplifies-complex-data"], [["64 pixel|8 by 8|two or three"]]),
    ("bare", ["what is a pilot project in ai adoption", "is that expensive?"],
     [ADO + "a-small-pilot-project-as-a-first-step"], [["modest infrastructure|costs low"]]),
    ("bare", ["plumber. how do chatbots answer customer questions", "any downsides?"],
     [HAL + "what-hallucination-means", BEN + "where-generative-ai-falls-short"],
     [["wrong|false|made up|hallucinat|check"]]),
    ("bare", ["what is text to video", "is it any good yet?"],
     [FUT + "text-to-video-the-next-frontier-for-generative-ai"], [["harder|consistent|improving"]]),
    # -- why -------------------------------------------------------------------------------------------
    ("why", ["radio host. what does an llm need to be trained", "why tho?"],
     [LM + "what-makes-a-language-model-large", LM + "next-token-prediction-step-by-step"],
     [["more facts|more languages|supplies the right answers|no human labelling"]]),
    ("why", ["do gans make blurry pictures", "why not?"],
     [VAE + "vaes-compared-with-gans"], [["punishes any hint of blur|sharper"]]),
    ("why", ["is accuracy a good way to judge a fraud model", "why tho?"],
     [EV + "accuracy-the-share-of-predictions-that-are-right"], [["98 percent|rare|catches no fraud"]]),
    ("why", ["what is feature scaling", "how come it matters?"],
     [TR + "features-feature-scaling-and-feature-engineering"], [["drown out|large numbers"]]),
    ("why", ["should you ever test a model on its training data", "why not"],
     [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["memoris|practice sheet|honest estimate|says little"]]),
    ("why", ["do employees push back on ai at work", "why tho?"],
     [ADO + "resistance-to-change-from-employees"], [["complexity|too technical|jobs|replace"]]),
    ("why", ["can an agent get stuck if it only exploits", "why?"],
     [RL + "exploration-versus-exploitation"], [["first decent route|never cashes"]]),
    ("why", ["is the skills gap in ai getting wider", "how come"],
     [ADO + "the-ai-skills-gap"], [["more advanced|rises"]]),
    # -- yesno -----------------------------------------------------------------------------------------
    ("yesno", ["what is unsupervised learning", "so it doesn't need labels at all?"],
     [UNS + "learning-from-unlabelled-data"], [["no labels|without any correct answer"]]),
    ("yesno", ["what is grounding in ai", "does it stop hallucination completely?"],
     [HAL + "how-to-spot-and-reduce-hallucination"], [["none of these fixes removes"]]),
    ("yesno", ["what does a discriminator do in a gan", "does the generator ever see the real pictures?"],
     [GAN + "the-generator-and-the-discriminator"], [["never sees the real data"]]),
    ("yesno", ["how does dbscan work", "do i have to tell it how many clusters?"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["does not need k"]]),
    ("yesno", ["what is a small language model", "can it run on my laptop?"],
     [LM + "small-language-models-versus-large-ones"], [["laptop|ordinary computer"]]),
    ("yesno", ["florist. how does a recommendation system pick songs", "is that supervised learning?"],
     [APP + "recommendation-systems-for-products-movies-and-music", ML + "three-ways-a-machine-can-learn",
      SUP + "learning-from-labelled-examples"],
     [["labelled|label|similar users|listened"]]),
    ("yesno", ["what is temperature when sampling", "is higher always better?"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["nonsense|drift"]]),
    ("yesno", ["what is mode collapse", "does each picture look bad then?"],
     [GAN + "mode-collapse-when-a-gan-loses-variety"], [["looks fine on its own|easy to miss"]]),
    ("yesno", ["what does a loss function do", "is a low loss proof the model is good?"],
     [EV + "loss-functions-as-a-quantitative-check-on-generative-models"], [["does not prove"]]),
    ("yesno", ["what is a deepfake", "is it always video?"],
     [ETH + "deepfakes-and-the-argentine-election-poster", FUT + "deepfakes-and-regulation-in-the-years-ahead"],
     [["image|audio"]]),
    # -- plain: everyday words that say nothing about a change of topic ------------------------------------
    ("plain", ["what did the eu ai act do", "and the us?"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["executive order"], ["biden|october 2023"]]),
    ("plain", ["how is reinforcement learning used in robotics", "is it also used in cars?"],
     [RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["self-driving"]]),
    ("plain", ["what is clustering", "are there different ways to do it?"],
     [UNS + "how-k-means-finds-clusters", UNS + "when-k-means-clustering-fails-and-dbscan-helps"],
     [["k-means|dbscan"]]),
    ("plain", ["what does top-k sampling do", "is that random then?"],
     [LM + "sampling-temperature-top-k-and-top-p"], [["draw|random sampling|k most likely"]]),
    ("plain", ["what are tokens in a language model", "is a word always one token or different?"],
     [LM + "tokens-the-pieces-of-text-a-model-reads-and-writes"], [["split into pieces|single token"]]),
    ("plain", ["how is generative ai used in retail", "is ml also used there?"],
     [IND + "retail-predicting-sales-and-writing-product-content"], [["predict|forecast|sales"]]),
    ("plain", ["what was trump's or biden's executive order on ai", "and the eu?"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["risk"]]),
    ("plain", ["what is a support vector machine", "does it have other downsides too?"],
     [DC + "compute-after-training-machine-learning-versus-heavy-generative-models"],
     [["expensive on large datasets|pairs"]]),
    ("plain", ["how does k-means start", "why random points though?"],
     [UNS + "how-k-means-finds-clusters"], [["poor starting|several times"]]),
    ("plain", ["what's the exploration part of rl", "what does the other one mean"],
     [RL + "exploration-versus-exploitation"], [["exploitation means|currently looks best"]]),
    ("plain", ["what do gans get used for", "what about us in the music industry?"],
     [GAN + "what-gans-have-been-used-for"], [["music"]]),
    ("plain", ["what skills do ml jobs want", "are they different for gen ai jobs?"],
     [SK + "skills-for-working-in-generative-ai"], [["creativity"]]),
    # -- switch ----------------------------------------------------------------------------------------
    ("switch", ["how is ai used in healthcare", "and for schools?"],
     [IND + "education-personalised-learning-paths-and-virtual-tutors"], [["learning path|student"]]),
    ("switch", ["what skills do you need for generative ai", "what about for plain ml?"],
     [SK + "skills-for-working-in-machine-learning"], [["python|statistics"]]),
    ("switch", ["what data does supervised learning need", "and for the reward one?"],
     [DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning",
      RL + "feedback-from-an-environment-instead-of-a-dataset"],
     [["environment"]]),
    ("switch", ["what are gans used for", "what about vaes"],
     [VAE + "what-vaes-are-used-for"], [["anomaly|faces|images"]]),
    ("switch", ["what's a false positive", "and a false negative?"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["slipped through"]]),
    ("switch", ["what does generative ai do well", "and ml?"],
     [BEN + "what-machine-learning-does-well"], [["automates data analysis|anomal|complex patterns"]]),
    ("switch", ["how is ml used in finance", "and in customer service?"],
     [IND + "customer-support-sentiment-analysis-and-chatbots"], [["sentiment"]]),
    ("switch", ["what is realism when judging generated images", "and diversity?"],
     [EV + "judging-generated-output-on-realism-coherence-and-diversity"], [["wide variety|repeating"]]),
    # -- narrow ----------------------------------------------------------------------------------------
    ("narrow", ["what are the limitations of machine learning", "just the data one"],
     [BEN + "where-machine-learning-falls-short"], [["noisy|incomplete|high-quality"]]),
    ("narrow", ["what does implementing ai cost", "just the software part"],
     [ADO + "the-cost-of-implementing-ai"], [["licences|developer time"]]),
    ("narrow", ["what is reinforcement learning used for", "only the robots bit"],
     [RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["walk|grasp|balance"]]),
    ("narrow", ["how is a generated image judged", "just coherence"],
     [EV + "judging-generated-output-on-realism-coherence-and-diversity"], [["holds together|two matching eyes|characters straight"]]),
    ("narrow", ["how can i get into machine learning", "only the free online stuff"],
     [SK + "educational-paths-into-machine-learning", SK + "ways-to-engage-with-the-ai-community"],
     [["coursera|kaggle|online"]]),
    ("narrow", ["what are the parts of a vae", "just the decoder"],
     [VAE + "encoder-latent-space-and-decoder"], [["decoder"]]),
    # -- example ---------------------------------------------------------------------------------------
    ("example", ["what is regression in ml", "example?"],
     [SUP + "classification-versus-regression"], [["price of a house|temperature|units a shop"]]),
    ("example", ["what is anomaly detection", "can u give a real example"],
     [APP + "predictive-analytics-and-anomaly-detection", UNS + "what-unsupervised-learning-is-used-for"],
     [["sensor|server|purchase|login"]]),
    ("example", ["what does feature engineering mean", "show me one"],
     [TR + "features-feature-scaling-and-feature-engineering"], [["day of the week|body mass index"]]),
    ("example", ["what is bias in training data", "got a real world case?"],
     [ETH + "bias-inherited-from-training-data"], [["loan|neighbourhood|face recognition|darker"]]),
    ("example", ["how do ml and gen ai work together", "an example from a real business pls"],
     [VS + "combining-both-into-more-powerful-systems", BEN + "knowing-the-limits-is-the-key-to-success"],
     [["customer|shop|findings|draft"]]),
    ("example", ["what is data augmentation with generative ai", "any example of it working?"],
     [GAPP + "data-augmentation-with-synthetic-training-examples"], [["hospital|skin condition|50"]]),
    # -- new: a question with its own topic ------------------------------------------------------------
    ("new", ["what is a vae", "how does netflix know what i want to watch"],
     [APP + "recommendation-systems-for-products-movies-and-music"], [["watched|similar users|similar taste"]]),
    ("new", ["what is exploration vs exploitation", "different question: what is a confusion matrix"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["true positives|four cells"]]),
    ("new", ["what's top-p sampling", "random one but why do chatbots make stuff up"],
     [HAL + "why-next-token-prediction-produces-fluent-falsehoods", HAL + "what-hallucination-means"],
     [["likely-sounding|no sense of true|not for producing true"]]),
    ("new", ["what is the skills gap", "also, what is a discount factor in rl?"],
     [RL + "maximising-cumulative-reward"], [["slightly below 1|distant rewards"]]),
    ("new", ["what is gradient descent", "who signed the us executive order on ai"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["biden"]]),
    ("new", ["what are gans used for", "how much is the ai market expected to be worth"],
     [FUT + "a-market-projected-to-reach-740-billion-dollars-by-2030"], [["740 billion"]]),
    ("new", ["what's a test set", "by the way how do voice assistants understand me"],
     [APP + "image-and-speech-recognition"], [["speech recognition"]]),
    ("new", ["what is mode collapse", "what's the difference between classification and regression"],
     [SUP + "classification-versus-regression"], [["category|categor"], ["number"]]),
    ("new", ["how do i reduce hallucination", "what is a decision tree"],
     [SUP + "common-supervised-learning-algorithms"], [["yes-or-no questions"]]),
    ("new", ["what is hyper-personalisation", "what is q-learning"],
     [RL + "q-learning-in-the-frozenlake-grid-world"], [["q-value"]]),
    # -- three -----------------------------------------------------------------------------------------
    ("three", ["retired teacher here. what is supervised learning", "what's a label then", "why are they expensive?"],
     [SUP + "why-supervised-learning-needs-large-labelled-datasets", DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["people have to create them|people must create them"]]),
    ("three", ["what is a language model", "ok and what is hallucination", "how do i spot it"],
     [HAL + "how-to-spot-and-reduce-hallucination"], [["check|sources|twice"]]),
    ("three", ["what's a gan", "what's the discriminator", "does it get better over time?"],
     [GAN + "how-adversarial-training-works", GAN + "the-generator-and-the-discriminator"],
     [["sharper|gets better|each gets better"]]),
    ("three", ["what is the eu ai act", "what counts as risky", "and the us?"],
     [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["executive order"]]),
    ("three", ["what is unsupervised learning", "what's it used for", "any downsides?"],
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps", UNS + "how-k-means-finds-clusters",
      UNS + "what-unsupervised-learning-is-used-for", UNS + "learning-from-unlabelled-data"],
     [["fails|pick k|poor|no answer key|nobody"]]),
    ("three", ["what is accuracy", "what about precision", "give me a real example with numbers"],
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["15 / 25|0\\.60"]]),
    ("three", ["how does ai help in finance", "what about fraud specifically", "how fast is it"],
     [APP + "fraud-detection-with-machine-learning", IND + "finance-catching-fraud-and-handling-documents"],
     [["real time|fraction of a second"]]),
    ("three", ["what is feature scaling", "ok now what's overfitting", "how do u fix it"],
     [TR + "overfitting-and-underfitting"], [["more training data|simpler model|regularisation"]]),
]

cases = []
for klass, turns, sections, facts in C:
    cases.append(probekit.case("followup", None, turns=turns, sections=sections, facts=facts, **{"class": klass}))
probekit.check_facts(cases)
rng = random.Random(37)
work, measure = [], []
for klass in dict.fromkeys(k for k, *_ in C):
    w, m = probekit.halves([c for c in cases if c["class"] == klass], rng)
    work += w
    measure += m
head = "# fu37-s37: follow-up chains by class, split at random per class (seed 37) before any run (see make.py)\n\n"
probekit.write_cases(HERE / "work" / "followup.toml", head, work)
probekit.write_cases(HERE / "measure" / "followup.toml", head, measure)
print(len(work), len(measure))
