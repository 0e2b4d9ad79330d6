"""Write mcmp49-s49: 60 blind comparison probes (stop 49, issue 11), split work/measure.

Run from the worktree root with its python: `.venv/bin/python benchmarks/probes/mcmp49-s49/make.py`.
Re-running rewrites the same two files. Each case is (population, form, question, sections, facts);
forms per population: 3 `story` (two things told in everyday words, then an ask naming neither),
3 `aspect` (one aspect of two things), 2 `claim` (a claim to check), 1 `job` ("for my job, X or Y?"),
1 `three` (three-way). Facts are checked with learner_judge before anything is written.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "core")]
import learner_judge  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 49
POPULATIONS = [
    "bus and train drivers",
    "museum and gallery staff",
    "joiners and carpenters",
    "dog groomers and dog walkers",
    "school cooks and lunchtime supervisors",
    "car mechanics",
]
BUS, MUSEUM, JOINER, DOG, COOK, MECH = POPULATIONS

# (population, form, question, sections, facts)
CASES = [
    # ---- bus and train drivers ----
    (BUS, "story",
     "so at our depot theres a camera on the wash bay that looks at each bus as it rolls in and says which type it is, single decker, double, one of the old olympians. then my lad has an app on his phone where he types 'red bus in the snow' and it gives him a picture of a bus that never existed. are these the same sort of ai or what",
     ["what-is-generative-ai/the-cat-pictures-example-of-generative-ai"],
     [["classifier"], ["creates a new one|new, realistic|invents"]]),
    (BUS, "story",
     "been driving freight 20 yrs. the new coasting advice on the cab screen, the bloke from the supplier said they got it by letting a computer drive a pretend train round a pretend route millions of times and giving it points every time it saved diesel without running late. the arrival time guesser in control was made different, they fed it years of old journeys with the real arrival time written against each one. why does the first one not need any old records at all??",
     ["reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset"],
     [["environment"], ["fixed table|correct answers"]]),
    (BUS, "story",
     "had a passenger shouting at me last week cos the help thing on the company website told her theres a 24hr service on the 12. there isnt and never has been. meanwhile the bit in the ticket machine that spots dodgy bank cards never just invents stuff, it lets the payment through or it stops it. why does one go wrong like that and not the other one",
     ["hallucination/why-next-token-prediction-produces-fluent-falsehoods", "ml-applications/fraud-detection-with-machine-learning"],
     [["likely-sounding|make things up|not for producing true"], ["flags transactions|fraud"]]),
    (BUS, "aspect",
     "our coach firm is looking at 2 things - one that reads the engine sensor data and predicts which coaches are gonna break down, and a chat bot that writes replies to complaint emails. boss wants to know which will cost more in computer power to actually run? i said the breakdown one cos it has way more data",
     ["ml-vs-generative-ai/comparing-efficiency-and-computing-needs"],
     [["comparatively little"], ["great deal of computing power"]]),
    (BUS, "aspect",
     "i train new bus drivers. one system we got shown learned from thousands of dashcam clips that somebody had tagged 'hazard' or 'no hazard' by hand. the other one learnt to drive a sim bus on its own, just getting told off every time it clipped a kerb. which one needs a big pile of examples sorted out before you even start?",
     ["data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["labelled"], ["no traditional dataset|environment"]]),
    (BUS, "aspect",
     "tram driver. the network trialled two bits of software this year. one says for each tram 'late' or 'on time' before it even leaves the depot, the other writes the announcements itself, like 'we apologise for the delay caused by...'. how would you even check each of them is any good? is it the same way for both",
     ["evaluating-models/accuracy-the-share-of-predictions-that-are-right", "evaluating-models/judging-generated-output-on-realism-coherence-and-diversity"],
     [["accuracy"], ["realism|coherence|diversity|no single correct output"]]),
    (BUS, "claim",
     "i work on a line where the trains mostly drive themselves and im just there for the doors. my supervisor reckons the self driving bit learned exactly like the platform camera that tells a pram from a wheelchair, both just shown loads of labelled pics. is that right or do they learn different",
     ["reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems", "supervised-learning/image-classification-as-a-supervised-task"],
     [["reward|consequences"], [r"\bsupervised|tagged with its category"]]),
    (BUS, "claim",
     "i drive the community minibus for the over 60s club. my mate whos into computers says chatgpt type stuff and machine learning are literally the same thing, its just a new name the marketing people came up with. is he right",
     ["ml-vs-generative-ai/generative-ai-is-built-on-machine-learning"],
     [["specific application of machine learning|broader field"], ["not every machine learning model is generative|most machine learning systems are not generative"]]),
    (BUS, "job",
     "i own 3 coaches and still drive one of em. for my job whats better to spend money on, an ai that writes the day trip blurbs for the website or one that predicts which weekends are gonna be busy so i know how many drivers to put on",
     ["benefits-and-limitations/knowing-the-limits-is-the-key-to-success"],
     [["predict, classify or detect|analyse data"], ["create a draft"]]),
    (BUS, "three",
     "volunteer driver on a heritage steam line. we've got 3 new toys: a platform camera that recognises the regulars faces, a thing that writes made up 'day in the life of a 1950s fireman' stories for the kids, and a game in the museum coach where the computer learnt to drive a loco by trial and error, getting points for not wasting coal. which kind of ai is each one",
     ["ml-applications/image-and-speech-recognition", "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing", "reinforcement-learning/agents-environments-actions-and-rewards"],
     [["labelled examples|classify"], ["language models|new text"], ["trial and error|reward"]]),

    # ---- museum and gallery staff ----
    (MUSEUM, "story",
     "front of house at a gallery. on our website when u look at a painting it shows 'you might also like' with other ones from the collection. and in the kids room theres a screen where you say a word like 'dragon' and it paints a brand new picture in a sort of monet style. i assumed its the same computer brain doing both?? are they the same sort of thing",
     ["ml-applications/recommendation-systems-for-products-movies-and-music", "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"],
     [["recommend|suggests items"], ["new pictures|fresh images"]]),
    (MUSEUM, "story",
     "conservation dept here. the digitisation team ran two programs on our photo archive. for the first, someone spent months writing 'cracked' or 'sound' against 5000 photos of varnish and then it learned to do new ones itself. the second got the whole lot with nothing written on and came back with 6 piles of pictures that look alike, but it couldnt tell us what the piles meant. which is which, and why cant the 2nd one name its piles",
     ["supervised-learning/learning-from-labelled-examples", "unsupervised-learning/clustering-groups-similar-data-points"],
     [["label"], ["does not name the groups|cluster"]]),
    (MUSEUM, "story",
     "im a volunteer guide. the new audio guide app makes up its own little talk for each painting and it told a school group that one of our portraits was by an artist who never painted it, with a date that was wrong as well. the old handsets just played the script the curators wrote and never ever did that. why does the new one go wrong and the old one doesnt",
     ["hallucination/what-hallucination-means"],
     [["hallucinat|false, made up"], ["only repeats text from trusted sources|does not hallucinate"]]),
    (MUSEUM, "aspect",
     "we get hundreds of visitor comment cards a month. IT set up one tool that reads them and says if the person was happy, annoyed or meh, and another one that writes a reply to each card. which of the two could actually make stuff up? the replies worry me a bit tbh",
     ["ml-applications/natural-language-processing-with-machine-learning", "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"],
     [["sentiment analysis|pure prediction"], ["confident and still be wrong|rather than checking facts"]]),
    (MUSEUM, "aspect",
     "museum digital officer, tiny budget. option 1 is a simple decision tree that forecasts visitor numbers from the weather and school holidays. option 2 is a GAN to make new 'lost artwork' images for an exhibition. which is going to eat more computer to train and run? and is it always that way round",
     ["data-and-compute/compute-after-training-machine-learning-versus-heavy-generative-models"],
     [["relatively little|handful of arithmetic|cheap"], ["computationally demanding|large networks"]]),
    (MUSEUM, "aspect",
     "collections database person here. the contractor showed me 2 dashboards. for the scanner that sorts archive photos into 'damaged' and 'ok' it said 95% right. for the thing that dreams up new portraits in the style of our collection there was just a 'loss' line going down. are those the same kind of score? how do i know each one is any good",
     ["evaluating-models/accuracy-the-share-of-predictions-that-are-right", "evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models"],
     [["accuracy|true answers"], ["does not prove|qualitative judgements"]]),
    (MUSEUM, "claim",
     "an artist we show is furious, she says the picture generators are just a fancy collage machine that cuts up real paintings and glues the bits back together. is she right? i want to give her an honest answer not a sales pitch",
     ["what-is-generative-ai/inspired-by-the-training-data-not-copied-from-it"],
     [["inspired|not directly taken|new ways"], ["reproduce pieces|closely"]]),
    (MUSEUM, "claim",
     "registrar at a county museum. my line manager keeps saying the visitor forecast model and the chatbot on the ticket page are 'the same AI' because they came from the same supplier and theyre both AI. is that actually true",
     ["what-is-generative-ai/generative-ai-is-not-the-same-thing-as-ai"],
     [["prediction or decision|predictive machine learning"], ["new content"]]),
    (MUSEUM, "job",
     "i run the museum shop. for my job would i be better off with something that looks at the till data and predicts which postcards and mugs will sell out before christmas, or something that writes the little blurbs for our online shop? cant afford both",
     ["industry-use-cases/retail-predicting-sales-and-writing-product-content"],
     [["predict future sales|sales data"], ["product descriptions"]]),
    (MUSEUM, "three",
     "learning officer, doing a workshop for year 9s on how computers learn. i want 3 examples: a computer being shown pictures with the right answer written on, a computer finding groups in stuff all by itself, and a computer learning by trying things and getting points. whats actually different about how each one learns?",
     ["what-is-ml/three-ways-a-machine-can-learn"],
     [[r"\bsupervised"], ["unsupervised"], ["reinforcement"]]),

    # ---- joiners and carpenters ----
    (JOINER, "story",
     "on site i use an app, you point it at a board and it tells you if its oak or ash or sapele. my apprentice has one where he types 'shaker kitchen with walnut worktop' and it draws him a kitchen that doesnt exist anywhere. is one just cleverer than the other or are they different kinds of thing altogether",
     ["ml-vs-generative-ai/predicting-versus-creating-two-different-goals"],
     [["judgement about something that already exists|predictions or decisions"], ["did not exist before|create new data"]]),
    (JOINER, "story",
     "at the joinery shop our old grading software was set up by a programmer who typed in rules like 'knot over 2cm = reject'. the new one was just shown thousands of boards the graders had already passed or binned and it worked it out for itself. which one counts as actually learning, and is that better or worse",
     ["what-is-ml/learning-from-data-instead-of-hand-written-rules"],
     [["traditional programming|thinks up the rules"], ["learning algorithm works out the rules|from data"]]),
    (JOINER, "story",
     "kitchen fitter, had a go at making a quote calculator from my old jobs. first version got every past job spot on to the penny but its way off on anything new. second version was basically a straight line and was rubbish on old and new jobs alike. why did they go wrong in different ways",
     ["training-and-overfitting/overfitting-and-underfitting"],
     [["overfitting"], ["underfitting|too simple"]]),
    (JOINER, "aspect",
     "asked one of them ai chat things for the stair pitch rules and it quoted me a building regs paragraph number that doesnt exist. my mate uses a different tool that only answers from the actual approved document pdfs and shows which page each bit came from. which one is more likely to make stuff up and why",
     ["hallucination/grounding-answering-from-sources-instead-of-memory"],
     [["grounding|retrieval|trusted sources"], ["absorbed during training|appear in no lesson"]]),
    (JOINER, "aspect",
     "furniture maker. which of these needs more examples ready before it starts: an app that learns to tell oak from ash from photos, or one that just sorts my wood photos into lookalike groups? i dont fancy tagging 10,000 photos",
     ["supervised-learning/why-supervised-learning-needs-large-labelled-datasets"],
     [["large dataset|labels are often expensive"], ["unsupervised|unlabelled"]]),
    (JOINER, "aspect",
     "one man band joiner. whats gonna cost me more to get going, paying someone to build me my own ai for quoting from scratch, or one of the off the shelf ones you pay monthly for? and what are the costs people always forget",
     ["adoption-challenges/the-cost-of-implementing-ai"],
     [["infrastructure|maintenance"], ["ready-made services"]]),
    (JOINER, "claim",
     "shopfitter here. my mate says all these picture making ais are two bits fighting, one making fakes and the other one catching them out. is that how all of them work",
     ["gans/one-model-generates-another-evaluates"],
     [["defining feature of GANs|one model generates"], ["diffusion|variational autoencoder|single network"]]),
    (JOINER, "claim",
     "timber frame carpenter. my foreman says chatgpt is a words only thing and if you want something to look at a photo of a rotten joist you need a totally separate ai. is that still true",
     ["future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini"],
     [["multimodal|more than one kind of data"], ["text alone|text, images and audio"]]),
    (JOINER, "job",
     "20 yrs a carpenter and my back's going so im thinking of retraining in ai. for my job change which would suit me better, the generative ai side or the machine learning side, and what would i need to learn for each",
     ["skills-and-learning-paths/skills-for-working-in-generative-ai", "skills-and-learning-paths/skills-for-working-in-machine-learning"],
     [["creativity"], ["python|tensorflow|pytorch"]]),
    (JOINER, "three",
     "i teach joinery at the college and the students keep on about ai art. far as i can tell theres the two-networks-arguing type, the squash-it-down-then-rebuild-it type, and the text ones that guess the next word. how does each of the three actually learn?",
     ["gans/the-generator-and-the-discriminator", "vaes/encoder-latent-space-and-decoder", "language-models/next-token-prediction-step-by-step"],
     [["discriminator"], ["encoder|decoder"], ["next[- ]token"]]),

    # ---- dog groomers and dog walkers ----
    (DOG, "story",
     "mobile groomer. my booking app sorted my clients into groups all by itself, like the every-4-weeks doodle crowd and the twice-a-year matted rescue crowd, nobody told it what the groups were. and i have another app that writes my instagram captions for the before and after pics. same kind of ai or not",
     ["unsupervised-learning/what-unsupervised-learning-is-used-for", "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"],
     [["customer segmentation|clusters its customers"], ["language models|new text"]]),
    (DOG, "story",
     "i walk 6 dogs at a time and ive got an app learning the best route round the common. it tries different paths and gets a thumbs up off me when they all come back tired and not muddy. it found one good loop and now it just does that every single day. my partner says it should still try new ways sometimes. whos right",
     ["reinforcement-learning/exploration-versus-exploitation"],
     [["exploration"], ["exploitation"]]),
    (DOG, "story",
     "i do pet portraits on the side. tried 2 different picture making programs trained on photos of loads of breeds. the first makes super sharp dogs but after a while its ALL golden retrievers. the second does every breed but theyre all a bit soft and fuzzy looking. why does each one go wrong the way it does",
     ["vaes/vaes-compared-with-gans"],
     [["mode collapse|lose variety"], ["blurr"]]),
    (DOG, "aspect",
     "salon owner. we tried 2 flea checking apps on the dogs coming in. app A flags loads of dogs and most of them turn out clean. app B hardly ever flags one but a couple of flea-y dogs got past it and we had to fog the whole salon. how would you score each one, is it just a % right?",
     ["evaluating-models/precision-and-recall-computed-from-a-confusion-matrix"],
     [["precision"], ["recall"]]),
    (DOG, "aspect",
     "my nephew trained a little text bot on his laptop in about a minute off some course notes, it writes nonsense mostly. he says chatgpt is the same thing just trained for longer. which one needs more computer behind it and why is his so rubbish?",
     ["language-models/what-makes-a-language-model-large", "language-models/small-language-models-versus-large-ones"],
     [["billions"], ["forgets facts|invents details|ordinary computer"]]),
    (DOG, "aspect",
     "i manage a doggy daycare. the new customer system does 2 jobs, it reads all the messages owners send and sorts them into urgent, booking or moaning and passes them to the right person, and then theres a chat window that actually talks to owners at 2am. which part is doing the talking and is it a different sort of ai from the sorting bit",
     ["industry-use-cases/customer-support-sentiment-analysis-and-chatbots"],
     [["sort incoming messages|sentiment analysis|route"], ["generative ai is what actually powers|generative chatbot"]]),
    (DOG, "claim",
     "i sell grooming products online as well. the platform keeps pushing 'hyper-personalisation' as a paid upgrade. isnt that just a fancy word for putting customers into groups and sending each group a different offer, which it already does?",
     ["future-trends/hyper-personalisation-with-machine-learning"],
     [["few groups"], ["one person at one moment|each individual"]]),
    (DOG, "claim",
     "a video went round our dog walkers whatsapp of a famous footballer supposedly saying he uses our rival company for his dogs. obviously fake. my mate says thats the same thing as when chatgpt makes up facts. is it?",
     ["ethics-and-regulation/deepfakes-and-the-argentine-election-poster", "hallucination/what-hallucination-means"],
     [["real person"], ["fluent and confident but is false|not supported by any source|not lying on purpose"]]),
    (DOG, "job",
     "small grooming business, 2 staff. for my job is it machine learning or generative ai thatd actually help? i want to spot which regulars are about to drift off to another groomer from my booking records, and i also hate answering booking texts at 11pm",
     ["benefits-and-limitations/what-machine-learning-does-well", "benefits-and-limitations/what-generative-ai-does-well"],
     [["automates data analysis|anomalies|complex patterns"], ["chatbots|natural language|any hour"]]),
    (DOG, "three",
     "3 apps my clients keep showing me at the table: one tells you what breed a dog is from a photo, one goes through your camera roll and piles up the photos that look alike, and one makes brand new pictures of a dog that doesnt exist. which is which kind of ai",
     ["supervised-learning/image-classification-as-a-supervised-task", "unsupervised-learning/clustering-groups-similar-data-points", "what-is-generative-ai/generating-new-data-that-resembles-the-training-data"],
     [["categor"], ["cluster|groups"], ["brand-new example|new picture"]]),

    # ---- school cooks and lunchtime supervisors ----
    (COOK, "story",
     "head cook at a primary. the kitchen system guesses how many dinners well need each day from the last few terms, and the office uses something else that writes the weekly menu newsletter to parents all chatty like. which is which? are they even the same kind of thing",
     ["what-is-ml/everyday-machine-learning-services", "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"],
     [["predictive analytics|forecast"], ["language models|new text"]]),
    (COOK, "story",
     "lunchtime supervisor, the year 6 teacher showed the kids two programs in the hall. the first one was shown loads of pictures of fruit with the name written under each and after that it could name fruit it hadnt seen. the second learned a little maze game, it got points for getting out and lost points for walking into walls. the kids asked me if they learn the same way and i didnt have a clue",
     ["supervised-learning/learning-from-labelled-examples", "reinforcement-learning/agents-environments-actions-and-rewards"],
     [["label"], ["reward|penalt"]]),
    (COOK, "story",
     "catering manager for a few schools. two things went wrong this term. the picture maker we used for the healthy eating posters drew every single chef as a man. and the councils free meals checker was found to turn down more families from one estate than anywhere else. my boss says theyre two different problems, i think its the same one underneath. why did each go wrong",
     ["ethics-and-regulation/bias-inherited-from-training-data", "ethics-and-regulation/biased-or-harmful-generated-content"],
     [["unfair patterns|reflected"], ["stereotypes"]]),
    (COOK, "aspect",
     "im the allergy lead in our kitchen. the council gave us a chatbot for allergy questions and it told me a sesame labelling rule that our trainer says is totally made up. the fridge monitor that flags when a temperature reading looks odd has never made anything up. which of these can actually make stuff up, and why not the other",
     ["hallucination/what-hallucination-means", "ml-applications/predictive-analytics-and-anomaly-detection"],
     [["hallucinat"], ["anomaly detection|do not fit the usual pattern"]]),
    (COOK, "aspect",
     "my son is doing a computing project with that frozen lake ice game where a little guy learns to get to the goal. theres a normal version and a slippery version. which one takes longer to learn and why? he says it makes no difference",
     ["reinforcement-learning/q-learning-in-the-frozenlake-grid-world"],
     [["many more episodes|slides the agent"], ["highest q-value|traces a path"]]),
    (COOK, "aspect",
     "secondary school cook. the trust wants a camera at the till that spots when a kid with a nut allergy picks up something with nuts in. one suppliers version catches nearly every one but stops loads of kids who are fine. the other hardly ever stops anyone wrongly but misses a few. which kind of mistake matters more for us and how do they measure it",
     ["evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall"],
     [["high recall|false negative"], ["precision"]]),
    (COOK, "claim",
     "one of the other dinner ladies says chatgpt is basically just predictive text like on your phone, guessing the next word. is that fair or is there more to it than that",
     ["language-models/next-token-prediction-step-by-step", "language-models/what-makes-a-language-model-large"],
     [["next[- ]token"], ["billions|transformer"]]),
    (COOK, "claim",
     "kitchen supervisor. the trust brought in an ai stock ordering system and it flopped. half my team wont touch it cos they think itll replace them, and the one person who could set it up properly left for a better paid job. my area manager says its all one problem, just 'people being difficult'. is it?",
     ["adoption-challenges/the-ai-skills-gap", "adoption-challenges/resistance-to-change-from-employees"],
     [["shortage|expertise"], ["reluctance|fear"]]),
    (COOK, "job",
     "head cook. for my job the trust is asking whether to roll out an ai that predicts meal numbers across all 12 schools at once or just try it in my kitchen first. what would you do",
     ["adoption-challenges/a-small-pilot-project-as-a-first-step"],
     [["pilot"], ["before committing|whether to expand"]]),
    (COOK, "three",
     "im a lunchtime supervisor and i do the parents newsletter too. the menu writing bot has a setting thats either 'always pick the safest word', turned down low, or turned right up. when i put it right up it wrote 'fish fingers with moonlight custard'. whats each of the three actually doing",
     ["language-models/sampling-temperature-top-k-and-top-p"],
     [["greedy|single most likely"], ["low temperature|sharpens"], ["high temperature|flattens|nonsense"]]),

    # ---- car mechanics ----
    (MECH, "story",
     "diesel mechanic. our diagnostic kit listens to an engine ticking over and tells you whats wrong, the rep said it was trained on thousands of recordings with the fault written against each one. my nephews app makes engine noises for his racing game that never came out of any real engine. are those the same kind of ai?",
     ["supervised-learning/learning-from-labelled-examples", "generative-ai-applications/code-audio-and-new-drug-molecules"],
     [["label"], ["audio generation|sound effects"]]),
    (MECH, "story",
     "work at a main dealer. the parts system learned from years of orders which bits fly off the shelf in winter, and the sales side have a thing that writes the advert text for every used car on the forecourt. which is which, and why do they both get called 'ai' at our place",
     ["industry-use-cases/same-industries-different-jobs"],
     [["prediction, a score|analyses existing data"], ["new content"]]),
    (MECH, "story",
     "MOT tester. the garage group built a thing to predict which cars will fail on brakes. trouble is it only ever saw cars tested in summer so come winter its all over the place. and my colleague says half the brake readings in the records were keyed in wrong anyway. are those the same problem or two different ones",
     ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"],
     [["noisy|errors"], ["incomplete"]]),
    (MECH, "aspect",
     "bodywork and paint shop. we're looking at two things, a model that predicts repair hours from the job card, and a picture maker that does 'after' images of the car to show customers. what kind of data does each one need, and which is fussier about it?",
     ["data-and-compute/training-data-for-generative-models-large-clean-and-varied", "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning"],
     [["high-quality, diverse|diversity"], ["labelled"]]),
    (MECH, "aspect",
     "i look after a fleet of vans. tried grouping the job records with a method that makes me pick how many groups first, and it chopped a long banana shaped bunch clean in half. someone said try the other one that goes by how crowded the points are. which one needs me to tell it how many groups, and which copes with odd shapes?",
     ["unsupervised-learning/when-k-means-clustering-fails-and-dbscan-helps"],
     [["round|nearest centre"], ["density|any shape"]]),
    (MECH, "aspect",
     "apprentice mechanic doing a level 3 project. me and my mate both built something to predict if a car will pass its MOT. he tested his on the same cars he trained it on and got 99%. i held back a fifth of the cars and only got 85%. he reckons his is better. how do you check which one is any good",
     ["training-and-overfitting/splitting-data-into-a-training-set-and-a-test-set"],
     [["test set"], ["already studied|memorised"]]),
    (MECH, "claim",
     "independent garage owner. my service manager reckons the new gen ai stuff is going to replace all the old machine learning, like its a rival that makes the old one pointless. is that how it works",
     ["ml-vs-generative-ai/how-machine-learning-and-generative-ai-feed-each-other"],
     [["foundation|symbiotic"], ["synthetic examples|more training data"]]),
    (MECH, "claim",
     "accident repair estimator. a rep is trying to sell us a tool that makes fake photos of damaged cars so our damage spotter has more to learn from. he says the made up photos are just as good as real ones. is that true?",
     ["generative-ai-applications/data-augmentation-with-synthetic-training-examples"],
     [["synthetic"], ["not guaranteed|real test data"]]),
    (MECH, "job",
     "mobile mechanic, i do my paperwork on an old laptop in the van and theres often no signal. for my job should i get a little ai that runs on the laptop itself or use one of the big online ones? its for writing up job sheets and looking stuff up",
     ["language-models/small-language-models-versus-large-ones"],
     [["ordinary computer|without a network connection|laptop"], ["data-centre|accurately"]]),
    (MECH, "three",
     "i train apprentices at a motor vehicle college. the college bought a system that does 3 things: picks the next exercise for each apprentice based on how they did, writes brand new practice questions on brakes and suspension, and a chat tutor they can ask stuff at night. which bits are ml and which are gen ai",
     ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"],
     [["learning path|adapts the content|personalises"], ["practice questions|educational material"], ["virtual tutor"]]),
]

HEADER = """# Comparison probes (stop 49, mcmp49), written blind: 60 fresh learner questions from six working
# populations (bus and train drivers, museum and gallery staff, joiners and carpenters, dog groomers
# and dog walkers, school cooks and lunchtime supervisors, car mechanics), 10 each, each from a
# different person, in five forms per population: 3 stories (two things told in everyday words, then
# an ask naming neither), 3 asks of one aspect of two things, 2 claims to check, 1 "for my job, X or
# Y?", 1 three-way. sections = one per side (or one section comparing both), facts all required.
# Split at random before any tutor run: random.Random(49).shuffle of the 60 cases (listed population
# by population), first 30 to work/, the rest to measure/. This file: {half}.
"""


def as_case(item: tuple) -> dict:
    population, form, question, sections, facts = item
    return {"population": population, "form": form, "kind": "comparison", "question": question,
            "in_scope": True, "sections": sections, "facts": facts}


def check(cases: list[dict]) -> None:
    problems = learner_judge.unstated_facts(cases) + learner_judge.case_problems(
        [{**c, "file": "comparison.toml"} for c in cases])
    if problems:
        raise SystemExit("\n".join(problems))


def toml_case(case: dict) -> str:
    lit = lambda s: "'" + s + "'"  # noqa: E731  (regexes hold no single quote)
    facts = ", ".join("[" + ", ".join(lit(a) for a in fact) + "]" for fact in case["facts"])
    sections = ", ".join(json.dumps(s) for s in case["sections"])
    return (f"# {case['population']} ({case['form']})\n[[case]]\nkind = \"comparison\"\n"
            f"question = {json.dumps(case['question'], ensure_ascii=False)}\nin_scope = true\n"
            f"sections = [{sections}]\nfacts = [{facts}]\n")


def main() -> None:
    assert len(CASES) == 60
    cases = [as_case(item) for item in CASES]
    assert all("'" not in a for c in cases for f in c["facts"] for a in f)
    check(cases)
    random.Random(SEED).shuffle(cases)
    for half, part in (("work", cases[:30]), ("measure", cases[30:])):
        text = HEADER.format(half=half) + "".join("\n" + toml_case(c) for c in part)
        (HERE / half).mkdir(exist_ok=True)
        (HERE / half / "comparison.toml").write_text(text, encoding="utf-8")
        print(half, len(part))


if __name__ == "__main__":
    main()
