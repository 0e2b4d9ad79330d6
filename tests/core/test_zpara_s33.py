"""Paraphrases and lists asked at work, stop 33 (zpara), tested in other words than the probes in
``benchmarks/probes/zpara-s33``.

- A chatty workplace message is a course question, not an order: who the learner is ("book shop
  owner here - ...") orders nothing, an imperative stating a condition ("set it low and replies
  repeat") describes what was seen (``requests.orders_work``), a job heading the question as a
  label ("sonographer q:") is an introduction (``shapes.introductions``), and an asking sentence
  that takes up its preamble's figure asks about what the preamble describes
  (``Declining._preamble_then_other``).
- "what are gans used for? each use please": the words after "what are" that a use follows name
  the subject, not the items to list (``shapes.list_noun``).
- A heading's term named by a glossary phrase of the learner's ("randomness knob" for
  temperature) counts as named for the scope rule of a close ask (``SearchIndex._rank``).
- "can ai predict X" is predictive analytics, AI sorting job seekers is bias (learner asks), and
  "learning by reward" is reinforcement learning (glossary).
"""

from __future__ import annotations

from tutor.core.answering import requests, shapes

ACCURACY = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
REDUCTION = "unsupervised-learning#dimensionality-reduction-simplifies-complex-data"
GAN_USES = "gans#what-gans-have-been-used-for"
TEMPERATURE = "language-models#sampling-temperature-top-k-and-top-p"
PREDICTIVE = "ml-applications#predictive-analytics-and-anomaly-detection"
BIAS = "ethics-and-regulation#bias-inherited-from-training-data"
RL_USES = "reinforcement-learning#reinforcement-learning-in-games-robotics-and-autonomous-systems"


def _first(answer) -> str | None:
    return answer.sources[0].section if answer.sources else None


def test_a_condition_or_a_job_label_orders_nothing() -> None:
    assert not requests.orders_work("the help bot has a randomness knob. set it low and replies repeat. what is it?")
    assert not requests.orders_work("our app has a dial, push it right and everything goes weird. what is that dial?")
    assert not requests.orders_work("book shop owner here - the sales predictor is right 97 times in 100. why is that bad?")
    assert requests.orders_work("fill in this tax form for me")
    assert requests.orders_work("find me a cheap flight and book it")


def test_a_job_label_heading_the_question_is_an_introduction() -> None:
    rest, removed = shapes.introductions("sonographer q: every scan gives us hundreds of values")
    assert rest == "every scan gives us hundreds of values" and removed


def test_a_chatty_question_taking_up_its_preamble_is_answered(tutor) -> None:
    assert not tutor._preamble_then_other(
        "the shop's stock checker is right 99 times in 100, a pal says that can hide a lot. how is 99 right useless?"
    )
    assert tutor._preamble_then_other("I loved the VAE lesson! totally different topic, but how do I change a flat tyre?")
    answer = tutor.ask(
        "the vendor says their fraud screen is right 995 times in 1000. a friend says that figure can fool you. "
        "how can 995 in 1000 be a bad result?"
    )
    assert _first(answer) == ACCURACY


def test_a_job_label_with_q_is_not_what_is_searched(tutor) -> None:
    answer = tutor.ask(
        "sonographer q: every scan gives us hundreds of values, can we cut each one down to a few numbers "
        "to draw them on a chart and keep what matters?"
    )
    assert _first(answer) == REDUCTION


def test_every_use_of_a_thing_named_after_what_are(tutor) -> None:
    assert shapes.list_noun("what are gans used for? each use please") == "use"
    answer = tutor.ask("what are gans used for? each use please, my boss keeps mentioning them")
    assert _first(answer) == GAN_USES


def test_a_control_described_with_a_glossary_phrase_is_in_scope(tutor) -> None:
    answer = tutor.ask(
        "the product blurb tool we pay for has a creativity knob, low = snooze, high = total nonsense haha. "
        "what is that knob really?"
    )
    assert _first(answer) == TEMPERATURE


def test_can_ai_predict_a_thing_is_predictive_analytics(tutor) -> None:
    assert _first(tutor.ask("could ai predict a flood before it happens")) == PREDICTIVE


def test_a_computer_sorting_job_seekers_is_about_bias(tutor) -> None:
    assert _first(tutor.ask("is it fair for a computer to sort job seekers")) == BIAS


def test_the_reward_kind_of_ai_listed(tutor) -> None:
    answer = tutor.ask("where does the learn by reward kind of ai get used? name every area, i organise tech meetups")
    assert _first(answer) == RL_USES
