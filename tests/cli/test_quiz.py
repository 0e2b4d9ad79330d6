"""``tutor quiz`` in the terminal: a stdin-driven run in a real subprocess, the rest in-process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.quiz.conftest import right_answer, write_course, wrong_answer
from tutor.cli import build_parser
from tutor.cli.quiz import QuizCli
from tutor.core.quiz import bank as bank_module
from tutor.core.quiz.bank import load_bank
from tutor.core.store import open_store

REPO = Path(__file__).resolve().parents[2]


def _run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    args = build_parser().parse_args(["quiz", *argv])
    out, err = io.StringIO(), io.StringIO()
    code = QuizCli(args, io.StringIO(stdin), out, err).main()
    return code, out.getvalue(), err.getvalue()


def _right(question) -> str:
    return right_answer(question, spelled=True)


def _wrong(question) -> str:
    return wrong_answer(question, spelled=True)


@pytest.fixture
def small_course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point the bank at a small fixture course (and forget the cached shipped bank)."""
    quizzes, lessons = write_course(tmp_path / "course")
    monkeypatch.setattr("tutor.core.paths.quizzes_dir", lambda: quizzes)
    monkeypatch.setattr("tutor.core.paths.lessons_dir", lambda: lessons)
    monkeypatch.setattr(bank_module, "_BANK", None)
    yield quizzes, lessons
    bank_module._BANK = None


def test_check_on_the_shipped_bank_passes() -> None:
    code, out, _ = _run(["--check"])
    assert code == 0 and out.startswith("Question bank OK:"), out


def _check_subprocess(tmp_path: Path, knowledge: Path | None = None) -> subprocess.CompletedProcess:
    """``tutor quiz --check`` through the real entry point; ``knowledge`` via TUTOR_KNOWLEDGE."""
    env = {**os.environ, "TUTOR_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO)}
    env.pop("TUTOR_KNOWLEDGE", None)
    if knowledge is not None:
        env["TUTOR_KNOWLEDGE"] = str(knowledge)
    return subprocess.run([sys.executable, "-m", "tutor", "quiz", "--check"], text=True, capture_output=True,
                          env=env, cwd=REPO, timeout=120, check=False)


def test_check_on_the_real_course_in_a_subprocess_summarises_the_path(tmp_path: Path) -> None:
    result = _check_subprocess(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    first, second = result.stdout.splitlines()
    assert first.startswith("Question bank OK: ")
    assert second.startswith("Course path OK: 21 lessons, ")
    assert "no cycle" in second and "at least 8 questions per lesson" in second
    tested = second.split(" sections tested")[0].rsplit(" ", 1)[1]
    assert tested.split("/")[0] == tested.split("/")[1], second  # every section tested


def test_check_on_a_broken_copy_of_the_course_exits_1_naming_each_problem(tmp_path: Path) -> None:
    """A copy of the real knowledge folder with one of each course-path fault, found through
    TUTOR_KNOWLEDGE by the real CLI: the output names the file, the question or the cycle."""
    import shutil

    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge" / "lessons", knowledge / "lessons")
    shutil.copytree(REPO / "knowledge" / "quizzes", knowledge / "quizzes")

    def edit(relative: str, old: str, new: str) -> None:
        path = knowledge / relative
        text = path.read_text()
        assert old in text, (relative, old)
        path.write_text(text.replace(old, new, 1))

    edit("lessons/01-what-is-ml.md", "requires: []", "requires: [skills-and-learning-paths]")  # a cycle
    edit("lessons/08-vaes.md", "requires: [gans, unsupervised-learning]", "requires: [gans, autoencoders]")
    edit("quizzes/gans.toml", 'hints = ["Think of the detective', 'explanation_hint = ["Think of the detective')
    quiz = knowledge / "quizzes" / "hallucination.toml"
    text = quiz.read_text()
    quiz.write_text(text[: text.index('[[questions]]\nid = "hallucination-8"')])  # 7 left; its section is still tested by another
    edit("quizzes/vaes.toml", 'hints = ["A VAE has two networks', 'hints = [3, "A VAE has two networks')
    edit("quizzes/data-and-compute.toml", "\nhints = [", "\n# no hints here\nhintz = [")

    result = _check_subprocess(tmp_path, knowledge)
    assert result.returncode == 1, result.stdout
    out = result.stdout
    assert "01-what-is-ml.md [requires]: the prerequisites form a cycle: what-is-ml requires skills-and-learning-paths, " in out
    assert "08-vaes.md [requires]: 'autoencoders' is not a lesson of the course" in out
    assert "gans.toml: gans-1 [explanation_hint]: unknown field for a choice question" in out
    assert "hallucination.toml: 7 question(s); every lesson needs at least 8" in out
    assert "hallucination.toml: no question tests section 'grounding-answering-from-sources-instead-of-memory'" not in out
    assert "vaes.toml: vaes-1 [hints]: must be a list of 1-2 hints" in out
    assert "data-and-compute.toml: data-and-compute-1 [hintz]: unknown field" in out
    assert out.rstrip().endswith("problem(s) in the question bank and course path.")
    assert "Traceback" not in result.stderr


def test_check_names_a_question_without_hints_and_an_untested_section(tmp_path: Path) -> None:
    import shutil

    knowledge = tmp_path / "knowledge"
    shutil.copytree(REPO / "knowledge", knowledge, ignore=shutil.ignore_patterns("index"))
    quiz = knowledge / "quizzes" / "gans.toml"
    text = quiz.read_text()
    start = text.index("hints = ", text.index('id = "gans-5"'))
    quiz.write_text(text[:start] + text[text.index("\n", start) + 1 :])
    text = quiz.read_text()
    quiz.write_text(text.replace('section = "what-gans-have-been-used-for"', 'section = "the-generator-and-the-discriminator"'))
    result = _check_subprocess(tmp_path, knowledge)
    assert result.returncode == 1, result.stdout
    assert 'gans.toml: gans-5 [hints]: no hints: add hints = ["a nudge", "a more specific nudge"]' in result.stdout
    assert "gans.toml: no question tests section 'what-gans-have-been-used-for' (What GANs have been used for)" in result.stdout
    assert result.stdout.splitlines()[-1] == "2 problem(s) in the question bank and course path."


def test_check_reports_problems_and_exits_1(small_course) -> None:
    quizzes, _ = small_course
    path = quizzes / "beta.toml"
    path.write_text(path.read_text().replace('kind = "truefalse"', 'kind = "essay"', 1))
    code, out, _ = _run(["--check"])
    assert code == 1
    assert "beta.toml: beta-2 [kind]: unknown kind 'essay'" in out
    assert "beta.toml: only 3 valid question(s)" in out
    assert "problem(s) in the question bank" in out


def test_unknown_topic_and_absurd_counts_are_usage_errors() -> None:
    code, _, err = _run(["ganz"])
    assert code == 2 and "Did you mean gans?" in err and "what-is-ml" in err
    for argv, message in ((["gans", "500"], "1 to 50"), (["gans", "0"], "1 to 50"), (["gans", "lots"], "whole number"), (["-3"], "1 to 50")):
        code, _, err = _run(argv)
        assert code == 2 and message in err, (argv, err)


def test_whole_quiz_with_retake_then_progress_and_due(small_course) -> None:
    bank = load_bank()
    code, out, _ = _run(["beta", "4", "--seed", "1"], stdin="")
    assert code == 0 and "Saved. Run `tutor quiz` to resume at question 1 of 4." in out
    # the session exists now; answer it by resuming, missing the first two
    store = open_store()
    ids = [q for q in __import__("json").loads(store.conn.execute("SELECT question_ids FROM quiz_sessions").fetchone()[0])]
    store.close()
    questions = [bank.get(q) for q in ids]
    answers = [_wrong(questions[0]), _wrong(questions[1]), _right(questions[2]), _right(questions[3]), "y",
               _right(questions[0]), _right(questions[1])]
    code, out, _ = _run([], stdin="\n".join(answers) + "\n")
    assert code == 0, out
    assert "Resuming your unfinished quiz at question 1 of 4" in out
    assert "Score: 2/4 correct (50%)." in out
    assert "Review of your mistakes:" in out and "Retake the 2 you missed? [y/N]" in out
    assert "Read more: Lesson Beta > " in out
    assert "Question 2/2" in out and "Score: 2/2 correct (100%)." in out
    code, out, _ = _run(["--progress"])
    assert code == 0 and "Lesson Beta" in out and "Answered: 6 (4 different questions of 12)" in out
    assert "Streak: 1 day" in out and "Cards due: 0" in out
    code, out, _ = _run(["--due", "--porcelain"])
    assert (code, out) == (0, "0\n")
    code, out, _ = _run(["--due"])
    assert out.startswith("No cards due. The next one is due in ")


def test_invalid_answer_asks_again_and_review_with_nothing_due(small_course) -> None:
    code, out, _ = _run(["alpha", "4", "--seed", "0"], stdin="7\nmaybe\nskip\n" * 4)
    assert code == 0
    assert "Answer with a number 1-3 or a letter a-c." in out
    assert "Answer true or false (t/f, yes/no)." in out
    store = open_store()
    bank = load_bank()
    rows = store.conn.execute("SELECT question_id, answer FROM attempts").fetchall()
    store.close()
    # an unreadable answer to a choice or true/false question is never recorded
    assert all(answer == "skip" for qid, answer in rows if bank.get(qid).kind != "short")
    code, out, _ = _run(["--review"])
    assert code == 0 and "No cards are due for review." in out


def test_progress_before_any_answer(small_course) -> None:
    code, out, _ = _run(["--progress"])
    assert code == 0 and "No answers yet" in out


def test_stdin_driven_subprocess_saves_and_resumes(tmp_path: Path) -> None:
    """The real entry point, answers piped on stdin, end of input mid-quiz, then a resume."""
    env = {**os.environ, "TUTOR_HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO)}

    def tutor(*argv: str, stdin: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "tutor", "quiz", *argv], input=stdin, text=True,
                              capture_output=True, env=env, cwd=REPO, timeout=120, check=False)

    first = tutor("what-is-ml", "3", "--seed", "5", stdin="2\n")
    assert first.returncode == 0, first.stderr
    assert "Question 1/3 · What is machine learning?" in first.stdout
    assert "Saved. Run `tutor quiz` to resume at question 2 of 3." in first.stdout
    second = tutor(stdin="")
    assert "Resuming your unfinished quiz at question 2 of 3" in second.stdout
    assert second.returncode == 0 and "Traceback" not in second.stderr
    due = tutor("--due", "--porcelain", stdin="")
    assert due.stdout.strip().isdigit()


def test_review_runs_due_cards(small_course) -> None:
    bank = load_bank()
    _run(["alpha", "4", "--seed", "3"], stdin="")
    store = open_store()
    ids = __import__("json").loads(store.conn.execute("SELECT question_ids FROM quiz_sessions").fetchone()[0])
    store.close()
    answers = [_wrong(bank.get(q)) for q in ids]
    code, out, _ = _run([], stdin="\n".join(answers) + "\nn\n")
    assert code == 0 and "Score: 0/4 correct (0%)." in out
    store = open_store()
    with store.conn:
        store.conn.execute("UPDATE cards SET due = due - 3600")
    store.close()
    code, out, _ = _run(["--due"])
    assert out.startswith("4 cards due for review")
    code, out, _ = _run(["--review"], stdin="\n".join(_right(bank.get(q)) for q in ids) + "\n")
    assert code == 0 and "Review: 4 cards due." in out and "Score: 4/4 correct (100%)." in out
    assert _run(["--due", "--porcelain"])[1] == "0\n"


def test_corrupt_database_warns_and_keeps_the_old_file(small_course, tutor_home: Path) -> None:
    from tutor.core import paths

    paths.db_path().write_bytes(b"not a database" * 50)
    code, out, err = _run(["--due", "--porcelain"])
    assert code == 0 and out == "0\n"
    assert "warning:" in err and "kept as" in err
    assert any(".corrupt-" in p.name for p in paths.data_dir().iterdir())
