"""``/demo [NAME] [options]``: run a demo in the job slot with a live card in the conversation.

The demo runs in a thread (``app.run_job``); each progress event is handed to the card on
the UI thread, so the plots move while the chat stays responsive. Esc sets the job's cancel
event, which the demo checks at every step. A finished demo is saved as a ``demo`` message:
its ``to_dict()`` payload redraws the card on resume, its Markdown text is what ``/export``
writes.
"""

from __future__ import annotations

import asyncio
import shlex
from typing import TYPE_CHECKING, Any

from tutor.commands import CommandError

if TYPE_CHECKING:
    from tutor.demos.base import Demo, DemoResult
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
        return [name for name in REGISTRY if name.startswith(prefix)]
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
        await app.conversation.add_card(TutorText(list_markdown(), classes="help-card"))
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

    if app.job is not None:
        await app.show_note(
            f"\"{app.job.title}\" is still running: one demo at a time. Let it finish or press "
            f"Esc to stop it, then run /demo {demo.name} again.", "warning")
        return
    await run_demo(app, demo, params, " ".join(["/demo", demo.name, *rest]), compare)


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
                   command: str = "", compare: tuple[str, list[Any]] | None = None) -> DemoCard:
    """Mount a live card, train in the job slot, then finish, save or mark the card.
    The card gets the run's ``Controls``: its keys pause, step and turn knobs."""
    from tutor.demos.base import Controls
    from tutor.demos.render_text import render_markdown
    from tutor.ui.widgets.demo.card import DemoCard

    command = command or f"/demo {demo.name}"
    controls = Controls()
    # knobs are bound by Demo.run; the card shows them from the start
    controls.bind(() if compare else demo.knobs, params, demo.unit)
    card = DemoCard(demo.name, demo.summary, command, controls=controls)
    await app.conversation.add_card(card)
    card.focus()  # its keys work at once; typing a letter goes back to the input
    outcome = await app.run_job(f"/demo {demo.name}", _train, demo, params, card, compare)
    if outcome.refused:
        await card.remove()
    elif outcome.ok:
        result: DemoResult = outcome.value
        await card.show_result(result)
        app.conversation.scroll_end(animate=False)
        payload = {**result.to_dict(), "command": command}
        app.save_message("tutor", "demo", f"`{command}`\n\n" + render_markdown(result), payload)
    elif outcome.cancelled:
        card.mark_stopped(f"Stopped. Run /demo {demo.name} again to start over.")
    else:
        card.mark_stopped(f"Failed: {type(outcome.error).__name__}: {outcome.error}")
    return card


def _train(job: Job, demo: Demo, params: dict[str, Any], card: DemoCard,
           compare: tuple[str, list[Any]] | None = None) -> DemoResult:
    """Runs in the job's thread."""
    from tutor.demos.base import Progress, RunContext

    def on_progress(progress: Progress) -> None:
        job.progress(progress.fraction, progress.message)
        card.post_progress(progress)  # drawn by the card's own timer on the UI thread

    ctx = RunContext(on_progress, cancel_event=job.cancel_event,
                     min_interval=PROGRESS_INTERVAL, pace=PACE, controls=card.controls)
    if compare is not None:
        from tutor.demos.comparison import compare_runs

        return compare_runs(demo, params, compare[0], compare[1], ctx)
    return demo.run(params, ctx)
