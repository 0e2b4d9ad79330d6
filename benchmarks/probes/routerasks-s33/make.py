"""Write the routerasks-s33 probes: first questions that describe a section's idea in workplace
or everyday words (no course term, or one term among chat), over all 21 lessons, written from
the lesson text before any answer was read. Split at random (seed 33) into work/measure."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import (
    ADO,
    APP,
    BEN,
    DC,
    ETH,
    EV,
    FUT,
    GAN,
    GAPP,
    GEN,
    HAL,
    IND,
    LM,
    ML,
    RL,
    SK,
    SUP,
    TR,
    UNS,
    VAE,
    VS,
)

C = [
 # what-is-ml
 ("our it guy says the new system wasnt programmed with rules, it just worked it out from old records. how does that work",
  [ML + "learning-from-data-instead-of-hand-written-rules"], [["rules"], ["data"]]),
 ("at the warehouse they say the sorting software gets better the more parcels it sees, is that true",
  [ML + "patterns-trends-and-improving-with-more-data"], [["data"]]),
 ("which apps on my work phone are using machine learning without me noticing",
  [ML + "everyday-machine-learning-services"], [["spam|recommend|voice|assistant"]]),
 # supervised
 ("my manager had us tag 5000 invoices as ok or dodgy so a program could learn from them, what's that called",
  [SUP + "learning-from-labelled-examples"], [["label"]]),
 ("guessing a house price vs guessing if an email is junk - are those different jobs for a model",
  [SUP + "classification-versus-regression"], [["regression"], ["classification"]]),
 ("why does the labelling team at work need so many thousands of examples before the model is any good",
  [SUP + "why-supervised-learning-needs-large-labelled-datasets"], [["label"]]),
 # unsupervised
 ("we've got a huge customer list but nobody has sorted it into types, can a computer find the groups by itself",
  [UNS + "clustering-groups-similar-data-points", UNS + "what-unsupervised-learning-is-used-for"], [["cluster|group|segment"]]),
 ("our spreadsheet has 200 columns and the analyst wants to boil it down to a handful, how",
  [UNS + "dimensionality-reduction-simplifies-complex-data"], [["dimension|feature|variable"]]),
 ("the shop's customer groups came out weird shaped and the usual grouping method split them badly, is there another way",
  [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["dbscan|density"]]),
 # RL
 ("how does a delivery robot learn by getting points for good moves and losing them for bad ones",
  [RL + "agents-environments-actions-and-rewards"], [["reward"]]),
 ("should the bot keep doing what already works or try new stuff now and then",
  [RL + "exploration-versus-exploitation"], [["explor"]]),
 ("no one hands the robot a sheet of right answers, so how does it know how it's doing",
  [RL + "feedback-from-an-environment-instead-of-a-dataset"], [["environment|feedback"]]),
 # training
 ("our model aced the practice data and then flopped on real customers, why",
  [TR + "overfitting-and-underfitting"], [["overfit"]]),
 ("why do you keep some of the records back and not train on them",
  [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["test"]]),
 ("the sales data from the old till system has gaps and typos, will that mess up the predictions",
  [TR + "how-noisy-or-incomplete-data-leads-to-mistakes"], [["noisy|incomplete|missing|error"]]),
 ("how does the model keep nudging itself downhill to make fewer mistakes",
  [TR + "gradient-descent-in-plain-words"], [["gradient"]]),
 # generative
 ("the marketing team's tool makes brand new pictures that look like the ones it was shown, what kind of ai is that",
  [GEN + "generating-new-data-that-resembles-the-training-data"], [["generat"]]),
 ("does the picture ai at work just stitch together bits of photos it copied",
  [GEN + "inspired-by-the-training-data-not-copied-from-it"], [["cop"]]),
 ("why is everybody at the office suddenly on about ai that writes and draws, it wasnt a thing a few years ago",
  [GEN + "why-generative-ai-got-so-much-attention-recently"], [["generative"]]),
 # gans
 ("two programs, one makes fakes and the other tries to catch them, what's that setup",
  [GAN + "the-generator-and-the-discriminator", GAN + "how-adversarial-training-works", GAN + "one-model-generates-another-evaluates"], [["generator"], ["discriminator"]]),
 ("our image generator keeps spitting out the same few faces over and over, what's gone wrong",
  [GAN + "mode-collapse-when-a-gan-loses-variety"], [["mode collapse"]]),
 ("the data scientist said training the fake-vs-real picture model is a nightmare and costs a fortune, why",
  [GAN + "why-gan-training-is-unstable-and-costly"], [["unstable|instab"]]),
 # vaes
 ("the model that squeezes a photo down to a few numbers and then rebuilds it, how does that work",
  [VAE + "encoder-latent-space-and-decoder"], [["encoder"], ["decoder"]]),
 ("what does the squeezed middle bit actually hold, like is it a map of the pictures",
  [VAE + "what-the-latent-space-represents"], [["latent"]]),
 ("is the squeeze-and-rebuild model better or worse than the fake-vs-catcher one for pictures",
  [VAE + "vaes-compared-with-gans"], [["gan"]]),
 # language models
 ("how does the chat thing at work pick the next word when it replies",
  [LM + "what-a-language-model-does", LM + "next-token-prediction-step-by-step"], [["likel|probab"]]),
 ("the chatbot settings have a creativity slider, what does turning it up actually do",
  [LM + "sampling-temperature-top-k-and-top-p"], [["temperature"]]),
 ("could our company run a little chat model on our own server instead of the huge online ones",
  [LM + "small-language-models-versus-large-ones"], [["small"]]),
 ("it says the reply was cut off after too many pieces of text, what are those pieces",
  [LM + "tokens-the-pieces-of-text-a-model-reads-and-writes"], [["token"]]),
 # hallucination
 ("the chatbot told my colleague about a court case that never happened, why does it invent stuff",
  [HAL + "what-hallucination-means", HAL + "why-next-token-prediction-produces-fluent-falsehoods"], [["hallucinat|false|plausible"]]),
 ("how do we stop the office assistant making things up when it answers about our policies",
  [HAL + "grounding-answering-from-sources-instead-of-memory", HAL + "how-to-spot-and-reduce-hallucination"], [["ground|source|document"]]),
 ("some days the writing tool gives great drafts and some days rubbish, why so up and down",
  [HAL + "why-generated-content-varies-in-quality"], [["quality"]]),
 # ml vs gen
 ("my boss can't tell the difference between ai that predicts stuff and ai that creates stuff, how do i explain",
  [VS + "predicting-versus-creating-two-different-goals"], [["predict"], ["creat|generat"]]),
 ("is the ai that writes text actually built out of the normal learning kind",
  [VS + "generative-ai-is-built-on-machine-learning"], [["machine learning"]]),
 ("which is cheaper to run day to day, a forecasting model or one of those text generators",
  [VS + "comparing-efficiency-and-computing-needs"], [["comput"]]),
 # evaluating
 ("the supplier says their model is 99% right, should i be impressed",
  [EV + "accuracy-the-share-of-predictions-that-are-right"], [["accura"]]),
 ("the fraud checker at the bank misses some scams and flags honest people too, how do you measure both",
  [EV + "precision-and-recall-computed-from-a-confusion-matrix", EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"], [["precision"], ["recall"]]),
 ("how would our team judge if the pictures the ai makes are any good",
  [EV + "judging-generated-output-on-realism-coherence-and-diversity"], [["realis|coheren|divers"]]),
 # data and compute
 ("how much stuff do you need to feed the writing ai to train it, and does it need to be tidy",
  [DC + "training-data-for-generative-models-large-clean-and-varied"], [["data"]]),
 ("why does building one of these ai systems cost so much in people and computers",
  [DC + "training-cost-compute-expertise-and-time"], [["cost|expens|comput"]]),
 ("once it's trained, does the prediction model need a beefy computer to keep running",
  [DC + "compute-after-training-machine-learning-versus-heavy-generative-models"], [["comput|power"]]),
 # applications
 ("how does the bank's computer know my card's been nicked before i do",
  [APP + "fraud-detection-with-machine-learning", IND + "finance-catching-fraud-and-handling-documents"], [["fraud"]]),
 ("the factory wants a warning before a machine on the line breaks down, can ml do that",
  [APP + "predictive-analytics-and-anomaly-detection"], [["anomal|predict|unusual"]]),
 ("the shop website shows you other things you might like, how does it decide",
  [APP + "recommendation-systems-for-products-movies-and-music"], [["recommend"]]),
 # gen apps
 ("our design team wants mock-up posters made by ai, is that a normal use",
  [GAPP + "image-generation-for-design-advertising-and-virtual-reality"], [["image|design|advert"]]),
 ("we have very few pictures of faulty parts, can ai make extra fake ones to train on",
  [GAPP + "data-augmentation-with-synthetic-training-examples"], [["synthetic"]]),
 ("can the ai that writes also write program code for the dev team",
  [GAPP + "code-audio-and-new-drug-molecules"], [["code"]]),
 # industry
 ("what does ai actually do in hospitals, like scans and paperwork",
  [IND + "healthcare-detecting-disease-and-drafting-treatment-plans"], [["disease|scan|image"]]),
 ("our call centre wants to know which callers are angry before we pick up, is that ai",
  [IND + "customer-support-sentiment-analysis-and-chatbots"], [["sentiment"]]),
 ("does the same business use the predicting kind and the creating kind for different jobs",
  [IND + "same-industries-different-jobs"], [["predict|generat"]]),
 # benefits and limitations
 ("what's the learning kind of ai really good at in a business",
  [BEN + "what-machine-learning-does-well"], [["pattern|data|predict"]]),
 ("where does the creating kind of ai let you down at work",
  [BEN + "where-generative-ai-falls-short"], [["hallucinat|bias|cost|inaccura|wrong"]]),
 # ethics
 ("the hiring tool keeps turning down women, how did it pick that up",
  [ETH + "bias-inherited-from-training-data"], [["bias"]]),
 ("someone made a fake video of our ceo saying stuff he never said, is that a known problem",
  [ETH + "deepfakes-and-the-argentine-election-poster", FUT + "deepfakes-and-regulation-in-the-years-ahead"], [["deepfake"]]),
 ("are there actual laws about how companies can use ai now",
  [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["act|order|regulat"]]),
 # future
 ("can our receptionist build her own little chatbot for bookings without knowing how to code",
  [FUT + "custom-mini-chatbots-built-without-code"], [["code|cod"]]),
 ("will the chat assistants soon understand photos and voice as well as typing",
  [FUT + "multimodal-chatbots-such-as-gpt-4-and-gemini"], [["multimodal|image"]]),
 # adoption
 ("half the staff are scared the ai will take their jobs and refuse to use it, is that common",
  [ADO + "resistance-to-change-from-employees"], [["resist|employee|job"]]),
 ("we want to try ai at the firm but don't want to bet the farm, where do we start",
  [ADO + "a-small-pilot-project-as-a-first-step"], [["pilot"]]),
 ("nobody in our company knows how to build this stuff, is that a common problem",
  [ADO + "the-ai-skills-gap"], [["skill"]]),
 # skills
 ("i work in accounts and want to move into the machine learning team, what should i learn",
  [SK + "skills-for-working-in-machine-learning", SK + "educational-paths-into-machine-learning"], [["python|statistic|math|programming|degree|course"]]),
 ("are there groups or meetups where people who play with ai hang out and share stuff",
  [SK + "ways-to-engage-with-the-ai-community"], [["communit|kaggle|github|meetup|forum|hackathon"]]),
]


def main():
    here = Path(__file__).parent
    ins = [probekit.case("paraphrase", q, sections=secs, facts=facts) for q, secs, facts in C]
    probekit.check_facts(ins)
    work, measure = probekit.halves(ins, random.Random(33))
    for name, cases in (("work", work), ("measure", measure)):
        head = f"# Workplace and everyday paraphrases over all 21 lessons (stop 33, helper routerasks): {name} half, seed 33.\n\n"
        probekit.write_cases(here / name / "paraphrase.toml", head, cases)


if __name__ == "__main__":
    main()
