"""The prose a markup reader produces, and the pieces every reader shares.

The prose is a string exactly as long as the original text: prose characters are copied, markup
syntax (list markers, emphasis, tags) becomes spaces, and content that is not prose (code, URLs,
front matter, comments, scripts) becomes MASK. Newlines are always kept. Because nothing moves,
an offset into the prose is an offset into the file, and positions are exact by construction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..lazyre import LazyRe

MASK = "\x1a"  # neither a word character nor whitespace, so no pattern matches across it
_NOT_NEWLINE = re.compile(r"[^\r\n]")
# A web or mail address is not prose: a link, "www.", an e-mail address, or a lower-case
# domain under a common top-level one ("visit eastfieldgazette.com"). Each starts only where a
# run of address characters starts, so a long run without one is scanned once; the costlier
# pattern runs only on text with an "@" or such a domain in it (see `urls`).
URL = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"”’]")
_ADDRESSES = LazyRe(URL.pattern +
                        r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+"
                        r"|(?<![\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|info|io|co\.uk|org\.uk|ac\.uk|gov\.uk)\b")
_DOMAIN_HINT = re.compile(r"\.(?:com|org|net|gov|edu|info|io|uk)\b")


def urls(text: str) -> re.Pattern:
    """The pattern of the addresses in `text`: links alone, unless it has a mail address or a
    bare domain to mask too."""
    return _ADDRESSES if "@" in text or _DOMAIN_HINT.search(text) else URL


class _Comments:
    """HTML comments, found in linear time: the regex `<!--.*?-->` alone rescans to the end
    of the text from every `<!--` that is never closed (`'<!--' * 40000` took a minute)."""

    _one = re.compile(r"<!--.*?-->", re.S)

    def finditer(self, text: str):
        at = text.find("<!--")
        while at >= 0:
            close = text.find("-->", at + 4)
            if close < 0:
                return  # no comment closes after this one: none is left
            yield self._one.match(text, at)
            at = text.find("<!--", close + 3)

    def sub(self, repl, text: str) -> str:
        pieces, cursor = [], 0
        for m in self.finditer(text):
            pieces += [text[cursor:m.start()], repl(m)]
            cursor = m.end()
        return "".join(pieces) + text[cursor:]


COMMENT = _Comments()


class Block(NamedTuple):
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
    quoted: list[tuple[int, int]] = field(default_factory=list)  # <q> elements: quotations by markup
    # (start, end, separates) of inline markup that Vale's renderer removes (see core.rendered);
    # `separates`: a tag, which keeps the words either side apart (not an entity's padding).
    dropped: list[tuple[int, int, bool]] = field(default_factory=list)
    code: list[tuple[int, int]] = field(default_factory=list)  # inline code, masked
    shown: list[tuple[int, int]] = field(default_factory=list)  # masked, but Vale lints them


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end-without-break) of every line."""
    spans, start = [], 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def fill(text: str, char: str) -> str:
    """Replace every character except line breaks, so lines and offsets stay put."""
    return _NOT_NEWLINE.sub(char, text)


def mask_matches(prose: str, text: str, patterns) -> str:
    """The prose with every match of these patterns in the original text masked (Vale's
    TokenIgnores and BlockIgnores: text the writer marked as not prose)."""
    if not patterns:
        return prose
    from ..patterns.compiling import finditer  # the patterns' own timeouts apply
    chars = list(prose)
    for pattern in patterns:
        for m in finditer(pattern, text):
            for i in range(m.start(), m.end()):
                if chars[i] not in "\r\n":
                    chars[i] = MASK
    return "".join(chars)


def mask_sub(pattern: re.Pattern, text: str, char: str = MASK, dropped=None, base: int = 0) -> str:
    """Each match of `pattern` filled with `char`; with `dropped`, its span (plus `base`) is
    recorded there as markup that rendering removes."""
    def fill_match(m):
        if dropped is not None:
            dropped.append((base + m.start(), base + m.end(), True))
        return fill(m.group(0), char)
    return pattern.sub(fill_match, text)


def mask_code_spans(pattern: re.Pattern, text: str, char: str = MASK, dropped=None, base: int = 0,
                    code=None) -> str:
    """Code spans masked, except ``wire-style quotations'' that only look like one; with
    `dropped`, their backticks are recorded there and their content in `code` (rendering
    keeps the masked code, as Vale keeps it as `*`, even at the edge of a block)."""
    def mask(m):
        wire = m.group(1) == "``" and "''" in m.group(0)
        if not wire and dropped is not None:
            ticks = len(m.group(1))
            dropped.append((base + m.start(), base + m.start() + ticks, True))
            dropped.append((base + m.end() - ticks, base + m.end(), True))
            code.append((base + m.start() + ticks, base + m.end() - ticks))
        return m.group(0) if wire else fill(m.group(0), char)
    return pattern.sub(mask, text)


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


def add_block(blocks: list[Block], prose: str, start: int, end: int, scope: str) -> None:
    """Add a block trimmed of surrounding whitespace and masks; drop it if nothing is left."""
    while start < end and (prose[start].isspace() or prose[start] == MASK):
        start += 1
    while end > start and (prose[end - 1].isspace() or prose[end - 1] == MASK):
        end -= 1
    if start < end:
        blocks.append(Block(start, end, scope))


# A web page's pop-up of related stories saved with its text: on a name, the page's headlines
# glued to it and closed by MORE ("Rep. Thomas Massie Thomas Harold MassieGOP lawmaker says ...
# Scalise blasts Democratic legislation MORE (R-Ky.), who chairs ..."), as The Hill prints it
# (6,565 of them in 37,000 AllSides stories, none elsewhere). The headlines are not the story's.
_RELATED = LazyRe(r"(?<=[a-z]{2})[A-Z0-9'‘“](?:(?![a-z]{3}[.!?]\s)[^\n]){10,600}? MORE"
                  r"(?=\s*\(|['’]s\b|[,.;:)]|\s+[a-z]|\s*$)", re.M)


# ... and a line that links to another story, as pages print them between paragraphs: "More:D-Day:
# 17 stunning photos ...", "SEE ALSO: ...", "(SEE RELATED: ...)", "(Also on POLITICO: ...)", a
# headline followed by "Read more" (The Guardian), or a video box ("JUST WATCHED Boehner mocks
# members Replay More Videos ... MUST WATCH ...", CNN's, in 159 of 3,800 AllSides stories). Its
# words are another story's headline.
# (And a graphic's fallback link, "Don't see the graphic above? Click here.": no question of ours.)
# (A headline's length: a photo gallery's captions, "Photos: Unrest at the border A member of ...
# Hide Caption 1 of 24 ...", run on for a paragraph, and the analysis reads them as captions.)
_LINK_LINE = LazyRe(r"^[ \t]*\(?[ \t]*(?:(?:more|see also|see related|related|read more|also read|watch"
                    r"|photos?|video|read|(?:also on|more from)[ \t]+[\w.'’]+(?:[ \t][\w.'’]+)?)"
                    r"[ \t]*:[^\n]{0,200}|[^\n]{10,200}[ \t]Read more"
                    r"|just watched[ \t][^\n]{0,400}?must watch[^\n]{0,200}"
                    r"|don['’]t see the (?:graphic|chart|map|video|photo|poll)s? above\?[^\n]{0,60})"
                    r"[ \t]*$", re.M | re.I)


# ... and the headlines such a line leads in, one to a line below it ("READ MORE:" / "London attack
# latest in disturbing terror vehicle trend"), and a linked headline set in capitals between
# paragraphs, as Fox News and Breitbart print them ("JACKSONVILLE MASS SHOOTING: CHILLING TWITCH
# LIVESTREAM RECORDS HORRIFIC ATTACK"): four words or more in capitals, a line of its own below
# the first (not a script without capitals: at least ten capital letters; nor a table's row or
# markup, "| TODO | XXX | FIXME |").
_LED_IN = LazyRe(r"^[ \t]*\(?[ \t]*(?:more|see also|see related|related|read more|also read|related stories"
                 r"|related coverage)[ \t]*:[ \t]*\)?[ \t]*\n(?:[ \t]*\n)?([^\n]{10,200}(?<![.!?\"”’'])[ \t]*)$",
                 re.M | re.I)
# (the line's newline is matched, not looked behind for: five times faster)
_CAPS_LINE = LazyRe(r"\n[ \t]*((?:[^\sa-z|<>\[\]{}()#*_=/\\]+[ \t]+){3}[^a-z\n|<>\[\]{}()#*_=/\\]{1,200})$", re.M)


def mask_related_stories(prose: str) -> str:
    if " MORE" in prose:
        prose = mask_sub(_RELATED, prose)
    if ":" in prose or "Read more" in prose or "WATCH" in prose or " above?" in prose:
        if ":" in prose:  # (before the lead-in itself is masked)
            prose = _LED_IN.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + fill(m.group(1), MASK), prose)
        prose = mask_sub(_LINK_LINE, prose)
    return _CAPS_LINE.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + fill(m.group(1), MASK)
                          if sum(c.isupper() for c in m.group(1)) >= 10 else m.group(0), prose)
