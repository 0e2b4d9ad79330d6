"""Comparisons and follow-ups, stop 34 (zcomp34), tested in other words than the probes in
``benchmarks/probes/zcomp34-s34`` and the blind sets ZC and ZE.

- A conversation's topic is taken without the learner's job signature ("welder. what is ..."):
  with it, the next turn was searched with the job's words and left the subject's lesson.
- An aspect word said as the name of a part ("the judge one") is no aspect of a follow-up: read
  as the evaluation aspect, it took "what if the judge one gets too good?" to evaluating models.
- Failing said in idioms ("when does it fall over?", "go pear shaped") asks for the downside.
- Two machines named by their jobs, one of each family ("the thing that predicts X" vs "an app
  that makes up new Y"), are the course's two families compared: declined before.
- "which one <verb>s more X: A, or B?" is a comparison.
- A three-way comparison keeps its last side when the learner says how to answer after it
  ("A vs B vs C, one line each"), and a list of "the X one"s keeps its first.
- A comparison asking what each side is made of is answered by each side's section on its parts.
"""

from __future__ import annotations

from tutor.core.answering import described, shapes
from tutor.core.answering.conversation import Conversation, names_a_part
from tutor.core.answering.scope import without_job_signature

EFFICIENCY = "ml-vs-generative-ai#comparing-efficiency-and-computing-needs"
GAN_PARTS = "gans#the-generator-and-the-discriminator"
VAE_PARTS = "vaes#encoder-latent-space-and-decoder"
UNSTABLE = "gans#why-gan-training-is-unstable-and-costly"
COMPUTE = "data-and-compute#compute-after-training-machine-learning-versus-heavy-generative-models"


def _converse(tutor, turns: list[str]):
    conversation = Conversation()
    answer = None
    for turn in turns:
        answer = tutor.ask(turn, conversation)
        conversation.record(turn, answer)
    return answer


def test_a_job_signature_is_no_part_of_the_topic() -> None:
    assert without_job_signature("pharmacist. why do gans take so long to train") == "why do gans take so long to train"
    assert without_job_signature("tram driver: explain gradient descent to me") == "explain gradient descent to me"
    # A machine named first is the subject, not a signature; nor is a subject word ("data scientist").
    assert without_job_signature("spam filter. my boss says it is dumb, why") == "spam filter. my boss says it is dumb, why"
    assert without_job_signature("data scientist. what is overfitting in trees").startswith("data scientist")


def test_the_topic_after_a_signed_question_is_the_subject(tutor) -> None:
    conversation = Conversation()
    question = "pharmacist. why do gans take so long to train"
    conversation.record(question, tutor.ask(question, conversation))
    assert "pharmacist" not in (conversation.topic or "")


def test_an_aspect_word_naming_a_part_is_no_aspect() -> None:
    assert names_a_part("what happens if the judge one gets too good?", "judge")
    assert not names_a_part("how is it judged?", "judged")
    assert not names_a_part("how would you judge the output", "judge")


def test_guard_what_if_the_judge_side_gets_too_strong_stays_with_gans(tutor) -> None:
    answer = _converse(tutor, ["plasterer. why is a gan so fiddly to train", "and if the judge side gets way too good?"])
    assert UNSTABLE in [s.section for s in answer.sources]
    assert "total confidence" in answer.text


def test_failing_in_an_idiom_asks_for_the_downside(tutor) -> None:
    answer = _converse(tutor, ["electrician. explain gradient descent", "where does it break down?"])
    assert "overshoots" in answer.text


def test_two_machines_of_the_two_families_are_compared_not_declined(tutor) -> None:
    answer = tutor.ask(
        "bin lorry driver. which is the bigger energy hog: the thing that predicts which bins are full, "
        "or one of those huge picture generators?"
    )
    assert answer.in_scope
    # (either of the course's comparisons of the two families' computing needs)
    assert [s.section for s in answer.sources] in ([EFFICIENCY], [COMPUTE])


def test_a_machine_named_by_its_job_tells_its_family() -> None:
    assert described.machine_family("the app that forecasts footfall") == described.PREDICTING_FAMILY
    assert described.machine_family("a tool that dreams up new logos for us") == described.MAKING_FAMILY
    assert described.machine_family("those chatbots that talk back") == described.MAKING_FAMILY
    # No machine, or no job of one family: no family.
    assert described.machine_family("the thing that annoys me") is None
    assert described.machine_family("supervised learning") is None


def test_which_one_verbs_more_is_a_comparison() -> None:
    shape = shapes.detect("which one eats more power: a spam filter, or a chatbot?")
    assert shape.kind == "comparison" and tuple(side.strip(" ,") for side in shape.sides) == ("spam filter", "chatbot")


def test_a_three_way_comparison_keeps_its_last_side_before_how_to_answer() -> None:
    shape = shapes.detect("gans vs vaes vs diffusion, two lines each please")
    assert shape.sides == ("gans", "vaes", "diffusion")


def test_a_list_of_the_x_ones_keeps_its_first() -> None:
    shape = shapes.detect("what does each need: the answers one, the no-answers one and the rewards one?")
    assert shape.sides == ("answers", "no-answers", "rewards")


def test_the_parts_of_each_come_from_each_sides_own_section(tutor) -> None:
    answer = tutor.ask("what are the components of a vae compared with a gan")
    assert sorted(s.section for s in answer.sources) == sorted([VAE_PARTS, GAN_PARTS])
    for part in ("encoder", "decoder", "generator", "discriminator"):
        assert part in answer.text


def test_guard_a_comparison_without_parts_keeps_the_course_comparison(tutor) -> None:
    answer = tutor.ask("vae vs gan, which gives sharper pictures?")
    cited = [s.section for s in answer.sources]
    assert cited[0] == "vaes#vaes-compared-with-gans" and GAN_PARTS not in cited and VAE_PARTS not in cited


def test_is_a_enough_or_should_i_look_at_b_compares_a_and_b() -> None:
    shape = shapes.detect(
        "the scanner flags 99 in 100 right but faulty parcels are rare. is accuracy enough or should we look at "
        "precision and recall instead? what's the difference"
    )
    assert shape.kind == "comparison" and shape.sides == ("accuracy", "precision and recall")
