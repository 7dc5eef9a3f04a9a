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
