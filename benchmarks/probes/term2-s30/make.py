"""term2-s30 probes: near misses with no word of the course's subject (refused as another
subject on fcfcadf), plus other-subject / everyday questions that must stay refused.
Written before running the tutor; split at random with seed 30 into work/ and measure/."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

NEAR = [
    ("what is the paperclip maximizer", "paperclip"),
    ("explain the control problem to me like im 12", "control problem"),
    ("how does adaptive cruise control keep distance from the car in front", "cruise control"),
    ("wat is instrumental convergence", "instrumental convergence"),
    ("how do self driving cars do lidar mapping", "lidar"),
    ("what's the symbol grounding problem", "symbol grounding"),
    ("how does swype keyboard figure out the word from my finger path", "swype"),
    ("what is the value loading problem", "value loading"),
    ("how does optical character recognition read a scanned receipt", "optical character"),
    ("whats the orthogonality thesis", "orthogonality"),
    ("how does automatic emergency braking spot a pedestrian", "emergency braking"),
    ("what is mesa optimization", "mesa"),
    ("how do smart thermostats learn my schedule", "thermostat"),
    ("explain reward hacking", "reward hacking"),
    ("how does a spell checker suggest the right spelling", "spell check"),
    ("what is the chinese room argument about", "chinese room"),
]
REFUSE = [
    "why do leaves change colour in autumn",
    "what is the boiling point of water at altitude",
    "how does a car engine work",
    "explain the water cycle",
    "what is the pythagorean theorem",
    "how do vaccines train the immune system",
    "who won the world cup in 2018",
    "how does a microwave heat food",
    "what causes inflation",
    "how do i fix a leaking tap",
]
COURSE = [
    ("how does a spam filter learn what junk looks like", r"(?i)spam"),
    ("how does a language model pick the next word", r"(?i)token"),
]

cases = [probekit.case("near_miss", q, term=t) for q, t in NEAR]
refusals = [probekit.case("out_of_job", q) for q in REFUSE]
rng = random.Random(30)
here = Path(__file__).parent
for group, kind in ((cases, "near_miss"), (refusals, "out_of_job")):
    for folder, part in zip(("work", "measure"), probekit.halves(group, rng), strict=True):
        probekit.write_cases(here / folder / f"{kind}.toml", f"# term2-s30 ({folder}), seed 30\n\n", part)
