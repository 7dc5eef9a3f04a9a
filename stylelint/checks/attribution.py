"""attribution (ours): a sentence that makes a claim an editor would want sourced, and names
no source in the same sentence.

Cue lists are data in the rule file:
- `triggers`: named groups of patterns that make a sentence need a source (a vague crowd as
  source, an anonymous source, a statistic, an accusation, a prediction about people), each
  with an optional message of its own;
- `attributions`: patterns that attribute a sentence ("said", "according to", "told", a
  quotation with its speaker...).
A sentence with a trigger outside quotation marks and no attribution anywhere in it (and no
link or citation marker) is flagged once, at its first trigger.
"""
from __future__ import annotations

import re

from ..patterns import format_message, search
from . import Hit, Rule, RuleError

_CITATION = re.compile(r"\]\(|<a\s[^>]*href|\[\d+\]|\[\^[^\]]+\]|https?://")


class Attribution(Rule):
    KEYS = {"triggers": "list", "attributions": "strlist", "exceptions": "strlist", "vocab": "bool",
            "ignorecase": "bool"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, ())
        ignorecase = data.get("ignorecase", True)
        self.triggers = []
        for index, trigger in enumerate(data.get("triggers") or []):
            if not isinstance(trigger, dict) or not isinstance(trigger.get("patterns"), list) \
                    or not trigger["patterns"]:
                raise RuleError("each trigger needs 'patterns': a list of regular expressions",
                                "triggers", index)
            unknown = set(trigger) - {"name", "patterns", "message"}
            if unknown:
                raise RuleError(f"unknown key '{sorted(unknown)[0]}' in a trigger (allowed: name, "
                                f"patterns, message)", "triggers", index)
            body = "|".join(f"(?:{p})" for p in trigger["patterns"])
            self.triggers.append((trigger.get("name", f"trigger {index + 1}"),
                                  self.compile(body, "triggers", ignorecase, index),
                                  trigger.get("message")))
        if not self.triggers:
            raise RuleError("an attribution rule needs 'triggers'", "triggers")
        cues = data.get("attributions") or []
        if not cues:
            raise RuleError("an attribution rule needs 'attributions': the cues that source a sentence",
                            "attributions")
        self.attribution = self.compile("|".join(f"(?:{c})" for c in cues), "attributions", ignorecase)
        self.build_exceptions(data.get("exceptions") or [])

    def run(self, ctx):
        # Sentences of every prose block, lists and blockquotes included; the rule's own scope
        # still decides which blocks (e.g. `~heading`).
        from ..scope import block_matches

        for block in ctx.blocks("text"):
            if not any(block_matches(alt, block.scope) for alt in self.scope):
                continue
            for start, end in ctx.sentences(block.start, block.end):
                hit = self._sentence(ctx, block, start, end)
                if hit is not None:
                    yield hit

    def _sentence(self, ctx, block, start, end):
        prose = ctx.prose
        if ctx.in_quote(start, end):
            return None
        if search(self.attribution, prose, start, end) or _CITATION.search(ctx.text, start, end):
            return None
        for name, pattern, message in self.triggers:
            for m in pattern.finditer(prose, start, end, timeout=2.0):
                if not m.group(0).strip() or ctx.in_quote(m.start(), m.end()):
                    continue
                if self.excepted(prose, m.start(), m.end(), block):
                    continue
                return Hit(m.start(), m.end(), (m.group(0), name, message))
        return None

    def format(self, hit):
        matched, name, message = hit.args
        return format_message(message or self.message, [matched, name])


RULE = Attribution
