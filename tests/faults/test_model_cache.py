"""SmolLM2's converted cache, damaged the ways a real disk or a killed process damages it.

Each test drives the real CLI in a subprocess against its own TUTOR_HOME, starting from a copy
of the session's verified cache (``smollm_home``). Two of them really convert the GGUF again
(20-90 s each on two shared cores): the rebuild is the behaviour under test.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tutor.core.generation import smollm

TUTOR = [sys.executable, "-m", "tutor"]
PROMPT = ["--temperature", "0", "--max-tokens", "6", "--raw", "Deep learning is"]


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != smollm.DISABLE_ENV}
    env["TUTOR_HOME"] = str(home)
    return env


def _run(home: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TUTOR, *args], env=_env(home), capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def _copy_cache(smollm_home: Path, home: Path) -> Path:
    source = smollm_home / "cache" / smollm.CACHE_NAME
    target = home / "cache" / smollm.CACHE_NAME
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, target)
    return target


def _overwrite_middle(path: Path, data: bytes) -> None:
    """Write ``data`` over the middle of ``path``; the size stays the same."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(data)
    assert path.stat().st_size == size


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid  # gone now (reuse within the test is vanishingly unlikely)


def test_random_bytes_in_the_weights_are_found_and_rebuilt(smollm_generator, smollm_home, tutor_home) -> None:
    folder = _copy_cache(smollm_home, tutor_home)
    weights = folder / smollm.WEIGHTS_FILE
    _overwrite_middle(weights, os.urandom(4096))

    doctor = _run(tutor_home, "doctor")
    assert "does not match its checksum" in doctor.stdout
    assert f"rm -r '{folder}'" in doctor.stdout  # the exact command, not "the next run fixes it"

    result = _run(tutor_home, "generate", *PROMPT)
    assert result.returncode == 0, result.stderr
    assert "does not match its checksum" in result.stderr  # said why it converts again
    expected = smollm_generator.generate("Deep learning is", temperature=0, max_tokens=6, chat=False)
    assert result.stdout.strip() == expected.strip() and expected.strip()
    assert smollm.check_cache(folder, smollm.gguf_path(), full=True) is None
    assert not list(folder.glob(f"{smollm.LOADING_PREFIX}*"))  # the load finished cleanly

    doctor = _run(tutor_home, "doctor")
    assert "converted copy verified" in doctor.stdout

    sampled = _run(tutor_home, "generate", "--seed", "3", "--max-tokens", "6", "Hello")
    assert sampled.returncode == 0 and sampled.stdout.strip(), sampled.stderr
    assert "preparing" not in sampled.stderr  # the rebuilt copy is trusted again


def test_a_conversion_killed_mid_save_leaves_nothing_behind(smollm_generator, smollm_home, tutor_home) -> None:
    """Finite damage (zeros) plus a load marker of a process that died: only the marker tells.

    The run that notices converts again; it is killed with SIGKILL while saving, which leaves a
    partial temporary folder. Doctor reports it and the cache's size; the next run removes it.
    """
    folder = _copy_cache(smollm_home, tutor_home)
    _overwrite_middle(folder / smollm.WEIGHTS_FILE, bytes(1 << 16))  # zeros: finite, still wrong
    (folder / f"{smollm.LOADING_PREFIX}{_dead_pid()}").write_text("0\n")

    process = subprocess.Popen([*TUTOR, "generate", *PROMPT], env=_env(tutor_home),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    prefix = f".{smollm.CACHE_NAME}-{process.pid}-"
    partial = None
    deadline = time.monotonic() + 600
    try:
        while time.monotonic() < deadline and process.poll() is None:
            temps = [p for p in folder.parent.iterdir() if p.name.startswith(prefix)]
            part = temps[0] / smollm.WEIGHTS_FILE if temps else None
            if part is not None and part.exists() and part.stat().st_size > 10_000_000:
                partial = temps[0]
                break
            time.sleep(0.02)
        assert partial is not None, "the conversion never reached the save"
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        _, err = process.communicate(timeout=60)
    assert "after a load that did not finish" in err.decode()
    assert partial.is_dir()
    assert smollm.folder_size(partial) > 10_000_000  # a partial copy of the weights, never renamed

    doctor = _run(tutor_home, "doctor")
    line = next(row for row in doctor.stdout.splitlines() if row.startswith("Cache size"))
    assert "MB in" in line and partial.name in line and "unfinished conversion" in line
    assert f"rm -r '{partial}'" in doctor.stdout

    # put a sound copy back (a second full conversion would only repeat the test above)
    shutil.rmtree(folder)
    _copy_cache(smollm_home, tutor_home)
    result = _run(tutor_home, "generate", *PROMPT)
    assert result.returncode == 0, result.stderr
    assert f"removed {partial.name}" in result.stderr
    assert not partial.exists()
    assert [p.name for p in folder.parent.iterdir()] == [smollm.CACHE_NAME]
    doctor = _run(tutor_home, "doctor")
    assert "no leftovers" in doctor.stdout


def test_a_live_conversion_folder_is_never_removed(tutor_home) -> None:
    folder = tutor_home / "cache" / smollm.CACHE_NAME
    folder.parent.mkdir(parents=True)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        writing = folder.parent / f".{smollm.CACHE_NAME}-{live.pid}-abcd1234"
        dead = folder.parent / f".{smollm.CACHE_NAME}-{_dead_pid()}-efgh5678"
        fresh_unknown = folder.parent / f".{smollm.CACHE_NAME}-k2j3h4g5"  # no pid, just written
        old_unknown = folder.parent / f".{smollm.CACHE_NAME}-a1b2c3d4"  # no pid, an hour idle
        for path in (writing, dead, fresh_unknown, old_unknown):
            path.mkdir()
            (path / smollm.WEIGHTS_FILE).write_bytes(b"x" * 1000)
        old = time.time() - smollm.LEFTOVER_AGE - 60
        for path in (old_unknown, old_unknown / smollm.WEIGHTS_FILE):
            os.utime(path, (old, old))
        assert smollm.remove_leftovers(folder) == sorted([dead, old_unknown])
        assert writing.exists() and fresh_unknown.exists()
    finally:
        live.kill()
        live.wait()
    assert smollm.remove_leftovers(folder) == [writing]  # its process is gone now


@pytest.mark.parametrize("marker_pid", ["self", "live"])
def test_a_load_marker_of_a_running_process_is_not_a_crash(tutor_home, marker_pid) -> None:
    folder = tutor_home / "cache" / smollm.CACHE_NAME
    folder.mkdir(parents=True)
    pid = os.getpid() if marker_pid == "self" else os.getppid()
    (folder / f"{smollm.LOADING_PREFIX}{pid}").write_text("0\n")
    assert not smollm.unfinished_load(folder)
    (folder / f"{smollm.LOADING_PREFIX}{_dead_pid()}").write_text("0\n")
    assert smollm.unfinished_load(folder)


def test_nan_scores_mid_run_stop_clearly_and_make_the_next_load_verify(smollm_generator, smollm_home, tutor_home) -> None:
    """Damage the probe did not reach (simulated: the forward pass turns NaN after a token)."""
    from tutor.core.generate import ModelUnavailable, load_generator

    folder = _copy_cache(smollm_home, tutor_home)
    generator = load_generator(fallback=False)
    assert not smollm.unfinished_load(folder)  # a clean load leaves no marker
    model = generator.backend.files.model
    real_forward = model.forward
    calls = []

    def forward_turning_nan(ids, cache):
        calls.append(len(ids))
        logits = real_forward(ids, cache)
        return logits * float("nan") if len(calls) > 2 else logits

    model.forward = forward_turning_nan
    with pytest.raises(ModelUnavailable, match="NaN/infinite"):
        generator.generate("Deep learning is", temperature=0.7, max_tokens=8, seed=1)
    assert smollm.unfinished_load(folder)  # so the next load hashes every file
    result = _run(tutor_home, "generate", *PROMPT)  # sound files: verified, no rebuild
    assert result.returncode == 0 and "preparing" not in result.stderr, result.stderr
    assert not smollm.unfinished_load(folder)
