"""The lazy registry and the demo modules must agree: `/demo` and `tutor demo --list` read the
registry without importing torch or scikit-learn, then `get_demo` imports the module."""

from __future__ import annotations

import pytest

from tutor.core.knowledge import load_course
from tutor.demos import REGISTRY, get_demo
from tutor.demos.base import DemoError


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_each_registered_demo_loads_and_matches_its_entry(name: str) -> None:
    demo = get_demo(name)
    assert demo.name == name
    assert demo.summary == REGISTRY[name].summary
    assert load_course().lesson(demo.lesson) is not None, f"{name} cites unknown lesson {demo.lesson}"


def test_unknown_demo_suggests_the_closest_name() -> None:
    with pytest.raises(DemoError, match="Did you mean 'gan'"):
        get_demo("gam")
