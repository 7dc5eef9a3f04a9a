"""`--diff-base REF`: which lines of which files changed since a git commit.

The comparison is with the merge base of REF and HEAD (what a pull request changes), against
the files as they are on disk; files git does not track yet count as wholly new. A shallow
clone that lacks REF or the merge base is reported with what to fetch, never guessed at.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")


class DiffBaseError(Exception):
    """--diff-base cannot be used here; the message says why and what to do."""


class ChangedLines:
    def __init__(self, ref: str, top: Path | None, changed: dict[Path, set[int]], new: set[Path],
                 everything_new: bool = False):
        self.ref, self.top, self.changed, self.new = ref, top, changed, new
        self.everything_new = everything_new

    def lines_for(self, path: str) -> set[int] | None:
        """The changed lines of a file; None when every line counts (new, untracked, or outside
        the repository, where nothing can be compared)."""
        if self.everything_new or path in ("stdin", "-"):
            return None
        real = Path(path).resolve()
        if real in self.new or self.top is None or self.top not in real.parents:
            return None
        return self.changed.get(real, set())

    def keep_changed(self, results) -> int:
        """Drop findings that lie wholly on unchanged lines; returns how many were dropped."""
        hidden = 0
        for result in results:
            lines = self.lines_for(result.path)
            if lines is None:
                continue
            kept = [a for a in result.alerts
                    if any(n in lines for n in range(a.line, a.end_line + 1))]
            hidden += len(result.alerts) - len(kept)
            result.alerts = kept
        return hidden


def _git(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    import subprocess  # only with --diff-base

    try:
        return subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd,
                              capture_output=True, text=True, errors="surrogateescape")
    except FileNotFoundError:
        raise DiffBaseError("--diff-base needs git, which is not installed here") from None


def changed_lines(ref: str) -> ChangedLines:
    found = _git("rev-parse", "--show-toplevel")
    if found.returncode:
        raise DiffBaseError(f"--diff-base needs a git repository, and {Path.cwd()} is not in one")
    top = Path(found.stdout.strip()).resolve()
    shallow = _git("rev-parse", "--is-shallow-repository", cwd=top).stdout.strip() == "true"
    has_head = _git("rev-parse", "--verify", "--quiet", "HEAD^{commit}", cwd=top).returncode == 0
    if _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=top).returncode:
        if ref == "HEAD" and not has_head:  # the first commit of a new repository
            return ChangedLines(ref, top, {}, set(), everything_new=True)
        if shallow:
            raise DiffBaseError(
                f"--diff-base {ref}: this is a shallow clone and '{ref}' is not in it. Fetch it "
                f"first (e.g. 'git fetch --depth=50 origin {_branch(ref)}'), or check out with "
                "full history (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0)")
        raise DiffBaseError(f"--diff-base {ref}: git knows no commit called '{ref}' in {top}")
    base = ref
    if has_head:
        merge_base = _git("merge-base", ref, "HEAD", cwd=top)
        if merge_base.returncode == 0:
            base = merge_base.stdout.strip()
        elif shallow:
            raise DiffBaseError(
                f"--diff-base {ref}: '{ref}' and HEAD have no common commit in this shallow clone, "
                "so the changed lines cannot be told. Fetch more history (e.g. 'git fetch "
                "--deepen=200'), or check out with full history (actions/checkout: fetch-depth: 0)")
    diff = _git("diff", "--no-color", "--no-ext-diff", "--unified=0", "--find-renames", base, "--",
                cwd=top)
    if diff.returncode:
        raise DiffBaseError(f"--diff-base {ref}: git diff failed: {diff.stderr.strip()[:200]}")
    untracked = _git("ls-files", "--others", "--exclude-standard", "-z", cwd=top).stdout
    new = {(top / name).resolve() for name in untracked.split("\0") if name}
    return ChangedLines(ref, top, _parse(diff.stdout, top), new)


def _parse(output: str, top: Path) -> dict[Path, set[int]]:
    changed: dict[Path, set[int]] = {}
    current: set[int] | None = None
    for line in output.splitlines():
        if line.startswith("+++ "):
            name = line[4:]
            if name == "/dev/null":
                current = None
                continue
            name = _unquote(name)
            name = name[2:] if name.startswith("b/") else name
            current = changed.setdefault((top / name).resolve(), set())
        elif line.startswith("@@") and current is not None:
            m = _HUNK.match(line)
            if not m:
                continue
            start, count = int(m.group(1)), int(m.group(2) or 1)
            if count == 0:  # lines deleted after `start`: the lines that now meet there
                current.update((start, start + 1))
            else:
                current.update(range(start, start + count))
    return changed


def _unquote(name: str) -> str:
    """git quotes names with control characters or quotes, C-style."""
    if not (name.startswith('"') and name.endswith('"')):
        return name
    raw = name[1:-1].encode("latin-1", "backslashreplace").decode("unicode_escape")
    try:
        return raw.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return raw


def _branch(ref: str) -> str:
    return ref.split("/", 1)[1] if ref.startswith("origin/") else ref
