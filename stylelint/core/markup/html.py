"""The HTML reader: text of block elements becomes prose blocks; code and scripts are masked;
character references are decoded in place (padded to their own length, see `entities`), and
<q> elements are recorded as quotations."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .entities import decoded, in_place, padding
from .prose import MASK, Block, Parsed, add_block, assemble, fill, mask_sub, urls

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
_HTML_SCOPES = {
    "li": "text.list", "blockquote": "text.blockquote", "td": "text.table.cell",
    "th": "text.table.header", "caption": "text.table.caption", "figcaption": "text.figure.caption",
}
_ENTITY = re.compile(r"&#?[\w]+;?")
# One attribute of a start tag, in order (so an `alt=` inside another attribute's value is
# never taken for the alt attribute): its name and its value, double-, single- or unquoted.
_ATTRIBUTE = re.compile(r"""\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}


class HTMLReader(HTMLParser):
    def __init__(self, text: str, skips=None):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.skips = skips  # a Vale configuration's SkippedScopes, IgnoredClasses, IgnoredScopes
        self._lf_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.stack: list[str] = []
        self.skipped: list[bool] = []  # per open element: is its content skipped
        self.skipping = 0
        self.pieces: list[tuple[int, str]] = []  # current block: (offset, prose string)
        self.scope = "text"
        self.regions: list[tuple[int, str]] = []
        self.scopes: list[tuple[int, int, str]] = []
        self.comments: list[tuple[int, int, str]] = []
        self.counts: dict[str, int] = {}
        self.quoted: list[tuple[int, int]] = []
        self._open_q: list[int] = []
        self.dropped: list[tuple[int, int, bool]] = []  # tags and padding rendering removes

    def read(self):
        """(regions, scopes) of the text, offsets relative to it."""
        # Every tag, comment or declaration ends with ">", so a "<" after the last ">" starts
        # nothing; html.parser would rescan to the end from each one ('<a ' * 40000 took over
        # two minutes). They are fed as spaces; handle_data reads the real characters back.
        last = self.text.rfind(">") + 1
        self.feed(self.text[:last] + self.text[last:].replace("<", " "))
        self.close()
        self._flush()
        return self.regions, self.scopes

    def parse(self) -> Parsed:
        self.read()
        prose = assemble(self.text, self.regions)
        blocks: list[Block] = []
        for start, end, scope in self.scopes:
            add_block(blocks, prose, start, end, scope if scope == "text.attr.alt" else f"{scope}.html")
        return Parsed(prose, blocks, self.comments, self.counts, sorted(self.quoted), self.dropped)

    def parse_html_declaration(self, i):
        # html.parser gives up with an AssertionError on a malformed '<![' section; browsers
        # read it as a bogus comment up to the next '>', and so do we.
        position = self.getpos()
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.lineno, self.offset = position  # it moved them before giving up
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

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
            self.dropped.append((cursor, offset, True))
            out.append(string)
            cursor = offset + len(string)
        self.regions.append((start, "".join(out)))
        self.scopes.append((start, cursor, self.scope))
        self.pieces = []

    def _scope(self) -> str:
        for tag in self.stack:
            if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
                return f"text.heading.{tag}"
        for tag in self.stack:
            if tag in _HTML_SCOPES:
                return _HTML_SCOPES[tag]
        return "text"

    def handle_starttag(self, tag, attrs):
        if tag in _HTML_BLOCK_TAGS:
            self._flush()
        if tag in _VOID:
            self._alt_text(tag, attrs)
            return
        if tag == "q":
            self._open_q.append(self._offset())
        skipped = tag in _HTML_SKIPPED or (self.skips is not None and self.skips.skips_element(
            tag, next((v or "" for k, v in attrs if k == "class"), "")))
        self.stack.append(tag)
        self.skipped.append(skipped)
        if skipped:
            self.skipping += 1
            self.counts["pre"] = self.counts.get("pre", 0) + (tag == "pre")
        key = "list" if tag == "li" else tag
        if key in ("list", "blockquote") or (len(key) == 2 and key[0] == "h" and key[1].isdigit()):
            key = f"heading_{key}" if key[0] == "h" else key
            self.counts[key] = self.counts.get(key, 0) + 1

    def handle_startendtag(self, tag, attrs):
        if tag in _HTML_BLOCK_TAGS:
            self._flush()
        self._alt_text(tag, attrs)

    def _alt_text(self, tag, attrs):
        """An image's alt text: a block of its own (`text.attr.alt`), as Vale lints every
        `<img alt>` (even in a skipped block) unless SkippedScopes names `alt`. The text
        around the image goes on in a block of its own."""
        if tag != "img" or not any(k == "alt" and v and v.strip() for k, v in attrs) \
                or (self.skips is not None and "alt" in self.skips.blocks):
            return
        m = next((a for a in _ATTRIBUTE.finditer(self.get_starttag_text() or "")
                  if a.group(1).lower() == "alt" and a.lastindex and a.lastindex > 1), None)
        if m is None:
            return
        group = m.lastindex
        start = self._offset() + m.start(group)
        self._flush()
        self.regions.append((start, self.text[start:start + len(m.group(group))]))
        self.scopes.append((start, start + len(m.group(group)), "text.attr.alt"))

    def handle_endtag(self, tag):
        if tag == "q" and self._open_q:
            self.quoted.append((self._open_q.pop(), self._offset()))
        if tag in _HTML_BLOCK_TAGS:
            self._flush()
        if tag in self.stack:
            while self.stack:
                popped = self.stack.pop()
                if self.skipped.pop():
                    self.skipping -= 1
                if popped == tag:
                    break

    def handle_data(self, data):
        offset = self._offset()
        data = self.text[offset:offset + len(data)]
        if self.skipping:
            if self.pieces:  # code inside a paragraph: masked, the block continues
                self.pieces.append((offset, fill(data, MASK)))
            return
        if not self.pieces:
            if not data.strip():
                return
            self.scope = self._scope()
        self.pieces.append((offset, mask_sub(urls(data), data)))

    def _entity(self):
        if self.skipping:
            return
        offset = self._offset()
        if not self.pieces:  # a reference can open a block ("<p>&ldquo;Yes")
            self.scope = self._scope()
        # Decoded in place; one without ";" (AT&T) or unknown is masked, exactly what is there.
        m = _ENTITY.match(self.text, offset)
        reference = m.group(0) if m else self.text[offset:offset + 1]
        value = decoded(reference) if reference.endswith(";") else None
        if value is None:
            self.pieces.append((offset, MASK * len(reference)))
            return
        end = offset + len(reference)
        piece = in_place(value, len(reference), self.text[offset - 1:offset] or " ",
                         self.text[end:end + 1] or " ")
        self.dropped.append(padding(piece, value, offset))
        self.pieces.append((offset, piece))

    def handle_entityref(self, name):
        self._entity()

    def handle_charref(self, name):
        self._entity()

    def handle_comment(self, data):
        offset = self._offset()
        self.comments.append((offset, offset + len(data) + 7, data))
