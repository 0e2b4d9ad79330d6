"""Write the situation-s31 probes: course questions that describe a SITUATION in everyday words
(no course term, no machine named), plus out-of-course questions of the same shape (cooking,
sport, tax, relationships) that must stay refused. Split at random (seed 31) into work/measure."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

E = probekit.EV
C = [
 ("the screening flagged heaps of healthy folks as ill, how do u measure that kind of mistake", [E + "precision-and-recall-computed-from-a-confusion-matrix", E + "why-fraud-and-disease-detection-need-both-precision-and-recall"], [["precision"]]),
 ("it got 98 out of 100 right but missed every single one that mattered, how is that even possible", [E + "accuracy-the-share-of-predictions-that-are-right"], [["rare|fraud"]]),
 ("we catch almost every cheat but annoy tons of honest customers doing it, is there a way to balance that", [E + "why-fraud-and-disease-detection-need-both-precision-and-recall"], [["precision"], ["recall"]]),
 ("how do you grade something that writes stories when there is no one right answer", [E + "judging-generated-output-on-realism-coherence-and-diversity"], [["realism|coherence|diversity"]]),
 ("a table that shows which digits keep getting mixed up with which", [E + "precision-and-recall-computed-from-a-confusion-matrix"], [["confusion matrix"]]),
 ("what makes the results trustworthy apart from the scores themselves", [E + "what-makes-machine-learning-results-reliable"], [["data quality|model selection|feature engineering"]]),
 ("it did great on the stuff it practised on and then fell apart on anything new", ["training-and-overfitting/overfitting-and-underfitting"], [["overfit"]]),
 ("the info we fed it was full of gaps and typos and now it keeps getting things wrong", ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"], [["noisy|incomplete|missing"]]),
 ("why keep some of the examples back and not let it see them", ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["test"]]),
 ("why do they need someone to tag thousands of examples by hand first", ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets"], [["label"]]),
 ("guessing a price versus guessing yes or no, are those different jobs", ["supervised-learning/classification-versus-regression"], [["regression"], ["classif"]]),
 ("nobody told it what the groups were but it still sorted everyone into groups", ["unsupervised-learning/clustering-groups-similar-data-points", "unsupervised-learning/learning-from-unlabelled-data"], [["group|cluster"]]),
 ("it keeps doing the one thing that worked before and never tries anything else", ["reinforcement-learning/exploration-versus-exploitation"], [["explor"]]),
 ("learning by trial and error with points for doing well", ["reinforcement-learning/agents-environments-actions-and-rewards", "reinforcement-learning/maximising-cumulative-reward"], [["reward"]]),
 ("the pictures it makes look a lot like the ones it studied, is it just copying them", ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"], [["cop"]]),
 ("it keeps churning out nearly the same face no matter what", ["gans/mode-collapse-when-a-gan-loses-variety"], [["variety|mode collapse"]]),
 ("one side makes fakes and the other side tries to catch them, who wins", ["gans/the-generator-and-the-discriminator", "gans/how-adversarial-training-works", "gans/one-model-generates-another-evaluates"], [["generat"], ["discriminat|evaluat"]]),
 ("it told me a made up fact and sounded totally sure about it", ["hallucination/what-hallucination-means", "hallucination/why-next-token-prediction-produces-fluent-falsehoods"], [["hallucinat|false|plausib|fluent|confident"]]),
 ("how do i double check stuff it writes before i trust it", ["hallucination/how-to-spot-and-reduce-hallucination"], [["check|verif"]]),
 ("why does it give me a different reply every time i ask the same thing", ["language-models/sampling-temperature-top-k-and-top-p"], [["temperature|sampl|random"]]),
 ("sometimes the stuff it writes is brilliant and sometimes its rubbish, why so uneven", ["hallucination/why-generated-content-varies-in-quality"], [["quality"]]),
 ("it treats women worse than men when sorting job applications, where does that come from", ["ethics-and-regulation/bias-inherited-from-training-data"], [["bias"]]),
 ("it was only shown pictures of one kind of people and now it gets everyone else wrong", ["ethics-and-regulation/bias-inherited-from-training-data"], [["bias"]]),
 ("a fake video of a politician saying things they never said went around before the vote", ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["deepfake"]]),
 ("are there any laws about what companies can do with this stuff", ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["act|order|regulat"]]),
 ("it costs a fortune in electricity and chips just to get it started", ["data-and-compute/training-cost-compute-expertise-and-time"], [["compute|gpu|cost"]]),
 ("once it's built does it still need a huge computer every time someone uses it", ["data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"], [["compute|gpu|cpu|inference"]]),
 ("what sort of info do you need to collect before any of this works", ["data-and-compute/training-data-for-generative-models-large-clean-and-varied", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["data"]]),
 ("the staff are scared it will take their jobs and refuse to use it", ["adoption-challenges/resistance-to-change-from-employees"], [["resist|employee"]]),
 ("nobody at our company knows how to set any of this up", ["adoption-challenges/the-ai-skills-gap"], [["skill"]]),
 ("the boss wants to try it on one small thing first before going all in", ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["pilot"]]),
 ("how much does it cost a business to bring this in", ["adoption-challenges/the-cost-of-implementing-ai"], [["cost"]]),
 ("our shop wants to know next month's sales ahead of time", ["ml-applications/predictive-analytics-and-anomaly-detection", "industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["predict|forecast"]]),
 ("a strange purchase in another country at 3am got my card blocked, how did they spot it", ["ml-applications/fraud-detection-with-machine-learning", "industry-use-cases/finance-catching-fraud-and-handling-documents"], [["fraud"]]),
 ("after i watched one cooking show my feed filled with cooking shows", ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["recommend"]]),
 ("where is all of this heading in the next few years", ["future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030", "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", "future-trends/text-to-video-the-next-frontier-for-generative-ai"], [["2030|multimodal|video"]]),
 ("what should i study if i want to work on this for a living", ["skills-and-learning-paths/educational-paths-into-machine-learning", "skills-and-learning-paths/educational-paths-into-generative-ai", "skills-and-learning-paths/skills-for-working-in-machine-learning", "skills-and-learning-paths/skills-for-working-in-generative-ai"], [["degree|course|python|math|statistic"]]),
 ("what is it actually good at and where does it let you down", ["benefits-and-limitations/where-machine-learning-falls-short", "benefits-and-limitations/what-machine-learning-does-well", "benefits-and-limitations/what-generative-ai-does-well", "benefits-and-limitations/where-generative-ai-falls-short", "benefits-and-limitations/knowing-the-limits-is-the-key-to-success"], [["benefit|limitation|limits"]]),
 ("it was fine last year but the world changed and now its guesses are off", ["benefits-and-limitations/where-machine-learning-falls-short", "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"], [["data"]]),
 ("it learned from old loan records and now it keeps approving the wrong people", ["benefits-and-limitations/where-machine-learning-falls-short"], [["outdated"]]),
 ("it gives a number for how wrong it was and tries to make that smaller", ["training-and-overfitting/what-a-loss-function-measures"], [["loss"]]),
 ("it takes tiny steps downhill until it stops getting better", ["training-and-overfitting/gradient-descent-in-plain-words"], [["gradient"]]),
]
OUT = [
 "my bread came out flat and dense again, how do i get it to rise",
 "the ref gave a penalty that wasnt one, how do you appeal that",
 "how much tax do i owe if i sold my car this year",
 "my boyfriend keeps forgetting our plans, how do i bring it up without a fight",
 "the cake sank in the middle when i took it out, what went wrong",
 "we lost every away game this season, how do we fix the team's mood",
 "can i claim my home office on my tax return",
 "my sister and i keep arguing about who looks after mum, what should we do",
 "the soup tastes bland no matter how much salt i add",
 "my knee hurts after running, should i keep training",
 "how do i split the rent fairly with my flatmates",
 "the referee keeps missing fouls on our best player, how do we complain",
 "my tomato plants keep dying, what am i doing wrong",
 "my landlord kept my deposit for no reason, what can i do",
]

cases = [probekit.case("paraphrase", q, sections=secs, facts=facts) for q, secs, facts in C]
probekit.check_facts(cases)
rng = random.Random(31)
here = Path(__file__).parent
for kind, items in (("paraphrase", cases), ("out_of_job", [probekit.case("out_of_job", q) for q in OUT])):
    for folder, part in zip(("work", "measure"), probekit.halves(items, rng), strict=True):
        head = f"# Fresh situation questions (stop 31, helper situation): {folder} half, seed 31.\n\n"
        probekit.write_cases(here / folder / f"{kind}.toml", head, part)
