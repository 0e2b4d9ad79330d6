"""limits33-s33 probes: written before running the tutor, split at random (seed 33) into work/ and measure/.

Classes (the "not covered" decisions found by hand in the last chat trial):
- narrated: a compound or a named event/example that one section of the course tells as a whole
  ("the fake campaign poster", "the frozen lake game"): answered from that section;
- machine: a machine the course names (self-driving vehicles, drones, robots, chess engines, spam
  filters, voice assistants) asked about: answered from the section that names it, or, when what
  it is asked to do is untaught, declined with that section as the closest (``nearest``);
- nearest: an untaught term whose closest section should be chosen by what the term is about
  (an audio technique -> the course's audio sections; adapting a model -> where the course speaks
  of fine-tuning or customising one): ``nearest`` lists the acceptable sections.
``check.py`` scores ``nearest`` (eval_learner does not).
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

DEEP = "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"
AUTO = "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"
NOTSAME = "what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"
AUDIO = ["generative-ai-applications/code-audio-and-new-drug-molecules",
         "generative-ai-applications/music-composition-and-personalised-playlists"]
SPEECH = ["ml-applications/image-and-speech-recognition"]
IMAGE = ["ml-applications/image-and-speech-recognition", "supervised-learning/image-classification-as-a-supervised-task"]
IMGGEN = ["generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"]
ADAPT = ["skills-and-learning-paths/educational-paths-into-generative-ai",
         "future-trends/custom-mini-chatbots-built-without-code"]

NARRATED = [
    ("whats the story with the fake election poster from argentina", [DEEP], [["argentin"], ["poster"]]),
    ("what was that ai made candidate poster in argentinas election", [DEEP], [["argentin"], ["poster"]]),
    ("tell me about the deepfake campaign picture in argentina 2023", [DEEP], [["argentin"]]),
    ("what happend with the forged candidate image in the argentine vote??", [DEEP], [["argentin"]]),
    ("how does the frozen lake grid game show q learning", ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], [["frozenlake|frozen lake"]]),
    ("what's the cat vs dog photo sorting example about", ["what-is-ml/the-cats-and-dogs-example"], [["cat"], ["dog"]]),
    ("walk me thru the spam email filter example", ["supervised-learning/a-worked-example-building-a-spam-filter"], [["spam"], ["label"]]),
    ("whats the tent and sleeping bag recommendation example", ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["tent"]]),
    ("what is the 740 billion ai market forecast", ["future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030"], [["740"]]),
    ("what did bidens ai executive order ask for", ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["executive order"], ["safety test"]]),
    ("whats the example of an image generator drawing a ceo", ["ethics-and-regulation/biased-or-harmful-generated-content"], [["ceo"], ["men"]]),
    ("what is the de-aged actor deepfake thing in ads", [DEEP], [["de-age"]]),
    ("whats the chess pawn grab example about rewards", ["reinforcement-learning/maximising-cumulative-reward"], [["pawn"]]),
    ("what's the bakery mini chatbot example", ["future-trends/custom-mini-chatbots-built-without-code"], [["bakery"]]),
    ("what is the virtual try on thing for shoppers", ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["try-on"]]),
    ("what does the brand ambassador speaking many languages deepfake example mean", [DEEP], [["ambassador"]]),
    ("explain the cat pictures example of gen ai", ["what-is-generative-ai/the-cat-pictures-example-of-generative-ai"], [["cat"]]),
    ("whats the missed payment spending pattern example", ["what-is-ml/patterns-trends-and-improving-with-more-data"], [["missed payment"]]),
]
# A machine the course names: answered from its section (paraphrase) or, asked to do something
# untaught, declined with that section as the closest (near_miss with nearest).
MACHINE_ANSWERED = [
    ("how do self driving cars use reinforcement learning", [AUTO], [["self-driving"]]),
    ("do drones learn with rl", [AUTO], [["drones"]]),
    ("how do robots learn to walk", [AUTO], [["walk"]]),
    ("is a chess engine generative ai", [NOTSAME], [["chess engines"]]),
    ("are route planners gen ai or not", [NOTSAME], [["route planners"]]),
    ("how do self-driving vehicles weigh safety against speed", [AUTO], [["safety"]]),
    ("what does rl do in buildings heating control", [AUTO], [["heating"]]),
    ("how do robot arms learn to grasp things", [AUTO], [["grasp"]]),
]
MACHINE_DECLINED = [
    ("how do self driving cars see pedestrians", [AUTO]),
    ("how does a driverless car read traffic lights", [AUTO]),
    ("how do delivery drones avoid birds", [AUTO]),
    ("how do robot vacuums map a room", [AUTO]),
    ("how do chess engines evaluate a position", [NOTSAME, "reinforcement-learning/maximising-cumulative-reward"]),
    ("how do autonomous trucks merge on highways", [AUTO]),
    ("how do self driving cars handle snow", [AUTO]),
    ("how do humanoid robots keep their balance on ice", [AUTO]),
]
NEAREST = [
    ("how does vocal isolation work on songs", "vocal isolation", AUDIO),
    ("how does music source separation work", "source separation", AUDIO),
    ("what is audio upscaling", "upscaling", AUDIO),
    ("how do ai noise removal tools clean up podcast audio", None, AUDIO),
    ("explain text to speech synthesis", None, [*AUDIO, *SPEECH]),
    ("what is qlora", "qlora", ADAPT),
    ("how does prefix tuning work", "prefix tuning", ADAPT),
    ("what is instruction tuning", "instruction tuning", ADAPT),
    ("whats adapter training for llms", None, ADAPT),
    ("explain peft methods", "peft", ADAPT),
    ("what is speaker diarization", "diarization", [*SPEECH, *AUDIO]),
    ("how does optical character recognition work", "optical character recognition", IMAGE),
    ("what is pose estimation", "pose estimation", IMAGE),
    ("how does image inpainting work", "inpainting", IMGGEN),
    ("what is photo super resolution", "super resolution", IMGGEN),
    ("how does beat tracking work in music software", "beat tracking", [*AUDIO, "ml-applications/recommendation-systems-for-products-movies-and-music"]),
]

# measure2/: written after the fixes, before running them (not split).
MEASURE2_ANSWERED = [
    ("what's the story of the deepfake poster used in the argentine campaign", [DEEP], [["argentin"]]),
    ("whats the teacher reading list chatbot example", ["future-trends/custom-mini-chatbots-built-without-code"], [["reading list"]]),
    ("what is the supermarket chain example of ml automating analysis", ["benefits-and-limitations/what-machine-learning-does-well"], [["supermarket"]]),
    ("what was the sketch to app multimodal example", ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"], [["sketch"]]),
    ("whats the calm music for studying playlist example", ["generative-ai-applications/music-composition-and-personalised-playlists"], [["calm music"]]),
]
MEASURE2_DECLINED = [
    ("how do self-driving taxis recognise stop signs", None, [AUTO]),
    ("how does a driverless tractor know where the crops are", None, [AUTO]),
    ("how do camera drones follow a skier down a slope", None, [AUTO]),
    ("how do autopilots in planes handle turbulence", None, [AUTO]),
    ("what is low-rank adaptation for llms", "low-rank adaptation", ADAPT),
    ("how do adapter layers save memory when training", "adapter layers", ADAPT),
]


def main() -> None:
    here = Path(__file__).parent
    groups = [
        ("paraphrase", [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in NARRATED]),
        ("paraphrase", [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in MACHINE_ANSWERED]),
        ("near_miss", [probekit.case("near_miss", q, nearest=n) for q, n in MACHINE_DECLINED]),
        ("near_miss", [probekit.case("near_miss", q, **({"term": t} if t else {}), nearest=n) for q, t, n in NEAREST]),
    ]
    probekit.check_facts([c for _, items in groups for c in items])
    rng = random.Random(33)
    halves: dict[tuple[str, str], list] = {}
    for kind, items in groups:  # each class cut in two on its own, so both halves hold all four
        work, measure = probekit.halves(items, rng)
        halves.setdefault(("work", kind), []).extend(work)
        halves.setdefault(("measure", kind), []).extend(measure)
    halves[("measure2", "paraphrase")] = [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in MEASURE2_ANSWERED]
    halves[("measure2", "near_miss")] = [
        probekit.case("near_miss", q, **({"term": t} if t else {}), nearest=n) for q, t, n in MEASURE2_DECLINED
    ]
    probekit.check_facts(halves[("measure2", "paraphrase")])
    for (half, kind), part in halves.items():
        head = f"# limits33-s33 ({half}): written before running the tutor, split at random (seed 33).\n\n"
        if half == "measure2":
            head = "# limits33-s33 (measure2): written after the fixes, before running them.\n\n"
        probekit.write_cases(here / half / f"{kind}.toml", head, part)


if __name__ == "__main__":
    main()
