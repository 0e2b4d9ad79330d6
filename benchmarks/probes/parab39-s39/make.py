"""Stop 39 probes (parab39): everyday paraphrases whose words pull away from the section that
answers them, in six classes: a SYMPTOM told rather than named (a picture maker stuck on one
thing, a slider that turns text to gibberish, a model great on the seller's data and poor on
ours, a bot that tries odd routes), the learner's JOB words dominating the ask (a med student
asking about held-back data, a lorry planner asking about total reward), a long STORY before
the ask, VENDOR or demo words for a course idea, course questions worded like a TASK or a
procedure that must not be declined, and a FACT the answer must carry from the right section
(the model is not lying on purpose; the compute bill depends on three factors). Written from the
course text before any answer was read, in fresh wording (jobs and settings other than the read
sets'); split class by class at random with seed 39."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HERE = Path(__file__).resolve().parent
MODE = "gans/mode-collapse-when-a-gan-loses-variety"
TEMP = "language-models/sampling-temperature-top-k-and-top-p"
OVER = "training-and-overfitting/overfitting-and-underfitting"
SPLIT = "training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"
EXPL = "reinforcement-learning/exploration-versus-exploitation"
CUM = "reinforcement-learning/maximising-cumulative-reward"
HAL = "hallucination/what-hallucination-means"
HALWHY = "hallucination/why-next-token-prediction-produces-fluent-falsehoods"
SPOT = "hallucination/how-to-spot-and-reduce-hallucination"
VAEG = "vaes/vaes-compared-with-gans"
GENDATA = "data-and-compute/training-data-for-generative-models-large-clean-and-varied"
COST = "data-and-compute/training-cost-compute-expertise-and-time"
AFTER = "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"
EFF = "ml-vs-generative-ai/comparing-efficiency-and-computing-needs"
MORE = "what-is-ml/patterns-trends-and-improving-with-more-data"
GENBAD = "benefits-and-limitations/where-generative-ai-falls-short"
IMG = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
COPY = "what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"
RECOG = "ml-applications/image-and-speech-recognition"
PREDCRE = "ml-vs-generative-ai/predicting-versus-creating-two-different-goals"
NOISY = "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"
VARY = "hallucination/why-generated-content-varies-in-quality"
BIAS = "ethics-and-regulation/bias-inherited-from-training-data"
BIASGEN = "ethics-and-regulation/biased-or-harmful-generated-content"

SYMPTOM = [
 ("dog walker. asked a picture app for 'dogs in the park' for my leaflets and every single one is a golden lab, never a mix of breeds. why does it keep landing on the one", [MODE], [["mode collapse|few kinds|only a few|variety"]]),
 ("the bot that writes our newsletter intros has a dial going from calm to wild, and turned right up it writes total word salad. what is that dial", [TEMP], [["temperature"], ["nonsense|unlikely tokens"]]),
 ("tailor. bought a measuring app whose model was spot on with the shop's own customers in the sales video, but with my clients it's miles out. is that a known thing", [OVER], [["overfit"], ["new|unseen"]]),
 ("lorry dispatcher here. our routing bot sometimes sends a van down a road it has never used even though it knows a fine one. why on earth would it do that", [EXPL], [["explor"], ["exploit|random"]]),
 ("why do the pictures from the squeeze-it-down-then-rebuild type of generator come out sort of smudgy compared with the forger-detective ones", [VAEG], [["blur"], ["averag|uncertain details|soften"]]),
 ("sommelier. asked a chatbot for a wine's vintage notes and it named a tasting award that never happened, sounded so sure of itself. what is going on there", [HAL, HALWHY], [["hallucinat"]]),
 ("cake shop owner. the generator i use only ever draws cakes with pink icing, like it can't imagine any other colour. what does it need to have been trained on to do better", [GENDATA, MODE], [["divers|varied|variety"]]),
 ("same question to the writing ai three times, three different answers, one of them wrong. why does it wobble like that", [VARY], [["sampl|varies|different"]]),
 ("paramedic. the triage app nails every case from the hospital it came from and gets muddled on our rural calls. what does that usually mean", [OVER], [["overfit"]]),
 ("my art generator keeps making the exact same face for every 'crowd' picture. whats that failure called", [MODE], [["mode collapse"]]),
 ("careers coach. a hiring tool keeps scoring older applicants lower and nobody programmed it to. where does that come from", [BIAS], [["bias"], ["data"]]),
 ("the stock counter was trained on a spreadsheet full of typos and blank cells, and now its guesses are way off. is that why", [NOISY], [["noisy|errors|missing|incomplete"]]),
]
JOBWORDS = [
 ("med student: when a team builds a diagnosis model, do they keep a batch of patient records aside that it never trains on and only check it on those at the end", [SPLIT], [["test set"], ["hidden until the end|fresh exam|80"]]),
 ("haulage planner. a delivery bot that grabs the quickest drop now even if it wrecks the rest of the day, is that how learning bots are supposed to play it", [CUM], [["cumulative|total reward"], ["short-sighted|delayed|discount"]]),
 ("bank clerk. when our loan model was built did they keep some customer files back to test it honestly, and how much", [SPLIT], [["test set"], ["80|20 percent"]]),
 ("school business manager. the timetable ai keeps sticking with the one schedule it knows works. shouldnt it try other ones now and then", [EXPL], [["explor"], ["exploit"]]),
 ("hospital porter. a delivery robot on the wards is learning routes by trial and error. how does it choose between a corridor it knows and one it hasnt tried", [EXPL], [["explor"], ["epsilon|random"]]),
 ("farm manager: does the crop yield model actually get better the more seasons of data we give it", [MORE], [["more data"], ["improve"]]),
 ("pharmacy tech. a drug-interaction checker was brilliant on the supplier's records and flops on ours. have they just overtuned it to their own data", [OVER], [["overfit"]]),
 ("retail buyer. our sales forecaster, once it's built, does it need a huge server to spit out each week's number", [AFTER, EFF], [["little|cheap|quick"]]),
]
STORY = [
 ("i run a small removals firm, three vans, been doing it twenty years, and we always load the same way because it works. my nephew keeps saying the learning software he's building sometimes tries daft loading orders on purpose to find better ones. is that really how these things learn", [EXPL], [["explor"], ["exploit"]]),
 ("long story short, we had a consultant in, he showed us a model that was 99 percent on his test data, we put it live on our own orders and it fell on its face within a week. my director thinks it was a scam. what actually went wrong", [OVER], [["overfit"], ["new|unseen"]]),
 ("so i've been messing with an ai story writer for my kids' bedtime stories, it's mostly fine, but when i changed the creativity setting right to the top the stories turned into random jumbled words. what did that setting do", [TEMP], [["temperature"], ["nonsense|unlikely tokens"]]),
 ("our charity made a poster with an ai image tool, we asked for volunteers of all ages and it gave us the same smiling young woman in every version, twenty tries. a trustee asked me why. what do i tell her", [MODE, GENDATA], [["variety|divers|varied|few kinds"]]),
 ("my uncle is convinced chatgpt knowingly fibs to people to keep them hooked. it told him about a history book that turned out not to exist. is it deliberately deceiving him", [HAL], [["not lying on purpose|no sense of true"]]),
 ("we're a tiny architecture practice and someone at a conference said we could train our own massive network from nothing on our drawings. what would that actually cost us apart from buying computers", [COST], [["expertise"], ["time"]]),
]
VENDOR = [
 ("the salesman's demo of the weld-checking model was flawless on his sample plates and useless on our welds. what's the course word for that", [OVER], [["overfit"]]),
 ("a vendor says their image tool 'invents' brand new pictures. is it really new or is it pulling stock photos from somewhere", [COPY, IMG], [["cop"]]),
 ("marketing agency told us their ai will come up with a completely original campaign concept nobody has ever seen. can it actually do that", [GENBAD], [["groundbreaking"], ["already exists"]]),
 ("the supplier says their model 'learns and improves' the longer we use it. is that a real thing with machine learning", [MORE], [["more data"], ["improve"]]),
 ("the it firm wants us to buy a rack of gpus just to run the already-built scrap predictor each shift. what really decides how much computing that needs", [AFTER], [["size of the data|complexity of the model|type of algorithm"]]),
]
TASKY = [
 ("compliance officer. whats the checking process to tell whether a chatbot made up a statistic or the source it quoted", [SPOT], [["check|source|citation"]]),
 ("structural engineer, used to week-long runs. what does training one of these giant networks from zero actually consume, other than the kit", [COST], [["expertise"], ["time"]]),
 ("editor at a publisher. what steps should my team follow to catch invented quotes in ai-written drafts", [SPOT], [["check|source|quotation"]]),
 ("whats the drill for making a chatbot invent stuff less often", [SPOT], [["ground|sources|temperature"]]),
]
FACT = [
 ("archivist. a chatbot gave a researcher a letter reference that isnt in our collection at all. was the ai trying to trick him", [HAL], [["not lying on purpose|no sense of true"]]),
 ("interior stylist. the room pictures i get from typing a sentence into an image ai, where do they actually come from", [IMG, COPY], [["text description|pattern"]]),
 ("does a model really keep getting smarter the more examples you give it", [MORE], [["more data"], ["improve"]]),
 ("sign language interpreter. the auto-captions on my videos and the app that names people in photos, is that the same sort of ai as the one that writes stories", [RECOG], [["caption|facial recognition"], ["rather than creating new content|existing"]]),
 ("can an ai really dream up an invention that has never existed", [GENBAD], [["groundbreaking"]]),
 ("once the pump failure model is trained, is scoring a sensor reading heavy on the computer or light", [AFTER], [["little|cheap|handful"]]),
]


def main() -> None:
    rng = random.Random(39)
    classes = [("symptom", SYMPTOM), ("jobwords", JOBWORDS), ("story", STORY), ("vendor", VENDOR), ("tasky", TASKY), ("fact", FACT)]
    built = [(name, [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in items]) for name, items in classes]
    probekit.check_facts([c for _, cs in built for c in cs])
    split = probekit.split_by_class(built, rng)
    for folder, cases in split.items():
        head = f"# parab39-s39 ({folder}): everyday paraphrases whose words pull away from their section; written before running the tutor, split by class at random (seed 39).\n\n"
        probekit.write_cases(HERE / folder / "paraphrase.toml", head, cases)


if __name__ == "__main__":
    main()
