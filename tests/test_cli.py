"""The `stylelint` command, run as a user or CI would run it (a subprocess in a project folder)."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from conftest import write_pack

RULES = {
    "Kiev": """
        extends: substitution
        message: "Use '%s' instead of '%s'."
        level: error
        category: naming
        link: https://example.org/style/kyiv
        description: Flags the Russian-derived spelling of the Ukrainian capital.
        rationale: The Ukrainian government asked for the spelling transliterated from Ukrainian.
        examples:
          fail: [The Kiev office opened.]
          pass: [The Kyiv office opened.]
        action:
          name: replace
        swap:
          Kiev: Kyiv
        """,
    "Very": """
        extends: existence
        message: "Avoid '%s'."
        level: warning
        tokens: [very]
        """,
    "Utilise": """
        extends: existence
        message: "Consider 'use' for '%s'."
        level: suggestion
        tokens: [utilise]
        """,
}
DRAFT = "A very long day in Kiev.\n\nWe utilise the tram.\n"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def project(tmp_path):
    write_pack(tmp_path, RULES)
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "clean.md").write_text("Nothing to see here.\n", encoding="utf-8")
    return tmp_path


def run(cwd, *args, stdin=None, env=None):
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, env=environment, timeout=60)


# --------------------------------------------------------------------------------------------
# exit codes and formats
# --------------------------------------------------------------------------------------------

def test_exit_codes(project):
    assert run(project, "check", "clean.md").returncode == 0
    assert run(project, "check", "a.md").returncode == 1
    missing = run(project, "check", "missing.md")
    assert missing.returncode == 2
    assert "missing.md" in missing.stderr


def test_json_format_has_exactly_the_documented_keys(project):
    result = run(project, "check", "--format", "json", "a.md")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert set(document) == {"version", "files", "alerts", "summary"}
    assert document["files"] == 1
    keys = {"path", "line", "column", "end_line", "end_column", "rule", "category", "severity",
            "message", "match", "suggestions", "link", "fix", "fingerprint"}
    assert all(set(alert) == keys for alert in document["alerts"])
    kiev = next(a for a in document["alerts"] if a["rule"] == "Test.Kiev")
    assert kiev == {
        "path": "a.md", "line": 1, "column": 20, "end_line": 1, "end_column": 24,
        "rule": "Test.Kiev", "category": "naming", "severity": "error",
        "message": "Use 'Kyiv' instead of 'Kiev'.", "match": "Kiev", "suggestions": ["Kyiv"],
        "link": "https://example.org/style/kyiv", "fix": {"replacement": "Kyiv", "safety": "safe"},
        "fingerprint": kiev["fingerprint"],
    }
    assert len(kiev["fingerprint"]) == 16 and int(kiev["fingerprint"], 16) >= 0
    assert [a["severity"] for a in document["alerts"]] == ["warning", "error", "suggestion"]
    assert document["summary"]["error"] == 1
    assert document["summary"]["warning"] == 1
    assert document["summary"]["suggestion"] == 1


def test_line_format(project):
    result = run(project, "check", "--format", "line", "a.md")
    assert result.stdout.splitlines() == [
        "a.md:1:3:Test.Very:Avoid 'very'.",
        "a.md:1:20:Test.Kiev:Use 'Kyiv' instead of 'Kiev'.",
        "a.md:3:4:Test.Utilise:Consider 'use' for 'utilise'.",
    ]


def test_text_format_shows_line_source_underline_and_summary(project):
    result = run(project, "check", "a.md")
    out = result.stdout
    assert not ANSI.search(out)  # stdout is a pipe, not a terminal
    lines = out.splitlines()
    assert lines[0].startswith("a.md  (") and lines[0].endswith(" words)")  # the size of the draft
    kiev = next(i for i, line in enumerate(lines) if "Test.Kiev" in line)
    assert lines[kiev].split()[0] == "1:20"
    assert "Use 'Kyiv' instead of 'Kiev'." in lines[kiev]
    source, underline = lines[kiev + 1], lines[kiev + 2]
    assert source.strip() == "A very long day in Kiev."
    assert underline.strip() == "^^^^"
    assert underline.index("^") == source.index("Kiev")
    assert "Kyiv" in lines[kiev + 3]  # the suggestion
    summary = [line for line in lines if line.strip()][-1]
    assert re.search(r"1 error, 1 warning and 1 suggestion", summary)


def test_color_flag_forces_colour_into_a_pipe(project):
    # e.g. `stylelint check --color draft.md | less -R`
    assert ANSI.search(run(project, "check", "--color", "a.md").stdout)


def test_colour_on_a_terminal_unless_no_color(project):
    import pty

    def on_terminal(env):
        leader, follower = pty.openpty()
        try:
            environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
            environment.update(env)
            subprocess.run([sys.executable, "-m", "stylelint", "check", "a.md"], cwd=project,
                           stdout=follower, stderr=subprocess.DEVNULL, env=environment, timeout=60)
            os.close(follower)
            chunks = []
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                chunks.append(chunk)
            return b"".join(chunks).decode("utf-8", "replace")
        finally:
            os.close(leader)

    assert ANSI.search(on_terminal({}))
    plain = on_terminal({"NO_COLOR": "1"})
    assert "Test.Kiev" in plain
    assert not ANSI.search(plain)


# --------------------------------------------------------------------------------------------
# levels and rule selection
# --------------------------------------------------------------------------------------------

def rules_reported(result):
    return [line.split(":")[3] for line in result.stdout.splitlines()]


def test_min_level(project):
    result = run(project, "check", "--format", "line", "--min-level", "warning", "a.md")
    assert rules_reported(result) == ["Test.Very", "Test.Kiev"]


def test_fail_level_warning_makes_warnings_fail(project):
    args = ("--format", "line", "--ignore", "Test.Kiev", "a.md")  # a warning and a suggestion
    assert run(project, "check", *args).returncode == 0
    assert run(project, "check", "--fail-level", "warning", *args).returncode == 1
    (project / ".stylelint.yaml").write_text("packs: [Test]\nfail_level: warning\n")
    assert run(project, "check", *args).returncode == 1


def test_select_and_ignore(project):
    selected = run(project, "check", "--format", "line", "--select", "Test.Very", "a.md")
    assert rules_reported(selected) == ["Test.Very"]
    assert selected.returncode == 0  # the error rule did not run
    ignored = run(project, "check", "--format", "line", "--ignore", "Test.Very", "a.md")
    assert rules_reported(ignored) == ["Test.Kiev", "Test.Utilise"]


def test_no_exit(project):
    result = run(project, "check", "--no-exit", "--format", "line", "a.md")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 3


def test_stdin_with_a_filename(project):
    text = "# The very best\n\n`Kiev` in code, Kiev in prose.\n"
    result = run(project, "check", "--format", "line", "--stdin-filename", "story.md", "-",
                 stdin=text)
    assert result.stdout.splitlines() == [
        "story.md:1:7:Test.Very:Avoid 'very'.",
        "story.md:3:17:Test.Kiev:Use 'Kyiv' instead of 'Kiev'.",
    ]
    assert result.returncode == 1


# --------------------------------------------------------------------------------------------
# rules and explain
# --------------------------------------------------------------------------------------------

def test_rules_lists_every_rule(project):
    result = run(project, "rules")
    assert result.returncode == 0
    listed = [line.split()[0] for line in result.stdout.splitlines() if line.startswith("Test.")]
    assert listed == ["Test.Kiev", "Test.Utilise", "Test.Very"]
    kiev = next(line for line in result.stdout.splitlines() if line.startswith("Test.Kiev"))
    assert "naming" in kiev and "error" in kiev


def test_explain_prints_rationale_and_examples(project):
    result = run(project, "explain", "Test.Kiev")
    assert result.returncode == 0
    out = result.stdout
    assert "Flags the Russian-derived spelling" in out
    assert "transliterated from Ukrainian" in out
    assert "The Kiev office opened." in out
    assert "The Kyiv office opened." in out
    assert "https://example.org/style/kyiv" in out


def test_explain_says_what_the_kind_of_piece_does(project, tmp_path_factory):
    """An editor who sees a suggestion where a warning was expected can read why."""
    builtin = tmp_path_factory.mktemp("builtin")  # no configuration: the built-in packs
    puffery = " ".join(run(builtin, "explain", "Neutrality.Puffery").stdout.split())  # as wrapped
    assert "not reported in reviews, columns" in puffery and "one level down in soft news" in puffery
    labels = " ".join(run(builtin, "explain", "Neutrality.Labels").stdout.split())
    assert "one level down in reviews, columns" in labels and "soft news" not in labels
    assert "By kind of piece" not in run(project, "explain", "Test.Kiev").stdout


def test_explain_lists_the_words_that_come_one_level_down(project, tmp_path_factory):
    builtin = tmp_path_factory.mktemp("builtin")
    labels = " ".join(run(builtin, "explain", "Neutrality.Labels").stdout.split())
    assert "One level down, calls desks split on:" in labels and "terrorists" in labels.split("split on:")[1]
    assert "thugs" not in labels.split("split on:")[1].split(".")[0]
    assert "One level down" not in run(project, "explain", "Test.Kiev").stdout


def test_explain_unknown_rule(project):
    result = run(project, "explain", "Test.Kyiv")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Test.Kyiv" in result.stderr
    assert result.stdout == ""


# --------------------------------------------------------------------------------------------
# broken rule files
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, line", [
    ("extends: existence\nmessage: x\ntokens: ['(Kiev']\n", 3),
    ("extends: metric\nmessage: x\nformula: __import__('os').getcwd()\ncondition: '> 1'\n", 3),
])
def test_bad_rule_file_exits_2_with_one_line(project, body, line):
    (project / "Test" / "Broken.yml").write_text(body, encoding="utf-8")
    result = run(project, "check", "a.md")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert f"Broken.yml:{line}:" in lines[0]


def test_every_advertised_format_renders(project, monkeypatch):
    from click.testing import CliRunner

    from stylelint.cli import main
    from stylelint.cli.formats import FORMATS

    monkeypatch.chdir(project)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    for name in FORMATS:
        result = CliRunner().invoke(main, ["check", "--format", name, "a.md"])
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            (name, result.exception)
        assert result.exit_code == 1, (name, result.output)
        if name in ("json", "gitlab", "sarif"):
            document = json.loads(result.stdout)
            if name == "sarif":
                assert document["version"] == "2.1.0"
                assert len(document["runs"][0]["results"]) == 3
            if name == "gitlab":
                assert len(document) == 3
        if name == "github":
            assert "::error file=a.md,line=1,col=20" in result.stdout
