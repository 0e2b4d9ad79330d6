"""A worked example's thing frames a question about a concept (stop 31 wave 2, para).

Worded apart from the probes (``benchmarks/probes/setting-s31``); fails on the code before it:
a question naming the thing of one of the course's worked examples ("A worked example: building a
spam filter", "The cats and dogs example") while asking about a concept another section explains
went to the example, whose asks match the thing's words at 0.6. The question without the thing's
words now answers when the section it lands on holds more of what is asked than the example.
"""

from __future__ import annotations


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_spam_filter_asked_about_hand_coded_rules_answers_with_learning_from_data(tutor) -> None:
    for question in (
        "my work email has a spam filter - did somebody hand-code the rules it follows?",
        "is a spam filter something coded rule by rule or trained from examples",
    ):
        cited = _cited(tutor.ask(question))
        assert cited[0] == "what-is-ml#learning-from-data-instead-of-hand-written-rules", (question, cited)


def test_the_other_examples_thing_does_not_pull(tutor) -> None:
    # "cats" names both the cats-and-dogs and the cat-pictures example; "dogs" only the first.
    cited = _cited(tutor.ask("how does the cats and dogs example work"))
    assert cited[0] == "what-is-ml#the-cats-and-dogs-example", cited


def test_a_question_the_example_itself_answers_stays_on_it(tutor) -> None:
    for question in ("what features does the spam filter use", "the spam filter example, what are its steps"):
        cited = _cited(tutor.ask(question))
        assert cited[0] == "supervised-learning#a-worked-example-building-a-spam-filter", (question, cited)
