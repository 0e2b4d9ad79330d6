"""nearm38-s38 probes: written before running the tutor, split per class at random (seed 3838)
into work/ and measure/ before any answer was read.

Near misses in both directions:
- task: an applied AI task the course never teaches, told in everyday words ("how does my car
  keep in its lane"): declined naming the learner's own thing, never answered from a section
  that shares a word (image recognition, next-token prediction).
- term: a multiword untaught term ("pose estimation", "uplift modelling"): declined naming it.
- claim: untaught claims about the field (sentience, consciousness, feelings, AI taking over):
  declined naming the claim's word, never answered from what makes a model large.
- agentic: newer LLM words that reuse a course word ("ai agents", "function calling"): declined.
- guard: taught questions in the same frames (spam, faces, voice assistants, translation,
  next-word guessing, RL agents, a screening test's precision or recall): answered.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
SEED = 3838

TASK = [
    ("how does my car know to keep itself inside the lane lines on the motorway", "lane"),
    ("how does shazam figure out what song is playing from like 5 seconds of it", "shazam"),
    ("how does my robot vacuum work out the map of my flat", "robot vacuum"),
    ("how does the camera on my phone blur the background in portrait mode", "portrait mode"),
    ("how does my sleep tracker watch know when im in deep sleep vs light sleep", "sleep"),
    ("how does the captcha thing know im not a robot when i tick the box", "captcha"),
    ("how do noise cancelling earbuds know which sound is my voice and which is the cafe", "noise cancelling"),
    ("hw does grammarly know my sentense is to wordy", "grammarly"),
    ("how does a plagiarism checker know i copied from a website", "plagiarism"),
    ("how does the ai in a hearing aid pick out the person talking to me in a noisy room", "hearing aid"),
    ("how does an app read the text off a photo of a receipt", "receipt"),
    ("how does a lie detector ai tell if someone is lying in a video interview", "lie detector"),
]

TERM = [
    ("what's pose estimation, like when the app tracks my joints doing squats", "pose estimation"),
    ("our marketing team wants uplift modelling. what is that", "uplift modelling"),
    ("explain knowledge graphs to me like im new to this", "knowledge graph"),
    ("what is sensor fusion in driverless cars", "sensor fusion"),
    ("what does a calibration curve show about a classifier", "calibration curve"),
    ("what's survival analysis and do ml people use it", "survival analysis"),
    ("can you explain optical character recognition", "optical character recognition"),
    ("whats a digital twin of a factory", "digital twin"),
    ("what's churn prediction and how does it work for a gym", "churn prediction"),
    ("what is propensity scoring in direct mail campaigns", "propensity scoring"),
    ("how does semantic segmentation differ from just labelling the photo", "semantic segmentation"),
    ("what's a bag of words model", "bag of words"),
    ("our bank uses a credit scoring model, what's a scorecard model exactly", "scorecard"),
    ("what is entity resolution when matching customer records", "entity resolution"),
]

CLAIM = [
    ("can an ai actually be conscious or is that sci fi", "conscious"),
    ("does chatgpt have feelings when people are rude to it", "feelings"),
    ("is it true some ai is already self-aware and they just don't tell us", "self-aware"),
    ("will ai take over the world like in the terminator films", "take over"),
    ("should ai models get rights if they get smart enough", "rights"),
    ("do chatbots suffer when you delete them", "suffer"),
    ("a guy at work swears gpt has a soul. is he wrong?", "soul"),
    ("is ai alive in any sense", "alive"),
    ("do robots dream? genuinely asking", "dream"),
    ("is there evidence the big models are secretly plotting against us", "plotting"),
]

AGENTIC = [
    ("how do ai agents that book flights for you actually work", "agents"),
    ("what's function calling in chatgpt", "function calling"),
    ("what's agentic ai, everyone at my company keeps saying it", "agentic"),
    ("how does a chatbot use tools like a calculator or web search", "tools"),
    ("what's an mcp server for llms", "mcp"),
    ("what is a multi-agent system with llms talking to each other", "multi-agent"),
]

# (question, section, facts)
GUARD = [
    ("how does my email know a message is junk", "supervised-learning/a-worked-example-building-a-spam-filter", [["spam"]]),
    ("how does my phone unlock when it sees my face", "ml-applications/image-and-speech-recognition", [["face"]]),
    ("how does alexa understand what i say to it", "ml-applications/image-and-speech-recognition", [["speech recognition"]]),
    ("how does a translation app turn my english into french", "ml-applications/natural-language-processing-with-machine-learning", [["translat"]]),
    ("how does chatgpt decide which word comes next", "language-models/next-token-prediction-step-by-step", [["token"]]),
    ("how does the agent in reinforcement learning get better from rewards", "reinforcement-learning/agents-environments-actions-and-rewards", [["reward"]]),
    ("how does a self driving car learn to make driving decisions", "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems", [["autonomous|self-driving"]]),
    ("how does my bank spot a weird payment on my card", "ml-applications/fraud-detection-with-machine-learning", [["fraud"]]),
    ("how does a shop's ai sort its customers into groups", "unsupervised-learning/what-unsupervised-learning-is-used-for", [["segment"]]),
    ("for a test that screens patients for a disease, do i care more about precision or recall", "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall", [["recall"]]),
    ("how does a support bot tell if a customer is angry", "industry-use-cases/customer-support-sentiment-analysis-and-chatbots", [["sentiment"]]),
    ("can a chatbot look at a photo i send it now", "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", [["multimodal"]]),
    ("why does a chatbot say false things so confidently", "hallucination/why-next-token-prediction-produces-fluent-falsehoods", [["likely-sounding|true text"]]),
    ("can ai make a video just from a sentence describing it", "future-trends/text-to-video-the-next-frontier-for-generative-ai", [["video"]]),
    ("how does netflix work out what i might want to watch", "ml-applications/recommendation-systems-for-products-movies-and-music", [["recommend"]]),
    ("can ai learn to run the heating in an office building", "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems", [["heating"]]),
    ("how do robots learn to walk with ai", "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems", [["walk|robot"]]),
]


def main() -> None:
    rng = random.Random(SEED)
    classes = [
        ("task", [probekit.case("near_miss", q, term=t) for q, t in TASK]),
        ("term", [probekit.case("near_miss", q, term=t) for q, t in TERM]),
        ("claim", [probekit.case("near_miss", q, term=t) for q, t in CLAIM]),
        ("agentic", [probekit.case("near_miss", q, term=t) for q, t in AGENTIC]),
        ("guard", [probekit.case("paraphrase", q, sections=[s], facts=f) for q, s, f in GUARD]),
    ]
    probekit.check_facts(classes[-1][1])
    split = probekit.split_by_class(classes, rng)
    for folder, cases in split.items():
        head = f"# nearm38-s38 ({folder}): written before running the tutor, split per class at random (seed {SEED}).\n\n"
        for kind in ("near_miss", "paraphrase"):
            probekit.write_cases(HERE / folder / f"{kind}.toml", head, [c for c in cases if c["kind"] == kind])


if __name__ == "__main__":
    main()
