"""Where users run stylelint: CI output formats, safe --fix, --jobs, and pre-commit for real."""
import codecs
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json").read_text())

BAD = """# Talks in Kiev

The goverment said the the talks would resume on Monday.
"""
WARNINGS_ONLY = """# Talks in Kiev

The ministry said the talks would resume in Kiev on Monday.
"""
CLEAN = """# Talks resume

The ministry said the talks would resume on Monday.
"""


def run(*args, cwd, env=None, input=None):
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    environment.pop("GITHUB_ACTIONS", None) if "GITHUB_ACTIONS" not in (env or {}) else None
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, input=input, timeout=120)


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "warn.md").write_text(WARNINGS_ONLY, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


# --- formats -------------------------------------------------------------------------------

def test_sarif_validates_against_the_official_schema(drafts):
    result = run("check", "--format", "sarif", "bad.md", "warn.md", cwd=drafts)
    assert result.returncode == 1
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    run_ = document["runs"][0]
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    assert "Typos.Misspellings" in rules and rules["Typos.Misspellings"]["help"]["text"]
    first = next(r for r in run_["results"] if r["ruleId"] == "Typos.Misspellings")
    region = first["locations"][0]["physicalLocation"]["region"]
    assert first["level"] == "error" and "goverment" in first["message"]["text"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 5, 14)
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad.md"


def test_github_annotations_are_chosen_automatically_in_actions(drafts):
    result = run("check", "bad.md", cwd=drafts, env={"GITHUB_ACTIONS": "true"})
    lines = result.stdout.splitlines()
    assert "::error file=bad.md,line=3,col=5,endColumn=14,title=Typos.Misspellings::" \
           "'goverment' looks misspelled: did you mean 'government'?" in lines
    assert any(line.startswith("::warning file=bad.md,line=1,col=12,") for line in lines)
    assert "1 file checked" in result.stderr or "of 1 file" in result.stderr


def test_gitlab_code_quality_report(drafts):
    result = run("check", "--format", "gitlab", "bad.md", cwd=drafts)
    issues = json.loads(result.stdout)
    assert issues and all({"description", "check_name", "fingerprint", "severity", "location"} <= set(i)
                          for i in issues)
    typo = next(i for i in issues if i["check_name"] == "Typos.Misspellings")
    assert typo["severity"] == "major" and typo["location"] == {"path": "bad.md", "lines": {"begin": 3, "end": 3}}
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_fail_level_and_no_exit(drafts):
    assert run("check", "warn.md", cwd=drafts).returncode == 0
    assert run("check", "--fail-level", "warning", "warn.md", cwd=drafts).returncode == 1
    assert run("check", "--fail-level", "suggestion", "clean.md", cwd=drafts).returncode == 0
    assert run("check", "--no-exit", "bad.md", cwd=drafts).returncode == 0


def test_summary_counts_levels_and_files(drafts):
    result = run("check", "bad.md", "warn.md", "clean.md", cwd=drafts)
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("2 errors and 3 warnings in") and "in 2 of 3 files checked" in summary


# --- --fix and --diff -------------------------------------------------------------------------

def test_diff_shows_fixes_and_changes_nothing(drafts):
    before = (drafts / "bad.md").read_bytes()
    result = run("check", "--diff", "bad.md", cwd=drafts)
    assert "-The goverment said the the talks" in result.stdout
    assert "+The government said the talks" in result.stdout
    assert "+# Talks in Kyiv" in result.stdout
    assert (drafts / "bad.md").read_bytes() == before


def test_fix_in_place_then_second_run_is_a_no_op(drafts):
    run("check", "--fix", "bad.md", cwd=drafts)
    assert (drafts / "bad.md").read_text() == "# Talks in Kyiv\n\nThe government said the talks would resume on Monday.\n"
    once = (drafts / "bad.md").read_bytes()
    second = run("check", "--fix", "bad.md", cwd=drafts)
    assert (drafts / "bad.md").read_bytes() == once
    assert second.returncode == 0 and "Fixed" not in second.stderr
    assert not list(drafts.glob("*.stylelint-tmp"))


@pytest.mark.parametrize("encoding,bom,newline", [
    ("utf-8", b"", "\r\n"),
    ("utf-8", codecs.BOM_UTF8, "\n"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
])
def test_fix_keeps_encoding_bom_and_line_endings(tmp_path, encoding, bom, newline):
    text = newline.join(["Meeting in Kiev.", "The goverment agreed.", "Café owners in Київ cheered.", ""])
    path = tmp_path / "story.txt"
    path.write_bytes(bom + text.encode(encoding))
    run("check", "--fix", "story.txt", cwd=tmp_path)
    expected = text.replace("Kiev.", "Kyiv.").replace("goverment", "government")
    assert path.read_bytes() == bom + expected.encode(encoding)


def test_fix_touches_nothing_in_code_or_quotations(tmp_path):
    text = ('Officials in Kiev met.\n\n'
            '"We will never leave Kiev, and teh goverment knows it," the mayor said.\n\n'
            'Run `goverment --kiev` to reproduce.\n')
    path = tmp_path / "story.md"
    path.write_text(text, encoding="utf-8")
    run("check", "--fix", "story.md", cwd=tmp_path)
    assert path.read_text(encoding="utf-8") == text.replace("Officials in Kiev", "Officials in Kyiv")


def test_fix_keeps_file_mode(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("The goverment met.\n")
    path.chmod(0o640)
    run("check", "--fix", "story.md", cwd=tmp_path)
    assert path.read_text() == "The government met.\n" and (path.stat().st_mode & 0o777) == 0o640


# --- many files ----------------------------------------------------------------------------

def test_jobs_give_identical_ordered_output(tmp_path):
    for i in range(30):
        (tmp_path / f"story{i:02}.md").write_text(BAD if i % 3 == 0 else WARNINGS_ONLY if i % 3 == 1 else CLEAN)
    one = run("check", "--format", "json", "--jobs", "1", ".", cwd=tmp_path)
    two = run("check", "--format", "json", "--jobs", "2", ".", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    paths = [a["path"] for a in json.loads(one.stdout)["alerts"]]
    assert paths == sorted(paths)


def test_no_progress_output_when_not_a_terminal(tmp_path):
    for i in range(60):
        (tmp_path / f"s{i}.md").write_text(CLEAN)
    result = run("check", ".", cwd=tmp_path)
    assert "Checking" not in result.stderr and result.returncode == 0


def _stderr_on_a_terminal(*args, cwd, env=None) -> str:
    """What the run wrote to stderr when stderr is a terminal (a pseudo-terminal here)."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    for name in ("CI", "PRE_COMMIT", "GITHUB_ACTIONS"):
        if name not in (env or {}):
            environment.pop(name, None)
    process = subprocess.Popen([sys.executable, "-m", "stylelint", *args], cwd=cwd, env=environment,
                               stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the run ended and closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals as on Linux")
def test_a_progress_bar_only_on_a_terminal_for_a_format_people_read(tmp_path):
    for i in range(60):
        (tmp_path / f"s{i:02}.md").write_text(CLEAN)
    shown = _stderr_on_a_terminal("check", "--jobs", "1", ".", cwd=tmp_path)
    assert "Checking" in shown and "/60 [" in shown  # files done of 60, and the time
    assert "Checking" not in _stderr_on_a_terminal("check", "--format", "json", ".", cwd=tmp_path)
    assert "Checking" not in _stderr_on_a_terminal("check", ".", cwd=tmp_path, env={"CI": "true"})
    (tmp_path / "one.md").write_text(CLEAN)
    assert "Checking" not in _stderr_on_a_terminal("check", "one.md", cwd=tmp_path)  # short runs


# --- pre-commit, for real ------------------------------------------------------------------

def _git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory):
    """A copy of this checkout as a git repository, so pre-commit can install the hook from it."""
    repo = tmp_path_factory.mktemp("hook") / "stylelint"
    shutil.copytree(ROOT, repo, ignore=shutil.ignore_patterns(".git", ".venv", ".ci-venv", "*.egg-info",
                                                               "__pycache__", ".pytest_cache", "bench"))
    _git("init", "-q", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "hook", cwd=repo)
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip()
    return repo, rev, tmp_path_factory.mktemp("pre-commit-home")


def _draft_repo(tmp_path, hook, text):
    repo, rev, home = hook
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    _git("init", "-q", cwd=drafts)
    (drafts / "story.md").write_text(text)
    (drafts / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: stylelint\n")
    _git("add", "-A", cwd=drafts)
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
                          cwd=drafts, env=env, capture_output=True, text=True, timeout=900)


def test_pre_commit_blocks_a_draft_with_an_error(tmp_path, hook_repo):
    result = _draft_repo(tmp_path, hook_repo, BAD)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout
    assert "Typos.Misspellings" in result.stdout and "story.md" in result.stdout


def test_pre_commit_passes_clean_and_warning_only_drafts(tmp_path, hook_repo):
    result = _draft_repo(tmp_path, hook_repo, CLEAN)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout
    (tmp_path / "drafts").rename(tmp_path / "first")
    warned = _draft_repo(tmp_path, hook_repo, WARNINGS_ONLY)
    assert warned.returncode == 0 and "Passed" in warned.stdout


def _crash_on_bad(batch, options, keep_text):
    from stylelint.cli.runner import safe_check
    if any(path.endswith("crash.md") for path in batch):
        os._exit(1)  # a worker dying the hard way, as a crash in a C extension would
    return [safe_check(path, options, keep_text) for path in batch]


def test_a_crashing_worker_costs_only_its_file(tmp_path):
    from stylelint.cli import parallel
    from stylelint.cli.runner import Options

    files = []
    for i in range(12):
        name = "crash.md" if i == 5 else f"s{i:02}.md"
        (tmp_path / name).write_text(BAD)
        files.append(str(tmp_path / name))
    # The batch whose worker died is re-run file by file through the same `work`: it crashes
    # again on crash.md only.
    results = list(parallel.run_parallel(files, Options(), 2, False, lambda: None, work=_crash_on_bad))
    assert [r.path for r in results] == files
    crashed = [r.path for r in results if r.error]
    assert crashed == [str(tmp_path / "crash.md")]
    assert all(r.alerts for r in results if not r.error)


# --- pre-commit with warnings shown and only new problems judged (issue 11.4) -------------

OLD_PROBLEMS = """# Talks in Kiev

The goverment said the talks would resume on Monday.

Some experts believe the talks will fail.
"""


def _hook_env(hook):
    env = {**os.environ, "PRE_COMMIT_HOME": str(hook[2]), "NO_COLOR": "1",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("GITHUB_ACTIONS", None)
    return env


def _hook_config(hook, args):
    repo, rev, _ = hook
    return (f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: stylelint\n"
            f"        args: {json.dumps(args)}\n")


def test_pre_commit_shows_the_warnings_of_a_passing_hook(tmp_path, hook_repo):
    result = _draft_repo(tmp_path, hook_repo, WARNINGS_ONLY)
    assert result.returncode == 0 and "Passed" in result.stdout
    assert "Naming.Places" in result.stdout and "Kiev" in result.stdout  # shown, not hidden


def test_pre_commit_blocks_a_commit_only_for_a_new_problem(tmp_path, hook_repo):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    env = _hook_env(hook_repo)

    def git(*args, check=True):
        return subprocess.run(["git", *args], cwd=drafts, env=env, capture_output=True, text=True,
                              check=check, timeout=900)

    git("init", "-q")
    (drafts / "story.md").write_text(OLD_PROBLEMS)
    (drafts / ".pre-commit-config.yaml").write_text(
        _hook_config(hook_repo, ["--diff-base", "HEAD", "--fail-level", "warning"]))
    git("add", "-A")
    git("commit", "-q", "--no-verify", "-m", "a draft from before stylelint")
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=drafts, env=env, check=True,
                   capture_output=True, timeout=120)
    # A one-line change in a file full of old problems is judged on that line: it passes.
    (drafts / "story.md").write_text(OLD_PROBLEMS + "\nThe talks are expected to last two days.\n")
    git("add", "-A")
    passed = git("commit", "-m", "add a line", check=False)
    shown = passed.stdout + passed.stderr  # git commit shows the hooks' output on stderr
    assert passed.returncode == 0, shown
    assert "Passed" in shown and "goverment" not in shown
    assert "3 known findings on lines not changed since HEAD are not shown" in shown
    # A new problem on the changed line blocks the commit, and only it is shown.
    (drafts / "story.md").write_text(OLD_PROBLEMS + "\nThe mayor of Kiev said the the talks would last.\n")
    git("add", "-A")
    blocked = git("commit", "-m", "change that line", check=False)
    shown = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, shown
    assert "Failed" in shown
    assert "  7:" in shown and "Typos.Repeated" in shown
    assert "Naming.Places" in shown  # Kiev on the new line, not in the old headline
    assert "goverment" not in shown and "Some experts" not in shown and "  1:" not in shown
    assert git("log", "--oneline").stdout.count("\n") == 2  # the commit did not happen


def test_pre_commit_with_a_baseline(tmp_path, hook_repo):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    env = _hook_env(hook_repo)
    subprocess.run(["git", "init", "-q"], cwd=drafts, check=True, env=env)
    (drafts / "story.md").write_text(OLD_PROBLEMS)
    made = run("baseline", "story.md", cwd=drafts)
    assert made.returncode == 0 and (drafts / ".stylelint-baseline.json").exists(), made.stderr
    (drafts / ".pre-commit-config.yaml").write_text(
        _hook_config(hook_repo, ["--baseline", ".stylelint-baseline.json", "--fail-level", "warning"]))
    subprocess.run(["git", "add", "-A"], cwd=drafts, check=True, env=env)

    def hook():
        return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color",
                               "never"], cwd=drafts, env=env, capture_output=True, text=True,
                              timeout=900)

    known = hook()
    assert known.returncode == 0, known.stdout
    assert "known findings in the baseline" in known.stdout
    (drafts / "story.md").write_text(OLD_PROBLEMS + "\nCritics in Kiev were furious.\n")
    subprocess.run(["git", "add", "-A"], cwd=drafts, check=True, env=env)
    new = hook()
    assert new.returncode == 1 and "Failed" in new.stdout
    assert "Naming.Places" in new.stdout and "goverment" not in new.stdout
