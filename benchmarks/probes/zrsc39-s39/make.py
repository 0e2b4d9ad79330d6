"""Comparison probes (stop 39, zrsc39): the classes behind the failing comparisons of diagnosis sets
ZR and ZS, asked by populations neither set used (bakers, vets, farmers, nurses, couriers,
hairdressers, librarians, firefighters, gardeners, pharmacists ...). Written from the course text
before any answer was read:

- ``faults``: two of AI's problems described, asked whether they are the same fault (hallucination,
  mode collapse, overfitting, underfitting, bias);
- ``outputs``: two machines told apart by what they say or do ("says X or Y" vs "gives a figure",
  "predicts ... / writes ..."), asked what kind each is;
- ``good``: each family's good or weak side with the families described, not named ("the number
  crunching kind", "the making-stuff kind");
- ``everyday``: a pair the course compares (precision vs recall, exploration vs exploitation,
  overfitting vs underfitting) told as an everyday dilemma;
- ``loss``: one measure (loss, scoring, checking) asked of a predictive and a generative model;
- ``pick``: VAE vs GAN and other picks with a trade's preamble that mentions artwork or posters.

Split at random with seed 39, per class, before any answer was read."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import BEN, ETH, EV, GAN, HAL, RL, SUP, TR, VAE, VS

HERE = Path(__file__).parent
HALM = HAL + "what-hallucination-means"
MODE = GAN + "mode-collapse-when-a-gan-loses-variety"
OVER = TR + "overfitting-and-underfitting"
BIAS = ETH + "bias-inherited-from-training-data"
CLREG = SUP + "classification-versus-regression"
PREDCRE = VS + "predicting-versus-creating-two-different-goals"
MLGOOD = BEN + "what-machine-learning-does-well"
MLBAD = BEN + "where-machine-learning-falls-short"
GENGOOD = BEN + "what-generative-ai-does-well"
GENBAD = BEN + "where-generative-ai-falls-short"
PR = EV + "precision-and-recall-computed-from-a-confusion-matrix"
PRWHY = EV + "why-fraud-and-disease-detection-need-both-precision-and-recall"
EXPL = RL + "exploration-versus-exploitation"
LOSS = TR + "what-a-loss-function-measures"
GENLOSS = EV + "loss-functions-as-a-quantitative-check-on-generative-models"
GENEVAL = EV + "judging-generated-output-on-realism-coherence-and-diversity"
ACC = EV + "accuracy-the-share-of-predictions-that-are-right"
VAEG = VAE + "vaes-compared-with-gans"

# (question, sides (each a list of acceptable sections), facts)
FAULTS = [
    ("baker. my nephew says ai has two big faults: chatbots making up facts and image ais that keep drawing the same couple of pictures. is that one fault or two?",
     [[HALM], [MODE]], [["false|made up|invent"], ["variety|few kinds"]]),
    ("vet nurse here - is an image generator stuck on one kind of dog picture the same issue as a chatbot confidently inventing a drug dose? or different things",
     [[MODE], [HALM]], [["variety|few kinds"], ["false|made up|invent"]]),
    ("farmer. a model that's perfect on last year's yields but useless on this year's, vs one thats rubbish on both. same problem?",
     [[OVER]], [["overfit"], ["underfit"]]),
    ("librarian: a chatbot that makes up book titles versus a hiring ai that's unfair to women. are those the same kind of failure or two separate ones",
     [[HALM], [BIAS]], [["false|made up|invent"], ["bias"]]),
    ("courier dispatcher. ai that memorised the old routes and cant handle new ones vs ai that just makes stuff up - related or not?",
     [[OVER], [HALM]], [["overfit|memori"], ["false|made up|invent"]]),
    ("hairdresser. the ai hairstyle app only ever shows me 2 styles and the chatbot told me a product that doesnt exist. same glitch underneath?",
     [[MODE], [HALM]], [["variety|few kinds"], ["false|made up|invent|does not exist"]]),
]

OUTPUTS = [
    ("pharmacist. one system flags a prescription 'safe' or 'check', another estimates how many boxes we'll sell next week. same kind of thing? what are they called",
     [[CLREG]], [["classification"], ["regression"]]),
    ("gardener: app 1 says 'weed' or 'not weed' from a photo, app 2 says how many kilos of tomatoes ill get. different types of model?",
     [[CLREG]], [["classification"], ["regression"]]),
    ("estate agent. one tool says what a house will sell for, another says whether it'll sell within a month yes or no. whats each one called",
     [[CLREG]], [["classification"], ["regression"]]),
    ("firefighter. one ai predicts which buildings are high risk, another writes the safety leaflets. same kind of ai or not, whats the real difference",
     [[PREDCRE]], [["predict"], ["creat|did not exist before|new"]]),
    ("nursery manager: one computer forecasts how many kids turn up tomorrow, a different one writes the newsletter for parents. are they the same sort of ai",
     [[PREDCRE]], [["predict"], ["creat|did not exist before|new"]]),
    ("plumber. one program guesses which boilers will break this winter, one makes up adverts for us. how are those two different",
     [[PREDCRE]], [["predict"], ["creat|did not exist before|new"]]),
]

GOOD = [
    ("school business manager. what's each kind good at - the forecasting number kind of ai vs the kind that writes and draws stuff? strengths of both",
     [[MLGOOD], [GENGOOD]], [["automates data analysis|anomal"], ["content production|creative|customer satisfaction"]]),
    ("baker. pros of the prediction ai vs pros of the content-making ai, one list each please",
     [[MLGOOD], [GENGOOD]], [["automates data analysis|anomal"], ["content production|creative|customer satisfaction"]]),
    ("vet. where does the predicting kind of ai shine and where does the making-new-stuff kind shine?",
     [[MLGOOD], [GENGOOD]], [["automates data analysis|anomal"], ["content production|creative|customer satisfaction"]]),
    ("farm shop owner. what are the weak spots of the number crunching ai and of the content generating ai? both please",
     [[MLBAD], [GENBAD]], [["data"], ["hallucinat|invent|bias|copyright"]]),
    ("charity shop volunteer: strengths of the spotting-patterns kind of ai compared with the writing-things kind",
     [[MLGOOD], [GENGOOD]], [["automates data analysis|anomal"], ["content production|creative|customer satisfaction"]]),
    ("driving instructor. downsides of each - predictive ai and creative ai?",
     [[MLBAD], [GENBAD]], [["data"], ["hallucinat|invent|bias|copyright"]]),
]

EVERYDAY = [
    ("airport baggage handler. the x-ray can be tuned to flag anything suspicious or to stop delaying normal passengers. those are the two scores in ai right? which matters more",
     [[PRWHY, PR]], [["recall"], ["precision"]]),
    ("shop security guard. our tag alarm either catches every thief or goes off at innocent customers. is that what precision and recall are about",
     [[PRWHY, PR]], [["recall"], ["precision"]]),
    ("gp receptionist. a test that catches all the sick people vs one that doesnt scare healthy ones - whats the ai name for each",
     [[PRWHY, PR]], [["recall"], ["precision"]]),
    ("chef. i always cook the dishes i know sell but my sous chef wants to try new specials every week. i heard ai agents face the same choice, explain both sides",
     [[EXPL]], [["explor"], ["exploit"]]),
    ("pub quiz host. stick with the rounds people like or try new ones each week - is there an ai version of that dilemma? both sides please",
     [[EXPL]], [["explor"], ["exploit"]]),
    ("fisherwoman's daughter, i run a cafe. going back to the same supplier because its safe vs trying new ones. how does a learning ai handle that trade off",
     [[EXPL]], [["explor"], ["exploit"]]),
]

LOSS_ROWS = [
    ("nurse who does the ward stats. the loss number on a normal predicting model vs on a generating model, same idea? and does low loss mean the generated stuff is good",
     [[LOSS], [GENLOSS]], [["mean squared error|cross-entropy"], ["does not prove|realism|coherence|diversity"]]),
    ("accountant. how is 'loss' used for a price prediction model compared with an image generator? is a low number enough for the generator",
     [[LOSS], [GENLOSS]], [["mean squared error|cross-entropy"], ["does not prove|realism|coherence|diversity"]]),
    ("teacher. loss for a classifier vs loss for a text generator, whats the difference",
     [[LOSS], [GENLOSS]], [["cross-entropy|mean squared error"], ["does not prove|realism|coherence|diversity|reconstruction"]]),
    ("bookkeeper. how do you score a model predicting late invoices vs one writing reminder emails, is it the same kind of scoring",
     [[ACC, PR, PRWHY], [GENEVAL, GENLOSS]], [["accura|precision|recall"], ["realism|coherence|diversity|no single correct output"]]),
    ("courier. low loss on a chatbot model - does that prove its answers are good, compared with a normal delivery time predictor?",
     [[GENLOSS], [LOSS]], [["does not prove|realism|coherence|diversity"], ["mean squared error|cross-entropy|error"]]),
]

PICK = [
    ("wedding photographer, also do my own flyers. vae vs gan - i want sharp images not blurry ones, which, and whats the downside of each",
     [[VAEG]], [["blurr"], ["sharper|crisp"]]),
    ("tattoo artist, I design my own posters. gan or vae for crisp artwork and what's the catch with each one",
     [[VAEG]], [["blurr"], ["sharper|crisp"]]),
    ("florist who does the shop's artwork too. vae versus gan for sharp pictures, which is steadier to train",
     [[VAEG]], [["blurr|stable|steady"], ["sharper|crisp|unstable"]]),
    ("illustrator doing album covers. between a vae and a gan, which gives crisper images and which is easier to train",
     [[VAEG]], [["blurr|stable"], ["sharper|crisp"]]),
    ("sign writer who draws posters. gan vs vae, pros and cons of each for pictures",
     [[VAEG]], [["blurr|stable"], ["sharper|crisp"]]),
]

CLASSES = [("faults", FAULTS), ("outputs", OUTPUTS), ("good", GOOD), ("everyday", EVERYDAY), ("loss", LOSS_ROWS), ("pick", PICK)]


def build(rows):
    """The probekit cases of ``rows`` (question, sides, facts)."""
    return [probekit.case("comparison", q, sections=sorted({s for side in sides for s in side}), sides=sides, facts=facts)
            for q, sides, facts in rows]


if __name__ == "__main__":
    groups = [(k, build(rows)) for k, rows in CLASSES]
    probekit.check_facts([c for _, g in groups for c in g])
    split = probekit.split_by_class(groups, random.Random(39))
    head = "# Comparison probes (stop 39, zrsc39, {}), split at random per class (seed 39) before any answer was read.\n\n"
    for name, part in split.items():
        probekit.write_cases(HERE / name / "comparison.toml", head.format(name), part)
