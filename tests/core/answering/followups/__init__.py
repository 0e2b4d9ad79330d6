"""Tests of follow-ups (``conversation``, ``followups``, ``switching``)."""
