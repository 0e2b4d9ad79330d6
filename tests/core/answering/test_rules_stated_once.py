"""Rules stated once, in the module that owns them.

Code quality, stop 32 (helper tidy): rules stated once, in the module that owns them.

- ``compose.names_asked_in_definition``: "how would you notice?" and "what if it is too big?" are
  spared together wherever a follow-up's repeats are set aside (answer.py had the pair twice).
- ``NotTaught`` takes the course vocabulary as a constructor argument (it was set on the object
  after construction): with it, a learner's typo of a listed term's word is mended to the term;
  without it, terms match only as written.
- ``learner_judge.unstated_facts`` checks a comparison's sides together (they are quoted in one
  answer) and names a section id that does not exist instead of raising; the probe generators'
  shared ``benchmarks/probes/probekit.py`` checks with it.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import learner_judge
import numpy as np

from tutor.core.answering import compose
from tutor.core.answering.not_taught import NotTaught

SENTENCES = [
    "The trouble shows only when many outputs are compared side by side.",
    "A very high temperature can make the text drift into nonsense.",
    "The model is trained on a large dataset.",
]


def test_noticing_and_too_much_are_one_rule() -> None:
    for question in ("how would anyone even spot that", "and what happens if you turn it way up", "what is it"):
        both = compose.names_asked_in_definition(question, SENTENCES)
        expected = np.maximum(
            compose.names_asked_notice(question, SENTENCES), compose.names_asked_too_much(question, SENTENCES)
        )
        assert list(both) == list(expected)
    assert not compose.names_asked_in_definition("what is it", SENTENCES).any()


def test_the_lexicon_mends_a_typo_only_with_the_course_vocabulary(tutor) -> None:
    texts = ["A model predicts the next token from the tokens before it."]
    assert NotTaught(["federated learning"], texts, vocabulary=tutor.vocabulary).find(
        "is federatd learning private"
    ) == "federatd learning"
    assert NotTaught(["federated learning"], texts).find("is federatd learning private") is None
    assert tutor.not_taught.vocabulary is tutor.vocabulary


def test_a_comparisons_sides_state_its_facts_together() -> None:
    sides = ["supervised-learning/learning-from-labelled-examples", "unsupervised-learning/learning-from-unlabelled-data"]
    facts = [["labelled"], ["unlabelled"]]
    comparison = {"kind": "comparison", "question": "q", "file": "comparison.toml", "sections": sides, "facts": facts}
    assert learner_judge.unstated_facts([comparison]) == []
    paraphrase = {**comparison, "kind": "paraphrase", "facts": [["unlabelled"]]}
    assert len(learner_judge.unstated_facts([paraphrase])) == 1  # each section on its own there
    nowhere = {**comparison, "sections": ["supervised-learning/no-such-section"]}
    assert "no section" in learner_judge.unstated_facts([nowhere])[0]


def _probekit():
    path = Path(__file__).resolve().parents[3] / "benchmarks" / "probes" / "probekit.py"
    spec = importlib.util.spec_from_file_location("probekit", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_probe_split_is_seeded_and_the_cases_written_in_the_eval_format() -> None:
    kit = _probekit()
    items = list(range(11))
    work, measure = kit.halves(items, random.Random(7))
    assert sorted(work + measure) == items and len(work) == 5
    assert (work, measure) == kit.halves(items, random.Random(7))
    shuffled = items[:]
    random.Random(7).shuffle(shuffled)
    assert kit.halves(items, random.Random(7), alternate=True) == (shuffled[0::2], shuffled[1::2])
    assert kit.halves(items, random.Random(7), in_order=True) == (sorted(work), sorted(measure))
    case = kit.case("comparison", 'is a "gan" a vae', sections=["a/b", "c/d"], facts=[["x|y"]])
    assert kit.toml_case(case) == (
        '[[case]]\nkind = "comparison"\nquestion = "is a \\"gan\\" a vae"\nin_scope = true\n'
        'sections = ["a/b", "c/d"]\nsides = [["a/b"], ["c/d"]]\nfacts = [["x|y"]]\n'
    )
    assert kit.case("near_miss", "q", term="t")["in_scope"] is False
