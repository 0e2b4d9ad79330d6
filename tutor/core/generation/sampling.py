"""From the model's scores (logits) to the next token.

This is the whole of "how a language model writes", in three steps:

1. **Temperature**: ``softmax(logits / T)`` turns scores into probabilities. A low T makes the
   top token dominate; a high T spreads probability over more tokens. T = 0 is *greedy*: the
   likeliest token is taken every time (we still show ``softmax(logits)`` so the learner can see
   how sure the model was).
2. **Filtering**: top-k keeps the k likeliest tokens; top-p then keeps the smallest set of those
   whose probabilities add up to at least p. Whatever survives is renormalised to sum to 1:
   that is the *pool* the next token is drawn from.
3. **Drawing**: one token from the pool, with a seeded ``torch.Generator`` so a seed reproduces
   the text exactly.

Everything works on one 1-D tensor of logits (the last position), so the same code serves the
SmolLM2 model and the tiny GPT fallback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tutor.core.generation.options import SamplingOptions


@dataclass
class Pick:
    """One sampling step, as plain numbers (tensors stay 1-D, on the CPU).

    - ``probs``: the full distribution after temperature, before filtering (sums to 1).
    - ``pool_ids`` / ``pool_probs``: the tokens that survived top-k/top-p, likeliest first, with
      their renormalised probabilities (what the draw actually used).
    - ``token``: the chosen token id.
    """

    probs: Any
    pool_ids: Any
    pool_probs: Any
    token: int

    @property
    def probability(self) -> float:
        """Probability of the chosen token in ``probs`` (after temperature, before filtering)."""
        return float(self.probs[self.token])

    @property
    def pool_probability(self) -> float:
        """Probability the chosen token had in the pool it was drawn from."""
        match = (self.pool_ids == self.token).nonzero()
        return float(self.pool_probs[match[0, 0]]) if len(match) else 0.0

    @property
    def rank(self) -> int:
        """1 for the likeliest token, 2 for the runner-up, and so on."""
        return int((self.probs > self.probs[self.token]).sum()) + 1


def tempered_probs(torch: Any, logits: Any, temperature: float) -> Any:
    """``softmax(logits / T)``; for T = 0 (greedy) the plain ``softmax(logits)``."""
    logits = logits.float()
    if temperature > 0:
        logits = logits / temperature
    return torch.softmax(logits, dim=-1)


def sampling_pool(torch: Any, probs: Any, top_k: int, top_p: float) -> tuple[Any, Any]:
    """Apply top-k then top-p to ``probs``; return (token ids, renormalised probs), likeliest first."""
    size = probs.numel()
    if 0 < top_k < size:
        values, ids = torch.topk(probs, top_k)
    else:
        values, ids = torch.sort(probs, descending=True)
    values = values / values.sum()
    if top_p < 1.0:
        cumulative = torch.cumsum(values, dim=0)
        # keep a token when the probability mass *before* it is still short of top_p; the first
        # token always stays, so the pool is never empty
        keep = max(1, int((cumulative - values < top_p).sum()))
        values, ids = values[:keep], ids[:keep]
        values = values / values.sum()
    return ids, values


def pick_next(torch: Any, logits: Any, options: SamplingOptions, generator: Any) -> Pick:
    """Choose the next token from 1-D ``logits`` according to ``options``."""
    probs = tempered_probs(torch, logits, options.temperature)
    if options.greedy:
        token = int(torch.argmax(logits))
        ids = torch.tensor([token])
        return Pick(probs=probs, pool_ids=ids, pool_probs=torch.ones(1), token=token)
    ids, pool = sampling_pool(torch, probs, options.top_k, options.top_p)
    index = int(torch.multinomial(pool, 1, generator=generator))
    return Pick(probs=probs, pool_ids=ids, pool_probs=pool, token=int(ids[index]))
