"""Fresh follow-up chains for stop 31 (helper `fu`, class "choice"), written from the course text
before any answer or the answering code's special cases were read. The last turn asks about one
aspect of what was just discussed: (a) after a comparison, which side to pick for a use ("which
would you pick for ...", "so which one if ...", "which is easier ..."), answered by the course's
sentence on when each side fits; (b) after a topic, what goes wrong if ..., how you would notice
it, what it costs, how it is fixed. Split at random with seed 31 into work/ and measure/ halves;
run once to write the files."""
import random
from pathlib import Path

V, G, U, L = "vaes/", "gans/", "unsupervised-learning/", "language-models/"
EV, TO, DC = "evaluating-models/", "training-and-overfitting/", "data-and-compute/"
VG = V + "vaes-compared-with-gans"
KD = U + "when-k-means-clustering-fails-and-dbscan-helps"
SL = L + "small-language-models-versus-large-ones"
PR = EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"
KL = "benefits-and-limitations/knowing-the-limits-is-the-key-to-success"
SAMP = L + "sampling-temperature-top-k-and-top-p"
CASES = [
    # (a) a choice after a comparison
    (["vae vs gan?", "which would you pick for making faces that look real"], [VG], [["crisp realism|sharper, more realistic"]]),
    (["whats the difference between vaes and gans", "so which one if i need a tidy latent space"], [VG], [["well-organised latent space"]]),
    (["gans or vaes, whats the diff", "and which is easier to train?"], [VG], [["usually stable"]]),
    (["how do vaes and gans compare", "which one gives crisper pics"], [VG], [["sharper|crisp"]]),
    (["vae versus gan", "which should i use if i want to put my own photos into the latent space"], [VG], [["provides an encoder|map any real input"]]),
    (["k-means vs dbscan", "which one for points shaped like two moons"], [KD], [["any shape|moon"]]),
    (["kmeans or dbscan?", "ok so which if i dont know how many groups there are"], [KD], [["does not need k"]]),
    (["difference between k means and dbscan", "which handles the odd lonely points better"], [KD], [["noise"]]),
    (["small vs large language models", "which would u pick for a private little task on my laptop"], [SL], [["simple, private tasks|ordinary computer|laptop processor"]]),
    (["small language model vs a big one", "so which if i need it to get facts right"], [SL], [["far more accurately|forgets facts"]]),
    (["whats the diff between precision and recall", "so which one should a cancer screening test go for"], [PR], [["high recall"]]),
    (["precision vs recall", "which would a bank want if it hates annoying honest customers"], [PR], [["high precision"]]),
    (["machine learning vs generative ai", "so which one for sorting my shop's photos into categories"], [KL], [["predict, classify or detect"]]),
    (["ml vs gen ai", "which should i use to draft emails for my team"], [KL], [["create a draft"]]),
    (["greedy decoding vs random sampling", "which one if i want varied answers"], [SAMP], [["variety|different answers"]]),
    (["low vs high temperature", "which setting for a factual answer"], [SAMP, "hallucination/how-to-spot-and-reduce-hallucination"], [["low temperature|lowering the sampling temperature"]]),
    (["degree or online course for machine learning", "which one if i work full time"], ["skills-and-learning-paths/educational-paths-into-machine-learning"], [["fit around a job|flexible"]]),
    (["uni degree vs online course for gen ai", "which is quicker"], ["skills-and-learning-paths/educational-paths-into-generative-ai"], [["faster and cheaper"]]),
    (["classification vs regression", "which one for guessing what a house sells for"], ["supervised-learning/classification-versus-regression"], [["house pric"]]),
    (["simple models vs neural networks", "which should i use if i have to explain the decisions"], ["supervised-learning/common-supervised-learning-algorithms"], [["easy to explain"]]),
    (["exploration vs exploitation", "which should the agent do more at the start"], ["reinforcement-learning/exploration-versus-exploitation"], [["exploring a lot early|high epsilon"]]),
    (["supervised vs unsupervised learning", "which one if nobody labelled my data"], [U + "learning-from-unlabelled-data", DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["unlabelled data"]]),
    (["ml vs generative models on compute", "which is cheaper to run once its trained"], [DC + "compute-after-training-machine-learning-versus-heavy-generative-models", "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"], [["little comput"]]),
    (["vaes vs gans", "which one could flag weird inputs"], [V + "what-vaes-are-used-for"], [["reconstruction error|rebuilds badly"]]),
    (["greedy vs sampling in text generation", "which is more predictable"], [SAMP], [["predictable"]]),
    (["building ai in house vs buying a ready made service", "which is cheaper for a small business"], ["adoption-challenges/the-cost-of-implementing-ai"], [["ready-made services"]]),
    (["how do ml and gen ai differ", "which one would a hospital use to spot disease in scans"], [KL, "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["detect"]]),
    (["predictive model vs generative model", "and which is better at creative stuff?"], ["ml-vs-generative-ai/comparing-accuracy-and-adaptability"], [["creative tasks"]]),
    (["overfitting vs underfitting", "which one is a model thats too simple"], [TO + "overfitting-and-underfitting"], [["too simple"]]),
    (["top-k vs top-p", "which one adapts how many tokens it keeps"], [SAMP], [["smallest set"]]),
    # (b) an aspect of the topic just discussed
    (["what are gans", "how would you spot that it only makes one kind of picture"], [G + "mode-collapse-when-a-gan-loses-variety"], [["many samples are compared|compared for variety"]]),
    (["tell me about gans", "what goes wrong if the discriminator gets too good"], [G + "why-gan-training-is-unstable-and-costly"], [["no useful signal|rejects every generated sample"]]),
    (["whats a vae", "what goes wrong if the kl part gets too much weight"], [V + "why-the-autoencoder-is-called-variational"], [["blurry|look alike"]]),
    (["how does k-means work", "what goes wrong if you pick k badly"], [KD], [["split|merge"]]),
    (["overfitting?", "how do you fix it"], [TO + "overfitting-and-underfitting"], [["more training data|simpler model|regularisation"]]),
    (["what is a large language model", "and what does that cost to train?"], [DC + "training-cost-compute-expertise-and-time"], [["many gpus|days or weeks"]]),
    (["what is text to video", "whats the catch"], ["future-trends/text-to-video-the-next-frontier-for-generative-ai"], [["much harder|fake videos"]]),
    (["explain temperature when sampling", "what goes wrong if you crank it way up"], [SAMP], [["nonsense"]]),
    (["whats a train test split", "what goes wrong if you tune the model on the test set"], [TO + "splitting-data-into-a-training-set-and-a-test-set"], [["fair exam"]]),
    (["what is bias in ai", "how would you notice it in a hiring model"], ["ethics-and-regulation/bias-inherited-from-training-data"], [["error rates separately|who the data represents"]]),
    (["exploration in rl", "what goes wrong if the agent never explores"], ["reinforcement-learning/exploration-versus-exploitation"], [["stuck"]]),
    (["what are small language models", "whats the downside"], [SL], [["forgets facts|invents details"]]),
    (["what does implementing ai cost a company", "what do people forget to budget for"], ["adoption-challenges/the-cost-of-implementing-ai"], [["maintenance"]]),
    (["what is a pilot project", "how would the boss know if it worked"], ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["clear figures|predictions were right"]]),
    (["data augmentation with synthetic images", "what goes wrong if the fake pics are all samey"], ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["repetitive synthetic data|wrong patterns"]]),
    (["why are gans hard to train", "so what does training a big one cost"], [G + "why-gan-training-is-unstable-and-costly"], [["a lot of computation|more expensive"]]),
    (["k-means?", "what if it starts with bad centres"], [U + "how-k-means-finds-clusters"], [["poor result|several times"]]),
    (["what does mode collapse mean", "how do people fix it"], [G + "mode-collapse-when-a-gan-loses-variety"], [["whole batches|wasserstein"]]),
    (["what is accuracy in ml", "when does it lie to you"], [EV + "accuracy-the-share-of-predictions-that-are-right"], [["rare|mislead"]]),
    (["noisy data?", "what goes wrong if the labels are wrong"], [TO + "how-noisy-or-incomplete-data-leads-to-mistakes"], [["mislabel|learns the mistakes"]]),
    (["training data for image generators", "what goes wrong if all the photos are blurry"], [DC + "training-data-for-generative-models-large-clean-and-varied"], [["blurry generated photos"]]),
    (["the eu ai act", "what happens to the riskiest uses"], ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["stricter|banned"]]),
    (["feature scaling", "what goes wrong if you skip it"], [TO + "features-feature-scaling-and-feature-engineering"], [["drown out"]]),
    (["what's resistance to change in ai adoption", "how do managers get past it"], ["adoption-challenges/resistance-to-change-from-employees"], [["involving staff|training"]]),
    (["q learning on frozenlake", "what goes wrong when the ice is slippery"], ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], [["many more episodes|sometimes fails"]]),
    (["what is a gan", "how would u know if its training is actually going well"], [G + "why-gan-training-is-unstable-and-costly"], [["looking at samples"]]),
    (["how do chatbots make stuff up", "and how do i catch it when it does"], ["hallucination/how-to-spot-and-reduce-hallucination"], [["claims to check|checking sources|same question twice"]]),
    (["what's dimensionality reduction", "what do you get out of it"], [U + "dimensionality-reduction-simplifies-complex-data"], [["plot|faster"]]),
    (["generative ai limitations", "what goes wrong if you publish its output without checking"], ["benefits-and-limitations/where-generative-ai-falls-short"], [["draft that a person reviews|needs checking"]]),
    (["what is a decision tree", "what goes wrong if it grows a branch for every example"], [TO + "overfitting-and-underfitting"], [["memorises"]]),
]

here = Path(__file__).parent
rng = random.Random(31)
order = list(range(len(CASES)))
rng.shuffle(order)
half = len(order) // 2
for name, idx in (("work", sorted(order[:half])), ("measure", sorted(order[half:]))):
    out = [f"# Fresh choice/aspect follow-ups (stop 31, helper fu), {name} half of a random split (seed 31).\n"]
    for i in idx:
        turns, sections, facts = CASES[i]
        out.append("[[case]]")
        out.append('kind = "followup"')
        out.append("turns = [" + ", ".join(f'"{t}"' for t in turns) + "]")
        out.append("in_scope = true")
        out.append("sections = [" + ", ".join(f'"{s}"' for s in sections) + "]")
        out.append("facts = [" + ", ".join("[" + ", ".join(f"'{a}'" for a in f) + "]" for f in facts) + "]")
        out.append("")
    (here / name).mkdir(exist_ok=True)
    (here / name / "followup.toml").write_text("\n".join(out))
