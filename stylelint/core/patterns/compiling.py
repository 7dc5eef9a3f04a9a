"""Compiling rule patterns the way Vale does, with the `regex` module and a timeout.

Vale's patterns are .NET-flavoured; `regex` (version 0 semantics) accepts nearly all of them,
and the few rewrites below cover the rest. Every user pattern runs with a timeout so a
catastrophic pattern becomes an error for that rule, not a hung pre-commit hook.
"""
from __future__ import annotations

import bisect
import os
import re as stdre

import regex

TIMEOUT = float(os.environ.get("STYLELINT_REGEX_TIMEOUT", "2.0"))

WORD_TEMPLATE = r"(?m)\b(?:%s)\b"
NONWORD_TEMPLATE = r"(?m)(?:%s)"

_REWRITES = [
    (stdre.compile(r"\(\?'(\w+)'"), r"(?P<\1>"),
    (stdre.compile(r"\\k<(\w+)>"), r"(?P=\1)"),
    (stdre.compile(r"(?<!\\)\\Z"), r"(?=\\n?\\z)"),
]


class PatternError(ValueError):
    pass


def translate(pattern: str) -> str:
    for old, new in _REWRITES:
        pattern = old.sub(new, pattern)
    return pattern


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
    tree = None
    if not _REGEX_ONLY.search(_LEADING_FLAGS.sub("", source)):
        try:
            tree = list(_re_parser.parse(source, stdre.MULTILINE))
        except (stdre.error, RecursionError, OverflowError, ValueError):
            tree = None
    compiled = None
    # `regex` matches large case-insensitive alternations faster than `re` does (measured on
    # the news corpus), so `re` is kept for the short or case-sensitive patterns where it wins.
    simple = len(source) < 80 or not source.startswith("(?i)")
    safe = fast and tree is not None and not _can_backtrack(tree) and _anchored(tree)
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
    if tree is not None:
        lower = source.startswith("(?i)")
        sets = [tuple(sorted({f.lower() for f in group} if lower else group))
                for group in _useful_groups(_mandatory(tree))]
        if sets:
            _ANCHORS[id(compiled)] = (compiled, sets, lower)
    return compiled


class LazyPattern:
    """A `regex` pattern compiled on first use; it behaves like the compiled pattern."""

    __slots__ = ("source", "safe", "_compiled")

    def __init__(self, source: str, safe: bool = False):
        self.source = source
        self.safe = safe
        self._compiled = None

    def get(self):
        if self._compiled is None:
            self._compiled = regex.compile(self.source, regex.MULTILINE)
        return self._compiled

    def __getattr__(self, name):
        return getattr(self.get(), name)


# Literal anchors: every match of the pattern contains one string of each anchor group, so a
# text that lacks a whole group cannot match and the pattern is not run on it. A substring test is a
# C-level scan, many times cheaper than a large case-insensitive alternation.
_ANCHORS: dict[int, tuple] = {}
_LOWERED: list = [None, None]  # the last text lower-cased: (text, lowered)
_POSITIONS: dict[int, tuple] = {}  # id(pattern) -> (text, sorted offsets of each anchor group)


def _mandatory(items) -> list[set[str]]:
    """Groups of strings such that every match contains one string of each group."""
    groups, run = [], []
    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if run:
            groups.append({"".join(run)})
            run = []
        if op is SUBPATTERN:
            groups += _mandatory(list(av[3]))
        elif op is BRANCH:
            alternatives = [_mandatory(list(b)) for b in av[1]]
            if all(alternatives):
                groups.append(set().union(*(max(a, key=lambda g: min(map(len, g))) for a in alternatives)))
        elif op in _REPEATS and av[0] >= 1:
            groups += _mandatory(list(av[2]))
    if run:
        groups.append({"".join(run)})
    return [g for g in groups if min(map(len, g)) >= 3]


def _useful_groups(groups: list[set[str]]) -> list[set[str]]:
    """At most two groups are worth locating: the one of longest strings (rare, as longer words
    tend to be) and the smallest one (cheap to find); more cost more than they save."""
    if len(groups) <= 2:
        return groups
    longest = max(groups, key=lambda g: min(map(len, g)))
    smallest = min(groups, key=len)
    return [longest] if longest is smallest else [longest, smallest]


def absent(compiled, text: str, start: int, end: int) -> bool:
    """True when text[start:end] lacks every string of one of the pattern's anchor groups, so
    the pattern cannot match there. Anchors are located once per text; then it is a bisect."""
    groups = _anchor_groups(compiled, text)
    if groups is None:
        return False
    for offsets in groups:
        i = bisect.bisect_left(offsets, start)
        if i == len(offsets) or offsets[i] >= end:
            return True
    return False


def anchor_offsets(compiled, text: str) -> list[int] | None:
    """Offsets of the pattern's rarest anchor group in this text (every match holds one of
    them), or None if the pattern has no anchors."""
    groups = _anchor_groups(compiled, text)
    return None if groups is None else min(groups, key=len)


def _anchor_groups(compiled, text: str):
    entry = _ANCHORS.get(id(compiled))
    if entry is None or entry[0] is not compiled:
        return None
    cached = _POSITIONS.get(id(compiled))
    if cached is None or cached[0] is not text:
        _, groups, lower = entry
        haystack = text
        if lower:
            if _LOWERED[0] is not text:
                from .terms import lower_same_length
                _LOWERED[:] = [text, lower_same_length(text)]
            haystack = _LOWERED[1]
        located = []
        for group in groups:
            offsets = []
            for anchor in group:
                at = haystack.find(anchor)
                while at >= 0:
                    offsets.append(at)
                    at = haystack.find(anchor, at + 1)
            offsets.sort()
            located.append(offsets)
        cached = _POSITIONS[id(compiled)] = (text, located)
    return cached[1]


# Syntax that `re` rejects or reads differently from Vale's engine: POSIX classes, \p{..},
# \X, \G, scoped or version flags; these always go to `regex`.
_LEADING_FLAGS = stdre.compile(r"^(?:\(\?[imsx]+\))+")  # global flags: `re` reads them too
_REGEX_ONLY = stdre.compile(r"\[\[:|\\[pPXGLmM]|\(\?[a-zA-Z]*-|\(\?V|\(\?[a-zA-Z]+\)|\(\?r|\(\?\||\{e")
try:
    import re._parser as _re_parser
    from re._constants import (
        ANY, ASSERT, ASSERT_NOT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS, IN, MAX_REPEAT, MAXREPEAT,
        MIN_REPEAT, NEGATE, SUBPATTERN,
    )
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _re_parser
    from sre_constants import (
        ANY, ASSERT, ASSERT_NOT, BRANCH, CATEGORY, GROUPREF, GROUPREF_EXISTS, IN, MAX_REPEAT, MAXREPEAT,
        MIN_REPEAT, NEGATE, SUBPATTERN,
    )
_REPEATS = (MAX_REPEAT, MIN_REPEAT)


def _broad(items) -> bool:
    """An item that matches many different characters (., \\w, \\s, [^x], ...)."""
    if len(items) != 1:
        return True
    op, av = items[0]
    if op is ANY or op is CATEGORY or op is _NOT_LITERAL:
        return True
    if op is IN:
        return any(o is NEGATE or o is CATEGORY or (o is _RANGE and a[1] - a[0] > 2) for o, a in av) \
            or len(av) > 3
    return False


def _can_backtrack(items, in_repeat: bool = False) -> bool:
    """Conservatively: could this pattern take super-linear time on some input?"""
    open_ended = []  # open-ended repeats met so far in this sequence, not yet fenced off
    for op, av in items:
        if op in _REPEATS:
            low, high, sub = av
            sub = list(sub)
            if high > 1 and (in_repeat or _can_backtrack(sub, True)):
                return True
            if high == MAXREPEAT and _broad(sub):
                if any(_overlap(r, sub) for r in open_ended):  # e.g. \w+\w+ or .*x.*: polynomial
                    return True
                if low > 0:  # its first character is one none of the open repeats can take
                    open_ended = []
                open_ended.append(sub)
            elif low > 0:
                open_ended = [r for r in open_ended if not _fenced(r, sub)]
        elif op is BRANCH:
            if in_repeat or any(_can_backtrack(list(b), in_repeat) for b in av[1]):
                return True
        elif op is SUBPATTERN:
            if _can_backtrack(list(av[3]), in_repeat):
                return True
        elif op in (ASSERT, ASSERT_NOT):
            if _can_backtrack(list(av[1]), in_repeat):
                return True
        elif op in (GROUPREF, GROUPREF_EXISTS):
            return True
        elif op is not _AT:
            # A mandatory character fences off the repeats before it -- unless they can
            # consume that character too (".*x.*y" stays cubic).
            open_ended = [r for r in open_ended if not _fenced(r, [(op, av)])]
    return False


def _has_open_broad(items) -> bool:
    for op, av in items:
        if op in _REPEATS:
            if av[1] == MAXREPEAT and _broad(list(av[2])):
                return True
            if _has_open_broad(list(av[2])):
                return True
        elif op is SUBPATTERN and _has_open_broad(list(av[3])):
            return True
        elif op is BRANCH and any(_has_open_broad(list(b)) for b in av[1]):
            return True
        elif op in (ASSERT, ASSERT_NOT) and _has_open_broad(list(av[1])):
            return True
    return False


def _starts_fenced(items) -> bool:
    """Does every match begin with a literal, a narrow class or a boundary? Then a search
    tries the pattern only at few places, instead of scanning on from every character."""
    for op, av in items:
        if op is _LITERAL or op is _AT:
            return True
        if op is IN:
            return not _broad([(op, av)])
        if op is SUBPATTERN:
            return _starts_fenced(list(av[3]))
        if op is BRANCH:
            return all(_starts_fenced(list(b)) for b in av[1])
        if op in _REPEATS:
            if av[0] == 0 or (av[1] == MAXREPEAT and _broad(list(av[2]))):
                return False
            return _starts_fenced(list(av[2]))
        return False
    return True


def _anchored(tree) -> bool:
    """A pattern with an open-ended wide repeat (\\w+, [^.]*) is quadratic under search unless
    its start is fenced (\\b, a literal): "[a-z]+\\d" on a long run of letters retries from
    every letter. Such patterns stay with `regex`, which has a timeout."""
    return _starts_fenced(tree) or not _has_open_broad(tree)


def _fenced(repeat, items) -> bool:
    """True when `items` is one literal character that the repeated item cannot match."""
    if len(items) != 1 or items[0][0] is not _LITERAL or len(repeat) != 1:
        return False
    char = chr(items[0][1])
    op, av = repeat[0]
    if op is CATEGORY:
        return not _in_category(str(av), char)
    if op is IN and not any(o is NEGATE for o, _ in av):
        return not any(_in_category(str(a), char) if o is CATEGORY else
                       (o is _LITERAL and chr(a) == char) or
                       (o is _RANGE and a[0] <= ord(char) <= a[1]) for o, a in av)
    return False


def _spaces_only(items) -> bool:
    op, av = items[0]
    if op is CATEGORY:
        return "SPACE" in str(av).upper() and "NOT" not in str(av).upper()
    return op is IN and all(o is CATEGORY and "SPACE" in str(a).upper() and "NOT" not in str(a).upper()
                            or (o is _LITERAL and chr(a).isspace()) for o, a in av)


def _no_spaces(items) -> bool:
    op, av = items[0]
    if op is CATEGORY:
        name = str(av).upper()
        return ("WORD" in name or "DIGIT" in name) and "NOT" not in name
    return op is IN and all((o is CATEGORY and ("WORD" in str(a).upper() or "DIGIT" in str(a).upper())
                             and "NOT" not in str(a).upper())
                            or (o is _LITERAL and not chr(a).isspace())
                            or (o is _RANGE and not any(chr(c).isspace() for c in range(a[0], min(a[1], 0x3000) + 1)))
                            for o, a in av)


def _overlap(a, b) -> bool:
    """Could two repeated items match the same character? Only "spaces vs. no spaces" is
    recognised as disjoint (\\w+\\s+\\w+); anything else is assumed to overlap."""
    if len(a) != 1 or len(b) != 1:
        return True
    return not ((_spaces_only(a) and _no_spaces(b)) or (_spaces_only(b) and _no_spaces(a)))


def _in_category(name: str, char: str) -> bool:
    name = name.upper()
    if "SPACE" in name:
        hit = char.isspace()
    elif "WORD" in name:
        hit = char.isalnum() or char == "_"
    elif "DIGIT" in name:
        hit = char.isdigit()
    else:
        return True
    return hit != ("NOT" in name)


try:
    from re._constants import AT as _AT, LITERAL as _LITERAL, NOT_LITERAL as _NOT_LITERAL, RANGE as _RANGE
except ImportError:  # pragma: no cover
    from sre_constants import AT as _AT, LITERAL as _LITERAL, NOT_LITERAL as _NOT_LITERAL, RANGE as _RANGE


def _call(compiled, method, *args):
    safe = False
    if isinstance(compiled, LazyPattern):
        safe, compiled = compiled.safe, compiled.get()
    if safe or isinstance(compiled, stdre.Pattern):
        return getattr(compiled, method)(*args)
    return getattr(compiled, method)(*args, timeout=TIMEOUT)


def finditer(compiled, text: str, start: int = 0, end: int | None = None):
    """All matches; a `regex` pattern raises TimeoutError when it takes too long."""
    end = len(text) if end is None else end
    if absent(compiled, text, start, end):
        return iter(())
    return _call(compiled, "finditer", text, start, end)


def search(compiled, text: str, start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    if absent(compiled, text, start, end):
        return None
    return _call(compiled, "search", text, start, end)


def findall(compiled, text: str, start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    if absent(compiled, text, start, end):
        return []
    return _call(compiled, "findall", text, start, end)


_PLAIN = stdre.compile(r"[\w \-'’]*")


def is_plain(text: str) -> bool:
    """Letters, digits, spaces, hyphens and apostrophes only: a phrase, not a pattern."""
    return bool(_PLAIN.fullmatch(text))


_GROUP_OPEN = stdre.compile(r"(?<!\\)\((?!\?)")


def uncapture(pattern: str) -> str:
    """Turn capturing groups into non-capturing ones (substitution needs its own numbering)."""
    return _GROUP_OPEN.sub("(?:", pattern)


def has_capture_group(pattern: str) -> bool:
    return bool(_GROUP_OPEN.search(pattern))


# Go fmt-style verbs as used in Vale messages: %s, %d, %v, %q, %.2f, %[2]s and %%.
_VERB = stdre.compile(r"%(?:\[(\d+)\])?[-+# 0]*\d*(?:\.(\d+))?([sdvfgq%])")


def format_message(template: str, args: list) -> str:
    """Fill a Vale message: missing arguments print as empty text, surplus ones are dropped."""
    position = 0

    def fill(m):
        nonlocal position
        index, precision, verb = m.groups()
        if verb == "%":
            return "%"
        if index:
            i = int(index) - 1
        else:
            i = position
            position += 1
        value = args[i] if 0 <= i < len(args) else ""
        if verb == "f" and isinstance(value, (int, float)):
            return f"{value:.{int(precision) if precision else 6}f}"
        if verb == "d" and isinstance(value, float):
            return str(int(value))
        if verb == "q":
            return f'"{value}"'
        return str(value)

    return " ".join(_VERB.sub(fill, template).split("\n")).strip()


def to_sentence(options: list[str], conjunction: str = "or") -> str:
    quoted = [f"'{o}'" for o in options]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + f" {conjunction} " + quoted[-1]
