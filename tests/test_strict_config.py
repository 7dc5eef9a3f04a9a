"""Configuration and options that are wrong stop the run with one line naming the file and line
(issue 16 items 8-9, issue 11 item 2): nothing fails silently, nothing crashes per draft, no
glob or formula hangs."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

DRAFT = "The terrorist left Kiev. It was was late.\n"


def run(cwd, *args, timeout=90):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS", "STYLELINT_DEBUG")}
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, env=env)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def config_error(folder, config_text, *args):
    (folder / ".stylelint.yaml").write_text(config_text, encoding="utf-8")
    result = run(folder, "check", *args, "a.md")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""  # no draft was reported
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("config, line, words", [
    ("rules: {}\noverrides: [{files: 123, rules: {Naming: off}}]\n", 2, "'files' must be a glob"),
    ("rules: {}\noverrides:\n  - files: [null]\n    rules: {Naming: off}\n", 3, "a glob must be text"),
    ("ignore:\n  - drafts/*\n  - '[z-a]'\n", 3, "runs backwards"),
    ("fail_level: [error]\n", 1, "'fail_level' must be suggestion, warning or error"),
    ("rules: {}\nmin_level: {}\n", 2, "'min_level' must be suggestion, warning or error"),
    ("rules:\n  Readability.GradeLevel: {formula: '" + "1+" * 5000 + "1'}\n", 2, "formula is longer"),
    ("rules:\n  Readability.GradeLevel: {formula: '" + "1+(" * 110 + "1" + ")" * 110 + "'}\n", 2,
     "nested more than"),
    ("packs: ['.']\n", 1, "folder of this configuration itself"),
    ("packs: [Naming, '/']\n", 1, "root or a home folder"),
    ("rules:\n  Naming.Places: {prefer: Kyiv}\n", 2, "'prefer' must be a list"),
    ("rules:\n  Naming.Places:\n    prefer: [Kyiv, Odessaa]\n", 2, "'Odessaa' is not one of the names"),
    ("rules:\n  Naming.Places: [warning]\n", 2, "must be off, on, suggestion"),
])
def test_config_type_errors_name_the_users_file_and_line(folder, config, line, words):
    message = config_error(folder, config)
    assert message.startswith(f"stylelint: error: {folder / '.stylelint.yaml'}:{line}: "), message
    assert words in message


def test_a_prefer_typo_gets_a_hint_and_a_pack_wide_prefer_is_fine(folder):
    message = config_error(folder, "rules:\n  Naming: {prefer: [kyiv]}\n")
    assert "Did you mean 'Kyiv'?" in message
    (folder / ".stylelint.yaml").write_text("rules:\n  Naming: {prefer: [Artsakh, Kiev]}\n", encoding="utf-8")
    result = run(folder, "check", "--format", "line", "a.md")
    assert result.returncode == 1 and "Typos.Repeated" in result.stdout
    assert "Naming.Places" not in result.stdout  # the house chose Kiev


def test_a_pack_folder_ignores_hidden_yaml(folder):
    pack = folder / "House"
    pack.mkdir()
    (pack / "Rule.yml").write_text("extends: existence\nmessage: \"No '%s'.\"\ntokens: [late]\n",
                                   encoding="utf-8")
    (pack / ".stylelint.yaml").write_text("packs: [Naming]\n", encoding="utf-8")
    (folder / ".stylelint.yaml").write_text("packs: [House]\n", encoding="utf-8")
    result = run(folder, "check", "--format", "line", "a.md")
    assert result.returncode == 0, result.stderr  # a warning
    assert result.stdout.strip().endswith("House.Rule:No 'late'.")


@pytest.mark.parametrize("config", [
    "ignore: ['****************zzz']\n",
    "overrides: [{files: ['" + "**/" * 25 + "zzz'], rules: {Naming: off}}]\n",
    "overrides: [{files: ['" + "*a" * 30 + "*c'], rules: {Naming: off}}]\n",
])
def test_hostile_globs_finish(folder, config):
    deep = folder / ("a/" * 30).strip("/")
    deep.mkdir(parents=True)
    (deep / ("a" * 200 + ".md")).write_text(DRAFT, encoding="utf-8")
    (folder / ".stylelint.yaml").write_text(config, encoding="utf-8")
    result = run(folder, "check", "--format", "line", ".")
    assert result.returncode == 1, result.stderr
    assert result.stdout.count("Naming.Places") == 2


def test_vale_section_with_many_brace_groups(folder):
    (folder / ".vale.ini").write_text("MinAlertLevel = suggestion\n[*]\nBasedOnStyles = Naming\n\n"
                                      "[" + "{a,A}" * 20 + ".md]\nNaming.Places = NO\n", encoding="utf-8")
    result = run(folder, "check", "a.md")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"stylelint: error: {folder / '.vale.ini'}:5: ")
    assert "too many alternatives" in result.stderr


@pytest.mark.parametrize("globs, ignored", [
    (["*.md"], True), (["drafts/**"], False), (["{a,b}.md"], True), (["!a.md"], False), (["/a.md"], True),
])
def test_ignore_globs_keep_their_meaning(folder, globs, ignored):
    (folder / ".stylelint.yaml").write_text(f"ignore: {globs!r}\n", encoding="utf-8")
    result = run(folder, "check", "a.md")
    assert ("Kiev" in result.stdout) != ignored


# -- strict options -------------------------------------------------------------------------


@pytest.mark.parametrize("args, words", [
    (["--select", "Foo"], "'Foo'"),
    (["--select", "Neutrality.Labelz"], "Did you mean Neutrality.Labels"),
    (["--ignore", "Typos,Readabilty"], "Did you mean Readability"),
    (["--select", "Naming", "--select", "Sourcingg"], "Did you mean Sourcing"),
])
def test_unknown_rules_in_options_are_usage_errors(folder, args, words):
    result = run(folder, "check", *args, "a.md")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"stylelint: error: {args[-2]}: no rule or pack named"), result.stderr
    assert words in result.stderr


def test_pack_names_are_case_insensitive_and_lists_split_on_commas(folder):
    lower = run(folder, "check", "--format", "line", "--select", "neutrality", "a.md")
    assert lower.returncode == 0 and "Neutrality.Labels" in lower.stdout and "Naming" not in lower.stdout
    both = run(folder, "check", "--format", "line", "--ignore", "Neutrality,typos", "a.md")
    assert "Naming.Places" in both.stdout
    assert "Neutrality" not in both.stdout and "Typos" not in both.stdout


def test_an_unknown_rule_in_a_directive_is_an_alert_at_its_line(folder):
    (folder / "d.md").write_text("Fine.\n\n<!-- stylelint-disable-next-line Neutrality.Labelz -->\n"
                                 "The terrorist left.\n\n<!-- stylelint-disable-next-line Neutrality -->\n"
                                 "The terrorist left.\n\n<!-- vale Neutrality.Labelz = NO -->\n", encoding="utf-8")
    result = run(folder, "check", "--format", "line", "d.md")
    lines = result.stdout.splitlines()
    assert "d.md:3:1:stylelint.Directive:No rule or pack is named 'Neutrality.Labelz', so this comment " \
           "disables nothing. Did you mean Neutrality.Labels?" in lines
    assert any(l.startswith("d.md:4:5:Neutrality.Labels:") for l in lines)
    assert not any(l.startswith(("d.md:7:", "d.md:9:")) for l in lines)  # known names; Vale's own


def test_rules_shows_the_effective_level(folder):
    (folder / "house.yaml").write_text("rules:\n  Naming.Places: off\n  Typos.Repeated: error\n"
                                       "  Neutrality: suggestion\n", encoding="utf-8")
    result = run(folder, "rules", "--config", "house.yaml")
    assert result.returncode == 0
    rows = {line.split()[0]: line.split()[2] for line in result.stdout.splitlines()
            if line and "." in line.split()[0] and len(line.split()) > 2}
    assert rows["Naming.Places"] == "off"
    assert rows["Typos.Repeated"] == "error"
    assert rows["Neutrality.Labels"] == "suggestion"
    assert rows["Naming.Caucasus"] == "warning"
