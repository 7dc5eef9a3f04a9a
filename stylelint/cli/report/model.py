"""What the report shows for one article: its findings, its summary, and its text cut into
segments that each know which findings cover them. Pure functions of text, alerts and rules."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

LEVEL_ORDER = ("error", "warning", "suggestion")
_PARAGRAPH_BREAK = re.compile(r"(?>\r\n|\r|\n)[ \t]*(?>\r\n|\r|\n)(?:[ \t]*(?>\r\n|\r|\n))*")
_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass
class Finding:
    id: str  # unique in the report, e.g. "a2-f5"
    number: int  # 1-based within its article, in reading order
    alert: object  # the Alert
    rule: object | None  # the rule behind it (description, rationale, link), when known

    @property
    def inline(self) -> bool:
        """Zero-width findings (e.g. the grade of the whole piece) are about the article."""
        return self.alert.end > self.alert.start


@dataclass
class Chunk:
    """A paragraph of the source (text between blank lines), shown as one block."""

    kind: str  # "p", "h1".."h6" or "raw" (front matter, code: shown as written)
    segments: list  # [(text, style, [finding ids outer first])]; style: "", "mk" or "raw"


@dataclass
class Article:
    index: int
    path: str
    findings: list[Finding] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    words: int = 0
    grade: float | None = None
    error: str | None = None  # why the file could not be read
    is_html: bool = False
    units: tuple = ("line", "column")  # how positions are named: a .docx counts paragraphs

    @property
    def levels(self) -> Counter:
        return Counter(f.alert.severity for f in self.findings)

    @property
    def categories(self) -> Counter:
        return Counter(f.alert.category for f in self.findings)

    @property
    def attention(self) -> tuple:
        """Sort key, most in need of attention first: errors, then warnings, then suggestions."""
        levels = self.levels
        return tuple(-levels[name] for name in LEVEL_ORDER) + (self.path,)


def build_article(index: int, path: str, text: str, syntax: str, alerts, rules: dict,
                  prose: str, blocks, stats: dict | None) -> Article:
    """`prose` and `blocks` come from the markup reader: prose is the text with markup as spaces
    and non-prose (code, URLs, front matter) as a mask character, offsets unchanged."""
    article = Article(index, path, is_html=syntax == "html")
    ordered = sorted(alerts, key=lambda a: (a.start, -a.end, a.rule))
    article.findings = [Finding(f"a{index}-f{n}", n, a, rules.get(a.rule))
                        for n, a in enumerate(ordered, 1)]
    if stats and stats.get("words"):
        article.words = stats["words"]
        article.grade = round(0.39 * stats["words"] / stats["sentences"]
                              + 11.8 * stats["syllables"] / stats["words"] - 15.59, 1)
    article.chunks = list(_chunks(text, syntax, prose, blocks, [f for f in article.findings if f.inline]))
    return article


def _styles(text: str, prose: str, start: int, end: int) -> list[str]:
    """Per character: "" prose, "mk" markup syntax, "raw" content that is not prose (code, URLs,
    front matter). Whitespace inside non-prose stays with it, so a code block is one run; next to
    markup it is plain, since hidden markup must not take the space between two words with it."""
    styles, last = [], ""
    for i in range(start, end):
        if not text[i].isspace():
            last = "" if prose[i] == text[i] else "mk" if prose[i] == " " else "raw"
        styles.append("" if last == "mk" and text[i].isspace() else last)
    return styles


def _chunks(text, syntax, prose, blocks, findings):
    if syntax == "html":
        yield from _html_chunks(text, prose, blocks, findings)
        return
    headings = [(b.start, b.end, b.scope.split(".")[2]) for b in blocks if ".heading." in b.scope]
    # Front matter reads as the YAML it is, not as the first paragraph; findings in its prose
    # fields (title, description...) are still marked in it.
    headings += [(b.start, b.end, "raw") for b in blocks if b.scope.startswith("text.frontmatter")]
    starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    ends = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    for start, end in zip(starts, ends):
        if start >= end:
            continue
        styles = _styles(text, prose, start, end)
        kind = next((h for s, e, h in headings if s < end and e > start), "p")
        if kind == "p" and "" not in styles:
            kind = "raw"
        yield Chunk(kind, _segments(text, syntax, prose, start, end, styles, findings))


def _html_chunks(text, prose, blocks, findings):
    """An HTML draft reads as its blocks (paragraphs, headings, list items, cells); tags and
    scripts between them are left out unless a finding points into them."""
    cursor = 0
    for block in sorted(blocks, key=lambda b: b.start) + [None]:
        start = block.start if block else len(text)
        if any(f.alert.start < start and f.alert.end > cursor for f in findings):
            yield Chunk("raw", _segments(text, "html", prose, cursor, start,
                                         ["raw"] * (start - cursor), findings))
        if block is None:
            break
        parts = block.scope.split(".")
        kind = parts[2] if parts[1] == "heading" else {"list": "li", "blockquote": "quote"}.get(parts[1], "p")
        styles = _styles(text, prose, block.start, block.end)
        yield Chunk(kind, _segments(text, "html", prose, block.start, block.end, styles, findings))
        cursor = block.end


def _segments(text, syntax, prose, start, end, styles, findings):
    """Cut [start, end) wherever the style or the set of covering findings changes."""
    inside = [f for f in findings if f.alert.start < end and f.alert.end > start]
    cuts = {start, end}
    for f in inside:
        cuts.update(p for p in (f.alert.start, f.alert.end) if start < p < end)
    cuts.update(start + k for k in range(1, end - start) if styles[k] != styles[k - 1])
    cuts = sorted(cuts)
    segments = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [f.id for f in inside if f.alert.start <= a and f.alert.end >= b]
        piece = _reflow(text, prose, syntax, a, b)
        segments.append((piece, styles[a - start], covering))
    return segments


def _reflow(text, prose, syntax, a, b):
    """A line break inside a paragraph of prose reads as a space (the draft was hard-wrapped);
    one before a list item, a table row or markup stays a line break."""
    piece = text[a:b]
    if syntax == "html":
        return piece  # the browser's own whitespace rules apply, as in the draft's page

    def join(m):
        after = a + m.end()
        nxt = text[after] if after < len(text) else ""
        keep = not nxt or not (nxt.isalnum() or nxt in "\"'“‘([") or prose[after] != nxt
        return m.group(0) if keep else " "

    return _NEWLINE.sub(join, piece)
