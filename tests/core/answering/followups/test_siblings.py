"""Follow-ups that went to a sibling section.

Follow-ups that went to a sibling section, stop 26: what was changed against the fresh probes
in ``benchmarks/probes/siblings-s26`` (work half), tested here in other words than the probes'.

- A follow-up naming only one branch's part in what was just discussed ("what does the ml part
  do", "which bit is generative ai", "what does ml do there") after an industry section: searched
  alone it found the branch's definition, and read as a follow-up the lesson's overview (which
  names every industry and both branches) outranked the section just read. It now asks about
  that side of the section just cited, when that section speaks of the branch.
- A bare "give me an example" after "what are the downsides of ml": the topic kept is the
  branch's name alone, so the example section of the branch's own lesson (cats and dogs) answered
  instead of the cases the section just read gives ("a credit model trained on outdated
  records"); "can you give an example?" was read as a yes/no question.
- "and code?" after "how does generative ai write text" was refused up front as an order for a
  piece of work; read in full it asks how generative AI writes code.
- "tell me more", "why?", "whats the biggest one" after "what are the limitations of ml": the topic
  kept is the branch's name alone, so the follow-up drifted to the branch's own lesson or, with the
  section just read lowered as seen, to its sibling; it stays on the section just read.
- "what about postcodes" after bias was read as a new subject put in place of the old one ("what
  is postcodes in ai") and lost the section that mentions it; a word the section just read says
  and no heading of the course names is a detail of that section.
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import shapes

INDUSTRY = "industry-use-cases#"

BENEFITS = "benefits-and-limitations#"


def test_the_ml_part_of_the_industry_just_discussed(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how is ai used in healthcare", "what does the ml part do"])
    assert answer.sources[0].section == INDUSTRY + "healthcare-detecting-disease-and-drafting-treatment-plans"


def test_what_a_branch_does_there_is_not_the_overview(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how is ai used in customer support", "what does ml do there"])
    assert answer.sources[0].section == INDUSTRY + "customer-support-sentiment-analysis-and-chatbots"
    assert "sentiment" in answer.text


def test_which_bit_is_generative_stays_on_the_industry(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how is ai used in finance", "which bit is generative ai"])
    assert answer.sources[0].section == INDUSTRY + "finance-catching-fraud-and-handling-documents"
    assert "investment strateg" in answer.text


def test_the_generative_side_after_a_section_without_it_switches(tutor) -> None:
    # "what machine learning does well" says nothing of generative AI: the learner switches.
    answer = learner_judge.converse(tutor, ["what are the benefits of ml", "and the generative ai side?"])
    assert answer.sources[0].section == BENEFITS + "what-generative-ai-does-well"


def test_what_the_branch_is_after_an_industry_is_its_definition(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how is ai used in healthcare", "what is generative ai"])
    assert answer.sources[0].section.startswith("what-is-generative-ai#")


def test_an_example_of_the_downsides_just_read(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what are the downsides of ml", "example?"])
    assert answer.sources[0].section == BENEFITS + "where-machine-learning-falls-short"


def test_can_you_give_an_example_asks_for_one(tutor) -> None:
    assert shapes.detect("can you give an example").kind == "example"
    assert shapes.detect("can you show me how it works").kind != "example"
    answer = learner_judge.converse(tutor, ["what are the limitations of generative ai", "can you give an example"])
    assert answer.sources[0].section == BENEFITS + "where-generative-ai-falls-short"


def test_an_example_of_the_branch_itself_is_still_its_example_section(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is generative ai", "example?"])
    assert answer.sources[0].section == "what-is-generative-ai#the-cat-pictures-example-of-generative-ai"


# --- "and code?" after a question on how a model makes something ------------------------------


def test_a_bare_piece_of_work_after_how_a_model_makes_something_is_asked_of_it(tutor) -> None:
    # Alone, "code?" orders a piece of work; after "how does gen ai make pictures" it asks how
    # generative AI makes code.
    answer = learner_judge.converse(tutor, ["how does gen ai make pictures", "and code?"])
    assert answer.in_scope
    assert answer.sources[0].section == "generative-ai-applications#code-audio-and-new-drug-molecules"


def test_a_bare_piece_of_work_after_a_definition_is_still_refused(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is a gan", "code?"])
    assert not answer.in_scope and not answer.sources


# --- "what about X" where X is a detail of the section just read ---------------------------------


def test_what_about_a_detail_of_the_section_just_read(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is bias in ai", "what about postcodes"])
    assert answer.sources[0].section == "ethics-and-regulation#bias-inherited-from-training-data"
    assert "postcode" in answer.text


def test_what_about_a_detail_of_an_industry_just_read(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how is ai used in retail", "what about returns"])
    assert answer.sources[0].section == INDUSTRY + "retail-predicting-sales-and-writing-product-content"
    assert "returns" in answer.text


def test_what_about_a_subject_the_course_heads_still_switches(tutor) -> None:
    answer = learner_judge.converse(tutor, ["how is ai used in healthcare", "what about banks?"])
    assert answer.sources[0].section == INDUSTRY + "finance-catching-fraud-and-handling-documents"
    answer = learner_judge.converse(tutor, ["what is supervised learning", "what about unsupervised?"])
    assert answer.sources[0].section.startswith("unsupervised-learning#")


def test_what_about_words_the_course_never_uses_is_no_detail(tutor) -> None:
    # "weather" is a word of the spam filter section, "london" and "tomorrow" are not course words.
    answer = learner_judge.converse(tutor, ["how does a spam filter work", "and the weather in london tomorrow?"])
    assert not answer.in_scope and not answer.sources


# --- a bare follow-up when the topic is a branch's name alone ------------------------------------


def test_tell_me_more_after_the_limitations_of_a_branch_stays_on_them(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what are the limitations of machine learning", "tell me more"])
    assert answer.sources[0].section == BENEFITS + "where-machine-learning-falls-short"


def test_why_after_what_a_branch_is_good_at_is_not_its_sibling(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is ml good at", "why?"])
    assert answer.sources[0].section == BENEFITS + "what-machine-learning-does-well"


def test_an_aspect_of_its_own_still_moves_to_the_sibling(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what are the benefits of gen ai", "any downsides?"])
    assert answer.sources[0].section == BENEFITS + "where-generative-ai-falls-short"


def test_tell_me_more_after_the_branch_itself_stays_in_its_lesson(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what is ml", "tell me more"])
    assert answer.sources[0].section.startswith("what-is-ml#")
