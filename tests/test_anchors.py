"""Literal anchors let a text skip a pattern it cannot match: the skip must never hide a match.
A class of rare caseless characters (zero-width space, soft hyphen...) is an anchor however
short; a class with letters that have a case is not (ignorecase matching could differ)."""
from __future__ import annotations

import pytest

from stylelint.core.patterns import anchors
from stylelint.core.patterns.compiling import compile_pattern, finditer, search

INVISIBLE = "([a-z]+)[\u00ad\u200b\u200c\u200d\u2060\ufeff]+([a-z]+)"


def groups(pattern: str, ignorecase: bool = True):
    compiled = compile_pattern(pattern, ignorecase=ignorecase)
    return compiled, anchors._ANCHORS.get(id(compiled), (None, None, None))[1]


def test_a_class_of_invisible_characters_is_an_anchor():
    _, found = groups(INVISIBLE)
    assert found == [tuple(sorted("\u00ad\u200b\u200c\u200d\u2060\ufeff"))]


@pytest.mark.parametrize("text, expected", [
    ("The minister flew to Ki\u200bev on Monday.", ["Ki\u200bev"]),
    ("A SPOKES\u00adWOMAN declined to comment.", ["SPOKES\u00adWOMAN"]),
    ("The re\u2060port and the vo\ufeffte.", ["re\u2060port", "vo\ufeffte"]),
    ("The minister flew to Kiev on Monday.", []),
    ("A word\u200b alone, then \u200bspace.", []),  # the character is there, a word around it is not
])
def test_the_anchor_never_hides_a_match(text, expected):
    compiled, _ = groups(INVISIBLE)
    assert [m.group(0) for m in finditer(compiled, text)] == expected


@pytest.mark.parametrize("pattern", ["f[éÉ]", "[äöü]b", "x[ſs]", "[é]"])
def test_a_class_with_cased_or_ascii_letters_is_no_anchor(pattern):
    compiled, found = groups(pattern)
    assert found is None
    assert search(compiled, "CAFÉ ÜBER XS") is not None
