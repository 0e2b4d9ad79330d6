"""Comparisons and follow-ups of the stop-30 diagnosis sets Q and R (helper qrcomp).

Worded apart from the sets and from benchmarks/probes/qrcomp-s30; each fails on the code before:

- grading / marking / scoring two sides is how each is evaluated; with one predictive and one
  generative side, each takes its own family's section of the evaluation lesson;
- "one app does A and another does B. which of the two ...": the sides are the two descriptions;
- "the sort of AI that classifies things or the sort that generates content": the two families;
- two models named by their workings ("the counterfeiter-and-inspector one", "the
  shrink-then-rebuild one") are the GAN and the VAE: "VAEs compared with GANs" answers;
- follow-ups: "totally different question: ..." leans on nothing; "<my case>, is that like X?"
  makes X the topic; "is that preventable" asks for the remedy; the topic's own section headed
  by the aspect asked ("... unstable and costly") answers "is it heavy on compute to train".
"""

from __future__ import annotations

import learner_judge

from tutor.core.answering import conversation as conversation_module
from tutor.core.answering import shapes

ACCURACY = "evaluating-models#accuracy-the-share-of-predictions-that-are-right"
JUDGING = "evaluating-models#judging-generated-output-on-realism-coherence-and-diversity"
COMPUTE = {
    "data-and-compute#compute-after-training-machine-learning-versus-heavy-generative-models",
    "ml-vs-generative-ai#comparing-efficiency-and-computing-needs",
}


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_grading_a_classifier_and_a_generator_is_each_familys_evaluation(tutor) -> None:
    cited = _cited(tutor.ask("how would you grade a sentiment classifier compared with grading a song-writing ai?"))
    assert ACCURACY in cited and JUDGING in cited, cited
    # Each side its own family's section of the evaluation lesson (the x-ray side may take "What
    # makes machine learning results reliable", the generator side the loss section).
    cited = _cited(tutor.ask("marking a model that sorts x-rays compared with marking a text generator, what changes?"))
    assert len(cited) == 2 and all(c.startswith("evaluating-models#") for c in cited), cited
    assert sum("generat" in c for c in cited) == 1, cited


def test_one_thing_and_another_described_then_asked_about_together() -> None:
    question = "one app guesses house prices and another drafts the listings. which of the two needs more computing power?"
    assert shapes.comparison_sides(question) == ("one that guesses house prices", "one that drafts the listings")
    assert shapes.detect(question).kind == "comparison"
    # ("one guesses ...": no thing named, no pair)
    assert shapes.described_pair("one guesses prices and another drafts listings. which of the two is harder?") is None


def test_one_thing_and_another_compared_on_compute(tutor) -> None:
    question = "in our shop one system forecasts stock levels and another one writes product descriptions. which of the two needs more computer muscle?"
    assert set(_cited(tutor.ask(question))) & COMPUTE


def test_families_described_by_what_they_do(tutor) -> None:
    cited = _cited(tutor.ask("which has more serious weaknesses, the type of ai that classifies things or the type that generates content?"))
    assert cited[:2] == [
        "benefits-and-limitations#where-machine-learning-falls-short",
        "benefits-and-limitations#where-generative-ai-falls-short",
    ], cited


def test_gan_and_vae_named_by_their_workings(tutor) -> None:
    answer = tutor.ask("the counterfeiter-and-inspector one or the shrink-then-rebuild one, which trains more steadily?")
    assert _cited(answer) == ["vaes#vaes-compared-with-gans"], _cited(answer)


def test_a_different_question_leans_on_nothing(tutor) -> None:
    assert conversation_module.starts_afresh("totally different question: what skills does an ml engineer need")
    assert conversation_module.starts_afresh("ok, changing the subject - who regulates ai?")
    assert not conversation_module.starts_afresh("is a vae different from a gan?")
    answer = learner_judge.converse(tutor, ["how do decision trees split data", "totally different question: what skills do people building generative ai need?"])
    assert _cited(answer)[0] == "skills-and-learning-paths#skills-for-working-in-generative-ai", _cited(answer)


def test_a_case_asked_as_an_instance_of_a_course_term() -> None:
    assert conversation_module.topic_phrase(
        "my nephew copies every answer from his tutor's answer key, is that like supervised learning?"
    ) == "supervised learning"


def test_the_catch_after_a_case_of_supervised_learning(tutor) -> None:
    answer = learner_judge.converse(tutor, [
        "my son memorised flashcards with the answer on the back, is that basically supervised learning?",
        "what's the catch though",
    ])
    assert _cited(answer)[0] == "supervised-learning#why-supervised-learning-needs-large-labelled-datasets", _cited(answer)


def test_a_remedy_asked_in_a_past_or_able_form(tutor) -> None:
    answer = learner_judge.converse(tutor, ["why do language models invent facts", "is that preventable"])
    assert _cited(answer)[0] == "hallucination#how-to-spot-and-reduce-hallucination", _cited(answer)


def test_the_topics_own_section_on_the_aspect(tutor) -> None:
    answer = learner_judge.converse(tutor, ["what's a generative adversarial network", "is it heavy on compute to train"])
    assert _cited(answer)[0] == "gans#why-gan-training-is-unstable-and-costly", _cited(answer)
