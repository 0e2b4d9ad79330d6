"""``tutor serve`` for real: a server on a free loopback port, driven in headless Chromium.

Skipped, with how to enable it, when the system Chromium or Playwright is missing (.ci/run
installs both). See tests/cli/browser.py for how the page is read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.cli.browser import (
    browser_missing,
    chromium,
    non_blank_fraction,
    open_page,
    screen_text,
    serving,
    type_line,
    wait_for_text,
)

_missing = browser_missing()
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
if _missing:
    pytestmark.append(pytest.mark.skip(reason=_missing))


def _questions(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute(
            "SELECT content FROM messages WHERE role = 'user' ORDER BY id")]


def test_a_question_typed_in_the_page_gets_a_cited_answer(tutor_home: Path) -> None:
    with serving(tutor_home) as url, chromium() as browser:
        page = open_page(browser, url)
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        wait_for_text(page, "Ready", timeout=90)  # models warmed up in the session process
        type_line(page, "What is a GAN?")
        mark = wait_for_text(page, "What is a GAN?")
        wait_for_text(page, "[1]", after=mark, timeout=60)
        wait_for_text(page, "Sources (", after=mark)
        page.wait_for_timeout(500)  # let the last frame reach the canvas
        shot = page.screenshot(path=str(tutor_home.parent / "serve.png"))
        assert non_blank_fraction(page, shot) > 0.02, "the screenshot is (nearly) one colour"
        assert "Generative adversarial" in screen_text(page)
        page.reload()  # the page and its scripts: every request stays on this machine
        page.wait_for_selector("body.-first-byte", timeout=60_000)
    hosts = {urlparse(u).hostname for u in requests if not u.startswith("data:")}
    assert hosts == {"127.0.0.1"}, requests
    assert _questions(tutor_home / "data" / "tutor.db") == ["What is a GAN?"]


def test_learners_each_get_their_own_data_folder(tutor_home: Path) -> None:
    with serving(tutor_home, "--learners") as url, chromium() as browser:
        ana = open_page(browser, url)
        ben = open_page(browser, url)
        wait_for_text(ana, "Type your name", timeout=90)
        type_line(ana, "../ben")  # a path trick is refused with the reason, and nothing opens
        wait_for_text(ana, "Use letters, digits")
        # Only single-byte keys here: a multi-byte key such as End can reach the app split in
        # two under load and be read as Escape plus text. The cursor is already at the end.
        ana.focus(".xterm-helper-textarea")
        mark = len(ana.evaluate("window.__tutorText"))
        for _ in "../ben":
            ana.keyboard.press("Backspace")
        wait_for_text(ana, "Your name", after=mark)  # the placeholder: the box is empty again
        type_line(ana, "Ana")
        wait_for_text(ben, "Type your name", timeout=90)
        type_line(ben, "Ben Okoro")
        for page, question in ((ana, "What is a GAN?"), (ben, "What is clustering?")):
            wait_for_text(page, "Ready", timeout=90)
            type_line(page, question)
            mark = wait_for_text(page, question)
            wait_for_text(page, "[1]", after=mark, timeout=60)
    learners = tutor_home / "data" / "learners"
    assert sorted(p.name for p in learners.iterdir()) == ["ana", "ben-okoro"]
    assert _questions(learners / "ana" / "tutor.db") == ["What is a GAN?"]
    assert _questions(learners / "ben-okoro" / "tutor.db") == ["What is clustering?"]
    assert not (learners / "ben").exists()
    assert not (tutor_home / "data" / "tutor.db").exists()  # nobody wrote to a shared file
