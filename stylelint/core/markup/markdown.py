"""The Markdown reader (markdown-it for the block structure; inline syntax masked here).

Raw HTML blocks inside Markdown are read by the HTML reader.
"""
from __future__ import annotations

import re

from .frontmatter import DEFAULT_KEYS, front_matter_fields
from .entities import decode_in_place
from .prose import (COMMENT, MASK, URL, Block, Parsed, add_block, assemble, fill, line_spans,
                    mask_code_spans, mask_sub, urls)
from .text import parse_text

_md_parsers: dict[bool, object] = {}
MAX_NESTING = 100

# Inline syntax, applied in this order to the text of one paragraph, heading or cell.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_MD_INLINE = [
    (_CODE_SPAN, MASK),  # code spans (not ``wire quotes'')
    (COMMENT, MASK),
    (re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>"), MASK),  # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), " "),  # inline HTML tags
    (re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"), MASK),
    (re.compile(r"(?<=\])\[[^\]]*\]"), MASK),  # reference link labels
    (re.compile(r"\[\^[^\]\s]+\]"), MASK),  # footnote references
    (URL, MASK),
    (re.compile(r"\\(?=[!-/:-@\[-`{-~])"), " "),  # backslash escapes
    (re.compile(r"!?\[|\]|\*+|~~|(?<!\w)_+|_+(?!\w)"), " "),  # link brackets, emphasis
]
_DISPLAY_MATH = re.compile(r"\s*\$\$.*\$\$\s*", re.S)
# What Vale's renderer removes from the text (comments, tags, link targets and labels,
# escapes, brackets and emphasis); code, autolinks, footnotes and URLs stay masked.
_RENDERED_AWAY = {_MD_INLINE[i][0] for i in (1, 3, 4, 5, 8, 9)}
# An image's alt text: not part of the text around it but a block of its own, as Vale lints
# the `alt` attribute goldmark renders it into (`text.attr.alt`, no file type).
_IMAGE_ALT = re.compile(r"!\[([^\]]+)\](?=[(\[])")
ALT = "text.attr.alt"
_HEADING_MARKS = re.compile(r"^[ \t]*#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$")


def markdown_parser(indented_code: bool = True):
    """`indented_code`: False for MDX, which has no indented code blocks."""
    if indented_code not in _md_parsers:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        # The default nesting limit (20) would leave deeply nested lists and quotes unchecked;
        # 100 stays well inside Python's recursion limit. Inline parsing is off: we only need
        # each block's raw source, and inline syntax is masked by _MD_INLINE instead.
        parser = (
            MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
            .enable(["table", "strikethrough"]).use(front_matter_plugin).disable("inline")
        )
        _md_parsers[indented_code] = parser if indented_code else parser.disable("code")
    return _md_parsers[indented_code]


def parse_markdown(text: str, front_matter=DEFAULT_KEYS, skips=None, indented_code=True) -> Parsed:
    # markdown-it counts lines on \n only; normalise lone CRs for the parser, not for us.
    # A BOM would hide front matter from the parser; the parser only reports line numbers,
    # which dropping it does not change.
    source = text[1:] if text.startswith("\ufeff") else text
    try:
        tokens = markdown_parser(indented_code).parse(source.replace("\r\n", "\n").replace("\r", "\n"))
    except RecursionError:  # pathological nesting: still check the words, as plain text
        return parse_text(text)
    if any(token.level >= MAX_NESTING - 1 for token in tokens):
        # markdown-it drops everything below its nesting limit without a word (about 49 list
        # levels, 100 quote levels): check such a file's words as plain text instead.
        return parse_text(text)
    lines = line_spans(text)
    regions: list[tuple[int, str]] = []
    scopes: list[tuple[int, int, str]] = []
    counts: dict[str, int] = {}
    code_ranges: list[tuple[int, int]] = []
    dropped: list[tuple[int, int, bool]] = []
    code: list[tuple[int, int]] = []
    containers: list[str] = []  # open list items, blockquotes, table cells, headings
    for token in tokens:
        if token.type == "front_matter" and token.map and front_matter:
            for start, end, key in front_matter_fields(text, lines, token.map[1] - 1, front_matter):
                regions.append((start, text[start:end]))
                scopes.append((start, end, f"text.frontmatter.{key}"))  # as Vale scopes it
            continue
        if token.type in ("fence", "code_block") and token.map:
            counts["pre"] = counts.get("pre", 0) + 1
            code_ranges.append((lines[token.map[0]][0], lines[token.map[1] - 1][1]))
        if token.nesting == 1:
            containers.append(token.tag)
            if token.tag in ("li", "blockquote") or token.tag.startswith("h"):
                key = "list" if token.tag == "li" else token.tag
                key = f"heading_{key}" if key.startswith("h") and key[1:].isdigit() else key
                counts[key] = counts.get(key, 0) + 1
        elif token.nesting == -1:
            containers.pop()
        elif token.type == "html_block" and token.map:
            # Raw HTML in Markdown is rendered: its text is prose too (comments, scripts and
            # code inside it stay masked).
            start = lines[token.map[0]][0]
            end = lines[min(token.map[1], len(lines)) - 1][1]
            from .html import HTMLReader  # html.parser: only for a draft with raw HTML

            reader = HTMLReader(text[start:end], skips)
            html_regions, html_scopes = reader.read()
            dropped += [(a + start, b + start, separates) for a, b, separates in reader.dropped]
            regions += [(offset + start, string) for offset, string in html_regions]
            scopes += [(a + start, b + start, scope) for a, b, scope in html_scopes]
        elif token.type == "inline" and token.map and _DISPLAY_MATH.fullmatch(token.content):
            continue  # a $$ display-math block is formula, not prose (as Vale's goldmark reads it)
        elif token.type == "inline" and skips is not None and any(c in skips.blocks for c in containers):
            continue  # inside a block a Vale configuration skips (SkippedScopes = blockquote)
        elif token.type == "inline" and token.map:
            scope = _markdown_scope(containers)
            content_lines = token.content.split("\n")
            first, last = token.map[0], min(token.map[1], len(lines)) - 1
            cursor = (regions[-1][0] + len(regions[-1][1])) if regions else 0
            region = _markdown_region(text, lines, first, last, content_lines, cursor, scope)
            if region:
                start, string = region
                if skips is not None:
                    string = _mask_ignored(string, skips)
                for pattern, char in _MD_INLINE:
                    if pattern is URL:
                        pattern = urls(string)
                    if pattern is _CODE_SPAN:
                        string = mask_code_spans(pattern, string, char, dropped, start, code)
                    else:
                        away = dropped if pattern in _RENDERED_AWAY else None
                        string = mask_sub(pattern, string, char, away, start)
                string = decode_in_place(string, dropped, start)
                regions.append((start, string))
                scopes += _split_alt_text(text, string, start, scope, skips)
    prose = assemble(text, regions)
    blocks: list[Block] = []
    for start, end, scope in scopes:
        add_block(blocks, prose, start, end, scope if scope == ALT else f"{scope}.md")
    dropped += _line_prefixes(prose, blocks, code)
    comments = [
        (m.start(), m.end(), m.group(0)[4:-3])
        for m in COMMENT.finditer(text)
        if not any(a <= m.start() < b for a, b in code_ranges)
    ]
    return Parsed(prose, blocks, comments, counts, dropped=dropped, code=code)


_IGNORABLE = [("strong", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)),
              ("em", re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])", re.S)),
              ("del", re.compile(r"(~~)(?=\S)(.+?)(?<=\S)\1", re.S))]


_INLINE_ELEMENT = re.compile(
    r"<([A-Za-z][\w-]*)\b(?:[^<>]*?\bclass=([\"'])(.*?)\2)?[^<>]*>([^<]*)</\1\s*>", re.S)


def _mask_ignored(string: str, skips) -> str:
    """The words of emphasis a Vale configuration ignores (IgnoredScopes = strong, em, del)
    masked; the marks stay, for the emphasis pass to treat as markup."""
    for tag, pattern in _IGNORABLE:
        if tag in skips.inline:
            string = pattern.sub(lambda m: m.group(1) + fill(m.group(2), MASK) + m.group(1), string)

    def inline_html(m):  # <span class="nop">words</span>, <kbd>keys</kbd>
        if not skips.skips_element(m.group(1).lower(), m.group(3) or ""):
            return m.group(0)
        return m.group(0)[:m.start(4) - m.start()] + fill(m.group(4), MASK) + m.group(0)[m.end(4) - m.start():]
    return _INLINE_ELEMENT.sub(inline_html, string)


def _split_alt_text(text: str, string: str, start: int, scope: str, skips) -> list[tuple[int, int, str]]:
    """The spans of one paragraph, heading or cell (`string`, its masked text at `start`): its
    text around each image, and each image's alt text as an `alt` block (unless
    SkippedScopes names `alt`)."""
    pieces, cursor, end = [], start, start + len(string)
    if skips is None or "alt" not in skips.blocks:
        for m in _IMAGE_ALT.finditer(text, start, end):
            if MASK in string[m.start(1) - start:m.end(1) - start]:  # inside code or a comment
                continue
            pieces += [(cursor, m.start(1), scope), (m.start(1), m.end(1), ALT)]
            cursor = m.end(1)
    return pieces + [(cursor, end, scope)]


def _line_prefixes(prose: str, blocks: list[Block], code) -> list[tuple[int, int, bool]]:
    """What a block's lines start with in the file but not in Vale's rendered text: heading
    marks, list bullets, `>` and indentation (masked or spaces here; goldmark strips them). As
    rendered away, a Vale pattern's `^` matches where the block's text starts (`^[a-z]` on
    `# lower-case heading`). Masked inline code stays: Vale keeps it as a masked word."""
    in_code = bytearray(len(prose) + 1)
    for start, end in code:
        in_code[start:end] = b"\x01" * (end - start)

    def run(at, end):  # past the spaces and masked markup (not code) from `at`
        while at < end and not in_code[at] and (prose[at] in " \t" or prose[at] == MASK):
            at += 1
        return at

    out = []
    for block in blocks:
        line_start = prose.rfind("\n", 0, block.start) + 1
        end = run(line_start, block.start)
        if end > line_start:
            out.append((line_start, end, False))
        newline = prose.find("\n", block.start, block.end)
        while newline >= 0:
            end = run(newline + 1, block.end)
            if end > newline + 1:
                out.append((newline + 1, end, False))
            newline = prose.find("\n", end, block.end)
    return out


def _markdown_scope(containers: list[str]) -> str:
    for tag in containers:
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            return f"text.heading.{tag}"
    for tag in containers:
        if tag == "li":
            return "text.list"
        if tag == "blockquote":
            return "text.blockquote"
        if tag == "th":
            return "text.table.header"
        if tag == "td":
            return "text.table.cell"
    return "text"


def _markdown_region(text, lines, first, last, content_lines, cursor, scope):
    """Locate an inline token's content in the source; prefixes on each line become spaces."""
    if scope.startswith("text.table"):
        # Table cells share a line: find this cell's text after the previous cell.
        line_start, line_end = lines[first]
        content = content_lines[0].strip()
        if not content:
            return None
        at = text.find(content, max(cursor, line_start), line_end)
        return (at, text[at:at + len(content)]) if at >= 0 else None
    parts = []
    start = None
    for index in range(first, last + 1):
        line_start, line_end = lines[index]
        source = text[line_start:line_end]
        wanted = content_lines[index - first] if index - first < len(content_lines) else ""
        if scope.startswith("text.heading"):
            source_marks = _HEADING_MARKS.sub(lambda m: " " * len(m.group(0)), source)
            at = source_marks.find(wanted.strip()) if wanted.strip() else -1
        else:
            at = source.rfind(wanted) if wanted else -1
        if at < 0:  # setext underline, or content we cannot align: leave it masked
            piece = fill(source, MASK if scope.startswith("text.heading") else " ")
            if not wanted and not scope.startswith("text.heading"):
                piece = fill(source, MASK)
        else:
            end = at + len(wanted.rstrip()) if not scope.startswith("text.heading") else at + len(wanted.strip())
            piece = " " * at + source[at:end] + " " * (len(source) - end)
        if start is None:
            start = line_start
        parts.append(piece)
        if index < last:
            parts.append(text[line_end:lines[index + 1][0]])
    return (start, "".join(parts)) if start is not None else None

