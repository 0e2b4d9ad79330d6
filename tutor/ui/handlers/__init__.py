"""Slash-command handlers, one module per feature (see ``tutor.commands`` for how to add one)."""
