"""Drafts that used to pass unchecked with exit code 0 (issue 16, item 11): deep nesting,
UTF-32 with a BOM, and an invisible character hiding a word from every rule."""
from __future__ import annotations

import codecs
import subprocess
import sys

import pytest

from stylelint import lint_text, load_rules

RULES = load_rules()


def rules_at(text, syntax="md"):
    return [(a.rule, a.line) for a in lint_text(text, rules=RULES, syntax=syntax)]


@pytest.mark.parametrize("depth", [10, 48, 60, 200])
def test_every_level_of_a_deep_list_is_checked(depth):
    text = "".join("  " * i + f"- item {i} was was done\n" for i in range(depth))
    repeated = [line for rule, line in rules_at(text) if rule == "Typos.Repeated"]
    assert repeated == list(range(1, depth + 1))


@pytest.mark.parametrize("depth", [5, 99, 150, 400])
def test_deep_blockquotes_are_checked(depth):
    text = "Intro.\n\n" + ">" * depth + " It was was done.\n\nAfter it was was done.\n"
    repeated = [line for rule, line in rules_at(text) if rule == "Typos.Repeated"]
    assert repeated == [3, 5]


def test_shallow_markdown_keeps_its_structure():
    # The plain-text fallback is only for pathological nesting: code stays unchecked here.
    text = "- one\n  - two was was\n\n```\nthe the\n```\n"
    assert rules_at(text) == [("Typos.Repeated", 2)]


@pytest.mark.parametrize("bom, encoding", [(codecs.BOM_UTF32_LE, "utf-32-le"),
                                           (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_utf32_with_a_bom_is_read_and_fixed_in_place(tmp_path, bom, encoding):
    path = tmp_path / "a.md"
    path.write_bytes(bom + "He said it was was fine.\n".encode(encoding))
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "--format", "line", "a.md"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "a.md:1:12:Typos.Repeated:" in result.stdout, result.stderr
    subprocess.run([sys.executable, "-m", "stylelint", "check", "--fix", "a.md"], cwd=tmp_path,
                   capture_output=True, timeout=120)
    assert path.read_bytes() == bom + "He said it was fine.\n".encode(encoding)


@pytest.mark.parametrize("hidden", ["\u200b", "\u00ad", "\u2060", "\u200d", "\ufeff", "\u200b\u200b"])
def test_an_invisible_character_inside_a_word_is_flagged_with_the_word_as_fix(hidden):
    text = f"The minister flew to Ki{hidden}ev on Monday.\n"
    alerts = [a for a in lint_text(text, rules=RULES, syntax="md") if a.rule == "Typos.Invisible"]
    assert len(alerts) == 1
    assert (alerts[0].column, alerts[0].match, alerts[0].fix) == (22, f"Ki{hidden}ev", "Kiev")


def test_after_the_fix_the_word_meets_the_other_rules(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("The minister flew to Ki\u200bev on Monday.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "stylelint", "check", "--fix", "--select", "Typos", "a.md"],
                   cwd=tmp_path, capture_output=True, timeout=120)
    assert path.read_text(encoding="utf-8") == "The minister flew to Kiev on Monday.\n"
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "--format", "line", "a.md"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "a.md:1:22:Naming.Places:" in result.stdout


def test_joiners_in_other_scripts_are_left_alone():
    # The zero-width non-joiner is spelling in Persian; emoji sequences use the joiner.
    assert not [a for a in lint_text("می\u200cخواهم. A family \U0001F468\u200d\U0001F469 photo.\n",
                                     rules=RULES, syntax="md") if a.rule == "Typos.Invisible"]
