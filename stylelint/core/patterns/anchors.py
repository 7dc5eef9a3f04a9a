"""Literal anchors: every match of a pattern contains one string of each anchor group, so a
text that lacks a whole group cannot match and the pattern is not run on it. A substring test
is a C-level scan, many times cheaper than a large case-insensitive alternation.

The anchors of a pattern and their offsets in the last text seen are memoised by the pattern's
id (an in-memory memo of pure functions of the pattern and the text; nothing is written out).
"""
from __future__ import annotations

import bisect

from ..terms import lower_same_length
from .backtracking import BRANCH, LITERAL, REPEATS, SUBPATTERN

_ANCHORS: dict[int, tuple] = {}  # id(pattern) -> (pattern, anchor groups, lower-cased?)
_LOWERED: list = [None, None]  # the last text lower-cased: (text, lowered)
_POSITIONS: dict[int, tuple] = {}  # id(pattern) -> (text, sorted offsets of each anchor group)


def _mandatory(items) -> list[set[str]]:
    """Groups of strings such that every match contains one string of each group."""
    groups, run = [], []
    for op, av in items:
        if op is LITERAL:
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
        elif op in REPEATS and av[0] >= 1:
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


def register(compiled, tree: list, lower: bool) -> None:
    """Remember the anchor groups of a compiled pattern, from its `re` parse tree."""
    sets = [tuple(sorted({f.lower() for f in group} if lower else group))
            for group in _useful_groups(_mandatory(tree))]
    if sets:
        _ANCHORS[id(compiled)] = (compiled, sets, lower)


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
