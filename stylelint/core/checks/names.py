"""Telling names from words: news copy is full of names no word list knows."""
from __future__ import annotations

import re

from ..markup import MASK

_SENTENCE_END = ".!?:\"“”'‘’()[]" + MASK + "*-–—"


def is_name(string: str, start: int, end: int, block_start: int) -> bool:
    """A capitalised word that does not open a sentence, or an acronym: taken to be a name.

    News copy is full of names no word list knows (Winn, Corus, ONS); rules with our
    `skip_names` key leave them alone but still check a capitalised first word.
    """
    word = string[start:end]
    if len(word) > 1 and word.isupper():
        return True
    if not word[:1].isupper():
        return False
    i = start - 1
    while i >= block_start and string[i].isspace():
        i -= 1
    return i >= block_start and string[i] not in _SENTENCE_END


_SYNTAX = re.compile(r"\\.|\[[^\]]*\]|\(\?[a-zA-Z-]*[:)]|\{[^}]*\}")


def lower_case(term: str | None) -> bool:
    """Is a term (or pattern) written in lower case? Escapes, classes and flags do not count."""
    return term is not None and not any(c.isupper() for c in _SYNTAX.sub("", term))
