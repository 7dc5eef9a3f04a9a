"""Only new problems (issue 11.3 and 11.4).

- `stylelint baseline` records today's findings; `check --baseline FILE` reports and fails only
  on findings not in it. Fingerprints ignore line numbers, so edits elsewhere keep old findings
  known; a changed sentence is a new finding. One finding can be marked reviewed by its
  fingerprint or its place; the same fingerprints are in JSON and SARIF.
- `--diff-base REF` reports only findings on lines changed since REF, and says clearly why it
  cannot work (no repository, unknown ref, shallow clone without the ref).
- pre-commit, for real: a passing hook shows its warnings; with the README's new-problems setup a
  commit is blocked only for a new problem.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

OLD = """# Council budget

The council in Kiev met on Monday.

Some experts believe the plan will fail.

The goverment said the the talks would resume.
"""


def run(cwd, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "STYLELINT_DEBUG")}
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**env, "NO_COLOR": "1"})


def alerts(cwd, *args):
    result = run(cwd, "check", "--format", "json", *args)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["alerts"]


def git(cwd, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                          env=env).stdout


@pytest.fixture
def desk(tmp_path):
    (tmp_path / "story.md").write_text(OLD)
    made = run(tmp_path, "baseline", "story.md")
    assert made.returncode == 0, made.stderr
    return tmp_path


# --- the baseline ---------------------------------------------------------------------------

def test_a_baselined_draft_passes_and_shows_nothing_old(desk):
    result = run(desk, "check", "--baseline", ".stylelint-baseline.json", "story.md")
    assert result.returncode == 0, result.stdout
    assert "No problems found" in result.stdout
    assert "known findings in the baseline" in result.stderr
    without = run(desk, "check", "story.md")
    assert without.returncode == 1  # the errors are still there without the baseline


def test_edits_elsewhere_keep_old_findings_known(desk):
    story = desk / "story.md"
    story.write_text("# Council budget\n\nA new first paragraph.\n\nAnd another one.\n" +
                     OLD.split("\n", 1)[1].replace("\n\n", "\n\n\n"))
    result = run(desk, "check", "--baseline", ".stylelint-baseline.json", "--format", "json",
                 "story.md")
    assert json.loads(result.stdout)["alerts"] == [] and result.returncode == 0


@pytest.mark.parametrize("change, rule", [
    ("The mayor of Kiev spoke on Tuesday.", "Naming.Places"),
    ("It was the the end.", "Typos.Repeated"),
    ("Critics say the budget is a disgrace.", None),
])
def test_only_new_findings_are_reported_and_fail(desk, change, rule):
    story = desk / "story.md"
    story.write_text(OLD + "\n" + change + "\n")
    found = alerts(desk, "--baseline", ".stylelint-baseline.json", "story.md")
    assert found and all(a["line"] == OLD.count("\n") + 2 for a in found), found
    if rule:
        assert [a["rule"] for a in found] == [rule]


def test_a_changed_sentence_is_a_new_finding(desk):
    story = desk / "story.md"
    story.write_text(OLD.replace("The council in Kiev met on Monday.",
                                 "The council in Kiev met on Friday."))
    found = alerts(desk, "--baseline", ".stylelint-baseline.json", "story.md")
    assert [(a["rule"], a["match"]) for a in found] == [("Naming.Places", "Kiev")]


def test_a_repeated_sentence_needs_its_own_entry(desk):
    story = desk / "story.md"
    story.write_text(OLD + "\nThe council in Kiev met on Monday.\n")
    found = alerts(desk, "--baseline", ".stylelint-baseline.json", "story.md")
    assert [(a["rule"], a["line"]) for a in found] == [("Naming.Places", OLD.count("\n") + 2)]


def test_baseline_update_drops_fixed_findings_and_keeps_other_files(desk):
    (desk / "other.md").write_text("Officials in Kiev said so.\n")
    assert run(desk, "baseline", "other.md").returncode == 0
    data = json.loads((desk / ".stylelint-baseline.json").read_text())
    assert {e["path"] for e in data["findings"]} == {"story.md", "other.md"}
    (desk / "story.md").write_text("Fine copy now.\n")
    result = run(desk, "baseline", "story.md")
    data = json.loads((desk / ".stylelint-baseline.json").read_text())
    assert {e["path"] for e in data["findings"]} == {"other.md"}
    assert "Recorded 0 findings" in result.stdout


def test_one_finding_marked_reviewed_by_place_or_fingerprint(tmp_path):
    (tmp_path / "story.md").write_text("Officials in Kiev said so.\n\nThe the plan failed.\n")
    found = alerts(tmp_path, "story.md")
    by_rule = {a["rule"]: a for a in found}
    kiev = by_rule["Naming.Places"]
    result = run(tmp_path, "baseline", "--add", f"story.md:{kiev['line']}:{kiev['column']}",
                 "--note", "the desk keeps Kiev in this quote-like usage")
    assert result.returncode == 0, result.stderr
    assert "Naming.Places" in result.stdout and kiev["fingerprint"] in result.stdout
    left = alerts(tmp_path, "--baseline", ".stylelint-baseline.json", "story.md")
    assert [a["rule"] for a in left] == ["Typos.Repeated"]
    repeated = by_rule["Typos.Repeated"]
    assert run(tmp_path, "baseline", "--add", repeated["fingerprint"]).returncode == 0
    assert alerts(tmp_path, "--baseline", ".stylelint-baseline.json", "story.md") == []
    data = json.loads((tmp_path / ".stylelint-baseline.json").read_text())
    assert all(e["reviewed"] for e in data["findings"])
    assert any(e.get("note") == "the desk keeps Kiev in this quote-like usage" for e in data["findings"])


def test_adding_where_there_is_no_finding_is_an_error(tmp_path):
    (tmp_path / "story.md").write_text("Fine copy.\n")
    result = run(tmp_path, "baseline", "--add", "story.md:1")
    assert result.returncode == 2 and "story.md:1: no finding there" in result.stderr


@pytest.mark.parametrize("content, message", [
    (None, "no such baseline file"),
    ("{not json", "is not valid JSON"),
    ('{"findings": [{"fingerprint": "xyz"}]}', "needs a 'fingerprint' of 16 hex digits"),
])
def test_a_bad_baseline_is_one_line_and_exit_2(tmp_path, content, message):
    (tmp_path / "story.md").write_text("Officials in Kiev said so.\n")
    if content is not None:
        (tmp_path / "base.json").write_text(content)
    result = run(tmp_path, "check", "--baseline", "base.json", "story.md")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "base.json" in result.stderr and message in result.stderr


def test_sarif_carries_the_same_fingerprints(desk):
    found = alerts(desk, "story.md")
    sarif = json.loads(run(desk, "check", "--format", "sarif", "story.md").stdout)
    prints = [r["partialFingerprints"]["stylelint/v1"] for r in sarif["runs"][0]["results"]]
    assert prints == [a["fingerprint"] for a in found]
    recorded = json.loads((desk / ".stylelint-baseline.json").read_text())["findings"]
    assert sorted(e["fingerprint"] for e in recorded) == sorted(prints)


def test_fingerprints_ignore_lines_case_spacing_and_markup():
    import stylelint

    rules = stylelint.load_rules()
    one = stylelint.lint_text("The council in Kiev met.\n", rules=rules, syntax="md")
    two = stylelint.lint_text("# Title\n\nIntro.\n\nThe  council in\nKiev met.\n", rules=rules, syntax="md")
    three = stylelint.lint_text("The *council* in Kiev met.\n", rules=rules, syntax="md")
    other = stylelint.lint_text("The mayor in Kiev met.\n", rules=rules, syntax="md")
    prints = [[a.fingerprint for a in alerts if a.rule == "Naming.Places"]
              for alerts in (one, two, three, other)]
    assert prints[0] == prints[1] == prints[2] and len(prints[0]) == 1
    assert prints[3] != prints[0]


# --- --diff-base ----------------------------------------------------------------------------

@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "story.md").write_text(OLD)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "first draft")
    return tmp_path


def test_diff_base_reports_only_changed_lines(repo):
    story = repo / "story.md"
    story.write_text(OLD.replace("The council in Kiev met on Monday.",
                                 "The council in Kiev met on Monday and Tuesday."))
    found = alerts(repo, "--diff-base", "HEAD", "story.md")
    assert [(a["rule"], a["line"]) for a in found] == [("Naming.Places", 3)]
    clean_edit = OLD.replace("Some experts believe", "Two economists said")
    story.write_text(clean_edit)
    result = run(repo, "check", "--diff-base", "HEAD", "--fail-level", "warning", "story.md")
    assert result.returncode == 0 and "No problems found" in result.stdout
    assert "on lines not changed since HEAD" in result.stderr


def test_diff_base_against_a_branch_and_new_files(repo):
    git(repo, "checkout", "-q", "-b", "feature")
    (repo / "story.md").write_text(OLD + "\nThe mayor of Kiev spoke.\n")
    git(repo, "commit", "-q", "-am", "more")
    (repo / "new.md").write_text("A new story from Kiev.\n")  # untracked: every line is new
    found = alerts(repo, "--diff-base", "main", "story.md", "new.md")
    assert sorted((Path(a["path"]).name, a["line"]) for a in found) == [
        ("new.md", 1), ("story.md", OLD.count("\n") + 2)]


def test_diff_base_in_the_first_commit_of_a_repository(tmp_path):
    git(tmp_path, "init", "-q")
    (tmp_path / "story.md").write_text(OLD)
    git(tmp_path, "add", "story.md")
    found = alerts(tmp_path, "--diff-base", "HEAD", "story.md")
    assert len(found) >= 3


def test_diff_base_says_why_it_cannot_work(tmp_path, repo):
    outside = tmp_path.parent / (tmp_path.name + "-plain")
    outside.mkdir()
    (outside / "story.md").write_text(OLD)
    result = run(outside, "check", "--diff-base", "main", "story.md")
    assert result.returncode == 2 and "needs a git repository" in result.stderr
    result = run(repo, "check", "--diff-base", "no-such-branch", "story.md")
    assert result.returncode == 2 and "knows no commit called 'no-such-branch'" in result.stderr


def test_diff_base_on_a_shallow_clone(repo, tmp_path_factory):
    git(repo, "checkout", "-q", "-b", "feature")
    for n in range(3):
        (repo / "story.md").write_text(OLD + f"\nUpdate {n} from Kiev.\n")
        git(repo, "commit", "-q", "-am", f"update {n}")
    clone = tmp_path_factory.mktemp("ci") / "checkout"
    git(clone.parent, "clone", "-q", "--depth", "1", "--branch", "feature", f"file://{repo}", str(clone))
    result = run(clone, "check", "--diff-base", "origin/main", "story.md")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "shallow clone" in result.stderr and "fetch" in result.stderr
    git(clone, "fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main")
    result = run(clone, "check", "--diff-base", "origin/main", "story.md")
    assert result.returncode == 2 and "no common commit in this shallow clone" in result.stderr
    git(clone, "fetch", "-q", "--unshallow", "origin")
    found = alerts(clone, "--diff-base", "origin/main", "story.md")
    assert [a["line"] for a in found] == [OLD.count("\n") + 2]
