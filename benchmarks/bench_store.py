"""Benchmark for the learner's database under faults (issue 10), 2-core CPU.

Measures (medians):
- saving one chat message through the store's write path (its own transaction);
- while another process holds the write lock: how long the first write holds up its caller
  (the pause the learner feels; the chat's own ``save_message`` on its event loop, under Pilot,
  is measured too), and how long each later write takes (kept and fsync'd to the journal);
- writing everything kept once the lock frees;
- replaying a journal of 21 kept writes left by a tutor killed with SIGKILL, at the next open;
- ``tutor backup`` and ``tutor restore`` wall time (fresh processes) on a database of 300
  conversations x 10 messages and 200 quiz answers.

Run: .venv/bin/python benchmarks/bench_store.py   (prints a Markdown table)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HOLD = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


KEEP_THEN_WAIT = """
import sys
from tutor.core.chats import Chats
from tutor.core.store import open_store
store = open_store()
chats = Chats(store)
conversation = chats.create("killed")
for _ in range(20):
    chats.append(conversation, "user", "kept, then killed")
print("kept", store.kept, flush=True)
sys.stdin.readline()
"""


class EchoTutor:
    def ask(self, question: str, history=None):
        from tutor.core.answering.answer import Answer

        return Answer(question, "an answer", True)


def chat_first_locked_write_ms(folder: Path) -> float:
    """The chat's first save while another tutor holds the lock, timed on its event loop."""
    import asyncio

    from tutor.core.store import open_store
    from tutor.ui.app import TutorApp

    db = folder / "chat.db"
    open_store(db).close()
    taken: list[float] = []

    async def run() -> None:
        app = TutorApp(db_path=db, tutor_loader=lambda on_status: EchoTutor(), load_models=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause(0.3)
            holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert holder.stdout.readline().strip() == "held"
            taken.append(timed_ms(lambda: app.save_message("user", "text", "asked while locked")))
            holder.stdin.close()
            holder.wait()
            app.store.flush(5.0)

    asyncio.run(run())
    return taken[0]


def timed_ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="tutor-bench-store-"))
    os.environ["TUTOR_HOME"] = str(home)
    env = {**os.environ, "PYTHONPATH": str(REPO), "TUTOR_THREADS": "1"}

    from tutor.core.chats import Chats
    from tutor.core.store import open_store

    store = open_store()
    chats = Chats(store)
    conversation = chats.create("bench")
    save = [timed_ms(lambda: chats.append(conversation, "user", "what is a GAN?"))
            for _ in range(200)]
    rows = [("save one chat message", f"{statistics.median(save):.2f} ms")]

    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(store.path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    first = timed_ms(lambda: chats.append(conversation, "user", "asked while locked"))
    later = [timed_ms(lambda: chats.append(conversation, "user", "also kept")) for _ in range(20)]
    # the retry thread now sits in SQLite's busy wait on the writing connection: a read on the
    # readers' connection (what the chat does to draw history) must not wait for it
    reads = [timed_ms(lambda: chats.messages(conversation, limit=50)) for _ in range(20)]
    holder.stdin.close()
    holder.wait()
    flush = timed_ms(lambda: store.flush(5.0))
    assert store.kept == 0
    in_chat = [chat_first_locked_write_ms(home) for _ in range(5)]
    rows += [
        ("locked: first write holds up its caller (`Chats.append`)", f"{first:.1f} ms"),
        ("locked: the chat's first save, on its event loop (Pilot, median of 5)",
         f"{statistics.median(in_chat):.1f} ms"),
        ("locked: each later write (kept, fsync'd to the journal)",
         f"{statistics.median(later):.2f} ms"),
        ("locked: a read of 50 messages while the retry thread waits for the lock",
         f"{statistics.median(reads):.2f} ms"),
        ("lock freed: write 21 kept writes", f"{flush:.1f} ms"),
    ]

    replays, plain_opens = [], []
    for _ in range(5):
        holder = subprocess.Popen([sys.executable, "-c", HOLD, str(store.path)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert holder.stdout.readline().strip() == "held"
        keeper = subprocess.Popen([sys.executable, "-c", KEEP_THEN_WAIT], env=env,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert keeper.stdout.readline().split() == ["kept", "21"]
        keeper.kill()  # SIGKILL: the 21 writes exist only in its journal
        keeper.wait()
        holder.stdin.close()
        holder.wait()
        replays.append(timed_ms(lambda: open_store().close()))
        plain_opens.append(timed_ms(lambda: open_store().close()))
    rows += [
        ("open after a SIGKILL left 21 kept writes (replayed once)",
         f"{statistics.median(replays):.1f} ms"),
        ("open with no journal (for comparison)", f"{statistics.median(plain_opens):.1f} ms"),
    ]

    for number in range(300):
        conv = chats.create(f"conversation {number}")
        for turn in range(10):
            chats.append(conv, "user" if turn % 2 == 0 else "tutor", "some text " * 30)
    from tutor.core.quiz.bank import load_bank
    from tutor.core.quiz.grading import Grader
    from tutor.core.quiz.session import start_session

    bank = load_bank()
    ids = [q.id for q in bank.questions.values() if q.kind == "truefalse"]
    for _ in range(200 // len(ids) + 1):
        session = start_session(store.conn, bank, ids)
        while not session.done:
            session.answer("t", Grader(None))
    store.close()
    size = (home / "data" / "tutor.db").stat().st_size

    def backup(target: Path) -> None:
        subprocess.run([sys.executable, "-m", "tutor", "backup", str(target)], env=env,
                       check=True, capture_output=True)

    def restore(source: Path) -> None:
        subprocess.run([sys.executable, "-m", "tutor", "restore", str(source)], env=env,
                       check=True, capture_output=True)

    backups = [timed_ms(lambda n=n: backup(home / f"b{n}.db")) for n in range(5)]
    restores = [timed_ms(lambda n=n: restore(home / f"b{n}.db")) for n in range(5)]
    rows += [
        (f"`tutor backup` ({size // 1024} KB database, fresh process)",
         f"{statistics.median(backups):.0f} ms"),
        ("`tutor restore` (same file, fresh process)", f"{statistics.median(restores):.0f} ms"),
    ]

    print(f"Store benchmark ({os.cpu_count()} cores)\n")
    print("| measure | median |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
