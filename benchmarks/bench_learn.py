"""Benchmark for learning (issue 12), 2-core CPU, one thread.

Measures (medians), for a learner with history (three lessons read, 60 answers over 30 days):
- the course map as data (``course_map``: every level, recall and the recommendation), warm;
- opening the map in the chat (``/learn map`` until the card is on screen), warm;
- opening a lesson in the chat (``/learn gans`` until its first section is on screen), warm;
- a section step (n: saved position + read event + redraw), warm;
- ``tutor learn`` in a fresh process (cold: imports, course, bank, database).

Run: .venv/bin/python benchmarks/bench_learn.py   (prints a Markdown table)
Targets: opening the map and opening a lesson each < 100 ms warm.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RUNS = 9


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def seed_history(conn) -> None:
    """Three lessons read, 60 answers spread over the last 30 days."""
    from tutor.core.knowledge import load_course
    from tutor.core.learning import reading
    from tutor.core.quiz.bank import load_bank
    from tutor.core.quiz.grading import Grade, Verdict
    from tutor.core.quiz.progress import record_answer

    course, bank = load_course(), load_bank()
    now = time.time()
    for lesson in course.lessons[:3]:
        for section in lesson.sections:
            reading.mark_read(conn, lesson.id, section.id, now - 20 * 86400)
    questions = list(bank.questions.values())[:60]
    with conn:
        for n, question in enumerate(questions):
            grade = Grade(Verdict.CORRECT, 1.0, "") if n % 4 else Grade(Verdict.WRONG, 0.0, "")
            record_answer(conn, question, "x", grade, now=now - (30 - n // 2) * 86400, seconds=20)


async def in_the_chat() -> dict[str, list[float]]:
    from tests.ui.conftest import FakeTutor
    from tutor.ui.app import TutorApp
    from tutor.ui.widgets.learn.course_map import CourseMapCard
    from tutor.ui.widgets.learn.lesson import LessonCard

    tutor = FakeTutor()
    app = TutorApp(tutor_loader=lambda on_status: tutor)
    times: dict[str, list[float]] = {"map": [], "lesson": [], "step": []}
    async with app.run_test(size=(100, 40)) as pilot:
        while app.tutor is None:
            await pilot.pause(0.05)
        seed_history(app.store.conn)

        async def until_more(kind: type, count: int) -> None:
            while len(app.conversation.query(kind)) <= count:
                await asyncio.sleep(0.001)

        for run in range(RUNS + 1):
            count = len(app.conversation.query(CourseMapCard))
            start = time.perf_counter()
            app.run_command("learn", "map")
            await until_more(CourseMapCard, count)
            if run:
                times["map"].append(time.perf_counter() - start)
            count = len(app.conversation.query(LessonCard))
            start = time.perf_counter()
            app.run_command("learn", "gans 1")
            await until_more(LessonCard, count)
            if run:
                times["lesson"].append(time.perf_counter() - start)
            card = app.conversation.query(LessonCard).last()
            start = time.perf_counter()
            await card.action_go("next")
            if run:
                times["step"].append(time.perf_counter() - start)
            await app.conversation.remove_children()
    return times


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="tutor-bench-learn-"))
    os.environ["TUTOR_HOME"] = str(home)
    os.environ.setdefault("TUTOR_THREADS", "1")
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    chat = asyncio.run(in_the_chat())

    from tutor.core.knowledge import load_course
    from tutor.core.learning.course_map import course_map
    from tutor.core.quiz.bank import load_bank
    from tutor.core.store import open_store

    store = open_store()
    course, bank = load_course(), load_bank()
    course_map(store.conn, course, bank)
    data = []
    for _ in range(RUNS):
        start = time.perf_counter()
        course_map(store.conn, course, bank)
        data.append(time.perf_counter() - start)
    store.close()

    cold = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tutor", "learn"], env=env, cwd=REPO, check=True,
                       capture_output=True)
        cold.append(time.perf_counter() - start)

    rows = [
        ("course map as data (`course_map`, warm)", median_ms(data), None),
        ("open the map in the chat (`/learn map` to card on screen, warm)", median_ms(chat["map"]), 100),
        ("open a lesson in the chat (`/learn gans` to first section on screen, warm)",
         median_ms(chat["lesson"]), 100),
        ("next section (save + redraw, warm)", median_ms(chat["step"]), None),
        ("`tutor learn` (fresh process, cold)", median_ms(cold), None),
    ]
    print("| measure | median | target |")
    print("| --- | --- | --- |")
    for name, value, target in rows:
        shown = f"< {target} ms" if target else "-"
        print(f"| {name} | {value:.1f} ms | {shown} |")


if __name__ == "__main__":
    main()
