"""work2 (stop 32, cmpsent): more comparisons asking one dimension of both sides, written after the
first fix to find why it moved so few; failures read (a work folder)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit
from make import (
    ACC,
    BIAS,
    CODEAUD,
    DEEP,
    FRAUD,
    GANU,
    GENEVAL,
    GROUND,
    HAL,
    HARM,
    IMGGEN,
    IMGSP,
    MODE,
    NLP,
    REC,
    TXTGEN,
    VAEUSE,
)

CASES = [
    ("a model that tags faces in photos vs a model that fakes a politician's face: which one only predicts about existing pictures",
     [IMGSP, DEEP], [["existing data|rather than creating"], ["generated or altered"]]),
    ("hallucinations vs deepfakes, which one can a learner defend against by checking the source",
     [HAL, DEEP], [["trusted sources|not supported by any source"], ["check the source"]]),
    ("biased loan decisions vs toxic chatbot replies: how do teams cut down each one",
     [BIAS, HARM], [["checking who the data represents|measuring error rates"], ["filtering training data|safety rules"]]),
    ("image generators vs recommender systems - who relies on them at work",
     [IMGGEN, REC], [["designers|advertising teams"], ["online shops|streaming services"]]),
    ("mode collapse vs unstable gan training: how would i even notice each one",
     [MODE, GANU], [["many samples are compared|easy to miss"], ["looking at samples|oscillate"]]),
    ("text generation vs sentiment analysis: does either of them need a human to review the output",
     [TXTGEN, NLP], [["human review|checks and edits"], ["predicts whether its tone"]]),
    ("a fraud classifier vs a poem generator - which one can be marked right or wrong",
     [ACC, GENEVAL], [["marked right or wrong|correct label"], ["no single correct output|no label"]]),
    ("music generation with vaes vs code generation: what does each one speed up",
     [VAEUSE, CODEAUD], [["melodies|interpolate"], ["routine programming|speed"]]),
    ("speech recognition vs fraud detection, how quickly do they give an answer",
     [IMGSP, FRAUD], [["transcription|voice assistants"], ["fraction of a second|real time"]]),
    ("a grounded answer vs a hallucinated one: which can be traced to a lesson",
     [GROUND, HAL], [["traced"], ["not supported by any source"]]),
]

if __name__ == "__main__":
    cases = [probekit.case("comparison", q, sections=s, facts=f) for q, s, f in CASES]
    probekit.check_facts(cases)
    head = "# cmpsent work2: written after the first fix, failures read (stop 32).\n\n"
    probekit.write_cases(Path(__file__).parent / "work2" / "comparison.toml", head, cases)
    print(len(cases), "cases")
