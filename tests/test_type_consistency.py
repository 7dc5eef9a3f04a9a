"""The consistency: one of two spellings used throughout a document.

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations



from conftest import found, lint

KARABAKH = """
extends: consistency
message: "Inconsistent spelling: '%s'."
level: warning
either:
  "Nagorno-Karabakh": "Nagorno Karabakh"
"""


def test_consistency_flags_the_second_variant_and_later_uses(make_pack):
    config = make_pack({"Karabakh": KARABAKH})
    text = ("Nagorno-Karabakh voted.\n\nLater, Nagorno Karabakh was named.\n\n"
            "Again Nagorno-Karabakh.\n")
    alerts = lint(config, text)
    assert found(alerts) == [(3, 8, "Nagorno Karabakh"), (5, 7, "Nagorno-Karabakh")]
    assert alerts[0].message == "Inconsistent spelling: 'Nagorno Karabakh'."


def test_consistency_alert_is_at_the_last_match_of_the_pair_in_the_block(make_pack):
    config = make_pack({"Karabakh": KARABAKH + '  "Azerbaijani": "Azeri"\n'})
    text = "Nagorno-Karabakh and Nagorno Karabakh and Nagorno-Karabakh. Azeri.\n\nAzerbaijani here.\n"
    assert found(lint(config, text)) == [(1, 43, "Nagorno-Karabakh"), (3, 1, "Azerbaijani")]


def test_consistency_one_variant_is_fine(make_pack):
    config = make_pack({"Karabakh": KARABAKH})
    assert lint(config, "Nagorno-Karabakh voted.\n\nNagorno-Karabakh again.\n") == []
