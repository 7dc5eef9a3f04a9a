"""A word's slips of the keyboard, and which of them a word list could hold.

Spelling tests each word English derives from listed ones ("rebranded") against its slips:
about 670 strings for a word of twelve letters, each one dictionary lookup. A slip changes the
word at one place and keeps what comes before and after it, so it can be a listed word only
if a listed word begins with that head and one ends with that tail. `SlipIndex` knows the
list's heads and tails (the list sorted forwards and backwards) and makes only those slips:
about a fifth of them, with the same verdict.
"""
from __future__ import annotations

import bisect

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def slips_of(word: str):
    """The words one slip of the keyboard away (a letter dropped, doubled, swapped or mistyped),
    and the word with a doubled pair of letters typed once ("announcecement")."""
    return _slips(word, len(word), 0)


def _slips(word: str, head: int, tail: int):
    """The slips of `word` that keep word[:i] for some i <= head before the change and, after
    it, a tail word[j:] with j >= tail (all of them for head = len(word), tail = 0)."""
    n = len(word)
    splits = [(i, word[:i], word[i:]) for i in range(n + 1) if i <= head]
    yield from (a + b[1:] for i, a, b in splits if b and i + 1 >= tail)  # a letter dropped
    yield from (a + b[1] + b[0] + b[2:] for i, a, b in splits if len(b) > 1 and i + 2 >= tail)  # swapped
    yield from (a + c + b[1:] for i, a, b in splits if b and i + 1 >= tail for c in LETTERS)  # mistyped
    yield from (a + c + b for i, a, b in splits if i >= tail for c in LETTERS)  # one too many
    yield from (word[:i] + word[i + 2:] for i in range(n - 3)
                if word[i:i + 2] == word[i + 2:i + 4] and i <= head and i + 2 >= tail)


class SlipIndex:
    """A word list sorted forwards and backwards: which heads and tails its words have.
    Sorting 160,000 words costs about 0.1 s, so spelling builds one only on a long run."""

    def __init__(self, words):
        self.forward = sorted(words)
        self.backward = sorted(w[::-1] for w in self.forward)

    def slips(self, word: str):
        """The slips of `word` that may be listed words: every listed one among `slips_of(word)`."""
        head = _longest_head(self.forward, word)
        tail = len(word) - _longest_head(self.backward, word[::-1])
        return _slips(word, head, tail)


def _longest_head(ordered: list[str], word: str) -> int:
    """The length of the longest start of `word` that some word of `ordered` starts with: the
    longest it shares with one of the two words either side of where it would be sorted in (a
    word sharing a longer start would sort between them)."""
    at = bisect.bisect_left(ordered, word)
    return max((_common_head(ordered[i], word) for i in (at - 1, at) if 0 <= i < len(ordered)), default=0)


def _common_head(a: str, b: str) -> int:
    k, n = 0, min(len(a), len(b))
    while k < n and a[k] == b[k]:
        k += 1
    return k
