"""Stop 37 probes (zlmc37): the comparison and follow-up classes behind diagnosis sets ZL (soldiers,
security guards, CCTV operators) and ZM (construction and property people), asked in the voices of
populations no set used yet (hair and beauty, sport and fitness, bar and hospitality, funeral
directors, zoo keepers, cabin crew, trawler crews, lifeguards). Written from the course text before
any fix and before any answer was read; each class split in turn at random (seed 3737), every
other item to work."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
CVR = "supervised-learning/classification-versus-regression"
MLWELL = "benefits-and-limitations/what-machine-learning-does-well"
GENWELL = "benefits-and-limitations/what-generative-ai-does-well"
MLSHORT = "benefits-and-limitations/where-machine-learning-falls-short"
GENSHORT = "benefits-and-limitations/where-generative-ai-falls-short"
NEEDS = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
LOSS = "training-and-overfitting/what-a-loss-function-measures"
GENLOSS = "evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"
PVC = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
REG = "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
KDB = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
AUG = "generative-ai-applications/data-augmentation-with-synthetic-training-examples"
SAMP = "language-models/sampling-temperature-top-k-and-top-p"
NTP = "language-models/next-token-prediction-step-by-step"

C = probekit.case
K = "comparison"
CLASSES_C = [
    # (1) a category offered as codes or grades (not words) vs a number with a unit
    [
        C(K, "hairdresser. one app rates each client's hair damage as grade 1 2 or 3, another guesses how many weeks till their roots show. same kind of prediction or not? what are they called", sections=[CVR], facts=[["classification"], ["regression"]]),
        C(K, "football referee. system A gives each tackle a card code (Y1 Y2 R), system B estimates the tackle's speed in km/h. same sort of model?", sections=[CVR], facts=[["classification"], ["regression"]]),
        C(K, "zookeeper. model one tags each animal's health as band A, B or C, model two predicts its weight in kg next month. is that the same type of prediction", sections=[CVR], facts=[["classification"], ["regression"]]),
        C(K, "cabin crew. one tool sorts passenger complaints into cat 1/cat 2/cat 3, the other predicts how many minutes late we land. are those different kinds of model? whats each called", sections=[CVR], facts=[["classification"], ["regression"]]),
        C(K, "trawlerman. one model labels the catch as grade AA A or B, the other estimates the haul in tonnes. same thing or two different kinds", sections=[CVR], facts=[["classification"], ["regression"]]),
        C(K, "lifeguard. tool 1 puts each swimmer in risk level L1 L2 L3, tool 2 guesses how many metres out they are. same prediction type or different, and the names?", sections=[CVR], facts=[["classification"], ["regression"]]),
    ],
    # (2) "give me the pros and then the cons" of generative AI put to a job
    [
        C(K, "salon owner. thinking of letting generative ai write our price list blurbs and instagram captions. give me the pros and then the cons, straight", sections=[GENWELL, GENSHORT], facts=[["faster|creative"], ["groundbreaking|varies|biased|harmful"]]),
        C(K, "pub landlord. gen ai to write our menu descriptions and the chalkboard specials - pros first then cons please", sections=[GENWELL, GENSHORT], facts=[["faster|creative"], ["groundbreaking|varies|biased|harmful"]]),
        C(K, "funeral director. we might use generative ai to draft our order of service wording. lay out the upsides and then the downsides honestly", sections=[GENWELL, GENSHORT], facts=[["faster|creative"], ["groundbreaking|varies|biased|harmful"]]),
        C(K, "gym manager. considering gen ai for writing our class timetable emails and posters. give me the good points then the bad points", sections=[GENWELL, GENSHORT], facts=[["faster|creative"], ["groundbreaking|varies|biased|harmful"]]),
        C(K, "zoo education officer. using generative ai to write the signs at the enclosures: tell me the pros, then the cons, no sugar coating", sections=[GENWELL, GENSHORT], facts=[["faster|creative"], ["groundbreaking|varies|biased|harmful"]]),
        C(K, "cruise ship entertainment lead. want generative ai writing our daily activity sheets. benefits and then drawbacks, be honest", sections=[GENWELL, GENSHORT], facts=[["faster|creative"], ["groundbreaking|varies|biased|harmful"]]),
    ],
    # (3) three ways of learning described, not named: what data does each need
    [
        C(K, "personal trainer explaining to clients. learning from examples with the answers given, learning from examples with no answers, and learning by trying and being told good or bad. what does each of the three need as data", sections=[NEEDS], facts=[["labelled"], ["unlabelled"], ["environment"]]),
        C(K, "barber. the one with answer sheets, the one with no answers at all, and the trial and error with rewards one - what training data does each need? all three", sections=[NEEDS], facts=[["labelled"], ["unlabelled"], ["environment"]]),
        C(K, "bar manager. learning with the right answers marked, learning from raw stuff with nothing marked, and learning by doing and getting points. what data does each of those three want", sections=[NEEDS], facts=[["labelled"], ["unlabelled"], ["environment"]]),
        C(K, "jockey. learning from answered examples, from unanswered ones, and from rewards and penalties while acting - compare what each of the three needs to train on", sections=[NEEDS], facts=[["labelled"], ["unlabelled"], ["environment"]]),
        C(K, "nail tech. taught with the correct answers, left to find patterns with no answers, or learning by having a go and getting feedback. what kind of data does each need", sections=[NEEDS], facts=[["labelled"], ["unlabelled"], ["environment"]]),
        C(K, "aquarium keeper. three ways: worked answers, no answers, trial and error with a score. what does each need in terms of training data? compare them", sections=[NEEDS], facts=[["labelled"], ["unlabelled"], ["environment"]]),
    ],
    # (4) the loss of an ordinary model vs the loss of a generator
    [
        C(K, "barista. the loss number when training a normal model, i get it goes down. is the loss of a text generator or picture generator the same sort of number? compare them", sections=[LOSS, GENLOSS], facts=[["mean squared error|cross-entropy"], ["next token|reconstruct|discriminator"]]),
        C(K, "cricket umpire. how does the loss of an ordinary prediction model compare with the loss of a generative model like a chatbot", sections=[LOSS, GENLOSS], facts=[["mean squared error|cross-entropy"], ["next token"]]),
        C(K, "embalmer doing a night course. loss for a regular classifier vs loss for an image generator, same kind of measure or different?", sections=[LOSS, GENLOSS], facts=[["cross-entropy|mean squared error"], ["reconstruct|discriminator"]]),
        C(K, "sommelier. is a language model's loss measured the same way as the loss in a normal regression model? compare the two", sections=[LOSS, GENLOSS], facts=[["mean squared error"], ["next token"]]),
        C(K, "ferry deckhand. loss in normal training vs loss in a gan, whats different", sections=[LOSS, GENLOSS], facts=[["mean squared error|cross-entropy"], ["discriminator"]]),
        C(K, "tattoo artist. loss for the usual spam filter type model versus loss for a generator that makes pictures, how do they compare", sections=[LOSS, GENLOSS], facts=[["cross-entropy"], ["reconstruct|discriminator"]]),
    ],
    # (5) "what's really the difference between the <predictor> and the <writer>"
    [
        C(K, "salon manager. our no-show predictor and the thing that writes our booking reminder texts are both called 'ai'. what's really the difference between them?", sections=[PVC], facts=[["predict"], ["did not exist|create new data"]]),
        C(K, "publican. the till's stock predictor and the app that writes our social posts, both 'ai' apparently. whats actually the difference between the two", sections=[PVC], facts=[["predict"], ["did not exist|create new data"]]),
        C(K, "funeral home admin. the software that forecasts our busy months and the one that drafts our condolence letters - what's the real difference between those?", sections=[PVC], facts=[["predict"], ["did not exist|create new data"]]),
        C(K, "football club analyst. the injury risk predictor and the match report writer both get called ai. what really separates them?", sections=[PVC], facts=[["predict"], ["did not exist|create new data"]]),
        C(K, "zoo admin. the visitor number predictor and the tool that writes our newsletter: both sold as ai. whats the actual difference", sections=[PVC], facts=[["predict"], ["did not exist|create new data"]]),
        C(K, "airline crew scheduler. the delay predictor and the announcement writer are both 'ai' to management. what's really different between them", sections=[PVC], facts=[["predict"], ["did not exist|create new data"]]),
    ],
    # (6) what each family is good at, side by side
    [
        C(K, "spa owner. what is ml good at and what is gen ai good at, side by side please", sections=[MLWELL, GENWELL], facts=[["automat|anomal"], ["content|customer|possibilities"]]),
        C(K, "sports club treasurer. where does machine learning earn its keep and where does generative ai earn its keep? both next to each other", sections=[MLWELL, GENWELL], facts=[["automat|anomal"], ["content|customer|possibilities"]]),
        C(K, "hotel bar manager. what's ordinary ml best at vs what's generative ai best at", sections=[MLWELL, GENWELL], facts=[["automat|anomal"], ["content|customer|possibilities"]]),
        C(K, "trawler skipper. strong points of ml, strong points of gen ai, one after the other", sections=[MLWELL, GENWELL], facts=[["automat|anomal"], ["content|customer|possibilities"]]),
        C(K, "beauty school tutor. what does machine learning do well and what does generative ai do well? compare them", sections=[MLWELL, GENWELL], facts=[["automat|anomal"], ["content|customer|possibilities"]]),
        C(K, "lifeguard supervisor. where is ml good and where is gen ai good, side by side", sections=[MLWELL, GENWELL], facts=[["automat|anomal"], ["content|customer|possibilities"]]),
    ],
]

F = "followup"
CLASSES_F = [
    # (7) the other party of a section that names two, asked by a people or country word
    [
        C(F, None, turns=["hairdresser. what's the eu ai act about", "and the americans?"], sections=[REG], facts=[["executive order"]]),
        C(F, None, turns=["pub landlord. what did europe agree on ai law", "ok what did the states do then"], sections=[REG], facts=[["executive order"]]),
        C(F, None, turns=["zookeeper. whats the eu ai act in a nutshell", "and what about the yanks?"], sections=[REG], facts=[["executive order"]]),
        C(F, None, turns=["cabin crew. what did the us government do about ai", "and the europeans?"], sections=[REG], facts=[["eu ai act|risk"]]),
    ],
    # (8) how to avoid being fooled by "one" after deepfakes, in idioms
    [
        C(F, None, turns=["barber. what's a deepfake", "how do i avoid getting fooled by one"], sections=[DEEP], facts=[["check the source"]]),
        C(F, None, turns=["funeral director. whats a deepfake exactly", "how do i keep from being taken in by one before i repost it"], sections=[DEEP], facts=[["check the source"]]),
        C(F, None, turns=["personal trainer. what is a deepfake", "how do i not get caught out by one"], sections=[DEEP], facts=[["check the source"]]),
        C(F, None, turns=["trawlerman. whats a deepfake, keep seeing the word", "how do i stop myself getting suckered by one"], sections=[DEEP], facts=[["check the source"]]),
    ],
    # (9) "show me with actual numbers" after a metric
    [
        C(F, None, turns=["bartender. how is precision worked out", "go on, show me with real numbers"], sections=[PR], facts=[["15 / 25|0\\.60"]]),
        C(F, None, turns=["jockey. how do you work out recall for a yes/no model", "show me with actual numbers"], sections=[PR], facts=[["15 / 20|0\\.75"]]),
        C(F, None, turns=["nail tech. what does precision measure", "can you do it with actual figures"], sections=[PR], facts=[["15 / 25|0\\.60"]]),
        C(F, None, turns=["cricket coach. how is recall calculated", "go on then, with numbers"], sections=[PR], facts=[["15 / 20|0\\.75"]]),
    ],
    # (10) "what if the groups aren't round" after k-means
    [
        C(F, None, turns=["zookeeper. how does k-means put points into groups", "what if the groups arent round blobs"], sections=[KDB], facts=[["DBSCAN"]]),
        C(F, None, turns=["fishmonger's apprentice. how does k-means clustering work", "and if the clusters are weird long shapes?"], sections=[KDB], facts=[["DBSCAN"]]),
        C(F, None, turns=["gym owner. how does k-means sort members into groups", "what happens when the groups are curvy not circles"], sections=[KDB], facts=[["DBSCAN|half-moons|round"]]),
        C(F, None, turns=["cabin crew. how does k-means find the clusters", "what if the groups are ring shaped tho"], sections=[KDB], facts=[["DBSCAN"]]),
    ],
    # (11) "any catch?" after a benefit
    [
        C(F, None, turns=["beautician. we have 30 photos of a rare skin reaction, can gen ai make extra fake ones to train a model on?", "any catch?"], sections=[AUG], facts=[["unrealistic|repetitive|not guaranteed"]]),
        C(F, None, turns=["sports scientist. can we make synthetic training data with generative ai because real injury data is scarce", "whats the catch"], sections=[AUG], facts=[["unrealistic|repetitive|not guaranteed"]]),
        C(F, None, turns=["lifeguard trainer. can generative ai create fake drowning footage to train a detector since real clips are rare", "is there a downside?"], sections=[AUG], facts=[["unrealistic|repetitive|not guaranteed"]]),
        C(F, None, turns=["funeral director. what's data augmentation with synthetic examples", "any catch though?"], sections=[AUG], facts=[["unrealistic|repetitive|not guaranteed"]]),
    ],
    # (12) "why does it do that" after a setting turned up
    [
        C(F, None, turns=["barista. what's temperature on a chatbot", "what happens if you whack it right up", "why does it do that"], sections=[SAMP], facts=[["flatten|unlikely tokens"]]),
        C(F, None, turns=["referee. what does the temperature setting do in a language model", "and if i turn it way up?", "why though"], sections=[SAMP], facts=[["flatten|unlikely tokens"]]),
        C(F, None, turns=["hair stylist. whats temperature in chatgpt", "what if i crank it to max", "how come"], sections=[SAMP], facts=[["flatten|unlikely tokens"]]),
        C(F, None, turns=["ferry crew. what's the temperature knob on a chatbot", "what if i put it really high", "why does that happen"], sections=[SAMP], facts=[["flatten|unlikely tokens"]]),
    ],
    # (13) where the right answers come from, after no human labelling
    [
        C(F, None, turns=["tattoo artist. how does a chatbot learn to write", "does someone label all that text by hand?", "so where do the right answers come from then"], sections=[NTP], facts=[["text itself|no human labelling"]]),
        C(F, None, turns=["swim teacher. how does a language model get trained", "who marks its answers then", "so where do the correct answers come from"], sections=[NTP], facts=[["text itself|no human labelling"]]),
        C(F, None, turns=["publican. how do chatbots learn language in the first place", "is it people tagging text all day?", "then how does it know what the right answer is"], sections=[NTP], facts=[["text itself|no human labelling"]]),
        C(F, None, turns=["zoo keeper. how is chatgpt trained", "do humans label the text?", "so what tells it the right answer"], sections=[NTP], facts=[["text itself|no human labelling"]]),
    ],
]

if __name__ == "__main__":
    rng = random.Random(3737)
    for kind, classes in (("comparison", CLASSES_C), ("followup", CLASSES_F)):
        work: list = []
        measure: list = []
        for cases in classes:
            probekit.check_facts(cases)
            w, m = probekit.halves(cases, rng, alternate=True)
            work += w
            measure += m
        for name, half in (("work", work), ("measure", measure)):
            head = f"# zlmc37-s37 ({name}): written before running the tutor, split at random per class (seed 3737).\n\n"
            probekit.write_cases(HERE / name / f"{kind}.toml", head, half)
