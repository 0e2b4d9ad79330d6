"""Presets that break a demo on purpose: every demo has one, each cites a real course section,
is listed by --help, runs at reduced size and shows its failure in its metrics.

Sizes and thresholds were checked for seeds 0-9 under ATEN_CPU_CAPABILITY=default and avx2
with benchmarks/seed_sweep.py (README, "Demos you can play with")."""

from __future__ import annotations

import pytest

from tutor.demos import REGISTRY, get_demo
from tutor.demos.base import DemoError

PRESETS = [(name, preset.name) for name in REGISTRY for preset in get_demo(name).presets]


def test_every_demo_has_a_preset() -> None:
    assert {name for name, _ in PRESETS} == set(REGISTRY)


@pytest.mark.parametrize("name, preset", PRESETS)
def test_preset_cites_a_real_section_and_is_listed_by_help(name: str, preset: str) -> None:
    from tutor.core.knowledge import load_course

    demo = get_demo(name)
    found = demo.preset(preset)
    assert load_course().has_section(found.section), found.section
    assert f"--preset {preset}" in demo.usage()
    assert demo.parse_args(["--preset", preset])["preset"] == preset
    for key, value in found.values.items():  # preset values are valid options
        assert demo.parse_args(["--preset", preset])[key] == value


def test_user_options_override_a_preset_and_bad_names_are_clear() -> None:
    demo = get_demo("rl")
    params = demo.parse_args(["--preset", "no-explore", "--epsilon", "0.5"])
    assert params["epsilon"] == 0.5 and params["ties"] == "first"
    with pytest.raises(DemoError, match=r"no preset 'nope'\. Presets: no-explore"):
        demo.parse_args(["--preset", "nope"])
    with pytest.raises(DemoError, match="--preset needs a name"):
        demo.parse_args(["--preset"])
    for blank in ("", "  "):  # an empty name is no name (it ran the demo as if no preset were given)
        with pytest.raises(DemoError, match="--preset needs a name"):
            demo.parse_args(["--preset", blank])


@pytest.mark.parametrize("name, preset", PRESETS)
def test_preset_shows_its_failure(name: str, preset: str) -> None:
    demo = get_demo(name)
    found = demo.preset(preset)
    result = demo.run({"preset": preset, **found.small})
    assert result.preset == preset and result.to_json()["preset"] == preset
    assert found.shows(result.metrics), result.metrics
    assert f"Broken on purpose (preset {preset})" in result.explanation
    assert found.section in result.explanation
    assert "did not fully show" not in result.explanation
