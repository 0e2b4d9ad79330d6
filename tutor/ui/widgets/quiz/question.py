"""A quiz question as a card in the conversation, answered from the keyboard.

Choices are picked with one key (1-4 or a-d; true/false with t/f, y/n or 1/2), short answers are
typed into the card's own input and sent with Enter. Once graded, the same card shows the
verdict, the feedback, the explanation and the cited section (Ctrl+S or a click reads it); Enter
moves on. Letters typed on an answered card go to the chat input (``HandsTypingToInput``). Everything shown is built from plain data (``view`` and ``result`` dicts), the payload
that is saved with the message, so a resumed conversation redraws the answered card exactly.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message as TextualMessage
from textual.widgets import Input, Static

from tutor.core.chats import Message
from tutor.ui.widgets.input.handoff import HandsTypingToInput

AnswerCallback = Callable[["QuestionCard", str], Awaitable[None]]
HintCallback = Callable[["QuestionCard", int], None]
ContinueCallback = Callable[["QuestionCard"], Awaitable[None]]

LETTERS = "abcd"
_TRUE_KEYS = {"t": "true", "y": "true", "1": "true"}
_FALSE_KEYS = {"f": "false", "n": "false", "2": "false"}
VERDICT_STYLE = {"correct": ("✓ Correct", "green"), "partial": ("~ Partly right", "yellow"),
                 "wrong": ("✗ Not quite", "red")}


def question_view(question: Any, bank: Any, number: int, total: int, mode: str) -> dict[str, Any]:
    """Plain data for a card from a ``tutor.core.quiz.bank.Question``."""
    label = {"review": "Review", "retake": "Retake"}.get(mode, "Question")
    return {
        "question_id": question.id,
        "label": f"{label} {number}/{total}",
        "lesson": bank.lesson_title(question.lesson),
        "kind": question.kind,
        "prompt": question.prompt,
        "choices": [choice.text for choice in question.choices],
        "citation": bank.citation(question),
        "section_id": question.section_id,
        "hints": list(getattr(question, "hints", ()) or ()),
    }


def feedback_body(feedback: Any) -> str:
    """The grader's feedback without its leading verdict (the card shows its own)."""
    text = str(feedback)
    for prefix in ("Correct.", "Not quite.", "Partly right."):
        if text.startswith(prefix):
            return text[len(prefix):].strip()
    return text


def answered_markdown(view: dict[str, Any], result: dict[str, Any]) -> str:
    """What /export writes for an answered question."""
    lines = [f"**{view['label']} · {view['lesson']}**", "", view["prompt"]]
    right, picked = result.get("right"), result.get("picked")
    if view.get("choices"):
        lines.append("")
    for index, choice in enumerate(view.get("choices") or []):
        mark = " ✓" if index == right else " ✗ (your pick)" if index == picked else ""
        lines.append(f"- {LETTERS[index]}) {choice}{mark}")
    title, _ = VERDICT_STYLE.get(result["verdict"], ("", ""))
    if result.get("hints"):
        lines += ["", f"Hints taken: {result['hints']} (a right answer counts as Hard)"]
    lines += ["", f"Your answer: {result['answer']}", "", f"{title}. {feedback_body(result['feedback'])}".rstrip(". ") + ".",
              "", result["explanation"], "", f"Read more: {view['citation']}"]
    return "\n".join(lines)


class SectionLink(Static):
    """The cited section; clicking it (or Ctrl+S on the card) shows the section's text."""

    DEFAULT_CLASSES = "quiz-link"

    def __init__(self, citation: str, section_id: str, **kwargs: Any) -> None:
        super().__init__(Text.assemble(("Read more: ", "dim"), (citation, "underline")), **kwargs)
        self.citation = citation
        self.section_id = section_id

    def on_click(self) -> None:
        self.post_message(QuestionCard.SectionRequested(self.section_id))


class QuestionCard(HandsTypingToInput, Vertical, can_focus=True):
    """One question; live (callbacks given) or a redraw of an answered one (``result`` given)."""

    DEFAULT_CLASSES = "message quiz-card"
    DEFAULT_CSS = """
    QuestionCard {
        height: auto;
        border: round $accent;
        padding: 0 1;
    }
    QuestionCard:focus, QuestionCard:focus-within {
        border: round $accent-lighten-2;
        background: $boost;
    }
    QuestionCard .quiz-header { color: $text-muted; }
    QuestionCard .quiz-prompt { text-style: bold; margin: 0 0 0 0; }
    QuestionCard .quiz-choices { margin: 0 0 0 1; }
    QuestionCard Input { margin: 0; border: tall $primary; }
    QuestionCard .quiz-hint { color: $text-muted; }
    QuestionCard .quiz-hint.invalid { color: $warning; }
    QuestionCard .quiz-hints { color: $warning; }
    QuestionCard .quiz-result { margin: 1 0 0 0; }
    QuestionCard.answered .quiz-hint { margin: 0; }
    QuestionCard .quiz-link { color: $accent; }
    QuestionCard.answered { border: round $panel-lighten-2; }
    QuestionCard.answered:focus { border: round $accent; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "next", "Next question", show=True,
                tooltip="Answered question: go on to the next"),
        Binding("ctrl+s", "read_section", "Read the section", show=True,
                tooltip="Answered question: show the section it tests"),
    ]

    class SectionRequested(TextualMessage):
        """Show the text of the cited section (``section_id`` is ``lesson#slug``).

        Why a message: the card is drawn by the quiz handlers, so calling back into them from
        here would tie the two modules in a loop; the app routes it (as it does for answers).
        """

        def __init__(self, section_id: str) -> None:
            super().__init__()
            self.section_id = section_id

    def __init__(
        self,
        view: dict[str, Any],
        result: dict[str, Any] | None = None,
        on_answer: AnswerCallback | None = None,
        on_continue: ContinueCallback | None = None,
        on_hint: HintCallback | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.view = view
        self.result = result
        self._on_answer = on_answer
        self._on_continue = on_continue
        self._on_hint = on_hint
        # hints shown before the answer (an answered card redraws the ones it had)
        self.hints_shown = int((result or {}).get("hints", 0))
        self._busy = False
        self.shown_at = time.monotonic()
        if result is not None:
            self.add_class("answered")

    @property
    def answered(self) -> bool:
        return self.result is not None

    @property
    def kind(self) -> str:
        return str(self.view["kind"])

    def compose(self):
        view = self.view
        yield Static(Text(f"{view['label']} · {view['lesson']}"), classes="quiz-header")
        yield Static(Text(view["prompt"]), classes="quiz-prompt")
        if self.kind in ("choice", "truefalse"):
            yield Static(self._choices_text(), classes="quiz-choices")
        elif not self.answered:
            yield Input(placeholder="Type your answer in one sentence, then Enter", classes="quiz-input")
        yield Static(self._hints_text(), classes="quiz-hints")
        yield Static(self._result_text(), classes="quiz-result")
        yield SectionLink(view["citation"], view["section_id"])
        yield Static(self._hint_text(), classes="quiz-hint")

    def on_mount(self) -> None:
        self.query_one(".quiz-hints", Static).display = self.hints_shown > 0
        self.query_one(SectionLink).display = self.answered
        self.query_one(".quiz-result", Static).display = self.answered
        self.shown_at = time.monotonic()

    def _choices_text(self) -> Table:
        """The options, one key each (a-d for choices, as the feedback names them; t/f for true or false), long ones wrapped
        under their own text; once answered, the right one is ticked and a wrong pick crossed."""
        if self.kind == "choice":
            options = [(LETTERS[i], c) for i, c in enumerate(self.view["choices"])]
        else:
            options = [("t", "True"), ("f", "False")]
        result = self.result or {}
        right, picked = result.get("right"), result.get("picked")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=1, no_wrap=True)
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for index, (key, label) in enumerate(options):
            mark, style = "", ""
            if self.answered and index == right:
                mark, style = "✓", "bold green"
            elif self.answered and index == picked:
                mark, style = "✗", "red"
            grid.add_row(Text(mark, style=style),
                         Text(key, style="dim" if self.answered else "bold reverse"),
                         Text(label, style=style))
        return grid

    def _hints_text(self) -> Text:
        hints = list(self.view.get("hints") or [])[: self.hints_shown]
        return Text("\n".join(f"Hint {n}: {hint}" for n, hint in enumerate(hints, 1)))

    @property
    def _more_hints(self) -> bool:
        return self._on_hint is not None and self.hints_shown < len(self.view.get("hints") or [])

    def _hint_text(self) -> Text:
        if self.answered:
            return Text("Enter: next · Ctrl+S: read the section" if self._on_continue else "")
        text = self._keys_text()
        if self._more_hints:
            text.append(" · h: a hint" if self.kind != "short" else " · 'hint' for a hint")
        return text

    def show_hint(self) -> bool:
        """Reveal the next hint (before the answer only); False when there is none left."""
        if self.answered or not self._more_hints:
            return False
        self.hints_shown += 1
        hints = self.query_one(".quiz-hints", Static)
        hints.update(self._hints_text())
        hints.display = True
        self.query_one(".quiz-hint", Static).update(self._hint_text())
        if self._on_hint is not None:
            self._on_hint(self, self.hints_shown - 1)
        return True

    def _keys_text(self) -> Text:
        if self.kind == "choice":
            count = len(self.view["choices"])
            return Text(f"Press {LETTERS[0]}-{LETTERS[count - 1]} (or 1-{count}) · Esc: back to the chat ({self.view.get('resume', '/quiz resumes')})")
        if self.kind == "truefalse":
            return Text(f"Press t or f · Esc: back to the chat ({self.view.get('resume', '/quiz resumes')})")
        return Text(f"Type 'skip' if you don't know · Esc: back to the chat ({self.view.get('resume', '/quiz resumes')})")

    def _result_text(self) -> Text:
        if self.result is None:
            return Text("")
        result = self.result
        title, colour = VERDICT_STYLE.get(result["verdict"], ("", "white"))
        text = Text()
        if self.kind == "short":
            text.append(f"You answered: {result['answer']}\n", style="dim")
        text.append(title, style=f"bold {colour}")
        if result.get("hints") and result["verdict"] == "correct":
            text.append(" (after a hint: rated Hard)", style="yellow")
        feedback = feedback_body(result["feedback"])
        if feedback:
            text.append(f". {feedback}")
        text.append(f"\n{result['explanation']}")
        return text

    def focus_answer(self) -> None:
        """Put the keyboard where the answer goes (the card, or its input for short answers)."""
        if not self.answered and self.kind == "short":
            self.query_one(Input).focus()
        else:
            self.focus()

    # -- answering -----------------------------------------------------------------------

    def on_key(self, event) -> None:
        if self.answered or self._on_answer is None:
            return  # typing goes to the chat input (HandsTypingToInput), Enter and Ctrl+S act
        if self.kind == "short":  # the card itself was focused (a click): type into the answer
            if event.is_printable and event.character:
                event.prevent_default()
                event.stop()
                field = self.query_one(Input)
                field.focus()
                field.insert_text_at_cursor(event.character)
            return
        event.prevent_default()  # answering: every key is for this card, not for the input
        if self._busy:
            return
        key = (event.character or "").lower()
        if key == "h" and self._on_hint is not None:
            event.stop()
            if not self.show_hint():
                self.show_invalid("No more hints · answer, or Esc: back to the chat")
            return
        if self.kind == "choice":
            count = len(self.view["choices"])
            picked = None
            if (key.isdigit() and 1 <= int(key) <= count) or (key and key in LETTERS[:count]):
                picked = key
            elif key.isdigit() or (key.isalpha() and len(key) == 1):
                self.show_invalid(f"Press {LETTERS[0]}-{LETTERS[count - 1]} (or 1-{count}) · Esc: back to the chat")
                event.stop()
                return
        else:
            picked = _TRUE_KEYS.get(key) or _FALSE_KEYS.get(key)
            if picked is None and key.isalnum():
                self.show_invalid("Press t (true) or f (false) · Esc: back to the chat")
                event.stop()
                return
        if picked is not None:
            event.stop()
            self._submit(picked)

    @on(Input.Submitted)
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip().startswith("/"):  # a command typed here still works as a command
            event.input.clear()
            self.app.submit(event.value.strip())  # type: ignore[attr-defined]
            return
        if event.value.strip().lower() in {"hint", "h"} and self._on_hint is not None:
            event.input.clear()
            if not self.show_hint():
                self.show_invalid("No more hints · type your answer, or 'skip'")
            return
        if not self.answered and not self._busy:
            self._submit(event.value)

    def _submit(self, text: str) -> None:
        if self._on_answer is None:
            return
        self._busy = True
        self.run_worker(self._send(text), exit_on_error=False)

    async def _send(self, text: str) -> None:
        try:
            await self._on_answer(self, text)  # type: ignore[misc]
        finally:
            self._busy = False

    def show_invalid(self, message: str) -> None:
        hint = self.query_one(".quiz-hint", Static)
        hint.update(Text(message))
        hint.add_class("invalid")

    def show_result(self, result: dict[str, Any]) -> None:
        """Turn the live question into its answered form and keep the keyboard here."""
        self.result = result
        self.add_class("answered")
        for field in self.query(Input):
            field.display = False  # "You answered: ..." replaces it
        hint = self.query_one(".quiz-hint", Static)
        hint.remove_class("invalid")
        hint.update(self._hint_text())
        for options in self.query(".quiz-choices").results(Static):
            options.update(self._choices_text())
        outcome = self.query_one(".quiz-result", Static)
        outcome.update(self._result_text())
        outcome.display = True
        self.query_one(SectionLink).display = True
        self.focus()
        self.refresh_bindings()

    # -- after the answer ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"next", "read_section"}:
            return self.answered and (action != "next" or self._on_continue is not None)
        return True

    async def action_next(self) -> None:
        if self.answered and self._on_continue is not None:
            callback, self._on_continue = self._on_continue, None  # once only
            self.query_one(".quiz-hint", Static).update(Text("Ctrl+S: read the section"))
            await callback(self)

    def action_read_section(self) -> None:
        self.post_message(self.SectionRequested(self.view["section_id"]))


def render_quiz_answer(message: Message) -> QuestionCard:
    """MESSAGE_KINDS renderer: an answered question from its saved payload."""
    payload = message.payload or {}
    return QuestionCard(payload["view"], result=payload["result"])
