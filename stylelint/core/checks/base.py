"""Rule types. Each module implements one type (`extends:` value) as a subclass of `Rule`.

A rule is built once from its YAML mapping (validated against the type's KEYS) and then run on
many documents; everything that can be compiled is compiled in the constructor.
"""
from __future__ import annotations

import dataclasses
import importlib
import re
from dataclasses import dataclass

from ..patterns import (
    PatternError, anchor_offsets, compile_pattern, finditer, format_message,
    search,
)
from ..scope import ScopeError, parse_scope

LEVELS = {"suggestion": 0, "warning": 1, "error": 2}
CATEGORIES = ("neutrality", "sourcing", "naming", "typo", "style", "readability")

# Value kinds for validation: the checker function and how to describe it to a user.
def check_pattern(pattern: str, rule, key: str, index=None) -> None:
    """Validate a pattern cheaply: the standard `re` parser accepts most rule patterns much
    faster than compiling them with `regex`; only what `re` rejects is compiled to be sure."""
    try:
        re.compile(pattern)
        return
    except (re.error, RecursionError, OverflowError):
        pass
    rule.compile(pattern, key, index=index)


def _is_strlist(v):
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


KIND_CHECKS = {
    "str": (lambda v: isinstance(v, str), "a string"),
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "int": (lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number"),
    "number": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number"),
    "strlist": (_is_strlist, "a list of strings"),
    "str|strlist": (lambda v: isinstance(v, str) or _is_strlist(v), "a string or a list of strings"),
    "strmap": (lambda v: isinstance(v, dict) and all(isinstance(k, str) and isinstance(x, (str, type(None)))
                                                     for k, x in v.items()), "a mapping of strings to strings"),
    "map": (lambda v: isinstance(v, dict), "a mapping"),
    "list": (lambda v: isinstance(v, list), "a list"),
}

COMMON_KEYS = {
    "extends": "str", "message": "str", "level": "str", "scope": "str|strlist", "link": "str",
    "limit": "int", "description": "str", "action": "map",
    # stylelint's own keys (Vale ignores rules that carry them, see the README)
    "category": "str", "rationale": "str", "examples": "map",
}

TYPES = {
    "existence": "existence", "substitution": "substitution", "occurrence": "occurrence",
    "repetition": "repetition", "consistency": "consistency", "conditional": "conditional",
    "capitalization": "capitalization", "metric": "metric", "readability": "metric",
    "spelling": "spelling", "naming": "naming", "attribution": "attribution",
}
UNSUPPORTED = {
    "sequence": "needs Vale's part-of-speech tagger, which stylelint does not ship",
    "script": "runs Tengo code, which stylelint never executes",
}


class RuleError(ValueError):
    """A problem in one rule definition; `key` lets the loader point at the right line."""

    def __init__(self, message: str, key: str | None = None, index: int | None = None):
        super().__init__(message)
        self.key = key
        self.index = index


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    args: tuple
    suggestions: tuple[str, ...] = ()
    fixable: bool = False


class Rule:
    KEYS: dict[str, str] = {}
    DEFAULT_SCOPE = "text"

    def __init__(self, rule_id: str, data: dict, vocab: tuple[str, ...] = ()):
        self.id = rule_id
        self.data = data
        self.extends = data["extends"]
        self.message = data.get("message", "")
        self.level = data.get("level", "warning")
        if self.level not in LEVELS:
            raise RuleError(f"level must be suggestion, warning or error, not {self.level!r}", "level")
        self.category = data.get("category", "style")
        if self.category not in CATEGORIES:
            raise RuleError(f"category must be one of {', '.join(CATEGORIES)}, not {self.category!r}",
                            "category")
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
        self._validate_action()

    # -- running ---------------------------------------------------------------------------
    BLOCK_KIND: str | None = None  # a type that needs one kind of block whatever its scope says

    def run(self, ctx):
        """All hits of this rule in one document (raw offsets; filtering happens later)."""
        seen = set()
        for alternative in self.scope:
            if self.BLOCK_KIND:
                alternative = dataclasses.replace(alternative, kind=self.BLOCK_KIND)
            for block, string in self.candidates(ctx, alternative):
                if len(self.scope) > 1:
                    if (block.start, block.end, block.scope) in seen:
                        continue
                    seen.add((block.start, block.end, block.scope))
                for hit in self.check(ctx, block, string):
                    if alternative.quote is not None and \
                            ctx.in_quote(hit.start, hit.end) != alternative.quote:
                        continue
                    yield hit

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
        if alternative.kind not in ("text", "sentence", "paragraph"):
            return pairs  # whole-file scopes read other strings than the prose
        if getattr(self, "terms", None) is not None or getattr(self, "lookup", None) is not None:
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
        whole_file = any(alt.kind in ("raw", "summary") for alt in getattr(self, "scope", ()))
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
        if search(self._exception_re, string[start:end].strip()):
            return True
        if self._phrase_re is not None:
            key = (id(string), block.start, block.end)
            if self._phrase_spans is None or self._phrase_spans[0] != key:
                # One scan per block, however many hits the block has.
                spans = [m.span() for m in finditer(self._phrase_re, string, block.start, block.end)]
                self._phrase_spans = (key, spans)
            return any(s <= start and end <= e for s, e in self._phrase_spans[1])
        return False

    def _validate_action(self):
        if not self.action:
            return
        name = self.action.get("name")
        params = self.action.get("params") or []
        if name not in ("replace", "remove", "suggest", "edit", "convert"):
            raise RuleError(f"action name must be replace, remove, suggest, edit or convert, not {name!r}",
                            "action")
        if not isinstance(params, list):
            raise RuleError("action params must be a list", "action")

    def action_suggestions(self, matched: str) -> tuple[str, ...]:
        """Suggestions from a Vale `action` for types that do not compute their own."""
        name = self.action.get("name")
        params = [str(p) for p in self.action.get("params") or []]
        if name == "replace":
            return tuple(params)
        if name == "remove":
            return ("",)
        if name == "edit" and params:
            op, rest = params[0], params[1:]
            if op == "truncate" and rest:
                return (matched.split(rest[0])[0].strip(),)
            if op in ("trim", "trim_left", "trim_right") and rest:
                strip = {"trim": str.strip, "trim_left": str.lstrip, "trim_right": str.rstrip}[op]
                return (strip(matched, rest[0]).strip(),)
            if op == "split" and len(rest) == 2:
                parts = matched.split(rest[0])
                index = int(rest[1]) if str(rest[1]).isdigit() else 0
                return (parts[index].strip(),) if index < len(parts) else ()
            if op == "regex" and len(rest) == 2:
                try:
                    return (compile_pattern(rest[0]).sub(rest[1].replace("$", "\\"), matched).strip(),)
                except (PatternError, Exception):
                    return ()
        return ()


_SENTENCE_END = ".!?:\"“”'‘’()[]\x1a*-–—"


def is_name(string: str, start: int, end: int, block_start: int) -> bool:
    """A capitalised word that does not open a sentence, or an acronym: taken to be a name.

    News copy is full of names no word list knows (Winn, Corus, ONS); rules with our
    `skip_names` key leave them alone but still check a capitalised first word.
    """
    word = string[start:end]
    if len(word) > 1 and word.isupper():
        return True
    if not word[:1].isupper():
        return False
    i = start - 1
    while i >= block_start and string[i].isspace():
        i -= 1
    return i >= block_start and string[i] not in _SENTENCE_END


def rule_class(extends: str):
    if extends in UNSUPPORTED:
        raise RuleError(f"rule type '{extends}' is not supported: {UNSUPPORTED[extends]}", "extends")
    if extends not in TYPES:
        known = ", ".join(sorted(TYPES))
        raise RuleError(f"unknown rule type '{extends}' (extends must be one of: {known})", "extends")
    module = importlib.import_module(f".{TYPES[extends]}", __name__)
    return module.RULE

