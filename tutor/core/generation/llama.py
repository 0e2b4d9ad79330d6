"""SmolLM2's forward pass (the Llama architecture) in plain torch, with a key/value cache.

Why not ``transformers.LlamaForCausalLM`` at run time: importing transformers' model code costs
3-4 s on this machine before a single weight is read, which alone would break the 4 s budget for
loading the cached model. The architecture itself is short, so it is written out here and reads
top to bottom; ``tests/core/test_generate.py`` checks that its logits match transformers' own
implementation on the same weights. Transformers is still used once, to read the GGUF file
(see ``smollm.py``).

One decoder layer::

    x = x + o_proj(attention(rope(q_proj(norm(x))), rope(k_proj(norm(x))), v_proj(norm(x))))
    x = x + down_proj(silu(gate_proj(norm(x))) * up_proj(norm(x)))

with RMSNorm for ``norm``, rotary position embeddings (``rope``) on queries and keys, and
grouped-query attention (9 query heads share 3 key/value heads). The output layer reuses the
token-embedding matrix (tied weights).

The key/value cache keeps each layer's keys and values for the tokens already seen, so each new
token costs one small forward pass instead of re-reading the whole text.

Precision: decoding one token reads every weight once, so speed is bound by memory traffic, not
arithmetic. Keeping the matrices in bfloat16 halves that traffic (about 1.5x faster on this CPU,
half the memory); norms, attention, the residual stream and the logits stay float32. The weights
were 4-bit (Q4_1) to begin with, so rounding them to bfloat16 changes them by about a sixteenth of
a quantisation step. ``compute_dtype=torch.float32`` gives the exact float32 model (the tests
compare it with transformers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LlamaShape:
    """The numbers from ``config.json`` that the forward pass needs."""

    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_layers: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    rms_norm_eps: float
    rope_theta: float
    max_positions: int

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> LlamaShape:
        """Read a transformers ``LlamaConfig`` dict (raises KeyError/ValueError if it is not one)."""
        if config.get("model_type") != "llama":
            raise ValueError(f"expected a llama config, got model_type={config.get('model_type')!r}")
        rope = config.get("rope_parameters") or {}
        if rope.get("rope_type", "default") != "default":
            raise ValueError(f"unsupported rope type {rope.get('rope_type')!r}")
        heads = int(config["num_attention_heads"])
        hidden = int(config["hidden_size"])
        return cls(
            vocab_size=int(config["vocab_size"]),
            hidden_size=hidden,
            intermediate_size=int(config["intermediate_size"]),
            num_layers=int(config["num_hidden_layers"]),
            num_heads=heads,
            num_kv_heads=int(config.get("num_key_value_heads", heads)),
            head_dim=int(config.get("head_dim") or hidden // heads),
            rms_norm_eps=float(config["rms_norm_eps"]),
            rope_theta=float(rope.get("rope_theta", config.get("rope_theta", 10000.0))),
            max_positions=int(config["max_position_embeddings"]),
        )


class KVCache:
    """Keys and values of every layer for up to ``length`` positions, filled left to right."""

    def __init__(self, torch: Any, shape: LlamaShape, length: int) -> None:
        size = (shape.num_layers, shape.num_kv_heads, length, shape.head_dim)
        self.keys = torch.zeros(size)
        self.values = torch.zeros(size)
        self.length = length
        self.filled = 0


_LAYER_WEIGHTS = (
    "input_layernorm", "self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj",
    "self_attn.o_proj", "post_attention_layernorm", "mlp.gate_proj", "mlp.up_proj",
    "mlp.down_proj",
)


def expected_weights(shape: LlamaShape) -> dict[str, tuple[int, ...]]:
    """Every tensor name the model needs, with its shape (the output layer is tied)."""
    h, i, d = shape.hidden_size, shape.intermediate_size, shape.head_dim
    q, kv = shape.num_heads * d, shape.num_kv_heads * d
    per_layer = {
        "input_layernorm": (h,), "self_attn.q_proj": (q, h), "self_attn.k_proj": (kv, h),
        "self_attn.v_proj": (kv, h), "self_attn.o_proj": (h, q), "post_attention_layernorm": (h,),
        "mlp.gate_proj": (i, h), "mlp.up_proj": (i, h), "mlp.down_proj": (h, i),
    }
    names = {"model.embed_tokens.weight": (shape.vocab_size, h), "model.norm.weight": (h,)}
    for layer in range(shape.num_layers):
        for part in _LAYER_WEIGHTS:
            names[f"model.layers.{layer}.{part}.weight"] = per_layer[part]
    return names


class Llama:
    """The model: ``forward(token_ids, cache)`` returns the logits for the next token."""

    def __init__(self, torch: Any, shape: LlamaShape, weights: dict[str, Any],
                 compute_dtype: Any = None) -> None:
        self.torch = torch
        self.shape = shape
        self.dtype = compute_dtype or torch.float32
        expected = expected_weights(shape)
        missing = sorted(set(expected) - set(weights))
        if missing:
            raise ValueError(f"{len(missing)} weights missing, e.g. {missing[0]}")
        for name, size in expected.items():
            if tuple(weights[name].shape) != size:
                raise ValueError(f"{name} has shape {tuple(weights[name].shape)}, expected {size}")
        # matrices in the compute dtype (no copy when they already are); vectors in float32
        def cast(name: str) -> Any:
            tensor = weights[name]
            return tensor.to(self.dtype) if tensor.dim() == 2 else tensor.float()

        self.embed = cast("model.embed_tokens.weight")  # also the output layer (tied)
        self.final_norm = cast("model.norm.weight")
        self.layers = [
            tuple(cast(f"model.layers.{n}.{part}.weight") for part in _LAYER_WEIGHTS)
            for n in range(shape.num_layers)
        ]
        # rotary embedding tables, computed once like transformers' default rope
        d = shape.head_dim
        inv_freq = 1.0 / (shape.rope_theta ** (torch.arange(0, d, 2, dtype=torch.int64).float() / d))
        angles = torch.outer(torch.arange(shape.max_positions).float(), inv_freq)
        angles = torch.cat((angles, angles), dim=-1)
        self.cos, self.sin = angles.cos(), angles.sin()

    def new_cache(self, length: int) -> KVCache:
        """A cache for a prompt plus new tokens of total ``length`` (at most the model's context)."""
        if length > self.shape.max_positions:
            raise ValueError(f"{length} positions exceed the model's context of {self.shape.max_positions}")
        return KVCache(self.torch, self.shape, length)

    def _linear(self, x: Any, weight: Any) -> Any:
        """``x @ weight.T`` with float32 in and out, whatever the weights' dtype."""
        if weight.dtype == x.dtype:
            return self.torch.nn.functional.linear(x, weight)
        return self.torch.nn.functional.linear(x.to(weight.dtype), weight).float()

    def _norm(self, x: Any, weight: Any) -> Any:
        variance = x.pow(2).mean(-1, keepdim=True)
        return x * self.torch.rsqrt(variance + self.shape.rms_norm_eps) * weight

    @staticmethod
    def _rotate_half(x: Any, torch: Any) -> Any:
        half = x.shape[-1] // 2
        return torch.cat((-x[..., half:], x[..., :half]), dim=-1)

    def forward(self, token_ids: list[int], cache: KVCache) -> Any:
        """Run ``token_ids`` (the next positions after what ``cache`` holds); return 1-D logits
        for the token that follows the last of them."""
        torch = self.torch
        F = torch.nn.functional
        s = self.shape
        start, count = cache.filled, len(token_ids)
        end = start + count
        if count == 0:
            raise ValueError("no tokens to run")
        if end > cache.length:
            raise ValueError(f"the cache holds {cache.length} positions; {end} needed")
        with torch.inference_mode():
            x = self.embed[torch.tensor(token_ids)].float()  # (count, hidden)
            cos, sin = self.cos[start:end], self.sin[start:end]  # (count, head_dim)
            mask = None
            if count > 1:  # token i may look at every position up to start + i
                mask = torch.ones(count, end, dtype=torch.bool).tril(diagonal=start)
            for n, (ln1, wq, wk, wv, wo, ln2, wg, wu, wd) in enumerate(self.layers):
                h = self._norm(x, ln1)
                q = self._linear(h, wq).view(count, s.num_heads, s.head_dim).transpose(0, 1)
                k = self._linear(h, wk).view(count, s.num_kv_heads, s.head_dim).transpose(0, 1)
                v = self._linear(h, wv).view(count, s.num_kv_heads, s.head_dim).transpose(0, 1)
                q = q * cos + self._rotate_half(q, torch) * sin
                k = k * cos + self._rotate_half(k, torch) * sin
                cache.keys[n, :, start:end] = k
                cache.values[n, :, start:end] = v
                attended = F.scaled_dot_product_attention(
                    q.unsqueeze(0),
                    cache.keys[n, :, :end].unsqueeze(0),
                    cache.values[n, :, :end].unsqueeze(0),
                    attn_mask=mask,
                    enable_gqa=True,
                )  # (1, heads, count, head_dim)
                x = x + self._linear(attended[0].transpose(0, 1).reshape(count, -1), wo)
                h = self._norm(x, ln2)
                x = x + self._linear(F.silu(self._linear(h, wg)) * self._linear(h, wu), wd)
            cache.filled = end
            last = self._norm(x[-1], self.final_norm)
            return self._linear(last, self.embed)
