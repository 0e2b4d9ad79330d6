"""Not-covered decisions and their closest sections, stop 33 (limits33), tested in other words
than the probes in ``benchmarks/probes/limits33-s33``.

- A compound every word of which the well-matched section writes, one of them the story's own, is
  that section's story ("the deepfake candidate poster"), not an untaught name
  (``Declining.told_by_its_section``); a name of common words the course never tells ("model
  collapse") is still declined.
- A machine the course names ("self driving" cars, "driverless" = autonomous systems in the
  glossary) is not declared untaught: the decline says the course mentions it only in passing and
  names the section that names it (``Declining._sections_writing``).
- Ways of adapting a trained model (LoRA, prompt tuning) point at where the course gives a general
  model a job of its own, not at sections sharing the word "tuning" (``knowledge/not_taught.toml``).
"""

from __future__ import annotations

DEEPFAKES = "ethics-and-regulation#deepfakes-and-the-argentine-election-poster"
AUTONOMOUS = "Reinforcement learning > Reinforcement learning in games, robotics and autonomous systems"
CUSTOM = "Custom mini-chatbots built without code"


def test_a_story_the_course_tells_is_answered_from_its_section(tutor) -> None:
    for question in ("whats the deepfake candidate poster story", "what was the fake argentina election poster"):
        answer = tutor.ask(question)
        assert answer.in_scope, question
        assert answer.sources[0].section == DEEPFAKES


def test_model_collapse_is_still_declined(tutor) -> None:
    answer = tutor.ask("what is model collapse")
    assert not answer.in_scope
    assert answer.text.startswith("The course does not cover model collapse.")


def test_a_machine_the_course_names_is_said_to_be_mentioned(tutor) -> None:
    answer = tutor.ask("how do self driving lorries see at night")
    assert not answer.in_scope
    assert not answer.text.startswith("The course does not cover self driving")
    assert "mentions self driving" in answer.text
    assert f'"{AUTONOMOUS}"' in answer.text


def test_a_machines_everyday_name_points_at_the_section_naming_it(tutor) -> None:
    answer = tutor.ask("how does a driverless taxi read road signs")
    assert not answer.in_scope
    assert f'"{AUTONOMOUS}"' in answer.text


def test_adapting_a_model_points_at_custom_chatbots(tutor) -> None:
    for question in ("what are lora adapters", "how do prompt tuning methods work"):
        answer = tutor.ask(question)
        assert not answer.in_scope
        assert CUSTOM in answer.text, question
