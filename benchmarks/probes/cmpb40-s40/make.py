"""Comparison probes (stop 40, cmpb40): finding each side's section. ``marking``: how one would
judge a tool that predicts (told by its job) against one that makes things: the known-answer
measures (accuracy, precision, recall) against realism, coherence and diversity. ``jobkinds``: two
jobs told by what they do, asked whether they are the same kind: number against category, or
predicting against creating (each side's own fact). ``everyday``: sides named in everyday words
for course terms (staff pushback / not enough skilled people / the bill; the number minimised in
training / the score reported; making things up / unfair to groups). ``decision``: "for my case,
X or Y?". Written from the course text before any answer was read; split at random with seed 40."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
JUDGE = "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"
CLSREG = "supervised-learning/classification-versus-regression"
PVC = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
SPEECH = "ml-applications/image-and-speech-recognition"
AUDIO = "generative-ai-applications/code-audio-and-new-drug-molecules"
GAP = "adoption-challenges/the-ai-skills-gap"
RESIST = "adoption-challenges/resistance-to-change-from-employees"
COST = "adoption-challenges/the-cost-of-implementing-ai"
LOSS = "training-and-overfitting/what-a-loss-function-measures"
HALL = "hallucination/what-hallucination-means"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
VAEG = "vaes/vaes-compared-with-gans"
SMALL = "language-models/small-language-models-versus-large-ones"
KNOWN = [["right or wrong|true answers|correct label|precision|recall|accuracy"], ["realism|coherence|diversity"]]

MARKING = [
    ("how do you test a model that flags faulty parts on a production line, compared to testing an ai that writes product descriptions?", [ACC, JUDGE], KNOWN),
    ("vet practice manager. one system spots lameness in videos of cows, another writes our newsletters. how would you tell if each one is any good", [ACC, JUDGE], KNOWN),
    ("grading a model that sorts customer emails by urgency vs grading a bot that drafts the replies. same yardstick?", [ACC, JUDGE], KNOWN),
    ("for an exam board: checking a model that predicts pass or fail versus checking an ai that writes practice questions. what do you measure for each", [ACC, JUDGE], KNOWN),
    ("how is a leak-detecting model on our pipes evaluated differently from an ai that generates site photos for brochures", [ACC, JUDGE], KNOWN),
    ("in a bakery we might use one model to spot burnt loaves from a camera and another to invent new recipe names. how do you score each one?", [ACC, JUDGE], KNOWN),
    ("judging the model that picks out dodgy insurance claims compared with judging the assistant that writes the claim letters, what's different", [ACC, JUDGE], KNOWN),
    ("a classifier for spotting weeds in photos vs an image generator that makes fake field photos - how do you know if either one works well", [ACC, JUDGE], KNOWN),
]

JOBKINDS = [
    ("one model guesses how many litres of milk a cow will give, another guesses whether the cow is ill or healthy. same kind of prediction?", [CLSREG], [["regression"], ["classification"]]),
    ("at the garage, predicting the repair bill in pounds versus predicting whether the car passes its mot: are those different problems?", [CLSREG], [["regression|number"], ["classification|category"]]),
    ("estimating a runner's finishing time vs telling if a runner will finish or drop out, how do those two differ", [CLSREG], [["regression|number"], ["classification|category"]]),
    ("weather station: forecasting tomorrow's rainfall in mm and forecasting whether it will rain at all. is that the same task type", [CLSREG], [["regression|number"], ["classification|category"]]),
    ("voice assistant that understands my spoken order vs the voice that answers me back in a friendly accent: which one is predicting and which one is creating", [SPEECH, AUDIO], [["text|recogni"], ["chosen voice|audio generation"]]),
    ("care home manager. one program predicts which residents might fall, another writes birthday poems for them. is it the same ai? what actually separates predicting from making", [PVC], [["predict"], ["create|new data|did not exist"]]),
    ("a tool that reads the meter photos and types the number vs a tool that generates pretend meter photos for training, how are those different kinds of ai", [PVC], [["predict|judgement|label"], ["create|new data|did not exist"]]),
    ("library volunteer. the catalogue ai sorts books into genres, the other one writes blurbs. what's the underlying difference", [PVC], [["predict|label"], ["create|new data|did not exist"]]),
]

EVERYDAY = [
    ("our staff dragging their feet about the new ai vs us not being able to find anyone who knows ai. how are those two problems different", [RESIST, GAP], [["reluctance|fear"], ["hire|retain|shortage"]]),
    ("hr officer: people refusing to use the tool versus the tool costing a fortune to run, what's behind each of those", [RESIST, COST], [["reluctance|fear|complexity"], ["infrastructure|maintenance"]]),
    ("not enough experts vs the bills for servers and upkeep - compare these two ai adoption headaches", [GAP, COST], [["hire|retain|shortage"], ["infrastructure|maintenance"]]),
    ("the number the model tries to get down during training vs the number you show your manager afterwards, whats the difference", [LOSS, ACC], [["loss|compass"], ["accuracy|report"]]),
    ("teacher: an ai making up a fake quote vs an ai being unfair to certain groups of pupils. how are those problems different", [HALL, BIAS], [["false|made up|fluent|confident"], ["unfair|groups|patterns"]]),
    ("chatbot confidently inventing a law that doesn't exist compared to a hiring model that keeps rejecting women: what's the difference between these two failures", [HALL, BIAS], [["false|made up|fluent|confident"], ["unfair|groups|patterns"]]),
    ("our team keeps resisting the change vs we just don't have the right skills in house. which is which, and what causes each", [RESIST, GAP], [["reluctance|fear|complexity"], ["hire|retain|shortage|expertise"]]),
    ("training score vs reported score: the thing the algorithm shrinks and the figure in the final report, how do they relate", [LOSS, ACC], [["loss|compass"], ["accuracy|report"]]),
]

DECISION = [
    ("for making fake but realistic photos of skin rashes for a training set, vae or gan in my case? which will look sharper", [VAEG], [["sharper|realistic"], ["blurr|stable"]]),
    ("we need a chatbot that runs on tablets in the field with no signal. small language model or big one for us, and what do we lose", [SMALL], [["ordinary computer|laptop|without a network"], ["forgets facts|invents details"]]),
    ("for my online shop: should the ai that flags fraudulent orders care more about precision or recall?", [PR], [["alarm"], ["real cases"]]),
    ("hospital triage tool, what matters more for us, precision or recall? explain both please", [PR], [["alarm"], ["real cases"]]),
    ("my situation: i want to make character portraits for a board game with not much compute. gan or vae, which one is easier to get working", [VAEG], [["stable"], ["sharper|mode collapse"]]),
    ("small library with a slow pc: tiny language model or one of the huge ones, which suits us and what's the trade-off", [SMALL], [["ordinary computer|laptop|memory"], ["forgets facts|invents details|data-centre"]]),
]


def cases(rows):
    """The probekit cases of ``rows`` (question, sections, facts): comparisons, a side per section."""
    return [probekit.case("comparison", q, sections=sections, facts=facts) for q, sections, facts in rows]


if __name__ == "__main__":
    classes = (("marking", MARKING), ("jobkinds", JOBKINDS), ("everyday", EVERYDAY), ("decision", DECISION))
    probekit.check_facts([c for _, rows in classes for c in cases(rows)])
    here = Path(__file__).parent
    split = probekit.split_by_class(tuple((n, cases(rows)) for n, rows in classes), random.Random(40))
    head = "# Comparison probes (stop 40, cmpb40), split at random by class (seed 40).\n\n"
    for name in ("work", "measure"):
        probekit.write_cases(here / name / "comparison.toml", head, split[name])
