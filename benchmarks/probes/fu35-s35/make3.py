"""Writes work3/ and measure3/ followup.toml: fu35-s35's third round, written after the first two
were run and before any answer to these was read: everyday chains from varied people where the
follow-up asks what a sibling section of the lesson answers (a failure, a fix, a cost, a time, a
number, who uses it), three-turn chains, a new full question after an answer, and follow-ups after
a decline or a comparison. Split at random with seed 353535."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent

C = [
    (["plasterer. how does a machine learn from data, simple version", "what's the dataset bit"],
     ["what-is-ml/learning-from-data-instead-of-hand-written-rules"], [["collection of examples"]]),
    (["what's deep learning, i'm a midwife", "where does gen ai sit in all that"],
     ["what-is-ml/machine-learning-inside-the-wider-field-of-ai"], [["inside machine learning|nested circles|specific application"]]),
    (["bus driver. how do image classifiers learn", "what does the tutor's demo use"],
     ["supervised-learning/image-classification-as-a-supervised-task"], [["8 by 8|handwritten digits"]]),
    (["what's regression, i sell cars", "so is guessing a car's price regression?"],
     ["supervised-learning/classification-versus-regression"], [["number|continuous|price"]]),
    (["how do svms work", "what are kernels for"],
     ["supervised-learning/common-supervised-learning-algorithms"], [["curve"]]),
    (["what is unsupervised learning, i'm a librarian", "what's the big advantage"],
     ["unsupervised-learning/learning-from-unlabelled-data"], [["cheap and plentiful"]]),
    (["how would clustering work for my cafe customers", "does it name the groups for me?"],
     ["unsupervised-learning/clustering-groups-similar-data-points"], [["does not name|a person looks"]]),
    (["what does an rl agent try to do", "why not just grab the biggest reward each step"],
     ["reinforcement-learning/maximising-cumulative-reward"], [["short-sighted|queen"]]),
    (["why do rl people use simulators", "what's the catch"],
     ["reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"], [["real goal|quality of learning depends"]]),
    (["what is a loss function, i'm a plumber", "what's the usual one for classification"],
     ["training-and-overfitting/what-a-loss-function-measures"], [["cross-entropy"]]),
    (["how do models learn from mistakes in training", "what's the learning rate then"],
     ["training-and-overfitting/gradient-descent-in-plain-words"], [["size of each step"]]),
    (["what's generative ai in one line", "how is it different from a normal prediction model"],
     ["what-is-generative-ai/generating-new-data-that-resembles-the-training-data", "what-is-generative-ai/the-cat-pictures-example-of-generative-ai", "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"], [["label|judge|prediction"]]),
    (["does gen ai copy its training data", "can it ever copy bits exactly?"],
     ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"], [["reproduce pieces|saw many times"]]),
    (["what's the generator in a gan", "does it ever look at the real photos?"],
     ["gans/the-generator-and-the-discriminator"], [["never sees the real data"]]),
    (["how does gan training go back and forth", "when is it done"],
     ["gans/how-adversarial-training-works"], [["coin toss|half the time"]]),
    (["is a gan's two-model setup how all gen ai works?", "how do diffusion models do it then"],
     ["gans/one-model-generates-another-evaluates"], [["remove noise"]]),
    (["what's the latent space of a vae", "what do the directions on it mean"],
     ["vaes/what-the-latent-space-represents"], [["slant|thickness"]]),
    (["why is it called variational", "what's the kl bit do"],
     ["vaes/why-the-autoencoder-is-called-variational"], [["bell curve|overlap"]]),
    (["what is a language model, i'm a poet", "how does it know what comes next"],
     ["language-models/next-token-prediction-step-by-step", "language-models/what-a-language-model-does"], [["likel|probab"]]),
    (["what makes an llm large", "which ones can see pictures"],
     ["language-models/what-makes-a-language-model-large", "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"], [["gpt-4|gemini"]]),
    (["why do chatbots make stuff up", "does turning down the temperature fix it?"],
     ["hallucination/how-to-spot-and-reduce-hallucination", "hallucination/why-generated-content-varies-in-quality"], [["lower|consistent|none of these fixes"]]),
    (["why does the same prompt give different answers", "so should i trust it?"],
     ["hallucination/why-generated-content-varies-in-quality"], [["draft|reviews"]]),
    (["how do ml and gen ai work together", "give me a real product that does both"],
     ["ml-vs-generative-ai/combining-both-into-more-powerful-systems"], [["customer support|shopping site"]]),
    (["is generative ai part of machine learning", "so is every ml model generative?"],
     ["ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"], [["not every|most machine learning systems are not"]]),
    (["how accurate is generative ai compared to ml", "what does accurate even mean for a picture generator"],
     ["ml-vs-generative-ai/comparing-accuracy-and-adaptability"], [["realistic and unique"]]),
    (["why is accuracy misleading, i'm a pharmacist", "what do people use instead"],
     ["evaluating-models/accuracy-the-share-of-predictions-that-are-right"], [["precision and recall"]]),
    (["how do you score a generative model's output", "is loss enough?"],
     ["evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"], [["does not prove|creative, truthful"]]),
    (["what data does a generative model need", "what if all my photos are of tabby cats"],
     ["data-and-compute/training-data-for-generative-models-large-clean-and-varied"], [["black cat|struggle"]]),
    (["why do the tutor's demos run on a laptop", "how big is the digits dataset"],
     ["data-and-compute/why-this-tutor-s-demos-run-on-a-laptop-cpu"], [["1,800"]]),
    (["how does ml catch card fraud, i run a corner shop", "how is the model trained"],
     ["ml-applications/fraud-detection-with-machine-learning"], [["supervised learning|labelled"]]),
    (["how does speech recognition work", "is that gen ai?"],
     ["ml-applications/image-and-speech-recognition"], [["machine learning rather than generative|rather than creating"]]),
    (["how does ai make music", "how is that different from a spotify recommendation"],
     ["generative-ai-applications/music-composition-and-personalised-playlists"], [["picks existing songs|did not exist"]]),
    (["what can gen ai do for graphic designers", "and for video games?"],
     ["generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"], [["textures|landscapes|worlds"]]),
    (["how does ai help in schools", "what about this tutor itself"],
     ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"], [["quiz scheduler|textgen"]]),
    (["what is ml good at", "and where does it fall short"],
     ["benefits-and-limitations/where-machine-learning-falls-short"], [["noisy|biases|computational"]]),
    (["what are misuse concerns with ai", "what do responsible ai frameworks say"],
     ["ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks"], [["transparent|fair and unbiased|interpretable"]]),
    (["what's the eu ai act", "what does it do with risky systems"],
     ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["risk"]]),
    (["what's multimodal ai, i'm a radio presenter", "can i talk to it?"],
     ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", "language-models/what-makes-a-language-model-large"], [["audio|speak|voice"]]),
    (["how do i get into machine learning, i'm 45", "is kaggle worth it"],
     ["skills-and-learning-paths/educational-paths-into-machine-learning"], [["leaderboard|real datasets"]]),
    (["what order should i do this course in", "where do gans come in"],
     ["skills-and-learning-paths/a-suggested-route-through-this-tutor"], [["generative ai is"]]),
    (["what is rl", "ok new question, how do tokens work"],
     ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["tokenizer|pieces"]]),
    (["what is image generation used for", "how do i get rid of overfitting"],
     ["training-and-overfitting/overfitting-and-underfitting"], [["more training data|regularisation|simpler model"]]),
    (["what is lora fine tuning", "ok, what is a pretrained model then"],
     ["data-and-compute/training-cost-compute-expertise-and-time"], [["existing pretrained model|from scratch"]]),
    (["what is xgboost", "what supervised algorithms does the course cover then"],
     ["supervised-learning/common-supervised-learning-algorithms"], [["decision tree"], ["neural network"]]),
    (["overfitting vs underfitting, i teach maths", "which one is the straight line through curvy data"],
     ["training-and-overfitting/overfitting-and-underfitting"], [["underfitting"]]),
    (["chatbot vs sentiment analysis in support", "which one is generative"],
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots", "ml-applications/natural-language-processing-with-machine-learning"], [["chatbot"]]),
    (["ml vs gen ai compute costs", "so which is cheaper to run day to day"],
     ["ml-vs-generative-ai/comparing-efficiency-and-computing-needs", "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"], [["little comput"]]),
    (["what are gans used for", "ok and vaes", "which of the two is more stable to train"],
     ["vaes/vaes-compared-with-gans"], [["stable"]]),
    (["what is a deepfake", "how are they made", "what's the argentina thing"],
     ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["2023|poster|election"]]),
    (["what is supervised learning", "what's the catch", "how do people get round it"],
     ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets"], [["unsupervised"]]),
    (["how do recommendation systems work", "what about making new songs instead of picking them", "any risks?"],
     ["generative-ai-applications/music-composition-and-personalised-playlists", "benefits-and-limitations/where-generative-ai-falls-short"], [["generat"]]),
    (["what's a pilot project", "why start small", "how do we measure it"],
     ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["clear figures|how often the predictions were right"]]),
]

cases = [probekit.case("followup", None, turns=t, sections=s, facts=f) for t, s, f in C]
probekit.check_facts(cases)
work, measure = probekit.halves(cases, random.Random(353535))
head = "# fu35-s35 round 3: sibling aspects, three turns, new questions, after declines and comparisons (see make3.py)\n\n"
probekit.write_cases(HERE / "work3" / "followup.toml", head, work)
probekit.write_cases(HERE / "measure3" / "followup.toml", head, measure)
print(len(work), len(measure))
