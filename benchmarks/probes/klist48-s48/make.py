"""Writes benchmarks/probes/klist48-s48/{work,measure}/list.toml: the 60 cases population by population,
checked with learner_judge.unstated_facts and case_problems (it stops if either finds anything), then
random.Random(3348).shuffle, first 30 to work, rest to measure. Run with the worktree's python."""

import random
import sys
from pathlib import Path

WT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(WT))
sys.path.insert(0, str(WT / "tests" / "core"))

COACH = "football and netball coaches"
PHYSIO = "physiotherapists and personal trainers"
GYM = "gym and leisure-centre owners"
GROUND = "groundskeepers and referees"
CREW = "theatre and events crew"
MUSIC = "musicians and DJs"

C = []


def case(pop, question, section, facts):
    C.append({"pop": pop, "question": question, "section": section, "facts": facts})


# ---------------------------------------------------------------- coaches
case(COACH,
     "doing a team talk for the u14s about the clubs new stats app (they love anything techy lol). "
     "what are the 3 ways a machine can learn? all three, keep it simple",
     "what-is-ml/three-ways-a-machine-can-learn",
     [[r"\bsupervised"], ["unsupervised"], ["reinforcement"]])
case(COACH,
     "netball coach here, making a poster for the clubhouse on how computers learn by trial and error. "
     "break down every part of reinforcment learning, the 'agent' and whatever else goes with it",
     "reinforcement-learning/agents-environments-actions-and-rewards",
     [["agent"], ["environment"], [r"\baction"], ["reward"]])
case(COACH,
     "gk coach. our analyst keeps banging on about rl agents having to pick between 'exploring and exploding'?? "
     "whats the two options actually called and what does each one mean",
     "reinforcement-learning/exploration-versus-exploitation",
     [["exploration|explore"], ["exploitation|exploit"]])
case(COACH,
     "academy coach. our player rating model was bang on for last season and is rubbish on this seasons lads, "
     "analyst reckons its 'overfitted'. what are all the fixes for that, every one pls",
     "training-and-overfitting/overfitting-and-underfitting",
     [["more training data"], ["simpler model"], ["regularis|regulariz"]])
case(COACH,
     "county netball coach. we trialled an app that tags girls at trials as 'talent' or 'not yet' and the rep "
     "showed us a confusion grid thing with 4 squares in it. name every square",
     "evaluating-models/precision-and-recall-computed-from-a-confusion-matrix",
     [["true positive"], ["false positive"], ["false negative"], ["true negative"]])
case(COACH,
     "Women's team manager. Before I trust the injury-risk predictions our sports science guy keeps showing me, "
     "what are the main things apart from the metrics that make ML results reliable? Full list please.",
     "evaluating-models/what-makes-machine-learning-results-reliable",
     [["data quality"], ["model selection"], ["feature engineering"]])
case(COACH,
     "im a walking football coach and on the club committee. we want ai video analysis but half the older coaches "
     "wont touch it. why do staff push back on new ai tools? give me all the reasons",
     "adoption-challenges/resistance-to-change-from-employees",
     [["complex"], ["job"]])
case(COACH,
     "pe teacher and netball coach. one of my yr 13s wants a career in machine learning and asked me how to get in. "
     "walk me through each route so i can pass it on",
     "skills-and-learning-paths/educational-paths-into-machine-learning",
     [["degree"], ["online (machine learning )?courses|Coursera"], ["projects"], ["Kaggle"], ["communit"]])
case(COACH,
     "futsal coach, doing a tech night at the club. image and speach recognition - what are they actually used for? "
     "name every use",
     "ml-applications/image-and-speech-recognition",
     [["facial recognition"], ["caption"], ["transcri"], ["voice assistant"]])
case(COACH,
     "netball development officer. supervised learning comes in 2 types right, one guesses a score and one guesses "
     "win or lose? what are both called",
     "supervised-learning/classification-versus-regression",
     [["classification"], ["regression"]])

# ---------------------------------------------------------------- physios and PTs
case(PHYSIO,
     "msc sports physio, our research methods module touched on ml. give me the full list of algorithm families "
     "used for supervised learning, im sure there was a 'vector' one",
     "supervised-learning/common-supervised-learning-algorithms",
     [["linear regression"], ["support vector|SVM"], ["decision tree"], ["neural network"]])
case(PHYSIO,
     "our clinics outcome data is a mess, half typed notes and the pressure plate playing up. what kinds of "
     "errors count as 'noisy' data? all of them pls",
     "training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes",
     [["typos"], ["sensor"], ["wrong labels"]])
case(PHYSIO,
     "PT here. a client swears generative ai is a totally seperate science from machine learning, nothing in common. "
     "what bits of the ml toolkit does gen ai actually use? every one",
     "ml-vs-generative-ai/generative-ai-is-built-on-machine-learning",
     [["training data"], ["loss function"], ["gradient descent"], ["neural network"]])
case(PHYSIO,
     "MSK physio in the NHS. beyond spotting stuff on scans, what are all the jobs generative AI does in healthcare? "
     "break them down for a team briefing",
     "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans",
     [["transcribe"], ["interpret"], ["treatment plan"], ["molecul"]])
case(PHYSIO,
     "online PT, i got a chatbot to write a clients programme and it quoted a study that doesnt even exist. "
     "what are all the ways to cut down the made up stuff",
     "hallucination/how-to-spot-and-reduce-hallucination",
     [["grounding"], ["quote"], ["temperature"], ["larger|specialised"], ["don.t know"]])
case(PHYSIO,
     "sports rehab physio, doing a staff briefing on using ai to write patient leaflets. what sorts of things do "
     "chatbots typically make up? list them",
     "hallucination/what-hallucination-means",
     [["quotation"], [r"\bdate"], ["book|paper"], ["link"]])
case(PHYSIO,
     "Practice owner (physio, 4 clinicians). We're drafting an AI policy. What are the principles a responsible "
     "AI framework should stick to? Every one.",
     "ethics-and-regulation/misuse-concerns-and-responsible-ai-frameworks",
     [["transparent"], ["fair|unbiased"], ["interpretable"], ["user data|private|secure"]])
case(PHYSIO,
     "personal trainer thinking of retraining into machine learning. what skills would i need, the whole lot",
     "skills-and-learning-paths/skills-for-working-in-machine-learning",
     [["statistics|mathematics"], ["python"], ["preprocess|transform"], ["algorithms"]])
case(PHYSIO,
     "neuro physio, really into the rehab robots coming out. where is reinforcement learning used? name every area",
     "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems",
     [["game"], ["robot"], ["autonomous"]])
case(PHYSIO,
     "physio student, dissertation on patient feedback forms. what are the main language tasks ml handles - "
     "the nlp stuff? list them all",
     "ml-applications/natural-language-processing-with-machine-learning",
     [["sentiment"], ["translation"], ["chatbot"], ["summari"]])

# ---------------------------------------------------------------- gym and leisure-centre owners
case(GYM,
     "i own 2 gyms and im pricing up an ai system for member retention. where does the money actually go? "
     "break down every cost",
     "adoption-challenges/the-cost-of-implementing-ai",
     [["infrastructure"], ["software"], ["maintenance"]])
case(GYM,
     "leisure centre owner. a consultant says we need a 'holistic' approach to bringing in ai. what are the parts "
     "of it? all of them, its for a board paper",
     "adoption-challenges/a-holistic-approach-to-ai-adoption",
     [["technical expertise"], ["culture"], ["strategic planning"]])
case(GYM,
     "boutique gym owner, cant find anyone who knows ai and the one guy we had left for more money. what are the "
     "main ways businesses deal with that skills gap?",
     "adoption-challenges/the-ai-skills-gap",
     [["training existing staff|training staff"], ["partner"], ["simpler"]])
case(GYM,
     "climbing centre owner. our booking app recommends classes to members. what does a recomender actually learn "
     "from? name every signal",
     "ml-applications/recommendation-systems-for-products-movies-and-music",
     [["bought"], ["watched"], ["rated"], ["skipped"], ["listened"]])
case(GYM,
     "got 3 yrs of member check-in data, no labels or categories on any of it. what are the main uses for "
     "unsupervised learning? all of them",
     "unsupervised-learning/what-unsupervised-learning-is-used-for",
     [["exploration"], ["anomaly"], ["segmentation"]])
case(GYM,
     "Owner of a small chain of gyms. Pitching to investors next week - what are the main benefits of machine "
     "learning? Give me every one.",
     "benefits-and-limitations/what-machine-learning-does-well",
     [["automates data analysis|insights"], ["anomal"], ["intelligent machines|streamlin"]])
case(GYM,
     "swim school and leisure centre owner. what does generative ai actually do well for a business? every "
     "benefit, im making a slide",
     "benefits-and-limitations/what-generative-ai-does-well",
     [["content production|faster"], ["customer"], ["possibilities|what could be"]])
case(GYM,
     "members message us all day long. in customer support what jobs does the machine learning side do "
     "(not the chatbot bit)? list every one",
     "industry-use-cases/customer-support-sentiment-analysis-and-chatbots",
     [["sentiment"], ["topic"], ["route"], ["help article"]])
case(GYM,
     "24hr gym, thinking of a chatbot for the unstaffed front desk. heard about 'multi-model' chatbots like "
     "gemini, what kinds of stuff can they handle? all of them",
     "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini",
     [[r"\btext"], ["image"], ["audio"]])
case(GYM,
     "we're starting small with a pilot ai project at the pool (predicting busy lane times). what are all the "
     "benefits of doing a pilot first?",
     "adoption-challenges/a-small-pilot-project-as-a-first-step",
     [["cost"], ["skills"], ["resistance"], ["evidence|figures"]])

# ---------------------------------------------------------------- groundskeepers and referees
case(GROUND,
     "head groundsman at a cricket club. we've got soil moisture sensors and a new system that flags "
     "'anomalies'. what kinds of anomalies does the course give as examples, every one",
     "ml-applications/predictive-analytics-and-anomaly-detection",
     [["sensor"], ["server"], ["purchase"]])
case(GROUND,
     "ref here, doing a data module on my coaching course. walk me thru each step of k means like a rota, "
     "step 1 step 2 etc",
     "unsupervised-learning/how-k-means-finds-clusters",
     [["centre|center"], ["nearest"], ["average"], ["repeat|stop moving"]])
case(GROUND,
     "referee assessor. the three types of ml each need different data dont they? what does each one need, all 3",
     "data-and-compute/data-needs-of-supervised-unsupervised-and-reinforcement-learning",
     [["(?<!un)labelled"], ["unlabelled"], ["environment"]])
case(GROUND,
     "greenkeeper. read that rl agents do their practice in simulators not the real world. what kinds of "
     "simulators? list every one",
     "reinforcement-learning/feedback-from-an-environment-instead-of-a-dataset",
     [["video game"], ["physics"], ["grid world"]])
case(GROUND,
     "as a ref i like a rulebook lol. what ai laws does the course mention? name every one",
     "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act",
     [["executive order"], ["AI Act"]])
case(GROUND,
     "league referee, we get integrity briefings about betting fraud. what red flags does a fraud detection model "
     "look for? give me the full list",
     "ml-applications/fraud-detection-with-machine-learning",
     [["amount"], ["country"], ["time of day"], ["burst|small purchases"]])
case(GROUND,
     "groundskeeper at a uni sports ground. the estates team says machine learning is always cheap to run. "
     "what does the compute bill really depend on? all the factors",
     "ml-vs-generative-ai/comparing-efficiency-and-computing-needs",
     [["size of the data"], ["complexity of the model"], ["type of algorithm"]])
case(GROUND,
     "hockey umpire. everyday ml services - what are they, all of them",
     "what-is-ml/everyday-machine-learning-services",
     [["predictive analytics"], ["recommendation"], ["image recognition"], ["speech recognition"]])
case(GROUND,
     "groundsman. my lad says gen ai only does pictures. what kinds of content can it make, every kind",
     "what-is-generative-ai/kinds-of-content-generative-ai-creates",
     [["image"], [r"\btext"], [r"\bcode"], ["audio"], ["music"]])
case(GROUND,
     "a deepfake clip of me supposedly taking a bung went round the club whatsapp. where are deepfakes expected "
     "to turn up more and more? every area",
     "ethics-and-regulation/deepfakes-and-the-argentine-election-poster",
     [["advertising"], ["entertainment"], ["election"]])

# ---------------------------------------------------------------- theatre and events crew
case(CREW,
     "lighting tech. the chatbot settings page has temperature and top-something sliders. walk me through each "
     "sampling option there is",
     "language-models/sampling-temperature-top-k-and-top-p",
     [["greedy"], ["random sampling"], ["temperature"], ["top-k"], ["top-p|nucleus"]])
case(CREW,
     "sound no. 1 on a touring show. what can a single token be? name every kind of piece",
     "language-models/tokens-the-pieces-of-text-a-model-reads-and-writes",
     [[r"\bword\b"], ["piece"], ["punctuation"], [r"\bspace"]])
case(CREW,
     "stage manager, we use a chatbot to draft show reports. what are the main uses of text generation? "
     "all of them, for a crew briefing",
     "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing",
     [["content generation"], ["dialogue|chatbot"], ["creative writing"]])
case(CREW,
     "scenic designer. where is image generation used? every field pls",
     "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality",
     [["design"], ["advertis"], ["virtual reality"]])
case(CREW,
     "FOH sound engineer. someone said a VAE is basically a compressor and an expander back to back. "
     "break down the parts of a vae, each one",
     "vaes/encoder-latent-space-and-decoder",
     [["encoder"], ["latent space"], ["decoder"]])
case(CREW,
     "LD (lighting designer) who got into GANs after seeing some projection art. what have gans been used for? "
     "the full list",
     "gans/what-gans-have-been-used-for",
     [["image"], [r"\btext"], ["music"], [r"artwork|\bart\b|painting"]])
case(CREW,
     "production manager. our chatbot writes a great risk assessment draft one day and total rubbish the next. "
     "what does the quality depend on? all the factors",
     "hallucination/why-generated-content-varies-in-quality",
     [["prompt"], ["training data"], ["size of the model|small models"]])
case(CREW,
     "events AV tech. how is loss used to check each kind of generative model? go through every model type "
     "the course mentions",
     "evaluating-models/loss-functions-as-a-quantitative-check-on-generative-models",
     [["cross-entropy|language model"], [r"\bVAE"], [r"\bGANs?\b"]])
case(CREW,
     "festival site crew, prepping a briefing on ai at work. which industries does the course walk through? "
     "name every one",
     "industry-use-cases/same-industries-different-jobs",
     [["healthcare"], ["retail"], ["education"], ["customer support"], ["finance"]])
case(CREW,
     "theatre technician. our venue's new ai poster generator drew every 'technician' as a bloke. what do "
     "developers do to cut down biased or harmful output? every step",
     "ethics-and-regulation/biased-or-harmful-generated-content",
     [["filter"], ["difficult prompts"], ["safety rules"], [r"\brate\b"]])

# ---------------------------------------------------------------- musicians and DJs
case(MUSIC,
     "DJ. what can gen ai do with music specifically? all the things",
     "generative-ai-applications/music-composition-and-personalised-playlists",
     [["compos"], ["playlist"], ["mood"]])
case(MUSIC,
     "session bassist. i heard gen ai even designs medicines now?? beyond pictures and prose what else does it "
     "make, list every one",
     "generative-ai-applications/code-audio-and-new-drug-molecules",
     [[r"\bcode"], ["audio"], ["molecul|drug"]])
case(MUSIC,
     "synth player, read about VAEs. what are they used for? every use",
     "vaes/what-vaes-are-used-for",
     [["image"], [r"\btext"], ["music"], ["anomaly"]])
case(MUSIC,
     "producer, reading up on vae training. apparently the loss has two bits pulling against each other like "
     "a sidechain. name both",
     "vaes/why-the-autoencoder-is-called-variational",
     [["reconstruction"], ["KL|Kullback"]])
case(MUSIC,
     "wedding dj. my mate reckons ALL generative ai is two networks fighting each other like a gan. what are the "
     "other kinds that dont work that way? list them",
     "gans/one-model-generates-another-evaluates",
     [["variational autoencoder|VAE"], ["language model"], ["diffusion"]])
case(MUSIC,
     "Composer. Why did generative AI suddenly blow up in the last few years? Break down all the things that "
     "came together.",
     "what-is-generative-ai/why-generative-ai-got-so-much-attention-recently",
     [["digital text|text and images"], ["computing power"], ["transformer|neural network designs"]])
case(MUSIC,
     "rapper, an ai lyric checker keeps flagging our slang as 'aggressive'. how does bias get into a model in the "
     "first place? every way it gets in",
     "ethics-and-regulation/bias-inherited-from-training-data",
     [["missing"], ["labels"], ["stand-in|postcode"]])
case(MUSIC,
     "orchestral violinist, want to meet people working in ai. what are all the ways to get involved with the "
     "ai community",
     "skills-and-learning-paths/ways-to-engage-with-the-ai-community",
     [["online courses|Coursera|Dataquest"], ["LinkedIn|online communities"], ["conference|workshop"]])
case(MUSIC,
     "club dj wanting to learn gen ai properly, no uni degree yet. walk me through each education route into "
     "generative ai",
     "skills-and-learning-paths/educational-paths-into-generative-ai",
     [["degree"], ["online courses|Dataquest"], ["projects"], ["competitions"], ["open-source|open source"]])
case(MUSIC,
     "singer songwriter. what skills do you need to work in generative ai? name them all",
     "skills-and-learning-paths/skills-for-working-in-generative-ai",
     [["creativity"], ["mathematics|statistics"]])


def main():
    assert len(C) == 60, len(C)
    from collections import Counter
    assert all(n == 10 for n in Counter(c["pop"] for c in C).values())
    cases = [
        {"kind": "list", "question": c["question"], "in_scope": True, "sections": [c["section"]],
         "facts": c["facts"], "_pop": c["pop"], "file": "list.toml"}
        for c in C
    ]
    import learner_judge as lj
    probs = lj.unstated_facts(cases) + lj.case_problems(cases)
    if probs:
        print("\n".join(probs))
        sys.exit(1)
    random.Random(3348).shuffle(cases)
    halves = {"work": cases[:30], "measure": cases[30:]}
    for name, half in halves.items():
        out = WT / "benchmarks" / "probes" / "klist48-s48" / name / "list.toml"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render(name, half))
    return halves


HEADER = """# List probes (stop 48, klist48), written blind: fresh learner questions from six working populations
# (football and netball coaches; physiotherapists and personal trainers; gym and leisure-centre owners;
# groundskeepers and referees; theatre and events crew: stage managers, lighting and sound techs;
# musicians and DJs), each asking for every item of one enumerating section of the course ("give me the
# full list", "all of them", "name every ...", "walk me through each ...") in the learner's own words and
# situation. sections = the one enumerating section; facts = one per item it lists (regex alternatives,
# case-insensitive). Split at random (random.Random(3348).shuffle of the 60 cases, first 30 to work, rest
# to measure) before any tutor run. This file: {name}.
"""


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lit(s):
    assert "'" not in s
    return "'" + s + "'"


def render(name, cases):
    out = [HEADER.format(name=name)]
    for c in cases:
        facts = ", ".join("[" + ", ".join(lit(a) for a in f) + "]" for f in c["facts"])
        out.append(f"# {c['_pop']}\n[[case]]\nkind = \"list\"\nquestion = {q(c['question'])}\n"
                   f"in_scope = true\nsections = [{q(c['sections'][0])}]\nfacts = [{facts}]\n")
    return "\n".join(out)


if __name__ == "__main__":
    main()
