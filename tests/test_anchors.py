"""Literal anchors let a text skip a pattern it cannot match: the skip must never hide a match.
A class of rare caseless characters (zero-width space, soft hyphen...) is an anchor however
short; a class with letters that have a case is not (ignorecase matching could differ)."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stylelint.core.patterns import anchors
from stylelint.core.patterns.backtracking import parse_tree
from stylelint.core.patterns.compiling import LazyPattern, compile_pattern, finditer, search

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


PERFECT = r"(ha(?:s|d|ve)(?:\s(?:already|never))?)\s(?:went|ran|began|drank|withdrew)"  # a substitution key's shape


@pytest.mark.parametrize("pattern, words", [
    (r"\b(?:%s)\b" % PERFECT, ("began", "drank", "ran", "went", "withdrew")),
    (r"\bfoo\s+bar\W", ("bar", "foo")),
    (r"(?m)^budget\s", ("budget",)),
    (r"\b(?:very unique|most unique)\b", ("most unique", "very unique")),
    (r"grant", ()),
    (r"\bwent", ()),  # nothing keeps a letter after it
    (r"(?:went|ran)\b", ()),
    (r"\b(?:cat|cats)s?\b", ()),
    (r"\bthe (?:best|worst)\b", ()),
    (r"\b(?:went|ran-)\b", ("went",)),  # "ran-" may sit in "Iran-Iraq"
    (r"\b(?:went|(?=x)ran)\b", ("went",)),
])
def test_anchors_held_as_whole_words(pattern, words):
    assert anchors.anchor_groups(parse_tree(pattern), lower=True)[1] == words


def test_a_whole_word_anchor_inside_longer_words_skips_the_pattern_uncompiled():
    compiled = compile_pattern(r"\b(?:%s)\b" % PERFECT, ignorecase=True)
    text = "The grant has come through and the state has wentworth shares.\n"
    assert isinstance(compiled, LazyPattern)  # `regex`, compiled on first use
    assert list(finditer(compiled, text)) == [] and compiled._compiled is None
    assert [m.group(0) for m in finditer(compiled, text + "It had ran out.\n")] == ["had ran"]


TOKENS = ["has", "had", "Have", "ran", "went", "grant", "wentworth", "never", " ", "  ", "\n", "x",
          "_", "-", "é", "\u212a", "9", "."]


@settings(max_examples=500, deadline=None)
@example(["has", " ", "ran", "x"], 0, 3)
@example(["x", "ran", " ", "went"], 1, 4)
@given(st.lists(st.sampled_from(TOKENS), max_size=12), st.integers(0, 12), st.integers(0, 12))
def test_whole_word_anchors_never_hide_a_match_in_any_window(tokens, a, b):
    """Whatever the text and window, the skip finds what the pattern finds. The window's ends
    fall between tokens, so they often cut a word: `\\b` sees the end of the window, not the
    letter after it ("has ran|x" matches up to the bar)."""
    text = "".join(tokens)
    cuts = [len("".join(tokens[:i])) for i in range(len(tokens) + 1)]
    start, end = sorted((cuts[min(a, len(tokens))], cuts[min(b, len(tokens))]))
    for pattern in (r"\b(?:%s)\b" % PERFECT, r"(?m)^(?:went|ran)\s", r"\bran\W+went\b"):
        compiled = compile_pattern(pattern, ignorecase=True)
        real = compiled.get() if isinstance(compiled, LazyPattern) else compiled
        assert [m.span() for m in finditer(compiled, text, start, end)] == \
            [m.span() for m in real.finditer(text, start, end)]


# A case-insensitive list with a case-sensitive group ("a capital after it") runs with `regex`;
# `re` reads its literal words the same way, so it is skipped on texts without one of them.
SCOPED = r"\b(?:savage|mercurial|controversial(?=\s(?:(?-i:[A-Z])\w*\s){0,2}?(?:mayor|rapper)\b))\b"
SCOPED_TOKENS = ["Controversial", "controversial", "CONTROVERSIAL", "savage", "Savage", "mercurial", "Maine",
                 "maine", "mayor", "Rapper", "x", " ", "  ", "\n", "-", "\u212a", "İ"]


def test_a_case_sensitive_group_keeps_the_anchors_of_a_case_insensitive_list():
    compiled = compile_pattern(SCOPED, ignorecase=True)
    entry = anchors._ANCHORS.get(id(compiled))
    assert entry is not None and entry[1] == [("controversial", "mercurial", "savage")]
    assert anchors._ANCHORS.get(id(compile_pattern(SCOPED, ignorecase=False))) is None  # case matters: no


@settings(max_examples=300, deadline=None)
@example(["Controversial", " ", "Maine", " ", "mayor"], 0, 5)
@given(st.lists(st.sampled_from(SCOPED_TOKENS), max_size=10), st.integers(0, 10), st.integers(0, 10))
def test_a_case_sensitive_group_never_hides_a_match(tokens, a, b):
    text = "".join(tokens)
    cuts = [len("".join(tokens[:i])) for i in range(len(tokens) + 1)]
    start, end = sorted((cuts[min(a, len(tokens))], cuts[min(b, len(tokens))]))
    compiled = compile_pattern(SCOPED, ignorecase=True)
    real = compiled.get() if isinstance(compiled, LazyPattern) else compiled
    assert [m.span() for m in finditer(compiled, text, start, end)] == \
        [m.span() for m in real.finditer(text, start, end)]


@pytest.mark.parametrize("pattern, text, expected", [
    # a case-sensitive anchor is sought in the lower-cased text, kept only where written so
    (r"December\s+\d+", "december 4, DECEMBER 5, December 6", ["December 6"]),
    (r"(?i)december\s+\d+", "december 4, DECEMBER 5", ["december 4", "DECEMBER 5"]),
    # ... and both kinds of anchor on the same word, overlapping occurrences too
    (r"Per\s+cent|PER\s+CENT", "per cent, Per cent and PER CENT", ["Per cent", "PER CENT"]),
    (r"anana", "bananana", ["anana"]),
    # the Greek capital sigma lowers by what follows it; a dotted capital I lowers to two
    # characters: such anchors are sought in the text as written
    (r"ΟΔΟΣ", "ΟΔΟΣΑ", ["ΟΔΟΣ"]),
    (r"İzmir\w*", "in İzmir and izmir", ["İzmir"]),
])
def test_anchors_of_either_case_are_found_in_one_scan(pattern, text, expected):
    compiled = compile_pattern(pattern)
    assert [m.group(0) for m in finditer(compiled, text)] == expected
