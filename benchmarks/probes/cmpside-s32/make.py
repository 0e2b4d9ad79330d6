"""Side-section probes (stop 32, cmpside): comparisons whose answer should give each side a
sentence from that side's own section. Sides named by course term, by everyday name or by their
job; within one comparing section, across two lessons, "for my X, A or B?", three-way, and a
dimension asked of both sides (data, cost, speed, risk, evaluation, output). Written from the
course text before any answer was read; split at random with seed 32."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

ALG = "supervised-learning/common-supervised-learning-algorithms"
LBL = "supervised-learning/learning-from-labelled-examples"
CLSREG = "supervised-learning/classification-versus-regression"
SPAM = "supervised-learning/a-worked-example-building-a-spam-filter"
NEEDLBL = "supervised-learning/why-supervised-learning-needs-large-labelled-datasets"
UNL = "unsupervised-learning/learning-from-unlabelled-data"
CLU = "unsupervised-learning/clustering-groups-similar-data-points"
KM = "unsupervised-learning/how-k-means-finds-clusters"
DBS = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
PCA = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
UNLUSE = "unsupervised-learning/what-unsupervised-learning-is-used-for"
RLA = "reinforcement-learning/agents-environments-actions-and-rewards"
RLENV = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
RLUSE = "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
OVER = "training-and-overfitting/overfitting-and-underfitting"
LOSS = "training-and-overfitting/what-a-loss-function-measures"
GD = "training-and-overfitting/gradient-descent-in-plain-words"
FEAT = "training-and-overfitting/features-feature-scaling-and-feature-engineering"
CATDOG = "what-is-ml/the-cats-and-dogs-example"
CATGEN = "what-is-generative-ai/the-cat-pictures-example-of-generative-ai"
GANG = "gans/the-generator-and-the-discriminator"
GANU = "gans/why-gan-training-is-unstable-and-costly"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
GANUSE = "gans/what-gans-have-been-used-for"
VAEE = "vaes/encoder-latent-space-and-decoder"
VAEG = "vaes/vaes-compared-with-gans"
VAEUSE = "vaes/what-vaes-are-used-for"
LM = "language-models/what-a-language-model-does"
NEXT = "language-models/next-token-prediction-step-by-step"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
LLM = "language-models/what-makes-a-language-model-large"
SMALL = "language-models/small-language-models-versus-large-ones"
HAL = "hallucination/what-hallucination-means"
GROUND = "hallucination/grounding-answering-from-sources-instead-of-memory"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
GENEVAL = "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"
GDATA = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
MLDATA = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
TRAINCOST = "data-and-compute/training-cost-compute-expertise-and-time"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
IMGSP = "ml-applications/image-and-speech-recognition"
NLP = "ml-applications/natural-language-processing-with-machine-learning"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"
IMGGEN = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
TXTGEN = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
CODEAUD = "generative-ai-applications/code-audio-and-new-drug-molecules"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
AUG = "generative-ai-applications/data-augmentation-with-synthetic-training-examples"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
HARM = "ethics-and-regulation/biased-or-harmful-generated-content"
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
MLBAD = "benefits-and-limitations/where-machine-learning-falls-short"
GENBAD = "benefits-and-limitations/where-generative-ai-falls-short"
GENGOOD = "benefits-and-limitations/what-generative-ai-does-well"
MLGOOD = "benefits-and-limitations/what-machine-learning-does-well"
TTV = "future-trends/text-to-video-the-next-frontier-for-generative-ai"
MULTI = "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"
CUSTOM = "future-trends/custom-mini-chatbots-built-without-code"
HYPER = "future-trends/hyper-personalisation-with-machine-learning"
SKILLGAP = "adoption-challenges/the-ai-skills-gap"
RESIST = "adoption-challenges/resistance-to-change-from-employees"
IMPLCOST = "adoption-challenges/the-cost-of-implementing-ai"
PILOT = "adoption-challenges/a-small-pilot-project-as-a-first-step"
SKILLGEN = "skills-and-learning-paths/skills-for-working-in-generative-ai"
SKILLML = "skills-and-learning-paths/skills-for-working-in-machine-learning"
CUSTSUP = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"

CASES = [
    # a dimension asked of both sides, sides from two lessons
    ("which one goes wrong with skewed training data, a face recognition system or a picture generator?", [BIAS, HARM], [["darker-skinned"], ["CEO|stereotypes"]]),
    ("voice typing vs a tool that reads text out loud in a voice, whats the difference", [IMGSP, CODEAUD], [["sound of speech to words|transcription"], ["speech in a chosen voice"]]),
    ("how does a spam filter learn compared to a chatbot like chatgpt", [SPAM, NEXT], [["spam"], ["next token"]]),
    ("fraud detector vs a chatbot - which one can hallucinate?", [FRAUD, HAL], [["fraud"], ["hallucinat"]]),
    ("how do you judge if a gan is doing well vs if a classifier is doing well", [GENEVAL, ACC], [["realism|diversity"], ["fraction|accuracy"]]),
    ("recomendation engine vs ai music composer, what does each one actually give you", [MUSIC], [["picks existing songs"], ["did not exist before"]]),
    ("k-means vs q-learning: what data does each one need", [MLDATA], [["unlabelled"], ["environment"]]),
    ("a gan or a decision tree - which is pricier to train?", [GANU, COMPUTE], [["expensive|computation"], ["decision tree"]]),
    ("whats riskier if it gets it wrong, a medical scan detector or a chatbot that writes treatment plans", [HARM, BIAS], [["spread widely|harmful"], ["unfair|bias"]]),
    ("svm vs k-means, which needs labels", [ALG, KM], [["support vector machine|SVM"], ["k-means|K-means"]]),
    ("image recognition vs image generation what comes out of each", [IMGSP, IMGGEN], [["classify pictures|labels"], ["new pictures"]]),
    ("sentiment analysis vs text generation, which is prediction and which creates stuff", [NLP, TXTGEN], [["sentiment"], ["write new text|new text"]]),
    ("a VAE vs a language model, how is each one trained", [VAEE, NEXT], [["encoder"], ["next token"]]),
    ("whats the output of a regression model compared to a classifier", [CLSREG], [["number"], ["category"]]),
    ("clustering vs classification, do both need the right answers?", [CLU, LBL], [["not from any label|similar"], ["label"]]),
    ("overfitting vs hallucination, are they the same problem", [OVER, HAL], [["training data too closely|noise"], ["false|made up"]]),
    ("what's the job of the discriminator vs the job of the decoder", [GANG, VAEE], [["real|fake"], ["rebuild"]]),
    ("precision vs accuracy for a fraud model, which one should i look at", [ACC, PR], [["98 percent|catches no fraud"], ["alarm"]]),
    ("temp vs top-p sampling, whats the diff", [TEMP], [["adventurous"], ["nucleus|add up to p"]]),
    ("dbscan vs kmeans when the clusters are weird shapes", [DBS], [["round blobs"], ["any shape"]]),
    ("pca vs clustering - what does each of them do to the data", [PCA, CLU], [["fewer numbers"], ["groups"]]),
    ("a tiny local model vs gpt-4, which one hallucinates more", [SMALL], [["invents details|forgets facts"]]),
    ("exploration vs exploitation in rl", [EXPL], [["trying other actions|try something new"], ["currently looks best"]]),
    ("loss function vs accuracy, whats the difference", [LOSS], [["single number"], ["accuracy"]]),
    ("reinforcement learning vs supervised learning: where does the data come from in each", [RLENV], [["environment"], ["fixed table|correct answers"]]),
    # scenario: for my X, A or B?
    ("for my online shop should i use machine learning or gen ai to write the product descriptions", [RETAIL], [["product descriptions"]]),
    ("for my bakery, would a recommendation system or a custom chatbot help customers find opening hours", [CUSTOM], [["opening hours"]]),
    ("i run a clinic with 50 photos of a rare rash, should i use a gan to make more or just train on what i have", [AUG], [["50"], ["synthetic"]]),
    ("for catching dodgy card payments in real time, ml or generative ai?", [FRAUD], [["real time"]]),
    ("my shop wants to group customers by how they spend, supervised or unsupervised?", [CLU], [["spend"]]),
    ("for a robot that learns to walk, reinforcement learning or supervised learning?", [RLUSE], [["walk"]]),
    ("im a small business with no ai people, train my own model or use ready-made services?", [IMPLCOST], [["ready-made services"]]),
    ("for my school, ml to pick the next exercise or gen ai to write new practice questions?", ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"], [["learning path"], ["practice questions"]]),
    ("for my customer support team, a sentiment model or a generative chatbot?", [CUSTSUP], [["sentiment"], ["chatbot"]]),
    ("for a design agency needing 10 logo ideas fast, gan image gen or an image classifier", [IMGGEN], [["logo"]]),
    ("my data has no labels at all, clustering or a decision tree?", [UNL, ALG], [["no labels"], ["decision tree"]]),
    # three-way
    ("gan vs vae vs llm - what does each one generate", [GANUSE, VAEUSE, LLM], [["photorealistic"], ["images, text and music|melod"], ["text"]]),
    ("supervised, unsupervised, reinforcement: which data does each need", [MLDATA], [["labelled"], ["unlabelled"], ["environment|rewards"]]),
    ("linear regression vs svm vs decision tree in one line each", [ALG], [["straight line|weighted sum"], ["margin|gap"], ["yes-or-no"]]),
    ("greedy decoding vs temperature vs top-k", [TEMP], [["most likely token"], ["adventurous"], ["k most likely"]]),
    ("realism coherence diversity - how are they different", [GENEVAL], [["pass for something real"], ["holds together"], ["variety"]]),
    ("skills gap, resistance to change and cost: which of these hits small businesses hardest", [IMPLCOST, SKILLGAP, RESIST], [["small business"]]),
    # sides named by everyday job
    ("the thing that sorts my emails into spam vs the thing that writes emails for me", [SPAM, TXTGEN], [["spam"], ["emails|blog posts"]]),
    ("the bit of netflix that suggests films vs an ai that makes a new song", [REC, MUSIC], [["suggests items|recommend"], ["compose|melody"]]),
    ("the app that turns my meeting into text vs the app that makes a fake video of a politician", [IMGSP, DEEP], [["transcription"], ["deepfake"]]),
    ("the squeeze and rebuild model vs the counterfeiter and detective model, which is more stable to train", [VAEG], [["stable"]]),
    ("something that flags a weird sensor reading vs something that invents a molecule", [PRED, CODEAUD], [["sensor"], ["molecul"]]),
    ("the model that guesses house prices vs the one that writes code", [CLSREG, CODEAUD], [["house"], ["code"]]),
    ("the part of a gan that fakes stuff vs the part that checks it", [GANG], [["generator"], ["discriminator"]]),
    ("a program that finds groups in my customers vs a program that predicts who will leave", [CLU, PRED], [["group"], ["predict|forecast"]]),
    # comparing sections, asked as one dimension of both sides
    ("ml vs gen ai, which one is more accurate", ["ml-vs-generative-ai/comparing-accuracy-and-adaptability"], [["completely accurate"]]),
    ("how much compute does generative ai need compared to normal ml", ["ml-vs-generative-ai/comparing-efficiency-and-computing-needs"], [["computing power"]]),
    ("gans vs vaes which makes sharper pics", [VAEG], [["blurr"], ["sharper"]]),
    ("small vs large language models, which is better for private stuff on my laptop", [SMALL], [["private"]]),
    ("what does ml do well vs what does gen ai do well", [MLGOOD, GENGOOD], [["automates data analysis|anomal"], ["content production|creative"]]),
    ("where does ml fall short compared to gen ai's weak spots", [MLBAD, GENBAD], [["noisy|incomplete"], ["groundbreaking|varies"]]),
    ("skills for an ml job vs skills for a gen ai job", [SKILLML, SKILLGEN], [["Python"], ["creativity"]]),
    ("text-to-video vs multimodal chatbots, whats the future trend in each", [TTV, MULTI], [["video"], ["multimodal"]]),
    ("grounded answers vs letting the model answer from memory, which hallucinates less", [GROUND], [["sources|retriev"]]),
    ("hyper personalisation vs normal personalisation", [HYPER], [["few groups"], ["one person"]]),
    ("a pilot project or buying everything at once, which is cheaper to start with", [PILOT], [["modest infrastructure|costs low"]]),
    ("gradient descent vs the loss function, which does what", [GD, LOSS], [["downhill|slope"], ["single number"]]),
]


def cases(rows):
    """The probekit cases of ``rows`` (question, sections, facts): comparisons, a side per section."""
    return [probekit.case("comparison", q, sections=sections, facts=facts) for q, sections, facts in rows]


if __name__ == "__main__":
    probekit.check_facts(cases(CASES))
    here = Path(__file__).parent
    work, measure = probekit.halves(cases(CASES), random.Random(32))
    head = "# Side-section probes (stop 32, cmpside), split at random (seed 32).\n\n"
    for name, part in (("work", work), ("measure", measure)):
        probekit.write_cases(here / name / "comparison.toml", head, part)
