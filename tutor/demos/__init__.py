"""Demos the learner runs with ``/demo NAME`` or ``tutor demo NAME``.

The registry maps names to modules without importing them: scikit-learn and torch are heavy
and must stay off the chat's start-up path. ``get_demo`` imports on first use.
"""

from __future__ import annotations

import difflib
import importlib
from dataclasses import dataclass

from tutor.demos.base import Demo, DemoError


@dataclass(frozen=True)
class DemoInfo:
    name: str
    module: str
    summary: str
    kind: str  # "machine learning" or "generative AI"


_ML = "machine learning"
_GEN = "generative AI"

REGISTRY: dict[str, DemoInfo] = {
    info.name: info
    for info in (
        DemoInfo("classifier", "tutor.demos.classifier",
                 "supervised learning: recognise handwritten digits from labelled examples", _ML),
        DemoInfo("clustering", "tutor.demos.clustering",
                 "unsupervised learning: find groups in data that has no labels", _ML),
        DemoInfo("rl", "tutor.demos.rl",
                 "reinforcement learning: an agent learns FrozenLake from rewards alone", _ML),
        DemoInfo("gan", "tutor.demos.gan",
                 "a generator and a discriminator compete until fakes look real", _GEN),
        DemoInfo("vae", "tutor.demos.vae",
                 "a variational autoencoder squeezes digits into a 2-D latent space", _GEN),
        DemoInfo("textgen", "tutor.demos.textgen",
                 "a tiny GPT learns to write from the course's own lessons", _GEN),
        DemoInfo("compare", "tutor.demos.compare",
                 "ML and generative AI side by side: classify, generate, augment", _GEN),
    )
}


def list_demos() -> list[DemoInfo]:
    return list(REGISTRY.values())


def get_demo(name: str) -> Demo:
    """The demo called ``name``; a DemoError with a suggestion when there is none."""
    key = name.strip().lower()
    info = REGISTRY.get(key)
    if info is None:
        close = difflib.get_close_matches(key, list(REGISTRY), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise DemoError(f"no demo called {name[:40]!r}.{hint} Demos: {', '.join(REGISTRY)}")
    module = importlib.import_module(info.module)
    return module.DEMO
