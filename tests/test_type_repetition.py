"""The repetition: the same token twice in a row.

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations



from conftest import found, lint, matches

REPEATED = r"""
extends: repetition
message: "'%s' is repeated."
level: error
alpha: true
ignorecase: true
tokens: ['[^\s.!?]+']
exceptions:
  - (?i)had had
"""


def test_repetition_flags_a_doubled_word(make_pack):
    config = make_pack({"Rep": REPEATED})
    alerts = lint(config, "The mayor said the the budget passed.")
    assert found(alerts) == [(1, 16, "the the")]
    assert alerts[0].message == "'the' is repeated."
    assert (alerts[0].end_line, alerts[0].end_column) == (1, 23)


def test_repetition_ignorecase_and_exceptions(make_pack):
    config = make_pack({"Rep": REPEATED})
    assert matches(lint(config, "The The council met.")) == ["The The"]
    assert lint(config, "She had had enough.") == []


def test_repetition_does_not_cross_a_sentence_boundary(make_pack):
    config = make_pack({"Rep": REPEATED})
    assert lint(config, "He denied that. That was all he said.") == []


def test_repetition_is_case_sensitive_without_ignorecase(make_pack):
    config = make_pack({"Rep": r"""
        extends: repetition
        message: "'%s' is repeated."
        tokens: ['[a-zA-Z]+']
        """})
    assert lint(config, "The the plan.") == []
    assert matches(lint(config, "A plan plan.")) == ["plan plan"]


def test_repetition_in_any_case_and_script(make_pack):
    """A doubled word is found whatever its case and alphabet, in a story whose other
    paragraphs hold no doubled word."""
    config = make_pack({"Rep": REPEATED})
    story = "The vote is on Monday.\n\nThe mayor met {} in the hall.\n\nShe left early.\n"
    for doubled in ("Kyiv KYIV", "Ödön ödön", "straße straße", "ΟΔΟΣ οδος",
                    "İzmir İzmir", "café Café"):
        words = doubled.split()
        expected = [f"{a} {b}" for a, b in zip(words, words[1:]) if a.lower() == b.lower()]
        assert matches(lint(config, story.format(doubled))) == expected, doubled
    # the Greek capital sigma lowers by what follows it, past a stop: "ΟΔΟΣ" alone ends in
    # "ς", in "ΟΔΟΣ.Α" in "σ"
    assert matches(lint(config, story.format("ΟΔΟΣ ΟΔΟΣ.Α"))) == ["ΟΔΟΣ ΟΔΟΣ"]
    assert lint(config, story.format("nothing doubled here")) == []
