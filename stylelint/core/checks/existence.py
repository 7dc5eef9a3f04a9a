"""existence: flag every occurrence of any token (Vale semantics)."""
from __future__ import annotations

from ..markup import MASK
from ..patterns.compiling import NONWORD_TEMPLATE, WORD_TEMPLATE, finditer
from ..terms import literal_terms
from .base import Hit, Rule, RuleError


class Existence(Rule):
    KEYS = {"tokens": "strlist", "raw": "str|strlist", "append": "bool", "ignorecase": "bool",
            "nonword": "bool", "exceptions": "strlist", "vocab": "bool", "senses": "map"}

    def __init__(self, rule_id, data, vocab=()):
        if data.get("nonword"):
            vocab = ()  # Vale #1058: vocabulary never suppresses nonword existence rules
        super().__init__(rule_id, data, vocab)
        tokens = [t for t in data.get("tokens") or [] if t.strip()]
        raw_parts = data.get("raw") or []
        if isinstance(raw_parts, str):  # Vale decodes a lone string as a one-item list
            raw_parts = [raw_parts]
        raw = "".join(raw_parts)
        if not tokens and not raw:
            raise RuleError("an existence rule needs 'tokens' or 'raw'", "tokens")
        self.build_exceptions(data.get("exceptions") or [])
        literal = None if raw or data.get("nonword") else literal_terms(tokens)
        self.ignorecase = data.get("ignorecase", False)
        # A plain word list goes through the shared word index; only patterns need a regex.
        self.terms = [(term, pattern) for term, pattern in literal] if literal else None
        self.written_as = "|".join(tokens)  # for a regex match: is the whole list lower case?
        self.pattern = None
        if self.terms is None:
            template = NONWORD_TEMPLATE if data.get("nonword") or not tokens else WORD_TEMPLATE
            body = template % "|".join(tokens)
            pattern = body + raw if data.get("append") else raw + body
            try:
                self.pattern = self.compile(pattern, "tokens" if tokens else "raw",
                                            data.get("ignorecase", False))
            except RuleError:
                for index, token in enumerate(tokens):  # point at the token that is broken
                    self.compile(token, "tokens", index=index)
                for index, piece in enumerate(raw_parts):
                    self.compile(piece, "raw", index=index)
                raise

    def prefilters(self):
        return [self.pattern]

    def check(self, ctx, block, string):
        if self.terms is not None:
            spans = ctx.term_hits(self, string, block)
        else:
            spans = (m.span() + (self.written_as,) for m in finditer(self.pattern, string, block.start, block.end))
        for start, end, term in spans:
            matched = string[start:end]
            stripped = matched.strip()
            if not stripped or _masked(stripped):
                continue
            if self.ours:  # our rules flag the words; Vale reports the match as it is
                start += len(matched) - len(matched.lstrip())
                end = start + len(stripped)
                matched = stripped
            if self.excepted(string, start, end, block) or self.not_meant(ctx, string, start, end, term):
                continue
            suggestions = self.action_suggestions(stripped)
            args = (matched,) + ((_sentence(suggestions),) if self.action else ())
            yield Hit(start, end, args, suggestions,
                      fixable=len(suggestions) == 1 and self.action.get("name") in ("replace", "edit"))


def _masked(text: str) -> bool:
    return MASK in text


def _sentence(options):
    from ..patterns.messages import to_sentence
    return to_sentence(list(options))


RULE = Existence
