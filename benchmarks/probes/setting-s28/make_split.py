B="benefits-and-limitations/"; E="ethics-and-regulation/"; H="hallucination/"; I="industry-use-cases/"
Q=[
("what could go wrong if a bank lets a model decide who gets a loan",[E+"bias-inherited-from-training-data"],[["bias"]]),
("my school wants chatgpt to mark homework, whats the catch",[B+"where-generative-ai-falls-short",H+"what-hallucination-means"],[["false|wrong"]]),
("the hospital chatbot told a patient a made up dose, why do bots invent stuff",[H+"what-hallucination-means",H+"why-next-token-prediction-produces-fluent-falsehoods"],[["confident"]]),
("the supermarket near me puts shoppers into groups nobody defined beforehand, whats that technique called",["unsupervised-learning/clustering-groups-similar-data-points"],[["cluster"]]),
("the banks fraud model flags loads of normal payments, which score is too low there",["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix","evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"],[["precision"]]),
("a clinic has only a few hundred scans, can made up images help train its model",["generative-ai-applications/data-augmentation-with-synthetic-training-examples"],[["synthetic"]]),
("how could a help desk bot stop making up answers, like only answering from the company's own articles",[H+"grounding-answering-from-sources-instead-of-memory"],[["retriev|sources"]]),
("hiring software that learned from old decisions, can it end up unfair to women",[E+"bias-inherited-from-training-data",B+"where-machine-learning-falls-short"],[["bias"]]),
("an online stores sales model was trained on data from years ago, is that a problem",[B+"where-machine-learning-falls-short"],[["outdated|no longer"]]),
("why does a teachers ai quiz maker give a great question one time and a rubbish one the next",[H+"why-generated-content-varies-in-quality"],[["sampl"]]),
("can a loan company's model be a black box where nobody knows why it said no",[E+"misuse-concerns-and-responsible-ai-frameworks"],[["interpretable"]]),
("for a hospital disease test what matters more, catching every sick person or not scaring healthy ones",["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"],[["recall"]]),
("a bank model did brilliantly on its training data and badly on new customers, what happened",["training-and-overfitting/overfitting-and-underfitting"],[["overfit"]]),
("our school's student data has loads of missing grades, will a model trained on it still work",["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"],[["missing|incomplete"]]),
("what laws cover a company using ai to screen job applicants",[E+"ai-regulation-the-us-executive-order-and-the-eu-ai-act"],[["risk"]]),
("if a company's cv screening tool was trained on who they hired before, would it be fair",[E+"bias-inherited-from-training-data",B+"where-machine-learning-falls-short"],[["bias"]]),
("if a bank only has a few fraud examples can gen ai make more to train on",["generative-ai-applications/data-augmentation-with-synthetic-training-examples"],[["synthetic"]]),
("whats the downside of a shop using gen ai to answer customer complaints",[B+"where-generative-ai-falls-short"],[["wrong|false|bias"]]),
("the essay checking ai at my kids school marks some groups of pupils lower, could it be biased",[E+"bias-inherited-from-training-data"],[["bias"]]),
("the ai that screens job applications keeps rejecting older people, why",[E+"bias-inherited-from-training-data",B+"where-machine-learning-falls-short"],[["bias"]]),
# the setting itself asked -> the industry section (or the adoption section for hiring staff)
("what does ai actually do in schools",[I+"education-personalised-learning-paths-and-virtual-tutors"],[["learning path|personalis"]]),
("how are banks using gen ai",[I+"finance-catching-fraud-and-handling-documents"],[["document|polic"]]),
("whats ai doing in hospitals these days",[I+"healthcare-detecting-disease-and-drafting-treatment-plans"],[["scan|x-ray|image"]]),
("how do online shops use machine learning and gen ai",[I+"retail-predicting-sales-and-writing-product-content"],[["predict"]]),
("call centres and ai, whats the deal",[I+"customer-support-sentiment-analysis-and-chatbots"],[["sentiment|chatbot"]]),
("in finance whats the ml part and whats the gen ai part",[I+"finance-catching-fraud-and-handling-documents"],[["fraud"]]),
("could a teacher get ai to make practice questions for the class",[I+"education-personalised-learning-paths-and-virtual-tutors"],[["practice questions"]]),
("can ai write the descriptions for every item in my webshop",[I+"retail-predicting-sales-and-writing-product-content"],[["product description"]]),
("why is it hard for companies to recruit ai experts",["adoption-challenges/the-ai-skills-gap"],[["hire|retain"]]),
("do doctors still make the final call if an ai drafts a treatment plan",[I+"healthcare-detecting-disease-and-drafting-treatment-plans"],[["review|responsib"]]),
("can an llm summarise a long loan agreement for me",[I+"finance-catching-fraud-and-handling-documents"],[["loan"]]),
("my manager wants to hire staff who know ai, why is that so tough",["adoption-challenges/the-ai-skills-gap"],[["hire|retain"]]),
("what is the bot doing when a shops website answers where is my order",[I+"customer-support-sentiment-analysis-and-chatbots"],[["routine|natural language"]]),
("how does ml help a shop know what stock to order",[I+"retail-predicting-sales-and-writing-product-content"],[["stock"]]),
]

import random, json, sys
sys.path.insert(0,'tests/core'); sys.path.insert(0,'.')
from learner_judge import unstated_facts
cases=[dict(kind="paraphrase",question=q,in_scope=True,sections=s,facts=f) for q,s,f in Q]
print(len(cases), unstated_facts(cases))
idx=list(range(len(cases))); random.Random(28).shuffle(idx)
half=len(cases)//2
def w(path, items, which):
    out=[f"# Fresh first questions where a setting word (school, bank, shop, hospital, help desk, hiring) frames\n# the question (issue 11, stop 28, helper `setting`): either a technique or risk asked in a setting\n# (-> the technique's section) or the setting itself asked (-> the industry section). Written from the\n# lesson text before any answer was read; split at random (seed 28). This is the {which} half.\n"]
    for c in items:
        out.append("\n[[case]]\nkind = \"paraphrase\"\nquestion = %s\nin_scope = true\nsections = %s\nfacts = %s\n"%(json.dumps(c['question']),json.dumps(c['sections']),json.dumps(c['facts'])))
    import os; os.makedirs(os.path.dirname(path),exist_ok=True); open(path,'w').write("".join(out))
w('benchmarks/probes/setting-s28/work/paraphrase.toml',[cases[i] for i in sorted(idx[:half])],'work')
w('benchmarks/probes/setting-s28/measure/paraphrase.toml',[cases[i] for i in sorted(idx[half:])],'measure')
