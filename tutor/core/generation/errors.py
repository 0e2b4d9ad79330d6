"""Exceptions of the generation layer.

Two kinds, because the front ends react differently: a ``GenerationError`` is the learner's
input (exit code 2, fix the option and retry); ``ModelUnavailable`` is the installation
(exit code 1, the message says how to fix it).
"""

from __future__ import annotations


class GenerationError(ValueError):
    """Bad input to generation: an option out of range, an empty or too-long prompt."""


class ModelUnavailable(RuntimeError):
    """No language model can be loaded; the message says why and how to fix it."""
