"""Glossary phrases added in stop 48 (jcmp48, jpara48, kpara48 work probes; worded apart):
k-means told by its moving middle points, a grouping app as clustering, a model that "spits out a
number" or "puts things in a box" as regression and classification, and columns put on "the same
range" as feature scaling."""

from __future__ import annotations

from answering.reading import cited


def test_moving_middle_points_are_k_means(tutor) -> None:
    question = "a grouping app split our volunteers into 3 teams. my colleague says it drops pins at random and keeps moving each pin to the middle of its group. is that right and who decided on 3?"
    assert "unsupervised-learning#how-k-means-finds-clusters" in cited(tutor.ask(question))


def test_a_number_out_against_a_box_is_regression_against_classification(tutor) -> None:
    question = "estate agent. a model that spits out a number like the asking price, and one that puts things in a box like sold or unsold: what's the difference?"
    answer = tutor.ask(question)
    assert answer.in_scope and "supervised-learning#classification-versus-regression" in cited(answer)


def test_everyday_phrases_expand_to_their_terms(tutor) -> None:
    expand = tutor.index.learner.expand
    assert "feature scaling" in expand("should i put every column onto the same range first")
    assert "clustering" in expand("our grouping tool put customers in piles")
