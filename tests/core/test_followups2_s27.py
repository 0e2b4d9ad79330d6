"""Follow-ups, stop 27 wave 2: causes mined from the failing follow-ups of the read sets
(``benchmarks/probes/followups2-s27/README.md``), tested here in other words than those cases'.

- A follow-up asking for the downside ("any pitfalls?", "is that dangerous?") after a whole
  section was quoted: the sentence that answers says what goes badly in plain words ("can get
  stuck", "can badly mislead", "a missed patient"), which the downside cue did not know, so the
  answer was the section's other sentences. "risky" asks for the downside as "risks" does.
- A follow-up asking how a process ends ("when's it over?", "what's the end point?"): the
  sentence on the end state ("In the ideal end state ...", "repeat until ...") answers.
- A follow-up asking for a value in words the course never writes ("what's the typical ratio
  then?", "pricey?") and no topic of its own: searched alone it came back as another school subject
  ("Sorry, I can't help with that"); those words are aspect words now, so it leans on the
  conversation. A follow-up on another subject ("and the usual ratio of flour to
  water in bread?") is still declined.
"""

from __future__ import annotations

import learner_judge

EXPLORATION = "reinforcement-learning#exploration-versus-exploitation"
ADVERSARIAL = "gans#how-adversarial-training-works"
TRADE_OFF = "evaluating-models#why-fraud-and-disease-detection-need-both-precision-and-recall"


def test_a_risky_choice_gets_the_sentence_on_what_goes_badly(tutor) -> None:
    answer = learner_judge.converse(tutor, ["explain exploration vs exploitation", "so whats risky here"])
    assert answer.sources[0].section == EXPLORATION
    assert "get stuck" in answer.text


def test_the_downside_of_a_trade_off_is_said_again_when_asked(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why do medical tests want high recall", "any drawback to that?"])
    assert answer.sources[0].section == TRADE_OFF
    assert "frightening" in answer.text


def test_when_a_gan_is_finished_training(tutor) -> None:
    answer = learner_judge.converse(tutor, ["walk me through adversarial training", "so when's it over"])
    assert answer.sources[0].section == ADVERSARIAL
    assert "coin toss" in answer.text


SPLIT = "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set"


def test_a_ratio_asked_after_the_test_set_is_not_another_subject(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why hold back a test set", "what ratio is normal"])
    assert answer.in_scope
    assert answer.sources[0].section == SPLIT
    assert "80 percent" in answer.text


def test_an_off_course_follow_up_is_still_declined(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why keep a test set apart", "and the usual ratio of flour to water in bread?"])
    assert not answer.in_scope


def test_a_price_asked_of_a_thing_of_its_own_is_still_declined(tutor) -> None:
    # "and ..." with two words the course lacks carries the topic on ("and the american one?"),
    # but a value asked of them is a question about that thing, not a qualifier of the topic.
    answer = learner_judge.converse(tutor, ["what is a large language model", "and what's the usual price of concert tickets"])
    assert not answer.in_scope
