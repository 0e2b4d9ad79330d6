"""The course as data: lessons parsed into sections, sentences and chunks with stable ids.

A lesson file (``knowledge/lessons/NN-<id>.md``) has front matter (title, id, demo,
summary, requires), one H1, H2 sections of prose, and a final ``Try it: /demo ...`` line. Each H2 section
is the unit the tutor cites (``<lesson-id>#<slug>``); sentences are the unit answers are built
from; chunks (a few sentences, overlapping) are the unit the dense index embeds, so a long
section is not truncated by the model's 256-token window.

Ids depend only on the lesson id, the heading and the sentence positions, so they stay stable
across runs and machines; the vector cache is keyed by the chunk texts themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

FRONT_MATTER_KEYS = ("title", "id", "demo", "summary", "requires")
REQUIRED_KEYS = ("title", "id")
CHUNK_SENTENCES = 3  # sentences per dense chunk
CHUNK_STRIDE = 2  # step between chunk starts (so chunks overlap by one sentence)

_FILE_NAME = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
_TRY_IT = re.compile(r"^try it:", re.IGNORECASE)
_LESSON_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Words ending in a full stop that do not end a sentence.
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "no", "fig", "approx", "inc", "ltd", "cf"}


class LessonFormatError(ValueError):
    """A lesson file cannot be parsed; the message names the file and line."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        super().__init__(f"{path.name}, line {line}: {problem}")


@dataclass(frozen=True)
class Section:
    """One H2 section: the unit the tutor retrieves and cites."""

    id: str  # "<lesson-id>#<slug>"
    lesson_id: str
    lesson_title: str
    heading: str
    text: str  # the section's prose, paragraphs separated by blank lines (Markdown kept)
    demo: str | None
    order: int = 0  # position in the whole course (0-based), for "next section" follow-ups
    sentences: tuple[str, ...] = field(default=(), compare=False)  # plain text, in order

    @property
    def slug(self) -> str:
        return self.id.split("#", 1)[1]

    @property
    def citation(self) -> str:
        """How a source is shown: "Lesson title > Section heading"."""
        return f"{self.lesson_title} > {self.heading}"


@dataclass(frozen=True)
class Chunk:
    """A few consecutive sentences of one section, embedded as one vector."""

    id: str  # "<section-id>~<n>"
    section_id: str
    text: str


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    demo: str | None
    summary: str
    number: int  # the NN of the file name
    path: Path
    sections: tuple[Section, ...]
    try_it: str | None  # the final "Try it: ..." line, without the "Try it:" prefix
    # Lesson ids that should be learned first (front matter ``requires: [a, b]``). Whether they
    # exist and form no cycle is checked by ``tutor quiz --check`` (tutor.core.learning.prerequisites),
    # not here: a typo in one lesson must not stop the whole tutor from loading the course.
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Course:
    lessons: tuple[Lesson, ...]
    sections: tuple[Section, ...]
    chunks: tuple[Chunk, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lessons_by_id", {lesson.id: lesson for lesson in self.lessons})
        object.__setattr__(self, "_sections_by_id", {s.id: s for s in self.sections})

    def lesson(self, lesson_id: str) -> Lesson:
        return self._lessons_by_id[lesson_id]  # type: ignore[attr-defined]

    def section(self, section_id: str) -> Section:
        return self._sections_by_id[section_id]  # type: ignore[attr-defined]

    def has_section(self, section_id: str) -> bool:
        return section_id in self._sections_by_id  # type: ignore[attr-defined]


def slugify(heading: str) -> str:
    """Heading -> slug: lowercase, runs of non-[a-z0-9] become '-', trimmed of '-'."""
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


_MARKUP = [
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"), r"\1"),  # _italic_
    (re.compile(r"`([^`]+)`"), r"\1"),  # `code`
]


def plain_text(markdown: str) -> str:
    """Inline Markdown removed, whitespace collapsed: what is indexed and quoted in answers."""
    text = markdown
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text, flags=re.MULTILINE)  # list markers
    text = re.sub(r"^#+\s*", "", text, flags=re.MULTILINE)
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(text: str) -> list[str]:
    """Split plain prose into sentences.

    A sentence ends at . ! or ? followed by a space and an upper-case letter, digit or
    quote, except after common abbreviations (e.g., i.e., vs.) and single initials. Decimal
    numbers ("0.97") never match because no space follows the point.
    """
    text = text.strip()
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?][\"')\]]*\s+(?=[A-Z0-9\"'(])", text):
        end = match.start()
        words = text[start:end].split()
        last = words[-1].lower().rstrip(".") if words else ""
        if text[end] == "." and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _chunks_for(section: Section) -> list[Chunk]:
    """Overlapping windows of sentences; the heading is prefixed so each chunk carries its topic."""
    sentences = list(section.sentences)
    prefix = f"{section.lesson_title.rstrip('?.!')}: {section.heading}. "
    starts = list(range(0, max(1, len(sentences) - CHUNK_SENTENCES + CHUNK_STRIDE), CHUNK_STRIDE))
    chunks = []
    for n, begin in enumerate(starts):
        window = sentences[begin : begin + CHUNK_SENTENCES]
        if not window:
            break
        chunks.append(Chunk(id=f"{section.id}~{n}", section_id=section.id, text=prefix + " ".join(window)))
    return chunks


def parse_requires(path: Path, line: int, value: str) -> tuple[str, ...]:
    """``[a, b]`` -> ("a", "b"): the prerequisite ids of a lesson's ``requires:`` front matter.

    Why a bracketed list and nothing looser: the same line is read by people and by this parser,
    and a missing bracket is more likely a slip than a one-item list, so it is an error.
    """
    text = value.strip()
    if not (text.startswith("[") and text.endswith("]")):
        raise LessonFormatError(path, line, f"requires must be a list such as [what-is-ml, gans], got {text!r}")
    inner = text[1:-1].strip()
    if not inner:
        return ()
    ids: list[str] = []
    for item in inner.split(","):
        lesson_id = item.strip().strip("\"'")
        if not _LESSON_ID.match(lesson_id):
            raise LessonFormatError(path, line, f"requires: {lesson_id!r} is not a lesson id (lower-case words joined by '-')")
        if lesson_id in ids:
            raise LessonFormatError(path, line, f"requires: {lesson_id!r} is listed twice")
        ids.append(lesson_id)
    return tuple(ids)


def _parse_front_matter(path: Path, lines: list[str]) -> tuple[dict[str, str], int]:
    """Returns the key/values and the index of the first line after the closing '---'."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise LessonFormatError(path, 1, "the file is empty")
    if lines[first].strip() != "---":
        raise LessonFormatError(path, first + 1, "expected front matter starting with '---'")
    meta: dict[str, str] = {}
    for i in range(first + 1, len(lines)):
        line = lines[i].strip()
        if line == "---":
            missing = [key for key in REQUIRED_KEYS if not meta.get(key)]
            if missing:
                raise LessonFormatError(path, i + 1, f"front matter lacks {', '.join(missing)}")
            return meta, i + 1
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise LessonFormatError(path, i + 1, f"expected 'key: value' in front matter, got {line!r}")
        key = key.strip().lower()
        if key == "requires":
            # Checked here, where the line number is known; kept as "a,b" for parse_lesson.
            meta[key] = ",".join(parse_requires(path, i + 1, value))
            continue
        meta[key] = value.strip().strip("\"'")
    raise LessonFormatError(path, first + 1, "front matter is never closed with '---'")


def parse_lesson(path: Path, first_order: int = 0) -> Lesson:
    """Parse one lesson file. Raises ``LessonFormatError`` (file + line) when malformed."""
    path = Path(path)
    match = _FILE_NAME.match(path.name)
    if match is None:
        raise LessonFormatError(path, 1, "file name must look like 'NN-lesson-id.md'")
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise LessonFormatError(path, 1, f"not valid UTF-8 ({error.reason})") from error
    lines = raw.splitlines()
    meta, body_start = _parse_front_matter(path, lines)
    lesson_id = meta["id"]
    if lesson_id != match.group(2):
        raise LessonFormatError(path, 1, f"front matter id {lesson_id!r} does not match the file name")
    title = meta["title"]
    demo = meta.get("demo") or None
    requires = tuple(lesson_id for lesson_id in meta.get("requires", "").split(",") if lesson_id)

    # Find the Try-it line: the last non-blank line, when it starts with "Try it:".
    body_end = len(lines)
    try_it = None
    last = next((i for i in range(len(lines) - 1, body_start - 1, -1) if lines[i].strip()), None)
    if last is not None and _TRY_IT.match(lines[last].strip()):
        try_it = lines[last].strip()[len("Try it:") :].strip()
        body_end = last

    raw_sections: list[tuple[str, int, list[str]]] = []  # heading, line number, body lines
    for i in range(body_start, body_end):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("## ") or stripped == "##":
            heading = stripped[2:].strip()
            if not heading:
                raise LessonFormatError(path, i + 1, "empty '##' heading")
            raw_sections.append((heading, i + 1, []))
        elif stripped.startswith("# ") and not raw_sections:
            continue  # the lesson's H1 title
        elif raw_sections:
            raw_sections[-1][2].append(line)
        elif stripped:
            raise LessonFormatError(path, i + 1, "text before the first '## ' section heading")
    if not raw_sections:
        raise LessonFormatError(path, body_start + 1, "the lesson has no '## ' sections")

    sections: list[Section] = []
    seen: dict[str, int] = {}
    for heading, line_no, body in raw_sections:
        slug = slugify(heading)
        if not slug:
            raise LessonFormatError(path, line_no, f"heading {heading!r} has no letters or digits")
        if slug in seen:
            raise LessonFormatError(
                path, line_no, f"heading {heading!r} repeats the section at line {seen[slug]}"
            )
        seen[slug] = line_no
        text = "\n".join(body).strip()
        text = re.sub(r"\n{3,}", "\n\n", text)
        if not text:
            raise LessonFormatError(path, line_no, f"section {heading!r} has no text")
        sentences = tuple(
            s for paragraph in re.split(r"\n\s*\n", text) for s in split_sentences(plain_text(paragraph))
        )
        sections.append(
            Section(
                id=f"{lesson_id}#{slug}",
                lesson_id=lesson_id,
                lesson_title=title,
                heading=heading,
                text=text,
                demo=demo,
                order=first_order + len(sections),
                sentences=sentences,
            )
        )
    return Lesson(
        id=lesson_id,
        title=title,
        demo=demo,
        summary=meta.get("summary", ""),
        number=int(match.group(1)),
        path=path,
        sections=tuple(sections),
        try_it=try_it,
        requires=requires,
    )


def lesson_files(directory: Path) -> list[Path]:
    """The lesson files of ``directory`` in course order (``NN-`` file names sort; no README)."""
    return [path for path in sorted(Path(directory).glob("*.md")) if path.name.lower() != "readme.md"]


def build_course(directory: Path) -> Course:
    """Parse every ``*.md`` lesson in ``directory`` (sorted by file name)."""
    directory = Path(directory)
    lessons: list[Lesson] = []
    ids: dict[str, Path] = {}
    order = 0
    for path in lesson_files(directory):
        lesson = parse_lesson(path, first_order=order)
        if lesson.id in ids:
            raise LessonFormatError(path, 1, f"lesson id {lesson.id!r} is also used by {ids[lesson.id].name}")
        ids[lesson.id] = path
        order += len(lesson.sections)
        lessons.append(lesson)
    sections = tuple(s for lesson in lessons for s in lesson.sections)
    chunks = tuple(c for s in sections for c in _chunks_for(s))
    return Course(lessons=tuple(lessons), sections=sections, chunks=chunks)


# -- the parsed course, shipped -----------------------------------------------------------------
# Why: parsing the lessons (Markdown, sentence splitting, chunking) is ~35 ms of every cold
# ``tutor ask``. ``make vectors`` writes the parsed course to ``index/course.json`` beside the
# lessons, keyed by a hash of every lesson file and of this parser; any difference (an edited
# lesson, a changed parser, a damaged file) means the lessons are parsed as before.

SNAPSHOT_FORMAT = 1
SNAPSHOT_RELATIVE = Path("index") / "course.json"  # relative to the knowledge folder


def snapshot_path(directory: Path) -> Path:
    """Where the parsed course of the lessons in ``directory`` is kept (``knowledge/index``)."""
    return Path(directory).parent / SNAPSHOT_RELATIVE


def course_digest(directory: Path) -> str:
    """A hash of the lesson files (names and bytes) and of this parser's source."""
    import hashlib

    digest = hashlib.sha256(f"format={SNAPSHOT_FORMAT}\0".encode())
    digest.update(Path(__file__).read_bytes())
    for path in lesson_files(directory):
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def write_snapshot(directory: Path) -> Path:
    """Parse the lessons of ``directory`` and write ``index/course.json`` (atomically)."""
    import json

    course = build_course(Path(directory))
    data = {
        "digest": course_digest(directory),
        "lessons": [
            {
                "id": lesson.id, "title": lesson.title, "demo": lesson.demo, "summary": lesson.summary,
                "number": lesson.number, "file": lesson.path.name, "try_it": lesson.try_it,
                "requires": list(lesson.requires),
                "sections": [
                    [s.id, s.lesson_id, s.lesson_title, s.heading, s.text, s.demo, s.order, list(s.sentences)]
                    for s in lesson.sections
                ],
            }
            for lesson in course.lessons
        ],
        "chunks": [[c.id, c.section_id, c.text] for c in course.chunks],
    }
    path = snapshot_path(directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(path)
    return path


def read_snapshot(directory: Path) -> Course | None:
    """The shipped parsed course when it matches the lesson files exactly, else None."""
    import json

    directory = Path(directory)
    try:
        data = json.loads(snapshot_path(directory).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("digest") != course_digest(directory):
            return None
        lessons = []
        for raw in data["lessons"]:
            sections = tuple(
                Section(id=i, lesson_id=lid, lesson_title=t, heading=h, text=x, demo=d, order=int(o),
                        sentences=tuple(str(s) for s in sentences))
                for i, lid, t, h, x, d, o, sentences in raw["sections"]
            )
            lessons.append(Lesson(
                id=raw["id"], title=raw["title"], demo=raw["demo"], summary=raw["summary"],
                number=int(raw["number"]), path=directory / raw["file"], sections=sections,
                try_it=raw["try_it"], requires=tuple(raw["requires"]),
            ))
        chunks = tuple(Chunk(id=i, section_id=s, text=t) for i, s, t in data["chunks"])
    except (OSError, ValueError, KeyError, TypeError):  # missing, damaged or of another shape: parse
        return None
    sections = tuple(s for lesson in lessons for s in lesson.sections)
    return Course(lessons=tuple(lessons), sections=sections, chunks=chunks)


@lru_cache(maxsize=4)
def _load_cached(directory: str) -> Course:
    return read_snapshot(Path(directory)) or build_course(Path(directory))


def load_course(directory: Path | None = None) -> Course:
    """The course from ``paths.lessons_dir()`` (or ``directory``), parsed once per process."""
    if directory is None:
        from tutor.core import paths

        directory = paths.lessons_dir()
    return _load_cached(str(Path(directory).resolve()))
