"""Front matter prose is checked (issue 11, item 5): the headline, standfirst, summary and
caption fields, at their exact line and column in the YAML, fixed safely; the keys are
configurable."""
from __future__ import annotations

import subprocess
import sys

import pytest

from stylelint import lint_text, load_rules

RULES = load_rules()
DRAFT = ("---\n"
         "title: Talks resume in Kiev as the the ceasefire holds\n"
         "description: \"Negotiators met in Kiev.\"\n"
         "summary: 'Officials in Kiev spoke.'  # a note\n"
         "date: 2024-01-01\n"
         "tags: [Kiev]\n"
         "slug: kiev-talks\n"
         "caption: >\n"
         "  Kiev at night\n"
         "---\n\nBody about Kyiv.\n")


def found(text, rules=RULES):
    return [(a.rule, a.line, a.column, a.match) for a in lint_text(text, rules=rules, syntax="md")]


def test_prose_fields_are_checked_at_their_place():
    assert found(DRAFT) == [
        ("Naming.Places", 2, 24, "Kiev"), ("Typos.Repeated", 2, 32, "the the"),
        ("Naming.Places", 3, 34, "Kiev"), ("Naming.Places", 4, 24, "Kiev")]


@pytest.mark.parametrize("key", ["headline", "subtitle", "standfirst", "dek", "excerpt", "alt", "Title"])
def test_every_default_key(key):
    assert found(f"---\n{key}: A visit to Kiev\n---\n\nText.\n") == [("Naming.Places", 2, len(key) + 14, "Kiev")]


def test_other_keys_block_scalars_and_the_body_after_are_unchanged():
    assert found("---\nauthor: Kiev Desk\nslug: the the\n---\n\nFine.\n") == []
    assert found("No front matter: title: Kiev\n") == [("Naming.Places", 1, 25, "Kiev")]


def test_the_key_list_is_configurable(tmp_path):
    (tmp_path / ".stylelint.yaml").write_text("front_matter: [slug, description]\n", encoding="utf-8")
    rules = load_rules(config=tmp_path / ".stylelint.yaml")
    assert [(r, line) for r, line, _, _ in found(DRAFT, rules)] == [("Naming.Places", 3)]
    (tmp_path / "none").mkdir()
    (tmp_path / "none" / ".stylelint.yaml").write_text("front_matter: []\n", encoding="utf-8")
    assert found(DRAFT, load_rules(config=tmp_path / "none" / ".stylelint.yaml")) == []


def test_fix_changes_only_the_words_in_the_yaml(tmp_path):
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "stylelint", "check", "--fix", "a.md"], cwd=tmp_path,
                   capture_output=True, timeout=120)
    fixed = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert fixed == (DRAFT.replace("in Kiev as the the", "in Kyiv as the")
                     .replace("met in Kiev", "met in Kyiv").replace("in Kiev spoke", "in Kyiv spoke"))
    import yaml

    assert yaml.safe_load(fixed.split("---\n")[1])["description"] == "Negotiators met in Kyiv."
