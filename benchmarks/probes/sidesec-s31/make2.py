"""measure2 (sidesec-s31): written after the fix, before running them; totals only."""

from pathlib import Path

from make import ALG, toml_case

CASES = [
    ("neural network vs decision tree: which one costs more computing power", [ALG], [["computing power"]]),
    ("a decision tree or a deep neural network, which one is hungrier for data", [ALG], [["more data"]]),
    ("for a tiny dataset would u go neural network or svm", [ALG], [["more data"]]),
    ("svm vs neural network on data and compute needs", [ALG], [["more data and computing"]]),
    ("is a neural network more expensive in compute than a decision tree", [ALG], [["computing power"]]),
    ("what costs more compute, a neural nets or linear regression?", [ALG], [["computing power"]]),
]

if __name__ == "__main__":
    here = Path(__file__).parent
    (here / "measure2").mkdir(exist_ok=True)
    head = "# Side-section probes (stop 31, comp wave 2): measure2, written after the fix.\n\n"
    (here / "measure2" / "comparison.toml").write_text(head + "\n".join(toml_case(*c) for c in CASES))
