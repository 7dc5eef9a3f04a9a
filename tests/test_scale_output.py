"""Readable at scale (issue 11, item 6): identical findings grouped in the text output,
--statistics, and each file's word count and reading grade in its header."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

STORY = ("The council met in Kiev on Monday. Officials in Kiev said the plan would go ahead.\n\n"
         "Residents of Kiev were told the the roads would close. Kiev is calm.\n\n"
         "A later meeting in Kiev is planned.\n")


def run(cwd, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "GITHUB_ACTIONS", "STYLELINT_DEBUG")}
    return subprocess.run([sys.executable, "-m", "stylelint", "check", "--no-color", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def story(tmp_path):
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    return tmp_path


def test_identical_findings_are_shown_once_with_their_lines(story):
    out = run(story, "story.md").stdout
    assert out.count("instead of 'Kiev'") == 1
    assert "Kiev -- 5 times: lines 1, 3, 5" in out
    assert out.count("'the' is repeated") == 1  # a single finding is shown as before
    assert "5 warnings" in out  # the summary still counts every finding


def test_two_findings_are_not_grouped(tmp_path):
    (tmp_path / "a.md").write_text("Kiev.\n\nKiev.\n", encoding="utf-8")
    out = run(tmp_path, "a.md").stdout
    assert out.count("instead of 'Kiev'") == 2 and "times" not in out


def test_findings_about_a_span_not_its_words_are_each_shown(tmp_path):
    # a long sentence is flagged at its first word: three that open with "The" are three findings
    long = " ".join(["The council said the plan for the new road through the old town would go ahead"] * 3)
    (tmp_path / "a.md").write_text(f"{long}.\n\n{long}.\n\n{long}.\n", encoding="utf-8")
    out = run(tmp_path, "a.md").stdout
    assert out.count("more than 40 words") == 3 and "times" not in out


def test_machine_formats_keep_every_finding(story):
    out = run(story, "--format", "line", "story.md").stdout
    assert out.count("Naming.Places") == 5


def test_the_header_has_words_and_grade(story):
    header = run(story, "story.md").stdout.splitlines()[0]
    assert header.startswith("story.md  (36 words, reading grade ")


def test_statistics_counts_per_rule(story):
    result = run(story, "--statistics", "story.md")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["5", "Naming.Places", "warning", "fixable"]
    assert lines[1].split() == ["1", "Typos.Repeated", "error", "fixable"]
    assert "instead of" not in result.stdout  # counts, not each finding
    assert lines[-1].startswith("1 error and 5 warnings in 1 of 1 file checked.")
    assert result.returncode == 1


def test_statistics_is_for_the_text_format(story):
    result = run(story, "--statistics", "--format", "json", "story.md")
    assert result.returncode == 2 and "--statistics" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_json_reports_written_a_file_at_a_time_keep_the_whole_document_layout(tmp_path, fmt):
    """The JSON reports are streamed file by file (memory on long runs); their text is still
    exactly json.dumps(document, indent=2), with or without alerts and unreadable files."""
    (tmp_path / "a.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text("Clean, short and plain.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("“Kiev” is calm, officials in Kiev said.\n", encoding="utf-8")
    (tmp_path / "d.md").symlink_to(tmp_path / "gone.md")  # unreadable: listed in the report
    for args in (["a.md", "b.md", "c.md", "d.md"], ["b.md"]):
        out = run(tmp_path, "--format", fmt, *args).stdout
        assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"
        assert ("Kiev" in out) == (args[0] == "a.md")
        assert ("d.md" in out) == (args[0] == "a.md" and fmt != "gitlab")  # GitLab's has no place for it
    if fmt == "json":
        found = json.loads(run(tmp_path, "--format", "json", ".").stdout)["alerts"]
        assert {a["path"] for a in found} == {"a.md", "c.md"}
