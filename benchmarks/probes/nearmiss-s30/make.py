"""Write the nearmiss-s30 probes and split them at random (seed 30) into work/ and measure/."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

NEAR = [
    # multiword terms of everyday words
    ("our support team wants intent detection on incoming emails, how does intent detection work?", "intent detection"),
    ("can churn prediction tell us which subscribers will cancel next month?", "churn"),
    ("we want demand forecasting for the warehouse, which model do people use for that", "demand forecasting"),
    ("what does market basket analysis find in supermarket receipts?", "market basket"),
    ("legal keeps mentioning predictive coding for document review - what is it?", "predictive coding"),
    ("how does process mining spot bottlenecks in our invoice approvals", "process mining"),
    ("our plant manager wants a digital twin of the production line. what is that exactly", "digital twin"),
    ("can entity resolution merge the duplicate customer records in our crm?", "entity resolution"),
    ("how does noise cancelling in my headphones use ai to block out the bus engine?", "noise cancel"),
    ("how does lip reading software guess the words from a silent video", "lip reading"),
    ("my car has lane keeping assist, how does it see the white lines on the road?", "lane keeping"),
    ("what is shadow ai and why is our IT department so worried about it", "shadow ai"),
    ("how does emotion recognition in recorded job interviews judge the candidates?", "emotion recognition"),
    ("how does the smart reply feature in my email come up with those three short answers", "smart reply"),
    ("what is speaker verification, like when my bank checks its really my voice on the phone", "speaker verification"),
    ("how does keyword spotting run on the tiny chip inside wireless earbuds?", "keyword spotting"),
    ("how do spell checkers decide a word is wrong?", "spell check"),
    ("whats a knowledge graph and would our intranet search need one", "knowledge graph"),
    ("how does optical character recognition turn a scanned receipt into text", "optical character recognition"),
    ("what is the alignment problem everyone keeps writing about", "alignment problem"),
    # named systems, events, thought experiments, people
    ("what is the turing test and has any chatbot passed it yet", "turing test"),
    ("how did AlphaGo beat the world champion at go?", "alphago"),
    ("what was ELIZA, that old therapist chatbot from the sixties?", "eliza"),
    ("explain the paperclip maximizer thought experiment pls", "paperclip"),
    ("whats the trolley problem got to do with self driving cars", "trolley problem"),
    ("what was the ai winter and could we get another one?", "ai winter"),
    ("what is moravec's paradox about robots finding the easy stuff hard", "moravec"),
    ("what is roko's basilisk, my nephew keeps joking about it", "basilisk"),
    ("what is the uncanny valley and why do ai generated faces feel creepy", "uncanny valley"),
    ("what happened at the dartmouth conference in 1956?", "dartmouth"),
    ("how did ibm watson beat the human champions on jeopardy", "watson"),
    ("how does the moral machine experiment decide who a self-driving car should save", "moral machine"),
    ("do real robots follow asimov's three laws of robotics?", "three laws"),
    ("how does a captcha know im not a robot when i click the traffic lights", "captcha"),
    ("whats the stochastic parrots argument about language models", "stochastic parrot"),
    ("what is goodhart's law and why do ml people quote it so much", "goodhart"),
    ("could an ai ever have consciousness, what does the course say about machine consciousness", "consciousness"),
]

CONTROLS = [
    ("how does my phone turn what i say into text?", "ml-applications/image-and-speech-recognition", [["speech"]]),
    ("how can a support team tell which customers are angry from their messages?",
     "industry-use-cases/customer-support-sentiment-analysis-and-chatbots", [["sentiment"]]),
    ("can a computer learn to play chess by playing against itself?",
     "reinforcement-learning/reinforcement-learning-in-games-robotics-and-autonomous-systems", [["game"]]),
    ("how do banks spot a weird card payment?", "ml-applications/fraud-detection-with-machine-learning", [["fraud"]]),
    ("how does netflix pick what to show me next?", "ml-applications/recommendation-systems-for-products-movies-and-music",
     [["recommend"]]),
    ("how can i check if a chatbot's answer is made up?", "hallucination/how-to-spot-and-reduce-hallucination",
     [["check|verif|source"]]),
    ("those fake videos of politicians saying things they never said, why are they a worry?",
     "ethics-and-regulation/deepfakes-and-the-argentine-election-poster", [["deepfake"]]),
    ("how does a shop guess how much it'll sell next month?", "industry-use-cases/retail-predicting-sales-and-writing-product-content",
     [["predict|forecast"]]),
    ("how does a spam filter learn which emails are junk?", "supervised-learning/a-worked-example-building-a-spam-filter",
     [["spam"]]),
    ("whats the big eu law on ai called?", "ethics-and-regulation/ai-regulation-the-us-executive-order-and-the-eu-ai-act",
     [["AI Act"]]),
    ("how do computers sort customers into similar groups without being told the groups?",
     "unsupervised-learning/clustering-groups-similar-data-points", [["cluster"]]),
    ("should we do a small trial run before rolling ai out across the whole company?",
     "adoption-challenges/a-small-pilot-project-as-a-first-step", [["pilot"]]),
    ("why does a chatbot write a different answer each time i ask the same thing?",
     "language-models/sampling-temperature-top-k-and-top-p", [["sampl|random|temperature"]]),
    ("can a chatbot look at pictures and read text at the same time now?",
     "future-trends/multimodal-chatbots-such-as-gpt-4-and-gemini", [["multimodal"]]),
    ("how does the robot in the ice grid game learn which way to go?",
     "reinforcement-learning/q-learning-in-the-frozenlake-grid-world", [["Q"]]),
    ("why do hospitals use ai to look at scans?", "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans",
     [["disease|diagnos"]]),
]


if __name__ == "__main__":
    here = Path(__file__).parent
    probekit.write_near_misses(here, "nearmiss-s30", 30, NEAR, CONTROLS)
