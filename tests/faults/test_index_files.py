"""Damaged or stale precomputed start-up files (knowledge/index/lexical.npz, course.json) through
the real CLI: the answer is the same as with sound files, exit 0, no traceback.

The CLI runs in a subprocess on a copy of the course (``TUTOR_KNOWLEDGE``); the package's own
files are never touched.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.core import paths

QUESTION = "What is overfitting?"


def _ask(home: Path, knowledge: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TUTOR_HOME": str(home), "TUTOR_KNOWLEDGE": str(knowledge)}
    return subprocess.run([sys.executable, "-m", "tutor", "ask", "--json", QUESTION], env=env,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)


def _course_copy(folder: Path) -> Path:
    """A copy of the course to damage (``TUTOR_KNOWLEDGE`` points the CLI at it)."""
    knowledge = folder / "knowledge"
    shutil.copytree(paths.knowledge_dir(), knowledge)
    return knowledge


def _ask_lines(home: Path, knowledge: Path, questions: list[str]) -> list[dict]:
    """``tutor ask --json --independent`` with ``questions`` on stdin: exit 0, no traceback,
    one parsed answer per question."""
    env = {**os.environ, "TUTOR_HOME": str(home), "TUTOR_KNOWLEDGE": str(knowledge)}
    proc = subprocess.run([sys.executable, "-m", "tutor", "ask", "--json", "--independent"], env=env,
                          capture_output=True, text=True, timeout=300, input="".join(q + "\n" for q in questions))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    answers = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(answers) == len(questions)
    return answers


@pytest.fixture(scope="module")
def sound_answer(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("sound-home")
    proc = _ask(home, paths.knowledge_dir())
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("damage", ["garbage", "stale", "missing"])
def test_damaged_start_up_files_give_the_same_answer(tmp_path: Path, tutor_home: Path, sound_answer: dict,
                                                      damage: str) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(paths.knowledge_dir(), knowledge)
    index = knowledge / "index"
    if damage == "garbage":
        (index / "lexical.npz").write_bytes(b"PK\x03\x04 not really a zip" * 40)
        (index / "course.json").write_text('{"digest": "', encoding="utf-8")
    elif damage == "stale":  # a lesson edited after `make vectors` (course.json no longer matches)
        lesson = sorted((knowledge / "lessons").glob("*.md"))[-1]
        lesson.write_text(lesson.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    else:
        (index / "lexical.npz").unlink()
        (index / "course.json").unlink()
    proc = _ask(tutor_home, knowledge)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert json.loads(proc.stdout) == sound_answer
    # A damaged BM25 file is rebuilt once and kept for the next start; a blank line added to a
    # lesson changes no section text, so the shipped one still serves.
    assert (tutor_home / "cache" / "lexical.npz").is_file() == (damage != "stale")


@pytest.mark.parametrize("damage", ["garbage", "missing"])
def test_damaged_section_router_is_trained_again_and_answers_alike(tmp_path: Path, tutor_home: Path,
                                                                    sound_answer: dict, damage: str) -> None:
    """knowledge/index/router.npz overwritten or deleted: the router is trained again from the
    course vectors (a few seconds), kept in the user cache, and the answer is the same one.
    Scores are compared to a tolerance: a router trained on another CPU may differ in the last bits."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(paths.knowledge_dir(), knowledge)
    router = knowledge / "index" / "router.npz"
    if damage == "garbage":
        router.write_bytes(b"PK\x03\x04 not really a zip" * 40)
    else:
        router.unlink()
    proc = _ask(tutor_home, knowledge)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    reply = json.loads(proc.stdout)
    assert reply["answer"] == sound_answer["answer"]
    assert [s["section"] for s in reply["sources"]] == [s["section"] for s in sound_answer["sources"]]
    assert (tutor_home / "cache" / "router.npz").is_file()


@pytest.mark.parametrize("damage", ["model garbage", "texts not toml", "texts not utf-8", "texts missing"])
def test_a_damaged_request_detector_or_its_texts_switch_the_fallback_off(tmp_path: Path, tutor_home: Path,
                                                                        damage: str) -> None:
    """knowledge/index/requests.npz or knowledge/requests.toml damaged: a request only the learned
    detector would refuse is answered as before it existed (no traceback, exit 0), and a plain
    course question is answered as with sound files."""
    knowledge = _course_copy(tmp_path)
    texts = knowledge / "requests.toml"
    if damage == "model garbage":
        (knowledge / "index" / "requests.npz").write_bytes(b"PK\x03\x04 not really a zip" * 40)
    elif damage == "texts not toml":
        texts.write_text('requests = ["unclosed', encoding="utf-8")
    elif damage == "texts not utf-8":
        texts.write_bytes(b"requests = [\"\xff\xfe\"]\n")
    else:
        texts.unlink()
    request, course = _ask_lines(tutor_home, knowledge, ["sort my music playlist by mood for me", QUESTION])
    assert request["sources"]  # the detector is off: the old answer from a passage
    assert course["in_scope"] and course["sources"]
    env = {**os.environ, "TUTOR_HOME": str(tutor_home), "TUTOR_KNOWLEDGE": str(knowledge)}
    doctor = subprocess.run([sys.executable, "-m", "tutor", "doctor"], env=env, capture_output=True, text=True,
                            timeout=300, stdin=subprocess.DEVNULL)
    assert "Traceback" not in doctor.stderr
    line = next(row for row in doctor.stdout.splitlines() if row.startswith("Course vectors"))
    assert "WARN" in line and "request detector off" in line


PRODUCT_QUESTION = "how does duolingo decide which exercise to give me next"


@pytest.mark.parametrize("damage", ["not toml", "not utf-8"])
def test_a_damaged_everyday_names_file_is_read_as_no_file(tmp_path: Path, tutor_home: Path, damage: str) -> None:
    """knowledge/everyday_names.toml (products read as their kind: "duolingo" -> "the app")
    damaged: no traceback, exit 0, and a question naming a product gets the answer it gets with
    no names file at all; a course question is answered as with sound files."""
    knowledge = _course_copy(tmp_path / "damaged")
    names = knowledge / "everyday_names.toml"
    if damage == "not toml":
        names.write_text('[[kind]]\nnoun = "app"\nnames = ["unclosed', encoding="utf-8")
    else:
        names.write_bytes(b'[[kind]]\nnoun = "app"\nnames = ["\xff\xfe"]\n')
    product, course = _ask_lines(tutor_home, knowledge, [PRODUCT_QUESTION, QUESTION])
    assert course["in_scope"] and course["sources"]
    without = _course_copy(tmp_path / "missing")
    (without / "everyday_names.toml").unlink()
    alone, course_alone = _ask_lines(tutor_home, without, [PRODUCT_QUESTION, QUESTION])
    assert product == alone
    assert course == course_alone
