"""Comparisons, stop 33 (cmppair), tested in other words than the probes in
``benchmarks/probes/cmppair-s33``.

- A comparison set in an industry the learner names with "at" ("at banks", "at shops")
  is answered by the course's section on that industry, as one named with "in" was: the glossary
  held "in banks" but not "at banks", so "ml vs gen ai at my bank" found no finance section and
  was answered by the general comparison of the two families.
- "is A <cheaper/harder/...> to <verb> than B" compares A and B, as "is A more costly to run than
  B" already did: with the infinitive between the comparative and "than", it was read as a yes/no
  question about A.
"""

from __future__ import annotations

from tutor.core.answering import shapes

FINANCE = "industry-use-cases#finance-catching-fraud-and-handling-documents"
RETAIL = "industry-use-cases#retail-predicting-sales-and-writing-product-content"


def test_a_comparison_at_a_bank_is_answered_by_the_finance_section(tutor) -> None:
    answer = tutor.ask("predictive models vs generative models at my bank, what is each one doing there")
    assert FINANCE in [s.section for s in answer.sources]


def test_a_comparison_set_at_shops_is_answered_by_the_retail_section(tutor) -> None:
    answer = tutor.ask("machine learning or generative ai at shops, which does what")
    assert [s.section for s in answer.sources] == [RETAIL]  # (not the cats-and-dogs example for the ml side)


def test_a_bare_comparative_with_an_infinitive_compares_two_things() -> None:
    shape = shapes.detect("is an svm quicker to train than a neural network")
    assert shape.kind == "comparison" and shape.sides == ("svm", "neural network")
