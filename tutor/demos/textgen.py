"""A language model, live: a tiny GPT learns to write from the course's own lessons.

The model (``tutor.core.tinygpt``: a two-layer GPT-2 over sub-word tokens, whose byte-pair
tokenizer is learned from the same text at start) starts with random weights and is trained on
every lesson in ``knowledge/lessons`` to predict the next token. Every so often it writes a
sample, so the learner sees random pieces turn into course phrases. At the end it shows what
it predicts next after a prompt, and how the sampling temperature trades safe, repetitive text
against adventurous nonsense.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

from tutor.demos import REGISTRY
from tutor.demos.base import (
    Demo,
    DemoError,
    DemoResult,
    Knob,
    LinePlot,
    Param,
    Preset,
    Progress,
    RunContext,
    Table,
    TextBlock,
    Visual,
)

LESSON = "language-models"
MIN_TEXT = 2_000  # characters; below this there is nothing worth learning from
SAMPLES_DURING = 6  # samples written while training
SAMPLE_CHARS = 80  # characters of each sample shown while training
SAMPLE_TOKENS = 24  # tokens written for each of those samples (about 80 characters)
FINAL_TOKENS = 150  # tokens in each measured sample (~500 characters, ~80 words)
MEASURED_SAMPLES = 4  # samples the real-word ratio is pooled over (one ~80-word sample swings
# by +-0.1 between seeds of equally trained models; four, drawn in the same batch, cost little more)
TEMPERATURES = (0.2, 0.5, 1.0, 1.5)
PROMPTS = ("machine learn", "language mod")
BATCH = 8  # windows of text per training step (16 cost ~38 ms a step against ~25: the
# fixed cost of a step is large at this size, so more, smaller steps learn more per second)
DEMO_CONFIG = {"n_layer": 2, "n_embd": 64, "n_head": 4, "block_size": 32, "n_inner": 128,
               "init_std": 0.05}
VOCAB = 1024  # sub-word tokens the byte-pair tokenizer learns from the course


class TextGenDemo(Demo):
    name = "textgen"
    summary = REGISTRY["textgen"].summary  # one wording, shared with --list
    lesson = LESSON
    params = (
        Param("steps", int, 340, "training steps (each reads 8 snippets of 33 tokens)", 1,
              20_000),
        Param("temperature", float, 0.3,
              "sampling temperature: low plays safe, high invents (0 = always the likeliest)",
              0.0, 3.0),
        Param("top_k", int, 0, "sample only from the k likeliest tokens (0 = all)", 0, 100),
        Param("lr", float, 5e-3, "learning rate (peak, for the AdamW optimiser)", 1e-5, 0.1),
    )
    unit = "step"
    knobs = (Knob("temperature", step=0.1, low=0.0, high=3.0),)
    headline = ("real_word_ratio", "final_loss", "initial_loss")
    compare_notes: ClassVar[dict[str, tuple[str, str]]] = {
        "temperature": ("Temperature divides the model's scores before they become "
                        "probabilities: low values sharpen them so the likeliest token nearly "
                        "always wins (safe but repetitive), high values flatten them so unlikely "
                        "tokens get picked (varied, then nonsense).",
                        "language-models#sampling-temperature-top-k-and-top-p"),
        "steps": ("More training steps lower the loss: the model's next-token guesses get "
                  "better, so more of what it writes is real words.",
                  "language-models#next-token-prediction-step-by-step"),
    }
    presets = (
        Preset(
            "temperature-2", {"temperature": 2.0},
            "sampling at temperature 2: the same model strings random word pieces together",
            "language-models#sampling-temperature-top-k-and-top-p",
            "the model is exactly as well trained as at the default, but sampling at "
            "temperature 2 flattens its next-token probabilities, so unlikely tokens are picked "
            "all the time: only {real_word_ratio:.0%} of the words it wrote are real, against "
            "{real_word_ratio_t0_5:.0%} at temperature 0.5. Temperature changes how a model "
            "chooses, not what it knows.",
            lambda m: m["real_word_ratio"] < m["real_word_ratio_t0.5"], {"steps": 200},
        ),
    )

    def _run(self, params: dict[str, Any], ctx: RunContext) -> DemoResult:
        from tutor.core import tinygpt
        from tutor.core.knowledge import LessonFormatError

        try:
            text = tinygpt.course_text()
        except LessonFormatError as exc:
            raise DemoError(f"cannot read the course lessons: {exc}") from exc
        if len(text) < MIN_TEXT:
            raise DemoError(
                f"the course lessons hold only {len(text)} characters of text; the tiny GPT "
                f"needs at least {MIN_TEXT} to learn from (are knowledge/lessons/*.md there?)"
            )
        ctx.check()
        seed, steps = params["seed"], params["steps"]
        temperature, top_k = params["temperature"], params["top_k"] or None
        tokenizer = tinygpt.BpeTokenizer.from_text(text, VOCAB)
        gpt = tinygpt.TinyGPT.create(tokenizer, tinygpt.TinyGPTConfig(**DEMO_CONFIG), seed)
        trainer = tinygpt.Trainer(gpt, text, BATCH, params["lr"], seed, total_steps=steps)
        vocab = set(tinygpt.words(text))

        def sample(tokens: int) -> str:
            # reads ``temperature`` when called: the learner may turn it while training
            return gpt.generate("", tokens, temperature, top_k, seed)

        every = max(1, math.ceil(steps / SAMPLES_DURING))
        log = [(0, sample(SAMPLE_TOKENS))]
        losses: list[float] = []
        ctx.report(Progress(0, steps, f"{len(text):,} characters of lessons, "
                                      f"{len(tokenizer)} sub-word tokens",
                            visuals=[_sample_log(log)]), force=True)
        for step in range(1, steps + 1):
            temperature = ctx.unit(step).get("temperature", temperature)  # live samples only
            losses.append(trainer.step())
            if step % every == 0 or step == steps:
                log.append((step, sample(SAMPLE_TOKENS)))
            ctx.report(Progress(
                step, steps, f"step {step}/{steps}: loss {losses[-1]:.2f}",
                visuals=[_loss_plot(losses, len(tokenizer)), _sample_log(log)],
            ))

        ctx.check()
        # The measured samples and the temperature comparison are drawn side by side in one batch.
        temperature = params["temperature"]  # the final measurement uses the run's setting
        texts = gpt.generate_many("", [temperature] * MEASURED_SAMPLES + list(TEMPERATURES),
                                  FINAL_TOKENS, top_k, seed + 1)
        measured, compared = texts[:MEASURED_SAMPLES], texts[MEASURED_SAMPLES:]
        final = measured[0]  # the one shown
        found = [w for t in measured for w in tinygpt.words(t)]
        ratio = tinygpt.real_word_ratio(" ".join(found), vocab)
        by_temperature = [(temp, tinygpt.real_word_ratio(t, vocab), t)
                          for temp, t in zip(TEMPERATURES, compared)]
        ctx.check()
        predictions = [(p, gpt.next_token_probs(p, 5)) for p in PROMPTS]

        tail = losses[-max(1, len(losses) // 20):]
        metrics = {
            "final_loss": sum(tail) / len(tail),
            "initial_loss": losses[0],
            "real_word_ratio": ratio,
            "word_repeats": sum(map(tinygpt.repeat_ratio, measured)) / len(measured),
            "words_generated": float(len(found)),
            "train_chars": float(len(text)),
            "vocab_size": float(len(tokenizer)),
            "parameters": float(gpt.num_parameters()),
        }
        for temp, r, t in by_temperature:
            metrics[f"real_word_ratio_t{temp:g}"] = r
            metrics[f"word_repeats_t{temp:g}"] = tinygpt.repeat_ratio(t)
        visuals: list[Visual] = [
            _loss_plot(losses, len(tokenizer)),
            _sample_log(log),
            TextBlock(f"After training: {FINAL_TOKENS} tokens at temperature {temperature:g} "
                      f"(1 of the {MEASURED_SAMPLES} measured samples)",
                      final),
            _predictions_table(predictions),
            Table("Temperature: the same model, sampled more or less adventurously",
                  ["temperature", "real words", "sample"],
                  [[f"{t:g}", f"{r:.0%}", _one_line(s, 60)] for t, r, s in by_temperature]),
        ]
        ctx.report(Progress(steps, steps, "done"), force=True)
        return DemoResult(self.name, params, metrics, 0.0, visuals,
                          _explain(metrics, params, by_temperature, predictions),
                          self.lesson, QUESTION)


QUESTION = ("The model was never told what a sentence is. How did predicting the next token "
            "teach it course phrases, and why does sounding right not make what it writes true?")


def _explain(metrics: dict[str, float], params: dict[str, Any],
             by_temperature: list[tuple[float, float, str]],
             predictions: list[tuple[str, list[tuple[str, float]]]]) -> str:
    vocab = int(metrics["vocab_size"])
    prompt, top = predictions[0]
    best_char, best_p = top[0]
    low, high = by_temperature[0], by_temperature[-1]
    return (
        f"A tiny GPT with {int(metrics['parameters']):,} parameters read "
        f"{metrics['train_chars'] / 1000:.0f} KB of this course's lessons and learned one task: "
        f"predict the next token (here a word or a piece of one, from {vocab} pieces its "
        f"byte-pair tokenizer learned from the same text). Its loss fell from "
        f"{metrics['initial_loss']:.2f}, about what blind guessing among {vocab} tokens "
        f"costs (ln {vocab} = {math.log(vocab):.2f}), to {metrics['final_loss']:.2f} in "
        f"{params['steps']} steps. Sampling one token at a time at temperature "
        f"{params['temperature']:g}, {metrics['real_word_ratio']:.0%} of the words it wrote "
        f"({MEASURED_SAMPLES} samples of {FINAL_TOKENS} tokens) are real words from the lessons; after \"{prompt}\" it gives {_show(best_char)} "
        f"{best_p:.0%}. Temperature {low[0]:g} gave {low[1]:.0%} real words and temperature "
        f"{high[0]:g} gave {high[1]:.0%}: low temperature plays safe and repeats, high "
        f"temperature invents. It learned words and common phrases, not facts, so what it "
        f"writes can sound right while meaning nothing, which is hallucination in miniature."
    )


def _show(char: str) -> str:
    return {" ": "a space", "\n": "a new line"}.get(char, repr(char))


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _loss_plot(losses: list[float], vocab: int) -> LinePlot:
    return LinePlot(
        "Training loss (cross-entropy per token; lower = better next-token guesses)",
        {"loss": list(losses), f"random guess (ln {vocab})": [math.log(vocab)] * len(losses)},
        x=[float(i) for i in range(1, len(losses) + 1)], ylabel="nats",
    )


def _sample_log(log: list[tuple[int, str]]) -> TextBlock:
    lines = [f"step {step:>5}: {_one_line(text, SAMPLE_CHARS)}" for step, text in log]
    return TextBlock("What the model writes as it learns", "\n".join(lines))


def _predictions_table(predictions: list[tuple[str, list[tuple[str, float]]]]) -> Table:
    rows = [[f'"{prompt}"'] + [f"{_show(c)} {p:.0%}" for c, p in top]
            for prompt, top in predictions]
    return Table("Next-token probabilities after a prompt",
                 ["prompt", "1st", "2nd", "3rd", "4th", "5th"], rows)


DEMO = TextGenDemo()
