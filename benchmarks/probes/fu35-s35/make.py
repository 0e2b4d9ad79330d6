"""Writes work/ and measure/ followup.toml: fu35-s35's follow-up chains (two and three turns, only
the last judged), asked as varied people would, split at random with seed 35 before any run.

Written from the course text before any answer or the answering code's special cases were read.
Kinds: a follow-up with no topic of its own after a definition (an example, why, how long, what it
costs, the downside, who uses it); a new question with its own topic after an answer (it must not
lean on the last one); switching to the other side or item ("and for X?", "what about the other
one?"); narrowing ("just the second one", "only the downsides"); three-turn chains whose second
turn changed the topic; follow-ups after a decline and after a comparison."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent

C = [
    # -- no topic of its own, after a definition ------------------------------------------------
    (["farmer here, what is reinforcement learning", "where does it get used in real life"],
     ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["robot"], ["game"]]),
    (["what's a confusion matrix", "why bother with one"],
     ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix", "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["precision|recall"]]),
    (["nurse here. what is data augmentation with gen ai", "has it ever worked for real?"],
     ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["skin condition|50 labelled photos|hospital"]]),
    (["what is mode collapse", "how do people fix it"],
     ["gans/mode-collapse-when-a-gan-loses-variety"], [["batches|wasserstein"]]),
    (["what's a pilot project in ai adoption", "give me an example"],
     ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["shop|run out|sales history"]]),
    (["what is the ai skills gap", "why does it keep getting worse"],
     ["adoption-challenges/the-ai-skills-gap"], [["more advanced|expertise required rises|keeps widening"]]),
    (["what are tokens in a language model", "how big is the vocabulary usually"],
     ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["tens of thousands"]]),
    (["explain the epsilon greedy rule", "what happens to epsilon over time"],
     ["reinforcement-learning/exploration-versus-exploitation"], [["lower it over time|high epsilon"]]),
    (["retired teacher. what is hyper-personalisation", "is there a downside"],
     ["future-trends/hyper-personalisation-with-machine-learning"], [["protecting user data|personal information"]]),
    (["what is text to video", "which companies make it"],
     ["future-trends/text-to-video-the-next-frontier-for-generative-ai"], [["runway"]]),
    (["what's feature scaling", "why does it matter"],
     ["training-and-overfitting/features-feature-scaling-and-feature-engineering"], [["drown out|large numbers"]]),
    (["what is a discount factor in rl", "why below 1?"],
     ["reinforcement-learning/maximising-cumulative-reward"], [["distant rewards|count a little less"]]),
    (["student here what is pca", "what's it good for"],
     ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"], [["plot|faster|noise"]]),
    (["what is grounding in ai", "does this tutor do it?"],
     ["hallucination/grounding-answering-from-sources-instead-of-memory"], [["extractive|quotes whole sentences|retrieves"]]),
    (["what is dbscan", "anything it needs me to set?"],
     ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [["distance setting"]]),
    (["what does training a big model cost", "how long does it take"],
     ["data-and-compute/training-cost-compute-expertise-and-time"], [["days or weeks|while to run"]]),
    # -- a new question of its own after an answer --------------------------------------------------
    (["what is overfitting", "what does a discriminator do in a gan"],
     ["gans/the-generator-and-the-discriminator", "gans/how-adversarial-training-works"], [["real|fake"]]),
    (["how does k-means work", "what is the eu ai act"],
     ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act", "future-trends/deepfakes-and-regulation-in-the-years-ahead"], [["december 2023|2023"]]),
    (["what are tokens", "ok different thing, how do recommendation systems know what i like"],
     ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["bought|watched|skipped|similar users"]]),
    (["plumber here. whats generative ai", "how do banks catch card fraud with it all"],
     ["ml-applications/fraud-detection-with-machine-learning", "industry-use-cases/finance-catching-fraud-and-handling-documents"], [["unusual amount|new country|real time"]]),
    (["explain precision", "how does a vae make new faces"],
     ["vaes/generating-new-samples-from-the-latent-space", "vaes/what-vaes-are-used-for"], [["latent"], ["decoder|faces"]]),
    (["what is q-learning", "what's a deepfake"],
     ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["real person|never said"]]),
    (["how do gans work", "how do i spot a chatbot making stuff up"],
     ["hallucination/how-to-spot-and-reduce-hallucination"], [["check|sources|twice"]]),
    (["whats sentiment analysis", "and how is a test set different from a training set"],
     ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["hidden|fresh exam|learns from"]]),
    # -- switching: the other side or item ---------------------------------------------------------
    (["what is classification in supervised learning", "and regression?"],
     ["supervised-learning/classification-versus-regression"], [["number|continuous"]]),
    (["what does the encoder do in a vae", "and the decoder?"],
     ["vaes/encoder-latent-space-and-decoder"], [["expands|rebuild"]]),
    (["what is exploitation in rl", "and exploration?"],
     ["reinforcement-learning/exploration-versus-exploitation"], [["trying other actions|try something new"]]),
    (["what is a false positive", "what about a false negative"],
     ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix", "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["slipped through|missed"]]),
    (["how does gen ai help in retail", "and in education?"],
     ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"], [["practice questions|virtual tutor"]]),
    (["how does machine learning help in healthcare", "what about finance"],
     ["industry-use-cases/finance-catching-fraud-and-handling-documents", "ml-applications/fraud-detection-with-machine-learning"], [["fraud"], ["money laundering|real time"]]),
    (["what does the reconstruction term do in a vae loss", "and the other term?"],
     ["vaes/why-the-autoencoder-is-called-variational"], [["kl|kullback"], ["bell curve|close"]]),
    (["what is top-k sampling", "how about top-p"],
     ["language-models/sampling-temperature-top-k-and-top-p"], [["nucleus|add up to p|0\\.9"]]),
    (["what skills do you need for ml work", "and for generative ai?"],
     ["skills-and-learning-paths/skills-for-working-in-generative-ai"], [["creativity"], ["mathematics|statistics|probability"]]),
    (["what is underfitting", "and the opposite one?"],
     ["training-and-overfitting/overfitting-and-underfitting"], [["overfitting"], ["too closely|noise|memoris"]]),
    # -- narrowing ----------------------------------------------------------------------------------
    (["what are the three types of machine learning", "just the second one please"],
     ["unsupervised-learning/learning-from-unlabelled-data", "what-is-ml/three-ways-a-machine-can-learn"], [["unsupervised"], ["no labels|no answers|structure"]]),
    (["what are the benefits and limitations of generative ai", "only the downsides"],
     ["benefits-and-limitations/where-generative-ai-falls-short"], [["groundbreaking|varies|biased"]]),
    (["what does implementing ai cost a business", "only the bit people underestimate"],
     ["adoption-challenges/the-cost-of-implementing-ai"], [["maintenance"]]),
    (["list the supervised learning algorithms", "just the one that asks yes or no questions"],
     ["supervised-learning/common-supervised-learning-algorithms"], [["decision tree"]]),
    (["what is unsupervised learning used for", "only the security one"],
     ["unsupervised-learning/what-unsupervised-learning-is-used-for", "ml-applications/predictive-analytics-and-anomaly-detection"], [["anomaly detection"]]),
    (["why do people resist ai at work", "just the fear part"],
     ["adoption-challenges/resistance-to-change-from-employees"], [["jobs|replace"]]),
    # -- three turns, the second changed the topic --------------------------------------------------
    (["what is supervised learning", "ok now what is a gan", "why is it hard to train"],
     ["gans/why-gan-training-is-unstable-and-costly"], [["balance|too strong|unstable"]]),
    (["what is hallucination", "ok and what are tokens", "why can't it count letters then"],
     ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["strawberry|two or three tokens"]]),
    (["explain overfitting", "different question: what is k-means", "how does it pick where to start"],
     ["unsupervised-learning/how-k-means-finds-clusters"], [["random"]]),
    (["what is a vae", "switching topics, what's the skills gap in ai", "what can companies do about it"],
     ["adoption-challenges/the-ai-skills-gap"], [["training existing staff|partnering|simpler"]]),
    (["what's precision", "now tell me about deepfakes", "any real example?"],
     ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["argentina"]]),
    (["how does gradient descent work", "what about recommendation systems", "why do companies care so much"],
     ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["engagement|buy and watch|commercially"]]),
    (["what is rl", "what's a language model", "how does it learn without labels"],
     ["language-models/next-token-prediction-step-by-step"], [["no human labelling|text itself supplies"]]),
    # -- after a decline -----------------------------------------------------------------------------
    (["what is batch normalisation", "ok then what is gradient descent"],
     ["training-and-overfitting/gradient-descent-in-plain-words"], [["slope|downhill"]]),
    (["explain beam search", "fine, how does a language model pick the next word then"],
     ["language-models/sampling-temperature-top-k-and-top-p", "language-models/next-token-prediction-step-by-step", "language-models/what-a-language-model-does"], [["likel|probab"]]),
    (["what's a random forest", "ok what about a decision tree"],
     ["supervised-learning/common-supervised-learning-algorithms"], [["yes-or-no questions"]]),
    (["how does lstm work", "what about transformers then"],
     ["language-models/what-makes-a-language-model-large", "what-is-generative-ai/why-generative-ai-got-so-much-attention-recently"], [["transformer"]]),
    # -- after a comparison --------------------------------------------------------------------------
    (["gan vs vae which is better", "ok which one can find weird inputs"],
     ["vaes/what-vaes-are-used-for"], [["anomaly detection|reconstruction error|rebuilds badly"]]),
    (["supervised vs unsupervised learning", "give me an example of each"],
     ["what-is-ml/three-ways-a-machine-can-learn", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["photos labelled|spam"], ["customers"]]),
    (["precision vs recall", "which one matters more when screening for cancer"],
     ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["high recall"]]),
    (["ml vs gen ai in customer support", "which one actually talks to the customer"],
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["chatbots|virtual assistants"]]),
    (["small vs large language models", "so why would anyone use the small one"],
     ["language-models/small-language-models-versus-large-ones"], [["laptop|ordinary computer|private|learning how"]]),
    (["k-means vs dbscan", "what does the second one do with lonely points"],
     ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [["noise"]]),
    (["greedy decoding vs sampling", "what's the problem with the first one"],
     ["language-models/sampling-temperature-top-k-and-top-p"], [["dull|repetitive"]]),
    (["train set vs test set", "what split do people normally use"],
     ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["80 percent|20 percent"]]),
]

cases = [probekit.case("followup", None, turns=t, sections=s, facts=f) for t, s, f in C]
probekit.check_facts(cases)
work, measure = probekit.halves(cases, random.Random(35))
head = "# fu35-s35: follow-up chains of every kind, asked by varied people (see make.py)\n\n"
probekit.write_cases(HERE / "work" / "followup.toml", head, work)
probekit.write_cases(HERE / "measure" / "followup.toml", head, measure)
print(len(work), len(measure))
