"""Who is learning? The first screen of ``tutor serve --learners``.

Each browser session of a shared tutor starts here: the learner types a name, it is checked by
``tutor.core.learners`` (a bad one gets the reason under the box and nothing else happens) and
the screen dismisses with the cleaned name. The app then opens that learner's own data folder.
There is no way past this screen without a valid name, so no session writes to a shared file.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from tutor.core.learners import NAME_MAX, BadName, clean_name


class LearnerScreen(Screen[str]):
    """Dismisses with a valid, cleaned learner name."""

    BINDINGS: ClassVar[list[BindingType]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="learner-body", classes="sheet"):
            yield Static("Welcome to the tutor", id="learner-title")
            yield Static(
                "Type your name and press Enter. Your conversations, quiz cards and progress "
                "are kept under this name; use the same name next time to pick up where you "
                "left off.",
                id="learner-intro",
            )
            yield Input(placeholder="Your name", max_length=NAME_MAX * 2, id="learner-name")
            yield Static("", id="learner-error")

    def on_mount(self) -> None:
        self.query_one("#learner-name", Input).focus()

    @on(Input.Submitted, "#learner-name")
    def _submitted(self, event: Input.Submitted) -> None:
        try:
            name = clean_name(event.value)
        except BadName as error:
            self.query_one("#learner-error", Static).update(str(error))
            return
        self.dismiss(name)
