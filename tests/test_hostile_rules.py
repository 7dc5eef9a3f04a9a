"""Rule files written to hang or exhaust the machine (issue 16, item 7): every pattern either
is proven linear or runs under the timeout, and repeat counts are bounded as Vale bounds them.
Each run has a memory limit (RLIMIT_AS) and a generous time limit as its failure signals."""
from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

from stylelint.core.patterns.backtracking import can_backtrack, parse_tree

MEMORY = 2 * 2**30


def _limit():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_rule(tmp_path, rule_yaml, draft):
    pack = tmp_path / "Evil"
    pack.mkdir()
    (pack / "R.yml").write_text(rule_yaml, encoding="utf-8")
    (tmp_path / ".stylelint.yaml").write_text("packs: [Evil]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(draft, encoding="utf-8")
    env = {**os.environ, "STYLELINT_REGEX_TIMEOUT": "0.5"}
    env.pop("STYLELINT_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "stylelint", "check", "--format", "line", "a.md"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env,
                          preexec_fn=_limit)


@pytest.mark.parametrize("key, pattern", [
    ("tokens", "(?>(?:a|aa)+z)"),
    ("tokens", "(?:(?:a|aa)+z)++"),
    ("tokens", "(?:a|aa)++z"),
    ("raw", "(?>(?:a|aa)+z)"),
])
def test_atomic_and_possessive_wrappers_are_stopped(tmp_path, key, pattern):
    rule = f"extends: existence\nmessage: \"x '%s'\"\nlevel: warning\n{key}: ['{pattern}']\n"
    result = run_rule(tmp_path, rule, "a" * 60 + " and fine words.\n")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stdout


def test_atomic_patterns_are_never_proven_safe():
    for pattern in ["(?>(?:a|aa)+z)", "(?:(?:a|aa)+z)++", "(?:a|aa)++z", "a*+b"]:
        assert can_backtrack(parse_tree(pattern)), pattern


@pytest.mark.parametrize("pattern", ["a*a*a*a*a*a*a*a*c", "\\w*\\w*\\w*\\w*\\w*c", "(?i)a*A*a*A*a*A*c"])
def test_stacked_quantifiers_are_not_proven_safe(tmp_path, pattern):
    assert can_backtrack(parse_tree(pattern))
    rule = f"extends: existence\nmessage: \"x '%s'\"\nlevel: warning\ntokens: ['{pattern}']\n"
    result = run_rule(tmp_path, rule, "a" * 3000 + "\n")
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr


def test_patterns_that_are_linear_stay_fast():
    for pattern in [r"\bKiev\b", r"\w+ly\b", r"a+b+", r"\d{1,2}\d{1,2}", r"[A-Z]\w+\s+[A-Z]\w+"]:
        assert not can_backtrack(parse_tree(pattern)), pattern


def test_a_conditional_with_an_atomic_first_pattern(tmp_path):
    rule = ("extends: conditional\nmessage: \"x '%s'\"\nlevel: warning\n"
            "first: '(?>(?:a|aa)+)z'\nsecond: 'b'\n")
    result = run_rule(tmp_path, rule, ("a" * 60 + " ") * 20 + "\n")
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr


@pytest.mark.parametrize("key, pattern", [("raw", "a{1000000000}"), ("tokens", "a{2,1000000000}b"),
                                          ("raw", "(?:ab){1001}")])
def test_huge_repeat_counts_are_refused(tmp_path, key, pattern):
    rule = f"extends: existence\nmessage: \"x '%s'\"\nlevel: warning\n{key}: ['{pattern}']\n"
    result = run_rule(tmp_path, rule, "aaaa\n")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"stylelint: error: {tmp_path / 'Evil' / 'R.yml'}:4: ")
    assert "over 1000" in result.stderr


def test_a_repeat_count_of_a_thousand_is_fine(tmp_path):
    rule = "extends: existence\nmessage: \"x '%s'\"\nlevel: warning\nraw: ['a{3}b{0,1000}c']\n"
    result = run_rule(tmp_path, rule, "aaac\n")
    assert result.returncode == 0 and "Evil.R" in result.stdout
