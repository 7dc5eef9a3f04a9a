"""The occurrence: too many (or too few) matches in a scope.

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations

import re

from conftest import lint
from hypothesis import given, settings, strategies as st

from stylelint.core.checks.occurrence import _at_least

def test_occurrence_max_per_sentence(make_pack):
    config = make_pack({"Commas": """
        extends: occurrence
        message: "This sentence has %d commas."
        scope: sentence
        level: suggestion
        max: 3
        token: ','
        """})
    text = "Red, blue, green, gold, and grey. One, two.\n\nA, b, c, d, e, f.\n"
    alerts = lint(config, text)
    assert [(a.line, a.column, a.message) for a in alerts] == [
        (1, 4, "This sentence has 4 commas."),
        (3, 2, "This sentence has 5 commas."),
    ]


def test_occurrence_min_counts_and_accepts_percent_s(make_pack):
    config = make_pack({"Heads": """
        extends: occurrence
        message: "Only %s headings."
        scope: raw
        min: 3
        token: '(?m)^#'
        """})
    alerts = lint(config, "# One\n\nText.\n\n# Two\n\nMore text.\n")
    assert [a.message for a in alerts] == ["Only 2 headings."]
    assert lint(config, "# One\n\n# Two\n\n# Three\n") == []


def test_occurrence_min_with_no_match_is_reported_at_the_start(make_pack):
    config = make_pack({"Heads": """
        extends: occurrence
        message: "Only %d headings."
        scope: raw
        min: 1
        token: '(?m)^#'
        """})
    alerts = lint(config, "Text.\n\nMore text.\n")
    assert [(a.line, a.column, a.match, a.message) for a in alerts] == [(1, 1, "", "Only 0 headings.")]


# Tokens as rules write them: words (Readability.LongSentences'), a case-insensitive word
# list, a mark, and a token whose matches may end in letters the next could begin with.
TOKENS = [r"\b\w[\w’'-]*", r"(?i)\b(?:and|or|a)\b", r",", r"ab|a|b[ab]?"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(TOKENS), st.text("aAb1_’'- ,.\n\u0301", max_size=40), st.data())
def test_a_block_is_over_max_exactly_when_findall_counts_more(token, text, data):
    """The one-match test that picks a `max` rule's blocks agrees with counting the matches
    in any window of any text, whatever its characters (a window may cut a word)."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    flags = re.match(r"(?:\(\?[aiLmsux]+\))*", token).group()
    pattern = re.compile(f"{flags}(?:{token[len(flags):]})", re.MULTILINE)
    for n in (1, 2, 3):
        assert bool(_at_least(pattern, n).match(text, start, end)) == (len(pattern.findall(text, start, end)) >= n)
