"""What `--fix` does to the file it replaces (issue 16, items 2-4).

- A file edited while the run was going is not overwritten: it is left as it is now, with a message.
- Owner, group, mode and user.* extended attributes are kept.
- A symbolic link that leads out of the tree being checked is not written through.
- Read-only files and files with several hard links are left alone, with a message.
- SIGTERM during the writes leaves no temporary file; SIGTERM with --jobs leaves no worker
  running; SIGINT stops a parallel run without waiting for the workers' batches.
"""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

STORY = "The council in Kiev met on Monday, and the mayor said the the budget was fine.\n"
FIXED = "The council in Kyiv met on Monday, and the mayor said the budget was fine.\n"


def run(cwd, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "STYLELINT_DEBUG")}
    return subprocess.run([sys.executable, "-m", "stylelint", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**env, "NO_COLOR": "1"})


def leftovers(root: Path) -> list[str]:
    return [p.name for p in root.rglob("*") if p.name.endswith(".stylelint-tmp")]


@pytest.fixture
def drafts(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "story.md").write_text(STORY)
    return folder


def test_plain_fix_still_works(drafts):
    result = run(drafts.parent, "check", "--fix", "drafts")
    assert (drafts / "story.md").read_text() == FIXED, result.stderr


# --- permissions, owners, attributes ------------------------------------------------------

def test_a_read_only_file_is_left_alone_with_a_message(drafts):
    story = drafts / "story.md"
    story.chmod(0o444)
    result = run(drafts.parent, "check", "--fix", "drafts")
    assert story.read_text() == STORY
    assert stat.S_IMODE(story.stat().st_mode) == 0o444
    assert "drafts/story.md: not fixed: the file is read-only" in result.stderr
    assert leftovers(drafts) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_owner_and_group_are_kept(drafts):
    story = drafts / "story.md"
    os.chown(story, 65534, 65534)
    story.chmod(0o664)
    run(drafts.parent, "check", "--fix", "drafts")
    info = story.stat()
    assert story.read_text() == FIXED
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (65534, 65534, 0o664)


def test_user_extended_attributes_are_kept(drafts):
    story = drafts / "story.md"
    try:
        os.setxattr(story, "user.desk", b"politics")
    except OSError as exc:
        pytest.skip(f"this file system has no user extended attributes ({exc.strerror})")
    run(drafts.parent, "check", "--fix", "drafts")
    assert story.read_text() == FIXED
    assert os.getxattr(story, "user.desk") == b"politics"


def test_a_symlink_out_of_the_tree_is_not_written_through(tmp_path, drafts):
    outside = tmp_path / "elsewhere" / "notes.md"
    outside.parent.mkdir()
    outside.write_text(STORY)
    (drafts / "notes.md").symlink_to(outside)
    result = run(tmp_path, "check", "--fix", "drafts")
    assert outside.read_text() == STORY
    assert (drafts / "notes.md").is_symlink()
    assert "drafts/notes.md: not fixed: it is a symbolic link to a file outside" in result.stderr
    assert (drafts / "story.md").read_text() == FIXED  # the rest of the run goes on


def test_a_symlink_inside_the_tree_fixes_its_target(drafts):
    (drafts / "inner").mkdir()
    target = drafts / "inner" / "copy.md"
    target.write_text(STORY)
    (drafts / "link.md").symlink_to(target)
    run(drafts.parent, "check", "--fix", "drafts")
    assert (drafts / "link.md").is_symlink() and target.read_text() == FIXED


def test_a_hard_linked_file_is_left_alone_with_a_message(tmp_path, drafts):
    other = tmp_path / "archive.md"
    os.link(drafts / "story.md", other)
    result = run(tmp_path, "check", "--fix", "drafts")
    assert (drafts / "story.md").read_text() == STORY == other.read_text()
    assert (drafts / "story.md").stat().st_nlink == 2
    assert "has 2 hard links" in result.stderr


# --- a file edited during the run ---------------------------------------------------------

def _children(pid: int) -> list[str]:
    found = []
    for task in os.listdir(f"/proc/{pid}/task") if os.path.exists(f"/proc/{pid}/task") else []:
        try:
            found += Path(f"/proc/{pid}/task/{task}/children").read_text().split()
        except OSError:
            pass
    return found


def test_a_file_edited_during_the_run_is_not_overwritten(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    first = folder / "a-first.md"
    first.write_text(STORY)
    paragraph = "The mayor of Kiev said the the budget was fine, officials said on Monday.\n\n"
    for i in range(40):
        (folder / f"b{i:02}.md").write_text(paragraph * 1200)
    proc = subprocess.Popen([sys.executable, "-m", "stylelint", "check", "--fix", "-j", "2", "drafts"],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        end = time.monotonic() + 60
        while not _children(proc.pid) and time.monotonic() < end:
            time.sleep(0.02)
        time.sleep(1.0)  # the first batch (the first file) has been read by now
        assert proc.poll() is None and first.read_text() == STORY, "the run ended before the edit"
        with open(first, "a") as handle:
            handle.write("An editor added this line while stylelint ran.\n")
        _, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert first.read_text() == STORY + "An editor added this line while stylelint ran.\n"
    assert "a-first.md: not fixed: the file was changed by someone else while stylelint ran" \
        in err.decode()
    assert "Kyiv" in (folder / "b00.md").read_text()  # the files nobody touched are fixed
    assert leftovers(folder) == []


# --- signals --------------------------------------------------------------------------------

def _start(root, *args):
    env = {k: v for k, v in os.environ.items() if k != "STYLELINT_DEBUG"}
    return subprocess.Popen([sys.executable, "-m", "stylelint", "check", *args], cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            start_new_session=True)


def _alive(pids) -> list[str]:
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    return alive


def test_sigterm_during_the_writes_leaves_no_temporary_file(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for i in range(200):
        (folder / f"d{i:03}.md").write_text(STORY * 20)
    for attempt in range(5):
        proc = _start(tmp_path, "--fix", "drafts")
        seen = False
        try:
            end = time.monotonic() + 120
            while proc.poll() is None and time.monotonic() < end:
                if any(name.endswith(".stylelint-tmp") for name in os.listdir(folder)):
                    proc.send_signal(signal.SIGTERM)  # while a temporary file exists
                    seen = True
                    break
            proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
        if seen:
            break
    assert seen, "never caught stylelint while it was writing"
    assert leftovers(folder) == []
    for path in folder.iterdir():
        assert path.read_text() in (STORY * 20, FIXED * 20), f"{path.name} is half written"


@pytest.fixture
def busy_folder(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    paragraph = "The mayor of Kiev said the the budget was fine, officials said on Monday.\n\n"
    for i in range(64):
        (folder / f"d{i:02}.md").write_text(paragraph * 8000)
    return tmp_path


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_a_parallel_run_and_its_workers(busy_folder, signum):
    proc = _start(busy_folder, "-j", "2", "drafts")
    try:
        end = time.monotonic() + 60
        while len(_children(proc.pid)) < 2 and time.monotonic() < end:
            time.sleep(0.02)
        workers = _children(proc.pid)
        assert workers and proc.poll() is None
        time.sleep(0.5)
        proc.send_signal(signum)  # to the main process only, as `kill` or a CI runner does
        # The workers are each in the middle of a batch of 4 files of 600 KB (over 10 s of
        # work); stopping must not wait for them.
        started = time.monotonic()
        _, err = proc.communicate(timeout=60)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode in (130, 143), err.decode()[-2000:]
    assert "Traceback" not in err.decode()
    time.sleep(0.5)
    assert _alive(workers) == [], "worker processes outlived the run"
    assert took < 5, f"stopping took {took:.1f} s: it waited for the workers' batches"
