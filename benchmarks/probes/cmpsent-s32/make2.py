"""measure2 (stop 32, cmpsent): comparisons asking one dimension of both sides, written AFTER the
fix (``Comparing._asked_of_both``) and before running them; totals only."""

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
    GANUSE,
    HAL,
    HARM,
    IMGSP,
    PR,
    SMALL,
    VAEUSE,
)

CASES = [
    ("a chatbot confidently getting a date wrong vs a loan model that treats one neighbourhood unfairly - is either doing it deliberately, on purpose?",
     [HAL, BIAS], [["not lying on purpose|no sense of true"], ["no one told it|cannot tell a fair pattern"]]),
    ("deepfake clips vs biased pictures from an image generator: what can an ordinary learner do about each",
     [DEEP, HARM], [["check the source"], ["human review|filtering|safety rules"]]),
    ("card fraud model vs a molecule-inventing model: which one acts while the payment is still happening, and which still needs the lab",
     [FRAUD, CODEAUD], [["real time|still happening"], ["lab"]]),
    ("speech to text vs voice cloning, which one do voice assistants depend on",
     [IMGSP, CODEAUD], [["voice assistants depend"], ["chosen voice"]]),
    ("gans vs vaes: which can turn sketches into pictures and which helps spot anomalies",
     [GANUSE, VAEUSE], [["sketches"], ["anomaly detection"]]),
    ("accuracy vs precision - which one gets fooled when fraud is rare",
     [ACC, PR], [["rare|mislead"], ["raises an alarm|TP / \\(TP \\+ FP\\)"]]),
    ("tiny local model vs giant llm, which one works with no network connection",
     [SMALL], [["without a network connection"]]),
]

if __name__ == "__main__":
    cases = [probekit.case("comparison", q, sections=s, facts=f) for q, s, f in CASES]
    probekit.check_facts(cases)
    head = "# cmpsent measure2: written after the fix, before running (stop 32).\n\n"
    probekit.write_cases(Path(__file__).parent / "measure2" / "comparison.toml", head, cases)
    print(len(cases), "cases")
