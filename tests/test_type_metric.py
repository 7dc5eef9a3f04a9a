"""The metric: readability formulas, evaluated safely.

Run through the public API (`lint_text` on rules built by `load_rules`) on short sentences."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from conftest import lint, write_pack
from stylelint import ConfigError, load_rules

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
    # Rule files are data: a formula must not be able to stall the linter. Powers are taken in
    # floats, as in Vale: 9 ** 9 ** 9 overflows at once and its rule stays quiet, while an
    # ordinary power in the same pack still works. (Integer powers would run for hours.)
    path = write_pack(tmp_path, {"Pow": _metric("9 ** 9 ** 9", "> 1"),
                                 "Square": _metric("words ** 2", "> 8")})
    script = textwrap.dedent(f"""
        import stylelint
        rules = stylelint.load_rules(config={str(path)!r})
        print(" ".join(a.rule for a in stylelint.lint_text("Some words here.", rules=rules)))
        """)
    result = subprocess.run([sys.executable, "-c", script], timeout=60, check=True,
                            capture_output=True, text=True)
    assert result.stdout.split() == ["Test.Square"]  # 3 words, squared: 9 > 8


def test_a_vale_metric_counts_words_as_vale_does(make_pack):
    # Vale's tokenizer counts numbers as words and splits hyphens; our own rules do not.
    formula = "extends: metric\nmessage: '%s'\nformula: words\ncondition: '> 0'\n"
    vale = make_pack({"Words": formula})
    ours = make_pack({"Words": formula + "category: readability\n"})
    text = "In 1940 the well-known test scored 70 points.\n"
    assert [a.message for a in lint(vale, text)] == ["9.00"]
    assert [a.message for a in lint(ours, text)] == ["6.00"]
