"""Probes for stop 37 (focus37): the asked part of a section. The right section is usually found,
but the question asks for one part of it: a cause ("why does it ..."), a consequence ("what
happens if ..."), a mechanism ("how does it actually ..."), a figure ("give me the numbers"), a
who / where / when, or one named detail; the facts are that part, never the section's opening
definition alone. Asked by people no earlier probe or set used: energy and utility workers
(grid control rooms, lineworkers, wind, solar, hydro, gas, water treatment, meter readers) and
people at sea (trawler crews, harbour masters, fish farms, lifeboats, ferries, offshore rigs).
Written from the course text before running the tutor, and split per class at random (seed 37)
into work/ and measure/ before any answer was read. "How do I fix / avoid X" is left out (another
helper's class).

Classes: cause, consequence, mechanism, number, who (who / where / when / which), detail, and fu
(the same asks as a follow-up after "what is X"; only the last turn is judged).
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
HALL = "hallucination/"
WHYHAL = HALL + "why-next-token-prediction-produces-fluent-falsehoods"
WHATHAL = HALL + "what-hallucination-means"
SPOT = HALL + "how-to-spot-and-reduce-hallucination"
GROUND = HALL + "grounding-answering-from-sources-instead-of-memory"
VAEGAN = "vaes/vaes-compared-with-gans"
VARI = "vaes/why-the-autoencoder-is-called-variational"
VAEGEN = "vaes/generating-new-samples-from-the-latent-space"
ENC = "vaes/encoder-latent-space-and-decoder"
NOISY = "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"
DBSCAN = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
KMEANS = "unsupervised-learning/how-k-means-finds-clusters"
CLUST = "unsupervised-learning/clustering-groups-similar-data-points"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
OVER = "training-and-overfitting/overfitting-and-underfitting"
GD = "training-and-overfitting/gradient-descent-in-plain-words"
FEAT = "training-and-overfitting/features-feature-scaling-and-feature-engineering"
TOKENS = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
NEXT = "language-models/next-token-prediction-step-by-step"
SAMPLE = "language-models/sampling-temperature-top-k-and-top-p"
LARGE = "language-models/what-makes-a-language-model-large"
SMALL = "language-models/small-language-models-versus-large-ones"
UNSTABLE = "gans/why-gan-training-is-unstable-and-costly"
GANGD = "gans/the-generator-and-the-discriminator"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
LOSSGEN = "evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
BOTH = "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"
EXP = "reinforcement-learning/exploration-versus-exploitation"
AGENT = "reinforcement-learning/agents-environments-actions-and-rewards"
CUMUL = "reinforcement-learning/maximising-cumulative-reward"
FEEDBACK = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
QL = "reinforcement-learning/q-learning-in-the-frozenlake-grid-world"
RLAPPS = "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"
GENDATA = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
ALGOS = "supervised-learning/common-supervised-learning-algorithms"
SPAM = "supervised-learning/a-worked-example-building-a-spam-filter"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
MARKET = "future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030"
VIDEO = "future-trends/text-to-video-the-next-frontier-for-generative-ai"
MULTI = "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"
REG = "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
MLSKILLS = "skills-and-learning-paths/skills-for-working-in-machine-learning"
AUG = "generative-ai-applications/data-augmentation-with-synthetic-training-examples"


def c(question, sections, facts):
    sections = [sections] if isinstance(sections, str) else sections
    return probekit.case("paraphrase", question, sections=sections, facts=facts)


def f(turns, sections, facts):
    sections = [sections] if isinstance(sections, str) else sections
    return probekit.case("followup", None, turns=turns, sections=sections, facts=facts)


CAUSE = [
    c("wind turbine tech. why does a chatbot sometimes just invent a part number that doesnt exist? where does that even come from", WHYHAL, [["likely-sounding|probable"], ["checked facts|no built-in signal|still has to output"]]),
    c("grid control room operator. why is a made up answer from a chatbot more dangerous than an obvious mistake would be?", WHATHAL, [["looks exactly like|same certainty"]]),
    c("water treatment operator. why do the pictures from those encoder/decoder image models come out soft and fuzzy compared with the other kind", VAEGAN, [["averag|soften"]]),
    c("solar installer. we trained a yield predictor on june to august only. why would it go wrong come december?", NOISY, [["never saw"]]),
    c("gas engineer. why does k-means chop long curvy shaped groups in half", DBSCAN, [["nearest centre"]]),
    c("meter reader. why do you have to keep some of the readings back instead of training on every one of them?", SPLIT, [["says little|already studied|honest estimate"]]),
    c("trawler skipper. why cant a chatbot count the letters in a word, its a simple enough job", TOKENS, [["strawberry|two or three tokens|cannot easily count"]]),
    c("harbour master. why dont language models need anyone to label the text they learn from?", NEXT, [["supplies the right answers|no human labelling"]]),
    c("nuclear plant operator. why does a low loss number not mean a text generator is actually any good?", LOSSGEN, [["does not prove|creative, truthful or varied"]]),
    c("lifeboat volunteer. why would a trial and error learning program settle for a route that isnt the best one?", EXP, [["stuck|only exploits"]]),
    c("substation engineer. why does a column like income in euros have to be scaled before training, whats the reason?", FEAT, [["drown out"]]),
    c("fish farm manager. why does a gan's generator end up drawing the same one thing over and over?", MODE, [["fool|rewarded for fooling|easiest strategy"]]),
]

CONSEQUENCE = [
    c("wind farm controller. what happens if you whack the temperature right up on a chatbot?", SAMPLE, [["flattens|drift into nonsense|unlikely tokens"]]),
    c("grid engineer. in gradient descent what happens if the step size is set way too big?", GD, [["overshoot|bounces"]]),
    c("water utility analyst. what happens if someone tweaks the model using the test set?", SPLIT, [["fair exam"]]),
    c("ferry deckhand. in the forger and detective setup, what happens if the detective is rubbish at its job?", UNSTABLE, [["accepts poor samples|nothing to learn"]]),
    c("power station shift lead. with a vae, what happens if you put way too much weight on the rebuild part of the loss?", VARI, [["patchy|garbage"]]),
    c("ex fishmonger learning data stuff. what happens with k-means if you pick the wrong number of groups?", DBSCAN, [["split|merge"]]),
    c("offshore rig medic. what happens to the walking or grasping skill a robot picks up in its practice runs?", RLAPPS, [["transferred to the real machine"]]),
    c("fish auction clerk. what happens if some of the examples a model learns from are just wrong, like typos and dodgy sensor readings?", NOISY, [["learns the mistakes|mislabel|repeats them"]]),
    c("gas network planner. what happens if a fraud model is tuned to catch nearly every single fraud?", BOTH, [["honest customers|false alarm"]]),
    c("ev charger installer. what happens when an image generator is trained on blurry photos?", GENDATA, [["blurry generated photos|copies flaws"]]),
    c("hydro dam operator. what happens to a cat detector trained on only fifty photos, all taken indoors?", "supervised-learning/why-supervised-learning-needs-large-labelled-datasets", [["stumble|snow"]]),
    c("trawler cook. what happens if an rl agent only ever explores and never sticks with what works?", EXP, [["never cashes in"]]),
]

MECHANISM = [
    c("dam operator. how does k-means actually move its centre points, step by step?", KMEANS, [["nearest centre"], ["average position"]]),
    c("sea fisheries officer. how does the faker network in a gan actually get better if it never gets to see the real pictures?", GANGD, [["verdicts"]]),
    c("hydro plant engineer. how does q-learning actually update its table after each move it makes?", QL, [["nudges|towards the reward"]]),
    c("meter technician. how does a vae actually come up with a brand new picture? is the encoder part used for that?", VAEGEN, [["not needed"]]),
    c("tidal energy researcher. how does dbscan actually decide what counts as a cluster?", DBSCAN, [["close neighbours|density"]]),
    c("pipeline inspector. how does a support vector machine actually split two classes apart?", ALGOS, [["widest|margin"]]),
    c("trawler engineer. how does a decision tree actually get to its answer?", ALGOS, [["yes-or-no questions"]]),
    c("net mender. how does this tutor actually answer me, does it write its own words or what?", GROUND, [["extractive|quotes whole sentences"]]),
    c("boiler engineer. how does a fraud model actually tell that a card payment looks dodgy?", FRAUD, [["unusual amount|new country|warning signs"]]),
    c("coastguard radio op. how does a language model actually learn during training, what is it doing with all that text?", NEXT, [["guesses each next token|gradient descent"]]),
    c("water network engineer. how does the gan's checker network actually get trained each round?", "gans/how-adversarial-training-works", [["batch of real samples|label them correctly"]]),
    c("solar farm technician. how does pca actually squeeze hundreds of columns down to a few?", "unsupervised-learning/dimensionality-reduction-simplifies-complex-data", [["directions along which the data varies|varies most"]]),
]

NUMBER = [
    c("energy trader, i need figures. how is accuracy worked out? show me an example with real numbers", ACC, [["970"], ["0\\.97|97 percent"]]),
    c("grid analyst. whats the catch with accuracy when the thing you're hunting for is rare? give me the numbers", ACC, [["980|98 percent"]]),
    c("water quality tech. how big is the usual train/test split, in percent?", SPLIT, [["80 percent"], ["20 percent"]]),
    c("crab boat deckhand. how many numbers does that digit vae squash a picture down into?", ENC, [["2 latent numbers|just 2"]]),
    c("lighthouse keeper. how much is the ai market supposed to be worth, and by what year?", MARKET, [["740 billion"], ["2030"]]),
    c("plant chemist. give me the example with actual percentages of how a model scores the possible next words", NEXT, [["30 percent"]]),
    c("power engineer. in that frozen lake game, what rewards does the agent actually get? numbers please", QL, [["reward of 1"], ["gives 0"]]),
    c("fish processing qa. on the temperature setting, what counts as low and what counts as high, in numbers?", SAMPLE, [["0\\.2"], ["1\\.5"]]),
    c("solar farm data guy. how many parameters has the little chatbot model this tutor ships with?", SMALL, [["135 million"]]),
    c("marine surveyor. in the card payments example, what do precision and recall actually come out at?", PR, [["0\\.60"], ["0\\.75"]]),
    c("gas fitter. top-k and top-p, what numbers do people typically use for them?", SAMPLE, [["40"], ["0\\.9"]]),
    c("wind farm apprentice. how big is the grid in the frozen lake game?", QL, [["4 by 4"]]),
]

WHO = [
    c("electricity regulator staff. when did the eu agree its ai act?", REG, [["December 2023"]]),
    c("pylon painter. who signed the american ai order, and when?", REG, [["Biden"], ["October 2023"]]),
    c("fishing co-op secretary. which country had the deepfake election poster, and what year was it?", DEEP, [["Argentina"], ["2023"]]),
    c("wave energy engineer. which company is working on making videos from text?", VIDEO, [["Runway"]]),
    c("gas meter fitter. when k-means or the like makes its groups, who decides what each group actually means?", CLUST, [["a person looks|does not name"]]),
    c("water board trainer. who should check the answers when a chatbot is used for medical or legal stuff?", SPOT, [["checked by a person|trusted source"]]),
    c("substation apprentice. where do rl agents usually do their practice, out in the real world?", FEEDBACK, [["simulator"]]),
    c("harbour pilot. which companies make those chatbots that can see photos and hear you?", MULTI, [["OpenAI|GPT-4"], ["Google|Gemini"]]),
    c("fish farm vet. when ai helps out in a hospital, who stays responsible for the decision?", HEALTH, [["clinician stays responsible"]]),
    c("energy saving advisor. where does the word hallucination come from, for chatbots?", WHATHAL, [["psychology"]]),
    c("oil rig welder. where do the big language models get all their training text from?", LARGE, [["books, websites, code"]]),
    c("harbour office clerk. who makes the labels for a supervised model, and why is that the costly bit?", "supervised-learning/why-supervised-learning-needs-large-labelled-datasets", [["people have to create them|doctors marking"]]),
]

DETAIL = [
    c("ships engineer. the 'discount factor' in rl, roughly what value is it?", CUMUL, [["slightly below 1"]]),
    c("lock keeper. in rl, what's the proper word for the way the agent behaves?", AGENT, [["policy"]]),
    c("wind turbine blade inspector. what does dbscan do with the odd lonely points that fit into no group?", DBSCAN, [["noise"]]),
    c("oil refinery operator. what's the name of that alternative loss that helps against mode collapse?", MODE, [["Wasserstein"]]),
    c("grid planner. what's the rule called where the agent picks a random move every now and then?", EXP, [["epsilon-greedy"]]),
    c("water meter engineer. in the spam filter recipe, how much of the emails is kept back for testing?", SPAM, [["a fifth"]]),
    c("trawlerman. in a gan, what does the generator start from when it makes a picture?", GANGD, [["random numbers|noise"]]),
    c("nuclear technician. what architecture do most llms use under the hood?", LARGE, [["transformer"]]),
    c("utility billing clerk. which programming libraries are the standard ones for building models?", MLSKILLS, [["PyTorch|TensorFlow"]]),
    c("harbour crane operator. in a vae, what exactly does the kl part of the loss reward?", VARI, [["bell curve|close to a standard"]]),
    c("fish farm technician. in the precision and recall table, what's a false negative?", PR, [["slipped through"]]),
    c("solar panel cleaner. in the vae digit map, what do the directions on the map tend to line up with?", "vaes/what-the-latent-space-represents", [["slant|thickness"]]),
]

FOLLOW = [
    f(["wind tech here. what is a gan", "why is it such a pain to train?"], UNSTABLE, [["too strong|too weak|no useful signal"]]),
    f(["water engineer. what is gradient descent", "what happens if the steps are too big?"], GD, [["overshoot|bounces"]]),
    f(["grid operator. whats overfitting", "how can you tell it's happening, what would the scores look like?"], OVER, [["telltale gap|very high score on the training"]]),
    f(["fisheries scientist. what is precision", "go on, show me with real numbers"], PR, [["0\\.60|15 / 25"]]),
    f(["gas engineer. what is temperature on a chatbot", "what happens if i set it really low?"], SAMPLE, [["sharpens|top tokens dominate"]]),
    f(["meter reader. what is reinforcement learning", "so who tells it the right move then?"], AGENT, [["nobody shows|trial and error"]]),
    f(["solar installer. what is hallucination", "so is the chatbot lying on purpose?"], WHATHAL, [["not lying on purpose|no sense of true"]]),
    f(["harbour master. what is the eu ai act", "when was it agreed?"], REG, [["December 2023"]]),
    f(["oil rig worker. what's a deepfake", "has one actually been used in an election?"], DEEP, [["Argentina"]]),
    f(["lineman. what is a vae", "why are its pictures blurrier than a gan's?"], VAEGAN, [["averag|soften"]]),
    f(["fish farm tech. what is k-means", "what happens if the groups are long and curvy?"], DBSCAN, [["round blobs|cuts each moon|other shapes"]]),
    f(["energy auditor. what is a token", "why does that matter for counting letters?"], TOKENS, [["strawberry|cannot easily count"]]),
    f(["wind farm planner. what is data augmentation with gen ai", "is there a catch?"], AUG, [["not guaranteed|wrong patterns"]]),
    f(["water treatment chemist. what is q-learning", "how does the reward at the goal get back to the start of the path?"], QL, [["flows backwards"]]),
]

CLASSES = {"cause": CAUSE, "consequence": CONSEQUENCE, "mechanism": MECHANISM, "number": NUMBER,
           "who": WHO, "detail": DETAIL, "fu": FOLLOW}

if __name__ == "__main__":
    everything = [x for cs in CLASSES.values() for x in cs]
    probekit.check_facts(everything)
    rng = random.Random(37)
    for folder, cs in probekit.split_by_class(CLASSES.items(), rng).items():
        head = f"# focus37-s37 ({folder}): written before running the tutor, split at random per class (seed 37).\n\n"
        for kind in ("paraphrase", "followup"):
            probekit.write_cases(HERE / folder / f"{kind}.toml", head, [x for x in cs if x["kind"] == kind])
        print(folder, len(cs))
