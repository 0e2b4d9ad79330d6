"""Trailing-introduction probes (stop 35, intro35): the learner says who they are AFTER the
question ("what is overfitting, i'm a nurse", "what's recall? i'm a lifeguard if that helps",
"whats a gan. im a plumber btw", "... for context i work in retail", "(teacher here)", "- a
nurse", "asking as a dad", "i work nights in a warehouse fyi"), in first questions and in
follow-ups, with varied jobs; plus guards where the learner's words are real content ("i'm a
nurse, could ai replace me?", "... i'm worried my model does it", "im a nurse, how is ml used in
hospitals"). Written from the course text before any answer was read; split at random with
seed 35."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
OVER = "training-and-overfitting/overfitting-and-underfitting"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
GANG = "gans/the-generator-and-the-discriminator"
GANADV = "gans/how-adversarial-training-works"
HAL = "hallucination/what-hallucination-means"
TOK = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
KM = "unsupervised-learning/how-k-means-finds-clusters"
CLU = "unsupervised-learning/clustering-groups-similar-data-points"
LBL = "supervised-learning/learning-from-labelled-examples"
RLA = "reinforcement-learning/agents-environments-actions-and-rewards"
GD = "training-and-overfitting/gradient-descent-in-plain-words"
LOSS = "training-and-overfitting/what-a-loss-function-measures"
VAE = "vaes/encoder-latent-space-and-decoder"
LAT = "vaes/what-the-latent-space-represents"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
CLSREG = "supervised-learning/classification-versus-regression"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
PCA = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
FEAT = "training-and-overfitting/features-feature-scaling-and-feature-engineering"
GROUND = "hallucination/grounding-answering-from-sources-instead-of-memory"
NEXT = "language-models/next-token-prediction-step-by-step"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
RESIST = "adoption-challenges/resistance-to-change-from-employees"
GENMAIN = "what-is-generative-ai/generating-new-data-that-resembles-the-training-data"
MLDEF = "what-is-ml/learning-from-data-instead-of-hand-written-rules"

# (question, sections, facts): first questions with who asks said after the question
FIRST = [
    ("what is overfitting, i'm a nurse", [OVER], [["memoris|memoriz"]]),
    ("what's recall? i'm a lifeguard if that helps", [PR], [["recall"]]),
    ("whats a gan. im a plumber btw", [GANG, GANADV], [["generator"], ["discriminator"]]),
    ("what does hallucination mean for a chatbot? for context i work in retail", [HAL], [["hallucinat"]]),
    ("how does k-means work (i'm a teacher)", [KM], [["centre|centroid"]]),
    ("what is supervised learning - a nurse", [LBL], [["label"]]),
    ("explain reinforcement learning, asking as a dad", [RLA], [["reward"]]),
    ("what is gradient descent? i work nights in a warehouse fyi", [GD], [["downhill|slope"]]),
    ("what is a loss function? im an electrician", [LOSS], [["single number"]]),
    ("how do vaes work. i'm a hairdresser if that matters", [VAE], [["encoder"], ["decoder"]]),
    ("what are tokens in an llm, im a librarian", [TOK], [["piece"]]),
    ("what does temperature do in a language model? asking as a bus driver", [TEMP], [["temperature"]]),
    ("what is accuracy in ml... i'm a farmer btw", [ACC], [["share|percent|proportion"]]),
    ("classification vs regression? i'm a bricklayer", [CLSREG], [["category"], ["number"]]),
    ("why split data into a training set and a test set? for context, i'm a pharmacist", [SPLIT], [["test set"]]),
    ("what's mode collapse. i am a carpenter", [MODE], [["variety"]]),
    ("whats a deepfake? im a retired postman lol", [DEEP], [["deepfake"]]),
    ("how does bias get into ai? i'm a social worker fwiw", [BIAS], [["training data"]]),
    ("explain exploration vs exploitation please - i'm a chef", [EXPL], [["exploration"], ["exploitation"]]),
    ("what is dimensionality reduction? i work in a call centre", [PCA], [["fewer"]]),
    ("what is feature engineering (mechanic here)", [FEAT], [["feature"]]),
    ("how does grounding stop hallucination? i work as a paralegal if that helps", [GROUND], [["sources|retriev"]]),
    ("how does next token prediction work, i'm a taxi driver by the way", [NEXT], [["next token"]]),
    ("what is clustering? im a florist, no tech background", [CLU], [["group"]]),
    ("what's a latent space. context: i'm a graphic designer", [LAT], [["latent space"]]),
    ("what is machine learning in simple words? im a mum of three", [MLDEF], [["data"]]),
    ("what is generative ai? just so you know i'm a lorry driver", [GENMAIN], [["new"]]),
    ("what's precision in ml? i'm a dentist, not a techie", [PR], [["precision"]]),
    ("how do gans learn? speaking as a painter", [GANADV], [["discriminator"]]),
    ("what is a discriminator in a gan. i do payroll for a living", [GANG], [["discriminator"]]),
]

# guards: who asks is part of what is asked, or the words after the question are content
GUARDS = [
    ("i'm a nurse, could ai replace me?", [HEALTH], [["nurse|doctor|treatment|clinician"]]),
    ("what is overfitting? i'm worried my model does it", [OVER], [["memoris|memoriz"]]),
    ("im a nurse, how is ml used in hospitals", [HEALTH], [["scan|disease"]]),
    ("how is ai used in healthcare? i'm a nurse", [HEALTH], [["disease|scan"]]),
    ("why do staff resist ai at work? i'm a manager and mine are scared", [RESIST], [["employees|fear|resist"]]),
]

# follow-ups: who asks said after the follow-up
FOLLOW = [
    (["what is overfitting", "how do you avoid it? i'm a nurse btw"], [OVER], [["more data|simpler|regulari"]]),
    (["what is recall", "and precision? i'm a lifeguard if that helps"], [PR], [["precision"]]),
    (["what is a gan", "what does the discriminator do. im a plumber"], [GANG], [["discriminator"]]),
    (["what is k-means", "how does it pick the groups? (i'm a teacher)"], [KM], [["centre|centroid"]]),
    (["what is hallucination", "why does it happen - a baker"], [HAL, "hallucination/why-next-token-prediction-produces-fluent-falsehoods"], [["plausible|fluent|likely"]]),
    (["what are tokens", "how many are in a vocabulary? asking as a dad"], [TOK], [["tens of thousands"]]),
    (["what is gradient descent", "what is the learning rate? i work nights in a warehouse fyi"], [GD], [["step"]]),
    (["what is a vae", "what is the latent space? for context i work in a bakery"], [LAT, VAE], [["latent space"]]),
]


def cases() -> list[dict]:
    """The probekit cases: first questions and guards as paraphrases, follow-ups as turns."""
    rows = [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in FIRST + GUARDS]
    rows += [probekit.case("followup", None, turns=t, sections=s, facts=f) for t, s, f in FOLLOW]
    return rows


if __name__ == "__main__":
    every = cases()
    probekit.check_facts(every)
    work, measure = probekit.halves(every, random.Random(35))
    head = "# Trailing-introduction probes (stop 35, intro35), split at random (seed 35).\n\n"
    for name, part in (("work", work), ("measure", measure)):
        for kind in ("paraphrase", "followup"):
            probekit.write_cases(HERE / name / f"{kind}.toml", head, [c for c in part if c["kind"] == kind])
    print(len(work), len(measure))
