"""The original text of a file and the map from character offsets to line and column.

Every position in stylelint is a character offset into the original text; lines and columns are
computed only when an alert is reported, so markup never shifts them.
"""
from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class DecodeError(Exception):
    """A file that is not text we can read; the message is one line for the user."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bytes


def decode(data: bytes) -> Decoded:
    """Decode file bytes: a BOM decides the encoding, otherwise strict UTF-8.

    Binary data and invalid UTF-8 raise DecodeError naming the byte offset, so the caller can
    report the file and move on instead of guessing and corrupting it on --fix.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return Decoded(body.decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} at byte {exc.start + len(bom)}") from None
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (contains NUL bytes), skipped")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid UTF-8 at byte {exc.start} (save the file as UTF-8), skipped"
        ) from None


def encode(text: str, encoding: str, bom: bytes) -> bytes:
    return bom + text.encode(encoding)


class Document:
    """Text plus a lazily built index of line starts (LF, CRLF and lone CR all end a line)."""

    __slots__ = ("text", "path", "_starts")

    def __init__(self, text: str, path: str | None = None):
        self.text = text
        self.path = path
        self._starts: list[int] | None = None

    @property
    def line_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]
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
