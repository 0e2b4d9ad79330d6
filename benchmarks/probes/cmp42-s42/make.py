"""Fresh comparison probes for stop 42 (cmp42), written from the course headings before any answer
was read, split at random (seed 42) into work and measure halves. Run from the repository root."""

import random
from pathlib import Path

HERE = Path(__file__).parent
L, S, U, R, T = "evaluating-models", "supervised-learning", "unsupervised-learning", "reinforcement-learning", "training-and-overfitting"
CASES = [
    ("pharmacist here, how is precision any different from plain accuracy?",
     [f"{L}/accuracy-the-share-of-predictions-that-are-right", f"{L}/precision-and-recall-computed-from-a-confusion-matrix"],
     [["fraction|match the true"], ["precision"]]),
    ("tiler asking: what's the difference between a loss function and gradient descent",
     [f"{T}/what-a-loss-function-measures", f"{T}/gradient-descent-in-plain-words"],
     [["loss"], ["gradient descent"]]),
    ("mum of three: tokens vs temperature in these chatbots, what is each one",
     ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes", "language-models/sampling-temperature-top-k-and-top-p"],
     [["token"], ["temperature"]]),
    ("farm worker. putting my sheep into groups that look alike versus squashing loads of measurements down to a couple of numbers, how are those different",
     [f"{U}/clustering-groups-similar-data-points", f"{U}/dimensionality-reduction-simplifies-complex-data"],
     [["cluster"], ["dimension|fewer"]]),
    ("chef: bias a model soaks up from old hiring records versus a picture generator spitting out offensive stuff, same issue?",
     ["ethics-and-regulation/bias-inherited-from-training-data", "ethics-and-regulation/biased-or-harmful-generated-content"],
     [["bias"], ["harmful|offensive|stereotyp"]]),
    ("retired teacher: what gen ai is good at compared with where it lets you down",
     ["benefits-and-limitations/what-generative-ai-does-well", "benefits-and-limitations/where-generative-ai-falls-short"],
     [["generative"], ["hallucinat|fals|wrong|bias|cost"]]),
    ("nurse question: overfitting versus messy incomplete data, how does each one cause mistakes",
     [f"{T}/overfitting-and-underfitting", f"{T}/how-noisy-or-incomplete-data-leads-to-mistakes"],
     [["overfit"], ["noisy|incomplete|missing"]]),
    ("electrician: the eu ai act compared to the responsible ai rules companies write for themselves",
     ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act", "ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks"],
     [["eu ai act|act"], ["framework|responsible"]]),
    ("shop owner: forecasting next month's sales vs writing the product descriptions, which is ml and which is gen ai?",
     ["industry-use-cases/retail-predicting-sales-and-writing-product-content"],
     [["sales|predict"], ["descriptions|product content|writ"]]),
    ("cleaner here. hallucination versus grounding, explain both please",
     ["hallucination/what-hallucination-means", "hallucination/grounding-answering-from-sources-instead-of-memory"],
     [["hallucinat"], ["ground|source"]]),
    ("what does the training set do compared with the test set",
     [f"{T}/splitting-data-into-a-training-set-and-a-test-set"],
     [["training set"], ["test set"]]),
    ("accountant: the cost of training a big model vs the cost of bringing ai into a company, how are they different",
     ["data-and-compute/training-cost-compute-expertise-and-time", "adoption-challenges/the-cost-of-implementing-ai"],
     [["compute|gpu|expertise"], ["implement|invest|compan"]]),
    ("multimodal chatbots versus text to video, what's the difference between these two trends",
     ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", "future-trends/text-to-video-the-next-frontier-for-generative-ai"],
     [["multimodal"], ["video"]]),
    ("hr manager: the ai skills gap versus staff resisting change, two separate problems?",
     ["adoption-challenges/the-ai-skills-gap", "adoption-challenges/resistance-to-change-from-employees"],
     [["skill"], ["resist|employee"]]),
    ("vet: what vaes get used for compared with what gans get used for",
     ["vaes/what-vaes-are-used-for", "gans/what-gans-have-been-used-for"],
     [["vae|variational"], ["gan"]]),
    ("learning from labelled examples vs learning from unlabelled data, in a nutshell",
     [f"{S}/learning-from-labelled-examples", f"{U}/learning-from-unlabelled-data"],
     [["label"], ["unlabel"]]),
    ("builder: my phone recognising faces in photos vs an ai making pictures for adverts, what's the difference",
     ["ml-applications/image-and-speech-recognition", "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"],
     [["recogni"], ["advertis|design|generat"]]),
    ("the skills you need for an ml job compared to the education route into ml",
     ["skills-and-learning-paths/skills-for-working-in-machine-learning", "skills-and-learning-paths/educational-paths-into-machine-learning"],
     [["python|programming|statistic|math"], ["degree|course|bootcamp|online"]]),
    ("mode collapse vs gan training being unstable, are they the same headache?",
     ["gans/mode-collapse-when-a-gan-loses-variety", "gans/why-gan-training-is-unstable-and-costly"],
     [["variety|mode collapse"], ["unstable|instab"]]),
    ("librarian: how a language model picks the next word versus what makes a model large",
     ["language-models/next-token-prediction-step-by-step", "language-models/what-makes-a-language-model-large"],
     [["next token|next-token|probabilit"], ["parameter|large"]]),
    ("recommendation systems vs hyper personalisation, same idea or not?",
     ["ml-applications/recommendation-systems-for-products-movies-and-music", "future-trends/hyper-personalisation-with-machine-learning"],
     [["recommend"], ["personalis"]]),
    ("support chatbots for customers vs virtual tutors in schools, how do they compare",
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots", "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"],
     [["chatbot|sentiment"], ["tutor|learning path"]]),
    ("fraud checks at my bank vs anomaly detection in factory machines, how do the two differ",
     ["ml-applications/fraud-detection-with-machine-learning", "ml-applications/predictive-analytics-and-anomaly-detection"],
     [["fraud"], ["anomal"]]),
    ("gardener: picking an action and getting a reward vs adding up rewards over the long run, what's the difference",
     [f"{R}/agents-environments-actions-and-rewards", f"{R}/maximising-cumulative-reward"],
     [["agent|action"], ["cumulative|long"]]),
]


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path: Path, cases) -> None:
    out = ["# Comparison probes (stop 42, cmp42): side sections; split at random (seed 42).", ""]
    for q, sections, facts in cases:
        out += ["[[case]]", 'kind = "comparison"', f"question = {toml_str(q)}", "in_scope = true",
                "sections = [" + ", ".join(toml_str(s) for s in sections) + "]",
                "facts = [" + ", ".join("[" + ", ".join(toml_str(a) for a in f) + "]" for f in facts) + "]", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    order = list(range(len(CASES)))
    random.Random(42).shuffle(order)
    half = len(order) // 2
    write(HERE / "work" / "comparison.toml", [CASES[i] for i in sorted(order[:half])])
    write(HERE / "measure" / "comparison.toml", [CASES[i] for i in sorted(order[half:])])
