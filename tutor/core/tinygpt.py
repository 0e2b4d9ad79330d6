"""A tiny GPT: the smallest language model that still shows the real idea.

Why it exists: the course says a language model learns to predict the next token and writes
by sampling one token at a time. Here that is literally true and small enough to watch: a
GPT-2 architecture from ``transformers`` with two layers, trained on the course's own
lessons in seconds on one CPU core. The ``textgen`` demo trains one live over sub-word tokens
(a byte-pair tokenizer learned from the same text at start, so its few seconds go into which
word comes next rather than spelling); a larger trained copy, with the same kind of
tokenizer, ships in ``models/tiny-gpt/`` so generation can be shown without training, and it
is the fallback generator when the SmolLM2 model is not installed.

Reads top to bottom: text -> tokenizers (one token per character, or byte-pair sub-words) ->
model -> training step -> sampling (temperature, top-k) -> next-token probabilities ->
save/load -> CLI.

Reproduce the shipped copy::

    python -m tutor.core.tinygpt train --out models/tiny-gpt --steps 600 --seed 0
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from tutor.core import paths
from tutor.core.knowledge import load_course
from tutor.core.runtime import configure_environment, import_torch

TOKENIZER_FILE = "vocab.json"  # character tokenizer
BPE_FILE = "tokenizer.json"  # sub-word tokenizer, in the ``tokenizers`` library's own format
BPE_VOCAB = 1024  # sub-word pieces the demo's tokenizer learns (measured: README, textgen)
TRAINING_FILE = "training.json"
WARMUP = 50  # learning-rate warm-up steps (fewer for very short runs)
TIE = False
UNKNOWN = " "  # characters the model never saw are read as a space

# --------------------------------------------------------------------------- training text

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_ASCII_FOR = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
              "\u2014": " - ", "\u2026": "...", "\u00a0": " ", "\u2212": "-", "\u00d7": "x"}


def normalize(text: str) -> str:
    """Plain ASCII with tidy spacing, so the vocabulary stays small (about 80 characters).

    Curly quotes and dashes become their ASCII cousins; accents are dropped; other
    non-ASCII characters disappear. A smaller vocabulary means faster learning.
    """
    text = to_ascii(text).replace("\r\n", "\n").replace("\t", " ")
    text = re.sub(r"[ ]{2,}", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def to_ascii(text: str) -> str:
    """Character by character ASCII (no spacing changes), as used for prompts."""
    text = "".join(_ASCII_FOR.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def course_text(folder: Path | None = None) -> str:
    """All lessons as one training text, in course order, read through ``tutor.core.knowledge``.

    Why the knowledge parser: it is the one place that knows the lesson format (front matter,
    H2 sections, the final "Try it:" line), so the model learns exactly the prose the tutor
    cites. Each lesson becomes its title as a ``#`` line, then each section as a ``##`` heading
    and its text, ASCII-normalised. Returns an empty string when there are no lessons; a
    malformed lesson raises ``knowledge.LessonFormatError`` (its message names file and line).
    """
    parts = []
    for lesson in load_course(folder or paths.lessons_dir()).lessons:
        parts.append(f"# {lesson.title}")
        for section in lesson.sections:
            parts += [f"## {section.heading}", section.text]
    return normalize("\n\n".join(parts)) if parts else ""


def words(text: str) -> list[str]:
    """Lower-case words (letters, with an inner apostrophe allowed)."""
    return _WORD.findall(text.lower())


def real_word_ratio(sample: str, training_text: str | set[str]) -> float:
    """Share of the words in ``sample`` that also occur in the training text (0 if no words).

    Why this measure: a character model starts by emitting letter soup; when most of what
    it writes are words it has read, it has learned spelling from next-character prediction
    alone. It says nothing about meaning or truth (the hallucination lesson covers that).
    """
    vocab = training_text if isinstance(training_text, set) else set(words(training_text))
    found = words(sample)
    return 0.0 if not found else sum(w in vocab for w in found) / len(found)


# --------------------------------------------------------------------------- tokenizer


class CharTokenizer:
    """One token per character. The vocabulary is the sorted set of characters seen."""

    kind = "character-level"  # how a model's name describes its tokens

    def __init__(self, chars: str) -> None:
        if not chars:
            raise ValueError("a tokenizer needs at least one character")
        self.chars = "".join(sorted(set(chars)))
        self._index = {ch: i for i, ch in enumerate(self.chars)}
        self._unknown = self._index.get(UNKNOWN, 0)

    @classmethod
    def from_text(cls, text: str) -> CharTokenizer:
        return cls("".join(sorted(set(text))))

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> list[int]:
        return [self._index.get(ch, self._unknown) for ch in text]

    def decode(self, ids: list[int]) -> str:
        return "".join(self.chars[i] for i in ids)

    def token(self, token_id: int) -> str:
        """The text of one token (here one character)."""
        return self.chars[token_id]

    def save(self, folder: Path) -> None:
        (folder / TOKENIZER_FILE).write_text(json.dumps({"chars": self.chars}, indent=1) + "\n")

    @classmethod
    def load(cls, folder: Path) -> CharTokenizer:
        return cls(json.loads((folder / TOKENIZER_FILE).read_text())["chars"])


class BpeTokenizer:
    """Sub-word tokens (byte-pair encoding) learned from the training text itself.

    Why: a character model spends most of a short training run learning to spell, so its
    samples are letter soup or "the the the". BPE starts from characters and repeatedly merges
    the most frequent neighbouring pair into a new token until it has ``vocab_size`` of them;
    on the course text that gives whole words (" model", " learning") and common pieces, so the
    model predicts words and spends its few seconds on which word comes next. Trained with the
    ``tokenizers`` library (well under a second on the course), GPT-2's byte-level scheme:
    a token's text carries its leading space. Every printable ASCII character is kept as a base
    token, so any (ASCII-normalised) prompt can be encoded.
    """

    kind = "sub-word"

    def __init__(self, tokenizer: Any) -> None:
        self._tok = tokenizer
        self._texts = [tokenizer.decode([i]) for i in range(tokenizer.get_vocab_size())]

    @classmethod
    def from_text(cls, text: str, vocab_size: int = BPE_VOCAB) -> BpeTokenizer:
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

        if not text:
            raise ValueError("a tokenizer needs some text to learn from")
        tok = Tokenizer(models.BPE())
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        tok.decoder = decoders.ByteLevel()
        trainer = trainers.BpeTrainer(vocab_size=vocab_size, min_frequency=2,
                                      show_progress=False)
        base = "".join(chr(c) for c in range(32, 127)) + "\n"
        tok.train_from_iterator([text, base], trainer)
        return cls(tok)

    def __len__(self) -> int:
        return len(self._texts)

    def encode(self, text: str) -> list[int]:
        return list(self._tok.encode(to_ascii(text)).ids)

    def decode(self, ids: list[int]) -> str:
        return "".join(self._texts[i] for i in ids)

    def token(self, token_id: int) -> str:
        """The text of one token: a character, a piece of a word, or a word with its space."""
        return self._texts[token_id]

    def save(self, folder: Path) -> None:
        self._tok.save(str(folder / BPE_FILE))

    @classmethod
    def load(cls, folder: Path) -> BpeTokenizer:
        from tokenizers import Tokenizer

        return cls(Tokenizer.from_file(str(folder / BPE_FILE)))


AnyTokenizer = CharTokenizer | BpeTokenizer


def load_tokenizer(folder: Path) -> AnyTokenizer:
    """Whichever tokenizer was saved in ``folder`` (sub-word if present, else characters)."""
    if (folder / BPE_FILE).is_file():
        return BpeTokenizer.load(folder)
    return CharTokenizer.load(folder)


def repeat_ratio(sample: str) -> float:
    """Share of words that repeat the word right before them ("the the"); 0 if under two words.

    Why: a model that has learned little falls back on its likeliest word again and again,
    most visibly at low temperature; real prose almost never doubles a word.
    """
    found = words(sample)
    if len(found) < 2:
        return 0.0
    return sum(a == b for a, b in pairwise(found)) / (len(found) - 1)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class TinyGPTConfig:
    """Model size. The demo default trains in a few seconds; the shipped copy is larger."""

    n_layer: int = 2
    n_embd: int = 64
    n_head: int = 4
    block_size: int = 32  # tokens of context the model sees at once
    n_inner: int = 128  # width of each block's feed-forward layer (GPT-2 uses 4 * n_embd)
    # Spread of the random starting weights. GPT-2's 0.02 suits its 768-wide layers; at width
    # 64 it leaves the model stuck for a while predicting only word frequencies, for longer on
    # some seeds than others (seed 6 ended a 400-step demo run at loss 4.40 instead of ~3.7).
    # 0.05 gets every seed past that plateau early (benchmarks/seed_sweep.py; README, textgen).
    init_std: float = 0.02


def _gpt2_config(vocab_size: int, cfg: TinyGPTConfig) -> Any:
    configure_environment()
    from transformers import GPT2Config

    return GPT2Config(
        vocab_size=vocab_size, n_positions=cfg.block_size, n_embd=cfg.n_embd,
        n_layer=cfg.n_layer, n_head=cfg.n_head, n_inner=cfg.n_inner, resid_pdrop=0.0, embd_pdrop=0.0,
        attn_pdrop=0.0, activation_function="gelu", bos_token_id=0, eos_token_id=0, pad_token_id=0,
        loss_type="ForCausalLM", tie_word_embeddings=TIE, initializer_range=cfg.init_std,
    )


class TinyGPT:
    """A GPT-2 language model over characters or sub-words, plus its tokenizer."""

    def __init__(self, model: Any, tokenizer: AnyTokenizer, info: dict[str, Any] | None = None):
        self.model = model
        self.tokenizer = tokenizer
        self.block_size = int(model.config.n_positions)
        self.info = dict(info or {})  # how it was trained (written to training.json)

    @classmethod
    def create(cls, tokenizer: AnyTokenizer, config: TinyGPTConfig | None = None,
               seed: int = 0) -> TinyGPT:
        """A fresh, untrained model (weights drawn from ``seed``)."""
        torch = import_torch()
        from transformers import GPT2LMHeadModel

        cfg = config or TinyGPTConfig()
        torch.manual_seed(seed)
        model = GPT2LMHeadModel(_gpt2_config(len(tokenizer), cfg))
        return cls(model, tokenizer, {"config": asdict(cfg), "seed": seed})

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.model.parameters())

    # ----------------------------------------------------------------- sampling

    def _context(self, prompt: str) -> list[int]:
        ids = self.tokenizer.encode(to_ascii(prompt))
        return ids or self.tokenizer.encode("\n")  # an empty prompt starts a new paragraph

    def stream(self, prompt: str = "", max_tokens: int = 200, temperature: float = 0.8,
               top_k: int | None = None, seed: int = 0) -> Iterator[str]:
        """Yield the text of one token at a time after ``prompt``.

        Each step reads the last ``block_size`` tokens, turns the model's scores into
        probabilities (divided by ``temperature``; only the ``top_k`` likeliest kept when
        given) and draws one. Temperature 0 always takes the likeliest token.
        """
        for chars in self._sample_rows(prompt, [temperature], max_tokens, top_k, seed):
            yield chars[0]

    def generate(self, prompt: str = "", max_tokens: int = 200, temperature: float = 0.8,
                 top_k: int | None = None, seed: int = 0) -> str:
        """The continuation of ``prompt`` (without the prompt itself), ``max_tokens`` tokens."""
        return "".join(self.stream(prompt, max_tokens, temperature, top_k, seed))

    def generate_many(self, prompt: str, temperatures: list[float], max_tokens: int = 200,
                      top_k: int | None = None, seed: int = 0) -> list[str]:
        """One continuation per temperature, sampled side by side in one batch (faster than
        one at a time: the model reads all rows in a single call per token)."""
        rows = ["" for _ in temperatures]
        for chars in self._sample_rows(prompt, temperatures, max_tokens, top_k, seed):
            rows = [r + c for r, c in zip(rows, chars)]
        return rows

    def _sample_rows(self, prompt: str, temperatures: list[float], max_tokens: int,
                     top_k: int | None, seed: int) -> Iterator[list[str]]:
        torch = import_torch()
        start = self._context(prompt)
        ids = torch.tensor([start] * len(temperatures))
        temps = torch.tensor([max(t, 1e-6) for t in temperatures]).unsqueeze(1)
        greedy = torch.tensor([t <= 0 for t in temperatures])
        generator = torch.Generator().manual_seed(seed)
        self.model.eval()
        with torch.no_grad():
            for _ in range(max(0, max_tokens)):
                # logits_to_keep=1: score only the last position (the one sampled from); the
                # output layer over every position of the window was most of sampling's cost
                logits = self.model(input_ids=ids[:, -self.block_size:],
                                    logits_to_keep=1).logits[:, -1].float()
                best = torch.argmax(logits, dim=-1)
                logits = logits / temps
                if top_k is not None and 0 < top_k < logits.size(-1):
                    cutoff = torch.topk(logits, top_k, dim=-1).values[:, -1:]
                    logits = logits.masked_fill(logits < cutoff, float("-inf"))
                drawn = torch.multinomial(torch.softmax(logits, dim=-1), 1,
                                          generator=generator).squeeze(1)
                nxt = torch.where(greedy, best, drawn)
                ids = torch.cat([ids, nxt.unsqueeze(1)], dim=1)[:, -self.block_size:]
                yield [self.tokenizer.token(int(i)) for i in nxt]

    def next_token_probs(self, text: str, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` likeliest next tokens (their text) after ``text`` with their probabilities."""
        torch = import_torch()
        window = torch.tensor([self._context(text)[-self.block_size:]])
        self.model.eval()
        with torch.no_grad():
            probs = torch.softmax(self.model(input_ids=window).logits[0, -1], dim=-1)
        top = torch.topk(probs, min(k, probs.numel()))
        return [(self.tokenizer.token(int(i)), float(p)) for p, i in zip(top.values, top.indices)]

    # ----------------------------------------------------------------- save / load

    def save(self, folder: Path | str) -> Path:
        """Write config.json, model.safetensors, the tokenizer (vocab.json for characters,
        tokenizer.json for sub-words) and training.json to ``folder``."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        self.model.save_pretrained(folder, safe_serialization=True)
        (folder / "generation_config.json").unlink(missing_ok=True)  # unused; keep it small
        # safetensors writes through a private temporary file (mode 0600); a shipped model must
        # stay readable by every user of an installed copy.
        for written in folder.glob("*.safetensors"):
            written.chmod(0o644)
        for stale in (TOKENIZER_FILE, BPE_FILE):  # a retrained copy may change tokenizer kind
            (folder / stale).unlink(missing_ok=True)
        self.tokenizer.save(folder)
        (folder / TRAINING_FILE).write_text(json.dumps(self.info, indent=1) + "\n")
        return folder

    @classmethod
    def load(cls, folder: Path | str) -> TinyGPT:
        """Load a saved copy from a local folder (never the network)."""
        folder = Path(folder)
        if not (folder / "config.json").is_file() or not (
                (folder / TOKENIZER_FILE).is_file() or (folder / BPE_FILE).is_file()):
            raise FileNotFoundError(
                f"no tiny GPT in {folder} (config.json, or vocab.json/tokenizer.json, missing)")
        import_torch()
        from transformers import GPT2LMHeadModel

        model = GPT2LMHeadModel.from_pretrained(folder, local_files_only=True)
        model.eval()
        info_path = folder / TRAINING_FILE
        info = json.loads(info_path.read_text()) if info_path.is_file() else {}
        return cls(model, load_tokenizer(folder), info)


def default_folder() -> Path:
    return paths.models_dir() / "tiny-gpt"


def load_pretrained(folder: Path | str | None = None) -> TinyGPT:
    """The shipped, trained tiny GPT (``models/tiny-gpt`` unless ``folder`` is given)."""
    return TinyGPT.load(folder or default_folder())


# --------------------------------------------------------------------------- training


class Trainer:
    """Next-token training, one step at a time so a caller can watch and cancel.

    Each step takes ``batch_size`` random windows of ``block_size + 1`` tokens (characters or
    sub-words, whichever the model's tokenizer makes); the model predicts each token from the
    ones before it and AdamW nudges the weights to make the right token likelier.
    """

    def __init__(self, gpt: TinyGPT, text: str, batch_size: int = 16, lr: float = 3e-3,
                 seed: int = 0, total_steps: int | None = None) -> None:
        torch = import_torch()
        self.torch = torch
        self.gpt = gpt
        self.data = torch.tensor(gpt.tokenizer.encode(text), dtype=torch.long)
        if len(self.data) <= gpt.block_size + 1:
            raise ValueError(f"training text too short: {len(self.data)} tokens")
        self.batch_size = batch_size
        self.generator = torch.Generator().manual_seed(seed)
        self.optimizer = torch.optim.AdamW(gpt.model.parameters(), lr=lr, betas=(0.9, 0.99),
                                           weight_decay=0.01)
        self.scheduler = None
        if total_steps:  # short warm-up, then cosine decay: big steps early, careful at the end
            warmup = max(1, min(WARMUP, total_steps // 10))

            def factor(step: int) -> float:
                if step < warmup:
                    return (step + 1) / warmup
                progress = min(1.0, (step - warmup) / max(1, total_steps - warmup))
                return 0.1 + 0.45 * (1 + math.cos(math.pi * progress))

            self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, factor)
        self.steps = 0

    def batch(self) -> Any:
        torch = self.torch
        size = self.gpt.block_size + 1  # inputs are the first block_size, targets the last
        starts = torch.randint(0, len(self.data) - size, (self.batch_size,), generator=self.generator)
        return torch.stack([self.data[s:s + size] for s in starts.tolist()])

    def step(self) -> float:
        """One optimisation step; returns the training loss (cross-entropy, nats per token)."""
        self.gpt.model.train()
        window = self.batch()
        inputs, targets = window[:, :-1], window[:, 1:]
        logits = self.gpt.model(input_ids=inputs).logits
        loss = self.torch.nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)),
                                                      targets.reshape(-1))
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.torch.nn.utils.clip_grad_norm_(self.gpt.model.parameters(), 1.0)
        self.optimizer.step()
        if self.scheduler is not None:
            self.scheduler.step()
        self.steps += 1
        return float(loss.detach())


def train(text: str, steps: int, seed: int = 0, config: TinyGPTConfig | None = None,
          batch_size: int = 16, lr: float = 3e-3,
          on_step: Callable[[int, float], None] | None = None,
          tokenizer: str = "char", vocab_size: int = BPE_VOCAB) -> TinyGPT:
    """Train a fresh tiny GPT on ``text`` for ``steps`` steps and return it.

    ``tokenizer`` is ``"char"`` (one token per character) or ``"bpe"`` (``vocab_size``
    byte-pair sub-words learned from ``text`` first, as the shipped copy and the demo use).
    """
    text = normalize(text)
    if tokenizer not in ("char", "bpe"):
        raise ValueError(f"unknown tokenizer {tokenizer!r} (use 'char' or 'bpe')")
    tok: AnyTokenizer = (BpeTokenizer.from_text(text, vocab_size) if tokenizer == "bpe"
                         else CharTokenizer.from_text(text))
    gpt = TinyGPT.create(tok, config, seed)
    trainer = Trainer(gpt, text, batch_size, lr, seed, total_steps=steps)
    losses = []
    for step in range(steps):
        losses.append(trainer.step())
        if on_step:
            on_step(step + 1, losses[-1])
    tail = losses[-max(1, steps // 20):]
    gpt.info.update(steps=steps, batch_size=batch_size, lr=lr, train_chars=len(text),
                    tokenizer=tokenizer, vocab_size=len(tok),
                    train_tokens=len(trainer.data), final_loss=round(sum(tail) / len(tail), 4))
    return gpt


# --------------------------------------------------------------------------- command line

SHIPPED = TinyGPTConfig(n_layer=3, n_embd=128, n_head=4, block_size=64, n_inner=256, init_std=0.05)
# 600 steps of 32 windows of 64 sub-word tokens read the ~32,500-token course about 38 times:
# about 5 minutes on one core (297 s). Longer runs mostly memorise this little text.
SHIPPED_STEPS = 600


def _cli(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tutor.core.tinygpt",
                                     description="Train or sample the tiny GPT (sub-word or character tokens).")
    sub = parser.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train", help="train on the course lessons and save to a folder")
    tr.add_argument("--out", type=Path, default=default_folder(), help="folder to write")
    tr.add_argument("--steps", type=int, default=SHIPPED_STEPS, help="optimisation steps")
    tr.add_argument("--seed", type=int, default=0, help="random seed")
    tr.add_argument("--layers", type=int, default=SHIPPED.n_layer, help="transformer blocks")
    tr.add_argument("--width", type=int, default=SHIPPED.n_embd, help="embedding width")
    tr.add_argument("--heads", type=int, default=SHIPPED.n_head, help="attention heads")
    tr.add_argument("--inner", type=int, default=SHIPPED.n_inner, help="feed-forward width")
    tr.add_argument("--block", type=int, default=SHIPPED.block_size, help="context, in tokens")
    tr.add_argument("--init", type=float, default=SHIPPED.init_std,
                    help="spread of the random starting weights")
    tr.add_argument("--tokenizer", choices=("bpe", "char"), default="bpe",
                    help="byte-pair sub-words learned from the course, or one token per character")
    tr.add_argument("--vocab", type=int, default=BPE_VOCAB, help="sub-word tokens (bpe only)")
    tr.add_argument("--batch", type=int, default=32, help="windows per step")
    tr.add_argument("--lr", type=float, default=3e-3, help="peak learning rate")
    sm = sub.add_parser("sample", help="print a sample from a saved model")
    sm.add_argument("--model", type=Path, default=default_folder(), help="saved model folder")
    sm.add_argument("--prompt", default="", help="text to continue")
    sm.add_argument("--tokens", type=int, default=100, help="tokens to generate")
    sm.add_argument("--temperature", type=float, default=0.8, help="sampling temperature")
    sm.add_argument("--top-k", type=int, default=None, help="keep only the k likeliest")
    sm.add_argument("--seed", type=int, default=0, help="random seed")
    args = parser.parse_args(argv)

    if args.command == "sample":
        try:
            gpt = load_pretrained(args.model)
        except (FileNotFoundError, OSError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(args.prompt + gpt.generate(args.prompt, args.tokens, args.temperature, args.top_k,
                                         args.seed))
        return 0

    try:
        text = course_text()
    except ValueError as exc:  # knowledge.LessonFormatError: names the file and line
        parser.error(f"cannot read the lessons: {exc}")
    if len(text) < 1000:
        parser.error(f"the lessons in {paths.lessons_dir()} hold too little text ({len(text)} chars)")
    if args.tokenizer == "bpe" and not 300 <= args.vocab <= 50_000:
        parser.error(f"--vocab must be between 300 and 50000 (got {args.vocab})")
    config = TinyGPTConfig(args.layers, args.width, args.heads, args.block, args.inner, args.init)
    started = time.perf_counter()

    def show(step: int, loss: float) -> None:
        if step % 100 == 0 or step == args.steps:
            print(f"step {step:5d}  loss {loss:.3f}  {time.perf_counter() - started:6.1f}s",
                  flush=True)

    gpt = train(text, args.steps, args.seed, config, args.batch, args.lr, on_step=show,
                tokenizer=args.tokenizer, vocab_size=args.vocab)
    gpt.info["seconds"] = round(time.perf_counter() - started, 1)
    gpt.info["command"] = (
        f"python -m tutor.core.tinygpt train --out {args.out} --steps {args.steps} "
        f"--seed {args.seed} --layers {args.layers} --width {args.width} --heads {args.heads} "
        f"--inner {args.inner} --block {args.block} --init {args.init:g} --batch {args.batch} "
        f"--lr {args.lr:g} --tokenizer {args.tokenizer}"
        + (f" --vocab {args.vocab}" if args.tokenizer == "bpe" else ""))
    gpt.info["train_text_sha256"] = hashlib.sha256(text.encode()).hexdigest()[:16]
    gpt.info["lessons"] = len(load_course().lessons)
    gpt.save(args.out)
    sample = gpt.generate("", 400 if args.tokenizer == "char" else 120, 0.8, None, args.seed)
    print(f"saved to {args.out} ({gpt.num_parameters():,} parameters); "
          f"real-word ratio {real_word_ratio(sample, text):.2f}\n---\n{sample}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_cli())
