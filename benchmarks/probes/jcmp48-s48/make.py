"""jcmp48-s48: 60 comparison probes written blind (stop 48, issue 11).

Six populations, 10 cases each, each from a different person. Forms (STYLE): (a) two things told in
a story, then an ask naming neither; (b) "X or Y for my job?"; (c) an aspect asked of two things;
(d) a colleague's claim to check; (e) a plain "difference between"/"vs" in everyday words;
(f) a three-way ask. Each population has 2 each of a-d and 1 each of e-f.

Run with the worktree's python: it checks every fact against the cited sections
(learner_judge.unstated_facts and case_problems must both return []), then shuffles the 60 cases
with random.Random(1148).shuffle and writes the first 30 to work/ and the rest to measure/.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import probekit  # noqa: E402

from tests.core.learner_judge import case_problems, unstated_facts  # noqa: E402

SEED = 1148
E, T, W = "estate agents and surveyors", "primary-school teaching assistants", "warehouse pickers and forklift drivers"
O, A, H = "opticians", "accountants at tax season", "hotel receptionists"  # noqa: E741
FORMS = {"a": "story, ask naming neither", "b": "X or Y for my job", "c": "aspect of two", "d": "claim to check",
         "e": "plain difference", "f": "three-way"}

# (population, form, question, sections, facts)
CASES = [
    # --- estate agents and surveyors ---
    (E, "a", "lettings agent. our portal software guesses what a 2 bed flat shuld rent for from the postcode, size and whats let nearby, and last week the boss bought a tool that writes the whole listing blurb from the photos + floorplan. same kind of thing or not??",
     ["ml-vs-generative-ai/predicting-versus-creating-two-different-goals"],
     [["predict"], ["create new data|did not exist before"]]),
    (E, "b", "sales negotiator at an estate agents. we've got about 3000 applicants on the mailing list and i want them split into types of buyer but nobody has ever sorted them. do i need the one where every record has to be tagged first, or the one that finds the groups by itself?",
     ["supervised-learning/learning-from-labelled-examples", "unsupervised-learning/clustering-groups-similar-data-points"],
     [["label"], ["group"]]),
    (E, "c", "building surveyor here. two AI things being pushed at us: an app trained on our old photos that says if a wall has rising damp, and a bot that writes up the survey report text. where does each of them tend to go wrong? not looking for the sales pitch",
     ["benefits-and-limitations/where-machine-learning-falls-short", "benefits-and-limitations/where-generative-ai-falls-short"],
     [["noisy|incomplete"], ["varies|false facts|groundbreaking"]]),
    (E, "d", "valuer at a small independant firm. colleague reckons our automated valuation tool is 'basically chatgpt, its all AI innit'. is he right or are they different animals?",
     ["what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"],
     [["prediction or decision|predictive machine learning"], ["new content"]]),
    (E, "e", "quantity surveyor, quick one: difference between a model that spits out a number (like a build cost) and one that puts things in a box (like over budget / on budget)?",
     ["supervised-learning/classification-versus-regression"],
     [["regression"], ["classification"]]),
    (E, "f", "branch manager, doing one of those free AI courses in the evenings. it says theres 3 ways a computer learns - from examples that come with the answers, from a heap of data with no answers, and by trial and error collecting points. can u line the three up side by side for me",
     ["what-is-ml/three-ways-a-machine-can-learn"],
     [["supervised"], ["unsupervised"], ["reinforcement"]]),
    (E, "a", "trainee negotiator. the crm at our office flags which viewings will probably turn into offers. now IT want a second tool that invents realistic pretend viewing records, to give the first one more to learn from cos we dont have many real ones. does one replace the other or what",
     ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"],
     [["synthetic"], ["more training examples|real and synthetic"]]),
    (E, "b", "auctioneer at a property and antiques saleroom. for mock-up catalogue pics would i want the one with a faker and a spotter fighting each other, or the squash-it-down-and-rebuild one? pics need to look crisp and real, not smudgy",
     ["vaes/vaes-compared-with-gans"],
     [["blurr"], ["sharper|crisp realism"]]),
    (E, "c", "commercial agent. which eats more computer power: a simple model scoring a few thousand leases on whether the tenant will leave, or an image generator knocking out glossy pics of office blocks that dont exist? my guess is the first one cos its more numbers",
     ["data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"],
     [["relatively little|cheap|handful of arithmetic"], ["computationally demanding|large networks"]]),
    (E, "d", "block management admin. my manager says our rent arrears predictor is 'accurate' and the listing writer bot is 'accurate' too because its write ups sound real. does accurate even mean the same thing for the two of them?",
     ["ml-vs-generative-ai/comparing-accuracy-and-adaptability"],
     [["right answer"], ["realistic and unique"]]),
    # --- primary-school teaching assistants ---
    (T, "a", "TA in yr 2. the reading program looks at how each kid did and picks what they do next, and theres this other app that writes brand new little practice questions at their level. whats the actual difference between what these two are?",
     ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"],
     [["learning path|adapts the content|recommends"], ["educational material|practice questions"]]),
    (T, "b", "SEN TA. two jobs for one little lad with dyslexia: something to read his worksheets out loud in a nice natural voice, and something to type up what he says when he talks. ML or generative AI for each one?",
     ["ml-applications/image-and-speech-recognition", "generative-ai-applications/code-audio-and-new-drug-molecules"],
     [["speech recognition"], ["speech in a chosen voice|audio generation"]]),
    (T, "c", "HLTA. the times tables quiz on the laptops is easy to mark cos every answer is just right or wrong. but the class used an AI to draw pictures for our story and idk how youd 'mark' that. which is harder to check, and how do you judge the pictures one?",
     ["evaluating-models/accuracy-the-share-of-predictions-that-are-right", "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"],
     [["accuracy|correct label"], ["realism|coherence|diversity|no single correct output"]]),
    (T, "d", "reception class TA. another TA reckons the little AI on the school laptop that works with no internet and chatgpt are the same thing, ones just smaller so theres no real difference. is she right?",
     ["language-models/small-language-models-versus-large-ones"],
     [["speed|low memory|ordinary computer|laptop"], ["accurately|knowledgeably|data-centre"]]),
    (T, "e", "difference between a computer model learning stuff too much off by heart and one thats too basic to learn anything? (teaching assistant, trying to explain it to my year 5s)",
     ["training-and-overfitting/overfitting-and-underfitting"],
     [["overfitting|memorises"], ["underfitting|too simple"]]),
    (T, "f", "i run computing club as a TA and the kids asked how the AI picks each next word. i found 3 ways: always take the top guess, pick at random weighted by how likely each word is, or crank up a 'creativity' dial. whats the difference between the three?",
     ["language-models/sampling-temperature-top-k-and-top-p"],
     [["greedy|most likely"], ["random sampling|variety"], ["temperature"]]),
    (T, "a", "yr 6 TA, prepping the online safety lesson. example 1: a chatbot confidently recomended a kids book that doesnt exist. example 2: a fake video of a footballer saying stuff he never said. are those basically the same problem?",
     ["hallucination/what-hallucination-means", "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"],
     [["hallucination"], ["deepfake"]]),
    (T, "b", "phonics intervention TA. we want to spot early which children are slipping behind, from their assessment scores. should it be the trial and error one that learns from rewards, or one trained on past pupils where we already know who fell behind?",
     ["reinforcement-learning/agents-environments-actions-and-rewards", "supervised-learning/learning-from-labelled-examples"],
     [["reward"], ["label"]]),
    (T, "c", "TA doing a part time degree. for our plants topic: which needs more or better data, a model that sorts photos of leaves into tree types, or one that makes up new leaf pictures? and what kind of data does each one want",
     ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "data-and-compute/training-data-for-generative-models-large-clean-and-varied"],
     [["label"], ["diverse|varied|high-quality"]]),
    (T, "d", "TA in a tiny village school. the head says the AI marking helper doesnt need double checking because 'computers dont make mistakes', unlike the story writing one. is that true for either of them?",
     ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes", "hallucination/why-generated-content-varies-in-quality"],
     [["mistakes|noisy|inaccurate"], ["varies|draft"]]),
    # --- warehouse pickers and forklift drivers ---
    (W, "a", "flt driver. new camera system beeps if someone walks into the aisle while the truck's moving, and theres another new thing that writes the morning safety briefing for the supervisor. my mate says both are just 'the ai'. which is which kind?",
     ["industry-use-cases/same-industries-different-jobs"],
     [["prediction|score|category"], ["new content"]]),
    (W, "b", "picker on nights. theyre trialling a robot that learns the quickest way round the racking by trying stuff and getting points when its fast. is that the reinforcement learning one or the clustering one?",
     ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems", "unsupervised-learning/clustering-groups-similar-data-points"],
     [["reward|robot"], ["group"]]),
    (W, "c", "reach truck driver, just curious. which one actually needs a dataset to learn from: a model predicting which pallets get damaged, trained on old damage reports, or a robot learning to drive itself round a pretend warehouse in a simulator?",
     ["reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"],
     [["fixed table|correct answers"], ["environment|simulator"]]),
    (W, "d", "shift supervisor. the software rep told us their stock forecaster 'generates' next weeks order quantities so it counts as generative AI. surely spitting out a number isnt the same as generating content??",
     ["ml-applications/predictive-analytics-and-anomaly-detection", "what-is-generative-ai/generating-new-data-that-resembles-the-training-data"],
     [["forecast"], ["brand-new|new data"]]),
    (W, "e", "goods in operative. whats the difference between the ai spotting weird readings on the chiller sensors and the ai sorting our customers into groups that buy alike?",
     ["unsupervised-learning/what-unsupervised-learning-is-used-for"],
     [["anomaly detection"], ["segmentation|cluster"]]),
    (W, "f", "inventory controller. IT gave us 3 options for the returns project: train it on returns we've already tagged with a reason, let it find groups in the returns on its own, or let it learn by trial and error. what data does each of them actually need from us?",
     ["data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["labelled"], ["unlabelled|raw"], ["environment|no traditional dataset"]]),
    (W, "a", "agency picker. the scanner at the pack bench decides if a box label is readable or not. my daughters chatbot sometimes writes total rubbish that sounds right. is that the same sort of thing going wrong?",
     ["hallucination/why-next-token-prediction-produces-fluent-falsehoods", "supervised-learning/image-classification-as-a-supervised-task"],
     [["likely-sounding|not for producing true|hallucination"], ["categor"]]),
    (W, "b", "forklift instructor. want refresher quizzes for the drivers. should i get an AI that writes fresh quiz questions, or one that tracks who keeps failing which bit and tailors it to each of them? or both?",
     ["future-trends/hyper-personalisation-with-machine-learning", "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"],
     [["hyper-personalisation|each individual|tailoring"], ["text generation|new text|content generation"]]),
    (W, "c", "health and safety rep. which is harder to train and keep steady: one network on its own learning to spot trip hazards in photos, or the two networks playing faker vs spotter?",
     ["gans/why-gan-training-is-unstable-and-costly"],
     [["one network"], ["unstable|balance"]]),
    (W, "d", "returns clerk. lad on my shift says the ai that makes product pictures just cuts and pastes bits of real photos it has saved, same as how our system keeps the photos of returned items. is that actualy how it works?",
     ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"],
     [["does not store|files in a folder|not directly taken"], ["patterns"]]),
    # --- opticians ---
    (O, "a", "optom. the retinal camera software gives me a risk score for diabetic eye disease, and a newer tool drafts the referral letter with a suggested plan. i sign off both. same technology or not really?",
     ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"],
     [["detect disease|medical images|scans"], ["treatment plan|transcribe"]]),
    (O, "b", "dispensing optician. two things head office want: a virtual try on so customers can see frames on their own face, and a forecast of which frames we need to reorder. ML or gen AI for each?",
     ["industry-use-cases/retail-predicting-sales-and-writing-product-content"],
     [["predict"], ["virtual try-on"]]),
    (O, "c", "optical assistant. whats each one actually good at - the AI that finds patterns in our appointment and sales data, and the AI that writes the marketing stuff? not the downsides, just the upsides",
     ["benefits-and-limitations/what-machine-learning-does-well", "benefits-and-limitations/what-generative-ai-does-well"],
     [["automates data analysis|anomal"], ["content production|faster|customer satisfaction"]]),
    (O, "d", "practice owner. a rep says their glaucoma screening AI is 95% accurate so its great. my optom says accuracy isnt enough and we need to know how many real cases it catches and how many false alarms it gives. who's right?",
     ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"],
     [["recall"], ["precision"]]),
    (O, "e", "optical receptionist doing an online course: whats the difference between 'when it beeps, how often is it right' and 'out of all the real ones, how many did it find'?",
     ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"],
     [["precision"], ["recall"]]),
    (O, "f", "glazing lab technician, reading about image AI on my break. three kinds keep coming up: two networks fighting each other, one that squashes and rebuilds, and the chatgpt kind that guesses the next bit of text. how does each one learn, compared?",
     ["gans/one-model-generates-another-evaluates"],
     [["discriminator|evaluat"], ["encoder-decoder|rebuild"], ["next token"]]),
    (O, "a", "contact lens optician. a patient asked some chatbot about lens solution and it named a brand that doesnt exist. our practice's own bot only answers from our leaflets and says it doesnt know otherwise. why does one make things up and the other not?",
     ["hallucination/what-hallucination-means", "hallucination/grounding-answering-from-sources-instead-of-memory"],
     [["hallucination"], ["grounding|retriev|trusted sources"]]),
    (O, "b", "domiciliary optom. want to sort ~2000 housebound patients into groups for visit rounds, but on the map theyre in long weird shapes along the coast and round the estuary, not neat blobs. the basic centre points method or the density based one?",
     ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"],
     [["round"], ["any shape|density"]]),
    (O, "c", "optical lab manager. which one needs people to sit and label stuff: a model that grades lens scratches from photos, or a language model learning to write? someone said one of them needs no labelling at all which sounds wrong to me",
     ["supervised-learning/image-classification-as-a-supervised-task", "language-models/next-token-prediction-step-by-step"],
     [["tagged|categor"], ["no human labelling|text itself supplies"]]),
    (O, "d", "optometry student on placement. my supervisor says the VAE and the GAN are basically the same thing because they both make new images. are they?",
     ["vaes/encoder-latent-space-and-decoder", "gans/the-generator-and-the-discriminator"],
     [["encoder|decoder|latent"], ["discriminator"]]),
    # --- accountants at tax season ---
    (A, "a", "tax senior, mid january madness. the practice software flags returns where the expenses look way off compared to similar clients, and the new assistant drafts the covering letter explaining what we filed. which of these is the gen ai one?",
     ["ml-applications/predictive-analytics-and-anomaly-detection", "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"],
     [["anomaly detection|usual pattern"], ["text generation|new text"]]),
    (A, "b", "sole practitioner, a few hundred clients. want to predict who'll file late so i can nag them early. decision tree or one of those neural network things for a practice my size?",
     ["supervised-learning/common-supervised-learning-algorithms"],
     [["easy to explain|fast"], ["more data|computing power"]]),
    (A, "c", "payroll bureau manager. which is riskier to trust without a human checking: the bank thing that flags dodgy payments while theyre going through, or the LLM that summarises a clients 30 page contract for us?",
     ["industry-use-cases/finance-catching-fraud-and-handling-documents"],
     [["real time"], ["reviewed by qualified people|expert to check"]]),
    (A, "d", "partner at a 6 person firm. our IT guy says training our own model would be cheap cos 'its just maths', but buying into one of the big gen AI ones costs a fortune. is training our own thing really cheap by comparison?",
     ["data-and-compute/training-cost-compute-expertise-and-time"],
     [["computational power|expertise"], ["alike|pretrained"]]),
    (A, "e", "bookkeeper, self taught on this. whats the difference between the 'loss' and the accuracy %? dont they both just say how wrong it is",
     ["training-and-overfitting/what-a-loss-function-measures"],
     [["lower number|during training|compass"], ["accuracy"]]),
    (A, "f", "AAT trainee revising for an AI module on top of all the tax stuff lol. how do AI, machine learning and deep learning fit together? and is generative AI a fourth thing next to them?",
     ["what-is-ml/machine-learning-inside-the-wider-field-of-ai"],
     [["umbrella|outer circle"], ["deep learning"], ["inside machine learning|application of machine learning"]]),
    (A, "a", "self assessment clerk. my bank spotted a weird payment on my card instantly, and then its chat assistant wrote me a friendly message about it. two AIs or one? does one do the others job?",
     ["ml-vs-generative-ai/combining-both-into-more-powerful-systems"],
     [["predictive"], ["generative model|drafts"]]),
    (A, "b", "management accountant. want the month end commentary written automatically from the variance numbers. do i need a predictive model, a generative one, or both working together?",
     ["benefits-and-limitations/knowing-the-limits-is-the-key-to-success"],
     [["analyses the data|analyse data|predict"], ["draft|content people can use"]]),
    (A, "c", "forensic accountant. only about 20 in every 1000 invoices we see are dodgy. which tells me more about a model: the overall % it gets right, or something that looks at the dodgy ones seperately?",
     ["evaluating-models/accuracy-the-share-of-predictions-that-are-right"],
     [["98 percent|catches no fraud|mislead"], ["precision and recall"]]),
    (A, "d", "tax manager. a colleague says our expense categoriser scored 99% on the clients it was trained on so it'll do the same on new clients this year, ie the training score and a score on fresh data are basically the same thing. true?",
     ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"],
     [["test set"], ["training set|memoris"]]),
    # --- hotel receptionists ---
    (H, "a", "night auditor. lobby music: the current system plays songs from the library that guests seem to like, and the trial one makes new background tracks on the spot for 'relaxed evening'. which is which kind of ai?",
     ["generative-ai-applications/music-composition-and-personalised-playlists"],
     [["recommendation|existing songs"], ["did not exist before|create songs"]]),
    (H, "b", "front office manager. for the complaints inbox, do i want something that reads each email and says angry / happy / confused, or a chatbot that answers them? or are those two different jobs",
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"],
     [["sentiment analysis"], ["chatbot|natural language"]]),
    (H, "c", "reservations agent. which is harder to catch when its wrong: the no-show predictor (we find out if they turn up or not) or the chatbot telling guests the check in time and parking rules?",
     ["evaluating-models/accuracy-the-share-of-predictions-that-are-right", "hallucination/how-to-spot-and-reduce-hallucination"],
     [["marked right or wrong|already known"], ["claims to check|checking sources"]]),
    (H, "d", "concierge. colleague says the translation app on the desk tablet and the thing that reads our online reviews for mood are both 'just predicting', neither is generative. right?",
     ["ml-applications/natural-language-processing-with-machine-learning"],
     [["pure prediction"], ["produce new text"]]),
    (H, "e", "hostel receptionist lol. in that trial and error AI, whats the difference between exploring and exploiting, in plain words? like me always sending backpackers to the same pub i know they like vs sometimes chancing the new place",
     ["reinforcement-learning/exploration-versus-exploitation"],
     [["exploration"], ["exploitation"]]),
    (H, "f", "i run a small B&B and do the front desk myself. my nephew keeps going on about 3 things: chatbots you can show photos and talk to, building your own little chatbot without coding, and turning a sentence into a video. how do they compare for a place like mine?",
     ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", "future-trends/custom-mini-chatbots-built-without-code", "future-trends/text-to-video-the-next-frontier-for-generative-ai"],
     [["multimodal|photo"], ["without writing|no programming"], ["video clip|text-to-video"]]),
    (H, "a", "apprentice receptionist. induction covered a system that flags unusual card payments at check in, and a warning about fake phone calls that sound exactly like the GM asking us to move money. same thing underneath?",
     ["ml-applications/fraud-detection-with-machine-learning", "future-trends/deepfakes-and-regulation-in-the-years-ahead"],
     [["fraud"], ["deepfake"]]),
    (H, "b", "front desk + revenue. picking an evening course: machine learning or generative AI. what skills does each one want from you? im decent at maths, rubbish at coding",
     ["skills-and-learning-paths/skills-for-working-in-generative-ai", "skills-and-learning-paths/skills-for-working-in-machine-learning"],
     [["creativity"], ["python"]]),
    (H, "c", "front desk agent at a chain. two problems my manager keeps moaning about with the new AI check in: nobody can be found who knows how to run it, and half the team wont touch it. whats behind each one?",
     ["adoption-challenges/the-ai-skills-gap", "adoption-challenges/resistance-to-change-from-employees"],
     [["shortage|expertise"], ["fear|complexity"]]),
    (H, "d", "reservations supervisor. our GM wants the AI room pricing switched on across all 9 hotels at once, says trying it in one hotel first is a waste of time. how does starting small compare with going all in?",
     ["adoption-challenges/a-small-pilot-project-as-a-first-step", "adoption-challenges/a-holistic-approach-to-ai-adoption"],
     [["low-risk|pilot"], ["step by step|everything at once"]]),
]


def build() -> list[dict]:
    return [
        {"kind": "comparison", "question": q, "in_scope": True, "sections": s, "facts": f, "_pop": p, "_form": form}
        for p, form, q, s, f in CASES
    ]


def main() -> None:
    cases = build()
    assert len(cases) == 60
    for pop in (E, T, W, O, A, H):
        assert sum(c["_pop"] == pop for c in cases) == 10, pop
    checked = [{k: v for k, v in c.items() if not k.startswith("_")} | {"file": "comparison.toml"} for c in cases]
    problems = unstated_facts(checked) + case_problems(checked)
    for problem in problems:
        print("PROBLEM", problem)
    if problems:
        sys.exit(1)
    random.Random(SEED).shuffle(cases)
    halves = {"work": cases[:30], "measure": cases[30:]}
    for folder, part in halves.items():
        head = (
            f"# Comparison probes (stop 48, jcmp48-s48, {folder} half), written blind: fresh learner questions from six\n"
            "# populations (estate agents and surveyors, primary-school teaching assistants, warehouse pickers and\n"
            "# forklift drivers, opticians, accountants at tax season, hotel receptionists), 10 each, each from a\n"
            "# different person. Forms mixed evenly: (a) two things told in a story, then an ask naming neither;\n"
            "# (b) \"X or Y for my job?\"; (c) an aspect asked of two things; (d) a colleague's claim to check;\n"
            "# (e) plain \"difference between\" in everyday words; (f) three-way. sections = one per side (or one\n"
            "# section comparing both), facts all required. Split at random before any tutor run:\n"
            f"# random.Random({SEED}).shuffle of the 60 cases, first 30 to work, rest to measure.\n\n"
        )
        body = "\n".join(
            f"# {c['_pop']}; ({c['_form']}) {FORMS[c['_form']]}\n"
            + probekit.toml_case({k: v for k, v in c.items() if not k.startswith("_")}, literal=("facts",))
            for c in part
        )
        path = HERE / folder / "comparison.toml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(head + body, encoding="utf-8")
        print(folder, len(part))


if __name__ == "__main__":
    main()
