"""Auto-fix: apply only unambiguous replacements of the chosen safety class, never inside
quotations or markup, and write atomically so an interrupted run leaves the original intact."""
from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from .decoding import encode

MAX_PASSES = 5  # "the the the" needs two passes; re-linting until stable makes --fix idempotent


@dataclass(frozen=True)
class Change:
    """One applied fix, for the list `--fix` prints (positions in the text it was applied to)."""
    line: int
    column: int
    rule: str
    before: str
    after: str


class NotWritten(Exception):
    """The file was left as it is; the message says why, in words for the person running it."""


def wanted(alert, unsafe: bool) -> bool:
    return alert.fix is not None and alert.end > alert.start and \
        (alert.fix_safety == "safe" or unsafe)


def apply_fixes(text: str, alerts, unsafe: bool = False, skeleton=None) -> tuple[str, list[Change]]:
    """Text with the chosen fixes applied (overlapping fixes: the later one wins) and the list
    of changes. With `skeleton` (text -> its markup structure), a fix that would change the
    structure is dropped: only words may change."""
    chosen, last_start = [], len(text) + 1
    for alert in sorted((a for a in alerts if wanted(a, unsafe)), key=lambda a: (a.start, a.end),
                        reverse=True):
        if alert.end > last_start:
            continue
        chosen.append(alert)
        last_start = alert.start
    chosen.reverse()
    fixed = _splice(text, chosen)
    if skeleton is not None and chosen and skeleton(fixed) != skeleton(text):
        kept, shape = [], skeleton(text)
        for alert in chosen:  # one at a time: keep each fix that leaves the markup as it was
            if skeleton(_splice(text, kept + [alert])) == shape:
                kept.append(alert)
        chosen, fixed = kept, _splice(text, kept)
    return fixed, [Change(a.line, a.column, a.rule, text[a.start:a.end], _replacement(text, a))
                   for a in chosen]


def _splice(text: str, alerts) -> str:
    out, cursor = [], 0
    for alert in alerts:  # sorted, not overlapping
        out.append(text[cursor:alert.start])
        out.append(_replacement(text, alert))
        cursor = alert.end
    out.append(text[cursor:])
    return "".join(out)


def _replacement(text: str, alert) -> str:
    original, replacement = text[alert.start:alert.end], alert.fix
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def fix_text(text: str, relint, unsafe: bool = False, skeleton=None) -> tuple[str, list[Change]]:
    """Fix until nothing fixable is left; `relint(text)` returns the alerts for a text."""
    changes: list[Change] = []
    for _ in range(MAX_PASSES):
        text, applied = apply_fixes(text, relint(text), unsafe, skeleton)
        changes += applied
        if not applied:
            break
    return text, changes


def unified_diff(path: str, before: str, after: str) -> str:
    import difflib  # only for --diff

    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        f"a/{path.lstrip('/')}", f"b/{path.lstrip('/')}"))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomic(path: Path, text: str, encoding: str, bom: bytes, read_digest: str | None = None,
                 roots=None) -> None:
    """Write via a temporary file in the same folder and rename it over the original, keeping
    owner, group, mode and user.* attributes. Raises NotWritten, leaving the file alone, when
    the file changed since it was read (`read_digest`), is read-only, has other hard links,
    or is reached through a symbolic link that leads out of `roots`."""
    data = encode(text, encoding, bom)
    target = _target(Path(path), roots)
    info = target.stat()
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise NotWritten("the file is read-only; it was left unchanged")
    if info.st_nlink > 1:
        raise NotWritten(f"the file has {info.st_nlink} hard links and replacing it would split them; "
                         "it was left unchanged")
    temp = None
    try:
        with _signals_held():  # a signal between creating the file and knowing its name would leave it
            fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".stylelint-tmp",
                                        dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_metadata(target, temp, info)
        if read_digest is not None and digest(target.read_bytes()) != read_digest:
            raise NotWritten("the file was changed by someone else while stylelint ran; it was left "
                             "as it is now (run stylelint again)")
        os.replace(temp, target)
    except BaseException:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass
        raise


@contextlib.contextmanager
def _signals_held():
    """SIGINT and SIGTERM wait until the block ends (and then raise inside the caller's `try`)."""
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _target(path: Path, roots) -> Path:
    """The real file to replace: through a symbolic link only if it stays inside `roots`."""
    target = path.resolve()
    if roots is not None and not any(target == root or root in target.parents for root in roots):
        raise NotWritten("it is a symbolic link to a file outside the folders being checked; "
                         "it was left unchanged")
    return target


def _copy_metadata(target: Path, temp: str, info) -> None:
    try:
        os.chmod(temp, info.st_mode & 0o7777)
    except OSError:
        pass
    mine = os.stat(temp)
    if (mine.st_uid, mine.st_gid) != (info.st_uid, info.st_gid):
        try:
            os.chown(temp, info.st_uid, info.st_gid)
            os.chmod(temp, info.st_mode & 0o7777)  # chown clears set-id bits
        except OSError:
            raise NotWritten("the file belongs to another user or group, and the fixed copy could "
                             "not be given the same owner; it was left unchanged") from None
    try:
        names = [n for n in os.listxattr(target) if n.startswith("user.")]
    except OSError:  # no extended attributes on this file system
        return
    for name in names:
        try:
            os.setxattr(temp, name, os.getxattr(target, name))
        except OSError:
            raise NotWritten(f"its extended attribute {name} could not be kept; it was left "
                             "unchanged") from None


def roots_of(paths) -> list[Path]:
    """The trees a run checks: each folder given, and the folder of each file given."""
    roots = []
    for raw in paths:
        path = Path(raw).absolute()
        try:
            roots.append(path.resolve() if path.is_dir() else path.parent.resolve())
        except OSError:
            continue
    return roots
