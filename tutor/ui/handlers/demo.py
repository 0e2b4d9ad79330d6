"""``/demo [NAME [options] | runs | rerun N]``: run a demo in the job slot with a live card in the conversation.

The demo runs in a thread (``app.run_job``); each progress event is handed to the card on
the UI thread, so the plots move while the chat stays responsive. Esc sets the job's cancel
event, which the demo checks at every step. A finished demo is saved as a ``demo`` message:
its ``to_dict()`` payload redraws the card on resume, its Markdown text is what ``/export``
writes. Every run, finished or stopped, is also kept (``tutor.demos.kept_runs``): ``/demo``
lists the recent ones, ``/demo rerun N`` repeats one exactly and compares its metrics.
"""

from __future__ import annotations

import asyncio
import shlex
import time
from typing import TYPE_CHECKING, Any

from tutor.commands import CommandError

if TYPE_CHECKING:
    from tutor.demos.base import Demo, DemoResult, RunContext
    from tutor.ui.app import TutorApp
    from tutor.ui.jobs import Job
    from tutor.ui.widgets.demo.card import DemoCard

PACE = 1.0  # multiplies the demos' watch pauses (tests set 0)
PROGRESS_INTERVAL = 0.12  # seconds between card updates


def complete_demo(app: TutorApp, text: str) -> list[str]:
    """Demo names while the name is typed; then that demo's options (if already loaded)."""
    import sys

    from tutor.demos import REGISTRY

    words = text.split()
    if not words or (len(words) == 1 and not text.endswith(" ")):
        prefix = words[0].lower() if words else ""
        return [name for name in [*REGISTRY, *RUN_WORDS] if name.startswith(prefix)]
    if words[0].lower() == "rerun":
        return _complete_rerun(app, words[1] if len(words) > 1 else "")
    info = REGISTRY.get(words[0].lower())
    module = sys.modules.get(info.module) if info else None
    if module is None:
        return []
    used = set(words[1:])
    head = " ".join(words)
    last = words[-1] if not text.endswith(" ") else ""
    base = " ".join(words[:-1]) if last else head
    return [f"{base} {p.flag}" for p in module.DEMO.all_params()
            if p.flag not in used and p.flag.startswith(last or "--")]


RUN_WORDS = ("runs", "rerun")  # /demo runs, /demo rerun N: the kept runs


def _complete_rerun(app: TutorApp, prefix: str) -> list[str]:
    """``rerun N`` for the recent kept runs (newest first)."""
    from tutor.demos.kept_runs import recent

    runs, _ = recent(getattr(app, "store", None))
    return [f"rerun {run.id}" for run in runs if str(run.id).startswith(prefix.lstrip("#"))]


def runs_markdown(app: TutorApp) -> str:
    """The recent runs as a numbered Markdown list, newest first."""
    from tutor.demos.kept_runs import describe, recent

    runs, problem = recent(app.store)
    if problem:
        return problem
    if not runs:
        return "*No runs kept yet*: every demo you run is listed here, to repeat exactly."
    lines = ["**Recent runs** (newest first; `/demo rerun N` repeats one exactly):", ""]
    lines += [f"- {_escape(describe(run))}" for run in runs]
    return "\n".join(lines)


def _escape(text: str) -> str:
    """Keep a run's line literal in Markdown (``1.`` would start a numbered list, ``_`` italics)."""
    return text.replace("_", "\\_").replace(". ", "\\. ", 1)


def list_markdown() -> str:
    from tutor.demos import list_demos

    parts = ["**Demos**: watch a model learn, live, in a few seconds."]
    for kind in ("machine learning", "generative AI"):
        parts.append(f"\n*{kind.capitalize()}*\n")
        parts += [f"- `/demo {i.name}`: {i.summary}" for i in list_demos() if i.kind == kind]
    parts.append("\n`/demo NAME --help` lists a demo's options and presets, e.g. "
                 "`/demo rl --slippery` or `/demo gan --preset mode-collapse`; "
                 "`/demo NAME --compare OPTION=A,B` trains runs side by side. "
                 "While a demo runs: **space** pauses, **n** steps, **k** and **+**/**-** turn "
                 "a knob, **Esc** stops.")
    return "\n".join(parts)


async def handle_demo(app: TutorApp, args: str) -> None:
    from tutor.demos.base import DemoError
    from tutor.ui.widgets.chat.messages import TutorText

    try:
        words = shlex.split(args)
    except ValueError as error:
        raise CommandError(f"Could not read the options ({error}).") from None
    if not words or words[0] in {"--list", "list"}:
        text = list_markdown() + ("\n\n" + runs_markdown(app) if not words else "")
        await app.conversation.add_card(TutorText(text, classes="help-card"))
        return
    if words[0] == "runs":
        await app.conversation.add_card(TutorText(runs_markdown(app), classes="help-card"))
        return
    if words[0] == "rerun":
        await rerun(app, " ".join(words[1:]))
        return
    name, rest = words[0], words[1:]
    demo = await asyncio.to_thread(_load, name)
    if any(word in {"--help", "-h"} for word in rest):
        await app.conversation.add_card(TutorText(usage_markdown(demo), classes="help-card"))
        return
    from tutor.demos.comparison import parse_compare, split_compare

    try:
        spec, options = split_compare(rest)
        params = demo.parse_args(options)
        compare = parse_compare(demo, spec) if spec is not None else None
    except DemoError as error:
        raise CommandError(f"{error}. (/demo {demo.name} --help lists the options)") from None

    if await _busy(app, f"/demo {demo.name}"):
        return
    await run_demo(app, demo, params, " ".join(["/demo", demo.name, *rest]), compare)


async def _busy(app: TutorApp, command: str) -> bool:
    """One demo at a time: say so (naming the command to run again) when one is running."""
    if app.job is None:
        return False
    await app.show_note(
        f"\"{app.job.title}\" is still running: one demo at a time. Let it finish or press "
        f"Esc to stop it, then run {command} again.", "warning")
    return True


def _sentence(error: Exception) -> str:
    text = str(error)
    return f"{text[:1].upper()}{text[1:]}."


async def rerun(app: TutorApp, number: str) -> None:
    """``/demo rerun N``: repeat kept run N exactly (options, seed, knob schedule), then say
    whether the metrics match the saved ones."""
    from tutor.demos import kept_runs
    from tutor.demos.base import DemoError

    try:
        saved = kept_runs.find(app.store, number)
    except DemoError as error:
        raise CommandError(_sentence(error)) from None
    demo = await asyncio.to_thread(_load, saved.demo)
    try:
        params, controls = kept_runs.replay(demo, saved)
    except DemoError as error:
        raise CommandError(_sentence(error)) from None
    if await _busy(app, f"/demo rerun {saved.id}"):
        return
    card = await run_demo(app, demo, params, f"/demo rerun {saved.id}", controls=controls,
                          rerun_of=saved.id)
    if card.result is not None and card.state == "finished":
        verdict = kept_runs.verdict(saved, card.result)
        await app.show_message("tutor", "text", verdict.text)


def usage_markdown(demo: Demo) -> str:
    """A demo's options as a list that wraps at any width (a code block would be cut)."""
    lines = [f"**`/demo {demo.name}`**: {demo.summary}", ""]
    for param in demo.all_params():
        flag, _, rest = param.describe().partition(": ")
        lines.append(f"- `{flag}`: {rest}")
    for extra in demo.extra_usage():
        head, _, rest = extra.partition(": ")
        lines.append(f"- `{head}`: {rest}" if head.startswith("--") else f"- {extra}")
    return "\n".join(lines)


def _load(name: str) -> Demo:
    from tutor.demos import get_demo
    from tutor.demos.base import DemoError

    try:
        return get_demo(name)
    except DemoError as error:
        raise CommandError(str(error)) from None
    except ImportError:
        raise CommandError(f"The {name} demo is not available in this version yet.") from None


async def run_demo(app: TutorApp, demo: Demo, params: dict[str, Any],
                   command: str = "", compare: tuple[str, list[Any]] | None = None,
                   controls: Any = None, rerun_of: int | None = None) -> DemoCard:
    """Mount a live card, train in the job slot, then finish, save or mark the card, and keep
    the run. The card gets the run's ``Controls`` (a re-run's carry the saved knob schedule):
    its keys pause, step and turn knobs."""
    from tutor.demos import kept_runs
    from tutor.demos.base import Controls
    from tutor.demos.render_text import render_markdown
    from tutor.ui.widgets.demo.card import DemoCard

    command = command or f"/demo {demo.name}"
    controls = controls or Controls()
    # knobs are bound by Demo.run; the card shows them from the start
    controls.bind(() if compare else demo.knobs, params, demo.unit)
    card = DemoCard(demo.name, demo.summary, command, controls=controls)
    await app.conversation.add_card(card)
    card.focus()  # its keys work at once; typing a letter goes back to the input
    contexts: list[RunContext] = []  # the run's context, for the knob turns of a stopped run
    started = time.time()
    outcome = await app.run_job(f"/demo {demo.name}", _train, demo, params, card, compare,
                                contexts)
    runs = []
    if outcome.refused:
        await card.remove()
    elif outcome.ok:
        result: DemoResult = outcome.value
        await card.show_result(result)
        app.conversation.scroll_end(animate=False)
        payload = {**result.to_dict(), "command": command}
        app.save_message("tutor", "demo", f"`{command}`\n\n" + render_markdown(result), payload)
        runs = kept_runs.finished(demo, result, "chat", started, rerun_of)
    elif outcome.cancelled:
        changes = contexts[0].changes if contexts else []
        runs = kept_runs.stopped(demo, params, changes, "chat", started, compare, rerun_of)
    else:
        card.mark_stopped(f"Failed: {type(outcome.error).__name__}: {outcome.error}")
    notice = kept_runs.keep(app.store, runs, told=True) if runs else None
    if outcome.cancelled:
        card.mark_stopped(_stopped_text(demo.name, [run.id for run in runs if run.id]))
    if notice:
        await app.show_note(notice, "warning")
    return card


def _stopped_text(name: str, numbers: list[int]) -> str:
    """The stopped card's last line: how to finish the run it was (kept as ``numbers``)."""
    if not numbers:
        return f"Stopped. Run /demo {name} again to start over."
    if len(numbers) == 1:
        return f"Stopped. Kept as run {numbers[0]}: /demo rerun {numbers[0]} trains it to the end."
    return (f"Stopped. Kept as runs {numbers[0]}-{numbers[-1]} (one per value): /demo rerun N "
            "trains one to the end.")


def _train(job: Job, demo: Demo, params: dict[str, Any], card: DemoCard,
           compare: tuple[str, list[Any]] | None = None,
           contexts: list[RunContext] | None = None) -> DemoResult:
    """Runs in the job's thread."""
    from tutor.demos.base import Progress, RunContext

    def on_progress(progress: Progress) -> None:
        job.progress(progress.fraction, progress.message)
        card.post_progress(progress)  # drawn by the card's own timer on the UI thread

    ctx = RunContext(on_progress, cancel_event=job.cancel_event,
                     min_interval=PROGRESS_INTERVAL, pace=PACE, controls=card.controls)
    if contexts is not None:
        contexts.append(ctx)
    if compare is not None:
        from tutor.demos.comparison import compare_runs

        return compare_runs(demo, params, compare[0], compare[1], ctx)
    return demo.run(params, ctx)
