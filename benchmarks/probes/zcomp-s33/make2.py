"""Writes measure2/{comparison,followup,paraphrase}.toml for zcomp-s33: fresh questions of the fixed
classes, written after the fixes and before running them (no split: all are measured)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from make import COMPUTE, CVR, EFF, HERE

C = probekit.case
F = "followup"
DOES_WELL = ["benefits-and-limitations/what-machine-learning-does-well", "benefits-and-limitations/what-generative-ai-does-well"]
FALLS_SHORT = ["benefits-and-limitations/where-machine-learning-falls-short", "benefits-and-limitations/where-generative-ai-falls-short"]
OVER = "training-and-overfitting/overfitting-and-underfitting"

COMPARISONS = [
    # a model named by its job in a hyphenated word
    C("comparison", "does a fraud-flagging model need as much computing muscle as a big text generator once training is done?",
      sections=[COMPUTE], sides=[[COMPUTE, EFF]], facts=[["little comput|cheap|quickly|relatively little"], ["demanding|gans|large language models"]]),
    # a family named by its job before "kind"
    C("comparison", "the sorting-and-scoring kind of ai vs the picture-generating kind: what are the upsides of each?",
      sections=DOES_WELL, facts=[["automates data analysis|anomal|complex patterns"], ["content|customer|possibilities"]]),
    C("comparison", "pitfalls of each please - the predicting kind of ai versus the text-writing kind",
      sections=FALLS_SHORT, facts=[["noisy|incomplete"], ["groundbreaking|quality of generated content also varies|varies"]]),
    # whom the answer should suit
    C("comparison", "dbscan vs k-means, explain it like you're talking to a tired lorry driver",
      sections=["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], facts=[["dbscan"], ["round|shape"]]),
    C("comparison", "precision vs recall - explain like i'm a sleepy junior on nights",
      sections=["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], facts=[["precision"], ["recall"]]),
    # same kind of model or two different ones
    C("comparison", "our gym: predicting how many kilos someone will lose vs predicting if they'll quit. same kind of model or two different ones?",
      sections=[CVR], facts=[["classification"], ["regression"]]),
]
FOLLOWUPS = [
    # dropping the topic
    C(F, None, turns=["what's a confusion matrix", "ok never mind that. what does a discriminator do?"],
      sections=["gans/the-generator-and-the-discriminator"], facts=[["discriminator"], ["real|fake"]]),
    C(F, None, turns=["explain tokens", "moving on - vaes, how do they work?"],
      sections=["vaes/encoder-latent-space-and-decoder"], facts=[["encoder"], ["decoder"]]),
    # remedy words
    C(F, None, turns=["what does it mean when a chatbot hallucinates", "how would i notice it in an answer", "and the remedy?"],
      sections=["hallucination/how-to-spot-and-reduce-hallucination"], facts=[["ground|retriev|quote its sources|temperature|larger or specialised"]]),
    C(F, None, turns=["explain overfitting in one line", "what does it look like in the scores", "any cure?"],
      sections=[OVER], facts=[["more training data"], ["simpler model"]]),
]
PARAPHRASES = [
    # how a thing works
    C("paraphrase", "how do language models actually work?",
      sections=["language-models/what-a-language-model-does", "language-models/next-token-prediction-step-by-step"],
      facts=[["continu|next token|next-token|comes next"]]),
]

if __name__ == "__main__":
    for kind, cases in (("comparison", COMPARISONS), ("followup", FOLLOWUPS), ("paraphrase", PARAPHRASES)):
        probekit.check_facts(cases)
        probekit.write_cases(HERE / "measure2" / f"{kind}.toml", f"# zcomp-s33 measure2: {kind}s written after the fixes, before running them (make2.py).\n\n", cases, literal=("facts",))
