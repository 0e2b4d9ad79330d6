"""Write the para41-s41 probes: fresh first questions in four classes, split class by class at
random (seed 41) into work/ and measure/ before any answer was read.

verdict: a yes/no question claiming an absolute ("always", "every") where the section that
  answers may not say why not: a "No." needs a course sentence that limits the claim.
order: a question about one step of a recipe; the step sentences must keep the course's order.
predict: a prediction story about customers, members or patients: predictive analytics.
story: symptoms told in a trade story (overfitting, data needs, mode collapse, made-up facts).
"""
import random
from pathlib import Path

NO_NO = r"^(?!No\.)"
C = []


def case(cls, q, sections, facts):
    C.append((cls, q, sections, facts))


LLM = "language-models/what-makes-a-language-model-large"
SMALL = "language-models/small-language-models-versus-large-ones"
case("verdict", "do more parameters always make a chatbot smarter?", [LLM, SMALL], [["parameters"], [NO_NO]])
case("verdict", "do good features always beat a complicated model?", ["training-and-overfitting/features-feature-scaling-and-feature-engineering"], [["features"], [NO_NO]])
case("verdict", "does greedy decoding always go for the most likely word?", ["language-models/sampling-temperature-top-k-and-top-p"], [["most likely token"], [NO_NO]])
case("verdict", "is every ai system a generative ai?", ["what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"], [["broad field|not"]])
case("verdict", "does a gan always copy the photos it was trained on?", ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"], [["not cop|without copying|new"]])
case("verdict", "if a picture model was trained only on clean studio shots, will it always manage to draw anything i ask?", ["data-and-compute/training-data-for-generative-models-large-clean-and-varied"], [["divers|varied"]])
case("verdict", "does a data-centre sized model always answer better than one on my laptop?", [SMALL], [["data-centre|laptop"], [NO_NO]])
case("verdict", "is a trained decision tree always cheap to run?", ["data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"], [["handful|cheap"], [NO_NO]])

SPAM = "supervised-learning/a-worked-example-building-a-spam-filter"
SPAM_ORDER = r"^(?![\s\S]*\b(?:Fourth|Finally|Third|Second)\b[\s\S]*\bFirst,)"
KM = "unsupervised-learning/how-k-means-finds-clusters"
KM_ORDER = r"^(?![\s\S]*Then each centre[\s\S]*Next, every)(?![\s\S]*repeat until[\s\S]*(?:Then each centre|Next, every))"
case("order", "how would i check whether my email junk filter actually works?", [SPAM], [["test"], [SPAM_ORDER]])
case("order", "what's the last step when you build a spam filter, once it's trained?", [SPAM], [["new incoming|predict one"], [SPAM_ORDER]])
case("order", "in k-means, what happens after each point gets handed to a centre?", [KM], [["average position"], [KM_ORDER]])
case("order", "when does k-means stop shuffling the centres around", [KM], [["stop moving"], [KM_ORDER]])
case("order", "in a gan, what does the generator do in its turn of the training?", ["gans/how-adversarial-training-works"], [["more likely|real"], [r"^(?![\s\S]*In the next step[\s\S]*In one step)"]])
case("order", "how does a chatbot build up a whole paragraph bit by bit?", ["language-models/next-token-prediction-step-by-step"], [["loop|one token|append"], [r"^(?![\s\S]*A long answer is simply[\s\S]*Generation then works)"]])
case("order", "what order should a complete beginner go through this tutor in?", ["skills-and-learning-paths/a-suggested-route-through-this-tutor"], [["start with"], [r"^(?!Then\b)"]])

PA = "ml-applications/predictive-analytics-and-anomaly-detection"
PF = [["predictive analytics|forecast"]]
case("predict", "our climbing wall app says which members are about to cancel. how does it figure that out?", [PA], PF)
case("predict", "the letting agent has software that guesses which tenants will pay the rent late. what is that?", [PA], PF)
case("predict", "my broadband provider seems to know when i'm thinking of leaving and sends me a deal. how?", [PA], PF)
case("predict", "the council wants a tool that estimates how many people will use the swimming pool next summer, is that ai?", [PA], PF)
case("predict", "the till system at our bakery now guesses how many croissants we'll sell tomorrow, how does it do that", [PA, "industry-use-cases/retail-predicting-sales-and-writing-product-content"], PF)
case("predict", "the dental surgery wants to predict which patients won't turn up to their appointment. what kind of ai does that?", [PA], PF)
case("predict", "wine club owner: we'd love to know in advance which customers will stop ordering. can machine learning do that?", [PA], PF)
case("predict", "our hotel's booking system forecasts how full we'll be at christmas from previous years. what's that called?", [PA], PF)

case("story", "beekeeper. someone sold me a hive-health model that scored 97% on their own test hives but on my apiary it's no better than a coin flip. what went wrong?", ["training-and-overfitting/overfitting-and-underfitting"], [["overfit"]])
case("story", "wedding photographer. i trained a picture maker only on summer weddings and it can't do a winter one, and my old photos were grainy so the new ones come out grainy too. what does it need?", ["data-and-compute/training-data-for-generative-models-large-clean-and-varied"], [["divers|varied"], ["quality"]])
case("story", "tailor. the pattern-making gan we use only ever spits out two kinds of jacket now. why does it get stuck?", ["gans/mode-collapse-when-a-gan-loses-variety"], [["mode collapse"]])
case("story", "the chatbot on my gym's website told me about a spin class that doesn't exist. why would it do that?", ["hallucination/what-hallucination-means", "hallucination/why-next-token-prediction-produces-fluent-falsehoods"], [["hallucinat"]])


# Round 2, written after the lead's failure list (ZX/ZY) was read and before these were run:
# the kinds it showed, in other trades and words.
C2 = []


def case2(cls, q, sections, facts):
    C2.append((cls, q, sections, facts))


KF = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
OF = "training-and-overfitting/overfitting-and-underfitting"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
RULES = "what-is-ml/learning-from-data-instead-of-hand-written-rules"
GD = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
case2("kmeans", "hydrographer. our depth soundings form long snaking bands along the channel, and the grouping tool we set to 4 groups chopped every band in half. is there a method that copes with odd shapes?", [KF], [["DBSCAN|density"]])
case2("kmeans", "is there a grouping method where you don't have to tell it how many groups there are up front?", [KF], [["DBSCAN|does not need k"]])
case2("kmeans", "ecologist. bird sightings sit in ring shaped patches round the lake and the clustering app keeps cutting each ring through the middle. why?", [KF], [["round blobs|other shapes|nearest centre"]])
case2("kmeans", "archivist. we want to sort scanned letters into piles by handwriting, but we have no idea how many writers there were. can a grouping method work that out without us picking the number of groups?", [KF], [["DBSCAN|does not need k"]])
case2("chance", "greenkeeper. the turf disease model scored 95% on the supplier's courses but on our greens it's barely better than a coin toss. what's going on?", [OF], [["overfit"]])
case2("chance", "brewery QA. the off-flavour detector got 98 percent on the lab's own samples and on our batches it's no better than guessing. whats happened", [OF], [["overfit"]])
case2("rare", "lifeguard. the drowning-alert camera is sold as 99.9% accurate, but a real emergency happens maybe twice a year at our pool. is that number meaningful?", [ACC], [["precision|recall|rare|mislead"]])
case2("rare", "bridge inspector. the crack classifier claims 99.5% accuracy, and serious cracks turn up a couple of times a year. should i be impressed?", [ACC], [["precision|recall|rare|mislead"]])
case2("rules", "parking warden. the camera flags cars that overstay and my mate says some coder sat and typed in a rule for every car. or does it work it out from examples?", [RULES], [["from data rather than|rules that a programmer|examples"]])
case2("rules", "the checkout machine flags weird scans. did a programmer write in every rule or does it figure the rules out itself?", [RULES], [["from data rather than|rules that a programmer|examples"]])
case2("fed", "bookbinder. a pattern-making ai was only ever fed floral endpapers and it cant draw anything geometric. what should it have been trained on?", [GD], [["divers|varied"]])
case2("fed", "our old product shots were dark and grainy, so the image generator's shots come out dark and grainy too. what does that tell me about its training photos?", [GD], [["quality|flaws"]])


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, cases, half):
    lines = [f"# para41-s41 ({half}): verdicts, step order, prediction stories, told symptoms; written before running the tutor, split by class at random (seed 41).", ""]
    for cls, q, sections, facts in cases:
        lines += ["[[case]]", 'kind = "paraphrase"', f"question = {toml_str(q)}", "in_scope = true",
                  "sections = [" + ", ".join(toml_str(s) for s in sections) + "]",
                  "facts = [" + ", ".join("[" + ", ".join(toml_str(a) for a in f) + "]" for f in facts) + "]",
                  f'class = "{cls}"', ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines))


rng = random.Random(41)
here = Path(__file__).parent
work, measure = [], []
for cls in ("verdict", "order", "predict", "story"):
    group = [c for c in C if c[0] == cls]
    rng.shuffle(group)
    half = (len(group) + 1) // 2
    work += group[:half]
    measure += group[half:]
write(here / "work" / "paraphrase.toml", work, "work")
write(here / "measure" / "paraphrase.toml", measure, "measure")
print(len(work), len(measure))
work2, measure2 = [], []
for cls in ("kmeans", "chance", "rare", "rules", "fed"):
    group = [c for c in C2 if c[0] == cls]
    rng.shuffle(group)
    half = (len(group) + 1) // 2
    work2 += group[:half]
    measure2 += group[half:]
write(here / "work2" / "paraphrase.toml", work2, "work2")
write(here / "measure2" / "paraphrase.toml", measure2, "measure2")
print(len(work2), len(measure2))
