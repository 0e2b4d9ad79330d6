"""The conversation: its scrolling container and the cards it holds (messages, answers, notes)."""
