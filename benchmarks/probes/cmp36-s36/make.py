"""Comparison probes (stop 36, cmp36): comparisons in many forms of asking, from varied everyday
learners, written from the course text before any answer was read. Five classes (the case key
``class``, read by ``check.py``, ignored by the judge):

- ``single``: one thing named, "is X machine learning or generative AI?": the answer should open
  with the verdict (``opens``: a pattern the first sentence must match), not with the umbrella of AI;
- ``which``: two or three things named, "which is ML and which is gen AI": each thing's own part
  (its section, or the course's sentence that tells the two apart);
- ``good``: the good (or weak) side of one family against the good (or weak) side of the other,
  each side from the section whose heading fits what is asked, with guards that mix the two
  (strengths of one vs weaknesses of the other) or stay in one family;
- ``options``: two things described as labelled options or versions whose category answer is
  written plainly ("late or on time"), not quoted or after "whether";
- ``forms``: other ways of asking (X vs Y, how is X different from Y, which is better for, the
  trade-off, within one comparing section, across lessons).

Split at random with seed 36, per class, before any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).parent
NEST = "what-is-ml/machine-learning-inside-the-wider-field-of-ai"
EVERYDAY = "what-is-ml/everyday-machine-learning-services"
BUILT = "ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"
PREDCRE = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
NOTAI = "what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"
GENWHAT = "what-is-generative-ai/generating-new-data-that-resembles-the-training-data"
KINDS = "what-is-generative-ai/kinds-of-content-generative-ai-creates"
LMDO = "language-models/what-a-language-model-does"
TXTGEN = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
IMGGEN = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
CODEAUD = "generative-ai-applications/code-audio-and-new-drug-molecules"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
SPEECH = "ml-applications/image-and-speech-recognition"
NLP = "ml-applications/natural-language-processing-with-machine-learning"
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"
SAMEIND = "industry-use-cases/same-industries-different-jobs"
HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
EDU = "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"
SUPPORT = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"
SPAM = "supervised-learning/a-worked-example-building-a-spam-filter"
RLGAMES = "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"
RLA = "reinforcement-learning/agents-environments-actions-and-rewards"
MULTI = "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"
CUSTOM = "future-trends/custom-mini-chatbots-built-without-code"
MLGOOD = "benefits-and-limitations/what-machine-learning-does-well"
MLBAD = "benefits-and-limitations/where-machine-learning-falls-short"
GENGOOD = "benefits-and-limitations/what-generative-ai-does-well"
GENBAD = "benefits-and-limitations/where-generative-ai-falls-short"
KNOW = "benefits-and-limitations/knowing-the-limits-is-the-key-to-success"
ACCAD = "ml-vs-generative-ai/comparing-accuracy-and-adaptability"
SKILLML = "skills-and-learning-paths/skills-for-working-in-machine-learning"
SKILLGEN = "skills-and-learning-paths/skills-for-working-in-generative-ai"
PATHML = "skills-and-learning-paths/educational-paths-into-machine-learning"
PATHGEN = "skills-and-learning-paths/educational-paths-into-generative-ai"
CLSREG = "supervised-learning/classification-versus-regression"
LBL = "supervised-learning/learning-from-labelled-examples"
UNL = "unsupervised-learning/learning-from-unlabelled-data"
CLUST = "unsupervised-learning/clustering-groups-similar-data-points"
KM = "unsupervised-learning/how-k-means-finds-clusters"
PCA = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
DBS = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
ALGOS = "supervised-learning/common-supervised-learning-algorithms"
VAEG = "vaes/vaes-compared-with-gans"
VAEE = "vaes/encoder-latent-space-and-decoder"
GANG = "gans/the-generator-and-the-discriminator"
PRWHY = "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
GENEVAL = "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"
SMALL = "language-models/small-language-models-versus-large-ones"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
OVER = "training-and-overfitting/overfitting-and-underfitting"
LOSS = "training-and-overfitting/what-a-loss-function-measures"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
RLENV = "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"
MLDATA = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
COMPUTE = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
HARM = "ethics-and-regulation/biased-or-harmful-generated-content"
HAL = "hallucination/what-hallucination-means"
GROUND = "hallucination/grounding-answering-from-sources-instead-of-memory"
REG = "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"

GEN_OPENS = ["generativ"]
ML_OPENS = ["machine learning|predict|classif|recogni|generate nothing|create nothing|not generative|recommend"]
NESTED = ["inside machine learning|application of machine learning|is a machine learning system|built on machine learning|not a separate science|broader field"]
GEN_SIDE = [NEST, BUILT, NOTAI, GENWHAT, KINDS, LMDO, TXTGEN, SUPPORT, MULTI, PREDCRE]
KIND = [["number"], ["categor"]]

# (question, sides (each a list of acceptable sections), facts, opens or None)
SINGLE = [
    ("my nan asked me if chat gpt is machine learning or generative ai, what do i tell her",
     [GEN_SIDE], [["generativ"], NESTED], GEN_OPENS),
    ("quick one: is the netflix thing that suggests shows ml or gen ai?",
     [[REC, EVERYDAY, MUSIC, PREDCRE]], [["recommend"], ["machine learning"]], ML_OPENS),
    ("is face id on my phone machine learning or generative ai",
     [[SPEECH, PREDCRE]], [["face"], ["machine learning rather than generative|prediction about existing data|judgement about something that already exists"]], ML_OPENS),
    ("bakery owner. the app that writes my instagram captions, is that ML or generative?",
     [[TXTGEN, KINDS, GENWHAT, PREDCRE, NOTAI]], [["generat"], ["text|writ"]], GEN_OPENS),
    ("is a spam filter counted as generative ai or as machine learning?",
     [[NOTAI, BUILT, SPAM]], [["generate nothing|create nothing"]], ML_OPENS),
    ("those ai art apps that draw a picture from a sentence - ml or gen ai?",
     [[IMGGEN, KINDS, GENWHAT, PREDCRE, NOTAI]], [["generat"], ["image|picture"]], GEN_OPENS),
    ("is google translate generative ai or just machine learning?",
     [[NLP]], [["translat"], ["machine learning and generative AI meet|also produce new text"]], None),
    ("the bit of my bank app that blocks dodgy payments - machine learning, or generative ai?",
     [[FRAUD, FIN, PREDCRE, SAMEIND, NOTAI]], [["fraud"], ["machine learning"]], ML_OPENS),
    ("call centre worker. is the chatbot on our website machine learning or generative ai, or both?",
     [[SUPPORT, NLP, TXTGEN]], [["generative AI is what actually powers|also produce new text|dialogue systems"]], [*GEN_OPENS, "machine learning"]),
    ("a tool that writes code for you, does that count as machine learning or generative ai?",
     [[CODEAUD, KINDS, GENWHAT]], [["code"], ["generat"]], GEN_OPENS),
    ("is the thing that sorts my phone photos by who is in them ml or genai",
     [[SPEECH, PREDCRE]], [["face|facial"], ["machine learning rather than generative|prediction about existing data|judgement about something that already exists"]], ML_OPENS),
    ("so is an llm a type of machine learning, or is generative ai something else entirely?",
     [[BUILT, NEST]], [NESTED], ["generativ|machine learning"]),
    ("gemini and gpt-4: are they machine learning or gen ai",
     [GEN_SIDE], [["generativ"]], GEN_OPENS),
    ("carpenter here, is a model that predicts when my saw blade will wear out generative ai or ml?",
     [[PRED, EVERYDAY, PREDCRE, NOTAI]], [["predict|forecast"]], ML_OPENS),
]

WHICH = [
    ("siri understanding what i said vs chatgpt writing me a poem: which one is ml and which one is generative ai",
     [[SPEECH, PREDCRE, NOTAI, EVERYDAY], [TXTGEN, KINDS, PREDCRE, NOTAI, LMDO]], [["speech|spoken|voice assistant"], ["text|did not exist|new content"]]),
    ("fitness coach. my watch predicting my recovery time, and an app writing me a meal plan. which is machine learning and which is gen ai?",
     [[PRED, PREDCRE, NOTAI, EVERYDAY], [TXTGEN, PREDCRE, NOTAI, GENWHAT]], [["predict|forecast"], ["new|did not exist|writ"]]),
    ("sort these into ml or gen ai for me: a credit score model, an ai that makes logos, a movie recommender",
     [[PREDCRE, NOTAI, SAMEIND, FRAUD], [IMGGEN, PREDCRE, NOTAI], [REC, PREDCRE, EVERYDAY]], [["score|judgement|prediction"], ["logo|image|did not exist|new content"], ["recommend"]]),
    ("which of these is generative: a thermostat that learns when im home, or an app that turns my selfie into a painting",
     [[PRED, NOTAI, PREDCRE], [IMGGEN, NOTAI, PREDCRE, GENWHAT]], [["predict|decision|judgement"], ["new|did not exist|image"]]),
    ("an email app that puts adverts in the spam folder vs an app that writes the reply for me: ml or gen ai, which is which?",
     [[SPAM, NOTAI, BUILT, PREDCRE], [TXTGEN, PREDCRE, NOTAI]], [["spam"], ["writ|text|new|did not exist"]]),
    ("hotel manager. one system predicts how many rooms we'll fill, the other writes the room descriptions for the website. which is which, ml or generative?",
     [[PRED, RETAIL, PREDCRE, SAMEIND], [TXTGEN, RETAIL, PREDCRE, SAMEIND]], [["predict|forecast"], ["descri|writ|new"]]),
    ("radiographer: the ai flagging shadows on x-rays and the ai drafting the patient letter. tell me which is ml and which is gen ai",
     [[HEALTH]], [["scan|x-ray"], ["draft|treatment plan"]]),
    ("shazam naming a song vs an ai that makes a brand new song, ml or gen ai for each",
     [[SPEECH, PREDCRE, NOTAI, MUSIC], [MUSIC, CODEAUD, PREDCRE]], [["recogni|existing|label|judgement"], ["did not exist|compose|new"]]),
    ("a robot vacuum learning my living room vs those picture-making ais, which counts as generative and which as plain ml",
     [[RLGAMES, NOTAI, PREDCRE, RLA], [IMGGEN, PREDCRE, NOTAI, GENWHAT]], [["robot|action"], ["image|picture|new|did not exist"]]),
    ("teacher. the tool that decides which quiz a kid gets next and the tool that makes up new practice questions: which one is machine learning and which is generative ai",
     [[EDU]], [["learning path|recommend|tracks"], ["practice questions"]]),
    ("sentiment analysis on reviews vs writing replies to the reviews: ml vs generative, which is which",
     [[SUPPORT, NLP, PREDCRE], [SUPPORT, TXTGEN, PREDCRE]], [["sentiment"], ["repl|natural language|new"]]),
    ("bank fraud alerts, loan document summaries, chat support replies: ml or gen ai, each one?",
     [[FIN, FRAUD], [FIN], [SUPPORT, FIN, TXTGEN]], [["fraud"], ["summari"], ["chatbot|natural language|repl|dialogue"]]),
    ("one of these is generative and one isn't, which? an app that guesses my age from a photo, an app that ages my photo by 30 years",
     [[SPEECH, PREDCRE, NOTAI], [IMGGEN, PREDCRE, NOTAI, GENWHAT]], [["judgement|prediction|label|classif|recogni"], ["new|did not exist|image"]]),
    ("is the youtube recommendations thing ml and the ai voice in tiktok videos gen ai? or are both gen ai",
     [[REC, MUSIC], [CODEAUD, KINDS]], [["recommend"], ["voice|speech"]]),
]

GOOD = [
    ("what's ml good at compared with what gen ai is good at",
     [[MLGOOD], [GENGOOD]], [["anomal|automat"], ["content|creative|customer"]]),
    ("the upsides of machine learning next to the upsides of generative ai, please",
     [[MLGOOD], [GENGOOD]], [["anomal|automat"], ["content|creative|customer"]]),
    ("small business owner: pros of classic ml vs pros of genai?",
     [[MLGOOD], [GENGOOD]], [["anomal|automat"], ["content|creative|customer"]]),
    ("where does ml fall down and where does generative ai fall down, side by side",
     [[MLBAD], [GENBAD]], [["noisy|incomplete"], ["groundbreaking|varies"]]),
    ("ml's strengths vs gen ai's weaknesses, which matters more for a bank?",
     [[MLGOOD], [GENBAD]], [["anomal|automat"], ["varies|groundbreaking|false facts|biased"]]),
    ("what generative ai does well versus where plain machine learning struggles",
     [[GENGOOD], [MLBAD]], [["content|creative"], ["noisy|incomplete"]]),
    ("skills for an ml job vs skills for a gen ai job",
     [[SKILLML], [SKILLGEN]], [["Python"], ["creativity"]]),
    ("how do you get into machine learning compared to getting into generative ai - courses, degrees, whatever",
     [[PATHML], [PATHGEN]], [["Kaggle|Coursera"], ["Dataquest|Generative AI Fundamentals"]]),
    ("benefits of each: machine learning, generative ai. go",
     [[MLGOOD], [GENGOOD]], [["anomal|automat"], ["content|creative|customer"]]),
    ("is ml better at some stuff and gen ai better at other stuff? what's each one's best bit",
     [[MLGOOD, KNOW], [GENGOOD, KNOW]], [["analy|predict|anomal"], ["creat|content|draft"]]),
    ("the weak spots of generative ai compared with its strong points",
     [[GENGOOD], [GENBAD]], [["content|creative|customer"], ["groundbreaking|varies"]]),
    ("where machine learning shines vs where it struggles",
     [[MLGOOD], [MLBAD]], [["anomal|automat"], ["noisy|incomplete"]]),
    ("is gen ai more accurate than ml, and which adapts better?",
     [[ACCAD]], [["completely accurate"], ["adapts"]]),
    ("nurse manager. tell me the bad side of ml and the bad side of gen ai for a hospital",
     [[MLBAD], [GENBAD]], [["noisy|incomplete|bias"], ["varies|groundbreaking|biased"]]),
]

OPTIONS = [
    ("bus company. model A guesses how many minutes late the number 12 will be, model B just says late or on time. same kind of prediction?", [[CLSREG]], KIND),
    ("estate agent. tool one predicts the sale price, tool two says sold within a month or not. are these the same type of model", [[CLSREG]], KIND),
    ("the first app tells me tomorrow's rainfall in mm, the second one tells me rain or no rain. what's the difference between them", [[CLSREG]], KIND),
    ("vet. system 1 predicts a cat's age in years from a photo, system 2 says kitten, adult or senior. same kind of task?", [[CLSREG]], KIND),
    ("option A: predict the exam score out of 100. option B: predict pass or fail. how are those different kinds of prediction?", [[CLSREG]], KIND),
    ("call centre. the old version rated each call urgent or routine, the new one predicts how many minutes the call will last. different kinds of prediction?", [[CLSREG]], KIND),
    ("gym owner. model one says whether a member will cancel this month, model two says how many visits they'll make. which is classification and which is regression", [[CLSREG]], KIND),
    ("farm shop. the old system guessed how many eggs we'd sell, the new one guesses busy or quiet for the weekend. what kind of prediction is each", [[CLSREG]], KIND),
    ("approach 1: the model sorts tickets into billing, tech or other. approach 2: it estimates hours to fix. same kind of model?", [[CLSREG]], KIND),
    ("baker. model A: fresh or stale for each loaf. model B: how many hours until it goes stale. classification vs regression, which is which?", [[CLSREG]], KIND),
    ("tool x gives each patient a risk level of low, medium or high, tool y gives their blood pressure next week. are they the same kind of ml?", [[CLSREG]], KIND),
    ("orchard. plan one: label photos as ripe or unripe and train on them. plan two: no labels, let it group the photos itself. difference?", [[LBL], [UNL]], [["label"], ["unsupervised|unlabelled"]]),
]

FORMS = [
    ("how is a vae different from a gan, in normal words", [[VAEG]], [["blurr|smooth"], ["sharper|realistic"]]),
    ("which is better for a tiny table of 100 rows, a decision tree or a neural network", [[ALGOS]], [["more data"]]),
    ("precision or recall, which one matters more when screening for a disease", [[PRWHY]], [["high recall"]]),
    ("whats the trade-off between a small language model and a big one?", [[SMALL]], [["speed|memory|laptop"], ["accurate|knowledge"]]),
    ("overfitting vs underfitting: how do i tell which one i've got", [[OVER]], [["overfitting"], ["underfitting"]]),
    ("exploring vs exploiting, whats the trade-off for the agent", [[EXPL]], [["explor"], ["exploit"]]),
    ("how does judging a gan's pictures differ from checking a spam filter's accuracy", [[GENEVAL], [ACC]], [["realism|coherence|diversity"], ["share|right|correct"]]),
    ("top-k and top-p, what's the difference", [[TEMP]], [["k most likely"], ["add up to p|nucleus"]]),
    ("clustering vs classification, are they the same idea?", [[CLUST, UNL, BUILT], [LBL, CLSREG, BUILT]], [["group"], ["label|categor"]]),
    ("k-means or dbscan when my groups are weird banana shapes", [[DBS]], [["round|blob"], ["any shape|dens"]]),
    ("bias in a hiring model vs a biased image generator: same problem?", [[BIAS, MLBAD], [HARM, GENBAD]], [["past|loan|hiring"], ["stereotyp|CEO|doctor"]]),
    ("a chatbot that makes stuff up vs one that answers from documents, what's the difference", [[HAL], [GROUND]], [["hallucinat"], ["sources|retriev|document"]]),
    ("once trained, is a decision tree cheaper to run than a gan?", [[COMPUTE]], [["arithmetic operations|little"], ["computationally demanding"]]),
    ("how is reinforcement learning different from supervised learning? dog trainer asking", [[RLENV, MLDATA, RLA]], [["reward"], ["label|dataset|correct answer"]]),
    ("gpt-4 vs a custom mini chatbot made without code, what's the difference", [[MULTI], [CUSTOM]], [["multimodal|more than one kind"], ["instructions|without writing"]]),
    ("pca vs k-means: both unsupervised, but what does each actually do", [[PCA], [KM]], [["fewer|simplif"], ["cluster|centre|centroid"]]),
    ("the encoder and decoder in a vae vs the generator and discriminator in a gan", [[VAEE], [GANG]], [["encoder"], ["discriminator"]]),
    ("the us executive order vs the eu ai act, how do they differ", [[REG]], [["executive order"], ["EU AI Act"]]),
    ("loss function vs accuracy: aren't they measuring the same thing?", [[LOSS], [ACC]], [["single number"], ["fraction|report"]]),
    ("precision vs recall in plain english for a shopkeeper", [[PR, PRWHY]], [["alarm"], ["real cases|find|missed"]]),
]


def build(rows, klass):
    """The probekit cases of ``rows`` (question, sides, facts[, opens]) of one class."""
    out = []
    for row in rows:
        q, sides, facts = row[:3]
        extra = {"class": klass}
        if len(row) > 3 and row[3]:
            extra["opens"] = row[3]
        out.append(probekit.case("comparison", q, sections=sorted({s for side in sides for s in side}), sides=sides, facts=facts, **extra))
    return out


CLASSES = {"single": SINGLE, "which": WHICH, "good": GOOD, "options": OPTIONS, "forms": FORMS}

if __name__ == "__main__":
    groups = {k: build(rows, k) for k, rows in CLASSES.items()}
    probekit.check_facts([c for g in groups.values() for c in g])
    rng = random.Random(36)
    work, measure = [], []
    for g in groups.values():
        w, m = probekit.halves(g, rng)
        work += w
        measure += m
    head = "# Comparison probes (stop 36, cmp36, {}), split at random per class (seed 36) before any answer was read.\n\n"
    for name, part in (("work", work), ("measure", measure)):
        probekit.write_cases(HERE / name / "comparison.toml", head.format(name), part)
