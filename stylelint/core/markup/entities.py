"""HTML character references decoded in place, so offsets never move.

CMS copy reaches us with `&ldquo;`, `&rsquo;` and `&nbsp;` in HTML and, pasted, in Markdown and
plain text. Left as they are, a quotation written with entities is not a quotation, "claimed&nbsp;that"
is not two words, and "ldquo" is a misspelling. Each reference is replaced by what it stands for,
padded to its own length so that every offset into the prose is still an offset into the file:
- spaces (`&nbsp;`, `&thinsp;`) become spaces throughout;
- a character that opens a word (`&ldquo;Yes`) is padded before it, one that closes a word
  (`no&rdquo;`) after it, so quotation marks stay next to the words they enclose;
- a character inside a word (`caf&eacute;s`, `don&rsquo;t`) is padded with MASK, which no
  pattern matches across, as the undecoded reference was.
"""
from __future__ import annotations

import re

from .prose import MASK

# With ";" only: a bare "&T" in "AT&T" or "&amp" in prose is text, not a reference.
REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decoded(reference: str) -> str | None:
    """What one reference stands for, or None if it stands for nothing we can print."""
    import html  # its table of 2,200 names: only for copy that has a reference

    value = html.unescape(reference)
    if value == reference or not value or len(value) > len(reference):
        return None
    if any(ord(c) < 32 and c not in "\t\n" or 0xD800 <= ord(c) <= 0xDFFF for c in value):
        return None
    return value


def in_place(value: str, length: int, before: str, after: str) -> str:
    """`value` padded to `length` characters, placed by what stands either side."""
    if value.isspace():
        return " " * length
    pad = length - len(value)
    word_before, word_after = before.isalnum(), after.isalnum()
    if word_before and word_after:
        return value + MASK * pad
    if word_after:
        return " " * pad + value
    return value + " " * pad


def padding(decoded_text: str, value: str, start: int) -> tuple[int, int, bool]:
    """The span of the padding around `value` in its decoded reference (starting at `start`);
    rendering removes it without separating the words either side."""
    at = decoded_text.find(value)  # -1 for a space: it became a plain space, kept first
    if at > 0:
        return (start, start + at, False)
    return (start + len(value), start + len(decoded_text), False)


def decode_in_place(text: str, dropped=None, base: int = 0) -> str:
    """`text` with every known reference decoded in place (same length, same line breaks);
    with `dropped`, the padding's spans (plus `base`) are recorded there."""
    if "&" not in text:
        return text
    pieces, cursor = [], 0
    for m in REFERENCE.finditer(text):
        value = decoded(m.group(0))
        if value is None:
            continue
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        pieces.append(text[cursor:m.start()])
        piece = in_place(value, m.end() - m.start(), before, after)
        if dropped is not None:
            dropped.append(padding(piece, value, base + m.start()))
        pieces.append(piece)
        cursor = m.end()
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)
