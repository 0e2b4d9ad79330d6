"""``tutor quiz``: the quiz engine in a plain terminal (the chat's /quiz uses the same core).

    tutor quiz [TOPIC] [N]   a quiz of N questions (default 5), on a lesson or adaptive
    tutor quiz --review      the spaced-repetition cards that are due
    tutor quiz --due         how many cards are due (--porcelain: just the number, for a prompt)
    tutor quiz --progress    mastery per lesson, accuracy per day, streak, cards due
    tutor quiz --check       validate the question bank and the course path: prerequisites,
                             every section tested, hints, 8+ questions a lesson (exit 1 if not)
    tutor quiz --topics      the lessons that have questions

Every answer is saved as it is given; end of input (Ctrl+D) or Ctrl+C stops the quiz and
``tutor quiz`` resumes it at the next question.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

DEFAULT_COUNT = 5  # keep in step with tutor.core.quiz.request.DEFAULT_COUNT (not imported: --help stays light)
BAR_WIDTH = 20


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quiz",
        help="take a quiz in the terminal, review due cards, see progress",
        description="Take a quiz (adaptive, or on one lesson), review the cards that are due, "
        "see your progress, or check the question bank. Answers are saved as you go; "
        "run `tutor quiz` again to resume an interrupted quiz.",
    )
    parser.add_argument(
        "words",
        nargs="*",
        metavar="TOPIC N",
        help="optional: a lesson id such as gans (see --topics; omit for an adaptive mix), "
        f"then the number of questions, 1-50 (default {DEFAULT_COUNT})",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--review", action="store_true", help="answer the cards that are due")
    mode.add_argument("--due", action="store_true", help="print how many cards are due and exit")
    mode.add_argument("--progress", action="store_true", help="show mastery, accuracy, streak and cards due")
    mode.add_argument("--check", action="store_true", help="validate the question bank and the course path (prerequisites, sections tested, hints); "
        "exit 1 if anything is wrong")
    mode.add_argument("--topics", action="store_true", help="list the quiz topics")
    mode.add_argument("--export-anki", metavar="PATH.apkg", default=None,
                      help="write the question bank as an Anki deck (with --mine: only your cards, "
                      "with their due dates)")
    parser.add_argument("--mine", action="store_true", help="with --export-anki: only your own cards")
    parser.add_argument("--porcelain", action="store_true", help="with --due: print only the number")
    parser.add_argument("--new", action="store_true", help="start a new quiz even if one is unfinished")
    parser.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return QuizCli(args, sys.stdin, sys.stdout, sys.stderr).main()


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "█" * filled + "░" * (width - filled)


def when(seconds_from_now: float) -> str:
    """'now', 'in 8 minutes', 'in 3 hours', 'in 2 days'."""
    if seconds_from_now <= 0:
        return "now"
    minutes = seconds_from_now / 60
    if minutes < 60:
        return f"in {max(1, round(minutes))} minute{'s' if round(minutes) > 1 else ''}"
    hours = minutes / 60
    if hours < 36:
        return f"in {round(hours)} hour{'s' if round(hours) > 1 else ''}"
    return f"in {round(hours / 24)} days"


class QuizCli:
    """One run of ``tutor quiz``; streams are injectable so tests drive it in-process."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.args = args
        self.stdin, self.out, self.err = stdin, stdout, stderr
        self._waiting: str | None = None  # the prompt on screen while a line is read

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def complain(self, text: str) -> None:
        print(text, file=self.err, flush=True)

    def main(self) -> int:
        from tutor.cli import EXIT_FAILURE, EXIT_USAGE
        from tutor.core.quiz.bank import UnknownTopic, load_bank

        args = self.args
        if args.check:
            return self.check()
        bank = load_bank()
        if len(bank) == 0:
            self.complain("The question bank is empty or unreadable; run `tutor quiz --check` to see why.")
            return EXIT_FAILURE
        if getattr(args, "export_anki", None) is not None:  # "" too: said, never a quiz started
            return self.export_anki(bank)
        if args.topics:
            for topic in bank.topics:
                self.say(f"{topic:28} {bank.lesson_title(topic)} ({len(bank.by_lesson(topic))} questions)")
            return 0
        from tutor.core.quiz.request import QuizRequestError, parse_request

        try:
            request = parse_request(bank, list(args.words))
        except (UnknownTopic, QuizRequestError) as error:
            self.complain(str(error))
            return EXIT_USAGE
        topic, count = request.topic, request.count
        from tutor.core.store import open_store

        store = open_store()
        for warning in store.warnings:
            self.complain(f"warning: {warning}")
        if not store.readable:
            # Progress read from an empty stand-in would say "No answers yet", which is false.
            self.complain("Your quiz history cannot be read, so tutor quiz stops here (see above).")
            store.close()
            return EXIT_FAILURE
        store.listen(self.store_note)
        try:
            if args.due:
                return self.due(store.conn, bank)
            if args.progress:
                return self.progress(store.conn, bank)
            return self.quiz(store.conn, bank, topic, count)
        finally:
            store.close()

    # -- modes that only report -------------------------------------------------------------

    def export_anki(self, bank) -> int:
        from tutor.cli import EXIT_USAGE
        from tutor.core.quiz.anki import ExportError, export_anki

        store = None
        try:
            if getattr(self.args, "mine", False):
                from tutor.core.store import open_store

                store = open_store()
                for warning in store.warnings:
                    self.complain(f"warning: {warning}")
            count = export_anki(self.args.export_anki, bank, store.conn if store else None, self.args.mine)
        except ExportError as error:
            self.complain(str(error))
            return EXIT_USAGE
        finally:
            if store is not None:
                store.close()
        what = "of your cards" if self.args.mine else "questions"
        self.say(f"Wrote {count} {what} to {self.args.export_anki} (import it in Anki: File > Import).")
        return 0

    def check(self) -> int:
        """Validate the bank and the course path (tutor.core.quiz.checks); exit 1 listing problems."""
        from tutor.core.quiz.checks import MIN_QUESTIONS, check_course

        result = check_course()
        for problem in result.problems:
            self.say(str(problem))
        if result.problems:
            self.say(f"{len(result.problems)} problem(s) in the question bank and course path.")
            return 1
        bank = result.bank
        kinds = {kind: sum(1 for q in bank.questions.values() if q.kind == kind) for kind in ("choice", "truefalse", "short")}
        self.say(
            f"Question bank OK: {len(bank)} questions in {len(bank.topics)} lessons "
            f"({kinds['choice']} multiple choice, {kinds['truefalse']} true/false, {kinds['short']} short answer)."
        )
        fewest = min((lesson.questions for lesson in result.lessons), default=0)
        self.say(
            f"Course path OK: {len(result.lessons)} lessons, {result.prerequisite_links} prerequisite links, no cycle; "
            f"{result.sections_tested}/{result.sections} sections tested; "
            f"at least {fewest} questions per lesson (needed: {MIN_QUESTIONS}); "
            f"{result.with_hints}/{len(bank)} questions with hints ({result.hints} hints)."
        )
        return 0

    def due(self, conn, bank) -> int:
        from tutor.core.quiz.progress import count_due
        from tutor.core.quiz.scheduler import next_due

        due = count_due(conn, bank)
        if self.args.porcelain:
            self.say(str(due))
        elif due:
            self.say(f"{due} card{'s' if due != 1 else ''} due for review: run `tutor quiz --review`.")
        else:
            upcoming = next_due(conn, set(bank.questions))
            tail = f" The next one is due {when(upcoming - time.time())}." if upcoming else ""
            self.say(f"No cards due.{tail}")
        return 0

    def progress(self, conn, bank) -> int:
        from tutor.core.knowledge import load_course
        from tutor.core.learning.report import learning_summary
        from tutor.core.quiz.progress import progress_report

        report = progress_report(conn, bank)
        if report.answered == 0:
            self.say("No answers yet. Start with `tutor quiz` (adaptive) or `tutor quiz TOPIC`.")
            return 0
        summary = learning_summary(conn, load_course(), bank)
        self.say("Mastery per lesson (level and progress as on `tutor learn`)")
        for lesson in report.lessons:
            info = summary["levels"].get(lesson.lesson_id, {"level": "", "progress": lesson.mastery, "hinted": 0})
            seen = f"{lesson.seen}/{lesson.questions} seen"
            if info["hinted"]:
                seen += f", {info['hinted']} after a hint"
            title = lesson.title if len(lesson.title) <= 30 else lesson.title[:29] + "…"
            self.say(f"  {title:30} {info['level']:11} {bar(info['progress'], 10)} "
                     f"{round(info['progress'] * 100):3d}%  {seen}")
        if summary["flagged"]:
            self.say()
            self.say("Flagged cards (missed 4 times or more): re-read the section first")
            for item in summary["flagged"]:
                self.say(f"  {item['prompt']}  ({item['failures']} misses; read {item['citation']})")
        accuracy = round(100 * (report.accuracy or 0))
        self.say()
        self.say(f"Answered: {report.answered} ({report.distinct} different questions of {report.bank_size}), {accuracy}% correct")
        self.say(f"Streak: {report.streak} day{'s' if report.streak != 1 else ''}")
        self.say(f"Cards due: {report.due}")
        self.say("Accuracy per day")
        for day in report.days[-14:]:
            self.say(f"  {day.day} {bar(day.accuracy, 10)} {round(day.accuracy * 100):3d}%  ({day.correct}/{day.answered})")
        return 0

    # -- taking a quiz ----------------------------------------------------------------------

    def quiz(self, conn, bank, topic: str | None, count: int | None) -> int:
        from tutor.core.quiz.session import (
            NothingToAsk,
            start_quiz,
            start_review,
            unfinished_session,
        )

        args = self.args
        session = None
        try:
            if args.review:
                session = start_review(conn, bank)
                self.say(f"Review: {session.total} card{'s' if session.total != 1 else ''} due.")
            elif topic is None and count is None and not args.new:
                session = unfinished_session(conn, bank)
                if session is not None:
                    self.say(
                        f"Resuming your unfinished quiz at question {session.number} of {session.total} "
                        "(`tutor quiz --new` starts a fresh one)."
                    )
            if session is None:
                session = start_quiz(conn, bank, topic, count or DEFAULT_COUNT, seed=args.seed)
                about = bank.lesson_title(topic) if topic else "a mix chosen for you"
                self.say(f"Quiz: {session.total} questions on {about}. Type 'skip' if you don't know; Ctrl+D stops (you can resume).")
        except NothingToAsk as error:
            self.say(str(error))
            return 0
        return self.play(session)

    def play(self, session) -> int:
        from tutor.core.quiz.grading import Grader, Verdict
        from tutor.core.quiz.session import NothingToAsk, start_retake

        grader = Grader()
        while True:
            try:
                finished = self.ask_all(session, grader)
            except KeyboardInterrupt:
                self.say("")
                self.say(f"Stopped. Your answers are saved; `tutor quiz` resumes at question {session.number}.")
                return 130
            if not finished:
                self.say("")
                self.say(f"Saved. Run `tutor quiz` to resume at question {session.number} of {session.total}.")
                return 0
            score = session.score()
            self.say("")
            partial = f", {score.partial} partly right" if score.partial else ""
            self.say(f"Score: {score.correct}/{score.total} correct{partial} ({score.percent}%).")
            mistakes = session.mistakes()
            if not mistakes:
                self.say("No mistakes. Well done!")
                return 0
            self.say("Review of your mistakes:")
            for mistake in mistakes:
                label = "partly right" if mistake.verdict is Verdict.PARTIAL else "wrong"
                self.say(f"  - {mistake.question.prompt}")
                self.say(f"    you said: {mistake.shown_answer!r} ({label}); answer: {mistake.question.expected_text}")
                self.say(f"    read: {session.bank.citation(mistake.question)}")
            reply = self.read(f"Retake the {len(mistakes)} you missed? [y/N] ")
            if reply is None or reply.strip().lower() not in {"y", "yes"}:
                return 0
            try:
                session = start_retake(session.conn, session.bank, session)
            except NothingToAsk:
                return 0

    def store_note(self, text: str) -> None:
        """A note from the store (a write kept for another tutor's lock, or saved again).

        It may come from the store's retry thread while a prompt waits for the learner: it
        then goes on a line of its own and the prompt is shown again below it.
        """
        waiting = self._waiting
        if waiting is not None:
            print(file=self.out, flush=True)
        self.complain(f"note: {text}")
        if waiting is not None:
            print(waiting, end="", file=self.out, flush=True)

    def read(self, prompt: str) -> str | None:
        """One line of input, or None at end of input."""
        print(prompt, end="", file=self.out, flush=True)
        self._waiting = prompt
        try:
            line = self.stdin.readline()
        finally:
            self._waiting = None
        if line == "":
            return None
        if not self.stdin.isatty():
            print(line.rstrip("\n"), file=self.out, flush=True)  # echo piped answers
        return line.rstrip("\r\n")

    def give_hint(self, conn, question, shown: int) -> int:
        """Print the next hint (saved at once); returns how many have been shown."""
        from tutor.core.learning.hints import NO_HINT, next_hint, record_hint

        text = next_hint(question, shown)
        if text is None:
            self.say(NO_HINT if shown == 0 else "No more hints.")
            return shown
        record_hint(conn, question, shown)
        self.say(f"Hint {shown + 1}: {text}")
        return shown + 1

    def ask_all(self, session, grader) -> bool:
        """Ask until the session is done (True) or input ends (False)."""
        from tutor.core.quiz.grading import InvalidAnswer, Verdict

        while not session.done:
            question = session.current()
            self.say("")
            self.say(f"Question {session.number}/{session.total} · {session.bank.lesson_title(question.lesson)}")
            self.say(question.prompt)
            if question.kind == "choice":
                for index, choice in enumerate(question.choices):
                    self.say(f"  {index + 1}) {choice.text}")
                hint = f"1-{len(question.choices)}"
            elif question.kind == "truefalse":
                hint = "true/false"
            else:
                hint = "one sentence"
            from tutor.core.learning.hints import hints_of

            if hints_of(question):
                self.say("  (stuck? type 'hint')")
            started = time.monotonic()
            shown = 0
            while True:
                text = self.read(f"({hint}) > ")
                if text is None:
                    return False
                if text.strip().lower() == "hint":
                    shown = self.give_hint(session.conn, question, shown)
                    continue
                try:
                    grade = session.answer(text, grader, seconds=time.monotonic() - started, hints=shown)
                    break
                except InvalidAnswer as error:
                    self.say(str(error))
            if shown and grade.correct:
                self.say("(after a hint: counted as Hard, so it comes back sooner)")
            mark = {Verdict.CORRECT: "✓", Verdict.PARTIAL: "~", Verdict.WRONG: "✗"}[grade.verdict]
            self.say(f"{mark} {grade.feedback}")
            self.say(f"  {question.explanation}")
            self.say(f"  Read more: {session.bank.citation(question)}")
        return True
