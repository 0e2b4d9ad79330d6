"""howto37-s37 probes (stop 37): written from the course text before any answer to them was read,
split at random per class (seed 3737) into work/ and measure/.

Classes (``check.py`` scores the keys eval_learner ignores):
- howto: a first question asking how to fix, avoid, prevent, reduce or get round a problem the
  course teaches (overfitting, hallucination, bias, mode collapse, noisy data, harmful content,
  deepfakes, resistance to change, costs, the skills gap, k-means failing, an agent stuck
  exploiting): the answer opens with what the course says to DO about it (``opens``), not
  with the problem's definition.
- detect: "how do I know / tell if ..." of such a problem: the answer opens with the course's
  sign of it (``opens``).
- nearest: an untaught ML topic from many fields (recommenders, forecasting, fraud, RL, speech,
  vision, NLP, privacy, generative models, training, clustering, labelling, deployment): declined
  naming it, the closest section one that a learner would find useful (``nearest``: lessons or
  sections), chosen by what the term and the question's other words are about.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
OVER = "training-and-overfitting/overfitting-and-underfitting"
NOISY = "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"
SPOT = "hallucination/how-to-spot-and-reduce-hallucination"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
HARM = "ethics-and-regulation/biased-or-harmful-generated-content"
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
MISUSE = "ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
UNSTABLE = "gans/why-gan-training-is-unstable-and-costly"
RESIST = "adoption-challenges/resistance-to-change-from-employees"
COST = "adoption-challenges/the-cost-of-implementing-ai"
GAP = "adoption-challenges/the-ai-skills-gap"
KMF = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
KM = "unsupervised-learning/how-k-means-finds-clusters"
CLUST = "unsupervised-learning/clustering-groups-similar-data-points"
DIMRED = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
EXPLORE = "reinforcement-learning/exploration-versus-exploitation"
QL = "reinforcement-learning/q-learning-in-the-frozenlake-grid-world"
GD = "training-and-overfitting/gradient-descent-in-plain-words"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
FEAT = "training-and-overfitting/features-feature-scaling-and-feature-engineering"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
HYPER = "future-trends/hyper-personalisation-with-machine-learning"
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
EDU = "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"
SUPPORT = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
IMG = "ml-applications/image-and-speech-recognition"
IMGCLS = "supervised-learning/image-classification-as-a-supervised-task"
NLP = "ml-applications/natural-language-processing-with-machine-learning"
PR = "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"
PRCM = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
RELIABLE = "evaluating-models/what-makes-machine-learning-results-reliable"
LABELS = "supervised-learning/why-supervised-learning-needs-large-labelled-datasets"
LABELLED = "supervised-learning/learning-from-labelled-examples"
SAMPLING = "language-models/sampling-temperature-top-k-and-top-p"
SMALL = "language-models/small-language-models-versus-large-ones"
TEXTGEN = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
AUDIO = "generative-ai-applications/code-audio-and-new-drug-molecules"
PILOT = "adoption-challenges/a-small-pilot-project-as-a-first-step"
DATAGEN = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
COMPUTE_AFTER = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
LAPTOP = "data-and-compute/why-this-tutors-demos-run-on-a-laptop-cpu"
REG = "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"
EVERYDAY = "what-is-ml/everyday-machine-learning-services"
VAE_SEC = "vaes"
RL = "reinforcement-learning"
LMS = "language-models"

CURE_OVER = ["cure|more training data|regularisation|simpler model"]
REDUCE_HAL = ["reduc|grounding|lowering|quote|sources|check|claims"]
REDUCE_BIAS = ["reducing bias|checking who the data|measuring error"]

# (question, section, facts, opens)
HOWTO = [
    ("how do i stop my model from overfitting", OVER, [["regularisation"]], CURE_OVER),
    ("any tips to avoid overfitting?", OVER, [["regularisation"]], CURE_OVER),
    ("my model memorises the training set, what should i do", OVER, [["regularisation|simpler model"]], CURE_OVER),
    ("whats the best way to prevent overfitting in a decision tree", OVER, [["regularisation|simpler model"]], CURE_OVER),
    ("how to reduce overfitting pls", OVER, [["regularisation"]], CURE_OVER),
    ("how do i get around overfitting when i only have a small dataset", OVER, [["more training data|regularisation"]], CURE_OVER),
    ("how do i stop chatgpt from making things up", SPOT, [["grounding|temperature"]], REDUCE_HAL),
    ("any way to reduce ai hallucinations in our support bot", SPOT, [["grounding|temperature"]], REDUCE_HAL),
    ("how can i prevent hallucination when using llms for legal research", SPOT, [["grounding|checked by a person"]], REDUCE_HAL),
    ("how do we prevent bias in our hiring model", BIAS, [["checking who the data represents|error rates"]], REDUCE_BIAS),
    ("what can a bank do to make its loan model less biased", BIAS, [["checking who the data represents|error rates"]], REDUCE_BIAS),
    ("how do i get rid of bias in training data", BIAS, [["checking who the data represents|error rates"]], REDUCE_BIAS),
    ("how do i fix mode collapse in my gan", MODE, [["wasserstein|batches"]], ["remed|batches|wasserstein"]),
    ("my gan only draws the same face over and over, how do i stop that", MODE, [["wasserstein|batches"]], ["remed|batches|wasserstein"]),
    ("how do i deal with messy data before training", NOISY, [["cleaning data"]], ["cleaning|filling|flagging|checking that the training data"]),
    ("what should i do about missing values and typos in my dataset", NOISY, [["cleaning data|filling or flagging"]], ["cleaning|filling|flagging|checking that the training data"]),
    ("how do companies stop ai image generators producing offensive stuff", HARM, [["filtering training data|safety rules"]], ["reduce the risk|filtering|safety rules|testing models"]),
    ("how can i avoid being fooled by deepfakes", DEEP, [["check the source"]], ["check the source|defence"]),
    ("how do i get my staff to actually use the new ai tool instead of resisting it", RESIST, [["involving staff|training"]], ["involving staff|reduce resistance|offering training"]),
    ("any tips for dealing with employees who resist ai", RESIST, [["involving staff|training"]], ["involving staff|reduce resistance|offering training"]),
    ("how can a small business keep ai costs down", COST, [["ready-made services|small models|one clearly valuable"]], ["reduce the cost|one clearly valuable|ready-made|small models"]),
    ("how do we cut the cost of implementing ai", COST, [["ready-made services|small models|one clearly valuable"]], ["reduce the cost|one clearly valuable|ready-made|small models"]),
    ("how do we cope with not being able to hire ai experts", GAP, [["training existing staff|partnering"]], ["common responses|training existing staff|partnering|simpler"]),
    ("what should i do when k-means cuts my moon shaped clusters in half", KMF, [["dbscan"]], ["dbscan"]),
    ("how do i stop my rl agent getting stuck on the first route it finds", EXPLORE, [["epsilon"]], ["epsilon|compromise"]),
    ("how do you make gan training less unstable", UNSTABLE, [["careful learning rates|balance"]], ["careful|balance|patience"]),
]
# (question, section, facts, opens): how to notice the problem.
DETECT = [
    ("how do i know if my model is overfitting", OVER, [["gap|lower score on the test"]], ["gap|test set|new, unseen data|excellent on its training"]),
    ("how can i tell whether my model is overfitted or fine", OVER, [["gap|lower score on the test"]], ["gap|test set|new, unseen data|excellent on its training"]),
    ("how would i notice mode collapse in my gan", MODE, [["many samples|variety"]], ["easy to miss|many samples|compared for variety"]),
    ("how do i know if an ai answer is hallucinated", SPOT, [["claims to check|checking sources"]], ["claims to check|checking sources|spotting|citation"]),
    ("how can i tell if a chatbot made up a reference", SPOT, [["citation|checking sources"]], ["claims to check|checking sources|spotting|citation"]),
    ("how do i check if my model is biased against some group", BIAS, [["error rates separately|checking who the data"]], ["error rates|checking who the data|reducing bias"]),
]
# (question, term, nearest): untaught ML topics of many fields.
NEAREST = [
    ("how do streaming apps avoid the filter bubble in recommendations", "filter bubble", [REC, HYPER]),
    ("how can i get around data sparsity in a movie recommender", "data sparsity", [REC, HYPER]),
    ("what is collaborative filtering in music apps", "collaborative filtering", [REC, HYPER, MUSIC]),
    ("how do i deal with seasonality when forecasting shop sales", "seasonality", [PRED, RETAIL]),
    ("how do i fix concept drift in my fraud model", "concept drift", [FRAUD, PRED, FIN, COST, "ml-applications"]),
    ("how do i stop catastrophic forgetting when fine tuning a language model", "catastrophic forgetting", [LMS, OVER]),
    ("how do i handle class imbalance when detecting fraud", "class imbalance", [PR, PRCM, ACC, FRAUD]),
    ("how do you prevent reward hacking in a game playing agent", "reward hacking", [RL]),
    ("what is speaker diarisation in speech recognition", "speaker diarisation", [IMG, NLP]),
    ("how do doctors use image segmentation on mri scans", "image segmentation", [HEALTH, IMG, IMGCLS]),
    ("how does named entity recognition pull names out of customer emails", "named entity recognition", [NLP, SUPPORT]),
    ("how do i use differential privacy to protect patient data in training", "differential privacy", ["ethics-and-regulation", HEALTH, DATAGEN]),
    ("how does federated learning keep phone keyboard data private", "federated learning", ["ethics-and-regulation", EVERYDAY, NLP, "data-and-compute"]),
    ("how do i fix posterior collapse in my vae", "posterior collapse", [VAE_SEC]),
    ("how do i stop vanishing gradients in a deep network", "vanishing gradients", [GD, OVER]),
    ("how does a gradient penalty stabilise gan training", "gradient penalty", [UNSTABLE, MODE, "gans/how-adversarial-training-works"]),
    ("how do i avoid exposure bias in text generation", "exposure bias", [LMS, TEXTGEN]),
    ("what's prompt injection and how do chatbots defend against it", "prompt injection", [MISUSE, HARM, "future-trends/custom-mini-chatbots-built-without-code", "hallucination"]),
    ("how do i choose the number of clusters with the elbow method", "elbow method", [KM, KMF, CLUST]),
    ("how does an isolation forest find weird transactions", "isolation forest", [PRED, FRAUD, FIN]),
    ("what is hierarchical clustering for grouping customers", "hierarchical clustering", [CLUST, KM, KMF, "unsupervised-learning/what-unsupervised-learning-is-used-for"]),
    ("how does t-sne turn high dimensional data into a picture", "t-sne", [DIMRED]),
    ("how do i do cross validation to check my model", "cross validation", [SPLIT, OVER, RELIABLE]),
    ("how do i use early stopping to avoid overfitting", "early stopping", [OVER, SPLIT]),
    ("how do i stop a language model repeating itself with a repetition penalty", "repetition penalty", [SAMPLING, TEXTGEN]),
    ("what's knowledge distillation for making small language models", "knowledge distillation", [SMALL]),
    ("how does quantisation make a model small enough for a phone", "quantisation", [SMALL, COMPUTE_AFTER, LAPTOP]),
    ("how do online schools use knowledge tracing to personalise lessons", "knowledge tracing", [EDU, HYPER]),
    ("how do i measure inter-annotator agreement when labelling data", "inter-annotator agreement", [LABELS, LABELLED, NOISY]),
    ("how do i use active learning so i need to label less data", "active learning", [LABELS, LABELLED]),
    ("how do i a/b test a new recommendation model", "a/b test", [REC, PILOT, RELIABLE]),
    ("how do i watermark ai generated images so people know they are fake", "watermark", [DEEP, "future-trends/deepfakes-and-regulation-in-the-years-ahead", MISUSE, REG]),
    ("how does explainable ai justify a loan rejection", "explainable ai", [BIAS, MISUSE, REG, FIN]),
    ("how do i shrink a huge q table with function approximation", "function approximation", [QL]),
    ("how do i fill missing values with imputation", "imputation", [NOISY]),
    ("how do i spot outliers in sensor data with z-scores", "z-scores", [PRED, NOISY]),
    ("how do companies use crowdsourcing to label training images", "crowdsourcing", [LABELS, LABELLED, IMGCLS]),
    ("how does curriculum learning help a robot learn to walk", "curriculum learning", [RL]),
    ("how does ocr read handwritten receipts for expense apps", "ocr", [IMG, IMGCLS, FIN]),
    ("how do i use transfer learning to classify x rays with few labelled images", "transfer learning", [HEALTH, IMGCLS, LABELS]),
    ("how does source separation pull the vocals out of a song", "source separation", [MUSIC, AUDIO, IMG]),
    ("how does ai predict protein folding for new medicines", "protein folding", [AUDIO, HEALTH]),
]


def build() -> list[tuple[str, list[dict]]]:
    """(class name, cases) per class, in the order they are split."""
    pc = probekit.case
    return [
        ("howto", [pc("paraphrase", q, sections=[s], facts=f, opens=o) for q, s, f, o in HOWTO]),
        ("detect", [pc("paraphrase", q, sections=[s], facts=f, opens=o) for q, s, f, o in DETECT]),
        ("nearest", [pc("near_miss", q, term=t, nearest=n) for q, t, n in NEAREST]),
    ]


if __name__ == "__main__":
    rng = random.Random(3737)
    groups = build()
    probekit.check_facts([c for _, cs in groups for c in cs])
    halves: dict[str, list[dict]] = {"work": [], "measure": []}
    for name, cs in groups:
        for c in cs:
            c["class"] = name
        w, m = probekit.halves(cs, rng)
        halves["work"] += w
        halves["measure"] += m
    for folder, cs in halves.items():
        head = f"# howto37-s37 ({folder}): written before running the tutor, split at random per class (seed 3737).\n\n"
        by_kind: dict[str, list[dict]] = {}
        for c in cs:
            by_kind.setdefault(c["kind"], []).append(c)
        for kind, kcs in by_kind.items():
            probekit.write_cases(HERE / folder / f"{kind}.toml", head, kcs)
