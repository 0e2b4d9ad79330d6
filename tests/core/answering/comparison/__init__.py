"""Tests of comparison answers (``tutor.core.answering.comparison`` and the comparison shapes)."""
