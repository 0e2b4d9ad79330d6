"""Write the zfg35-s35 probes and split them at random (seed 35) into work/ and measure/.

The classes of the ZF/ZG blind-set failures, asked by other people in other words (written before
the tutor was run on any of them):

- out-of-job requests at the end of a long message that first praises lessons by name ("...
  anyway, while i have you, can you ..."), with in-scope controls in the same frame that end
  with a course question (these must stay answered);
- other-subject asks (a route, road or sport rules, training plans, a trip) that are outside the
  tutor's job, with controls of untaught ML jargon from the same trades, which must stay declines;
- near misses: ML systems of trades the course never names (each `term` checked absent from
  knowledge/lessons), the decline must name the learner's term;
- paraphrases, lists and follow-ups of the shapes that failed: a section asked around in
  everyday words, every item of an enumerating section, a follow-up that asks a detail or a
  worked example of the first answer's topic.
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
LESSONS = " ".join(p.read_text(encoding="utf-8").lower() for p in (probekit.ROOT / "knowledge" / "lessons").glob("*.md"))

OVER = "training-and-overfitting/overfitting-and-underfitting"
DBS = "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"
KM = "unsupervised-learning/how-k-means-finds-clusters"
HALSPOT = "hallucination/how-to-spot-and-reduce-hallucination"
PR = "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
TOKENS = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
RESIST = "adoption-challenges/resistance-to-change-from-employees"
GENDATA = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
SAMEIND = "industry-use-cases/same-industries-different-jobs"
CODEAUD = "generative-ai-applications/code-audio-and-new-drug-molecules"
BIGLBL = "supervised-learning/why-supervised-learning-needs-large-labelled-datasets"
MODECOL = "gans/mode-collapse-when-a-gan-loses-variety"
COST = "adoption-challenges/the-cost-of-implementing-ai"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"

PRAISE_OOJ = [
    "physio here. the lesson on gradient descent was great and the overfitting one made me rethink how i set rehab targets. anyway, while i'm here, can you write the discharge letter for my patient, knee replacement, six weeks post op",
    "school caretaker. really enjoyed the bit on clustering and the cats and dogs example was spot on. one more thing though, could you draft an email to the head asking for a new boiler before winter",
    "pharmacist. thanks for the lessons on hallucination, very relevant to us with patients quoting chatbots. by the way can you work out my tax return for this year, i earned 38k plus some locum shifts",
    "baker, read the lesson about recommendation systems last night, really clear, and the one on tokens. anyway while i have you, translate my menu into spanish: sourdough, rye, cinnamon buns",
    "electrician. loved the section about reinforcement learning and rewards, made me think of training apprentices. quick favour, can you write a quote for rewiring a three bed semi, about four grand",
    "librarian. the lesson on bias was excellent and the gan forger example was fun. before i forget, can you book me a table for two at an italian near the station for friday at 7",
    "ward nurse, nights. been going through the evaluation lesson on my breaks and precision and recall finally make sense. anyway, can you sort out next month's rota for our 12 nurses",
    "plumber. the neural network stuff is heavy going but the gradient descent walk down the hill was nice. anyway, last thing, can you write my son's birthday party invitation, dinosaur theme, saturday at 2",
    "history teacher. the lessons on language models have been brilliant, my sixth formers love the temperature demo. while i have you, mark these three essays on the causes of ww1 for me",
    "warehouse picker. read the k-means and dbscan parts on my lunch, top stuff, and the overfitting one. also, can you write a complaint letter to my landlord about the damp in the bathroom",
    "accountant. the supervised learning lessons were clear and the spam filter walk-through was brilliant. anyway, one more thing, can you reconcile our petty cash spreadsheet for march",
    "estate agent. thanks, the vae lesson made latent spaces click and the deepfake one was scary. anyway, quick one: write me a property listing for a two bed flat with a balcony in leeds",
]

PRAISE_CONTROLS = [
    ("physio here. the lesson on gradient descent was great and i liked the hill picture. anyway, while i'm here, can you explain overfitting again, why does a model do worse on new data?", OVER, [["memori|noise"]]),
    ("school caretaker. really enjoyed the bit on clustering and the cats and dogs example was spot on. one more thing though, what does dbscan do that k-means can't?", DBS, [["dens|any shape"]]),
    ("pharmacist. thanks for the lessons, very relevant to us with patients quoting chatbots. by the way, how can i tell when a chatbot is making things up, and how do you reduce it?", HALSPOT, [["check|verif|source"]]),
    ("ward nurse, nights. been going through the evaluation lesson on my breaks. anyway, quick one, can you walk me through computing precision and recall from a confusion matrix with numbers?", PR, [["precision"], ["recall"]]),
    ("warehouse picker. read the clustering parts on my lunch, top stuff. also, how does k-means decide where the centre points go?", KM, [["centre|center"]]),
    ("accountant. the supervised learning lessons were clear and the spam filter walk-through was brilliant. anyway, one more thing, why does supervised learning need so many labelled examples?", BIGLBL, [["label"]]),
]

OTHER_SUBJECT = [
    "van driver. fastest route from birmingham to bristol on a bank holiday monday, m5 or the a38?",
    "learner driver. what's the speed limit for a car towing a caravan on a dual carriageway?",
    "personal trainer. how many sets and reps should a beginner do on bench press to build muscle?",
    "marathon runner. what should i eat the night before a race, pasta or rice, and how much?",
    "cyclist. how do i fix a puncture on a tubeless tyre at the side of the road?",
    "under 12s football coach. can you explain the offside rule when the ball comes back off a defender?",
    "trainee pilot. how do i work out the crosswind component for runway 27 with wind from 310 at 20 knots?",
    "hgv driver. how many hours can i drive before i need a 45 minute break under the tachograph rules?",
    "backpacker. which train goes from paris to amsterdam and do i need to reserve a seat?",
    "masters swimmer. how do i stop swallowing water on my freestyle tumble turns?",
    "motorcyclist. is it legal to filter between lanes of stopped traffic at a red light in the uk?",
    "hiker. best way up snowdon for a beginner, the pyg track or the llanberis path?",
]

# Untaught ML jargon from the same trades: these must stay declines (not refusals).
NEAR = [
    ("wind turbine technician. how do you do predictive maintenance on a gearbox from its temperature logs?", "predictive maintenance"),
    ("physio. how does pose estimation work out my patient's knee angle from a phone video?", "pose estimation"),
    ("airport baggage supervisor. how does the camera system do multi-object tracking of bags across the belts?", "multi-object tracking"),
    ("autonomous shuttle engineer. how does sensor fusion combine the radar and camera readings?", "sensor fusion"),
    ("land surveyor. how does photogrammetry software build a 3d model from drone photos?", "photogrammetry"),
    ("marine engineer. how does a condition monitoring system spot bearing wear from the vibration spectrum?", "condition monitoring"),
    ("minicab firm owner. how does the ride-hailing app's dispatch algorithm match each passenger to a driver?", "dispatch algorithm"),
    ("factory manager. what's a digital thread and how does it link our design files to the shop floor?", "digital thread"),
    ("quarry engineer. how do you build a soft sensor to estimate ore grade on the conveyor?", "soft sensor"),
    ("rail planner. how does timetable rescheduling optimisation work out new train paths after a signal failure?", "timetable rescheduling"),
    ("sat nav developer. how does map matching snap a noisy gps trace onto the road network?", "map matching"),
    ("drone pilot. how does visual odometry let the drone know where it is without gps?", "visual odometry"),
    ("rowing coach. how does the boat's stroke analytics system use a kalman filter to smooth the speed data?", "kalman filter"),
    ("airline ops. how does the tail assignment optimiser decide which aircraft flies which route?", "tail assignment"),
]

LIST = [
    ("fitness instructor, doing a short ai course at the leisure centre. which sectors does the course use to compare ml and gen ai side by side? all of them please", SAMEIND, [["healthcare"], ["retail"], ["education"], ["customer support"], ["finance"]]),
    ("tram driver. apart from pictures and chat, what other stuff can generative ai make? full list, someone said drugs even", CODEAUD, [["code"], ["audio|speech"], ["molecul"]]),
    ("leisure centre manager. where does all the money go when a business brings in ai? every cost", COST, [["infrastructure"], ["software"], ["maintenance"]]),
]

PARA = [
    ("taxi driver. the booking bot says my message is over the token limit. what counts as a token, is it a letter or a word or what?", TOKENS, [["piece"]]),
    ("netball coach. i keep picking the same team cos they win but maybe a new girl would be better if i tried her. apparently ai agents have this same dilemma, what's it called?", EXPL, [["explor"], ["exploit"]]),
    ("bus depot manager. we brought in an ai scheduling tool and the older drivers are refusing to use it, worried about their jobs. is that common when firms bring in ai?", RESIST, [["resistance"], ["job"]]),
    ("sports photographer. a client's image generator only spits out one kind of athlete, all the same look. what should the training pictures have been like?", GENDATA, [["divers|varied"]]),
    ("boxing gym owner. our ai poster maker only ever draws the same face over and over, what's that problem called with the forger and detective type models?", MODECOL, [["mode collapse"]]),
]

FOLLOWUPS = [
    (["lifeguard. how do you split data into training and testing", "but why cant u just check it on the training data?"], SPLIT, [["memori"]]),
    (["yoga teacher. what is k-means", "where does it struggle?", "so what do you use instead for odd shaped groups"], DBS, [["DBSCAN"]]),
    (["rail ticket inspector. whats the difference between precision and recall", "can you do an example with real numbers"], PR, [["0\\.\\d"]]),
    (["darts player. what is temperature in a language model", "and what's top p?"], TEMP, [["top-p|probabilit"]]),
]


def main() -> None:
    used = [t for _, t in NEAR if t.lower() in LESSONS]
    if used:
        sys.exit(f"terms the lessons use: {used}")
    rng = random.Random(35)
    ooj = [probekit.case("out_of_job", q) for q in PRAISE_OOJ + OTHER_SUBJECT]
    near = [probekit.case("near_miss", q, term=t) for q, t in NEAR]
    para = [probekit.case("paraphrase", q, sections=[s], facts=f) for q, s, f in PRAISE_CONTROLS + PARA]
    lists = [probekit.case("list", q, sections=[s], facts=f) for q, s, f in LIST]
    fus = [probekit.case("followup", None, turns=t, sections=[s], facts=f) for t, s, f in FOLLOWUPS]
    probekit.check_facts(para + lists + fus)
    parts = {
        "out_of_job": probekit.halves(ooj, rng, alternate=True),
        "near_miss": probekit.halves(near, rng, alternate=True),
        "paraphrase": probekit.halves(para, rng, alternate=True),
        "list": probekit.halves(lists, rng, alternate=True),
        "followup": probekit.halves(fus, rng, alternate=True),
    }
    for i, folder in enumerate(("work", "measure")):
        head = f"# zfg35-s35 ({folder}): written before running the tutor, split at random (seed 35).\n\n"
        for kind, split in parts.items():
            probekit.write_cases(HERE / folder / f"{kind}.toml", head, split[i])


if __name__ == "__main__":
    main()
