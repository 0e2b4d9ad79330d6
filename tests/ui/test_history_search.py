"""/history WORDS in the chat: the hits on a sheet, Enter reopens that conversation with the
matching message drawn, marked and scrolled to (even when it is older than what a resume
shows)."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import started, wait_until
from tutor.core.chats import Chats
from tutor.core.store import open_store
from tutor.ui.app import RESUME_LIMIT
from tutor.ui.screens.history import SearchScreen


def _seed(path: Path) -> tuple[int, int]:
    store = open_store(path)
    chats = Chats(store)
    old = chats.create()
    chats.append(old, "user", "What does the discriminator of a GAN do?")
    chats.append(old, "tutor", "It judges each sample as real or generated [1].", kind="answer")
    for n in range(RESUME_LIMIT + 10):  # push the match out of the resumed window
        chats.append(old, "user", f"Question number {n} about clustering")
    recent = chats.create()
    chats.append(recent, "user", "What is supervised learning?")
    store.close()
    return old, recent


async def test_history_words_reopen_the_conversation_at_the_match(make_app, tmp_path) -> None:
    db = tmp_path / "tutor.db"
    old, recent = _seed(db)
    app = make_app(db_path=db)
    async with started(app, size=(100, 30)) as pilot:
        assert app.conversation_id == recent  # the latest one was resumed
        app.submit("/history discriminator")
        await wait_until(pilot, lambda: isinstance(app.screen, SearchScreen))
        screen = app.screen
        assert [h.conversation_id for h in screen.result.hits] == [old]
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.conversation_id == old
                         and bool(app.conversation.query(".search-hit")))
        hit = app.conversation.query(".search-hit").first()
        assert hit.text == "What does the discriminator of a GAN do?"  # the matching message
        await pilot.pause(0.2)
        # scrolled so the match is in view, not pinned to the end of the conversation
        assert app.conversation.scroll_y < app.conversation.max_scroll_y
        assert hit.region.y >= 0 and hit.region.y < app.conversation.region.bottom


async def test_history_words_with_no_match_say_so(make_app, tmp_path) -> None:
    db = tmp_path / "tutor.db"
    _seed(db)
    app = make_app(db_path=db)
    async with started(app, size=(100, 30)) as pilot:
        app.submit('/history "zebra* AND')
        await wait_until(pilot, lambda: "No past messages contain: zebra AND"
                         in " ".join(str(w.render()) for w in app.conversation.children))
        assert not isinstance(app.screen, SearchScreen)
