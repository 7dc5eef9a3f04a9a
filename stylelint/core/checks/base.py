"""The base of every rule type: `Rule` (built once from its YAML mapping, validated against the
type's KEYS, then run on many documents), `Hit` (one raw finding) and `RuleError`.

Everything a rule can compile is compiled in its constructor. Word tables and word files are
handed in afterwards by the project layer (`use_words`): nothing in core reads a file.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..alert import LEVELS
from ..patterns.anchors import anchor_offsets
from ..patterns.compiling import (PatternError, compile_pattern, finditer, pattern_checked,
                                  record_checked, search)
from ..patterns.messages import format_message
from ..scope import ScopeError, parse_scope
from .actions import action_suggestions, check_action
from .errors import RuleError
from .keys import CATEGORIES, FIX_CLASSES, SAFE_BY_DEFAULT, SENSES
from .names import lower_case

__all__ = ["Hit", "Rule", "RuleError", "check_pattern"]


def check_pattern(pattern: str, rule, key: str, index=None) -> None:
    """Validate a pattern cheaply: the standard `re` parser accepts most rule patterns much
    faster than compiling them with `regex`; only what `re` rejects is compiled to be sure.
    Either way a valid pattern is recorded, and not validated again at the next start."""
    if pattern_checked(pattern):
        return
    try:
        re.compile(pattern)
        record_checked(pattern)
        return
    except (re.error, RecursionError, OverflowError):
        pass
    rule.compile(pattern, key, index=index)
    record_checked(pattern)


class Sense(NamedTuple):
    """The sense a rule means a list word in: parts of speech, and lemmas around it that
    mark another sense."""
    pos: frozenset
    not_before: frozenset = frozenset()
    not_after: frozenset = frozenset()


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    args: tuple
    suggestions: tuple[str, ...] = ()
    fixable: bool = False
    lower: bool = False  # the rule is less sure here: one level below the rule's (see engine)


class Rule:
    KEYS: dict[str, str] = {}
    DEFAULT_SCOPE = "text"
    # Types whose words go through the shared word index set these (see core.terms).
    terms: list[tuple[str, object]] | None = None  # (literal term, payload) pairs
    lookup = None  # a large single-word table, consulted word by word
    ignorecase = False

    def __init__(self, rule_id: str, data: dict, vocab: tuple[str, ...] = ()):
        self.id = rule_id
        self.extends = data["extends"]
        self.message = data.get("message", "")
        self.level = data.get("level", "warning")
        if self.level not in LEVELS:
            raise RuleError(f"level must be suggestion, warning or error, not {self.level!r}", "level")
        self.category = data.get("category", "style")
        if self.category not in CATEGORIES:
            raise RuleError(f"category must be one of {', '.join(CATEGORIES)}, not {self.category!r}",
                            "category")
        self.fix_safety = data.get("fix", "safe" if self.category in SAFE_BY_DEFAULT else "unsafe")
        if self.fix_safety not in FIX_CLASSES:
            raise RuleError(f"fix must be safe or unsafe, not {self.fix_safety!r}", "fix")
        self.link = data.get("link", "")
        self.limit = data.get("limit", 0)
        self.description = data.get("description", "")
        self.rationale = data.get("rationale", "")
        self.examples = data.get("examples") or {}
        self.action = data.get("action") or {}
        try:
            self.scope = parse_scope(data.get("scope", self.DEFAULT_SCOPE))
        except ScopeError as exc:
            raise RuleError(str(exc), "scope") from None
        self.vocab = tuple(vocab) if data.get("vocab", True) else ()
        # Our rules (those with a category) leave names alone unless they say `names: match`;
        # Vale styles keep Vale's behaviour.
        self.ours = "category" in data
        self.names = data.get("names", "skip" if self.ours else "match")
        if self.names not in ("skip", "match"):
            raise RuleError(f"names must be skip or match, not {self.names!r}", "names")
        self.senses = self._read_senses(data.get("senses"))
        # A neutrality rule that skips quotations also skips indirect speech of a named source
        # ("Smith said the plan was revolutionary"): the word is Smith's, not the reporter's.
        self.reported = data.get("reported", "skip" if self.category == "neutrality" else "match")
        if self.reported not in ("skip", "match"):
            raise RuleError(f"reported must be skip or match, not {self.reported!r}", "reported")
        # `skip`: quiet in reviews and columns; `lower`: one level down there
        self.opinion = data.get("opinion", "match")
        if self.opinion not in ("skip", "lower", "match"):
            raise RuleError(f"opinion must be skip, lower or match, not {self.opinion!r}", "opinion")
        # words whose hits come one level down, wherever they are: a label newsrooms split on
        # ("extremist"), listed by the rule's data rather than made a rule of its own
        self.lower_terms = frozenset(w.lower() for w in data.get("lower_terms", []))
        # `skip`: quiet in a headline or a line set as one (a one-line paragraph with no stop:
        # page furniture such as "More: Senator slams plan"), where the verb is desk shorthand
        self.headlines = data.get("headlines", "match")
        if self.headlines not in ("skip", "match"):
            raise RuleError(f"headlines must be skip or match, not {self.headlines!r}", "headlines")
        # `lower`: one level down in soft news (sport, arts, lifestyle); `sport:` is its older name
        key = "soft" if "soft" in data or "sport" not in data else "sport"
        self.soft = data.get(key, "match")
        if self.soft not in ("lower", "match"):
            raise RuleError(f"{key} must be lower or match, not {self.soft!r}", key)
        check_action(self.action)

    def by_genre(self) -> str:
        """What the kind of piece does to this rule's alerts (its `opinion` and `soft` keys), in
        words for `explain` and the editor's hover."""
        notes = {"skip": "not reported in reviews, columns and other opinion pieces",
                 "lower": "one level down in reviews, columns and other opinion pieces"}
        parts = [notes[self.opinion]] if self.opinion in notes else []
        if self.soft == "lower":
            parts.append("one level down in soft news (sport, arts and lifestyle copy, service copy, "
                         "features that attribute nothing)")
        return ("By kind of piece: " + "; ".join(parts) + ".") if parts else ""

    @staticmethod
    def _read_senses(senses) -> dict[str, "Sense"]:
        """`senses` maps a term to the part(s) of speech it is meant in, or to a mapping with
        `pos` and lemma lists: `not_before` (the words it modifies in another sense: "legendary
        king", "fantastic creatures") and `not_after` (words before it that change its sense)."""
        out = {}
        for term, wanted in (senses or {}).items():
            spec = wanted if isinstance(wanted, dict) else {"pos": wanted}
            pos = spec.get("pos", list(SENSES))
            pos = [pos] if isinstance(pos, str) else pos
            lists = {k: spec.get(k) or [] for k in ("not_before", "not_after")}
            if not isinstance(term, str) or not isinstance(pos, list) or not pos \
                    or any(w not in SENSES for w in pos) or set(spec) - {"pos", "not_before", "not_after"} \
                    or not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in lists.values()):
                raise RuleError(f"senses maps a term to one or more of {', '.join(SENSES)}, or to "
                                f"{{pos, not_before, not_after}} (lists of lemmas); got {term!r}: {wanted!r}",
                                "senses")
            out[term.lower()] = Sense(frozenset(pos), frozenset(w.lower() for w in lists["not_before"]),
                                      frozenset(w.lower() for w in lists["not_after"]))
        return out

    def not_meant(self, ctx, string: str, start: int, end: int, term: str | None = None) -> bool:
        """A list word that is not the reporter's use of it: a capitalised word inside a name
        (a term written in lower case never matches "Mr Savage" or "Royal Bombay Yacht Club";
        a term written with capitals, such as "Kiev", is a name itself), or a word used in
        another sense than the rule's `senses` ask for ("the crowd celebrated" is a verb, not
        the puffery adjective). `term` is the rule's term that matched, when it is known."""
        if string is not ctx.prose:
            return False
        matched = string[start:end]
        if self.names == "skip" and matched[:1].isupper() and lower_case(term) \
                and ctx.analysis.in_name(start, end):
            return True
        sense = self.senses.get(matched.lower())
        if sense is None:
            return False
        if len(sense.pos) < len(SENSES) and ctx.analysis.pos(start) not in sense.pos:
            return True
        if sense.not_before or sense.not_after:
            before, after = ctx.analysis.neighbours(start, end)
            # the words it modifies (a noun phrase, up to its head: without a tagger, any of them)
            return bool(any(t.lemma in sense.not_before or t.lower in sense.not_before for t in after)
                        or before is not None and (before.lemma in sense.not_after or before.lower in sense.not_after
                                                   # "'s" stands for any possessive: "the owner's beloved plane"
                                                   or "'s" in sense.not_after and before.lower.endswith(("'s", "’s", "s'"))))
        return False

    # -- running ---------------------------------------------------------------------------
    BLOCK_UNIT: str | None = None  # a type that runs on one unit of text whatever its scope says

    def run(self, ctx):
        """All hits of this rule in one document (raw offsets; filtering happens later)."""
        seen = set()
        for alternative in self.scope:
            if self.BLOCK_UNIT:
                alternative = dataclasses.replace(alternative, unit=self.BLOCK_UNIT)
            view, rendering = ctx, None
            if not self.ours and alternative.unit in ("text", "sentence", "paragraph"):
                view, rendering = ctx.rendered()  # a Vale rule reads the text as Vale renders it
            for block, string in self.candidates(view, alternative):
                if len(self.scope) > 1:
                    if (block.start, block.end, block.scope) in seen:
                        continue
                    seen.add((block.start, block.end, block.scope))
                for hit in self.check(view, block, string):
                    if rendering is not None:
                        hit = rendering.to_original(hit)
                    if alternative.quote is not None and \
                            ctx.in_quote(hit.start, hit.end) != alternative.quote:
                        continue
                    if alternative.quote is False and self.reported == "skip" and \
                            ctx.analysis.reported(hit.start, hit.end):
                        continue
                    if self.opinion == "skip" and ctx.analysis.opinion:
                        return  # a review or column: the writer's verdict is the point
                    if self.headlines == "skip" and \
                            ctx.analysis.block_kind(hit.start) in ("headline", "subheading"):
                        continue
                    # (a word in scare quotes is somebody's, or held at a distance: one level down;
                    # so is soft news's colour, and a correspondent's in copy labelled analysis)
                    if not hit.lower and (self.soft == "lower" and (ctx.analysis.soft
                                                                    or ctx.analysis.in_analysis(hit.start))
                                          or self.opinion == "lower" and ctx.analysis.opinion
                                          or self._lower_term(ctx, hit)
                                          or alternative.quote is False and self.category == "neutrality"
                                          and ctx.analysis.in_scare_quote(hit.start, hit.end)):
                        hit = dataclasses.replace(hit, lower=True)
                    yield hit

    def _lower_term(self, ctx, hit) -> bool:
        return bool(self.lower_terms) and ctx.prose[hit.start:hit.end].lower() in self.lower_terms

    def check(self, ctx, block, string):
        raise NotImplementedError

    # Patterns that every hit needs; their anchors tell which blocks can hold a hit at all.
    def prefilters(self) -> list:
        return []

    def candidates(self, ctx, alternative) -> list:
        """The scoped (block, string) pairs that can hold a hit: those containing one of the
        rule's words (word index) or pattern anchors. Rules without either get every block, and
        a document without any gets none, so the rule skips the block-by-block walk."""
        pairs = ctx.scoped(alternative)
        if alternative.unit not in ("text", "sentence", "paragraph"):
            return pairs  # whole-file scopes read other strings than the prose
        if self.terms is not None or self.lookup is not None:
            positions = [h[0] for h in ctx.document_term_hits(self)]
        else:
            patterns = self.prefilters()
            positions = []
            for pattern in patterns:
                offsets = anchor_offsets(pattern, ctx.prose)
                if offsets is None:
                    return pairs
                positions += offsets
            if not patterns:
                return pairs
        return ctx.blocks_at(alternative, sorted(positions))

    def format(self, hit: Hit) -> str:
        return format_message(self.message, list(hit.args))

    # -- helpers shared by the regex-based types --------------------------------------------
    def compile(self, pattern: str, key: str, ignorecase: bool = False, index: int | None = None):
        # Whole-file scopes always get the timeout-guarded engine (see compile_pattern).
        whole_file = any(alt.unit in ("raw", "summary") for alt in self.scope)
        try:
            return compile_pattern(pattern, ignorecase, fast=not whole_file)
        except PatternError as exc:
            raise RuleError(str(exc), key, index) from None

    def build_exceptions(self, exceptions: list[str]):
        """Vale's two exception regexes: terms searched inside a match, phrases around it.

        Each term is checked now, so a bad one is reported when the rule loads; the combined
        patterns are compiled on first use, since most documents never need them."""
        terms = list(exceptions) + list(self.vocab)
        self._exceptions = None
        self._phrase_spans = None
        self._excepted_words: dict[str, bool] = {}
        if terms:
            for index, term in enumerate(exceptions):
                check_pattern(term, self, "exceptions", index)
            ordered = sorted(terms, key=len, reverse=True)
            body = "|".join(t if t.startswith("(?i)") else "(?-i)" + t for t in ordered)
            phrases = [t for t in ordered if " " in t or "\t" in t or r"\s" in t]
            phrase_body = "|".join(p[4:] if p.startswith("(?i)") else p for p in phrases)
            self._exceptions = (r"(?m)\b(?:%s)\b" % body,
                                r"(?i)\b(?:%s)\b" % phrase_body if phrases else None)

    def _exception_patterns(self):
        if isinstance(self._exceptions, tuple):
            terms, phrases = self._exceptions
            self._exceptions = [self.compile(terms, "exceptions"),
                                self.compile(phrases, "exceptions") if phrases else None]
        return self._exceptions or (None, None)

    def excepted(self, string: str, start: int, end: int, block) -> bool:
        if self._exceptions is None:
            return False
        self._exception_re, self._phrase_re = self._exception_patterns()
        # The term test reads the matched words alone, so its verdict is kept per string:
        # one regex search per distinct match instead of one per hit (5% of a corpus run).
        matched = string[start:end].strip()
        inside = self._excepted_words.get(matched)
        if inside is None:
            if len(self._excepted_words) > 20000:
                self._excepted_words.clear()
            inside = self._excepted_words[matched] = bool(search(self._exception_re, matched))
        if inside:
            return True
        if self._phrase_re is not None:
            key = (id(string), block.start, block.end)
            if self._phrase_spans is None or self._phrase_spans[0] != key:
                # One scan per block, however many hits the block has.
                spans = [m.span() for m in finditer(self._phrase_re, string, block.start, block.end)]
                self._phrase_spans = (key, spans)
            return any(s <= start and end <= e for s, e in self._phrase_spans[1])
        return False

    def action_suggestions(self, matched: str) -> tuple[str, ...]:
        """Suggestions from a Vale `action` for types that do not compute their own."""
        return action_suggestions(self.action, matched)

    def use_words(self, words) -> None:
        """Take the word tables or word files this type needs from `words` (the project
        layer's WordSource: `dictionary()`, `wordlist(name)`, `word_file(name, key)`)."""
