"""Reading ``/generate`` options typed in the chat (the shell's ``tutor generate`` uses argparse).

Why not ``shlex`` + argparse here: learners type prompts such as ``/generate What's a GAN?``, and
an apostrophe is an unclosed quote to shlex; argparse would also print to stderr and exit.
So: words starting with ``--`` are options (``--top-k 5`` or ``--top-k=5``), everything else is
the prompt, ``--`` ends the options, and a prompt wrapped in matching quotes is unwrapped.
Every problem becomes a ``GenerationError`` whose message says what to type instead.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from tutor.core.generation.errors import GenerationError
from tutor.core.generation.options import SamplingOptions, validate_options, validate_prompt

EXPLAIN_STEPS = (1, 64)
EXPLAIN_TOP = (1, 20)

# option -> (field, type, example value)
VALUED = {
    "--temperature": ("temperature", float, "0.7"),
    "--top-k": ("top_k", int, "50"),
    "--top-p": ("top_p", float, "0.95"),
    "--max-tokens": ("max_tokens", int, "120"),
    "--seed": ("seed", int, "1"),
    "--steps": ("steps", int, "8"),
    "--top": ("top", int, "5"),
}
SWITCHES = {"--explain", "--raw"}
USAGE = ("/generate PROMPT [--temperature T] [--top-k K] [--top-p P] [--max-tokens N] [--seed S] "
         "[--raw] [--explain [--steps N] [--top N]]")


@dataclass(frozen=True)
class GenerateRequest:
    prompt: str
    options: SamplingOptions
    explain: bool = False
    steps: int = 8
    top: int = 5
    chat: bool = True  # False with --raw: continue the text instead of answering it


def _unknown(name: str) -> GenerationError:
    close = difflib.get_close_matches(name, [*VALUED, *SWITCHES], n=1, cutoff=0.6)
    hint = f" Did you mean {close[0]}?" if close else ""
    return GenerationError(f"unknown option {name}.{hint} Usage: {USAGE}")


def _convert(name: str, raw: str) -> float | int:
    kind = VALUED[name][1]
    try:
        return kind(raw) if kind is float else int(raw, 10)
    except ValueError:
        noun = "a whole number" if kind is int else "a number"
        raise GenerationError(f"{name} must be {noun}, got {raw!r}") from None


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'\u201c\u201d":
        return text[1:-1].strip()
    if len(text) >= 2 and text[0] == "\u201c" and text[-1] == "\u201d":
        return text[1:-1].strip()
    return text


def parse_generate_args(text: str) -> GenerateRequest:
    """Options and prompt from the text after ``/generate`` (see the module docstring)."""
    words = text.split()
    values: dict[str, float | int] = {}
    switches: set[str] = set()
    prompt: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        index += 1
        if word == "--":
            prompt.extend(words[index:])
            break
        if not word.startswith("--") or len(word) == 2:
            prompt.append(word)
            continue
        name, has_inline, inline = word.partition("=")
        if name in SWITCHES and not has_inline:
            switches.add(name)
        elif name in VALUED:
            if has_inline:
                raw = inline
            elif index < len(words):
                raw = words[index]
                index += 1
            else:
                raise GenerationError(f"{name} needs a value, e.g. {name} {VALUED[name][2]}")
            values[VALUED[name][0]] = _convert(name, raw)
        else:
            raise _unknown(name)
    steps = int(values.pop("steps", 8))
    top = int(values.pop("top", 5))
    explain = "--explain" in switches
    if explain and not EXPLAIN_STEPS[0] <= steps <= EXPLAIN_STEPS[1]:
        raise GenerationError(f"--steps must be between {EXPLAIN_STEPS[0]} and {EXPLAIN_STEPS[1]}, got {steps}")
    if explain and not EXPLAIN_TOP[0] <= top <= EXPLAIN_TOP[1]:
        raise GenerationError(f"--top must be between {EXPLAIN_TOP[0]} and {EXPLAIN_TOP[1]}, got {top}")
    from tutor.core import settings  # config.toml / env defaults; typed options win

    configured = settings.load()
    defaults = {"temperature": configured.temperature, "max_tokens": configured.max_tokens}
    options = validate_options(**{**defaults, **values})
    joined = _unquote(" ".join(prompt).strip())
    if not joined:
        raise GenerationError(f"give the model a prompt to continue. Usage: {USAGE}")
    return GenerateRequest(validate_prompt(joined), options, explain, steps, top, "--raw" not in switches)
