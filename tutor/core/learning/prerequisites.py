"""The course path: lessons and the lessons they require, as a graph that must have no cycle.

Each lesson's front matter lists the lessons to learn first (``requires: [what-is-ml]``). The
graph is a DAG rather than one chain, so a learner who knows the basics can take several
lessons in any order. Why the checks live here and not in the lesson parser: a typo in one
``requires`` must not stop the tutor from loading the course; ``tutor quiz --check`` reports it
(unknown id, or a cycle written out lesson by lesson) and the path simply ignores unknown ids.

Every function takes anything with ``id``, ``requires`` and ``number`` (a ``knowledge.Lesson``
or a quiz ``LessonOutline``), or a ``Course`` (its ``lessons``).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, TypeVar


class HasRequires(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def requires(self) -> tuple[str, ...]: ...
    @property
    def number(self) -> int: ...


L = TypeVar("L", bound=HasRequires)


class CycleError(ValueError):
    """The prerequisites loop back on themselves; ``cycle`` is the loop, first id repeated last."""

    def __init__(self, cycle: list[str]) -> None:
        self.cycle = cycle
        super().__init__(f"the prerequisites form a cycle: {' -> '.join(cycle)}")


def _lessons_of(course_or_lessons: object) -> list:
    lessons = getattr(course_or_lessons, "lessons", course_or_lessons)
    if isinstance(lessons, Mapping):
        lessons = lessons.values()
    return list(lessons)  # type: ignore[call-overload]


def prerequisite_graph(course_or_lessons: object) -> dict[str, tuple[str, ...]]:
    """lesson id -> the ids it requires, in course order."""
    lessons = sorted(_lessons_of(course_or_lessons), key=lambda lesson: lesson.number)
    return {lesson.id: tuple(lesson.requires) for lesson in lessons}


def unknown_prerequisites(course_or_lessons: object) -> list[tuple[str, str]]:
    """(lesson id, required id) for every prerequisite that names no lesson of the course."""
    graph = prerequisite_graph(course_or_lessons)
    return [(lesson, need) for lesson, needs in graph.items() for need in needs if need not in graph]


def find_cycle(graph: Mapping[str, Sequence[str]]) -> list[str] | None:
    """One cycle of ``graph`` written out (``["a", "b", "a"]``), or None when it has none.

    Unknown ids are ignored (they are reported separately). Depth-first search with the usual
    three colours; iterative, so a long chain cannot hit Python's recursion limit.
    """
    WHITE, GREY, BLACK = 0, 1, 2
    colour = dict.fromkeys(graph, WHITE)
    for root in graph:
        if colour[root] != WHITE:
            continue
        path = [root]
        colour[root] = GREY
        stack = [iter(graph[root])]
        while stack:
            advanced = False
            for need in stack[-1]:
                if need not in colour:
                    continue
                if colour[need] == GREY:
                    return [*path[path.index(need) :], need]
                if colour[need] == WHITE:
                    colour[need] = GREY
                    path.append(need)
                    stack.append(iter(graph[need]))
                    advanced = True
                    break
            if not advanced:
                colour[path.pop()] = BLACK
                stack.pop()
    return None


def topological_order(course_or_lessons: Iterable[L] | object) -> list[L]:
    """The lessons so that each comes after everything it requires; ties keep course order.

    Raises ``CycleError`` naming the loop when there is none. Unknown prerequisites are ignored.
    """
    lessons = {lesson.id: lesson for lesson in _lessons_of(course_or_lessons)}
    graph = {lid: tuple(need for need in lesson.requires if need in lessons) for lid, lesson in lessons.items()}
    waiting = {lid: len(set(needs)) for lid, needs in graph.items()}
    unlocks: dict[str, list[str]] = {lid: [] for lid in graph}
    for lid, needs in graph.items():
        for need in set(needs):
            unlocks[need].append(lid)
    ready = [(lessons[lid].number, lid) for lid, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    order: list[L] = []
    while ready:
        _, lid = heapq.heappop(ready)
        order.append(lessons[lid])
        for after in unlocks[lid]:
            waiting[after] -= 1
            if waiting[after] == 0:
                heapq.heappush(ready, (lessons[after].number, after))
    if len(order) < len(lessons):
        cycle = find_cycle(graph)
        raise CycleError(cycle or sorted(lid for lid, count in waiting.items() if count))
    return order


def all_prerequisites(course_or_lessons: object, lesson_id: str) -> set[str]:
    """Every lesson ``lesson_id`` depends on, directly or through others (not itself)."""
    graph = prerequisite_graph(course_or_lessons)
    seen: set[str] = set()
    todo = list(graph.get(lesson_id, ()))
    while todo:
        need = todo.pop()
        if need in seen or need not in graph:
            continue
        seen.add(need)
        todo.extend(graph[need])
    seen.discard(lesson_id)
    return seen
