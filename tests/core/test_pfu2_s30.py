"""Follow-ups, stop 30 (helper pfu2; probes in ``benchmarks/probes/pfu2-s30``), tested in other
words than the probes'.

- How the thing just discussed is noticed ("how do you find out it's doing that?"): a sharp aspect
  of its own (``compose`` "notice"), not the remedy its "catch"/"spot" words used to read; and
  the sentence that says what shows it is spared the follow-up's repeat penalty, since the
  definition just given often ends on it.
- "how long does that take?" right after a question about training something is the time of
  training, taught with its cost.
- A question with words of its own that share nothing with what is being discussed (no word of
  the topic or of the sections just cited, no sentence of them near it) and that the course
  covers alone in another lesson is a new subject, however short or weakly placed; a follow-up
  in everyday words for what was said still leans (it comes near one of its sentences).
"""

from __future__ import annotations

import re

import learner_judge

from tutor.core.answering import compose


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_noticing_is_its_own_aspect_not_the_remedy() -> None:
    assert "notice" in compose.asked_aspects("how do you find out it's doing that")
    sentences = [
        "Remedies include a better loss.",
        "The problem shows only when many samples are compared.",
    ]
    bonus = compose.aspect_bonus("how would you even catch it", sentences)
    assert bonus[1] > bonus[0]
    # Asked for in other words too, the remedy still counts.
    assert compose.aspect_bonus("how do you spot it and fix it", sentences)[0] > 0


def test_how_a_failure_is_noticed_after_its_definition(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["my gan keeps drawing the same digit, what's going on", "how do you find out it's doing that"]
    )
    assert re.search(r"compared for variety", answer.text), answer.text


def test_how_a_team_finds_out_after_bias(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is ai bias", "how can a team tell whether theirs does it"])
    assert re.search(r"error rates separately|who the data represents", answer.text), answer.text


def test_a_new_subject_that_shares_nothing_does_not_lean(tutor) -> None:
    answer = learner_judge.converse(tutor, ["explain top-p sampling", "can a bot help me sort my shop's stock"])
    assert _cited(answer)[:1] == ["industry-use-cases#retail-predicting-sales-and-writing-product-content"], _cited(answer)
    answer = learner_judge.converse(tutor, ["how does q learning work", "can a computer draw me a logo"])
    assert "q learning" not in (answer.topic or ""), answer.topic


def test_everyday_words_for_what_was_said_still_lean(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what kind of data do generative models need", "why is variety so important"])
    assert _cited(answer)[:1] == ["data-and-compute#training-data-for-generative-models-large-clean-and-varied"], _cited(answer)


def test_noticing_words_name_no_topic() -> None:
    from tutor.core.answering import conversation as conversation_module

    for question in ("how would you even notice", "what are the warning signs", "is there a way to detect that"):
        assert conversation_module.topic_words(question) == [], question


def test_how_long_that_takes_after_a_training_question(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how do big tech firms train their chatbots", "ok how long does that take"])
    assert _cited(answer)[:1] == ["data-and-compute#training-cost-compute-expertise-and-time"], _cited(answer)
