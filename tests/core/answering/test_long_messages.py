"""A long pasted message is answered, never hangs the tutor.

The question shapes are read with regular expressions. One of them once split a list of names
on commas in exponentially many ways: twenty comma-separated clauses took 1.7 s, sixty never
finished, so a learner pasting a long message froze the chat. These messages are as long as
the input limit allows and built to make such patterns backtrack (many commas, "and", "or",
"which ... and which"); the real program must answer each of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tutor.core.answering import everyday
from tutor.core.inputs import DEFAULT_LIMIT

CLAUSES = [
    "how do purple elephants dance in circle {i}",
    "which one does more and which {i}",
    "is a model or a gan better than {i}",
    "my grandma and my dad or the boss {i}",
    "what is the gan and what is the vae {i}",
]
SEPARATORS = [", ", " and ", ". ", "? "]


def _messages() -> list[str]:
    return [
        sep.join(clause.format(i=i) for i in range(120))[:DEFAULT_LIMIT] for clause in CLAUSES for sep in SEPARATORS
    ]


def test_the_cli_answers_every_long_message(tmp_path) -> None:
    messages = _messages()
    env = {**os.environ, "TUTOR_HOME": str(tmp_path), "TUTOR_THREADS": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "tutor", "ask", "--json", "--independent"],
        input="\n".join(messages) + "\n",
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stderr
    replies = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert len(replies) == len(messages)
    assert all(reply["answer"] for reply in replies)


def test_a_long_message_is_searched_again_only_a_few_times() -> None:
    """Each narrower reading of a declined question costs a search: a long message gets at most
    ``MAX_READINGS``, its first reading and its last clauses (where the question usually is)."""
    message = ", ".join(f"how do purple elephants dance in circle {i}" for i in range(40))
    readings = everyday.narrowed("my grandma asked, " + message)
    assert len(readings) == everyday.MAX_READINGS
    assert readings[0].startswith("someone asked") and readings[-1].endswith("circle 39")


def test_a_follow_up_ending_in_a_run_of_punctuation_is_answered_at_once(tmp_path) -> None:
    """"and gans?!?!...z" after a first question: the follow-up reader stripped what trails the
    new subject with a repeat nested in a repeat, and 18 "?!" took 69 s (each more doubled it),
    so the chat froze on a short message. Now each of these is answered."""
    follow_ups = [
        "and gans" + "?!" * 40 + "z",
        "what about gans" + " -" * 40 + " z",
        "and " + "- " * 40 + "gans",
        "also gans" + "?!" * (DEFAULT_LIMIT // 2 - 10) + "z",
    ]
    lines = [line for follow_up in follow_ups for line in ("what is a VAE?", follow_up)]
    env = {**os.environ, "TUTOR_HOME": str(tmp_path), "TUTOR_THREADS": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "tutor", "ask", "--json", "--keywords"],  # one conversation
        input="\n".join(lines) + "\n",
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    replies = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    assert len(replies) == len(lines) and all(reply["answer"] for reply in replies)


def test_a_pasted_giant_word_is_not_quoted_back_whole(tmp_path) -> None:
    """100,000 letters with no space are one "term" the course never uses: the decline names it
    cut short, not 2,000 letters long."""
    env = {**os.environ, "TUTOR_HOME": str(tmp_path), "TUTOR_THREADS": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "tutor", "ask", "--json"],
        input="a" * 100_000 + "\n", capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)["answer"]
    first = answer.split(" The closest section")[0]
    assert first.startswith("The course does not cover a") and first.endswith("…") and len(first) < 100, first
