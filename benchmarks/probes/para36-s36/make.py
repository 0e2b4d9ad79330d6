"""Probes for stop 36 (para36): course facts asked in everyday words by people of walks of life
no earlier probe set used (clergy, charity workers, civil servants, journalists, pilots'
families, art students, lab technicians, librarians, midwives, translators ...), one section each
across all 21 lessons. Written from the course text before running the tutor and split per class
at random (seed 36) into work/ and measure/ before any answer was read.

Classes (``check.py`` scores the keys eval_learner ignores):
- lead: "what is X" where X is defined in its section after another term ("underfitting" after
  overfitting, recall after precision, top-p after temperature): the judge's facts, and the
  answer's first sentence names the term asked (``opens``).
- eli5: "explain like I'm five" a term that is one item of an enumerating passage (one algorithm
  of the four, one metric, one loss): the first sentence names it (``opens``) and the answer
  stays short (``maxwords``), not the whole enumeration.
- agent: "AI agents" asked in everyday words, which the course teaches only as the agent of
  reinforcement learning: answered from there, honestly, opening on the agent.
- para: course facts in everyday words: jargon of the asker's trade, analogies, typos,
  lowercase, context before the ask, misconceptions (the judge only).
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
P = "paraphrase"
ML_ = "what-is-ml/"
RULES = ML_ + "learning-from-data-instead-of-hand-written-rules"
MOREDATA = ML_ + "patterns-trends-and-improving-with-more-data"
SERVICES = ML_ + "everyday-machine-learning-services"
WIDER = ML_ + "machine-learning-inside-the-wider-field-of-ai"
THREE = ML_ + "three-ways-a-machine-can-learn"
LABEL = "supervised-learning/learning-from-labelled-examples"
CLSREG = "supervised-learning/classification-versus-regression"
ALGOS = "supervised-learning/common-supervised-learning-algorithms"
UNLAB = "unsupervised-learning/learning-from-unlabelled-data"
CLUST = "unsupervised-learning/clustering-groups-similar-data-points"
KMEANS = "unsupervised-learning/how-k-means-finds-clusters"
DIMRED = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
UNSUSE = "unsupervised-learning/what-unsupervised-learning-is-used-for"
DBSCAN = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
AGENT = "reinforcement-learning/agents-environments-actions-and-rewards"
CUMUL = "reinforcement-learning/maximising-cumulative-reward"
FEEDBACK = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
EXP = "reinforcement-learning/exploration-versus-exploitation"
QL = "reinforcement-learning/q-learning-in-the-frozenlake-grid-world"
RLAPPS = "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
OV = "training-and-overfitting/overfitting-and-underfitting"
LOSS = "training-and-overfitting/what-a-loss-function-measures"
GD = "training-and-overfitting/gradient-descent-in-plain-words"
FEAT = "training-and-overfitting/features-feature-scaling-and-feature-engineering"
COPY = "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"
NOTSAME = "what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"
ATTN = "what-is-generative-ai/why-generative-ai-got-so-much-attention-recently"
GANGD = "gans/the-generator-and-the-discriminator"
UNSTABLE = "gans/why-gan-training-is-unstable-and-costly"
VARIATIONAL = "vaes/why-the-autoencoder-is-called-variational"
ENCDEC = "vaes/encoder-latent-space-and-decoder"
LATENT = "vaes/what-the-latent-space-represents"
VAEGAN = "vaes/vaes-compared-with-gans"
TOKENS = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
NEXT = "language-models/next-token-prediction-step-by-step"
SAMPLE = "language-models/sampling-temperature-top-k-and-top-p"
LARGE = "language-models/what-makes-a-language-model-large"
HALWHAT = "hallucination/what-hallucination-means"
FLUENT = "hallucination/why-next-token-prediction-produces-fluent-falsehoods"
GROUND = "hallucination/grounding-answering-from-sources-instead-of-memory"
SPOT = "hallucination/how-to-spot-and-reduce-hallucination"
BUILT = "ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"
CONF = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
PR = "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
IMGSP = "ml-applications/image-and-speech-recognition"
NLP = "ml-applications/natural-language-processing-with-machine-learning"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
ANOM = "ml-applications/predictive-analytics-and-anomaly-detection"
AUG = "generative-ai-applications/data-augmentation-with-synthetic-training-examples"
VIDEO = "future-trends/text-to-video-the-next-frontier-for-generative-ai"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
EDU = "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"
SUPPORT = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"
GENSHORT = "benefits-and-limitations/where-generative-ai-falls-short"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
FRAME = "ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks"
REG = "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"
MARKET = "future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030"
MULTI = "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"
MINI = "future-trends/custom-mini-chatbots-built-without-code"
GAP = "adoption-challenges/the-ai-skills-gap"
RESIST = "adoption-challenges/resistance-to-change-from-employees"
HOLI = "adoption-challenges/a-holistic-approach-to-ai-adoption"
PILOT = "adoption-challenges/a-small-pilot-project-as-a-first-step"
MLPATHS = "skills-and-learning-paths/educational-paths-into-machine-learning"
GENSKILLS = "skills-and-learning-paths/skills-for-working-in-generative-ai"


def c(question, sections, facts, opens=None, maxwords=None):
    extra = {}
    if opens:
        extra["opens"] = opens
    if maxwords:
        extra["maxwords"] = maxwords
    return probekit.case(P, question, sections=list(sections) if isinstance(sections, list) else [sections], facts=facts, **extra)


LEAD = [
    c("lab technician here. what does underfitting mean, in model terms?", OV, [["underfitting"], ["too simple"]], ["underfit"]),
    c("vicar. the parish newsletter ai thing mentioned 'recall'. what is recall?", CONF, [["recall"], ["real cases|how many"]], ["recall"]),
    c("whats top-p in those chatbot settings", SAMPLE, [["top-p"]], ["top-p|nucleus"]),
    c("civil servant. a report used the phrase false negative about a screening model, what is a false negative", CONF, [["false negative"]], ["false negative"]),
    c("what is regression in machine learning? (not the psychology kind lol)", CLSREG, [["regression"], ["number"]], ["regression"]),
    c("journalist. what's the 'discount factor' in reinforcement learning", CUMUL, [["discount factor"], ["distant|below 1"]], ["discount factor"]),
    c("art student. what is feature engineering", FEAT, [["feature engineering"], ["raw data|better inputs"]], ["feature engineering"]),
    c("what's PCA? my lab manager keeps saying it", DIMRED, [["principal component"]], ["principal component|pca"]),
    c("whats the learning rate when training a model", GD, [["learning rate"], ["step"]], ["learning rate"]),
    c("what is dbscan", DBSCAN, [["dbscan"], ["density"]], ["dbscan"]),
    c("what does the KL term do in a vae", VARIATIONAL, [["kl"], ["bell"]], ["kl"]),
    c("charity worker. what's greedy decoding", SAMPLE, [["greedy"], ["most likely"]], ["greedy"]),
    c("whats a policy in reinforcement learning", AGENT, [["policy"]], ["policy"]),
    c("pilot's wife. what's the epsilon-greedy rule i keep reading about", EXP, [["epsilon"], ["random"]], ["epsilon"]),
    c("what is retrieval augmented generation", GROUND, [["retrieval-augmented|rag"], ["passages"]], ["retrieval-augmented|rag"]),
    c("librarian. what's a transformer in chatbots? not the robot toy", LARGE, [["transformer"]], ["transformer"]),
    c("what's a q-value", QL, [["q-value"], ["state and action|score"]], ["q-value"]),
    c("what is exploitation in rl", EXP, [["exploitation"], ["currently looks best|known rewards"]], ["exploitation"]),
]

ELI5 = [
    c("eli5 what a support vector machine is", ALGOS, [["support vector"], ["gap|margin"]], ["support vector|svm"], 90),
    c("explain linear regression like i'm five", ALGOS, [["linear regression"], ["straight line|weighted sum"]], ["linear regression"], 90),
    c("my 8 year old asked what a decision tree is in ai. how do i explain it simply", ALGOS, [["yes-or-no"]], ["decision tree"], 90),
    c("eli5 top-k sampling", SAMPLE, [["top-k"], ["most likely"]], ["top-k"], 90),
    c("in really simple words, what is precision", CONF, [["precision"], ["alarm"]], ["precision"], 90),
    c("eli5 facial recognition", IMGSP, [["facial recognition"], ["face"]], ["facial recognition"], 90),
    c("explain cross-entropy like i'm 5", LOSS, [["cross-entropy"], ["probability"]], ["cross-entropy"], 90),
    c("eli5 mean squared error", LOSS, [["mean squared error"], ["square"]], ["mean squared error"], 90),
    c("simply please: what is the eu ai act", REG, [["eu ai act"], ["risk"]], ["eu ai act"], 90),
    c("eli5 what a virtual try-on is", RETAIL, [["try-on"]], ["try-on"], 90),
    c("explain sentiment analysis like im 5", NLP, [["sentiment"], ["positive|negative"]], ["sentiment"], 90),
    c("like i'm a complete beginner: what's a decoder", ENCDEC, [["decoder"], ["expand|rebuild"]], ["decoder"], 90),
    c("baby steps pls, what is a neural network", ALGOS, [["layers"]], ["neural network"], 90),
    c("eli5 dimensionality reduction", DIMRED, [["fewer"]], ["dimensionality reduction"], 90),
]

AGENTS = [
    c("churchwarden. everyone keeps saying 'ai agents'. what is an agent, in plain words?", AGENT, [["agent"], ["environment|reward"]], ["agent"]),
    c("what is an agent in ai", AGENT, [["agent"], ["decision maker|learner"]], ["agent"]),
    c("an ai agent that learns to play a video game, how does it actually learn", [AGENT, RLAPPS], [["reward"]], ["agent|reinforcement"]),
    c("what does an agent do in machine learning", AGENT, [["agent"], ["action"]], ["agent"]),
    c("whats the diffrence between the agent and the environment", AGENT, [["agent"], ["environment"]], ["agent|environment"]),
    c("journalist. who gives the ai agent its rewards, and what for?", [AGENT, CUMUL], [["reward"]], ["reward|agent"]),
]

PARA = [
    c("i'm a vicar and the parish office got a tool that sorts the prayer requests into groups nobody defined beforehand. is that unsupervised learning?", [UNLAB, CLUST], [["label"]]),
    c("we run a charity shop. a volunteer says the donations forecast 'learns from last years numbers'. what kind of ml is that called", [SERVICES, ANOM], [["predictive analytics"]]),
    c("civil servant, policy side. what does the eu ai act actually do about risky uses like hiring?", REG, [["risk"], ["stricter|banned"]]),
    c("journo here - i need the actual mechanism: why do chatbots fabricate quotes?", [HALWHAT, FLUENT], [["hallucinat|likely"]]),
    c("my husband flies 737s and says autopilot doesnt 'learn'. but apparently drones can learn by trial and error? what's that called", [RLAPPS, AGENT], [["reinforcement"]]),
    c("art student. gan faces look sharp but the vae ones are a bit blurry, why is that?", VAEGAN, [["blur"]]),
    c("lab tech. we only have about 40 slides of a rare cell type. can an ai make fake extra slides to train on?", AUG, [["synthetic"]]),
    c("i calibrate instruments all day. is feature scaling basically calibrating everything to the same range?", FEAT, [["scal"], ["comparable|range"]]),
    c("our food bank app wont stop suggesting the same tins lol. how do those recommendation things decide", REC, [["similar"]]),
    c("how does a computer end up prejudiced, it's just maths isn't it", BIAS, [["training data"]]),
    c("i'm writing a piece on the deepfake poster in argentina's election. what happened there", DEEP, [["2023"], ["poster"]]),
    c("civil servant. our department wants to roll out ai everywhere at once. does the course think starting small is better?", PILOT, [["pilot"]]),
    c("my dad's a pilot and did loads of hours in a simulator before real planes. do learning robots train in simulators too?", FEEDBACK, [["simulat"]]),
    c("art student. can ai ever invent a genuinely new art movement or is it just remixing what exists", GENSHORT, [["groundbreaking|existing"]]),
    c("lab tech: how do you get precison out of the confusion matrix thing", CONF, [["precision"], ["false positive|FP"]]),
    c("museum curator. we want a chatbot that answers only from our catalogue and not from what it half remembers. what's that technique", GROUND, [["ground|retrieval"]]),
    c("social worker. if a model decides benefit claims, how would anyone know why it decided? what does responsible ai say", FRAME, [["interpretable|transparent"]]),
    c("freelance translator. is machine translation done with machine learning?", NLP, [["translation"]]),
    c("firefighter. why would a learning program keep trying random routes instead of sticking to the one that worked", EXP, [["explor"]]),
    c("midwife. with screening, why do they care so much about not missing anyone even if there are more false alarms", PR, [["recall"], ["false negative|missed"]]),
    c("librarian here. how does a language model chop words up, does it have a dictionary of pieces?", TOKENS, [["token"], ["vocabulary|piece"]]),
    c("tax inspector. how does ml catch dodgy transactions while they're still going through", [FRAUD, FIN], [["real time"]]),
    c("hospital chaplain. is ai going to be the one making the diagnosis now instead of the doctor?", HEALTH, [["clinician"]]),
    c("trainee teacher. could ai write practice questions for my year 9s at their level", EDU, [["practice questions"]]),
    c("journalist. is the 740 billion figure for the ai market a real thing? what is it", MARKET, [["740"], ["forecast|estimate|projection"]]),
    c("whats the ai skils gap and why cant departments just hire there way out of it", GAP, [["skills gap"], ["retain|demand"]]),
    c("my mum flies cargo planes and i want to get into machine learning. what should i study, which degree", MLPATHS, [["computer science|statistics"]]),
    c("art student. my tutor said the image model 'doesn't keep the pictures inside it'. so where does the style come from??", COPY, [["pattern"]]),
    c("lab tech. the chatbot gave me a journal reference, how do i check it isn't invented", SPOT, [["source|citation"]]),
    c("monk, bit out of touch. why is everyone suddenly on about generative ai the last few years, what changed", ATTN, [["computing power|transformer|more digital"]]),
    c("charity coordinator. can i build our volunteers a little faq chatbot myself with zero coding?", MINI, [["no programming|without writing"]]),
    c("everyone at work says more data = better model. is that actually how ml works?", MOREDATA, [["more data|better as it sees"]]),
    c("why are gans so fiddly to train and keep falling over", UNSTABLE, [["unstable|balance"]]),
    c("art student. in a vae why do similar drawings end up near each other in the middle bit", LATENT, [["close together"]]),
    c("journalist. what does 'large' mean in large language model, large in what way", LARGE, [["parameters"]]),
    c("lab technician. how does a chatbot pick its next word, is it just rolling dice?", [NEXT, SAMPLE], [["probab"]]),
    c("i'm a priest and i assumed all ai is generative now, like chatgpt. so is a spam filter generative ai?", [NOTSAME, BUILT], [["spam"]]),
    c("homeless charity. we've years of visit records. could ml flag unusual patterns, like someone suddenly stopping coming", [ANOM, UNSUSE], [["anomal"]]),
    c("civil servant. what's this 'holistic approach' to bringing in ai", HOLI, [["culture"], ["planning"]]),
    c("art student. text to video, why's it so much harder than one picture?", VIDEO, [["frame"]]),
    c("our newsroom is pushing back on the new ai tools, people are scared for their jobs. is that normal?", RESIST, [["resistance|fear"]]),
    c("pilot's son. do the big chatbots like gpt-4 handle photos as well as text now", [MULTI, LARGE], [["multimodal"]]),
    c("stage designer. im told ai can sort customers into tribes from their spending without being told the tribes. how", [CLUST, UNSUSE], [["group|segment"]]),
    c("do i need maths to work with the image and text generators or is it all creativity", GENSKILLS, [["creativity"], ["mathematics|statistics"]]),
    c("retired pilot. does a model get tested on the same stuff it learned from? seems like cheating", SPLIT, [["test set"]]),
    c("translator. in customer service do they use ai to read if a message is angry?", SUPPORT, [["sentiment"]]),
]

CLASSES = {"lead": LEAD, "eli5": ELI5, "agent": AGENTS, "para": PARA}

if __name__ == "__main__":
    everything = [x for cs in CLASSES.values() for x in cs]
    probekit.check_facts(everything)
    rng = random.Random(36)
    for folder, cs in probekit.split_by_class(CLASSES.items(), rng).items():
        head = f"# para36-s36 ({folder}): written before running the tutor, split at random per class (seed 36).\n\n"
        probekit.write_cases(HERE / folder / f"{P}.toml", head, cs)
        print(folder, len(cs))
