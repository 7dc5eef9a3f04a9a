"""conditional: `first` requires `second` (Vale's two modes, see vale-rules.md 3.6)."""
from __future__ import annotations

from ..markup import MASK
from ..patterns.compiling import finditer, has_capture_group, search
from .base import Hit, Rule, RuleError


class Conditional(Rule):
    KEYS = {"first": "str", "second": "str", "exceptions": "strlist", "vocab": "bool",
            "ignorecase": "bool"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, vocab)
        if not data.get("first") or not data.get("second"):
            raise RuleError("a conditional rule needs 'first' and 'second'", "first")
        # Vale decodes `ignorecase` but does not apply it; write (?i) in the patterns instead.
        self.first = self.compile(data["first"], "first")
        self.second = self.compile(data["second"], "second")
        self.capturing = has_capture_group(data["second"])
        self.build_exceptions(data.get("exceptions") or [])

    def check(self, ctx, block, string):
        if self.capturing:
            known = ctx.memory(self).setdefault("defined", set())
            for m in finditer(self.second, string, block.start, block.end):
                known.update(g for g in m.groups() if g)
        elif search(self.second, string, block.start, block.end):
            return
        else:
            known = set()
        for m in finditer(self.first, string, block.start, block.end):
            if m.group(0) in known or MASK in m.group(0):
                continue
            if self.excepted(string, m.start(), m.end(), block):
                continue
            yield Hit(m.start(), m.end(), (m.group(0),))


RULE = Conditional
