"""Vale semantics of each rule type, run through the public engine API on short sentences."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from conftest import found, lint, matches, write_pack
from stylelint import ConfigError, load_rules

# --------------------------------------------------------------------------------------------
# existence
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# substitution
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# occurrence
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# repetition
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# consistency
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# conditional
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# capitalization
# --------------------------------------------------------------------------------------------

def test_capitalization_title_on_headings_only(make_pack):
    config = make_pack({"Title": """
        extends: capitalization
        message: "'%s' should be '%s'."
        level: warning
        match: $title
        action:
          name: replace
        """})
    text = "# Council votes on the new budget\n\nthis body text is not checked.\n\n" \
           "## Council Votes on the New Budget\n"
    alerts = lint(config, text)
    assert found(alerts) == [(1, 3, "Council votes on the new budget")]
    assert alerts[0].message == ("'Council votes on the new budget' should be "
                                 "'Council Votes on the New Budget'.")
    assert alerts[0].suggestions == ("Council Votes on the New Budget",)


def test_capitalization_sentence_case_with_exceptions(make_pack):
    config = make_pack({"Sentence": """
        extends: capitalization
        message: "'%s' should be in sentence case."
        scope: heading
        match: $sentence
        exceptions: [European Union]
        """})
    text = ("# Council Votes On The New Budget Today\n\n"
            "## Council votes on the European Union budget\n\n"
            "## council votes today\n")
    assert found(lint(config, text)) == [
        (1, 3, "Council Votes On The New Budget Today"),
        (5, 4, "council votes today"),
    ]


# --------------------------------------------------------------------------------------------
# metric
# --------------------------------------------------------------------------------------------

def _metric(formula: str, condition: str, message: str = "Score %s.") -> str:
    return f"""
        extends: metric
        message: "{message}"
        level: suggestion
        formula: "{formula}"
        condition: "{condition}"
        """


def test_metric_words_per_sentence_excludes_headings(make_pack):
    config = make_pack({"Length": _metric("words / sentences", "> 5", "Average is %s words.")})
    # 9 + 2 words in 2 sentences; the heading's words do not count.
    text = "# A heading with very many words in it\n\nThe council met today to vote on a plan. It passed.\n"
    alerts = lint(config, text)
    assert [(a.line, a.column, a.message) for a in alerts] == [(1, 1, "Average is 5.50 words.")]
    assert lint(config, "The council met. It voted.\n") == []


def test_metric_syllables(make_pack):
    config = make_pack({"Syl": _metric("syllables / words", ">= 2")})
    assert len(lint(config, "Municipal authorities deliberated extensively.\n")) == 1
    assert lint(config, "The cat sat on the mat.\n") == []


def test_metric_math_functions_are_allowed(make_pack):
    # Vale's Readability style writes math.sqrt(...) in its SMOG formula.
    config = make_pack({"Root": _metric("math.sqrt(words) + sqrt(words)", "> 3", "Root %s.")})
    assert [a.message for a in lint(config, "Four words stand here.\n")] == ["Root 4.00."]


@pytest.mark.parametrize("formula", [
    "__import__('os').getcwd()",
    "words.real",
    "().__class__",
    "open('x')",
    "words if sentences else 1",
    "[words][0]",
])
def test_metric_formula_with_code_is_rejected(tmp_path, formula):
    path = write_pack(tmp_path, {"Evil": _metric(formula.replace('"', "'"), "> 1")})
    with pytest.raises(ConfigError) as info:
        lint(load_rules(config=path), "Some words here.\n")
    message = str(info.value)
    assert "\n" not in message
    assert f"{tmp_path / 'Test' / 'Evil.yml'}:4:" in message  # line of `formula`


@pytest.mark.parametrize("formula", ["words(2)", "math(words)", "sqrt(1, 2, 3)"])
def test_metric_formula_calling_a_non_function_is_a_config_error(tmp_path, formula):
    path = write_pack(tmp_path, {"Bad": _metric(formula, "> 1")})
    with pytest.raises(ConfigError) as info:
        lint(load_rules(config=path), "Some words here.\n")
    assert "Bad.yml" in str(info.value)


def test_metric_huge_power_does_not_hang(tmp_path):
    # Rule files are data: a formula must not be able to stall the linter.
    path = write_pack(tmp_path, {"Pow": _metric("9 ** 9 ** 9", "> 1")})
    script = textwrap.dedent(f"""
        import stylelint
        try:
            stylelint.lint_text("Some words here.", rules=stylelint.load_rules(config={str(path)!r}))
        except stylelint.ConfigError:
            pass
        """)
    subprocess.run([sys.executable, "-c", script], timeout=5, check=True, capture_output=True)


# --------------------------------------------------------------------------------------------
# spelling
# --------------------------------------------------------------------------------------------

SPELLING = """
extends: spelling
message: "Did you really mean '%s'?"
level: error
"""


def test_spelling_flags_unknown_lowercase_words(make_pack):
    config = make_pack({"Spell": SPELLING})
    alerts = lint(config, "The councill met on a rainy evening.\n")
    assert found(alerts) == [(1, 5, "councill")]
    assert alerts[0].message == "Did you really mean 'councill'?"


def test_spelling_vocab_accept_suppresses_case_insensitively(make_pack):
    config = make_pack({"Spell": SPELLING}, config="vocab:\n  accept: [Councill]\n")
    assert lint(config, "The councill met.\n") == []


def test_spelling_skip_names_leaves_capitalised_words(make_pack):
    plain = make_pack({"Spell": SPELLING})
    names = make_pack({"Spell": SPELLING + "skip_names: true\n"})
    text = "Zelenskyy met the councill.\n"
    assert matches(lint(plain, text)) == ["Zelenskyy", "councill"]
    assert matches(lint(names, text)) == ["councill"]


def test_spelling_default_filters_skip_words_with_digits(make_pack):
    # Vale's default filter [^a-zA-Z_'] skips any word containing a digit.
    config = make_pack({"Spell": SPELLING})
    assert lint(config, "The covid19 wave ended.\n") == []


# --------------------------------------------------------------------------------------------
# scopes
# --------------------------------------------------------------------------------------------

SCOPED_DOC = """# Budget news

The budget passed. `budget` is code.

- A budget item

> A budget quote
"""


def _scoped(scope: str) -> str:
    return f"""
        extends: existence
        message: "%s"
        scope: {scope}
        ignorecase: true
        tokens: [budget]
        """


@pytest.mark.parametrize("scope, expected", [
    ("heading", [(1, 3)]),
    ("'~heading'", [(3, 5), (5, 5), (7, 5)]),
    ("sentence", [(3, 5)]),
    ("list", [(5, 5)]),
    ("blockquote", [(7, 5)]),
    ("text", [(1, 3), (3, 5), (5, 5), (7, 5)]),
    ("raw", [(1, 3), (3, 5), (3, 21), (5, 5), (7, 5)]),
    ("'heading & ~heading.h1'", []),
    ("[heading, list]", [(1, 3), (5, 5)]),
])
def test_scopes(make_pack, scope, expected):
    config = make_pack({"Budget": _scoped(scope)})
    assert [(a.line, a.column) for a in lint(config, SCOPED_DOC)] == expected


QUOTED = ('"The plan was disastrous for all of us," the mayor said. Critics called it '
          'disastrous.\n\n“It was a disastrous year. Nobody denies that,” she said.\n')


def test_not_quote_scope_skips_direct_quotations(make_pack):
    config = make_pack({"Loaded": """
        extends: existence
        message: "%s"
        scope: '~quote'
        tokens: [disastrous]
        """})
    assert found(lint(config, QUOTED)) == [(1, QUOTED.index("it disastrous") + 4, "disastrous")]


def test_quote_scope_only_inside_quotations(make_pack):
    config = make_pack({"Loaded": """
        extends: existence
        message: "%s"
        scope: quote
        tokens: [disastrous]
        """})
    assert [(a.line, a.column) for a in lint(config, QUOTED)] == [(1, 15), (3, 11)]


def test_sentence_and_not_quote(make_pack):
    config = make_pack({"Loaded": """
        extends: existence
        message: "%s"
        scope: 'sentence & ~quote'
        tokens: [disastrous]
        """})
    assert [(a.line, a.column) for a in lint(config, QUOTED)] == [(1, 76)]
