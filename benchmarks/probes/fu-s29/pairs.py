"""Fresh follow-up chains for stop 29 (helper `fu`), written from the course text before any
answer was read. The last turn asks ONE thing of the topic (a cost, a time, a risk, a fix, a
number, who, what it needs, "does it work for X", "and in europe?", topicless asks). Split at
random with seed 29 into work/ and measure/ halves; run once to write the files."""
import random
from pathlib import Path

U = "unsupervised-learning/"
CASES = [
    (["what is k-means", "how do i pick k"], [U + "how-k-means-finds-clusters"], [["in advance"]]),
    (["explain q learning", "how long does it take on the slippery one"], ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], [["many more episodes"]]),
    (["whats the epsilon greedy thing", "does epsilon stay the same the whole time?"], ["reinforcement-learning/exploration-versus-exploitation"], [["lower it over time|high epsilon"]]),
    (["whats a discount factor in rl", "what number is it usualy"], ["reinforcement-learning/maximising-cumulative-reward"], [["slightly below 1"]]),
    (["how is rl used in robots", "and in self driving cars?"], ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["safety, speed and energy"]]),
    (["train test split?", "can i tune stuff on the test set"], ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["never be used to tune|fair exam"]]),
    (["what is overfitting", "how do i fix it"], ["training-and-overfitting/overfitting-and-underfitting"], [["more training data|regularisation|simpler model"]]),
    (["whats gradient descent", "what happens if the steps are too big"], ["training-and-overfitting/gradient-descent-in-plain-words"], [["overshoots"]]),
    (["what is feature scaling", "why bother tho"], ["training-and-overfitting/features-feature-scaling-and-feature-engineering"], [["drown out"]]),
    (["noisy data in ml?", "what do ppl do about it before training"], ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"], [["cleaning data|flagging gaps"]]),
    (["what's mode collapse", "how do u fix that"], ["gans/mode-collapse-when-a-gan-loses-variety"], [["whole batches|wasserstein"]]),
    (["what is a gan", "does the generator ever see real pics"], ["gans/the-generator-and-the-discriminator"], [["never sees the real data"]]),
    (["how does adversarial training work", "how do u know when its done"], ["gans/how-adversarial-training-works"], [["coin toss|half the time"]]),
    (["what are gans used for", "can they fix blurry photos?"], ["gans/what-gans-have-been-used-for"], [["resolution"]]),
    (["vae vs gan", "why are vae pics blurrier"], ["vaes/vaes-compared-with-gans"], [["averaging over uncertain details"]]),
    (["why is it called variational", "what if the kl part is too strong"], ["vaes/why-the-autoencoder-is-called-variational"], [["look alike|blurry"]]),
    (["what are tokens", "why cant chatgpt count the letters in strawberry"], ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["two or three tokens"]]),
    (["what are tokens", "how big is the vocab"], ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"], [["tens of thousands"]]),
    (["what is top-p sampling", "whats a typical value"], ["language-models/sampling-temperature-top-k-and-top-p"], [["0\\.9"]]),
    (["what is an llm", "how many parameters are we talking"], ["language-models/what-makes-a-language-model-large"], [["billions"]]),
    (["small vs large language models", "how fast is the one in this tutor"], ["language-models/small-language-models-versus-large-ones"], [["dozen or more tokens per second"]]),
    (["what is hallucination", "any examples?"], ["hallucination/what-hallucination-means"], [["quotation nobody said|wrong date|does not exist|leads nowhere"]]),
    (["how do i reduce hallucinations", "so does any of that fix it for good?"], ["hallucination/how-to-spot-and-reduce-hallucination"], [["removes hallucination completely"]]),
    (["what is rag", "does this tutor do that?"], ["hallucination/grounding-answering-from-sources-instead-of-memory"], [["extractive|quotes whole sentences|tutor retrieves"]]),
    (["whats accuracy", "give me the numbers from the fraud thing"], ["evaluating-models/accuracy-the-share-of-predictions-that-are-right"], [["98 percent|980"]]),
    (["what's a confusion matrix", "what does it look like for digits"], ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], [["10 by 10"]]),
    (["fraud detector tuned for high recall", "what does a false alarm cost"], ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["phone call|frozen card|annoyed client"]]),
    (["how do you evaluate generated images", "what's coherence then"], ["evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"], [["holds together|matching eyes"]]),
    (["how is loss used to check generative models", "so is a low loss enough?"], ["evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"], [["does not prove"]]),
    (["how expensive is training a big model", "how long does it take"], ["data-and-compute/training-cost-compute-expertise-and-time"], [["days or weeks"]]),
    (["what does rl need instead of a dataset", "like what kind of environment"], ["reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["simulator"]]),
    (["how is ml used in finance", "how quick does it catch the fraud"], ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["real time|while it is still happening"]]),
    (["what does gen ai do for banks", "can it read long insurance policies?"], ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["40-page|summarise"]]),
    (["gen ai in retail?", "whats a virtual try on"], ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["glasses|lipstick|jacket"]]),
    (["how does ai help doctors", "does it replace them tho"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["assist rather than replace|stays responsible"]]),
    (["chatbots in customer support", "so what do the human agents do then"], ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["complicated or sensitive"]]),
    (["ml in schools?", "gimme an example"], ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"], [["fractions"]]),
    (["where does ml fall short", "what about a hiring model"], ["benefits-and-limitations/where-machine-learning-falls-short"], [["favouring|favoured"]]),
    (["what's gen ai good for in business", "how fast are we talking"], ["benefits-and-limitations/what-generative-ai-does-well"], [["in a minute"]]),
    (["what is ai bias", "how do u fix it"], ["ethics-and-regulation/bias-inherited-from-training-data"], [["error rates separately|who the data represents"]]),
    (["what's a deepfake", "how do i protect myself"], ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["check the source"]]),
    (["whats the eu ai act", "when was that agreed"], ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["december 2023"]]),
    (["what did biden's ai order do", "when was it signed?"], ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["october 2023"]]),
    (["what's a responsible ai framework", "what does it look like in practice"], ["ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks"], [["documenting data sources|testing for bias|appeal"]]),
    (["how big will the ai market get", "by when?"], ["future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030"], [["2030"]]),
    (["custom chatbots without code?", "any catch?"], ["future-trends/custom-mini-chatbots-built-without-code"], [["wrong or biased|must test"]]),
    (["what's hyper-personalisation", "any downside?"], ["future-trends/hyper-personalisation-with-machine-learning"], [["protecting user data|personal information"]]),
    (["text to video ai?", "who makes it"], ["future-trends/text-to-video-the-next-frontier-for-generative-ai"], [["runway"]]),
    (["what is the ai skills gap", "why cant companies keep their ai people"], ["adoption-challenges/the-ai-skills-gap"], [["high demand|better-paid"]]),
    (["why do employees resist ai", "what helps?"], ["adoption-challenges/resistance-to-change-from-employees"], [["involving staff early|offering training"]]),
    (["what does ai cost a business", "whats the part people forget about"], ["adoption-challenges/the-cost-of-implementing-ai"], [["maintenance"]]),
    (["how should a shop start with ai", "whats an example pilot"], ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["run out next week"]]),
    (["what skills for gen ai", "why would i need maths for it"], ["skills-and-learning-paths/skills-for-working-in-generative-ai"], [["probability"]]),
    (["how do i get into ml", "where can i practise on real data"], ["skills-and-learning-paths/educational-paths-into-machine-learning"], [["kaggle"]]),
    (["what skills do i need for ml", "which libraries tho"], ["skills-and-learning-paths/skills-for-working-in-machine-learning"], [["tensorflow|pytorch"]]),
    (["how do i learn gen ai online", "any specific course?"], ["skills-and-learning-paths/educational-paths-into-generative-ai"], [["generative ai fundamentals"]]),
    (["why does supervised learning need so much labelled data", "why are labels pricey"], ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets"], [["people have to create them|doctors"]]),
    (["classification vs regression", "so predicting tomorrows weather temp is which"], ["supervised-learning/classification-versus-regression"], [["regression predicts a number"]]),
    (["walk me thru the spam filter example", "how much do you hold back for testing"], ["supervised-learning/a-worked-example-building-a-spam-filter"], [["a fifth"]]),
    (["what is pca", "why squash the data down at all"], [U + "dimensionality-reduction-simplifies-complex-data"], [["plot it|faster"]]),
    (["what is unsupervised learning", "whats the big plus"], [U + "learning-from-unlabelled-data"], [["cheap and plentiful"]]),
    (["dbscan?", "anything i have to set"], [U + "when-k-means-clustering-fails-and-dbscan-helps"], [["distance setting"]]),
    (["what is deep learning", "what does it power"], ["what-is-ml/machine-learning-inside-the-wider-field-of-ai"], [["image, speech and language"]]),
    (["whats predictive analytics", "example?"], ["what-is-ml/everyday-machine-learning-services"], [["next month.s sales|machine part"]]),
    (["how do ml and gen ai feed each other", "how does gen ai help ml back"], ["ml-vs-generative-ai/how-machine-learning-and-generative-ai-feed-each-other"], [["synthetic examples"]]),
    (["is ml cheaper to run than gen ai", "any exceptions?"], ["ml-vs-generative-ai/comparing-efficiency-and-computing-needs", "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"], [["support vector machine"]]),
    (["what ai rules does the us have", "and in europe?"], ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["eu ai act|european union"]]),
    (["what is rl", "does it work for robots?"], ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["walk, grasp or balance"]]),
    (["how do language models work", "what do i need to run one at home"], ["language-models/small-language-models-versus-large-ones"], [["ordinary computer|laptop"]]),
    (["how is gen ai used in healthcare", "why does that speed up drug discovery"], ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"], [["most promising candidates"]]),
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
        f"facts = [{', '.join('[' + ', '.join(lit(a.replace(chr(92)*2, chr(92))) for a in f) + ']' for f in facts)}]\n"
    )


def main():
    rng = random.Random(29)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    half = len(order) // 2
    here = Path(__file__).parent
    for name, idx in (("work", order[:half]), ("measure", order[half:])):
        (here / name).mkdir(exist_ok=True)
        body = "\n".join(toml_case(*CASES[i]) for i in sorted(idx))
        head = f"# Fresh follow-ups (stop 29, helper fu), {name} half of a random split (seed 29).\n\n"
        (here / name / "followup.toml").write_text(head + body)


if __name__ == "__main__":
    main()
