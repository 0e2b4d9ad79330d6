"""Reading the learned models' files: anything but a sound file of the right key is refused, never raised."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tutor.core.answering.npzfile import read_keyed_npz, write_npz


def test_a_file_of_the_key_gives_its_fields_as_float32(tmp_path: Path) -> None:
    path = write_npz(tmp_path / "m.npz", {"key": np.array("k1"), "weights": np.ones((2, 3)), "bias": np.zeros(2)})
    arrays, why = read_keyed_npz(path, "k1", ("weights", "bias"))
    assert why is None and arrays is not None
    assert arrays["weights"].dtype == np.float32 and arrays["weights"].shape == (2, 3)


def test_missing_stale_and_damaged_files_say_why(tmp_path: Path) -> None:
    path = write_npz(tmp_path / "m.npz", {"key": np.array("k1"), "weights": np.array(["a", "b"]), "bias": np.zeros(1)})
    assert read_keyed_npz(tmp_path / "none.npz", "k1", ("weights",)) == (None, "missing")
    assert read_keyed_npz(path, "k2", ("weights",)) == (None, "stale")
    assert read_keyed_npz(path, "k1", ("weights",))[1].startswith("unreadable")  # not numbers
    assert read_keyed_npz(path, "k1", ("other",))[1].startswith("unreadable")  # no such field
    garbage = tmp_path / "g.npz"
    garbage.write_bytes(b"\x00not a zip")
    assert read_keyed_npz(garbage, "k1", ("weights",))[1].startswith("unreadable")
