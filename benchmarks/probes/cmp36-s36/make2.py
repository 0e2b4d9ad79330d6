"""Comparison probes, second round (stop 36, cmp36), written after the first fixes and before any
answer to them was read:

- ``work2`` / ``measure2`` options: two things described as labelled options or versions whose
  category answer is written plainly, not quoted and not after "whether" ("model B says late or on
  time"), split at random with seed 3636;
- ``measure3``: fresh questions of the classes fixed in the first round (sorting things into the two
  families, one family's good or weak side against the other's, a verdict placing one thing), all
  measured, none read.

Scored by ``check.py`` (``check.py work2``)."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from make import (
    CLSREG,
    CODEAUD,
    EVERYDAY,
    FRAUD,
    GEN_OPENS,
    GENBAD,
    GENGOOD,
    IMGGEN,
    KIND,
    KINDS,
    LMDO,
    ML_OPENS,
    MLBAD,
    MLGOOD,
    MUSIC,
    NOTAI,
    PRED,
    PREDCRE,
    REC,
    RETAIL,
    SPEECH,
    SUPPORT,
    TXTGEN,
    build,
)

HERE = Path(__file__).parent

OPTIONS = [
    ("train guard. the old model said on time or delayed for each train, the new one says the delay in minutes. same kind of prediction?", [[CLSREG]], KIND),
    ("taxi firm. model A predicts the fare in dollars, model B predicts cash or card. are they the same type of model?", [[CLSREG]], KIND),
    ("ice cream van. model 1 gives the number of cones we'll sell, model 2 gives hot day or cold day. what's the difference?", [[CLSREG]], KIND),
    ("my first tool says rain or shine, my second tool says how many millimetres of rain. two different kinds of prediction?", [[CLSREG]], KIND),
    ("gp. tool a guesses the patient's temperature tomorrow, tool b guesses flu or a cold. same kind of model or not?", [[CLSREG]], KIND),
    ("one model tells me pass or fail, the other one tells me the mark out of 50. which is classification and which is regression?", [[CLSREG]], KIND),
    ("theme park. model A says how long the queue is in minutes, model B says short or long. same sort of prediction?", [[CLSREG]], KIND),
    ("courier. system 1 estimates how many kg the parcel weighs, system 2 says small, medium or large parcel. how are they different?", [[CLSREG]], KIND),
    ("sailing club. option 1 predicts the wind speed in knots, option 2 predicts calm or stormy. how do those differ?", [[CLSREG]], KIND),
    ("the new app tells me sunny, cloudy or rainy, the old one told me the temperature in degrees. is that a different kind of prediction?", [[CLSREG]], KIND),
    ("greengrocer. model x says ripe or not ripe, model y says how many days until it's ripe. same type of model?", [[CLSREG]], KIND),
    ("version one flagged each loan as risky or safe, version two gives the chance of default as a percentage. same kind of prediction?", [[CLSREG]], KIND),
]

WHICH = [
    ("netflix suggesting a film vs an ai writing a film script: which is ml and which is generative ai?",
     [[REC, PREDCRE, NOTAI, EVERYDAY], [TXTGEN, PREDCRE, NOTAI, KINDS]], [["recommend|judgement|existing"], ["new|did not exist|text|writ"]]),
    ("sort these into ml or gen ai for me: spotting a dodgy card payment, drawing a cartoon of my dog",
     [[FRAUD, PREDCRE, NOTAI], [IMGGEN, PREDCRE, NOTAI, KINDS]], [["judgement|predict|fraud"], ["new|did not exist|image"]]),
    ("a speech-to-text app and a voice cloning app. which one is machine learning and which one is generative?",
     [[SPEECH, PREDCRE], [CODEAUD, PREDCRE]], [["speech|transcri|judgement"], ["voice|did not exist|new"]]),
    ("which of these is gen ai: an app that predicts when my bus arrives, or one that writes me a poem?",
     [[PRED, PREDCRE, EVERYDAY], [TXTGEN, PREDCRE, KINDS, LMDO]], [["predict|judgement"], ["did not exist|new|text"]]),
]
GOOD = [
    ("strengths of ml compared to the strengths of generative ai", [[MLGOOD], [GENGOOD]], [["anomal|automat"], ["content|creative|customer"]]),
    ("what machine learning is bad at vs what generative ai is bad at", [[MLBAD], [GENBAD]], [["noisy|incomplete"], ["groundbreaking|varies"]]),
    ("gen ai's upsides vs ml's downsides", [[GENGOOD], [MLBAD]], [["content|creative|customer"], ["noisy|incomplete"]]),
    ("where generative ai shines compared to where it falls short", [[GENGOOD], [GENBAD]], [["content|creative|customer"], ["groundbreaking|varies"]]),
]
SINGLE = [
    ("is a voice assistant like alexa ml or gen ai", [[SPEECH, PREDCRE]], [["machine learning rather than generative|prediction about existing data|speech"]], ML_OPENS),
    ("is an ai that writes song lyrics machine learning or generative ai?", [[TXTGEN, MUSIC, KINDS, PREDCRE]], [["generat"]], GEN_OPENS),
    ("my boss asked if our sales forecast tool is ml or generative ai", [[PRED, RETAIL, EVERYDAY, PREDCRE]], [["predict|forecast"]], ML_OPENS),
    ("is a customer service chatbot ml or gen ai", [[SUPPORT, TXTGEN, PREDCRE]], [["generativ"]], [*GEN_OPENS, "machine learning"]),
]

if __name__ == "__main__":
    options = build(OPTIONS, "options")
    measured = build(WHICH, "which") + build(GOOD, "good") + build(SINGLE, "single")
    probekit.check_facts(options + measured)
    work2, measure2 = probekit.halves(options, random.Random(3636))
    head = "# Comparison probes (stop 36, cmp36, {}), written after the first fixes, before any answer to them was read.\n\n"
    for name, part in (("work2", work2), ("measure2", measure2), ("measure3", measured)):
        probekit.write_cases(HERE / name / "comparison.toml", head.format(name), part)
