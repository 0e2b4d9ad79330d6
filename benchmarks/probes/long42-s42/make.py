"""Probes for stop 42 (long42): long, story-shaped first questions. A learner tells a situation
from their work first (the shop, the customers, the pictures, the money, the music, the school)
and asks at the end (sometimes in the middle); the story's nouns belong to other sections of the
course than the one the ask is about. Written from the course text before running the tutor, by
people of walks of life chosen to be new (organ builders, falconers, ski instructors, chimney
sweeps, upholsterers, archivists, bowling alley managers, stonemasons, wedding planners, driving
instructors, clockmakers, laundrette owners, bingo callers, train guards, greenkeepers, carpet
fitters, nail technicians, quarry workers ...). Split at random (seed 42) into work/ and measure/
before any answer was read.
"""

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
    EV,
    GAN,
    GAPP,
    GEN,
    HAL,
    IND,
    LM,
    ML,
    RL,
    SUP,
    TR,
    UNS,
    VAE,
    VS,
)

HERE = Path(__file__).resolve().parent


def c(question, sections, facts):
    return probekit.case("paraphrase", question, sections=list(sections) if isinstance(sections, list) else [sections], facts=facts)


def k(question, sections, facts):
    return probekit.case("comparison", question, sections=list(sections), facts=facts)


PARAPHRASE = [
    c("organ builder, restoring a church instrument this winter. the diocese bought a music app that writes hymn tunes and the vicar played me one, it sounded like nothing i'd heard but still like a hymn. is it copying old hymns or making new ones",
      [GEN + "inspired-by-the-training-data-not-copied-from-it", GEN + "generating-new-data-that-resembles-the-training-data"], [["copy|copied|new"]]),
    c("falconer at a country estate, flying hawks for visitors. when i train a young bird i give it a bit of meat when it comes back and nothing when it doesn't, and over weeks it learns. my nephew says there's a type of computer learning that works the same. which type",
      [RL + "agents-environments-actions-and-rewards", RL + "feedback-from-an-environment-instead-of-a-dataset", ML + "three-ways-a-machine-can-learn"], [["reinforcement"], ["reward"]]),
    c("ski instructor in the alps in winter, bike shop in summer. the shop's stock program looked at five years of sales and the weather and told me to order 40 more e-bikes, and it was right. how does it work that out",
      [APP + "predictive-analytics-and-anomaly-detection", IND + "retail-predicting-sales-and-writing-product-content"], [["predict|forecast"], ["past|histor"]]),
    c("chimney sweep, mostly old victorian terraces. i asked a chatbot how often to sweep a thatched cottage flue and it gave me a confident answer quoting a fire safety rule that turns out not to exist. how can i tell when it's doing that and stop it",
      [HAL + "how-to-spot-and-reduce-hallucination"], [["check|verify|source|ground"]]),
    c("upholsterer. a customer brought in a photo of a sofa she wanted copied, and it turned out the photo was made by an ai, the sofa never existed, the fabric pattern impossible. how do these programs make a picture of something that isn't real",
      [GEN + "generating-new-data-that-resembles-the-training-data", GAPP + "image-generation-for-design-advertising-and-virtual-reality", GEN + "the-cat-pictures-example-of-generative-ai"], [["train|learn"], ["new"]]),
    c("archivist at a county records office. we have thousands of old letters and someone suggested a program that sorts them into piles by itself without us telling it what the piles should be. what is that called",
      [UNS + "clustering-groups-similar-data-points", UNS + "learning-from-unlabelled-data"], [["cluster|group"]]),
    c("bowling alley manager. the new booking system rejects some card payments as suspicious, usually at 2am from abroad, and my regulars get cross. how does the machine decide a payment looks dodgy",
      [APP + "fraud-detection-with-machine-learning", IND + "finance-catching-fraud-and-handling-documents", APP + "predictive-analytics-and-anomaly-detection"], [["fraud|unusual|anomal|pattern"]]),
    c("stonemason, 30 years cutting headstones. the family of a customer asked a chatbot to write the inscription, and the grandson said the bot basically guesses one word after another. is that really how it writes",
      [LM + "next-token-prediction-step-by-step", LM + "what-a-language-model-does"], [["next|token|word"]]),
    c("wedding planner. a couple wanted an ai to write their vows and when we pressed the button twice it gave two completely different versions, one soppy and one quite odd. why does it not give the same thing every time",
      [LM + "sampling-temperature-top-k-and-top-p", HAL + "why-generated-content-varies-in-quality"], [["random|sampl|temperature|vary|varies"]]),
    c("driving instructor. i read that self-driving cars learn by trying things in a simulator and getting points for staying in lane and losing points for crashing. what's the name for learning like that",
      [RL + "agents-environments-actions-and-rewards", RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems", RL + "feedback-from-an-environment-instead-of-a-dataset"], [["reinforcement"]]),
    c("clockmaker, i repair antique longcase clocks. a dealer i know trained a program on photos of every clock he's valued, each labelled with the price it fetched, and now it guesses a price from a new photo. is that guessing a number a different kind of task from sorting fakes from real ones",
      [SUP + "classification-versus-regression"], [["regression"], ["classif"]]),
    c("laundrette owner. my machines send readings every minute and a program learned what normal spinning looks like, then texted me before the drum on number 4 went. how did it know something was wrong before it broke",
      [APP + "predictive-analytics-and-anomaly-detection"], [["anomal|unusual"]]),
    c("bingo caller at a seaside hall. the owner wants to put an ai in but half the staff are dead against it, worried about their jobs, and the callers won't touch the tablets. is that normal when a business brings ai in",
      [ADO + "resistance-to-change-from-employees"], [["resist|employee|job"]]),
    c("train guard on a branch line. the company's app answers passengers' questions about delays, and last week it told someone a train existed that was cancelled months ago. why do these things state made up stuff so confidently",
      [HAL + "why-next-token-prediction-produces-fluent-falsehoods", HAL + "what-hallucination-means"], [["hallucinat|plausible|likely|fluent"]]),
    c("greenkeeper at a golf club. we photographed thousands of patches of turf and the club pro marked each one as diseased or healthy, and now a phone app tells members if their lawn is sick. what kind of learning is that",
      [SUP + "learning-from-labelled-examples", SUP + "image-classification-as-a-supervised-task"], [["supervised|label"]]),
    c("carpet fitter. i measure rooms all day. my son's building a program to guess the price of a job from room size, stairs and underlay type, and he says he had to squash the square metres and the number of stairs onto the same scale first. why would you need to do that",
      [TR + "features-feature-scaling-and-feature-engineering"], [["scal"]]),
    c("nail technician, home salon. the booking app was trained on my appointments and works perfectly for me but when my friend tried it in her salon it was useless, all wrong times. why would it work on one salon's data and not another",
      TR + "overfitting-and-underfitting", [["overfit|new data|unseen|general"]]),
    c("quarry worker, we blast limestone. the company used an ai to make fake photos of cracked rock faces because we don't have enough real pictures of cracks to train the safety camera on. does making pretend pictures actually help it learn",
      [GAPP + "data-augmentation-with-synthetic-training-examples"], [["synthetic|augment"]]),
    c("museum guide in a textile museum. the curator showed me a program that turned every pattern in our collection into a point on a little map where similar patterns sit close together, and you could make new patterns by picking a spot between them. what is that map",
      [VAE + "what-the-latent-space-represents", VAE + "generating-new-samples-from-the-latent-space"], [["latent"]]),
    c("tailor, bespoke suits. a client who works in a bank told me their ai hardly ever misses a real fraud but also blocks loads of honest customers, and the bank says they had to choose which mistake is worse. what are the two numbers they'd be balancing",
      [EV + "why-fraud-and-disease-detection-need-both-precision-and-recall", EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["precision"], ["recall"]]),
    c("ice cream van owner. i tried one of those picture generators for a new van design, but it kept drawing the same cone and the same colours no matter what i typed. my nephew said the thing had stopped being varied. what's that called",
      [GAN + "mode-collapse-when-a-gan-loses-variety", EV + "judging-generated-output-on-realism-coherence-and-diversity"], [["mode collapse|variety|diversity"]]),
    c("forklift driver in a cold store. the manager says our new system learns a bit more every week from the orders coming in and gets better over time. how does a model improve with more data",
      [ML + "patterns-trends-and-improving-with-more-data"], [["more data|improv"]]),
    c("funeral director. a family asked whether the ai that wrote a eulogy had been trained on other people's eulogies and might have copied one word for word. does it copy what it learned from",
      [GEN + "inspired-by-the-training-data-not-copied-from-it"], [["copy|copied|inspired"]]),
    c("tattoo artist. clients keep bringing designs made by an image generator and some come out with six fingers and melted letters. why is the quality so hit and miss",
      [HAL + "why-generated-content-varies-in-quality", BEN + "where-generative-ai-falls-short"], [["quality|vary|varies|inconsisten"]]),
]

COMPARISON = [
    k("brewer, small craft brewery in a railway arch. we looked at one ai that predicts which batches will go off and another that writes the tasting notes on the cans. what's the actual difference between those two kinds of ai",
      [VS + "predicting-versus-creating-two-different-goals"], [["predict"], ["creat|generat|new"]]),
    k("cobbler and key cutter in a shopping arcade. my niece is doing a course and says gans and vaes both make new pictures but in different ways. how do they compare",
      [VAE + "vaes-compared-with-gans"], [["gan"], ["vae|variational"]]),
    k("zookeeper, big cats section. the zoo got a small language model that runs on a tablet at the enclosure and there's talk of a giant online one instead. what do you give up with the small one compared with the big one",
      [LM + "small-language-models-versus-large-ones"], [["small"], ["large"]]),
    k("farrier, i shoe horses across three counties. the vet practice i work with uses one program that learns from labelled x-rays and another that groups horses with no labels at all. what's the difference between those two ways of learning",
      [SUP + "learning-from-labelled-examples", UNS + "learning-from-unlabelled-data", ML + "three-ways-a-machine-can-learn"], [["label"], ["unlabel|without|no label"]]),
    k("sommelier at a hotel restaurant. the owner wants an ai to guess which wines will sell out and another one to write the wine list descriptions, and asked me which costs more to run day to day. compute-wise which is heavier, predicting or generating",
      [VS + "comparing-efficiency-and-computing-needs", DC + "compute-after-training-machine-learning-versus-heavy-generative-models"], [["comput"]]),
    k("lifeguard at a leisure centre. our pool camera spots swimmers in trouble and the manager is choosing between k-means and dbscan to group the footage by where people swim, the pool shape is all curvy. which handles odd shapes better",
      [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["dbscan"]]),
    k("florist, two shops. the wholesaler's ai is great at predicting how many roses we need for valentine's but the other one they tried for writing bouquet cards was hit and miss. is machine learning just more accurate than generative ai",
      [VS + "comparing-accuracy-and-adaptability"], [["accura"]]),
    k("piano tuner, freelance, schools and concert halls. a school bursar asked me the difference between accuracy and precision when they were buying a tool that flags cheating. i had no idea. how do they differ",
      [EV + "accuracy-the-share-of-predictions-that-are-right", EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["accura"], ["precision"]]),
]

if __name__ == "__main__":
    cases = PARAPHRASE + COMPARISON
    probekit.check_facts(cases)
    parts = probekit.split_by_class([("paraphrase", PARAPHRASE), ("comparison", COMPARISON)], random.Random(42))
    head = "# Long story-shaped first questions (stop 42, long42), split at random (seed 42).\n"
    for name, part in parts.items():
        probekit.write_cases(HERE / name / "cases.toml", head, part)
