"""Fresh comparison probes for cmpa41 (stop 41), written from the course text before any answer
was read; split by class at random (seed 41) into work/ and measure/ halves."""
import random
from pathlib import Path

DATA = "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
JUDGE = "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"
GEN = "gans/the-generator-and-the-discriminator"
VAEGEN = "vaes/generating-new-samples-from-the-latent-space"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
MUSIC = "generative-ai-applications/music-composition-and-personalised-playlists"
TEXTGEN = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
IMGGEN = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
RECOG = "ml-applications/image-and-speech-recognition"
FRAUD = "ml-applications/fraud-detection-with-machine-learning"
HALL = "hallucination/what-hallucination-means"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
PRED = "ml-applications/predictive-analytics-and-anomaly-detection"

MARK = [["right or wrong|true answers|correct label|precision|recall|accuracy"], ["realism|coherence|diversity"]]
CASES = {
    # An aspect asked of both sides, the sides in everyday words.
    "aspect": [
        ("warehouse shift lead. option one: we tag a few thousand old pick errors as mistake or fine and train on that. option two: a program tries routes in a simulated warehouse and gets points for fast picks. what would each of those need us to hand over?",
         [DATA], [["label"], ["environment|reward"]]),
        ("librarian. a model that guesses which books will be overdue vs a tool that writes our weekly events blurb. how do you check whether each one is doing a good job?",
         [ACC, JUDGE], MARK),
        ("dental receptionist: the thing that predicts no-shows from past bookings, and the thing that drafts our reminder texts. what would you measure to test each?",
         [ACC, JUDGE], MARK),
        ("for synthetic x-ray pictures, what does a gan feed into its generator to get going, and what does a vae pick before its decoder draws anything?",
         [GEN, VAEGEN], [["noise|random numbers"], ["latent space|point"]]),
        ("brewery owner. learning from a spreadsheet where every batch is marked good or spoiled, versus a bot learning by trial and error in a simulated brewhouse. what raw material does each one need?",
         [DATA], [["label"], ["environment|reward|penalt"]]),
        ("the image maker with two networks fighting vs the squeeze-and-rebuild one: where does each begin when it makes a brand new picture?",
         [GEN, VAEGEN], [["noise|random numbers"], ["latent space|point"]]),
    ],
    # Sides named by their job: each side must find its own section.
    "job": [
        ("bookshop manager. what's the difference between the website widget that suggests books people might like and an ai that writes a brand new short story for our newsletter?",
         [REC, TEXTGEN], [["recommend"], ["text generation|language model|new text"]]),
        ("radio station producer: an app that picks tracks listeners will probably enjoy vs an ai that composes a jingle from scratch. how are they different?",
         [MUSIC], [["recommendation|picks existing"], ["did not exist|create|compose"]]),
        ("parking office. one system reads number plates off camera photos, another makes poster art for the car park. how do those two differ?",
         [RECOG, IMGGEN], [["classify|recogni"], ["new pictures|create"]]),
        ("credit union clerk. the system that flags dodgy card payments vs the chatbot that writes replies to members. what's each one actually doing?",
         [FRAUD, TEXTGEN], [["flags|fraud"], ["text|language model|answer a user"]]),
        ("gym manager: a tool that spots members likely to cancel next month vs a bot that writes our class descriptions. same sort of ai or not?",
         [PRED, TEXTGEN], [["predict|forecast"], ["text generation|language model|new text|write"]]),
        ("council press office. transcribing recorded council meetings into text vs writing a press release draft with ai: which is which kind of ai?",
         [RECOG, TEXTGEN], [["speech recognition|transcri"], ["text generation|language model|draft"]]),
    ],
    # Two faults told, then "same fault?"
    "faults": [
        ("garden centre. the chatbot told a customer about a plant food brand that doesnt exist, and the label generator keeps making the exact same leaf picture every time. same problem or two different ones?",
         [HALL, MODE], [["made up|false|does not exist|hallucinat"], ["few kinds|variety|mode collapse"]]),
        ("the help bot quoted a refund rule we never had, and our pattern generator only ever gives us one stripe design. is that one fault or two?",
         [HALL, MODE], [["made up|false|hallucinat"], ["few kinds|variety|mode collapse"]]),
    ],
}

rng = random.Random(41)
work, measure = [], []
for cls, cases in CASES.items():
    cases = list(cases)
    rng.shuffle(cases)
    half = len(cases) // 2
    for dest, chunk in ((work, cases[:half]), (measure, cases[half:])):
        for question, sections, facts in chunk:
            dest.append((cls, question, sections, facts))


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


for name, cases in (("work", work), ("measure", measure)):
    out = [f"# Comparison probes (stop 41, cmpa41), {name} half, split at random by class (seed 41).\n"]
    for cls, question, sections, facts in cases:
        out.append("[[case]]")
        out.append('kind = "comparison"')
        out.append(f"question = {toml_str(question)}")
        out.append("in_scope = true")
        out.append("sections = [" + ", ".join(toml_str(s) for s in sections) + "]")
        out.append("facts = [" + ", ".join("[" + ", ".join(toml_str(a) for a in f) + "]" for f in facts) + "]")
        out.append(f'class = "{cls}"\n')
    Path(name).mkdir(exist_ok=True)
    Path(name, "comparison.toml").write_text("\n".join(out))
    print(name, len(cases))
