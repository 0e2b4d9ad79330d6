"""``/generate`` and ``/ask-gen``: the small language model in the chat.

The model loads in the job slot on first use (status line and card say so; the first time it is
converted once, 20-60 s), then stays loaded for the session. Generation runs in the same slot:
pieces of text go to the card as they are produced, Esc sets the job's cancel event, which the
sampling loop checks between tokens. A finished (or stopped) run is saved as a message whose
payload redraws the card on resume and whose Markdown is what ``/export`` writes.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from tutor.commands import CommandError

if TYPE_CHECKING:
    from tutor.core.generation.commandline import GenerateRequest
    from tutor.ui.app import TutorApp
    from tutor.ui.jobs import Job

ASK_GEN_PASSAGES = 3
LOADER: Callable[..., Any] | None = None  # tests install a fake; None = the real load_generator

_generator: Any = None
_load_lock = threading.Lock()

OPTIONS = ["--temperature", "--top-k", "--top-p", "--max-tokens", "--seed", "--raw", "--explain",
           "--steps", "--top"]

HELP = """**/generate PROMPT** lets SmolLM2-135M, a small pretrained language model, write after your
prompt, one token at a time. **Esc** stops it.

- `--temperature T` 0 = greedy (always the likeliest token) up to 2 (default 0.7)
- `--top-k K` draw only from the K likeliest tokens (1-1000, 0 = off; default 50)
- `--top-p P` draw from the likeliest tokens covering probability P (default 0.95)
- `--max-tokens N` at most N new tokens (1-1024, default 120)
- `--seed S` the same seed gives the same text
- `--raw` continue the text instead of answering it as a chat message
- `--explain [--steps N] [--top N]` show the candidates and the choice at each step

Example: `/generate --explain --steps 5 The capital of France is`.
`/ask-gen QUESTION` puts the model's answer beside the tutor's and marks what the course does not support."""


def reset() -> None:
    """Forget the loaded model (tests)."""
    global _generator
    _generator = None


def complete_generate(app: TutorApp, text: str) -> list[str]:
    """Offer the options not used yet once the learner starts typing ``--``."""
    words = text.split()
    last = words[-1] if words and not text.endswith(" ") else ""
    if not last.startswith("-"):
        return []
    base = text[: len(text) - len(last)]
    return [f"{base}{option}" for option in OPTIONS if option.startswith(last) and option not in words]


def _generator_for(job: Job, post_status: Callable[[str], None]) -> Any:
    """The session's model, loading it on first use (in the job's thread)."""
    global _generator
    with _load_lock:
        if _generator is None:
            def status(message: str) -> None:
                post_status(message)
                job.progress(None, message, force=True)

            status("Loading the language model...")
            from tutor.core.generate import load_generator

            _generator = (LOADER or load_generator)(on_status=status)
    return _generator


def _ready_generator(job: Job, card: Any, status: str) -> Any:
    """Every generation job starts alike: load the model (in the job's thread), then name it on
    the card and say what happens next. None when the learner stopped the job while it loaded."""
    generator = _generator_for(job, card.post_status)
    if job.cancelled:
        return None
    card.post_model(generator.name)
    card.post_status(status)
    return generator


def _stream_stats(stats: Any) -> dict[str, Any]:
    """The run's figures as the saved payload holds them (the same for /generate and /ask-gen)."""
    return {"tokens": stats.tokens, "seconds": round(stats.seconds, 3),
            "tokens_per_second": round(stats.tokens_per_second, 2), "seed": stats.seed,
            "stop_reason": stats.stop_reason}


def _sampling(request: GenerateRequest, job: Job) -> dict[str, Any]:
    """The learner's sampling options as ``Generator.stream``/``explain`` take them."""
    options = request.options
    return {"temperature": options.temperature, "top_k": options.top_k, "top_p": options.top_p,
            "seed": options.seed, "cancel": job.cancel_event, "chat": request.chat}


def _request_fields(request: GenerateRequest, command: str, generator: Any) -> dict[str, Any]:
    """What a /generate payload records about the request, with or without --explain."""
    return {"command": command, "prompt": request.prompt, "model": generator.name,
            "options": asdict(request.options), "chat": request.chat,
            "fallback": _fallback_line(generator)}


def _fallback_line(generator: Any) -> str:
    reason = getattr(generator, "fallback_reason", None)
    return f"{reason} Using the tiny GPT trained on the course instead." if reason else ""


# --------------------------------------------------------------------------- /generate


async def handle_generate(app: TutorApp, args: str) -> None:
    from tutor.core.generation.commandline import parse_generate_args
    from tutor.core.generation.errors import GenerationError
    from tutor.ui.widgets.chat.markdown_text import TutorText

    if not args.strip() or args.strip() in {"--help", "-h", "help"}:
        await app.conversation.add_card(TutorText(HELP, classes="help-card"))
        return
    try:
        request = parse_generate_args(args)
    except GenerationError as error:
        message = str(error)
        raise CommandError(message[:1].upper() + message[1:]) from None
    if app.job is not None:
        await app.show_note(f"\"{app.job.title}\" is still running: press Esc to stop it, then run "
                            "/generate again.", "warning")
        return
    command = f"/generate {args.strip()}"
    if request.explain:
        await _run_explain(app, request, command)
    else:
        await _run_stream(app, request, command)


async def _run_card_job(app: TutorApp, card: Any, title: str, fn: Callable[..., Any],
                        *args: Any, kind: str, to_markdown: Callable[[dict[str, Any]], str],
                        nothing_yet: str,
                        complete: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:
    """The life of a generation card: shown, filled by ``fn`` in the job slot, then finished
    and saved (or marked stopped). ``complete`` adds what the UI knows to the job's result."""
    await app.conversation.add_card(card)
    outcome = await app.run_job(title, fn, *args, card)
    if outcome.refused:
        await card.remove()
        return
    if outcome.value is None:
        await _maybe_await(card.mark_stopped(
            f"Failed: {outcome.error}" if outcome.error is not None else nothing_yet))
        return
    payload = complete(outcome.value) if complete else outcome.value
    await _maybe_await(card.finish(payload))
    app.conversation.scroll_end(animate=False)
    app.save_message("tutor", kind, to_markdown(payload), payload)
    if payload.get("fallback"):
        await app.show_note(payload["fallback"], "warning")


async def _maybe_await(value: Any) -> None:
    """Cards finish synchronously or (when they mount children) asynchronously."""
    if inspect.isawaitable(value):
        await value


async def _run_stream(app: TutorApp, request: GenerateRequest, command: str) -> None:
    from tutor.ui.widgets.generate.text_card import GenerationCard, generation_markdown

    await _run_card_job(app, GenerationCard(command), "/generate", _write, request, command,
                        kind="generation", to_markdown=generation_markdown,
                        nothing_yet="Stopped before the model wrote anything.")


def _write(job: Job, request: GenerateRequest, command: str, card: Any) -> dict[str, Any] | None:
    """Runs in the job's thread: load if needed, then stream into the card."""
    generator = _ready_generator(job, card, "Writing... (Esc stops)")
    if generator is None:
        return None
    max_tokens = request.options.max_tokens
    stream = generator.stream(request.prompt, max_tokens=max_tokens, **_sampling(request, job))
    for piece in stream:
        card.post_piece(piece)
        job.progress(stream.stats.tokens / max_tokens, f"{stream.stats.tokens} tokens")
    return {**_request_fields(request, command, generator), "text": stream.text,
            **_stream_stats(stream.stats)}


# --------------------------------------------------------------------------- /generate --explain


async def _run_explain(app: TutorApp, request: GenerateRequest, command: str) -> None:
    from tutor.ui.widgets.generate.explain_card import ExplainCard, explain_markdown

    await _run_card_job(app, ExplainCard(command), "/generate --explain", _explain, request,
                        command, kind="generation_explain", to_markdown=explain_markdown,
                        nothing_yet="Stopped before the first step.")


def _explain(job: Job, request: GenerateRequest, command: str, card: Any) -> dict[str, Any] | None:
    generator = _ready_generator(job, card, "Explaining... (Esc stops)")
    if generator is None:
        return None
    run = generator.explain(request.prompt, steps=request.steps, top=request.top,
                            **_sampling(request, job))
    steps = []
    for step in run:
        data = asdict(step)
        steps.append(data)
        card.post_step(data)
        job.progress(step.step / request.steps, f"step {step.step} of {request.steps}")
    return {
        **_request_fields(request, command, generator),
        "text": "".join(s["chosen"]["text"] for s in steps if not s["stop"]),
        "steps": steps, "seed": run.stats.seed, "stop_reason": run.stats.stop_reason,
    }


# --------------------------------------------------------------------------- /ask-gen


async def handle_ask_gen(app: TutorApp, args: str) -> None:
    from tutor.ui.widgets.chat.answer import answer_to_payload
    from tutor.ui.widgets.generate.compare_card import AskGenCard, ask_gen_markdown

    question = " ".join(args.split())
    if not question:
        raise CommandError("Ask a question after /ask-gen, e.g. /ask-gen What is a GAN?")
    if app.job is not None:
        await app.show_note(f"\"{app.job.title}\" is still running: press Esc to stop it, then run "
                            "/ask-gen again.", "warning")
        return
    tutor = await app.wait_for_tutor()
    if tutor is None:
        raise CommandError("/ask-gen needs the course, which did not load "
                           f"({app.tutor_error or 'no models'}).")
    answer = await asyncio.to_thread(tutor.ask, question)
    passages = await asyncio.to_thread(tutor.search, question, ASK_GEN_PASSAGES)
    tutor_payload = answer_to_payload(answer)
    meta = [{key: getattr(p, key, "") for key in ("doc", "section", "title", "heading")}
            for p in passages]
    command = f"/ask-gen {question}"
    await _run_card_job(
        app, AskGenCard(command, tutor_payload, meta), "/ask-gen", _ask_gen, question, passages,
        kind="ask_gen", to_markdown=ask_gen_markdown,
        nothing_yet="Stopped before the model wrote anything.",
        complete=lambda result: {"command": command, "question": question,
                                 "tutor": tutor_payload, "passages": meta, **result})


def _ask_gen(job: Job, question: str, passages: list[Any], card: Any) -> dict[str, Any] | None:
    generator = _ready_generator(job, card, "Writing an answer from the passages... (Esc stops)")
    if generator is None:
        return None
    stream = generator.ask_gen(question, passages, cancel=job.cancel_event)
    for piece in stream:
        card.post_piece(piece)
        job.progress(None, f"{stream.stats.tokens} tokens")
    sentences: list[dict[str, Any]] = []
    if stream.text.strip() and not job.cancelled:
        card.post_status("Checking each sentence against the passages...")
        job.progress(None, "Checking each sentence against the passages...", force=True)
        from tutor.core.grounding import check

        sentences = [asdict(s) for s in check(stream.text, passages)]
    return {
        "model": generator.name, "generated": stream.text, "sentences": sentences,
        **_stream_stats(stream.stats), "fallback": _fallback_line(generator),
    }
