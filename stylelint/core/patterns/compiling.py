"""Compiling rule patterns the way Vale does, with the `regex` module and a timeout.

Vale's patterns are .NET-flavoured; `regex` (version 0 semantics) accepts nearly all of them,
and the few rewrites below cover the rest. Every user pattern runs with a timeout so a
catastrophic pattern becomes an error for that rule, not a hung pre-commit hook -- unless the
analysis in `backtracking` shows it cannot backtrack badly. Matching (`finditer`, `search`,
`findall`) skips texts that lack a pattern's literal anchors (`anchors`).
"""
from __future__ import annotations

import re as stdre
from contextvars import ContextVar

import regex

from ..lazyre import LazyRe
from . import anchors
from .backtracking import anchor_tree, anchored, can_backtrack, parse_tree

DEFAULT_TIMEOUT = 2.0  # seconds a `regex` pattern may run on one text
# The timeout of the patterns being run: `lint_text` sets it from the RuleSet for one call.
regex_timeout: ContextVar[float] = ContextVar("regex_timeout", default=DEFAULT_TIMEOUT)

WORD_TEMPLATE = r"(?m)\b(?:%s)\b"
NONWORD_TEMPLATE = r"(?m)(?:%s)"

_REWRITES = [
    (stdre.compile(r"\(\?'(\w+)'"), r"(?P<\1>"),
    (stdre.compile(r"\\k<(\w+)>"), r"(?P=\1)"),
    (stdre.compile(r"(?<!\\)\\Z"), r"(?=\\n?\\z)"),
]


# Vale's engine (Go's RE2) refuses repeat counts over 1000; larger ones can make `regex`
# allocate gigabytes (a{1000000000} grew to 21 GB).
MAX_REPEAT_COUNT = 1000
_REPEAT_COUNT = stdre.compile(r"(?<!\\)\{(\d+)(?:,(\d*))?\}")


class PatternError(ValueError):
    pass


def translate(pattern: str) -> str:
    for old, new in _REWRITES:
        pattern = old.sub(new, pattern)
    return pattern


class _Analyses(dict):
    def put(self, key, value):
        self[key] = value


# (source, fast) -> (engine, safe, anchor groups, whole-word anchors) of every pattern compiled
# so far: a pure function of the pattern, which the project layer keeps on disk (use_pattern_analyses).
_ANALYSES = _Analyses()


def use_pattern_analyses(memo) -> None:
    """Read and record pattern analyses in `memo` (`get(key)`, `put(key, value)`), which holds
    only what `compile_pattern` computed for patterns that compiled: a pattern found there is
    neither parsed nor compiled until a document reaches it (a cold start parsed 250)."""
    global _ANALYSES
    _ANALYSES = memo


def compile_pattern(pattern: str, ignorecase: bool = False, fast: bool = True):
    """Compile a rule pattern.

    Short or case-sensitive patterns that cannot backtrack badly (see `_can_backtrack`) and
    that the standard `re` module reads the same way are compiled with `re`: it compiles
    several times faster and matches without the cost of a timeout. Everything else -- nested or adjacent open-ended
    repeats, repeated alternatives, back-references, `regex`-only syntax -- is compiled with
    `regex` and always runs under a timeout. `fast=False` forces `regex` (whole-file scopes,
    where even a quadratic pattern would take too long on a large file).
    """
    source = ("(?i)" if ignorecase else "") + translate(pattern)
    for m in _REPEAT_COUNT.finditer(source):
        if max(int(n) for n in m.groups() if n) > MAX_REPEAT_COUNT:
            raise PatternError(f"the repeat count {m.group(0)} in {pattern!r} is over "
                               f"{MAX_REPEAT_COUNT} (Vale's limit too)")
    lower = source.startswith("(?i)")
    known = _ANALYSES.get((source, fast))
    if _well_formed(known):  # parsed and compiled before: compile on first use
        engine, safe, groups, words = known
        compiled = LazyPattern(source, safe, engine == "re")
        anchors.register_groups(compiled, groups, lower, words)
        return compiled
    tree = parse_tree(source)
    compiled = None
    # `regex` matches large case-insensitive alternations faster than `re` does (measured on
    # the news corpus), so `re` is kept for the short or case-sensitive patterns where it wins.
    simple = len(source) < 80 or not source.startswith("(?i)")
    safe = fast and tree is not None and not can_backtrack(tree) and anchored(tree)
    if safe and simple:
        compiled = stdre.compile(source, stdre.MULTILINE)
    if compiled is None and tree is not None:
        # `re` could read it, so `regex` can too: compile it when first used. Compiling with
        # `regex` is slow, and most documents never reach most patterns (see `absent`). A
        # pattern that cannot backtrack badly runs without the (costly) timeout checks.
        compiled = LazyPattern(source, safe)
    elif compiled is None:
        try:
            compiled = regex.compile(source, regex.MULTILINE)
        except (regex.error, ValueError, OverflowError) as exc:
            raise PatternError(f"invalid regular expression {pattern!r}: {exc}") from None
        tree = anchor_tree(source)  # `regex`-only syntax: anchors only where `re` reads them too
        if tree is None:  # recorded all the same: the next start compiles it on first use
            _ANALYSES.put((source, fast), ("regex", safe, [], ()))
            return compiled
    groups, words = anchors.anchor_groups(tree, lower)
    anchors.register_groups(compiled, groups, lower, words)
    _ANALYSES.put((source, fast), ("re" if isinstance(compiled, stdre.Pattern) else "regex", safe, groups,
                                   words))
    return compiled


def _well_formed(known) -> bool:
    """An analysis as `compile_pattern` records it (a memo kept by an older version of this
    code may hold something else: then the pattern is analysed again)."""
    return isinstance(known, tuple) and len(known) == 4 and known[0] in ("re", "regex") \
        and isinstance(known[1], bool) and isinstance(known[2], list) \
        and all(isinstance(g, tuple) and all(isinstance(a, str) for a in g) for g in known[2]) \
        and isinstance(known[3], tuple) and all(isinstance(a, str) for a in known[3])


def pattern_checked(pattern: str) -> bool:
    """Has `re` (or, where `re` cannot, `regex`) compiled this pattern before (see
    `use_pattern_analyses`)?"""
    return _ANALYSES.get(("re-valid", pattern)) is True


def record_checked(pattern: str) -> None:
    _ANALYSES.put(("re-valid", pattern), True)


class LazyPattern:
    """A pattern compiled on first use (with `regex`, or `re` when `standard`); it behaves
    like the compiled pattern."""

    __slots__ = ("source", "safe", "standard", "_compiled")

    def __init__(self, source: str, safe: bool = False, standard: bool = False):
        self.source = source
        self.safe = safe
        self.standard = standard
        self._compiled = None

    def get(self):
        if self._compiled is None:
            if self.standard:
                self._compiled = stdre.compile(self.source, stdre.MULTILINE)
            else:
                self._compiled = regex.compile(self.source, regex.MULTILINE)
        return self._compiled

    def __getattr__(self, name):
        return getattr(self.get(), name)


def _call(compiled, method, *args):
    safe = False
    if isinstance(compiled, LazyPattern):
        safe, compiled = compiled.safe, compiled.get()
    if safe or isinstance(compiled, stdre.Pattern):
        return getattr(compiled, method)(*args)
    return getattr(compiled, method)(*args, timeout=regex_timeout.get())


def finditer(compiled, text: str, start: int = 0, end: int | None = None):
    """All matches; a `regex` pattern raises TimeoutError when it takes too long."""
    end = len(text) if end is None else end
    if anchors.absent(compiled, text, start, end):
        return iter(())
    return _call(compiled, "finditer", text, start, end)


def search(compiled, text: str, start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    if anchors.absent(compiled, text, start, end):
        return None
    return _call(compiled, "search", text, start, end)


def findall(compiled, text: str, start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    if anchors.absent(compiled, text, start, end):
        return []
    return _call(compiled, "findall", text, start, end)


_PLAIN = LazyRe(r"[\w \-'’]*")


def is_plain(text: str) -> bool:
    """Letters, digits, spaces, hyphens and apostrophes only: a phrase, not a pattern."""
    return bool(_PLAIN.fullmatch(text))


_GROUP_OPEN = stdre.compile(r"(?<!\\)\((?!\?)")


def uncapture(pattern: str) -> str:
    """Turn capturing groups into non-capturing ones (substitution needs its own numbering)."""
    return _GROUP_OPEN.sub("(?:", pattern)


def has_capture_group(pattern: str) -> bool:
    return bool(_GROUP_OPEN.search(pattern))
