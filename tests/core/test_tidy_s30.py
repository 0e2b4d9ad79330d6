"""Self-introductions and chat openers (stop 30): one pattern each, owned by ``shapes``.

Worded apart from the probes; each test fails on the code before it:

- who the learner is, said as "my day job is ...", "i work as a ...", "as somebody who ...", or
  after the question ("? asking as a ...", ", i'm a ... btw"), is no part of what is searched;
- in a follow-up, an introduction before a short question ("i'm a florist, any examples?",
  "beekeeper here. why does it happen?") is not judged another subject: the job was the only
  word of its own, and the follow-up was declined;
- a comparison after "i work at a garage - ..." finds its two sides;
- ``CourseVocabulary.knows`` takes a long word for a typo of a course word only within two slips,
  as ``correct`` mends it ("confidential" is no typo of "confidently").
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import shapes
from tutor.core.answering.scope import without_introduction


def test_introductions_in_every_form_are_not_searched() -> None:
    for question, rest in (
        ("my day job is plastering, so how does a chatbot pick its next word", "so how does a chatbot pick its next word"),
        ("i work as a postman - why do image generators need so much data", "why do image generators need so much data"),
        ("as somebody who restores old furniture, why does a gan lose variety", "why does a gan lose variety"),
        ("why is gan training so fiddly? asking as a florist", "why is gan training so fiddly?"),
        ("what does a vae's encoder do, i'm a bus driver btw", "what does a vae's encoder do"),
        ("as a beekeeper why do chatbots invent sources", "why do chatbots invent sources"),
    ):
        assert without_introduction(question) == rest, question


def test_no_introduction_is_read_where_none_is_said() -> None:
    for question in (
        "as a result, why is a bigger model slower",
        "well-known examples of clustering?",
        "how does this tutor answer questions? asking for a friend",
        "my gran keeps asking what a chatbot really is, how should i put it to her",
    ):
        assert without_introduction(question) == question, question
    assert shapes.without_openers("and so, who checks the labels?") == "who checks the labels?"
    assert shapes.without_openers("well-known uses of gans") == "well-known uses of gans"


def test_an_introduction_before_a_short_follow_up_is_not_another_subject(tutor) -> None:
    for turns, section in (
        (["what is a confusion matrix", "i'm a florist, any examples?"], "evaluating-models#precision-and-recall-computed-from-a-confusion-matrix"),
        (["what is mode collapse", "beekeeper here. why does it happen?"], "gans#mode-collapse-when-a-gan-loses-variety"),
    ):
        answer = learner_judge.converse(tutor, turns)
        assert answer.in_scope and [s.section for s in answer.sources][:1] == [section], (turns, answer.text[:80])


def test_a_comparison_after_where_the_learner_works() -> None:
    assert shapes.detect("i work at a garage - how does a gan compare with a vae").sides == ("gan", "vae")


def test_knows_a_long_typo_only_within_two_slips(tutor) -> None:
    vocabulary = tutor.vocabulary
    assert not vocabulary.knows("confidential")
    assert vocabulary.knows("hallucinaiton") and vocabulary.knows("reinforcment")
