"""A setting that frames a first question vs a setting asked about, stop 32 (helper frame; probes
in ``benchmarks/probes/frame-s32``), tested in other words than the probes'.

- ``SearchIndex.setting_frames``: a setting in a clause before the asking one, or describing another
  noun, only says where the learner stands; after "in/for/at", as the doer of "use/do", or before a
  family's name it is what is asked; and a question left with only the families' names once the
  setting is gone asks about the setting.
- A framed question is answered from where it lands without the setting, however far the
  setting's section pulled it (before, only when that section ranked within ``SETTING_MARGIN``).
"""

from __future__ import annotations


def test_where_the_setting_sits_tells_a_frame_from_the_question(tutor) -> None:
    index = tutor.index
    for question in (
        "a bit scared of putting pupils medical notes into an ai tool at work, how should personal information be protected",
        "the clinic's scan reader aced its practice pictures but stumbles on new patients, why",
    ):
        assert index.setting_frames(question), question
    for question in (
        "what is machine learning doing in hospitals",
        "how are supermarkets using generative ai",
        "what can retail ai do",
        "how does gen ai help in education",
    ):
        assert index.setting_frames(question) is None, question


def test_a_framed_question_is_answered_from_what_it_asks(tutor) -> None:
    answer = tutor.ask(
        "a bit scared of putting pupils medical notes into an ai tool at work, how should personal information be protected"
    )
    assert answer.in_scope, answer.text
    assert answer.sources[0].section.startswith("ethics-and-regulation"), answer.sources


def test_a_setting_asked_about_keeps_its_section(tutor) -> None:
    answer = tutor.ask("how are supermarkets using generative ai")
    assert answer.sources and answer.sources[0].section.startswith("industry-use-cases"), answer.sources
