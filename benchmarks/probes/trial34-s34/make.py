"""trial34-s34 probes (stop 34): the classes a learner met in the last chat trial, each in fresh
wordings and learner styles, written from the course text before any answer to them was read and
split at random (seed 34) into work/ and measure/.

Classes (``check.py`` scores the extra keys; eval_learner ignores them):
- fair: is it fair / ethical / right to let AI decide about people, in everyday words: answered
  from the course's fairness sections (bias, responsible frameworks, regulation of hiring);
  ``sections`` is scored on the first source.
- setting: "how is AI used in <industry>" for an industry the course never names: declined naming
  it, the closest section one of the industry lesson's (``nearest``); controls name industries
  the course does cover and stay answered from them.
- simple: a definition asked with a pitch ("explain like im five", "in baby terms"): the answer
  opens with the definition (``opens``: patterns, one must match the first sentence).
- cure: "what is X" then "how do I stop/avoid/fix it": the answer opens with the remedy (``opens``).
- seq: an untaught sequence model compared with a taught one, or asked after it: declined naming
  it, the closest section one of the language-models lesson's (``nearest``).
- detect: telling whether text was written by AI (untaught): declined naming it, closest one of
  ``nearest``; controls ask to spot a deepfake or a hallucination, which the course teaches.
- nearest: "how do <firms> do <untaught term>": declined, the closest section chosen by what the
  term is about (``nearest``), not by the frame words.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
MISUSE = "ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks"
REG = "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"
FAIR = [BIAS, MISUSE, REG]
IND = [
    "industry-use-cases/same-industries-different-jobs",
    "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans",
    "industry-use-cases/retail-predicting-sales-and-writing-product-content",
    "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors",
    "industry-use-cases/customer-support-sentiment-analysis-and-chatbots",
    "industry-use-cases/finance-catching-fraud-and-handling-documents",
]
LM = [
    "language-models/what-a-language-model-does",
    "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes",
    "language-models/next-token-prediction-step-by-step",
    "language-models/what-makes-a-language-model-large",
    "language-models/small-language-models-versus-large-ones",
    "ml-applications/natural-language-processing-with-machine-learning",
]
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
SPOT = "hallucination/how-to-spot-and-reduce-hallucination"
DETECT_NEAR = [
    DEEP, SPOT, MISUSE,
    "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing",
    "future-trends/deepfakes-and-regulation-in-the-years-ahead",
    "hallucination/what-hallucination-means",
    "language-models/what-a-language-model-does",
    "benefits-and-limitations/where-generative-ai-falls-short",
]
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
HYPER = "future-trends/hyper-personalisation-with-machine-learning"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
IMG = ["ml-applications/image-and-speech-recognition", "supervised-learning/image-classification-as-a-supervised-task"]
AUDIO = ["generative-ai-applications/code-audio-and-new-drug-molecules",
         "generative-ai-applications/music-composition-and-personalised-playlists",
         "ml-applications/image-and-speech-recognition"]
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"

FAIR_Q = [
    "is it ok for a computer to decide who gets a bank loan",
    "should an algorithm be allowed to choose which job applicants get an interview",
    "can we trust ai to judge people fairly?",
    "is it ethical to use ai to screen cvs",
    "would an ai hiring tool end up being racist",
    "is it right that some bot decides how much my insurance costs",
    "can an ai be unfair to women when it picks candidates",
    "is ai fair when it decides who gets into university",
    "r robots fair judges of people??",
    "isnt letting software rank job seekers kinda discriminatory",
    "how can ai be fair when it makes decisions about people",
    "my boss wants ai to sort promotion requests, is that fair to us",
]
SETTING_NEAR = [
    ("whats ai doing in agriculture these days", "agriculture"),
    ("how do construction companies use machine learning", "construction"),
    ("how do the police use ai", "police"),
    ("how is gen ai used by lawyers", "lawyers"),
    ("ml in manufacturing?", "manufacturing"),
    ("how are airlines using generative ai", "airlines"),
    ("how does ai help in real estate", "real estate"),
    ("how is machine learning used in sports", "sports"),
    ("what does the military do with ai", "military"),
    ("ai in logistics and shipping, how does it work", "shipping"),
    ("how do hotels use ai", "hotels"),
    ("how do farmers use ai on their crops", "farmers"),
    ("is ai used in journalism", "journalism"),
    ("how is ai being used in the fashion industry", "fashion"),
]
SETTING_CONTROL = [
    ("how is ai used in hospitals", HEALTH, [["scan|patient"]]),
    ("how do banks use machine learning", "industry-use-cases/finance-catching-fraud-and-handling-documents", [["fraud"]]),
    ("ai in online shops, how is it used", RETAIL, [["sales|recommend"]]),
    ("how do schools use gen ai", "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors", [["student|learner"]]),
    ("how do call centres use ai", "industry-use-cases/customer-support-sentiment-analysis-and-chatbots", [["sentiment|chatbot"]]),
    ("how is rl used in video games", "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems", [["game"]]),
    ("how is ai used in advertising", "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality", [["advertis"]]),
    ("how is ai used in medicine development, like new drugs", "generative-ai-applications/code-audio-and-new-drug-molecules", [["molecule"]]),
]
SIMPLE = [
    ("explain like im 5: whats a gan", "gans/the-generator-and-the-discriminator", [["generator"]], ["generative adversarial network|two neural networks"]),
    ("in really simple words what is overfitting", "training-and-overfitting/overfitting-and-underfitting", [["training data"]], ["overfitting happens"]),
    ("eli5 neural networks pls", "supervised-learning/common-supervised-learning-algorithms", [["layers"]], ["neural network"]),
    ("explain to a kid what a neural net is", "supervised-learning/common-supervised-learning-algorithms", [["layers"]], ["neural network"]),
    ("dumb it down for me: what is reinforcement learning", "reinforcement-learning/agents-environments-actions-and-rewards", [["reward"]], ["reinforcement learning"]),
    ("like im a total beginner, what's a token", "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes", [["piece"]], ["token"]),
    ("can you explain what a loss function is like i'm 10", "training-and-overfitting/what-a-loss-function-measures", [["single number"]], ["loss function is"]),
    ("simple version please, what is clustering", "unsupervised-learning/clustering-groups-similar-data-points", [["group"]], ["clustering"]),
    ("what is deep learning, explain like i'm five", "what-is-ml/machine-learning-inside-the-wider-field-of-ai", [["layers"]], ["deep learning"]),
    ("in plain english what's a vae", "vaes/encoder-latent-space-and-decoder", [["encoder"]], ["variational autoencoder|vae\\)? is"]),
    ("whats a neural network in baby terms", "supervised-learning/common-supervised-learning-algorithms", [["layers"]], ["neural network"]),
    ("eli5 gradient descent", "training-and-overfitting/gradient-descent-in-plain-words", [["loss"]], ["gradient descent"]),
    ("explain a large language model like i'm 5 years old", "language-models/what-makes-a-language-model-large", [["parameter|large"]], ["large language model|language model"]),
    ("super simply pls, what does a decision tree do", "supervised-learning/common-supervised-learning-algorithms", [["yes-or-no"]], ["decision tree"]),
]
CURE = [
    (["what is overfitting", "how can i prevent that"], "training-and-overfitting/overfitting-and-underfitting", [["regularisation"]], ["cure|more training data|regularisation|simpler model"]),
    (["explain overfitting to me", "ways to avoid it?"], "training-and-overfitting/overfitting-and-underfitting", [["regularisation"]], ["cure|more training data|regularisation|simpler model"]),
    (["whats overfitting in ml", "ok so how do you fix it"], "training-and-overfitting/overfitting-and-underfitting", [["regularisation"]], ["cure|more training data|regularisation|simpler model"]),
    (["whats hallucination in ai", "how do i stop it from happening"], SPOT, [["grounding"]], ["reduce|grounding|lowering|sources"]),
    (["what does it mean when a chatbot hallucinates", "can that be prevented?"], SPOT, [["grounding"]], ["reduce|grounding|lowering|sources"]),
    (["what is bias in ai", "how do you avoid it"], BIAS, [["checking who the data represents"]], ["reducing bias|checking who the data"]),
    (["what is ai bias", "how can companies stop their models being biased"], BIAS, [["checking who the data represents"]], ["reducing bias|checking who the data"]),
    (["what is mode collapse", "how do people fix it"], "gans/mode-collapse-when-a-gan-loses-variety", [["remed|batches|wasserstein"]], ["remed|batches|wasserstein"]),
    (["what are deepfakes", "how do i protect myself from them"], DEEP, [["check the source"]], ["check the source|defence"]),
    (["what's the ai skills gap", "how can a company close it"], "adoption-challenges/the-ai-skills-gap", [["training existing staff"]], ["training existing staff|common responses|partnering"]),
    (["why do employees resist ai", "how do you get past that"], "adoption-challenges/resistance-to-change-from-employees", [["involving staff"]], ["involving staff|reduce resistance"]),
    (["what is harmful generated content", "how do developers prevent it"], "ethics-and-regulation/biased-or-harmful-generated-content", [["filtering"]], ["reduce the risk|filtering"]),
]
SEQ = [
    (["what is a transformer model", "is an lstm better than it"], "lstm"),
    (["whats a language model", "do they use rnns"], "rnn"),
    (None, "how is a transformer different from a recurrent neural network"),
    (None, "gru vs lstm, which is better for text"),
    (["explain next token prediction", "how did rnns do it before transformers"], "rnn"),
    (None, "rnn vs transformer for chatbots"),
    (["what is a large language model", "how does that compare to seq2seq models"], "seq2seq"),
    (None, "whats the difference between an lstm and gpt"),
]
DETECT_NEAR_Q = [
    ("can teachers tell if an essay was written by chatgpt", "written by chatgpt"),
    ("how does gptzero work", "gptzero"),
    ("is there a way to detect ai generated text", "ai generated text"),
    ("how do ai content detectors work", "content detectors"),
    ("how do schools catch students using ai to write homework", "using ai to write"),
    ("what is ai text watermarking", "watermarking"),
    ("how accurate are ai writing detectors", "writing detectors"),
    ("can turnitin spot ai writing", "turnitin"),
]
DETECT_CONTROL = [
    ("how can i tell if a video of a politician is a deepfake", DEEP, [["check the source"]]),
    ("how do i spot when a chatbot is making stuff up", SPOT, [["claims to check|checking sources"]]),
]
NEAREST = [
    ("how does uber's surge pricing work", "surge pricing", [PRED, RETAIL, HYPER]),
    ("how do streaming services do churn prediction", "churn prediction", [PRED, REC, HYPER]),
    ("how do warehouses do inventory optimisation with ml", "inventory optimisation", [PRED, RETAIL]),
    ("how do hospitals do patient triage with ai", "triage", [HEALTH, PRED]),
    ("how do phones do face unlock", "face unlock", IMG),
    ("how do self checkout machines do object detection", "object detection", IMG),
    ("how does shazam do audio fingerprinting", "audio fingerprinting", AUDIO),
    ("how do supermarkets do markdown pricing with ai", "markdown pricing", [PRED, RETAIL, HYPER]),
    ("how do insurers do risk scoring with machine learning", "risk scoring", [PRED, BIAS, "industry-use-cases/finance-catching-fraud-and-handling-documents"]),
    ("how do banks do credit limit optimisation", "credit limit", [PRED, BIAS, "industry-use-cases/finance-catching-fraud-and-handling-documents", "ml-applications/fraud-detection-with-machine-learning"]),
    ("how do ride apps work out eta prediction", "eta prediction", [PRED]),
    ("how do retailers do basket analysis", "basket analysis", [RETAIL, REC, "unsupervised-learning/what-unsupervised-learning-is-used-for"]),
]


def build() -> list[tuple[str, list[dict]]]:
    """(class name, cases) per class, in the order they are split."""
    nm, pc = probekit.case, probekit.case
    return [
        ("fair", [pc("paraphrase", q, sections=FAIR, facts=[["unfair|fair"]], first=FAIR) for q in FAIR_Q]),
        ("setting", [nm("near_miss", q, term=t, nearest=IND) for q, t in SETTING_NEAR]),
        ("setting_control", [pc("paraphrase", q, sections=[s], facts=f, first=[s]) for q, s, f in SETTING_CONTROL]),
        ("simple", [pc("paraphrase", q, sections=[s], facts=f, opens=o) for q, s, f, o in SIMPLE]),
        ("cure", [pc("followup", None, turns=t, sections=[s], facts=f, opens=o) for t, s, f, o in CURE]),
        ("seq", [nm("near_miss", None, turns=t, term=term, nearest=LM) if t else nm("near_miss", term, term=_seq_term(term), nearest=LM) for t, term in SEQ]),
        ("detect", [nm("near_miss", q, term=t, nearest=DETECT_NEAR) for q, t in DETECT_NEAR_Q]),
        ("detect_control", [pc("paraphrase", q, sections=[s], facts=f) for q, s, f in DETECT_CONTROL]),
        ("nearest", [nm("near_miss", q, term=t, nearest=n) for q, t, n in NEAREST]),
    ]


def _seq_term(question: str) -> str:
    """The untaught sequence model a one-turn SEQ question names."""
    for term in ("recurrent neural network", "lstm", "gru", "rnn"):
        if term in question:
            return term
    raise ValueError(question)


if __name__ == "__main__":
    rng = random.Random(34)
    groups = build()
    probekit.check_facts([c for _, cs in groups for c in cs])
    for folder, cs in probekit.split_by_class(groups, rng).items():
        head = f"# trial34-s34 ({folder}): written before running the tutor, split at random per class (seed 34).\n\n"
        by_kind: dict[str, list[dict]] = {}
        for c in cs:
            by_kind.setdefault(c["kind"], []).append(c)
        for kind, kcs in by_kind.items():
            probekit.write_cases(HERE / folder / f"{kind}.toml", head, kcs)
