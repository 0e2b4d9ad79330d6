"""Whether a comparison is answered by one section alone or by a part per side (stop 26): a
section that gives each side its own sentence on what is asked answers alone, though its heading
compares nothing; a section about both that never says what the question asks of them does not."""

from __future__ import annotations

import pytest

USES = "unsupervised-learning#what-unsupervised-learning-is-used-for"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("anomaly detection vs customer segmentation in unsupervised learning", "fit no group well"),
        ("customer segmentation or anomaly detection, what does unsupervised learning do in each?", "fit no group well"),
        ("data exploration vs anomaly detection with unsupervised learning", "fit no group well"),
    ],
)
def test_a_section_giving_each_side_its_own_sentence_answers_alone(tutor, question: str, fact: str) -> None:
    """ "What unsupervised learning is used for" says "In anomaly detection, ..." and "In customer
    segmentation, ...", and the question finds it first by a clear lead. Searched alone, "anomaly
    detection" went to "Predictive analytics and anomaly detection", which took that side's part,
    and the section's own sentence on anomaly detection was left out."""
    result = tutor.ask(question)
    assert [s.section for s in result.sources] == [USES]
    assert fact in result.text


@pytest.mark.parametrize(
    ("question", "section", "fact"),
    [
        ("k-means vs dbscan - which is faster?", "unsupervised-learning#how-k-means-finds-clusters", "fast and easy"),
        ("dbscan or k-means, which one is easier to understand?", "unsupervised-learning#how-k-means-finds-clusters", "easy to understand"),
        ("gans vs vaes: which gets mode collapse and what does it look like",
         "gans#mode-collapse-when-a-gan-loses-variety", "only a few kinds of output"),
    ],
)
def test_a_section_on_both_silent_on_what_is_asked_does_not_answer_alone(tutor, question: str, section: str, fact: str) -> None:
    """ "When k-means clustering fails and DBSCAN helps" names both sides but never says how fast
    either is; "How k-means finds clusters", near for the question, says "K-means is fast and easy
    to understand". Answered alone by the section on both, the fact asked was missing."""
    result = tutor.ask(question)
    assert section in [s.section for s in result.sources]
    assert fact in result.text


def test_plain_reads_comparatives() -> None:
    from tutor.core.answering.comparison import _plain

    assert [_plain(w) for w in ("faster", "easier", "bigger", "cheapest", "model", "loss")] == [
        "fast", "easy", "big", "cheap", "model", "loss",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "the audit report lists precision and recall for our spam filter side by side. how are the two different?",
        "my report quotes recall and also precision, what sets the two apart",
    ],
)
def test_a_comparison_without_sides_tells_each_named_terms_own_sentence(tutor, question: str) -> None:
    """Stop 38 (zopc38): a comparison read without sides of its own compares the terms it names of
    its best section's heading; each one's own sentence ("Precision answers ...", "Recall answers
    ...") states its side (``ChoosingSentences._each_named_side``). The answer had told the
    confusion matrix and the worked figures, without what recall is."""
    text = tutor.ask(question).text
    assert "TP / (TP + FN)" in text and "TP / (TP + FP)" in text
