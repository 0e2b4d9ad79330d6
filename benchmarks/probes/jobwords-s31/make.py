"""Write the jobwords-s31 probes: course questions from people at work that describe a task at
their job in everyday words with "it"/"ai" as the doer (no course term), answered by the
course's application sections; plus out-of-course workplace questions that must stay refused.
Split at random (seed 31) into work/measure."""
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

F = "ml-applications/fraud-detection-with-machine-learning"
IMG = "ml-applications/image-and-speech-recognition"
NLP = "ml-applications/natural-language-processing-with-machine-learning"
REC = "ml-applications/recommendation-systems-for-products-movies-and-music"
PA = "ml-applications/predictive-analytics-and-anomaly-detection"
IG = "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality"
TG = "generative-ai-applications/text-generation-for-content-dialogue-and-creative-writing"
CODE = "generative-ai-applications/code-audio-and-new-drug-molecules"
MUS = "generative-ai-applications/music-composition-and-personalised-playlists"
AUG = "generative-ai-applications/data-augmentation-with-synthetic-training-examples"
HC = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
RET = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
EDU = "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"
CS = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"

C = [
 ("could it catch someone fiddling the refunds on the tills", [F, PA, FIN], [["fraud|unusual|anomal|flag"]]),
 ("can ai notice when a card payment at our counter looks off", [F, FIN], [["fraud"]]),
 ("would it pick up on somebody nicking stock from the warehouse by the numbers", [PA, F], [["anomal|unusual|pattern|fraud"]]),
 ("can it reply to the customers emailing in at 3am so we dont have to", [CS, TG], [["chatbot|any hour|routine|dialogue|repl"]]),
 ("could ai deal with the easy calls on the helpdesk like password resets", [CS], [["chatbot|routine|password"]]),
 ("can it tell if a customer is fuming from their message", [CS, NLP], [["sentiment|angry|negative|tone"]]),
 ("can ai read all our online reviews and say if people are happy", [NLP, CS], [["sentiment"]]),
 ("can it guess how much bread we need to bake for saturday", [PA, RET], [["predict|forecast"]]),
 ("could ai work out how many staff we need next month from last years numbers", [PA], [["forecast|predict|past"]]),
 ("can it tell us when the conveyor belt motor is about to pack in", [PA], [["anomal|sensor|drift|unusual"]]),
 ("would it flag it if the freezer temp started creeping up overnight", [PA], [["anomal|sensor|drift|unusual"]]),
 ("can it suggest what else a customer might want to buy at the checkout", [REC, RET], [["recommend"]]),
 ("can ai pick which songs to play next in the shop for the customers", [MUS, REC], [["playlist|recommend"]]),
 ("can it write the blurbs for all 2000 items on our website", [RET, TG], [["product description|descriptions|content"]]),
 ("could it knock up some poster pictures for our summer sale", [IG], [["image|design|advertis"]]),
 ("can ai draw mock ups of a new kitchen for a client", [IG], [["image|design"]]),
 ("can it type up what the doctor and patient said in the appointment", [HC, IMG], [["transcri|clinical notes"]]),
 ("can ai look at the x rays at our clinic and point out the worrying ones", [HC, IMG], [["scan|x-ray|radiologist|detect"]]),
 ("can it recognise the faces of people coming into the building", [IMG], [["facial|face"]]),
 ("could it turn the recordings of our team meetings into minutes", [IMG, NLP], [["transcri|speech|summar"]]),
 ("can ai boil down a massive insurance policy into a page", [FIN, NLP], [["summar"]]),
 ("can it check loan paperwork for the important bits", [FIN], [["loan|document|key terms"]]),
 ("could ai write bits of the spreadsheet macros for me at the office", [CODE], [["code|program|function"]]),
 ("can it translate the safety sheets for the polish lads on site", [NLP], [["translat"]]),
 ("can it make up extra practice questions for the apprentices", [EDU], [["practice questions|question|material"]]),
 ("could ai work out which trainee is struggling and give them extra stuff", [EDU], [["personalis|performance|adapt|recommend"]]),
 ("can it sort the incoming emails and send each one to the right team", [CS, NLP], [["route|sort|topic"]]),
 ("would it be any use making fake example data when we havent got much real data", [AUG], [["synthetic"]]),
 ("could ai do a voice for our phone menu", [CODE], [["speech|voice|audio"]]),
 ("can it help the chemists come up with new medicines at the lab", [CODE, HC], [["molecul|drug"]]),
 ("can it suggest which films our members would like at the video club", [REC], [["recommend"]]),
 ("could it tell me which customers are about to stop shopping with us", [PA], [["predict|forecast|outcome"]]),
 ("can ai write personalised offers to each customer in the loyalty scheme", [RET, TG], [["personalis|promotion|recommendation email|content"]]),
 ("can it answer the questions people message the council about bin days", [CS, NLP], [["chatbot|routine|queries|asking"]]),
]
OUT = [
 "can it sort out my rota so i get weekends off",
 "who do i talk to about being underpaid last month",
 "the forklift wont start what do i check",
 "can you swap my friday shift with someone",
 "how do i unjam the printer in the office",
 "can ai book my annual leave in the system",
 "what do i do if a customer is aggressive at the till",
 "how do i clean the coffee machine at work",
 "can you ring my boss and tell him im sick",
 "whats the fire drill procedure in our building",
]

def main():
    here = Path(__file__).parent
    rng = random.Random(31)
    ins = [probekit.case("paraphrase", q, sections=secs, facts=facts) for q, secs, facts in C]
    # Written before this generator checked: two cases cite a section that does not state their
    # fact beside one that does; kept as measured in stop 31.
    probekit.check_facts(ins, stop=False)
    outs = [probekit.case("out_of_job", q) for q in OUT]
    (work_in, measure_in), (work_out, measure_out) = probekit.halves(ins, rng), probekit.halves(outs, rng)
    for name, i, o in (("work", work_in, work_out), ("measure", measure_in, measure_out)):
        head = f"# Job-task questions (stop 31, helper fu, jobwords-s31): {name} half, seed 31.\n\n"
        probekit.write_cases(here / name / "paraphrase.toml", head, i)
        probekit.write_cases(here / name / "out_of_job.toml", head, o)


if __name__ == "__main__":
    main()
