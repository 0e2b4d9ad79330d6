"""Fresh chains for stop 30 (helper `lean`): a NEW subject asked in a conversation, which must not
lean on the talk, and controls that must keep leaning (a definition of a part just met, a short
narrowing follow-up). Out-of-course new things are cases with ``in_scope = false`` (declined
alone). Split at random with seed 30 into work/ and measure/; run once to write the files."""
import json
import random
from pathlib import Path

U = "unsupervised-learning/"
V = "vaes/"
G = "gans/"
L = "language-models/"
EV = "evaluating-models/"
NEW_OUT = [
    ["what is a neural network", "whats an activation function"],
    ["whats a gan", "what's a knowledge graph"],
    ["what is overfitting", "what's a random forest"],
    ["how do llms pick the next word", "whats a vector database"],
    ["what's ai art", "what is a digital twin"],
    ["how much data do you need to train a model", "what's a feature store"],
    ["why do chatbots make stuff up", "whats a turing test"],
    ["what is k means", "what's a data lake"],
    ["what is a language model", "whats an attention head"],
]
NEW_IN = [
    (["whats a vae", "what's a confusion matrix"], [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["off-diagonal|confusion matrix"]]),
    (["what is gradient descent", "whats a deepfake"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["deepfake"]]),
    (["what's a token", "what's a discriminator"], [G + "the-generator-and-the-discriminator"], [["discriminator"]]),
    (["what is reinforcement learning", "whats a latent space"], [V + "encoder-latent-space-and-decoder", V + "what-the-latent-space-represents"], [["latent space"]]),
]
CONTROLS = [
    (["whats a vae", "what's a latent space"], [V + "encoder-latent-space-and-decoder", V + "what-the-latent-space-represents"], [["latent space"]]),
    (["what is a gan", "whats a discriminator"], [G + "the-generator-and-the-discriminator"], [["discriminator"]]),
    (["what are tokens", "whats a tokenizer"], [L + "tokens-the-pieces-of-text-a-model-reads-and-writes"], [["splits the text"]]),
    (["what does precision mean", "and recall?"], [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["recall"]]),
]


def toml(cases):
    out = []
    for turns, sections, facts in cases:
        out.append("[[case]]\nkind = \"followup\"\nturns = " + json.dumps(turns))
        if sections is None:
            out.append("in_scope = false\n")
            continue
        out.append("in_scope = true\nsections = " + json.dumps(sections))
        out.append("facts = [" + ", ".join("[" + ", ".join(f"'{a}'" for a in f) + "]" for f in facts) + "]\n")
    return "\n".join(out)


cases = [(t, None, None) for t in NEW_OUT] + NEW_IN + CONTROLS
random.Random(30).shuffle(cases)
half = len(cases) // 2
for name, part in (("work", cases[:half]), ("measure", cases[half:])):
    Path(name).mkdir(exist_ok=True)
    Path(name, "followup.toml").write_text(f"# Fresh new-subject chains (stop 30, helper lean), {name} half (seed 30).\n\n" + toml(part))
