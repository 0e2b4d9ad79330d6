"""Probes for stop 35 (para35): course facts asked in everyday words by people from trades the
earlier blind sets did not use (roadies, beekeepers, cleaners, lifeguards, tree surgeons,
locksmiths, zookeepers, brewers, undertakers, piano tuners, shepherds, glaziers ...).

Classes (the paraphrase failures of the read sets): (1) a job word or an analogy outweighs the
course term and pulls another section; (2) a misconception in the question pulls the section that
matches the wrong belief; (3) a long preamble about the job drowns the short ask at the end;
(4) the right section, but the sentence that states the fact is not picked; (5) declined though
the course teaches it. Written from the course text before running the tutor; split with seed 35
into work/ and measure/ before any answer was read.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

P = "paraphrase"
RULES = "what-is-ml#learning-from-data-instead-of-hand-written-rules"
CLSREG = "supervised-learning#classification-versus-regression"
LABEL = "supervised-learning#learning-from-labelled-examples"
BIGLAB = "supervised-learning#why-supervised-learning-needs-large-labelled-datasets"
CLUST = "unsupervised-learning#clustering-groups-similar-data-points"
KMEANS = "unsupervised-learning#how-k-means-finds-clusters"
DBSCAN = "unsupervised-learning#when-k-means-clustering-fails-and-dbscan-helps"
AGENT = "reinforcement-learning#agents-environments-actions-and-rewards"
CUMUL = "reinforcement-learning#maximising-cumulative-reward"
EXP = "reinforcement-learning#exploration-versus-exploitation"
SPLIT = "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set"
OV = "training-and-overfitting#overfitting-and-underfitting"
LOSS = "training-and-overfitting#what-a-loss-function-measures"
GD = "training-and-overfitting#gradient-descent-in-plain-words"
FEAT = "training-and-overfitting#features-feature-scaling-and-feature-engineering"
NOISY = "training-and-overfitting#how-noisy-or-incomplete-data-leads-to-mistakes"
COPY = "what-is-generative-ai#inspired-by-the-training-data-not-copied-from-it"
GANGD = "gans#the-generator-and-the-discriminator"
MODE = "gans#mode-collapse-when-a-gan-loses-variety"
LATENT = "vaes#what-the-latent-space-represents"
TOKENS = "language-models#tokens-the-pieces-of-text-a-model-reads-and-writes"
SAMPLE = "language-models#sampling-temperature-top-k-and-top-p"
NEXT = "language-models#next-token-prediction-step-by-step"
SMALL = "language-models#small-language-models-versus-large-ones"
FLUENT = "hallucination#why-next-token-prediction-produces-fluent-falsehoods"
GROUND = "hallucination#grounding-answering-from-sources-instead-of-memory"
SPOT = "hallucination#how-to-spot-and-reduce-hallucination"
ACC = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
PR = "evaluating-models#why-fraud-and-disease-detection-need-both-precision-and-recall"
COST = "data-and-compute#training-cost-compute-expertise-and-time"
REC = "ml-applications#recommendation-systems-for-products-movies-and-music"
ANOM = "ml-applications#predictive-analytics-and-anomaly-detection"
AUG = "generative-ai-applications#data-augmentation-with-synthetic-training-examples"
BIAS = "ethics-and-regulation#bias-inherited-from-training-data"
DEEP = "ethics-and-regulation#deepfakes-and-the-argentine-election-poster"
MINI = "future-trends#custom-mini-chatbots-built-without-code"
MULTI = "future-trends#multimodal-chatbots-such-as-gpt-4-and-gemini"
GAP = "adoption-challenges#the-ai-skills-gap"
IMPL = "adoption-challenges#the-cost-of-implementing-ai"
ML_FALLS = "benefits-and-limitations#where-machine-learning-falls-short"

cases = [
    # (1) a job word or an analogy outweighs the course term
    probekit.case(P, "roadie here. we used to set the lighting desk with a big list of if-this-then-that cues. new desk 'learns' from past gigs instead. is that what machine learning means, learning from examples rather than rules?", sections=[RULES], facts=[["rules"], ["data|examples"]]),
    probekit.case(P, "beekeeper. i sort my frames into honey, brood and empty without anyone telling me the groups. is there an ai that groups stuff by itself like that with no labels?", sections=[CLUST], facts=[["cluster"], ["similar"]]),
    probekit.case(P, "lifeguard. the pool camera that spots someone struggling in the water, it only had to learn what normal swimming looks like. whats the name for spotting the odd one out like that", sections=[ANOM], facts=[["anomal"], ["unusual"]]),
    probekit.case(P, "tree surgeon. the app that guesses how many tonnes of timber a tree gives versus the one that just says healthy or diseased. whats the difference between those two kinds of prediction", sections=[CLSREG], facts=[["classification"], ["regression"], ["number|category"]]),
    probekit.case(P, "locksmith. a chatbot splits words into little chunks, like keys cut in sections, before it reads them? what are those chunks", sections=[TOKENS], facts=[["token"]]),
    probekit.case(P, "zookeeper. we train the sea lions with fish for a good trick. is there ai that learns the same way, a treat for good and nothing for bad, and what are the bits of it called", sections=[AGENT], facts=[["agent"], ["reward"], ["environment"]]),
    probekit.case(P, "sound engineer on tour. the ai mixing plugin did great on the studio tracks it was tuned on, then live in a muddy arena it was awful. what's that problem called", sections=[OV], facts=[["overfit"], ["new|unseen"]]),
    probekit.case(P, "cleaner for an office block. the rota app keeps sending us to the same floors it knows are dirty and never checks the others. isnt there a word for a learner always picking the safe known option", sections=[EXP], facts=[["exploit"], ["explor"]]),
    probekit.case(P, "shepherd. one dog herds, another one checks if the flock looks right and barks when it doesnt. someone said an image ai works like that with two networks. whats it called and how does it work", sections=[GANGD], facts=[["generator"], ["discriminator"]]),
    probekit.case(P, "brewer. we taste every batch against the recipe and score how far off it is, one number. does training an ai have a score like that for how wrong it is", sections=[LOSS], facts=[["loss function"], ["single number|lower"]]),
    probekit.case(P, "piano tuner. i nudge each string a tiny bit, listen, nudge again till it's right. is that how an ai model tunes itself while training", sections=[GD], facts=[["gradient descent"], ["step|slope"]]),
    probekit.case(P, "glazier. fitting a pane I measure in mm but the weight in kg, and the quote app got weird when one number was huge. do models need the inputs put on the same scale", sections=[FEAT], facts=[["feature scaling|scal"], ["drown out|large numbers"]]),
    # (2) a misconception pulls the wrong section
    probekit.case(P, "undertaker. my nephew says the image ai just stitches together bits of real photos it copied, like a collage. that right?", sections=[COPY], facts=[["not copied|does not copy|new"]]),
    probekit.case(P, "fishmonger. so the chatbot looks every answer up on the internet live each time, right? like checking the market prices", sections=[FLUENT], facts=[["predict|next"]]),
    probekit.case(P, "window cleaner. i assumed if an ai gets 95 out of 100 right it must be brilliant. my mate says not always. who's right", sections=[ACC], facts=[["accuracy"], ["mislead|imbalanc|rare"]]),
    probekit.case(P, "baggage handler. a model that's never wrong on the stuff it trained on must be a great model, yeah?", sections=[OV], facts=[["overfit"], ["new|unseen"]]),
    probekit.case(P, "roadie. the bigger the chatbot the better in every way, surely? why would anyone use a small one", sections=[SMALL], facts=[["small"], ["cheaper|faster|device|laptop|phone"]]),
    probekit.case(P, "cleaner. if an ai is a computer it can't be unfair, it doesn't have opinions. so how can it be biased", sections=[BIAS], facts=[["training data"], ["bias"]]),
    probekit.case(P, "beekeeper. i thought once ai is built it's free to run. why do companies moan about what it costs to make one", sections=[COST], facts=[["computational power|gpu"], ["expertise|time"]]),
    probekit.case(P, "lifeguard. the chatbot gave me a wrong rescue stat but said it with total confidence. surely if it wasn't sure it would say so?", sections=[FLUENT], facts=[["fluent|confident|plausible"]]),
    # (3) a long preamble drowns the ask
    probekit.case(P, "ok so bit of background, i run a small mobile dog grooming van, been doing it 12 years, mostly poodles and doodles, and my daughter set me up with one of those ai helpers for bookings and it's been alright. anyway the question: when it writes a reply, how does it actually come up with the next word?", sections=[NEXT], facts=[["next token|next-token"], ["probab"]]),
    probekit.case(P, "right, long day. i'm a stagehand at a theatre, we've had a new show in with projections made by ai, loads of faces of people who don't exist, the director loves it, the crew is a bit spooked, i had a pint with the lighting lad about it. so, how do those fake face generators learn, what's the trick", sections=[GANGD], facts=[["generator"], ["discriminator"]]),
    probekit.case(P, "i work nights as a hospital porter, wheeling folk about, lots of time to think on the quiet shifts, read an article about the new chatbots on my break and it went over my head a bit. what does the temperature setting on them do", sections=[SAMPLE], facts=[["temperature"], ["random|predictable"]]),
    probekit.case(P, "some context: im a crane operator on a big site, the firm's thinking of ai for scheduling lifts, the site manager is keen, the old hands are grumbling, health and safety want a say. my question is just this, why do they keep a chunk of data back for testing?", sections=[SPLIT], facts=[["test set"], ["new|unseen|already studied"]]),
    probekit.case(P, "i'm a jockey, weigh-ins, early gallops, the usual, and the yard has started using some tool that tells the trainer which horses are similar so they can be worked together, no one labelled anything. how does k-means decide the groups", sections=[KMEANS], facts=[["centre|centroid"], ["nearest|closest"]]),
    probekit.case(P, "background first, i'm a chimney sweep, self employed, about to let my nephew help with the website, he wants to use ai to write the blurbs and make pictures. before i say yes, how can i check the stuff it writes isn't made up", sections=[SPOT], facts=[["check|verif"], ["source"]]),
    probekit.case(P, "i do the catering for festivals, huge queues, crazy weekends, and the organisers showed us an ai that forecasts how many burgers we'll sell each day from past years. what sort of machine learning is that, predicting from past data", sections=[ANOM], facts=[["predictive analytics"], ["historical|past"]]),
    # (4) the right section, the fact sentence
    probekit.case(P, "tattooist. why do fake-picture makers sometimes churn out nearly the same face over and over? what is that called", sections=[MODE], facts=[["mode collapse"], ["variety|same"]]),
    probekit.case(P, "scaffolder. what's actually stored in the squashed middle bit of one of those encoder decoder models", sections=[LATENT], facts=[["latent space"]]),
    probekit.case(P, "ski instructor. how would a chatbot be made to answer from our own resort rules instead of what it remembers", sections=[GROUND], facts=[["ground"], ["source|document"]]),
    probekit.case(P, "postal sorter. the spam filter type ai, why does it need loads and loads of labelled examples", sections=[BIGLAB], facts=[["label"], ["large|many|thousands"]]),
    probekit.case(P, "sommelier no, cellar hand. can we make fake extra training examples when we dont have many real ones", sections=[AUG], facts=[["synthetic"], ["augment"]]),
    probekit.case(P, "lifeguard trainer. when the learning thing plays for points, does it grab the quick point or plan for the big total later", sections=[CUMUL], facts=[["cumulative|total"], ["long|future|later"]]),
    probekit.case(P, "welder. k means keeps making daft groups on my weld-defect data, weird shapes. is there something better for odd shaped groups", sections=[DBSCAN], facts=[["dbscan"], ["shape|density"]]),
    # (5) declined though taught
    probekit.case(P, "potter. those chat tools that can look at a photo of my glaze and talk about it as well as read text, whats that kind called", sections=[MULTI], facts=[["multimodal"]]),
    probekit.case(P, "allotment keeper. can i make my own little chatbot for the allotment society without knowing any code?", sections=[MINI], facts=[["without|no code|no-code"]]),
    probekit.case(P, "removals man. the video of a politician saying stuff he never said, made by ai. what's the course call that", sections=[DEEP], facts=[["deepfake"]]),
    probekit.case(P, "bus mechanic. our depot can't find anyone who knows ai stuff to hire. is that a common problem", sections=[GAP], facts=[["skills gap"]]),
    probekit.case(P, "launderette owner. what does it actually cost a small business to bring ai in, beyond the software", sections=[IMPL], facts=[["cost"]]),
    probekit.case(P, "groom at a stables. the phone app that suggests what horse feed i might like next from what others bought, how does that work", sections=[REC], facts=[["recommend"], ["similar|other"]]),
    probekit.case(P, "road sweeper. when the data has mistakes in, like wrong tags on photos, does the ai just learn the mistakes", sections=[NOISY], facts=[["mistake"], ["mislabel|wrong labels"]]),
    probekit.case(P, "busker. whats ML bad at? where does it fall over", sections=[ML_FALLS], facts=[["data"]]),
]

probekit.check_facts(cases)
rng = random.Random(35)
here = Path(__file__).resolve().parent
head = "# para35-s35 probes (see make.py): written from the course text before running the tutor.\n"
work, measure = probekit.halves(cases, rng)
probekit.write_cases(here / "work" / f"{P}.toml", head, work)
probekit.write_cases(here / "measure" / f"{P}.toml", head, measure)
print(P, len(work), len(measure))
