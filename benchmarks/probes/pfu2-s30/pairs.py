"""Fresh follow-up chains for stop 30 (helper `pfu2`), written from the course text before any
answer was read. The last turn either has no topic of its own and asks one thing of what was just
discussed (how to notice or detect it, how long, how much, who decides, does it ever fail, is it
legal or safe), or opens a NEW subject that must not lean on the previous turn. Split at random
with seed 30 into work/ and measure/ halves; run once to write the files."""
import random
from pathlib import Path

TO = "training-and-overfitting/"
G = "gans/"
H = "hallucination/"
E = "ethics-and-regulation/"
FT = "future-trends/"
CASES = [
    # how would you notice / detect it
    (["what's overfitting", "how can you tell it's happening?"], [TO + "overfitting-and-underfitting"], [["telltale gap|very high score on the training set"]]),
    (["what is underfitting exactly", "how would i know my model has it"], [TO + "overfitting-and-underfitting"], [["poorly on both"]]),
    (["why does my gan only draw 1s", "how would anyone catch that"], [G + "mode-collapse-when-a-gan-loses-variety"], [["many samples are compared|compared for variety"]]),
    (["whats a hallucination in chatbots", "how do i know when its doing it"], [H + "how-to-spot-and-reduce-hallucination"], [["claims to check|checking sources|asking the same question twice"]]),
    (["what is a deepfake", "how can i tell if a video is one"], [E + "deepfakes-and-the-argentine-election-poster"], [["check the source"]]),
    (["what does bias in ai mean", "how would a company find out its model does that"], [E + "bias-inherited-from-training-data"], [["error rates separately|who the data represents"]]),
    (["what is anomaly detection", "how does it know something is off"], ["ml-applications/predictive-analytics-and-anomaly-detection", "unsupervised-learning/what-unsupervised-learning-is-used-for"], [["normal"]]),
    (["how do banks use ml for fraud", "how does the model notice a dodgy payment"], ["ml-applications/fraud-detection-with-machine-learning"], [["unusual amount|new country|strange time of day"]]),
    (["whats gradient descent", "how does it know which way is down"], [TO + "gradient-descent-in-plain-words"], [["slope"]]),
    (["what is a confusion matrix", "how do i see which digits get mixed up"], ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], [["off-diagonal"]]),
    (["why is gan training so unstable", "so how do people tell if its getting better"], [G + "why-gan-training-is-unstable-and-costly"], [["looking at samples"]]),
    (["what's a vae used for", "how can it catch weird inputs"], ["vaes/what-vaes-are-used-for"], [["reconstruction error|rebuilds badly"]]),
    (["sentiment analysis in customer support?", "how does it tell if someone is mad"], ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["angry"]]),
    (["ok what's dbscan", "how does it spot the outliers"], ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [["noise"]]),
    # how long
    (["how do they train the really huge models", "weeks or what?"], ["data-and-compute/training-cost-compute-expertise-and-time"], [["days or weeks"]]),
    (["what is the tiny gpt in the demo", "how long does it take to train it"], ["language-models/small-language-models-versus-large-ones", "data-and-compute/why-this-tutor-s-demos-run-on-a-laptop-cpu"], [["seconds"]]),
    (["k-means steps?", "when does it stop"], ["unsupervised-learning/how-k-means-finds-clusters"], [["stop moving"]]),
    (["how does the agent learn in frozenlake", "how many tries before it figures it out"], ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], [["many (more )?episodes"]]),
    (["what is a pilot project in ai", "how long does the model take to train"], ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["seconds"]]),
    (["whats adversarial training", "how many rounds does it go for"], [G + "how-adversarial-training-works"], [["thousands of times"]]),
    (["what is the eu ai act", "when did that happen"], [E + "ai-regulation-the-us-executive-order-and-the-eu-ai-act", FT + "deepfakes-and-regulation-in-the-years-ahead"], [["december 2023"]]),
    (["how does an rl agent balance exploring", "does it explore the same amount the whole time"], ["reinforcement-learning/exploration-versus-exploitation"], [["lower it over time|high epsilon"]]),
    # how much
    (["what's data labelling", "is it pricey"], ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["expensive"]]),
    (["what does it cost to bring ai into a company", "where does the money actually go"], ["adoption-challenges/the-cost-of-implementing-ai"], [["infrastructure"], ["maintenance"]]),
    (["what makes an llm large", "and how much text do they read"], ["language-models/what-makes-a-language-model-large"], [["books, websites"]]),
    (["whats the smol model this tutor ships", "how many params"], ["language-models/small-language-models-versus-large-ones"], [["135 million"]]),
    (["train test split", "how much do you keep back for testing"], [TO + "splitting-data-into-a-training-set-and-a-test-set"], [["20 percent"]]),
    (["data augmentation with fake images", "how many real pics did the hospital have"], ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["50"]]),
    (["how much could the ai market be worth", "by what year"], [FT + "a-market-projected-to-reach-740-billion-dollars-by-2030"], [["2030"]]),
    # who decides
    (["what is clustering", "who decides what the groups mean"], ["unsupervised-learning/clustering-groups-similar-data-points"], [["person looks at each group|decides what it means"]]),
    (["how does an rl agent know what's good", "who sets the rewards tho"], ["reinforcement-learning/maximising-cumulative-reward"], [["designers"]]),
    (["ai in hospitals", "so who makes the final call"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["clinician"]]),
    (["eu ai act?", "which uses get the strictest rules"], [E + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["hiring|critical infrastructure"]]),
    (["what are custom mini chatbots", "who can make one"], [FT + "custom-mini-chatbots-built-without-code"], [["anyone|no programming"]]),
    (["what was the us executive order on ai", "who signed it"], [E + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["biden"]]),
    (["generative ai for new drugs?", "who tests the molecules"], ["generative-ai-applications/code-audio-and-new-drug-molecules"], [["scientists"]]),
    (["ai writing investment plans for people", "who double checks that"], ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["qualified people"]]),
    # does it ever fail
    (["how does k-means work", "does it ever get it wrong?"], ["unsupervised-learning/how-k-means-finds-clusters", "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [["poor result|fails"]]),
    (["what is rag", "does that stop hallucinations completely"], [H + "how-to-spot-and-reduce-hallucination"], [["none of these fixes|completely"]]),
    (["what is facial recognition", "does it work equally well on everyone"], [E + "bias-inherited-from-training-data"], [["darker-skinned"]]),
    (["what is q-learning", "does the best policy always make it to the goal"], ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], [["sometimes fails"]]),
    (["synthetic data for training?", "can that backfire"], ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["wrong patterns|not guaranteed"]]),
    (["small language models", "are they any good with facts"], ["language-models/small-language-models-versus-large-ones"], [["forgets facts"]]),
    (["what's text to video", "why is it so hard to get right"], [FT + "text-to-video-the-next-frontier-for-generative-ai"], [["consistent"]]),
    (["whats a custom mini chatbot", "can i trust its answers"], [FT + "custom-mini-chatbots-built-without-code"], [["wrong or biased|must test"]]),
    # is it legal / safe
    (["deepfakes in elections", "are governments doing anything about it"], [FT + "deepfakes-and-regulation-in-the-years-ahead"], [["executive order|eu ai act"]]),
    (["can ai write my shop's product descriptions", "is it ok to post them without reading"], ["generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing", "benefits-and-limitations/where-generative-ai-falls-short"], [["review"]]),
    (["how do banks use llms for paperwork", "is that safe?"], ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["reviewed by qualified"]]),
    (["what is hyper-personalisation", "is my data safe with that"], [FT + "hyper-personalisation-with-machine-learning"], [["protecting user data"]]),
    (["what's a responsible ai framework", "what does it say about privacy"], [E + "misuse-concerns-and-responsible-ai-frameworks"], [["safeguarding user data|private and secure"]]),
    (["rl for robots", "isnt it dangerous letting a robot learn by crashing"], ["reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"], [["dangerous|simulator"]]),
    (["does generative ai copy its training data", "so can i legally use what it makes"], ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"], [["copyright"]]),
    # a new subject: must not lean on the previous turn
    (["what is a gan", "how do chatbots pick the next word"], ["language-models/next-token-prediction-step-by-step"], [["likely|probabilit"]]),
    (["how does k-means work", "is chatgpt bad at counting letters"], ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["count the letters"]]),
    (["what's overfitting", "can an app write songs just for me"], ["generative-ai-applications/music-composition-and-personalised-playlists"], [["personalised playlist|tailored to a mood"]]),
    (["what are image generators used for", "should i believe everything a chatbot says about my taxes"], [H + "how-to-spot-and-reduce-hallucination"], [["checked by a person"]]),
    (["what is reinforcement learning", "do i need a degree to get into machine learning"], ["skills-and-learning-paths/educational-paths-into-machine-learning"], [["coursera|online"]]),
    (["explain vaes", "why do people say ai is biased"], [E + "bias-inherited-from-training-data"], [["training data|data reflected"]]),
    (["what's the eu ai act", "how does my phone recognise my face"], ["ml-applications/image-and-speech-recognition"], [["matches a face|facial recognition"]]),
    (["how are deepfakes made", "can ai help a little shop know what to restock"], ["industry-use-cases/retail-predicting-sales-and-writing-product-content", "adoption-challenges/a-small-pilot-project-as-a-first-step"], [["stock|run out"]]),
    (["what's gradient descent", "what does generative ai do in hospitals"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["clinical notes|treatment plan"]]),
    (["what are tokens", "why is everyone suddenly talking about generative ai"], ["what-is-generative-ai/why-generative-ai-got-so-much-attention-recently"], [["computing power|transformer|for themselves"]]),
    (["whats a decision tree", "how do self driving cars learn to drive"], ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["safety"]]),
    (["how does a vae make new digits", "is my bank using ai to watch my card"], ["ml-applications/fraud-detection-with-machine-learning", "industry-use-cases/finance-catching-fraud-and-handling-documents"], [["fraud"]]),
    (["what is top-k sampling", "what skills do i need to work on image generators"], ["skills-and-learning-paths/skills-for-working-in-generative-ai"], [["creativity"], ["mathematics|statistics"]]),
    (["what's regression", "can a chatbot make up a fake court case"], [H + "what-hallucination-means"], [["does not exist|made up"]]),
    (["what is the skills gap", "how do chatbots answer customer questions at 3am"], ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots", "benefits-and-limitations/what-generative-ai-does-well"], [["any hour"]]),
    # three turns
    (["what's supervised learning", "and the labels, who makes them?", "is that expensive"], ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["expensive"]]),
    (["what are llms", "why do they make stuff up", "how can i check"], [H + "how-to-spot-and-reduce-hallucination"], [["checking sources|confirm that it exists|asking the same question twice"]]),
    (["what is precision", "and recall?", "which one matters more for cancer screening"], ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["high recall"]]),
    (["tell me about the eu ai act", "and the american one?", "when did that come out"], [E + "ai-regulation-the-us-executive-order-and-the-eu-ai-act", FT + "deepfakes-and-regulation-in-the-years-ahead"], [["october 2023"]]),
    (["what is clustering", "what's k-means", "how does it get started"], ["unsupervised-learning/how-k-means-finds-clusters"], [["randomly chosen|centre points"]]),
    (["ai in customer service", "what does the ml part do", "and who deals with the tricky cases"], ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["human agents"]]),
    (["what's the skills gap", "why can't companies keep their ai people", "how do they deal with it"], ["adoption-challenges/the-ai-skills-gap"], [["training existing staff|partnering"]]),
    (["whats a gan", "what's the discriminator for", "how long till its done"], [G + "how-adversarial-training-works"], [["coin toss|half the time|thousands of times"]]),
    (["what is hallucination", "why does it happen", "is there a way to stop it for good"], [H + "how-to-spot-and-reduce-hallucination"], [["none of these fixes|completely"]]),
    (["what's a recommendation system", "what does it learn from", "who uses them"], ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["online shops|streaming"]]),
]


def _quoted(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _literal(s):
    return "'" + s + "'"


def toml_case(turns, sections, facts):
    q, lit = _quoted, _literal
    return (
        "[[case]]\nkind = \"followup\"\n"
        f"turns = [{', '.join(q(t) for t in turns)}]\nin_scope = true\n"
        f"sections = [{', '.join(q(s) for s in sections)}]\n"
        f"facts = [{', '.join('[' + ', '.join(lit(a) for a in f) + ']' for f in facts)}]\n"
    )


def main():
    rng = random.Random(30)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    half = len(order) // 2
    here = Path(__file__).parent
    for name, idx in (("work", order[:half]), ("measure", order[half:])):
        (here / name).mkdir(exist_ok=True)
        body = "\n".join(toml_case(*CASES[i]) for i in sorted(idx))
        head = f"# Fresh follow-ups (stop 30, helper pfu2), {name} half of a random split (seed 30).\n\n"
        (here / name / "followup.toml").write_text(head + body)


if __name__ == "__main__":
    main()
