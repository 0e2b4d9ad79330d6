"""Writes work/ and measure/ followup.toml: fuwhich-s33's follow-ups that pick a side or an item
of the previous answer, or ask a new aspect of it, split at random with seed 33 before any run.

Written from the course text before any answer or the answering code's special cases were read.
Kinds: "which one is X-er / needs Y / for Z" after a comparison; "the second one / the other /
the latter / and the first?" after a comparison or a list; "which of those ..." after a list;
three-turn chains asking a second dimension."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
VC = "vaes/vaes-compared-with-gans"
EFF = "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"
ACC = "ml-vs-generative-ai/comparing-accuracy-and-adaptability"
AFTER = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
NEEDS = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
UNL = "unsupervised-learning/learning-from-unlabelled-data"
LAB = "supervised-learning/why-supervised-learning-needs-large-labelled-datasets"
KFAIL = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
KHOW = "unsupervised-learning/how-k-means-finds-clusters"
PR = "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"
SMALL = "language-models/small-language-models-versus-large-ones"
SAMP = "language-models/sampling-temperature-top-k-and-top-p"
ALGOS = "supervised-learning/common-supervised-learning-algorithms"
OVER = "training-and-overfitting/overfitting-and-underfitting"
LIMITS = "benefits-and-limitations/knowing-the-limits-is-the-key-to-success"
RLFEED = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
RLAG = "reinforcement-learning/agents-environments-actions-and-rewards"

C = [
    # which <dimension> after a comparison
    (["whats the difference between a gan and a vae", "which one is easier to train"], [VC], [["usually stable|less stable"]]),
    (["gan vs vae?", "which gives sharper pics"], [VC], [["sharper"]]),
    (["vae or gan, how do they differ", "which of them can put a real photo into its latent space"], [VC], [["encoder"]]),
    (["how is supervised learning different from unsupervised", "which one needs labels"], [NEEDS, LAB, UNL], [["label"], ["expensive|cheap"]]),
    (["supervised vs unsupervised learning", "which is cheaper to get data for"], [UNL, NEEDS], [["cheap|without anyone tagging"]]),
    (["ml vs generative ai", "which one eats more compute tho"], [EFF, AFTER], [["computing power|computational power|computationally demanding"]]),
    (["ml vs gen ai whats the diff", "which is more accurate"], [ACC], [["completely accurate|high accuracy"]]),
    (["predictive ml vs generative ai?", "which one adapts better to creative stuff"], [ACC], [["creative tasks"]]),
    (["precision vs recall", "which matters more for a cancer screening test"], [PR], [["high recall"], ["false negative|missed patient"]]),
    (["precision and recall whats the difference", "which one should a bank's fraud team care about"], [PR], [["balance"]]),
    (["k-means vs dbscan", "which one copes with weird shapes like moons"], [KFAIL], [["any shape"]]),
    (["kmeans or dbscan?", "which of them makes me choose k"], [KFAIL, KHOW], [["need k|pick k"]]),
    (["exploration vs exploitation in rl", "which should an agent do early on"], ["reinforcement-learning/exploration-versus-exploitation"], [["high epsilon|exploring a lot early"]]),
    (["classification vs regression", "which would i use to guess house prices"], ["supervised-learning/classification-versus-regression"], [["house pric"], ["regression"]]),
    (["small vs large language models", "which one can run on my laptop"], [SMALL], [["laptop|ordinary computer"]]),
    (["small language models versus big ones", "which is more accurate"], [SMALL], [["more accurately"]]),
    (["greedy decoding vs random sampling", "which one gives more variety"], [SAMP], [["variety"]]),
    (["low vs high temperature?", "which is more creative"], [SAMP], [["high temperature"]]),
    (["train set vs test set", "which one do you grade the model on"], ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["test set"], ["fresh exam|honest estimate"]]),
    (["overfitting vs underfitting", "which one is the too simple model"], [OVER], [["underfitting"], ["too simple"]]),
    (["overfitting vs underfitting", "which happens with a really deep decision tree"], [OVER], [["decision tree"], ["memoris"]]),
    (["ml vs gen ai in healthcare, who does what", "which one drafts the treatment plan"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["treatment plan"]]),
    (["how do ml and gen ai differ in customer support", "which one actually chats with customers"], ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["chatbots|virtual assistants"]]),
    (["ml vs generative ai in retail", "which one writes the product descriptions"], ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["product descriptions"]]),
    (["ml vs gen ai in finance?", "which handles the paperwork"], ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["documents"], ["loan|insurance"]]),
    (["gans vs vaes", "which suffers from mode collapse"], [VC, "gans/mode-collapse-when-a-gan-loses-variety"], [["mode collapse"]]),
    (["vae vs gan", "so which should i pick if i need a tidy latent space"], [VC], [["well-organised latent space"]]),
    (["gan or vae for super realistic faces?", "and which one trains more reliably"], [VC], [["stable"]]),
    (["rl vs supervised learning", "which one doesnt need a dataset"], [RLFEED, NEEDS], [["traditional dataset"]]),
    (["linear regression vs neural network", "which is easier to explain"], [ALGOS], [["easy to explain"]]),
    (["decision trees vs neural nets", "which needs more data"], [ALGOS], [["more data and computing power"]]),
    (["pca vs clustering", "which one cuts down the number of features"], ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"], [["fewer numbers"]]),
    (["ml vs gen ai", "which should i pick to write marketing slogans"], [LIMITS], [["create a draft"]]),
    (["machine learning or generative ai, how r they different", "which would u use to flag fraud"], [LIMITS], [["predict, classify or detect"]]),
    # switch to the other side / item
    (["gans vs vaes", "tell me more about the second one"], ["vaes/encoder-latent-space-and-decoder", "vaes/why-the-autoencoder-is-called-variational", "vaes/generating-new-samples-from-the-latent-space"], [["encoder"], ["decoder"]]),
    (["supervised vs unsupervised", "ok what about the latter"], [UNL], [["unlabelled|no labels"], ["structure"]]),
    (["k means vs dbscan", "how does the first one work"], [KHOW], [["centre"], ["average position|nearest centre"]]),
    (["gan vs vae", "how does the first one train"], ["gans/how-adversarial-training-works", "gans/the-generator-and-the-discriminator"], [["alternate|coin toss|counterfeiter|verdict"]]),
    (["name the three types of machine learning", "tell me more about the last one"], [RLAG], [["policy|trial and error"]]),
    (["what are the 3 kinds of ml", "and the first one?"], ["supervised-learning/learning-from-labelled-examples"], [["label"], ["answer key|teacher|mapping"]]),
    (["list the types of machine learning", "what about the second"], [UNL], [["unlabelled|no labels"], ["cheap|structure"]]),
    (["gans vs vaes", "ok and what are the latter used for"], ["vaes/what-vaes-are-used-for"], [["images"], ["music"], ["anomaly"]]),
    (["vaes vs gans", "what have the second ones been used for"], ["gans/what-gans-have-been-used-for"], [["photorealistic"], ["music|artwork"]]),
    (["ml vs generative ai, whats the difference", "where does the second one fall short"], ["benefits-and-limitations/where-generative-ai-falls-short"], [["groundbreaking"], ["biased|harmful"]]),
    (["ml vs gen ai", "what is the first one good at"], ["benefits-and-limitations/what-machine-learning-does-well"], [["automates data analysis|anomal"]]),
    (["small language models vs large ones", "what makes the other kind large then"], ["language-models/what-makes-a-language-model-large"], [["parameters"], ["transformer"]]),
    (["precision vs recall", "how do you compute the first one"], ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], [[r"TP / \(TP \+ FP\)|0\.60"]]),
    (["overfitting vs underfitting", "how do you fix the first one"], [OVER], [["more training data|regularisation"]]),
    (["gans vs vaes", "why is the former so unstable"], ["gans/why-gan-training-is-unstable-and-costly"], [["in balance|too strong|oscillate"]]),
    (["vae vs gan", "why are the first one's pictures blurry"], [VC, "vaes/why-the-autoencoder-is-called-variational"], [["averaging|KL"]]),
    # which of those after a list
    (["what are the main uses of unsupervised learning", "which of those would catch a weird login"], ["unsupervised-learning/what-unsupervised-learning-is-used-for"], [["anomaly detection"], ["login|flags"]]),
    (["list common supervised learning algorithms", "which one asks yes or no questions"], [ALGOS], [["decision tree"]]),
    (["list supervised algorithms", "which of those is best for images and speech"], [ALGOS], [["neural network"]]),
    (["what are gans used for", "which of those made them famous"], ["gans/what-gans-have-been-used-for"], [["image generation"], ["portraits|do not exist"]]),
    (["what industries use ml and gen ai", "which of those is about hospitals"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["x-rays|mri|scans"]]),
    (["which industries does the course cover", "which one deals with money laundering"], ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["money laundering"]]),
    (["what kinds of content can generative ai create", "which model family does the text"], ["what-is-generative-ai/kinds-of-content-generative-ai-creates"], [["large language models|llms"]]),
    (["what are the sampling methods for language models", "which one is also called nucleus"], [SAMP], [["top-p"]]),
    (["what are the limitations of ml", "which one is about hiring"], ["benefits-and-limitations/where-machine-learning-falls-short"], [["bias"], ["hiring"]]),
    (["where is reinforcement learning used", "which of those involves drones"], ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["autonomous systems"]]),
    (["what does generative ai do well", "which of those benefits helps customers"], ["benefits-and-limitations/what-generative-ai-does-well"], [["chatbots"], ["any hour|queue|satisfaction"]]),
    (["what are the challenges of bringing ai into a company", "which is the cheapest way to start"], ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["pilot"]]),
    (["name the ways to spot hallucination", "which one is the most reliable"], ["hallucination/how-to-spot-and-reduce-hallucination"], [["checking sources"]]),
    (["what are the three things training a model costs", "which one is about people"], ["data-and-compute/training-cost-compute-expertise-and-time"], [["expertise"], ["prepare the data|choose the architecture"]]),
    (["what makes ml results reliable", "which one is about building better inputs"], ["evaluating-models/what-makes-machine-learning-results-reliable", "training-and-overfitting/features-feature-scaling-and-feature-engineering"], [["feature engineering"]]),
    (["what are the parts of a vae", "which one isnt needed when generating"], ["vaes/generating-new-samples-from-the-latent-space"], [["encoder is not needed"]]),
    (["what are the 3 types of ml", "which one learns by trial and error"], [RLAG], [["trial and error"]]),
    (["what are the types of ml", "which of them needs the priciest data"], [LAB, NEEDS], [["label"], ["expensive"]]),
    # three turns
    (["gans vs vaes", "which is easier to train", "and which makes sharper images"], [VC], [["sharper"]]),
    (["ml vs gen ai", "which needs more compute", "and which is more accurate"], [ACC], [["completely accurate|high accuracy"]]),
    (["supervised vs unsupervised vs reinforcement learning", "which needs labels", "and which needs no dataset at all"], [RLFEED, NEEDS], [["traditional dataset"]]),
    (["small vs large language models", "which runs on a laptop", "and the other one?"], [SMALL], [["data-centre"]]),
    (["precision vs recall", "which matters for disease tests", "and for fraud?"], [PR], [["high precision|honest customers"]]),
    (["k-means vs dbscan", "which handles odd shapes", "and which one is quicker?"], [KHOW], [["fast"]]),
]

cases = [probekit.case("followup", None, turns=t, sections=s, facts=f) for t, s, f in C]
probekit.check_facts(cases)
work, measure = probekit.halves(cases, random.Random(33))
head = "# fuwhich-s33: follow-ups picking a side/item of the previous answer or a new aspect (see README.md)\n\n"
probekit.write_cases(HERE / "work" / "followup.toml", head, work)
probekit.write_cases(HERE / "measure" / "followup.toml", head, measure)
print(len(work), len(measure))
