"""Cards for the small language model in the chat: ``/generate``, ``/generate --explain``, ``/ask-gen``.

- ``text_card.GenerationCard``: the text streams in as the model writes it.
- ``explain_card.ExplainCard``: each step's top candidates as probability bars, the chosen one
  highlighted.
- ``compare_card.AskGenCard``: the tutor's grounded answer beside the model's generated one, with
  unsupported sentences marked.

Each card is built from plain data (the same payload saved with the message), so a resumed
conversation redraws what was shown; ``render_*`` functions are the ``MESSAGE_KINDS`` renderers.
"""
