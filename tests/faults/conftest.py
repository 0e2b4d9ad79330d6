"""Fixtures for fault tests (the helpers live in fault_helpers.py)."""

from fault_helpers import hold_lock

__all__ = ["hold_lock"]
