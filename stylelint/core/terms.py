"""One word/phrase index for the term lists of every rule, matched in a single token pass.

A 1,000-term regex alternation scans prose at a few MB/s, and a 65,000-term one does not finish
in reasonable time; a dictionary keyed by a term's first word costs one lookup per word whatever
the list size. Rule patterns that are really lists of words (`terrorists?`, `(?:some|many) say`)
are expanded into their literal forms here; anything else stays a regex in its rule.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from itertools import compress, count

import regex

try:  # the parser behind `re`, used to expand simple patterns into their literal strings
    import re._parser as sre_parse  # Python 3.11+
    from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, SUBPATTERN
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse
    from sre_constants import BRANCH, IN, LITERAL, MAX_REPEAT, SUBPATTERN

# The `regex` module's \w (as in rule patterns) counts combining marks as part of a word.
TOKEN = regex.compile(r"\w+")
_ASCII_TOKEN = re.compile(r"\w+")  # the same words in ASCII text (most copy), found faster by `re`
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
        expanded = [pattern] if pattern.isalnum() or _TERM.fullmatch(pattern) else expand(pattern)
        if expanded is None:
            return None
        out += [(e, pattern) for e in expanded]
    return out


class TermIndex:
    """Terms of many rules; `scan(string)` finds them all in one pass over the words."""

    def __init__(self):
        self.entries: dict[str, list] = {}
        self.lookups: list[tuple] = []  # (owner, {lower-case word: payload}) single-word lists
        self._sorted = True
        self._needs: dict[str, set] = {}

    def add_lookup(self, owner, words: dict) -> None:
        """A large single-word list (keys lower case), consulted per word, case-insensitively."""
        self.lookups.append((owner, words))

    def add(self, term: str, owner, payload, ignorecase: bool) -> None:
        if term.isalnum():  # a single word: the common case, kept cheap for 65,000-word lists
            lower = term.lower()
            self.entries.setdefault(lower, []).append(
                ((lower,) if ignorecase else (term,), (), not ignorecase, owner, payload))
            self._sorted = False
            return
        spans = [m.span() for m in TOKEN.finditer(term)]
        words = [term[a:b] for a, b in spans]
        seps = tuple(term[spans[k][1]:spans[k + 1][0]] for k in range(len(spans) - 1))
        key_words = tuple(w.lower() for w in words) if ignorecase else tuple(words)
        entry = (key_words, seps, not ignorecase, owner, payload)
        self.entries.setdefault(words[0].lower(), []).append(entry)
        self._sorted = False

    def scan(self, string: str) -> dict:
        """owner -> sorted list of (start, end, payload), non-overlapping per owner.

        Words are listed with one C-level `findall` on the lower-cased text and only the few
        that start a known term are located and examined, so the cost per word is a set test.
        """
        if not self._sorted:
            for bucket in self.entries.values():
                bucket.sort(key=lambda e: len(e[0]), reverse=True)  # longest phrase wins
            # The words each term of a first word needs the text to hold, in lower case (a
            # word whose lower case is longer, as "İ", is lowered per text: not required here)
            self._needs = {first: {frozenset(w.lower() for w in e[0] if len(w.lower()) == len(w)) for e in bucket}
                           for first, bucket in self.entries.items()}
            self._sorted = True
        lowered = lower_same_length(string)
        entries = self.entries
        words = (_ASCII_TOKEN if lowered.isascii() else TOKEN).findall(lowered)
        found: dict = {}
        last_end: dict = {}
        cursor = 0
        lookups = []  # (owner, the text's words in its list)
        distinct = set(words)
        # Only first words with a term whose every word the text holds ("of" is a candidate
        # for "of course" only in a text with "course"): most occurrences of "of", "in" and
        # "it" are then never located.
        hits = {w for w in distinct & entries.keys() if any(needs <= distinct for needs in self._needs[w])}
        for owner, table in self.lookups:  # large word lists: asked once per distinct word
            lookups.append((owner, table.present(distinct) if hasattr(table, "present") else distinct & table.keys()))
            hits |= lookups[-1][1]
        candidates = list(compress(count(), map(hits.__contains__, words)))  # in C, word by word
        for i in candidates:
            word = words[i]
            start = _locate(lowered, word, cursor)
            if start < 0:  # cannot happen: every occurrence of `word` is a candidate
                break
            cursor = start + len(word)
            for owner, table in lookups:
                if word in table and last_end.get(owner, -1) <= start:
                    found.setdefault(owner, []).append((start, cursor, word))
                    last_end[owner] = cursor
            taken = set()
            for key_words, seps, exact, owner, payload in entries.get(word, ()):
                if owner in taken or last_end.get(owner, -1) > start:
                    continue
                n = len(key_words)
                if n > 1 and (not exact and tuple(words[i + 1:i + n]) != key_words[1:]):
                    continue  # the following words differ: no need to look at the text
                if exact and string[start:cursor] != key_words[0]:
                    continue
                end = _phrase_end(string, lowered, cursor, key_words, seps, exact) if n > 1 else cursor
                if end is None:
                    continue
                found.setdefault(owner, []).append((start, end, payload))
                last_end[owner] = end
                taken.add(owner)
        return found


def lower_same_length(text: str) -> str:
    """text.lower(), keeping every offset: the few characters whose lower case is longer
    (Turkish dotted İ becomes i + a combining dot) are mapped to a one-character form."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    lowered = text.replace("İ", "I").lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_word_char(ch: str) -> bool:
    # The same \w as the `regex` module: letters, digits, underscore and combining marks
    # (none of which is ASCII: most boundaries are decided without asking unicodedata).
    return ch.isalnum() or ch == "_" or ch > "\x7f" and unicodedata.category(ch)[0] == "M"


def _locate(text: str, word: str, start: int) -> int:
    """Offset of the next occurrence of `word` as a whole word at or after `start`, or -1."""
    at = text.find(word, start)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return at
        at = text.find(word, at + 1)
    return -1


def _phrase_end(string, lowered, end, words, seps, exact):
    """End offset of the phrase whose first word ends at `end`, or None if the text differs."""
    for k in range(1, len(words)):
        m = TOKEN.search(lowered, end)
        if m is None:
            return None
        gap = string[end:m.start()]
        sep = seps[k - 1]
        if sep == " " or sep.isspace():
            if not gap or not gap.isspace() or gap.count("\n") > 1:
                return None
        elif gap != sep:
            return None
        token = string[m.start():m.end()] if exact else m.group()
        if token != words[k]:
            return None
        end = m.end()
    return end


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
