"""Comparisons (stop 29, wave 2): who is asking first, and a side named by what it makes.

Worded apart from the probes; fails on the code before it:

- "<who is asking>: which ..., A or B?" ("plumber asking:", "driving instructor:", "shop owner:"): the
  choice pattern opens the question, so the job before the colon left the message with no sides
  at all (a general answer). The sides are now read from what follows the colon.
- "a model that grades exam answers or one that writes new exam questions from
  scratch": a side named by what it makes (a making verb, or "from scratch") is a generative model,
  so a compute / cost / accuracy question on the two is the course's comparison of the families.
"""

from __future__ import annotations

from tutor.core.answering import shapes

COMPUTE = {
    "data-and-compute#compute-after-training-machine-learning-versus-heavy-generative-models",
    "ml-vs-generative-ai#comparing-efficiency-and-computing-needs",
}


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_who_is_asking_before_a_colon_leaves_the_sides_to_what_follows() -> None:
    assert shapes.comparison_sides("driving instructor: which would you pick for grouping pupils, k-means or dbscan?") == (
        "k-means", "dbscan",
    )
    assert shapes.comparison_sides("shop owner: which should we use to group our customers, k-means or dbscan?") == (
        "k-means", "dbscan",
    )
    assert shapes.detect("plumber asking: which costs more to run, a fraud classifier or an image generator?").kind == "comparison"
    # (a pair named before the colon is no one asking)
    assert shapes.comparison_sides("precision and recall: whats the difference?") == ("precision", "recall")


def test_a_side_named_by_what_it_makes_is_generative(tutor) -> None:
    for question in (
        "school caretaker asking: which eats more computer power, a model that flags fraudulent payments or one that writes product descriptions from scratch?",
        "which needs the bigger computer, a spam filter or a tool composing new songs?",
        "which costs more to run, a churn predictor or an app that draws new pictures?",
    ):
        answer = tutor.ask(question)
        assert _cited(answer) and set(_cited(answer)) <= COMPUTE, (question, _cited(answer))
