"""Reading a lesson line by line (the plain chat's ``/learn``): the chat's lesson card as text.

The same ``LessonReader`` as the chat (every step saved at once), the same checks, hints and
grading; what the learner types: Enter or ``n`` next, ``p`` previous, ``t`` try it (the
lesson's demo), ``q`` back to the chat. A slash command ends the reading (the place is kept)
and then runs. Anything else with a space or a question mark is a question: it is answered as in
the chat, and the reading goes on where it was (the full-screen card hands typing to the input
the same way).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tutor.cli.learn import section_lines

KEYS = "Enter/n next · p previous · t try it · q back to the chat"


class LineReader:
    """Reads one lesson with ``read`` (a line or None at end of input) and ``say``."""

    def __init__(self, conn: Any, lesson: Any, bank: Any, read: Callable[[str], str | None],
                 say: Callable[[str], None], try_it: Callable[[str], None] | None = None,
                 section: int | None = None, ask: Callable[[str], None] | None = None) -> None:
        from tutor.core.learning.reader import LessonReader

        self.reader = LessonReader(conn, lesson, bank, section)
        self.read, self.say, self.try_it, self.ask = read, say, try_it, ask
        self.conn, self.bank = conn, bank

    def show(self) -> None:
        for line in section_lines(self.reader.lesson, self.reader.index, footer=False):
            self.say(line)

    def run(self) -> str:
        """Read until the end ("finished"), q ("left"), end of input ("eof") or a command."""
        self.show()
        while True:
            text = self.read(f"({KEYS}) > ")
            if text is None:
                return "eof"
            key = text.strip().lower()
            if key.startswith("/"):
                return "command"
            if key in ("q", "quit", "back"):
                self.say(f"Your place is kept: section {self.reader.number} of {self.reader.total}. "
                         "/learn continues.")
                return "left"
            if key in ("p", "previous"):
                self.reader.back()
                self.show()
            elif key in ("t", "try it", "try") and self.try_it is not None and self.reader.lesson.demo:
                self.try_it(self.reader.lesson.demo)
            elif key in ("", "n", "next"):
                was_last = self.reader.at_end
                question = self.reader.forward()
                if question is not None and self.check(question) == "eof":
                    return "eof"
                if was_last:
                    return "finished"
                self.show()
            elif self.ask is not None and (" " in key or key.endswith("?")):
                self.ask(text)  # a question, not a mistyped key: answered, and the place kept
                self.say(f"(Still reading section {self.reader.number} of {self.reader.total}.)")
            else:
                self.say(f"Type one of: {KEYS}; or ask a question.")

    def check(self, question: Any) -> str:
        from tutor.core.learning.hints import hints_of, next_hint, record_hint
        from tutor.core.learning.reader import record_check
        from tutor.core.quiz.grading import Grader, InvalidAnswer

        self.say("")
        self.say(f"Check · {self.bank.lesson_title(question.lesson)}")
        self.say(question.prompt)
        for index, choice in enumerate(question.choices):
            self.say(f"  {index + 1}) {choice.text}")
        kind = {"choice": f"1-{len(question.choices)}", "truefalse": "true/false"}.get(question.kind, "one sentence")
        if hints_of(question):
            self.say("  (stuck? type 'hint')")
        shown = 0
        grader = Grader()
        while True:
            text = self.read(f"({kind}) > ")
            if text is None:
                return "eof"
            if text.strip().lower() == "hint":
                hint = next_hint(question, shown)
                if hint is None:
                    self.say("No more hints.")
                else:
                    record_hint(self.conn, question, shown)
                    shown += 1
                    self.say(f"Hint {shown}: {hint}")
                continue
            try:
                grade = grader.grade(question, text)
            except InvalidAnswer as error:
                self.say(str(error))
                continue
            break
        record_check(self.conn, question, text, grade, shown)
        mark = {"correct": "✓", "partial": "~", "wrong": "✗"}[grade.verdict.value]
        self.say(f"{mark} {grade.feedback}" + (" (after a hint: counted as Hard)" if shown and grade.correct else ""))
        self.say(f"  {question.explanation}")
        if not grade.correct:
            self.say(f"  Re-read: {self.bank.citation(question)} (p goes back a section)")
        return "answered"
