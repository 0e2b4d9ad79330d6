"""Comparison probes (stop 34, cmp34): two sides the course compares in one section of its own,
named by their course terms or short names, but asked with the learner's purpose or job in front
("for generating textures in my indie game: vae or gan?", "radiographer. if we wanted synthetic
scans, VAE or GAN?"): the style of the failing read comparisons whose comparing section was lost
to the purpose. Also sides named in everyday words with a purpose, and controls whose setting the
course has a section for. Written from the course text before any answer was read; split at
random with seed 34."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

VAEG = "vaes/vaes-compared-with-gans"
CLSREG = "supervised-learning/classification-versus-regression"
DBS = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
SMALL = "language-models/small-language-models-versus-large-ones"
OVER = "training-and-overfitting/overfitting-and-underfitting"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"
EDU = "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"

CASES = [
    # a purpose or job, then two sides the course compares in one section
    ("for making album cover art with really sharp detail, vae or gan?", [VAEG], [["sharper|crisp"], ["blurr"]]),
    ("i'm a fashion student. to generate new fabric patterns, a vae or a gan, which trains more reliably", [VAEG], [["stable"]]),
    ("for producing realistic fake satellite photos, gan or vae - which one is blurrier", [VAEG], [["blurr"]]),
    ("architect here: we want new floor plan sketches. VAE vs GAN, pros and cons?", [VAEG], [["blurr"], ["sharper"]]),
    ("to create extra cartoon characters for my kids app: gan or vae, and why", [VAEG], [["blurr|stable"], ["sharper|crisp"]]),
    ("product photographer. if i wanted generated shots of shoes, variational autoencoder or generative adversarial network?", [VAEG], [["blurr"], ["sharper"]]),
    ("for predicting how many tickets sell for a concert, classification or regression?", [CLSREG], [["number"], ["category"]]),
    ("vet clinic: we want to tell if an x-ray shows a broken bone or not. is that regression or classification", [CLSREG], [["category"], ["number"]]),
    ("to estimate a used car's price from its mileage, regression or classification", [CLSREG], [["continuous|number"], ["category"]]),
    ("for grouping gps points of delivery stops shaped like long curvy roads, k-means or dbscan?", [DBS], [["round blobs"], ["any shape"]]),
    ("ecologist: tracking animal sightings that form ring shapes on the map. dbscan vs k means?", [DBS], [["ring"], ["round blobs"]]),
    ("for a robot vacuum learning new rooms: exploration or exploitation, which should it do more early on", [EXPL], [["exploration"], ["exploitation"]]),
    ("for a game bot that keeps using the same move, exploitation vs exploration - whats the difference", [EXPL], [["exploitation"], ["exploration"]]),
    ("for a note-taking app that must work offline on a phone, small language model or large one?", [SMALL], [["ordinary computer|laptop"], ["data-centre|accurately"]]),
    ("journalist: for fact-heavy research summaries, a big llm or a small language model?", [SMALL], [["accurately|knowledgeabl"], ["forgets facts|invents details"]]),
    ("teacher. my students model aced the practice set and flopped the exam - overfitting or underfitting?", [OVER], [["overfitting"], ["underfitting"]]),
    ("for a house price model that is just a straight line, is that underfitting or overfitting", [OVER], [["too simple|underfitting"], ["overfitting"]]),
    ("for a cancer screening tool, precision or recall - what does each one count", [PR], [["precision"], ["recall"]]),
    ("spam filter team here: recall vs precision, explain each", [PR], [["precision"], ["recall"]]),
    ("for writing a poem with a chatbot, low temperature or high temperature", [TEMP], [["predictable|likely"], ["adventurous|surprising"]]),
    ("for scoring millions of loan applications a day, a decision tree or a gan, which is cheaper to run once trained", [COMPUTE], [["arithmetic operations|cheap"], ["computationally demanding"]]),
    # everyday names with a purpose
    ("for making crisp game sprites, the squeeze-and-rebuild network or the forger and detective networks?", [VAEG], [["blurr"], ["sharper|crisp"]]),
    ("to sort customers into groups that snake around weird shapes, the pick-k-centres method or the density one", [DBS], [["any shape"], ["round blobs"]]),
    ("for an online quiz app, guessing a score out of 100 vs guessing pass or fail, what kind of task is each", [CLSREG], [["number"], ["category"]]),
    # controls: the setting is what the course's own section is about
    ("at a hospital, what does ml do versus what gen ai does", [HEALTH], [["scan|diagnos|disease"], ["treatment plan"]]),
    ("in retail, ml vs generative ai, what is each used for", [RETAIL], [["sales"], ["product descriptions|content"]]),
    ("for a bank, machine learning vs gen ai - what jobs do they do", [FIN], [["fraud"], ["document"]]),
    ("in schools, what does machine learning do compared with generative ai", [EDU], [["learning path|personalis"], ["tutor"]]),
]


def cases(rows):
    """The probekit cases of ``rows`` (question, sections, facts): comparisons, a side per section."""
    return [probekit.case("comparison", q, sections=sections, facts=facts) for q, sections, facts in rows]


if __name__ == "__main__":
    probekit.check_facts(cases(CASES))
    here = Path(__file__).parent
    work, measure = probekit.halves(cases(CASES), random.Random(34))
    head = "# Comparison probes (stop 34, cmp34), split at random (seed 34).\n\n"
    for name, part in (("work", work), ("measure", measure)):
        probekit.write_cases(here / name / "comparison.toml", head, part)
