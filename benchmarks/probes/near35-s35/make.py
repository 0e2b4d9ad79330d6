"""near35-s35 probes: written before running the tutor, split at random (seed 3535) into work/ and measure/.

Honest limits in both directions, in learners' own wordings:
- near: ML/AI topics the course never teaches, from many corners of the field (MLOps, graph
  networks, distillation, federated learning, explainability, uncertainty, architectures, data
  work, evaluation, privacy, hardware, agents), asked as definitions, "how does X work", "is X
  worth it", in a trade's voice, hedged ("something like X"), misspelt or in a long message:
  declined naming the term (near_miss). Each carries ``nearest``: lessons (or "lesson/section")
  whose sections are a sensible closest section; ``check.py`` scores it, the judge ignores it.
- other: another subject, or an everyday ask that is not about AI at all, in frames that look
  like a term question ("how does X work", "how does X decide"), and orders: refused (out_of_job).
- course: taught topics in disguise (an everyday name, a product, an idiom, a misspelling) in the
  same frames: answered (paraphrase).
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
SEED = 3535

# (question, term, nearest lessons or sections)
NEAR = [
    ("what is mlops and do i need it for a tiny project", "mlops", ["adoption-challenges", "data-and-compute", "skills-and-learning-paths"]),
    ("how do graph neural networks learn from a social network", "graph neural network", ["what-is-ml", "supervised-learning", "unsupervised-learning"]),
    ("what's knowledge distillation, like making a small model copy a big one?", "knowledge distillation", ["language-models"]),
    ("federated learning - how can phones train a model without sending their data anywhere", "federated learning", ["data-and-compute", "ethics-and-regulation", "what-is-ml"]),
    ("my boss wants SHAP values for our churn model. what are they", "shap", ["supervised-learning", "evaluating-models", "benefits-and-limitations", "ethics-and-regulation"]),
    ("can someone explain conformal prediction in simple words", "conformal prediction", ["evaluating-models", "supervised-learning"]),
    ("how does a mixture of experts model decide which expert to use", "mixture of experts", ["language-models", "what-is-ml"]),
    ("whats quantisation and why does it make llms run on a laptop", "quantisation", ["language-models", "data-and-compute"]),
    ("is LoRA fine tuning hard to do", "lora", ["language-models", "future-trends", "data-and-compute"]),
    ("teacher here, how does active learning pick which examples to label next", "active learning", ["supervised-learning"]),
    ("what does a vector database do for a chatbot", "vector database", ["hallucination", "future-trends", "language-models"]),
    ("how does contrastive learning teach a model without labels", "contrastive learning", ["unsupervised-learning"]),
    ("explain diffusion models to me like im 12", "diffusion model", ["what-is-generative-ai", "gans", "vaes", "generative-ai-applications"]),
    ("how does a random forest vote", "random forest", ["supervised-learning"]),
    ("what is the kernel trick in svms", "kernel trick", ["supervised-learning"]),
    ("how do you do cross validation properly", "cross validation", ["training-and-overfitting", "evaluating-models"]),
    ("what is an roc curve and how do i read it", "roc curve", ["evaluating-models"]),
    ("how does differential privacy protect people in a dataset", "differential privacy", ["ethics-and-regulation", "data-and-compute"]),
    ("what does a tpu do that a gpu can't", "tpu", ["data-and-compute"]),
    ("nurse here - how does causal inference differ from just finding patterns", "causal inference", ["what-is-ml", "supervised-learning"]),
    ("how do neural architecture search tools design a network by themselves", "neural architecture search", ["what-is-ml", "training-and-overfitting", "supervised-learning"]),
    ("what is a siamese network used for in face matching", "siamese network", ["ml-applications", "supervised-learning"]),
    ("how does model pruning make a network smaller", "pruning", ["language-models", "data-and-compute", "training-and-overfitting"]),
    ("what is data drift and how do companies watch for it", "data drift", ["training-and-overfitting", "evaluating-models", "adoption-challenges"]),
    ("how do ai agents use tools like a calculator or a browser", "agents", ["future-trends", "language-models", "reinforcement-learning"]),
    ("what is chain of thought prompting", "chain of thought", ["language-models", "hallucination"]),
    ("how does rlhf turn a language model into a helpful assistant", "rlhf", ["language-models", "reinforcement-learning"]),
    ("whats a confusion between l1 and l2 regularisation, which one zeroes weights", "regularisation", ["training-and-overfitting"]),
    ("how does transfer learning reuse an imagenet model", "transfer learning", ["supervised-learning", "data-and-compute"]),
    ("what is a gaussian process", "gaussian process", ["supervised-learning", "what-is-ml"]),
    ("how do hidden markov models recognise speech", "hidden markov model", ["ml-applications", "language-models"]),
    ("farmer here. is something like yield mapping with drones actually ai and how does it work", "yield mapping", ["industry-use-cases", "ml-applications"]),
    ("how does an isolation forest find outliers", "isolation forest", ["ml-applications", "unsupervised-learning"]),
    ("what is the attention is all you need paper about", "attention", ["language-models"]),
    ("is synthetic minority oversampling (smote) a good fix for imbalanced data", "smote", ["generative-ai-applications", "evaluating-models", "training-and-overfitting"]),
    ("how does a recommender use matrix factorisation", "matrix factorisation", ["ml-applications"]),
    ("what is the lottery ticket hypothesis", "lottery ticket hypothesis", ["training-and-overfitting", "what-is-ml", "language-models"]),
    ("how does zero-shot classification work without examples", "zero-shot", ["supervised-learning", "language-models"]),
    ("what does a feature store do in a ml platform", "feature store", ["training-and-overfitting"]),
    ("how does gradient boosting fix the mistakes of earlier trees", "gradient boosting", ["supervised-learning"]),
    ("what's speculative decoding and why is it faster", "speculative decoding", ["language-models"]),
    ("how do you red team an llm", "red team", ["ethics-and-regulation", "hallucination"]),
    ("what is an embedding model and how is it trained", "embedding", ["language-models", "vaes"]),
    ("how does t-sne draw clusters on a 2d plot", "t-sne", ["unsupervised-learning"]),
    ("is bayesian deep learning worth learning for uncertainty", "bayesian deep learning", ["evaluating-models", "skills-and-learning-paths", "what-is-ml"]),
    ("how does Midjourney's diffusion thing turn noise into a picture", "diffusion", ["generative-ai-applications", "what-is-generative-ai", "gans", "vaes"]),
    ("what is model quantization aware training", "quantization aware training", ["language-models", "data-and-compute", "training-and-overfitting"]),
    ("accountant here. how does benford's law based anomaly detection flag dodgy invoices with ml", "benford", ["ml-applications", "industry-use-cases"]),
]

# Another subject or an everyday ask, in term-like frames, and orders: refused.
OTHER = [
    "how does a thermostat decide when to switch the heating on",
    "how do tides know when to come in",
    "how does the senate pass a bill",
    "how does a dishwasher know the plates are clean",
    "how do volcanoes decide when to erupt",
    "how does the electoral college work",
    "how does compound interest grow my savings",
    "how do vaccines train the immune system",
    "how does a microwave heat food",
    "how do bees decide where to build a hive",
    "write me a product blurb for my candle shop",
    "can you draft a crypto whitepaper for my token",
    "give me a 5 day workout plan",
    "translate 'where is the station' into german",
    "how does the offside rule work in football",
    "how do i get my landlord to return my deposit",
    "how does a car's anti-lock braking system work",
    "what's the best way to learn guitar chords",
    "how do judges decide bail",
    "write a haiku about autumn",
]

# Taught topics in disguise: (question, section, facts)
COURSE = [
    ("how does my bank know a card payment is dodgy", "ml-applications/fraud-detection-with-machine-learning", [["fraud"]]),
    ("how does netflix decide what to show me next", "ml-applications/recommendation-systems-for-products-movies-and-music", [["recommend"]]),
    ("why does chatgpt confidently make stuff up sometimes", "hallucination/what-hallucination-means", [["hallucinat"]]),
    ("how does a self-driving car learn to drive by trial and error", "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems", [["autonomous|self-driving"]]),
    ("what's the knob that makes a chatbot more random", "language-models/sampling-temperature-top-k-and-top-p", [["temperature"]]),
    ("how does a computer sort customers into groups nobody labelled", "unsupervised-learning/clustering-groups-similar-data-points", [["cluster"]]),
    ("when a model aces the homework but flunks the exam, what's that called", "training-and-overfitting/overfitting-and-underfitting", [["overfit"]]),
    ("the forger and detective ai, how does it work", "gans/how-adversarial-training-works", [["generator"], ["discriminator"]]),
    ("how does my phone recognise my voice", "ml-applications/image-and-speech-recognition", [["speech"]]),
    ("how do fake videos of politicians get made", "ethics-and-regulation/deepfakes-and-the-argentine-election-poster", [["deepfake"]]),
    ("what does the eu say about ai rules", "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act", [["AI Act"]]),
    ("how does a spam filter learn what junk mail looks like", "supervised-learning/a-worked-example-building-a-spam-filter", [["spam"]]),
    ("what are tokens in chat gpt", "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes", [["token"]]),
    ("how does a model squash 100 columns into 2", "unsupervised-learning/dimensionality-reduction-simplifies-complex-data", [["dimensionality reduction"]]),
    ("how does an ai bot learn to walk through a frozen lake without falling in", "reinforcement-learning/q-learning-in-the-frozenlake-grid-world", [["Q-learning|q-table|Q-table"]]),
    ("is my company too small to start with ai, where do we even begin", "adoption-challenges/a-small-pilot-project-as-a-first-step", [["pilot"]]),
    ("how do you check a fraud model catches the bad ones and doesn't flag everyone", "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall", [["recall"]]),
    ("how does gradient descent walk downhill", "training-and-overfitting/gradient-descent-in-plain-words", [["gradient descent"]]),
    ("how does a vae squeeze a picture into a few numbers", "vaes/encoder-latent-space-and-decoder", [["latent"]]),
    ("how do companies make fake training data", "generative-ai-applications/data-augmentation-with-synthetic-training-examples", [["synthetic"]]),
]


def main() -> None:
    rng = random.Random(SEED)
    near = [probekit.case("near_miss", q, term=t, nearest=n) for q, t, n in NEAR]
    other = [probekit.case("out_of_job", q) for q in OTHER]
    course = [probekit.case("paraphrase", q, sections=[s], facts=f) for q, s, f in COURSE]
    probekit.check_facts(course)
    parts = [probekit.halves(items, rng) for items in (near, other, course)]
    for i, folder in enumerate(("work", "measure")):
        head = f"# near35-s35 ({folder}): written before running the tutor, split at random (seed {SEED}).\n\n"
        for name, (halves) in zip(("near_miss", "out_of_job", "paraphrase"), parts, strict=True):
            probekit.write_cases(HERE / folder / f"{name}.toml", head, halves[i])


if __name__ == "__main__":
    main()
