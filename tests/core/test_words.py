"""The shared tokeniser, stemmer and stop-word lists (search, quiz grading and grounding use them)."""

from __future__ import annotations

from tutor.core.words import (
    CLAIM_STOPWORDS,
    QUESTION_STOPWORDS,
    content_words,
    stem,
    stem_with,
    stems,
    tokenize,
)


def test_tokenize_keeps_apostrophes_and_unicode() -> None:
    assert tokenize("What's a GAN's job? ¿Qué?") == ["what's", "a", "gan's", "job", "qué"]


def test_a_typographic_apostrophe_is_a_plain_one() -> None:
    assert tokenize("It\u2019s fine") == tokenize("it's FINE") == ["it's", "fine"]


def test_stems_join_inflections_of_one_word() -> None:
    assert stems(["labelled", "labels", "label"]) == ["label"] * 3
    assert stem("learning") == stem("learns")


def test_a_y_adjectives_comparative_shares_its_stem() -> None:
    assert stem("blurrier") == stem("blurriest") == stem("blurry")
    assert stem("easier") == stem("easy") and stem("classifier") == stem("classify")


def test_content_words_drop_the_chosen_stop_words() -> None:
    question = "Can you explain what overfitting means?"
    assert content_words(question) == ["overfitting"]
    # the grounding list is smaller on purpose: "explain" and "means" may carry a claim
    assert content_words(question, CLAIM_STOPWORDS) == ["explain", "overfitting", "means"]
    assert CLAIM_STOPWORDS - QUESTION_STOPWORDS  # not simply a subset: each list has its own job


def test_pure_python_stemmer_fallback_gives_the_same_stems(course) -> None:
    """PyStemmer (a pyproject dependency) is only a faster build of the same Snowball algorithm;
    where it is missing, snowballstemmer's pure-Python English stemmer must index identically."""
    from snowballstemmer.english_stemmer import EnglishStemmer

    slow = EnglishStemmer()
    words = {w for s in course.sections for w in tokenize(" ".join(s.sentences))}
    assert len(words) > 1000
    differ = [w for w in sorted(words) if stem(w) != stem_with(slow, w)]
    assert not differ, differ[:10]
