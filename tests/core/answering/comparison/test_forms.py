"""Comparisons (stop 28): forms of comparing that were read as something else.

Each test is worded apart from the probes (``benchmarks/probes/comparisons-s28``) and fails on
the code before it:

- "is A just a fancy B?", "is A basically B with extra steps?": whether one thing is merely a
  dressed-up other one compares the two (read as yes/no, only A's section answered);
- "an app that labels my photos vs an app that makes them": a second side described by what it
  does to "it" / "them" does it to the first side's object;
- "and vaes, same problem?", "does a vae have that issue too?": whether what was just discussed
  holds for another thing compares the topic with that thing (the answer stayed on the topic).
"""

from __future__ import annotations

from tests.core.learner_judge import converse
from tutor.core.answering import shapes


def _cited(answer) -> list[str]:
    return [s.section for s in answer.sources]


def test_just_a_fancy_other_thing_compares_both() -> None:
    assert shapes.detect("isnt k-means just a glorified pca?") == shapes.Shape("comparison", ("k-means", "pca"))
    assert shapes.detect("is dbscan basically k-means with extra steps") == shapes.Shape("comparison", ("dbscan", "k-means"))
    assert shapes.detect("is a language model just a worse llm") == shapes.Shape("comparison", ("language model", "llm"))
    # Not whether it is of the other's kind, nor a plain word with no thing after it.
    assert shapes.detect("is a vae just a fancy kind of autoencoder").kind == "yes_no"
    assert shapes.detect("is the chatbot just better now").kind == "yes_no"


def test_just_a_fancy_other_thing_cites_both_sides(tutor) -> None:
    answer = tutor.ask("is regression basically just a fancier classification?")
    assert "supervised-learning#classification-versus-regression" in _cited(answer)
    answer = tutor.ask("isnt clustering just a glorified classifier")
    cited = _cited(answer)
    assert any(c.startswith("unsupervised-learning#") for c in cited), cited
    assert any(c.startswith("supervised-learning#") for c in cited), cited


def test_belittling_words_are_no_aspect(tutor) -> None:
    # "extra steps" took both sides to sections that count steps (the spam filter's recipe).
    answer = tutor.ask("is unsupervised learning basically supervised learning with extra steps?")
    assert "supervised-learning#a-worked-example-building-a-spam-filter" not in _cited(answer)
    assert "reinforcement-learning#maximising-cumulative-reward" not in _cited(answer)


def test_a_second_side_doing_something_to_it_does_it_to_the_first_sides_object() -> None:
    assert shapes.comparison_sides("a classifier that labels x-rays vs a generator that makes them") == (
        "classifier that labels x-rays", "generator that makes x-rays"
    )
    assert shapes.comparison_sides("difference between a bot that reads my texts and a bot that writes them for me") == (
        "bot that reads my texts", "bot that writes my texts for me"
    )


def test_the_same_problem_for_another_thing_is_a_comparison_with_the_topic() -> None:
    for question, other in (
        ("and language models, same issue?", "language models"),
        ("does an llm have that problem too", "llm"),
        ("does that happen with small models too?", "small models"),
    ):
        assert shapes.detect(question) == shapes.Shape("comparison", ("it", other)), question
    # A setting ("same for finance?") or an ordinal pointing back is no other thing compared.
    assert shapes.detect("same for retail?").kind != "comparison"
    assert shapes.detect("does the second one have that problem too?").kind != "comparison"


def test_the_same_problem_for_another_thing_answers_for_it(tutor) -> None:
    answer = converse(tutor, ["what is mode collapse in a gan", "and vaes, same issue?"])
    assert "vaes#vaes-compared-with-gans" in _cited(answer)
    assert "mode collapse" in answer.text.lower()


def test_what_each_one_outputs_is_said_as_the_course_says_it(tutor) -> None:
    from tutor.core.answering import compose

    sentences = ["A model learns from data.", "A predictive model returns a label, while a generator outputs new content."]
    assert compose.aspect_bonus("what does each one churn out", sentences).tolist() == [0.0, compose.ASPECT_BONUS]
    assert compose.aspect_bonus("how does each one learn", sentences).tolist() == [0.0, 0.0]
    answer = tutor.ask("machine learning vs generative ai, what does each of them spit out")
    assert "did not exist before" in answer.text


def test_the_topic_asked_of_another_thing_needs_no_section_presenting_the_topic(tutor) -> None:
    # "VAEs compared with GANs" says VAEs do "not suffer from mode collapse" in passing: it
    # answers alone, not a part on mode collapse again and one on what a VAE is.
    answer = converse(tutor, ["tell me about mode collapse", "do variational autoencoders get it too"])
    assert _cited(answer) == ["vaes#vaes-compared-with-gans"]
