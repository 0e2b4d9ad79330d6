"""Write the termverbs-s31 probes and split them at random (seed 31) into work/ and measure/.

Near misses: an untaught name followed by the question's verb or a clause; ``term`` is the name the
decline should quote, and ``check_quoted.py`` checks the quote ends there. Covered questions of the
same shape (a name + verb) must stay answered."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

NEAR = [
    ("how do autonomous lawnmowers work out where the grass ends", "autonomous lawnmowers"),
    ("can a smart doorbell tell my neighbour from a burglar?", "smart doorbell"),
    ("why do robo advisors keep moving my pension money around", "robo advisors"),
    ("does a thermostat with geofencing learn when i come home", "geofencing"),
    ("how do exoskeletons know when the wearer wants to stand up", "exoskeletons"),
    ("how does lidar see pedestrians at night", "lidar"),
    ("can chess engines explain why a move is good", "chess engines"),
    ("why do parking sensors beep when nothing is there", "parking sensors"),
    ("how do hearing aids pick out one voice in a noisy pub", "hearing aids"),
    ("does neuromorphic hardware learn the way a brain does?", "neuromorphic hardware"),
    ("how do swarm drones decide who flies where", "swarm drones"),
    ("can pacemakers predict a heart attack before it happens", "pacemakers"),
    ("how do metal detectors at airports spot a knife in a bag", "metal detectors"),
    ("why do captchas keep asking me about bicycles", "captchas"),
    ("how does quantum annealing find the best answer so fast", "quantum annealing"),
    ("do wearable glucose monitors warn you before your sugar drops", "glucose monitors"),
    ("how do knowledge graphs link facts about people together", "knowledge graphs"),
    ("can homomorphic encryption keep patient data secret while a model trains on it", "homomorphic encryption"),
    ("how do lane departure systems notice the car drifting", "lane departure"),
    ("why do sat navs send lorries down tiny country lanes", "sat navs"),
    ("does spiking hardware use less power than normal chips", "spiking hardware"),
    ("how do vending robots restock themselves", "vending robots"),
    ("can cochlear implants turn sound into signals for the brain", "cochlear implants"),
    ("how do seismographs warn cities before an earthquake hits", "seismographs"),
    ("why do autocorrect keyboards change my name into a random word", "autocorrect"),
    ("how do evolutionary algorithms breed better solutions", "evolutionary algorithms"),
    ("does federated averaging combine phones updates without seeing the data", "federated averaging"),
    ("how does bayesian optimisation choose the next settings to try", "bayesian optimisation"),
    ("can lie detectors really tell when someone is fibbing", "lie detectors"),
    ("how do smartwatches figure out that i am asleep", "smartwatches"),
    ("why do roombas get stuck under the sofa", "roombas"),
    ("how do self checkout scales know it's a banana and not an apple", "self checkout"),
    ("does a kalman filter guess where the rocket will be next", "kalman filter"),
    ("how do pagerank scores decide which website comes first", "pagerank"),
    ("can genetic programming write its own little programs", "genetic programming"),
    ("how do wildfire drones spot smoke before people do", "wildfire drones"),
]
COVERED = [
    ("how do spam filters learn which emails are junk", ["supervised-learning/a-worked-example-building-a-spam-filter"], [["spam"]]),
    ("can a gan's discriminator tell real pictures from fake ones", ["gans/the-generator-and-the-discriminator"], [["discriminator"]]),
    ("why do chatbots keep making up facts", ["hallucination/what-hallucination-means", "hallucination/why-next-token-prediction-produces-fluent-falsehoods"], [["hallucinat"]]),
    ("how does k-means work out which points belong together", ["unsupervised-learning/how-k-means-finds-clusters"], [["centroid|cent(re|er)"]]),
    ("does a reinforcement learning agent learn from rewards", ["reinforcement-learning/agents-environments-actions-and-rewards"], [["reward"]]),
    ("how do recommendation systems figure out what film i want next", ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["recommend"]]),
    ("why do language models pick the next word one token at a time", ["language-models/next-token-prediction-step-by-step"], [["token"]]),
    ("how do banks spot fraud with machine learning before the money leaves", ["ml-applications/fraud-detection-with-machine-learning", "industry-use-cases/finance-catching-fraud-and-handling-documents"], [["fraud"]]),
    ("can a vae make new faces from its latent space", ["vaes/generating-new-samples-from-the-latent-space"], [["latent"]]),
    ("how does gradient descent find the lowest loss", ["training-and-overfitting/gradient-descent-in-plain-words"], [["gradient|downhill|slope"]]),
]


def main() -> None:
    rng = random.Random(31)
    here = Path(__file__).parent
    near = [probekit.case("near_miss", q, term=t) for q, t in NEAR]
    covered = [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in COVERED]
    probekit.check_facts(covered)
    near_halves, covered_halves = probekit.halves(near, rng, alternate=True), probekit.halves(covered, rng, alternate=True)
    for half, n, c in zip(("work", "measure"), near_halves, covered_halves, strict=True):
        head = f"# termverbs-s31 ({half}): written before running the tutor, split at random (seed 31).\n\n"
        probekit.write_cases(here / half / "near_miss.toml", head, n)
        probekit.write_cases(here / half / "paraphrase.toml", head, c)


if __name__ == "__main__":
    main()
