"""Course vectors whose key is right but whose numbers are not (zeroed, NaN, tiny norms).

The real CLI runs in a subprocess; the only change is where it finds the shipped vectors file,
pointed at a damaged copy in the test's folder (the package's own file is never touched).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tutor.core.answering.embeddings import (
    DIMENSION,
    inspect_cache,
    read_cache,
    shipped_path,
    vector_problem,
)

RUN_WITH_SHIPPED = (
    "import sys; from pathlib import Path; import tutor.core.answering.embeddings as e; "
    "e.shipped_path = lambda: Path(sys.argv[1]); from tutor.cli import main; "
    "sys.exit(main(sys.argv[2:]))"
)


def _tutor(home: Path, shipped: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TUTOR_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", RUN_WITH_SHIPPED, str(shipped), *args], env=env,
                          capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)


def _damage(vectors: np.ndarray, how: str) -> np.ndarray:
    bad = vectors.astype(np.float32).copy()
    if how == "zeros":
        bad[:] = 0
    elif how == "nan":
        bad[::7] = np.nan
    else:  # tiny norms: right directions, scaled far below unit length
        bad *= 1e-3
    return bad.astype(np.float16)


def test_zeroed_vectors_with_a_valid_key_are_rebuilt(tutor_home: Path, tmp_path: Path) -> None:
    """The full path once (re-embedding takes 30-120 s here); other damage kinds below."""
    how = "zeros"
    with np.load(shipped_path()) as data:
        arrays = {name: data[name] for name in data.files}
    key = arrays["chunks_key"]
    arrays["chunks_vectors"] = _damage(arrays["chunks_vectors"], how)  # sentences stay sound
    shipped = tmp_path / "vectors.npz"
    np.savez(shipped, **arrays)
    cache = tutor_home / "cache" / "vectors-chunks.npz"
    cache.parent.mkdir(parents=True)
    np.savez(cache, key=key, vectors=arrays["chunks_vectors"])  # the user cache: same damage

    doctor = _tutor(tutor_home, shipped, "doctor")
    line = next(row for row in doctor.stdout.splitlines() if row.startswith("Course vectors"))
    assert "WARN" in line and "chunks: shipped file" in line and "user cache damaged" in line
    assert re.search(r"sentences: \d+ shipped", line)
    assert "rebuilds the chunks vectors" in doctor.stdout and "make vectors" in doctor.stdout

    answer = _tutor(tutor_home, shipped, "ask", "--json", "What is a GAN?")
    assert answer.returncode == 0, answer.stderr
    assert "the cached copy was damaged" in answer.stderr
    reply = json.loads(answer.stdout)
    assert reply["in_scope"] and "GAN" in reply["answer"]
    with np.load(cache) as data:
        rebuilt = data["vectors"].astype(np.float32)
    assert vector_problem(rebuilt, len(rebuilt), DIMENSION) is None

    doctor = _tutor(tutor_home, shipped, "doctor")
    line = next(row for row in doctor.stdout.splitlines() if row.startswith("Course vectors"))
    assert "chunks: " in line and "from the user cache" in line and "damaged" not in line.split("(")[0]


@pytest.mark.parametrize("how", ["zeros", "nan", "tiny"])
def test_every_kind_of_damage_is_refused_in_both_files(tmp_path: Path, how: str) -> None:
    with np.load(shipped_path()) as data:
        arrays = {name: data[name] for name in data.files}
    key, sound = str(arrays["chunks_key"]), arrays["chunks_vectors"]
    rows = len(sound)
    arrays["chunks_vectors"] = _damage(sound, how)
    shipped, user = tmp_path / "shipped.npz", tmp_path / "vectors-chunks.npz"
    np.savez(shipped, **arrays)
    np.savez(user, key=np.array(key), vectors=arrays["chunks_vectors"])
    for path, namespace in ((shipped, "chunks"), (user, None)):
        vectors, problem = inspect_cache(path, key, rows, DIMENSION, namespace=namespace)
        assert vectors is None and problem not in (None, "missing", "stale")
        assert read_cache(path, key, rows, DIMENSION, namespace=namespace) is None
    vectors, problem = inspect_cache(shipped, str(arrays["sentences_key"]), len(arrays["sentences_vectors"]),
                                     DIMENSION, namespace="sentences")
    assert problem is None and vectors is not None  # the sound matrix beside it is still used
    assert inspect_cache(shipped, "other", rows, DIMENSION, namespace="chunks") == (None, "stale")


def test_vector_problem_names_each_kind_of_damage() -> None:
    good = np.eye(3, DIMENSION, dtype=np.float32)
    assert vector_problem(good, 3, DIMENSION) is None
    assert "not unit length" in vector_problem(good * 0, 3, DIMENSION)
    assert "not unit length" in vector_problem(good * 0.5, 3, DIMENSION)
    assert "NaN" in vector_problem(good + np.nan, 3, DIMENSION)
    assert "shape" in vector_problem(good, 4, DIMENSION)
