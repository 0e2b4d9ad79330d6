"""Write the names-s31 probes and split them at random (seed 31) into work/ and measure/.

Near misses named in words that partly overlap the course (an aspect or course word last, a typo,
a product feature in everyday words, AI-safety and research names, "which X method"), plus course
questions that look like near misses but are covered. Every near-miss term was checked absent
from knowledge/lessons/ with grep before any run.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

NEAR = [
    # a name whose last word is an aspect / course word
    ("how does time series forecasting handle the christmas spike in our sales data", "time series"),
    ("what is seasonality and why does my forecast keep missing it", "seasonality"),
    ("whats the frame problem in ai that my philosophy lecturer mentioned", "frame problem"),
    ("what is the cold start problem for a brand new app with no users", "cold start"),
    ("explain model collapse, when models get trained on their own generated output", "model collapse"),
    ("what is concept drift and why does a model get worse after a year in production", "concept drift"),
    ("what does the curse of dimensionality actually mean", "curse of dimensionality"),
    ("what is the credit assignment problem in learning from rewards", "credit assignment"),
    ("whats the bias-variance tradeoff in plain english", "bias-variance"),
    ("what is the black box problem with deep learning", "black box"),
    ("how does predictive maintenance work on factory machines", "predictive maintenance"),
    ("what is data drift monitoring and do we need it", "data drift"),
    # typos of untaught names
    ("how does autocorect on my phone know what word i meant", "autocorect"),
    ("what is tranfer learning and why does everyone use it", "tranfer learning"),
    ("can you explain federeted learning on phones", "federeted learning"),
    ("how does machine translaton like google translate work", "machine translaton"),
    ("what is a knowlege graph", "knowlege graph"),
    ("whats promt injection and why is it dangerous", "promt injection"),
    ("how do jailbrakes trick chatbots into saying bad stuff", "jailbrake"),
    ("what is objekt detection in self driving cars", "objekt detection"),
    ("how does speach synthesis make a computer voice sound human", "speach synthesis"),
    ("what is a time seires model", "time seires"),
    # product features in everyday words
    ("how does noise cancelling in earbuds figure out what sound to remove", "noise cancel"),
    ("how does face unlock on my phone know its me and not my twin", "face unlock"),
    ("how does portrait mode blur the background behind my head", "portrait mode"),
    ("how do live captions on video calls keep up with people talking", "live caption"),
    ("how does predictive text guess my next word on the keyboard", "predictive text"),
    ("how does the magic eraser tool remove people from my holiday photos", "magic eraser"),
    ("how does background blur in zoom know where my hair ends", "background blur"),
    ("how does song recognition work when i hold my phone up to the radio", "song recognition"),
    ("how does voice isolation on my phone calls cut out the traffic", "voice isolation"),
    ("my new car has adaptive headlights, how do they know where to point", "adaptive headlights"),
    # AI-safety and research names
    ("what is the alignment problem", "alignment"),
    ("what is interpretability research trying to do", "interpretability"),
    ("what does red teaming an ai model involve", "red teaming"),
    ("what is reward hacking", "reward hacking"),
    ("what is specification gaming in ai", "specification gaming"),
    ("what is scalable oversight", "scalable oversight"),
    ("what is constitutional ai", "constitutional"),
    ("what are emergent abilities in big models", "emergent"),
    ("what are scaling laws", "scaling law"),
    ("why do people worry about superintelligence", "superintelligence"),
    ("what is sycophancy in chatbots", "sycophancy"),
    ("what is corrigibility", "corrigibility"),
    ("what is the orthogonality thesis", "orthogonality"),
    ("what is the lottery ticket hypothesis", "lottery ticket"),
    ("what is the bitter lesson essay about", "bitter lesson"),
    ("what is grokking in neural nets", "grokking"),
    ("whats double descent", "double descent"),
    ("what is mechanistic interpretability", "mechanistic interpretability"),
    # "which X method" with a one-word X
    ("which forecasting method should a small bakery use", "forecasting method"),
    ("which imputation method is best for missing ages in a spreadsheet", "imputation"),
    ("which ensembling method wins kaggle competitions", "ensembling"),
    ("which watermarking method marks ai generated images", "watermarking"),
    ("which quantization method shrinks a model the most", "quantization"),
    ("which resampling method fixes an unbalanced dataset", "resampling"),
    ("which explainability method should a bank use for loan decisions", "explainability"),
    ("which pruning method keeps a network accurate", "pruning"),
    ("which smoothing method do people use for noisy sensor readings", "smoothing"),
    ("which upsampling method makes old photos sharper", "upsampling"),
]

# course questions that look like near misses (an odd name, a typo, a product) but are covered
CONTROLS = [
    ("what is predictive analytics", "ml-applications/predictive-analytics-and-anomaly-detection", [["predict"]]),
    ("how does anomoly detection spot strange readings", "ml-applications/predictive-analytics-and-anomaly-detection",
     [["anomal"]]),
    ("what is mode collapse", "gans/mode-collapse-when-a-gan-loses-variety", [["variety|collapse"]]),
    ("what is data augmentation", "generative-ai-applications/data-augmentation-with-synthetic-training-examples",
     [["synthetic|augment"]]),
    ("what is grounding in chatbots", "hallucination/grounding-answering-from-sources-instead-of-memory",
     [["source"]]),
    ("whats hyper personalisation", "future-trends/hyper-personalisation-with-machine-learning",
     [["personal"]]),
    ("what is the exploration exploitation tradeoff", "reinforcement-learning/exploration-versus-exploitation",
     [["explor"]]),
    ("what is feature scaling", "training-and-overfitting/features-feature-scaling-and-feature-engineering",
     [["scal"]]),
    ("what is dimensionality reducton", "unsupervised-learning/dimensionality-reduction-simplifies-complex-data",
     [["dimension"]]),
    ("which clustering method copes with odd shaped clusters", "unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps",
     [["DBSCAN"]]),
    ("what is the ai skills gap", "adoption-challenges/the-ai-skills-gap", [["skill"]]),
    ("what is a confusion matrix", "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix",
     [["confusion matrix"]]),
    ("whats the latant space in a vae", "vaes/what-the-latent-space-represents", [["latent"]]),
    ("what are small language models good for", "language-models/small-language-models-versus-large-ones",
     [["small"]]),
    ("how does sentimant analysis work for customer support", "industry-use-cases/customer-support-sentiment-analysis-and-chatbots",
     [["sentiment"]]),
    ("what is top-p sampling", "language-models/sampling-temperature-top-k-and-top-p", [["top-p"]]),
    ("what is text to video", "future-trends/text-to-video-the-next-frontier-for-generative-ai", [["video"]]),
    ("what is the discriminator in a gan", "gans/the-generator-and-the-discriminator", [["discriminator"]]),
    ("how do custom mini chatbots get built without code", "future-trends/custom-mini-chatbots-built-without-code",
     [["code"]]),
    ("what is a responsible ai framework", "ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks",
     [["responsible"]]),
]


if __name__ == "__main__":
    here = Path(__file__).parent
    probekit.write_near_misses(here, "names-s31", 31, NEAR, CONTROLS)
