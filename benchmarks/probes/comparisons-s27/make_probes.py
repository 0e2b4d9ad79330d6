import random, re, sys, json
sys.path.insert(0, "/work/wt/comp")
from tutor.core.knowledge import load_course
c = load_course()
A = {"wml":"what-is-ml","sl":"supervised-learning","ul":"unsupervised-learning","rl":"reinforcement-learning",
"tof":"training-and-overfitting","wga":"what-is-generative-ai","gans":"gans","vaes":"vaes","lm":"language-models",
"hal":"hallucination","mvg":"ml-vs-generative-ai","ev":"evaluating-models","dc":"data-and-compute","mla":"ml-applications",
"gaa":"generative-ai-applications","ind":"industry-use-cases","bl":"benefits-and-limitations","eth":"ethics-and-regulation",
"ft":"future-trends","ad":"adoption-challenges","sk":"skills-and-learning-paths"}
def full(s):
    l, _, slug = s.partition("/")
    return A[l] + "/" + slug
C = []  # (question_or_turns, sides, facts)
def q(question, sides, facts): C.append((question, [[full(s) for s in side] for side in sides], facts))
q("which should i use to split my customers into groups nobody labelled, supervised or unsupervised", [["ul/learning-from-unlabelled-data"],["sl/learning-from-labelled-examples"]], [["no labels|without any correct answer"],["labelled example|label"]])
q("is a decision tree more accurate than a neural network", [["sl/common-supervised-learning-algorithms"]], [["yes-or-no questions"],["layers|complex patterns"],["No single algorithm wins"]])
q("how do a gan and a language model learn differently", [["gans/one-model-generates-another-evaluates"]], [["discriminator|evaluat"],["next token"]])
q("what do gans and vaes have in common", [["vaes/vaes-compared-with-gans"]], [["both generative models|generative models"]])
q("what do supervised and unsupervised learnig have in common", [["wml/three-ways-a-machine-can-learn"]], [["three types"],["correct answer attached"],["no answers at all"]])
q("what do machine learning and generative ai have in common", [["mvg/generative-ai-is-built-on-machine-learning"]], [["same machine learning toolkit|training data, a loss function"],["every generative AI system is a machine learning system"]])
q("chatgpt or a spam filter - which one can make stuff up", [["hal/what-hallucination-means"],["wga/generative-ai-is-not-the-same-thing-as-ai"]], [["hallucinat"],["spam filter"]])
q("k-means or dbscan for clusters shaped like rings", [["ul/when-k-means-clustering-fails-and-dbscan-helps"]], [["round blobs"],["any shape|ring"]])
q("top-k or top-p, whats better at keeping the text sensible", [["lm/sampling-temperature-top-k-and-top-p"]], [["k most likely"],["add up to p"]])
q("is precision more important than recall for cancer screening", [["ev/why-fraud-and-disease-detection-need-both-precision-and-recall"]], [["high recall"],["false negative|missed patient"]])
q("regression or classification for guessing tomorrows temperature", [["sl/classification-versus-regression"]], [["Regression predicts a number|continuous"],["temperature"]])
q("overfitting compared with underfitting in terms of training and test scores", [["tof/overfitting-and-underfitting"]], [["high score on the training set|lower score on the test set"],["poorly on both"]])
q("why would someone pick a vae over a gan", [["vaes/vaes-compared-with-gans"]], [["stable"],["encoder"]])
q("why would a company pick a small language model over a big one", [["lm/small-language-models-versus-large-ones"]], [["speed|low memory|ordinary computer"],["private|laptop"]])
q("machine learning compared with generative ai in terms of computing cost", [["mvg/comparing-efficiency-and-computing-needs"]], [["little comput"],["great deal of comput|computationally demanding"]])
q("ml vs gen ai in terms of the data they need", [["dc/data-needs-of-supervised-unsupervised-and-reinforcement-learning"],["dc/training-data-for-generative-models-large-clean-and-varied"]], [["labelled|labels"],["high-quality, diverse|large, clean|diverse"]])
q("whats riskier, a biased loan model or a chatbot spitting out harmful stuff", [["eth/bias-inherited-from-training-data"],["eth/biased-or-harmful-generated-content"]], [["loan|credit model"],["spread widely|risk is larger"]])
q("reinforcement learning vs supervised learning in terms of data", [["rl/feedback-from-an-environment-instead-of-a-dataset"]], [["environment"],["table of inputs and correct answers|fixed table"]])
q("how is a recommender diffrent from an ai that makes you a playlist", [["gaa/music-composition-and-personalised-playlists"]], [["picks existing songs"],["did not exist before"]])
q("temperature vs top-k, how are they different", [["lm/sampling-temperature-top-k-and-top-p"]], [["flattens|sharpens"],["k most likely"]])
q("what do k-means and dbscan have in common", [["ul/when-k-means-clustering-fails-and-dbscan-helps"]], [["cluster"],["density"]])
q("exploration or exploitation, which one should a brand new agent do more of", [["rl/exploration-versus-exploitation"]], [["high epsilon|exploring a lot early"]])
q("a train set vs a test set - whats the point of having two", [["tof/splitting-data-into-a-training-set-and-a-test-set"]], [["learns from"],["fresh exam|honest estimate|hidden until the end"]])
q("gradient descent vs a loss function - how do they work together", [["tof/what-a-loss-function-measures"],["tof/gradient-descent-in-plain-words"]], [["single number"],["downhill|slope"]])
q("is a gan better than a vae at sharp pictures", [["vaes/vaes-compared-with-gans"]], [["sharper"],["blurr"]])
q("gpt-4 or the tiny model in this app, whats better at getting facts right", [["lm/small-language-models-versus-large-ones"]], [["forgets facts|invents details"],["far more accurately"]])
q("which should i use to write 1000 product descriptions, ml or generative ai", [["ind/retail-predicting-sales-and-writing-product-content"]], [["product descriptions"],["predict future sales|predict"]])
q("grounded answers vs a chatbot answering from memory, which one makes stuff up more", [["hal/grounding-answering-from-sources-instead-of-memory"]], [["trusted sources"],["appear in no lesson|can contain details"]])
q("how does this tutor's normal answer differ from /ask-gen", [["hal/grounding-answering-from-sources-instead-of-memory"]], [["extractive|quotes whole sentences"],["write new text|small language model"]])
q("a fraud model vs an llm at a bank, what jobs do they each do", [["ind/finance-catching-fraud-and-handling-documents"]], [["fraud"],["documents|summarise"]])
q("how are ml and gen ai used differently in hospitals", [["ind/healthcare-detecting-disease-and-drafting-treatment-plans"]], [["detect disease|X-rays"],["treatment plan|clinical notes"]])
q("in schools what does machine learning do vs what gen ai does", [["ind/education-personalised-learning-paths-and-virtual-tutors"]], [["learning path"],["practice questions|virtual tutor"]])
q("sentiment analysis or a chatbot — which one actually talks to the customer", [["ind/customer-support-sentiment-analysis-and-chatbots"]], [["actually powers|hold the conversation|holds the conversation"]])
q("what do a vae and a language model have in common", [["gans/one-model-generates-another-evaluates"]], [["single"],["no opponent|without a discriminator"]])
q("pca vs k-means what are they each for", [["ul/dimensionality-reduction-simplifies-complex-data"],["ul/how-k-means-finds-clusters"]], [["fewer numbers|directions"],["groups|centre"]])
q("mode collapse vs blurry outputs — which model has which problem", [["vaes/vaes-compared-with-gans"]], [["mode collapse"],["blurr"]])
q("us executive order or eu ai act, which one is stricter", [["eth/ai-regulation-the-us-executive-order-and-the-eu-ai-act"]], [["share safety test results"],["by risk|banned"]])
q("the skills gap vs staff not wanting ai, how are those different problems", [["ad/the-ai-skills-gap"],["ad/resistance-to-change-from-employees"]], [["shortage of people|expertise"],["reluctance|fear"]])
q("is ai cheaper for a big company than for a small shop", [["ad/the-cost-of-implementing-ai"]], [["smaller budgets|Small businesses feel"]])
q("what skills does gen ai work need compared to ml work", [["sk/skills-for-working-in-generative-ai"],["sk/skills-for-working-in-machine-learning"]], [["creativity"],["python|pytorch"]])
q("uni degree vs online courses for getting into ml, whats better", [["sk/educational-paths-into-machine-learning"]], [["degree in computer science"],["coursera|flexible"]])
q("is ai just a fancy word for machine learning or no", [["wml/machine-learning-inside-the-wider-field-of-ai"]], [["umbrella"],["subfields|one of the broadest"]])
q("deep learning vs machine learning, hows that relate", [["wml/machine-learning-inside-the-wider-field-of-ai"]], [["neural networks with many layers"],["part of machine learning"]])
q("writing the rules by hand vs letting the computer learn them whats the diff", [["wml/learning-from-data-instead-of-hand-written-rules"]], [["thinks up the rules|types them in"],["supplies many examples|works out the rules"]])
q("a classifier vs a generator both trained on cat pics, what does each one do", [["wga/the-cat-pictures-example-of-generative-ai"]], [["cat or dog"],["creates a new one|new, realistic cat"]])
q("which one learns faster, a robot practising in real life or in a simulator", [["rl/feedback-from-an-environment-instead-of-a-dataset"]], [["millions of cheap trials"],["slow, costly or dangerous"]])
q("fraud detection vs anomaly detection, arent they the same", [["mla/fraud-detection-with-machine-learning"],["mla/predictive-analytics-and-anomaly-detection"]], [["supervised learning on past transactions|labelled .fraud."],["unsupervised|do not fit the usual pattern"]])
q("predictive analytics vs a text generator, what does each give you", [["mla/predictive-analytics-and-anomaly-detection"],["gaa/text-generation-for-content-dialogue-and-creative-writing"]], [["forecast"],["new text|one token at a time"]])
q("speech recognition vs a voice generator - is one ml and the other gen ai", [["mla/image-and-speech-recognition"],["gaa/code-audio-and-new-drug-molecules"]], [["spoken language into text|map the sound"],["produce speech|Audio generation"]])
q("real photos vs fake generated ones for training a classifier, pros and cons", [["gaa/data-augmentation-with-synthetic-training-examples"]], [["scarce|more training examples"],["unrealistic or repetitive"]])
q("precision vs accuracy which should a bank look at for fraud", [["ev/accuracy-the-share-of-predictions-that-are-right"],["ev/precision-and-recall-computed-from-a-confusion-matrix"]], [["98 percent|catches no fraud|rare"],["raises an alarm|TP / \\(TP \\+ FP\\)"]])
q("whats better at spotting weird sensor readings, supervised or unsupervised", [["ul/what-unsupervised-learning-is-used-for"]], [["unsupervised"],["normal"]])
q("what does ml do well vs what gen ai does well", [["bl/what-machine-learning-does-well"],["bl/what-generative-ai-does-well"]], [["automates data analysis|anomal"],["content production|creative"]])
q("downsides of ml compared with the downsides of genrative ai", [["bl/where-machine-learning-falls-short"],["bl/where-generative-ai-falls-short"]], [["noisy|incomplete"],["groundbreaking"]])
q("ml and gen ai, how is accuracy different for each", [["mvg/comparing-accuracy-and-adaptability"]], [["right answer"],["realistic and unique"]])
q("which adapts better to new kinds of tasks, predictive models or generative ones", [["mvg/comparing-accuracy-and-adaptability"]], [["creative tasks"],["specific task"]])
q("gan vs diffusion model how do they differ", [["gans/one-model-generates-another-evaluates"]], [["remove noise"],["discriminator"]])
q("normal personalisation vs hyper personalisation", [["ft/hyper-personalisation-with-machine-learning"]], [["few groups"],["one person at one moment|each individual"]])
q("text to image vs text to video, why is video so much harder", [["ft/text-to-video-the-next-frontier-for-generative-ai"]], [["every frame|consistent"]])
q("labelled data vs unlabelled data which is cheaper", [["sl/why-supervised-learning-needs-large-labelled-datasets"],["ul/learning-from-unlabelled-data"]], [["expensive"],["cheap and plentiful"]])
q("greedy decoding or random sampling for a story writing bot", [["lm/sampling-temperature-top-k-and-top-p"]], [["dull and repetitive|predictable"],["variety"]])
q("an svm vs linear regression, whats each one for", [["sl/common-supervised-learning-algorithms"]], [["widest possible gap|margin"],["straight line|weighted sum"]])
q("chess engine or chatgpt, which one counts as generative ai", [["wga/generative-ai-is-not-the-same-thing-as-ai"]], [["chess engines|generate nothing"],["new content"]])
q("the rl agent in the ice game vs a spam filter, how do they learn differently", [["rl/q-learning-in-the-frozenlake-grid-world"],["sl/a-worked-example-building-a-spam-filter"]], [["reward"],["labels|marked as .spam."]])
q("bias in a hiring model compared with bias in an image generator", [["bl/where-machine-learning-falls-short"],["bl/where-generative-ai-falls-short"]], [["hiring model"],["doctor"]])
q("a small pilot or going all in with ai, whats safer for a business", [["ad/a-small-pilot-project-as-a-first-step"]], [["low-risk"],["before committing"]])
q("tokens vs words, are they the same thing", [["lm/tokens-the-pieces-of-text-a-model-reads-and-writes"]], [["piece of a longer word|pieces"],["single token"]])
q("what do gpt-4 and gemini have in common", [["lm/what-makes-a-language-model-large"]], [["multimodal"]])
q("is a language model's loss the same as a gan's loss", [["ev/loss-functions-as-a-quantitative-check-on-generative-models"]], [["cross-entropy of the next token"],["two losses"]])
q("responsible ai frameworks vs the eu ai act, ones a law and ones not right", [["eth/misuse-concerns-and-responsible-ai-frameworks"],["eth/ai-regulation-the-us-executive-order-and-the-eu-ai-act"]], [["principles and practices"],["a law"]])
q("which is more expensive to train, a gan or a simple decision tree", [["dc/compute-after-training-machine-learning-versus-heavy-generative-models"]], [["decision tree"],["computationally demanding|two networks"]])
q("the models in this app vs chatgpt, why can these run on my laptop", [["dc/why-this-tutor-s-demos-run-on-a-laptop-cpu"]], [["tiny"],["billions of parameters"]])
q("predicting vs creating explain like im 10", [["mvg/predicting-versus-creating-two-different-goals"]], [["already exists"],["did not exist before"]])
q("gen ai inventing drug molecules vs ml spotting disease on scans, whats the difference", [["ind/healthcare-detecting-disease-and-drafting-treatment-plans"]], [["molecular structures"],["scans|X-rays"]])
q("epsilon greedy vs always picking the best move", [["rl/exploration-versus-exploitation"]], [["random action"],["stuck"]])
q("cumulative reward vs the next reward, which does the agent care about", [["rl/maximising-cumulative-reward"]], [["total reward|whole episode"],["short-sighted"]])
q("vae vs a plain autoencoder, whats the variational bit", [["vaes/why-the-autoencoder-is-called-variational"]], [["probability distribution"],["centre and a spread"]])
q("whcih is better for a shop that wants to know next months sales, ml or gen ai", [["mla/predictive-analytics-and-anomaly-detection"]], [["next month.s sales|forecast"]])
q("custom mini chatbot vs coding your own ai, whats easier", [["ft/custom-mini-chatbots-built-without-code"]], [["without writing a line of code|without code"]])
q("is a multimodal chatbot better than a text only one", [["ft/multimodal-chatbots-such-as-gpt-4-and-gemini"]], [["more than one kind of data|text, images and audio"]])
F = []
def f(turns, sides, facts): F.append((turns, [[full(s) for s in side] for side in sides], facts))
f(["what is a vae", "and how is that different from a gan?"], [["vaes/vaes-compared-with-gans"]], [["sharper|blurr|mode collapse"]])
f(["how does k-means work", "how is that different from dbscan"], [["ul/when-k-means-clustering-fails-and-dbscan-helps"]], [["density|any shape"]])
f(["what is supervised learning", "what about unsupervised, how is it different"], [["ul/learning-from-unlabelled-data"]], [["no labels"]])
f(["explain overfitting", "and underfitting, whats the difference"], [["tof/overfitting-and-underfitting"]], [["too simple|poorly on both"]])
f(["what is precision", "how is it different from recall"], [["ev/precision-and-recall-computed-from-a-confusion-matrix"]], [["of all the real cases|TP / \\(TP \\+ FN\\)"]])
f(["what is a gan", "what do it and a vae have in common"], [["vaes/vaes-compared-with-gans"]], [["both generative models"]])
f(["how does a language model write text", "is that how image generators work too?"], [["gans/one-model-generates-another-evaluates"]], [["diffusion|remove noise"]])
f(["what does reinforcement learning need instead of a dataset", "and supervised learning?"], [["rl/feedback-from-an-environment-instead-of-a-dataset"]], [["correct answers|labelled"]])
f(["whats a large language model", "vs a small one, which should i run on my laptop"], [["lm/small-language-models-versus-large-ones"]], [["ordinary computer|laptop"]])
f(["what is temperature in sampling", "how is top-p different"], [["lm/sampling-temperature-top-k-and-top-p"]], [["add up to p|nucleus"]])
f(["what does the eu ai act do", "how is that different from what the us did"], [["eth/ai-regulation-the-us-executive-order-and-the-eu-ai-act"]], [["executive order"],["safety test results"]])
f(["what is classification", "and regression, how do they differ"], [["sl/classification-versus-regression"]], [["number|continuous"]])
f(["how is ml used in retail", "and what does gen ai do there that ml doesnt"], [["ind/retail-predicting-sales-and-writing-product-content"]], [["product descriptions|virtual try-ons"]])

bad = 0
def said(ref):
    l, _, s = ref.partition("/")
    return " ".join(c.section(f"{l}#{s}").sentences)
for qq, sides, facts in C + F:
    for i, fact in enumerate(facts):
        refs = sides[i] if len(facts) == len(sides) else [r for sd in sides for r in sd]
        for r in refs:
            try: t = said(r)
            except Exception as e: print("BADREF", r, e); bad += 1; continue
            if not any(re.search(a, t, re.I) for a in fact):
                print("UNSTATED", qq, r, fact); bad += 1
print(len(C), len(F), "bad", bad)
def esc(s): return s.replace("\\", "\\\\").replace('"', '\\"')
def case(kind, qq, sides, facts):
    secs = []
    for sd in sides:
        for r in sd:
            if r not in secs: secs.append(r)
    lines = ["[[case]]", f'kind = "{kind}"']
    if isinstance(qq, list): lines.append("turns = [" + ", ".join(f'"{esc(t)}"' for t in qq) + "]")
    else: lines.append(f'question = "{esc(qq)}"')
    lines.append("in_scope = true")
    lines.append("sections = [" + ", ".join(f'"{s}"' for s in secs) + "]")
    lines.append("sides = [" + ", ".join("[" + ", ".join(f'"{s}"' for s in sd) + "]" for sd in sides) + "]")
    lines.append("facts = [" + ", ".join("[" + ", ".join(f"'{a}'" for a in fact) + "]" for fact in facts) + "]")
    return "\n".join(lines) + "\n"
if bad == 0 and "--write" in sys.argv:
    import os
    rng = random.Random(2727)
    base = "/work/wt/comp/benchmarks/probes/comparisons-s27"
    for kind, items in (("comparison", C), ("followup", F)):
        idx = list(range(len(items))); rng.shuffle(idx)
        half = set(idx[: len(idx) // 2])
        for part, sel in (("work", [i for i in range(len(items)) if i in half]), ("measure", [i for i in range(len(items)) if i not in half])):
            os.makedirs(f"{base}/{part}", exist_ok=True)
            hdr = f"# Fresh comparison probes (stop 27, {part} half): written from the course text before any answer was read,\n# split at random (seed 2727) before running. 'sides' lists, per side, the sections that answer it.\n\n"
            with open(f"{base}/{part}/{kind}.toml", "w") as fh:
                fh.write(hdr + "\n".join(case(kind, *items[i]) for i in sel))
