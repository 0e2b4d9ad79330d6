"""Write frame-s32's measure2: 8 questions written after the fix (setting_frames) and before any
answer to them was read. Six name the setting inside the sentence, describing another noun or in
an "if/when" clause (not as an introduction, which main already drops), while asking a general
idea; two ask about a setting itself in forms not used before."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

CASES = [
    ("the bank's chatbot told a customer about a rate that doesnt exist, why do these things invent stuff",
     ["hallucination/what-hallucination-means", "hallucination/why-next-token-prediction-produces-fluent-falsehoods"],
     [["hallucinat"]]),
    ("our school's new essay marker gives different feedback every time for the same essay, why",
     ["hallucination/why-generated-content-varies-in-quality"], [["quality"]]),
    ("a clinic's scan classifier scored 99% on its training images and flopped on new ones, whats going on",
     ["training-and-overfitting/overfitting-and-underfitting"], [["overfit"]]),
    ("if a shop's sales records are full of gaps and typos will the forecasts go wrong",
     ["training-and-overfitting/how-noisy-or-incomplete-data-leads-to-mistakes"], [["noisy|incomplete"]]),
    ("when a hospital's hiring model keeps turning down women, where does that unfairness come from",
     ["ethics-and-regulation/bias-inherited-from-training-data"], [["unfair"]]),
    ("the supermarket staff refuse to touch the new ai system, why do workers resist it",
     ["adoption-challenges/resistance-to-change-from-employees"], [["resistance|reluctan"]]),
    ("how is ai helping in classrooms these days",
     ["industry-use-cases/education-personalised-learning-paths-and-virtual-tutors"], [["student"]]),
    ("what do lenders and insurers get out of machine learning",
     ["industry-use-cases/finance-catching-fraud-and-handling-documents"], [["fraud"]]),
]


def main() -> None:
    cases = [probekit.case("paraphrase", q, sections=s, facts=f) for q, s, f in CASES]
    probekit.check_facts(cases)
    head = "# frame-s32 measure2: written after the fix, before running.\n\n"
    probekit.write_cases(Path(__file__).parent / "measure2" / "paraphrase.toml", head, cases)


if __name__ == "__main__":
    main()
