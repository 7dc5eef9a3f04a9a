"""Positions as LSP counts them: lines end at \\n, \\r\\n or \\r only, and a column is a count
of code units in the negotiated encoding (UTF-16 unless the client offers another).

Our offsets count code points, so a character outside the Basic Multilingual Plane (an emoji,
a rare CJK ideograph) is one of ours and two of a UTF-16 client's. Python's `splitlines` also
breaks at form feeds, U+2028 and the like, which LSP does not, so lines are split here.
"""
from __future__ import annotations

import bisect
import itertools
import re

_BREAK = re.compile(r"\r\n|\r|\n")
UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units `text` takes in the client's encoding."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class LineIndex:
    """Offsets (code points) <-> LSP positions (line, code units) for one text."""

    def __init__(self, text: str, encoding: str = UTF16):
        self.text = text
        self.encoding = encoding
        self.starts = _line_starts(text)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def line_text(self, line: int) -> str:
        """The line's text without its line break."""
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        return line, units(self.text[self.starts[line]:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The offset of an LSP position; past the end of a line means its end (as LSP says)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, text = self.starts[line], self.line_text(line)
        if self.encoding == UTF32 or text.isascii():
            return start + min(character, len(text))
        count = 0
        for i, char in enumerate(text):
            if count >= character:
                return start + i
            count += units(char, self.encoding)
        return start + len(text)

    def newline(self) -> str:
        """The document's own line break, for inserted lines."""
        m = _BREAK.search(self.text)
        return m.group() if m else "\n"


def _line_starts(text: str) -> list[int]:
    if "\r" in text:
        return [0] + [m.end() for m in _BREAK.finditer(text)]
    return [0, *itertools.accumulate(len(line) + 1 for line in text.split("\n")[:-1])]


def apply_change(text: str, change, encoding: str) -> str:
    """The text after one `contentChanges` entry: a ranged edit, or the whole new text."""
    edit_range = getattr(change, "range", None)
    if edit_range is None:
        return change.text
    index = LineIndex(text, encoding)
    start = index.offset(edit_range.start.line, edit_range.start.character)
    end = index.offset(edit_range.end.line, edit_range.end.character)
    return text[:start] + change.text + text[max(start, end):]
