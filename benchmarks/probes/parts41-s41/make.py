"""parts41-s41 probes: two asks in one message, the second answered by another section or another
part of the same section. Written from the course text before running the tutor; split at random
(seed 4141) into work/ and measure/ before any answer was read."""

import random
from pathlib import Path

HERE = Path(__file__).parent

# (question, sections, facts)
CASES = [
    ("what is mode collapse in a gan, and how do people get rid of it?",
     ["gans/mode-collapse-when-a-gan-loses-variety"],
     [["few kinds|only a few"], ["whole batches|wasserstein"]]),
    ("whats a token in a chatbot and why cant it count the letters in a word?",
     ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"],
     [["unit of text|pieces?"], ["count the letters|strawberry"]]),
    ("what is a vae and what do people actually use them for?",
     ["vaes/encoder-latent-space-and-decoder", "vaes/what-vaes-are-used-for"],
     [["encoder"], ["images, text and music|anomaly detection"]]),
    ("what does overfitting mean and how can i tell my model is doing it?",
     ["training-and-overfitting/overfitting-and-underfitting"],
     [["too closely|noise"], ["gap|test set"]]),
    ("what does the temperature setting do, and will turning it down stop the bot inventing things?",
     ["language-models/sampling-temperature-top-k-and-top-p",
      "hallucination/why-generated-content-varies-in-quality",
      "hallucination/how-to-spot-and-reduce-hallucination"],
     [["sharpens|flattens|adventurous"], ["not necessarily more correct|none of these fixes|lowering the sampling temperature"]]),
    ("what is dbscan and when would i use it instead of k-means?",
     ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"],
     [["density"], ["any shape|round blobs|half-moons"]]),
    ("what exactly is a deepfake, and are there any laws about this stuff yet?",
     ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster",
      "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act",
      "future-trends/deepfakes-and-regulation-in-the-years-ahead"],
     [["real person|never said"], ["AI Act|executive order|regulat"]]),
    ("what is reinforcement learning and where does it get used for real?",
     ["reinforcement-learning/agents-environments-actions-and-rewards",
      "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"],
     [["agent"], ["robot|game|self-driving"]]),
    ("what is a confusion matrix, and why does a fraud model need precision and recall both?",
     ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix",
      "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"],
     [["table"], ["opposite directions|balance"]]),
    ("how does a gan work and why is it such a pain to train?",
     ["gans/the-generator-and-the-discriminator", "gans/how-adversarial-training-works",
      "gans/why-gan-training-is-unstable-and-costly"],
     [["discriminator"], ["unstable|in balance|too strong"]]),
    ("what is hallucination and how would i catch it in an answer?",
     ["hallucination/what-hallucination-means", "hallucination/how-to-spot-and-reduce-hallucination"],
     [["fluent|made up|false"], ["checking sources|claims to check|asking the same question twice"]]),
    ("what is bias in an ai model and how does it creep in?",
     ["ethics-and-regulation/bias-inherited-from-training-data"],
     [["unfair"], ["who is missing|labels that encode|stand-ins"]]),
    ("what is gradient descent and what goes wrong if the learning rate is too high?",
     ["training-and-overfitting/gradient-descent-in-plain-words"],
     [["slope|downhill"], ["overshoot"]]),
    ("why do you split data into training and test sets, and what does that have to do with overfitting?",
     ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set",
      "training-and-overfitting/overfitting-and-underfitting"],
     [["hidden|held back|holding data back|fresh exam"], ["overfit"]]),
    ("why do gans end up making the same thing over and over, and do vaes have that problem too?",
     ["gans/mode-collapse-when-a-gan-loses-variety", "vaes/vaes-compared-with-gans"],
     [["mode collapse|few kinds"], ["does not suffer from mode collapse|stable"]]),
    ("what does grounding mean, and does this tutor actually do it?",
     ["hallucination/grounding-answering-from-sources-instead-of-memory"],
     [["trusted sources|retriev"], ["extractive|quotes whole sentences|citations"]]),
    ("what is dimensionality reduction and where does pca fit in?",
     ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"],
     [["fewer numbers"], ["principal component|varies most"]]),
    ("how does k-means actually group things and where does it fall over?",
     ["unsupervised-learning/how-k-means-finds-clusters",
      "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"],
     [["nearest centre|centre"], ["round blobs|half-moons|chosen badly|poor starting"]]),
    ("what is exploration vs exploitation about and how does an agent strike a balance?",
     ["reinforcement-learning/exploration-versus-exploitation"],
     [["try something new|trying other actions"], ["epsilon"]]),
    ("what makes a language model large, and why do the small ones get facts wrong more?",
     ["language-models/what-makes-a-language-model-large",
      "language-models/small-language-models-versus-large-ones"],
     [["billions|parameters"], ["forgets facts|invents details"]]),
    ("how does a bank use ml to catch fraud, and how do they know if the model is any good?",
     ["ml-applications/fraud-detection-with-machine-learning",
      "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall",
      "industry-use-cases/finance-catching-fraud-and-handling-documents"],
     [["normal|flag"], ["precision|recall"]]),
    ("what is data augmentation and why would a hospital bother with synthetic pictures?",
     ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"],
     [["synthetic examples"], ["scarce|rare skin|50"]]),
    ("what is a loss function, and how does gradient descent make it smaller?",
     ["training-and-overfitting/what-a-loss-function-measures",
      "training-and-overfitting/gradient-descent-in-plain-words"],
     [["single number|mistakes"], ["slope|downhill|nudge"]]),
    ("what is supervised learning and why is getting labelled data such a hassle?",
     ["supervised-learning/learning-from-labelled-examples",
      "supervised-learning/why-supervised-learning-needs-large-labelled-datasets",
      "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["labelled"], ["expensive|costly|people must|time"]]),
    ("what is the ai skills gap and what can a company do about it?",
     ["adoption-challenges/the-ai-skills-gap"],
     [["shortage"], ["training existing staff|partnering|simpler"]]),
    ("is mode collapse the same kind of fault as overfitting, and how would i spot each one?",
     ["gans/mode-collapse-when-a-gan-loses-variety", "training-and-overfitting/overfitting-and-underfitting"],
     [["few kinds|variety"], ["gap|test set"]]),
]

FOLLOWUPS = [
    (["tell me about gans"],
     "why do they sometimes only churn out one kind of picture and how do people stop that?",
     ["gans/mode-collapse-when-a-gan-loses-variety"],
     [["mode collapse|few kinds"], ["whole batches|wasserstein"]]),
    (["what is a language model"],
     "what are tokens and why does that make it bad at spelling games?",
     ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"],
     [["unit of text|pieces?"], ["count the letters|strawberry"]]),
]


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def case(kind, body):
    return f"[[case]]\nkind = \"{kind}\"\n{body}\n"


def render(q, sections, facts, turns=None):
    lines = []
    if turns is None:
        lines.append(f'question = "{esc(q)}"')
    else:
        lines.append("turns = [{}]".format(", ".join(f'"{esc(t)}"' for t in [*turns, q])))
    lines.append("in_scope = true")
    lines.append("sections = [{}]".format(", ".join(f'"{s}"' for s in sections)))
    lines.append("facts = [{}]".format(", ".join("[{}]".format(", ".join(f'"{esc(a)}"' for a in f)) for f in facts)))
    lines.append('class = "two_asks"')
    return "\n".join(lines)


def main():
    rng = random.Random(4141)
    items = [("paraphrase", render(q, s, f)) for q, s, f in CASES]
    items += [("followup", render(q, s, f, turns=t)) for t, q, s, f in FOLLOWUPS]
    rng.shuffle(items)
    half = len(items) // 2
    head = "# parts41-s41 probes: written from the course text before running the tutor, split at random (seed 4141).\n\n"
    for name, part in (("work", items[:half]), ("measure", items[half:])):
        d = HERE / name
        d.mkdir(exist_ok=True)
        for kind in ("paraphrase", "followup"):
            cases = [b for k, b in part if k == kind]
            if cases:
                (d / f"{kind}.toml").write_text(head + "\n".join(case(kind, b) for b in cases))


if __name__ == "__main__":
    main()
