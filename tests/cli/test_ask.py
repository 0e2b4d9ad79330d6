"""``tutor ask``: text and JSON output, stdin batches, bad input and exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.cli import main

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def warm_tutor(request: pytest.FixtureRequest) -> Path:
    """Load the real tutor once, with its vectors in pytest's persistent cache folder.

    ``load_tutor`` keeps the tutor per process, so every in-process ``tutor ask`` below reuses it.
    """
    from tutor.core.answering.answer import load_tutor

    home = Path(request.config.cache.mkdir("tutor-vectors"))
    old = os.environ.get("TUTOR_HOME")
    os.environ["TUTOR_HOME"] = str(home)
    try:
        load_tutor(use_embeddings=True)
        load_tutor(use_embeddings=False)
    finally:
        if old is None:
            os.environ.pop("TUTOR_HOME", None)
        else:
            os.environ["TUTOR_HOME"] = old
    return home


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_one_question_prints_answer_sources_followups_and_demo(capsys) -> None:
    assert main(["ask", "What", "is", "a", "GAN?"]) == 0
    out = capsys.readouterr().out
    assert "[1]" in out
    assert "Sources:\n  [1] Generative adversarial networks" in out
    assert "You could also ask:\n  - " in out
    assert "Try it: /demo gan" in out


def test_json_is_one_object_with_the_stable_keys(capsys) -> None:
    assert main(["ask", "--json", "how does k-means work"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert list(data) == ["question", "answer", "in_scope", "sources", "followups", "shape", "topic"]
    assert data["question"] == "how does k-means work" and data["in_scope"] is True
    assert data["shape"] == "how" and data["topic"] == "k-means"
    assert data["sources"][0]["doc"] == "unsupervised-learning"


def test_stdin_batch_skips_blank_lines_and_survives_invalid_utf8(monkeypatch, capsys) -> None:
    set_stdin(monkeypatch, b"what is overfitting\n\n   \n\xff\xfe what is clustering\nhow do I bake bread\n")
    assert main(["ask", "--json"]) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.strip().splitlines()]
    assert len(rows) == 3
    assert [r["in_scope"] for r in rows] == [True, True, False]
    assert "\ufffd" in rows[1]["question"]
    assert "Traceback" not in captured.err


def test_stdin_text_output_labels_each_question(monkeypatch, capsys) -> None:
    set_stdin(monkeypatch, "what is a VAE\n¿qué es una GAN?\n".encode())
    assert main(["ask"]) == 0
    out = capsys.readouterr().out
    assert out.count("Q: ") == 2 and "Q: what is a VAE" in out


@pytest.mark.parametrize("argv", [["ask", "   "], ["ask", ""]])
def test_empty_question_is_exit_2_with_a_message(argv, capsys) -> None:
    assert main(argv) == 2
    assert "please type a question" in capsys.readouterr().err


def test_stdin_without_questions_is_exit_2(monkeypatch, capsys) -> None:
    set_stdin(monkeypatch, b"\n   \n\x00\x01\n")
    assert main(["ask", "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "no questions" in captured.err


def test_a_50kb_paste_is_answered_with_a_notice(capsys) -> None:
    assert main(["ask", "what is overfitting " + "x" * 50_000]) == 0
    assert "Note: Your input was" in capsys.readouterr().out


def test_keywords_flag_uses_bm25_only(capsys) -> None:
    assert main(["ask", "--keywords", "--json", "precision and recall confusion matrix"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"][0]["doc"] == "evaluating-models"


def test_malformed_lesson_is_exit_1_with_file_and_line(monkeypatch, tmp_path, capsys) -> None:
    from tutor.core import paths
    from tutor.core.answering import answer

    lessons = tmp_path / "lessons"
    lessons.mkdir()
    (lessons / "01-broken.md").write_text("---\ntitle: Broken\nid: broken\n---\nStray text\n")
    monkeypatch.setattr(paths, "lessons_dir", lambda: lessons)
    monkeypatch.setattr(answer, "_TUTORS", {})
    assert main(["ask", "what is ML"]) == 1
    assert "01-broken.md, line 5" in capsys.readouterr().err


@pytest.mark.slow
def test_real_subprocess_answers_with_the_real_model(warm_tutor: Path) -> None:
    env = {**os.environ, "TUTOR_HOME": str(warm_tutor)}
    proc = subprocess.run(
        [sys.executable, "-m", "tutor", "ask", "--json", "What is reinforcement learning?"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["in_scope"] and data["sources"][0]["doc"] == "reinforcement-learning"
    assert "warning" not in proc.stderr.lower()


def test_a_stdin_chain_narrows_the_topic_and_survives_a_refusal(monkeypatch, capsys) -> None:
    """Three lines on stdin, one conversation: "any downside?" is about decision trees (the
    section naming them, not the generic limits of machine learning), a writing request in the
    middle is refused without passage and without losing the topic, and "and for language
    models specifically?" after evaluation narrows it to language models."""
    set_stdin(monkeypatch, b"what is a decision tree\nany downside?\nwrite a tweet about it with hashtags\n"
                           b"any downside?\nhow do you evaluate a generative model\nand for language models specifically?\n")
    assert main(["ask", "--json"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert len(answers) == 6
    assert answers[1]["topic"] == "decision tree" and "deep decision tree" in answers[1]["answer"]
    assert answers[2]["in_scope"] is False and answers[2]["sources"] == []
    assert answers[3]["topic"] == "decision tree"
    assert answers[5]["sources"][0]["section"] == "evaluating-models#loss-functions-as-a-quantitative-check-on-generative-models"
    assert "cross-entropy" in answers[5]["answer"] and "language models" in answers[5]["topic"]


def test_stdin_lines_form_one_conversation_unless_independent(monkeypatch, capsys) -> None:
    """After "What is Q-learning?", "how long does it take to train?" stays on Q-learning;
    with --independent the same line is answered on its own."""
    questions = b"What is Q-learning?\nhow long does it take to train?\n"
    set_stdin(monkeypatch, questions)
    assert main(["ask", "--json"]) == 0
    together = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert together[1]["topic"] == "Q-learning"
    assert together[1]["sources"][0]["doc"] == "reinforcement-learning"
    set_stdin(monkeypatch, questions)
    assert main(["ask", "--json", "--independent"]) == 0
    alone = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert alone[1]["topic"] != "Q-learning"


def test_stdin_reads_a_new_subject_into_the_previous_question(monkeypatch, capsys) -> None:
    """ "what about machine learning?" after "what are the benefits of generative ai" asks for
    machine learning's benefits, in one conversation; with --independent it is answered on its
    own (what machine learning is)."""
    questions = b"what are the benefits of generative ai\nwhat about machine learning?\n"
    set_stdin(monkeypatch, questions)
    assert main(["ask", "--json"]) == 0
    together = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert together[1]["question"] == "what about machine learning?" and together[1]["topic"] == "machine learning"
    assert together[1]["sources"][0]["section"] == "benefits-and-limitations#what-machine-learning-does-well"
    set_stdin(monkeypatch, questions)
    assert main(["ask", "--json", "--independent"]) == 0
    alone = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert alone[1]["sources"][0]["doc"] != "benefits-and-limitations"


def test_a_summary_cue_on_stdin_gets_the_short_version_of_the_last_answer(monkeypatch, capsys) -> None:
    """ "tl;dr?" after an answer asks for its short version: the opening of the section just cited
    (it was refused as a text to summarise). Asked first, with nothing read, it is still refused."""
    set_stdin(monkeypatch, b"tl;dr?\nwhat is overfitting\ntl;dr?\n")
    assert main(["ask", "--json"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert answers[0]["in_scope"] is False and answers[0]["sources"] == []
    assert answers[2]["in_scope"] is True
    assert answers[2]["sources"][0]["section"] == answers[1]["sources"][0]["section"]
    assert answers[2]["answer"].startswith("Overfitting happens when")
    assert len(answers[2]["answer"].split()) < len(answers[1]["answer"].split())


def test_a_thank_you_on_stdin_is_acknowledged_and_keeps_the_topic(monkeypatch, capsys) -> None:
    """ "thanks" after an answer asks nothing: a short acknowledgement, no passage (it drew another
    GAN passage as a follow-up, and alone it was refused as small talk), and the next follow-up
    is still about GANs."""
    set_stdin(monkeypatch, b"what is a gan\nthanks!\nwhat are its downsides\n")
    assert main(["ask", "--json"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert answers[1]["in_scope"] is False and answers[1]["sources"] == []
    assert answers[1]["answer"].startswith("Glad to help")
    assert answers[2]["sources"][0]["doc"] == "gans"
