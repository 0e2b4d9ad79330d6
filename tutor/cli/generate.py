"""``tutor generate``: let the small language model write, from the shell.

    tutor generate "Once upon a time" --temperature 0.8 --seed 1
    tutor generate "The capital of France is" --raw --temperature 0
    tutor generate "Machine learning is" --explain --steps 5
    tutor generate "Explain overfitting" --json

Text streams to stdout as it is produced; progress (the one-time model conversion, a fallback
notice) goes to stderr so stdout stays clean for pipes and ``--json``. Options are checked
before the model loads, so a typo costs nothing. Exit codes: 0 ok, 1 no model, 2 bad option,
130 Ctrl+C.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from tutor.cli import EXIT_FAILURE, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE

BAR_WIDTH = 24


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "generate",
        help="let the small language model (SmolLM2-135M) write text",
        description="Generate text with SmolLM2-135M-Instruct, token by token, on the CPU. "
        "The first run converts the model once (about 20-60 s); later runs start in seconds.",
    )
    parser.add_argument("prompt", help='the text to start from ("-" reads it from stdin)')
    parser.add_argument("--temperature", type=float, default=None, metavar="T",
                        help="0 = greedy (always the likeliest token), up to 2 (default 0.7, "
                        "or generation.temperature in config.toml)")
    parser.add_argument("--top-k", type=int, default=50, metavar="K",
                        help="draw only from the K likeliest tokens, 1-1000, 0 = off (default 50)")
    parser.add_argument("--top-p", type=float, default=0.95, metavar="P",
                        help="draw from the likeliest tokens covering probability P, 0-1 (default 0.95)")
    parser.add_argument("--max-tokens", type=int, default=None, metavar="N",
                        help="stop after N new tokens, 1-1024 (default 120, or "
                        "generation.max_tokens in config.toml)")
    parser.add_argument("--seed", type=int, default=None, metavar="S",
                        help="the same seed gives the same text (default: random)")
    parser.add_argument("--raw", action="store_true",
                        help="continue the text as is instead of answering it as a chat message")
    parser.add_argument("--explain", action="store_true",
                        help="show the top candidates and the chosen token at each step")
    parser.add_argument("--steps", type=int, default=8, metavar="N",
                        help="with --explain: how many tokens to explain, 1-64 (default 8)")
    parser.add_argument("--top", type=int, default=5, metavar="N",
                        help="with --explain: candidates shown per step, 1-20 (default 5)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.set_defaults(run=run)
    return parser


def _error(message: str) -> int:
    print(f"tutor generate: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _status(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _bar(probability: float) -> str:
    filled = probability * BAR_WIDTH
    full = int(filled)
    return "\u2588" * full + ("\u258c" if filled - full >= 0.5 else "")


def _show(text: str) -> str:
    """A token as a quoted literal, so spaces and newlines are visible."""
    return json.dumps(text, ensure_ascii=False)


def _print_step(step: Any) -> None:
    print(f"step {step.step}  after: {_show(step.context[-40:])}")
    for rank, ((text, prob), kept) in enumerate(zip(step.candidates, step.kept), start=1):
        mark = "<- chosen" if rank == step.chosen.rank else ("" if kept else "(filtered out)")
        print(f"  {rank:>2}. {_show(text):<18} {prob * 100:6.2f}% {_bar(prob):<{BAR_WIDTH}} {mark}".rstrip())
    if step.chosen.rank > len(step.candidates):
        print(f"  {step.chosen.rank:>2}. {_show(step.chosen.text):<18} "
              f"{step.chosen.probability * 100:6.2f}% <- chosen (a less likely token was drawn)")
    how = "greedy: the likeliest token" if step.greedy else f"drawn from {step.pool_size} tokens"
    print(f"  chosen {_show(step.chosen.text)} ({how})")
    sys.stdout.flush()


def _step_dict(step: Any) -> dict[str, Any]:
    return {
        "step": step.step, "context": step.context,
        "candidates": [{"token": t, "probability": round(p, 6), "kept": k}
                       for (t, p), k in zip(step.candidates, step.kept)],
        "chosen": {"token": step.chosen.text, "probability": round(step.chosen.probability, 6),
                   "rank": step.chosen.rank, "pool_probability": round(step.chosen.pool_probability, 6)},
        "pool_size": step.pool_size, "stop": step.stop,
    }


def run(args: argparse.Namespace) -> int:
    from tutor.core import settings
    from tutor.core.generation.errors import GenerationError, ModelUnavailable
    from tutor.core.generation.options import validate_options, validate_prompt

    configured = settings.load()  # defaults from config.toml / env; the options typed win
    for warning in configured.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.temperature is None:
        args.temperature = configured.temperature
    if args.max_tokens is None:
        args.max_tokens = configured.max_tokens
    # bytes, decoded with replacement: a stream that is not UTF-8 must not raise here
    prompt = sys.stdin.buffer.read().decode("utf-8", "replace") if args.prompt == "-" else args.prompt
    try:  # everything the learner typed is checked before the model loads
        validate_options(temperature=args.temperature, top_k=args.top_k, top_p=args.top_p,
                         max_tokens=args.max_tokens, seed=args.seed)
        prompt = validate_prompt(prompt)
        if args.explain and not 1 <= args.steps <= 64:
            raise GenerationError(f"--steps must be between 1 and 64, got {args.steps}")
        if args.explain and not 1 <= args.top <= 20:
            raise GenerationError(f"--top must be between 1 and 20, got {args.top}")
    except GenerationError as error:
        return _error(str(error))

    from tutor.core.generate import load_generator

    started = time.perf_counter()
    try:
        generator = load_generator(on_status=_status)
    except ModelUnavailable as error:
        print(f"tutor generate: {error}", file=sys.stderr)
        return EXIT_FAILURE
    load_seconds = time.perf_counter() - started
    sampling = {"temperature": args.temperature, "top_k": args.top_k, "top_p": args.top_p,
                "seed": args.seed, "chat": not args.raw}
    try:
        if args.explain:
            return _explain(generator, prompt, args, sampling, load_seconds)
        return _stream(generator, prompt, args, sampling, load_seconds)
    except GenerationError as error:  # e.g. a prompt longer than the model's limit in tokens
        return _error(str(error))
    except ModelUnavailable as error:  # damaged weights found mid-run
        sys.stdout.write("\n")
        print(f"tutor generate: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _stream(generator: Any, prompt: str, args: argparse.Namespace, sampling: dict, load_seconds: float) -> int:
    stream = generator.stream(prompt, max_tokens=args.max_tokens, **sampling)
    for piece in stream:
        if not args.json:
            sys.stdout.write(piece)
            sys.stdout.flush()
    stats = stream.stats
    if args.json:
        print(json.dumps({
            "model": generator.name, "prompt": prompt, "text": stream.text, "tokens": stats.tokens,
            "seconds": round(stats.seconds, 3), "tokens_per_second": round(stats.tokens_per_second, 2),
            "first_token_seconds": round(stats.first_token_seconds or 0.0, 3),
            "load_seconds": round(load_seconds, 3), "seed": stats.seed, "stop_reason": stats.stop_reason,
        }, ensure_ascii=False))
    else:
        sys.stdout.write("\n")
    return EXIT_OK


def _explain(generator: Any, prompt: str, args: argparse.Namespace, sampling: dict, load_seconds: float) -> int:
    run = generator.explain(prompt, steps=args.steps, top=args.top, **sampling)
    steps = []
    for step in run:
        steps.append(step)
        if not args.json:
            _print_step(step)
    if args.json:
        print(json.dumps({
            "model": generator.name, "prompt": prompt,
            "text": "".join(s.chosen.text for s in steps if not s.stop),
            "tokens": run.stats.tokens, "seconds": round(run.stats.seconds, 3),
            "tokens_per_second": round(run.stats.tokens_per_second, 2), "seed": run.stats.seed,
            "probabilities": "after temperature, before top-k/top-p filtering",
            "steps": [_step_dict(s) for s in steps],
        }, ensure_ascii=False))
    else:
        print("(probabilities: after temperature, before top-k/top-p filtering)")
    return EXIT_OK
