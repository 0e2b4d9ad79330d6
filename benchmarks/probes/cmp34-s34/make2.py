"""Comparison probes, second round (stop 34, cmp34): questions of the fixed classes, written after
the fix and before any answer to them was read: two options closing a message after the learner's
purpose, with articles or a pick asked after them; the sides by the course's long names; sides
the glossary names. All ``measure2``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

VAEG = "vaes/vaes-compared-with-gans"
CLSREG = "supervised-learning/classification-versus-regression"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
SMALL = "language-models/small-language-models-versus-large-ones"

CASES = [
    ("to make new emoji designs for our chat app: a gan or a vae, and why?", [VAEG], [["blurr|stable"], ["sharper|crisp"]]),
    ("tattoo artist. to dream up new flash sheets, vae or gan, which one is sharper", [VAEG], [["sharper|crisp"]]),
    ("if we wanted generated product mock-ups, generative adversarial network or variational autoencoder?", [VAEG], [["blurr"], ["sharper"]]),
    ("for generating fake handwriting samples: the variational autoencoder or the gan - which one?", [VAEG], [["blurr"], ["sharper|crisp"]]),
    ("to forecast how many people visit the museum tomorrow, a regression or a classification, and why?", [CLSREG], [["number"], ["category"]]),
    ("if i want to sort photos into cat, dog or rabbit, regression or classification, which one", [CLSREG], [["category"], ["number"]]),
    ("to teach a drone to find a new landing spot, exploration or exploitation, and why", [EXPL], [["exploration"], ["exploitation"]]),
    ("for summarising patient notes on a hospital laptop with no internet: a small language model or a large language model, and why?", [SMALL], [["ordinary computer|laptop|private"], ["data-centre|accurately"]]),
    ("museum guide here. to generate new portraits in an old painter's style, a vae or a gan?", [VAEG], [["blurr"], ["sharper|crisp"]]),
    ("to spot whether a tweet is angry or calm, classification or regression, and why?", [CLSREG], [["category"], ["number"]]),
]


if __name__ == "__main__":
    cases = [probekit.case("comparison", q, sections=s, facts=f) for q, s, f in CASES]
    probekit.check_facts(cases)
    head = "# Comparison probes, second round (stop 34, cmp34): the fixed classes, written after the fix.\n\n"
    probekit.write_cases(Path(__file__).parent / "measure2" / "comparison.toml", head, cases)
