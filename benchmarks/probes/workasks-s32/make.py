"""Write the workasks-s32 probes: course questions from people at work who describe a task of
their job in everyday workplace words (no course term), in many forms (ability questions, "would
the thing that writes text help with ...", "is that the learning kind?", "what sort of ai ..."),
answered by the sections that list uses; plus workplace chores and errands that must stay refused.
Split at random (seed 32) into work/measure."""
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
SAME = "industry-use-cases/same-industries-different-jobs"
HC = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
RET = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
EDU = "industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"
CS = "industry-use-cases/customer-support-sentiment-analysis-and-chatbots"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"
UNS = "unsupervised-learning/what-unsupervised-learning-is-used-for"
RL = "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems"
MINI = "future-trends/custom-mini-chatbots-built-without-code"
HYP = "future-trends/hyper-personalisation-with-machine-learning"
VID = "future-trends/text-to-video-the-next-frontier-for-generative-ai"
EVERY = "what-is-ml/everyday-machine-learning-services"
KINDS = "what-is-generative-ai/kinds-of-content-generative-ai-creates"
CR = "supervised-learning/classification-versus-regression"

C = [
 # fraud / anomaly
 ("can it sort the dodgy refund claims from the real ones", [F, FIN, PA], [["fraud|flag|unusual|anomal"]]),
 ("our insurance office gets loads of fake claims, is there ai that would pick them out", [F, FIN], [["fraud"]]),
 ("would the learning type of ai catch staff using the company card for personal stuff", [F, FIN, PA], [["fraud|unusual|anomal|flag"]]),
 ("we run a betting shop, could a computer spot someone laundering cash through us", [F, FIN], [["launder"]]),
 ("the bank i work at wants to stop dodgy transfers as they happen, what kind of ai is that", [FIN, F], [["fraud|real time"]]),
 ("can machines tell when a pump on the rig is running funny before it breaks", [PA, UNS], [["anomal|sensor|unusual"]]),
 ("is there ai that notices weird logins on our work network", [UNS, PA], [["anomal|login|unusual"]]),
 ("the dairy wants something to warn us if the milk tank readings go strange", [PA, UNS], [["anomal|sensor|unusual"]]),
 # forecasting
 ("our depot wants to guess next month's orders, is that the learning kind?", [PA, RET, EVERY], [["predict|forecast"]]),
 ("could a program work out how many turkeys the butchers should order for christmas", [PA, RET], [["predict|forecast"]]),
 ("the cafe owner wants to know how many sandwiches to make each morning, can ai do that", [PA, RET], [["predict|forecast"]]),
 ("would ai help the hospital guess which patients will bounce back in", [PA], [["readmit|predict|risk"]]),
 ("we sell garden furniture, can software predict the summer rush from previous years", [PA, RET], [["predict|forecast|season"]]),
 ("guessing how many units we'll shift next week, is that sorting or a number thing", [CR, PA], [["number|regression|predict"]]),
 ("the factory wants to know which machine part will go next, is that ai", [EVERY, PA], [["predict|fail|anomal"]]),
 # customer support
 ("would the thing that writes text help with the phones at our call centre", [CS, TG], [["chatbot|routine|dialogue|queries"]]),
 ("can a bot answer where's my parcel messages for our courier firm", [NLP, CS], [["parcel|delivery|chatbot"]]),
 ("our complaints inbox is huge, can something tell which ones are from furious people", [CS, NLP], [["sentiment|angry"]]),
 ("at the hotel desk we get same questions all day, could ai field them", [CS, MINI, TG], [["chatbot|routine|queries"]]),
 ("could software send each support ticket to the right department automatically", [CS], [["route|topic|sort"]]),
 ("we want to read what guests write on tripadvisor in bulk and see the mood, which ai does that", [NLP, CS], [["sentiment"]]),
 ("can i make a little helper bot for our gym that knows the class times without coding", [MINI], [["without|no programming|chatbot"]]),
 # text writing
 ("our estate agents spend ages writing house listings, would generative ai do that", [TG, RET], [["description|content|draft"]]),
 ("could the writing ai draft the weekly newsletter for our charity", [TG, KINDS], [["draft|content|blog|email|write"]]),
 ("the marketing girl wants ai to write a different promo email for each shopper", [RET, TG], [["promotion|personalis|email"]]),
 ("can it write up the first version of a report for my manager to check", [TG], [["report|draft|content"]]),
 ("we have 5000 spare parts listed online with no text, can something write them", [RET, TG], [["description"]]),
 # docs / finance / legal
 ("at the mortgage broker we wade through loan documents, can an ai pull out the key bits", [FIN], [["loan|key terms|document"]]),
 ("can ai shrink a long pension policy into a short summary for clients", [FIN, NLP], [["summar"]]),
 ("would a computer help our financial advisers put together a plan for each client's savings", [FIN], [["investment|strateg|goal"]]),
 # images / design / video
 ("the print shop wants quick logo ideas for customers, is that what the picture making ai does", [IG], [["logo|design|image"]]),
 ("our estate agency wants to show empty rooms with furniture in, could ai make the pictures", [IG], [["image|picture"]]),
 ("can ai make a short advert clip from a sentence for our instagram", [VID], [["video|clip"]]),
 ("the ad agency wants fake product photoshoots without hiring a studio, can ai do it", [IG], [["advertis|product|image"]]),
 ("could our optician let people try frames on online with ai", [RET], [["virtual try|try"]]),
 # recognition / speech
 ("can ai check photos from the production line and spot the faulty bits", [IMG, PA, UNS], [["image|recogni|classif|anomal"]]),
 ("would a computer type out what's said in our team calls", [IMG], [["transcri|speech"]]),
 ("our museum wants subtitles on all the videos, could machine learning do that", [IMG, EVERY], [["caption|speech"]]),
 ("the car park wants to read number plates from the cameras, what sort of ai", [IMG], [["image|recogni"]]),
 ("the builders merchant needs the health and safety leaflet in romanian, can ai translate it", [NLP], [["translat"]]),
 ("can the computer recognise staff faces at the door instead of badges", [IMG], [["facial|face"]]),
 # recommendations / personalisation
 ("the bookshop wants to suggest books people might like on the website", [REC, RET], [["recommend"]]),
 ("our radio station wants a playlist made for each listener, is that ai", [MUS, REC], [["playlist|recommend"]]),
 ("the supermarket app wants to change its front page for every shopper in real time", [HYP], [["personalis"]]),
 ("can the learning ai group our customers into types so marketing can target them", [UNS], [["segment|cluster"]]),
 # education
 ("im a teacher, could ai make extra worksheets at the right level for my class", [EDU], [["practice questions|material|exercise"]]),
 ("our training department wants each new hire to get lessons fitted to how they're doing", [EDU, HYP], [["personalis|perform|adapt"]]),
 ("could our college have a virtual tutor answering students at night", [EDU], [["virtual tutor|tutor"]]),
 # code / audio / drugs / music
 ("the it guy says ai can write code for him, is that true", [CODE, KINDS], [["code"]]),
 ("could ai do the voice over for our training videos", [CODE, KINDS], [["speech|voice|audio"]]),
 ("our pharma lab wants new drug candidates suggested, is that the generating kind", [CODE, HC], [["molecul|drug"]]),
 ("could ai compose background music for our shop that we dont have to license", [MUS], [["music|compose|melod"]]),
 # synthetic data
 ("we only have a few photos of broken parts, can ai make more to train with", [AUG], [["synthetic|augment"]]),
 # healthcare
 ("our gp surgery wants the scans checked for problems early, which type of ai", [HC], [["scan|detect|disease"]]),
 ("can ai write up notes from what the nurse and patient said", [HC], [["transcri|clinical notes"]]),
 # robotics / control
 ("could a warehouse robot learn to pick boxes by trial and error", [RL], [["robot|reward|grasp"]]),
 ("the office building wants the heating to run itself and save energy, is that ai", [RL], [["heating|energy|autonomous"]]),
 # which kind
 ("at the agency half the team wants ai that predicts, half wants one that writes, whats the difference for a business", [SAME], [["predict|content|output"]]),
]

OUT = [
 "can it sort out who covers the bank holiday on the rota",
 "my payslip is short this month who do i ask",
 "how do i get the photocopier to print double sided",
 "can you book me a parking space at the office tomorrow",
 "whats the code for the staff toilet",
 "the till roll has run out where are the spares",
 "can it order more teabags for the staff room",
 "how many days holiday do i get after two years",
 "can you email hr that im running late",
 "the van has a flat tyre, what do i do",
 "could it fill in my timesheet for me",
 "wheres the first aid kit kept in the warehouse",
 "how do i reset my password for the work laptop",
 "can you write my appraisal for me",
 "who's on the late shift tonight",
 "can it mop the floor at the end of my shift",
]


def main():
    here = Path(__file__).parent
    ins = [probekit.case("paraphrase", q, sections=secs, facts=facts) for q, secs, facts in C]
    outs = [probekit.case("out_of_job", q) for q in OUT]
    probekit.check_facts(ins)
    rng = random.Random(32)
    ins_work, ins_measure = probekit.halves(ins, rng)
    outs_work, outs_measure = probekit.halves(outs, rng)
    for name, i, o in (("work", ins_work, outs_work), ("measure", ins_measure, outs_measure)):
        head = f"# Workplace-task questions (stop 32, helper workasks): {name} half, seed 32.\n\n"
        probekit.write_cases(here / name / "paraphrase.toml", head, i)
        probekit.write_cases(here / name / "out_of_job.toml", head, o)


if __name__ == "__main__":
    main()
