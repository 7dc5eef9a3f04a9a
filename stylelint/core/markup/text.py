"""The plain-text reader: paragraphs are blocks; URLs and HTML comments are masked (URLs are\nshown to Vale's rules, which read them in plain text)."""
from __future__ import annotations

import re

from .entities import decode_in_place
from .prose import COMMENT, URL, Parsed, add_block, mask_sub

_PARAGRAPH_BREAK = re.compile(r"(?>\r\n|\r|\n)[ \t]*(?>\r\n|\r|\n)(?:[ \t]*(?>\r\n|\r|\n))*")


def parse_text(text: str) -> Parsed:
    comments = [(m.start(), m.end(), m.group(0)[4:-3]) for m in COMMENT.finditer(text)]
    urls: list = []  # Vale lints them in plain text; our own rules do not (core.rendered)
    region = decode_in_place(mask_sub(URL, mask_sub(COMMENT, text), dropped=urls))
    blocks, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        add_block(blocks, region, start, m.start(), "text.txt")
        start = m.end()
    add_block(blocks, region, start, len(text), "text.txt")
    return Parsed(region, blocks, comments, {}, shown=[(start, end) for start, end, _ in urls])

