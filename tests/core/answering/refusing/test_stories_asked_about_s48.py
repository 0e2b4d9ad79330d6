"""A story about a machine, then an asking sentence with nothing of its own, is asked about the
story: not refused as another subject (stop 48, jcmp48 and jpara48 work probes; worded apart).

- "line the three up side by side" counts the things told before (``declining._COUNTED_POINTER``).
- "looking back, what should we have done differently" asks what the story's people should have
  done (``declining._ASKS_OF_THE_STORY``), when the sentence just before tells of a machine.
Another subject after a remark on the lessons is still refused.
"""

from __future__ import annotations

from tutor.core.answering.refusal_texts import OTHER_SUBJECT_TEXT


def test_the_things_told_counted_are_asked_about(tutor) -> None:
    question = (
        "evening class. the handout lists three ways a machine can learn - from worked answers, from data with no "
        "answers at all, and by trying things for points. can u line the three up side by side for me"
    )
    answer = tutor.ask(question)
    assert answer.in_scope and answer.text != OTHER_SUBJECT_TEXT


def test_what_should_have_been_done_in_a_story_of_a_machine_is_asked_about(tutor) -> None:
    question = (
        "our surgery rushed in an ai triage system, trained nobody on it and the receptionists hated it. "
        "looking back what should we have done differently overall"
    )
    answer = tutor.ask(question)
    assert answer.in_scope and answer.sources


def test_another_subject_after_a_remark_is_still_refused(tutor) -> None:
    for question in (
        "I loved the GAN lesson. Anyway, my sponge cake sank in the middle, what went wrong?",
        "great course on clustering. can you compare the two best pizza places in naples?",
    ):
        answer = tutor.ask(question)
        assert not answer.in_scope and not answer.sources, question


def test_a_closing_how_much_after_a_question_orders_nothing() -> None:
    from tutor.core.answering.orders import orders_work

    assert not orders_work("why do nurses resist new ai rostering tools? give me all the reasons")
    assert not orders_work("what can go wrong with a chatbot? list every one")
    assert orders_work("what's the weather like? book me a taxi to the station")


def test_a_place_walked_through_in_a_simile_is_no_name(tutor) -> None:
    # ("someone said training an AI is like walking down a hill blindfolded ... how does it know
    # which way to step" was declined as the untaught "hill blindfolded": stop 48.)
    question = "swimming coach. a mate said training a model is like feeling your way along a tunnel lightless, step by step. how does it know which way to go?"
    answer = tutor.ask(question)
    assert answer.in_scope, answer.text


def test_the_way_into_the_field_the_story_names_is_asked_about(tutor) -> None:
    question = "retired nurse, want to start building chatbots with machine learning. would i have to go back to college or is there a quicker way in?"
    answer = tutor.ask(question)
    assert answer.in_scope and answer.sources[0].section.startswith("skills-and-learning-paths#")
