"""Probes for stop 40 (zuvn40): near misses named in the learner's own words, from trades the
ZU/ZV sets do not use (law, farming, sport, logistics, ecology, music, councils, insurance ...).
Every term is an ML/AI or data technique that neither the lessons nor not_taught.toml nor the
asks name (checked below), asked inside a story full of other noun phrases ("for the quarterly
report", "on the night shift"), as "can X do Y", "how does X work", "is X reliable", "X or just
doing Y", "someone told me to use X". Written before running the tutor; split at random (seed
4040) into work/ and measure/ with in-scope controls in the same frames, which must stay answered.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
KNOW = ROOT / "knowledge"
TEXT = " ".join(
    p.read_text(encoding="utf-8").lower()
    for d in ("lessons", "asks") for p in (KNOW / d).rglob("*") if p.is_file()
) + (KNOW / "not_taught.toml").read_text(encoding="utf-8").lower() + (KNOW / "glossary.toml").read_text(encoding="utf-8").lower()

NEAR = [
    ("family law solicitor. the other side disclosed 30,000 emails and someone suggested coreference resolution so we know who 'he' and 'she' refer to in each thread. how does coreference resolution work?", "coreference resolution"),
    ("court transcriber: is speaker diarisation good enough now to tell which barrister is talking on a hearing recording?", "speaker diarisation"),
    ("physio lecturer here, sports science side. can dynamic time warping compare two sprinters' strides even when one runs faster? how does it line them up", "dynamic time warping"),
    ("council data officer. we have three lists of residents with typos in names and addresses. would entity resolution find which records are the same person, and how", "entity resolution"),
    ("sheep farmer with a flock tracker. how does change point detection spot the day a ewe starts behaving differently from her gps data", "change point detection"),
    ("hospital records manager: is record linkage reliable enough to join our a&e data to the gp data without an nhs number?", "record linkage"),
    ("stock controller for a garden centre chain. someone in head office keeps saying frequent itemset mining will tell us what goes in the same basket. what is that exactly", "frequent itemset mining"),
    ("cctv operator at a shopping centre. the new system claims gait recognition can pick someone out by how they walk even with a hood up. how does it do that", "gait recognition"),
    ("museum curator. could image captioning write the alt text for 12,000 photos in our online collection, and how does it decide what to say", "image captioning"),
    ("law librarian: how does keyword extraction pull out the main terms from a judgment, is it just counting words?", "keyword extraction"),
    ("history teacher with a box of old exam scripts. whats latent semantic analysis and could it group essays that argue the same point in different words", "latent semantic analysis"),
    ("fraud analyst at an insurer. our consultant says link prediction on the claims network can find rings of people who will team up later. how does link prediction work", "link prediction"),
    ("traffic engineer. the junction cameras use optical flow to estimate how fast cars are moving. what is optical flow in simple terms", "optical flow"),
    ("photo library manager. how does perceptual hashing find near-duplicate pictures when they've been cropped or resized?", "perceptual hashing"),
    ("public health analyst, doing the annual smoking report. is propensity score matching a fair way to compare people who used the quit service with people who didn't?", "propensity score matching"),
    ("call centre team leader. can sarcasm detection really tell when a customer writes 'great service, thanks a lot' and means the opposite?", "sarcasm detection"),
    ("plant breeder: how does sequence alignment line up two wheat genomes to find the differences?", "sequence alignment"),
    ("bank branch security lead. we were sold speaker identification for phone banking, it checks the caller's voice. how reliable is speaker identification", "speaker identification"),
    ("parliamentary researcher. could stance detection tell me whether each consultation response is for or against the bypass? how would it decide", "stance detection"),
    ("charity fundraising manager, writing the board paper for march. someone wants causal inference to prove our letters actually caused the donations. how does causal inference do that", "causal inference"),
    ("brewery quality manager. a supplier says bayesian optimisation will find the best mash temperature in fewer trial brews. how does it choose what to try next?", "bayesian optimisation"),
    ("a&e consultant: what is conformal prediction and does it really give a guaranteed range for how long a patient will wait?", "conformal prediction"),
    ("quality inspector on a bottling line. how does edge detection find cracks in the glass on the camera images", "edge detection"),
    ("warehouse robotics tech. our pick arm uses template matching to find the barcode label on each box. how does template matching work and when does it fail", "template matching"),
    ("wildlife camera volunteer. the trap software uses background subtraction to ignore the grass moving. whats that and how does it work", "background subtraction"),
    ("police intelligence analyst. can community detection find the groups inside a phone contact network from the call records? how", "community detection"),
    ("geologist. how does kriging fill in the ore grade between our boreholes, is it machine learning?", "kriging"),
    ("hotel revenue manager, preparing the summer forecast. is holt-winters better than just last year's figures plus a bit? how does it handle seasons", "holt-winters"),
    ("vet practice owner: can survival curves from kaplan-meier tell us how long our diabetic cats live after diagnosis? how does kaplan-meier work", "kaplan-meier"),
    ("council economist. did the new bus lane cut journey times? someone said use difference in differences. what is difference in differences", "difference in differences"),
    ("music producer. how does source separation pull the vocals out of an old mono recording so we can remix it", "source separation"),
    ("dj and part time student. how does beat tracking find the tempo of a track automatically, is that ai", "beat tracking"),
    ("film restorer. can frame interpolation turn our 12 frames a second archive film smooth, and how does it invent the frames in between", "frame interpolation"),
    ("family historian. is automatic colourisation of old black and white photos accurate, how does colourisation guess the colours", "colourisation"),
    ("online bank fraud team. how does liveness detection know a selfie is a real face and not a photo held up to the camera", "liveness detection"),
    ("conveyancing clerk: is signature verification software trustworthy for spotting a forged signature on a transfer deed?", "signature verification"),
    ("translator. how does word sense disambiguation decide whether 'bank' means the river or the money in a sentence", "word sense disambiguation"),
    ("primary school senco. could text simplification rewrite the science worksheets for my weaker readers, and how does it work", "text simplification"),
    ("football club community officer. how does a toxicity classifier decide which comments on our page to hide?", "toxicity classifier"),
    ("social media manager for a city council. is bot detection reliable at telling which accounts replying to us are automated", "bot detection"),
    ("mortgage adviser. the lender's decline letter mentions shapley values explaining the decision. what are shapley values", "shapley values"),
    ("radiographer. the software shows saliency maps over the x-ray to show where it looked. how are saliency maps made and can i trust them", "saliency maps"),
    ("bus network planner. can trajectory clustering group our buses' gps paths into the real routes drivers take? how does it work", "trajectory clustering"),
    ("ecologist counting birds on transects. people keep mentioning mixed models for our survey data. what is a mixed model", "mixed model"),
    ("hr analyst. a vendor offers counterfactual explanations for our hiring model, like 'you would have been shortlisted with two more years experience'. how do counterfactual explanations work", "counterfactual explanations"),
    ("choir director: how does query by humming find a song when someone just hums the tune into the phone?", "query by humming"),
    ("estate agent. the listing site offers upscaling of our blurry property photos. how does ai upscaling add detail that was never there", "upscaling"),
    ("spreadsheet person at a haulage firm. whats symbolic regression and can it find an actual formula for fuel use from our trip data", "symbolic regression"),
]

UNS = "unsupervised-learning/"
CONTROLS = [
    ("family law solicitor. the other side disclosed 30,000 emails and nobody has labelled them. can clustering group them into similar bundles, how does it work?",
     UNS + "clustering-groups-similar-data-points", [["similar"]]),
    ("sheep farmer with a flock tracker. how does anomaly detection spot the day a ewe starts behaving differently from her usual pattern",
     "ml-applications/predictive-analytics-and-anomaly-detection", [["anomal|unusual|normal"]]),
    ("stock controller for a garden centre chain. how does a recommendation system work out what to suggest to a customer from what people bought",
     "ml-applications/recommendation-systems-for-products-movies-and-music", [["recommend"]]),
    ("call centre team leader. how does sentiment analysis tell whether a customer's message is happy or angry?",
     "industry-use-cases/customer-support-sentiment-analysis-and-chatbots", [["sentiment"]]),
    ("museum curator. how does an image generator come up with a brand new picture for our posters",
     "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality", [["image"]]),
    ("hotel revenue manager, preparing the summer forecast. how does a model predict next season's sales from past data?",
     "industry-use-cases/retail-predicting-sales-and-writing-product-content", [["sales"]]),
    ("a&e consultant: why should a screening tool be judged on precision and recall rather than accuracy?",
     "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall", [["recall"]]),
    ("geologist. what is dimensionality reduction and why would it help with our hundreds of borehole measurements",
     UNS + "dimensionality-reduction-simplifies-complex-data", [["dimension|feature"]]),
    ("quality inspector on a bottling line. how does image recognition learn to spot a cracked bottle on the camera",
     "ml-applications/image-and-speech-recognition", [["image"]]),
    ("bus network planner. how does k-means decide which group each bus stop goes into?",
     UNS + "how-k-means-finds-clusters", [["centre|centroid"]]),
    ("online bank fraud team. how does a model spot a fraudulent card payment while it is happening",
     "ml-applications/fraud-detection-with-machine-learning", [["fraud"]]),
    ("mortgage adviser. can a model trained on old lending decisions inherit bias against some applicants?",
     "ethics-and-regulation/bias-inherited-from-training-data", [["bias"]]),
    ("translator. how does a language model predict the next word in a sentence",
     "language-models/next-token-prediction-step-by-step", [["token"]]),
    ("hr analyst: what is overfitting and why does it matter for our hiring model?",
     "training-and-overfitting/overfitting-and-underfitting", [["training data"]]),
    ("music producer. how does generative ai compose new music, is it copying the songs it learned from",
     "generative-ai-applications/music-composition-and-personalised-playlists", [["music"]]),
    ("football club community officer. what is a deepfake and how could one be made of our manager?",
     "ethics-and-regulation/deepfakes-and-the-argentine-election-poster", [["deepfake"]]),
]


def main() -> None:
    used = [t for _, t in NEAR if t.lower() in TEXT or t.lower().replace(" ", "-") in TEXT]
    if used:
        sys.exit(f"terms the course names: {used}")
    probekit.write_near_misses(HERE, "zuvn40-s40", 4040, NEAR, CONTROLS)


if __name__ == "__main__":
    main()
