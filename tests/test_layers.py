"""The three layers (docs/architecture.md): the import contract holds, and the core is pure --
`lint_text` with rules built from the packs opens no file, writes nothing and says what the
command says."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Short drafts in each markup, written for this test, with problems for several packs.
DRAFTS = {
    "talks.md": "# Talks in Kiev\n\nNegotiators met in Kiev on September 21st for a legendary "
                "round of talks.\n\nSome experts believe the the deal will hold.\n",
    "budget.html": "<h1>Budget</h1>\n<p>The council's goverment liaison said the plan was "
                   "<em>very</em> unique.</p>\n<blockquote>\"A legendary budget,\" the mayor "
                   "said.</blockquote>\n",
    "notes.txt": "Interestingly, the the vote was delayed.\n\nOfficials in Odessa said the "
                 "ceremony would be held on March 3rd.\n",
}
SYNTAX = {".md": "md", ".html": "html", ".txt": "txt"}

# Run in a fresh interpreter: build the rules, then watch the file system while linting. The
# audit hook sees each file opened (for reading or writing), and each rename, removal or folder;
# Python code (a markup reader is imported on first use, perhaps writing its bytecode) is not data.
SCRIPT = textwrap.dedent("""
    import json, os, sys
    import stylelint

    rules = stylelint.load_rules()
    drafts = [(name, open(name, encoding="utf-8").read()) for name in sys.argv[2:]]
    syntax = json.loads(sys.argv[1])
    writes, reads = [], []
    WRITING = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    CHANGES = {"os.rename", "os.replace", "os.remove", "os.rmdir", "os.mkdir", "os.truncate",
               "os.chmod", "os.link", "os.symlink", "shutil.copyfile", "shutil.rmtree"}

    def code(path):  # a module imported when first needed (a markup reader) is code, not data
        return str(path).endswith((".py", ".pyc", ".so")) or "__pycache__" in str(path)

    def audit(event, args):
        if event in CHANGES | {"open"} and args and code(args[0]):
            return
        if event == "open":
            path, mode, flags = args
            if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                    isinstance(flags, int) and flags & WRITING):
                writes.append([event, str(path)])
            else:
                reads.append(str(path))
        elif event in CHANGES:
            writes.append([event, str(args[0])])

    sys.addaudithook(audit)
    alerts = []
    for name, text in drafts:
        found = stylelint.lint_text(text, rules=rules, syntax=syntax[os.path.splitext(name)[1]])
        alerts += [alert.to_dict(name) for alert in found]
    print(json.dumps({"writes": writes, "reads": reads, "alerts": alerts}))
""")


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_import_contracts_hold():
    """cli > project > core, the core imports neither layer above it, no import cycles."""
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    assert Path(lint_imports).exists(), "import-linter is a test dependency: pip install '.[test]'"
    result = subprocess.run([lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout, result.stdout


def test_lint_text_writes_nothing_and_matches_the_command(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for name, text in DRAFTS.items():
        (drafts / name).write_text(text, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    home.chmod(0o555)
    # A cache folder inside a regular file cannot be created, not even by root.
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(blocker / "cache"),
           "PYTHONPATH": str(ROOT)}
    env.pop("STYLELINT_NO_CACHE", None)
    names = sorted(DRAFTS)
    before = _tree(tmp_path)
    api = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(SYNTAX), *names], cwd=drafts,
                         env=env, capture_output=True, text=True, timeout=300)
    assert api.returncode == 0, api.stderr
    result = json.loads(api.stdout)
    assert result["writes"] == [], "lint_text wrote to disk"
    assert result["reads"] == [], "lint_text read a file (word tables are loaded by load_rules)"
    assert _tree(tmp_path) == before, "something was written beside the drafts or in HOME"

    command = subprocess.run([sys.executable, "-m", "stylelint", "check", "--format", "json",
                              "--no-exit", *names], cwd=drafts, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             capture_output=True, text=True, timeout=300)
    assert command.returncode == 0, command.stderr
    expected = json.loads(command.stdout)["alerts"]
    assert {a["path"] for a in expected} == set(names), "every draft has something to flag"
    assert {a["category"] for a in expected} >= {"naming", "neutrality", "typo", "style"}
    assert result["alerts"] == expected
