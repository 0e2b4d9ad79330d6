""""one" naming an instance of what the question itself named (stop 31, the lead's chat trial).

After a question about how a bank spots a dodgy card payment, "whats the deal with deepfakes, how
can i spot one" was answered from fraud detection: "one" was read as pointing back at the
conversation, though the question had just named deepfakes. Worded apart from the trial; fails on
the code before it (``conversation._names_a_kind_before``).
"""

from __future__ import annotations

from learner_judge import converse

from tutor.core.answering.conversation import refers_back


def test_one_after_a_plural_the_question_names_points_inside_it() -> None:
    assert not refers_back("ok and voice clones, how would i recognise one")
    assert not refers_back("tell me about chatbots, could i make one for my club")


def test_one_that_points_back_still_points_back() -> None:
    assert refers_back("can i build one at home")  # nothing named before it
    assert refers_back("can you give an example of the bias one")  # an item of the last answer
    assert refers_back("do recommendation apps have one too")  # the apps own one of the topic's thing
    assert refers_back("is that one supervised")


def test_a_new_subject_with_one_is_answered_for_itself(tutor) -> None:
    answer = converse(tutor, ["how do banks catch fraudulent card payments", "and deepfakes, how would i recognise one?"])
    assert answer.sources and answer.sources[0].section.startswith("ethics-and-regulation#deepfakes"), answer.sources


def test_one_owned_by_the_things_named_stays_on_the_topic(tutor) -> None:
    answer = converse(tutor, ["what is a loss function", "do chatbots have one too"])
    assert answer.sources and answer.sources[0].section == "training-and-overfitting#what-a-loss-function-measures"
