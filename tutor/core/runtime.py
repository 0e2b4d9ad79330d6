"""Process-wide settings that must be in place before heavy libraries are imported.

Why: a model hub name makes transformers try the network and hang for over a minute on an
offline machine, and torch with two threads stalls badly when the other core is busy
(an 11 ms embedding query became 390 ms). So: offline always, one thread by default.
"""

from __future__ import annotations

import contextlib
import os

_ENV_DEFAULTS = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
    "TQDM_DISABLE": "1",
}

_torch_configured = False


def configure_environment() -> None:
    """Set offline and quiet defaults; a value the user already exported wins."""
    for key, value in _ENV_DEFAULTS.items():
        os.environ.setdefault(key, value)


def torch_threads() -> int:
    """Threads for torch: ``TUTOR_THREADS`` if set to a positive integer, else ``threads`` from
    config.toml (tutor.core.settings), else 1."""
    raw = os.environ.get("TUTOR_THREADS", "").strip()
    if raw:
        try:
            value = int(raw)
        except ValueError:
            return 1
        return max(1, min(value, os.cpu_count() or 1))
    from tutor.core import settings

    return int(settings.load(environ={}).threads)


def import_torch():
    """Import torch configured for this machine (offline env, thread count). Returns the module."""
    global _torch_configured
    configure_environment()
    import torch

    if not _torch_configured:
        threads = torch_threads()
        torch.set_num_threads(threads)
        with contextlib.suppress(RuntimeError):  # already set once in this process; harmless
            torch.set_num_interop_threads(1)
        _torch_configured = True
    return torch
