"""The conditional: a second form allowed only after a first (acronyms defined first).

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations



from conftest import found, lint

ACRONYM = r"""
extends: conditional
message: "'%s' has no definition."
level: warning
first: '\b([A-Z]{3,5})\b'
second: '(?:\b[A-Z][a-z]+ )+\(([A-Z]{3,5})\)'
exceptions: [NATO]
"""


def test_conditional_acronym_defined_earlier_is_fine(make_pack):
    config = make_pack({"Acronym": ACRONYM})
    text = "The World Health Organization (WHO) met.\n\nThe WHO agreed, as did NATO.\n"
    assert lint(config, text) == []


def test_conditional_acronym_defined_later_or_never_is_flagged(make_pack):
    config = make_pack({"Acronym": ACRONYM})
    text = "The WHO agreed.\n\nThe World Health Organization (WHO) met. The IMF did not.\n"
    alerts = lint(config, text)
    assert found(alerts) == [(1, 5, "WHO"), (3, text.split("\n")[2].index("IMF") + 1, "IMF")]
    assert alerts[0].message == "'WHO' has no definition."


def test_conditional_without_capture_group_checks_presence_in_the_block(make_pack):
    config = make_pack({"Unit": r"""
        extends: conditional
        message: "'%s' needs a unit."
        first: '\b\d+ degrees\b'
        second: '(?:Celsius|Fahrenheit)'
        """})
    text = "It was 30 degrees today.\n\nIt was 20 degrees Celsius, then 25 degrees.\n"
    assert found(lint(config, text)) == [(1, 8, "30 degrees")]
