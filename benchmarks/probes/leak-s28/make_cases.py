"""Writes the leak-s28 probe cases and splits them at random (seed 28) into work/ and measure/.

Run once, before any answer is read: python benchmarks/probes/leak-s28/make_cases.py
"""
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
L = "# leak-s28 ({half}): written from the course text before any answer was read; seed 28.\n"

# (1a) follow-ups whose last turn leaves the course: an everyday thing that shares a word or
# stem with the first question, an untaught ML term, or a request outside a tutor's job.
LEAKS = [
    (["what is the learning rate in gradient descent", "and the interest rate at my bank?"], "interest rate"),
    (["whats a loss function", "and how do i lose weight fast"], "weight loss"),
    (["what is a reward in reinforcement learning", "and the rewards on my credit card?"], "credit card rewards"),
    (["what does an agent do in rl", "and how do i become a travel agent"], "travel agent"),
    (["what is the environment in reinforcement learning", "and how can i help the environment, like recycling?"], "recycling"),
    (["what is a policy in rl", "and does my car insurance policy cover hail damage?"], "insurance"),
    (["how does clustering work", "and how many grapes grow in a cluster?"], "grapes"),
    (["what is a decoder in a vae", "and where can i buy a secret decoder ring for my kid"], "decoder ring"),
    (["what is overfitting", "and my jeans fit too tight, what size should i get"], "jeans"),
    (["explain mode collapse in gans", "and why did the bridge in genoa collapse?"], "bridge"),
    (["why do we need a test set", "and how do i pass my driving test?"], "driving test"),
    (["what does precision mean for a classifier", "and which precision screwdrivers are best?"], "screwdrivers"),
    (["what is recall", "and is there a recall on my toyota?"], "toyota"),
    (["how does a neural network work", "and how many neurons are in the human brain?"], "brain"),
    (["what are features in ml", "and what are the features of the new iphone"], "iphone"),
    (["what is bias in ai", "and how do i cut fabric on the bias?"], "sewing"),
    (["what is a pilot project for ai", "and how long does it take to become an airline pilot?"], "airline pilot"),
    (["what does hallucination mean for chatbots", "and is it normal for kids to hallucinate with a high fever?"], "fever"),
    (["what is a kaggle competition good for", "and who won the football match last night?"], "football"),
    (["what is temperature when sampling text", "and whats the weather in paris tomorrow"], "weather"),
    (["how does a recommendation system work", "and the best movies of 2024?"], "movies of 2024"),
    (["what is a token", "and how much is a bus token in new york?"], "bus token"),
    (["what's a deepfake", "and how do i spot a fake designer handbag?"], "handbag"),
    (["how does k-means pick its centres", "and the best pizza place in the city centre?"], "pizza"),
    (["what is gradient descent", "and the fastest way down a mountain on skis?"], "skiing"),
    (["what is a discriminator", "and the stock price of nvidia?"], "stock price"),
    (["how do transformers work in llms", "and the transformers movies, which is best?"], "films"),
    (["what is a latent space", "and bitcoin?"], "bitcoin"),
    (["what is supervised learning", "and the lottery numbers?"], "lottery"),
    (["what is a gan", "and a good banana bread recipe?"], "banana bread"),
    # untaught ML terms asked as a follow-up
    (["what is a decision tree", "and what about random forests?"], "random forest"),
    (["which supervised algorithms are common", "and lightgbm?"], "lightgbm"),
    (["how does k-means work", "and hierarchical clustering?"], "hierarchical clustering"),
    (["what is pca", "and what about t-sne?"], "t-sne"),
    (["what is q-learning", "and sarsa, how is it different?"], "sarsa"),
    (["what is a gan", "and stylegan?"], "stylegan"),
    (["how does gradient descent work", "and the adam optimizer?"], "adam"),
    (["what is regularisation", "and dropout, how does that work?"], "dropout"),
    (["what is accuracy", "and the f1 score?"], "f1 score"),
    (["how do you split data into train and test", "and k-fold cross validation?"], "cross validation"),
    (["what is retrieval augmented generation", "and vector databases, how do they work?"], "vector database"),
    (["what is top-k sampling", "and beam search?"], "beam search"),
    (["what is a tokenizer", "and byte pair encoding?"], "byte pair encoding"),
    # requests outside a tutor's job, asked as a follow-up
    (["what is overfitting", "ok write me a 500 word essay about that for my class"], "essay"),
    (["how does a language model work", "translate your answer into spanish please"], "translation"),
    (["how does gradient descent work", "cool now write the python code for it"], "code"),
    (["how does fraud detection work", "my card got charged twice, how do i get a refund?"], "refund"),
    (["what is sentiment analysis", "analyse the sentiment of this review: the food was cold and awful"], "task"),
    (["how do chatbots like chatgpt work", "can you do my maths homework then"], "homework"),
    (["what is image generation", "generate me a picture of a dog on a skateboard"], "picture"),
]

# (1b) follow-ups whose last turn is a real qualifier of the first question: it carries the topic.
CARRIES = [
    (["what does ml do in healthcare", "and in retail?"],
     ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["future sales|sales volumes"]]),
    (["what did the us executive order on ai say", "and the european one?"],
     ["ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["risk"]]),
    (["what are gans used for", "and vaes?"],
     ["vaes/what-vaes-are-used-for"], [["images, text and music|anomaly detection"]]),
    (["what skills do i need for machine learning", "and for gen ai?"],
     ["skills-and-learning-paths/skills-for-working-in-generative-ai"], [["creativity"]]),
    (["what is greedy decoding", "and top-p?"],
     ["language-models/sampling-temperature-top-k-and-top-p"], [["nucleus|add up to p"]]),
    (["what is a false positive", "and a false negative?"],
     ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"], [["slipped through"]]),
    (["what does a low temperature do to the text", "and a high one?"],
     ["language-models/sampling-temperature-top-k-and-top-p"], [["flattens|nonsense"]]),
    (["what is underfitting", "and overfitting?"],
     ["training-and-overfitting/overfitting-and-underfitting"], [["too closely|noise"]]),
    (["how is ml used in finance", "and genai there?"],
     ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["investment strateg|loan|insurance polic"]]),
    (["how are generated images judged for realism", "and diversity?"],
     ["evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"], [["variety|repeating"]]),
    (["what is exploitation in rl", "and exploration?"],
     ["reinforcement-learning/exploration-versus-exploitation"], [["trying other actions|try something new"]]),
    (["what is the reconstruction term in a vae loss", "and the kl one?"],
     ["vaes/why-the-autoencoder-is-called-variational"], [["bell curve"]]),
    (["where is reinforcement learning used", "and in robots?"],
     ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["walk, grasp|grasp"]]),
    (["what degree should i get for machine learning", "and online?"],
     ["skills-and-learning-paths/educational-paths-into-machine-learning",
      "skills-and-learning-paths/ways-to-engage-with-the-ai-community"], [["coursera"]]),
    (["what data does supervised learning need", "and unsupervised?"],
     ["unsupervised-learning/learning-from-unlabelled-data",
      "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["unlabelled"]]),
    (["how does k-means fail", "and dbscan?"],
     ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"], [["density"]]),
    (["what is precision", "and for catching fraud?"],
     ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"], [["honest customers"]]),
    (["what is data augmentation", "and for a hospital with few photos?"],
     ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["50"]]),
    (["how does ml help customer support", "and the chatbots?"],
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"], [["routine quer"]]),
    (["what is the skills gap in ai adoption", "and resistance from staff?"],
     ["adoption-challenges/resistance-to-change-from-employees"], [["jobs|complexity"]]),
]

# (2) first questions naming an everyday setting (a platform, a place, a product, a device)
# that the course itself teaches about.
SETTINGS = [
    ("can i learn ml through online courses like coursera?",
     ["skills-and-learning-paths/educational-paths-into-machine-learning",
      "skills-and-learning-paths/ways-to-engage-with-the-ai-community"], [["coursera"]]),
    ("online learning platforms for gen ai, is dataquest one?",
     ["skills-and-learning-paths/educational-paths-into-generative-ai",
      "skills-and-learning-paths/ways-to-engage-with-the-ai-community"], [["dataquest"]]),
    ("are kaggle comps worth it for learning machine learning",
     ["skills-and-learning-paths/educational-paths-into-machine-learning"], [["leaderboard"]]),
    ("how do online shops decide what products to recommend me",
     ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["bought|similar users"]]),
    ("how does my bank catch fraud on my card while im paying",
     ["ml-applications/fraud-detection-with-machine-learning",
      "industry-use-cases/finance-catching-fraud-and-handling-documents"], [["real time"]]),
    ("how can a hospital with few scans use genai to get more training pics",
     ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"], [["synthetic"]]),
    ("why do the demos here run on my laptop with no gpu",
     ["data-and-compute/why-this-tutor-s-demos-run-on-a-laptop-cpu"], [["tiny"]]),
    ("how do robots learn to walk using reinforcement learning",
     ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["walk"]]),
    ("could a little bakery build its own chatbot without coding",
     ["future-trends/custom-mini-chatbots-built-without-code"], [["no programming|without writing"]]),
    ("self driving cars, do they use reinforcement learning?",
     ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"], [["self-driving"]]),
    ("should i join linkedin groups to get into ai",
     ["skills-and-learning-paths/ways-to-engage-with-the-ai-community"], [["linkedin"]]),
    ("do the demos in this app use pytorch or tensorflow",
     ["skills-and-learning-paths/skills-for-working-in-machine-learning"], [["pytorch"]]),
    ("how were deepfakes used in argentina's election",
     ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster"], [["poster"]]),
    ("how do streaming apps choose which movies to show me",
     ["ml-applications/recommendation-systems-for-products-movies-and-music"], [["watched|rated|similar"]]),
    ("in a factory how does machine learning reject faulty products",
     ["benefits-and-limitations/what-machine-learning-does-well"], [["camera images"]]),
    ("how does alexa or siri understand what i say",
     ["ml-applications/image-and-speech-recognition"], [["speech recognition"]]),
    ("can genai make textures and landscapes for virtual reality games",
     ["generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"], [["textures"]]),
    ("how does ml personalise a student's learning path at school",
     ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"], [["performance|performs"]]),
    ("whats the frozenlake game in the gymnasium library",
     ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"], [["4 by 4|holes"]]),
    ("can i run a small language model offline on my laptop",
     ["language-models/small-language-models-versus-large-ones"], [["135"]]),
    ("how could a shop try ai with a small pilot first",
     ["adoption-challenges/a-small-pilot-project-as-a-first-step"], [["run out|low-risk"]]),
    ("how do web shops use genai for virtual try ons",
     ["industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["try-on"]]),
]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lst(xs):
    return "[" + ", ".join(q(x) for x in xs) + "]"


def facts(fs):
    return "[" + ", ".join("[" + ", ".join("'" + a + "'" for a in f) + "]" for f in fs) + "]"


def main():
    rng = random.Random(28)
    halves = {"work": {"followup": [], "paraphrase": []}, "measure": {"followup": [], "paraphrase": []}}
    leaks = [("followup", f"[[case]]  # leak: {term}\nkind = \"followup\"\nturns = {lst(t)}\nin_scope = false\n")
             for t, term in LEAKS]
    carries = [("followup", f"[[case]]  # carries\nkind = \"followup\"\nturns = {lst(t)}\nin_scope = true\n"
                f"sections = {lst(s)}\nfacts = {facts(f)}\n") for t, s, f in CARRIES]
    settings = [("paraphrase", f"[[case]]  # setting\nkind = \"paraphrase\"\nquestion = {q(t)}\nin_scope = true\n"
                 f"sections = {lst(s)}\nfacts = {facts(f)}\n") for t, s, f in SETTINGS]
    for group in (leaks, carries, settings):
        rng.shuffle(group)
        cut = (len(group) + 1) // 2
        for i, (kind, text) in enumerate(group):
            halves["work" if i < cut else "measure"][kind].append(text)
    for half, kinds in halves.items():
        (HERE / half).mkdir(exist_ok=True)
        for kind, texts in kinds.items():
            (HERE / half / f"{kind}.toml").write_text(L.format(half=half) + "\n" + "\n".join(texts))


if __name__ == "__main__":
    main()
