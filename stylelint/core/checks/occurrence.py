"""occurrence: too many (max) or too few (min) matches of one token per scoped block."""
from __future__ import annotations

import re

from ..markup import MASK
from ..patterns.compiling import LazyPattern, findall, finditer
from .base import Hit, Rule, RuleError


class Occurrence(Rule):
    KEYS = {"token": "str", "max": "int", "min": "int", "ignorecase": "bool"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, ())
        if not data.get("token"):
            raise RuleError("an occurrence rule needs a 'token'", "token")
        if not data.get("max") and not data.get("min"):
            raise RuleError("an occurrence rule needs 'max' or 'min'", "max")
        self.pattern = self.compile(f"(?:{data['token']})", "token", data.get("ignorecase", False))
        self.max = data.get("max", 0)
        self.min = data.get("min", 0)
        self._over_max = False  # built on first use (`candidates`): None where it cannot be

    def candidates(self, ctx, alternative) -> list:
        """With only a `max`, the blocks that hold more matches than that: one C-level match
        per block (`_at_least`) instead of listing the matches of every block (most sentences
        are short of Readability.LongSentences' 40 words)."""
        pairs = super().candidates(ctx, alternative)
        if self._over_max is False:
            self._over_max = _at_least(self.pattern, self.max + 1) if self.max and not self.min else None
        if self._over_max is None:
            return pairs
        over = self._over_max.match
        return [(block, string) for block, string in pairs if over(string, block.start, block.end)]

    def check(self, ctx, block, string):
        count = len(findall(self.pattern, string, block.start, block.end))
        if (self.max and count > self.max) or (self.min and count < self.min):
            # the first match that shows: the rest of a long sentence's words are not looked at
            first = next((m for m in finditer(self.pattern, string, block.start, block.end)
                          if m.group(0).strip() and m.group(0).strip("*@" + MASK)), None)
            if first is not None:
                yield Hit(first.start(), first.end(), (count,))
            elif count == 0:
                yield Hit(block.start, block.start, (count,))


def _at_least(compiled, n: int):
    """A pattern that matches at a window's start where `compiled` finds n matches or more in
    the window, as `findall` finds them: each the leftmost after the one before, taken whole
    (an atomic group, so no match is cut short to make room for more). None for a `regex`
    pattern and for one that can match nothing (findall's rules for empty matches differ)."""
    if isinstance(compiled, LazyPattern) and compiled.standard:
        source = compiled.source
    elif isinstance(compiled, re.Pattern):
        source = compiled.pattern
    else:
        return None
    flags = re.match(r"(?:\(\?[aiLmsux]+\))*", source).group()  # global flags lead the pattern
    try:
        if re._parser.parse(source, re.MULTILINE).getwidth()[0] == 0:
            return None
        return re.compile(f"{flags}(?:(?>(?s:.*?)(?:{source[len(flags):]}))){{{n}}}", re.MULTILINE)
    except (re.error, RecursionError, OverflowError):
        return None


RULE = Occurrence
