"""wxlimits-s32 probes: written before running the tutor, split at random (seed 32) into work/ and measure/.

Classes (from set X's failures): an untaught idea named the way a careful professional names it
(a gloss "X, i.e. ...", "a so-called X", "what is called X", "how is X checked"); a drafting order
(draft/prepare/put together + a kind of document + for someone); and negatives: course questions that
mention documents or gloss a course term, which must stay answered.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

H = "hallucination/what-hallucination-means"
SPOT = "hallucination/how-to-spot-and-reduce-hallucination"
NEAR = [
    ("In e-discovery, vendors pitch predictive coding, i.e. software that ranks documents by likely relevance. Is it reliable enough to replace manual review?", "predictive coding"),
    ("Our regulator keeps asking for a so-called model card for each credit model we deploy. What goes into one?", "model card"),
    ("Does the GDPR give people a right to explanation, that is, a right to know why an automated decision went against them?", "right to explanation"),
    ("We are merging two client databases with no shared ID. How is record linkage done reliably when names are spelt differently?", "record linkage"),
    ("A colleague mentioned what is called prompt injection, where a pasted document hijacks the chatbot. How do we defend against it?", "prompt injection"),
    ("Before buying a hiring tool, should we run an algorithmic impact assessment, i.e. a formal review of who could be harmed?", "impact assessment"),
    ("can stylometry (what forensic linguists use to match an anonymous text to its author) tell whether an op-ed was written by a chatbot?", "stylometry"),
    ("How is uplift modelling used to decide which customers to target with an offer, as opposed to just predicting who buys?", "uplift modelling"),
    ("For a model-risk audit, how are saliency maps produced, and do they really show what the image classifier looked at?", "saliency map"),
    ("how is backtesting of a credit risk model carried out before the regulator signs off on it?", "backtesting"),
    ("our insurer uses what's known as conformal prediction to put ranges around its claim estimates. how does it guarantee coverage?", "conformal prediction"),
    ("The marketing team wants lookalike modelling, namely finding new prospects who resemble our best clients. Which algorithm does that?", "lookalike modelling"),
    ("I keep reading about entity resolution in investigative journalism - matching one company across leaked datasets. How does it work?", "entity resolution"),
    ("In the compliance literature there's something called model risk management. What does a validation team actually check?", "model risk management"),
    ("how is the reliability diagram of a risk score read, and what does a curve under the diagonal mean?", "reliability diagram"),
    ("Our newsroom wants a so-called provenance check on every photo we receive. How do those checks decide an image is authentic?", None),
]
JOB = [
    "Please prepare a briefing note for our board on generative AI risks, two pages, bullet points, for Thursday's meeting.",
    "Draft terms of service for our chatbot app that limit our liability if it hallucinates.",
    "Could you put together a data protection impact assessment for our new CV-screening tool, for the DPO to sign off?",
    "prepare a witness statement for my client describing how the chatbot defamed him",
    "Draft our newsroom's policy on using AI-generated images, ready to circulate to the editors.",
    "Can you draft the clause in our supplier contract that makes the vendor liable for biased model outputs?",
    "Put together a consultation response to the government's AI white paper on behalf of our association.",
    "I need a memorandum of advice for the client on whether training on scraped news articles infringes copyright.",
    "Draft a submission to the parliamentary committee on deepfakes in elections for our NGO, about 1500 words.",
    "write the privacy notice for our AI recruitment tool so candidates know how their data is used",
    "Draft a skeleton argument for the hearing on whether the AI-generated evidence is admissible.",
    "Please compose a press statement for our firm responding to the deepfake of our CEO.",
    "prepare an engagement letter for a client who wants advice on the EU AI Act",
    "Can you produce a compliance checklist for our bank's credit-scoring model, formatted for the auditors?",
]
NEG = [
    ("Can a chatbot draft a legal memo reliably, or will it make up case citations?", [H, SPOT], [["made up|invent|false|does not exist|check"]]),
    ("Is a language model's output a legal opinion I can rely on without checking it?", [H, SPOT], [["check|false|made up"]]),
    ("our paralegals use chatgpt to draft memos. why does it sometimes invent references that don't exist?", [H, SPOT, "hallucination/why-next-token-prediction-produces-fluent-falsehoods"], [["hallucinat"]]),
    ("What is overfitting, i.e. why a model does well on its training data but badly on new data?", ["training-and-overfitting/overfitting-and-underfitting"], [["overfit"], ["new|unseen"]]),
    ("What is the so-called confusion matrix that precision and recall are computed from?", ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], [["table"], ["true positive|false positive"]]),
    ("how is the accuracy of a classifier checked?", ["evaluating-models/accuracy-the-share-of-predictions-that-are-right"], [["fraction|share|percent"]]),
    ("what is called hallucination in chatbots, in a sentence?", [H], [["false|made up|not supported"]]),
    ("What is the EU AI Act, i.e. the European law on AI, and how does it treat risky uses?", ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["risk"]]),
]


def main() -> None:
    here = Path(__file__).parent
    cases = {
        "near_miss": [probekit.case("near_miss", q, **({"term": t} if t else {})) for q, t in NEAR],
        "out_of_job": [probekit.case("out_of_job", q) for q in JOB],
        "paraphrase": [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in NEG],
    }
    probekit.check_facts(cases["paraphrase"])
    rng = random.Random(32)
    for kind, items in cases.items():
        work, measure = probekit.halves(items, rng)
        for half, part in (("work", work), ("measure", measure)):
            head = f"# wxlimits-s32 ({half}): written before running the tutor, split at random (seed 32).\n\n"
            probekit.write_cases(here / half / f"{kind}.toml", head, part)


if __name__ == "__main__":
    main()
