"""Side-section probes (stop 31, comp wave 2): comparisons where a side names a technique of
predictive ML (a neural network, an SVM, a decision tree) or a model of one family, weighed on
one dimension. Written from the course text before any answer was read; split with seed 31."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

ALG = "supervised-learning/common-supervised-learning-algorithms"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
GEN = "gans/the-generator-and-the-discriminator"
UNL = "unsupervised-learning/learning-from-unlabelled-data"

CASES = [
    ("neural nets vs decision trees - which one needs more data and computing power?", [ALG], [["more data and computing power"]]),
    ("is a neural network or an svm easier to explain to my manager", [ALG], [["easy to explain"]]),
    ("linear regresion vs neural network which handles the harder problems", [ALG], [["harder problems"]]),
    ("deep neural network or a simple decision tree when i only have a small dataset?", [ALG], [["more data"], ["simple models"]]),
    ("what does a neural network learn compared to linear regression", [ALG], [["complex patterns"], ["straight line|weighted sum"]]),
    ("svm vs neural network, which one is quicker", [ALG], [["fast"]]),
    ("would a neural network or a logistic regression be heavier on compute", [ALG], [["computing power"]]),
    ("nn vs decision tree, which is more of a black box", [ALG], [["easy to explain"]]),
    ("neural network or decision tree, which can learn patterns in images or speech", [ALG], [["images or speech"]]),
    ("a neural network vs a gan: which one is built from two networks competing", [GEN, ALG], [["compete"], ["layers"]]),
    ("a classifier neural net vs a decision tree, do they both need lots of data", [ALG], [["more data"]]),
    ("which is hungrier for computing power: a neural network or linear regression", [ALG], [["computing power"]]),
    ("once trained, is a decision tree or a gan cheaper to run on new inputs", [COMPUTE], [["handful of arithmetic|cheap"]]),
    ("a neural network vs k-means clustering, which one works without labels", [ALG, UNL], [["layers|neural network"], ["without|unlabelled|no labels"]]),
]


if __name__ == "__main__":
    here = Path(__file__).parent
    cases = [probekit.case("comparison", q, sections=sections, facts=facts) for q, sections, facts in CASES]
    probekit.check_facts(cases)
    for name, part in zip(("work", "measure"), probekit.halves(cases, random.Random(31)), strict=True):
        head = "# Side-section probes (stop 31, comp wave 2), split at random (seed 31).\n\n"
        probekit.write_cases(here / name / "comparison.toml", head, part)
