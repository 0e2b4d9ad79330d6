"""near36-s36 probes: written before running the tutor, split at random (seed 3636) into work/ and measure/.

Honest limits, as varied everyday learners ask:
- near: ML/AI topics the course never teaches, named in everyday ways, hedged ("catastrophic
  something?"), abbreviated, inside a story or a long message, with other languages' words:
  declined naming the term (near_miss), ``nearest`` lessons scored by ``check.py``.
- nosentence: a specific thing about AI the course has no sentence on (fingers in generated
  pictures, the water or electricity AI uses, em dashes in chatbot text): declined naming it
  (near_miss), never answered from a loosely related general paragraph.
- other: tasks dressed as questions (pick the best headline, rate my idea, which laptop should I
  buy), at the end of long messages, with loanwords: refused (out_of_job), never a passage.
- course: taught things asked in the same frames (a specific failure the course does describe,
  compute and hardware, copying): answered (paraphrase).
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
SEED = 3636

# (question, term, nearest lessons or sections)
NEAR = [
    ("my nephew says his model 'forgot' all the old stuff when he trained it on new data, catastrophic something? what's that", "catastrophic forgetting", ["training-and-overfitting", "language-models"]),
    ("what's a context window, like how much the bot can remember at once?", "context window", ["language-models"]),
    ("whats a knowledge cutoff in chatgpt", "knowledge cutoff", ["language-models", "hallucination"]),
    ("ppl at work keep saying 'guardrails' for llms. what are they actually", "guardrails", ["ethics-and-regulation", "hallucination", "language-models"]),
    ("heard about prompt injection on a podcast, is that like hacking a chatbot?", "prompt injection", ["ethics-and-regulation", "hallucination", "language-models"]),
    ("my teacher mentioned early stopping to avoid overfitting, how does that work?", "early stopping", ["training-and-overfitting"]),
    ("is there an ai that can explain its own decisions? i think it's called xai", "xai", ["ethics-and-regulation", "benefits-and-limitations", "evaluating-models"]),
    ("what even is a system prompt", "system prompt", ["language-models", "hallucination"]),
    ("my brother does model compression for phones, whats that about", "model compression", ["language-models", "data-and-compute"]),
    ("our IT guy said forget fine tuning, just do few-shot prompting. what's few shot?", "few-shot", ["language-models"]),
    ("so what are hyperparameters exactly", "hyperparameters", ["training-and-overfitting", "data-and-compute"]),
    ("read about reward hacking, where the ai cheats at the game to get points. how does that happen", "reward hacking", ["reinforcement-learning"]),
    ("whats deep rl and how is it different from normal rl", "deep rl", ["reinforcement-learning"]),
    ("how far away is AGI realistically", "agi", ["future-trends", "what-is-ml", "what-is-generative-ai"]),
    ("is a foundation model the same thing as an llm?", "foundation model", ["language-models"]),
    ("what is data poisoning, when people mess up the training data on purpose?", "data poisoning", ["ethics-and-regulation", "training-and-overfitting", "data-and-compute"]),
    ("how do adversarial examples fool an image classifier with a tiny sticker", "adversarial examples", ["supervised-learning", "ml-applications", "ethics-and-regulation"]),
    ("kinda lost, what's one-hot encoding?", "one-hot encoding", ["training-and-overfitting"]),
    ("ok long story. i run a bakery and my son set up an ai thing that guesses how many croissants to bake tomorrow. he keeps saying it's 'time series' something. what is time series forecasting?", "time series", ["ml-applications", "supervised-learning", "industry-use-cases"]),
    ("is vibe coding a real thing or just hype", "vibe coding", ["generative-ai-applications"]),
    ("has chatgpt passed the turing test?", "turing test", ["language-models", "what-is-generative-ai", "what-is-ml"]),
    ("mi profesor dijo 'aprendizaje federado'... federated learning? how does it work in simple words", "federated learning", ["data-and-compute", "ethics-and-regulation", "what-is-ml"]),
    ("what's a tensor? sorry if dumb question", "tensor", ["skills-and-learning-paths", "what-is-ml"]),
    ("something something 'mixture of agents'? is that a thing", "mixture of agents", ["language-models", "future-trends"]),
]

# A specific thing about AI the course has no sentence on: (question, term, nearest lessons)
NOSENTENCE = [
    ("why does ai mess up fingers in pictures, like six fingers on one hand", "fingers", ["generative-ai-applications", "benefits-and-limitations", "evaluating-models", "what-is-generative-ai"]),
    ("why do image generators write gibberish letters on shop signs", "signs", ["generative-ai-applications", "benefits-and-limitations", "evaluating-models", "what-is-generative-ai"]),
    ("how much water does chatgpt use to cool its servers", "water", ["data-and-compute", "language-models"]),
    ("what's the carbon footprint of training a big model", "carbon footprint", ["data-and-compute"]),
    ("does one ai question really use more electricity than a google search?", "electricity", ["data-and-compute", "ml-vs-generative-ai"]),
    ("why does chatgpt use so many em dashes", "em dashes", ["language-models", "generative-ai-applications", "benefits-and-limitations"]),
    ("why do ai pictures of people always have weird teeth", "teeth", ["generative-ai-applications", "benefits-and-limitations", "evaluating-models", "what-is-generative-ai"]),
    ("why do self driving cars sometimes crash into parked fire trucks", "fire trucks", ["reinforcement-learning", "benefits-and-limitations"]),
    ("why does every ai image have that yellow tint lately", "yellow tint", ["generative-ai-applications", "benefits-and-limitations", "evaluating-models"]),
    ("how much ram do i need to run llama at home", "ram", ["language-models", "data-and-compute"]),
    ("why do ai voices on tiktok all sound the same", "tiktok", ["generative-ai-applications", "what-is-generative-ai"]),
    ("my mum asked why the ai chatbot on her bank's site keeps saying sorry all the time. why do they apologise so much", "apologise", ["language-models", "industry-use-cases", "generative-ai-applications"]),
    ("why do ai generated videos have people with legs that melt into each other", "legs", ["future-trends", "generative-ai-applications", "benefits-and-limitations"]),
    ("how many data centres does openai have", "data centres", ["data-and-compute"]),
]

# Tasks dressed as questions, orders at the end of long messages, loanwords: refused.
OTHER = [
    "which of these 3 names is best for my ai startup: brainly, thinkr or neuronest?",
    "could you maybe rewrite my linkedin bio so it sounds more like an ai expert? here it is: i like computers and data",
    "hi! I've been going through the lessons on supervised learning and I really liked the spam filter part, it made things click for me. I'm also doing an evening course and the instructor set a small assignment this week. would you be able to fill in my worksheet answers for questions 1 to 5 on neural nets?",
    "is this tweet any good? 'AI wont take your job, someone using AI will' can u punch it up",
    "por favor, hazme un resumen of this article i pasted: Nvidia shares rose 5% today after the company beat forecasts",
    "bitte, can you check the english in my email to my boss: 'Dear sir, i am sick today and not coming'",
    "what would be a catchy slogan for an ai-powered dog walking app?",
    "rate my business idea from 1 to 10: an app that uses ai to pick your wine",
    "which laptop should i buy for learning ml, a macbook or a thinkpad?",
    "merci beaucoup for the lesson! une petite chose: could you write me a cover letter for a data analyst job?",
    "I have three titles for my blog post: 'GANs explained', 'Why GANs matter', 'GANs in 5 minutes'. which one gets more clicks?",
    "what's the exact prompt I should type to get midjourney to draw my cat as a knight? just give me the prompt",
    "can you summarise the plot of the film Her for my film club",
    "kindly do the needful and generate a python script that scrapes amazon prices",
    "which of my two logo ideas looks more techy, a brain or a circuit board?",
    "could you name my new kitten something ai-themed?",
    "So I've finished the whole course, thanks, it's been great, I finally get the difference between ML and gen AI and my manager is impressed. Last thing: could you draft the slide text for my 10 minute talk on it tomorrow?",
    "what's a good caption for my instagram post about my first ai art?",
    "quick q, which of these two subject lines will get more opens for my ai webinar email: 'Meet AI' or 'AI for busy people'?",
    "danke! and now please make me a 4-week gym plan, my trainer is on holiday",
]

# Taught things in the same frames: (question, section, facts)
COURSE = [
    ("why can't chatgpt count the r's in strawberry", "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes", [["token"]]),
    ("why do people worry ai art copies bits of real artists' work", "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it", [["copyright|reproduce"]]),
    ("why does an image generator asked for a doctor only draw men", "benefits-and-limitations/where-generative-ai-falls-short", [["stereotype|bias"]]),
    ("how much computing power does training a big model take", "data-and-compute/training-cost-compute-expertise-and-time", [["GPU"]]),
    ("why does the same prompt give me a great answer one time and rubbish the next", "hallucination/why-generated-content-varies-in-quality", [["vari|differ"]]),
    ("what kind of hardware are the big ai models trained on", "data-and-compute/training-cost-compute-expertise-and-time", [["GPU"]]),
    ("how do you tell if a generated picture looks real enough", "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity", [["realism"]]),
    ("why does chatgpt invent book titles that don't exist", "hallucination/what-hallucination-means", [["hallucinat"]]),
    ("why can a tiny model run on my laptop but chatgpt can't", "language-models/small-language-models-versus-large-ones", [["small"]]),
    ("is RAG basically giving the chatbot a cheat sheet to answer from?", "hallucination/grounding-answering-from-sources-instead-of-memory", [["retriev|sources"]]),
    ("my dad heard the learning rate thing matters, what does it do", "training-and-overfitting/gradient-descent-in-plain-words", [["step"]]),
    ("why do ai images sometimes come out blurry", "vaes/vaes-compared-with-gans", [["blurr"]]),
]


def main() -> None:
    rng = random.Random(SEED)
    near = [probekit.case("near_miss", q, term=t, nearest=n) for q, t, n in NEAR]
    nosent = [probekit.case("near_miss", q, term=t, nearest=n) for q, t, n in NOSENTENCE]
    other = [probekit.case("out_of_job", q) for q, in [(o,) for o in OTHER]]
    course = [probekit.case("paraphrase", q, sections=[s], facts=f) for q, s, f in COURSE]
    probekit.check_facts(course)
    parts = [probekit.halves(items, rng) for items in (near, nosent, other, course)]
    for i, folder in enumerate(("work", "measure")):
        head = f"# near36-s36 ({folder}): written before running the tutor, split at random (seed {SEED}).\n\n"
        names = ("near_miss", "nosentence", "out_of_job", "paraphrase")
        for name, halves in zip(names, parts, strict=True):
            probekit.write_cases(HERE / folder / f"{name}.toml", head, halves[i])


if __name__ == "__main__":
    main()
