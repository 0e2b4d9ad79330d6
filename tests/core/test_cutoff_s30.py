"""Workplace products described by their job (stop 30, cutoff).

Worded apart from the probes; fails on the code before it:

- A learner who names a machine by the job it does at work ("our footfall forecaster", "the tool
  that picks which leads we call") and describes its behaviour in everyday words was declined as
  "not covered": the workplace words kept the passage cosine and the word coverage under the scope
  bar although the section router's first choice was the right section. Such a machine is the
  course's subject (a model doing a task); the router's first choice among the first hits answers.
"""

from __future__ import annotations

from tutor.core.answering import scope


def test_a_machine_is_named_by_its_job() -> None:
    assert scope.names_machine_at_work("our footfall forecaster got better")
    assert scope.names_machine_at_work("the tool that picks which leads we call")
    assert not scope.names_machine_at_work("the thing that annoys me about my boss")
    assert not scope.names_machine_at_work("what is the capital of peru")


def test_a_workplace_machine_that_improved_with_more_data_is_answered(tutor) -> None:
    answer = tutor.ask("our footfall forecaster at the museum got better after we added last summer's visitor counts. normal?")
    assert answer.in_scope
    assert answer.sources[0].section == "what-is-ml#patterns-trends-and-improving-with-more-data"


def test_other_subjects_stay_out(tutor) -> None:
    assert not tutor.ask("what is the capital of peru").in_scope
    assert not tutor.ask("the tool that writes my essays, can you write one for me about rome").in_scope


def test_a_product_name_is_not_a_job() -> None:
    assert scope.names_machine_at_work("why does autocorrect change my words")
    assert not scope.names_machine_at_work("why does autocorrect change my words", products=False)
    assert scope.names_machine_at_work("the footfall forecaster and autocorrect", products=False)
