"""Literal anchors: every match of a pattern contains one string of each anchor group, so a
text that lacks a whole group cannot match and the pattern is not run on it. A substring test
is a C-level scan, many times cheaper than a large case-insensitive alternation.

The anchors of all patterns sit in one Aho-Corasick automaton (pyahocorasick), matched in the
lower-cased text, so a text is scanned once for every anchor of every rule instead of once per
anchor (measured on the news corpus: 0.35 s of CPU against 2.35 s for a `str.find` loop over
the same ~460 anchors; 0.15 s for one scan against two, one per case, before).
The automata, the anchors of a pattern and their offsets in the last text seen are memoised
in memory (pure functions of the patterns and the text; nothing is written out).
"""
from __future__ import annotations

import bisect
from re._constants import (AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_END,
                           AT_END_LINE, AT_END_STRING, CATEGORY_NOT_WORD, CATEGORY_SPACE)

import ahocorasick

from ..terms import lower_same_length
from .backtracking import AT, BRANCH, CATEGORY, IN, LITERAL, REPEATS, SUBPATTERN

_ANCHORS: dict[int, tuple] = {}  # id(pattern) -> (pattern, anchor groups, lower-cased?, whole words, groups as sets)
_POSITIONS: dict[int, tuple] = {}  # id(pattern) -> (text, sorted offsets of each anchor group)
_STRINGS: dict[bool, set] = {True: set(), False: set()}  # every anchor, by lower-cased?
_AUTOMATA: dict[bool, object] = {}  # lower-cased? -> automaton of _STRINGS[lower], when current
_SCANNED: dict[int, tuple] = {}  # id(text) -> (text, {(lower?, anchor): [offsets]}), last few texts


def _mandatory(items, before: bool = False, after: bool = False) -> list[dict[str, bool]]:
    """Groups of strings such that every match contains one string of each group; each string
    maps to whether every match holds it as a whole word (fenced on both sides, see `_fence`).
    `before`, `after`: the items are fenced on that side by what surrounds them."""
    items = list(items)
    fenced = [before] + [_fence(item) for item in items] + [after]  # fenced[k + 1]: items[k] fences
    groups, run, first = [], [], 0
    for k, (op, av) in enumerate(items):
        if op is LITERAL:
            first = k if not run else first
            run.append(chr(av))
            continue
        if run:
            groups.append(_run("".join(run), fenced[first], fenced[k + 1]))
            run = []
        if op is SUBPATTERN:
            groups += _mandatory(av[3], fenced[k], fenced[k + 2])
        elif op is BRANCH:
            alternatives = [_mandatory(b, fenced[k], fenced[k + 2]) for b in av[1]]
            if all(alternatives):
                groups.append(_union(max(a, key=lambda g: min(map(len, g))) for a in alternatives))
        elif op in REPEATS and av[0] >= 1:
            groups += _mandatory(av[2])
        elif op is IN and all(o is LITERAL and _rare(chr(v)) for o, v in av):
            groups.append(dict.fromkeys((chr(v) for _, v in av), False))  # [\u200b\u00ad]: rare characters
    if run:
        groups.append(_run("".join(run), fenced[first], after))
    return [g for g in groups if min(map(len, g)) >= 3 or all(_rare(s) for s in g)]


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_EDGES = {AT_BOUNDARY, AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_END, AT_END_LINE,
          AT_END_STRING}
_NOT_WORD = {CATEGORY_SPACE, CATEGORY_NOT_WORD}


def _fence(item) -> bool:
    r"""Does this item, next to a word, keep a word character from that side of it? `\b`, the
    start or end of a line or text, or one or more characters of \s or \W."""
    op, av = item
    if op is AT:
        return av in _EDGES
    if op in REPEATS:
        return av[0] >= 1 and len(av[2]) == 1 and _fence(av[2][0])
    return op is IN and all(o is CATEGORY and v in _NOT_WORD for o, v in av)


def _run(string: str, left: bool, right: bool) -> dict[str, bool]:
    return {string: left and right and string[0] in _ASCII_WORD and string[-1] in _ASCII_WORD}


def _union(groups) -> dict[str, bool]:
    """One group from several: a string is a whole word only if it is one wherever it occurs."""
    union: dict[str, bool] = {}
    for group in groups:
        for string, whole in group.items():
            union[string] = union.get(string, True) and whole
    return union


def _rare(string: str) -> bool:
    """Characters beyond ASCII are rare in English copy, however short the string; caseless
    ones (format characters, symbols) also match the same way with or without ignorecase."""
    return string != "" and all(ord(c) > 127 and c.lower() == c == c.upper() for c in string)


def _useful_groups(groups: list[dict]) -> list[dict]:
    """At most two groups are worth locating: the one of longest strings (rare, as longer words
    tend to be) and the smallest one (cheap to find); more cost more than they save."""
    if len(groups) <= 2:
        return groups
    longest = max(groups, key=lambda g: min(map(len, g)))
    smallest = min(groups, key=len)
    return [longest] if longest is smallest else [longest, smallest]


def anchor_groups(tree: list, lower: bool) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    """The anchor groups worth locating for a pattern, from its `re` parse tree, and the
    anchors that every match holds as whole words (a text where each occurrence sits inside a
    longer word, as "ran" in "grant", cannot match)."""
    fold = str.lower if lower else str
    groups = _useful_groups(_mandatory(tree))
    whole = _union({fold(string): flag for string, flag in group.items()} for group in groups)
    return ([tuple(sorted({fold(string) for string in group})) for group in groups],
            tuple(sorted(string for string, flag in whole.items() if flag)))


def register_groups(compiled, sets: list, lower: bool, words=()) -> None:
    """Remember the anchor groups of a compiled pattern, and which anchors are whole words."""
    if sets:
        _ANCHORS[id(compiled)] = (compiled, sets, lower, frozenset(words), [frozenset(g) for g in sets])
        new = {a for group in sets for a in group} - _STRINGS[lower]
        if new:
            _STRINGS[lower] |= new
            _AUTOMATA.clear()  # the lower-cased text's automaton holds both kinds
            _SCANNED.clear()


def _automaton(lower: bool):
    """The automaton of the lower-cased text (`lower`: every anchor but those `_exact_only`
    keeps for the text as written), or of the text as written (the rest)."""
    automaton = _AUTOMATA.get(lower)
    if automaton is None:
        keys: dict[str, list] = {}
        for case in (True, False):
            for anchor in _STRINGS[case]:
                if not lower:
                    if not case and _exact_only(anchor):
                        keys.setdefault(anchor, []).append((case, anchor))
                elif case or not _exact_only(anchor):
                    keys.setdefault(anchor if case else anchor.lower(), []).append((case, anchor))
        automaton = ahocorasick.Automaton()
        for key, anchors in keys.items():
            automaton.add_word(key, (len(key), anchors))
        automaton.make_automaton()
        _AUTOMATA[lower] = automaton
    return automaton


def _exact_only(anchor: str) -> bool:
    """Must this case-sensitive anchor be looked for in the text as written? Not when it
    occurs in the lower-cased text wherever it occurs in the text: when each of its characters
    lowers to one character, none of them the Greek capital sigma (lowered by what follows)."""
    return "\u03a3" in anchor or any(len(c.lower()) != 1 for c in anchor)


def _occurrences(text: str) -> dict:
    """lower-cased? -> {anchor: ascending offsets of every occurrence (overlapping ones too,
    as repeated `str.find` would give)} of every registered anchor, from one scan of the
    lower-cased text: a case-sensitive anchor found there is kept where the text as written
    holds it (the few that may not be found there have a scan of their own)."""
    cached = _SCANNED.get(id(text))
    if cached is None or cached[0] is not text:
        if len(_SCANNED) >= 4:  # a document's prose, raw text and summary; then the next one
            _SCANNED.clear()
        found: dict = {True: {}, False: {}}
        for lower in (True, False):
            automaton = _automaton(lower)
            if not len(automaton):
                continue
            for end, (size, anchors) in automaton.iter(lower_same_length(text) if lower else text):
                start = end - size + 1
                for case, anchor in anchors:
                    if case or text.startswith(anchor, start):
                        found[case].setdefault(anchor, []).append(start)
        cached = _SCANNED[id(text)] = (text, found)
    return cached[1]


def absent(compiled, text: str, start: int, end: int) -> bool:
    """True when text[start:end] lacks every string of one of the pattern's anchor groups, so
    the pattern cannot match there. Anchors are located once per text; then it is a bisect.
    An occurrence inside a longer word does not count for an anchor held as a whole word,
    unless it touches the window's edge (where `\\b` may see the edge, not the next letter)."""
    groups = _anchor_groups(compiled, text)
    if groups is None:
        return False
    for _, offsets, inside_starts, inside_ends in groups:
        i = bisect.bisect_left(offsets, start)
        if (i == len(offsets) or offsets[i] >= end) and start not in inside_starts \
                and end not in inside_ends:
            return True
    return False


def anchor_offsets(compiled, text: str) -> list[int] | None:
    """Offsets of the pattern's rarest anchor group in this text (every match holds one of
    them), or None if the pattern has no anchors."""
    groups = _anchor_groups(compiled, text)
    return None if groups is None else min((group[0] for group in groups), key=len)


def _anchor_groups(compiled, text: str):
    """For each anchor group: the offsets of all its occurrences, of those that can be part of
    a match (for whole-word anchors, those not inside a longer word), and the starts and ends
    of the others."""
    entry = _ANCHORS.get(id(compiled))
    if entry is None or entry[0] is not compiled:
        return None
    cached = _POSITIONS.get(id(compiled))
    if cached is None or cached[0] is not text:
        _, _, lower, words, groups = entry
        found = _occurrences(text)[lower]
        located = []
        for group in groups:
            every, kept, inside_starts, inside_ends = [], [], set(), set()
            # Only the group's anchors that the text holds (a C-level intersection that walks
            # the smaller side: a group may list hundreds); the offsets are sorted below.
            for anchor in group.intersection(found):
                offsets = found[anchor]
                every += offsets
                if anchor not in words:
                    kept += offsets
                    continue
                for offset in offsets:
                    after = offset + len(anchor)
                    if (offset and text[offset - 1] in _ASCII_WORD) or text[after:after + 1] in _ASCII_WORD:
                        inside_starts.add(offset)
                        inside_ends.add(after)
                    else:
                        kept.append(offset)
            every.sort()
            kept.sort()
            located.append((every, kept, inside_starts, inside_ends))
        cached = _POSITIONS[id(compiled)] = (text, located)
    return cached[1]
