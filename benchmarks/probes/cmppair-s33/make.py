"""Comparison-pair probes (stop 33, cmppair): comparisons whose answer needs the right section for
each side, chosen as a pair: the one section that compares both sides where the course has one
(sides named by course term, everyday name or job; within a comparing section; a setting of both),
or each side's own section where it has none (across lessons, three-way). Written from the course
text before any answer was read; split at random with seed 33."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

VAEG = "vaes/vaes-compared-with-gans"
ONEGEN = "gans/one-model-generates-another-evaluates"
PREDCRE = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
CLSREG = "supervised-learning/classification-versus-regression"
RLENV = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
DBS = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
SMALL = "language-models/small-language-models-versus-large-ones"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
ACCAD = "ml-vs-generative-ai/comparing-accuracy-and-adaptability"
EFF = "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"
SAMEIND = "industry-use-cases/same-industries-different-jobs"
NOTAI = "what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"
OVER = "training-and-overfitting/overfitting-and-underfitting"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
MLDATA = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
THREE = "what-is-ml/three-ways-a-machine-can-learn"
BUILT = "ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
HARM = "ethics-and-regulation/biased-or-harmful-generated-content"
GANG = "gans/the-generator-and-the-discriminator"
VAEE = "vaes/encoder-latent-space-and-decoder"
LBL = "supervised-learning/learning-from-labelled-examples"
UNL = "unsupervised-learning/learning-from-unlabelled-data"
RLA = "reinforcement-learning/agents-environments-actions-and-rewards"
NEXT = "language-models/next-token-prediction-step-by-step"
HAL = "hallucination/what-hallucination-means"
GROUND = "hallucination/grounding-answering-from-sources-instead-of-memory"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
GENEVAL = "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
TXTGEN = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
IMGGEN = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
AUG = "generative-ai-applications/data-augmentation-with-synthetic-training-examples"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"
MLBAD = "benefits-and-limitations/where-machine-learning-falls-short"
GENBAD = "benefits-and-limitations/where-generative-ai-falls-short"
TTV = "future-trends/text-to-video-the-next-frontier-for-generative-ai"
HYPER = "future-trends/hyper-personalisation-with-machine-learning"
SKILLGAP = "adoption-challenges/the-ai-skills-gap"
RESIST = "adoption-challenges/resistance-to-change-from-employees"
SKILLML = "skills-and-learning-paths/skills-for-working-in-machine-learning"
SKILLGEN = "skills-and-learning-paths/skills-for-working-in-generative-ai"
KM = "unsupervised-learning/how-k-means-finds-clusters"
PCA = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
LOSS = "training-and-overfitting/what-a-loss-function-measures"
GD = "training-and-overfitting/gradient-descent-in-plain-words"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
TOKENS = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
REG = "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"
CATDOG = "what-is-ml/the-cats-and-dogs-example"
CATGEN = "what-is-generative-ai/the-cat-pictures-example-of-generative-ai"

CASES = [
    # within one comparing section, sides in everyday words
    ("the blurry-pictures one vs the two-networks-fighting one, whats the tradeoff", [VAEG], [["blurr"], ["sharper"]]),
    ("squish-into-a-code model vs the forger and cop model - which can take a real photo and find its code", [VAEG], [["encoder"]]),
    ("does a vae train more smoothly than a gan?", [VAEG], [["stable"]]),
    ("is a chatbot's text model trained with a second network judging it like a gan is", [ONEGEN], [["single network"], ["evaluat"]]),
    ("do diffusion image makers have a discriminator like gans do", [ONEGEN], [["without a discriminator|remove noise"]]),
    ("the app guessing if a payment is fraud vs the app writing a paragraph: whats different about their goals", [PREDCRE], [["goal"], ["new data|did not exist"]]),
    ("a thing that returns a label vs a thing that returns a brand new picture, which is ml and which is gen ai", [PREDCRE], [["label"], ["did not exist before"]]),
    ("guessing tomorrows temperature vs guessing cat or dog - are those the same kind of task", [CLSREG], [["number"], ["category"]]),
    ("predict a house price vs predict spam or not spam, whats the difference", [CLSREG], [["continuous"], ["fixed list"]]),
    ("trial and error learning vs learning from a table of right answers, where does the data come from", [RLENV], [["environment"], ["fixed table"]]),
    ("does a rl agent need a dataset like supervised learning does", [RLENV], [["does not need a traditional dataset"]]),
    ("trying new moves vs sticking with what already works, in rl", [EXPL], [["exploration"], ["exploitation"]]),
    ("k means vs dbscan for moon-shaped groups", [DBS], [["round blobs"], ["any shape"]]),
    ("does dbscan need me to pick k like k-means", [DBS], [["does not need k"]]),
    ("a tiny model on my laptop vs a giant chatbot in a data centre, whats the trade", [SMALL], [["laptop"], ["data-centre"]]),
    ("after training is a decision tree cheaper to run than a gan", [COMPUTE], [["arithmetic operations"], ["computationally demanding"]]),
    ("is ml or gen ai more accurate, honestly", [ACCAD], [["completely accurate"]]),
    ("which adapts better to new creative stuff, a predictive model or gen ai", [ACCAD], [["adapts well to creative"]]),
    ("gen ai vs ml on computing power, whos hungrier", [EFF], [["computing power"]]),
    ("ml vs gen ai in the same industry - whats the difference in what they output", [SAMEIND], [["prediction, a score"], ["new content"]]),
    ("is generative ai just another word for ai", [NOTAI], [["broad field"]]),
    ("memorising the training data vs being too simple to get the pattern", [OVER], [["overfitting"], ["underfitting"]]),
    ("false alarms vs missed fraud, which metric is which", [PR], [["precision"], ["recall"]]),
    ("labelled vs unlabelled vs rewards - what data does each kind of ml need", [MLDATA], [["labelled"], ["unlabelled"], ["rewards"]]),
    ("the three ways a machine learns, how do they differ", [THREE], [["correct answer"], ["no answers"], ["rewards"]]),
    ("is every gen ai system machine learning and every ml system generative?", [BUILT], [["not every machine learning model is generative|most machine learning systems are not generative"]]),
    ("fancy gen ai vs plain ml: is gen ai its own separate science", [BUILT], [["not a separate science"]]),
    ("the ai that spots disease in a scan vs the one that writes out a treatment plan", [HEALTH], [["scan"], ["treatment plan"]]),
    ("at a bank, the fraud flagging model vs the thing that summarises documents", [FIN], [["fraud"], ["document"]]),
    ("recommending existing songs vs composing a brand new one", [MUSIC], [["picks existing songs"], ["did not exist before"]]),
    ("personalisation for a few groups vs personalisation for one single person", [HYPER], [["few groups"], ["one person"]]),
    ("a gan making extra training photos vs just collecting more real photos", [AUG], [["synthetic"]]),
    ("temperature vs top-p, how does each change the next word", [TEMP], [["adventurous"], ["add up to p|nucleus"]]),
    # across lessons, a side each
    ("the generator vs the encoder, what does each do", [GANG, VAEE], [["generator"], ["encoder"]]),
    ("learning from labelled data vs learning from unlabelled data", [LBL, UNL], [["labelled"], ["unlabelled"]]),
    ("an rl agent vs a language model - how does each one learn", [RLA, NEXT], [["reward"], ["next token"]]),
    ("a hallucination vs a grounded answer", [HAL, GROUND], [["hallucinat"], ["sources|retriev"]]),
    ("checking a spam classifier vs checking an essay generator", [ACC, GENEVAL], [["accuracy"], ["realism|coherence"]]),
    ("a fraud model vs a netflix style recommender, what does each do", [FRAUD, REC], [["fraud"], ["recommend"]]),
    ("a chatbot writing emails vs a tool drawing ad images", [TXTGEN, IMGGEN], [["text|emails"], ["image"]]),
    ("bias in a loan model vs a picture generator showing only male ceos", [BIAS, HARM], [["loan"], ["CEO"]]),
    ("weak spots of ml vs weak spots of gen ai", [MLBAD, GENBAD], [["noisy|incomplete"], ["varies|hallucinat"]]),
    ("staff who fear ai vs not having people who know ai, which is the bigger hurdle", [RESIST, SKILLGAP], [["employees|fear|resist"], ["skills"]]),
    ("what do i need to learn for ml work compared to gen ai work", [SKILLML, SKILLGEN], [["Python"], ["creativity|prompt"]]),
    ("k-means vs pca, what does each do to my data", [KM, PCA], [["centre|centroid"], ["fewer"]]),
    ("loss function vs gradient descent", [LOSS, GD], [["single number"], ["downhill|slope"]]),
    ("a token vs a next word prediction step", [TOKENS, NEXT], [["piece"], ["next token"]]),
    ("a deepfake vs the eu ai act", [DEEP, REG], [["deepfake"], ["EU AI Act|European"]]),
    ("text to video vs a chatbot that hallucinates, whats harder to trust", [TTV, HAL], [["video"], ["hallucinat"]]),
    ("the cats and dogs classifier vs the cat picture generator", [CATDOG, CATGEN], [["dog"], ["new|generat"]]),
    # scenario: for my X, A or B
    ("i teach biology: a model that sorts quiz answers into right/wrong vs one that writes new quiz questions, which is ml", [PREDCRE], [["label|score"], ["did not exist before|create"]]),
    ("my gaming startup wants bots that learn to play: use supervised learning with a dataset or rl", [RLENV], [["environment"], ["simulator|video game"]]),
    ("we have 200 labelled x-rays: supervised classifier or a gan to make more x-rays first", [AUG], [["synthetic"]]),
    ("for a hospital: flag disease in scans with ml or draft letters with gen ai, whats each for", [HEALTH], [["scan"], ["draft|treatment plan"]]),
    ("for a weather app, is forecasting rain amount regression or classification", [CLSREG], [["number"], ["category"]]),
    ("for my shop's customer clusters shaped like rings, k means or dbscan", [DBS], [["ring"]]),
    ("for a private offline assistant on an old laptop: a small model or a big llm", [SMALL], [["private"]]),
    ("for an art project wanting crisp realistic faces, vae or gan", [VAEG], [["crisp|sharper"]]),
    # three-way
    ("gan vs vae vs llm, which of them has an opponent judging it", [ONEGEN], [["discriminator|evaluat"], ["variational autoencoder"], ["language model"]]),
    ("classification, regression and clustering - how are they different", [BUILT], [["classification"], ["regression"], ["clustering"]]),
    ("supervised vs unsupervised vs reinforcement in one line each", [THREE], [["correct answer"], ["no answers"], ["reward"]]),
    ("greedy vs top-k vs top-p sampling", [TEMP], [["most likely"], ["k most likely"], ["add up to p|nucleus"]]),
]


def cases(rows):
    """The probekit cases of ``rows`` (question, sections, facts): comparisons, a side per section."""
    return [probekit.case("comparison", q, sections=sections, facts=facts) for q, sections, facts in rows]


if __name__ == "__main__":
    probekit.check_facts(cases(CASES))
    here = Path(__file__).parent
    work, measure = probekit.halves(cases(CASES), random.Random(33))
    head = "# Comparison-pair probes (stop 33, cmppair), split at random (seed 33).\n\n"
    for name, part in (("work", work), ("measure", measure)):
        probekit.write_cases(here / name / "comparison.toml", head, part)
