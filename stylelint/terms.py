"""One word/phrase index for the term lists of every rule, matched in a single token pass.

A 1,000-term regex alternation scans prose at a few MB/s, and a 65,000-term one does not finish
in reasonable time; a dictionary keyed by a term's first word costs one lookup per word whatever
the list size. Rule patterns that are really lists of words (`terrorists?`, `(?:some|many) say`)
are expanded into their literal forms here; anything else stays a regex in its rule.
"""
from __future__ import annotations

import bisect
import re

try:  # the parser behind `re`, used to expand simple patterns into their literal strings
    import re._parser as sre_parse  # Python 3.11+
    from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, SUBPATTERN
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse
    from sre_constants import BRANCH, IN, LITERAL, MAX_REPEAT, SUBPATTERN

TOKEN = re.compile(r"\w+")
_TERM = re.compile(r"\w+(?:(?: |-|'|’)\w+)*")
MAX_EXPANSIONS = 64


def expand(pattern: str) -> list[str] | None:
    """The finite set of strings a simple pattern matches, or None if it is not that simple."""
    if any(c in pattern for c in "\\^$.*+{") and not _only_escaped_literals(pattern):
        return None
    try:
        tree = sre_parse.parse(pattern)
    except Exception:
        return None
    out = _expand(list(tree))
    if out is None or not out or len(out) > MAX_EXPANSIONS:
        return None
    return out if all(_TERM.fullmatch(s) for s in out) else None


def _only_escaped_literals(pattern: str) -> bool:
    return re.fullmatch(r"(?:[^\\^$.*+{]|\\[-.'’ ])*", pattern) is not None


def _expand(items) -> list[str] | None:
    results = [""]
    for op, arg in items:
        if op is LITERAL:
            options = [chr(arg)]
        elif op is IN:
            if not all(o is LITERAL for o, _ in arg):
                return None
            options = [chr(a) for _, a in arg]
        elif op is BRANCH:
            options = []
            for branch in arg[1]:
                sub = _expand(list(branch))
                if sub is None:
                    return None
                options += sub
        elif op is SUBPATTERN:
            if arg[1] or arg[2]:  # inline flags inside the group
                return None
            options = _expand(list(arg[3]))
        elif op is MAX_REPEAT and arg[0] == 0 and arg[1] == 1:
            sub = _expand(list(arg[2]))
            if sub is None:
                return None
            options = [""] + sub
        else:
            return None
        if options is None:
            return None
        results = [r + o for r in results for o in options]
        if len(results) > MAX_EXPANSIONS:
            return None
    return results


def literal_terms(patterns: list[str]) -> list[tuple[str, str]] | None:
    """(literal, source pattern) for every pattern, or None if any pattern is a real regex."""
    out = []
    for pattern in patterns:
        if pattern.startswith("(?i)"):
            return None
        expanded = [pattern] if _TERM.fullmatch(pattern) else expand(pattern)
        if expanded is None:
            return None
        out += [(e, pattern) for e in expanded]
    return out


class TermIndex:
    """Terms of many rules; `scan(string)` finds them all in one pass over the words."""

    def __init__(self):
        self.entries: dict[str, list] = {}

    def add(self, term: str, owner, payload, ignorecase: bool) -> None:
        words = TOKEN.findall(term)
        seps = tuple(term[a.end():b.start()] for a, b in zip(TOKEN.finditer(term), list(TOKEN.finditer(term))[1:]))
        key_words = tuple(w.lower() for w in words) if ignorecase else tuple(words)
        entry = (key_words, seps, not ignorecase, owner, payload)
        bucket = self.entries.setdefault(words[0].lower(), [])
        bucket.append(entry)
        bucket.sort(key=lambda e: len(e[0]), reverse=True)  # longest phrase wins at a position

    def scan(self, string: str) -> dict:
        """owner -> sorted list of (start, end, payload), non-overlapping per owner."""
        found: dict = {}
        last_end: dict = {}
        tokens = list(TOKEN.finditer(string))
        entries = self.entries
        for i, m in enumerate(tokens):
            word = m.group()
            bucket = entries.get(word.lower())
            if bucket is None:
                continue
            taken = set()
            for words, seps, exact, owner, payload in bucket:
                if owner in taken or last_end.get(owner, -1) > m.start():
                    continue
                if (word if exact else word.lower()) != words[0]:
                    continue
                end_index = _phrase_end(tokens, i, words, seps, exact, string)
                if end_index is None:
                    continue
                end = tokens[end_index].end()
                found.setdefault(owner, []).append((m.start(), end, payload))
                last_end[owner] = end
                taken.add(owner)
        return found


def _phrase_end(tokens, i, words, seps, exact, string):
    for k in range(1, len(words)):
        j = i + k
        if j >= len(tokens):
            return None
        gap = string[tokens[j - 1].end():tokens[j].start()]
        sep = seps[k - 1]
        if sep == " " or sep.isspace():
            if not gap or not gap.isspace() or gap.count("\n") > 1:
                return None
        elif gap != sep:
            return None
        token = tokens[j].group()
        if (token if exact else token.lower()) != words[k]:
            return None
    return i + len(words) - 1


def in_block(hits: list, start: int, end: int) -> list:
    """The hits that lie inside [start, end) (hits are sorted by start)."""
    lo = bisect.bisect_left(hits, (start,))
    out = []
    for hit in hits[lo:]:
        if hit[0] >= end:
            break
        if hit[1] <= end:
            out.append(hit)
    return out
