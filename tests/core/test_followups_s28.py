"""Follow-ups, stop 28: what was changed against the fresh probes in
``benchmarks/probes/followups-s28`` (work half) and the read follow-up failures of main, tested
here in other words than the probes'.

- A switch into a detail of the section just quoted ("and bias?" after ML's limitations) was
  scored by the query that joins the new subject with the words asked before ("bias
  limitations"): those old words picked the sentences they had already picked. The subject's
  words now choose the sentence.
- "so which do i use?" after two subjects chooses between them: it is read as their comparison
  (which suits what), not searched alone, where "use" found a section on uses.
- "give me an example" (or "gimme one") after a section past its lesson's opening that gives an
  example of its own asks for that one, not for the lesson's example section.
- A follow-up whose own words echo a sentence the last answer just said ("whats the root cause"
  after why chatbots make things up) goes back to that section, when the search put a sibling
  first but only a little higher.
- "in simple words?", "simpler pls" after an answer ask for the same point said plainly (the
  section's opening), like "tl;dr"; "in plain words" is no part of a switched-in subject.
- "what split do people usually use": what is commonly chosen is the sentence saying "A common
  choice is ..." ("usual" aspect).
- "plz" (like "pls") is chat shorthand: "example plz" was refused as another school subject.
"""

from __future__ import annotations

import learner_judge

ML_SHORT = "benefits-and-limitations#where-machine-learning-falls-short"
UNSUPERVISED_USES = "unsupervised-learning#what-unsupervised-learning-is-used-for"
ML_PATTERNS = "what-is-ml#patterns-trends-and-improving-with-more-data"
FALSEHOODS = "hallucination#why-next-token-prediction-produces-fluent-falsehoods"
GAN_PARTS = "gans#the-generator-and-the-discriminator"
SPLIT = "training-and-overfitting#splitting-data-into-a-training-set-and-a-test-set"


def test_a_detail_switched_in_is_picked_by_its_own_words(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what are ml's limitations", "and bias?"])
    assert answer.in_scope
    assert answer.sources[0].section == ML_SHORT
    assert "hiring model" in answer.text


def test_which_to_use_after_two_subjects_compares_them(tutor) -> None:
    answer = learner_judge.converse(tutor, ["supervised vs unsupervised", "so which do i use"])
    assert answer.in_scope
    assert answer.sources[0].section != UNSUPERVISED_USES
    assert "label" in answer.text.lower()


def test_an_example_after_a_section_with_its_own_example_is_that_one(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how does ml get better over time", "gimme an example"])
    assert answer.in_scope
    assert answer.sources[0].section == ML_PATTERNS
    assert "missed payment" in answer.text


def test_a_follow_up_echoing_a_sentence_just_said_goes_back_to_it(tutor) -> None:
    answer = learner_judge.converse(
        tutor, ["how do chatbots end up making stuff up", "whats the root cause in plain words"]
    )
    assert answer.in_scope
    assert answer.sources[0].section == FALSEHOODS
    assert "likely-sounding" in answer.text


def test_in_simple_words_is_the_same_point_said_plainly(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is overfitting", "in simple words?"])
    assert answer.in_scope
    assert "too closely" in answer.text
    answer = learner_judge.converse(tutor, ["what is a gan", "simpler pls"])
    assert answer.in_scope
    assert answer.sources[0].section == GAN_PARTS


def test_what_people_usually_pick_is_the_common_choice(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is a test set for", "what split do people typically use"])
    assert answer.in_scope
    assert answer.sources[0].section == SPLIT
    assert "80 percent" in answer.text


def test_plz_is_chat_shorthand_not_a_subject(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why do mislabelled examples hurt a model", "example plz"])
    assert answer.in_scope
