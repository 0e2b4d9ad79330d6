"""Grading: choices and true/false parsing, key-term stems, and short answers graded by the real
embedding model against a calibration table of good, partial and wrong answers."""

from __future__ import annotations

import pytest

from tutor.core.quiz.bank import Question, load_bank
from tutor.core.quiz.grading import (
    Grader,
    InvalidAnswer,
    Verdict,
    enumeration_items,
    enumeration_size,
    match_terms,
)


@pytest.fixture(scope="session")
def real_grader() -> Grader:
    """One grader with the real all-MiniLM-L6-v2 for the whole session (loaded once)."""
    from tutor.core.answering.embeddings import load_embedder

    grader = Grader(load_embedder)
    grader._embed()
    assert not grader.unavailable, grader.unavailable
    return grader


@pytest.fixture(scope="module")
def shipped():
    return load_bank()


@pytest.mark.parametrize("answer", ["1", "a", "A", " (a) ", "a)", "right", "RIGHT"])
def test_choice_accepts_number_letter_or_text(bank, answer: str) -> None:
    grade = Grader(None).grade(bank.get("alpha-1"), answer)
    assert grade.verdict is Verdict.CORRECT and grade.score == 1.0 and grade.chosen == 0


def test_wrong_choice_says_why_and_gives_the_answer(bank) -> None:
    grade = Grader(None).grade(bank.get("alpha-1"), "b")
    assert grade.verdict is Verdict.WRONG and grade.score == 0.0 and grade.chosen == 1
    assert "It is wrong." in grade.feedback and "a) Right" in grade.feedback


@pytest.mark.parametrize("answer", ["4", "e", "z", "maybe", "12"])
def test_unreadable_choice_answer_asks_again(bank, answer: str) -> None:
    with pytest.raises(InvalidAnswer, match="1-3 or a letter a-c"):
        Grader(None).grade(bank.get("alpha-1"), answer)


@pytest.mark.parametrize(("answer", "verdict"), [("t", "correct"), ("TRUE", "correct"), ("yes", "correct"),
                                                  ("f", "wrong"), ("No", "wrong"), ("false", "wrong")])
def test_truefalse(bank, answer: str, verdict: str) -> None:
    assert Grader(None).grade(bank.get("alpha-2"), answer).verdict == verdict


def test_truefalse_unreadable_and_empty_answers(bank) -> None:
    with pytest.raises(InvalidAnswer, match="true or false"):
        Grader(None).grade(bank.get("alpha-2"), "perhaps")
    with pytest.raises(InvalidAnswer, match="Type an answer"):
        Grader(None).grade(bank.get("alpha-2"), "   ")


def test_skip_counts_as_wrong_and_shows_the_answer(bank) -> None:
    grade = Grader(None).grade(bank.get("alpha-4"), "skip")
    assert grade.verdict is Verdict.WRONG and "False" in grade.feedback


def test_key_terms_match_stems_and_alternatives() -> None:
    terms = ("label|labelled", "example|examples|data", "mode collapse")
    present, missing = match_terms(terms, "It needs lots of labelling on its examples")
    assert present == ["label|labelled", "example|examples|data"] and missing == ["mode collapse"]
    assert match_terms(("supervised",), "unsupervised learning")[0] == []  # not a substring match
    assert match_terms(("mode collapse",), "the modes collapsed")[0] == ["mode collapse"]


def test_without_the_model_short_answers_use_key_terms_and_say_so(bank) -> None:
    def broken():
        raise RuntimeError("model files missing")

    grader = Grader(broken)
    question = bank.get("alpha-3")
    full = grader.grade(question, "labelled examples")
    assert full.verdict is Verdict.CORRECT and full.similarity is None
    assert "key terms only" in full.feedback
    half = grader.grade(question, "it needs labels")
    assert half.verdict is Verdict.PARTIAL and half.missing_terms == ("example|examples|data",)
    assert grader.unavailable == "model files missing"


@pytest.mark.parametrize(("prompt", "size"), [
    ("Name the three main types of machine learning.", 3),
    ("List the four stages of a data pipeline.", 4),
    ("In one sentence: which two goals does a VAE's training loss balance?", 2),
    ("What are the 3 resources training needs?", 3),
    ("In one sentence: name two things generative AI does for a retailer.", None),  # any two of more
    ("Name one way to engage with the AI community besides a degree.", None),
    ("In one sentence: what is mode collapse?", None),
])
def test_enumeration_prompts_are_recognised(prompt: str, size: int | None) -> None:
    assert enumeration_size(prompt) == size


def test_the_shipped_enumerations_ask_for_every_item(shipped) -> None:
    """Found by their wording, not listed by id: every "name the N" question in the bank."""
    found = {q.id for q in shipped.questions.values() if enumeration_items(q)}
    assert {"what-is-ml-4", "adoption-challenges-3", "data-and-compute-5", "vaes-3"} <= found
    assert "industry-use-cases-3" not in found  # "name two things": any two of several


def test_an_incomplete_enumeration_is_partial_without_the_model(bank) -> None:
    from dataclasses import replace

    question = replace(bank.get("alpha-3"), prompt="Name the two things supervised learning needs.")
    grader = Grader(None)
    assert grader.grade(question, "labels and examples").verdict is Verdict.CORRECT
    half = grader.grade(question, "labels")
    assert half.verdict is Verdict.PARTIAL and half.score == 0.5
    assert "asks for both. You named label / labelled; missing: example / examples / data." in half.feedback


# Enumerations: "name the N ..." is correct only with every item; some of them is partial and the
# feedback names what is missing. (question id, answer, verdict, the missing item or "").
ENUMERATIONS = [
    ("what-is-ml-4", "supervised and unsupervised", "partial", "reinforcement"),
    ("what-is-ml-4", "unsupervised learning and reinforcement learning", "partial", "supervised"),
    ("what-is-ml-4", "supervised, unsupervised and semi-supervised", "partial", "reinforcement"),
    ("what-is-ml-4", "reinforcement", "partial", "supervised, unsupervised"),
    ("what-is-ml-4", "supervised unsupervised reinforcement", "correct", ""),
    ("what-is-ml-4", "classification and regression", "wrong", ""),
    ("adoption-challenges-3", "technical expertise and a culture that accepts change", "partial", "planning"),
    ("adoption-challenges-3", "culture", "partial", "expertise"),
    ("adoption-challenges-3", "culture, strategy, expertise", "correct", ""),
    ("data-and-compute-5", "it needs lots of computing power and skilled people", "partial", "time"),
    ("data-and-compute-5", "compute, experts, time", "correct", ""),
    ("data-and-compute-5", "a big GPU cluster", "wrong", ""),
    ("vaes-3", "the reconstruction error", "partial", "kl"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("qid", "answer", "expected", "missing"), ENUMERATIONS)
def test_enumerations_need_every_item(real_grader: Grader, shipped, qid: str, answer: str, expected: str, missing: str) -> None:
    grade = real_grader.grade(shipped.get(qid), answer)
    assert grade.verdict == expected, (grade.score, grade.similarity, grade.feedback)
    if expected == "partial":
        assert f"missing: {missing}" in grade.feedback and grade.score < 0.7


# (question id in the shipped bank, learner's answer, expected verdict). Written by hand as a
# learner would answer; the thresholds in grading.py were chosen on this table.
CALIBRATION = [
    ("gans-3", "the generator keeps making the same few outputs instead of covering all the variety in the data", "correct"),
    ("gans-3", "the generator only produces one kind of sample and ignores the other kinds", "correct"),
    ("gans-3", "the generator makes similar images", "partial"),
    ("gans-3", "the discriminator gets too strong", "wrong"),
    ("gans-3", "a model that compresses data into a latent space", "wrong"),
    ("supervised-learning-4", "it needs lots of labelled examples and labelling is expensive", "correct"),
    ("supervised-learning-4", "you need a large amount of data with correct labels", "correct"),
    ("supervised-learning-4", "it needs labels", "partial"),
    ("supervised-learning-4", "you need a lot of data", "partial"),
    ("supervised-learning-4", "it cannot make predictions", "wrong"),
    ("supervised-learning-4", "supervised learning is slow at runtime", "wrong"),
    ("training-and-overfitting-3", "it adjusts the parameters step by step to reduce the loss", "correct"),
    ("training-and-overfitting-3", "it changes the weights of the model", "partial"),
    ("training-and-overfitting-3", "it splits the data into training and test sets", "wrong"),
    ("unsupervised-learning-4", "it represents the data with fewer features but keeps most of the information", "correct"),
    ("unsupervised-learning-4", "it compresses the data into fewer dimensions while preserving the structure", "correct"),
    ("unsupervised-learning-4", "it makes the data smaller", "partial"),
    ("unsupervised-learning-4", "it groups similar points into clusters", "wrong"),
    ("unsupervised-learning-4", "it labels the data", "wrong"),
    ("what-is-generative-ai-4", "it can generate brand new realistic cat pictures", "correct"),
    ("what-is-generative-ai-4", "create new images of cats that look real", "correct"),
    ("what-is-generative-ai-4", "draw cats", "partial"),
    ("evaluating-models-3", "because missing a sick patient (a false negative) means they go untreated", "correct"),
    ("evaluating-models-3", "so that almost no patients who have the disease are missed", "correct"),
    ("evaluating-models-3", "so that healthy people are never told they are sick", "wrong"),
    ("evaluating-models-3", "because accuracy is not important", "wrong"),
    ("reinforcement-learning-3", "the agent has to balance trying new actions against using the ones it already knows are good", "correct"),
    ("reinforcement-learning-3", "choosing between exploring new moves and exploiting the best known move", "correct"),
    ("reinforcement-learning-3", "the agent tries new things", "partial"),
    ("reinforcement-learning-3", "the agent gets rewards", "wrong"),
    ("reinforcement-learning-3", "the trade-off between bias and variance", "wrong"),
    ("vaes-3", "it balances reconstruction against the kl term", "correct"),
    ("vaes-3", "rebuilding the input well", "partial"),  # half the key ideas: incomplete
    ("vaes-3", "the encoder and the decoder", "wrong"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("qid", "answer", "expected"), CALIBRATION)
def test_short_answers_graded_by_meaning_and_terms(real_grader: Grader, shipped, qid: str, answer: str, expected: str) -> None:
    question: Question = shipped.get(qid)
    assert question is not None and question.kind == "short", f"{qid} changed in the bank"
    grade = real_grader.grade(question, answer)
    assert grade.verdict == expected, (grade.score, grade.similarity, grade.feedback)
    assert grade.similarity is not None and 0.0 <= grade.score <= 1.0
    if expected != "correct":
        assert "Reference answer:" in grade.feedback


# Known limits of a small sentence-embedding model, kept here so a better grader shows up as XPASS.
KNOWN_LIMITS = [
    ("training-and-overfitting-3", "it increases the loss", "wrong"),  # negation reads as on-topic
    ("what-is-generative-ai-4", "recognise cats in photos", "wrong"),  # topic word, wrong idea
    ("gans-3", "when the GAN only generates a handful of similar samples", "correct"),  # paraphrase, no key words
    ("training-and-overfitting-3", "gradient descent moves the weights a little bit in the direction that reduces the error", "correct"),
    ("what-is-ml-4", "learning with labels, learning without labels and learning from rewards", "correct"),  # no item's name
]


@pytest.mark.slow
@pytest.mark.xfail(strict=True, reason="known limit of MiniLM + key terms")
@pytest.mark.parametrize(("qid", "answer", "expected"), KNOWN_LIMITS)
def test_known_grading_limits(real_grader: Grader, shipped, qid: str, answer: str, expected: str) -> None:
    assert real_grader.grade(shipped.get(qid), answer).verdict == expected


@pytest.mark.slow
def test_feedback_names_what_was_right_and_what_was_missing(real_grader: Grader, shipped) -> None:
    grade = real_grader.grade(shipped.get("supervised-learning-4"), "it needs labels")
    assert grade.verdict is Verdict.PARTIAL
    assert "Right: you mentioned label / labelled / labels." in grade.feedback
    assert "Missing: large / lots / many." in grade.feedback


# Short questions added with the hints (and two whose key terms the prompt itself used to
# satisfy): a paraphrase a learner would write is accepted, an answer with the wrong idea is not.
PARAPHRASES = [
    ("what-is-ml-8", "it is machine learning with neural networks that have lots of layers", "correct"),
    ("what-is-ml-8", "learning from labelled examples", "wrong"),
    ("unsupervised-learning-8", "it models the typical behaviour and marks anything that does not match as an outlier", "correct"),
    ("unsupervised-learning-8", "it groups customers into segments", "wrong"),
    ("gans-7", "the discriminator can no longer tell real from fake and is right only half the time", "correct"),
    ("gans-7", "the generator produces only a few kinds of output", "wrong"),
    ("vaes-6", "a high reconstruction error means the input does not look like the training data", "correct"),
    ("vaes-6", "it compresses data into a latent space", "wrong"),
    ("hallucination-8", "it searches for relevant documents first and makes the model answer from them with citations", "correct"),
    ("hallucination-8", "the model answers from its memory of the training data", "wrong"),
    ("future-trends-3", "AI that makes a short video from a sentence you type", "correct"),
    ("future-trends-3", "a chatbot that understands images", "wrong"),
    ("future-trends-5", "showing each individual user content tailored to them in real time", "correct"),
    ("future-trends-5", "grouping customers into a few segments", "wrong"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("qid", "answer", "expected"), PARAPHRASES)
def test_paraphrases_of_the_newer_short_answers(real_grader: Grader, shipped, qid: str, answer: str, expected: str) -> None:
    question = shipped.get(qid)
    assert question is not None and question.kind == "short", f"{qid} changed in the bank"
    grade = real_grader.grade(question, answer)
    assert grade.verdict == expected, (grade.score, grade.similarity, grade.feedback)


@pytest.mark.slow
def test_every_short_question_accepts_its_model_answer_and_not_its_own_prompt(real_grader: Grader, shipped) -> None:
    """The reference sentence must grade correct, and a learner who types the question back
    ("In one sentence: what is ...?") must not: key terms the prompt already holds give no signal."""
    shorts = [q for q in shipped.questions.values() if q.kind == "short"]
    assert len(shorts) >= 21
    for question in shorts:
        assert real_grader.grade(question, str(question.answer)).verdict is Verdict.CORRECT, question.id
        assert real_grader.grade(question, question.prompt).verdict is not Verdict.CORRECT, question.id
