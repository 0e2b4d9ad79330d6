"""Fresh 'which family is this thing?' questions (stop 30, helper family); split with seed 30."""
import random
from pathlib import Path

R = "ml-applications/recommendation-systems-for-products-movies-and-music"
F = "ml-applications/fraud-detection-with-machine-learning"
FI = "industry-use-cases/finance-catching-fraud-and-handling-documents"
IR = "ml-applications/image-and-speech-recognition"
IG = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
TG = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
PA = "ml-applications/predictive-analytics-and-anomaly-detection"
RT = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
MU = "generative-ai-applications/music-composition-and-personalised-playlists"
CO = "generative-ai-applications/code-audio-and-new-drug-molecules"
NLP = "ml-applications/natural-language-processing-with-machine-learning"
CS = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
SP = "supervised-learning/a-worked-example-building-a-spam-filter"

CASES = [
    ("is netflix recommending shows machine learning or generative ai", [R], [["recommend"]]),
    ("amazon 'customers also bought' suggestions - ml or genai??", [R, RT], [["recommend"]]),
    ("my bank flagging a weird card payment, is that ml or gen ai", [F, FI], [["fraud"]]),
    ("would u call fraud alerts on credit cards machine learning or generative", [F, FI], [["fraud"]]),
    ("face unlock on my phone: machine learning or generative ai?", [IR], [["facial recognition|face"]]),
    ("auto captions on youtube videos, is that generative ai or just ml", [IR], [["caption"]]),
    ("google photos sorting my pics by whos in them - ml or gen ai", [IR], [["image recognition|facial recognition"]]),
    ("those apps that draw an avatar of you from a selfie, ml or generative ai?", [IG], [["image generation|new pictures|create new"]]),
    ("midjourney making pictures from a prompt - which one is it, ml or genai", [IG], [["image generation|new pictures"]]),
    ("is chatgpt writing my essay machine learning or generative ai", [TG], [["text generation|new text"]]),
    ("uber eats predicting when my food arrives, ml or generative ai", [PA], [["predict|forecast"]]),
    ("a shop forecasting next months sales, is that gen ai or machine learning", [PA, RT], [["predict|forecast"]]),
    ("ai that composes a new song in jazz style, machine learning or generative?", [MU], [["compose|composition"]]),
    ("github copilot suggesting code - is it ml or gen ai", [CO], [["code generation|source code"]]),
    ("voice cloning that speaks in my voice, ml or generative ai", [CO], [["voice|speech"]]),
    ("figuring out if a tweet is angry or happy, gen ai or ml?", [NLP, CS], [["sentiment"]]),
    ("gmail putting emails in spam, machine learning or generative ai", [SP], [["spam"]]),
    ("alexa understanding what i say, is that ml or genai", [IR], [["speech recognition"]]),
    ("a sensor alarm when a machine starts acting strange - ml or gen ai?", [PA], [["anomal"]]),
    ("writing product descriptions for a whole online store automatically, ml or generative ai", [RT], [["product descriptions"]]),
]

HEAD = "# Fresh 'which family is this thing' questions (stop 30, helper family), {} half (seed 30).\n"


def write() -> None:
    cases = list(CASES)
    random.Random(30).shuffle(cases)
    half = len(cases) // 2
    for name, part in (("work", cases[:half]), ("measure", cases[half:])):
        d = Path(__file__).parent / name
        d.mkdir(exist_ok=True)
        out = [HEAD.format(name)]
        for q, secs, facts in part:
            out.append("[[case]]\nkind = \"paraphrase\"\n")
            out.append(f"question = {q!r}\n".replace("'", '"') if "'" not in q else f'question = "{q}"\n')
            out.append("in_scope = true\n")
            out.append("sections = [" + ", ".join(f'"{s}"' for s in secs) + "]\n")
            out.append("facts = [" + ", ".join("[" + ", ".join(f"'{a}'" for a in f) + "]" for f in facts) + "]\n\n")
        (d / "paraphrase.toml").write_text("".join(out))


if __name__ == "__main__":
    write()
