"""``tutor learn``: the course map and the lessons, in a plain terminal.

    tutor learn                       the course path: each lesson's level, progress, what is
                                      unlocked, and the one recommended next step
    tutor learn --json                the same map as data
    tutor learn LESSON                print the section where you left off in LESSON
    tutor learn LESSON --section N    print section N (1-based)

A section printed here counts as read and becomes your reading position, so the chat's
``/learn`` continues from it. The map and the levels are the chat's own
(``tutor.core.learning``); the rule is documented in ``tutor.core.learning.mastery``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from typing import Any, TextIO

BAR_WIDTH = 10
TITLE_WIDTH = 30


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "learn",
        help="the course map (levels, progress, next step) or one lesson section as text",
        description="Without LESSON: the course path with each lesson's mastery level, progress, "
        "what is unlocked and the recommended next step. With LESSON: print one section of it "
        "(where you left off, or --section N); it counts as read and the chat's /learn "
        "continues from there.",
    )
    parser.add_argument("lesson", nargs="?", metavar="LESSON",
                        help="a lesson id such as gans (a unique prefix or fragment works)")
    parser.add_argument("--section", type=int, metavar="N", default=None,
                        help="the section to print, 1-based (default: where you left off)")
    parser.add_argument("--json", action="store_true", help="print the map (or the section) as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return LearnCli(args, sys.stdout, sys.stderr).main()


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return "█" * filled + "░" * (width - filled)


def _short(title: str, width: int = TITLE_WIDTH) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


def map_lines(data: Any) -> list[str]:
    """The course map as text lines (shared by ``tutor learn`` and the plain chat)."""
    lines = [f"Your course path: {len(data.lessons)} lessons · {data.state.due} card"
             f"{'' if data.state.due == 1 else 's'} due · ▶ next step, · locked", ""]
    for lesson in data.lessons:
        mark = "▶" if lesson.lesson_id == data.next.lesson_id else " " if lesson.unlocked else "·"
        extra = f"{lesson.read}/{lesson.sections}"
        if not lesson.unlocked:
            extra = "needs " + ", ".join(lesson.requires)
        elif lesson.hinted:
            extra += f" {lesson.hinted} hinted"
        if lesson.leeches:
            extra += f" {len(lesson.leeches)} flagged"
        lines.append(f"{mark} {lesson.number:2d} {_short(lesson.title):{TITLE_WIDTH}} "
                     f"{lesson.level.label:11} {bar(lesson.progress)} {round(100 * lesson.progress):3d}%  {extra}")
    lines += ["", f"Next: {data.next.headline}", f"      {data.next.command} in the chat"
              + (f", or `tutor learn {data.next.lesson_id}`" if data.next.kind in ("start", "continue") else "")]
    return lines


def section_lines(lesson: Any, index: int, width: int = 88, footer: bool = True) -> list[str]:
    """One section as wrapped text with its place in the lesson (and, for the shell, the
    command for the next section)."""
    section = lesson.sections[index]
    total = len(lesson.sections)
    lines = [f"{lesson.title} · section {index + 1} of {total}", "", f"## {section.heading}", ""]
    for paragraph in section.text.split("\n\n"):
        lines += textwrap.wrap(" ".join(paragraph.split()), width=width) or [""]
        lines.append("")
    if not footer:
        return lines
    tail = []
    if index + 1 < total:
        tail.append(f"next: tutor learn {lesson.id} --section {index + 2}")
    else:
        tail.append("the last section")
    if lesson.demo:
        tail.append(f"try it: tutor demo {lesson.demo}")
    lines.append(" · ".join(tail))
    return lines


class LearnCli:
    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out, self.err = out, err

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def main(self) -> int:
        from tutor.cli import EXIT_FAILURE, EXIT_USAGE
        from tutor.core.knowledge import LessonFormatError, load_course
        from tutor.core.quiz.bank import load_bank
        from tutor.core.store import open_store

        try:
            course = load_course()
        except (LessonFormatError, OSError) as error:
            print(f"tutor learn: the course could not be loaded: {error}", file=self.err)
            return EXIT_FAILURE
        lesson = None
        if self.args.lesson is not None:
            lesson = resolve_lesson(course, self.args.lesson)
            if isinstance(lesson, str):
                print(lesson, file=self.err)
                return EXIT_USAGE
            if self.args.section is not None and not 1 <= self.args.section <= len(lesson.sections):
                print(f"{lesson.title} has sections 1 to {len(lesson.sections)} "
                      f"(got {self.args.section}).", file=self.err)
                return EXIT_USAGE
        elif self.args.section is not None:
            print("--section needs a LESSON, e.g. `tutor learn gans --section 2`.", file=self.err)
            return EXIT_USAGE
        store = open_store()
        for warning in store.warnings:
            print(f"warning: {warning}", file=self.err)
        # another tutor holding the lock: the section read is kept and saved on close (say so)
        store.listen(lambda text: print(f"note: {text}", file=self.err, flush=True))
        try:
            if lesson is None:
                from tutor.core.learning.course_map import course_map

                data = course_map(store.conn, course, load_bank())
                if self.args.json:
                    self.say(json.dumps(data.as_dict(), indent=2))
                else:
                    for line in map_lines(data):
                        self.say(line)
                return 0
            return self.show_section(store.conn, lesson)
        finally:
            store.close()

    def show_section(self, conn: Any, lesson: Any) -> int:
        from tutor.core.learning import reading

        if self.args.section is not None:
            index = self.args.section - 1
        else:
            saved = reading.position(conn, lesson.id)
            index = min(saved.section, len(lesson.sections) - 1) if saved else 0
        section = lesson.sections[index]
        reading.save_position(conn, lesson.id, index)
        reading.mark_read(conn, lesson.id, section.id)
        if self.args.json:
            self.say(json.dumps({"lesson": lesson.id, "title": lesson.title, "section": index + 1,
                                 "sections": len(lesson.sections), "id": section.id,
                                 "heading": section.heading, "text": section.text}, indent=2))
            return 0
        width = max(40, min(88, shutil.get_terminal_size((88, 24)).columns - 2))
        for line in section_lines(lesson, index, width):
            self.say(line)
        return 0


def resolve_lesson(course: Any, text: str) -> Any:
    """A lesson from what the learner typed (id, prefix, fragment, any case), or a message."""
    import difflib

    from tutor.core.knowledge import slugify

    ids = [lesson.id for lesson in course.lessons]
    wanted = slugify(text)
    if wanted in ids:
        return course.lesson(wanted)
    if wanted.isdigit():
        for lesson in course.lessons:
            if lesson.number == int(wanted):
                return lesson
    for matcher in (str.startswith, lambda lesson_id, w: w in lesson_id):
        hits = [i for i in ids if wanted and matcher(i, wanted)]
        if len(hits) == 1:
            return course.lesson(hits[0])
    close = difflib.get_close_matches(wanted, ids, n=3, cutoff=0.5)
    hint = f" Did you mean {' or '.join(close)}?" if close else ""
    from tutor.core.inputs import printable

    return f"No lesson '{printable(text)[:40]}'.{hint} Lessons: {', '.join(ids)}."
