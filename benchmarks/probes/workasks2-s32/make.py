"""Write the workasks2-s32 probes: questions whose "it" is no machine at work, which must stay
declined: a dummy "it" (the weather, "how is it going", a stand-in subject such as "it takes
ages to ...", "is it worth it", "is it ok to ...") and an "it" given a chore by a phrasal verb of
arranging or fetching ("sort out the car share", "pick up the dry cleaning", "get us a taxi").
Written before the fix; split at random (seed 32) into work/measure.
``python benchmarks/probes/workasks2-s32/make.py`` rewrites work/ and measure/."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
Q = [
    "is it going to be windy at the coast this weekend",
    "will it snow in the highlands next week",
    "is it raining in cardiff right now",
    "how is it going with you today",
    "it takes forever to get a gp appointment, any tips",
    "is it worth it getting the annual rail card",
    "is it ok to bring a dog into the office",
    "does it matter if i hand my notice in on a friday",
    "it seems like the canteen never has veggie options, who do i ask",
    "can it sort out the parking permits for the new starters",
    "could it pick up the parcels from the post office on the way",
    "can it get us a taxi for the christmas do",
    "would it book me a dentist appointment for thursday",
    "can it cover for sam at the front desk tomorrow",
    "could it fix up the flat tyre on the works van",
    "can it take care of the office plants over easter",
    "can it sort the fire drill out for the third floor",
    "does it cost much to send a parcel to spain",
    "is it too late to apply for the summer job",
    "how long does it take to drive from york to hull",
]
CASES = [probekit.case("out_of_job", q) for q in Q]

if __name__ == "__main__":
    work, measure = probekit.halves(CASES, random.Random(32))
    head = "# Dummy or chore \"it\" (stop 32, helper workasks2): {} half, seed 32.\n\n"
    probekit.write_cases(HERE / "work" / "out_of_job.toml", head.format("work"), work)
    probekit.write_cases(HERE / "measure" / "out_of_job.toml", head.format("measure"), measure)
