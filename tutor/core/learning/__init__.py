"""The learning engine: the course path (prerequisites), mastery and what to learn next.

Plain data and rules only (no Textual): the chat, the plain chat and the CLI all render the
results of this package the same way.
"""
