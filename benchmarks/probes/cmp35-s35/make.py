"""Comparison probes (stop 35, cmp35): the comparison classes that still fail on read sets, in fresh
words: which of two tools is machine learning and which generative AI (each tool's own section, or
the section that contrasts predicting and creating), how one generative family is trained compared
with another (the section that says a GAN's generator-versus-evaluator game is not general), the three
learning types side by side, one algorithm against another, and pairs the course compares in one
section asked in everyday words. Written from the course text before any answer was read; split at
random with seed 3535."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).parent
PREDCRE = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
ONEGEN = "gans/one-model-generates-another-evaluates"
GANG = "gans/the-generator-and-the-discriminator"
ADV = "gans/how-adversarial-training-works"
NEXT = "language-models/next-token-prediction-step-by-step"
THREE = "what-is-ml/three-ways-a-machine-can-learn"
MLDATA = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
ALGOS = "supervised-learning/common-supervised-learning-algorithms"
VAEG = "vaes/vaes-compared-with-gans"
CLSREG = "supervised-learning/classification-versus-regression"
CLUST = "unsupervised-learning/clustering-groups-similar-data-points"
LBL = "supervised-learning/learning-from-labelled-examples"
UNL = "unsupervised-learning/learning-from-unlabelled-data"
SPEECH = "ml-applications/image-and-speech-recognition"
CODEAUD = "generative-ai-applications/code-audio-and-new-drug-molecules"
IMGGEN = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
TXTGEN = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
NLP = "ml-applications/natural-language-processing-with-machine-learning"
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
SUPPORT = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
MLGOOD = "benefits-and-limitations/what-machine-learning-does-well"
GENGOOD = "benefits-and-limitations/what-generative-ai-does-well"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
OVER = "training-and-overfitting/overfitting-and-underfitting"
HAL = "hallucination/what-hallucination-means"
HARM = "ethics-and-regulation/biased-or-harmful-generated-content"
VAEGEN = "vaes/generating-new-samples-from-the-latent-space"
RLA = "reinforcement-learning/agents-environments-actions-and-rewards"
SMALL = "language-models/small-language-models-versus-large-ones"
KMFAIL = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
EXPL = "reinforcement-learning/exploration-versus-exploitation"

# (question, sides (each a list of acceptable sections), facts)
ROWS = [
    # (a) which is ML and which is generative AI: each tool's own section, or the predicting/creating one
    ("subtitles that transcribe a podcast vs a tool that clones a narrator's voice - which is ml and which is gen ai",
     [[SPEECH, PREDCRE], [CODEAUD, PREDCRE]], [["speech|transcri|label"], ["voice|did not exist|new"]]),
    ("face unlock on my phone compared to an app that makes cartoon portraits from scratch: predicting or generating?",
     [[SPEECH, PREDCRE], [IMGGEN, PREDCRE]], [["face|recogni|label"], ["new|did not exist"]]),
    ("spotify picking songs for me vs an ai that writes a new song for me, which one is generative",
     [[MUSIC, REC]], [["existing songs|recommend"], ["did not exist|compose|new"]]),
    ("a bank flagging a weird card payment and a bot writing a blog post, which is classic ml and which is generative ai",
     [[FRAUD, PREDCRE], [TXTGEN, PREDCRE]], [["fraud"], ["new|did not exist|text"]]),
    ("forecasting how many umbrellas my shop sells next week vs writing the product blurbs, ml or genai for each?",
     [[RETAIL, PREDCRE, PRED]], [["predict|forecast"], ["descri|new|writ"]]),
    ("github copilot suggesting code vs a model that tags bug reports by topic - sort them into ml and gen ai",
     [[CODEAUD, PREDCRE], [NLP, PREDCRE]], [["code|next lines"], ["label|topic|categor|judgement"]]),
    ("the helpdesk bot that chats back vs the thing that reads if an email is angry. which is which, ml or generative",
     [[SUPPORT]], [["sentiment"], ["chatbot|natural language"]]),
    ("plumber here. an ai that spots leaks from sensor readings and an ai that writes my quotes. which is machine learning and which generative?",
     [[PRED, PREDCRE], [TXTGEN, PREDCRE]], [["unusual|anomal|predict|judgement"], ["new|did not exist|writ|text"]]),
    # (b) how one kind of generative model learns compared with another
    ("do language models learn by having a critic network mark their sentences, the way a gan learns?",
     [[ONEGEN]], [["single network|next token"], ["evaluat|discriminator"]]),
    ("how does a chatbot's model get trained compared with the forger-and-detective setup",
     [[ONEGEN]], [["next token|single network"]]),
    ("is a vae trained against an opponent like a gan, or differently",
     [[ONEGEN, VAEG]], [["single|no opponent|single objective"]]),
    ("gan training vs stable-diffusion style image models - do both need a discriminator?",
     [[ONEGEN]], [["without a discriminator|remove noise"]]),
    ("is the two-player game in gans how all generative ai learns, or just gans",
     [[ONEGEN]], [["not a general rule|defining feature|not how all"]]),
    # (c) the three types side by side
    ("supervised, unsupervised, reinforcement - give me the gist of each next to each other",
     [[THREE, MLDATA]], [["label|correct answer"], ["no answers|unlabelled|structure"], ["reward"]]),
    ("bartender here. the 3 kinds of machine learning, how do they differ in one go",
     [[THREE, MLDATA]], [["correct answer|label"], ["no answers|unlabelled"], ["reward"]]),
    ("with answers, without answers, and with rewards: are those the three ml types and how do they compare",
     [[THREE, MLDATA]], [["correct answer|label"], ["structure|unlabelled|no answers"], ["reward"]]),
    ("what separates reinforcement learning from supervised and unsupervised learning? all three please",
     [[THREE, MLDATA]], [["correct answer|label"], ["no answers|unlabelled"], ["reward|environment"]]),
    ("sup vs unsup vs rl, what kind of feedback does each get",
     [[THREE, MLDATA]], [["correct answer|label"], ["no answers|unlabelled"], ["reward"]]),
    # (d) one algorithm against another
    ("decision tree or neural net for a small table of customer data?",
     [[ALGOS]], [["yes-or-no|chain"], ["more data"]]),
    ("svm vs linear regression, what does each actually do",
     [[ALGOS]], [["margin|gap"], ["straight line|number"]]),
    ("neural networks vs simple models - which is easier to explain and which needs more data",
     [[ALGOS]], [["easy to explain"], ["more data"]]),
    ("k-means vs dbscan for weird shaped groups",
     [[KMFAIL]], [["round|ring|shape"], ["dens"]]),
    # (e) pairs the course compares in one section, everyday words
    ("the squash-and-rebuild model vs the forger-vs-cop model: which one's output is blurrier",
     [[VAEG]], [["blurr"], ["sharper"]]),
    ("rebuilding model vs two networks competing - which one is calmer to train",
     [[VAEG]], [["stable"]]),
    ("guessing a house price vs guessing if an email is spam, how are those tasks different",
     [[CLSREG]], [["number"], ["category|class"]]),
    ("a student who crams the answers vs one who barely studied - whats the ml version of each",
     [[OVER]], [["overfitting"], ["underfitting"]]),
    ("trying new restaurants vs going to your favourite one, what's that in reinforcement learning",
     [[EXPL]], [["explor"], ["exploit"]]),
    ("a tiny model on my phone vs a giant one in the cloud, pros and cons",
     [[SMALL]], [["private|phone|device|cheap"], ["accurate|knowledge"]]),
    ("at rest, which uses more computer power once trained, a fraud scorer or an image gan",
     [[COMPUTE]], [["little|cheap"], ["heavy|GPU|comput"]]),
    ("grouping patients with no diagnosis given vs learning from cases already tagged by doctors",
     [[CLUST, UNL], [LBL]], [["similar|group|no labels"], ["label|correct answer"]]),
    ("an ai that is prejudiced vs an ai that invents facts, what's the difference",
     [[HARM, "ethics-and-regulation/bias-inherited-from-training-data"], [HAL]], [["bias|stereotyp"], ["false|made up|fluent|invent"]]),
    ("strengths of normal ml vs strengths of genai, quick list",
     [[MLGOOD], [GENGOOD]], [["automat|anomal"], ["content|creative|customer"]]),
    ("how does a vae make a new picture compared with an rl agent learning to play a game",
     [[VAEGEN], [RLA]], [["latent|decoder"], ["reward"]]),
]


def cases(rows):
    """The probekit cases of ``rows`` (question, sides, facts): comparisons with their sides."""
    return [
        probekit.case("comparison", q, sections=sorted({s for side in sides for s in side}), sides=sides, facts=facts)
        for q, sides, facts in rows
    ]


if __name__ == "__main__":
    all_cases = cases(ROWS)
    probekit.check_facts(all_cases)
    work, measure = probekit.halves(all_cases, random.Random(3535))
    head = "# Comparison probes (stop 35, cmp35), split at random (seed 3535) before any answer was read.\n\n"
    for name, part in (("work", work), ("measure", measure)):
        probekit.write_cases(HERE / name / "comparison.toml", head, part)
