"""Tests of questions in everyday words (``everyday``, ``learner``, the glossary)."""
