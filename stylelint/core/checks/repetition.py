"""repetition: the same token twice in a row ("the the"), within one sentence.

Our rules (with a category) never count a pair across a line break where the second word is
capitalised or the first line is a headline: "...in the lakes" / "Lakes across the region"
is a headline and its story, not a slip. Vale styles keep Vale's behaviour.
"""
from __future__ import annotations

import operator
import re

from .. import nlp
from ..lazyre import LazyRe
from ..markup import MASK
from ..patterns.compiling import finditer
from .base import Hit, Rule, RuleError

_LETTERS = LazyRe(r"\p{L}+", engine="regex")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")  # the same words in ASCII text, found faster by `re`
# Deleting the second word with the gap before it is safe only when the gap is plain spaces
# (at most one line break): a form feed, NEL, an image or emphasis between them must stay.
_PLAIN_GAP = LazyRe(r" *(?:\r?\n)? *", engine="regex")


class Repetition(Rule):
    KEYS = {"tokens": "strlist", "max": "int", "ignorecase": "bool", "alpha": "bool",
            "exceptions": "strlist", "vocab": "bool"}

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, vocab)
        tokens = data.get("tokens") or []
        if not tokens:
            raise RuleError("a repetition rule needs 'tokens'", "tokens")
        self.ignorecase = data.get("ignorecase", False)
        self.alpha = data.get("alpha", False)
        self.max = data.get("max", 0)
        self.pattern = self.compile("(" + "|".join(tokens) + ")", "tokens", self.ignorecase)
        self.build_exceptions(data.get("exceptions") or [])

    def _letters(self, ctx, string):
        """(the pattern of a run of letters, the string to list runs in): the string itself, or
        with `ignorecase` the string lower-cased once (rather than each word) where that is the
        same -- each character lowered on its own, to one letter or non-letter as it was (true of
        every one-character lowering); the Greek capital sigma depends on what follows it."""
        memory = ctx.memory(self)  # asked once per string, not per block
        found = memory.get(id(string))
        if found is None:
            letters = _ASCII_LETTERS if string.isascii() else _LETTERS
            lowered = string.lower() if self.ignorecase and "\u03a3" not in string else None
            found = memory[id(string)] = (letters, lowered if lowered is not None and len(lowered) == len(string)
                                          else None)
        return found

    def _doubled(self, ctx, string, start, end) -> bool:
        """Are two equal alphabetic words in a row in string[start:end]? Every hit needs them."""
        letters, lowered = self._letters(ctx, string)
        if lowered is not None:
            words = letters.findall(lowered, start, end)
        else:
            words = letters.findall(string, start, end)
            if self.ignorecase:
                words = [w.lower() for w in words]
        return any(map(operator.eq, words, words[1:]))

    def check(self, ctx, block, string):
        # Two equal alphabetic tokens in a row are also two equal words in a row in the plain
        # list of words; most blocks have none, and listing words is one C-level call.
        if self.alpha and not self._doubled(ctx, string, block.start, block.end):
            return
        previous = None  # (start, end, text)
        count = 0
        for m in finditer(self.pattern, string, block.start, block.end):
            current = m.group(0).strip()
            if not current or MASK in current or (self.alpha and not current.isalpha()):
                previous, count = None, 0
                continue
            if previous is not None and self._same(previous[2], current) \
                    and MASK not in string[previous[1]:m.start()]:
                count += 1
                if count > self.max:
                    start, end = previous[0], m.end()
                    if len(nlp.sentences(string, start, end)) == 1 and \
                            not self.excepted(string, start, end, block) and \
                            not self._across_break(ctx, string, previous, m) and \
                            not self._a_name(previous[2], current):
                        gap = ctx.text[previous[1]:m.start()]
                        yield Hit(start, end, (current,), (previous[2],),
                                  fixable=_PLAIN_GAP.fullmatch(gap) is not None)
                        count = 0
            else:
                count = 0
            previous = (m.start(), m.end(), current)

    def _same(self, a, b):
        return a.casefold() == b.casefold() if self.ignorecase else a == b

    def _a_name(self, previous, current) -> bool:
        """"the first FIRST Global": a second word in capitals after a lower-case one is a name."""
        return self.ours and current.isupper() and not previous.isupper() and len(current) > 1

    def _across_break(self, ctx, string, previous, m) -> bool:
        gap = string[previous[1]:m.start()]
        if not self.ours or "\n" not in gap and "\r" not in gap:
            return False
        if m.group(0).strip()[:1].isupper():
            return True
        return string is ctx.prose and ctx.analysis.block_kind(previous[0]) in ("headline", "subheading")


RULE = Repetition
