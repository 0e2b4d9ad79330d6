"""The course path: prerequisite graphs on crafted courses (order, unknown ids, cycles named
lesson by lesson) and the shipped course being a DAG that starts at "what is machine learning"."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from tutor.core.knowledge import load_course
from tutor.core.learning.prerequisites import (
    CycleError,
    all_prerequisites,
    find_cycle,
    prerequisite_graph,
    topological_order,
    unknown_prerequisites,
)


@dataclass(frozen=True)
class FakeLesson:
    id: str
    number: int
    requires: tuple[str, ...] = ()


def course(**requires: tuple[str, ...]) -> list[FakeLesson]:
    """Lessons numbered in keyword order; ``b=("a",)`` means b requires a."""
    return [FakeLesson(lesson_id, number, needs) for number, (lesson_id, needs) in enumerate(requires.items(), 1)]


def ids(lessons) -> list[str]:
    return [lesson.id for lesson in lessons]


def test_order_puts_prerequisites_first_and_keeps_course_order_otherwise() -> None:
    # d comes before b in the file order, but requires c, which requires b.
    lessons = course(a=(), d=("c",), b=("a",), c=("b",), e=())
    assert ids(topological_order(lessons)) == ["a", "b", "c", "d", "e"]
    assert ids(topological_order(course(a=(), b=(), c=()))) == ["a", "b", "c"]


def test_a_diamond_is_fine_and_all_prerequisites_are_transitive() -> None:
    lessons = course(base=(), left=("base",), right=("base",), top=("left", "right"))
    assert find_cycle(prerequisite_graph(lessons)) is None
    assert ids(topological_order(lessons)) == ["base", "left", "right", "top"]
    assert all_prerequisites(lessons, "top") == {"base", "left", "right"}
    assert all_prerequisites(lessons, "base") == set()


def test_unknown_prerequisites_are_reported_and_ignored_by_the_order() -> None:
    lessons = course(a=(), b=("a", "ganz"), c=("nothing",))
    assert unknown_prerequisites(lessons) == [("b", "ganz"), ("c", "nothing")]
    assert ids(topological_order(lessons)) == ["a", "b", "c"]


def test_find_cycle_writes_the_loop_out() -> None:
    graph = {"a": (), "b": ("a", "d"), "c": ("b",), "d": ("c",), "e": ("d",)}
    cycle = find_cycle(graph)
    assert cycle is not None and cycle[0] == cycle[-1] and set(cycle) == {"b", "c", "d"}
    for lesson, need in itertools.pairwise(cycle):
        assert need in graph[lesson]  # each step is a real "requires"
    assert find_cycle({"a": ("a",)}) == ["a", "a"]
    assert find_cycle({"a": (), "b": ("a",)}) is None


def test_topological_order_raises_naming_the_cycle() -> None:
    with pytest.raises(CycleError) as caught:
        topological_order(course(a=(), b=("c",), c=("b",)))
    assert caught.value.cycle in (["b", "c", "b"], ["c", "b", "c"])
    assert "cycle: b -> c -> b" in str(caught.value) or "cycle: c -> b -> c" in str(caught.value)


def test_a_long_chain_needs_no_recursion() -> None:
    lessons = [FakeLesson(f"l{n}", n, (f"l{n - 1}",) if n else ()) for n in range(5000)]
    assert find_cycle(prerequisite_graph(lessons)) is None
    assert ids(topological_order(lessons))[-1] == "l4999"


def test_the_shipped_course_is_a_dag_from_what_is_ml_to_careers() -> None:
    real = load_course()
    assert unknown_prerequisites(real) == []
    assert find_cycle(prerequisite_graph(real)) is None
    order = ids(topological_order(real))
    assert order[0] == "what-is-ml" and order[-1] == "skills-and-learning-paths"
    # Every lesson builds on the first, and the last builds on (nearly) everything.
    for lesson in real.lessons[1:]:
        assert "what-is-ml" in all_prerequisites(real, lesson.id), lesson.id
    assert len(all_prerequisites(real, "skills-and-learning-paths")) >= 15
    # A DAG, not a chain: some lessons share a prerequisite and may be taken in either order.
    graph = prerequisite_graph(real)
    assert sum(1 for needs in graph.values() if "what-is-ml" in needs) >= 3
    assert any(len(needs) >= 2 for needs in graph.values())
