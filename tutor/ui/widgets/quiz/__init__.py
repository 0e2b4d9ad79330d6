"""Quiz cards for the chat: a question, the end-of-quiz summary, /progress."""
