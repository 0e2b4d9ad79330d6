"""Tests of declines: what the course does not cover (``declining``, ``scope``)."""
