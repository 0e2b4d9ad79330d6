"""Write the router34-s34 probes: first questions in workplace and everyday-life words (a
manager, a shop, a club, a family; the idea described, at most one course term among chat),
for the sections with the fewest learner asks and a spread of others, written from the lesson
text before any answer was read. Split at random (seed 34) into work/measure."""
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

C = [
 # skills
 ("my manager wants me to join the team that makes the ai pictures and text, what am i supposed to be good at",
  [SK + "skills-for-working-in-generative-ai"], [["creativ|mathematic|statistic"]]),
 ("the hr lady asked what a person needs to know to work on the prediction models at our firm",
  [SK + "skills-for-working-in-machine-learning"], [["python|statistic|mathematic"]]),
 ("my nephew wants a job building the learning kind of ai, does he need to go to uni or can he learn online",
  [SK + "educational-paths-into-machine-learning"], [["degree|online|coursera"]]),
 ("my daughter wants to get into making ai that creates stuff, which courses or degrees would help",
  [SK + "educational-paths-into-generative-ai"], [["degree|online|course"]]),
 # gans
 ("a colleague insists every image ai has one part making stuff and a second part marking it, is that how they all work",
  [GAN + "one-model-generates-another-evaluates"], [["not how all|not a general rule|single network|without a discriminator"]]),
 ("our intern said the fake-vs-spotter picture program kept going haywire during training and ran up a huge cloud bill, is that normal",
  [GAN + "why-gan-training-is-unstable-and-costly"], [["unstable|balance|expensive|computation"]]),
 # gen apps
 ("the charity shop wants a poster but can't afford a designer, could a computer draw one from a description",
  [GAPP + "image-generation-for-design-advertising-and-virtual-reality"], [["poster|design|image"]]),
 ("our cafe wants its own background music without paying for a licence, can ai make up songs",
  [GAPP + "music-composition-and-personalised-playlists"], [["compose|music|melod"]]),
 ("the team wants more photos of damaged boxes to teach the scanner, can the computer invent some",
  [GAPP + "data-augmentation-with-synthetic-training-examples"], [["synthetic"]]),
 # industry
 ("at the hospital where i work, both kinds of ai get used, what's the difference in the jobs they do",
  [IND + "same-industries-different-jobs", IND + "healthcare-detecting-disease-and-drafting-treatment-plans"], [["predict|analys|disease"]]),
 ("the shop i manage keeps running out of sandwiches by lunchtime, can ai work out how many to order",
  [IND + "retail-predicting-sales-and-writing-product-content", ML + "everyday-machine-learning-services", APP + "predictive-analytics-and-anomaly-detection", ADO + "a-small-pilot-project-as-a-first-step"], [["sales|stock|predict"]]),
 ("the building society wants software to go through mortgage paperwork and sum it up, is that a thing",
  [IND + "finance-catching-fraud-and-handling-documents"], [["summari|document|loan"]]),
 ("the college wants each student to get homework matched to what they got wrong last week, how would ai do that",
  [IND + "education-personalised-learning-paths-and-virtual-tutors", FUT + "hyper-personalisation-with-machine-learning"], [["personalis|adapt|exercise"]]),
 # future
 ("my boss says soon you'll just show the assistant a photo of the broken part and ask it, is that where chatbots are going",
  [FUT + "multimodal-chatbots-such-as-gpt-4-and-gemini"], [["multimodal|image|photo"]]),
 ("why does the supermarket app show me a different front page from my wife's, even at different times of day",
  [FUT + "hyper-personalisation-with-machine-learning", APP + "recommendation-systems-for-products-movies-and-music"], [["personalis|recommend"]]),
 ("will there be more and more faked videos of politicians, and will the government do anything about it",
  [FUT + "deepfakes-and-regulation-in-the-years-ahead", ETH + "deepfakes-and-the-argentine-election-poster"], [["deepfake"]]),
 ("can someone at the gym with no tech background set up a chat helper that answers questions about our classes",
  [FUT + "custom-mini-chatbots-built-without-code"], [["code|chatbot"]]),
 # adoption
 ("our boss bought an ai system but nobody here knows how to keep it running, is that a common problem",
  [ADO + "the-ai-skills-gap"], [["skill|expertise"]]),
 ("the finance director wants to know what bringing in ai will cost us over the years, not just at the start",
  [ADO + "the-cost-of-implementing-ai"], [["infrastructure|maintenance|software"]]),
 ("the owners want to dip a toe in with ai before spending big, what's a sensible first step",
  [ADO + "a-small-pilot-project-as-a-first-step"], [["pilot"]]),
 ("the warehouse lads say the new ai scheduling tool is too complicated and they won't touch it, why does that happen",
  [ADO + "resistance-to-change-from-employees"], [["resist|complex|train"]]),
 # RL / data
 ("my manager wants us to use ai to teach the forklift robot to drive around, but we don't have any data, is that a problem",
  [RL + "feedback-from-an-environment-instead-of-a-dataset", DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["environment|reward|feedback"]]),
 ("does every kind of ai need thousands of tagged examples, or do some manage without",
  [DC + "data-needs-of-supervised-unsupervised-and-reinforcement-learning"], [["unlabelled|label"]]),
 ("the game my son plays has computer opponents that got better by playing millions of rounds, how does that kind of learning work",
  [RL + "reinforcement-learning-in-games-robotics-and-autonomous-systems", RL + "agents-environments-actions-and-rewards"], [["reward|agent|game"]]),
 # supervised / ml
 ("how would our office actually build a thing that sorts junk mail from real mail, step by step",
  [SUP + "a-worked-example-building-a-spam-filter"], [["label|spam"]]),
 ("the council wants ai to guess how many people will use the pool next summer, is that a category or a number problem",
  [SUP + "classification-versus-regression"], [["regression|number"]]),
 ("my mate says the ai at his work was never given any rules by the programmers, so how does it know what to do",
  [ML + "learning-from-data-instead-of-hand-written-rules"], [["data|rules"]]),
 ("is the ai at work the same thing as machine learning or is one part of the other",
  [ML + "machine-learning-inside-the-wider-field-of-ai", GEN + "generative-ai-is-not-the-same-thing-as-ai"], [["subfield|umbrella|broad"]]),
 # unsupervised
 ("the gym has loads of member records and wants to see what kinds of members it has without deciding the kinds first",
  [UNS + "clustering-groups-similar-data-points", UNS + "what-unsupervised-learning-is-used-for", UNS + "learning-from-unlabelled-data"], [["cluster|group|segment"]]),
 ("the meter readings at our plant sometimes do something weird, can ai flag the odd ones without being told what odd looks like",
  [UNS + "what-unsupervised-learning-is-used-for", APP + "predictive-analytics-and-anomaly-detection"], [["anomal|unusual"]]),
 # training
 ("our new sales model looked brilliant in testing with last year's figures but it's useless on this year's, what went wrong",
  [TR + "overfitting-and-underfitting"], [["overfit"]]),
 ("the data we gave the model was full of typos and blanks from the old system, does that matter",
  [TR + "how-noisy-or-incomplete-data-leads-to-mistakes", BEN + "where-machine-learning-falls-short"], [["noisy|incomplete|missing"]]),
 ("our data guy keeps saying he 'held back a fifth' of the records, why not use all of them",
  [TR + "splitting-data-into-a-training-set-and-a-test-set"], [["test"]]),
 # generative / lm / hallucination
 ("the marketing girls use an ai that writes slogans, is it just copying slogans from the internet",
  [GEN + "inspired-by-the-training-data-not-copied-from-it"], [["cop|inspired"]]),
 ("how come the writing assistant at work can put a whole reply together one word at a time",
  [LM + "what-a-language-model-does", LM + "next-token-prediction-step-by-step", GAPP + "text-generation-for-content-dialogue-and-creative-writing"], [["token|likel|word"]]),
 ("the it people put our assistant on a small model so it runs on the office pc, what do we lose",
  [LM + "small-language-models-versus-large-ones"], [["knowledge|fluen|small"]]),
 ("the chatbot gave my manager a made-up statistic in a report, why would it do that",
  [HAL + "what-hallucination-means", HAL + "why-next-token-prediction-produces-fluent-falsehoods"], [["hallucinat|false|made up|likely"]]),
 ("we want the help bot to only answer from our own handbook, not from whatever it picked up, how",
  [HAL + "grounding-answering-from-sources-instead-of-memory"], [["ground|source|retriev"]]),
 # ml vs gen
 ("my manager wants us to use ai for our paperwork, but is that the predicting sort or the writing sort",
  [VS + "predicting-versus-creating-two-different-goals", IND + "same-industries-different-jobs"], [["predict|generat|creat"]]),
 ("our support desk uses one ai to sort tickets and another to write the replies, is mixing them normal",
  [VS + "combining-both-into-more-powerful-systems"], [["combin|classif"]]),
 # evaluating
 ("the vendor's fraud tool catches every dodgy payment but keeps blocking honest customers, how do we judge that",
  [EV + "why-fraud-and-disease-detection-need-both-precision-and-recall", EV + "precision-and-recall-computed-from-a-confusion-matrix"], [["precision"], ["recall"]]),
 ("how do we check whether the pictures our marketing ai produces are actually any good",
  [EV + "judging-generated-output-on-realism-coherence-and-diversity"], [["realis|coheren|divers"]]),
 # data and compute
 ("why does the company need to rent those expensive graphics cards to build its own chat ai",
  [DC + "training-cost-compute-expertise-and-time", VS + "comparing-efficiency-and-computing-needs"], [["comput|hardware|power"]]),
 ("what sort of material does the writing ai need to learn from, and does it matter if it's messy",
  [DC + "training-data-for-generative-models-large-clean-and-varied"], [["quality|divers|clean|varied"]]),
 # applications
 ("how does my doorbell camera know it's a person and not the cat",
  [APP + "image-and-speech-recognition"], [["image|recogni|pixel"]]),
 ("the helpdesk wants to know if customers are cross from the tone of their emails, can ai tell",
  [IND + "customer-support-sentiment-analysis-and-chatbots", APP + "natural-language-processing-with-machine-learning"], [["sentiment"]]),
 ("how does the streaming app decide what film to put in front of me next",
  [APP + "recommendation-systems-for-products-movies-and-music"], [["recommend"]]),
 # benefits
 ("what can the learning kind of ai honestly do for a small accounting firm",
  [BEN + "what-machine-learning-does-well"], [["automat|analys|predict"]]),
 ("what are the drawbacks of letting ai write our customer letters",
  [BEN + "where-generative-ai-falls-short", HAL + "what-hallucination-means"], [["hallucinat|bias|inaccura|false|wrong|patterns"]]),
 # ethics
 ("the loan software at our bank turns down more people from one postcode, how could it have learned that",
  [ETH + "bias-inherited-from-training-data"], [["bias"]]),
 ("when the poster tool draws 'a nurse' it's always a woman, why",
  [ETH + "biased-or-harmful-generated-content", ETH + "bias-inherited-from-training-data"], [["bias|stereotyp"]]),
 ("are there rules our company has to follow now if we use ai in the eu",
  [ETH + "ai-regulation-the-us-executive-order-and-the-eu-ai-act", FUT + "deepfakes-and-regulation-in-the-years-ahead"], [["ai act|regulat"]]),
 # vaes
 ("the tool that squashes product photos into a few numbers and blows them back up, how does that work",
  [VAE + "encoder-latent-space-and-decoder"], [["encoder"], ["decoder"]]),
 # evaluating / accuracy
 ("the salesman said his model is right 95 times out of 100, is that a good way to judge it",
  [EV + "accuracy-the-share-of-predictions-that-are-right"], [["accura"]]),
 # cat pictures / kinds of content
 ("what sorts of things can the creating kind of ai make for a small business, just pictures or more",
  [GEN + "kinds-of-content-generative-ai-creates", BEN + "what-generative-ai-does-well"], [["text|code|audio|music|image"]]),
 ("everyone at the office is suddenly talking about ai that writes and draws, why now",
  [GEN + "why-generative-ai-got-so-much-attention-recently"], [["attention|recent|result"]]),
]


def main():
    here = Path(__file__).parent
    ins = [probekit.case("paraphrase", q, sections=secs, facts=facts) for q, secs, facts in C]
    probekit.check_facts(ins)
    work, measure = probekit.halves(ins, random.Random(34))
    for name, cases in (("work", work), ("measure", measure)):
        head = f"# Workplace and everyday first questions (stop 34, helper router34): {name} half, seed 34.\n\n"
        probekit.write_cases(here / name / "paraphrase.toml", head, cases)


if __name__ == "__main__":
    main()
