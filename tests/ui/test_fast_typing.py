"""Keys that arrive faster than the app handles them (tmux send-keys, a paste, a fast typist).

Enter must send exactly what was typed: a dropdown suggestion computed for an earlier text
never replaces it, and only an explicit pick (Up/Down in the dropdown) or a completion that
merely extends the last word changes what is sent.
"""

from __future__ import annotations

from textual import events

from tests.ui.conftest import wait_until


def burst(app, text: str, *keys: str) -> None:
    """Queue every key at once, as a terminal does when a whole line arrives in one read."""
    driver = app._driver
    for char in text:
        key = {" ": "space", "/": "slash", "-": "minus"}.get(char, char)
        driver.send_message(events.Key(key, char))
    for key in keys:
        driver.send_message(events.Key(key, None))


async def ready(pilot) -> list[str]:
    """Wait for the models; then record what the input sends instead of running it."""
    await wait_until(pilot, lambda: pilot.app.status.models_ready)
    sent: list[str] = []
    pilot.app.submit = sent.append
    return sent


async def test_a_burst_line_with_enter_is_sent_as_typed(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        sent = await ready(pilot)
        for line in ("/quiz gans 3", "/demo gan --seed 3", "/theme nord", "/help quiz", "/quiz gans"):
            burst(app, line, "enter")
            await wait_until(pilot, lambda: len(sent) == 1)
            assert sent.pop() == line
            assert app.chat_input.text == ""


async def test_enter_extends_a_partial_word_but_never_drops_what_was_typed(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        sent = await ready(pilot)
        await pilot.press(*"/exp", "enter")  # a partial command name is completed
        assert sent.pop() == "/export"
        await pilot.press(*"/quiz ", "enter")  # a trailing space is not a pick
        assert sent.pop() == "/quiz "
        await pilot.press(*"/theme no", "enter")  # the highlighted completion of the word
        assert sent.pop() == "/theme nord"
        await pilot.press(*"/theme night", "enter")  # 'tokyo-night' would replace the word
        assert sent.pop() == "/theme night"


async def test_an_explicit_pick_in_the_dropdown_is_sent(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        sent = await ready(pilot)
        await pilot.press(*"/theme light")
        offered = [s.text for s in app.chat_input.suggestions.items]
        assert len(offered) >= 2 and all(o != "/theme light" for o in offered)
        await pilot.press("down", "enter")
        assert sent.pop() == offered[1]
