"""The AsciiDoc reader: asciidoc-py renders the file to HTML5 (as Vale renders it with
Asciidoctor), and the words of each HTML block are found again, in order, in the original
text, so positions stay exact. Code (listing and literal blocks, inline code) is found too, to
move past it, and masked; what rendering removes (`*`, `_`, link targets) becomes spaces,
recorded as dropped markup; words rendering makes up ("Table 1.", attribute values) are not
in the file and are passed over. Asciidoctor syntax asciidoc-py lacks is rewritten first
(``"`quotes`"``, `kbd:[...]`, `btn:[...]`, implicit table headers), and `ifeval::` (which it
would eval()) and `include::` are disarmed; `asciidoc_render` runs it, in a process of its
own, with a time budget. Directives are
`pass:[<!-- vale off -->]` (Vale's) and line comments `// vale off` or `// stylelint-...`.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from . import MarkupError
from .entities import in_place
from .asciidoc_render import AsciiDocError, render
from .frontmatter import DEFAULT_KEYS, front_matter_fields
from .prose import MASK, Block, Parsed, add_block, assemble, fill, line_spans, urls
from .skips import Skips

__all__ = ["parse_asciidoc"]

_SMART_QUOTES = {'"`': "“", '`"': "”", "'`": "‘", "`'": "’"}
_REWRITES = [
    (re.compile(r'"`(?=\S)|(?<=\S)`"'), lambda m: _SMART_QUOTES[m.group(0)]),
    (re.compile(r"(?<![\w`])'`(?=\S)|(?<=\S)`'"), lambda m: _SMART_QUOTES[m.group(0)]),
    (re.compile(r"\bkbd:\[([^\]\n]*)\]"), lambda m: f"`{m.group(1)}`"),
    (re.compile(r"\bbtn:\[([^\]\n]*)\]"), lambda m: m.group(1)),
    # An attribute with no value drops its reference only, as Asciidoctor's attribute-missing
    # (asciidoc-py would drop the whole line): `{name=}` is its value, or nothing.
    (re.compile(r"(?<!\\)\{(\w[-\w]*)\}"), lambda m: m.group(0)[:-1] + "=}"),
    (re.compile(r"^include::", re.M), lambda m: "//clude::"),
    (re.compile(r"^ifeval::\[.*\]", re.M), lambda m: "ifndef::stylelint-ifeval[]"),  # eval()s it
    # Asciidoctor's implicit header row: a first row on one line, then a blank line.
    (re.compile(r"^(?<!header\"\]\n)(\|===[ \t]*\n)(?=\|[^\n]*\n[ \t]*\n)", re.M),
     lambda m: '[options="header"]\n' + m.group(1)),
]
# Lines of the source that are never prose: searched words must not land on them.
_NOT_PROSE_LINES = re.compile(
    r"^(?:////[ \t]*\n[\s\S]*?^////[ \t]*$|//[^\n]*|:!?[\w-]+!?:[^\n]*|\[(?!quote|verse)[^\n]*\][ \t]*$)",
    re.M)
_DIRECTIVE = re.compile(r"pass:\[<!--(.*?)-->\]|^//[ \t]*((?:vale|stylelint-)[^\n]*)$", re.M)
_GENERATED = re.compile(r"^(?:(?:Table|Figure|Example) \d+\. |\d+(?:\.\d+)*\. )")
# What rendering turns some characters into, and what the source may have written instead.
_EQUIVALENTS = {"’": ("`'", "'"), "‘": ("'`", "'"), "“": ('"`', '"'), "”": ('`"', '"'),
                "—": ("--",), "…": ("...",), "©": ("(C)",), "®": ("(R)",), "™": ("(TM)",),
                "→": ("->",), "⇒": ("=>",), "←": ("<-",), "⇐": ("<=",)}
_BLOCK_WINDOW = 3000  # chars after the last block searched for a block's first word
_WORD_GAP = 400  # most markup between two words of one block (a link's target)
_TOKEN = re.compile(r"\w+|[^\w\s]")
_MARKS = "*_`+#~^"  # inline marks: emphasis, monospace, highlight, sub- and superscript
# A TOML (`key = "value"`) or JSON (`"key": "value",`) front matter line.
_QUOTED_FIELD = re.compile(r'^[ \t]*"?([A-Za-z_][\w-]*)"?[ \t]*[:=][ \t]*"((?:[^"\\\n]|\\.)*)"', re.M)
_REFERENCE = re.compile(r"(?<!\\)\{\w[-\w]*\}")  # an attribute reference


def parse_asciidoc(text: str, front_matter=DEFAULT_KEYS, skips=None) -> Parsed:
    """`front_matter`: the keys of YAML, TOML or JSON front matter whose values are prose."""
    fields, end = _front_matter(text, front_matter)
    source = "\n" * text.count("\n", 0, end) + text[end:]  # front matter is not AsciiDoc
    for pattern, repl in _REWRITES:
        source = pattern.sub(repl, source)
    try:
        markup, title = render(source)
    except AsciiDocError as exc:
        raise MarkupError(str(exc)) from None
    blocks = _Blocks(skips).read(markup)
    if title:
        blocks.insert(0, ("text.heading.h1", [(title, "prose")]))
    aligner = _Aligner(text, end)
    for start, stop, key in fields:
        aligner.regions.append((start, text[start:stop]))
        aligner.scopes.append((start, stop, f"text.frontmatter.{key}"))
    return aligner.parsed(blocks)


def _front_matter(text: str, keys) -> tuple[list[tuple[int, int, str]], int]:
    """(start, end, key) of the prose values in a front matter, and where the front matter ends."""
    lines = line_spans(text)
    delimiter = text[lines[0][0]:lines[0][1]].rstrip()
    if delimiter not in ("---", "+++", ";;;"):
        return [], 0
    close = next((i for i, (a, b) in enumerate(lines[1:], 1) if text[a:b].rstrip() == delimiter), None)
    if close is None:
        return [], 0
    if delimiter == "---":
        return front_matter_fields(text, lines, close, keys), lines[close][1]
    wanted = {k.lower() for k in keys}
    fields = [(m.start(2), m.end(2), m.group(1)) for m in _QUOTED_FIELD.finditer(text, 0, lines[close][0])
              if m.group(1).lower() in wanted or "*" in wanted]
    return fields, lines[close][1]


_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "caption",
               "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "thead", "tbody"}
_VOID = {"br", "hr", "img", "col", "meta", "link", "input", "wbr"}
_SCOPES = {"li": "text.list", "td": "text.table.cell", "th": "text.table.header",
           "caption": "text.table.caption", "blockquote": "text.blockquote"}
_INLINE = {"code", "tt", "kbd", "a", "em", "strong", "span", "sub", "sup", "mark", "u", "del"}


class _Blocks(HTMLParser):
    """The rendered HTML as blocks: (scope, [(text, kind)]), kind "prose", "code" or "pre"."""

    def __init__(self, skips=None):
        super().__init__(convert_charrefs=True)
        self.skips = skips or Skips()
        self.stack: list[tuple[str, str, bool]] = []  # (tag, classes, skipped)
        self.blocks: list[tuple[str, list[tuple[str, str]]]] = []
        self.pieces: list[tuple[str, str]] = []
        self.scope = "text"

    def read(self, markup: str):
        self.feed(markup)
        self.close()
        self._flush()
        return self.blocks

    def _flush(self):
        if self.pieces:  # a block of code only is found too, to move past it
            prose = any(kind == "prose" and text.strip() for text, kind in self.pieces)
            self.blocks.append((self.scope if prose else "pre", self.pieces))
        self.pieces = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "img" and attrs.get("alt"):
            self.blocks.append(("text.attr.alt", [(attrs["alt"], "prose")]))
        if tag in _VOID:
            return
        classes = attrs.get("class") or ""
        if tag == "div" and "content" in classes and self.stack and "quoteblock" in self.stack[-1][1]:
            tag = "blockquote"  # asciidoc-py's quote block, where Asciidoctor writes <blockquote>
        if tag == "span" and "monospaced" in classes.split():
            tag = "code"  # asciidoc-py's inline code
        skipped = self.skips.skips_element(tag, classes) or "icon" in classes.split()
        self.stack.append((tag, classes, skipped))

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self._flush()
        renamed = {"span": "code", "div": "blockquote"}.get(tag)
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] in (tag, renamed):
                del self.stack[index:]
                break

    def handle_data(self, data):
        if (not data.strip() and not self.pieces) or any("attribution" in c for _, c, _ in self.stack):
            return  # a quote's attribution: written before the quotation, shown after it
        skipped = [tag for tag, _, skip in self.stack if skip]
        kind = "prose" if not skipped else "code" if set(skipped) <= _INLINE else "pre"
        if not self.pieces:
            self.scope = self._scope()
            if kind == "prose" and (self.scope != "text" or self.stack and "title" in self.stack[-1][1]):
                data = _GENERATED.sub("", data.lstrip(), count=1)  # "Table 1. ", "2.1. "
        self.pieces.append((data, kind))

    def _scope(self) -> str:
        tags = [t for t, _, _ in self.stack]
        heading = next((t for t in tags if len(t) == 2 and t[0] == "h" and t[1].isdigit()), None)
        if heading:
            return f"text.heading.{heading}"
        return next((_SCOPES[t] for t in reversed(tags) if t in _SCOPES), "text")


class _Aligner:
    """Finds each block's words in the original text, in order, and builds the prose."""

    def __init__(self, text: str, start: int = 0):
        self.text = text
        # Comments, attribute entries and block attribute lines blanked: no word lands there.
        self.hay = _NOT_PROSE_LINES.sub(lambda m: fill(m.group(0), MASK), text)
        self.cursor = start  # after the front matter
        self.regions: list[tuple[int, str]] = []
        self.scopes: list[tuple[int, int, str]] = []
        self.dropped: list[tuple[int, int, bool]] = []
        self.code: list[tuple[int, int]] = []
        self.counts: dict[str, int] = {}

    def parsed(self, blocks) -> Parsed:
        for scope, pieces in blocks:
            self._block(scope, pieces)
        order = sorted(range(len(self.regions)), key=lambda i: self.regions[i][0])
        prose = assemble(self.text, [self.regions[i] for i in order])
        found: list[Block] = []
        for start, end, scope in sorted(self.scopes):
            add_block(found, prose, start, end, scope if scope == "text.attr.alt" else f"{scope}.adoc")
        comments = [(m.start(), m.end(), f" {(m.group(1) or m.group(2)).strip()} ")
                    for m in _DIRECTIVE.finditer(self.text)]
        return Parsed(prose, found, comments, self.counts, dropped=sorted(self.dropped),
                      code=sorted(self.code))

    def _block(self, scope: str, pieces) -> None:
        spans = []  # (start, end, kind, replacement or None)
        leading: list[tuple[str, str]] = []  # punctuation before the first word is found
        words = found = 0
        last = None
        for piece, kind in pieces:
            for m in _TOKEN.finditer(piece):
                token = m.group(0)
                is_word = token[0].isalnum() or token[0] == "_"
                words += is_word
                if last is None and not is_word:
                    leading.append((token, kind))
                    continue
                limit = _BLOCK_WINDOW if last is None else _WORD_GAP if is_word else 12
                at = self._find(token, last if last is not None else self.cursor, limit)
                if at is None:
                    continue
                if last is None:
                    spans += self._leading(leading, at[0])
                found += is_word
                spans.append((*at[:2], kind, at[2]))
                last = at[1]
        # A block most of whose words are not where it should be is not this block: its
        # words are made up by rendering (or written before the cursor), so it is passed over.
        if not spans or found * 2 < words or (words == 2 and found == 1):
            return
        start, end = self._edges(spans[0][0], spans[-1][1])
        chars = list(fill(self.text[start:end], " "))
        previous = start
        for a, b, kind, replacement in spans:
            self._drop(previous, a)
            chars[a - start:b - start] = (replacement or self.text[a:b]) if kind == "prose" \
                else fill(self.text[a:b], MASK)
            previous = b
        self._drop(previous, end)
        for m in _REFERENCE.finditer(self.text, start, end):  # its value is not in the file:
            chars[m.start() - start:m.end() - start] = MASK * (m.end() - m.start())  # not a gap
        self.cursor = end
        if scope == "pre":
            self.counts["pre"] = self.counts.get("pre", 0) + 1
            self.regions.append((start, "".join(chars)))
            return
        self.code += [(a, b) for a, b, kind, _ in spans if kind == "code"]
        region = "".join(chars)
        if scope != "text.attr.alt":
            region = urls(region).sub(lambda u: fill(u.group(0), MASK), region)
        self.regions.append((start, region))
        self.scopes.append((start, end, scope))
        key = scope.split(".")[-1]
        key = f"heading_{key}" if ".heading." in scope else key if key in ("list", "blockquote") else None
        if key:
            self.counts[key] = self.counts.get(key, 0) + 1

    def _leading(self, tokens: list[tuple[str, str]], at: int) -> list:
        """Punctuation that opens a block (a quotation mark), found just before its first word."""
        spans = []
        for token, kind in reversed(tokens):
            for written in (token, *_EQUIVALENTS.get(token, ())):
                start = self.hay.rfind(written, max(at - 12, self.cursor), at)
                if start >= 0:
                    found = self._find(token, start, 0)
                    if found and found[1] <= at:
                        spans.insert(0, (*found[:2], kind, found[2]))
                        at = start
                        break
        return spans

    def _edges(self, start: int, end: int) -> tuple[int, int]:
        """The block widened over the inline marks that open and close it (`*Yes*`)."""
        while start > self.cursor and self.text[start - 1] in _MARKS:
            start -= 1
        while end < len(self.text) and self.text[end] in _MARKS:
            end += 1
        return start, end

    def _drop(self, start: int, end: int) -> None:
        """Markup between two words of a block: removed by rendering (spaces stay spaces)."""
        for m in re.finditer(r"\S+", self.text[start:end]):
            self.dropped.append((start + m.start(), start + m.end(), True))

    def _find(self, token: str, cursor: int, limit: int):
        """(start, end, replacement) of the token at or after `cursor`, within `limit` chars."""
        hay, stop = self.hay, min(cursor + limit + len(token) + 4, len(self.hay))
        if token[0].isalnum() or token[0] == "_":
            at = hay.find(token, cursor, stop)
            while at >= 0:
                before = hay[at - 1] if at else " "
                after = hay[at + len(token)] if at + len(token) < len(hay) else " "
                if not (before.isalnum() or after.isalnum()):
                    return at, at + len(token), None
                at = hay.find(token, at + 1, stop)
            return None
        best = None
        for written in (token, *_EQUIVALENTS.get(token, ())):
            at = hay.find(written, cursor, stop)
            if at >= 0 and (best is None or at < best[0]):
                replacement = None
                if len(written) != len(token) and written in _SMART_QUOTES:
                    before = self.text[at - 1] if at else " "
                    after = self.text[at + len(written)] if at + len(written) < len(self.text) else " "
                    replacement = in_place(token, len(written), before, after)
                best = (at, at + len(written), replacement)
        return best
