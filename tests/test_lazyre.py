"""Module-level patterns compiled on first use (core/lazyre.py) match as the compiled ones do."""
from __future__ import annotations

import copy
import pickle
import re

import regex

from stylelint.core.lazyre import LazyRe

TEXT = "The striker's 89th-minute goal: Kyiv 2-1 Lviv, said the coach. Ещё один гол."


def test_a_lazy_pattern_compiles_when_first_used_and_matches_as_a_compiled_one():
    lazy = LazyRe(r"(?i)\b(\d+)(?:st|nd|rd|th)\b|(said)")
    assert "finditer" not in vars(lazy)  # nothing compiled yet
    compiled = re.compile(lazy.pattern)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
    assert "finditer" in vars(lazy)  # the pattern's own methods from now on
    assert lazy.findall(TEXT, 5, 40) == compiled.findall(TEXT, 5, 40)
    assert lazy.sub("#", TEXT) == compiled.sub("#", TEXT)
    assert lazy.fullmatch("12th") and not lazy.match("x")


def test_a_lazy_regex_pattern_uses_regex_and_survives_copy_and_pickle():
    lazy = LazyRe(r"\p{L}+", engine="regex")
    for twin in (copy.copy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert twin.findall(TEXT) == regex.findall(r"\p{L}+", TEXT)
    assert lazy.findall(TEXT)[-3:] == ["Ещё", "один", "гол"]
    assert pickle.loads(pickle.dumps(lazy)).search(TEXT).group(0) == "The"  # compiled, then pickled
