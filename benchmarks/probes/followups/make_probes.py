"""Fresh follow-up probes (written before looking at any answer); alternately split work/measure."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
C = [
 (["whats machine learning exactly", "and where do i run into it in everyday life?"], ["what-is-ml/everyday-machine-learning-services"], [["recommendation"], ["speech recognition|image recognition"]]),
 (["explain supervised learning", "why does it need so much data tho"], ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets"], [["expensive"], ["variety|fifty photos"]]),
 (["how would you build a spam filter with ml", "what are the features in that case?"], ["supervised-learning/a-worked-example-building-a-spam-filter"], [["winner|invoice|how often words"]]),
 (["how does k-means work", "any downsides?"], ["unsupervised-learning/how-k-means-finds-clusters", "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [["k in advance|k is chosen badly"]]),
 (["what is pca", "why would anyone want fewer features?"], ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"], [["plot"], ["faster|noise"]]),
 (["what is reinforcement learning", "wait so where does the data come from if there's no dataset?"], ["reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["environment"], ["simulat"]]),
 (["what is the goal of an rl agent", "why not just grab the biggest reward right now?"], ["reinforcement-learning/maximising-cumulative-reward"], [["short-sighted|queen|pawn"]]),
 (["what is overfitting", "how do you fix it"], ["training-and-overfitting/overfitting-and-underfitting"], [["more training data"], ["regularisation"]]),
 (["gradient decent explained like im 5", "what happens if the steps are too big?"], ["training-and-overfitting/gradient-descent-in-plain-words"], [["overshoot"]]),
 (["why do models make mistakes", "like what kind of bad data?", "what about missing data specifically?"], ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes", "benefits-and-limitations/where-machine-learning-falls-short"], [["missing values"]]),
 (["what is generative ai", "is it just copying the stuff it was trained on?"], ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"], [["inspired|not directly taken"], ["copyright|reproduce"]]),
 (["is generative ai the same as ai", "so whats an example of ai that isnt generative?"], ["what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai", "ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"], [["spam|fraud"]]),
 (["how do gans work", "what's mode collapse?", "how do you spot it"], ["gans/mode-collapse-when-a-gan-loses-variety"], [["many samples|compared for variety"]]),
 (["what are gans used for", "and vaes?"], ["vaes/what-vaes-are-used-for"], [["music"], ["anomaly"]]),
 (["how does a vae generate new images", "why is it called variational though"], ["vaes/why-the-autoencoder-is-called-variational"], [["distribution"], ["KL|Kullback"]]),
 (["tell me about variational autoencoders", "any downsides?"], ["vaes/vaes-compared-with-gans"], [["blurr"]]),
 (["how does chatgpt write text", "whats temperature in that?", "what happens if you crank it up really high?"], ["language-models/sampling-temperature-top-k-and-top-p"], [["flatten|nonsense"]]),
 (["wat does a tokenizer do", "what happens with a word it has never seen before?"], ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["pieces|parts"]]),
 (["why do chatbots make stuff up", "how can i tell when its doing it?"], ["hallucination/how-to-spot-and-reduce-hallucination"], [["check"], ["twice|different words"]]),
 (["what is hallucination", "what is grounding then", "does this tutor do that?"], ["hallucination/grounding-answering-from-sources-instead-of-memory"], [["extractive|quotes whole sentences|citations"]]),
 (["how is generative ai different from regular ml", "which one needs more computing power?"], ["ml-vs-generative-ai/comparing-efficiency-and-computing-needs", "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"], [[r"comput\w+ power"], ["GAN"]]),
 (["can ml and generative ai work together?", "real example?"], ["ml-vs-generative-ai/combining-both-into-more-powerful-systems", "ml-vs-generative-ai/how-machine-learning-and-generative-ai-feed-each-other"], [["customer support|shopping site|synthetic examples"]]),
 (["explain precision", "and recall?", "ok for a fraud detector which should be higher?"], ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["honest customers"], ["balance"]]),
 (["what's a loss function", "what about for generative models?"], ["evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"], [["language model|VAE|GAN"]]),
 (["why is training big models so expensive", "so how do small teams get around that?"], ["data-and-compute/training-cost-compute-expertise-and-time", "adoption-challenges/the-cost-of-implementing-ai"], [["pretrained|ready-made"]]),
 (["what's a support vector machine", "is that expensive to run?"], ["data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models", "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"], [["large datasets"]]),
 (["how do banks use machine lerning", "how fast can it catch fraud?"], ["ml-applications/fraud-detection-with-machine-learning", "industry-use-cases/finance-catching-fraud-and-handling-documents"], [["real time"]]),
 (["what is anomaly detection", "why is it usually unsupervised?"], ["ml-applications/predictive-analytics-and-anomaly-detection"], [["rare|seldom labelled"]]),
 (["where is generative ai used", "what about in medicine?"], ["generative-ai-applications/code-audio-and-new-drug-molecules", "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["drug|molecul"]]),
 (["what is synthetic data", "how does it help a classifier?", "can it backfire?"], ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["unrealistic|repetitive"]]),
 (["can ai make music", "hows that different from spotify recommending songs?"], ["generative-ai-applications/music-composition-and-personalised-playlists"], [["existing songs"], ["did not exist before"]]),
 (["how is ai used in retail", "and the generative side of that?"], ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["product descriptions"], ["try-on"]]),
 (["how do companies use ai for customer service", "so do the human agents lose their jobs?"], ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots", "adoption-challenges/resistance-to-change-from-employees"], [["human agents|replace"]]),
 (["what are the limitations of generative ai", "why cant it come up with truly new ideas?"], ["benefits-and-limitations/where-generative-ai-falls-short"], [["groundbreaking|already exists"]]),
 (["what is a deepfake", "was there a real case in an election?"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster", "future-trends/deepfakes-and-regulation-in-the-years-ahead"], [["argentin"]]),
 (["how does bias get into ai models", "how do you reduce it then?"], ["ethics-and-regulation/bias-inherited-from-training-data", "ethics-and-regulation/biased-or-harmful-generated-content"], [["who the data represents|filtering training data|measuring error rates|testing models"]]),
 (["whats next for ai", "whats text to video?", "why is it harder than images"], ["future-trends/text-to-video-the-next-frontier-for-generative-ai"], [["consistent|every frame"]]),
 (["what is hyper personalisation", "any privacy worries?"], ["future-trends/hyper-personalisation-with-machine-learning"], [["protecting user data|personal information"]]),
 (["why do companies struggle to adopt ai", "how would a small shop start?"], ["adoption-challenges/a-small-pilot-project-as-a-first-step", "adoption-challenges/the-cost-of-implementing-ai"], [["pilot|one clearly valuable use case"]]),
 (["what skils do i need for ml jobs", "which programming language tho?"], ["skills-and-learning-paths/skills-for-working-in-machine-learning"], [["python"], ["pytorch|tensorflow"]]),
]
def q(s): return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
def lit(s): return "'" + s + "'"
halves = {"work": [], "measure": []}
for i, (turns, secs, facts) in enumerate(C):
    halves["work" if i % 2 == 0 else "measure"].append(
        "[[case]]\nkind = \"followup\"\nturns = [" + ", ".join(q(t) for t in turns) + "]\nin_scope = true\n"
        "sections = [" + ", ".join(q(s) for s in secs) + "]\nfacts = [" + ", ".join("[" + ", ".join(lit(a) for a in f) + "]" for f in facts) + "]\n")
for name, cases in halves.items():
    (HERE / name / "followup.toml").write_text("# Fresh follow-up probes (stop: shapes), written before reading any answer.\n\n" + "\n".join(cases))
print(len(C))
