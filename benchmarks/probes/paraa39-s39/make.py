"""Stop 39 probes (paraa39): paraphrases as learners from other trades really ask them. Four
classes, the four seen in the read set's failing paraphrases (issue 11 point 1):

- ``analogy``: a course idea described by an analogy from the learner's own work ("like a
  forger and the QC bench", "like learning past papers by heart") and asked how it works or
  what it is called;
- ``misconception``: a job story ending in a belief the course corrects ("someone must have typed
  the rules in", "the bot is lying", "98 percent must be good", "they are separate fields");
- ``asked_sentence``: the right section is easy, the asked part is one sentence inside it (how it
  works mechanically, what goes wrong at an extreme, what else it is for, whether it names its
  groups);
- ``described``: an untaught-sounding job word for a course technique ("composite scores",
  "league tables of customers", "flag the odd one"), which must not be declined.

Written from the course text before any answer was read, in fresh wording and trades other than
the read set's; split class by class at random with seed 39."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
GANG = "gans/the-generator-and-the-discriminator"
ADV = "gans/how-adversarial-training-works"
UNSTABLE = "gans/why-gan-training-is-unstable-and-costly"
OVER = "training-and-overfitting/overfitting-and-underfitting"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
GD = "training-and-overfitting/gradient-descent-in-plain-words"
LBL = "supervised-learning/learning-from-labelled-examples"
IMGCLS = "supervised-learning/image-classification-as-a-supervised-task"
RLA = "reinforcement-learning/agents-environments-actions-and-rewards"
CUM = "reinforcement-learning/maximising-cumulative-reward"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
VAEE = "vaes/encoder-latent-space-and-decoder"
NEXT = "language-models/next-token-prediction-step-by-step"
LMDO = "language-models/what-a-language-model-does"
CLUS = "unsupervised-learning/clustering-groups-similar-data-points"
KM = "unsupervised-learning/how-k-means-finds-clusters"
UNL = "unsupervised-learning/learning-from-unlabelled-data"
UNSUSE = "unsupervised-learning/what-unsupervised-learning-is-used-for"
DIM = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
RULES = "what-is-ml/learning-from-data-instead-of-hand-written-rules"
WIDER = "what-is-ml/machine-learning-inside-the-wider-field-of-ai"
BUILT = "ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"
PREDCRE = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
HAL = "hallucination/what-hallucination-means"
HALWHY = "hallucination/why-next-token-prediction-produces-fluent-falsehoods"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
BOTH = "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"
RECOG = "ml-applications/image-and-speech-recognition"
ANOM = "ml-applications/predictive-analytics-and-anomaly-detection"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
COPY = "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"
NOISY = "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"

ANALOGY = [
    ("bricklayer here. my apprentice reckons theres an ai thats like a dodgy copier making fake bricks and a site inspector knocking them back till they pass. how does that work", [GANG], [["generator"], ["discriminator"]]),
    ("jeweller. someone said a picture ai works like a counterfeiter of gold stamps versus an assayer who tests each piece. whats that thing actually called and what does each side do", [GANG], [["generator"], ["discriminator"]]),
    ("driving instructor. my pupil learned the test route turn by turn and then panicked on a road she'd never driven. apparently ai models do the same. what do they call it", [OVER], [["overfit"]]),
    ("pub quiz host. one regular learned every answer from old quiz sheets and is useless on fresh questions. is that what computer people call overfitting, and how would you spot it", [OVER], [["overfit"], ["gap|training set|test set"]]),
    ("dog trainer. is the reward-and-treats way i teach puppies the same idea as that ai that learns from rewards", [RLA], [["reward"], ["agent"]]),
    ("apprentice chef learns by copying the head chef who corrects every plate against the right answer. is there an ml version of learning with someone marking the answers", [LBL], [["label"], ["teacher|answer key"]]),
    ("fell walker. i heard training a model is like coming down a hill in fog feeling for the slope. what's that method", [GD], [["gradient descent"]]),
    ("removals guy. someone said one of the image ais packs a picture into a tiny box of numbers and unpacks it again at the other end, like flat pack. what is that model", [VAEE], [["encoder"], ["decoder"]]),
    ("text messaging on my phone suggests the next word. is the big chat ai just a giant version of that, word after word", [NEXT, LMDO], [["likel"], ["token|word"]]),
    ("laundrette owner. if you tip a pile of unmarked socks out and sort them into piles by how alike they look, thats what some ai does with data right? whats it called", [CLUS], [["cluster"]]),
    ("exam invigilator. we keep some questions back that the students never practised so the mark means something. do ml people do the same thing with their data", [SPLIT], [["test set"], ["training set"]]),
    ("market trader. do i stick with my best selling pitch or try a new corner of the market. apparently learning robots argue with themselves about the same thing, what's the name", [EXPL], [["explor"], ["exploit"]]),
]

MISCONCEPTION = [
    ("plasterer, 25 years in the trade. my son says his phone's photo app 'learned' what faces are. surely some programmer wrote the rules for a face into it?", [RULES], [["rules"], ["examples|data"]]),
    ("school bursar. the supplier says the budgeting software was trained, not programmed. somebody must have typed in the rules surely, how else would it know", [RULES], [["works out the rules|rules on its own|rather than from rules"]]),
    ("train guard. the station help bot gave a passenger a platform number and a connection that doesn't exist, all very sure of itself. who programmed it to lie", [HAL, HALWHY], [["hallucinat"]]),
    ("beekeeper. asked the chatbot about a bee disease and it described a treatment with a made up brand name, like it was certain. is it deliberately fibbing", [HAL], [["not lying on purpose|no sense of true"]]),
    ("dentist. a rep says their x-ray checker is 97 percent accurate but the condition only shows up in a few patients in a hundred. should i be impressed", [ACC], [["rare"]]),
    ("lifeguard. the pool's drowning alert software is 'right 99% of the time' says the council, but real emergencies are really rare. couldnt it score that by never raising the alarm", [ACC], [["rare|every payment honest|catches no"]]),
    ("bookmaker. my mate swears chatbots are one thing and machine learning is a whole different sport. isn't one of them part of the other", [BUILT, WIDER], [["machine learning"], ["generative"]]),
    ("quantity surveyor. is generative ai a separate discipline from ml, like architecture vs engineering, or a branch of it", [BUILT, WIDER], [["machine learning"], ["generative"]]),
    ("darts coach. if a learning bot just took whatever scores most on each throw would it win in the long run", [CUM], [["cumulative reward|total reward|short-sighted"]]),
    ("zookeeper. an app tells visitors which animal they've photographed. is that one of these generative ais since it comes up with an answer", [RECOG], [["rather than creating|prediction about existing|machine learning rather than generative"]]),
    ("optician. the retinal scan software tells us which patients show signs of disease. does that count as ai that creates something", [RECOG, PREDCRE], [["predict|prediction"]]),
    ("illustrator. my clients think the picture generator keeps a big folder of real paintings and just glues bits together. is that right", [COPY], [["cop"]]),
]

ASKED = [
    ("my dad thinks the chat ai writes the whole reply in one go like a person thinking it through. how does it really build the answer, piece by piece", [NEXT], [["loop|append|single steps"]]),
    ("in the gan setup, what happens if the judge network gets far too strict far too early", [UNSTABLE], [["no useful signal|rejects every|almost no"]]),
    ("and what if the fake spotter in a gan is rubbish at its job, does the faker still get better", [UNSTABLE], [["too weak|nothing to learn"]]),
    ("gym manager. software split our members into groups from their visit times and spend. will it tell me what each group is", [CLUS], [["does not name|decides what it means|looks at each group"]]),
    ("water treatment operator. our system learns normal readings and flags odd ones without ever seeing a fault. what else is that unlabelled learning used for", [UNSUSE], [["segment|exploration"]]),
    ("hotel manager. for the booking fraud checker, what's the name for when it flags an honest guest, and when it misses a real fraudster", [PR], [["false positive"], ["false negative"]]),
    ("why does a chatbot sound so sure of itself even when what it says is wrong", [HALWHY, HAL], [["likely[- ]sounding|most probable|same certainty|confident"]]),
    ("falconer. for the ai that learns from treats and penalties, why does it matter that the reward often comes much later than the move that earned it", [CUM], [["delayed|credit"]]),
    ("tailor. in that picture classifying ai, what does it actually learn from all the labelled photos", [IMGCLS], [["patterns of pixels"]]),
    ("what's the point of the random numbers the fake-making network in a gan starts from", [GANG], [["noise|random numbers"]]),
    ("how does that ai that groups things into k piles decide where each pile is", [KM], [["centre"], ["nearest|average"]]),
    ("sound engineer. on the chat ai's creativity setting, what happens if you crank it right up", [TEMP], [["high temperature|flattens|nonsense"]]),
]

DESCRIBED = [
    ("psychologist. 120 survey items that overlap loads. can ml boil them down into a handful of composite scores", [DIM], [["dimensionality reduction|fewer"]]),
    ("agronomist. each field has 80 soil measurements, lots of them correlated. is there an ml way to collapse them into two or three summary numbers", [DIM], [["dimensionality reduction|fewer"]]),
    ("estate manager. i want the computer to sort our tenants into natural groups by how they pay, without me saying what the groups are", [CLUS, UNSUSE], [["cluster"]]),
    ("pharmacist. we want something that notices a prescription pattern that looks nothing like a patient's usual. what kind of ml is that", [ANOM, UNSUSE], [["anomal"]]),
    ("bookshop owner. can a computer suggest the next book to a regular the way i do from what they bought before", [REC], [["recommend"]]),
    ("sommelier. could a program learn to pour customers into taste segments from their past orders, nobody labelling them first", [CLUS, UNSUSE, UNL], [["cluster|segment|group"]]),
    ("translator. my glossary of old client files has typos and wrong terms in it. if a model learned from that, would it copy the mistakes", [NOISY], [["mistake"]]),
    ("fishmonger. the shop's camera counts species on the slab. do i need thousands of photos labelled by hand to teach it", [IMGCLS, LBL], [["label|tagged"]]),
    ("furniture designer. the ai chair generator i tried only ever gives me the same three-legged stool. is that some known fault", [MODE], [["mode collapse"]]),
    ("logistics planner. could ml shrink 300 route metrics that mostly move together into a couple of axes i can put on a chart", [DIM], [["dimensionality reduction|plot"]]),
]


def main() -> None:
    rng = random.Random(39)
    classes = [("analogy", ANALOGY), ("misconception", MISCONCEPTION), ("asked_sentence", ASKED), ("described", DESCRIBED)]
    built = [(name, [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in items]) for name, items in classes]
    probekit.check_facts([c for _, cs in built for c in cs])
    split = probekit.split_by_class(built, rng)
    for folder, cases in split.items():
        head = f"# paraa39-s39 ({folder}): analogies, misconceptions, asked sentences and job words; written before running the tutor, split by class at random (seed 39).\n\n"
        probekit.write_cases(HERE / folder / "paraphrase.toml", head, cases)


if __name__ == "__main__":
    main()
