"""A setting word that only frames a first question, stop 28: what was changed against the fresh
probes in ``benchmarks/probes/setting-s28``, tested here in other words than the probes'.

A question that names a setting of the industry lesson (a shop, a clinic, a bank, a help desk)
while asking about a technique was answered from the setting's industry section: MiniLM, the
short industry asks and the router all weigh the place heavily. When the question, read without
its setting words, lands in scope on a section of another lesson that the full question also
ranks close (``SETTING_MARGIN``), and the setting's section does not hold more of what is left
asked, that section answers first (``SearchIndex.frame_only_setting``). A question about the
setting itself ("how do banks use ai") keeps its industry section: without the setting nothing
in particular is left asked.
"""

from __future__ import annotations

AUGMENTATION = "generative-ai-applications#data-augmentation-with-synthetic-training-examples"


def test_made_up_training_pictures_for_a_shop_are_data_augmentation(tutor) -> None:
    answer = tutor.ask("could a shop have gen ai invent extra photos of rare items to train its model on")
    assert answer.in_scope
    assert answer.sources[0].section == AUGMENTATION


def test_generated_images_for_a_rare_illness_are_data_augmentation(tutor) -> None:
    answer = tutor.ask("a clinic's model has too few examples of a rare illness, can generated images fill the gap")
    assert answer.in_scope
    assert answer.sources[0].section == AUGMENTATION


def test_the_setting_itself_asked_keeps_its_industry_section(tutor) -> None:
    answer = tutor.ask("how do banks use ai")
    assert answer.sources[0].section == "industry-use-cases#finance-catching-fraud-and-handling-documents"
    assert tutor.index.without_the_setting("what does ai do in a classroom") is None


def test_the_settings_section_holding_what_is_asked_keeps_it(tutor) -> None:
    # Product descriptions and sales forecasts are what the retail section is about.
    answer = tutor.ask("for a clothes store, can ai write the product descriptions and predict next season's sales")
    assert answer.sources[0].section == "industry-use-cases#retail-predicting-sales-and-writing-product-content"
