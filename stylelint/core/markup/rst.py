"""The reStructuredText reader: docutils (the parser Vale calls through rst2html) finds the
blocks; each block's words are then found again in the original text, so positions stay exact.

Literal blocks, code directives, comments and substitution definitions are not prose. Inline
markup is masked as Vale renders it: ``literals``, roles docutils does not know (Sphinx's
`:ref:`), substitutions, footnote references and bare URLs are masked; the text of emphasis,
links and interpreted text is prose, and their marks are markup that rendering removes.
Comments that start with `vale ` or `stylelint-` are directives (`.. vale off`).
"""
from __future__ import annotations

import io
import re

from .prose import MASK, Block, Parsed, add_block, fill, line_spans
from .text import parse_text

_PROSE_NODES = ("paragraph", "title", "subtitle", "term", "rubric", "line", "caption", "attribution")
_NOT_PROSE = ("comment", "literal_block", "doctest_block", "raw", "substitution_definition",
              "system_message", "problematic", "math_block", "target")
# Inline elements shown as something else than their words (Vale masks or drops them).
_MASKED_INLINE = ("literal", "problematic", "substitution_reference", "footnote_reference",
                  "citation_reference", "image", "raw", "math")
_DIRECTIVE = re.compile(r"^[ \t]*\.\.[ \t]+((?:vale|stylelint-)[^\n]*)$", re.M)
_WINDOW = 60  # lines either side of where a block should be, searched for its words
_SETTINGS = {"report_level": 5, "halt_level": 5, "file_insertion_enabled": False,
             "raw_enabled": False, "syntax_highlight": "none", "input_encoding": "unicode",
             "doctitle_xform": True}


def parse_rst(text: str, skips=None) -> Parsed:
    try:
        from docutils.core import publish_doctree

        settings = {**_SETTINGS, "warning_stream": io.StringIO()}
        doctree = publish_doctree(text, settings_overrides=settings)
    except Exception:  # docutils gives up on this file: still check its words, as plain text
        return parse_text(text)
    reader = _Reader(text, skips)
    for node in doctree.findall(_is_prose):
        if not reader.skipped(node):
            reader.add(node)
    for image in doctree.findall(lambda n: n.tagname == "image" and n.get("alt")):
        reader.add_alt(image["alt"])
    return reader.parsed()


def _is_prose(node) -> bool:
    if node.tagname not in _PROSE_NODES:
        return False
    parent = node.parent
    while parent is not None:
        if parent.tagname in _NOT_PROSE:
            return False
        parent = parent.parent
    return True


# docutils node -> the HTML tag rst2html writes for it (what Vale's scopes name).
_AS_HTML = {"block_quote": "blockquote", "list_item": "li", "table": "table", "figure": "figure",
            "literal_block": "pre", "strong": "strong", "emphasis": "em", "literal": "code",
            "reference": "a", "title_reference": "cite"}


class _Reader:
    def __init__(self, text: str, skips=None):
        self.text = text
        self.skips = skips
        self.lines = line_spans(text)
        self.used: set[int] = set()  # offsets where a located line starts
        self.regions: list[tuple[int, str]] = []
        self.scopes: list[tuple[int, int, str]] = []
        self.dropped: list[tuple[int, int, bool]] = []
        self.counts: dict[str, int] = {}
        self.alt_cursor = 0
        self.last_line = 0  # the line of the last block found

    def add(self, node) -> None:
        raw = (node.rawsource or node.astext()).strip("\n")
        segments = self._locate(raw.split("\n"), node.line)
        if not segments:
            return
        start, end = segments[0][0], segments[-1][1]
        chars = list(fill(self.text[start:end], " "))
        for a, b in segments:
            chars[a - start:b - start] = self.text[a:b]
        self._inline(node, chars, start, end)
        self.regions.append((start, "".join(chars)))
        scope = _scope(node)
        self.scopes.append((start, end, scope))
        key = scope.split(".")[-1] if ".heading." in scope else scope.split(".")[1] if "." in scope else ""
        if key:
            key = f"heading_{key}" if key.startswith("h") and key[1:].isdigit() else key
            self.counts[key] = self.counts.get(key, 0) + 1

    def skipped(self, node) -> bool:
        """Inside an element a Vale configuration skips (SkippedScopes, IgnoredClasses)?"""
        if self.skips is None:
            return False
        for element in [node, *_ancestors(node)]:
            classes = " ".join(element.get("classes", [])) if hasattr(element, "get") else ""
            if self.skips.skips_element(_AS_HTML.get(element.tagname, ""), classes):
                return True
        return False

    def add_alt(self, alt: str) -> None:
        """An image's `:alt:` text: a block of its own, as Vale lints it (`text.attr.alt`)."""
        m = re.compile(r":alt:[ \t]*(" + re.escape(alt.strip()) + ")").search(self.text, self.alt_cursor)
        if m is None:
            return
        self.alt_cursor = m.end()
        self.regions.append((m.start(1), m.group(1)))
        self.scopes.append((m.start(1), m.end(1), "text.attr.alt"))

    def _locate(self, raw_lines: list[str], hint: int | None) -> list[tuple[int, int]]:
        """(start, end) in the text of each line of a block, near docutils' line number."""
        first = raw_lines[0].strip()
        if not first:
            return []
        # Near docutils' line when it gives one, else after the last block found; a bounded
        # window, so a file docutils reads oddly costs no more than a linear pass.
        h = hint - 1 if hint else self.last_line
        order = [h, h - 1, h + 1, h - 2, h + 2, h - 3, h + 3] if hint else []
        order += range(max(h - _WINDOW, 0), min(h + _WINDOW, len(self.lines)))
        for index in order:
            if not 0 <= index < len(self.lines):
                continue
            at = self._find(first, index)
            if at is None:
                continue
            segments = [(at, at + len(first))]
            for offset, piece in enumerate(raw_lines[1:], 1):
                piece = piece.strip()
                nxt = self._find(piece, index + offset) if piece and index + offset < len(self.lines) else None
                if nxt is None:
                    break
                segments.append((nxt, nxt + len(piece)))
            for a, _ in segments:
                self.used.add(a)
            self.last_line = index + len(segments) - 1
            return segments
        return []

    def _find(self, piece: str, index: int) -> int | None:
        line_start, line_end = self.lines[index]
        at = self.text.find(piece, line_start, line_end)
        while at >= 0 and at in self.used:
            at = self.text.find(piece, at + 1, line_end)
        return at if at >= 0 else None

    def _inline(self, node, chars: list[str], start: int, end: int) -> None:
        """Mask or drop the inline markup of one block, found in order in its source."""
        cursor = start
        for child in node.children:
            if child.tagname == "#text" or not child.rawsource:
                continue
            pattern = r"\s+".join(re.escape(part) for part in child.rawsource.split())
            m = re.compile(pattern).search(self.text, cursor, end)
            if m is None:
                continue
            cursor = m.end()
            words = child.astext()
            bare_url = child.tagname == "reference" and child.get("refuri") == words
            ignored = self.skips is not None and self.skips.skips_element(
                _AS_HTML.get(child.tagname, ""), " ".join(child.get("classes", [])))
            masked = child.tagname in _MASKED_INLINE or bare_url or ignored or not words
            at = -1 if masked else m.group(0).find(words)
            for i in range(m.start(), m.end()):
                inside = at >= 0 and m.start() + at <= i < m.start() + at + len(words)
                if not inside and chars[i - start] not in "\r\n":
                    chars[i - start] = MASK if at < 0 else " "
            if at >= 0:
                self.dropped += [(m.start(), m.start() + at, True),
                                 (m.start() + at + len(words), m.end(), True)]

    def parsed(self) -> Parsed:
        from .prose import assemble

        order = sorted(range(len(self.regions)), key=lambda i: self.regions[i][0])
        prose = assemble(self.text, [self.regions[i] for i in order])
        blocks: list[Block] = []
        for start, end, scope in sorted(self.scopes):
            add_block(blocks, prose, start, end, scope if scope == "text.attr.alt" else f"{scope}.rst")
        comments = [(m.start(), m.end(), f" {m.group(1).strip()} ") for m in _DIRECTIVE.finditer(self.text)]
        return Parsed(prose, blocks, comments, self.counts, dropped=sorted(self.dropped))


def _scope(node) -> str:
    if node.tagname == "title":
        depth = sum(1 for p in _ancestors(node) if p.tagname == "section")
        return f"text.heading.h{min(max(depth, 1), 6)}"
    if node.tagname == "subtitle":  # a lone first section, promoted (rst2html: <h2 class=subtitle>)
        return "text.heading.h2"
    if node.tagname == "caption":
        return "text.figure.caption"
    for parent in _ancestors(node):
        if parent.tagname == "list_item":
            return "text.list"
        if parent.tagname == "block_quote":
            return "text.blockquote"
        if parent.tagname == "entry":
            header = any(p.tagname == "thead" for p in _ancestors(parent))
            return "text.table.header" if header else "text.table.cell"
    return "text"


def _ancestors(node):
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent
