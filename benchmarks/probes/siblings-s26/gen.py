"""Write the sibling follow-up probes and split them at random (seed 2626) into work/measure."""
import random
from pathlib import Path

IND = "industry-use-cases/"
HC, RT, ED, CS, FI = (IND + s for s in (
    "healthcare-detecting-disease-and-drafting-treatment-plans",
    "retail-predicting-sales-and-writing-product-content",
    "education-personalised-learning-paths-and-virtual-tutors",
    "customer-support-sentiment-analysis-and-chatbots",
    "finance-catching-fraud-and-handling-documents"))
M = "ml-applications/"
G = "generative-ai-applications/"
B = "benefits-and-limitations/"
A = "adoption-challenges/"
F = "future-trends/"
E = "evaluating-models/"
D = "data-and-compute/"
T = "ethics-and-regulation/"
V = "ml-vs-generative-ai/"

C = [
 (["how is ML used in healthcare", "and what does generative ai do there?"], [HC], [["treatment plan"], ["clinical notes|transcribe"]]),
 (["how do shops use machine learning", "where does genai fit in for them"], [RT], [["product descriptions"], ["try-on"]]),
 (["what does ml do in education", "ok and the generative side?"], [ED], [["practice questions|virtual tutor"]]),
 (["how do banks use ai", "what about the generative part"], [FI], [["investment strateg|financial documents"]]),
 (["how is ai used in customer support", "which part is the generative ai"], [CS], [["chatbot"], ["routine queries|reset my password"]]),
 (["how does retail use machine learning", "and what about in finance?"], [FI], [["fraud"], ["money laundering"]]),
 (["what does ai do in healthcare", "what about schools?"], [ED], [["learning path"], ["virtual tutor|practice questions"]]),
 (["what does ml do in finance", "can gen ai write the loan papers too?"], [FI], [["loan"], ["summarise"]]),
 (["how is ai used in hospitals", "does a doctor still check it?"], [HC], [["clinician|doctor then reviews"]]),
 (["customer service and AI?", "what does the ml part do exactly"], [CS], [["sentiment"], ["route|sort incoming"]]),
 (["ai in retail", "how does the virtual try on thing work"], [RT], [["glasses|jacket|lipstick"], ["returns"]]),
 (["how do ml and gen ai differ across industries", "give me the healthcare example"], [HC], [["x-rays|mri"]]),
 (["ai in education?", "what does the generative ai add", "and in customer support?"], [CS], [["chatbot"], ["sentiment"]]),
 (["how does gen ai help drug research in healthcare", "why does that speed things up"], [HC], [["promising candidates"]]),
 (["how does ml catch fraud", "how is the model judged"], [M + "fraud-detection-with-machine-learning"], [["precision and recall"]]),
 (["how does ml detect fraud", "and what about recommending movies?"], [M + "recommendation-systems-for-products-movies-and-music"], [["watched|rated|skipped"]]),
 (["how do recommendation systems work", "why do companies care so much"], [M + "recommendation-systems-for-products-movies-and-music"], [["engagement"]]),
 (["what's anomaly detection", "why unsupervised?"], [M + "predictive-analytics-and-anomaly-detection"], [["rare|seldom labelled"]]),
 (["what is speech recognition used for", "what about faces?"], [M + "image-and-speech-recognition"], [["facial recognition"]]),
 (["what is sentiment analysis", "what other language tasks does ml do"], [M + "natural-language-processing-with-machine-learning"], [["translation"], ["summarisation"]]),
 (["how do designers use image generation", "what models make those pictures"], [G + "image-generation-for-design-advertising-and-virtual-reality"], [["gan"], ["diffusion"]]),
 (["can gen ai make music", "how's that different from spotify recommendations"], [G + "music-composition-and-personalised-playlists"], [["recommendation system"], ["existing songs"]]),
 (["what is data augmentation with gen ai", "give me an example"], [G + "data-augmentation-with-synthetic-training-examples"], [["skin condition|50"]]),
 (["how does generative ai write text", "and code?"], [G + "code-audio-and-new-drug-molecules"], [["source code|function"]]),
 (["how is gen ai used for writing", "can i trust what it writes?"], [G + "text-generation-for-content-dialogue-and-creative-writing"], [["confident"], ["human review"]]),
 (["what is synthetic data for", "does it always work?"], [G + "data-augmentation-with-synthetic-training-examples"], [["not guaranteed|unrealistic|repetitive"]]),
 (["what are the benefits of machine learning", "and its limitations?"], [B + "where-machine-learning-falls-short"], [["noisy|incomplete"], ["bias"]]),
 (["what is gen ai good at", "whats the catch"], [B + "where-generative-ai-falls-short"], [["groundbreaking|already exists"], ["quality"]]),
 (["what are ML's limitations", "what about generative ai's weaknesses"], [B + "where-generative-ai-falls-short"], [["groundbreaking|already exists"]]),
 (["what are the downsides of generative ai", "so should i publish what it makes straight away?"], [B + "where-generative-ai-falls-short"], [["draft"]]),
 (["what does ml do well", "give me an example of the anomaly thing"], [B + "what-machine-learning-does-well"], [["failing machine part|fraudulent account"]]),
 (["benefits of gen ai", "how does it make customers happier"], [B + "what-generative-ai-does-well"], [["any hour|queue"]]),
 (["what are ml's benefits", "and the drawbacks", "so how do i pick between ml and gen ai"], [B + "knowing-the-limits-is-the-key-to-success"], [["right tool"]]),
 (["what is the ai skills gap", "why is it getting worse"], [A + "the-ai-skills-gap"], [["more advanced"]]),
 (["why do employees resist ai", "how do you fix that"], [A + "resistance-to-change-from-employees"], [["involving staff|offering training"]]),
 (["what is the skills gap in ai", "and what about costs?"], [A + "the-cost-of-implementing-ai"], [["infrastructure"], ["maintenance"]]),
 (["how much does implementing ai cost", "how can a small business keep it down"], [A + "the-cost-of-implementing-ai"], [["ready-made|one clearly valuable use case|small models"]]),
 (["what's a pilot project", "why does it help with resistance"], [A + "a-small-pilot-project-as-a-first-step"], [["working tool"]]),
 (["what's the holistic approach to adoption", "which part deals with the money problem"], [A + "a-holistic-approach-to-ai-adoption"], [["strategic planning"]]),
 (["why do people resist new ai tools", "is it just about losing jobs?"], [A + "resistance-to-change-from-employees"], [["complexity|too technical"]]),
 (["what does the skills gap mean", "how do companies deal with it"], [A + "the-ai-skills-gap"], [["training existing staff|partnering"]]),
 (["what are the future trends in ai", "tell me more about the video one"], [F + "text-to-video-the-next-frontier-for-generative-ai"], [["frame"]]),
 (["what are multimodal chatbots", "give me examples"], [F + "multimodal-chatbots-such-as-gpt-4-and-gemini"], [["gpt-4"], ["gemini"]]),
 (["what's a multimodal chatbot", "and what about the no-code chatbots?"], [F + "custom-mini-chatbots-built-without-code"], [["teacher|bakery|hobby club"]]),
 (["what is hyper-personalisation", "how is it different from normal personalisation"], [F + "hyper-personalisation-with-machine-learning"], [["few groups|one person"]]),
 (["how big will the ai market get", "is that certain?"], [F + "a-market-projected-to-reach-740-billion-dollars-by-2030"], [["estimate|not a guarantee"]]),
 (["why is text-to-video hard", "who is working on it"], [F + "text-to-video-the-next-frontier-for-generative-ai"], [["runway"]]),
 (["will there be more deepfakes in future", "and new laws?"], [F + "deepfakes-and-regulation-in-the-years-ahead", T + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["executive order"], ["eu ai act"]]),
 (["can i make my own chatbot without coding", "any risks with that?"], [F + "custom-mini-chatbots-built-without-code"], [["wrong or biased|test it"]]),
 (["what is accuracy", "when is it misleading"], [E + "accuracy-the-share-of-predictions-that-are-right"], [["rare"], ["98"]]),
 (["what's precision", "and recall?"], [E + "precision-and-recall-computed-from-a-confusion-matrix"], [["real cases"]]),
 (["how do you evaluate a gan", "what does diversity mean there"], [E + "judging-generated-output-on-realism-coherence-and-diversity"], [["variety|repeating"]]),
 (["how do you evaluate a classifier", "and how about generative models"], [E + "judging-generated-output-on-realism-coherence-and-diversity"], [["realism|coherence"]]),
 (["how is loss used to check generative models", "is a low loss enough"], [E + "loss-functions-as-a-quantitative-check-on-generative-models"], [["creative|truthful|varied"]]),
 (["why do fraud detectors need both precision and recall", "what about in medicine"], [E + "why-fraud-and-disease-detection-need-both-precision-and-recall"], [["missed patient|false negative"]]),
 (["what makes ml results reliable", "what's the feature engineering bit"], [E + "what-makes-machine-learning-results-reliable"], [["hour of day|scaling"]]),
 (["how much data does a generative model need", "why does variety matter"], [D + "training-data-for-generative-models-large-clean-and-varied"], [["tabby|black cat"]]),
 (["what data does supervised learning need", "and reinforcement learning?"], [D + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["environment"], ["rewards"]]),
 (["why is training a model expensive", "why does it need experts"], [D + "training-cost-compute-expertise-and-time"], [["architecture|overfitting"]]),
 (["do ml models need much compute after training", "what about gans"], [D + "compute-after-training-machine-learning-versus-heavy-generative-models"], [["two networks"]]),
 (["how expensive is it to train a model", "and once it's trained, is running it cheap?"], [D + "compute-after-training-machine-learning-versus-heavy-generative-models"], [["handful of arithmetic|cheap"]]),
 (["what is ai bias", "give me an example"], [T + "bias-inherited-from-training-data"], [["loan|face recognition|neighbourhood"]]),
 (["what's a deepfake", "what happened in argentina"], [T + "deepfakes-and-the-argentine-election-poster", F + "deepfakes-and-regulation-in-the-years-ahead"], [["2023"]]),
 (["what is bias in ai", "and what about harmful stuff chatbots write"], [T + "biased-or-harmful-generated-content"], [["insults|toxic|false claims"]]),
 (["what is a responsible ai framework", "what does transparent mean there"], [T + "misuse-concerns-and-responsible-ai-frameworks"], [["when ai is involved"]]),
 (["what did the eu do about ai", "and the us?"], [T + "ai-regulation-the-us-executive-order-and-the-eu-ai-act"], [["executive order"], ["safety test"]]),
 (["how are ml and gen ai different", "give me an example of them working together"], [V + "combining-both-into-more-powerful-systems"], [["customer support|shopping site"]]),
 (["which needs more compute, ml or gen ai", "are there exceptions"], [V + "comparing-efficiency-and-computing-needs", D + "compute-after-training-machine-learning-versus-heavy-generative-models"], [["support vector machine"]]),
 (["is gen ai part of ml?", "so is every ml model generative?"], [V + "generative-ai-is-built-on-machine-learning"], [["not every|are not generative"]]),
]


def toml_case(turns, sections, facts):
    def q(s):
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

    return ("[[case]]\nkind = \"followup\"\n"
            f"turns = [{', '.join(q(t) for t in turns)}]\nin_scope = true\n"
            f"sections = [{', '.join(q(s) for s in sections)}]\n"
            "facts = [" + ", ".join("[" + ", ".join("'" + a + "'" for a in f) + "]" for f in facts) + "]\n")


if __name__ == "__main__":
    here = Path(__file__).parent
    order = list(range(len(C)))
    random.Random(2626).shuffle(order)
    half = len(C) // 2
    for name, idx in (("work", order[:half]), ("measure", order[half:])):
        (here / name).mkdir(exist_ok=True)
        head = (f"# Sibling follow-up probes (stop 26, {name} half): written from the course text before any\n"
                "# answer was read, split at random (seed 2626); only the last turn is judged.\n\n")
        (here / name / "followup.toml").write_text(head + "\n".join(toml_case(*C[i]) for i in sorted(idx)))
    print(len(C), half)
