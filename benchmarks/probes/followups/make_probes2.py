"""Round 2: harder follow-up probes (three-turn chains ending topicless, switching setting,
narrowing, 'why though', 'is that expensive?'), written before looking at any answer."""
from pathlib import Path
HERE = Path(__file__).resolve().parent
C = [
 (["what is supervised learning", "what algorithms does it use", "which one is easiest to explain?"], ["supervised-learning/common-supervised-learning-algorithms"], [["easy to explain"]]),
 (["how do gans work", "what can go wrong?", "how do people fix that"], ["gans/mode-collapse-when-a-gan-loses-variety", "gans/why-gan-training-is-unstable-and-costly"], [["Wasserstein|careful learning rates"]]),
 (["what is underfitting", "real example?"], ["training-and-overfitting/overfitting-and-underfitting"], [["straight line"]]),
 (["explain hallucination", "is that dangerous?"], ["hallucination/what-hallucination-means", "hallucination/how-to-spot-and-reduce-hallucination"], [["risky|medical, legal"]]),
 (["what are vaes used for", "and gans?"], ["gans/what-gans-have-been-used-for"], [["photorealistic"], ["music|artwork"]]),
 (["how is ml used in healthcare", "what about in banks?"], ["industry-use-cases/finance-catching-fraud-and-handling-documents", "ml-applications/fraud-detection-with-machine-learning"], [["fraud"]]),
 (["how is generative ai used in education", "what about in hospitals"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["treatment plan|clinical notes"]]),
 (["what are the three types of machine learning", "just the first one"], ["what-is-ml/three-ways-a-machine-can-learn", "supervised-learning/learning-from-labelled-examples"], [["label"]]),
 (["what skills do you need for generative ai", "why though?"], ["skills-and-learning-paths/skills-for-working-in-generative-ai"], [["matters? because"]]),
 (["how do you split data for training", "why though?"], ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["memoris|fresh exam|honest estimate"]]),
 (["how are large language models trained", "is that expensive?"], ["data-and-compute/training-cost-compute-expertise-and-time", "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"], [["GPUs|computing power"]]),
 (["what is dbscan", "any downsides?"], ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [["distance setting"]]),
 (["what is text generation used for", "real example?"], ["generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing", "language-models/what-a-language-model-does"], [["product descriptions|emails"]]),
 (["how does a fraud detection model work", "and the generative side in finance?"], ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["investment strateg|documents"]]),
 (["what did the us do about ai regulation", "and europe?"], ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["risk"]]),
 (["what is exploration vs exploitation", "what is epsilon in that", "why lower it over time?"], ["reinforcement-learning/exploration-versus-exploitation"], [["exploring a lot early|know the environment"]]),
 (["how does a language model pick the next word", "what's top-p?", "and top-k?"], ["language-models/sampling-temperature-top-k-and-top-p"], [["k most likely|top 40"]]),
 (["what is bias in ai", "real example?"], ["ethics-and-regulation/bias-inherited-from-training-data", "ethics-and-regulation/biased-or-harmful-generated-content"], [["loan|face recognition|CEO"]]),
 (["what is the ai skills gap", "how do companies deal with it?"], ["adoption-challenges/the-ai-skills-gap", "adoption-challenges/a-holistic-approach-to-ai-adoption"], [[r"train\w* existing staff|partner"]]),
 (["what does a vae's encoder do", "and the decoder?"], ["vaes/encoder-latent-space-and-decoder"], [["expands|rebuild"]]),
 (["what is a confusion matrix", "how do you get precision from it?"], ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], [[r"TP / \(TP \+ FP\)|when the model raises an alarm"]]),
 (["what is multimodal ai", "which models do that?"], ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", "language-models/what-makes-a-language-model-large"], [["GPT-4"], ["Gemini"]]),
 (["how do deepfakes get made", "how can i avoid being fooled?"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["check the source"]]),
 (["what makes ml results reliable", "what does model selection mean there?"], ["evaluating-models/what-makes-machine-learning-results-reliable"], [["logistic regression|support vector"]]),
]
def q(s): return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
def lit(s): return "'" + s + "'"
halves = {"work2": [], "measure2": []}
for i, (turns, secs, facts) in enumerate(C):
    halves["work2" if i % 2 == 0 else "measure2"].append(
        "[[case]]\nkind = \"followup\"\nturns = [" + ", ".join(q(t) for t in turns) + "]\nin_scope = true\n"
        "sections = [" + ", ".join(q(s) for s in secs) + "]\nfacts = [" + ", ".join("[" + ", ".join(lit(a) for a in f) + "]" for f in facts) + "]\n")
for name, cases in halves.items():
    (HERE / name / "followup.toml").write_text("# Round 2 follow-up probes (stop: shapes), written before reading any answer.\n\n" + "\n".join(cases))
print(len(C))
