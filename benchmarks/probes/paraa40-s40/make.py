"""Stop 40 probes (paraa40): paraphrases asked by people from other trades, in the two classes
that made most of the read set's failing paraphrases at stop 40 (issue 11 point 1):

- ``story``: a job story whose trade and setting words (a dispensary's portal, a fraud team, a
  call centre, a booking bot) belong to an application or industry section, while what is asked
  is a course idea of another lesson (hallucination, accuracy on a rare class, overfitting,
  training data variety, cumulative reward, resistance to change, the parts of a VAE, bias);
- ``called``: a course idea described at length in everyday words or by an analogy, then
  "what's that called", "is there a proper name", "what's the technical word for that", often
  after a job label, which must be named, not declined.

Written from the course text before any answer was read, in fresh wording and trades other than
the read set's; split class by class at random with seed 40."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
GANG = "gans/the-generator-and-the-discriminator"
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
OVER = "training-and-overfitting/overfitting-and-underfitting"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
NOISY = "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"
LBL = "supervised-learning/learning-from-labelled-examples"
CLSREG = "supervised-learning/classification-versus-regression"
CUM = "reinforcement-learning/maximising-cumulative-reward"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
VAEE = "vaes/encoder-latent-space-and-decoder"
LATENT = "vaes/what-the-latent-space-represents"
TOKENS = "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
CLUS = "unsupervised-learning/clustering-groups-similar-data-points"
DIM = "unsupervised-learning/dimensionality-reduction-simplifies-complex-data"
ANOM = "ml-applications/predictive-analytics-and-anomaly-detection"
HAL = "hallucination/what-hallucination-means"
HALWHY = "hallucination/why-next-token-prediction-produces-fluent-falsehoods"
SPOT = "hallucination/how-to-spot-and-reduce-hallucination"
GROUND = "hallucination/grounding-answering-from-sources-instead-of-memory"
ACC = "evaluating-models/accuracy-the-share-of-predictions-that-are-right"
TRAINDATA = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
COPY = "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"
IMGGEN = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
RESIST = "adoption-challenges/resistance-to-change-from-employees"

STORY = [
    ("pharmacy technician. the chat assistant on our dispensary's ordering portal told a patient we had a branch on a street that doesn't exist, complete with a phone number. how does a bot come up with that", [HAL, HALWHY], [["false|made up|likely[- ]sounding|probable"]]),
    ("bank cashier. our fraud team says their new model gets 99 percent of transactions right, but frauds are maybe one in a thousand. is 99 percent actually impressive", [ACC], [["rare|catches no"]]),
    ("hospital porter. the rota software they bought works great on the wards it was tried out on and is hopeless on ours. my mate in IT says it learned the trial wards too closely. what does he mean", [OVER], [["overfit"]]),
    ("retail merchandiser. we got an ai to make product shots for the website but every model in them looks the same age and skin tone. what does a picture maker need in the photos it learns from", [TRAINDATA], [["divers|varied"]]),
    ("primary school teacher. the homework helper bot we trialled quoted a poem by a famous author that he never wrote. why would it do that", [HAL, HALWHY], [["likely[- ]sounding|made up|false|not lying"]]),
    ("warehouse shift lead. the picking robot that learns by trial and error keeps grabbing the nearest box for a quick point even when it blocks the aisle for the next ten picks. shouldnt it think ahead", [CUM], [["cumulative|total reward"]]),
    ("call centre supervisor. management is bringing in an ai assistant and my team reckon it'll take their jobs and that it's too technical for them. what usually helps people come round to it", [RESIST], [["training|explain|involving"]]),
    ("estate agent. a colleague says the photo-tidying ai crunches each house photo into a short code of numbers and then builds it back up. what are the two halves of that called", [VAEE], [["encoder"], ["decoder"]]),
    ("insurance claims handler. our claims model learned from old decisions that turned down more people from certain postcodes. could it carry that unfairness on", [BIAS], [["bias"]]),
    ("pharmacist. the dispensary stock predictor matches last year's figures almost perfectly but its guesses for next month are miles off. why would a model do that", [OVER], [["overfit"]]),
    ("online shop owner. the ai that writes our product descriptions sometimes invents features the item doesn't have. how do i catch that before it goes live", [SPOT], [["check|citation|sources|names, numbers"]]),
    ("vet nurse. the clinic's new scan checker is sold as 97% accurate but the disease it looks for is really rare. should that number reassure us", [ACC], [["rare"]]),
    ("dental receptionist. our booking bot told a patient we open on sundays, which we never have. is the software broken or do chatbots just do that", [HAL, HALWHY], [["false|made up|likely[- ]sounding"]]),
    ("cake maker. an ai drew me a wedding cake design from a one line description. did it just lift some picture off the internet", [COPY, IMGGEN], [["not copied|without copying|rather than copied"]]),
    ("factory quality inspector. our defect camera was trained on photos and a temp mislabelled a load of them. will the model pick up those mistakes", [NOISY], [["mistake"]]),
    ("taxi dispatcher. the routing app keeps sending drivers down the same roads it knows and never tries a side street that might be quicker. is that a known thing with these learning systems", [EXPL], [["explor"], ["exploit"]]),
]

CALLED = [
    ("stage manager. my nephew says his model does brilliantly on the examples it practised on but goes to pieces on anything new, like an actor who only knows one script. what's the technical word for that", [OVER], [["overfit"]]),
    ("when a chatbot confidently gives you a book title and an author that turn out not to exist, is there a proper name for that", [HAL], [["hallucinat"]]),
    ("florist. the picture generator i use only ever gives me the same couple of bouquets no matter how many times i run it. what do the experts call that", [MODE], [["mode collapse"]]),
    ("you feed in loads of customer records with no labels and the software sorts them into bunches of similar ones all by itself. what's the name for that", [CLUS], [["cluster"]]),
    ("surveyor. squeezing a spreadsheet with hundreds of columns down to two or three numbers per row so you can plot it on a chart, whats the term for that", [DIM], [["dimensionality reduction"]]),
    ("copywriter. the setting on a chatbot that decides whether it plays it safe with the obvious next word or takes chances on odd ones, what is it called", [TEMP], [["temperature"]]),
    ("holding back some of your examples that the model never sees while it learns, so you can mark it fairly at the end. what's that called", [SPLIT], [["test set"]]),
    ("sheepdog trainer. the bit where a trial and error learner has to choose between the move it knows pays off and trying something untested. is there a name for that tradeoff", [EXPL], [["explor"], ["exploit"]]),
    ("locksmith. two networks, one making fakes and the other trying to catch them out, each getting sharper because of the other. what is that kind of model called", [GANG], [["generative adversarial network|GAN"]]),
    ("when the model learns from examples somebody has already marked with the right answer, like photos tagged cat or dog, whats the proper name for that kind of learning", [LBL], [["supervised"]]),
    ("court stenographer. the chatbot apparently reads text in little chunks, sometimes whole words and sometimes bits of words. what are those chunks called", [TOKENS], [["token"]]),
    ("boiler engineer. a system that learns what usual looks like for our pumps and raises a flag when a reading is way off. what's the name of that technique", [ANOM], [["anomal"]]),
    ("market gardener. a model that predicts a number, like how many kilos we'll pick next week, rather than picking a category. what's that kind of task called", [CLSREG], [["regression"]]),
    ("in the squeeze-and-rebuild picture model, the small space of numbers in the middle where similar pictures end up close together. what is that space called", [LATENT, VAEE], [["latent"]]),
    ("youth worker. when a model keeps making unfair calls about some groups of people because the old records it learned from were unfair, what's the word for that", [BIAS], [["bias"]]),
    ("librarian. making a bot answer only from documents you hand it and quote them, rather than from whatever it memorised. is there a name for that approach", [GROUND], [["grounding|retrieval"]]),
]


def main() -> None:
    rng = random.Random(40)
    classes = [("story", STORY), ("called", CALLED)]
    built = [(name, [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in items]) for name, items in classes]
    probekit.check_facts([c for _, cs in built for c in cs])
    split = probekit.split_by_class(built, rng)
    for folder, cases in split.items():
        head = f"# paraa40-s40 ({folder}): job stories and things described then named; written before running the tutor, split by class at random (seed 40).\n\n"
        probekit.write_cases(HERE / folder / "paraphrase.toml", head, cases)


if __name__ == "__main__":
    main()
