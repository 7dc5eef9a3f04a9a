"""The MDX reader: Markdown with JSX in it, read as Vale reads it.

MDX is Markdown plus ES modules (`import` / `export` paragraphs), `{...}` JavaScript
expressions and JSX elements (`<Chart data={x} />`). None of these is prose: they are masked
(every character kept in place, newlines too) and the rest is read by the Markdown reader, so
positions stay exact. A component written on one line with its children
(`<Note>text</Note>`) is masked whole, as Vale skips it; lower-case HTML tags stay Markdown's.
As in MDX, an indented line is not a code block.
Code fences and inline code are left to the Markdown reader, braces in them included.
`{/* vale off */}` is a comment, read like Markdown's `<!-- vale off -->`.
"""
from __future__ import annotations

import re

from .markdown import parse_markdown
from .prose import Parsed

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ESM = re.compile(r"(?:import|export)\b")
_COMMENT = re.compile(r"\{\s*/\*(.*?)\*/\s*\}", re.S)  # {/* vale off */}: MDX's comment
_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")
# A component tag: a capitalised or dotted name, or a fragment; attributes may hold quoted
# strings (braces are masked before tags are looked for).
_NAME = r"(?:[A-Z][\w-]*(?:\.[\w-]+)*|[a-z][\w-]*(?:\.[\w-]+)+)"
_ATTRS = r"""(?:[^<>"']|"[^"]*"|'[^']*')*?"""
_TAG = re.compile(rf"</?(?:{_NAME}{_ATTRS})?/?>")
_ELEMENT = re.compile(rf"<({_NAME})\b[^<>\n]*>[^<\n]*</\1>")  # children without tags


def parse_mdx(text: str, front_matter, skips=None) -> Parsed:
    spans = jsx_spans(text)
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    parsed = parse_markdown("".join(chars), front_matter, skips, indented_code=False)
    parsed.dropped += [(start, end, True) for start, end in spans]  # gone when Vale renders it
    comments = [(start, end, m.group(1)) for start, end in spans
                if (m := _COMMENT.fullmatch(text, start, end))]
    parsed.comments = sorted(parsed.comments + comments)
    return parsed


def jsx_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the ES module paragraphs, expressions and component tags of MDX text,
    outside code fences."""
    spans: list[tuple[int, int]] = []
    for start, end in _outside_fences(text, spans):
        chunk = _CODE_SPAN.sub(lambda m: " " * len(m.group()), text[start:end])
        found = _expressions(chunk)
        blanked = _blank(chunk, found)
        for pattern in (_ELEMENT, _TAG):
            for m in pattern.finditer(blanked):
                found.append((m.start(), m.end()))
            blanked = _blank(blanked, found)
        spans += [(start + s, start + e) for s, e in found]
    return sorted(spans)


def _outside_fences(text: str, esm: list[tuple[int, int]]):
    """The stretches of `text` outside fenced code; `import`/`export` paragraphs are added
    to `esm` and left out."""
    fence, pos, begin, paragraph_start = None, 0, 0, True
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _FENCE.match(line)
        if fence is None and paragraph_start and _ESM.match(line):
            end = pos
            while i < len(lines) and lines[i].strip():
                end += len(lines[i])
                i += 1
            yield begin, pos
            esm.append((pos, end))
            pos = begin = end
            continue
        if m and (fence is None or m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)):
            if fence is None:
                yield begin, pos
                fence = m.group(1)
            else:
                fence, begin = None, pos + len(line)
        paragraph_start = not line.strip()
        pos += len(line)
        i += 1
    if fence is None:
        yield begin, len(text)


def _expressions(chunk: str) -> list[tuple[int, int]]:
    """Balanced `{...}` spans (an unbalanced brace is left as text)."""
    found, depth, start = [], 0, 0
    for i, char in enumerate(chunk):
        if char == "{":
            if depth == 0:
                start = i
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                found.append((start, i + 1))
    return found


def _blank(chunk: str, spans) -> str:
    chars = list(chunk)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
