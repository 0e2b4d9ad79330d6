"""Writes work/ and measure/ followup.toml: fu41-s41's chains (stop 41), split at random per class
with seed 41 before any run. Written from the course text before any answer was read.

Classes, each a kind of fault seen in the lead's chat trial or in diagnosis sets ZX and ZY:

- ``remedy``: a topic, then a problem of it, then "how do you fix / stop / avoid / get round
  that": the answer must give the course's remedy sentences, not the problem again;
- ``new_story``: two turns on one subject (often a comparison), then a story of the learner's own
  with its own subject: the story's section must answer, not the old lesson;
- ``aspect_after_def``: "what is X", then "any downsides?" in other words: X's weaknesses;
- ``switch_def``: "what is A", then "and B?": B's definition;
- ``part_of``: "what is X", "how is it different from Y", then "so is it part of Y or its own
  thing": how the fields nest.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from probekit import ADO, APP, BEN, ETH, EV, GAN, GAPP, GEN, HAL, LM, ML, RL, SUP, TR, UNS, VAE, VS

HERE = Path(__file__).resolve().parent

# (class, first turns, last turn, sections, facts)
C = [
    # -- remedy ---------------------------------------------------------------------------------------
    ("remedy", ["what's overfitting", "why is that bad"], "what can you do about it",
     [TR + "overfitting-and-underfitting"], [["regularisation|simpler model|more training data"]]),
    ("remedy", ["explain generative adversarial networks", "what is mode collapse"], "how do you stop that happening",
     [GAN + "mode-collapse-when-a-gan-loses-variety"], [["whole batches|Wasserstein"]]),
    ("remedy", ["how does k-means work", "when does it go wrong"], "so how do i get round that",
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["DBSCAN|density"]]),
    ("remedy", ["why do chatbots invent facts", "is that dangerous"], "how can we cut down on it",
     [HAL + "how-to-spot-and-reduce-hallucination"], [["ground|quote its sources|temperature"]]),
    ("remedy", ["what is reinforcement learning", "can the agent get stuck on one route"], "how do they avoid that",
     [RL + "exploration-versus-exploitation"], [["epsilon|random action"]]),
    ("remedy", ["why is it hard for firms to adopt ai", "why do workers resist it"], "how do you fix that",
     [ADO + "resistance-to-change-from-employees"], [["involving staff|offering training|explaining honestly"]]),
    ("remedy", ["what is bias in ai", "where does it come from"], "how can it be prevented",
     [ETH + "bias-inherited-from-training-data"], [["who the data represents|error rates separately|fixing the data"]]),
    ("remedy", ["is ai expensive for a small business", "why does it cost so much"], "any way to keep that down?",
     [ADO + "the-cost-of-implementing-ai"], [["one clearly valuable use case|ready-made|small models"]]),
    ("remedy", ["what are gans", "why are they such a pain to train"], "what do people do to sort that out",
     [GAN + "mode-collapse-when-a-gan-loses-variety", GAN + "why-gan-training-is-unstable-and-costly"],
     [["whole batches|Wasserstein|learning rates"]]),
    ("remedy", ["can an image generator make offensive pictures", "why does that happen"], "how do companies stop it",
     [ETH + "biased-or-harmful-generated-content"], [["filtering training data|difficult prompts|safety rules"]]),
    # -- new_story ------------------------------------------------------------------------------------
    ("new_story", ["whats the difference between a spam filter and a chatbot", "which one needs more data"],
     "my phone grouped my holiday photos by face without me ever tagging anyone. is that machine learning",
     [UNS + "clustering-groups-similar-data-points", UNS + "learning-from-unlabelled-data", APP + "image-and-speech-recognition"],
     [["group|cluster|recogni"]]),
    ("new_story", ["gan vs vae", "which is easier to train"],
     "my nephew's game character learned to jump the gaps just by failing over and over. is that ai learning?",
     [RL + "agents-environments-actions-and-rewards", RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems",
      RL + "feedback-from-an-environment-instead-of-a-dataset"], [["reward|trial"]]),
    ("new_story", ["how is ml different from gen ai", "which costs more to run"],
     "my bank texted me at 3am about a strange payment in another country. how did it spot that",
     [APP + "fraud-detection-with-machine-learning"], [["unusual|pattern"]]),
    ("new_story", ["precision vs recall", "which matters more for fraud"],
     "i watched one baking show and now my streaming app only suggests cooking. how does it decide that",
     [APP + "recommendation-systems-for-products-movies-and-music"], [["watched|similar"]]),
    ("new_story", ["supervised vs unsupervised learning", "which needs labels"],
     "a chatbot told my sister about a novel that was never written, with a fake author too. why would it do that",
     [HAL + "what-hallucination-means", HAL + "why-next-token-prediction-produces-fluent-falsehoods"], [["hallucinat|false|made up|plausible"]]),
    ("new_story", ["small language models vs large ones", "which is cheaper"],
     "my email sorts newsletters into a promotions tab even though i never set a rule. how does it know",
     [SUP + "a-worked-example-building-a-spam-filter", SUP + "learning-from-labelled-examples", ML + "learning-from-data-instead-of-hand-written-rules",
      APP + "natural-language-processing-with-machine-learning", ML + "everyday-machine-learning-services"],
     [["example|label|data"]]),
    ("new_story", ["generator vs discriminator", "who wins in the end"],
     "a website wrote a full song with lyrics and a melody from my one line prompt. how is that even possible",
     [GAPP + "music-composition-and-personalised-playlists", GEN + "kinds-of-content-generative-ai-creates",
      GEN + "generating-new-data-that-resembles-the-training-data"], [["music|song|melod"]]),
    ("new_story", ["k-means vs dbscan", "which one is faster"],
     "my dad's robot mower figured out the garden by bumping into the fences for a week. is that machine learning",
     [RL + "agents-environments-actions-and-rewards", RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems",
      RL + "feedback-from-an-environment-instead-of-a-dataset"], [["reward|trial|environment"]]),
    # -- aspect_after_def -------------------------------------------------------------------------------
    ("aspect_after_def", ["what is a vae"], "any drawbacks?",
     [VAE + "vaes-compared-with-gans"], [["blurr"]]),
    ("aspect_after_def", ["what is k-means clustering"], "any weaknesses?",
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["round|shape|chosen badly"]]),
    ("aspect_after_def", ["what is supervised learning"], "whats the downside",
     [SUP + "why-supervised-learning-needs-large-labelled-datasets"], [["label"], ["expensive|slow|cost|time"]]),
    ("aspect_after_def", ["what are generative adversarial networks"], "what are the cons",
     [GAN + "why-gan-training-is-unstable-and-costly", GAN + "mode-collapse-when-a-gan-loses-variety"],
     [["unstable|mode collapse|variety"]]),
    ("aspect_after_def", ["what's generative ai"], "any downsides to it?",
     [BEN + "where-generative-ai-falls-short"], [["groundbreaking|varies|biased|false facts"]]),
    ("aspect_after_def", ["what is machine learning"], "and its limitations?",
     [BEN + "where-machine-learning-falls-short"], [["mistakes|noisy|bias|computational"]]),
    ("aspect_after_def", ["what is dbscan"], "is there a catch?",
     [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["distance setting"]]),
    ("aspect_after_def", ["what is a gan"], "whats bad about them",
     [GAN + "why-gan-training-is-unstable-and-costly", GAN + "mode-collapse-when-a-gan-loses-variety"],
     [["unstable|mode collapse|variety"]]),
    # -- switch_def ---------------------------------------------------------------------------------------
    ("switch_def", ["what does recall mean"], "and precision?",
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["alarm|TP / \\(TP \\+ FP\\)"]]),
    ("switch_def", ["what is overfitting"], "and underfitting?",
     [TR + "overfitting-and-underfitting"], [["too simple"]]),
    ("switch_def", ["what is exploitation in reinforcement learning"], "and exploration?",
     [RL + "exploration-versus-exploitation"], [["trying other actions|try something new"]]),
    ("switch_def", ["what does the encoder in a vae do"], "and the decoder?",
     [VAE + "encoder-latent-space-and-decoder"], [["expands it back|rebuild"]]),
    ("switch_def", ["what is classification"], "and regression?",
     [SUP + "classification-versus-regression"], [["number"]]),
    ("switch_def", ["what does the generator do in a gan"], "and the discriminator?",
     [GAN + "the-generator-and-the-discriminator"], [["real|fake"]]),
    ("switch_def", ["what is top-k sampling"], "and top-p?",
     [LM + "sampling-temperature-top-k-and-top-p"], [["add up to p|nucleus"]]),
    ("switch_def", ["what's a false positive"], "and a false negative?",
     [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["slipped through"]]),
    ("switch_def", ["what is supervised learning"], "and unsupervised?",
     [UNS + "learning-from-unlabelled-data"], [["unlabelled|without labels|no labels"]]),
    # -- part_of --------------------------------------------------------------------------------------------
    ("part_of", ["what is machine learning", "how is it different from ai"], "so is ml inside ai or a separate field?",
     [ML + "machine-learning-inside-the-wider-field-of-ai"], [["subfields|umbrella|inside it|outer circle"]]),
    ("part_of", ["what is a chatbot made of", "how does that differ from normal machine learning"],
     "so is generative ai a kind of machine learning or something else entirely?",
     [VS + "generative-ai-is-built-on-machine-learning", ML + "machine-learning-inside-the-wider-field-of-ai"],
     [["specific application|sits inside machine learning"]]),
    ("part_of", ["what is reinforcement learning", "how is it different from supervised learning"],
     "so does it still count as machine learning or is it its own field?",
     [ML + "three-ways-a-machine-can-learn", RL + "agents-environments-actions-and-rewards"],
     [["machine learning"], ["reinforcement"]]),
    ("part_of", ["what is deep learning", "how is it different from generative ai"], "are they part of the same thing or not",
     [ML + "machine-learning-inside-the-wider-field-of-ai"], [["deep learning"], ["nested|inside"]]),
]

cases = [
    probekit.case("followup", None, turns=[*first, last], sections=s, facts=f, **{"class": k})
    for k, first, last, s, f in C
]
probekit.check_facts(cases)
classes: dict[str, list] = {}
for c in cases:
    classes.setdefault(c["class"], []).append(c)
halves = probekit.split_by_class(classes.items(), random.Random(41))
for name, part in halves.items():
    probekit.write_cases(HERE / name / "followup.toml",
                         "# fu41-s41: follow-up chains, split at random per class (seed 41) before any run (see make.py)\n\n",
                         part)
    print(name, len(part))

# Batch 2 (written after batch 1 was run and before any of these was: batch 1's first turns were plain
# and passed nearly whole; the diagnosis sets' faults came after a first turn led by a job and a story)
C2 = [
    ("story_first_aspect", ["warehouse shift lead. our supplier says the pallet photos in their demo were made by a vae. what is a vae?"],
     "any drawbacks?", [VAE + "vaes-compared-with-gans"], [["blurr"]]),
    ("story_first_aspect", ["dental receptionist here, the practice software groups patients with k-means apparently. what is k-means?"],
     "any weaknesses?", [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["round|shape|chosen badly"]]),
    ("story_first_aspect", ["bakery owner. a marketing agency offered us product shots made with a gan. what's a gan exactly?"],
     "what are the cons", [GAN + "why-gan-training-is-unstable-and-costly", GAN + "mode-collapse-when-a-gan-loses-variety"],
     [["unstable|mode collapse|variety"]]),
    ("story_first_aspect", ["train guard. the rail company wants a model that learns from labelled delay reports. what is supervised learning?"],
     "whats the downside", [SUP + "why-supervised-learning-needs-large-labelled-datasets"], [["label"], ["expensive|slow|cost|time"]]),
    ("story_first_aspect", ["school librarian. a publisher pitched us a tool that writes reading guides with generative ai. what is generative ai?"],
     "any problems with it?", [BEN + "where-generative-ai-falls-short"], [["groundbreaking|varies|biased|false facts"]]),
    ("story_first_aspect", ["farm manager. the vet's software uses dbscan to find odd herds in the milk data. what is dbscan?"],
     "is there a catch?", [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["distance setting"]]),
    ("story_first_switch", ["parcel depot supervisor. for a model that flags damaged boxes on the belt, what does recall mean?"],
     "and precision?", [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["alarm|TP / \\(TP \\+ FP\\)"]]),
    ("story_first_switch", ["pool lifeguard. the camera that warns about swimmers in trouble was trained too closely on one pool. what is overfitting?"],
     "and underfitting?", [TR + "overfitting-and-underfitting"], [["too simple"]]),
    ("story_first_switch", ["estate agent. our valuation tool is said to use regression to price flats. what is regression?"],
     "and classification?", [SUP + "classification-versus-regression"], [["category|fixed list"]]),
    ("story_first_switch", ["museum guide. the new audio guide app was made with a vae, says the brochure. what does its encoder do?"],
     "and the decoder?", [VAE + "encoder-latent-space-and-decoder"], [["expands it back|rebuild"]]),
    ("story_first_switch", ["call centre agent, our complaint classifier keeps raising false positives. what's a false positive?"],
     "and a false negative?", [EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["slipped through"]]),
    ("story_first_switch", ["taxi dispatcher. someone said our route app uses exploitation in reinforcement learning. what does exploitation mean?"],
     "and exploration?", [RL + "exploration-versus-exploitation"], [["trying other actions|try something new"]]),
    ("remedy_story", ["printing shop owner. the poster generator we tried keeps giving us the same few designs. why?"],
     "how do people fix that?", [GAN + "mode-collapse-when-a-gan-loses-variety"], [["whole batches|Wasserstein"]]),
    ("remedy_story", ["car dealer. our price model was perfect on last year's sales and useless on this year's. why?"],
     "how do i stop that happening again", [TR + "overfitting-and-underfitting"], [["regularisation|simpler model|more training data"]]),
    ("remedy_story", ["hotel night manager. the booking chatbot invented a pool we don't have. why does it do that?"],
     "how do we make it do that less", [HAL + "how-to-spot-and-reduce-hallucination"], [["ground|quote its sources|temperature"]]),
    ("remedy_story", ["bus planner. our ai grouping of stops chopped a long curved route into two halves. why did it do that?"],
     "what should we use instead to avoid it", [UNS + "when-k-means-clustering-fails-and-dbscan-helps"], [["DBSCAN|density"]]),
    ("remedy_story", ["hr officer. our cv screening model keeps favouring one group. why would a model do that?"],
     "how do we prevent it", [ETH + "bias-inherited-from-training-data"], [["who the data represents|error rates separately|fixing the data"]]),
    ("remedy_story", ["plant manager. the staff refuse to use the new scheduling ai. why is that so common?"],
     "how can we get past that", [ADO + "resistance-to-change-from-employees"], [["involving staff|offering training|explaining honestly"]]),
    ("new_story2", ["whats the difference between a film recommender and a tool that writes film scripts"],
     "my neighbour's pool robot learned the shape of the pool by bumping into the walls. is that machine learning?",
     [RL + "agents-environments-actions-and-rewards", RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems",
      RL + "feedback-from-an-environment-instead-of-a-dataset"], [["reward|trial|environment"]]),
    ("new_story2", ["how do a song recommender and a song generator differ"],
     "my gym's booking app started flagging me as likely to cancel after i missed two classes. how does it guess that?",
     [APP + "predictive-analytics-and-anomaly-detection"], [["predict|forecast|past data"]]),
    ("new_story2", ["is a chatbot generative ai or machine learning"],
     "my phone's keyboard started suggesting my dog's name after i typed it a few times. is that the machine learning bit?",
     [ML + "everyday-machine-learning-services", ML + "patterns-trends-and-improving-with-more-data", ML + "learning-from-data-instead-of-hand-written-rules",
      APP + "natural-language-processing-with-machine-learning"], [["data|predict|pattern|learn"]]),
    ("new_story2", ["vae vs gan for making pictures"],
     "my daughter's drawing app turns her scribbles into realistic animals. how does it do that?",
     [GAN + "what-gans-have-been-used-for", GAPP + "image-generation-for-design-advertising-and-virtual-reality"], [["sketch|image|picture"]]),
]
cases2 = [
    probekit.case("followup", None, turns=[*first, last], sections=s, facts=f, **{"class": k})
    for k, first, last, s, f in C2
]
probekit.check_facts(cases2)
classes2: dict[str, list] = {}
for c in cases2:
    classes2.setdefault(c["class"], []).append(c)
halves2 = probekit.split_by_class(classes2.items(), random.Random(4141))
for name, part in halves2.items():
    probekit.write_cases(HERE / name / "followup2.toml",
                         "# fu41-s41 batch 2: a first turn led by a job and a story, split at random per class (seed 4141) before any run\n\n",
                         part)
    print(name, len(part))


# Batch 3 (written after batches 1 and 2 were run, before any of these was): two kinds from
# diagnosis sets ZX and ZY that batches 1 and 2 did not cover: a follow-up that keeps only one
# side of the last answer ("just the generative ai side please, not the scan reading bit"), and
# one asking whether one field is part of the other after the two were compared.
IND = "industry-use-cases/"
C3 = [
    ("only_part", ["how is ai used in retail"], "only the generative part please, not the sales forecasting",
     [IND + "retail-predicting-sales-and-writing-product-content"], [["product descriptions|virtual try-ons"]]),
    ("only_part", ["librarian here. how is ai used in education?"], "just the machine learning side, skip the chatbot stuff",
     [IND + "education-personalised-learning-paths-and-virtual-tutors"], [["learning path|tracks how a student performs"]]),
    ("only_part", ["how does finance use ai"], "just the gen ai bit please",
     [IND + "finance-catching-fraud-and-handling-documents"], [["investment strateg|documents|summarise"]]),
    ("only_part", ["what does ai do in customer support"], "only the ml side, not the chatbots",
     [IND + "customer-support-sentiment-analysis-and-chatbots"], [["sentiment|route|sort incoming"]]),
    ("only_part", ["care worker. how is ai used in hospitals"], "only the machine learning part, not the writing stuff",
     [IND + "healthcare-detecting-disease-and-drafting-treatment-plans"], [["scan|x-ray|medical images"]]),
    ("only_part", ["how is ai used by banks"], "just the fraud side please, not the paperwork",
     [IND + "finance-catching-fraud-and-handling-documents", APP + "fraud-detection-with-machine-learning"], [["fraud"], ["real time|suspicious|unusual"]]),
    ("belongs", ["what is machine learning", "and how does it compare with generative ai?"], "so is generative ai a part of it or a different field?",
     [VS + "generative-ai-is-built-on-machine-learning", ML + "machine-learning-inside-the-wider-field-of-ai"],
     [["specific application|sits inside machine learning|broader field"]]),
    ("belongs", ["what does a vae do", "how is that different from a classifier?"], "so is a vae still machine learning or something separate?",
     [VS + "generative-ai-is-built-on-machine-learning", ML + "machine-learning-inside-the-wider-field-of-ai"],
     [["specific application|sits inside machine learning|broader field|every generative ai system is a machine learning system"]]),
    ("belongs", ["explain deep learning", "how is it different from machine learning"], "so is it inside machine learning or beside it?",
     [ML + "machine-learning-inside-the-wider-field-of-ai"], [["deep learning is a part of machine learning|nested|inside"]]),
    ("belongs", ["courier. what is generative ai", "how's that different from the ai that plans our routes"],
     "so does gen ai count as machine learning or is it separate?",
     [VS + "generative-ai-is-built-on-machine-learning", ML + "machine-learning-inside-the-wider-field-of-ai"],
     [["specific application|sits inside machine learning|broader field"]]),
    ("belongs", ["what is ai", "how is it different from machine learning"], "so which one sits inside the other?",
     [ML + "machine-learning-inside-the-wider-field-of-ai"], [["umbrella|outer circle|subfields|sits inside"]]),
    ("belongs", ["what's a chatbot", "how does it differ from a spam filter"], "are they both machine learning underneath or different things?",
     [VS + "generative-ai-is-built-on-machine-learning"], [["specific application|broader field|every generative ai system is a machine learning system"]]),
]
cases3 = [
    probekit.case("followup", None, turns=[*first, last], sections=s, facts=f, **{"class": k})
    for k, first, last, s, f in C3
]
probekit.check_facts(cases3)
classes3: dict[str, list] = {}
for c in cases3:
    classes3.setdefault(c["class"], []).append(c)
halves3 = probekit.split_by_class(classes3.items(), random.Random(414141))
for name, part in halves3.items():
    probekit.write_cases(HERE / name / "followup3.toml",
                         "# fu41-s41 batch 3: one side of the last answer; one field part of another, split at random per class (seed 414141) before any run\n\n",
                         part)
    print(name, len(part))
