"""Writes work/ and measure/ {comparison,followup}.toml for zijc36-s36: comparisons and follow-ups
of the classes behind sets ZI and ZJ's comparison and follow-up failures (stop 36), asked in other
trades' voices (bakers, nurses, pilots, vets, teachers, couriers ...), written before any fix and
before any answer was read, split at random (seed 3636)."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
GD = "gans/the-generator-and-the-discriminator"
ELD = "vaes/encoder-latent-space-and-decoder"
AER = "reinforcement-learning/agents-environments-actions-and-rewards"
RLENV = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
LABEL = "supervised-learning/learning-from-labelled-examples"
UNLAB = "unsupervised-learning/learning-from-unlabelled-data"
CVR = "supervised-learning/classification-versus-regression"
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"
AUG = "generative-ai-applications/data-augmentation-with-synthetic-training-examples"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
RECO = "ml-applications/recommendation-systems-for-products-movies-and-music"
IMG = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
TEXT = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
MLWELL = "benefits-and-limitations/what-machine-learning-does-well"
GENWELL = "benefits-and-limitations/what-generative-ai-does-well"
MLSHORT = "benefits-and-limitations/where-machine-learning-falls-short"
GENSHORT = "benefits-and-limitations/where-generative-ai-falls-short"
PVC = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
NEEDS = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
THREE = "what-is-ml/three-ways-a-machine-can-learn"
ADV = "gans/how-adversarial-training-works"
NTP = "language-models/next-token-prediction-step-by-step"
VAEGAN = "vaes/vaes-compared-with-gans"
REG = "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"
EXPLORE = "reinforcement-learning/exploration-versus-exploitation"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
OVER = "training-and-overfitting/overfitting-and-underfitting"
GAP = "adoption-challenges/the-ai-skills-gap"
RESIST = "adoption-challenges/resistance-to-change-from-employees"

C = probekit.case
COMPARISONS = [
    # (1) the parts of each side stated in the question, then "how do they differ"
    C("comparison", "baker. so a gan is a generator and a discriminator, and a vae is an encoder and a decoder. both two bits then? what's the difference between the two pairs",
      sections=[GD, ELD], facts=[["discriminator"], ["generator"], ["encoder"], ["decoder"]]),
    C("comparison", "night nurse. vae = encoder plus decoder, gan = generator plus discriminator. how do those pairs work differently",
      sections=[GD, ELD], facts=[["discriminator"], ["judg|real or fake|fake"], ["encoder"], ["compress"]]),
    C("comparison", "pilot. I read GANs pair a generator with a discriminator while VAEs pair an encoder with a decoder. in what way do the two halves of each do different jobs?",
      sections=[GD, ELD], facts=[["discriminator"], ["generator"], ["encoder"], ["decoder"]]),
    C("comparison", "vet. a gan's two networks vs a vae's two networks, generator/discriminator against encoder/decoder. how do they differ?",
      sections=[GD, ELD], facts=[["discriminator"], ["generator"], ["encoder"], ["decoder"]]),
    # (2) two sides each described by a job, one ML one generative, each its own application section
    C("comparison", "courier depot manager. difference between using ml to flag weird van sensor readings before a breakdown, and using gen ai to cook up fake extra examples to train on because we have so few breakdowns?",
      sections=[PRED, AUG], facts=[["anomal"], ["synthetic"]]),
    C("comparison", "dental receptionist. what's the difference between ml that guesses which patients will no-show next month and generative ai that invents made-up training records because real ones are private?",
      sections=[PRED, AUG], facts=[["predict|forecast"], ["synthetic"]]),
    C("comparison", "radio presenter. ml picking which existing songs a listener will like vs gen ai writing brand new songs. how are those different?",
      sections=[RECO, MUSIC], facts=[["recommend"], ["compos|new"]]),
    C("comparison", "bank cashier. ml catching dodgy card payments vs gen ai writing letters to customers. how are those two uses different?",
      sections=[FRAUD, TEXT], facts=[["fraud"], ["text|draft|language model"]]),
    C("comparison", "shop window dresser. using ml to suggest products to shoppers versus using gen ai to make poster images for the window: what does each actually do?",
      sections=[RECO, IMG], facts=[["recommend"], ["image"]]),
    # (3) a self-description in the job signature, then a comparison
    C("comparison", "school caretaker (self taught in python). supervised vs unsupervised vs reinforcement learning, what data does each one need?",
      sections=[NEEDS], facts=[["labelled"], ["unlabelled"], ["environment"]]),
    C("comparison", "retired midwife (total beginner). labelled data vs unlabelled data, whats the difference?",
      sections=[LABEL, UNLAB], facts=[["label"], ["unlabelled|no labels"]]),
    C("comparison", "florist (night classes, self-taught). gan vs vae, which gives sharper pictures?",
      sections=[VAEGAN], facts=[["sharp"], ["blurr"]]),
    C("comparison", "bus mechanic (old school). classification vs regression, whats the difference",
      sections=[CVR], facts=[["category"], ["number"]]),
    C("comparison", "care assistant (part time student). precision vs recall, how do they differ?",
      sections=[PR], facts=[["precision"], ["recall"]]),
    # (4) one aspect asked of both families, each family has its own section for it
    C("comparison", "cafe owner. regular ml or generative ai, what does each do well? put them side by side",
      sections=[MLWELL, GENWELL], facts=[["automat"], ["anomal"], ["content"]]),
    C("comparison", "council officer. the upsides of old-fashioned machine learning compared with the upsides of gen ai?",
      sections=[MLWELL, GENWELL], facts=[["automat|anomal"], ["content|customer"]]),
    C("comparison", "hotel manager. where does ordinary ml fall short and where does generative ai fall short? both please",
      sections=[MLSHORT, GENSHORT], facts=[["noisy|incomplete"], ["groundbreaking|varies"]]),
    C("comparison", "driving instructor. strengths of plain machine learning vs strengths of generative ai, one after the other",
      sections=[MLWELL, GENWELL], facts=[["automat|anomal"], ["content|customer"]]),
    C("comparison", "librarian's assistant. weaknesses of classic ml next to weaknesses of gen ai",
      sections=[MLSHORT, GENSHORT], facts=[["noisy|incomplete|mistakes"], ["groundbreaking|varies"]]),
    # (5) two models described by what they output: a category vs a number
    C("comparison", "fishmonger. one app says fresh or not fresh, another says how many days the fish has left. same type of model or not?",
      sections=[CVR], facts=[["classification"], ["regression"]]),
    C("comparison", "estate agent. one tool tells me whether a house will sell, another tells me what price it'll fetch. are they the same kind of prediction?",
      sections=[CVR], facts=[["classification"], ["regression"]]),
    C("comparison", "weather hobbyist. a model that says rain or no rain tomorrow vs one that says how many millimetres. whats the difference in ai terms",
      sections=[CVR], facts=[["classification"], ["regression"]]),
    C("comparison", "tailor. one system sorts suits into small/medium/large, the other guesses the exact chest size in cm. are those different kinds of thing?",
      sections=[CVR], facts=[["classification"], ["regression"]]),
    C("comparison", "brewer. model A answers good batch or bad batch, model B gives the alcohol percentage it will end up at. same sort of model?",
      sections=[CVR], facts=[["classification"], ["regression"]]),
    # (6) the two families named by a job / a product, asking what each is for
    C("comparison", "pharmacy tech. my boss reckons the ai that predicts which drugs we'll run out of and chatgpt are basically the same. what is each one actually for?",
      sections=[PVC], facts=[["predict"], ["creat|new data|did not exist"]]),
    C("comparison", "sports coach. the app that forecasts injury risk and the ai that writes match reports, are they the same thing? what's each one's goal",
      sections=[PVC], facts=[["predict"], ["creat|new data|did not exist"]]),
    C("comparison", "insurance clerk. our claims-scoring model vs midjourney. people call both 'ai', but what's the difference in what they are for?",
      sections=[PVC], facts=[["predict"], ["creat|new data|did not exist"]]),
    C("comparison", "call centre lead. the thing that predicts call volumes and chatgpt, what's the actual difference in purpose",
      sections=[PVC], facts=[["predict"], ["creat|new data|did not exist"]]),
    # (7) learning from labels vs from rewards / trying things
    C("comparison", "swimming coach. learning from examples with the answers marked vs learning by getting rewarded for good tries. whats the difference in ai?",
      sections=[LABEL, RLENV], facts=[["label"], ["reward"], ["environment"]]),
    C("comparison", "dog trainer. treats for good behaviour sounds like reinforcement learning. how is that different from learning from labelled examples?",
      sections=[LABEL, RLENV], facts=[["label"], ["reward|penalt"], ["environment"]]),
    C("comparison", "chef. supervised learning with labels vs reinforcement learning with rewards, how does each get its feedback",
      sections=[LABEL, RLENV], facts=[["label"], ["reward|penalt"], ["environment"]]),
    C("comparison", "piano teacher. learning from an answer key vs learning from trial and error and rewards. which is which in ml and how do they differ",
      sections=[LABEL, RLENV], facts=[["label"], ["reward|penalt"], ["environment"]]),
    # (8) how each is trained, one side named by a product
    C("comparison", "electrician. how is a gan trained vs how is chatgpt trained? both learn but the setups sound nothing alike",
      sections=[ADV, NTP], facts=[["discriminator"], ["next token"]]),
    C("comparison", "teacher. training a gan compared with training a chatbot like chatgpt, what's different about the process",
      sections=[ADV, NTP], facts=[["discriminator"], ["next token"]]),
    C("comparison", "plasterer. how does a language model like gpt learn compared to how a gan learns?",
      sections=[ADV, NTP], facts=[["discriminator"], ["next token"]]),
]

F = "followup"
FOLLOWUPS = [
    # (9) "and the <counterpart>?" after a question on one party of a section that names two
    C(F, None, turns=["bookseller. what does the eu ai act do", "and the us?"],
      sections=[REG], facts=[["executive order"]]),
    C(F, None, turns=["history teacher. what did the us do about regulating ai", "and europe?"],
      sections=[REG], facts=[["eu ai act"], ["risk"]]),
    C(F, None, turns=["lawyer's clerk. what's in the european union's ai law", "what about america?"],
      sections=[REG], facts=[["executive order"]]),
    C(F, None, turns=["gardener. what does the generator do in a gan", "and the discriminator?"],
      sections=[GD], facts=[["real|fake"], ["judg"]]),
    C(F, None, turns=["cleaner. what does the encoder in a vae do", "and the decoder?"],
      sections=[ELD], facts=[["expands|rebuild"]]),
    C(F, None, turns=["postman. what's exploitation in rl", "and exploration?"],
      sections=[EXPLORE], facts=[["trying other actions|try something new"]]),
    C(F, None, turns=["accountant. what does precision measure", "and recall?"],
      sections=[PR], facts=[["of all the real cases|how many did the model find"]]),
    C(F, None, turns=["roofer. what does the discriminator do", "and the other one?"],
      sections=[GD], facts=[["creates new data|creates"]]),
    C(F, None, turns=["nanny. what's underfitting", "and overfitting?"],
      sections=[OVER], facts=[["memori[sz]|too closely|noise"]]),
    C(F, None, turns=["joiner. what's the ai law in europe about", "and the yanks?"],
      sections=[REG], facts=[["executive order"]]),
    C(F, None, turns=["office manager. what is the skills gap problem with ai adoption", "and staff pushing back?"],
      sections=[RESIST], facts=[["resist"]]),
    C(F, None, turns=["dietitian. what's a training set", "and the test set?"],
      sections=[SPLIT], facts=[["test set"], ["held|kept|new|unseen"]]),
]

if __name__ == "__main__":
    rng = random.Random(3636)
    for kind, cases in (("comparison", COMPARISONS), ("followup", FOLLOWUPS)):
        probekit.check_facts(cases)
        work, measure = probekit.halves(cases, rng)
        for name, half in (("work", work), ("measure", measure)):
            head = f"# zijc36-s36 ({name}): written before running the tutor, split at random (seed 3636).\n\n"
            probekit.write_cases(HERE / name / f"{kind}.toml", head, half)
