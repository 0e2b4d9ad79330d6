"""Write the zlimits-s33 probes and split them at random (seed 33) into work/ and measure/.

Near misses: techniques, product features and named historical systems of business, marketing,
sales, service and clinical work that the course never names (each `term` checked absent from
knowledge/lessons), asked the way shop owners, sales staff, clinicians and managers ask: "how
does X work", "how would an ai work out X", "is a model doing that", often after a description
of the situation in everyday words, sometimes with the name only at the end. Controls: questions
in the same business vocabulary that the course does answer.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

NEAR = [
    ("how does propensity modelling pick which customers get the loan offer letter?", "propensity model"),
    ("marketing guy keeps saying uplift modelling, how does it tell who only buys because of the coupon", "uplift model"),
    ("how would an ai work out which ad channel gets the credit for a sale? multi-touch attribution or whatever", "attribution"),
    ("hotel receptionist here - how does revenue management software set tonights room rates, is that ai?", "revenue management"),
    ("how do retail tools estimate price elasticity of my products", "price elasticity"),
    ("our crm shows a customer health score for every account. how does it come up with the number", "health score"),
    ("can ml do rfm segmentation of my shop's customers", "rfm"),
    ("call centre supervisor: how does speech analytics flag the angry calls for me to listen to?", "speech analytics"),
    ("how does workforce scheduling ai decide how many baristas to put on each shift", "workforce scheduling"),
    ("mental health nurse asking - how did the ELIZA program from the sixties talk to people", "eliza"),
    ("how did deep blue beat kasparov at chess back in the 90s", "deep blue"),
    ("what was MYCIN and how did it suggest antibiotics", "mycin"),
    ("how did ibm watson win jeopardy", "watson"),
    ("what happened at the dartmouth workshop in 1956", "dartmouth"),
    ("how did alphago beat the go champion", "alphago"),
    ("teacher: how do ai detectors decide an essay was written by a chatbot?", "detector"),
    ("how does watermarking of ai text work, can you hide a signal in the words", "watermark"),
    ("how does google smart bidding set my ad bids each auction", "smart bidding"),
    ("ward sister here, how does the early warning score work out which patients are getting worse", "early warning score"),
    ("what is survival analysis and can machine learning do it for our cancer patients", "survival analysis"),
    ("how does a clinical decision support system pick the right dose", "decision support"),
    ("how does ai do medical coding from the discharge notes", "medical coding"),
    ("the insurer put a telematics box in my van. how does it work out my premium", "telematics"),
    ("half our patients dont turn up. how do no-show prediction models know who will miss their appointment?", "no-show"),
    ("how does footfall counting work in a shopping centre", "footfall"),
    ("how does planogram compliance ai check the shelves", "planogram"),
    ("what is conversational commerce and does it use generative ai", "conversational commerce"),
    ("email marketer: how does send time optimisation choose when each subscriber gets the newsletter", "send time optimisation"),
    ("how does social listening find what people say about my brand", "social listening"),
    ("how does a robo-advisor choose my investments", "robo-advisor"),
    ("is algorithmic trading machine learning? how does it decide to buy", "algorithmic trading"),
    ("recruiter q: how does a cv parser pull the skills out of a resume", "cv parser"),
    ("estate agent: how does an automated valuation model price a house without anyone visiting it", "automated valuation"),
    ("our sales team got a call coaching tool that scores every call. how does it score us", "call coaching"),
    ("how does a digital twin of a factory work and is it ai", "digital twin"),
    ("how do cashierless shops know what i took off the shelf", "cashierless"),
    ("restaurant owner: how would an ai do menu engineering, deciding which dishes to push", "menu engineering"),
    ("our phone line has a conversational ivr now. how does it understand callers", "ivr"),
    ("how does exit intent detection know i'm about to leave a website", "exit intent"),
    ("can an ml tool do cohort analysis on my gym's subscribers", "cohort analysis"),
    ("how do supermarkets use share of wallet estimates, is a model guessing what i spend elsewhere", "share of wallet"),
    ("how does a demand sensing tool predict orders for next week from point of sale data", "demand sensing"),
    ("customers leave after the free trial. how does a retention model spot the ones about to go", "retention model"),
    ("prices on the ride app jump when it rains. how does surge pricing work, is a model doing it", "surge pricing"),
    ("what is the turing test and did any chatbot pass it", "turing test"),
    ("what was the first expert system and how did it work", "expert system"),
    ("pharmacist: how does a drug interaction checker know two meds clash, is it machine learning", "interaction checker"),
    ("how does a credit scoring model decide if i get a mortgage", "credit scor"),
    ("how does a chatbot do intent detection to route my ticket to the right team", "intent detection"),
    ("care coordinator - how does risk stratification sort our patients into high and low risk", "risk stratification"),
    ("how does the shopping site do basket recommendations at the checkout, the frequently bought together thing", "frequently bought together"),
    ("how do sales forecasts get a confidence interval around them", "confidence interval"),
    ("shop manager: how does shrinkage detection catch staff theft at the tills", "shrinkage"),
    ("how does a customer data platform build a single view of each shopper", "customer data platform"),
    ("how does win probability on my sales pipeline get calculated", "win probability"),
    ("how would an ai do territory planning for my sales reps", "territory planning"),
]

CONTROLS = [
    ("how does a shop use machine learning to predict how much it will sell?",
     "industry-use-cases/retail-predicting-sales-and-writing-product-content", [["sales"]]),
    ("can ai write the product descriptions for my online store?",
     "industry-use-cases/retail-predicting-sales-and-writing-product-content", [["product description"]]),
    ("how do sites suggest products a customer might like?",
     "ml-applications/recommendation-systems-for-products-movies-and-music", [["recommend"]]),
    ("how do banks catch fraud on card payments with machine learning?",
     "ml-applications/fraud-detection-with-machine-learning", [["fraud"]]),
    ("how can our support team tell from messages whether customers are annoyed?",
     "industry-use-cases/customer-support-sentiment-analysis-and-chatbots", [["sentiment"]]),
    ("what is hyper-personalisation in marketing?",
     "future-trends/hyper-personalisation-with-machine-learning", [["personalis"]]),
    ("how does a model spot unusual readings or transactions?",
     "ml-applications/predictive-analytics-and-anomaly-detection", [["anomal|unusual"]]),
    ("how does grouping customers with similar buying habits work without labels?",
     "unsupervised-learning/clustering-groups-similar-data-points", [["cluster"]]),
    ("can ai help doctors draft treatment plans?",
     "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans", [["treatment plan"]]),
    ("my staff are worried ai will take their jobs. what does the course say about that?",
     "adoption-challenges/resistance-to-change-from-employees", [["job"]]),
    ("whats a sensible first step for a small business trying ai?",
     "adoption-challenges/a-small-pilot-project-as-a-first-step", [["pilot"]]),
    ("how big is the ai market expected to get?",
     "future-trends/a-market-projected-to-reach-740-billion-dollars-by-2030", [["740"]]),
    ("can i build my own customer service chatbot without coding?",
     "future-trends/custom-mini-chatbots-built-without-code", [["without|no code|code"]]),
    ("why does a fraud model need both precision and recall?",
     "evaluating-models/why-fraud-and-disease-detection-need-both-precision-and-recall", [["precision"], ["recall"]]),
    ("how do i stop my support chatbot making things up?",
     "hallucination/how-to-spot-and-reduce-hallucination", [["ground|source|check|verif"]]),
    ("how do banks use generative ai for paperwork?",
     "industry-use-cases/finance-catching-fraud-and-handling-documents", [["document"]]),
    ("how does a spam filter learn which emails are spam?",
     "supervised-learning/a-worked-example-building-a-spam-filter", [["spam"]]),
    ("how does a model predict a house price, is that regression?",
     "supervised-learning/classification-versus-regression", [["regression"]]),
    ("how does an ai agent balance trying new things with what already works?",
     "reinforcement-learning/exploration-versus-exploitation", [["explor"]]),
    ("how does ai detect disease early in x-rays?",
     "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans", [["x-ray|X-ray"]]),
    ("what was the fake election poster in argentina about?",
     "ethics-and-regulation/deepfakes-and-the-argentine-election-poster", [["Argentin"]]),
    ("how does a chatbot like chatgpt write its replies one piece at a time?",
     "language-models/next-token-prediction-step-by-step", [["token"]]),
]

# Written after the fixes (the practice frame's subjects, the object of "do", a thing introduced
# before "how does it ...") and before running them.
NEAR2 = [
    ("how do car dealers do trade-in valuation with ai these days", "trade-in valuation"),
    ("can ai do cross-selling for my phone shop, like which case to offer with which phone", "cross-selling"),
    ("how would an ai work out the optimal reorder point for each product on my shelves", "reorder point"),
    ("how do those appointment reminder bots decide when to text patients", "appointment reminder"),
    ("our ward got a sepsis alert system last month. how does it decide who to flag", "sepsis alert"),
    ("how do hotel booking sites do rate parity checks", "rate parity"),
    ("the gym app gives every member an engagement score. how does it work that out?", "engagement score"),
    ("can ai do wound measurement from a photo on my phone", "wound measurement"),
    ("how do estate agents do lead nurturing with ai", "lead nurturing"),
    ("the hospital bought a bed management platform - how does it predict discharges", "bed management"),
]
CONTROLS2 = [
    ("how does ai do sentiment analysis on customer reviews?",
     "ml-applications/natural-language-processing-with-machine-learning", [["sentiment"]]),
    ("how do banks do fraud detection while the payment is happening?",
     "ml-applications/fraud-detection-with-machine-learning", [["real time"]]),
    ("our shop has a product recommender on the website. how does it decide what to show?",
     "ml-applications/recommendation-systems-for-products-movies-and-music", [["recommend"]]),
    ("can ai do image generation for my ad campaigns?",
     "generative-ai-applications/image-generation-for-design-advertising-and-virtual-reality", [["advertis|campaign"]]),
]


if __name__ == "__main__":
    here = Path(__file__).parent
    probekit.write_near_misses(here, "zlimits-s33", 33, NEAR, CONTROLS)
    if NEAR2:
        head = "# zlimits-s33 (measure2): written after the fix and before running it.\n\n"
        controls2 = [probekit.case("paraphrase", q, sections=[s], facts=facts) for q, s, facts in CONTROLS2]
        probekit.check_facts(controls2)
        probekit.write_cases(here / "measure2" / "near_miss.toml", head, [probekit.case("near_miss", q, term=t) for q, t in NEAR2])
        probekit.write_cases(here / "measure2" / "paraphrase.toml", head, controls2)
