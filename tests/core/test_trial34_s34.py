"""The classes a learner met in the stop-34 chat trial (helper trial34), on the real model.

Fairness of AI deciding about people asked in everyday words goes to the fairness sections; a
trade the course never names is declined with the industries it does cover; a definition asked
with a simple-words pitch, or of a term a passage defines in passing, opens with the definition;
a how-to-stop follow-up opens with the remedy; untaught sequence models point at language
models; telling AI-written text apart is declined; a declined term's closest section follows
what the term is about, not the question's frame words. Each has a guard for what must not move.
"""

from __future__ import annotations

import re

from tutor.core.answering.conversation import Conversation

_CLOSEST = re.compile(r'closest section it does cover is "[^"]*? > (?P<heading>[^"]*)"')


def _chain(tutor, *questions: str):
    conversation = Conversation()
    answer = None
    for question in questions:
        answer = tutor.ask(question, conversation)
        conversation.record(question, answer)
    return answer


def _closest(answer) -> str:
    match = _CLOSEST.search(answer.text)
    assert match, answer.text
    return match.group("heading")


def _opening(answer) -> str:
    return re.split(r"(?<=[.!?])\s", answer.text.strip(), maxsplit=1)[0]


# -- fairness of AI deciding about people ---------------------------------------------------------


def test_fairness_of_ai_choosing_people_goes_to_the_fairness_sections(tutor) -> None:
    answer = tutor.ask("is it fair if a model ranks job candidates")
    assert answer.in_scope
    assert answer.sources[0].section.startswith("ethics-and-regulation#"), answer.text


def test_fairness_asked_of_hiring_is_not_the_skills_gap(tutor) -> None:
    answer = tutor.ask("can an ai judge people fairly when it hires")
    assert answer.sources and answer.sources[0].section.startswith("ethics-and-regulation#"), answer.text


def test_fair_enough_is_no_question_of_fairness(tutor) -> None:
    answer = _chain(tutor, "what is a gan", "fair enough, so who judges the fakes")
    assert answer.sources[0].section.startswith("gans#"), answer.text


# -- a trade the course never names ---------------------------------------------------------------


def test_an_untaught_trade_is_declined_with_the_industries_covered(tutor) -> None:
    answer = tutor.ask("how is machine learning used in mining")
    assert not answer.in_scope and not answer.sources
    assert "mining" in answer.text and "healthcare" in answer.text and "finance" in answer.text, answer.text
    assert _closest(answer) == "Same industries, different jobs"


def test_a_trade_named_by_its_people_is_declined_too(tutor) -> None:
    answer = tutor.ask("how do dentists use gen ai")
    assert not answer.in_scope and "dentists" in answer.text, answer.text


def test_a_trade_the_course_covers_is_still_answered(tutor) -> None:
    answer = tutor.ask("how is ai used in banks")
    assert answer.in_scope
    assert any("finance" in s.section or "fraud" in s.section for s in answer.sources), answer.text


def test_a_company_named_bare_is_no_trade(tutor) -> None:
    answer = tutor.ask("how does netflix use machine learning")
    assert answer.in_scope, answer.text


# -- a definition, pitched simply or defined in passing ------------------------------------------


def test_a_simple_words_pitch_keeps_the_definition_first(tutor) -> None:
    answer = tutor.ask("explain like i'm 5 what a decision tree is")
    assert _opening(answer).startswith("A decision tree asks"), answer.text


def test_a_term_defined_inside_a_list_opens_with_its_sentence(tutor) -> None:
    answer = tutor.ask("in simple terms, what is linear regression")
    assert _opening(answer).startswith("Linear regression predicts"), answer.text


def test_a_section_that_opens_with_the_term_keeps_its_order(tutor) -> None:
    answer = tutor.ask("what is a gan")
    assert _opening(answer).startswith("A generative adversarial network"), answer.text


# -- a how-to-stop follow-up ----------------------------------------------------------------------


def test_a_prevention_follow_up_opens_with_the_remedy(tutor) -> None:
    answer = _chain(tutor, "what is mode collapse", "any way to prevent it?")
    assert _opening(answer).startswith("Remedies include"), answer.text


def test_an_avoid_follow_up_on_bias_opens_with_reducing_it(tutor) -> None:
    answer = _chain(tutor, "whats bias in machine learning", "how can it be avoided")
    assert _opening(answer).startswith("Reducing bias"), answer.text


def test_asking_how_to_notice_it_is_no_remedy(tutor) -> None:
    answer = _chain(tutor, "what is overfitting", "how would i notice it")
    assert not _opening(answer).startswith("Common cures"), answer.text


# -- untaught sequence and image architectures ----------------------------------------------------


def test_an_untaught_sequence_model_points_at_language_models(tutor) -> None:
    answer = _chain(tutor, "what are transformers", "are they better than lstms")
    assert not answer.in_scope
    assert "language model" in answer.text.lower().split("closest section")[1], answer.text


def test_an_untaught_image_network_points_at_image_classification(tutor) -> None:
    answer = tutor.ask("what is a convolutional neural network")
    assert not answer.in_scope
    assert _closest(answer) == "Image classification as a supervised task"


# -- telling AI-written text apart ----------------------------------------------------------------


def test_telling_ai_written_text_apart_is_declined(tutor) -> None:
    answer = tutor.ask("how would a professor know an assignment was written by ai")
    assert not answer.in_scope and not answer.sources
    assert "written by ai" in answer.text, answer.text


def test_a_named_ai_detector_is_declined(tutor) -> None:
    answer = tutor.ask("how do ai essay detectors work")
    assert not answer.in_scope and "detector" in answer.text.lower(), answer.text


def test_spotting_a_deepfake_is_still_answered(tutor) -> None:
    answer = tutor.ask("how do i tell if a clip of a celebrity is a deepfake")
    assert answer.in_scope
    assert answer.sources[0].section.startswith("ethics-and-regulation#deepfakes"), answer.text


# -- a declined term's closest section ------------------------------------------------------------


def test_a_declined_terms_closest_section_follows_the_term_not_the_frame(tutor) -> None:
    answer = tutor.ask("how do airlines do dynamic pricing")
    assert not answer.in_scope
    assert _closest(answer) != "A small pilot project as a first step"
    assert _closest(answer) in {
        "Hyper-personalisation with machine learning", "Predictive analytics and anomaly detection",
        "Retail: predicting sales and writing product content",
    }, answer.text


def test_a_course_setting_beside_the_term_still_counts(tutor) -> None:
    answer = tutor.ask("how do hospitals do patient triage with ai")
    assert not answer.in_scope
    assert _closest(answer).startswith("Healthcare"), answer.text
