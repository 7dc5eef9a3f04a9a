"""Module-level patterns compiled on first use (core/lazyre.py) match as the compiled ones do."""
from __future__ import annotations

import copy
import pickle
import re

import regex

import pytest

from stylelint.core.lazyre import CaselessRe, LazyRe

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


@pytest.mark.parametrize("text", [
    "Unfortunately, as we told US officials, Arguably it Is worth noting: décor, DÉCOR.",
    "İstanbul: UNFORTUNATELY the ſurely KELVIN \u212aelvin arguably.",  # lower case moves offsets; (?i) folds
    "Sadly ı said so. Surely", ""])
def test_a_caseless_pattern_finds_what_the_pattern_with_ignorecase_finds(text):
    caseless = CaselessRe(r"\b(?:unfortunately|arguably|surely|kelvin|it is worth|décor|us)\b")
    folding = re.compile(caseless.pattern)
    assert [m.span() for m in caseless.finditer(text)] == [m.span() for m in folding.finditer(text)]
    assert [m.span() for m in caseless.finditer(text, 3, 40)] == [m.span() for m in folding.finditer(text, 3, 40)]
    assert len(caseless.findall(text)) == len(folding.findall(text))
    assert (caseless.search(text) is None) == (folding.search(text) is None)


def test_a_caseless_pattern_must_be_written_in_lower_case_without_flags():
    for pattern in ("Said", "(?i)said", "said(?-i:X)", "\u017furely"):
        with pytest.raises(ValueError):
            CaselessRe(pattern)
    assert CaselessRe(r"\bsaid\S*\B").pattern == r"(?i)\bsaid\S*\B"
