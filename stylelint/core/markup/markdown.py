"""Markup readers: turn Markdown, HTML or plain text into *prose* and *blocks*.

The prose is a string exactly as long as the original text: prose characters are copied, markup
syntax (list markers, emphasis, tags) becomes spaces, and content that is not prose (code, URLs,
front matter, comments, scripts) becomes MASK. Newlines are always kept. Because nothing moves,
an offset into the prose is an offset into the file, and positions are exact by construction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

MASK = "\x1a"  # neither a word character nor whitespace, so no pattern matches across it
_NOT_NEWLINE = re.compile(r"[^\r\n]")
_URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"”’]")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

MARKDOWN_EXTENSIONS = {"md", "markdown", "mdown", "markdn", "mkd"}
HTML_EXTENSIONS = {"html", "htm", "xhtml", "shtml"}
TEXT_EXTENSIONS = {"txt", "text"}


@dataclass(frozen=True, slots=True)
class Block:
    """A span of prose with a Vale-style scope, e.g. ``text.heading.h1.md``."""

    start: int
    end: int
    scope: str


@dataclass
class Parsed:
    prose: str
    blocks: list[Block]
    comments: list[tuple[int, int, str]]  # (start, end, inner text) of HTML comments
    counts: dict[str, int] = field(default_factory=dict)  # element counts for metric rules


def fill(text: str, char: str) -> str:
    """Replace every character except line breaks, so lines and offsets stay put."""
    return _NOT_NEWLINE.sub(char, text)


def _mask_sub(pattern: re.Pattern, text: str, char: str = MASK) -> str:
    return pattern.sub(lambda m: fill(m.group(0), char), text)


def assemble(text: str, regions: list[tuple[int, str]]) -> str:
    """Build the prose: region strings at their offsets, MASK everywhere else."""
    pieces, cursor = [], 0
    for start, region in regions:
        if start < cursor:  # overlapping region: keep the first, it is already in place
            continue
        pieces.append(fill(text[cursor:start], MASK))
        pieces.append(region)
        cursor = start + len(region)
    pieces.append(fill(text[cursor:], MASK))
    prose = "".join(pieces)
    assert len(prose) == len(text)
    return prose


def syntax_for(path: str | None) -> str:
    ext = path.rsplit(".", 1)[-1].lower() if path and "." in path.rsplit("/", 1)[-1] else ""
    if ext in MARKDOWN_EXTENSIONS:
        return "md"
    if ext in HTML_EXTENSIONS:
        return "html"
    return "txt"


def parse(text: str, syntax: str) -> Parsed:
    if syntax == "md":
        return _parse_markdown(text)
    if syntax == "html":
        return _HTMLReader(text).parse()
    return _parse_text(text)


# --- plain text -----------------------------------------------------------------------------

_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*")


def _parse_text(text: str) -> Parsed:
    comments = [(m.start(), m.end(), m.group(0)[4:-3]) for m in _COMMENT.finditer(text)]
    region = _mask_sub(_URL, _mask_sub(_COMMENT, text))
    blocks, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _add_block(blocks, region, start, m.start(), "text.txt")
        start = m.end()
    _add_block(blocks, region, start, len(text), "text.txt")
    return Parsed(region, blocks, comments, {})


def _add_block(blocks: list[Block], prose: str, start: int, end: int, scope: str) -> None:
    """Add a block trimmed of surrounding whitespace and masks; drop it if nothing is left."""
    while start < end and (prose[start].isspace() or prose[start] == MASK):
        start += 1
    while end > start and (prose[end - 1].isspace() or prose[end - 1] == MASK):
        end -= 1
    if start < end:
        blocks.append(Block(start, end, scope))


# --- Markdown -------------------------------------------------------------------------------

_md_parser = None

# Inline syntax, applied in this order to the text of one paragraph, heading or cell.
_MD_INLINE = [
    (re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S), MASK),  # code spans
    (_COMMENT, MASK),
    (re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>"), MASK),  # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), " "),  # inline HTML tags
    (re.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"), MASK),
    (re.compile(r"(?<=\])\[[^\]]*\]"), MASK),  # reference link labels
    (re.compile(r"\[\^[^\]\s]+\]"), MASK),  # footnote references
    (_URL, MASK),
    (re.compile(r"\\(?=[!-/:-@\[-`{-~])"), " "),  # backslash escapes
    (re.compile(r"!?\[|\]|\*+|~~|(?<!\w)_+|_+(?!\w)"), " "),  # link brackets, emphasis
]
_HEADING_MARKS = re.compile(r"^[ \t]*#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$")


def _markdown_parser():
    global _md_parser
    if _md_parser is None:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

        # The default nesting limit (20) would leave deeply nested lists and quotes unchecked;
        # 100 stays well inside Python's recursion limit. Inline parsing is off: we only need
        # each block's raw source, and inline syntax is masked by _MD_INLINE instead.
        _md_parser = (
            MarkdownIt("commonmark", {"maxNesting": 100})
            .enable(["table", "strikethrough"]).use(front_matter_plugin).disable("inline")
        )
    return _md_parser


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end-without-break) of every line."""
    spans, start = [], 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _parse_markdown(text: str) -> Parsed:
    # markdown-it counts lines on \n only; normalise lone CRs for the parser, not for us.
    # A BOM would hide front matter from the parser; the parser only reports line numbers,
    # which dropping it does not change.
    source = text[1:] if text.startswith("\ufeff") else text
    try:
        tokens = _markdown_parser().parse(source.replace("\r\n", "\n").replace("\r", "\n"))
    except RecursionError:  # pathological nesting: still check the words, as plain text
        return _parse_text(text)
    lines = _line_spans(text)
    regions: list[tuple[int, str]] = []
    scopes: list[tuple[int, int, str]] = []
    counts: dict[str, int] = {}
    code_ranges: list[tuple[int, int]] = []
    containers: list[str] = []  # open list items, blockquotes, table cells, headings
    for token in tokens:
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
            html_regions, html_scopes = _HTMLReader(text[start:end]).read()
            regions += [(offset + start, string) for offset, string in html_regions]
            scopes += [(a + start, b + start, kind) for a, b, kind in html_scopes]
        elif token.type == "inline" and token.map:
            kind = _markdown_kind(containers)
            content_lines = token.content.split("\n")
            first, last = token.map[0], min(token.map[1], len(lines)) - 1
            cursor = (regions[-1][0] + len(regions[-1][1])) if regions else 0
            region = _markdown_region(text, lines, first, last, content_lines, cursor, kind)
            if region:
                start, string = region
                for pattern, char in _MD_INLINE:
                    string = _mask_sub(pattern, string, char)
                regions.append((start, string))
                scopes.append((start, start + len(string), kind))
    prose = assemble(text, regions)
    blocks: list[Block] = []
    for start, end, kind in scopes:
        _add_block(blocks, prose, start, end, f"{kind}.md")
    comments = [
        (m.start(), m.end(), m.group(0)[4:-3])
        for m in _COMMENT.finditer(text)
        if not any(a <= m.start() < b for a, b in code_ranges)
    ]
    return Parsed(prose, blocks, comments, counts)


def _markdown_kind(containers: list[str]) -> str:
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


def _markdown_region(text, lines, first, last, content_lines, cursor, kind):
    """Locate an inline token's content in the source; prefixes on each line become spaces."""
    if kind.startswith("text.table"):
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
        if kind.startswith("text.heading"):
            source_marks = _HEADING_MARKS.sub(lambda m: " " * len(m.group(0)), source)
            at = source_marks.find(wanted.strip()) if wanted.strip() else -1
        else:
            at = source.rfind(wanted) if wanted else -1
        if at < 0:  # setext underline, or content we cannot align: leave it masked
            piece = fill(source, MASK if kind.startswith("text.heading") else " ")
            if not wanted and not kind.startswith("text.heading"):
                piece = fill(source, MASK)
        else:
            end = at + len(wanted.rstrip()) if not kind.startswith("text.heading") else at + len(wanted.strip())
            piece = " " * at + source[at:end] + " " * (len(source) - end)
        if start is None:
            start = line_start
        parts.append(piece)
        if index < last:
            parts.append(text[line_end:lines[index + 1][0]])
    return (start, "".join(parts)) if start is not None else None


# --- HTML -----------------------------------------------------------------------------------

_HTML_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div",
    "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "li", "main", "nav", "ol", "p", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
}
_HTML_SKIPPED = {
    "script", "style", "pre", "code", "kbd", "samp", "tt", "noscript", "iframe", "svg", "math",
    "template", "textarea", "head", "object",
}
_HTML_KINDS = {
    "li": "text.list", "blockquote": "text.blockquote", "td": "text.table.cell",
    "th": "text.table.header", "caption": "text.table.caption", "figcaption": "text.figure.caption",
}
_ENTITY = re.compile(r"&#?[\w]+;?")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}


class _HTMLReader(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self._lf_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.stack: list[str] = []
        self.skipping = 0
        self.pieces: list[tuple[int, str]] = []  # current block: (offset, prose string)
        self.kind = "text"
        self.regions: list[tuple[int, str]] = []
        self.scopes: list[tuple[int, int, str]] = []
        self.comments: list[tuple[int, int, str]] = []
        self.counts: dict[str, int] = {}

    def read(self):
        """(regions, scopes) of the text, offsets relative to it."""
        self.feed(self.text)
        self.close()
        self._flush()
        return self.regions, self.scopes

    def parse(self) -> Parsed:
        self.read()
        prose = assemble(self.text, self.regions)
        blocks: list[Block] = []
        for start, end, kind in self.scopes:
            _add_block(blocks, prose, start, end, f"{kind}.html")
        return Parsed(prose, blocks, self.comments, self.counts)

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._lf_starts[line - 1] + col

    def _flush(self) -> None:
        if not self.pieces:
            return
        start = self.pieces[0][0]
        out, cursor = [], start
        for offset, string in self.pieces:
            if offset < cursor:
                continue
            out.append(fill(self.text[cursor:offset], " "))  # tags between pieces
            out.append(string)
            cursor = offset + len(string)
        self.regions.append((start, "".join(out)))
        self.scopes.append((start, cursor, self.kind))
        self.pieces = []

    def _kind(self) -> str:
        for tag in self.stack:
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                return f"text.heading.{tag}"
        for tag in self.stack:
            if tag in _HTML_KINDS:
                return _HTML_KINDS[tag]
        return "text"

    def handle_starttag(self, tag, attrs):
        if tag in _HTML_BLOCK_TAGS:
            self._flush()
        if tag in _VOID:
            return
        self.stack.append(tag)
        if tag in _HTML_SKIPPED:
            self.skipping += 1
            self.counts["pre"] = self.counts.get("pre", 0) + (tag == "pre")
        key = "list" if tag == "li" else tag
        if key in ("list", "blockquote") or (len(key) == 2 and key[0] == "h" and key[1].isdigit()):
            key = f"heading_{key}" if key[0] == "h" else key
            self.counts[key] = self.counts.get(key, 0) + 1

    def handle_startendtag(self, tag, attrs):
        if tag in _HTML_BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _HTML_BLOCK_TAGS:
            self._flush()
        if tag in self.stack:
            while self.stack:
                popped = self.stack.pop()
                if popped in _HTML_SKIPPED:
                    self.skipping -= 1
                if popped == tag:
                    break

    def handle_data(self, data):
        offset = self._offset()
        if self.skipping:
            if self.pieces:  # code inside a paragraph: masked, the block continues
                self.pieces.append((offset, fill(data, MASK)))
            return
        if not self.pieces:
            if not data.strip():
                return
            self.kind = self._kind()
        self.pieces.append((offset, _mask_sub(_URL, data)))

    def _entity(self):
        if self.pieces and not self.skipping:
            offset = self._offset()
            # The source may omit the ";" (AT&T): mask exactly what is there.
            m = _ENTITY.match(self.text, offset)
            self.pieces.append((offset, MASK * (len(m.group(0)) if m else 1)))

    def handle_entityref(self, name):
        self._entity()

    def handle_charref(self, name):
        self._entity()

    def handle_comment(self, data):
        offset = self._offset()
        self.comments.append((offset, offset + len(data) + 7, data))
