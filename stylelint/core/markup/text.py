"""The plain-text reader: paragraphs are blocks; URLs and HTML comments are masked (URLs are\nshown to Vale's rules, which read them in plain text)."""
from __future__ import annotations

import re

from ..lazyre import LazyRe
from .entities import decode_in_place
from .prose import COMMENT, URL, Parsed, add_block, mask_sub, urls

# Opening with a choice of two characters (not an atomic group), so that `re` skips in C to the
# next line break: the same breaks, twice as fast.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n?+|\n)[ \t]*(?>\r\n|\r|\n)(?:[ \t]*(?>\r\n|\r|\n))*")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_ITEM = LazyRe(r"[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+(?=\S)")
_ITEM_INSIDE = re.compile(r"[\r\n][ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+\S")  # an item after the first line


def parse_text(text: str) -> Parsed:
    comments = [(m.start(), m.end(), m.group(0)[4:-3]) for m in COMMENT.finditer(text)]
    links: list = []  # Vale lints them in plain text; our own rules do not (core.rendered)
    region, addresses = mask_sub(COMMENT, text), urls(text)
    if addresses is not URL or "://" in text or "www." in text:  # a link holds one of them: most copy has none
        region = mask_sub(addresses, region, dropped=links)
    region = decode_in_place(region)
    blocks, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _add_paragraph(blocks, region, start, m.start())
        start = m.end()
    _add_paragraph(blocks, region, start, len(text))
    return Parsed(region, blocks, comments, {}, shown=[(start, end) for start, end, _ in links])


# Hard-wrapped text keeps its lines under about 80 characters and breaks them mid-sentence; text
# saved from a web page or a CMS puts each paragraph on one line, with no blank line between
# them. A block with a line this long, or of three lines or more that each end a sentence (or
# are a short title) before a line that starts one, is read as one paragraph per line.
_LONGEST_WRAPPED = 120
_ENDS = tuple(".!?:\"”’')")
_STARTS = LazyRe(r"[A-Z0-9\"“‘'(]")


def _one_per_line(region: str, start: int, end: int) -> bool:
    block = region[start:end].strip()
    if "\n" not in block and "\r" not in block:
        return False
    lines = [line.strip() for line in block.splitlines()]
    if any(len(line) > _LONGEST_WRAPPED for line in lines):
        return True
    if len(lines) < 3:
        return False  # two lines: a wrapped paragraph as likely as two
    return all((line.endswith(_ENDS) or len(line.split()) <= 12) and _STARTS.match(after)
               for line, after in zip(lines, lines[1:]))


def _add_paragraph(blocks, region: str, start: int, end: int) -> None:
    """A paragraph as one block, or as its lead-in and its list items; a block of one-line
    paragraphs as one block per line."""
    if not _ITEM_INSIDE.search(region, start, end):  # most paragraphs: one C-level scan
        if _one_per_line(region, start, end):
            at = start
            while at < end:
                line = _LINE.match(region, at, end)
                add_block(blocks, region, at, line.end(), "text.txt")
                at = line.end() if line.end() > at else end
            return
        add_block(blocks, region, start, end, "text.txt")
        return
    lines, at = [], start
    while at < end:
        m = _LINE.match(region, at, end)
        lines.append((at, m.end()))
        at = m.end()
    items = [_ITEM.match(region, s, e) for s, e in lines]
    if sum(1 for m in items if m) < 2:
        add_block(blocks, region, start, end, "text.txt")
        return
    open_at, scope = start, "text.txt"  # the lines before the first item are its lead-in
    for (line_start, _), item in zip(lines, items):
        if item:  # an item ends at the next one; its wrapped lines are indented under it
            add_block(blocks, region, open_at, line_start, scope)
            open_at, scope = item.end(), "text.txt.list"
        elif scope.endswith("list") and not region[line_start:line_start + 1].isspace():
            add_block(blocks, region, open_at, line_start, scope)
            open_at, scope = line_start, "text.txt"
    add_block(blocks, region, open_at, end, scope)
