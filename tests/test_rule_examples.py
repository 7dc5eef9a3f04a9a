"""Every built-in rule carries its own examples; each `fail` example must raise the rule and
each `pass` example must not. A built-in rule without both kinds fails the suite."""
import pytest

from stylelint import lint_text
from stylelint.project.loader import build_rule
from stylelint.project.packs import builtin_rules_dir, pack_rules

BUILTIN = sorted(
    (rule_id, path)
    for pack in sorted(builtin_rules_dir().iterdir()) if pack.is_dir()
    for rule_id, path in pack_rules(pack)
)


def _lint(rule, text):
    return [a for a in lint_text(text, rules=[(rule, rule.level)], syntax="md")
            if a.rule == rule.id]


def test_there_are_builtin_rules_in_every_category():
    categories = {build_rule(rule_id, path).category for rule_id, path in BUILTIN}
    assert categories >= {"neutrality", "sourcing", "naming", "typo", "style", "readability"}


@pytest.mark.parametrize("rule_id,path", BUILTIN, ids=[r for r, _ in BUILTIN])
def test_rule_examples(rule_id, path):
    rule = build_rule(rule_id, path)
    fail, passing = rule.examples.get("fail") or [], rule.examples.get("pass") or []
    assert fail and passing, f"{rule_id} needs both fail and pass examples"
    assert rule.description and rule.rationale, f"{rule_id} needs a description and a rationale"
    for example in fail:
        assert _lint(rule, example), f"{rule_id} should flag: {example!r}"
    for example in passing:
        found = _lint(rule, example)
        assert not found, f"{rule_id} should not flag {example!r}, but said: {found[0].message}"
