"""Prose inside YAML front matter: the headline, standfirst, summary and caption fields are
copy readers see, so their values are checked like paragraphs, at their exact place in the file.

Only single-line values are read (plain, 'single-' or "double-quoted"); the keys are configurable
(`front_matter:` in the configuration)."""
from __future__ import annotations

import re

from ..lazyre import LazyRe

DEFAULT_KEYS = ("title", "headline", "subtitle", "description", "summary", "standfirst", "dek",
                "excerpt", "caption", "alt")
_FIELD = LazyRe(r"[ \t]*([A-Za-z_][\w-]*)[ \t]*:[ \t]+(['\"]?)(.*?)\2[ \t]*(?:#.*)?$")


ALL_KEYS = ("*",)  # every key's value is prose (as Vale lints front matter)


def front_matter_fields(text: str, lines, end_line: int, keys) -> list[tuple[int, int, str]]:
    """(start, end, key) of the values of `keys` in the front matter lines [1, end_line)."""
    wanted = {k.lower() for k in keys}
    spans = []
    for index in range(1, min(end_line, len(lines))):
        start, end = lines[index]
        m = _FIELD.match(text, start, end)
        if not m or (m.group(1).lower() not in wanted and "*" not in wanted) or not m.group(3).strip():
            continue
        if "*" in wanted and not m.group(2) and _BLOCK_SCALAR.fullmatch(m.group(3)):
            spans += _block_lines(text, lines, index, end_line, m.group(1))
            continue  # Vale lints a `|` or `>` value too, line by line
        if not m.group(2) and m.group(3)[:1] in "|>[{&*!%@`":
            continue  # block scalars, lists, anchors and tags are not one line of prose
        spans.append((m.start(3), m.end(3), m.group(1)))
    return spans


_BLOCK_SCALAR = re.compile(r"[|>][+-]?[1-9]?")


def _block_lines(text: str, lines, index: int, end_line: int, key: str) -> list[tuple[int, int, str]]:
    """The lines of a block scalar value: those indented deeper than its key."""
    start, end = lines[index]
    indent = len(text[start:end]) - len(text[start:end].lstrip())
    spans = []
    for following in range(index + 1, min(end_line, len(lines))):
        line_start, line_end = lines[following]
        line = text[line_start:line_end]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        if line.strip():
            first = line_start + len(line) - len(line.lstrip())
            spans.append((first, line_start + len(line.rstrip()), key))
    return spans
