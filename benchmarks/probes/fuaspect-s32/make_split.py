"""Writes work/ and measure/ followup.toml: the 74 conversations split at random with seed 32."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

C = [
(["what's the difference between a VAE and a GAN", "any downsides?"], ["vaes/vaes-compared-with-gans"], [['blurr'], ['less stable|mode collapse|lose variety']]),
(["how does ml compare to big generative models on compute after training", "which is cheaper?"], ["data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models", "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"], [['little computational power|little computing power']]),
(["what is overfitting", "and underfitting?"], ["training-and-overfitting/overfitting-and-underfitting"], [['too simple']]),
(["name the three types of machine learning", "which one needs no labels?"], ["what-is-ml/three-ways-a-machine-can-learn", "unsupervised-learning/learning-from-unlabelled-data"], [['unsupervised']]),
(["what is k-means", "when does it fail?"], ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [['round|half-moons|moons']]),
(["what is k means clustering", "how does it work?", "whats the fix when it breaks"], ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [['dbscan']]),
(["what's exploration vs exploitation in rl", "so how do agents balance the two"], ["reinforcement-learning/exploration-versus-exploitation"], [['epsilon']]),
(["what's a discount factor in RL", "why?"], ["reinforcement-learning/maximising-cumulative-reward"], [['distant rewards|delayed|short-sighted']]),
(["explain precision and recall", "which one matters more for a disease test?"], ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [['recall'], ['missed patient|false negative']]),
(["what is accuracy", "any downsides?"], ["evaluating-models/accuracy-the-share-of-predictions-that-are-right"], [['rare|mislead']]),
(["what are the benefits of generative ai", "and the drawbacks?"], ["benefits-and-limitations/where-generative-ai-falls-short"], [['groundbreaking|already exists'], ['varies|quality']]),
(["what does machine learning do well", "and where does it fall short?"], ["benefits-and-limitations/where-machine-learning-falls-short"], [['noisy|incomplete'], ['bias']]),
(["ml vs gen ai, which is more accurate", "and which adapts better?"], ["ml-vs-generative-ai/comparing-accuracy-and-adaptability"], [['creative']]),
(["how do gans work", "any downsides?"], ["gans/why-gan-training-is-unstable-and-costly", "gans/mode-collapse-when-a-gan-loses-variety"], [['unstable|mode collapse']]),
(["what are GANs used for", "and VAEs?"], ["vaes/what-vaes-are-used-for"], [['images'], ['music'], ['text']]),
(["what are vaes used for", "is that the same for gans?"], ["gans/what-gans-have-been-used-for"], [['photorealistic|images'], ['music']]),
(["what's a token", "give me an example"], ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [['overfitting|strawberry|"the"']]),
(["what is temperature in language models", "what happens if you set it really high?"], ["language-models/sampling-temperature-top-k-and-top-p"], [['high temperature']]),
(["what is hallucination", "why does it happen?", "how do i spot it"], ["hallucination/how-to-spot-and-reduce-hallucination"], [['check|sources'], ['names|numbers|dates']]),
(["what is grounding", "example?"], ["hallucination/grounding-answering-from-sources-instead-of-memory"], [['retrieval-augmented|rag|this tutor']]),
(["difference between ml and gen ai", "which needs more compute?"], ["ml-vs-generative-ai/comparing-efficiency-and-computing-needs", "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"], [['computing power|computational power|computationally demanding']]),
(["what's a large language model", "and a small one?"], ["language-models/small-language-models-versus-large-ones"], [['speed|laptop|ordinary computer']]),
(["small vs large language models?", "whats the catch with the small one"], ["language-models/small-language-models-versus-large-ones"], [['knowledge|fluency|mistakes']]),
(["what is data augmentation with gen ai", "why does it help?"], ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [['generalise|scarce']]),
(["how is ml used in healthcare", "and generative ai?"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [['transcribe|clinical notes|treatment plan']]),
(["how is ml used in retail", "what about gen ai there?"], ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [['product descriptions']]),
(["what are deepfakes", "how are they made?"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [['gans|generator']]),
(["what is the eu ai act", "and the us one?"], ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [['executive order'], ['safety test']]),
(["what is bias in ai", "give me an example"], ["ethics-and-regulation/bias-inherited-from-training-data"], [['loan|face recognition|neighbourhood']]),
(["what is the ai skills gap", "why does it keep growing?"], ["adoption-challenges/the-ai-skills-gap"], [['advanced|rises']]),
(["why do employees resist ai", "so how do companies deal with that?"], ["adoption-challenges/a-holistic-approach-to-ai-adoption", "adoption-challenges/a-small-pilot-project-as-a-first-step", "adoption-challenges/resistance-to-change-from-employees"], [['culture|pilot|training|explain']]),
(["what does it cost to implement ai", "which part do people underestimate?"], ["adoption-challenges/the-cost-of-implementing-ai"], [['maintenance']]),
(["what is a pilot project", "why start small?"], ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [['low-risk|costs low|modest']]),
(["what skills do I need for ml", "and for gen ai?"], ["skills-and-learning-paths/skills-for-working-in-generative-ai"], [['creativity'], ['mathematics|statistics']]),
(["how do i get into machine learning", "and into generative ai?"], ["skills-and-learning-paths/educational-paths-into-generative-ai"], [['degree'], ['online courses|dataquest']]),
(["what is multimodal ai", "examples?"], ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"], [['gpt-4'], ['gemini']]),
(["what's text to video", "why is it hard?"], ["future-trends/text-to-video-the-next-frontier-for-generative-ai"], [['frame'], ['consistent']]),
(["what's hyper personalisation", "how is that different from normal personalisation?"], ["future-trends/hyper-personalisation-with-machine-learning"], [['groups'], ['one person|each individual']]),
(["what are custom mini chatbots", "who's building the platforms?"], ["future-trends/custom-mini-chatbots-built-without-code"], [['google'], ['openai']]),
(["how big will the ai market get", "by when?"], ["future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030"], [['2030']]),
(["how does ml catch fraud", "how fast is it?"], ["ml-applications/fraud-detection-with-machine-learning"], [['fraction of a second']]),
(["what is a recommendation system", "what does it learn from?"], ["ml-applications/recommendation-systems-for-products-movies-and-music"], [['bought|watched|rated']]),
(["whats nlp", "give an example"], ["ml-applications/natural-language-processing-with-machine-learning"], [['sentiment|translation|chatbot']]),
(["what is image generation used for", "and in advertising?"], ["generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"], [['advertis']]),
(["how does gen ai make music", "can it do playlists too?"], ["generative-ai-applications/music-composition-and-personalised-playlists"], [['playlist'], ['preferences']]),
(["what is supervised learning", "why does it need so much data?"], ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets"], [['variety|expensive']]),
(["classification vs regression?", "give me an example of each"], ["supervised-learning/classification-versus-regression"], [['spam|cat'], ['price|temperature']]),
(["list some supervised learning algorithms", "which one fits a straight line?"], ["supervised-learning/common-supervised-learning-algorithms"], [['linear regression']]),
(["how do you build a spam filter with ml", "how do you test it?"], ["supervised-learning/a-worked-example-building-a-spam-filter"], [['fifth|test set']]),
(["what's the train test split", "why hold data back?"], ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [['new ones|memoris|practice sheet']]),
(["what is gradient descent", "what if the steps are too big?"], ["training-and-overfitting/gradient-descent-in-plain-words"], [['oversh']]),
(["what's a loss function", "and for generative models?"], ["evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"], [['cross-entropy'], ['gan|vae']]),
(["how is evaluating a picture generator different from a classifier", "why is the first one harder?"], ["evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"], [['no single correct|countless']]),
(["what makes ml results reliable", "list them"], ["evaluating-models/what-makes-machine-learning-results-reliable"], [['data quality'], ['model selection'], ['feature engineering']]),
(["how does q learning work", "what's the reward?"], ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], [['goal'], ['reward of 1']]),
(["where is rl used", "and in robots specifically?"], ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [['walk|grasp|balance']]),
(["what does rl need instead of a dataset", "why simulators?"], ["reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"], [['cheap|millions']]),
(["what is generative ai", "why is it so popular now?"], ["what-is-generative-ai/why-generative-ai-got-so-much-attention-recently"], [['computing power'], ['transformer']]),
(["what is generative ai", "does it just copy its training data?"], ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"], [['inspired|not directly taken|copied'], ['patterns']]),
(["is gen ai the same as ai?", "examples of ai that isn't generative?"], ["what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"], [['spam filter'], ['fraud|chess']]),
(["what is dimensionality reduction", "why bother?"], ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"], [['two or three|fewer numbers']]),
(["what's a latent space", "how do you get new samples out of it?"], ["vaes/generating-new-samples-from-the-latent-space"], [['decoder'], ['random|point']]),
(["why is it called a variational autoencoder", "what are the two parts of the loss?"], ["vaes/why-the-autoencoder-is-called-variational"], [['reconstruction'], ['kl|kullback']]),
(["how do ml and gen ai work together", "example?"], ["ml-vs-generative-ai/combining-both-into-more-powerful-systems"], [['customer support|shopping']]),
(["explain adversarial training", "how does it end?"], ["gans/how-adversarial-training-works"], [['ideal end state|end state']]),
(["difference between supervised and unsupervised", "which one needs labels?", "why are those expensive?"], ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [['people']]),
(["how is ai used in customer support", "and in education?"], ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"], [['learning path'], ['practice questions|virtual tutor']]),
(["gans vs vaes", "which one is more stable?", "why?"], ["vaes/vaes-compared-with-gans"], [['single objective']]),
(["how does training a classifier compare with training a GAN on compute", "any downsides?"], ["gans/why-gan-training-is-unstable-and-costly"], [['unstable']]),
(["what is ml", "whats deep learning then"], ["what-is-ml/machine-learning-inside-the-wider-field-of-ai"], [['layers'], ['neural networks']]),
(["what is a gan", "what about hallucination in chatbots?"], ["hallucination/what-hallucination-means"], [['fluent'], ['false']]),
(["how does a language model pick the next word", "and why does that make it make stuff up?"], ["hallucination/why-next-token-prediction-produces-fluent-falsehoods"], [['likely'], ['true']]),
(["what's rag", "does this tutor use it?"], ["hallucination/grounding-answering-from-sources-instead-of-memory"], [['extractive|quotes']]),
(["what can gen ai create", "and which models make pictures?"], ["what-is-generative-ai/kinds-of-content-generative-ai-creates"], [['gan|generative adversarial'], ['vae|variational']]),
]

CASES = [probekit.case("followup", None, turns=t, sections=s, facts=f) for t, s, f in C]


if __name__ == "__main__":
    probekit.check_facts(CASES)
    work, measure = probekit.halves(CASES, random.Random(32), in_order=True)
    base = Path(__file__).resolve().parent
    for name, part in (("work", work), ("measure", measure)):
        # The facts were written as TOML literal strings (single quotes): kept so, byte for byte.
        probekit.write_cases(base / name / "followup.toml", "", part, literal=("facts",))
