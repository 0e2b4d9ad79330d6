"""Stop 38 probes (para38): a learner describes a SYMPTOM from their own world (a picture maker
that keeps drawing the same thing, a robot that sometimes takes an odd route, a model that works
on old customers and not new ones, a bot that invents a reference, a tool that squashes many
columns into a few, a CRM that groups people without names...) and asks why it happens or what it
is called. The answer is the section that NAMES the phenomenon. Written from the course text
before any answer was read, in fresh wording (jobs and settings other than the read set's);
split class by class at random with seed 38."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
BIASGEN = "ethics-and-regulation/biased-or-harmful-generated-content"
GENDATA = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
OVER = "training-and-overfitting/overfitting-and-underfitting"
DIM = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
HAL = "hallucination/what-hallucination-means"
HALWHY = "hallucination/why-next-token-prediction-produces-fluent-falsehoods"
NEXT = "language-models/next-token-prediction-step-by-step"
LMDO = "language-models/what-a-language-model-does"
COPY = "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"
IMG = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
AFTER = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
EFF = "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"
CLUS = "unsupervised-learning/clustering-groups-similar-data-points"
UNSUSE = "unsupervised-learning/what-unsupervised-learning-is-used-for"
ANOM = "ml-applications/predictive-analytics-and-anomaly-detection"
CUM = "reinforcement-learning/maximising-cumulative-reward"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"

MODE_C = [
 ("trained one of those two-network fake makers on shoe photos and now it only ever draws the same trainer in three colours. whats that called", [MODE], [["mode collapse"]]),
 ("baker here, got a generator to invent cake designs and after a while every cake it made was basically the same sponge. is that a known problem with the faker vs judge type", [MODE], [["mode collapse"]]),
 ("my forger-and-detective model for font glyphs produces like one letter shape over and over, why does it lose all its variety", [MODE], [["mode collapse|variety"]]),
 ("hobby coder: my gan for pixel art landscapes keeps giving me the exact same hill every time, did i break it", [MODE], [["mode collapse"]]),
 ("the fake-flower generator i trained only makes roses now, never tulips, though the training photos had both. why", [MODE], [["mode collapse|variety|few"]]),
 ("tattoo artist: ai design tool spits out nearly identical skulls no matter how many times i hit go. what is going wrong inside it", [MODE], [["mode collapse|variety"]]),
]
BIAS_C = [
 ("nursery teacher. asked an image ai for 'a nurse' loads of times and its always a woman. why does it keep doing that", [BIAS, BIASGEN], [["bias"], ["training data"]]),
 ("asked the picture maker for 'a scientist' 15 times and got the same middle aged white man each time. where does that come from", [BIAS, BIASGEN], [["bias"]]),
 ("careers adviser. the cv screening thing keeps ranking the lads above the girls for engineering roles. is the software sexist or what", [BIAS], [["bias"], ["data"]]),
 ("photographer. every 'family at dinner' image the ai makes looks the same kind of family. is that on purpose", [BIAS, BIASGEN], [["bias"]]),
]
EXPL_C = [
 ("postie here. the route planning robot at the depot now and then picks a street it has never tried even tho it knows a fast way. why would a learning machine do that on purpose", [EXPL], [["explor"], ["exploit"]]),
 ("my kids game bot sometimes makes a weird random move even when it clearly knows a good one. is that deliberate", [EXPL], [["explor"], ["random"]]),
 ("chef. i always cook my best seller but my sous chef says try a new dish sometimes or you never find a better one. i heard learning robots face the same thing, whats it called", [EXPL], [["explor"], ["exploit"]]),
 ("warehouse picker. the picking robot occasionally wanders down an aisle it doesnt need to. is it broken or learning something", [EXPL], [["explor"]]),
 ("gardener. a robot mower on trial sometimes goes a silly way round the lawn instead of the tidy pattern it already does well, why", [EXPL], [["explor"], ["exploit"]]),
 ("if a trial-and-error agent only ever repeats what worked before, what does it miss out on", [EXPL], [["explor"]]),
]
OVER_C = [
 ("estate agent. our price guessing tool nails the houses it was built from but is miles off on new listings. whats wrong with it", [OVER], [["overfit"]]),
 ("teacher. a model predicted last years pupils' grades perfectly but is rubbish on this years class. why", [OVER], [["overfit"], ["new"]]),
 ("vet. the clinic's app spots illness brilliantly on the animals it learned from and misses it in new patients. what is that problem", [OVER], [["overfit"]]),
 ("farmer. yield predictor works great on the fields it saw and falls apart on a new farm. like a student who memorised the answers", [OVER], [["overfit|memori"]]),
 ("the churn model was spot on for customers in the training data and guessed wrong for fresh signups. what does that mean", [OVER], [["overfit"]]),
]
DIM_C = [
 ("brewer. we log about 150 readings per batch and most move together. can ml squeeze each batch down to a couple of numbers i can plot", [DIM], [["dimensionality reduction|fewer"]]),
 ("hr analyst with a 250-question staff survey, loads of the questions overlap. any way to shrink it to a few scores without losing the gist", [DIM], [["dimensionality reduction|fewer"]]),
 ("sports scientist. 400 measurements per athlete from wearables, too many to look at. can a computer boil them down to 2 numbers to draw on a graph", [DIM], [["dimensionality reduction"]]),
 ("marketing. each customer has hundreds of columns. is there a learning trick that keeps what matters but cuts them to a handful", [DIM], [["dimensionality reduction|fewer"]]),
]
HAL_C = [
 ("solicitor. the chatbot gave me a case name and citation that dont exist, said it totally straight. was it lying", [HAL, HALWHY], [["hallucinat"]]),
 ("librarian. a student showed me a reading list from an ai, half the books arent real. why does it invent titles", [HAL, HALWHY], [["hallucinat"]]),
 ("pharmacist. asked an ai about a drug interaction and it quoted a study that never existed, confident as anything. what's going on", [HAL, HALWHY], [["hallucinat"]]),
 ("why would a chat assistant say a fake statistic like it was fact instead of saying it doesnt know", [HAL, HALWHY], [["hallucinat|likely|plausib"]]),
]
NEXT_C = [
 ("crossword fan. does the chat ai plan the whole answer first or build it up a word at a time", [NEXT], [["next"], ["token|word"]]),
 ("my nan thinks the ai is thinking like a person. how does it actually produce its answer, step by step", [NEXT], [["next"], ["probab|likely"]]),
 ("pianist. is the chatbot composing a whole reply in its head or guessing piece by piece", [NEXT], [["next"], ["likely|probab"]]),
 ("does the text ai really understand what im saying or is it doing something more mechanical to write back", [NEXT], [["next|predict"]]),
]
COPY_C = [
 ("florist. the ai made a bouquet picture for my ad. did it just grab someones photo from the internet", [COPY], [["cop"], ["pattern"]]),
 ("illustrator friend says the picture ai just cuts and pastes bits of real artworks. is that how it makes an image", [COPY], [["cop"]]),
 ("kitchen fitter. the ai drew a kitchen from my one line description. where does that picture actually come from, is it stored somewhere", [COPY, IMG], [["cop|pattern"]]),
]
AFTER_C = [
 ("dairy farmer. consultant says the milk yield predictor needs a big computer to run each morning after its been built. does it really", [AFTER, EFF], [["little|less|cheap|quick"]]),
 ("once a fraud model is trained, does checking each payment need serious hardware, or is that only for the training bit", [AFTER, EFF], [["little|less|cheap|quick"]]),
 ("small shop. can the sales forecaster run on our old office pc once somebody has built it", [AFTER, EFF], [["little|less|cheap|laptop|ordinary"]]),
]
CLUS_C = [
 ("gym owner. the software sorted our members into 4 groups by itself. will it tell me which group is the 'new year resolution' lot", [CLUS], [["group|cluster"], ["name|label|mean"]]),
 ("charity fundraiser. the donor tool split our donors into clusters without being told what to look for. does it know what each cluster is", [CLUS], [["cluster|group"], ["name|label|mean"]]),
 ("the grouping software gave me 'group 1, group 2, group 3'. why doesnt it just say what kind of customers they are", [CLUS], [["name|label|mean"]]),
]
ANOM_C = [
 ("water company. a system watched our pipe pressure for months and now flags odd readings, nobody ever showed it a burst. what kind of learning is that", [ANOM, UNSUSE], [["anomal"]]),
 ("night security. the camera software learnt what a quiet night looks like and alerts on anything strange. what is that called", [ANOM, UNSUSE], [["anomal|unusual"]]),
]
CUM_C = [
 ("darts player. if a learning bot only grabs the most points it can right now each turn, does it end up worse off overall", [CUM], [["cumulative|total|over time"]]),
]
TEMP_C = [
 ("copywriter. the ai writing tool has a creativity slider from safe to wild. what does moving it actually change", [TEMP], [["temperature"]]),
]


def main() -> None:
    rng = random.Random(38)
    classes = [
        ("mode_collapse", MODE_C), ("bias", BIAS_C), ("exploration", EXPL_C), ("overfitting", OVER_C),
        ("dim_reduction", DIM_C), ("hallucination", HAL_C), ("next_token", NEXT_C), ("not_copied", COPY_C),
        ("inference_compute", AFTER_C), ("clusters_unnamed", CLUS_C), ("anomaly", ANOM_C),
        ("cumulative", CUM_C), ("temperature", TEMP_C),
    ]
    built = [(name, [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in items]) for name, items in classes]
    probekit.check_facts([c for _, cs in built for c in cs])
    split = probekit.split_by_class(built, rng)
    for folder, cases in split.items():
        head = f"# para38-s38 ({folder}): symptoms described in everyday words; written before running the tutor, split by class at random (seed 38).\n\n"
        probekit.write_cases(HERE / folder / "paraphrase.toml", head, cases)


if __name__ == "__main__":
    main()
