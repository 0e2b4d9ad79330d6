"""Comparison probes (stop 38, zopc38): comparisons whose right sections are easy to find but whose
answer must carry each side's key fact: two metrics or two model families defined in one section
(each side's definition), the parts of each of two models told in their own lessons, "which is better
and what's the catch with each", two different faults told by their symptoms (same fault or not?),
what part ML does and what part generative AI does in one industry, and the skills for each side.
Written from the course text before any answer was read; split at random with seed 38."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
OVER = "training-and-overfitting/overfitting-and-underfitting"
CLSREG = "supervised-learning/classification-versus-regression"
VAEG = "vaes/vaes-compared-with-gans"
GANG = "gans/the-generator-and-the-discriminator"
VAEE = "vaes/encoder-latent-space-and-decoder"
HAL = "hallucination/what-hallucination-means"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
SUPPORT = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
EDU = "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
SKILLML = "skills-and-learning-paths/skills-for-working-in-machine-learning"
SKILLGEN = "skills-and-learning-paths/skills-for-working-in-generative-ai"

CASES = [
    # two things defined in one section: each side's own definition
    ("our fraud dashboard shows precision and recall side by side. arent they basically the same number? how do they differ", [PR], [["TP / \\(TP \\+ FP\\)|alarm"], ["TP / \\(TP \\+ FN\\)|real cases"]]),
    ("precision or recall, which one tells me how many of the real cases we caught?", [PR], [["recall"], ["real cases|TP / \\(TP \\+ FN\\)"]]),
    ("my manager keeps mixing up recall and precision. give me each one in plain words", [PR], [["alarm"], ["real cases"]]),
    ("overfitting vs underfitting, whats each one actually", [OVER], [["overfitting"], ["underfitting"]]),
    ("regression and classification, i keep confusing them, what does each predict", [CLSREG], [["number"], ["category"]]),
    # the parts of each of two models
    ("gans and vaes are each built from a pair of networks right? name the pair in each", [GANG, VAEE], [["generator"], ["discriminator"], ["encoder"], ["decoder"]]),
    ("what are the two halves of a gan and what are the two halves of a vae", [GANG, VAEE], [["generator"], ["discriminator"], ["encoder"], ["decoder"]]),
    ("a vae has an encoder and decoder, does a gan have the same two parts or different ones", [GANG, VAEE], [["generator"], ["discriminator"]]),
    ("inside a gan vs inside a vae, what networks are there", [GANG, VAEE], [["generator"], ["encoder"]]),
    # which is better, what's the catch with each
    ("gan or vae for my hobby project, which wins and what's the downside of each one", [VAEG], [["blurr"], ["less stable|lose variety"]]),
    ("pros and cons of vaes versus gans please", [VAEG], [["blurr"], ["sharper"]]),
    ("is a gan just better than a vae? whats the tradeoff", [VAEG], [["blurr"], ["less stable|lose variety"]]),
    ("vae vs gan: what's bad about each", [VAEG], [["blurr"], ["less stable|lose variety"]]),
    # two faults told by their symptoms
    ("our chatbot made up a refund policy that doesnt exist, and our picture generator keeps drawing the exact same shoe. is that one problem or two", [HAL, MODE], [["hallucinat"], ["mode collapse"]]),
    ("the text ai confidently quotes a law that isnt real, and the gan only ever makes one face. same kind of error?", [HAL, MODE], [["hallucinat"], ["mode collapse"]]),
    ("difference between hallucination and mode collapse?", [HAL, MODE], [["false|made up"], ["variety"]]),
    ("the loan model keeps rejecting one postcode and the chatbot invents fake references. are those the same failure", [BIAS, HAL], [["bias"], ["hallucinat"]]),
    ("my image gan gives the same cat every time while my text model makes up book titles, are these related problems", [HAL, MODE], [["hallucinat"], ["mode collapse"]]),
    # what part ML does and what part gen AI does in one industry
    ("in retail, which bit is the machine learning and which bit is the generative ai", [RETAIL], [["predict"], ["descriptions"]]),
    ("at a bank, what does ml handle and what does gen ai handle", [FIN], [["fraud"], ["documents"]]),
    ("for customer service teams, split it for me: what's ml's job and what's gen ai's job", [SUPPORT], [["sentiment analysis|route"], ["chatbots|conversation"]]),
    ("in a call centre whats the predictive ai doing versus the generative ai", [SUPPORT], [["sentiment analysis|route"], ["chatbots|conversation"]]),
    ("schools: what part is machine learning and what part is generative ai", [EDU], [["learning path"], ["practice questions|educational material"]]),
    ("in hospitals where does ml come in and where does gen ai come in", [HEALTH], [["detect disease"], ["treatment plan"]]),
    ("support desks use both ml and gen ai. who does what", [SUPPORT], [["sentiment analysis|route"], ["chatbots|conversation"]]),
    # skills for each side
    ("do i need different skills for ml jobs than for generative ai jobs", [SKILLML, SKILLGEN], [["python"], ["creativ"]]),
    ("my nephew wants ml and my niece wants gen ai as careers. what should each of them learn", [SKILLML, SKILLGEN], [["python"], ["creativ"]]),
    ("skills: machine learning engineer vs generative ai person, how do they compare", [SKILLML, SKILLGEN], [["python|preprocess"], ["creativ"]]),
    ("what does someone on the generative side need to know that someone on the ml side doesnt", [SKILLML, SKILLGEN], [["statistic"], ["creativ"]]),
]


def cases(rows):
    """The probekit cases of ``rows`` (question, sections, facts): comparisons, a side per section."""
    return [probekit.case("comparison", q, sections=sections, facts=facts) for q, sections, facts in rows]


if __name__ == "__main__":
    probekit.check_facts(cases(CASES))
    here = Path(__file__).parent
    work, measure = probekit.halves(cases(CASES), random.Random(38))
    head = "# Comparison probes (stop 38, zopc38), split at random (seed 38).\n\n"
    for name, part in (("work", work), ("measure", measure)):
        probekit.write_cases(here / name / "comparison.toml", head, part)
