"""Safe auto-fix: apply only unambiguous replacements, never inside quotations, and write
atomically so an interrupted run leaves the original file intact."""
from __future__ import annotations

import difflib
import os
import tempfile
from pathlib import Path

from .decoding import encode

MAX_PASSES = 5  # "the the the" needs two passes; re-linting until stable makes --fix idempotent


def apply_fixes(text: str, alerts) -> tuple[str, int]:
    """Text with every safe fix applied (overlapping fixes: the later one wins), and the count.
    The engine only offers a fix where it is unambiguous and outside quotations."""
    candidates = [a for a in alerts if a.fix is not None and a.end > a.start]
    applied, last_start, pieces = 0, len(text) + 1, []
    for alert in sorted(candidates, key=lambda a: (a.start, a.end), reverse=True):
        if alert.end > last_start:
            continue
        replacement = _match_case(text[alert.start:alert.end], alert.fix)
        pieces.append((alert.start, alert.end, replacement))
        last_start = alert.start
        applied += 1
    out, cursor = [], 0
    for start, end, replacement in reversed(pieces):
        out.append(text[cursor:start])
        out.append(replacement)
        cursor = end
    out.append(text[cursor:])
    return "".join(out), applied


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def fix_text(text: str, relint) -> tuple[str, int]:
    """Fix until nothing fixable is left; `relint(text)` returns the alerts for a text."""
    total = 0
    for _ in range(MAX_PASSES):
        text, count = apply_fixes(text, relint(text))
        total += count
        if not count:
            break
    return text, total


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        f"a/{path.lstrip('/')}", f"b/{path.lstrip('/')}"))


def write_atomic(path: Path, text: str, encoding: str, bom: bytes) -> None:
    """Write via a temporary file in the same folder and rename it over the original."""
    data = encode(text, encoding, bom)
    path = path.resolve()  # through a symbolic link: fix the file it points to, keep the link
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".stylelint-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(temp, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
