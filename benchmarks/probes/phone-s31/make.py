"""Write the phone-s31 probes: course questions typed on a phone on a work break (lowercase,
typos, shorthand 'u', 'ur', '4', 'pls', 'tho', no punctuation, the learner's own job as the
example), plus out-of-course questions in the same style that must stay refused.
Split at random (seed 31) into work/measure."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

C = [
 ("so ml is just the computer learnin from data not someone writin rules 4 it?", ["what-is-ml/learning-from-data-instead-of-hand-written-rules"], [["rule"]]),
 ("wat ml stuff do i use every day without knowin lol like on my phone", ["what-is-ml/everyday-machine-learning-services"], [["recommend|spam|voice|assistant|netflix|siri|alexa"]]),
 ("is ml part of ai or is ai part of ml i always mix em up", ["what-is-ml/machine-learning-inside-the-wider-field-of-ai"], [["subset|part of|branch|field"]]),
 ("how many kinds of ml r there pls quick", ["what-is-ml/three-ways-a-machine-can-learn"], [["supervised"], ["unsupervised"], ["reinforcement"]]),
 ("wats labelled data mean u mean like stickers on the parcels", ["supervised-learning/learning-from-labelled-examples"], [["label"]]),
 ("predictin how many covers we do tonite is that regression or clasification", ["supervised-learning/classification-versus-regression"], [["regression"]]),
 ("how does the spam filter on my work email actualy learn", ["supervised-learning/a-worked-example-building-a-spam-filter"], [["spam"]]),
 ("can it sort our customers into groups with no labels on them 4 the loyalty thing", ["unsupervised-learning/clustering-groups-similar-data-points", "unsupervised-learning/learning-from-unlabelled-data"], [["group|cluster"]]),
 ("k means in plain words pls im on my break", ["unsupervised-learning/how-k-means-finds-clusters"], [["k-means|centroid|cluster"]]),
 ("wats the point of dimensionality reduction tho", ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data"], [["dimension|simpl|feature"]]),
 ("reinforcement learnin is that like giving the new lad treats when he does it rite", ["reinforcement-learning/agents-environments-actions-and-rewards", "reinforcement-learning/maximising-cumulative-reward"], [["reward"]]),
 ("y would it try random stuff instead of just doin what works", ["reinforcement-learning/exploration-versus-exploitation"], [["explor"]]),
 ("can rl drive a forklift or a robot in the warehouse", ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["robot"]]),
 ("whats overfitting in normal words its on the quiz", ["training-and-overfitting/overfitting-and-underfitting"], [["overfit"]]),
 ("y do u split the data into 2 bits", ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["test"]]),
 ("our till data is full of gaps will the model still be ok", ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"], [["noisy|incomplete|missing"]]),
 ("wats a loss function in like one line", ["training-and-overfitting/what-a-loss-function-measures"], [["loss"]]),
 ("gen ai what is it in 1 sentence pls", ["what-is-generative-ai/generating-new-data-that-resembles-the-training-data"], [["new"]]),
 ("can gen ai make the menu pics and the music for the pub or just text", ["what-is-generative-ai/kinds-of-content-generative-ai-creates"], [["image"], ["music|audio"]]),
 ("does it just copy the pics it was trained on tho", ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"], [["cop"]]),
 ("y is every1 on about gen ai all of a sudden", ["what-is-generative-ai/why-generative-ai-got-so-much-attention-recently"], [["chatgpt|attention|public"]]),
 ("gans how do the 2 parts work again", ["gans/the-generator-and-the-discriminator"], [["generator"], ["discriminator"]]),
 ("wat r gans actually used 4 irl", ["gans/what-gans-have-been-used-for"], [["image|face|art|photo"]]),
 ("y is gan trainin so unstable", ["gans/why-gan-training-is-unstable-and-costly"], [["unstable|balance"]]),
 ("vae vs gan wats the diff quick", ["vaes/vaes-compared-with-gans"], [["vae"], ["gan"]]),
 ("whats the latent space thing in a vae", ["vaes/what-the-latent-space-represents", "vaes/encoder-latent-space-and-decoder"], [["latent"]]),
 ("wats a token is it like a word", ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["token"]]),
 ("how does chatgpt pick the next word", ["language-models/next-token-prediction-step-by-step"], [["token|word"]]),
 ("wat does temperature do its not the oven temp right lol", ["language-models/sampling-temperature-top-k-and-top-p"], [["temperature"]]),
 ("can i trust it with the allergen info on the menu or does it make stuff up", ["hallucination/what-hallucination-means", "hallucination/how-to-spot-and-reduce-hallucination"], [["hallucinat|false|check|verif"]]),
 ("y does it sound so sure when its wrong", ["hallucination/why-next-token-prediction-produces-fluent-falsehoods"], [["fluent|plausib|confident"]]),
 ("how do i stop it makin stuff up when i write the shift notes with it", ["hallucination/how-to-spot-and-reduce-hallucination", "hallucination/grounding-answering-from-sources-instead-of-memory"], [["check|verif|source|ground"]]),
 ("ml vs gen ai in a nutshell pls", ["ml-vs-generative-ai/predicting-versus-creating-two-different-goals"], [["predict"], ["creat|generat"]]),
 ("is gen ai built on ml or totally diff", ["ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"], [["built on|subset|machine learning"]]),
 ("which 1 needs a bigger computer ml or gen ai", ["ml-vs-generative-ai/comparing-efficiency-and-computing-needs"], [["comput|gpu|resource"]]),
 ("if it gets 99 percent right is that good enough 4 fraud", ["evaluating-models/accuracy-the-share-of-predictions-that-are-right", "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["precision|recall|rare|fraud"]]),
 ("precision n recall whats the difference", ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], [["precision"], ["recall"]]),
 ("how much data do u need to train one of these", ["data-and-compute/training-data-for-generative-models-large-clean-and-varied", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["data"]]),
 ("y is it so expensive to train", ["data-and-compute/training-cost-compute-expertise-and-time"], [["compute|gpu|cost|expert"]]),
 ("can ml spot dodgy card payments at the till", ["ml-applications/fraud-detection-with-machine-learning"], [["fraud"]]),
 ("could ml tell us when the walk in fridge is acting weird", ["ml-applications/predictive-analytics-and-anomaly-detection"], [["anomal|unusual"]]),
 ("can gen ai write the product descriptions for our online shop", ["industry-use-cases/retail-predicting-sales-and-writing-product-content", "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"], [["product|content|descript"]]),
 ("can it write code 4 me", ["generative-ai-applications/code-audio-and-new-drug-molecules"], [["code"]]),
 ("whats synthetic data and y would u want fake data", ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["synthetic"]]),
 ("how do call centres use it im on the phones all day", ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["chatbot|sentiment"]]),
 ("does the bank use it 4 fraud", ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["fraud"]]),
 ("wat can gen ai not do well", ["benefits-and-limitations/where-generative-ai-falls-short"], [["hallucinat|bias|cost|control|accura|original"]]),
 ("is ai gonna be biased against ppl like me", ["ethics-and-regulation/bias-inherited-from-training-data"], [["bias"]]),
 ("wats a deepfake", ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["deepfake"]]),
 ("r there any laws on ai in europe", ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["eu|act"]]),
 ("where is ai headed in the next few yrs", ["future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030", "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", "future-trends/text-to-video-the-next-frontier-for-generative-ai"], [["2030|multimodal|video"]]),
 ("can i make my own lil chatbot 4 the team with no coding", ["future-trends/custom-mini-chatbots-built-without-code"], [["without code|no code|custom"]]),
 ("will ai take my job on the line", ["adoption-challenges/resistance-to-change-from-employees"], [["employee|job|resist"]]),
 ("my boss wants ai but none of us know how is that normal", ["adoption-challenges/the-ai-skills-gap"], [["skill"]]),
 ("shud we try it small first at the depot", ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["pilot"]]),
 ("wat skills do i need to get into gen ai from a warehouse job", ["skills-and-learning-paths/skills-for-working-in-generative-ai"], [["python|program|skill"]]),
 ("how do i get into ml with no degree", ["skills-and-learning-paths/educational-paths-into-machine-learning"], [["course|degree|online"]]),
]
OUT = [
 "hw do i make a proper gravy for sunday roast",
 "wats the score in the match rn",
 "how do i fill in my tax return im self employed",
 "can u swap my shift with dave on friday pls",
 "wat time does the chippy shut tonite",
 "how do i ask my manager 4 a raise",
 "can u write my cover letter 4 the bar job",
 "my back hurts from liftin boxes all day wat do i do",
 "best pizza place near me",
 "who won the darts last nite",
 "how many days holiday am i owed",
 "can u book me a dentist appt",
 "wats a good recipe 4 banana bread",
]

def main():
    here = Path(__file__).parent
    rng = random.Random(31)
    ins = [probekit.case("paraphrase", q, sections=secs, facts=facts) for q, secs, facts in C]
    probekit.check_facts(ins)
    outs = [probekit.case("out_of_job", q) for q in OUT]
    (work_in, measure_in), (work_out, measure_out) = probekit.halves(ins, rng), probekit.halves(outs, rng)
    for name, i, o in (("work", work_in, work_out), ("measure", measure_in, measure_out)):
        head = f"# Phone-style questions (stop 31, helper fu, phone-s31): {name} half, seed 31.\n\n"
        probekit.write_cases(here / name / "paraphrase.toml", head, i)
        probekit.write_cases(here / name / "out_of_job.toml", head, o)


if __name__ == "__main__":
    main()
