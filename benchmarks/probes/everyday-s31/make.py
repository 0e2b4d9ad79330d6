"""Write the everyday-s31 probes: paraphrases that describe an everyday thing (app, device, work
tool, news story) in plain words, no course term. Split at random (seed 31) into work/measure."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

C = [
 ("my email app sorts messages into folders by itself, did someone type in rules for that?", ["what-is-ml/learning-from-data-instead-of-hand-written-rules"], [["rule"], ["data"]]),
 ("the app that tells a cat photo from a dog photo, how did it figure that out", ["what-is-ml/the-cats-and-dogs-example"], [["cat"], ["dog"]]),
 ("is face unlock on my phone one of those learning computer things", ["ml-applications/image-and-speech-recognition"], [["recogni"]]),
 ("how does my inbox know which emails are junk", ["supervised-learning/a-worked-example-building-a-spam-filter"], [["spam"]]),
 ("an app that guesses what my flat will sell for, what kind of problem is that", ["supervised-learning/classification-versus-regression"], [["regression"]]),
 ("why did the company pay ppl to tag thousands of photos before building their app", ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets"], [["label"]]),
 ("our supermarket splits shoppers into groups without saying what the groups are, how does the computer do that", ["unsupervised-learning/clustering-groups-similar-data-points"], [["group|cluster"]]),
 ("my stats tool squashes 200 columns of survey answers into a handful, why would you", ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"], [["feature|dimension|variable"]]),
 ("the shopper grouping thing gives silly groups when the dots make weird curvy shapes", ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [["shape|dens"]]),
 ("how does a robot hoover learn by bumping into furniture", ["reinforcement-learning/agents-environments-actions-and-rewards", "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"], [["reward|feedback"]]),
 ("the game bot always plays the same safe move and never tries anything new, why", ["reinforcement-learning/exploration-versus-exploitation"], [["explor"]]),
 ("how did a computer get good at video games just by playing them", ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["game"]]),
 ("my homework predictor aced the practice questions but flopped on new ones lol", ["training-and-overfitting/overfitting-and-underfitting"], [["overfit"]]),
 ("why do they hide away some of the data before building the app", ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["test"]]),
 ("the app went wrong because the survey answers were full of blanks and typos", ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"], [["noisy|incomplete|missing"]]),
 ("whats the number that says how wrong the apps guesses are", ["training-and-overfitting/what-a-loss-function-measures"], [["loss"]]),
 ("those websites that make pictures of cats that never existed, how do they work", ["what-is-generative-ai/the-cat-pictures-example-of-generative-ai"], [["cat"]]),
 ("is the thing that writes poems for me just copying poems it read somewhere", ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"], [["cop"]]),
 ("why is everyone suddenly going on about chatbots the last couple of years", ["what-is-generative-ai/why-generative-ai-got-so-much-attention-recently"], [["chatgpt|recent|attention"]]),
 ("the fake face websites where one program draws faces and another tries to catch the fakes", ["gans/the-generator-and-the-discriminator", "gans/how-adversarial-training-works", "gans/one-model-generates-another-evaluates"], [["generat"], ["discriminat|evaluat"]]),
 ("the fake face maker keeps spitting out almost the same face every time", ["gans/mode-collapse-when-a-gan-loses-variety"], [["mode collapse|variety"]]),
 ("why is building those fake face makers so fiddly and pricey", ["gans/why-gan-training-is-unstable-and-costly"], [["unstable|instab"]]),
 ("the model that squeezes a photo into a short code and then rebuilds it", ["vaes/encoder-latent-space-and-decoder"], [["encoder"], ["decoder"]]),
 ("how can the squeeze and rebuild model make brand new pictures", ["vaes/generating-new-samples-from-the-latent-space"], [["latent"]]),
 ("what's the hidden map where similar pictures end up sitting close together", ["vaes/what-the-latent-space-represents"], [["latent"]]),
 ("when i text someone the little bar above the keys guesses my next word, how does it pick", ["language-models/next-token-prediction-step-by-step"], [["next"], ["probab|likely"]]),
 ("the chatbot bills by little chunks of words, what are those chunks", ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["token"]]),
 ("why does the chatbot give a different answer every time i hit regenerate", ["language-models/sampling-temperature-top-k-and-top-p"], [["temperature|sampl|random"]]),
 ("why do the big chat assistants need giant data centres but some run on a phone", ["language-models/small-language-models-versus-large-ones"], [["small"]]),
 ("my homework helper app made up a book that doesnt exist, why does it do that", ["hallucination/why-next-token-prediction-produces-fluent-falsehoods", "hallucination/what-hallucination-means"], [["hallucinat|false|plausib|fluent"]]),
 ("the bot sounded dead sure but the date it gave me was totally wrong", ["hallucination/why-next-token-prediction-produces-fluent-falsehoods", "hallucination/what-hallucination-means"], [["confident|fluent|plausib"]]),
 ("some help desk bots answer from the company's own help pages instead of from memory, why is that better", ["hallucination/grounding-answering-from-sources-instead-of-memory"], [["source"]]),
 ("how can i tell if the essay the bot wrote for me has made up stuff in it", ["hallucination/how-to-spot-and-reduce-hallucination"], [["check|verif"]]),
 ("is the weather forecast app the same kind of ai as the picture maker app", ["ml-vs-generative-ai/predicting-versus-creating-two-different-goals"], [["predict"], ["creat|generat"]]),
 ("do chat assistants run on the same learning stuff as junk mail filters underneath", ["ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"], [["built on|machine learning"]]),
 ("the quick test flagged loads of ppl as sick who were fine, how do you put a number on that", ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], [["precision"]]),
 ("the card checker is right 99% of the time but misses nearly every scam purchase, how is that possible", ["evaluating-models/accuracy-the-share-of-predictions-that-are-right", "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["accura"]]),
 ("how do you grade whether a computer-drawn picture is any good", ["evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"], [["realis"]]),
 ("why does it cost millions to build the big chat assistants", ["data-and-compute/training-cost-compute-expertise-and-time"], [["cost|expens"]]),
 ("why can my old laptop run a junk mail filter but not a picture maker", ["data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"], [["gpu|comput"]]),
 ("what sort of text do they feed the chat assistants when making them", ["data-and-compute/training-data-for-generative-models-large-clean-and-varied"], [["large|varied|clean"]]),
 ("how does my bank spot a weird purchase on my card", ["ml-applications/fraud-detection-with-machine-learning", "industry-use-cases/finance-catching-fraud-and-handling-documents"], [["fraud"]]),
 ("how does my music app pick songs i'll like", ["ml-applications/recommendation-systems-for-products-movies-and-music", "generative-ai-applications/music-composition-and-personalised-playlists"], [["recommend|playlist"]]),
 ("how does the voice thing on my speaker understand what i say", ["ml-applications/image-and-speech-recognition"], [["speech"]]),
 ("how do shops guess how much stock to order for next month", ["ml-applications/predictive-analytics-and-anomaly-detection", "industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["predict|forecast"]]),
 ("those assistants that write code for programmers, how does that work", ["generative-ai-applications/code-audio-and-new-drug-molecules"], [["code"]]),
 ("can a computer make up fake photos to help train another model", ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["synthetic|augment"]]),
 ("the apps that make posters and ad pictures from a sentence", ["generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"], [["advertis|design"]]),
 ("does the hospital use computers that learn to read scans", ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["disease|diagnos"]]),
 ("the chat window on the airline website, is that ai", ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["chatbot"]]),
 ("do online shops get ai to write the blurbs on their product pages", ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["product"]]),
 ("what are chat assistants actually bad at", ["benefits-and-limitations/where-generative-ai-falls-short"], [["hallucinat|bias|inaccura|wrong|fals"]]),
 ("what are the old school prediction programs really good at", ["benefits-and-limitations/what-machine-learning-does-well"], [["pattern|predict|automat"]]),
 ("the hiring software kept turning down women, why would it do that", ["ethics-and-regulation/bias-inherited-from-training-data"], [["bias"]]),
 ("those fake videos of politicians saying stuff they never said", ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["deepfake"]]),
 ("are there any laws about ai in europe", ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["eu|europe"]]),
 ("the bank's loan software keeps saying no to people from some areas, is that fair", ["ethics-and-regulation/bias-inherited-from-training-data"], [["bias"]]),
 ("chat assistants that can look at my photo and talk about it", ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"], [["multimodal|image"]]),
 ("can i make my own little chatbot for my shop without knowing programming", ["future-trends/custom-mini-chatbots-built-without-code"], [["code|coding"]]),
 ("apps that make a movie clip out of a sentence, is that coming", ["future-trends/text-to-video-the-next-frontier-for-generative-ai"], [["video"]]),
 ("our staff are scared the new ai tool will take their jobs and dont want to use it", ["adoption-challenges/resistance-to-change-from-employees"], [["resist|employee"]]),
 ("nobody at our firm knows how to build or run this ai stuff", ["adoption-challenges/the-ai-skills-gap"], [["skill"]]),
 ("my boss wants to try the ai thing with one small team first, good idea?", ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["pilot"]]),
 ("what should i learn to get a job making chatbots and picture makers", ["skills-and-learning-paths/skills-for-working-in-generative-ai", "skills-and-learning-paths/educational-paths-into-generative-ai"], [["skill|learn|course"]]),
 ("where can i hang out with other people who are into ai", ["skills-and-learning-paths/ways-to-engage-with-the-ai-community"], [["communit"]]),
 ("my phone camera makes the sky bluer by itself, is that ai making stuff up or just predicting", ["ml-vs-generative-ai/predicting-versus-creating-two-different-goals"], [["predict"], ["creat|generat"]]),
]

cases = [probekit.case("paraphrase", q, sections=secs, facts=facts) for q, secs, facts in C]
probekit.check_facts(cases)
head = "# Fresh questions (stop 31, helper para): everyday things and situations in plain words, no course term; {} half of a random split (seed 31).\n\n"
root = Path(__file__).parent
for name, part in zip(("work", "measure"), probekit.halves(cases, random.Random(31), in_order=True), strict=True):
    probekit.write_cases(root / name / "paraphrase.toml", head.format(name), part)
