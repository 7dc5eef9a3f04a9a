"""Hostile rules, configurations and drafts (issue 5): never hang, never execute anything.

- A catastrophic regex is stopped by the timeout (STYLELINT_REGEX_TIMEOUT) and reported as an
  error alert for that rule, while the other rules' results are still reported.
- Patterns that are "only" polynomial (quadratic) are bounded too, on a long line.
- Python object tags in YAML are refused (one line, exit 2) and nothing is executed.
- Rule files cannot read files outside their style folder.
- YAML alias bombs ("billion laughs") in a configuration do not eat the machine.
- Built-in rules scale linearly with the number of paragraphs.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import write_pack

TIMEOUT_ENV = {"STYLELINT_REGEX_TIMEOUT": "0.5"}

KIEV = """
    extends: existence
    message: "Use Kyiv, not '%s'."
    level: warning
    tokens: [Kiev]
    """


def run(cwd, *args, timeout=60, env=None):
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("NO_COLOR", "GITHUB_ACTIONS", "STYLELINT_DEBUG")}
    environment.update(env or {})
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, capture_output=True,
                            text=True, timeout=timeout, env=environment)
    result.seconds = time.monotonic() - start
    return result


def one_line(result):
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return lines[0]


def run_here(cwd, *args, monkeypatch):
    """The CLI in this process (much cheaper than a new interpreter for many small cases)."""
    from click.testing import CliRunner

    from stylelint.cli import main

    monkeypatch.chdir(cwd)
    monkeypatch.delenv("STYLELINT_DEBUG", raising=False)
    result = CliRunner().invoke(main, list(args))
    assert isinstance(result.exception, SystemExit) or result.exception is None, repr(result.exception)
    result.returncode = result.exit_code
    return result


# --------------------------------------------------------------------------------------------
# regex timeouts
# --------------------------------------------------------------------------------------------

CATASTROPHIC = {
    "Alternation": r"""
        extends: existence
        message: "Catastrophic: '%s'."
        level: warning
        raw: ['(a|aa)+$']
        """,
    "Nested": r"""
        extends: existence
        message: "Catastrophic: '%s'."
        level: warning
        raw: ['((a+)+)+c']
        """,
    "Swapped": r"""
        extends: substitution
        message: "Use '%s' instead of '%s'."
        level: warning
        swap:
          '(?:a|aa)+c': x
        """,
    "Kiev": KIEV,
}


def test_catastrophic_patterns_are_stopped_and_the_other_rules_still_run(tmp_path):
    write_pack(tmp_path, CATASTROPHIC)
    draft = "The office in Kiev opened.\n\n" + "a" * 3000 + "b\n\nThe Kiev office closed.\n"
    (tmp_path / "draft.md").write_text(draft, encoding="utf-8")
    try:
        result = run(tmp_path, "check", "--format", "json", "draft.md", env=TIMEOUT_ENV, timeout=40)
    except subprocess.TimeoutExpired:
        pytest.fail("a catastrophic pattern was not stopped by the regex timeout")
    assert result.seconds < 30
    alerts = json.loads(result.stdout)["alerts"]
    kiev = [(a["line"], a["column"]) for a in alerts if a["rule"] == "Test.Kiev"]
    assert kiev == [(1, 15), (5, 5)], alerts
    for name in ("Alternation", "Nested", "Swapped"):
        failures = [a for a in alerts if a["rule"] == f"Test.{name}"]
        assert len(failures) == 1, (name, failures)
        assert failures[0]["severity"] == "error"
        assert "too long" in failures[0]["message"] and "skipped" in failures[0]["message"]
    assert result.returncode == 1  # the failure alerts are errors


POLYNOMIAL = {
    # Each is linear on a normal word, but quadratic on one long run of letters or spaces:
    # every start position scans to the end of the run and backs off.
    "LettersThenDigit": r"""
        extends: existence
        message: "'%s'."
        level: warning
        nonword: true
        tokens: ['[a-z]+\d']
        """,
    "AnythingThenDigit": r"""
        extends: existence
        message: "'%s'."
        level: warning
        nonword: true
        tokens: ['[^\n\d]*\d']
        """,
    "TrailingSpace": r"""
        extends: existence
        message: "Trailing space."
        level: warning
        scope: raw
        raw: ['[ \t]+x']
        """,
    "Kiev": KIEV,
}


def test_polynomial_patterns_on_a_long_line_are_bounded(tmp_path):
    """A long unbroken line (a pasted data blob, minified markup) must not make a rule run for
    minutes: either the pattern finishes quickly or the timeout stops it."""
    write_pack(tmp_path, POLYNOMIAL)
    # The digit on the next line (same paragraph) lets a block prefilter pass the long line on
    # to the pattern; the lines of letters and spaces never match, so every start position fails.
    draft = ("The office in Kiev opened.\n\n" + "a" * 60_000 + "\n1 b2\n\n"
             + " " * 60_000 + "\n1 yx\n\nEnd.\n")
    (tmp_path / "draft.txt").write_text(draft, encoding="utf-8")
    try:
        result = run(tmp_path, "check", "--format", "json", "draft.txt", env=TIMEOUT_ENV, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("a quadratic pattern on a 60,000-character line ran for more than 20 s "
                    "(patterns judged safe run without the regex timeout)")
    alerts = json.loads(result.stdout)["alerts"]
    assert [(a["line"], a["column"]) for a in alerts if a["rule"] == "Test.Kiev"] == [(1, 15)]


def test_the_timeout_is_per_rule_not_per_run(tmp_path):
    """Four slow rules at 0.5 s each: each is reported, and the run still ends."""
    rules = {f"Slow{i}": rf"""
        extends: existence
        message: "x"
        raw: ['(a|aa)+${i}?']
        """ for i in range(4)}
    rules["Kiev"] = KIEV
    write_pack(tmp_path, rules)
    (tmp_path / "draft.txt").write_text("Kiev\n\n" + "a" * 3000 + "b\n", encoding="utf-8")
    result = run(tmp_path, "check", "--format", "json", "draft.txt", env=TIMEOUT_ENV, timeout=60)
    alerts = json.loads(result.stdout)["alerts"]
    assert sorted(a["rule"] for a in alerts if "skipped" in a["message"]) == sorted(f"Test.Slow{i}" for i in range(4))
    assert [a["rule"] for a in alerts if a["rule"] == "Test.Kiev"] == ["Test.Kiev"]


# --------------------------------------------------------------------------------------------
# YAML that tries to run code
# --------------------------------------------------------------------------------------------

PYTHON_TAGS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/apply:subprocess.check_call [['touch', '{marker}']]",
    "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
    "!!python/name:os.system",
    "!!python/module:os",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
]


@pytest.mark.parametrize("where", ["rule", "config"])
@pytest.mark.parametrize("tag", PYTHON_TAGS)
def test_python_tags_are_refused_and_never_run(tmp_path, tag, where, monkeypatch):
    marker = tmp_path / "MARKER"
    payload = tag.format(marker=marker)
    rules = {"Kiev": KIEV}
    if where == "rule":
        rules["Evil"] = f"""
            extends: existence
            message: x
            tokens: {payload}
            """
        write_pack(tmp_path, rules)
        broken = "Evil.yml"
    else:
        write_pack(tmp_path, rules, config=f"min_level: {payload}\n")
        broken = ".stylelint.yaml"
    (tmp_path / "draft.md").write_text("The Kiev office.\n", encoding="utf-8")
    result = run_here(tmp_path, "check", "draft.md", monkeypatch=monkeypatch)
    assert result.returncode == 2, result.stdout + result.stderr
    line = one_line(result)
    expected_line = 3 if where == "rule" else 2
    assert f"{broken}:{expected_line}:" in line, line
    assert not marker.exists(), "a YAML tag executed code"


# --------------------------------------------------------------------------------------------
# rule files cannot read outside their style folder
# --------------------------------------------------------------------------------------------

OUTSIDE = ["../../etc/passwd", "../../../../../../../../etc/passwd", "/etc/passwd", "../../secret.txt",
           "linked.txt"]


@pytest.mark.parametrize("key", ["ignore", "dic"])
@pytest.mark.parametrize("target", OUTSIDE)
def test_spelling_word_lists_outside_the_style_folder_are_refused(tmp_path, target, key, monkeypatch):
    project = tmp_path / "project"
    project.mkdir()
    (tmp_path / "secret.txt").write_text("Kiev\n", encoding="utf-8")
    write_pack(project, {"Spell": f"""
        extends: spelling
        message: "'%s'?"
        {key}: {target}
        """})
    if target == "linked.txt":  # a symlink inside the pack that points outside it
        (project / "Test" / "linked.txt").symlink_to(tmp_path / "secret.txt")
    (project / "draft.md").write_text("The Kiev office.\n", encoding="utf-8")
    result = run_here(project, "check", "draft.md", monkeypatch=monkeypatch)
    assert result.returncode == 2, result.stdout + result.stderr
    line = one_line(result)
    assert "Spell.yml:3:" in line and "inside the style folder" in line, line


def test_a_word_list_inside_the_style_folder_is_fine(tmp_path):
    write_pack(tmp_path, {"Spell": """
        extends: spelling
        message: "'%s'?"
        ignore: words.txt
        """})
    (tmp_path / "Test" / "words.txt").write_text("Zorblax\n", encoding="utf-8")
    (tmp_path / "draft.md").write_text("The Zorblax office. The Qwertyuiop office.\n", encoding="utf-8")
    result = run(tmp_path, "check", "--format", "json", "draft.md", timeout=30)
    alerts = json.loads(result.stdout)["alerts"]
    assert [a["match"] for a in alerts] == ["Qwertyuiop"]


# --------------------------------------------------------------------------------------------
# YAML alias bombs
# --------------------------------------------------------------------------------------------

MEASURE = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
    start = time.monotonic()
    try:
        r = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=40, preexec_fn=cap)
        out, err, code = r.stdout, r.stderr, r.returncode
    except subprocess.TimeoutExpired:
        out, err, code = "", "TIMEOUT", -999
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps({"code": code, "stdout": out, "stderr": err, "peak": peak,
                      "seconds": time.monotonic() - start}))
""")


def _bomb(indent: str, depth: int) -> str:
    lines = [f"{indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, depth):
        lines.append(f"{indent}a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("where", ["rule options in the config", "rule file"])
def test_yaml_alias_bomb_is_refused_quickly(tmp_path, where):
    if where == "rule file":
        write_pack(tmp_path, {"Kiev": KIEV, "Bomb": "extends: existence\nmessage: x\ntokens: [x]\nexamples:\n"
                              + _bomb("  ", 8)})
        broken = "Bomb.yml"
    else:
        write_pack(tmp_path, {"Kiev": KIEV}, config="rules:\n  Test.Kiev:\n" + _bomb("    ", 8))
        broken = ".stylelint.yaml"
    (tmp_path / "draft.md").write_text("The Kiev office.\n", encoding="utf-8")
    wrapper = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-m", "stylelint", "check",
                              "draft.md"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    result = json.loads(wrapper.stdout)
    assert result["seconds"] < 20, result
    assert result["peak"] < 700 * 2**20, f"peak RSS {result['peak'] / 2**20:.0f} MB for a 2 KB file"
    if where == "rule file":  # `examples` is free-form: fine to load, as long as it is cheap
        assert result["code"] in (0, 1, 2) and "Traceback" not in result["stderr"], result
        return
    assert result["code"] == 2, result
    lines = result["stderr"].splitlines()
    assert len(lines) == 1 and broken in lines[0], result["stderr"]
