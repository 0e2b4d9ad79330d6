"""What every probe generator (``benchmarks/probes/*/make.py``) does the same way: check that each
case's facts are stated by the course, split the cases at random (fixed seed) into a ``work``
half, whose failures are read, and a ``measure`` half, whose totals only are looked at, and write
each half in the learner-eval case format (``tests/data/learner_eval/README.md``).

Why one module: the generators each carried their own copy of these, and the copies drifted (some
checked facts against the cited sections together, some not at all). The fact check is the
judge's own, ``tests/core/learner_judge.unstated_facts``, so a probe passes the same rule as the
tests' case lists. A make.py script imports it with::

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import probekit
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.core.learner_judge import unstated_facts  # noqa: E402  (needs ROOT on the path)

T = TypeVar("T")
OUT_OF_SCOPE = ("near_miss", "out_of_job")
# The keys of a case, in the order they are written (the order of the README's examples).
FIELDS = ("kind", "question", "turns", "in_scope", "sections", "sides", "facts", "term")

# Each lesson's prefix of a section reference ("gans/" + slug), for probes that cite sections all
# over the course (router34-s34, routerasks-s33): one list, in the course's lesson order.
ML = "what-is-ml/"
SUP = "supervised-learning/"
UNS = "unsupervised-learning/"
RL = "reinforcement-learning/"
TR = "training-and-overfitting/"
GEN = "what-is-generative-ai/"
GAN = "gans/"
VAE = "vaes/"
LM = "language-models/"
HAL = "hallucination/"
VS = "ml-vs-generative-ai/"
EV = "evaluating-models/"
DC = "data-and-compute/"
APP = "ml-applications/"
GAPP = "generative-ai-applications/"
IND = "industry-use-cases/"
BEN = "benefits-and-limitations/"
ETH = "ethics-and-regulation/"
FUT = "future-trends/"
ADO = "adoption-challenges/"
SK = "skills-and-learning-paths/"


def case(kind: str, question: str | None, **fields: Any) -> dict[str, Any]:
    """One case: ``in_scope`` follows from the kind (a near miss or an out-of-job request is
    declined), and a comparison's sides are its sections, one each (a single section that
    compares both is the one side). A follow-up, asked as ``turns``, has no ``question`` (None)."""
    asked = {} if question is None else {"question": question}
    built: dict[str, Any] = {"kind": kind, **asked, "in_scope": kind not in OUT_OF_SCOPE, **fields}
    if kind == "comparison" and "sides" not in built:
        built["sides"] = [[section] for section in built["sections"]]
    return built


def check_facts(cases: Iterable[dict[str, Any]], *, stop: bool = True) -> None:
    """Name each case whose facts are not stated where it cites, or that cites no section of the
    course (``learner_judge.unstated_facts``), and stop (exit 1) before anything is written: such
    a case no extractive answer could pass for the reason it was written. ``stop=False`` only
    names them: for probes written and measured before their generator checked, kept as they
    were measured."""
    problems = unstated_facts([{**c, "file": f"{c['kind']}.toml"} for c in cases if c.get("in_scope", True)])
    for problem in problems:
        print("UNSTATED", problem)
    if problems and stop:
        sys.exit(1)


def halves(
    items: Sequence[T], rng: random.Random, *, alternate: bool = False, in_order: bool = False
) -> tuple[list[T], list[T]]:
    """(work, measure): ``items`` shuffled by ``rng`` and cut in two, the first half to work
    (``alternate``: every other item, from the first, to work). ``in_order`` keeps each half in the
    items' own order. One ``rng`` shared by several calls shuffles each list in turn, so a
    generator splitting two kinds of case draws from one seed."""
    order = list(range(len(items)))
    rng.shuffle(order)
    work, measure = (order[0::2], order[1::2]) if alternate else (order[: len(order) // 2], order[len(order) // 2 :])
    if in_order:
        work, measure = sorted(work), sorted(measure)
    return [items[i] for i in work], [items[i] for i in measure]



def split_by_class(classes: Iterable[tuple[str, Sequence[dict[str, Any]]]], rng: random.Random) -> dict[str, list[dict[str, Any]]]:
    """{"work": [...], "measure": [...]}: each class's cases marked with its name (``"class"``)
    and cut in two by ``halves`` with the one shared ``rng``, class after class, so that every
    class is split evenly and one seed reproduces the whole split (the probe generators of stops
    34 to 37 each wrote this loop out)."""
    split: dict[str, list[dict[str, Any]]] = {"work": [], "measure": []}
    for name, cases in classes:
        for case in cases:
            case["class"] = name
        work, measure = halves(cases, rng)
        split["work"] += work
        split["measure"] += measure
    return split

def _value(value: Any, literal: bool = False) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and literal:
        if "'" in value or "\n" in value:
            raise ValueError(f"not writable as a TOML literal string: {value!r}")
        return "'" + value + "'"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return "[" + ", ".join(_value(v, literal) for v in value) + "]"


def toml_case(fields: dict[str, Any], literal: Collection[str] = ()) -> str:
    """One ``[[case]]`` table, its keys in ``FIELDS`` order; the strings of the keys in
    ``literal`` are written as TOML literal strings (single quotes, nothing escaped), as some
    generators wrote their facts' patterns."""
    keys = [k for k in FIELDS if k in fields] + [k for k in fields if k not in FIELDS]
    return "[[case]]\n" + "".join(f"{k} = {_value(fields[k], k in literal)}\n" for k in keys)


def write_cases(path: Path, head: str, cases: Iterable[dict[str, Any]], *, literal: Collection[str] = ()) -> None:
    """``head`` (a comment, with its own line ends) then the cases, a blank line between them
    (``literal``: as in ``toml_case``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(head + "\n".join(toml_case(c, literal) for c in cases), encoding="utf-8")


def write_near_misses(
    here: Path, name: str, seed: int, near: Sequence[tuple[str, str]],
    controls: Sequence[tuple[str, str, list[list[str]]]],
) -> None:
    """The near-miss generators' split: ``near`` as (question, term) and in-scope ``controls`` as
    (question, section, facts), each split at random with one ``seed`` into ``work`` and
    ``measure`` (``near_miss.toml`` and ``paraphrase.toml``), the controls' facts checked first.
    Controls keep a decline rule honest: course questions in the same frames must stay answered."""
    rng = random.Random(seed)
    near_cases = [case("near_miss", q, term=t) for q, t in near]
    control_cases = [case("paraphrase", q, sections=[s], facts=facts) for q, s, facts in controls]
    check_facts(control_cases)
    for folder, n, c in zip(("work", "measure"), halves(near_cases, rng), halves(control_cases, rng), strict=True):
        head = f"# {name} ({folder}): written before running the tutor, split at random (seed {seed}).\n\n"
        write_cases(here / folder / "near_miss.toml", head, n)
        write_cases(here / folder / "paraphrase.toml", head, c)


_CLOSEST = re.compile(r'closest section it does cover is "(?P<lesson>[^"]*?) > (?P<heading>[^"]*)"')


def closest_section(tutor: Any, text: str) -> str | None:
    """The section a decline's text names as the closest ("lesson/section"), or None: what the
    judge ignores and the limits33 and trial34 checks score."""
    match = _CLOSEST.search(text)
    if match is None:
        return None
    for s in tutor.course.sections:
        if s.heading == match.group("heading") and s.lesson_title.rstrip("?") == match.group("lesson"):
            return s.id.replace("#", "/")
    return None


def problems(tutor: Any, case: dict[str, Any], answer: Any) -> list[str]:
    """What fails in ``case`` beyond the judge's verdict, by the keys the judge ignores:
    ``first`` (the first source is one of these sections), ``opens`` (the answer's first sentence
    matches one of these patterns), ``nearest`` (a decline's closest section is one of these
    lessons or sections), ``sides`` (each side has one of its sections cited) and ``maxwords``
    (the answer, citations aside, is at most this long)."""
    text, why = answer.text.strip(), []
    cited = [s.section.replace("#", "/") for s in answer.sources]
    if "first" in case and (cited[0] if cited else None) not in case["first"]:
        why.append(f"first source {cited[0] if cited else None}")
    if "opens" in case:
        opening = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        if not any(re.search(p, opening, re.IGNORECASE) for p in case["opens"]):
            why.append(f"opens {opening[:90]!r}")
    if "nearest" in case and not answer.in_scope:
        got = closest_section(tutor, answer.text) or ""
        if not any(got == n or got.startswith(n + "/") for n in case["nearest"]):
            why.append(f"nearest {got or None}")
    missed = [side for side in case.get("sides", []) if not set(cited) & set(side)]
    if missed and answer.in_scope:
        why.append(f"side not cited {[m[0].split('/')[-1][:30] for m in missed]}")
    if "maxwords" in case:
        body = re.sub(r"\[\d+\]", "", text.split("\nSources")[0])
        if len(body.split()) > case["maxwords"]:
            why.append(f"{len(body.split())} words")
    return why


def score_half(here: Path, argv: Sequence[str]) -> None:
    """Score the half ``argv[0]`` of the probe folder ``here`` (``--quiet``: totals only): the
    judge's verdict (as ``eval_learner``) plus ``problems``; a case passes when all its checks do.
    Totals per ``class`` (or ``kind`` where cases have no class), with the judge's alone beside.

    Why here: each probe folder's check.py was a copy of an earlier one with a key or two added."""
    import tomllib
    from collections import Counter

    from tests.core.learner_judge import judge
    from tutor.core.answering.answer import load_tutor

    half, quiet = argv[0], "--quiet" in argv
    tutor = load_tutor()
    total, passed, judged = Counter(), Counter(), Counter()
    for path in sorted((here / half).glob("*.toml")):
        for case in tomllib.loads(path.read_text())["case"]:
            verdict = judge(tutor, case)
            why = ([] if verdict.ok else [verdict.why]) + problems(tutor, case, verdict.answer)
            group = case.get("class", case["kind"])
            total[group] += 1
            passed[group] += not why
            judged[group] += verdict.ok
            if why and not quiet:
                asked = case.get("question") or " || ".join(case["turns"])
                print(f"  FAIL {group}: {asked!r} -> {'; '.join(why)}; {verdict.answer.text[:160]!r}")
    print(f"{half}: {sum(passed.values())}/{sum(total.values())} (judge {sum(judged.values())}) " +
          " ".join(f"{k} {passed[k]}/{total[k]} (judge {judged[k]})" for k in sorted(total)))
