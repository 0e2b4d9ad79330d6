"""Benchmark for the small language model (issue 6 targets, 2-core CPU, one torch thread).

Measures, each in a fresh process so nothing is shared between runs:
- first load: ``load_generator()`` with an empty cache (reads the GGUF, converts, writes the
  cache), imports included;
- cached load: ``load_generator()`` from the converted cache, reported two ways: the whole
  fresh process up to a usable model (imports included), and the load call alone;
- time to first token: a chat prompt, from the call to the first text piece (after load);
- tokens per second while decoding (first token excluded; greedy, 64 new tokens);
- peak RSS (VmHWM) of a process that loads the embedding model, embeds a question, loads
  SmolLM2 and generates 64 tokens, i.e. what the chat holds when both models are warm.

Run:  .venv/bin/python benchmarks/bench_generate.py [--runs 3] [--first-runs 1]
Targets: cached load <= 4 s, >= 15 tokens/s, first token <= 1.5 s after load, peak <= 1.5 GB.
The load average is printed too: on a shared 2-core machine other work slows every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROMPT = "What is the difference between machine learning and generative AI?"
DECODE_PROMPT = "Machine learning is a field of study in which"
DECODE_TOKENS = 64


def _peak_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(mode: str) -> dict:
    """One measurement inside a fresh interpreter (started by ``main``)."""
    started = time.perf_counter()
    sys.path.insert(0, str(REPO))
    result: dict = {}
    if mode == "peak":
        from tutor.core.answering.embeddings import load_embedder

        load_embedder().encode([PROMPT])
    from tutor.core.generate import load_generator
    from tutor.core.runtime import import_torch

    import_torch()
    imported = time.perf_counter()
    generator = load_generator(fallback=False)
    loaded = time.perf_counter()
    result.update(process_to_model=loaded - started, load_call=loaded - imported)
    if mode in ("cached", "peak"):
        stream = generator.stream(PROMPT, temperature=0, max_tokens=1)
        "".join(stream)
        result["first_token"] = stream.stats.first_token_seconds
        stream = generator.stream(DECODE_PROMPT, temperature=0, max_tokens=DECODE_TOKENS, chat=False)
        "".join(stream)
        stats = stream.stats
        result["decode_tokens_per_second"] = (stats.tokens - 1) / (stats.seconds - stats.first_token_seconds)
        result["tokens"] = stats.tokens
    result["peak_mb"] = _peak_mb()
    return result


def _run_child(mode: str, home: Path) -> dict:
    env = {**os.environ, "TUTOR_HOME": str(home), "TUTOR_THREADS": "1"}
    env.pop("TUTOR_DISABLE_SMOLLM", None)
    proc = subprocess.run([sys.executable, __file__, "--child", mode], capture_output=True, text=True,
                          env=env, check=False, timeout=600)
    if proc.returncode != 0:
        raise SystemExit(f"child {mode} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each cached measurement (median)")
    parser.add_argument("--first-runs", type=int, default=1, help="first-load conversions (each 20-60 s)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return

    load_before = os.getloadavg()
    home = Path(tempfile.mkdtemp(prefix="tutor-bench-gen-"))
    try:
        first = []
        for _ in range(max(1, args.first_runs)):
            shutil.rmtree(home / "cache", ignore_errors=True)
            first.append(_run_child("first", home))
        cached = [_run_child("cached", home) for _ in range(args.runs)]
        peak = [_run_child("peak", home) for _ in range(args.runs)]
    finally:
        shutil.rmtree(home, ignore_errors=True)

    def median(rows: list[dict], key: str) -> float:
        return statistics.median(row[key] for row in rows)

    figures = [
        ("First load (GGUF -> cache), whole process", median(first, "process_to_model"), "s", None),
        ("First load peak memory", median(first, "peak_mb"), "MB", None),
        ("Cached load, whole fresh process (imports included)", median(cached, "process_to_model"), "s", 4.0),
        ("Cached load, load_generator() call only", median(cached, "load_call"), "s", 4.0),
        ("Time to first token (after load)", median(cached, "first_token"), "s", 1.5),
        ("Decode speed", median(cached, "decode_tokens_per_second"), "tokens/s", 15.0),
        ("Peak memory, MiniLM + SmolLM2 + 64 tokens", median(peak, "peak_mb"), "MB", 1536.0),
    ]
    print(f"SmolLM2-135M-Instruct, one torch thread, median of {args.runs} fresh processes "
          f"(first load: {len(first)}); load average before: {load_before[0]:.2f}, "
          f"after: {os.getloadavg()[0]:.2f}\n")
    print("| Measure | Value | Target | Met |")
    print("|---|---|---|---|")
    for label, value, unit, target in figures:
        if target is None:
            met, target_text = "", "-"
        elif unit == "tokens/s":
            met, target_text = ("yes" if value >= target else "NO"), f">= {target:g} {unit}"
        else:
            met, target_text = ("yes" if value <= target else "NO"), f"<= {target:g} {unit}"
        print(f"| {label} | {value:.2f} {unit} | {target_text} | {met} |")


if __name__ == "__main__":
    main()
