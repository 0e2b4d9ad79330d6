"""Probes for stop 37 (decl37): course questions asked in everyday or another trade's words that
the tutor wrongly declines ("The course does not cover <trade word>") or refuses as outside its
job, next to true near misses (an untaught ML term, in the same trades' words) and out-of-job
requests (the trade's own business, or a course task to be done for the learner) as guards.

Trades not used by earlier probes (sommelier, beekeeper, astronomer, actuary, pharmacist,
archivist, brewer, tailor, lifeguard, underwriter, harbour master, ...). Written from the course
text before running the tutor; each list split with seed 37 into work/ and measure/.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

P = "paraphrase"
F = "followup"
DR = "unsupervised-learning#dimensionality-reduction-simplifies-complex-data"
CL = "unsupervised-learning#clustering-groups-similar-data-points"
USE = "unsupervised-learning#what-unsupervised-learning-is-used-for"
HAL = "hallucination#what-hallucination-means"
WHY = "hallucination#why-next-token-prediction-produces-fluent-falsehoods"
SPOT = "hallucination#how-to-spot-and-reduce-hallucination"
GRD = "hallucination#grounding-answering-from-sources-instead-of-memory"
OV = "training-and-overfitting#overfitting-and-underfitting"
SPL = "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set"
NOISE = "training-and-overfitting#how-noisy-or-incomplete-data-leads-to-mistakes"
FEAT = "training-and-overfitting#features-feature-scaling-and-feature-engineering"
LOSS = "training-and-overfitting#what-a-loss-function-measures"
GD = "training-and-overfitting#gradient-descent-in-plain-words"
ACC = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
COST = "data-and-compute#training-cost-compute-expertise-and-time"
RES = "adoption-challenges#resistance-to-change-from-employees"
IMPL = "adoption-challenges#the-cost-of-implementing-ai"
GAP = "adoption-challenges#the-ai-skills-gap"
PIL = "adoption-challenges#a-small-pilot-project-as-a-first-step"
BIAS = "ethics-and-regulation#bias-inherited-from-training-data"
DEEP = "ethics-and-regulation#deepfakes-and-the-argentine-election-poster"
ANOM = "ml-applications#predictive-analytics-and-anomaly-detection"
REC = "ml-applications#recommendation-systems-for-products-movies-and-music"
SAMP = "language-models#sampling-temperature-top-k-and-top-p"
TOK = "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"
CUM = "reinforcement-learning#maximising-cumulative-reward"
EXP = "reinforcement-learning#exploration-versus-exploitation"
AUG = "generative-ai-applications#data-augmentation-with-synthetic-training-examples"
MODE = "gans#mode-collapse-when-a-gan-loses-variety"
CR = "supervised-learning#classification-versus-regression"


def p(q: str, section: str, facts: list[list[str]]) -> dict:
    return probekit.case(P, q, sections=[section], facts=facts)


def f(turns: list[str], section: str, facts: list[list[str]]) -> dict:
    return probekit.case(F, None, turns=turns, sections=[section], facts=facts)


course = [
    p("sommelier. our tasting sheet scores every wine on about 120 traits and lots of them rise and fall together. can a computer shrink each wine to a couple of numbers so i can draw them all on one map?", DR, [["fewer numbers|two or three dimensions|dimensionality reduction"]]),
    p("astronomer here, each star in our survey comes with ~500 spectral measurements. any ml trick to collapse them into 2 or 3 coordinates for plotting without losing the important bits", DR, [["dimensionality reduction|fewer numbers"]]),
    p("actuary. 200 rating factors per policy, half of them basically duplicates of each other. is there a technique that summarises them into a handful of combined scores?", DR, [["dimensionality reduction|fewer numbers|principal component"]]),
    p("beekeeper. i've logged weight, temperature and buzz level for 400 hives but never labelled them. can a program sort them into natural groups on its own without me saying what the groups are", CL, [["cluster"]]),
    p("barber. i know how often each customer comes in and what they spend. could ai split them into types of customer so i can do different deals for each lot?", CL, [["cluster|segment"]]),
    p("pharmacist. the chatbot told a customer about a patient leaflet that doesnt exist, leaflet number and all. why would it make up a leaflet", HAL, [["hallucinat|made up|does not exist"]]),
    p("archivist. a chatbot cited three letters from our collection, with catalogue numbers. what's the proper way to find out whether it invented them?", SPOT, [["check|follow each citation|sources"]]),
    p("journalist. an ai tool gave me a quote from a minister, with a date. how do i verify it didn't just dream up the quote or the date?", SPOT, [["check|follow each citation|sources"]]),
    p("translator. when i ask the ai where a word comes from it gives a totally wrong origin but sounds dead sure of itself. why so confident when it's wrong", WHY, [["likely-sounding|probable|fluent"]]),
    p("why did the chatbot tell my dad his football club was founded in the wrong year", HAL, [["hallucinat"]]),
    p("surveyor. the ai gave me a planning regulation number and a clause that sound very official. how would i know if it dreamt them up", SPOT, [["check|sources"]]),
    p("brewer. the model that predicts how a batch will taste was bang on for every batch it was built from but it flops on our new recipes. what's up with it", OV, [["overfit"]]),
    p("tailor. a sizing app fits the 200 customers it was made from perfectly, but new customers get trousers that don't fit. why would that be", OV, [["overfit"], ["new|unseen"]]),
    p("lifeguard. the drowning-camera company boasts 99% accuracy but at any moment almost nobody is actually drowning. wouldn't a camera that never raises the alarm score just as high?", ACC, [["rare|lazy model|98 percent"], ["recall|precision"]]),
    p("insurance underwriter. only 1 claim in 50 is dodgy. a model that waves every claim through is right 98% of the time. does that make it a good model?", ACC, [["catches no fraud|mislead"]]),
    p("chef. what does it take to cook up one of these giant ai models from scratch, apart from the computers?", COST, [["expertise"], ["time"]]),
    p("potter, used to kilns firing for days. what does baking one of those big models from nothing actually use up", COST, [["computational power|compute"], ["expertise"]]),
    p("harbour master. we're bringing in ai to schedule the berths and the older crew say they won't go near it. is that a common reaction, and what helps?", RES, [["resistance|reluctance"], ["training|involving staff|explaining"]]),
    p("head chef. my brigade is dead against the new ai ordering system, they reckon it's coming for their jobs. is that normal", RES, [["resistance|reluctance|fear"]]),
    p("small bakery owner. if i bring ai into the shop, what will i actually be paying for besides the app itself?", IMPL, [["infrastructure"], ["maintenance"]]),
    p("hotel manager. we bought an ai booking tool, nobody here knows how to set it up and we can't find anyone to hire who does. is this a known problem?", GAP, [["skills gap|shortage"]]),
    p("credit union clerk. our loan approval program keeps turning down people from one postcode even though nobody told it to. how does that happen?", BIAS, [["bias|past loan decisions|postcode"]]),
    p("lab technician. half the labels on our sample spreadsheet were typed in wrong. will the model just pick up the wrong labels as well?", NOISE, [["mistake"]]),
    p("exam moderator. why do you have to hold some of the data back and never let the model see it while it learns?", SPL, [["test set"], ["fresh exam|new"]]),
    p("air traffic controller. could ml learn what a normal day of radar traffic looks like and flag anything odd, without us labelling every odd thing first?", ANOM, [["anomaly detection"], ["normal"]]),
    p("wedding planner. the speech-writing bot is wild and whacky some days and safe and boring on others. is there a dial that controls how adventurous it gets?", SAMP, [["temperature"]]),
    p("chess club coach. our bot that learns from rewards grabs a pawn every chance it gets and then loses the game. shouldn't it be thinking about the whole game?", CUM, [["cumulative reward|total reward"]]),
    p("fisherman. the fish-finder app now and then sends me to a spot it has never tried instead of the reliable one. why would it do that on purpose", EXP, [["explor"]]),
    p("solicitor. can a chatbot be made to answer only from our firm's own documents instead of whatever it half remembers?", GRD, [["grounding|retriev"]]),
    p("election officer. a faked video of a candidate went round the day before the vote. what does the course say about that", DEEP, [["deepfake"]]),
    p("ornithologist. we only have 40 photos of a rare warbler. can an ai make extra made-up photos to train the bird spotter on?", AUG, [["synthetic|augmentation"]]),
    p("bookshop owner. how does the website decide which other books to suggest to a customer", REC, [["recommend"]]),
    p("art teacher. the fake-portrait generator keeps drawing basically the same face over and over. why", MODE, [["mode collapse"]]),
    p("bus depot manager. should we roll the ai route planner out to every depot at once or try one depot first?", PIL, [["pilot"]]),
    p("hillwalker. someone said training a model is like walking downhill in fog. what did they mean", GD, [["gradient descent"]]),
    p("sound engineer. one column is in metres and another in millimetres. does the model care that the numbers are on totally different scales?", FEAT, [["scal"]]),
    p("vet. is guessing a dog's weight a different kind of problem from guessing its breed?", CR, [["regression"], ["classification"]]),
    p("darts player. how does a model keep score of how far off its guesses are while it's training", LOSS, [["loss function"]]),
    p("crossword setter. why can't the chatbot count the letters in a word properly? does it even see letters?", TOK, [["token"]]),
    p("retired engineer. does a bot that hoovers up the whole internet know when it doesn't know something, or does it just carry on making stuff up", WHY, [["do not know|does not know|no built-in signal"]]),
]

followups = [
    f(["what is overfitting", "right, so my shop's sales predictor nails last year's figures but is way off this year. same thing?"], OV, [["overfit"]]),
    f(["what is clustering", "could i do that with my allotment society's members, put them in groups by what they grow?"], CL, [["cluster"]]),
    f(["what is hallucination", "a bot told my nan the bingo hall opened in 1952, it was 1972. is that one of them?"], HAL, [["hallucinat"]]),
    f(["what is dimensionality reduction", "so for a spreadsheet of 90 columns about each of my cows, it would give me two numbers per cow?"], DR, [["fewer numbers|two or three dimensions"]]),
    f(["what is resistance to change", "our night shift porters refuse to use the new ai rota app. is that what you mean?"], RES, [["resistance|reluctance"]]),
    f(["what is accuracy", "so if only 3 in 100 parcels go missing, a tracker that always says 'delivered' is 97% accurate?"], ACC, [["rare|lazy model|mislead"]]),
    f(["how do you spot hallucination", "ok, say the chatbot quotes a council bylaw number to me. what do i do?"], SPOT, [["check|sources|citation"]]),
    f(["what is a pilot project", "we run 12 care homes. start with one home then?"], PIL, [["pilot"]]),
]

near = [
    ("pharmacist. can you take a model trained on english leaflets and reuse it for welsh ones, the transfer learning thing?", "transfer learning"),
    ("sommelier. how does a random forest decide which grape a wine is from", "random forest"),
    ("astronomer here. what is a kalman filter and does ml use one for tracking satellites", "kalman filter"),
    ("chef. what's a diffusion model, the kind that makes food photos appear out of noise", "diffusion model"),
    ("translator. what is a context window and is that why the chatbot forgets the start of my long document", "context window"),
    ("brewer. how does hyperparameter tuning work for a batch-quality model", "hyperparameter tuning"),
    ("journalist. explain rlhf to me, the thing that supposedly made chatgpt polite", "rlhf"),
    ("economist. how does ARIMA forecast inflation", "arima"),
    ("auditor. what are SHAP values and can they explain why the model turned down a claim", "shap"),
    ("teacher. what does fine-tuning a chatbot on my own lesson plans involve", "fine-tuning"),
    ("geologist. how does a convolutional neural network read photos of rock samples", "convolutional neural network"),
    ("logistics planner. how would a markov decision process describe my delivery rounds", "markov decision process"),
    ("actuary. what is maximum likelihood estimation in plain english", "maximum likelihood estimation"),
    ("gp surgery manager. how does a vector database help a chatbot find our guidelines", "vector database"),
    ("bricklayer. what's backpropagation, in builder's terms", "backpropagation"),
    ("radio ham. what is beam search and how does it pick the words", "beam search"),
]

ooj = [
    "beekeeper. how do i stop my bees swarming in may",
    "sommelier here, what wine goes best with a lamb tagine",
    "tailor. how do i take in the waist on a pair of suit trousers",
    "pharmacist. what's the maximum daily dose of paracetamol for an adult",
    "locksmith. how do you pick a pin tumbler lock",
    "economist. what caused the 2008 financial crisis",
    "astronomer. when is the next total solar eclipse visible from europe",
    "brewer. write me a label blurb for our new hazy ipa",
    "harbour master. what do the red and green lights on channel markers mean",
    "chef. give me a recipe for beef wellington for six",
    "auditor. how do i reconcile a bank statement in excel",
    "football coach. pick my starting eleven for saturday, 4-4-2",
    "translator. translate 'good morning, how are you' into polish",
    "here are my 300 columns of player stats, run them through pca for me and send back the two numbers per player",
    "accountant. cluster my client list into groups for me, i'll paste it in next",
    "farmer. what's the weather going to be like tomorrow in devon",
]

cases = course + followups
probekit.check_facts(cases)
rng = random.Random(37)
here = Path(__file__).resolve().parent
head = "# decl37-s37 probes: written from the course text before running the tutor, split at random (seed 37).\n\n"
parts = {
    "paraphrase": course,
    "followup": followups,
    "near_miss": [probekit.case("near_miss", q, term=t) for q, t in near],
    "out_of_job": [probekit.case("out_of_job", q) for q in ooj],
}
for name, items in parts.items():
    work, measure = probekit.halves(items, rng)
    probekit.write_cases(here / "work" / f"{name}.toml", head, work)
    probekit.write_cases(here / "measure" / f"{name}.toml", head, measure)
    print(name, len(work), len(measure))
