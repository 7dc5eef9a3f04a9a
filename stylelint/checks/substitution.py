"""substitution: observed pattern -> preferred replacement (Vale semantics, one regex pass)."""
from __future__ import annotations

import re

from ..patterns import (
    NONWORD_TEMPLATE, WORD_TEMPLATE, compile_pattern, finditer, is_plain, to_sentence, uncapture,
)
from . import Hit, Rule, RuleError

_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


class Substitution(Rule):
    KEYS = {"swap": "strmap", "ignorecase": "bool", "nonword": "bool", "exceptions": "strlist",
            "vocab": "bool", "capitalize": "bool", "pos": "str"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, vocab)
        swap = data.get("swap") or {}
        if not swap:
            raise RuleError("a substitution rule needs a non-empty 'swap' mapping", "swap")
        self.ignorecase = data.get("ignorecase", False)
        self.capitalize = data.get("capitalize", False)
        self.keys = sorted(swap, key=len, reverse=True)
        self.swap = {k: "" if swap[k] is None else str(swap[k]) for k in self.keys}
        for key in self.keys:  # report a bad key precisely before joining them
            self.compile(key, "swap")
        template = NONWORD_TEMPLATE if data.get("nonword") else WORD_TEMPLATE
        body = "|".join(f"({uncapture(k)})" for k in self.keys)
        self.pattern = self.compile(template % body, "swap", self.ignorecase)
        self.build_exceptions(data.get("exceptions") or [])
        self._key_patterns: dict[str, object] = {}
        self.replace_action = self.action.get("name") == "replace"

    def check(self, ctx, block, string):
        for m in finditer(self.pattern, string, block.start, block.end):
            observed = m.group(0)
            if not observed.strip() or "\x1a" in observed:
                continue
            key = self.keys[m.lastindex - 1] if m.lastindex else self.keys[0]
            expected = self.swap[key]
            options = [o.replace("\\|", "|") for o in _UNESCAPED_PIPE.split(expected)] if expected else []
            if self.capitalize and observed[:1].isupper():
                options = [o[:1].upper() + o[1:] for o in options]
                expected = expected[:1].upper() + expected[1:]
            if "$" in expected:
                options = [self._expand(key, observed, o) for o in options]
                expected = self._expand(key, observed, expected)
            if self._conforms(observed, expected, options):
                continue
            if self.excepted(string, m.start(), m.end(), block):
                continue
            if self.replace_action:
                message_arg = to_sentence(options)
            else:
                message_arg = expected
            yield Hit(m.start(), m.end(), (message_arg, observed), tuple(options),
                      fixable=len(options) == 1 and options[0] != "")

    def format(self, hit):
        message = self.message
        if self.replace_action:
            for quote in ("'%s'", '"%s"'):
                if message.count(quote) == 2:  # the suggestion list is already quoted
                    message = message.replace(quote, "%s", 1)
        from ..patterns import format_message
        return format_message(message, list(hit.args))

    def _expand(self, key, observed, replacement):
        compiled = self._key_patterns.get(key)
        if compiled is None:
            compiled = self._key_patterns[key] = compile_pattern(key, self.ignorecase)
        go_style = re.sub(r"\$(\d+)", r"\\g<\1>", replacement)
        try:
            return compiled.sub(go_style, observed, count=1)
        except (IndexError, re.error, Exception):
            return replacement

    def _conforms(self, observed, expected, options):
        if self.replace_action:
            return observed in options
        if is_plain(expected):
            return observed == expected
        try:
            return bool(compile_pattern(f"^(?:{expected})$").match(observed))
        except Exception:
            return False


RULE = Substitution
