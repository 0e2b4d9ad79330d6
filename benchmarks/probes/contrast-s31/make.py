"""Writes work/ and measure/ from CASES (seed 31), after checking each fact against its sides' sections."""
import json
import pathlib
import random
import re
import sys

from tutor.core.knowledge import load_course

S = {
 "kmeans": "unsupervised-learning/how-k-means-finds-clusters",
 "gancost": "gans/why-gan-training-is-unstable-and-costly",
 "suplabels": "supervised-learning/why-supervised-learning-needs-large-labelled-datasets",
 "unlab": "unsupervised-learning/learning-from-unlabelled-data",
 "rlenv": "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset",
 "suplab": "supervised-learning/learning-from-labelled-examples",
 "ntp": "language-models/next-token-prediction-step-by-step",
 "spam": "supervised-learning/a-worked-example-building-a-spam-filter",
 "bias": "ethics-and-regulation/bias-inherited-from-training-data",
 "harm": "ethics-and-regulation/biased-or-harmful-generated-content",
 "hallu": "hallucination/what-hallucination-means",
 "overfit": "training-and-overfitting/overfitting-and-underfitting",
 "slm": "language-models/small-language-models-versus-large-ones",
 "fraud": "ml-applications/fraud-detection-with-machine-learning",
 "judge": "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity",
 "vaegan": "vaes/vaes-compared-with-gans",
 "gendata": "data-and-compute/training-data-for-generative-models-large-clean-and-varied",
 "noisy": "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes",
 "dbscan": "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps",
 "recsys": "ml-applications/recommendation-systems-for-products-movies-and-music",
 "imggen": "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality",
 "drugs": "generative-ai-applications/code-audio-and-new-drug-molecules",
 "after": "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models",
 "dataneeds": "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning",
 "pr": "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall",
 "imgrec": "ml-applications/image-and-speech-recognition",
 "health": "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans",
 "cost": "adoption-challenges/the-cost-of-implementing-ai",
 "pilot": "adoption-challenges/a-small-pilot-project-as-a-first-step",
 "mlskills": "skills-and-learning-paths/skills-for-working-in-machine-learning",
 "genpath": "skills-and-learning-paths/educational-paths-into-generative-ai",
 "mlpath": "skills-and-learning-paths/educational-paths-into-machine-learning",
 "anom": "ml-applications/predictive-analytics-and-anomaly-detection",
 "sampling": "language-models/sampling-temperature-top-k-and-top-p",
 "mlshort": "benefits-and-limitations/where-machine-learning-falls-short",
 "genshort": "benefits-and-limitations/where-generative-ai-falls-short",
 "algos": "supervised-learning/common-supervised-learning-algorithms",
 "genwell": "benefits-and-limitations/what-generative-ai-does-well",
 "mlwell": "benefits-and-limitations/what-machine-learning-does-well",
 "hyper": "future-trends/hyper-personalisation-with-machine-learning",
 "pca": "unsupervised-learning/dimensionality-reduction-simplifies-complex-data",
 "cluster": "unsupervised-learning/clustering-groups-similar-data-points",
 "acc": "evaluating-models/accuracy-the-share-of-predictions-that-are-right",
 "gentrain": "gans/how-adversarial-training-works",
 "vaeloss": "vaes/why-the-autoencoder-is-called-variational",
 "efficiency": "ml-vs-generative-ai/comparing-efficiency-and-computing-needs",
 "traincost": "data-and-compute/training-cost-compute-expertise-and-time",
 "deepfake": "ethics-and-regulation/deepfakes-and-the-argentine-election-poster",
 "genrec": "what-is-generative-ai/generating-new-data-that-resembles-the-training-data",
}
# (question, [sides as keys], facts)
CASES = [
 ("which is cheaper to train, k-means or a big gan", ["kmeans", "gancost"], [["fast|easy"], ["expensive|computation"]]),
 ("supervised vs unsupervised learning: which one needs the pricier data", ["suplabels", "unlab"], [["expensive|costly"], ["cheap"]]),
 ("rl vs supervised learning, where does the data actually come from for each", ["rlenv", "suplab"], [["experience|acting|plays"], ["label"]]),
 ("a language model vs a spam filter - does either one need ppl to label stuff by hand", ["ntp", "spam"], [["no human labelling"], ["marked|labels"]]),
 ("risk wise whats worse, a biased loan model or a chatbot spitting out toxic stuff", ["bias", "harm"], [["loan|credit"], ["risk is larger|spread widely"]]),
 ("hallucination vs overfitting, which one is sneakier to notice", ["hallu", "overfit"], [["looks exactly like|same certainty"], ["looks excellent|disappoints"]]),
 ("grading a fraud model vs grading a poem generator, which is more subjective", ["fraud", "judge"], [["precision and recall"], ["subjective"]]),
 ("does a normal ml model or a generative model care more about how clean its data is", ["noisy", "gendata"], [["quality"], ["realistic|varied|clean"]]),
 ("a recommender vs an image generator, how does each one save people time", ["recsys", "imggen"], [["faster"], ["quickly|faster"]]),
 ("fraud detection vs generating drug molecules, how quick is each one", ["fraud", "drugs"], [["real time|fraction of a second"], ["slow and expensive|speed up"]]),
 ("training on labelled examples vs next token prediction: where do the right answers come from", ["suplab", "ntp"], [["label"], ["text itself supplies"]]),
 ("a huge gan vs the tiny gpt in the demo, how long does each take to train", ["gancost", "slm"], [["expensive|computation"], ["seconds"]]),
 ("anomaly detection vs fraud detection, which one usually has labels to learn from", ["anom", "fraud"], [["seldom labelled|rare"], ["labelled|genuine"]]),
 ("how fast does gen ai crank out content compared with how fast an ml model scores records", ["genwell", "after"], [["faster|minute"], ["cheap|handful"]]),
 ("kmeans vs dbscan - which one copes with noisy points", ["dbscan"], [["noise"]]),
 ("image recognition vs image generation, does either of them create new content", ["imgrec", "imggen"], [["rather than creating new content|existing data"], ["logo|concepts|visual"]]),
 ("ai costs in general vs a small pilot project, whats cheaper to start with for a small company", ["cost", "pilot"], [["budget|cost"], ["costs low|modest"]]),
 ("for my tiny startup with no money, a small language model or a giant one?", ["slm"], [["data-centre|hardware|laptop|cheap"]]),
 ("gan vs vae, which one trains more stably", ["vaegan"], [["stable"]]),
 ("where ml falls short vs where gen ai falls short, data wise", ["mlshort", "genshort"], [["data"], ["existing|training data"]]),
 ("linear regression or a neural network, which one eats more data and compute", ["algos"], [["more data and computing power"]]),
 ("gan training vs vae training, what goes wrong with each", ["gancost", "vaeloss"], [["too strong|no useful signal|unstable"], ["blurry|garbage"]]),
 ("how is the risk different for a face recogniser vs an image generator when the data is biased", ["bias", "harm"], [["darker|lighter|face"], ["risk is larger|spread"]]),
 ("precision vs recall for a bank, what does each one cost them when its off", ["pr"], [["cost"]]),
 ("supervised, unsupervised, rl: which needs the least human labelling", ["dataneeds"], [["without anyone tagging|no traditional dataset"]]),
 ("for a hospital, spotting tumours with ml vs drafting treatment plans with gen ai, which needs a doctor to check it", ["health"], [["review|radiologist"]]),
 ("temperature vs top-k: which one makes the output more adventurous", ["sampling"], [["adventurous"]]),
 ("a credit model vs an image generator, how does each get hurt by old or bad data", ["mlshort", "genshort"], [["outdated|poor data"], ["existing|stereotypes|training data"]]),
 ("dimension reduction vs clustering - which makes later models quicker", ["pca", "cluster"], [["faster"], ["group"]]),
 ("rl vs supervised learning, which one lets the model make mistakes safely", ["rlenv", "suplab"], [["simulator|cheap trials"], ["label"]]),
 ("ml vs gen ai on speed: which does its job faster", ["genwell", "after"], [["faster"], ["cheap|handful"]]),
 ("learning ml vs learning gen ai: which route is quicker to get going", ["mlpath", "genpath"], [["speeds up"], ["faster and cheaper"]]),
 ("checking a spam filter vs checking a chatbot, which is easier to mark right or wrong", ["acc", "judge"], [["right or wrong|correct label"], ["no label|subjective"]]),
 ("gan vs vae vs llm, which of them needs no labels at all", ["ntp", "gentrain", "vaegan"], [["no human labelling|real|reconstruction"]]),
 ("hyper personalisation vs deepfakes, what's the privacy angle for each", ["hyper", "deepfake"], [["user data|personal information"], ["deepfake|fake"]]),
 ("which costs more to run day to day, a decision tree or a chatbot", ["after"], [["cheap|arithmetic"]]),
 ("svm vs logistic regression, which gets expensive on big datasets", ["after"], [["expensive|pairs"]]),
 ("training a gan vs training any big model, why is each costly", ["gancost", "traincost"], [["expensive|computation|hardware"], ["comput|expertise|time"]]),
 ("i need to flag odd sensor readings in my factory: unsupervised anomaly detection or a supervised classifier?", ["anom"], [["seldom labelled|normal"]]),
 ("for a shop's product photos, would a gan or a vae give sharper pics", ["vaegan"], [["sharper|blurr"]]),
 ("a predictive model vs a generative one, how does each treat its input", ["genrec"], [["label, a number or a decision|new"]]),
 ("a deepfake vs a biased hiring model, which does more damage to trust", ["deepfake", "bias"], [["deepfake|fake"], ["bias|unfair"]]),
]
course = load_course()
bad = 0
cases = []
for q, keys, facts in CASES:
    ids = [S[k] for k in keys]
    said = " ".join(" ".join(course.section(i.replace("/", "#", 1)).sentences) for i in ids)
    missing = [f for f in facts if not any(re.search(a, said, re.I) for a in f)]
    if missing:
        print("UNSTATED", q, missing)
        bad += 1
    cases.append((q, ids, facts))
if bad:
    sys.exit(1)
random.Random(31).shuffle(cases)
half = len(cases) // 2
here = pathlib.Path(__file__).parent
for name, part in (("work", cases[:half]), ("measure", cases[half:])):
    (here / name).mkdir(exist_ok=True)
    out = ["# Contrast probes (stop 31): written from the course text before any answer was read, split at random (seed 31).\n"]
    for q, ids, facts in part:
        sides = [[i] for i in ids] if len(ids) > 1 else [ids]
        out.append(f'[[case]]\nkind = "comparison"\nquestion = {json.dumps(q)}\nin_scope = true\nsections = {json.dumps(ids)}\nsides = {json.dumps(sides)}\nfacts = {json.dumps(facts)}\n')
    (here / name / "comparison.toml").write_text("\n".join(out))
print(len(cases), "cases")
