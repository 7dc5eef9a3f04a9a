"""Everything the rules share about one document, computed once and only when a rule needs it."""
from __future__ import annotations

import bisect
import re

from . import genre, nlp
from .analysis import Analysis
from .markup import MASK, Block, Parsed, fill
from .rendered import Rendered, rendered_parsed
from .scope import block_matches
from .terms import in_block


class Context:
    def __init__(self, text: str, parsed: Parsed, ext: str, index=None, genre: str | None = None):
        self.text = text
        self._genre = genre  # the kind of piece the configuration says this file is, if any
        self.prose = parsed.prose
        self.parsed = parsed
        self.ext = ext
        self._memory: dict[str, dict] = {}  # rule id -> what that rule remembers of this document
        self._computed: dict = {}  # function -> its result for this document (see `computed`)
        self._units: dict[str, list[Block]] = {"text": parsed.blocks}  # blocks per unit of text
        self._analysis: Analysis | None = None
        self._summary: str | None = None
        self._sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.index = index  # the shared TermIndex of the rules being run
        self._term_hits: dict[int, dict] = {}
        self._scoped: dict = {}
        self._scoped_starts: dict = {}
        self._rendered = None  # (view, Rendered) of Vale's rendered text, built on first use
        self.to_original: list[int] | None = None  # a rendered view's prose offset -> file offset

    def document_term_hits(self, rule) -> list:
        """This rule's word-index matches in the prose, from one scan shared by all rules."""
        key = id(self.prose)
        if key not in self._term_hits:
            self._term_hits[key] = self.index.scan(self.prose) if self.index else {}
        return self._term_hits[key].get(rule.id, [])

    def blocks_at(self, alternative, positions: list[int]) -> list:
        """The scoped (block, string) pairs that contain any of the sorted offsets."""
        pairs = self.scoped(alternative)
        starts = self._scoped_starts.get(alternative)
        if starts is None:
            starts = self._scoped_starts[alternative] = [b.start for b, _ in pairs]
        chosen = []
        for position in positions:
            i = bisect.bisect_right(starts, position) - 1
            if i >= 0 and position < pairs[i][0].end and (not chosen or chosen[-1] != i):
                chosen.append(i)
        return [pairs[i] for i in sorted(set(chosen))]

    def term_hits(self, rule, string: str, block: Block) -> list:
        """This rule's term matches inside a block, from one index scan per string."""
        key = id(string)
        if key not in self._term_hits:
            self._term_hits[key] = self.index.scan(string) if self.index else {}
        return in_block(self._term_hits[key].get(rule.id, []), block.start, block.end)

    def rendered(self):
        """(view, map): a Context over the prose with inline markup rendered away, as Vale
        lints it, and the map of its offsets back to the file (core.rendered); (self, None)
        when the reader removed nothing."""
        if self._rendered is None:
            if not self.parsed.dropped and not self.parsed.shown:
                self._rendered = (self, None)
            else:
                rendering = Rendered(self.prose, self.parsed.dropped, self.parsed.code, self.text,
                                     self.parsed.shown)
                view = Context(self.text, rendered_parsed(self.parsed, rendering), self.ext, self.index)
                view._memory = self._memory  # a rule remembers one document, whichever view
                view.to_original = rendering.back
                self._rendered = (view, rendering)
        return self._rendered

    def source_char(self, at: int) -> str:
        """The file's character behind offset `at` of the prose (or of the rendered prose)."""
        return self.text[at if self.to_original is None else self.to_original[at]]

    def memory(self, rule) -> dict:
        """What one rule remembers about this document while it runs (forms seen, first uses)."""
        return self._memory.setdefault(rule.id, {})

    def computed(self, function):
        """`function(context)`, computed once per document: figures a rule type derives from
        the document and shares between its rules (the metric statistics)."""
        if function not in self._computed:
            self._computed[function] = function(self)
        return self._computed[function]

    @property
    def year(self) -> int | None:
        """The year of the `date:` in the document's front matter, if it has one."""
        return self.computed(_front_matter_year)

    @property
    def genre(self) -> str | None:
        """The kind of piece (review, column, opinion, news...): the configuration's word for
        this file, else the front matter's `genre:`, `type:`, `category:`, `kind:`, `section:`
        or `format:` when its value names a kind we know (see `genre.kind_of`)."""
        return self._genre or self.computed(_front_matter_genre)

    def blocks(self, unit: str) -> list[Block]:
        if unit not in self._units:
            self._units[unit] = self._make(unit)
        return self._units[unit]

    def _make(self, unit: str) -> list[Block]:
        if unit == "raw":
            return [Block(0, len(self.text), f"raw.{self.ext}")]
        if unit == "summary":
            return [Block(0, len(self.text), f"summary.{self.ext}")]
        plain = [b for b in self.parsed.blocks if b.scope == f"text.{self.ext}"]
        if unit == "sentence":
            scope = f"sentence.text.{self.ext}"
            return [Block(s, e, scope) for b in plain for s, e in self.sentences(b.start, b.end)]
        if unit == "paragraph":
            return [Block(b.start, b.end, f"paragraph.text.{self.ext}") for b in plain]
        raise ValueError(unit)

    def scoped(self, alternative) -> list[tuple[Block, str]]:
        """(block, string) pairs a scope alternative runs on; rules with the same scope share it."""
        found = self._scoped.get(alternative)
        if found is None:
            # A document's blocks share a few scope strings: each is matched once
            strings: dict[str, str | None] = {}  # scope -> its blocks' string, None: not in scope
            found = self._scoped[alternative] = []
            for b in self.blocks(alternative.unit):
                if b.scope not in strings:
                    strings[b.scope] = self.string_for(b) if block_matches(alternative, b.scope) else None
                if strings[b.scope] is not None:
                    found.append((b, strings[b.scope]))
        return found

    def string_for(self, block: Block) -> str:
        """The string a block's offsets index: raw text, the prose summary, or the prose."""
        if block.scope.startswith("raw."):
            return self.text
        if block.scope.startswith("summary."):
            return self.summary
        return self.prose

    @property
    def summary(self) -> str:
        """Prose of paragraphs, lists and blockquotes; headings and tables masked (as Vale)."""
        if self._summary is None:
            pieces, cursor = [], 0
            for b in self.parsed.blocks:
                if ".heading." in b.scope or ".table." in b.scope:
                    pieces.append(self.prose[cursor:b.start])
                    pieces.append(fill(self.prose[b.start:b.end], MASK))
                    cursor = b.end
            pieces.append(self.prose[cursor:])
            self._summary = "".join(pieces)
        return self._summary

    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        return _sentences(self._sentences, self.prose, start, end)

    @property
    def analysis(self) -> Analysis:
        """The shared document analysis (quotations, names, attribution, tokens), built once."""
        if self._analysis is None:
            # It shares the context's sentences without holding the context: a cycle would keep
            # every document's analysis alive until the cyclic collector walked it (a tenth of
            # a long run's time went to collecting them)
            memo, prose = self._sentences, self.prose
            self._analysis = Analysis(self.text, self.prose, self.parsed.blocks, self.parsed.quoted,
                                      lambda start, end: _sentences(memo, prose, start, end), genre=self.genre)
        return self._analysis

    def in_quote(self, start: int, end: int) -> bool:
        return self.analysis.in_quote(start, end)


def _sentences(memo: dict, prose: str, start: int, end: int) -> list[tuple[int, int]]:
    key = (start, end)
    if key not in memo:
        memo[key] = nlp.sentences(prose, start, end)
    return memo[key]


_DATE = re.compile(r"\s*date:\s*['\"]?(\d{4})")
_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:[ \t]*['\"]?([^'\"#\n]*)")


def _front_matter_lines(text: str):
    """The lines of the YAML front matter, read line by line: one regex over the whole front
    matter backtracked over blank lines (5,000 of them took a minute)."""
    text = text[1:] if text.startswith("\ufeff") else text
    lines = iter(text.splitlines())
    if next(lines, "").rstrip() != "---":
        return
    for line in lines:
        if line.rstrip() in ("---", "..."):
            return
        yield line


def _front_matter_year(ctx: Context) -> int | None:
    """The year of the front matter's `date:`."""
    for line in _front_matter_lines(ctx.text):
        m = _DATE.match(line)
        if m:
            return int(m.group(1))
    return None


def _front_matter_genre(ctx: Context) -> str | None:
    """The kind of piece its front matter names, from the first genre key whose value is one."""
    for line in _front_matter_lines(ctx.text):
        m = _KEY.match(line)  # top-level keys only: a nested `type:` is about something else
        if m and m.group(1).lower() in genre.KEYS:
            found = genre.kind_of(m.group(2))
            if found:
                return found
    return None
