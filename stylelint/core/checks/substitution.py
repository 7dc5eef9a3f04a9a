"""substitution: observed pattern -> preferred replacement (Vale semantics, one regex pass)."""
from __future__ import annotations

import re

from ..markup import MASK
from ..patterns.compiling import (
    NONWORD_TEMPLATE,
    WORD_TEMPLATE,
    compile_pattern,
    finditer,
    is_plain,
    uncapture,
)
from ..patterns.messages import format_message, to_sentence
from ..terms import literal_terms
from .base import Hit, Rule, RuleError
from .names import is_name

_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


class Substitution(Rule):
    KEYS = {"swap": "strmap", "ignorecase": "bool", "nonword": "bool", "exceptions": "strlist",
            "vocab": "bool", "capitalize": "bool", "pos": "str", "wordlist": "str",
            "skip_names": "bool", "senses": "map"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, vocab)
        swap = dict(data.get("swap") or {})
        # A word list (handed in by `use_words`) is looked up word by word in the shared index,
        # never turned into terms.
        self.wordlist = data.get("wordlist")
        if not swap and not self.wordlist:
            raise RuleError("a substitution rule needs a non-empty 'swap' mapping", "swap")
        self.ignorecase = data.get("ignorecase", False)
        self.capitalize = data.get("capitalize", False)
        self.skip_names = data.get("skip_names", False)
        self.keys = sorted(swap, key=len, reverse=True)
        self.swap = {k: "" if swap[k] is None else str(swap[k]) for k in self.keys}
        if self.wordlist and not self.ignorecase:
            raise RuleError("a 'wordlist' is matched without regard to case: set 'ignorecase: true'",
                            "wordlist")
        self.build_exceptions(data.get("exceptions") or [])
        self._key_patterns: dict[str, object] = {}
        self.replace_action = self.action.get("name") == "replace"
        # Lists of words go through the shared index; only real patterns become one regex.
        self.terms = None if data.get("nonword") else literal_terms(self.keys)
        if self.terms is None:
            template = NONWORD_TEMPLATE if data.get("nonword") else WORD_TEMPLATE
            body = "|".join(f"({uncapture(k)})" for k in self.keys)
            try:
                self.pattern = self.compile(template % body, "swap", self.ignorecase)
            except RuleError:
                for key in self.keys:  # name the key that is broken (its own line)
                    self.compile(key, key)
                raise

    def use_words(self, words) -> None:
        if self.wordlist:
            self.lookup = words.wordlist(self.wordlist)

    def _matches(self, ctx, block, string):
        """(start, end, swap key) for every match, from the shared index or the regex."""
        if self.terms is not None:
            yield from ctx.term_hits(self, string, block)
            return
        for m in finditer(self.pattern, string, block.start, block.end):
            yield m.start(), m.end(), self.keys[m.lastindex - 1] if m.lastindex else self.keys[0]

    def prefilters(self):
        return [self.pattern]

    def check(self, ctx, block, string):
        for start, end, key in self._matches(ctx, block, string):
            observed = string[start:end]
            if not observed.strip() or MASK in observed:
                continue
            if self.skip_names and is_name(string, start, end, block.start):
                continue
            if key not in self.swap and _half_of_compound(string, start, end):
                continue  # a word-list entry is a whole word; "empted" in "pre-empted" is not
            expected = self.swap[key] if key in self.swap else self.lookup[key]
            options = [o.replace("\\|", "|") for o in _UNESCAPED_PIPE.split(expected)] if expected else []
            if self.capitalize and observed[:1].isupper():
                options = [o[:1].upper() + o[1:] for o in options]
                expected = expected[:1].upper() + expected[1:]
            if "$" in expected:
                options = [self._expand(key, observed, o) for o in options]
                expected = self._expand(key, observed, expected)
            if self._conforms(observed, expected, options):
                continue
            if self.excepted(string, start, end, block) or self.not_meant(ctx, string, start, end, key):
                continue
            if self.replace_action:
                message_arg = to_sentence(options)
            else:
                message_arg = expected
            yield Hit(start, end, (message_arg, observed), tuple(options),
                      fixable=len(options) == 1 and options[0] != "")

    def format(self, hit):
        message = self.message
        if self.replace_action:
            for quote in ("'%s'", '"%s"'):
                if message.count(quote) == 2:  # the suggestion list is already quoted
                    message = message.replace(quote, "%s", 1)
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


# Bound prefixes written with a hyphen: "pre-empted", "mis-steps", "co-operate". The other
# half of a compound is spelled as a word ("common-curreny" is a typo).
PREFIXES = frozenset("pre mis re non co anti semi sub inter over under out self ex post multi counter "
                     "de un bi tri mid vice cross micro macro mega hyper ultra pro neo".split())


def _half_of_compound(string: str, start: int, end: int) -> bool:
    """A prefix before its hyphen, or the word after a prefix's hyphen."""
    word = string[start:end].lower()
    if string[end:end + 1] == "-" and word in PREFIXES:
        return True
    if string[start - 1:start] != "-":
        return False
    i = start - 1
    while i > 0 and string[i - 1].isalpha():
        i -= 1
    return string[i:start - 1].lower() in PREFIXES


RULE = Substitution
