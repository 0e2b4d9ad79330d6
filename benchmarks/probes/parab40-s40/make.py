"""Stop 40 probes (parab40): everyday paraphrases of four classes seen in the read paraphrase
failures: a learner's OWN TRADE or domain word taken for an untaught term (a stevedore, a
composite score), a long STORY told in everyday words that retrieval scores too low to answer
(an app that "learned" a skill; a pile of untagged files sorted "without me naming the piles"),
a TWO-PART ask ("what is it called and how do you stop it") whose second part needs the same
section's later sentences, and a MISCONCEPTION worded so that its words pull to another section.
Written from the course text before any answer was read, in fresh jobs and settings; split class
by class at random with seed 40."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
PCA = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
CLUS = "unsupervised-learning/clustering-groups-similar-data-points"
KM = "unsupervised-learning/how-k-means-finds-clusters"
UNL = "unsupervised-learning/learning-from-unlabelled-data"
UNUSE = "unsupervised-learning/what-unsupervised-learning-is-used-for"
LBL = "supervised-learning/learning-from-labelled-examples"
IMGCLS = "supervised-learning/image-classification-as-a-supervised-task"
RULES = "what-is-ml/learning-from-data-instead-of-hand-written-rules"
MORE = "what-is-ml/patterns-trends-and-improving-with-more-data"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
HAL = "hallucination/what-hallucination-means"
HALWHY = "hallucination/why-next-token-prediction-produces-fluent-falsehoods"
ANOM = "ml-applications/predictive-analytics-and-anomaly-detection"
RECOG = "ml-applications/image-and-speech-recognition"
OVER = "training-and-overfitting/overfitting-and-underfitting"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
CUM = "reinforcement-learning/maximising-cumulative-reward"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
BUILT = "ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"
NOTAI = "what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"
VAEG = "vaes/vaes-compared-with-gans"
COPY = "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"
NEXT = "language-models/next-token-prediction-step-by-step"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"

JOBTERM = [
 ("actuary. we track about 200 overlapping risk ratios that all move together. can ml boil them down to a handful of summary scores, a bit like principal factors?", [PCA], [["dimensionality reduction|fewer"]]),
 ("quantity surveyor. 80 cost line items that rise and fall together - is there a way to compress them into a couple of summary numbers without losing much?", [PCA], [["dimensionality reduction|fewer"]]),
 ("stevedore for 30 years. the terminal wants software to pick who gets the day shifts from the old rosters, and those rosters always favoured the foreman's pals. is that a problem?", [BIAS], [["bias"]]),
 ("plasterer. the boss wants an app to hand out overtime using past rota sheets, but the old rotas were rigged for his mates. will the app just carry that on?", [BIAS], [["bias"]]),
 ("croupier. the chatbot management gave us for rule queries invented a payout table that doesnt exist. why does it make stuff up", [HAL, HALWHY], [["hallucinat|plausible"]]),
 ("scaffolder. the site camera system learned what a normal day looks like and flags anything odd, without ever being shown an accident. what kind of learning is that", [ANOM, UNL], [["unsupervised"]]),
 ("farrier. the vet has an app trained on thousands of hoof x-rays each marked lame or sound. what kind of learning is that", [LBL, IMGCLS], [["supervised"], ["label"]]),
 ("sommelier. could a program group 500 wines by their tasting notes into families without me naming the families first", [CLUS, KM, UNL], [["cluster|group"]]),
 ("bookkeeper. can a model flag the odd journal entry in our ledgers that doesnt fit the usual pattern", [ANOM, FRAUD], [["anomal|unusual"]]),
 ("hedge fund intern. my desk has 150 correlated signals. any ml trick to squash them into a few composite ones", [PCA], [["dimensionality reduction|fewer"]]),
]
STORY = [
 ("fishmonger. my daughter says the till app 'learned' which fish sell best on rainy days. surely someone just programmed the rules in? how does it actually get there", [RULES, MORE], [["rules|data"]]),
 ("dj here. i got 5000 untitled loops on a drive. could software sort them into heaps of similar ones without me saying what the heaps are? whats that called", [CLUS, KM], [["cluster"]]),
 ("beekeeper. an app reckons it learned to spot sick hives from photos of frames. did somebody sit and write out all the signs as rules", [RULES, LBL], [["rules|examples"]]),
 ("florist. can a computer sort my 2000 customers into types by what they buy, without me deciding the types first", [CLUS, UNUSE, UNL], [["cluster|segment|group"]]),
 ("gardener. the plant id app names a weed from one photo. who taught it that, did someone code in every leaf shape", [RULES, IMGCLS, LBL], [["rules|examples|label"]]),
 ("window cleaner with 600 regular houses. can an ai work out by itself which houses are alike so i can plan rounds, nobody labelling anything", [CLUS, UNL, KM, UNUSE], [["cluster|group"]]),
 ("cabbie. the sat nav app somehow knows which streets jam at 5pm. did the company just type that in?", [RULES, MORE], [["rules|pattern|data"]]),
 ("photographer with 40000 untagged raw files. can something bunch them up by what's in them without me naming any categories? what's that called", [CLUS, UNL, KM], [["cluster|unsupervised"]]),
]
TWOPART = [
 ("choir leader. a singer who learned our concert pieces note for note can't sight-read anything else. apparently models do the same. whats the name for that and how do you prevent it", [OVER], [["overfitting"], ["more training data|simpler model|regularis"]]),
 ("allotment holder. some beds i always plant the same, others i try new things. an ai agent apparently faces the same choice. what's the term and how does it choose", [EXPL], [["exploration"], ["exploitation"]]),
 ("shelf stacker. a program that learns by getting rewards, why doesn't it just take the biggest reward available right now and stop there", [CUM], [["cumulative|total reward"]]),
 ("night porter. the hotel camera software learned what normal nights look like and alerts us to weird stuff, nobody showed it a burglary. what's that called and what else is that kind of learning used for", [UNL, UNUSE], [["unsupervised"], ["segment|cluster|group"]]),
 ("private tutor. a pupil learned answers by heart and flunked new questions. the same thing in ml has a name. what is it and what's the fix", [OVER], [["overfitting"], ["more training data|simpler model|regularis"]]),
 ("postie. the route software either tries a new street or sticks with the known one - what's that trade-off called and how does it pick", [EXPL], [["exploration"], ["epsilon"]]),
 ("claims handler. of the claims we flag how many are really fraud, and of all the real frauds how many did we flag. names for those two and how do you work them out", [PR], [["precision"], ["recall"]]),
 ("baker. the oven sensor gives odd readings now and then. what is spotting the odd ones called and which kind of learning does it use", [ANOM], [["anomaly"], ["unsupervised"]]),
]
MISREAD = [
 ("my nan thinks chatgpt and machine learning are totally different things. isn't one part of the other?", [BUILT, NOTAI], [["built on|specific application|subset|broader"]]),
 ("do computers get cleverer the more data you chuck at them", [MORE], [["more data"]]),
 ("why do the squash-and-rebuild picture models give soft, smudgy images", [VAEG], [["blurr"]]),
 ("do ai songs just stitch together clips of real songs", [COPY], [["cop(y|ied)|reproduce"]]),
 ("does a chatbot think up its whole reply at once or one bit at a time", [NEXT], [["next token|one token"]]),
 ("pub quiz host. someone swore the chat ai and 'machine learning' are separate fields like chemistry and biology. true?", [BUILT, NOTAI], [["built on|specific application|subset|broader"]]),
 ("does an rl bot just grab whatever pays most this second", [CUM], [["cumulative|total reward|long"]]),
 ("stage manager. ai voices in the adverts, is it literally splicing recordings of real actors together", [COPY], [["cop(y|ied)|reproduce"]]),
]


def main() -> None:
    rng = random.Random(40)
    classes = [("jobterm", JOBTERM), ("story", STORY), ("twopart", TWOPART), ("misread", MISREAD)]
    built = [(name, [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in items]) for name, items in classes]
    probekit.check_facts([c for _, cs in built for c in cs])
    split = probekit.split_by_class(built, rng)
    for folder, cases in split.items():
        head = f"# parab40-s40 ({folder}): everyday paraphrases (own trade words, stories, two-part asks, misconceptions); written before running the tutor, split by class at random (seed 40).\n\n"
        probekit.write_cases(HERE / folder / "paraphrase.toml", head, cases)


if __name__ == "__main__":
    main()
