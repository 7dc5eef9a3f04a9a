"""The substitution: an observed form and the replacement the house prefers.

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations



from conftest import found, lint, matches

KYIV = """
extends: substitution
message: "Use '%s' instead of '%s'."
level: warning
action:
  name: replace
swap:
  Kiev: Kyiv
  Kharkov: Kharkiv
exceptions:
  - (?i)chicken Kiev
"""


def test_substitution_message_suggestion_and_span(make_pack):
    config = make_pack({"Kyiv": KYIV})
    alerts = lint(config, "Talks in Kiev and Kharkov resumed.")
    assert found(alerts) == [(1, 10, "Kiev"), (1, 19, "Kharkov")]
    assert alerts[0].message == "Use 'Kyiv' instead of 'Kiev'."
    assert alerts[1].message == "Use 'Kharkiv' instead of 'Kharkov'."
    assert alerts[0].suggestions == ("Kyiv",)
    assert alerts[0].fix == "Kyiv"


def test_substitution_needs_a_word_boundary_and_honours_phrase_exceptions(make_pack):
    config = make_pack({"Kyiv": KYIV})
    assert lint(config, "Kievan Rus was a medieval state.") == []
    assert lint(config, "She ordered chicken Kiev at lunch.") == []


def test_substitution_no_alert_when_observed_already_conforms(make_pack):
    config = make_pack({"Kyiv": """
        extends: substitution
        message: "Use '%s' instead of '%s'."
        swap:
          'Kyi?v': Kyiv
        """})
    assert found(lint(config, "Kyiv, not Kyv.")) == [(1, 11, "Kyv")]


def test_substitution_conformity_check_is_case_sensitive(make_pack):
    config = make_pack({"Kyiv": """
        extends: substitution
        message: "Use '%s' instead of '%s'."
        ignorecase: true
        swap:
          kyiv: Kyiv
        """})
    assert matches(lint(config, "kyiv, Kyiv and KYIV.")) == ["kyiv", "KYIV"]


def test_substitution_capitalize_matches_the_observed_case(make_pack):
    config = make_pack({"Mankind": """
        extends: substitution
        message: "Consider using '%s' instead of '%s'."
        ignorecase: true
        capitalize: true
        level: error
        action:
          name: replace
        swap:
          mankind: human kind
        """})
    alerts = lint(config, "Mankind won. So did mankind.")
    assert [a.message for a in alerts] == [
        "Consider using 'Human kind' instead of 'Mankind'.",
        "Consider using 'human kind' instead of 'mankind'.",
    ]
    assert alerts[0].suggestions == ("Human kind",)
    assert alerts[0].severity == "error"


def test_substitution_expands_dollar_groups(make_pack):
    config = make_pack({"Pct": r"""
        extends: substitution
        message: "Use '%s' instead of '%s'."
        swap:
          '(\d+) percent': $1%
        """})
    (alert,) = lint(config, "Turnout was 61 percent.")
    assert alert.message == "Use '61%' instead of '61 percent'."
    assert alert.match == "61 percent"


def test_substitution_multiple_options(make_pack):
    config = make_pack({"Use": """
        extends: substitution
        message: "Use '%s' instead of '%s'."
        ignorecase: true
        action:
          name: replace
        swap:
          utilise: use|employ
          'e-?mail': email|e-mail
        """})
    alerts = lint(config, "Utilise the email or e-mail list.")
    assert len(alerts) == 1  # both spellings of email are listed options: no alert
    assert alerts[0].message == "Use 'use' or 'employ' instead of 'Utilise'."
    assert alerts[0].suggestions == ("use", "employ")
    assert alerts[0].fix is None  # two options: not an unambiguous fix


def test_vocab_accept_suppresses_substitution(make_pack):
    rule = {"Kyiv": KYIV}
    assert matches(lint(make_pack(rule), "Kiev.")) == ["Kiev"]
    assert lint(make_pack(rule, config="vocab:\n  accept: [Kiev]\n"), "Kiev.") == []


def test_substitution_without_replace_action_prints_the_raw_replacement(make_pack):
    config = make_pack({"Use": """
        extends: substitution
        message: "Prefer %s to '%s'."
        swap:
          utilise: use|employ
        """})
    (alert,) = lint(config, "We utilise it.")
    assert alert.message == "Prefer use|employ to 'utilise'."
