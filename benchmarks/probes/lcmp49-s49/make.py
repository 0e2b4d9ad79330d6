"""Write the lcmp49-s49 comparison probes (stop 49, issue 11): 60 blind cases, 10 per population.

Run with the worktree's python from the worktree root: `.venv/bin/python benchmarks/probes/lcmp49-s49/make.py`.
It checks every case with `tests/core/learner_judge` (`case_problems` and `unstated_facts` must both be
empty, or nothing is written), then shuffles the 60 cases, listed population by population, with
`random.Random(49).shuffle` and writes the first 30 to `work/comparison.toml`, the rest to
`measure/comparison.toml`. Re-running rewrites the same files.

Each case: (population, form, question, sections, facts). Forms, per population: `within` x2 (one section
that compares both sides), `lesson` x2 (two sections of one lesson), `cross` x1 (two lessons), `scenario` x2
("for my X, A or B?"), `story` x2 (two things told, then "same thing?"/"which is which", no comparing word,
neither side named by the course's term), `three` x1 (three-way).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core"))

DENTAL = "dental-practice staff"
ARCH = "architects"
CLAIMS = "insurance claims handlers"
BAKER = "bakers"
FLORIST = "florists"
HELPDESK = "IT helpdesk staff"
POPULATIONS = (DENTAL, ARCH, CLAIMS, BAKER, FLORIST, HELPDESK)

CASES = [
    # ---------------------------------------------------------------- dental-practice staff
    (DENTAL, "within",
     "dental nurse here. the practice is trialling 2 bits of software, one looks at a bitewing xray and just says decay or no decay, the other one guesses how many minutes each appointment will overrun by. my boss reckons thats the exact same kind of ai job but they feel diffrent to me?",
     ["supervised-learning/classification-versus-regression"],
     [["classification|category"], ["regression|number on a continuous scale"]]),
    (DENTAL, "within",
     "hygienist, 12 yrs in. if our gum disease screening app flags heaps of patients who turn out totally fine thats annoying, but if it misses a real case thats worse surely? whats the proper name for each of those two kinds of mistake and how do you balance them",
     ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"],
     [["recall"], ["precision"]]),
    (DENTAL, "lesson",
     "practice manager, writing a risk note for the partners. we've got the no-show predictor (learns from our booking history) and the thing that writes patient letters. whats the main way each of them goes wrong? dont want to lump them together",
     ["benefits-and-limitations/where-machine-learning-falls-short", "benefits-and-limitations/where-generative-ai-falls-short"],
     [["noisy|incomplete|poor data|inherit the biases"], ["varies|biased or harmful|false facts|groundbreaking"]]),
    (DENTAL, "lesson",
     "associate dentist. asked the chatbot the max dose of lidocaine twice and got two diffrent numbers?? and last week it gave me a journal article that doesnt exist. are those the same glitch or two seperate things",
     ["hallucination/why-generated-content-varies-in-quality", "hallucination/what-hallucination-means"],
     [["samples each token|two runs of the same prompt|varies"], ["made up|not supported by any source|does not exist"]]),
    (DENTAL, "cross",
     "oral surgeon, we see maybe 40 of a rare jaw cyst a year so not many xray examples. a colleague says just get an ai to make fake cyst xrays to bulk up the training pile instead of paying our consultants to mark up more real ones. whats the catch with each route?",
     ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "generative-ai-applications/data-augmentation-with-synthetic-training-examples"],
     [["labels are often expensive|people have to create them"], ["synthetic"]]),
    (DENTAL, "scenario",
     "practice owner, 2 chairs, drowning in paperwork. rep is pushing two add ons: one that highlights possible decay on the xrays and one that writes up a draft treatment plan from my notes. if i can only afford one to save admin time which is it, and which of them is the generative ai one?",
     ["industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"],
     [["detect disease|medical images|suspicious shadow"], ["treatment plan"]]),
    (DENTAL, "scenario",
     "orthodontist. for the consult i want to show patients a picture of what there teeth might look like after aligners, and seperately get an estimate of how many months treatment will take from our past cases. for the picture one do i want the predicting type of ai or the making type?",
     ["ml-vs-generative-ai/predicting-versus-creating-two-different-goals"],
     [["predictions or decisions|predictive"], ["create new data|did not exist before"]]),
    (DENTAL, "story",
     "dental technician at a lab. one program on our scanner looks at a finished crown and beeps if it thinks its likely to crack. the other one, you feed it hundreds of our old crowns and it comes up with a brand new crown shape no one at the lab ever designed. is that the same kind of thing doing both jobs?",
     ["what-is-generative-ai/generating-new-data-that-resembles-the-training-data"],
     [["label, a number or a decision|predictive"], ["brand-new example|creates new data|generative"]]),
    (DENTAL, "story",
     "receptionist at a dental surgery. my nephew showed me an app where he types a sentence and it turns it into a little film clip. then at work the booking system tells us which weeks will be rammed. is that the same ai in both??",
     ["future-trends/text-to-video-the-next-frontier-for-generative-ai", "ml-applications/predictive-analytics-and-anomaly-detection"],
     [["text-to-video|video clip from a written description"], ["predictive analytics|forecast"]]),
    (DENTAL, "three",
     "trainee dental nurse doing an intro to ai course on my days off. it says a computer can learn from examples that have the answers, from examples with no answers, or by getting rewards and penalties. can u explain how those 3 differ, simple pls",
     ["what-is-ml/three-ways-a-machine-can-learn"],
     [["correct answer attached|(?<!un)supervised learning"], ["no answers at all|unsupervised learning"], ["rewards or penalties|reinforcement learning"]]),
    # ---------------------------------------------------------------- architects
    (ARCH, "within",
     "sole practitioner architect. want to predict build cost from my past jobs. the tech guy i hired says decision tree, a consultant says neural network. which one could i actually explain to a client and whats the downside of the other",
     ["supervised-learning/common-supervised-learning-algorithms"],
     [["easy to explain|yes-or-no questions"], ["more data and computing power"]]),
    (ARCH, "within",
     "part 2 arch student. for my dissertation i made a model to predict the energy use of buildings. version one is basically perfect on the buildings i trained it on but rubbish on new ones, version two is meh on everything. which is overfiting and which is underfitting, i always mix them up",
     ["training-and-overfitting/overfitting-and-underfitting"],
     [["training data too closely|memorises|very high score on the training set"], ["too simple|poorly on both"]]),
    (ARCH, "lesson",
     "partner at a 30 person practice, pitching ai to the other partners next week. in one line each, what is the number crunching kind of ai actualy good for and what is the picture-and-text making kind good for?",
     ["benefits-and-limitations/what-machine-learning-does-well", "benefits-and-limitations/what-generative-ai-does-well"],
     [["automates data analysis|detects anomalies|complex patterns"], ["content production|possibilities of what could be|more creative"]]),
    (ARCH, "lesson",
     "associate at a practice bidding for a council framework. the tender asks if our ai use follows 'responsible ai' principles AND complies with the eu ai act. arent they the same thing said twice?",
     ["ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks", "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act"],
     [["principles and practices"], ["a law|sorts AI systems by risk|legal duties"]]),
    (ARCH, "cross",
     "BIM manager, reading up on image generators. one type has a faker and a judge fighting each other, the other type crushes a picture down to a couple of numbers and then rebuilds it. how are those two setups actually different inside?",
     ["gans/the-generator-and-the-discriminator", "vaes/encoder-latent-space-and-decoder"],
     [["discriminator"], ["encoder|decoder|latent space"]]),
    (ARCH, "scenario",
     "landscape architect. client wants 'ai' on a park masterplan. i need (a) loads of layout options to show them fast and (b) a guess at how many visitors a day itll get. which type of ai fits which job?",
     ["benefits-and-limitations/knowing-the-limits-is-the-key-to-success"],
     [["analyse data and predict|predict, classify or detect"], ["create a draft|set of options"]]),
    (ARCH, "scenario",
     "project architect, client presentation next month. for a walk through of the scheme can i just use the picture generator we already use for stills, or do i need one of those text to video tools? why is moving video so much harder??",
     ["future-trends/text-to-video-the-next-frontier-for-generative-ai", "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"],
     [["frames must stay consistent|every frame"], ["image generation|new pictures"]]),
    (ARCH, "story",
     "architectural technologist. at work theres a new tool that takes my scrappy pencil sketch of an elevation and turns it into a proper photo-looking image. my colleague's spreadsheet add-in chews through all our old project costs and tells us what the next job will probably cost. same kind of ai or not??",
     ["gans/what-gans-have-been-used-for", "ml-applications/predictive-analytics-and-anomaly-detection"],
     [["sketches into pictures|GANs"], ["forecast|predictive analytics"]]),
    (ARCH, "story",
     "architect at a mid size firm. the chatbot we put on our website told a client about a planning rule that simply doesnt exist. same week someone circulated a picture of our director cutting the ribbon at a building hes never even been to, clearly computer made. are these both the same problem?",
     ["hallucination/what-hallucination-means", "ethics-and-regulation/deepfakes-and-the-argentine-election-poster"],
     [["not supported by any source|false, made up|fluent and confident"], ["real person|never said or did"]]),
    (ARCH, "three",
     "i teach one day a week at the architecture school alongside practice. students keep asking how the three main picture/text generators learn: the forger-and-detective one, the compress-and-rebuild one, and the chatgpt style one. one line each on how each is trained?",
     ["gans/one-model-generates-another-evaluates"],
     [["evaluat|discriminator"], ["rebuild its inputs|encoder-decoder"], ["next token"]]),
    # ---------------------------------------------------------------- insurance claims handlers
    (CLAIMS, "within",
     "motor claims handler. our fraud dashboard shows 'precision 0.6' and 'recall 0.75' every monday and honestly i keep mixing the two up. whats the actual diffrence in plain english?",
     ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"],
     [[r"raises an alarm|TP / \(TP \+ FP\)"], [r"of all the real cases|TP / \(TP \+ FN\)"]]),
    (CLAIMS, "within",
     "claims team leader. my director keeps saying the new letter writing ai is 'really accurate' just like our claims scoring model is. does accurate even mean the same thing for both of them?",
     ["ml-vs-generative-ai/comparing-accuracy-and-adaptability"],
     [["right answer"], ["realistic and unique"]]),
    (CLAIMS, "lesson",
     "claims QA analyst. audit asked us about bias. is our triage model being biased the same risk as the email drafting ai being biased, or are they different animals?",
     ["ethics-and-regulation/bias-inherited-from-training-data", "ethics-and-regulation/biased-or-harmful-generated-content"],
     [["treats some groups of people unfairly|unfair patterns|postcode"], ["stereotypes|toxic|spread widely"]]),
    (CLAIMS, "lesson",
     "fraud referral handler. our old fraud model was trained on thousands of past claims someone had marked fraud or genuine. IT say the new 'odd claim' detector doesnt need any marked examples at all. how can both of those work?",
     ["ml-applications/fraud-detection-with-machine-learning", "ml-applications/predictive-analytics-and-anomaly-detection"],
     [["(?<!un)supervised learning"], ["unsupervised learning|seldom labelled"]]),
    (CLAIMS, "cross",
     "travel claims handler. the policy summary bot gets the gist of a 40 page wording in seconds but ive caught it inventing an exclusion that isnt there. our claims scoring model never 'invents' anything, it just gives a number. why does one make stuff up and the other cant?",
     ["hallucination/why-next-token-prediction-produces-fluent-falsehoods", "what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"],
     [["likely-sounding|next-token prediction rewards"], ["prediction or decision about its input|fraud detection model"]]),
    (CLAIMS, "scenario",
     "pet insurance claims handler. people upload vet invoices and long clinical histories. we want something to pull out the key bits AND flag the claims that look fishy. is that one ai or two different kinds, and which does which?",
     ["industry-use-cases/finance-catching-fraud-and-handling-documents"],
     [["fraud"], ["large language models|LLM"]]),
    (CLAIMS, "scenario",
     "claims ops at a small insurer on a tight budget. for scoring thousands of claims overnight, would a classic prediction model or one of those big generator models be cheaper to keep running once its built?",
     ["data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"],
     [["relatively little computational power|scoring millions of records is cheap|handful of arithmetic"], ["computationally demanding"]]),
    (CLAIMS, "story",
     "complaints handler. a customer sent in photos of 'hail damage' that our investigator reckons a computer made from scratch, nothing real in them. meanwhile our own system that looks at car photos and says 'dent' or 'scratch' got one wrong last week. are both of those the computer making stuff up?",
     ["generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality", "ml-applications/image-and-speech-recognition"],
     [["create new pictures|image generation"], ["classify pictures|prediction about existing data"]]),
    (CLAIMS, "story",
     "trainee claims handler. the motor team's system learned by being shown old claims each tagged paid or declined. ours was just handed a big pile of home claims with no notes on them and came back with 5 groups all by itself. is ours doing the same thing as theirs?",
     ["supervised-learning/learning-from-labelled-examples", "unsupervised-learning/clustering-groups-similar-data-points"],
     [["labelled examples|correct output"], ["clustering"]]),
    (CLAIMS, "three",
     "apprentice in claims analytics. three projects on the go: one learns from claims we've marked fraud/not fraud, one sorts claims into groups without any marking, and one learns a haggling strategy by trial and reward in a simulator. which of these needs the most data prep from us?",
     ["data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["large labelled datasets|every example comes with the correct answer"], ["unlabelled data|without anyone tagging"], ["no traditional dataset|environment"]]),
    # ---------------------------------------------------------------- bakers
    (BAKER, "within",
     "artisan baker. my nephew does computer science and explained this ai thing where the program either sticks with the move that already worked or tries something random. like me sticking with croissants or trying a new bake lol. what are the two called and whats the catch with each?",
     ["reinforcement-learning/exploration-versus-exploitation"],
     [["exploitation"], ["exploration"]]),
    (BAKER, "within",
     "cake decorator. i use an ai to think up names for my celebration cakes and theres a 'temperature' slider. turned down its boring and samey, turned up it goes totally bonkers. whats actually changing between low and high?",
     ["language-models/sampling-temperature-top-k-and-top-p"],
     [["sharpens|top tokens dominate"], ["flattens|unlikely tokens"]]),
    (BAKER, "lesson",
     "apprentice baker doing an evening course in data stuff. the loss function and gradient descent sound like the same thing to me, both about getting less wrong? how are they diffrent",
     ["training-and-overfitting/what-a-loss-function-measures", "training-and-overfitting/gradient-descent-in-plain-words"],
     [["single number"], ["downhill|slope"]]),
    (BAKER, "lesson",
     "production manager at a wholesale bakery. our data guy did two things with the order data: squashed about 40 columns down to 2 so he could draw it on a chart, and split our 300 shop customers into groups. are those the same technique with different names?",
     ["unsupervised-learning/dimensionality-reduction-simplifies-complex-data", "unsupervised-learning/clustering-groups-similar-data-points"],
     [["fewer numbers|dimensionality reduction"], ["clustering"]]),
    (BAKER, "cross",
     "sourdough micro baker. i trained my apprentice mostly by letting her try stuff and telling her good or bad after. is that more like the ai that learns from trial and reward, or the one that learns from a big stack of examples with the right answers written on?",
     ["reinforcement-learning/agents-environments-actions-and-rewards", "supervised-learning/learning-from-labelled-examples"],
     [["trial and error|reward"], ["labelled examples|answer key"]]),
    (BAKER, "scenario",
     "i have a bread stall at the saturday market. two jobs i want help with: guessing how many loaves to bake each week, and writing the little chalkboard descriptions. which job is for the chatgpt type ai and which for the other kind?",
     ["industry-use-cases/retail-predicting-sales-and-writing-product-content"],
     [["predict future sales|sales data"], ["product descriptions"]]),
    (BAKER, "scenario",
     "own two bakeries. want an ai watching the oven temps overnight to warn us when somethings going wrong. should it learn from examples of breakdowns we've labelled or just learn what normal looks like? we've only had like 3 breakdowns ever",
     ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets", "unsupervised-learning/what-unsupervised-learning-is-used-for"],
     [["large dataset|every example carries a label"], ["what normal data looks like|anomaly detection"]]),
    (BAKER, "story",
     "pastry chef. my partner's phone app looked at a photo of my eclairs and said 'eclair 92%'. then i typed 'an eclair shaped like a swan' into a different app and got a picture of one that never existed. are those the same sort of clever?",
     ["what-is-generative-ai/the-cat-pictures-example-of-generative-ai"],
     [["classifier|judge"], ["creates a new one|to make|generated pictures"]]),
    (BAKER, "story",
     "night shift baker. the ordering system at work gets last years orders plus the weather and spits out how many baguettes for tomorrow. the thing my daughter uses writes a whole essay once she types the title in. does the essay one also just work out a number like ours?",
     ["supervised-learning/classification-versus-regression", "language-models/next-token-prediction-step-by-step"],
     [["regression|number on a continuous scale"], ["next token|next-token"]]),
    (BAKER, "three",
     "semi retired, helping out at my sons bakery. everyone on the radio says ai, machine learning, generative ai. are those three separate things like 3 different cakes, or is one inside the other like a russian doll?",
     ["what-is-ml/machine-learning-inside-the-wider-field-of-ai"],
     [["umbrella|outer circle"], ["machine learning sits inside|one of the broadest"], ["generative AI sits inside|more specific application"]]),
    # ---------------------------------------------------------------- florists
    (FLORIST, "within",
     "i run an online flower shop. our marketing agency keeps saying we should go from 'personalisation' to 'hyper-personalisation'. is that not just the same thing with a fancier name?",
     ["future-trends/hyper-personalisation-with-machine-learning"],
     [["few groups|same offer"], ["one person at one moment|each individual person"]]),
    (FLORIST, "within",
     "flower farmer who also does arrangements. tried grouping our delivery drop offs on a map with k-means and it chopped our ring of villages round the town in half. someone on a forum said use dbscan instead. why would that cope better?",
     ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"],
     [["round"], ["density|any shape"]]),
    (FLORIST, "lesson",
     "wedding florist messing about with an image ai (a gan apparently) to mock up bouquets. sometimes it only ever gives me the same white rose bouquet over and over, other times the training just goes haywire and nothing improves. are those the same problem?",
     ["gans/mode-collapse-when-a-gan-loses-variety", "gans/why-gan-training-is-unstable-and-costly"],
     [["mode collapse|only a few kinds"], ["unstable|in balance|too strong"]]),
    (FLORIST, "lesson",
     "florist, 35, thinking of retraining. would i need different skills for the jobs making image/text ai compared to the jobs building prediction models? im creative but my maths is rusty",
     ["skills-and-learning-paths/skills-for-working-in-generative-ai", "skills-and-learning-paths/skills-for-working-in-machine-learning"],
     [["creativity"], ["Python|TensorFlow|PyTorch"]]),
    (FLORIST, "cross",
     "event florist. want an ai to make pictures in our house style. what sort of photos would it need to learn from, and is that the same as what the plant id app needed to tell roses from tulips?",
     ["data-and-compute/training-data-for-generative-models-large-clean-and-varied", "supervised-learning/why-supervised-learning-needs-large-labelled-datasets"],
     [["diverse|diversity"], ["every example carries a label|labels"]]),
    (FLORIST, "scenario",
     "florist who does styled shoots for magazines. i want a slider that smoothly morphs a rustic bouquet into a modern one, but also some super crisp realistic shots for the cover. the forger/detective type model or the squash-and-rebuild type, or one for each?",
     ["vaes/vaes-compared-with-gans"],
     [["latent space|blurr"], ["sharper|crisp realism"]]),
    (FLORIST, "scenario",
     "florist with a subscription bouquet website. can one ai both pick flowers for each customer AND write a little note about why they'd love them, or do i need two kinds of ai for that?",
     ["ml-vs-generative-ai/combining-both-into-more-powerful-systems"],
     [["recommendation model|predictive"], ["language model|generative model"]]),
    (FLORIST, "story",
     "delivery driver for a florist. the routing app in my van got better over the weeks, seemingly by trying different routes and getting a thumbs up when i was early. the shop's inbox thing reads customer emails and tags them happy, cross or confused. same sort of brain behind both?",
     ["reinforcement-learning/agents-environments-actions-and-rewards", "ml-applications/natural-language-processing-with-machine-learning"],
     [["reward|trial and error"], ["sentiment|positive, negative or neutral"]]),
    (FLORIST, "story",
     "high street florist and mum. my daughters maths app keeps giving her more fractions because she keeps getting them wrong, and her other app writes brand new practice questions for her every night. same ai?",
     ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"],
     [["personalises each student|learning path|adapts the content"], ["creates the educational material|new practice questions"]]),
    (FLORIST, "three",
     "floristry college tutor. students keep asking about three hyped ai trends: chatbots you can show a photo to, making your own chatbot without coding, and turning a sentence into a video. how do these three actually differ?",
     ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", "future-trends/custom-mini-chatbots-built-without-code", "future-trends/text-to-video-the-next-frontier-for-generative-ai"],
     [["more than one kind of data|text, images and audio"], ["without writing a line of code|no programming"], ["video clip from a written description"]]),
    # ---------------------------------------------------------------- IT helpdesk staff
    (HELPDESK, "within",
     "service desk analyst. our kb bot only ever pastes bits of our own knowledge base articles, the new copilot type assistant writes its own answers from scratch. which one is more likely to invent a fix that doesnt exist and why",
     ["hallucination/what-hallucination-means"],
     [["only repeats text from trusted sources|does not hallucinate"], ["fluent and confident|false, made up|generating new text"]]),
    (HELPDESK, "within",
     "helpdesk apprentice doing a data course on the side. why do we hold back some of the old tickets as a 'test set' instead of training on all of them? what does each pile actually do",
     ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"],
     [["learns from"], ["hidden until the end|fresh exam|measure how well"]]),
    (HELPDESK, "lesson",
     "sysadmin slash helpdesk at a small firm, we've got one gpu box. manager asks why the ticket classifier took days on the gpus to build but now scores tickets instantly on an old server. is building it and running it really that different?",
     ["data-and-compute/training-cost-compute-expertise-and-time", "data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"],
     [["many GPUs|days or weeks|repeats the same arithmetic"], ["relatively little computational power|handful of arithmetic"]]),
    (HELPDESK, "lesson",
     "service desk team lead at an MSP, licensing a chatbot. vendor quotes a price per 'token' and also brags about 'billions of parameters'. are tokens and parameters the same thing?",
     ["language-models/tokens-the-pieces-of-text-a-model-reads-and-writes", "language-models/what-makes-a-language-model-large"],
     [["unit of text"], ["internal parameters"]]),
    (HELPDESK, "cross",
     "desktop support tech doing an ai cert. k-means keeps moving its centre points around and gradient descent keeps taking little steps downhill. are those the same training loop underneath or diffrent ideas?",
     ["unsupervised-learning/how-k-means-finds-clusters", "training-and-overfitting/gradient-descent-in-plain-words"],
     [["nearest centre|average position"], ["slope|downhill"]]),
    (HELPDESK, "scenario",
     "service desk supervisor, budget for one ai thing this year. option a reads each incoming ticket and routes it to the right team, option b is a chatbot that sorts out password resets by itself. for a desk drowning in simple repeat questions which one, and what actually are they?",
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"],
     [["route each one|sort incoming messages"], ["routine queries|natural language|hold the conversation"]]),
    (HELPDESK, "scenario",
     "head of IT support at a 50 person company. the director wants to go all in on ai across every team at once. id rather do a small trial on one thing first. whats the case for each?",
     ["adoption-challenges/a-small-pilot-project-as-a-first-step", "adoption-challenges/a-holistic-approach-to-ai-adoption"],
     [["low-risk trial|modest infrastructure"], ["step by step|buying everything at once"]]),
    (HELPDESK, "story",
     "1st line support. a user asked why outlook finishes her sentences for her while she types, and also quietly shunts some emails to junk on its own. she thinks its one robot doing both. is it?",
     ["language-models/what-a-language-model-does", "supervised-learning/a-worked-example-building-a-spam-filter"],
     [["continuation|extending what it has|continues"], ["spam"]]),
    (HELPDESK, "story",
     "school IT technician. a teacher's app took a blurry old class photo and made it sharp, and another app learned from loads of pictures of handwritten numbers and now reads the marks on test papers. same tech?",
     ["gans/what-gans-have-been-used-for", "supervised-learning/image-classification-as-a-supervised-task"],
     [["resolution of blurry images|GANs"], ["categor|image classification"]]),
    (HELPDESK, "three",
     "IT support manager at a charity. three things are killing our ai rollout: nobody in house knows how to run it, staff just wont use it, and the bills. are those separate problems with separate fixes?",
     ["adoption-challenges/the-ai-skills-gap", "adoption-challenges/resistance-to-change-from-employees", "adoption-challenges/the-cost-of-implementing-ai"],
     [["shortage of people|skills gap"], ["reluctance|resistance"], ["infrastructure, software and maintenance|maintenance"]]),
]

HEADER = """# Comparison probes (stop 49, lcmp49), written blind by a helper session that read only the lessons,
# the judge and the format: 60 fresh learner comparisons, 10 from each of six populations (dental-practice
# staff, architects, insurance claims handlers, bakers, florists, IT helpdesk staff), each from a different
# person. Forms per population: 2 within one comparing section, 2 across two sections of one lesson, 1 across
# two lessons, 2 scenario choices ("for my X, A or B?"), 2 stories ending "same thing?" with no comparing word
# and neither side named by the course's term, 1 three-way. sections = one per side (or one section that
# compares the sides), all required; facts one per side.
# Split at random before any tutor run: the 60 cases, listed population by population, were shuffled with
# random.Random(49).shuffle; the first 30 went to work/comparison.toml, the rest to measure/comparison.toml.
# This file: {half}.
"""


def build() -> list[dict]:
    cases = []
    for population, form, question, sections, facts in CASES:
        cases.append({"population": population, "form": form, "kind": "comparison", "question": question,
                      "in_scope": True, "sections": sections, "facts": facts})
    return cases


def check(cases: list[dict]) -> None:
    from learner_judge import case_problems, unstated_facts

    judged = [{k: v for k, v in c.items() if k not in ("population", "form")} | {"file": "comparison.toml"}
              for c in cases]
    problems = case_problems(judged) + unstated_facts(judged)
    assert len(cases) == 60, len(cases)
    for population in POPULATIONS:
        mine = [c for c in cases if c["population"] == population]
        forms = sorted(c["form"] for c in mine)
        assert len(mine) == 10 and forms == sorted(["within"] * 2 + ["lesson"] * 2 + ["cross"] + ["scenario"] * 2
                                                   + ["story"] * 2 + ["three"]), (population, forms)
    for c in cases:
        for fact in c["facts"]:
            for alt in fact:
                assert "'" not in alt, alt
    if problems:
        raise SystemExit("\n".join(problems))


def toml(cases: list[dict], half: str) -> str:
    out = [HEADER.format(half=half)]
    for c in cases:
        out.append(f"# {c['population']}; form: {c['form']}")
        out.append("[[case]]")
        out.append('kind = "comparison"')
        out.append(f"question = {json.dumps(c['question'], ensure_ascii=False)}")
        out.append("in_scope = true")
        out.append("sections = [" + ", ".join(json.dumps(s) for s in c["sections"]) + "]")
        out.append("facts = [" + ", ".join("[" + ", ".join(f"'{a}'" for a in fact) + "]" for fact in c["facts"]) + "]")
        out.append("")
    return "\n".join(out)


def main() -> None:
    cases = build()
    check(cases)
    random.Random(49).shuffle(cases)
    halves = {"work": cases[:30], "measure": cases[30:]}
    for half, chosen in halves.items():
        (HERE / half).mkdir(exist_ok=True)
        (HERE / half / "comparison.toml").write_text(toml(chosen, half))
        print(half, len(chosen))


if __name__ == "__main__":
    main()
