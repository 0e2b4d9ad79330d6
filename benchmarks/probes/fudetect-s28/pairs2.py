"""Second round (stop 28, helper fudetect): the first round (pairs.py) passed 40/40 on main, so
these ask a detail of the just-cited section in words that another lesson heads or explains
(stay), or name a subject another section heads after a section that mentions it (fresh).
Written from the course text after the fix was drafted and before any of them was run. Split
at random (seed 28) into work2/ and measure2/ by `python pairs2.py`."""
import random
from pathlib import Path

from pairs import F, S, toml_case

P = [
    (S, ["ai in retail", "what do the recommendation emails do"], ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], "recommendation emails"),
    (S, ["how is ai used in healthcare", "drug molecules??"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], "drug discovery|promising candidates"),
    (S, ["customer support ai", "how does sentiment analysis help"], ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], "angry|spot problems"),
    (S, ["ml limitations", "the hiring model example?"], ["benefits-and-limitations/where-machine-learning-falls-short"], "favoured one group|favouring"),
    (S, ["what can gen ai do well", "the sofa in fifty fabrics thing"], ["benefits-and-limitations/what-generative-ai-does-well"], "fifty fabrics"),
    (S, ["what is a deepfake", "brand ambassadors speaking many languages?"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], "many languages"),
    (S, ["the ai skills gap", "what are the common responses"], ["adoption-challenges/the-ai-skills-gap"], "training existing staff"),
    (S, ["what is the eu ai act", "what happened in october 2023"], ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], "Joe Biden|executive order"),
    (S, ["how does gradient descent work", "the hillside in fog?"], ["training-and-overfitting/gradient-descent-in-plain-words"], "valley"),
    (S, ["what are tokens", "strawberry letters?"], ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], "two or three tokens|cannot easily count"),
    (S, ["healthcare ai", "who checks the treatment plan"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], "doctor then reviews"),
    (F, ["ai in retail", "how do recommendation systems work"], ["ml-applications/recommendation-systems-for-products-movies-and-music"], "similar users|bought, watched"),
    (F, ["what are vaes used for", "how does anomaly detection work"], ["ml-applications/predictive-analytics-and-anomaly-detection"], "usual pattern|looks like"),
    (F, ["how does k-means work", "what is dimensionality reduction"], ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"], "fewer numbers"),
    (F, ["what is a deepfake", "how do gans work"], ["gans/the-generator-and-the-discriminator", "gans/how-adversarial-training-works"], "discriminator"),
    (F, ["bias in ai", "how does face recognition work"], ["ml-applications/image-and-speech-recognition"], "matches a face"),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    items = list(P)
    random.Random(28).shuffle(items)
    half = len(items) // 2
    for name, part in (("work2", items[:half]), ("measure2", items[half:])):
        (here / name).mkdir(exist_ok=True)
        head = (f"# Fresh pairs, second round (stop 28, helper fudetect): {name} half of a random split\n"
                "# (seed 28) of pairs2.py, written after the fix was drafted and before any was run.\n\n")
        (here / name / "followup.toml").write_text(head + "\n".join(toml_case(*c) for c in part))
