"""Sentence-choice probes (stop 32, cmpsent): comparisons whose sides each have their own course
section, where the learner asks ONE dimension of both sides in everyday words (where it runs, how
it is checked, what it needs, what goes wrong, who uses it, how fast, is it on purpose ...). Each
fact is the side's sentence about that dimension, not its defining sentence. Written from the
course text before any answer was read; split at random with seed 32 (probekit.halves)."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

SMALL = "language-models/small-language-models-versus-large-ones"
LLM = "language-models/what-makes-a-language-model-large"
TOK = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
NEXT = "language-models/next-token-prediction-step-by-step"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
HAL = "hallucination/what-hallucination-means"
WHYF = "hallucination/why-next-token-prediction-produces-fluent-falsehoods"
VARY = "hallucination/why-generated-content-varies-in-quality"
GROUND = "hallucination/grounding-answering-from-sources-instead-of-memory"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
GENEVAL = "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"
LOSSGEN = "evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"
GDATA = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
MLDATA = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
HARM = "ethics-and-regulation/biased-or-harmful-generated-content"
DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
GANG = "gans/the-generator-and-the-discriminator"
GANU = "gans/why-gan-training-is-unstable-and-costly"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
GANUSE = "gans/what-gans-have-been-used-for"
VAEE = "vaes/encoder-latent-space-and-decoder"
VAEUSE = "vaes/what-vaes-are-used-for"
VAEVAR = "vaes/why-the-autoencoder-is-called-variational"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
IMGSP = "ml-applications/image-and-speech-recognition"
NLP = "ml-applications/natural-language-processing-with-machine-learning"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"
IMGGEN = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
TXTGEN = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
CODEAUD = "generative-ai-applications/code-audio-and-new-drug-molecules"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
AUG = "generative-ai-applications/data-augmentation-with-synthetic-training-examples"
MLGOOD = "benefits-and-limitations/what-machine-learning-does-well"
MLBAD = "benefits-and-limitations/where-machine-learning-falls-short"
GENGOOD = "benefits-and-limitations/what-generative-ai-does-well"
GENBAD = "benefits-and-limitations/where-generative-ai-falls-short"

# (question, sections (one per side), facts: one list per side, the dimension's sentence)
CASES = [
    # where it runs / what hardware
    ("small language model vs the biggest llms - which one runs on a normal laptop and which needs a data centre", [SMALL], [["laptop|ordinary computer"], ["data-centre"]]),
    ("a trained decision tree vs a big image gan: which one is cheap to run on lots of records", [COMPUTE], [["cheap|handful of arithmetic"], ["computationally demanding"]]),
    ("tiny offline model vs gpt-4 sized model, what do u lose going small", [SMALL], [["forgets facts|invents details|knowledge and fluency"]]),
    # how it's checked
    ("how do you check a spam classifier vs how do you check a poem writing model", [ACC, GENEVAL], [["correct label|marked right or wrong|true answers"], ["no single correct output|realism|coherence"]]),
    ("evaluating a digit classifier vs evaluating a gan that draws digits, whats the diff", [ACC, GENEVAL], [["correct label|marked right or wrong|true answers"], ["diversity|realism"]]),
    ("how do i know a gan is actually improving vs knowing a classifier is improving", [GANU, ACC], [["looking at samples|do not reliably show"], ["true answers|marked right or wrong|accuracy"]]),
    ("testing a fraud detector vs testing an image generator: what do people actually measure", [FRAUD, GENEVAL], [["precision and recall"], ["realism|coherence|diversity"]]),
    ("grading a chatbot's answers vs grading a sentiment model, how is each one scored", [GENEVAL, NLP], [["realism|coherence|judges"], ["positive, negative or neutral"]]),
    ("checkin a text drafter vs checkin a yes/no classifier", [GENEVAL, ACC], [["no single correct output|coherence"], ["correct label|marked right or wrong|true answers"]]),
    # what it needs (data)
    ("gans vs supervised models: what kind of training data does each one need", [GDATA, MLDATA], [["high-quality, diverse|large|varied"], ["labelled"]]),
    ("what does a reinforcement learning agent need to learn vs what does a language model need", [MLDATA, NEXT], [["environment"], ["text itself|huge amounts of real text|no human labelling"]]),
    ("clustering customers vs training a spam filter - does either need somebody to label stuff first", [MLDATA], [["without anyone tagging|unlabelled"], ["labelled|marked"]]),
    ("image generator vs fraud model, what data do they each learn from", [IMGGEN, FRAUD], [["many images"], ["past transactions|labelled"]]),
    ("recommender vs music generator: what does each need to know about me", [REC, MUSIC], [["bought|watched|rated|preferences"], ["preferences|mood"]]),
    # what goes wrong
    ("gans vs vaes: what usually goes wrong when training each", [GANU, VAEVAR], [["unstable|oscillate|too strong"], ["blurry|garbage|patchy"]]),
    ("what goes wrong with ml vs what goes wrong with gen ai", [MLBAD, GENBAD], [["mistakes|noisy|incomplete"], ["groundbreaking|varies|false facts"]]),
    ("a biased loan model vs a chatbot that makes up a citation - which problem is in the data?", [BIAS, HAL], [["training data|data reflected"], ["no sense of true|not lying|fluent and confident"]]),
    ("chatbot making up a quote vs a faked video of a politician: is either done on purpose?", [HAL, DEEP], [["not lying on purpose|no sense of true"], ["never said or did|mislead voters"]]),
    ("an ai inventing a fake court case vs a doctored audio clip, why is each so hard to catch", [HAL, DEEP], [["looks exactly like the true text|same style, same certainty"], ["convincingly"]]),
    ("accuracy vs gan loss curves - when does each one fool you", [ACC, GANU], [["mislead|catches no fraud"], ["oscillate|do not reliably show"]]),
    ("biased credit scoring vs an image generator that only draws male ceos: who gets hurt by each", [BIAS, HARM], [["neighbourhoods|groups"], ["spread widely|stereotypes|people act on them"]]),
    ("mode collapse vs overfitting ... no wait, mode collapse vs a vae's blur, how do u notice each", [MODE, VAEVAR], [["many samples are compared|easy to miss"], ["blurry"]]),
    ("hallucination vs quality varying between runs - what causes each", [WHYF, VARY], [["likely-sounding|not for producing true"], ["samples each token|different paths|prompt"]]),
    # who uses it
    ("deepfakes vs generated ad images: who is using each of them", [DEEP, IMGGEN], [["advertising and entertainment|campaigns|elections"], ["advertising teams|graphic designers|designers"]]),
    ("speech recognition vs audio generation - who uses them and for what", [IMGSP, CODEAUD], [["transcription|voice assistants"], ["speech in a chosen voice|sound effects"]]),
    ("recommendation engines vs chatbots: which businesses lean on them", [REC, TXTGEN], [["online shops|streaming services|news sites"], ["dialogue systems|virtual assistants|chatbots"]]),
    ("code generators vs fraud models: who benefits from them day to day", [CODEAUD, FRAUD], [["routine programming|programming"], ["banks|payment companies"]]),
    ("vaes vs gans in practice - who picks which for what kind of task", [VAEUSE, GANUSE], [["anomaly detection|faces|melodies|images, text and music"], ["photorealistic|portraits|music and artwork"]]),
    # how fast
    ("fraud detection vs drug molecule generation: how fast do you get a result from each", [FRAUD, CODEAUD], [["fraction of a second|real time"], ["slow and expensive|speed up"]]),
    ("how fast is a small model vs a huge one at writing text", [SMALL], [["dozen or more tokens per second|speed"], ["more accurately"]]),
    ("gen ai content vs ml data analysis: which one actually saves time and how", [GENGOOD, MLGOOD], [["much faster|in a minute"], ["automates data analysis|speed and scale"]]),
    # what it produces / cost
    ("how expensive is training a gan compared to a vae", [GANU, VAEE], [["expensive|computation|powerful hardware"], ["stable|single"]]),
    ("training cost of an llm vs a simple logistic regression", [LLM, COMPUTE], [["billions"], ["cheap|handful of arithmetic|little computational power"]]),
    ("tokens vs next-token prediction: which one explains why a bot can't count letters in strawberry", [TOK, NEXT], [["strawberry"]]),
    ("greedy decoding vs a high temperature: which gives boring text and which goes off the rails", [TEMP], [["dull and repetitive"], ["nonsense"]]),
    ("grounded answers vs a model answering from memory, which can i trace back", [GROUND], [["traced|cite"]]),
    ("precision vs recall: which matters more when screening for a disease", [PR, "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["of all the real cases|TP / \\(TP \\+ FN\\)|raises an alarm"], ["high recall|missed patient"]]),
    ("a vae vs a gan: which can take a real photo and place it in its latent space", [VAEE, GANG], [["encoder|compresses"], ["never sees the real data|judges whether"]]),
    ("ml vs generative ai: where does each one need a human to step in", [MLBAD, GENBAD], [["tested, monitored and questioned|trusted blindly"], ["person reviews|draft"]]),
    ("data augmentation vs the data a classifier normally needs: what's the risk of fake examples", [AUG, MLDATA], [["unrealistic or repetitive|wrong patterns"], ["labelled"]]),
    ("an image recognition model vs an image generator, what does each output", [IMGSP, IMGGEN], [["classify|prediction about existing data|this face is person"], ["new pictures|fresh images"]]),
    ("anomaly detection vs a vae used as an anomaly detector: how does each notice the odd one", [PRED, VAEUSE], [["normal|outside the pattern"], ["rebuilds badly|reconstruction error"]]),
    ("sentiment analysis vs text generation: does either one write new words", [NLP, TXTGEN], [["pure prediction|positive, negative"], ["new text|one token at a time"]]),
    ("hallucinations vs biased content from gen ai, how do the developers try to reduce each", ["hallucination/how-to-spot-and-reduce-hallucination", HARM], [["grounding|quote its sources|temperature"], ["filtering training data|safety rules|rate outputs"]]),
    ("ml's upside vs gen ai's upside for a small shop owner", [MLGOOD, GENGOOD], [["automates data analysis|sell together"], ["content production|slogans|customers"]]),
    ("llm vs small model, which is more likely to invent stuff", [SMALL], [["invents details"]]),
    ("music recommender vs music composer ai, does either create new songs", [REC, MUSIC], [["suggests items|recommend"], ["did not exist before|compose"]]),
    ("facial recognition vs deepfakes: which one needs photos of a real person and what does it do with them", [IMGSP, DEEP], [["matches a face|known person"], ["real person"]]),
]


def build():
    return [probekit.case("comparison", q, sections=s, facts=f) for q, s, f in CASES]


if __name__ == "__main__":
    cases = build()
    probekit.check_facts(cases)
    work, measure = probekit.halves(cases, random.Random(32))
    here = Path(__file__).parent
    head = "# Sentence-choice probes (stop 32, cmpsent), split at random (seed 32).\n\n"
    probekit.write_cases(here / "work" / "comparison.toml", head, work)
    probekit.write_cases(here / "measure" / "comparison.toml", head, measure)
    print(len(cases), "cases", len(work), "work", len(measure), "measure")
