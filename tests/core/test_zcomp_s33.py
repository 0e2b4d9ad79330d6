"""Comparisons and follow-ups, stop 33 (zcomp): the classes behind the comparison and follow-up
failures of sets Z and ZA, tested in other words than the probes in
``benchmarks/probes/zcomp-s33``.

- A model named by its job in one hyphenated word ("a lead-ranking model") is no method's name.
- "ok forget that. X" / "never mind, X": X is asked afresh, on no topic.
- "how do X work", "X, how do they work?": its mechanism, not the section on its uses.
- Remedy words ("any remedy?", "and the treatment?") after a symptom ask for the fix of the topic.
- A family named by its job before "kind"/"sort" ("the forecasting kind of ai") is that family.
- Whom the answer should suit ("explain it like ... a tired F1") is no subject or term.
- "the same kind of model or two different ones?" asks whether the two before are alike.
- "the X game they use to show it" makes X the subject a next "that" points at.
"""

from __future__ import annotations

from tests.core.learner_judge import converse
from tutor.core.answering import conversation, described, scope, shapes


def _sections(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_a_hyphenated_job_names_the_model_not_a_method(tutor) -> None:
    assert described.names_a_job("lead-ranking") and described.names_a_job("invoice-sorting")
    assert not described.names_a_job("physics-informed") and not described.names_a_job("gradient-boosted")
    answer = tutor.ask("once it's trained, does a lead-ranking model eat as much compute as a large image generator?")
    assert answer.in_scope and "does not cover" not in answer.text
    # a method's name made with a hyphen is still one
    assert scope.technique_compound("how does a gradient-boosting model work", tutor.phrases, tutor.vocabulary, strict=True)


def test_dropping_the_topic_asks_the_rest_afresh(tutor) -> None:
    assert conversation.without_the_dropped("moving on: what is a gan") == "what is a gan"
    assert conversation.without_the_dropped("okay never mind, dbscan?") == "dbscan?"
    assert conversation.without_the_dropped("forget about the maths, what does it do") is None
    answer = converse(tutor, ["what does the discount factor do in reinforcement learning", "ok scrap that. autoencoders, how do they work?"])
    assert _sections(answer)[0].startswith("vaes#")


def test_how_a_thing_works_is_its_mechanism_not_its_uses(tutor) -> None:
    answer = tutor.ask("so how do GANs actually work?")
    assert _sections(answer)[0] != "gans#what-gans-have-been-used-for"
    assert "discriminator" in answer.text


def test_a_remedy_word_asks_for_the_fix_of_the_topic(tutor) -> None:
    answer = converse(tutor, ["what does overfitting look like", "how would it show up in my scores", "and the remedy?"])
    assert answer.reading is None  # not "how would it show up in the remedy"
    assert "regularisation" in answer.text


def test_a_family_named_by_its_job_before_kind_is_that_family(tutor) -> None:
    assert described.family_described("the forecasting kind of ai").family == described.PREDICTING_FAMILY
    assert described.family_described("the picture-making sort").family == described.MAKING_FAMILY
    assert described.family_described("the same kind") is None
    answer = tutor.ask("the forecasting kind of ai vs the picture-making sort - what are the downsides of each?")
    assert set(_sections(answer)) == {
        "benefits-and-limitations#where-machine-learning-falls-short",
        "benefits-and-limitations#where-generative-ai-falls-short",
    }


def test_whom_the_answer_should_suit_is_no_subject(tutor) -> None:
    assert shapes.without_the_pitch("bagging vs boosting, explain it like you would to a sleepy intern") == "bagging vs boosting"
    assert shapes.without_the_pitch("is a gan like a vae?") == "is a gan like a vae?"
    # "like" after the verb's object gives an example of it, no pitch
    assert shapes.without_the_pitch("tell me how an assistant like gemini reads photos") == "tell me how an assistant like gemini reads photos"
    assert shapes.without_the_pitch("explain tokens like i'm a ten year old") == "explain tokens"
    answer = tutor.ask("classification vs regression, explain it like a handover to a knackered F2 please")
    assert answer.in_scope
    assert [s.section for s in answer.sources] == ["supervised-learning#classification-versus-regression"]


def test_same_or_different_offers_no_sides(tutor) -> None:
    assert shapes.comparison_sides("predicting exam marks vs flagging cheating. same sort of model or separate ones?") == (
        "predicting exam marks", "flagging cheating"
    )
    question = (
        "at the garage: guessing the price of a repair vs guessing whether a car will fail its MOT. "
        "the same sort of model or two separate ones?"
    )
    answer = tutor.ask(question)
    assert [s.section for s in answer.sources] == ["supervised-learning#classification-versus-regression"]


def test_the_demo_used_to_show_the_topic_becomes_the_subject(tutor) -> None:
    assert conversation.carried_topic("and the grid game the lesson uses to demo it?", "reinforcement learning").endswith("grid game")
    answer = converse(tutor, [
        "explain reinforcement learning quickly", "what's the frozenlake thing you use to explain it", "how long till it learns that?",
    ])
    assert "episodes" in answer.text
