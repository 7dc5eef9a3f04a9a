"""The original text of a file and the map from character offsets to line and column.

Every position in stylelint is a character offset into the original text; lines and columns are
computed only when an alert is reported, so markup never shifts them.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Document:
    """Text plus a lazily built index of line starts (LF, CRLF and lone CR all end a line)."""

    __slots__ = ("text", "_starts")

    def __init__(self, text: str):
        self.text = text
        self._starts: list[int] | None = None

    @property
    def line_starts(self) -> list[int]:
        if self._starts is None:
            if "\r" in self.text:
                self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]
            else:  # line feeds only (most files): each start from the lengths of the lines before it
                self._starts = list(accumulate((len(line) + 1 for line in self.text.split("\n")), initial=0))
                self._starts.pop()  # (after the last line: no line starts there)
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column); columns count Unicode code points, a leading BOM is not one."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        column = offset - starts[index] + 1
        if index == 0 and self.text.startswith("\ufeff") and offset > 0:
            column -= 1
        return index + 1, column

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line break."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        text = self.text[start:end].rstrip("\r\n")
        return text[1:] if line == 1 and text.startswith("\ufeff") else text
