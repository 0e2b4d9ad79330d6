"""Probes for stop 37 (story37): a course concept described in everyday words inside a long
message (a job, a personal story, an analogy from the learner's trade), where the story's words
can outweigh the description and pull the answer to another section. Written from the course
text before running the tutor, by people of walks of life no earlier probe set used (session
musicians, pastry chefs, tattoo artists, dentists and dental nurses, airline pilots and air
traffic controllers, bakers, firefighters' spouses, potters, florists, crossword setters,
organists, ferry captains, barristers' clerks, glassblowers, quilters, undertakers, harbour
masters ...), one section each across the lessons, no course term for the thing asked.
Split at random (seed 37) into work/ and measure/ before any answer was read.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import (
    ADO,
    APP,
    BEN,
    DC,
    ETH,
    EV,
    FUT,
    GAN,
    GAPP,
    GEN,
    HAL,
    IND,
    LM,
    ML,
    RL,
    SK,
    SUP,
    TR,
    UNS,
    VAE,
    VS,
)

HERE = Path(__file__).resolve().parent
P = "paraphrase"


def c(question, sections, facts):
    return probekit.case(P, question, sections=list(sections) if isinstance(sections, list) else [sections], facts=facts)


CASES = [
    c("session drummer. my producer says the new sample maker is really two bits of software sparring, one cooking up fake drum hits and the other trying to tell them apart from real recordings. what are the two halves and what does each one do",
      GAN + "the-generator-and-the-discriminator", [["generator"], ["discriminator"]]),
    c("pastry chef here. my apprentice makes fake macarons, i taste them and call out the fakes, he gets better and i get pickier. apparently some picture ai learns exactly like that, taking turns. how does the back and forth actually go",
      GAN + "how-adversarial-training-works", [["discriminator"], ["generator"]]),
    c("tattoo artist. tried one of those picture generators for flash sheet ideas and whatever i type it hands me the same rose with tiny tweaks, never anything else. why does it get stuck churning out the one design",
      GAN + "mode-collapse-when-a-gan-loses-variety", [["only a few kinds|few kinds"]]),
    c("dentist, total novice. a friend in tech says the fake-face networks are a nightmare to get working because the two sides have to stay evenly matched, like a tug of war. what happens if the catching side wins too early",
      GAN + "why-gan-training-is-unstable-and-costly", [["rejects every|no useful signal"]]),
    c("potter. someone described an ai that squeezes a photo down to a handful of numbers and then rebuilds the picture from them, like balling up clay and throwing it again. what are the two parts of that thing called",
      VAE + "encoder-latent-space-and-decoder", [["encoder"], ["decoder"]]),
    c("florist. in that squash-it-down-and-rebuild-it kind of model, why do pictures of similar bouquets end up sitting next to each other in the squashed version",
      VAE + "what-the-latent-space-represents", [["close together"]]),
    c("crossword setter. does the chatbot read my clues letter by letter, whole words, or what? a student told me it chops the text into little chunks first",
      LM + "tokens-the-pieces-of-text-a-model-reads-and-writes", [["token"], ["piece"]]),
    c("jazz pianist. when i improvise i pick each next note from what i've just played. is that basically how the chat ai builds a reply, or does it plan the whole answer first",
      [LM + "next-token-prediction-step-by-step", GAPP + "text-generation-for-content-dialogue-and-creative-writing"], [["next|one token at a time"], ["likel|probab"]]),
    c("radio dj. the station's playlist blurb writer has a setting that either sticks to the obvious words or goes off on wild tangents. what is that setting actually changing",
      LM + "sampling-temperature-top-k-and-top-p", [["temperature"], ["probabilit"]]),
    c("church organist. everyone says these chat ais are enormous. enormous in what way, the program, how much it read, what?",
      LM + "what-makes-a-language-model-large", [["parameters"]]),
    c("ferry captain. the booking office wants a chat assistant that runs on the old pc in the ticket hut with no internet. can you get a pocket-sized version of these chatbots, and what do you lose",
      LM + "small-language-models-versus-large-ones", [["small"], ["forgets facts|knowledge and fluency"]]),
    c("barrister's clerk. the chatbot cited a court judgment that doesn't exist, with a believable name and year and everything. is there a name for it doing that",
      HAL + "what-hallucination-means", [["hallucination"]]),
    c("air traffic controller, we read back everything twice. why does the chatbot sound so sure of itself even when it's flat wrong, what's going on inside it",
      [HAL + "why-next-token-prediction-produces-fluent-falsehoods", HAL + "what-hallucination-means"], [["likely[- ]sounding|fluent and confident"]]),
    c("dental practice manager. we want the front desk bot to answer only from our own price list and leaflets, not from whatever it picked up off the internet. is there a proper approach for that",
      HAL + "grounding-answering-from-sources-instead-of-memory", [["ground|retrieval"]]),
    c("firefighter's wife. my husband used a chatbot for his promotion exam notes and i'm worried some of it is made up. what's the best way to check what it told him",
      HAL + "how-to-spot-and-reduce-hallucination", [["source|citation"]]),
    c("airline pilot. i fly the known route every time, but i'm told self-teaching game bots deliberately try unfamiliar moves now and again even when they already know a good one. why would they do that",
      RL + "exploration-versus-exploitation", [["explor"], ["exploit"]]),
    c("baker. i leave the dough to prove overnight though i could sell bread sooner. can a trial-and-error learning program be taught to hold out for a bigger payoff later instead of grabbing the quick win",
      RL + "maximising-cumulative-reward", [["cumulative reward|total reward"]]),
    c("my wife trains gun dogs with treats when they get it right and nothing when they don't. is there an ai that learns that way, from treats rather than from worked examples",
      [RL + "agents-environments-actions-and-rewards", RL + "feedback-from-an-environment-instead-of-a-dataset", ML + "three-ways-a-machine-can-learn"], [["reinforcement"], ["reward"]]),
    c("driving instructor. i never test pupils on the exact route we practised. do the people building these models keep some examples aside that it never learns from, to check it at the end",
      TR + "splitting-data-into-a-training-set-and-a-test-set", [["test set"]]),
    c("music teacher. my student plays his exam piece perfectly but falls apart on anything he hasn't drilled. does the computer learning stuff have the same problem, and what is it called",
      TR + "overfitting-and-underfitting", [["overfitting"]]),
    c("choir director. one of my altos sings roughly the same note for everything, never really learned the line at all. is there a word for a model so basic it gets even its practice examples wrong",
      TR + "overfitting-and-underfitting", [["underfitting"]]),
    c("mountain rescue volunteer. in a whiteout you find the valley by feeling which way the ground slopes and stepping that way. my nephew says the models learn a bit like that. what's he on about",
      TR + "gradient-descent-in-plain-words", [["gradient descent"]]),
    c("darts player. how does one of these models know how badly it did on a guess, is there some kind of score of its mistakes it's trying to get down",
      [TR + "what-a-loss-function-measures", EV + "loss-functions-as-a-quantitative-check-on-generative-models"], [["loss"], ["lower"]]),
    c("quantity surveyor. one of my columns is in millimetres and another one in tonnes. the analyst says put them on the same range before feeding the model. why does that matter",
      TR + "features-feature-scaling-and-feature-engineering", [["scal"], ["drown out|comparable"]]),
    c("care home cook. the ordering system learned from two years of records where half the deliveries were keyed in wrong. will that mess up what it learned?",
      [TR + "how-noisy-or-incomplete-data-leads-to-mistakes", BEN + "where-machine-learning-falls-short"], [["mistake"]]),
    c("wine merchant. can a program look at all my customers' orders and split them into natural groups by itself, when i've never told it what the groups are",
      [UNS + "clustering-groups-similar-data-points", UNS + "what-unsupervised-learning-is-used-for", UNS + "learning-from-unlabelled-data"], [["group"]]),
    c("dental lab tech. we take about 80 measurements of every tooth impression. is there a way to boil each one down to a couple of numbers so i can plot them, without losing the important stuff",
      UNS + "dimensionality-reduction-simplifies-complex-data", [["fewer"]]),
    c("cartographer. the grouping method that drops centre points and shuffles them around goes wrong when my groups are long snaky shapes. is there one that follows the crowded areas instead",
      UNS + "when-k-means-clustering-fails-and-dbscan-helps", [["dbscan"], ["dens"]]),
    c("sound engineer. we want the desk to flag when a channel starts behaving oddly, and nobody has ever labelled what odd looks like. can a model learn what normal is and shout when something's off",
      [UNS + "what-unsupervised-learning-is-used-for", APP + "predictive-analytics-and-anomaly-detection"], [["anomal|unusual"]]),
    c("dental nurse. we have thousands of x-rays each marked cavity or no cavity by the dentist. if a program learns from those and then marks new ones, what kind of learning is that",
      [SUP + "learning-from-labelled-examples", SUP + "image-classification-as-a-supervised-task"], [["supervised"], ["label"]]),
    c("ice cream van man. i'd like it to guess how many cones i'll sell tomorrow from the forecast, an actual number not a category. what's that kind of prediction called",
      SUP + "classification-versus-regression", [["regression"]]),
    c("carpenter. the model that works through a string of yes or no questions like a flowchart until it lands on an answer, what's that one called",
      SUP + "common-supervised-learning-algorithms", [["decision tree"]]),
    c("locksmith. i've programmed alarm panels with if-this-then-that rules my whole working life. how is this learning-from-data business different from me writing the rules",
      ML + "learning-from-data-instead-of-hand-written-rules", [["rules"], ["data"]]),
    c("my husband drives a cab and says the ride app's 'ai' and 'machine learning' are just two names for the same thing. is he right, or does one sit inside the other",
      ML + "machine-learning-inside-the-wider-field-of-ai", [["umbrella|subfield|broad"]]),
    c("jewellery designer. if the image ai was fed millions of pictures, is it just cutting and pasting bits of them when it draws my ring designs?",
      GEN + "inspired-by-the-training-data-not-copied-from-it", [["inspired|patterns"]]),
    c("retired trawlerman. five years ago nobody talked about computers that write and draw, now it's all anyone mentions. what changed to make them suddenly good",
      GEN + "why-generative-ai-got-so-much-attention-recently", [["computing power|transformer|digital"]]),
    c("air accident investigator. we only have a handful of photos of one rare kind of fatigue crack. can the picture making ai produce extra pretend ones to help train the crack spotter",
      GAPP + "data-augmentation-with-synthetic-training-examples", [["synthetic"]]),
    c("bell ringer. my phone types out what i say when i talk to it. how did it learn to turn my voice into words",
      APP + "image-and-speech-recognition", [["speech recognition|spoken"]]),
    c("record shop owner. the streaming app always seems to know what i'll want to hear next. how does it work that out",
      [APP + "recommendation-systems-for-products-movies-and-music", GAPP + "music-composition-and-personalised-playlists"], [["preferences|behaviour|listening"]]),
    c("pub landlord. the card machine company rang me because a payment 'didn't look like my usual'. how does a system know what's usual for me",
      [APP + "fraud-detection-with-machine-learning", IND + "finance-catching-fraud-and-handling-documents"], [["normal|suspicious"]]),
    c("my husband fits smoke alarms, and depending on how touchy he sets them they either go off at toast or miss a real fire. apparently fraud-spotting ai has the same trade-off. what are the two sides of it called",
      EV + "why-fraud-and-disease-detection-need-both-precision-and-recall", [["precision"], ["recall"]]),
    c("lifeboat volunteer. a rescue-call sorter that says 'not serious' to every single call would be right most days, since most calls aren't serious. so is a high score like that worth anything",
      EV + "accuracy-the-share-of-predictions-that-are-right", [["accuracy"], ["rare|mislead"]]),
    c("poetry editor. how on earth do you score a poem-writing ai when there is no right answer to mark it against",
      EV + "judging-generated-output-on-realism-coherence-and-diversity", [["realism|coherence|diversity"]]),
    c("dentist. the x-ray checker apparently took weeks on big servers to train, but the practice pc runs it instantly on each new x-ray. why is using it so much lighter than making it",
      [DC + "compute-after-training-machine-learning-versus-heavy-generative-models", VS + "comparing-efficiency-and-computing-needs"], [["little comput|quickly|cheap"]]),
    c("glassblower. i'm told building one of those big talking models from nothing costs more than just the computers. what else goes into it",
      DC + "training-cost-compute-expertise-and-time", [["expertise"], ["time"]]),
    c("quilter. our guild wants an ai to come up with quilt patterns. what does it need from the photos we feed it to do a decent job",
      DC + "training-data-for-generative-models-large-clean-and-varied", [["quality"], ["divers|varied"]]),
    c("barber. the hiring app at my mate's firm keeps turning down older blokes. how does a computer end up picking favourites like that",
      ETH + "bias-inherited-from-training-data", [["training data"], ["unfair"]]),
    c("primary teacher. i asked the picture ai for 'a pilot' for a class poster and got a man every single time. why does it do that",
      ETH + "biased-or-harmful-generated-content", [["stereotype|patterns of its training data"]]),
    c("firefighter's husband. a video went round of our station chief saying things he never said, and it looked totally real. how are those made",
      ETH + "deepfakes-and-the-argentine-election-poster", [["generat"]]),
    c("undertaker. are governments actually putting any rules on this ai stuff yet, or is it a free for all",
      ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act", [["2023"], ["eu ai act|executive order"]]),
    c("head chef. the new ai ordering system sits there unused because the brigade find it confusing and reckon it'll replace them. is that a known thing",
      ADO + "resistance-to-change-from-employees", [["resistance|reluctan"]]),
    c("harbour master. we'd rather try ai on one small job first before betting the whole port on it. is that a sensible way in",
      ADO + "a-small-pilot-project-as-a-first-step", [["pilot"]]),
    c("bakery chain owner. beyond buying the thing, where does the money actually go when you bring ai into a business",
      ADO + "the-cost-of-implementing-ai", [["infrastructure"], ["maintenance"]]),
    c("hospital dentist. we can't find anyone to look after our ai system, everyone qualified gets poached straight away. is that shortage a recognised problem",
      ADO + "the-ai-skills-gap", [["skills gap"]]),
    c("birdwatcher. can i show the chatbot a photo of a bird and ask what it is, or is it words only",
      FUT + "multimodal-chatbots-such-as-gpt-4-and-gemini", [["multimodal"]]),
    c("knitting circle organiser. could i make the group its own little chatbot that knows our patterns, with no programming at all",
      FUT + "custom-mini-chatbots-built-without-code", [["without writing|no-code|without"]]),
    c("wedding videographer. why is typing a sentence and getting a whole film clip back so much harder than getting one picture",
      FUT + "text-to-video-the-next-frontier-for-generative-ai", [["frame"]]),
    c("tailor. made-to-measure for every single shopper, changed on the fly by a computer - is that where shopping is heading?",
      FUT + "hyper-personalisation-with-machine-learning", [["individual"]]),
    c("dental hygienist. is the ai going to diagnose gum disease on its own now, or does the dentist still make the call",
      IND + "healthcare-detecting-disease-and-drafting-treatment-plans", [["clinician"]]),
    c("plasterer. is the picture-making ai its own separate science, or is it built out of the ordinary machine learning stuff",
      VS + "generative-ai-is-built-on-machine-learning", [["specific application|broader field"]]),
    c("florist. our web shop has one ai that works out which emails are complaints and another that writes the reply. is using the two together a normal set up",
      VS + "combining-both-into-more-powerful-systems", [["combin"]]),
    c("dentist wanting to dip a toe into ai without going back to uni. what easy ways are there to get involved",
      SK + "ways-to-engage-with-the-ai-community", [["online course|communit|conference"]]),
    c("sign writer. does every picture-making ai have a second program marking its homework, like that forger-and-detective one does?",
      GAN + "one-model-generates-another-evaluates", [["not how all|wider range"]]),
    c("veteran chorister. my grandson says the voice assistant 'understands' him. when a computer reads a review and decides if the writer was happy or cross, what's that called",
      [APP + "natural-language-processing-with-machine-learning", IND + "customer-support-sentiment-analysis-and-chatbots"], [["sentiment"]]),
]

if __name__ == "__main__":
    probekit.check_facts(CASES)
    work, measure = probekit.halves(CASES, random.Random(37))
    for folder, cs in (("work", work), ("measure", measure)):
        head = f"# story37-s37 ({folder}): written before running the tutor, split at random (seed 37).\n\n"
        probekit.write_cases(HERE / folder / f"{P}.toml", head, cs)
        print(folder, len(cs))
