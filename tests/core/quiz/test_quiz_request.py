"""`[TOPIC] [N]` is read the same way by `tutor quiz` and `/quiz`."""

from __future__ import annotations

import pytest

from tutor.core.quiz.bank import UnknownTopic
from tutor.core.quiz.request import QuizRequest, QuizRequestError, parse_request


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([], QuizRequest(None, None)),
        (["7"], QuizRequest(None, 7)),
        (["beta"], QuizRequest("beta", None)),
        (["Beta", "3"], QuizRequest("beta", 3)),
        (["gam", "50"], QuizRequest("gamma", 50)),
    ],
)
def test_valid_requests(bank, words: list[str], expected: QuizRequest) -> None:
    assert parse_request(bank, words) == expected


@pytest.mark.parametrize(
    ("words", "message"),
    [(["0"], "1 to 50"), (["beta", "51"], "1 to 50"), (["-2"], "1 to 50"), (["beta", "2.5"], "whole number")],
)
def test_absurd_counts(bank, words: list[str], message: str) -> None:
    with pytest.raises(QuizRequestError, match=message):
        parse_request(bank, words)


def test_unknown_topic_suggests(bank) -> None:
    with pytest.raises(UnknownTopic, match="Did you mean alpha"):
        parse_request(bank, ["alpah", "3"])


def test_an_unknown_topic_is_named_before_a_bad_count(bank) -> None:
    """"nosuch 99999" is first of all an unknown topic: the count's range was reported instead."""
    with pytest.raises(UnknownTopic):
        parse_request(bank, ["nosuch", "99999"])
    with pytest.raises(QuizRequestError, match="1 to 50"):
        parse_request(bank, ["beta", "99999"])
