"""One small interface over "a model that gives next-token logits".

The sampling loop in ``tutor.core.generate`` does not care which model it drives. A backend
turns a prompt into token ids, opens a ``Session`` that takes token ids and returns the logits
for the next token, and turns ids back into text. Two backends exist:

- ``SmolLMBackend``: SmolLM2-135M-Instruct (byte-level BPE tokens, a chat template, a key/value
  cache so each new token costs one small forward pass);
- ``TinyGPTBackend``: the course's own tiny GPT (``tutor.core.tinygpt``: sub-word tokens learned
  from the course; older copies used characters), the fallback when SmolLM2 is not installed. It
  has no chat template and reads only its last ``block_size`` tokens (64 for the shipped copy).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from tutor.core.generation.errors import GenerationError, ModelUnavailable
from tutor.core.generation.smollm import MODEL_NAME, SmolLMFiles
from tutor.core.runtime import import_torch

MAX_PROMPT_TOKENS = 2048  # prompt tokens; prefill time grows with it (about 1 ms per token)


class Session(Protocol):
    def feed(self, token_ids: list[int]) -> Any:
        """Append ``token_ids`` to the context; return 1-D logits for the next token."""


class Backend(Protocol):
    name: str
    stop_ids: frozenset[int]
    has_chat: bool

    def encode(self, prompt: str, *, chat: bool, messages: Sequence[dict[str, str]] | None = None) -> list[int]:
        """Token ids for a prompt (wrapped in the chat template when ``chat``)."""

    def decode(self, token_ids: list[int]) -> str:
        """Text of generated ids (special tokens left out)."""

    def token_text(self, token_id: int) -> str:
        """How one token reads on its own (special tokens shown by name)."""

    def session(self, capacity: int) -> Session:
        """A fresh context able to hold ``capacity`` tokens."""


class _SmolSession:
    def __init__(self, backend: SmolLMBackend, capacity: int) -> None:
        self._model = backend.files.model
        self._cache = self._model.new_cache(capacity)

    def feed(self, token_ids: list[int]) -> Any:
        return self._model.forward(token_ids, self._cache)


class SmolLMBackend:
    """SmolLM2-135M-Instruct from the verified cache (see ``smollm.py``)."""

    has_chat = True

    def __init__(self, files: SmolLMFiles) -> None:
        self.files = files
        self.name = f"{MODEL_NAME} (Q4_1)"
        tokenizer = files.tokenizer
        self._tokenizer = tokenizer
        added = tokenizer.get_added_tokens_decoder()
        self._special_texts = sorted(
            (tok.content for tok in added.values() if getattr(tok, "special", False)), key=len, reverse=True
        )
        stops = {files.special.get("eos_token"), "<|im_end|>", "<|endoftext|>"}
        self.stop_ids = frozenset(
            i for i in (tokenizer.token_to_id(t) for t in stops if t) if i is not None
        )
        self.max_positions = files.model.shape.max_positions
        self._template = None
        if files.chat_template:
            from jinja2.sandbox import ImmutableSandboxedEnvironment

            # the same environment settings transformers uses for chat templates
            env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
            self._template = env.from_string(files.chat_template)

    def _clean(self, text: str) -> str:
        """Remove control-token look-alikes (``<|im_end|>``) a user could type into a prompt."""
        for special in self._special_texts:
            text = text.replace(special, "")
        return text

    def encode(self, prompt: str, *, chat: bool, messages: Sequence[dict[str, str]] | None = None) -> list[int]:
        if chat and self._template is not None:
            msgs = [{"role": m["role"], "content": self._clean(m["content"])}
                    for m in (messages or [{"role": "user", "content": prompt}])]
            text = self._template.render(
                messages=msgs, add_generation_prompt=True,
                bos_token=self.files.special.get("bos_token", ""),
                eos_token=self.files.special.get("eos_token", ""),
            )
            ids = self._tokenizer.encode(text, add_special_tokens=False).ids
        else:
            text = self._clean(prompt) if messages is None else "\n\n".join(
                self._clean(m["content"]) for m in messages)
            ids = self._tokenizer.encode(text, add_special_tokens=False).ids
        if not ids:
            raise GenerationError("the prompt has no text the model can read")
        if len(ids) > MAX_PROMPT_TOKENS:
            raise GenerationError(
                f"the prompt is too long ({len(ids)} tokens; the limit is {MAX_PROMPT_TOKENS})"
            )
        return ids

    def decode(self, token_ids: list[int]) -> str:
        return self._tokenizer.decode(token_ids, skip_special_tokens=True)

    def token_text(self, token_id: int) -> str:
        return self._tokenizer.decode([token_id], skip_special_tokens=False)

    def session(self, capacity: int) -> _SmolSession:
        return _SmolSession(self, min(capacity, self.max_positions))


class _TinySession:
    def __init__(self, gpt: Any) -> None:
        self._gpt = gpt
        self._torch = import_torch()
        self._ids: list[int] = []

    def feed(self, token_ids: list[int]) -> Any:
        # no key/value cache: the model is tiny and reads only its last ``block_size`` tokens
        self._ids.extend(token_ids)
        window = self._torch.tensor([self._ids[-self._gpt.block_size:]])
        with self._torch.inference_mode():
            return self._gpt.model(input_ids=window).logits[0, -1].float()


class TinyGPTBackend:
    """The shipped tiny GPT: strings course words into phrases, knows no chat format.

    Works with either tokenizer a saved copy carries (``tokenizer.json`` sub-words or
    ``vocab.json`` characters): encoding, decoding and token texts all go through it.
    """

    has_chat = False
    stop_ids: frozenset[int] = frozenset()

    def __init__(self, gpt: Any, normalize: Any) -> None:
        self.gpt = gpt
        self._normalize = normalize
        self.name = f"tiny GPT ({gpt.tokenizer.kind}, trained on the course)"

    def encode(self, prompt: str, *, chat: bool, messages: Sequence[dict[str, str]] | None = None) -> list[int]:
        if messages is not None:  # the tiny model cannot follow instructions: keep only the question
            prompt = messages[-1]["content"].rsplit("Question:", 1)[-1]
        text = self._normalize(prompt).rstrip("\n") if prompt.strip() else ""
        ids = self.gpt.tokenizer.encode(text) or self.gpt.tokenizer.encode("\n")
        return ids

    def decode(self, token_ids: list[int]) -> str:
        return self.gpt.tokenizer.decode(token_ids)

    def token_text(self, token_id: int) -> str:
        return self.gpt.tokenizer.decode([token_id])

    def session(self, capacity: int) -> _TinySession:
        return _TinySession(self.gpt)


def load_tinygpt_backend() -> TinyGPTBackend:
    """The shipped tiny GPT from ``models/tiny-gpt``, or ``ModelUnavailable`` saying why not."""
    try:
        from tutor.core import tinygpt
    except ImportError as error:
        raise ModelUnavailable(f"the tiny GPT module is not available ({error})") from error
    try:
        gpt = tinygpt.load_pretrained()
    except Exception as error:  # missing folder, corrupt weights
        raise ModelUnavailable(f"the tiny GPT could not be loaded ({error})") from error
    return TinyGPTBackend(gpt, tinygpt.normalize)
