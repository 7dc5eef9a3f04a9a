"""The Org reader: Org mode files as Vale lints them, every character kept in place.

orgparse (the maintained Org parser on PyPI) gives the outline: which lines are headings and
their levels. It reads no further than that (its bodies re-render links), so the lines are
read here: `#+KEYWORD:` lines, property drawers, planning lines (`CLOSED: [...]`) and
src / example / export / comment blocks are not prose; `# text` lines are comments (so
`# vale off` works); `=verbatim=` and `~code~` are masked as inline code; a link shows its
description only; emphasis marks and table bars are dropped. A heading keeps its TODO
keyword, as Vale reports it.
"""
from __future__ import annotations

import re

from .prose import MASK, Parsed, add_block, fill

_BLOCK_BEGIN = re.compile(r"^[ \t]*#\+begin_(\w+)", re.I)
_KEYWORD = re.compile(r"^[ \t]*#\+\w*(?::|$)", re.I)
_COMMENT = re.compile(r"^[ \t]*#(?: (.*))?$")
_PLANNING = re.compile(r"^[ \t]*(?:CLOSED|SCHEDULED|DEADLINE):")
_DRAWER = re.compile(r"^[ \t]*:[\w-]+:[ \t]*$")
_HIDDEN_BLOCKS = {"src", "example", "export", "comment"}
# Content never holds its own marker: each match attempt stops at the next one (linear).
_CODE = re.compile(r"(?<![^\s\-({'\"])([=~])(?=\S)((?:(?!\1).)+?)(?<=\S)\1(?=[\s\-.,;:!?')}\"]|$)")
_LINK = re.compile(r"\[\[([^\[\]]*)\](?:\[([^\[\]]*)\])?\]")
_EMPHASIS = re.compile(r"(?<![^\s\-({'\"])([*/_+])(?=\S)((?:(?!\1).)+?)(?<=\S)\1(?=[\s\-.,;:!?')}\"]|$)")
_TABLE_BAR = re.compile(r"\|")


def parse_org(text: str) -> Parsed:
    headings = _heading_levels(text)
    chars = list(text)
    dropped: list[tuple[int, int, bool]] = []
    code: list[tuple[int, int]] = []
    comments: list[tuple[int, int, str]] = []
    scopes: list[tuple[int, int, str]] = []
    hidden_until, paragraph, in_drawer = None, None, False
    pos = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        start, end = pos, pos + len(body)
        pos += len(line)
        if hidden_until is not None:
            _mask(chars, start, end)
            if re.match(rf"^[ \t]*#\+end_{hidden_until}\b", body, re.I):
                hidden_until = None
            continue
        begin = _BLOCK_BEGIN.match(body)
        if begin and begin.group(1).lower() in _HIDDEN_BLOCKS:
            hidden_until = re.escape(begin.group(1))
            _mask(chars, start, end)
            continue
        if _DRAWER.match(body):  # :PROPERTIES: ... :END:, hidden whole
            in_drawer = body.strip().upper() != ":END:"
            _mask(chars, start, end)
            continue
        if in_drawer:
            _mask(chars, start, end)
            continue
        comment = _COMMENT.match(body)
        if comment or _KEYWORD.match(body) or _PLANNING.match(body):
            if comment:
                comments.append((start, end, comment.group(1) or ""))
            _mask(chars, start, end)
            paragraph = None
            continue
        if number in headings:
            stars = body.index(" ") + 1
            _mask(chars, start, start + stars)
            scopes.append((start, end, f"text.heading.h{min(headings[number], 6)}"))
            paragraph = None
        elif not body.strip():
            paragraph = None
            continue
        elif body.lstrip().startswith("|"):
            scopes.append((start, end, "text.table.cell"))
        elif paragraph is None:
            paragraph = [start, end, "text"]
            scopes.append(paragraph)
        else:
            paragraph[1] = end
        _inline(text, chars, start, end, dropped, code)
    prose = "".join(chars)
    blocks: list = []
    for start, end, scope in scopes:
        add_block(blocks, prose, start, end, f"{scope}.org")
    return Parsed(prose, blocks, comments, {}, dropped=dropped, code=code)


def _heading_levels(text: str) -> dict[int, int]:
    """{line number: level} of the outline's headings, as orgparse reads them."""
    import orgparse

    try:
        root = orgparse.loads(text)
    except Exception:  # orgparse rejects some malformed outlines; the lines are still prose
        return {}
    return {node.linenumber: node.level for node in root[1:] if node.linenumber}


def _inline(text, chars, start, end, dropped, code) -> None:
    line = text[start:end]
    for m in _CODE.finditer(line):
        _drop(chars, dropped, start + m.start(), start + m.start() + 1)
        _drop(chars, dropped, start + m.end() - 1, start + m.end())
        _mask(chars, start + m.start(2), start + m.end(2))
        code.append((start + m.start(2), start + m.end(2)))
    for m in _LINK.finditer(line):  # [[target][description]]: the description is prose
        if m.group(2) is None:
            _drop(chars, dropped, start + m.start(), start + m.end())
        else:
            _drop(chars, dropped, start + m.start(), start + m.start(2))
            _drop(chars, dropped, start + m.end(2), start + m.end())
    for m in _EMPHASIS.finditer(line):
        if all(chars[start + i] != MASK for i in (m.start(), m.end() - 1)):
            _drop(chars, dropped, start + m.start(), start + m.start() + 1)
            _drop(chars, dropped, start + m.end() - 1, start + m.end())
    if line.lstrip().startswith("|"):
        for m in _TABLE_BAR.finditer(line):
            _drop(chars, dropped, start + m.start(), start + m.end())


def _drop(chars, dropped, start: int, end: int) -> None:
    """Markup Vale's renderer removes: masked for our rules, gone for Vale's."""
    _mask(chars, start, end)
    dropped.append((start, end, True))


def _mask(chars, start: int, end: int) -> None:
    chars[start:end] = fill("".join(chars[start:end]), MASK)
