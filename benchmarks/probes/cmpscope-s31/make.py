"""Fresh comparisons (stop 31, helper fufact, class "cmpscope"): course comparisons written in
learners' language (shorthand, typos, sides described rather than named, "is X just Y", "X or Y
for my job", three-way, long preamble), plus everyday "A or B" questions that must stay refused.
Written from the course text before any answer was read; facts checked against the sides'
sections; split at random (seed 31) into work/ and measure/."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

S = {
 "goal": "ml-vs-generative-ai/predicting-versus-creating-two-different-goals",
 "built": "ml-vs-generative-ai/generative-ai-is-built-on-machine-learning",
 "eff": "ml-vs-generative-ai/comparing-efficiency-and-computing-needs",
 "accad": "ml-vs-generative-ai/comparing-accuracy-and-adaptability",
 "limits": "benefits-and-limitations/knowing-the-limits-is-the-key-to-success",
 "mlwell": "benefits-and-limitations/what-machine-learning-does-well",
 "genwell": "benefits-and-limitations/what-generative-ai-does-well",
 "mlshort": "benefits-and-limitations/where-machine-learning-falls-short",
 "genshort": "benefits-and-limitations/where-generative-ai-falls-short",
 "suplab": "supervised-learning/learning-from-labelled-examples",
 "clsreg": "supervised-learning/classification-versus-regression",
 "algos": "supervised-learning/common-supervised-learning-algorithms",
 "unlab": "unsupervised-learning/learning-from-unlabelled-data",
 "cluster": "unsupervised-learning/clustering-groups-similar-data-points",
 "dbscan": "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps",
 "pca": "unsupervised-learning/dimensionality-reduction-simplifies-complex-data",
 "rlenv": "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset",
 "explore": "reinforcement-learning/exploration-versus-exploitation",
 "three": "what-is-ml/three-ways-a-machine-can-learn",
 "wider": "what-is-ml/machine-learning-inside-the-wider-field-of-ai",
 "rules": "what-is-ml/learning-from-data-instead-of-hand-written-rules",
 "overfit": "training-and-overfitting/overfitting-and-underfitting",
 "split": "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set",
 "notai": "what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai",
 "inspired": "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it",
 "gd": "gans/the-generator-and-the-discriminator",
 "vaegan": "vaes/vaes-compared-with-gans",
 "slm": "language-models/small-language-models-versus-large-ones",
 "sampling": "language-models/sampling-temperature-top-k-and-top-p",
 "tokens": "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes",
 "hallu": "hallucination/what-hallucination-means",
 "ground": "hallucination/grounding-answering-from-sources-instead-of-memory",
 "acc": "evaluating-models/accuracy-the-share-of-predictions-that-are-right",
 "pr": "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall",
 "judge": "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity",
 "dataneeds": "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning",
 "after": "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models",
 "fraud": "ml-applications/fraud-detection-with-machine-learning",
 "anom": "ml-applications/predictive-analytics-and-anomaly-detection",
 "recsys": "ml-applications/recommendation-systems-for-products-movies-and-music",
 "imgrec": "ml-applications/image-and-speech-recognition",
 "textgen": "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing",
 "imggen": "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality",
 "augment": "generative-ai-applications/data-augmentation-with-synthetic-training-examples",
 "same": "industry-use-cases/same-industries-different-jobs",
 "retail": "industry-use-cases/retail-predicting-sales-and-writing-product-content",
 "support": "industry-use-cases/customer-support-sentiment-analysis-and-chatbots",
 "health": "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans",
 "bias": "ethics-and-regulation/bias-inherited-from-training-data",
 "harm": "ethics-and-regulation/biased-or-harmful-generated-content",
 "deepfake": "ethics-and-regulation/deepfakes-and-the-argentine-election-poster",
 "reg": "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act",
 "cost": "adoption-challenges/the-cost-of-implementing-ai",
 "pilot": "adoption-challenges/a-small-pilot-project-as-a-first-step",
 "genpath": "skills-and-learning-paths/educational-paths-into-generative-ai",
 "mlpath": "skills-and-learning-paths/educational-paths-into-machine-learning",
 "mlskills": "skills-and-learning-paths/skills-for-working-in-machine-learning",
 "genskills": "skills-and-learning-paths/skills-for-working-in-generative-ai",
 "combine": "ml-vs-generative-ai/combining-both-into-more-powerful-systems",
}
# (question, [sides], facts); sides may be one section that compares both
CASES = [
 # phone shorthand / typos
 ("ml or genai 4 the rota??", ["limits"], [["predict|classify"], ["create|draft"]]),
 ("whats better 4 spotting dodgy pallets, normal ai or the chatgpt kind", ["limits"], [["detect|predict|classify"]]),
 ("ml v gen ai wots the actual diff", ["goal"], [["predict"], ["creat|new"]]),
 ("supervised vs unsupervised whats the diffrence", ["suplab", "unlab"], [["label"], ["unlabel|without"]]),
 ("gan vs vae which 1 gives sharper pics", ["vaegan"], [["sharper|crisp"]]),
 ("kmeans or dbscan 4 weird shaped blobs", ["dbscan"], [["any shape|shape"]]),
 ("smol lang model vs big 1 whats the trade off", ["slm"], [["laptop|ordinary|cheap|private"]]),
 ("precision or recall, wich matters more 4 a cancer test", ["pr"], [["recall"]]),
 ("classificaton vs regresion??", ["clsreg"], [["categor|class"], ["number|quantit"]]),
 ("rl vs supervised, hows the feedback diff", ["rlenv"], [["reward|environment"]]),
 ("overfit vs underfit quick version pls", ["overfit"], [["memoris|too closely|too simple"]]),
 ("hallucinating vs just being biased whats the diff for a chatbot", ["hallu", "harm"], [["false|made up|invent"], ["bias|stereotyp|harm"]]),
 # options described rather than named
 ("at work we either get a thing that sorts incoming emails into buckets or one that writes the replies, how are those two different", ["limits"], [["classify|predict"], ["draft|create"]]),
 ("my boss cant decide between software that guesses next months sales and software that writes the product blurbs, whats the difference", ["retail"], [["predict|forecast"], ["descri|writ"]]),
 ("one tool flags which customers are angry, the other one chats back to them. how do they compare", ["support"], [["sentiment"], ["chatbot"]]),
 ("a program that groups our shoppers with no labels vs one trained on tagged examples, what's the difference", ["unlab", "suplab"], [["unlabel|without"], ["label"]]),
 ("the kind of model that learns by trial and reward vs the kind that learns from a labelled spreadsheet, which needs less human labelling", ["dataneeds"], [["no traditional dataset|without anyone tagging|reward"]]),
 ("two nets fighting each other vs a squeeze-and-rebuild net, which is easier to train", ["vaegan"], [["stable"]]),
 ("a model that spots tumours in scans vs one that drafts the treatment notes, how do they differ", ["health"], [["detect"], ["draft"]]),
 ("a system that tells you if a bank payment is fishy vs one that writes up the bank's reports, whats the diff in what they do", ["same"], [["predict|detect|fraud"], ["generat|writ|draft"]]),
 # is X just Y
 ("is generative ai just machine learning", ["built"], [["specific application|broader field"]]),
 ("is gen ai just a fancy word for ai", ["notai"], [["another name|one part|broad field"]]),
 ("is deep learning just machine learning", ["wider"], [["subset|subfield|part of"]]),
 ("is a vae basically just a gan", ["vaegan"], [["stable|blurr|encoder"]]),
 ("is clustering basically just classification without the labels", ["cluster"], [["similar|group"]]),
 ("is an llm just a really big autocomplete", ["slm"], [["large|parameter"]]),
 ("is hallucination just the model lying", ["hallu"], [["false|confident|plausible"]]),
 # X or Y for my job
 ("ml or gen ai for my job in a warehouse counting stock", ["limits"], [["predict|classify|detect"]]),
 ("im a teacher, should i bother with machine learning or generative ai", ["limits"], [["predict|classify|detect"], ["create|draft"]]),
 ("supervised or unsupervised for my job sorting customer complaints we already tagged", ["suplab"], [["label"]]),
 ("for my marketing job, image generation or image recognition", ["imggen", "imgrec"], [["logo|concept|visual|advert"], ["recogni|identif"]]),
 ("im in hr, should i learn ml or genai for screening cvs", ["limits", "bias"], [["predict|classify"]]),
 ("small or large language model for my clinic's private notes", ["slm"], [["private|laptop|ordinary"]]),
 ("degree or online course if i want a gen ai job", ["genpath"], [["faster|cheaper|course"]]),
 # three-way
 ("supervised, unsupervised or reinforcement, which is which", ["three"], [["label"], ["reward|trial"]]),
 ("gans, vaes or language models, which one makes text", ["gd", "slm"], [["generator"], ["text|language"]]),
 ("accuracy, precision or recall for a fraud model", ["pr"], [["precision"], ["recall"]]),
 ("temperature, top-k or top-p, how do they differ", ["sampling"], [["temperature"], ["top-k|k most"], ["top-p|smallest set"]]),
 ("fraud detection, recommendations or anomaly spotting, which ones are ml", ["fraud", "recsys", "anom"], [["fraud"], ["recommend"], ["anomal|unusual"]]),
 # long preamble
 ("so ive been reading a lot about ai at work and everyone keeps throwing words around and honestly im lost, but the main thing i want to know is how is machine learning different from generative ai", ["goal"], [["predict"], ["creat"]]),
 ("ok bit of background, we run a small online shop and my partner wants to use ai for everything. we were arguing last night. is it better to use it to predict what sells or to write our product descriptions", ["retail"], [["predict|forecast"], ["descri|writ"]]),
 ("i did the first few lessons ages ago and forgot most of it, sorry if this is dumb, but whats the difference between a training set and a test set again", ["split"], [["train"], ["test|unseen|exam"]]),
 ("my manager sent round an article about chatbots making stuff up and another about biased hiring models and asked the team which is the bigger worry, how do the two risks compare", ["hallu", "bias"], [["false|invent|made"], ["bias|unfair|discrimin"]]),
 ("so our hospital is thinking about ai, theres a lot of hype and a lot of fear, and i keep hearing two kinds mentioned. whats the difference between the predictive kind and the generative kind in a hospital", ["health"], [["detect"], ["draft"]]),
 # more sides
 ("exploring vs exploiting, whats the diff", ["explore"], [["new|unknown|try"], ["best|known"]]),
 ("grounded answers vs answers from memory, which hallucinate less", ["ground"], [["source|document"]]),
 ("judging a classifier vs judging a generator, how is it different", ["acc", "judge"], [["right|correct"], ["realism|coherence|diversity"]]),
 ("cost of running a trained ml model vs a big generative one", ["after"], [["cheap|little|handful"], ["expensive|heavy|gpu"]]),
 ("rules written by hand vs learning from data, whats better", ["rules"], [["rule"], ["data|example"]]),
 ("ml skills vs gen ai skills for a job, whats different", ["mlskills", "genskills"], [["statistic|python|math|data"], ["prompt|language model|generat"]]),
 ("deepfakes vs biased models, which risk is worse", ["deepfake", "bias"], [["fake|election|poster"], ["bias"]]),
 ("synthetic training data vs real data, whats the difference", ["augment"], [["synthetic"]]),
 ("a big upfront ai rollout or a tiny pilot first", ["pilot"], [["small|pilot"]]),
 ("pca vs clustering whats the diff", ["pca", "cluster"], [["fewer|reduc|simplif"], ["group"]]),
]
OFF = [
 "tea or coffee for the night shift",
 "ps5 or xbox which is better",
 "should i get a cat or a dog for a small flat",
 "iphone or android 4 my nan",
 "is it better to rent or buy a house right now",
 "running or cycling for losing weight",
 "which is better for a beginner, guitar or piano",
 "pizza or curry tonight, cant decide",
 "petrol or electric car for a long commute",
 "morning or evening gym sessions, whats better",
 "spanish or french, which is easier to learn",
]
cases = [probekit.case("comparison", q, sections=[S[k] for k in keys], facts=facts) for q, keys, facts in CASES]
probekit.check_facts(cases)
cases += [probekit.case("out_of_job", q) for q in OFF]
HEAD = "# cmpscope probes (stop 31): written from the course text before any answer was read, split at random (seed 31).\n\n"
here = Path(__file__).parent
for name, part in zip(("work", "measure"), probekit.halves(cases, random.Random(31)), strict=True):
    for kind in ("comparison", "out_of_job"):
        probekit.write_cases(here / name / f"{kind}.toml", HEAD, [c for c in part if c["kind"] == kind])
print(len(cases), "cases")
