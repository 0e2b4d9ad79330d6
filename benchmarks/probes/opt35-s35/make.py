"""Described-option comparisons (stop 35, opt35): the learner describes the two things as labelled
options or as an old and a new version ("model A guesses ..., model B says ...", "option 1: ...
option 2: ...", "the old app said ..., the new one says ...") and then asks whether they are the
same kind or how they differ. The course compares them by what they are: the kind of answer
(classification vs regression), labels or none (supervised vs unsupervised), rewards
(reinforcement). Guards: real list questions ("what kinds of prediction are there") and ordinary
"X vs Y" comparisons. Written from the course text before any answer was read; split at random
with seed 35."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

CLSREG = "supervised-learning/classification-versus-regression"
LBL = "supervised-learning/learning-from-labelled-examples"
UNL = "unsupervised-learning/learning-from-unlabelled-data"
THREE = "what-is-ml/three-ways-a-machine-can-learn"
RLENV = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
VAEG = "vaes/vaes-compared-with-gans"

KIND = [["number"], ["categor"]]
SUPUNS = [["label"], ["unsupervised"]]

CASES = [
    # kind of answer: a quantity (often with a unit) against a category
    ("rugby coach. model A guesses a winger's 40m sprint time, model B says whether he's match fit, yes or no. same kind of prediction or not?", [CLSREG], KIND),
    ("bakery owner. tool 1 tells me how many loaves i'll sell tomorrow, tool 2 tells me if tomorrow is a busy day or a quiet day. are those two different kinds of prediction?", [CLSREG], KIND),
    ("courier. the old app said 'late' or 'on time' for each parcel, the new version says '12 mins late'. is that a different kind of prediction?", [CLSREG], KIND),
    ("vet nurse. option a: the model predicts the dog's weight in kg next month. option b: it predicts whether the dog is overweight. how are those two different", [CLSREG], KIND),
    ("plumber. the first one guesses how long a job will take in hours, the second one guesses if it's a leak or a blockage. which is which kind of model?", [CLSREG], KIND),
    ("teacher. version 1 of our tool gave each essay a pass or fail, version 2 gives it a mark out of 100. are those the same kind of model", [CLSREG], KIND),
    ("taxi driver. model one: fare in pounds for the trip. model two: will the passenger tip, yes/no. same kind of thing?", [CLSREG], KIND),
    ("gardener. one app predicts the lawn's height in cm by friday, the other says which of 4 weeds is growing. what's the difference between those two", [CLSREG], KIND),
    ("nurse. system A estimates a patient's stay in days, system B flags high risk or low risk. are they the same type of prediction?", [CLSREG], KIND),
    ("barista. the old version predicted whether the queue would be long, the new one predicts the wait time in minutes. two different kinds of prediction?", [CLSREG], KIND),
    # labels against no labels
    ("football scout. option 1: feed it old players each tagged 'made it' or 'released' and let it learn. option 2: no tags at all, just let it sort the squad into groups of similar players. how are those two different", [LBL, UNL], SUPUNS),
    ("librarian. approach A: give it books already marked with their genre. approach B: give it the books with nothing marked and let it find groups. what's the difference between those", [LBL, UNL], SUPUNS),
    ("shop owner. plan 1 uses customer records where each one is labelled loyal or not; plan 2 just throws the records in without labels and lets it spot groups. are those the same kind of learning?", [LBL, UNL], SUPUNS),
    ("hr officer. the first approach trains on cvs each marked hired or rejected, the second gets cvs with no marks and groups them by similarity. which is which kind of learning", [LBL, UNL], SUPUNS),
    # rewards against a table of answers
    ("dog trainer. option A: show it thousands of examples with the right move written next to each. option B: let it try moves and give it points when it does well. are those the same kind of learning?", [RLENV], [["reward"], ["dataset|label|correct"]]),
    ("game dev. bot 1 learns from recordings of pros with the correct button for each frame, bot 2 just plays and gets a score as reward. how do those two differ", [RLENV], [["reward"], ["dataset|label|correct"]]),
]

# Guards: real list questions and ordinary comparisons, which must stay as they are.
LISTS = [
    ("what kinds of prediction can a supervised model make?", [CLSREG], KIND),
    ("what are the three ways a machine can learn?", [THREE], [["supervised"], ["unsupervised"], ["reinforcement"]]),
]
VERSUS = [
    ("classification vs regression, what's the difference", [CLSREG], KIND),
    ("supervised vs unsupervised learning, how are those two different", [LBL, UNL], SUPUNS),
    ("vae vs gan, which makes sharper images", [VAEG], [["sharper|blurr"]]),
    ("are supervised and reinforcement learning the same kind of learning?", [RLENV], [["reward|environment"]]),
]


def cases():
    """The probekit cases: the described comparisons and the comparison guards, then the lists."""
    comps = [probekit.case("comparison", q, sections=s, facts=f) for q, s, f in CASES + VERSUS]
    lists = [probekit.case("list", q, sections=s, facts=f) for q, s, f in LISTS]
    return comps, lists


if __name__ == "__main__":
    comps, lists = cases()
    probekit.check_facts(comps + lists)
    here = Path(__file__).parent
    rng = random.Random(35)
    head = "# opt35-s35 ({}): written before running the tutor, split at random (seed 35).\n\n"
    parts = {"comparison": probekit.halves(comps, rng), "list": probekit.halves(lists, rng, alternate=True)}
    for i, name in enumerate(("work", "measure")):
        for kind, halves in parts.items():
            probekit.write_cases(here / name / f"{kind}.toml", head.format(name), halves[i])
