"""consistency: two variants of one term must not both appear in a file (Vale semantics).

Once both variants of a pair have been seen, the block that completes the pair is flagged at
its last match of the pair, and so is every later block that uses either variant.
"""
from __future__ import annotations

from ..markup import MASK
from ..patterns.compiling import NONWORD_TEMPLATE, WORD_TEMPLATE, finditer
from .base import Hit, Rule, RuleError


class Consistency(Rule):
    KEYS = {"either": "strmap", "ignorecase": "bool", "nonword": "bool"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, ())
        either = data.get("either") or {}
        if not either:
            raise RuleError("a consistency rule needs an 'either' mapping", "either")
        template = NONWORD_TEMPLATE if data.get("nonword") else WORD_TEMPLATE
        self.pairs = []
        for index, (a, b) in enumerate(either.items()):
            pattern = template % f"(?P<a>{a})|(?P<b>{b})"
            self.pairs.append(self.compile(pattern, "either", data.get("ignorecase", False)))

    def check(self, ctx, block, string):
        seen = ctx.memory(self).setdefault("forms", [set() for _ in self.pairs])
        for index, pattern in enumerate(self.pairs):
            last = None
            for m in finditer(pattern, string, block.start, block.end):
                if MASK in m.group(0):
                    continue
                seen[index].add("a" if m.group("a") is not None else "b")
                last = m
            if last is not None and len(seen[index]) == 2:
                yield Hit(last.start(), last.end(), (last.group(0),))


RULE = Consistency
