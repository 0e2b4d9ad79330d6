"""Tests of refusals: requests outside a tutor's job (``refusing``, ``requests``)."""
