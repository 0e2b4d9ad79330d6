"""Write the frame-s32 probes: first questions that name an industry setting or a workplace.
``frames``: the setting only says where the learner stands (a preamble before the asking clause,
"im a nurse, ...", "at my bank we ...", "my boss at the shop wants ...") while the asking clause
asks a general idea of the course (bias, hallucination, overfitting, benefits ...). ``asked``: the
setting is the question itself ("what does gen ai do in hospitals", "how are shops using ml").
Written from the lesson text before any answer was read; each kind split at random (seed 32)
into work/measure."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HC = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
RET = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
EDU = "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"
CS = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"

FRAMES = [
    ("im a nurse on a busy ward, how do these models end up treating some groups unfairly?",
     ["ethics-and-regulation/bias-inherited-from-training-data"], [["unfair"]]),
    ("at my bank we're trialling a chatbot, why does it sometimes just make stuff up?",
     ["hallucination/what-hallucination-means", "hallucination/why-next-token-prediction-produces-fluent-falsehoods"],
     [["hallucinat"]]),
    ("my boss at the clothes shop wants ai for everything. what are the main downsides of generative ai",
     ["benefits-and-limitations/where-generative-ai-falls-short"], [["limitation"]]),
    ("teacher here at a primary school - how do u check if a classifier is any good",
     ["evaluating-models/accuracy-the-share-of-predictions-that-are-right"], [["accuracy"]]),
    ("i work in a hospital lab. what is overfitting in plain words",
     ["training-and-overfitting/overfitting-and-underfitting"], [["overfit"]]),
    ("our call centre is thinking about it but how much does it cost to bring ai in",
     ["adoption-challenges/the-cost-of-implementing-ai"], [["infrastructure|maintenance"]]),
    ("i run a small online shop, whats a safe first step with ai without betting the whole business on it",
     ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["pilot"]]),
    ("at the school where i work the staff are scared of new tech, why do employees push back on ai tools",
     ["adoption-challenges/resistance-to-change-from-employees"], [["resistance|reluctan"]]),
    ("im a bank teller, what does deepfake actually mean",
     ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["deepfake"]]),
    ("we're a retail chain and my manager asked: can generative ai make fake training examples to pad out our data",
     ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["synthetic"]]),
    ("as a hospital admin i keep hearing 'large language model', what makes one large?",
     ["language-models/what-makes-a-language-model-large"], [["parameters"]]),
    ("my teacher friend asked me why the same prompt gives a great answer one time and rubbish the next",
     ["hallucination/why-generated-content-varies-in-quality"], [["quality"]]),
    ("i do customer service for a living, how does a chatbot choose the next word",
     ["language-models/next-token-prediction-step-by-step"], [["token"]]),
    ("our hospital wants to hire for ai, why is it so hard to find people with the skills",
     ["adoption-challenges/the-ai-skills-gap"], [["skills gap"]]),
    ("at the bank where i work people keep saying precision and recall, what r those",
     ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix",
      "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["precision"], ["recall"]]),
    ("i'm a shop manager; is there any law on ai in europe yet?",
     ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["AI Act"]]),
    ("im a school librarian, how can i tell if a chatbots answer is made up",
     ["hallucination/how-to-spot-and-reduce-hallucination"], [["check"]]),
    ("the IT guy at my clinic says generative models need heaps of data, what kind of training data do they need",
     ["data-and-compute/training-data-for-generative-models-large-clean-and-varied"], [["quality"], ["divers|varied"]]),
    ("we run a bakery shop and my boss keeps asking whats in it for us, what does machine learning do well",
     ["benefits-and-limitations/what-machine-learning-does-well"], [["benefit"]]),
    ("finance guy here. why bother with generative ai at all, is it worth it",
     ["benefits-and-limitations/what-generative-ai-does-well"], [["benefit"]]),
    ("im a teacher at a secondary school, what does unsupervised learning mean",
     ["unsupervised-learning/learning-from-unlabelled-data"], [["unlabel"]]),
    ("someone at the hospital pharmacy said gans have two networks fighting, is that right?",
     ["gans/the-generator-and-the-discriminator", "gans/how-adversarial-training-works"], [["generator"], ["discriminator"]]),
    ("i manage a supermarket. how does gradient descent work",
     ["training-and-overfitting/gradient-descent-in-plain-words"], [["loss"]]),
    ("our banks compliance team keeps on about responsible ai frameworks, what goes in one",
     ["ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks"], [["responsible"]]),
    ("im a shopkeeper and my sales data is full of typos and gaps, will that mess up a model",
     ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"], [["noisy|incomplete"]]),
    ("my nephew works in a call centre. can ai pictures be biased, like showing every ceo as a man",
     ["ethics-and-regulation/biased-or-harmful-generated-content"], [["stereotyp|bias"]]),
    ("im at a bank, how do you split data into a training set and a test set",
     ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"], [["test set"]]),
    ("at my clinic we are short on data, can ai invent extra fake examples to train on",
     ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["synthetic"]]),
    ("doctor here, quick one: why do chatbots sound so sure when theyre wrong",
     ["hallucination/why-next-token-prediction-produces-fluent-falsehoods", "hallucination/what-hallucination-means"],
     [["hallucinat"]]),
    ("my boss at the shop wants to know what a loss function is",
     ["training-and-overfitting/what-a-loss-function-measures", "evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"],
     [["loss"]]),
]

ASKED = [
    ("what does gen ai actually do in hospitals?", [HC], [["patient"]]),
    ("how are shops using machine learning", [RET], [["sales"]]),
    ("how do schools use ai", [EDU], [["student"]]),
    ("what can ai do for a call centre", [CS], [["sentiment|chatbot"]]),
    ("how do banks use ai to catch fraud", [FIN, "ml-applications/fraud-detection-with-machine-learning"], [["fraud"]]),
    ("can ai help teachers make new practice questions", [EDU], [["practice questions"]]),
    ("ai in retail, what is it used for", [RET], [["sales|product"]]),
    ("whats generative ai doing in finance these days", [FIN], [["document|investment"]]),
    ("how does ml help doctors spot disease on scans", [HC], [["scan"]]),
    ("could a chatbot answer the customers for our support team", [CS], [["chat"]]),
    ("do online shops write product descriptions with ai", [RET], [["product"]]),
    ("how would a bank use a language model for paperwork", [FIN], [["document"]]),
    ("is ai used in education to personalise learning", [EDU], [["personalis"]]),
    ("uses of ml in healthcare pls", [HC], [["patient|scan"]]),
    ("im a nurse - what does ai do in healthcare", [HC], [["patient"]]),
    ("i work at a bank, how do banks use gen ai", [FIN], [["document|investment"]]),
    ("my school is curious, how could ai be a virtual tutor for students", [EDU], [["tutor"]]),
    ("how do customer support teams tell if customers are angry", [CS], [["sentiment"]]),
    ("give me examples of ai in hospitals", [HC], [["patient|scan"]]),
    ("what jobs does ml do in finance", [FIN], [["fraud"]]),
    ("how can a shop know how much stock to order using ml", [RET], [["stock"]]),
    ("can gen ai draft treatment plans for patients", [HC], [["treatment"]]),
    ("what does ai do at call centres, like sorting messages", [CS], [["topic|route"]]),
    ("does generative ai help banks give investment advice", [FIN], [["investment"]]),
    ("how do retailers use ai for the 'customers also bought' thing",
     [RET, "ml-applications/recommendation-systems-for-products-movies-and-music"], [["recommend"]]),
    ("ai for teachers, whats out there", [EDU], [["student"]]),
    ("how can ai help a bank with money laundering", [FIN], [["laundering"]]),
    ("im a shop owner, how are stores like mine using generative ai", [RET], [["product"]]),
    ("what ai stuff gets used in customer service nowadays", [CS], [["sentiment|chatbot"]]),
    ("how is machine learning used in schools and education", [EDU], [["learning path|student"]]),
]


def main() -> None:
    here = Path(__file__).parent
    rng = random.Random(32)
    kinds = {"frames": FRAMES, "asked": ASKED}
    cases = {k: [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in v] for k, v in kinds.items()}
    probekit.check_facts([c for v in cases.values() for c in v])
    for kind, items in cases.items():
        work, measure = probekit.halves(items, rng)
        for name, half in (("work", work), ("measure", measure)):
            head = f"# frame-s32 ({kind}): a setting that frames vs a setting asked about; {name} half, seed 32.\n\n"
            probekit.write_cases(here / name / f"{kind}.toml", head, half)


if __name__ == "__main__":
    main()
