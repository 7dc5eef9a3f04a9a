"""The existence: every occurrence of a token (Vale semantics).

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations



from conftest import found, lint, matches

LABELS = """
extends: existence
message: "'%s' is a contested label."
level: warning
ignorecase: true
tokens:
  - regimes?
  - so-called
exceptions:
  - (?i)regime change
"""


def test_existence_reports_each_token_with_its_span(make_pack):
    config = make_pack({"Labels": LABELS})
    alerts = lint(config, "The regime fell. The so-called deal held. Regimes differ.")
    assert found(alerts) == [(1, 5, "regime"), (1, 22, "so-called"), (1, 43, "Regimes")]
    first = alerts[0]
    assert first.rule == "Test.Labels"
    assert first.severity == "warning"
    assert first.message == "'regime' is a contested label."
    assert (first.end_line, first.end_column) == (1, 11)


def test_existence_tokens_are_word_bounded(make_pack):
    config = make_pack({"Cat": """
        extends: existence
        message: "%s"
        tokens: [cat]
        """})
    text = "A category, a concatenation and a bobcat, but one cat."
    assert matches(lint(config, text)) == ["cat"]
    assert found(lint(config, text))[0][1] == text.index("one cat") + 5


def test_existence_is_case_sensitive_unless_ignorecase(make_pack):
    strict = make_pack({"Word": """
        extends: existence
        message: "%s"
        tokens: [junta]
        """})
    loose = make_pack({"Word": """
        extends: existence
        message: "%s"
        ignorecase: true
        tokens: [junta]
        """})
    text = "Junta leaders met; the junta spoke; JUNTA."
    assert matches(lint(strict, text)) == ["junta"]
    assert matches(lint(loose, text)) == ["Junta", "junta", "JUNTA"]


def test_existence_word_template_misses_tokens_ending_in_punctuation(make_pack):
    # Vale's word-boundary trap: \b(?:e\.g\.)\b cannot match "e.g. " (no boundary after ".").
    config = make_pack({"Eg": r"""
        extends: existence
        message: "%s"
        tokens: ['e\.g\.']
        """})
    assert lint(config, "Use a verb, e.g. run, instead.") == []


def test_existence_nonword_drops_the_word_boundaries(make_pack):
    config = make_pack({"Eg": r"""
        extends: existence
        message: "Avoid '%s'."
        nonword: true
        tokens: ['\b[Ee]\.g\.']
        """})
    alerts = lint(config, "Use a verb, e.g. run, instead.")
    assert found(alerts) == [(1, 13, "e.g.")]
    assert alerts[0].message == "Avoid 'e.g.'."


def test_existence_append_puts_raw_after_the_tokens(make_pack):
    config = make_pack({"Money": r"""
        extends: existence
        message: "%s"
        tokens: [million]
        raw: ['\s+dollars']
        append: true
        """})
    assert found(lint(config, "A million dollars, not a million euros.")) == [(1, 3, "million dollars")]


def test_existence_raw_is_a_plain_regex(make_pack):
    config = make_pack({"Pct": r"""
        extends: existence
        message: "Write '%s' with a % sign."
        raw: ['\d+ ', 'percent']
        """})
    alerts = lint(config, "Turnout rose to 61 percent on Sunday.")
    assert found(alerts) == [(1, 17, "61 percent")]


def test_existence_term_exception_is_searched_in_the_match(make_pack):
    config = make_pack({"Acr": """
        extends: existence
        message: "%s"
        tokens: ['[A-Z]{3,5}']
        exceptions: [NATO]
        """})
    assert matches(lint(config, "NATO and OSCE observers arrived.")) == ["OSCE"]


def test_existence_exceptions_are_case_sensitive_by_default(make_pack):
    config = make_pack({"Acr": """
        extends: existence
        message: "%s"
        ignorecase: true
        tokens: ['[A-Z]{4}']
        exceptions: [NATO]
        """})
    # "Nato" is matched (ignorecase) but the exception "NATO" is case-sensitive.
    assert matches(lint(config, "NATO, or Nato, met.")) == ["Nato"]


def test_existence_phrase_exception_suppresses_a_word_inside_the_phrase(make_pack):
    config = make_pack({"Labels": LABELS})
    text = "A regime change was urged. The regime denied it."
    assert found(lint(config, text)) == [(1, text.index("The regime") + 5, "regime")]


def test_vocab_accept_suppresses_existence(make_pack):
    rule = {"Labels": LABELS}
    assert matches(lint(make_pack(rule), "The regime fell.")) == ["regime"]
    accepted = make_pack(rule, config="vocab:\n  accept: [regime]\n")
    assert lint(accepted, "The regime fell.") == []


def test_vocab_accept_does_not_suppress_nonword_existence(make_pack):
    # Vale #1058: vocabulary is never added to nonword existence rules.
    config = make_pack({"Regime": r"""
        extends: existence
        message: "%s"
        nonword: true
        tokens: ['\bregime\b']
        """}, config="vocab:\n  accept: [regime]\n")
    assert matches(lint(config, "The regime fell.")) == ["regime"]


def test_existence_vocab_false_ignores_accepted_terms(make_pack):
    config = make_pack({"Regime": """
        extends: existence
        message: "%s"
        vocab: false
        tokens: [regime]
        """}, config="vocab:\n  accept: [regime]\n")
    assert matches(lint(config, "The regime fell.")) == ["regime"]


def test_existence_limit_caps_alerts_per_file(make_pack):
    config = make_pack({"Very": """
        extends: existence
        message: "%s"
        limit: 2
        tokens: [very]
        """})
    alerts = lint(config, "A very big, very loud, very long day.")
    assert [a.column for a in alerts] == [3, 13]


def test_existence_action_fills_suggestions_and_second_message_argument(make_pack):
    config = make_pack({"Use": """
        extends: existence
        message: "Replace '%s' with %s."
        tokens: [utilise]
        action:
          name: replace
          params: [use]
        """})
    (alert,) = lint(config, "We utilise the hall.")
    assert alert.message == "Replace 'utilise' with 'use'."
    assert alert.suggestions == ("use",)


def test_existence_token_does_not_match_inside_word_with_combining_accent(make_pack):
    # "Rene" followed by U+0301 is the word "René" (decomposed); \bRene\b does not match it.
    config = make_pack({"Name": """
        extends: existence
        message: "%s"
        tokens: [Rene]
        """})
    text = "Rene\u0301 Dubois met Rene Laurent."
    assert found(lint(config, text)) == [(1, text.index("met Rene") + 5, "Rene")]


def test_a_vale_rule_reports_its_match_whitespace_and_all(make_pack):
    # Vale keeps the whitespace a pattern matched: its position and its message include it.
    config = make_pack({"Dash": r"""
        extends: existence
        message: "Spaced dash: '%s'"
        nonword: true
        tokens: ['\s—|—\s']
        """})
    for text, column, match in [("A spaced word — here.", 14, " —"), ("Tight—word —next.", 11, " —"),
                                ("Dash— then.", 5, "— ")]:
        alerts = lint(config, text)
        assert found(alerts)[0] == (1, column, match)
        assert alerts[0].message == f"Spaced dash: '{match}'"


def test_display_math_is_not_prose_but_dollar_prices_are(make_pack):
    config = make_pack({"Word": "extends: existence\nmessage: \"'%s'\"\ntokens: [FOOBAR]\n"})
    text = "One FOOBAR here.\n\n$$\nx = FOOBAR + y\n$$\n\n$$z = FOOBAR$$\n\nCosts $5 or $6 FOOBAR.\n"
    assert [(line, column) for line, column, _ in found(lint(config, text))] == [(1, 5), (9, 16)]
