"""Broken rule and configuration files (issue 5): a corpus in tests/fixtures/broken/, one folder
per case (a configuration, a pack folder, a draft), with the expected file, line and wording in
tests/fixtures/broken/expectations.yaml.

For every case `stylelint check draft.md` exits with code 2 and prints exactly ONE line on
stderr that names the broken file (and the line, where the YAML has one), says what to change,
and has no traceback. Nothing in a rule file is ever executed.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from stylelint.cli import main

CORPUS = Path(__file__).parent / "fixtures" / "broken"
EXPECTATIONS = yaml.safe_load((CORPUS / "expectations.yaml").read_text(encoding="utf-8"))
CASES = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())


def test_the_corpus_is_complete():
    assert len(CASES) >= 30
    assert sorted(EXPECTATIONS) == CASES, "every case folder has an expectation and vice versa"
    for name in CASES:
        folder = CORPUS / name
        configs = [n for n in (".stylelint.yaml", ".vale.ini", "pyproject.toml") if (folder / n).exists()]
        assert len(configs) == 1, name
        assert (folder / "draft.md").is_file(), name
        assert any(p.is_dir() for p in folder.iterdir()), f"{name} has no pack folder"


@pytest.fixture
def case_folder(tmp_path, request):
    """A fresh copy of one case (so caches keyed by path never see another run's files)."""
    target = tmp_path / request.param
    shutil.copytree(CORPUS / request.param, target, symlinks=True)
    return target


def check_one_line(name, stderr: str, stdout: str, folder: Path):
    expected = EXPECTATIONS[name]
    assert "Traceback" not in stderr + stdout
    lines = stderr.splitlines()
    assert len(lines) == 1, f"{name}: stderr must be one line, got {len(lines)}:\n{stderr}"
    message = lines[0]
    file = expected["file"]
    assert file in message, f"{name}: the message does not name {file}: {message}"
    if expected["line"] is not None:
        assert f"{file}:{expected['line']}:" in message, \
            f"{name}: expected {file}:{expected['line']}: in {message}"
    for words in expected["says"]:
        assert words.lower() in message.lower(), f"{name}: expected {words!r} in {message}"
    assert not (folder / "pwned").exists(), "a rule file ran code"


@pytest.mark.parametrize("case_folder", CASES, indirect=True)
def test_broken_file_is_one_line_exit_2(case_folder, monkeypatch):
    name = case_folder.name
    monkeypatch.chdir(case_folder)
    monkeypatch.delenv("STYLELINT_DEBUG", raising=False)
    result = CliRunner().invoke(main, ["check", "draft.md"], catch_exceptions=True)
    assert isinstance(result.exception, SystemExit) or result.exception is None, \
        f"{name}: {type(result.exception).__name__}: {result.exception}"
    assert result.exit_code == 2, f"{name}: exit code {result.exit_code}\n{result.output}"
    check_one_line(name, result.stderr, result.stdout, case_folder)


SUBPROCESS_SAMPLE = ["rule-invalid-regex-token", "config-unknown-rule", "rule-python-object-tag",
                     "vale-unknown-style", "rule-metric-import"]


@pytest.mark.parametrize("case_folder", SUBPROCESS_SAMPLE, indirect=True)
def test_broken_file_through_a_real_process(case_folder):
    """The same contract when run as a command, as pre-commit and CI run it."""
    env = {k: v for k, v in os.environ.items() if k != "STYLELINT_DEBUG"}
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "draft.md"], cwd=case_folder,
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2, result.stderr
    check_one_line(case_folder.name, result.stderr, result.stdout, case_folder)


@pytest.mark.parametrize("case_folder", ["rule-invalid-regex-token", "config-duplicate-rule-ids",
                                         "rule-spelling-ignore-missing"], indirect=True)
def test_broken_rule_with_parallel_workers_is_still_one_line(case_folder):
    """With many files the check runs in worker processes; a rule error raised in a worker
    must still reach the user as the same one line, not as a crashed worker per file."""
    for i in range(24):
        (case_folder / f"draft{i:02}.md").write_text(f"Draft number {i} is very short.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "STYLELINT_DEBUG"}
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "--jobs", "2", "."],
                            cwd=case_folder, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "worker" not in (result.stdout + result.stderr).lower(), result.stdout[:2000]
    check_one_line(case_folder.name, result.stderr, result.stdout, case_folder)


@pytest.mark.parametrize("command", [["rules"], ["explain", "Pack.Good"]])
@pytest.mark.parametrize("case_folder", ["rule-unknown-key", "config-unknown-key"], indirect=True)
def test_other_commands_report_broken_files_the_same_way(case_folder, command, monkeypatch):
    monkeypatch.chdir(case_folder)
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2, result.output
    check_one_line(case_folder.name, result.stderr, "", case_folder)
