"""End to end with the real embedding model: the chat as a learner meets it."""

from __future__ import annotations

import pytest

from tests.ui.conftest import wait_until
from tutor.ui.widgets.chat.answer import AnswerCard


@pytest.mark.slow
async def test_real_tutor_answers_in_the_chat_with_citations(make_app, real_tutor) -> None:
    app = make_app(tutor=real_tutor)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: app.tutor is not None, timeout=60)
        await pilot.press(*"what is the difference between machine learning and generative AI?")
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.conversation.query(AnswerCard)), timeout=60)
        payload = app.last_answer
        assert payload["in_scope"]
        assert "[1]" in payload["text"]
        docs = {s["doc"] for s in payload["sources"]}
        assert docs & {"ml-vs-generative-ai", "what-is-generative-ai", "what-is-ml"}, docs
        assert payload["followups"]
