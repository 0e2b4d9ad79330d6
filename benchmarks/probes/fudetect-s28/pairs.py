"""Fresh pairs (stop 28, helper fudetect), written from the course text before any answer was
read: a detail of the just-quoted section asked WITHOUT a pronoun (should stay), and a fresh
question of its own after an unrelated first turn (should not be read as a follow-up).
Split at random (seed 28) into work/ and measure/ by `python pairs.py`."""
import random
from pathlib import Path

S = "stay"
F = "fresh"
P = [
    (S, ["how does k-means work", "how are the first centres chosen"], ["unsupervised-learning/how-k-means-finds-clusters"], "random"),
    (S, ["what is clustering", "does the algorithm name the groups itself"], ["unsupervised-learning/clustering-groups-similar-data-points"], "does not name|decides what it means"),
    (S, ["whats the spam filter example", "how much of the mail is kept back for testing"], ["supervised-learning/a-worked-example-building-a-spam-filter"], "a fifth"),
    (S, ["why does supervised learning need so much labelled data", "who makes the labels usually"], ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets"], "doctors|reviewers"),
    (S, ["dimensionality reduction?", "how many numbers is a tiny 8x8 picture"], ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"], "64"),
    (S, ["when does k means fail", "what happens to the lonely points far from everything"], ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], "noise"),
    (S, ["the ai skills gap", "why do companies struggle to keep the experts"], ["adoption-challenges/the-ai-skills-gap"], "high demand|better-paid"),
    (S, ["why do employees resist ai tools", "what helps reduce the pushback"], ["adoption-challenges/resistance-to-change-from-employees"], "Involving staff early|training"),
    (S, ["cost of implementing ai in a company", "which cost gets underestimated the most"], ["adoption-challenges/the-cost-of-implementing-ai"], "Maintenance"),
    (S, ["whats a pilot project when adopting ai", "how do managers decide whether to expand"], ["adoption-challenges/a-small-pilot-project-as-a-first-step"], "clear figures|evidence"),
    (S, ["text to video ai", "why is video harder than a single picture"], ["future-trends/text-to-video-the-next-frontier-for-generative-ai"], "consistent"),
    (S, ["custom mini chatbots without coding", "which companies are building the platforms"], ["future-trends/custom-mini-chatbots-built-without-code"], "Google and OpenAI"),
    (S, ["hyper-personalisation", "any privacy downside"], ["future-trends/hyper-personalisation-with-machine-learning"], "protecting user data|personal information"),
    (S, ["what skills do i need for ml", "which python librarys"], ["skills-and-learning-paths/skills-for-working-in-machine-learning"], "TensorFlow|PyTorch"),
    (S, ["how to get into ml education wise", "what does kaggle give you"], ["skills-and-learning-paths/educational-paths-into-machine-learning"], "leaderboard"),
    (S, ["the epsilon greedy thing", "does epsilon stay the same the whole time"], ["reinforcement-learning/exploration-versus-exploitation"], "lower it over time|high epsilon"),
    (S, ["frozenlake q learning", "how big is the grid"], ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], "4 by 4"),
    (S, ["what is a discount factor in rl", "how big is the number normally"], ["reinforcement-learning/maximising-cumulative-reward"], "slightly below 1"),
    (S, ["gradient descent explained", "what happens when the steps are too big"], ["training-and-overfitting/gradient-descent-in-plain-words"], "overshoots"),
    (S, ["feature scaling?", "why would income drown out other stuff"], ["training-and-overfitting/features-feature-scaling-and-feature-engineering"], "large numbers|drown out"),
    (S, ["mode collapse in gans", "how many modes do handwritten digits have"], ["gans/mode-collapse-when-a-gan-loses-variety"], "ten modes"),
    (S, ["temperature in llms", "what does top-p keep"], ["language-models/sampling-temperature-top-k-and-top-p"], "smallest set|add up to p"),
    (S, ["what are tokens", "how many entries in the vocabulary"], ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], "tens of thousands"),
    (S, ["small language models vs big ones", "what model does this tutor ship with"], ["language-models/small-language-models-versus-large-ones"], "SmolLM2"),
    (S, ["ai in healthcare", "who stays responsible for the decisions"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], "clinician"),
    (S, ["ai in retail", "whats the point of virtual try-ons"], ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], "reducing returns|informed purchase"),
    (S, ["the argentina deepfake poster", "what year was the election"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], "2023"),
    (S, ["responsible ai frameworks", "what does interpretable mean here"], ["ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks"], "understand why"),
    (S, ["the us executive order on ai", "which president signed the order"], ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], "Joe Biden"),
    (S, ["vae latent space", "what happens walking in a straight line between two points"], ["vaes/what-the-latent-space-represents"], "smooth morph"),
    (F, ["how does k-means work", "what is reinforcement learning"], ["reinforcement-learning/agents-environments-actions-and-rewards"], "agent"),
    (F, ["what is overfitting", "what does a loss function measure"], ["training-and-overfitting/what-a-loss-function-measures"], "single number"),
    (F, ["whats a gan", "what are vaes used for"], ["vaes/what-vaes-are-used-for"], "images, text and music|anomaly detection"),
    (F, ["what are tokens", "what makes a language model large"], ["language-models/what-makes-a-language-model-large"], "billions"),
    (F, ["cost of implementing ai", "what skills do i need for machine learning"], ["skills-and-learning-paths/skills-for-working-in-machine-learning"], "Python"),
    (F, ["fraud detection with ml", "how is ai used in education"], ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"], "learning path"),
    (F, ["what is the eu ai act", "what is a deepfake"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], "convincingly"),
    (F, ["text to video", "what is hyper personalisation"], ["future-trends/hyper-personalisation-with-machine-learning"], "individual"),
    (F, ["what is clustering", "how does gradient descent work"], ["training-and-overfitting/gradient-descent-in-plain-words"], "downhill|slope"),
    (F, ["spam filter example", "whats the difference between classification and regression"], ["supervised-learning/classification-versus-regression"], "continuous|category"),
]


def toml_case(kind, turns, sections, fact):
    t = ", ".join(f'"{x}"' for x in turns)
    s = ", ".join(f'"{x}"' for x in sections)
    return (f"[[case]]\n# {kind}\nkind = \"followup\"\nturns = [{t}]\nin_scope = true\n"
            f"sections = [{s}]\nfacts = [['{fact}']]\n")


if __name__ == "__main__":
    here = Path(__file__).parent
    items = list(P)
    random.Random(28).shuffle(items)
    half = len(items) // 2
    for name, part in (("work", items[:half]), ("measure", items[half:])):
        (here / name).mkdir(exist_ok=True)
        head = (f"# Fresh pairs (stop 28, helper fudetect): {name} half of a random split (seed 28)\n"
                "# of pairs.py, written from the course text before any answer was read.\n\n")
        (here / name / "followup.toml").write_text(head + "\n".join(toml_case(*c) for c in part))
