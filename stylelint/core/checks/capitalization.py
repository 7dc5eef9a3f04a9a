"""capitalization: the case of a whole block, usually headings ($title, $sentence, ...)."""
from __future__ import annotations

import regex

from ..markup import MASK
from ..patterns.compiling import search
from .base import Hit, Rule, RuleError

_NUMBERED = regex.compile(r"\d+\.")  # a numbered heading's number: the next word opens it
_SMALL_AP = {"a", "an", "and", "as", "at", "but", "by", "for", "if", "in", "nor", "of", "off",
             "on", "or", "per", "so", "the", "to", "up", "via", "vs", "yet"}
_SMALL_CHICAGO = _SMALL_AP | {"about", "above", "across", "after", "against", "along", "among",
                              "around", "before", "behind", "below", "beneath", "beside",
                              "between", "beyond", "down", "during", "except", "from", "inside",
                              "into", "like", "near", "onto", "out", "outside", "over", "past",
                              "since", "through", "toward", "under", "until", "upon", "with",
                              "within", "without"}


class Capitalization(Rule):
    KEYS = {"match": "str", "style": "str", "exceptions": "strlist", "indicators": "strlist",
            "threshold": "number", "prefix": "str", "vocab": "bool"}
    DEFAULT_SCOPE = "heading"

    def __init__(self, rule_id, data, vocab=()):
        super().__init__(rule_id, data, vocab)
        self.match = data.get("match")
        if not self.match:
            raise RuleError("a capitalization rule needs 'match'", "match")
        self.style = data.get("style", "AP")
        if self.style not in ("AP", "Chicago"):
            raise RuleError(f"style must be AP or Chicago, not {self.style!r}", "style")
        self.threshold = data.get("threshold") or 0.8
        self.indicators = tuple(data.get("indicators") or ())
        self.exceptions = list(data.get("exceptions") or []) + list(self.vocab)
        self.prefix = self.compile(data["prefix"], "prefix") if data.get("prefix") else None
        if self.exceptions:
            body = "|".join(sorted(self.exceptions, key=len, reverse=True))
            self.exception_re = self.compile(r"^(?:%s)$" % body, "exceptions")
            self.words_re = self.compile(r"(?:%s)|[\p{N}\p{L}*]+[^\s]*" % body, "exceptions")
        else:
            self.exception_re = None
            self.words_re = regex.compile(r"[\p{N}\p{L}*]+[^\s]*")
        if not self.match.startswith("$"):
            self.pattern = self.compile(self.match, "match")
        elif self.match not in ("$title", "$sentence", "$lower", "$upper"):
            raise RuleError(f"match must be $title, $sentence, $lower, $upper or a regex, not {self.match!r}",
                            "match")

    def check(self, ctx, block, string):
        text = string[block.start:block.end]
        if MASK in text:  # Vale shows masked code as `*`, which its word pattern reads as a word
            text = text.replace(MASK, " " if self.ours else "*")
        body = text
        if self.prefix is not None:
            m = search(self.prefix, body)
            if m and m.start() == 0:
                body = body[m.end():]
        ok, expected = self._conforms(body)
        if not ok:
            yield Hit(block.start, block.end, (text.strip(), expected),
                      (expected,) if self.action.get("name") == "replace" else ())

    def _exception(self, word):
        return self.exception_re is not None and self.exception_re.match(word)

    def _conforms(self, text):
        if self.match == "$lower":
            return text == text.lower() or bool(self._exception(text)), text.lower()
        if self.match == "$upper":
            return text == text.upper() or bool(self._exception(text)), text.upper()
        if not self.match.startswith("$"):
            return bool(search(self.pattern, text)) or bool(self._exception(text)), self.match
        words = [m.group(0) for m in self.words_re.finditer(text)]
        if not words:
            return True, text
        expected = self._title(words) if self.match == "$title" else self._sentence(words)
        if self.match == "$sentence" and not (self._exception(words[0]) or words[0] == expected[0]
                                              or words[0][:1].isupper()):
            return False, " ".join(expected)
        good = sum(1 for w, e in zip(words, expected)
                   if w == e or self._exception(w) or (w.isupper() and len(w) > 1))
        return good / len(words) >= self.threshold, " ".join(expected)

    def _title(self, words):
        small = _SMALL_AP if self.style == "AP" else _SMALL_CHICAGO
        out = []
        for i, w in enumerate(words):
            if self._exception(w):
                out.append(w)
            elif 0 < i < len(words) - 1 and w.lower() in small and not words[i - 1].endswith(":"):
                out.append(w.lower())
            else:
                out.append(w[:1].upper() + w[1:])
        return out

    def _sentence(self, words):
        out = []
        for i, w in enumerate(words):
            if self._exception(w):
                out.append(w)
            elif i == 0 or (self.indicators and words[i - 1].endswith(self.indicators)) \
                    or (i == 1 and _NUMBERED.search(words[0])):  # "1. An important heading"
                out.append(w[:1].upper() + w[1:].lower() if not w[1:].isupper() else w)
            else:
                out.append(w.lower())
        return out


RULE = Capitalization
