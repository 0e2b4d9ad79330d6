"""Probes for stop 38 (story38): long first messages in which the learner says who they are and
tells a story from their job before (or around) the real ask. The story's nouns (the route, the
cameras, the boilers, the flyers, the clients) and the job label are not what is asked; the
story's description of what happens often is. Written from the course text before running the
tutor, by people of walks of life no earlier set used (bus drivers, cctv operators, boiler
engineers, lorry drivers, window cleaners, hairdressers, dog groomers, scaffolders, locksmiths,
bin men, taxi drivers, postmen, roofers, care workers, tree surgeons, midwives, pharmacists ...),
the ask at the start, in the middle or at the end. Split at random (seed 38) into work/ and
measure/ before any answer was read.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import (
    ADO,
    BEN,
    DC,
    ETH,
    EV,
    GAN,
    GAPP,
    GEN,
    HAL,
    LM,
    ML,
    RL,
    SUP,
    TR,
    UNS,
    VAE,
    VS,
)

HERE = Path(__file__).resolve().parent


def c(question, sections, facts):
    return probekit.case("paraphrase", question, sections=list(sections) if isinstance(sections, list) else [sections], facts=facts)


def k(question, sections, facts):
    return probekit.case("comparison", question, sections=list(sections), facts=facts)


PARAPHRASE = [
    # ask at the end
    c("lorry driver, 30 years, mostly nights up and down the m6. the firm put a new system in the cab that learned what normal driving looks like for each of us and now flags anything odd, harsh braking at 3am and that. how does something learn what normal is and spot the odd one out",
      "ml-applications/" + "predictive-analytics-and-anomaly-detection", [["anomal|unusual"]]),
    c("window cleaner. i do the same 200 houses every month and i can tell you which ones will pay late just from experience. my daughter says a computer could learn the same from my old payment book if every row says paid on time or late. what's that kind of learning called",
      [SUP + "learning-from-labelled-examples", SUP + "classification-versus-regression"], [["supervised|label"]]),
    c("hairdresser, own salon 12 years. my booking app suggests add-on treatments to each client and it's scarily good, it knows who'll want a gloss. how does it decide what to suggest to who",
      "ml-applications/recommendation-systems-for-products-movies-and-music", [["recommend"], ["similar|past"]]),
    c("scaffolder. the lads used a chatbot to write our method statement and it quoted a british standard number that doesn't exist, looked totally legit. why would it just invent a thing like that",
      [HAL + "why-next-token-prediction-produces-fluent-falsehoods", HAL + "what-hallucination-means"], [["hallucinat|likely[- ]sounding|plausible"]]),
    c("locksmith here. been reading about these image makers where one network forges pictures and another one checks them, a bit like me testing a new lock against my picks. who wins in the end and how do they both improve",
      GAN + "how-adversarial-training-works", [["generator"], ["discriminator"]]),
    c("bin man for the council, early starts. the route planner they gave us learned from years of our rounds and now it's rubbish on the new estate because nothing there looks like the old data. is there a word for a model that's only good on what it was trained on",
      TR + "overfitting-and-underfitting", [["overfit"]]),
    c("taxi driver. i've had a passenger tell me the chat ais just guess the next word over and over, like finishing someone's sentence. is that really all it's doing",
      LM + "next-token-prediction-step-by-step", [["next token|next word"], ["likely|probab"]]),
    c("postman, 22 years. we sort parcels into small, medium and large, but the new depot scanner also estimates the weight in kilos. somebody said those are two different kinds of prediction. what are they",
      SUP + "classification-versus-regression", [["classification"], ["regression"]]),
    c("roofer. my nephew showed me an ai that made a picture of a house with a slate roof that doesn't exist anywhere, from scratch. how can a program make something brand new that looks real",
      [GEN + "generating-new-data-that-resembles-the-training-data", GEN + "the-cat-pictures-example-of-generative-ai"], [["resembl|new data|did not exist|new"]]),
    c("care worker in a home for 40 residents. the agency is bringing in an ai that reads the notes, but half the staff are scared of it and say it'll replace us so they won't touch it. why do people push back on these systems like that",
      ADO + "resistance-to-change-from-employees", [["fear|complex"]]),
    c("tree surgeon. i've been reading that the image tools were trained on loads of photos that might be copyrighted and that the pictures can come out biased. are the things it makes ever unfair or harmful, and why",
      [ETH + "biased-or-harmful-generated-content", ETH + "bias-inherited-from-training-data"], [["bias"]]),
    c("midwife, nights mostly. the hospital app groups mums into types by their notes without anyone telling it what the types are. how can it make groups if nobody labelled anything",
      [UNS + "clustering-groups-similar-data-points", UNS + "learning-from-unlabelled-data"], [["group|cluster"]]),
    # ask at the start
    c("what's the trick where the chatbot looks things up in real documents before it answers? asking because i'm a pharmacist and our wholesaler's bot keeps making up drug codes, and someone said there's a way to make it answer from our own catalogue",
      HAL + "grounding-answering-from-sources-instead-of-memory", [["ground|retriev"]]),
    c("how do these models learn by trial and error? i train sheepdogs, 15 years now, and it's all reward when they get it right and nothing when they don't, and my son says some computer programs learn the same way",
      [RL + "agents-environments-actions-and-rewards", RL + "feedback-from-an-environment-instead-of-a-dataset", ML + "three-ways-a-machine-can-learn"], [["reinforcement"], ["reward"]]),
    c("why do they keep some data back and never train on it? i'm a driving examiner and we'd never test someone on the exact roads they practised, so i wondered if the ai people do the same thing",
      TR + "splitting-data-into-a-training-set-and-a-test-set", [["test set"]]),
    c("what does the temperature setting do? i run a chippy and use a bot for our facebook posts, it has a slider from sensible to wacky and i've no idea what it's changing under the bonnet",
      LM + "sampling-temperature-top-k-and-top-p", [["temperature"], ["probab"]]),
    c("is there a way to squash loads of columns down to a couple so you can plot them? i'm a groundsman at a cricket club and we log about 50 readings per pitch every week, moisture, grass length, all sorts",
      UNS + "dimensionality-reduction-simplifies-complex-data", [["dimensionality reduction|fewer"]]),
    c("how much does it actually cost to train one of these big models? im a boiler engineer, i price jobs for a living so i like knowing where the money goes, and the lad at the merchants reckons it's millions",
      [DC + "training-cost-compute-expertise-and-time", ADO + "the-cost-of-implementing-ai"], [["comput|gpu|expertise"]]),
    c("what's a token? i'm a typesetter, old school, i used to set lead type letter by letter, and now my grandson says chatbots don't even read letters, they read chunks",
      LM + "tokens-the-pieces-of-text-a-model-reads-and-writes", [["token"], ["piece"]]),
    c("why does a gan keep making the same face? i'm a wedding photographer and tried one for mock-up albums and every bride came out nearly identical, same hair same smile, no matter how many i generated",
      GAN + "mode-collapse-when-a-gan-loses-variety", [["mode collapse"]]),
    # ask in the middle
    c("kitchen fitter. we quote from a price list we made up years ago. what i want to know is how a model learns from its mistakes during training, like what number is it trying to push down? the rep from the software firm kept saying loss, whatever that is, while showing us the quote tool",
      TR + "what-a-loss-function-measures", [["loss"]]),
    c("night security at a warehouse, 60 cameras. the new software is meant to tell a person from a fox. how does image recognition learn to tell those apart from pictures? we get foxes every night and it used to ping us for each one",
      ["ml-applications/image-and-speech-recognition", SUP + "image-classification-as-a-supervised-task"], [["label"]]),
    c("dog groomer. made flyers with an ai picture thing last week. can it copy a real photo from the internet, or does it make a new one each time? one of my clients said it just stitches other people's photos together",
      GEN + "inspired-by-the-training-data-not-copied-from-it", [["inspired|not copied|patterns"]]),
    c("estate agent. honestly the chat ai writes our listings better than we do. what is it actually bad at though, where does it fall down? my manager wants us to use it for everything including the legal bits",
      BEN + "where-generative-ai-falls-short", [["hallucinat|false|wrong|bias"]]),
    c("plasterer, self employed. my lad wants to get into ai. what skills would he need to work on the machine learning side? he's good at maths at school but hates essays",
      "skills-and-learning-paths/skills-for-working-in-machine-learning", [["programming|python|statistic|math"]]),
    c("gas engineer. our firm is thinking about ai for scheduling. what's the sensible first step, try it small or go all in? the boss wants to roll it out to 80 engineers at once",
      ADO + "a-small-pilot-project-as-a-first-step", [["pilot"]]),
    c("cctv control room operator, 40 cams on a retail park. the new software learns what a normal night looks like and then pings us when somthing odd happens. what kind of machine learning is that",
      "ml-applications/predictive-analytics-and-anomaly-detection", [["anomal|unusual"]]),
    c("i fix boilers for a living. what's the difference between a model with too few knobs that can't even learn the training stuff and one that learns the training stuff too well? had an apprentice who was both at different times",
      TR + "overfitting-and-underfitting", [["underfit"], ["overfit"]]),
    c("canal boat skipper. i heard an ai can take a photo, squash it into a few numbers and rebuild it. what's the squashed middle bit called?",
      VAE + "encoder-latent-space-and-decoder", [["latent"]]),
    c("chimney sweep (yes really). my customers keep asking if the chatbots are 'large' because of the size of the computer. what makes a language model large",
      LM + "what-makes-a-language-model-large", [["parameters"]]),
    c("fishmonger. the market's new stock system guesses how much cod we'll sell each day from the last few years of sales. what kind of ai is that",
      ["ml-applications/" + "predictive-analytics-and-anomaly-detection", VS + "predicting-versus-creating-two-different-goals", SUP + "classification-versus-regression"], [["predict"]]),
    c("funeral director. someone made a fake video of a local councillor saying things he never said and it's all over facebook. what are these fakes called and why are people worried",
      [ETH + "deepfakes-and-the-argentine-election-poster", "future-trends/deepfakes-and-regulation-in-the-years-ahead"], [["deepfake"]]),
    c("chef, 25 covers a night. the supplier's ai made up loads of fake pictures of dishes to train a food-recognition camera because they didn't have enough real ones. is that a normal thing to do",
      GAPP + "data-augmentation-with-synthetic-training-examples", [["synthetic|augment"]]),
    c("railway signaller. the model they use for delays was trained on data where half the times were typed in wrong. will that wreck it",
      [TR + "how-noisy-or-incomplete-data-leads-to-mistakes", BEN + "where-machine-learning-falls-short"], [["mistake|noisy|incomplete"]]),
    c("builder's merchant. my mate reckons all ai is the same thing as chatgpt. i say chatgpt is just one kind. who's right",
      [GEN + "generative-ai-is-not-the-same-thing-as-ai", "what-is-ml/machine-learning-inside-the-wider-field-of-ai"], [["broad|part of|one part"]]),
    c("van driver for a parcel firm. the app tells me the quickest way and when it gets it wrong it learns from the delay. it sort of balances trying new roads with sticking to ones it knows. is there a name for that balance",
      RL + "exploration-versus-exploitation", [["explor"], ["exploit"]]),
]

COMPARISON = [
    k("i'm a bricklayer, been on sites since i was 16. my foreman says the ai that spots cracks in walls and the ai that draws house plans are totally different beasts. whats the difference between them",
      [VS + "predicting-versus-creating-two-different-goals"], [["predict"], ["creat|generat|new"]]),
    k("what's the difference between supervised and unsupervised learning? i'm a school caretaker, my head teacher asked me to sit in on an ai training day and i was lost by slide 3",
      [SUP + "learning-from-labelled-examples", UNS + "learning-from-unlabelled-data", ML + "three-ways-a-machine-can-learn"], [["label"], ["unlabel|without label|no label"]]),
    k("electrician, domestic mostly. gan vs vae, which one gives sharper pictures? my cousin uses them for his game and keeps switching",
      [VAE + "vaes-compared-with-gans"], [["blur|sharp"]]),
    k("market trader, fruit and veg. a small chatbot on my laptop versus one of the huge online ones for answering customer questions, what's the trade off",
      [LM + "small-language-models-versus-large-ones"], [["small"], ["forget|invent|knowledge"]]),
    k("physio. how do you check a model that sorts x-rays into broken or not, compared with one that writes discharge letters? feels like the letters have no single right answer",
      [EV + "judging-generated-output-on-realism-coherence-and-diversity", EV + "accuracy-the-share-of-predictions-that-are-right"], [["correct|right"], ["realism|coherence|diversity"]]),
    k("optician. precision and recall, what's the difference? our retinal scanner reports both and the rep couldn't explain it",
      [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["precision"], ["recall"]]),
    k("how is machine learning different from generative ai? im a lollipop lady and the kids at the crossing keep asking me and i just nod",
      [VS + "predicting-versus-creating-two-different-goals"], [["predict"], ["creat|generat|new"]]),
    k("pub landlord. we use one ai to guess how many barrels to order and another to write the chalkboard specials. which is ml and which is gen ai, and why",
      [VS + "predicting-versus-creating-two-different-goals", "industry-use-cases/retail-predicting-sales-and-writing-product-content"], [["predict"], ["creat|generat|new|writ"]]),
    k("farmer, dairy, 200 head. what's harder on computing power, a model that predicts milk yield or one that generates pictures? the sales bloke says the picture ones need a data centre",
      [VS + "comparing-efficiency-and-computing-needs", DC + "compute-after-training-machine-learning-versus-heavy-generative-models"], [["comput"]]),
    k("security guard at a shopping centre. k-means vs dbscan, when does one beat the other? our footfall data makes weird banana shaped groups apparently",
      [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["dbscan"], ["round|spher|shape"]]),
    k("tiler. what's the difference between overfitting and underfitting? my apprentice either copies my last job exactly or can't do it at all",
      [TR + "overfitting-and-underfitting"], [["overfit"], ["underfit"]]),
    k("swimming teacher. learning from labelled examples versus learning from rewards, what's the difference in ai? with kids i either show them the stroke or praise them when they get it",
      [SUP + "learning-from-labelled-examples", RL + "feedback-from-an-environment-instead-of-a-dataset", ML + "three-ways-a-machine-can-learn"], [["label"], ["reward"]]),
]

if __name__ == "__main__":
    cases = PARAPHRASE + COMPARISON
    probekit.check_facts(cases)
    parts = probekit.split_by_class([("paraphrase", PARAPHRASE), ("comparison", COMPARISON)], random.Random(38))
    head = "# Story-before-the-ask probes (stop 38, story38), split at random (seed 38).\n"
    for name, part in parts.items():
        probekit.write_cases(HERE / name / "cases.toml", head, part)
