"""Comparison probes (stop 39, cmpb39): comparisons whose right section is easy to find but whose
answer must carry each side's own fact, in two classes. ``sidefact``: the course compares the two
sides in one or two sections (VAE vs GAN, greedy vs random sampling, small vs large language
models, supervised vs reinforcement vs unsupervised learning, precision vs recall), asked in varied
wording, often about one aspect ("how does each make a new picture", "which is crisper").
``instances``: two jobs told by what they do (a tool that spots X vs a tool that makes X), asked
which kind of AI each is or how they differ: predictive against generative, each side's fact.
Written from the course text before any answer was read; split at random with seed 39."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

VAEG = "vaes/vaes-compared-with-gans"
SAMP = "language-models/sampling-temperature-top-k-and-top-p"
SMALL = "language-models/small-language-models-versus-large-ones"
THREE = "what-is-ml/three-ways-a-machine-can-learn"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
CLSREG = "supervised-learning/classification-versus-regression"
PVC = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
JUDGE = "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"

SIDEFACT = [
    ("vae vs gan, which one is blurrier and which is sharper", [VAEG], [["blurr"], ["sharper"]]),
    ("thinking of a gan or a vae to make fake product photos. which trains more smoothly and which looks more real", [VAEG], [["stable"], ["sharper|realistic"]]),
    ("my friend says vaes are just worse gans. is that fair? whats each good at", [VAEG], [["latent space"], ["crisp|sharper"]]),
    ("gan vs vae for a beginner: which is the headache to train and which gives soft fuzzy pictures", [VAEG], [["less stable"], ["blurr"]]),
    ("greedy decoding versus random sampling, how do the two differ", [SAMP], [["most likely"], ["variety|in proportion"]]),
    ("if the bot always picks the likeliest next word vs picks randomly by probability, whats the effect of each", [SAMP], [["dull|repetitive"], ["variety|different answers"]]),
    ("why does my chatbot give the same boring reply with one setting and a different answer each time with another", [SAMP], [["greedy|most likely"], ["variety|different answers"]]),
    ("small language model or a big one for a school laptop with no wifi, what do i give up with the small one", [SMALL], [["ordinary computer|laptop"], ["forgets facts|invents details"]]),
    ("chatgpt-sized model vs a tiny one on my pc: what's the real difference apart from speed", [SMALL], [["data-centre"], ["forgets facts|invents details"]]),
    ("are little language models just slower versions of the giant ones", [SMALL], [["data-centre|hundreds or thousands"], ["forgets facts|invents details"]]),
    ("learning from labelled answers versus learning from rewards and penalties: how are they different", [THREE], [["correct answer"], ["rewards or penalties"]]),
    ("supervised vs reinforcement learning in one go please", [THREE], [["correct answer"], ["rewards or penalties|tries actions"]]),
    ("one way learns from examples with answers, one from no answers at all, one from trial and reward. spell out each", [THREE], [["correct answer"], ["no answers|structure"], ["rewards"]]),
    ("labelled data vs unlabelled data, what does the machine do with each", [THREE], [["correct answer"], ["structure|grouping"]]),
    ("precision and recall keep getting muddled in our meetings, what does each measure", [PR], [["alarm"], ["real cases"]]),
    ("for a smoke alarm model which is precision and which is recall, in simple words", [PR], [["alarm"], ["real cases"]]),
]

INSTANCES = [
    ("a tool that predicts tomorrow's footfall in my shop vs one that writes my shop's instagram posts: same sort of ai?", [PVC], [["predict"], ["new data|did not exist|create"]]),
    ("app that tells you what bird is singing vs app that composes birdsong. what's the difference in kind", [PVC], [["predict|judgement"], ["create|did not exist"]]),
    ("the camera that reads number plates and the program that paints fake landscapes, how do those two kinds of ai differ", [PVC], [["predict|judgement|label"], ["create|did not exist"]]),
    ("spam filter vs essay writer: which one predicts and which one creates", [PVC], [["predict"], ["create|new data"]]),
    ("one system scores loan applicants, another drafts letters to them. are they different types of ai and how", [PVC], [["predict|score"], ["create|did not exist"]]),
    ("a model that says if a photo shows a dog versus a model that draws a dog: explain the gap", [PVC], [["label|predict|judgement"], ["create|did not exist"]]),
    ("school admin here. one program flags pupils at risk of dropping out, another writes report comments. is that the same kind of ai?", [PVC], [["predict"], ["create|new data|did not exist"]]),
    ("farmer. a sensor model guesses when a cow is sick, and a chatbot writes my sales emails. what separates them", [PVC], [["predict"], ["create|new data|did not exist"]]),
    ("sorting my emails into folders automatically vs having ai write the replies, what's the difference underneath", [PVC], [["predict|label"], ["create|new data|did not exist"]]),
    ("house price guesser vs the ai that writes the listing description, how do they differ", [PVC], [["predict"], ["create|new data|did not exist"]]),
    ("how would you check a model that spots cracked welds compared with checking an ai that draws logos", [PR, JUDGE], [["precision|recall"], ["realism|coherence|diversity"]]),
    ("marking a spam detector vs marking a story-writing ai: how is each one judged", [PR, JUDGE], [["precision|recall"], ["realism|coherence|diversity"]]),
    ("predicting a patient's cholesterol number vs predicting if a mole is cancerous or not: same kind of task?", [CLSREG], [["regression"], ["classification"]]),
    ("guessing how many pies we'll sell vs guessing whether an order is a pie or a pastie: what's the difference", [CLSREG], [["regression|number"], ["classification|category"]]),
    ("estimating a flat's rent vs deciding if a tenant is likely to pay late or not: two kinds of prediction?", [CLSREG], [["regression|number"], ["classification|category"]]),
    ("one model forecasts next week's electricity use, another tells whether a meter reading is a fault or normal. are those the same problem type", [CLSREG], [["regression|number"], ["classification|category"]]),
]


def cases(rows):
    """The probekit cases of ``rows`` (question, sections, facts): comparisons, a side per section."""
    return [probekit.case("comparison", q, sections=sections, facts=facts) for q, sections, facts in rows]


if __name__ == "__main__":
    probekit.check_facts(cases(SIDEFACT) + cases(INSTANCES))
    here = Path(__file__).parent
    split = probekit.split_by_class((("sidefact", cases(SIDEFACT)), ("instances", cases(INSTANCES))), random.Random(39))
    head = "# Comparison probes (stop 39, cmpb39), split at random by class (seed 39).\n\n"
    for name in ("work", "measure"):
        probekit.write_cases(here / name / "comparison.toml", head, split[name])
