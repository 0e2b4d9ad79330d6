"""Parsing lessons into sections, sentences and chunks; clear errors for malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.core.knowledge import (
    LessonFormatError,
    build_course,
    load_course,
    parse_lesson,
    slugify,
    split_sentences,
)

GOOD = """---
title: Generative adversarial networks
id: gans
demo: gan
summary: Two networks compete.
---

# Generative adversarial networks

## Two networks, one game

A GAN has two networks. The generator makes samples, e.g. images. The discriminator judges them.
Training is a game with a score of 0.5 at balance.

A **second** paragraph adds one more sentence. And *another* one here.

## Mode collapse: when variety dies

Mode collapse is a failure. The generator repeats itself.

Try it: /demo gan (watch the ring)
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_slugify_follows_the_course_rule() -> None:
    assert slugify("Two networks, one game") == "two-networks-one-game"
    assert slugify("  Mode collapse: when variety dies!  ") == "mode-collapse-when-variety-dies"
    assert slugify("Why this tutor's demos run on a CPU") == "why-this-tutor-s-demos-run-on-a-cpu"


def test_split_sentences_keeps_abbreviations_and_decimals_together() -> None:
    text = "K-means (e.g. on blobs) scores 0.97 here. Dr. Smith agreed! Why? Because i.e. it works."
    assert split_sentences(text) == [
        "K-means (e.g. on blobs) scores 0.97 here.",
        "Dr. Smith agreed!",
        "Why?",
        "Because i.e. it works.",
    ]


def test_a_lesson_becomes_sections_with_ids_text_and_metadata(tmp_path: Path) -> None:
    lesson = parse_lesson(write(tmp_path, "07-gans.md", GOOD))
    assert (lesson.id, lesson.title, lesson.demo, lesson.number) == ("gans", "Generative adversarial networks", "gan", 7)
    assert lesson.summary == "Two networks compete."
    assert lesson.try_it == "/demo gan (watch the ring)"
    first, second = lesson.sections
    assert first.id == "gans#two-networks-one-game"
    assert second.id == "gans#mode-collapse-when-variety-dies"
    assert first.lesson_title == "Generative adversarial networks" and first.demo == "gan"
    assert second.citation == "Generative adversarial networks > Mode collapse: when variety dies"
    # The Try it line is metadata, never section text.
    assert all("Try it" not in s.text for s in lesson.sections)
    # Markdown emphasis is removed from sentences but kept in the text.
    assert "**second**" in first.text
    assert "A second paragraph adds one more sentence." in first.sentences
    assert first.sentences[1] == "The generator makes samples, e.g. images."
    assert len(first.sentences) == 6


def test_chunks_overlap_cover_every_sentence_and_have_stable_ids(tmp_path: Path) -> None:
    write(tmp_path, "07-gans.md", GOOD)
    course = build_course(tmp_path)
    again = build_course(tmp_path)
    assert [c.id for c in course.chunks] == [c.id for c in again.chunks]
    assert len({c.id for c in course.chunks}) == len(course.chunks)
    first = course.sections[0]
    chunks = [c for c in course.chunks if c.section_id == first.id]
    assert [c.id for c in chunks][:2] == [f"{first.id}~0", f"{first.id}~1"]
    for sentence in first.sentences:
        assert any(sentence in c.text for c in chunks)
    # Each chunk names its topic so a short chunk still embeds near its subject.
    assert all(c.text.startswith("Generative adversarial networks: Two networks, one game.") for c in chunks)


@pytest.mark.parametrize(
    ("name", "text", "line", "problem"),
    [
        ("01-x.md", "", 1, "empty"),
        ("01-x.md", "title: X\n", 1, "front matter"),
        ("01-x.md", "---\ntitle: X\nid: x\n", 1, "never closed"),
        ("01-x.md", "---\ntitle: X\n---\n## A\ntext\n", 3, "lacks id"),
        ("01-x.md", "---\ntitle: X\nid: y\n---\n## A\ntext\n", 1, "does not match"),
        ("01-x.md", "---\ntitle: X\nid: x\nbroken line\n---\n", 4, "key: value"),
        ("01-x.md", "---\ntitle: X\nid: x\n---\nStray text.\n## A\ntext\n", 5, "before the first"),
        ("01-x.md", "---\ntitle: X\nid: x\n---\n## A\ntext\n## A\nmore\n", 7, "repeats the section at line 5"),
        ("01-x.md", "---\ntitle: X\nid: x\n---\n## A\n\n## B\ntext\n", 5, "has no text"),
        ("01-x.md", "---\ntitle: X\nid: x\n---\n# Only a title\n", 5, "no '## ' sections"),
        ("lesson.md", "---\ntitle: X\nid: x\n---\n## A\ntext\n", 1, "file name"),
        ("01-x.md", "---\ntitle: X\nid: x\nrequires: gans\n---\n## A\ntext\n", 4, "requires must be a list"),
        ("01-x.md", "---\ntitle: X\nid: x\nrequires: [gans, GANs!]\n---\n## A\ntext\n", 4, "'GANs!' is not a lesson id"),
        ("01-x.md", "---\ntitle: X\n\nid: x\nrequires: [gans, gans]\n---\n## A\ntext\n", 5, "listed twice"),
    ],
)
def test_malformed_lessons_name_the_file_and_line(
    tmp_path: Path, name: str, text: str, line: int, problem: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(LessonFormatError) as info:
        parse_lesson(path)
    assert info.value.line == line
    assert str(info.value).startswith(f"{name}, line {line}:")
    assert problem in str(info.value)


def test_invalid_utf8_lesson_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "01-x.md"
    path.write_bytes(b"---\ntitle: \xff\n")
    with pytest.raises(LessonFormatError, match="UTF-8"):
        parse_lesson(path)


def test_duplicate_lesson_ids_across_files_are_rejected(tmp_path: Path) -> None:
    write(tmp_path, "07-gans.md", GOOD)
    write(tmp_path / "other", "08-gans.md", GOOD)
    (tmp_path / "08-gans.md").write_text((tmp_path / "other" / "08-gans.md").read_text())
    with pytest.raises(LessonFormatError, match=r"also used by 07-gans\.md"):
        build_course(tmp_path)


def test_the_shipped_course_is_well_formed(course) -> None:
    assert len(course.lessons) >= 15
    ids = [s.id for s in course.sections]
    assert len(ids) == len(set(ids))
    for lesson in course.lessons:
        assert 3 <= len(lesson.sections) <= 8, lesson.id
        assert lesson.try_it and lesson.try_it.startswith("/demo"), lesson.id
        for section in lesson.sections:
            assert len(section.sentences) >= 2, section.id
            assert "Try it:" not in section.text, section.id
    assert {c.section_id for c in course.chunks} == set(ids)


def test_requires_lists_prerequisite_ids_and_defaults_to_none(tmp_path: Path) -> None:
    lesson = parse_lesson(write(tmp_path, "07-gans.md", GOOD.replace("demo: gan\n", "demo: gan\nrequires: [what-is-ml, 'vaes']\n")))
    assert lesson.requires == ("what-is-ml", "vaes")
    assert parse_lesson(write(tmp_path, "07-gans.md", GOOD.replace("demo: gan\n", "demo: gan\nrequires: [ ]\n"))).requires == ()
    assert parse_lesson(write(tmp_path, "07-gans.md", GOOD)).requires == ()


def test_the_shipped_lessons_all_declare_their_prerequisites(course) -> None:
    """Every lesson says what it requires (an explicit [] for the first); only earlier lessons."""
    numbers = {lesson.id: lesson.number for lesson in course.lessons}
    first, *rest = course.lessons
    assert first.id == "what-is-ml" and first.requires == ()
    for lesson in rest:
        assert "requires:" in lesson.path.read_text().split("\n---", 1)[0], lesson.id
        assert lesson.requires, f"{lesson.id} should require at least one earlier lesson"
        assert all(numbers[need] < lesson.number for need in lesson.requires), lesson.id


def test_load_course_is_parsed_once_per_process() -> None:
    assert load_course() is load_course()


# -- the parsed course shipped in knowledge/index/course.json (a faster cold start) -------------


def _same_course(a, b) -> bool:
    return a == b and a.lessons == b.lessons and all(
        x.sentences == y.sentences for x, y in zip(a.sections, b.sections, strict=True)
    )


def test_the_shipped_parsed_course_matches_the_lessons() -> None:
    """Fails after a lesson or the parser changes until `make vectors` rewrites it."""
    from tutor.core import knowledge, paths

    directory = paths.lessons_dir()
    shipped = knowledge.read_snapshot(directory)
    assert shipped is not None, "knowledge/index/course.json is missing or stale: run `make vectors`"
    assert _same_course(shipped, knowledge.build_course(directory))


def _course_copy(tmp_path: Path) -> Path:
    import shutil

    from tutor.core import knowledge, paths

    lessons = tmp_path / "knowledge" / "lessons"
    shutil.copytree(paths.lessons_dir(), lessons)
    knowledge.write_snapshot(lessons)
    return lessons


def test_an_edited_lesson_is_parsed_not_read_from_the_stale_snapshot(tmp_path: Path) -> None:
    from tutor.core import knowledge

    lessons = _course_copy(tmp_path)
    assert knowledge.read_snapshot(lessons) is not None
    first = knowledge.lesson_files(lessons)[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n\n## A new section\n\nFresh words here.\n", encoding="utf-8")
    assert knowledge.read_snapshot(lessons) is None
    course = knowledge.load_course(lessons)
    assert any(s.heading == "A new section" for s in course.sections)
    assert _same_course(course, knowledge.build_course(lessons))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong_shape"])
def test_a_damaged_snapshot_is_ignored_and_the_lessons_parsed(tmp_path: Path, damage: str) -> None:
    import json

    from tutor.core import knowledge

    lessons = _course_copy(tmp_path)
    path = knowledge.snapshot_path(lessons)
    if damage == "garbage":
        path.write_bytes(b"\xff\xfe not json")
    elif damage == "truncated":
        path.write_text(path.read_text(encoding="utf-8")[:3000], encoding="utf-8")
    else:  # right digest, fields of another shape
        data = json.loads(path.read_text(encoding="utf-8"))
        data["lessons"][0]["sections"] = [["only", "two"]]
        path.write_text(json.dumps(data), encoding="utf-8")
    assert knowledge.read_snapshot(lessons) is None
    assert _same_course(knowledge.load_course(lessons), knowledge.build_course(lessons))


def test_a_malformed_lesson_is_still_reported_with_a_snapshot_present(tmp_path: Path) -> None:
    from tutor.core import knowledge

    lessons = _course_copy(tmp_path)
    first = knowledge.lesson_files(lessons)[0]
    first.write_text("no front matter at all\n", encoding="utf-8")
    with pytest.raises(LessonFormatError):
        knowledge.load_course(lessons)
