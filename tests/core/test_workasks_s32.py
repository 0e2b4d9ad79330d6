"""Job tasks at work in workplace words, stop 32 (helper workasks; probes in
``benchmarks/probes/workasks-s32``), tested in other words than the probes'.

- A machine named by no name of its own, only as the doer of a task ("something to guess ...",
  "can a computer tell which ...") is a machine at work (``described.names_machine_at_work``), so
  the section router's first choice among the first hits answers, as for "the tool that writes
  our blurbs" (such questions were refused as another subject).
- Not when the rest of the sentence is the learner's own ("tell me when my bus is due"): an
  errand of the learner's day stays refused or declined.
"""

from __future__ import annotations

from tutor.core.answering.described import names_machine_at_work


def test_a_vague_machine_doing_a_task_is_a_machine_at_work() -> None:
    for question in (
        "can a computer tell which invoices are paid twice",
        "the laundry wants something to warn the manager when a dryer starts acting up",
        "could software pick out the damaged crates on the belt",
        "would some ai help to forecast how busy the ferry gets",
    ):
        assert names_machine_at_work(question), question
    for question in (
        "the computer crashed again at work",
        "can a computer tell me when my bus is due",
        "could a computer work out my holiday pay",
        "would a program fix the wobbly table in the canteen",
        "we need more software licences",
    ):
        assert not names_machine_at_work(question), question


def test_a_task_at_work_given_to_something_is_answered_from_its_use(tutor) -> None:
    answer = tutor.ask("the hire shop wants something to guess how many ladders will be booked in may")
    assert answer.in_scope, answer.text
    assert any(s.section.endswith("predictive-analytics-and-anomaly-detection") for s in answer.sources), answer.sources


def test_the_learners_own_errand_stays_out(tutor) -> None:
    for question in ("can something tell me when my bus is due", "could a computer work out my holiday pay"):
        assert not tutor.ask(question).in_scope, question
