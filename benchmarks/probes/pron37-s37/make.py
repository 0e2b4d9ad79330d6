"""Writes work/ and measure/ followup.toml: pron37-s37's three-turn chains, split at random with
seed 37 before any run.

Each chain asks about one subject, then introduces a second by a description the course does not
use ("what's the network that checks the samples"), whose answer opens by naming it (the
discriminator), then asks a yes/no or short question of it with a pronoun ("does that one see the
real data?"). The last answer must tell what the course says of the second subject, said before or
not. Written from the course text before any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).parent
DBS = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
GANG = "gans/the-generator-and-the-discriminator"
VAEE = "vaes/encoder-latent-space-and-decoder"
CLSREG = "supervised-learning/classification-versus-regression"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
SMALL = "language-models/small-language-models-versus-large-ones"

C = [
    (["how does k-means work", "which clustering method follows any shape", "does it need a distance setting?"],
     [DBS], [["distance setting"]]),
    (["how does k-means sort points", "what's the one that grows clusters from crowded neighbourhoods",
      "does that one mark lonely points?"], [DBS], [["noise"]]),
    (["what does the generator in a gan do", "what's the network that checks the samples",
      "does that one get to see the real data?"], [GANG], [["taken from the training data|judges whether it is real"]]),
    (["how does a gan make images", "and which network plays the detective?", "is that one shown the forgeries?"],
     [GANG], [["looks at a sample|spot the fakes"]]),
    (["what does a vae's encoder do", "what's the part that rebuilds the picture",
      "does that one start from the latent position?"], [VAEE], [["takes a position in the latent space"]]),
    (["what is classification in ml", "what's the kind that predicts a number",
      "does that one need labelled examples too?"], [CLSREG], [["both need training examples|correct answer attached"]]),
    (["what's exploitation in rl", "whats the opposite where it tries new stuff", "does that one pay off right away?"],
     [EXPL], [["look worse now"]]),
    (["what is greedy decoding", "what's the setting that makes the text more adventurous",
      "can that one make the text go weird?"], [TEMP], [["nonsense|unlikely tokens"]]),
    (["what is top-k sampling", "what's the one that keeps tokens adding up to p", "does it have another name?"],
     [TEMP], [["nucleus"]]),
    (["what is precision", "what's the measure of how many real cases get found", "does that one use false negatives?"],
     [PR], [["TP / \\(TP \\+ FN\\)|FN"]]),
    (["explain a confusion matrix", "what's the number for how often an alarm is right",
      "does that one count false positives?"], [PR], [["TP / \\(TP \\+ FP\\)|FP"]]),
    (["what's a small language model", "what about the really huge ones", "do they need special hardware?"],
     [SMALL], [["data-centre hardware"]]),
    (["what is the generator in a gan", "what's the other network, the one that judges", "can it be fooled?"],
     [GANG], [["real or fake|real, meaning|spot the fakes"]]),
    (["how does k-means pick its groups", "what's the algorithm for ring shaped data", "do i have to set k for that one?"],
     [DBS], [["does not need k"]]),
    (["what is regression in machine learning", "what's the other flavour that picks categories",
      "does that one output numbers?"], [CLSREG], [["category from a fixed list"]]),
    (["what is exploration in reinforcement learning", "what's the one where the agent repeats what worked",
      "can that one get stuck?"], [EXPL], [["stuck"]]),
    (["what does the discriminator do", "what's the network that forges the samples",
      "does that one ever see real data?"], [GANG], [["never sees the real data"]]),
    (["what does a vae decoder do", "what's the part that squeezes the input down", "does it output a list of numbers?"],
     [VAEE], [["short list of numbers"]]),
    (["what's recall", "what's the metric for how often a flagged alarm is right", "is it TP over TP plus FP?"],
     [PR], [["TP / \\(TP \\+ FP\\)"]]),
    (["what's temperature in text generation", "what's the method that always takes the top token",
      "is that one repetitive?"], [TEMP], [["dull and repetitive"]]),
]

cases = [probekit.case("followup", None, turns=t, sections=s, facts=f, **{"class": "pron"}) for t, s, f in C]
probekit.check_facts(cases)
work, measure = probekit.halves(cases, random.Random(37))
head = "# pron37-s37: three-turn chains whose pronoun points at the second subject, split at random (seed 37) before any run\n\n"
probekit.write_cases(HERE / "work" / "followup.toml", head, work)
probekit.write_cases(HERE / "measure" / "followup.toml", head, measure)
print(len(work), len(measure))
