"""``tutor doctor``: every check reports, failures exit 1 with a fix."""

from __future__ import annotations

import pytest

from tutor.cli import doctor, main


def test_doctor_runs_every_check_and_passes_on_this_install(capsys) -> None:
    code = main(["doctor"])
    out = capsys.readouterr().out
    for name in ("Python", "torch", "Embedding model (MiniLM)", "Language model (SmolLM2)", "Textual",
                 "Course", "Data folder", "Cache folder", "Offline mode", "Database"):
        assert name in out
    assert "checks:" in out
    assert code == (1 if " FAIL " in out else 0)
    assert code == 0, out


def test_a_failing_check_exits_1_and_says_how_to_fix(monkeypatch, capsys) -> None:
    def check_broken() -> doctor.Check:
        return doctor.Check("Broken thing", doctor.FAIL, "it is broken", "Fix it like this.")

    def check_crashes() -> doctor.Check:
        raise RuntimeError("boom")

    monkeypatch.setattr(doctor, "CHECKS", [doctor.check_python, check_broken, check_crashes])
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "Broken thing" in out and "Fix it like this." in out
    assert "Crashes" in out and "boom" in out


def test_missing_embedding_package_is_a_fail(monkeypatch) -> None:
    from tutor.core.answering import embeddings

    def missing(*_a, **_k):
        raise embeddings.ModelUnavailable("not installed")

    monkeypatch.setattr(embeddings, "load_embedder", missing)
    result = doctor.check_embedding_model()
    assert result.status == doctor.FAIL and "pip install" in result.fix


def test_offline_mode_off_is_a_warning(monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    result = doctor.check_offline()
    assert result.status == doctor.WARN and "HF_HUB_OFFLINE=0" in result.detail


@pytest.mark.parametrize("check", doctor.CHECKS)
def test_each_check_returns_a_check(check) -> None:
    result = check()
    assert result.status in (doctor.OK, doctor.WARN, doctor.FAIL)
    assert result.status == doctor.OK or result.fix


def test_tiny_gpt_check_names_its_tokenizer_and_spots_a_missing_one(monkeypatch, tmp_path) -> None:
    from tutor.core import paths

    shipped = doctor.check_tiny_gpt()
    assert shipped.status == doctor.OK and "sub-word tokens" in shipped.detail
    (tmp_path / "tiny-gpt").mkdir()
    (tmp_path / "tiny-gpt" / "config.json").write_text("{}")
    monkeypatch.setattr(paths, "models_dir", lambda: tmp_path)
    broken = doctor.check_tiny_gpt()
    assert broken.status == doctor.WARN and "tokenizer.json missing" in broken.detail
