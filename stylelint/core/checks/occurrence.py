"""occurrence: too many (max) or too few (min) matches of one token per scoped block."""
from __future__ import annotations

from ..markup import MASK
from ..patterns.compiling import findall, finditer
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

    def check(self, ctx, block, string):
        count = len(findall(self.pattern, string, block.start, block.end))
        if (self.max and count > self.max) or (self.min and count < self.min):
            matches = list(finditer(self.pattern, string, block.start, block.end))
            visible = [m for m in matches if m.group(0).strip() and m.group(0).strip("*@" + MASK)]
            if visible:
                yield Hit(visible[0].start(), visible[0].end(), (count,))
            elif count == 0:
                yield Hit(block.start, block.start, (count,))


RULE = Occurrence
