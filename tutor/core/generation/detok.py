"""Token ids -> printable text, one piece at a time.

Why this is not just ``decode([token])``: SmolLM2's tokenizer works on bytes, so one accented
letter or emoji can be split over two tokens, and decoding a lone half gives the replacement
character. Here the whole sequence so far is decoded and only the new suffix is handed out;
while the text ends in an incomplete character, nothing is handed out until it is complete.
"""

from __future__ import annotations

from collections.abc import Callable

REPLACEMENT = "\ufffd"


class TextAssembler:
    """Feed token ids with ``push``; get back the text they add (possibly empty)."""

    def __init__(self, decode: Callable[[list[int]], str]) -> None:
        self._decode = decode
        self.ids: list[int] = []
        self.text = ""  # what has been handed out so far

    def push(self, token: int) -> str:
        self.ids.append(token)
        full = self._decode(self.ids)
        if full.endswith(REPLACEMENT):
            return ""  # wait for the rest of the character
        return self._advance(full)

    def flush(self) -> str:
        """Whatever is still held back (at the end, an incomplete character is shown as is)."""
        return self._advance(self._decode(self.ids))

    def _advance(self, full: str) -> str:
        if full.startswith(self.text):
            piece = full[len(self.text):]
        else:  # decoding changed earlier text (rare): hand out only what is new after the common part
            common = 0
            for a, b in zip(full, self.text):
                if a != b:
                    break
                common += 1
            piece = full[max(common, len(self.text)):] if len(full) > len(self.text) else ""
        self.text = full
        return piece
