"""The end of a quiz: the score, a review of each mistake, and "retake the ones I missed".

Built from plain data (saved with the message) so it redraws on resume; the retake button
works then too, because it only needs the finished session's id.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message as TextualMessage
from textual.widgets import Button, Static

from tutor.core.chats import Message
from tutor.ui.widgets.input.handoff import HandsTypingToInput


def summary_payload(session: Any) -> dict[str, Any]:
    """Plain data from a finished ``tutor.core.quiz.session.QuizSession``."""
    score = session.score()
    bank = session.bank
    return {
        "session_id": session.id,
        "mode": session.mode,
        "topic": bank.lesson_title(session.topic) if session.topic else None,
        "correct": score.correct,
        "partial": score.partial,
        "wrong": score.wrong,
        "total": score.total,
        "percent": score.percent,
        "mistakes": [
            {
                "prompt": m.question.prompt,
                "answer": m.shown_answer,
                "verdict": m.verdict.value,
                "expected": m.question.expected_text,
                "citation": bank.citation(m.question),
                "section_id": m.question.section_id,
            }
            for m in session.mistakes()
        ],
    }


def said(answer: str) -> str:
    """The learner's answer as shown: true/false capitalised like the card's options."""
    return answer.capitalize() if answer in ("true", "false") else answer


def score_line(payload: dict[str, Any]) -> str:
    partial = f", {payload['partial']} partly right" if payload["partial"] else ""
    what = {"review": "Review done", "retake": "Retake done"}.get(payload["mode"], "Quiz done")
    about = f" ({payload['topic']})" if payload.get("topic") else ""
    return f"{what}{about}: {payload['correct']}/{payload['total']} correct{partial} ({payload['percent']}%)."


def summary_markdown(payload: dict[str, Any]) -> str:
    lines = [f"**{score_line(payload)}**"]
    if payload["mistakes"]:
        lines += ["", "Mistakes to review:"]
        for m in payload["mistakes"]:
            lines.append(f"- {m['prompt']} You said *{said(m['answer'])}*; the answer: {m['expected']} "
                         f"(read: {m['citation']})")
    else:
        lines += ["", "No mistakes. Well done!"]
    return "\n".join(lines)


class QuizSummary(HandsTypingToInput, Vertical, can_focus=True):
    """The score and the mistakes; Enter on the button or Ctrl+R retakes the missed ones, and
    a question typed here goes to the chat input (its letters once were lost on the button)."""

    DEFAULT_CLASSES = "message quiz-summary"
    DEFAULT_CSS = """
    QuizSummary {
        height: auto;
        border: round $success;
        padding: 0 1;
    }
    QuizSummary:focus-within, QuizSummary:focus { background: $boost; }
    QuizSummary .quiz-score { text-style: bold; }
    QuizSummary .quiz-mistakes { margin: 1 0 0 0; }
    QuizSummary Button { margin: 1 0 0 0; min-width: 20; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("ctrl+r", "retake", "Retake the missed ones",
                                                  tooltip="Quiz summary: retake the questions you missed")]

    class RetakeRequested(TextualMessage):
        """Retake the questions missed in session ``session_id`` (the app starts it: the quiz
        handlers draw this card, so calling them from here would be an import loop)."""

        def __init__(self, session_id: int) -> None:
            super().__init__()
            self.session_id = session_id

    def __init__(self, payload: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.payload = payload

    def compose(self):
        payload = self.payload
        yield Static(Text(score_line(payload)), classes="quiz-score")
        mistakes = payload["mistakes"]
        if not mistakes:
            yield Static(Text("No mistakes. Well done! /progress shows how far you have come."))
            return
        yield Static(Text("Review of your mistakes", style="bold"), classes="quiz-mistakes")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column()
        for index, m in enumerate(mistakes):
            label = "partly right" if m["verdict"] == "partial" else "wrong"
            if index:
                grid.add_row("", "")
            grid.add_row(f"{index + 1}.", Text(m["prompt"], style="bold"))
            grid.add_row("", Text(f"you said: {said(m['answer'])} ({label})", style="dim"))
            grid.add_row("", Text.assemble("answer: ", (m["expected"], "green")))
            grid.add_row("", Text(f"read: {m['citation']}", style="italic"))
        yield Static(grid)
        count = len(mistakes)
        yield Button(f"Retake the {count} I missed (Ctrl+R)", id="quiz-retake", variant="primary")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retake":
            return bool(self.payload["mistakes"])
        return True

    @on(Button.Pressed, "#quiz-retake")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_retake()

    def action_retake(self) -> None:
        if self.payload["mistakes"]:
            self.post_message(self.RetakeRequested(int(self.payload["session_id"])))


def render_quiz_summary(message: Message) -> QuizSummary:
    """MESSAGE_KINDS renderer."""
    return QuizSummary(message.payload or {"mode": "quiz", "correct": 0, "partial": 0, "wrong": 0,
                                           "total": 0, "percent": 0, "mistakes": []})
