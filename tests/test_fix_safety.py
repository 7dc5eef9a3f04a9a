"""`--fix` never loses a byte (issue 5).

- A write that fails (fsync, rename, the write itself) leaves the original byte for byte and no
  temporary file behind, whether write_atomic is called directly or through a CLI run.
- A process killed between writing the temporary file and renaming it leaves the original.
- Fixes change only the replaced spans: every other byte (BOM, CRLF or CR line endings, UTF-16,
  tabs, non-ASCII, no final newline, quoted speech) is kept; a second --fix changes nothing.
"""
from __future__ import annotations

import difflib
import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import write_pack
from stylelint.cli import fixer
from stylelint.cli import main

RULES = {
    "Kiev": """
        extends: substitution
        message: "Use '%s' instead of '%s'."
        level: warning
        scope: ~quote
        action:
          name: replace
        swap:
          Kiev: Kyiv
          utilise: use
        """,
}
ORIGINAL = 'The office in Kiev opened.\r\n\r\n"We utilise Kiev," she said.\r\nWe utilise the tram in Kiev.\r\n'
FIXED = 'The office in Kyiv opened.\r\n\r\n"We utilise Kiev," she said.\r\nWe use the tram in Kyiv.\r\n'


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".stylelint-tmp")
                  or (p.name.startswith(".") and p.name not in (".stylelint.yaml",) and p.is_file()))


def diff(a: bytes, b: bytes) -> str:
    return "\n".join(difflib.unified_diff(repr(a).split("\\n"), repr(b).split("\\n"), lineterm=""))


@pytest.fixture
def project(tmp_path):
    write_pack(tmp_path, RULES)
    return tmp_path


# --------------------------------------------------------------------------------------------
# write_atomic called directly
# --------------------------------------------------------------------------------------------

def _fail(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("target", ["replace", "fsync", "fdopen-write", "chmod"])
def test_write_atomic_failure_leaves_the_original(tmp_path, monkeypatch, target):
    path = tmp_path / "story.md"
    original = ORIGINAL.encode("utf-8")
    path.write_bytes(original)
    if target == "fdopen-write":
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                self.handle.write(data[: len(data) // 2])  # half written, then the disk is full
                _fail()

            def __getattr__(self, name):
                return getattr(self.handle, name)

        monkeypatch.setattr(fixer.os, "fdopen", lambda fd, mode="r", *a, **k: Full(real_fdopen(fd, mode, *a, **k)))
    elif target == "chmod":
        monkeypatch.setattr(fixer.os, "chmod", _fail)
    else:
        monkeypatch.setattr(fixer.os, target, _fail)
    try:
        fixer.write_atomic(path, FIXED, "utf-8", b"")
    except OSError:
        pass  # reporting the failure is the caller's job; the file is what matters here
    if target == "chmod":  # keeping the mode is best effort: the fix may land, whole
        assert path.read_bytes() in (original, FIXED.encode("utf-8"))
    else:
        assert path.read_bytes() == original
    assert temp_files(tmp_path) == []


def test_write_atomic_interrupted_by_ctrl_c_leaves_the_original(tmp_path, monkeypatch):
    path = tmp_path / "story.md"
    path.write_bytes(ORIGINAL.encode("utf-8"))

    def interrupt(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(fixer.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        fixer.write_atomic(path, FIXED, "utf-8", b"")
    assert path.read_bytes() == ORIGINAL.encode("utf-8")
    assert temp_files(tmp_path) == []


def test_write_atomic_keeps_the_file_mode(tmp_path):
    path = tmp_path / "story.md"
    path.write_bytes(b"old\n")
    path.chmod(0o640)
    fixer.write_atomic(path, "new\n", "utf-8", b"")
    assert path.read_bytes() == b"new\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert temp_files(tmp_path) == []


# --------------------------------------------------------------------------------------------
# through a whole run (in process, with the failure injected)
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("target", ["replace", "fsync"])
def test_failed_write_during_fix_run_leaves_the_original(project, monkeypatch, target):
    story = project / "story.md"
    story.write_bytes(ORIGINAL.encode("utf-8"))
    monkeypatch.chdir(project)
    monkeypatch.setattr(fixer.os, target, _fail)
    result = CliRunner().invoke(main, ["check", "--fix", "story.md"])
    assert story.read_bytes() == ORIGINAL.encode("utf-8")
    assert temp_files(project) == []
    assert result.exit_code == 2, result.output
    assert "story.md" in result.stderr and "Traceback" not in result.output
    assert len([line for line in result.stderr.splitlines() if "story.md" in line]) == 1, result.stderr


def test_failed_write_of_one_file_does_not_stop_the_others(project, monkeypatch):
    """A file that cannot be written is reported; the other files are still fixed and
    reported (as with a file that cannot be read)."""
    first, second = project / "a.md", project / "b.md"
    first.write_bytes(ORIGINAL.encode("utf-8"))
    second.write_bytes(ORIGINAL.encode("utf-8"))
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith("a.md"):
            _fail()
        return real_replace(src, dst)

    monkeypatch.chdir(project)
    monkeypatch.setattr(fixer.os, "replace", replace)
    result = CliRunner().invoke(main, ["check", "--fix", "a.md", "b.md"])
    assert first.read_bytes() == ORIGINAL.encode("utf-8")
    assert second.read_bytes() == FIXED.encode("utf-8"), "the run stopped at the first failed write"
    assert result.exit_code == 2
    assert temp_files(project) == []


# --------------------------------------------------------------------------------------------
# killed between write and rename
# --------------------------------------------------------------------------------------------

KILLER = textwrap.dedent("""
    import os, signal, sys
    import stylelint.cli.fixer as fixer
    real = os.replace
    def die(src, dst):
        # the temporary file is complete and synced; die before it replaces the original
        os.kill(os.getpid(), signal.SIGKILL)
    fixer.os.replace = die
    from stylelint.cli import main
    sys.argv = ["stylelint"] + sys.argv[1:]
    main()
""")


def test_killed_between_write_and_rename_leaves_the_original(project):
    story = project / "story.md"
    story.write_bytes(ORIGINAL.encode("utf-8"))
    result = subprocess.run([sys.executable, "-c", KILLER, "check", "--fix", "story.md"], cwd=project,
                            capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGKILL
    assert story.read_bytes() == ORIGINAL.encode("utf-8")
    # A leftover temporary file cannot be removed by a killed process; it must at least never be
    # taken for a draft by the next run.
    after = subprocess.run([sys.executable, "-m", "stylelint", "check", "--format", "line", "."],
                           cwd=project, capture_output=True, text=True, timeout=60)
    assert "stylelint-tmp" not in after.stdout + after.stderr
    assert after.stdout.count("story.md:") == 3


# --------------------------------------------------------------------------------------------
# every byte outside the fixed spans is kept
# --------------------------------------------------------------------------------------------

BODY = ("Kiev\tcafé — «Kiev» naïve Zürich\u00a0Kiev\n"
        "\n"
        "\"Kiev is home,\" said the mayor of Kiev.\n"
        "Tabs\tand  double  spaces stay; we utilise them.\n"
        "Combining: Rene\u0301 in Kiev; emoji 🇺🇦 in Kiev.")


def _variants():
    crlf = BODY.replace("\n", "\r\n")
    cr = BODY.replace("\n", "\r")
    mixed = "Kiev one.\r\nKiev two.\nKiev three.\rKiev four."
    return {
        "utf8-lf": (BODY + "\n", "utf-8", b""),
        "utf8-no-final-newline": (BODY, "utf-8", b""),
        "utf8-bom-crlf": (crlf + "\r\n", "utf-8", b"\xef\xbb\xbf"),
        "utf8-cr": (cr + "\r", "utf-8", b""),
        "utf8-mixed-endings": (mixed, "utf-8", b""),
        "utf16le-bom-crlf": (crlf + "\r\n", "utf-16-le", b"\xff\xfe"),
        "utf16be-bom": (BODY + "\n", "utf-16-be", b"\xfe\xff"),
        "trailing-whitespace": ("Kiev   \n\nKiev\t\n   \n", "utf-8", b""),
    }


def _expected(text: str) -> str:
    """Kiev -> Kyiv and utilise -> use everywhere except inside the quotation."""
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith('"Kiev is home,"'):
            head, tail = line.split('," ', 1)
            out.append(head + '," ' + tail.replace("Kiev", "Kyiv"))
        else:
            out.append(line.replace("Kiev", "Kyiv").replace("utilise", "use"))
    return "".join(out)


@pytest.fixture(scope="module")
def fixed_twice(tmp_path_factory):
    """Every variant as its own file in one folder, `--fix` run twice over the folder."""
    root = tmp_path_factory.mktemp("variants")
    write_pack(root, RULES)
    for name, (text, encoding, bom) in _variants().items():
        path = root / f"{name}.md"
        path.write_bytes(bom + text.encode(encoding))
        path.chmod(0o640)
    command = [sys.executable, "-m", "stylelint", "check", "--fix", "."]
    first = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=60)
    after_first = {p.name: p.read_bytes() for p in root.glob("*.md")}
    second = subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=60)
    return root, first, after_first, second


@pytest.mark.parametrize("name", sorted(_variants()))
def test_fix_changes_only_the_fixed_spans(fixed_twice, name):
    root, first, after_first, second = fixed_twice
    assert first.returncode in (0, 1), first.stderr
    text, encoding, bom = _variants()[name]
    want = bom + _expected(text).encode(encoding)
    got = after_first[f"{name}.md"]
    assert got == want, f"{name}: bytes outside the fixes changed\n{diff(want, got)}"
    path = root / f"{name}.md"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_bytes() == want, "a second --fix changed the file again"
    assert f"{name}.md" not in second.stderr  # nothing "Fixed" the second time
    assert temp_files(root) == []


def test_fix_through_a_symlink_fixes_the_target_and_keeps_the_link(project):
    real = project / "drafts" / "story.md"
    real.parent.mkdir()
    real.write_bytes(b"The office in Kiev.\n")
    link = project / "story.md"
    link.symlink_to(real)
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "--fix", "story.md"], cwd=project,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode in (0, 1), result.stderr
    assert link.is_symlink(), "--fix replaced the symbolic link with a copy"
    assert real.read_bytes() == b"The office in Kyiv.\n"


def test_diff_changes_nothing(project):
    path = project / "story.md"
    data = b"\xef\xbb\xbf" + ORIGINAL.encode("utf-8")
    path.write_bytes(data)
    result = subprocess.run([sys.executable, "-m", "stylelint", "check", "--diff", "story.md"], cwd=project,
                            capture_output=True, text=True, timeout=60)
    assert path.read_bytes() == data
    assert "+The office in Kyiv opened." in result.stdout.replace("\r", "")
    assert temp_files(project) == []
