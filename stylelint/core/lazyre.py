"""Module-level patterns compiled on first use.

A plain article needs about half the patterns the modules define (not the sport and lifestyle
vocabularies, a column's footer, a list item's marker, front matter): compiling the rest at
every start cost about 50 million instructions of a cold run on one article (6-9 ms).
"""
from __future__ import annotations

import re
from importlib import import_module


class LazyRe:
    """`re.compile(pattern, flags)` (`regex.compile` with engine="regex") when first used; from
    then on the compiled pattern's methods are this object's own attributes (no slower than the
    pattern's). Only for patterns used through their methods, never passed to `re.sub(...)`."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0, engine: str = "re"):
        self.pattern, self.flags, self._engine = pattern, flags, engine

    def __getattr__(self, name):
        if name not in LazyRe._METHODS:  # (also before __init__, as copy and pickle ask)
            raise AttributeError(name)
        compiled = (re if self._engine == "re" else import_module(self._engine)).compile(self.pattern, self.flags)
        for method in LazyRe._METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __reduce__(self):
        return LazyRe, (self.pattern, self.flags, self._engine)


# Characters that (?i) folds to an ASCII letter although their lower case is not that letter:
# İ (whose lower case is two characters), ı, ſ and the Kelvin sign.
_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_LOWERED: tuple = (None, None)  # the last text asked about, and its lower case (or None)


def _lowered(text: str) -> str | None:
    """text.lower(), when a pattern of lower-case ASCII words finds there, case-sensitively,
    what it finds in `text` with (?i), at the same offsets (lower case keeps every character's
    class: letter, digit, space); None when it may not. Kept for the last text (the prose)."""
    global _LOWERED
    last = _LOWERED
    if last[0] is not text:
        last = _LOWERED = text, (None if not text.isascii() and _FOLDS.search(text) else text.lower())
    return last[1]


class CaselessRe:
    """A case-insensitive pattern, written in lower case without (?i). It runs case-sensitively
    on the text's lower case: `re` matches a case-insensitive alternation of words three times
    slower (it enters every alternative at every word instead of testing its first letter).
    Matches are at the same offsets; their text is the lower case."""

    def __init__(self, pattern: str):
        # (?i) matches the letters of Latin-1 ("é") as lower case does (checked for all of them)
        if re.search(r"[A-Z]|\(\?[-a-zA-Z]", re.sub(r"\\.", "", pattern)) or not all(
                c.lower() == c.upper() or "\xdf" <= c <= "\xff" for c in pattern if not c.isascii()):
            raise ValueError(f"{pattern!r} must be in lower case, of ASCII or Latin-1, without inline flags")
        self.pattern = "(?i)" + pattern
        self._plain, self._folding = LazyRe(pattern), LazyRe(self.pattern)

    def _pick(self, text):
        lowered = _lowered(text)
        return (self._folding, text) if lowered is None else (self._plain, lowered)

    def finditer(self, text: str, *span):
        pattern, text = self._pick(text)
        return pattern.finditer(text, *span)

    def findall(self, text: str, *span):
        pattern, text = self._pick(text)
        return pattern.findall(text, *span)

    def search(self, text: str, *span):
        pattern, text = self._pick(text)
        return pattern.search(text, *span)
