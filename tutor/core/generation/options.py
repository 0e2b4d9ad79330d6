"""Sampling options, checked once at the door.

Why a dataclass with its own validation: the same five knobs arrive from the CLI, from
``/generate`` in the chat and from tests. Checking them in one place gives every front end the
same clear message (``temperature must be between 0 and 2, got 3``) instead of a torch error
deep inside the sampling loop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tutor.core.generation.errors import GenerationError
from tutor.core.inputs import scrub

TEMPERATURE_RANGE = (0.0, 2.0)
TOP_K_MAX = 1000
MAX_TOKENS_MAX = 1024
MAX_PROMPT_CHARS = 8000  # a prompt longer than this is almost certainly a paste by mistake

DEFAULT_TEMPERATURE = 0.7
DEFAULT_TOP_K = 50
DEFAULT_TOP_P = 0.95
DEFAULT_MAX_TOKENS = 120


@dataclass(frozen=True)
class SamplingOptions:
    """How the next token is picked.

    - ``temperature``: divides the scores before softmax. 0 means greedy (always the likeliest
      token); below 1 sharpens the distribution, above 1 flattens it.
    - ``top_k``: keep only the k likeliest tokens (0 turns the filter off).
    - ``top_p``: keep the smallest set of likeliest tokens whose probabilities add up to p
      ("nucleus sampling"; 1 turns the filter off).
    - ``max_tokens``: stop after this many new tokens.
    - ``seed``: the same seed, prompt and options give the same text.
    """

    temperature: float = DEFAULT_TEMPERATURE
    top_k: int = DEFAULT_TOP_K
    top_p: float = DEFAULT_TOP_P
    max_tokens: int = DEFAULT_MAX_TOKENS
    seed: int | None = None

    @property
    def greedy(self) -> bool:
        return self.temperature == 0


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise GenerationError(f"{name} must be a number, got {value!r}")
    if math.isnan(value) or math.isinf(value):
        raise GenerationError(f"{name} must be a finite number, got {value}")
    return float(value)


def _integer(name: str, value: object) -> int:
    number = _number(name, value)
    if number != int(number):
        raise GenerationError(f"{name} must be a whole number, got {value}")
    return int(number)


def validate_options(
    *,
    temperature: object = DEFAULT_TEMPERATURE,
    top_k: object = DEFAULT_TOP_K,
    top_p: object = DEFAULT_TOP_P,
    max_tokens: object = DEFAULT_MAX_TOKENS,
    seed: object = None,
) -> SamplingOptions:
    """Return checked ``SamplingOptions`` or raise ``GenerationError`` naming the bad option."""
    t = _number("temperature", temperature)
    low, high = TEMPERATURE_RANGE
    if not low <= t <= high:
        raise GenerationError(f"temperature must be between {low:g} and {high:g}, got {t:g}")
    k = _integer("top-k", top_k)
    if not 0 <= k <= TOP_K_MAX:
        raise GenerationError(f"top-k must be between 1 and {TOP_K_MAX} (0 turns it off), got {k}")
    p = _number("top-p", top_p)
    if not 0 < p <= 1:
        raise GenerationError(f"top-p must be greater than 0 and at most 1, got {p:g}")
    n = _integer("max-tokens", max_tokens)
    if not 1 <= n <= MAX_TOKENS_MAX:
        raise GenerationError(f"max-tokens must be between 1 and {MAX_TOKENS_MAX}, got {n}")
    s = None if seed is None else _integer("seed", seed)
    if s is not None and not 0 <= s < 2**63:
        raise GenerationError(f"seed must be between 0 and 2**63 - 1, got {s}")
    return SamplingOptions(temperature=t, top_k=k, top_p=p, max_tokens=n, seed=s)


def validate_prompt(prompt: object) -> str:
    """The prompt made encodable (``inputs.scrub``), or ``GenerationError`` when it is not text,
    empty or far too long."""
    if not isinstance(prompt, str):
        raise GenerationError(f"the prompt must be text, got {type(prompt).__name__}")
    prompt = scrub(prompt)
    if not prompt.strip():
        raise GenerationError("the prompt is empty: give the model some text to continue")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise GenerationError(
            f"the prompt is too long ({len(prompt)} characters; the limit is {MAX_PROMPT_CHARS})"
        )
    return prompt
