"""The small pretrained language model: load it, let it write, show how it chooses.

This is the public face of generation; the parts live in ``tutor.core.generation`` (see its
``__init__`` for the map). Front ends (``tutor generate``, ``/generate`` and ``/ask-gen`` in the
chat) only use what is defined or re-exported here, and they call it from a worker thread:

    gen = load_generator(on_status=print)          # SmolLM2, or the tiny GPT fallback
    for piece in gen.stream("Once upon a time", seed=1):
        print(piece, end="")
    for step in gen.explain("The capital of France is", steps=3):
        print(step.candidates, step.chosen)

Why one hand-written sampling loop (``Generator._run``) instead of ``model.generate``: the tutor
must show *each* choice (the explain view), stop between two tokens when the learner presses
Esc, and stream text as it is produced. One loop that yields a ``Pick`` per token serves all
three, so what ``explain`` shows is exactly what ``stream`` does.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tutor.core.generation.backends import Backend, SmolLMBackend, load_tinygpt_backend
from tutor.core.generation.detok import TextAssembler
from tutor.core.generation.errors import GenerationError, ModelUnavailable
from tutor.core.generation.options import (
    DEFAULT_MAX_TOKENS,
    DEFAULT_TEMPERATURE,
    DEFAULT_TOP_K,
    DEFAULT_TOP_P,
    SamplingOptions,
    validate_options,
    validate_prompt,
)
from tutor.core.generation.prompts import grounded_messages
from tutor.core.generation.sampling import Pick, pick_next
from tutor.core.generation.smollm import load_smollm, request_verification
from tutor.core.runtime import import_torch

__all__ = [
    "Chosen", "ExplainStep", "ExplainStream", "GenerationError", "Generator", "ModelUnavailable", "RunStats",
    "SamplingOptions", "TextStream", "load_generator", "validate_options",
]

EXPLAIN_MAX_STEPS = 64
EXPLAIN_MAX_TOP = 20


@dataclass(frozen=True)
class Chosen:
    """The token picked at one step.

    ``probability`` is on the same scale as the candidates (after temperature, before top-k/top-p);
    ``pool_probability`` is its share of the filtered, renormalised pool it was drawn from.
    """

    text: str
    probability: float
    rank: int  # 1 = the likeliest token
    pool_probability: float
    token_id: int


@dataclass(frozen=True)
class ExplainStep:
    """One step of generation, laid open.

    ``candidates``: the ``top`` likeliest next tokens as ``(text, probability)``, likeliest first.
    The probabilities are the model's distribution **after temperature and before top-k/top-p
    filtering** (for greedy decoding, temperature 0, the plain softmax), so they sum to at most 1.
    ``kept[i]`` says whether candidate i survived the filters, i.e. could have been drawn.
    """

    step: int  # 1-based
    context: str  # the text generated before this step
    candidates: list[tuple[str, float]]
    kept: list[bool]
    chosen: Chosen
    pool_size: int  # how many tokens the draw chose among (1 when greedy)
    greedy: bool
    stop: bool  # the chosen token ends the answer


@dataclass
class RunStats:
    """What one run did, filled in as it goes (read it after the stream ends)."""

    model: str
    seed: int
    prompt_tokens: int = 0
    tokens: int = 0
    seconds: float = 0.0
    first_token_seconds: float | None = None
    stop_reason: str = "running"  # "end" (model said so), "max_tokens", "cancelled"

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds > 0 else 0.0


class TextStream(Iterator[str]):
    """Iterate to get text pieces as they are produced; ``text`` and ``stats`` grow meanwhile."""

    def __init__(self, pieces: Iterator[str], stats: RunStats) -> None:
        self._pieces = pieces
        self.stats = stats
        self.text = ""

    def __next__(self) -> str:
        piece = next(self._pieces)
        self.text += piece
        return piece

    def close(self) -> None:
        """Stop early (also what happens when the stream is garbage-collected)."""
        close = getattr(self._pieces, "close", None)
        if close is not None:
            close()


class ExplainStream(Iterator[ExplainStep]):
    """Iterate to get one ``ExplainStep`` per generated token; ``stats`` grows meanwhile."""

    def __init__(self, steps: Iterator[ExplainStep], stats: RunStats) -> None:
        self._steps = steps
        self.stats = stats

    def __next__(self) -> ExplainStep:
        return next(self._steps)

    def close(self) -> None:
        self._steps.close()  # type: ignore[attr-defined]


def _seed(options: SamplingOptions) -> int:
    """The run's seed: the one asked for, or a fresh random one (kept in the stats to replay)."""
    return options.seed if options.seed is not None else secrets.randbelow(1_000_000)


def _options(temperature: object, top_k: object, top_p: object, max_tokens: object, seed: object
             ) -> SamplingOptions:
    return validate_options(temperature=temperature, top_k=top_k, top_p=top_p,
                            max_tokens=max_tokens, seed=seed)


class Generator:
    """A loaded language model with one sampling loop shared by ``stream``, ``explain``, ``ask_gen``.

    Safe to use from a worker thread; each call has its own context and random generator, and
    nothing is computed until the returned iterator is advanced.
    """

    def __init__(self, backend: Backend, *, fallback_reason: str | None = None) -> None:
        self.backend = backend
        self.fallback_reason = fallback_reason

    @property
    def name(self) -> str:
        return self.backend.name

    @property
    def is_fallback(self) -> bool:
        return self.fallback_reason is not None

    # ----------------------------------------------------------------- the loop

    def _run(self, prompt_ids: list[int], options: SamplingOptions, stats: RunStats,
             cancel: threading.Event | None) -> Iterator[Pick]:
        """Yield one ``Pick`` per generated token; stops at an end token, the limit or ``cancel``."""
        torch = import_torch()
        generator = torch.Generator().manual_seed(stats.seed)
        session = self.backend.session(len(prompt_ids) + options.max_tokens)
        stats.prompt_tokens = len(prompt_ids)
        started = time.perf_counter()
        pending = prompt_ids
        try:
            for _ in range(options.max_tokens):
                if cancel is not None and cancel.is_set():
                    stats.stop_reason = "cancelled"
                    return
                logits = session.feed(pending)
                if not bool(torch.isfinite(logits).all()):  # damage the load-time probe missed
                    if isinstance(self.backend, SmolLMBackend):
                        request_verification()  # the next load hashes every file and rebuilds
                    raise ModelUnavailable(
                        f"{self.name} computed NaN/infinite scores, so its weights are damaged. "
                        "The next start checks every file and converts it again if needed.")
                pick = pick_next(torch, logits, options, generator)
                stats.tokens += 1
                stats.seconds = time.perf_counter() - started
                if stats.first_token_seconds is None:
                    stats.first_token_seconds = stats.seconds
                yield pick
                if pick.token in self.backend.stop_ids:
                    stats.stop_reason = "end"
                    return
                pending = [pick.token]
            stats.stop_reason = "max_tokens"
        finally:
            stats.seconds = time.perf_counter() - started
            if stats.stop_reason == "running":
                stats.stop_reason = "cancelled"  # the consumer stopped iterating

    def _start(self, prompt_ids: list[int], options: SamplingOptions, cancel: threading.Event | None
               ) -> TextStream:
        stats = RunStats(model=self.name, seed=_seed(options))

        def pieces() -> Iterator[str]:
            text = TextAssembler(self.backend.decode)
            for pick in self._run(prompt_ids, options, stats, cancel):
                if pick.token in self.backend.stop_ids:
                    continue  # the end token itself is not text; the loop ends after it
                piece = text.push(pick.token)
                if piece:
                    yield piece
            rest = text.flush()
            if rest:
                yield rest

        return TextStream(pieces(), stats)

    # ----------------------------------------------------------------- public calls

    def stream(
        self,
        prompt: str,
        *,
        temperature: float = DEFAULT_TEMPERATURE,
        top_k: int = DEFAULT_TOP_K,
        top_p: float = DEFAULT_TOP_P,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        seed: int | None = None,
        cancel: threading.Event | None = None,
        chat: bool = True,
    ) -> TextStream:
        """Text pieces as the model writes them after ``prompt``.

        Options are checked now (``GenerationError``); the model runs as the result is iterated.
        ``chat`` wraps the prompt in the Instruct model's chat template (ignored by models
        without one); ``chat=False`` continues the raw text instead.
        """
        options = _options(temperature, top_k, top_p, max_tokens, seed)
        prompt = validate_prompt(prompt)
        ids = self.backend.encode(prompt, chat=chat)
        return self._start(ids, options, cancel)

    def generate(self, prompt: str, **kwargs: Any) -> str:
        """The whole text at once (same options as ``stream``)."""
        return "".join(self.stream(prompt, **kwargs))

    def explain(
        self,
        prompt: str,
        *,
        steps: int = 8,
        top: int = 5,
        temperature: float = DEFAULT_TEMPERATURE,
        top_k: int = DEFAULT_TOP_K,
        top_p: float = DEFAULT_TOP_P,
        seed: int | None = None,
        cancel: threading.Event | None = None,
        chat: bool = True,
    ) -> ExplainStream:
        """Generate ``steps`` tokens, yielding the top candidates and the choice at each step."""
        if isinstance(steps, bool) or not isinstance(steps, int) or not 1 <= steps <= EXPLAIN_MAX_STEPS:
            raise GenerationError(f"steps must be a whole number between 1 and {EXPLAIN_MAX_STEPS}, got {steps!r}")
        if isinstance(top, bool) or not isinstance(top, int) or not 1 <= top <= EXPLAIN_MAX_TOP:
            raise GenerationError(f"top must be a whole number between 1 and {EXPLAIN_MAX_TOP}, got {top!r}")
        options = _options(temperature, top_k, top_p, steps, seed)
        ids = self.backend.encode(validate_prompt(prompt), chat=chat)
        stats = RunStats(model=self.name, seed=_seed(options))
        return ExplainStream(self._explain(ids, options, stats, top, cancel), stats)

    def _explain(self, ids: list[int], options: SamplingOptions, stats: RunStats, top: int,
                 cancel: threading.Event | None) -> Iterator[ExplainStep]:
        torch = import_torch()
        text = TextAssembler(self.backend.decode)
        for number, pick in enumerate(self._run(ids, options, stats, cancel), start=1):
            values, indices = torch.topk(pick.probs, min(top, pick.probs.numel()))
            pool = set(pick.pool_ids.tolist())
            candidate_ids = [int(i) for i in indices]
            step = ExplainStep(
                step=number,
                context=text.text,
                candidates=[(self.backend.token_text(i), float(v)) for i, v in zip(candidate_ids, values)],
                kept=[i in pool for i in candidate_ids],
                chosen=Chosen(
                    text=self.backend.token_text(pick.token),
                    probability=pick.probability,
                    rank=pick.rank,
                    pool_probability=pick.pool_probability,
                    token_id=pick.token,
                ),
                pool_size=int(pick.pool_ids.numel()),
                greedy=options.greedy,
                stop=pick.token in self.backend.stop_ids,
            )
            if not step.stop:
                text.push(pick.token)
            yield step

    def ask_gen(
        self,
        question: str,
        passages: Sequence[Any],
        *,
        temperature: float = 0.3,
        top_k: int = 40,
        top_p: float = 0.9,
        max_tokens: int = 160,
        seed: int | None = 0,
        cancel: threading.Event | None = None,
    ) -> TextStream:
        """The model's own answer to ``question``, written from the retrieved ``passages``.

        ``passages`` are retrieval ``Source`` objects (``.text``, ``.title``, ``.heading``) or plain
        strings. The answer is generated, not extracted: check it with ``grounding.check``.
        The default seed makes the same question give the same answer.
        """
        options = _options(temperature, top_k, top_p, max_tokens, seed)
        question = validate_prompt(question)
        messages = grounded_messages(question, passages)
        ids = self.backend.encode(question, chat=True, messages=messages)
        return self._start(ids, options, cancel)


def load_generator(on_status: Callable[[str], None] | None = None, *, fallback: bool = True) -> Generator:
    """Load SmolLM2 (converting it on first use), or fall back to the shipped tiny GPT.

    ``on_status`` receives one-line progress messages (first conversion, fallback). Raises
    ``ModelUnavailable`` when no model can be loaded (its message says how to fix it).
    """
    status = on_status or (lambda message: None)
    try:
        return Generator(SmolLMBackend(load_smollm(status)))
    except ModelUnavailable as error:
        if not fallback:
            raise
        reason = str(error)
    status(f"{reason} Falling back to the tiny GPT trained on the course.")
    try:
        backend = load_tinygpt_backend()
    except ModelUnavailable as error:
        raise ModelUnavailable(f"{reason} The tiny GPT fallback is not available either: {error}") from error
    return Generator(backend, fallback_reason=reason)
