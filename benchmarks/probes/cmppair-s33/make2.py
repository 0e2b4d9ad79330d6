"""measure2 of cmppair-s33: comparisons set in an industry the learner names with "at" or "for"
("at the hospital", "for stores"), written after the glossary fix and before running them. Each
is answered by the course's section on that industry. Totals only."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import probekit

HEALTH = "industry-use-cases/healthcare-detecting-disease-and-drafting-treatment-plans"
RETAIL = "industry-use-cases/retail-predicting-sales-and-writing-product-content"
FIN = "industry-use-cases/finance-catching-fraud-and-handling-documents"

CASES = [
    ("at the hospital where i work, whats ml for and whats gen ai for", [HEALTH], [["scans|x-rays|medical images"], ["treatment plan|clinical notes"]]),
    ("predictive ai vs generative ai for hospitals?", [HEALTH], [["detect disease"], ["treatment plan|clinical notes"]]),
    ("for stores, which bits are ml and which are generative", [RETAIL], [["predict future sales|sales"], ["product descriptions"]]),
    ("at shops like mine, does ml or gen ai do the stock forecasting", [RETAIL], [["stock|sales"]]),
    ("ml or genai at banks - who does what", [FIN], [["fraud"], ["documents|loan"]]),
    ("at the bank, is catching money laundering a gen ai job or an ml job", [FIN], [["money laundering"]]),
    ("for shops: a recommender vs something that writes the product blurbs", [RETAIL], [["recommendations"], ["product descriptions"]]),
    ("at hospitals is it ml that reads the x-rays or gen ai, and which writes up notes", [HEALTH], [["x-rays"], ["clinical notes"]]),
    ("for stores, ml forecasting vs gen ai virtual try-on, whats the diff", [RETAIL], [["sales"], ["try-on"]]),
    ("for banks is summarising a loan agreement ml or generative ai", [FIN], [["loan"]]),
]

if __name__ == "__main__":
    cases = [probekit.case("comparison", q, sections=s, facts=f) for q, s, f in CASES]
    probekit.check_facts(cases)
    probekit.write_cases(Path(__file__).parent / "measure2" / "comparison.toml",
                         "# Industry settings named with at/for (stop 33, cmppair), after the fix.\n\n", cases)
