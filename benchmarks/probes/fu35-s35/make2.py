"""Writes work2/ and measure2/ followup.toml: fu35-s35's second round, harder than the first (which
main answered 27/29 and 28/30): a first turn framed by who asks (a trade, a hobby, an analogy),
then follow-ups that ask one detail, said in everyday words, which one sentence of the section
states or which a sibling section of the same lesson answers ("when does it fall over?", "and if
the judge gets too good?", "put numbers on it"), and three-turn chains. Split at random with seed
3535 before any run; written from the course text before any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
GD = "training-and-overfitting/gradient-descent-in-plain-words"
OVER = "training-and-overfitting/overfitting-and-underfitting"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
KM = "unsupervised-learning/how-k-means-finds-clusters"
KF = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
PRW = "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
GUNST = "gans/why-gan-training-is-unstable-and-costly"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
SAMP = "language-models/sampling-temperature-top-k-and-top-p"
TOK = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
NEXT = "language-models/next-token-prediction-step-by-step"
QL = "reinforcement-learning/q-learning-in-the-frozenlake-grid-world"

C = [
    (["electrician. gradient descent, what is it in normal words", "what goes wrong if the steps are tiny?"],
     [GD], [["crawl"]]),
    (["what is gradient descent, like walking down a hill?", "so what's the slope bit actually called"],
     [GD], [["gradient"]]),
    (["greengrocer, how would k-means sort my customers", "what if i pick a bad number of groups"],
     [KF], [["split|merge"]]),
    (["k-means explained for a dog groomer pls", "does it always get the same answer?"],
     [KM], [["poor starting position|several times|randomly"]]),
    (["taxi driver. what is overfitting", "how do i stop it happening"],
     [OVER], [["more training data|simpler model|regularisation"]]),
    (["what's underfitting, i coach football", "give me a picture of it"],
     [OVER], [["straight line"]]),
    (["shop manager. accuracy on a fraud model, is it enough?", "why not, if it's 98 percent?"],
     [ACC], [["catches no fraud|declares every payment honest"]]),
    (["insurance clerk, what is precision in ml", "and how do you work it out"],
     [PR], [["TP / \\(TP \\+ FP\\)"]]),
    (["what's recall? i'm a lifeguard if that helps", "ok put numbers on it"],
     [PR], [["0\\.75|15 / 20"]]),
    (["gp receptionist. why do disease tests care about recall", "what's the cost of low precision then"],
     [PRW], [["healthy people|frightening|further tests"]]),
    (["street artist. how does a gan make pictures", "what if the fake-spotter is rubbish at its job?"],
     [GUNST], [["accepts poor samples|nothing to learn"]]),
    (["explain gans, i'm a locksmith", "how do you know when it's trained well"],
     [GUNST, "gans/how-adversarial-training-works"], [["looking at samples|coin toss"]]),
    (["tattoo artist. what's mode collapse", "why doesn't anyone notice it straight away"],
     [MODE], [["each sample looks fine|many samples are compared"]]),
    (["what is a vae, i do pottery", "can it take my own photo and place it on the map thing?"],
     ["vaes/vaes-compared-with-gans", "vaes/encoder-latent-space-and-decoder"], [["encoder"]]),
    (["how does a vae make new digits", "what happens if you pick a point between a 3 and an 8"],
     ["vaes/generating-new-samples-from-the-latent-space"], [["mixes both"]]),
    (["why are vae pictures blurry", "is there anything they're better at than gans then"],
     ["vaes/vaes-compared-with-gans"], [["stable|mode collapse|encoder|latent space"]]),
    (["translator here. what's a token", "does the model see the words themselves?"],
     [TOK], [["number|tokenizer"]]),
    (["how does chatgpt choose its words", "so who marked the right answers when it was trained"],
     [NEXT], [["no human labelling|text itself supplies"]]),
    (["what does temperature do in a chatbot", "what's a typical low setting"],
     [SAMP], [["0\\.2"]]),
    (["dj here. whats top-k sampling", "how many does it usually keep"],
     [SAMP], [["top 40"]]),
    (["frozen lake q-learning, what is it", "what happens when the ice is slippery"],
     [QL], [["slides|many more episodes"]]),
    (["whats q-learning", "what does it get for reaching the goal"],
     [QL], [["reward of 1"]]),
    (["how do rl agents learn, i train dogs", "what's the dog's rulebook called in rl"],
     ["reinforcement-learning/agents-environments-actions-and-rewards"], [["policy"]]),
    (["why is everyone into gen ai all of a sudden", "what was the tech that made chatbots possible"],
     ["what-is-generative-ai/why-generative-ai-got-so-much-attention-recently"], [["transformer"]]),
    (["hotel manager. how do chatbots help customer support", "what happens to the human staff then"],
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["complicated or sensitive"]]),
    (["how is gen ai used in finance, i'm a mortgage broker", "can it actually read a long policy?"],
     ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["40-page|summarise"]]),
    (["what does gen ai do in retail, i sell glasses online", "the try-on thing, what's that for"],
     ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["reducing returns|informed purchase"]]),
    (["farmer. how is machine learning used in healthcare", "does the ai make the final call?"],
     ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["clinician stays responsible|assist rather than replace"]]),
    (["what are the costs of bringing in ai for a small firm", "how can a small business keep those down"],
     ["adoption-challenges/the-cost-of-implementing-ai"], [["one clearly valuable use case|ready-made services|small models"]]),
    (["my staff hate the new ai tool, why", "how do i win them round"],
     ["adoption-challenges/resistance-to-change-from-employees"], [["involving staff|training|explaining honestly"]]),
    (["what's a deepfake, asking for my gran", "how can she check if one is real"],
     ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["check the source"]]),
    (["how does bias get into ai, i work in hr", "how would we reduce it"],
     ["ethics-and-regulation/bias-inherited-from-training-data"], [["who the data represents|error rates separately"]]),
    (["what's the us executive order on ai", "when was that"],
     ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act", "future-trends/deepfakes-and-regulation-in-the-years-ahead"], [["october 2023"]]),
    (["how big is the ai market going to get", "by when?"],
     ["future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030"], [["2030"]]),
    (["librarian. what is a custom mini chatbot", "do i need to code to make one?"],
     ["future-trends/custom-mini-chatbots-built-without-code"], [["no programming|without writing a line of code"]]),
    (["how do you split data into train and test", "what fraction goes to testing"],
     [SPLIT], [["20 percent"]]),
    (["train test split, explain like i'm a baker", "can i use the test set to tweak the recipe?"],
     [SPLIT], [["never be used to tune|fair exam"]]),
    (["what's feature engineering, i'm a mechanic", "example?"],
     ["training-and-overfitting/features-feature-scaling-and-feature-engineering"], [["day of the week|body mass index"]]),
    (["what happens if the training data has mistakes in it", "what about missing stuff, like only summer data"],
     ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"], [["winter"]]),
    (["how do spam filters learn", "what are the features there?"],
     ["supervised-learning/a-worked-example-building-a-spam-filter"], [["winner|invoice|how often words"]]),
    (["what is clustering, i run a gym", "who decides what the groups mean"],
     ["unsupervised-learning/clustering-groups-similar-data-points"], [["a person looks at each group|does not name"]]),
    (["what is generative ai", "ok what's a gan", "what has it been used for"],
     ["gans/what-gans-have-been-used-for"], [["photorealistic|portraits"]]),
    (["what is a language model", "how are big ones different from small ones", "can the small one run offline on a laptop"],
     ["language-models/small-language-models-versus-large-ones"], [["laptop|without a network"]]),
    (["how do chatbots make things up", "how do i catch it", "ok and how do i make it happen less"],
     ["hallucination/how-to-spot-and-reduce-hallucination"], [["grounding|lowering the sampling temperature|quote its sources"]]),
    (["what's the skills gap in ai", "why can't companies keep their ai people", "so what can they do"],
     ["adoption-challenges/the-ai-skills-gap"], [["training existing staff|partnering|simpler"]]),
    (["how does a recommendation system work", "what data does it use about me", "why do companies care"],
     ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["engagement|commercially"]]),
    (["whats anomaly detection", "does it need labelled data?"],
     ["ml-applications/predictive-analytics-and-anomaly-detection", "unsupervised-learning/what-unsupervised-learning-is-used-for"], [["unsupervised|seldom labelled|no list of correct answers"]]),
    (["why does supervised learning need so much data, i'm a vet", "why are labels so pricey"],
     ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["people (have to|must) create"]]),
    (["how do you judge if a picture generator is any good", "what does diversity mean there"],
     ["evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"], [["wide variety|repeating a few"]]),
    (["how can gen ai help drug discovery", "are the molecules ready to use then?"],
     ["generative-ai-applications/code-audio-and-new-drug-molecules", "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["candidates|made and tested|most promising"]]),
]

cases = [probekit.case("followup", None, turns=t, sections=s, facts=f) for t, s, f in C]
probekit.check_facts(cases)
work, measure = probekit.halves(cases, random.Random(3535))
head = "# fu35-s35 round 2: trade-framed first turns, a detail asked in everyday words (see make2.py)\n\n"
probekit.write_cases(HERE / "work2" / "followup.toml", head, work)
probekit.write_cases(HERE / "measure2" / "followup.toml", head, measure)
print(len(work), len(measure))
