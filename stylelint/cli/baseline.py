"""The baseline: findings already known, so that a run reports and fails only on new ones.

A finding is known by its fingerprint (rule, matched words and their sentence; see
core/fingerprint.py), never by its line, so edits elsewhere in a draft do not make old findings
new. Each entry stands for one occurrence: a sentence that appears twice needs two entries.
An entry marked `"reviewed": true` (added with `stylelint baseline --add`) covers every
occurrence: it records that a person read the sentence and accepted it, without putting a
comment into copy bound for the CMS. Paths are kept relative to the baseline file for people
reading it; matching ignores them, so moving or renaming a draft keeps its findings known.
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

DEFAULT_FILE = ".stylelint-baseline.json"
FINGERPRINT = re.compile(r"[0-9a-f]{16}")
ABOUT = ("Findings stylelint already knows about: 'stylelint check --baseline FILE' reports only "
         "the others. 'stylelint baseline PATHS' rewrites the entries for those paths; "
         "'stylelint baseline --add FINGERPRINT' (or PATH:LINE) marks one finding as reviewed.")


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names it."""


class Baseline:
    def __init__(self, path: Path, entries: list[dict]):
        self.path = path
        self.entries = entries

    @property
    def folder(self) -> Path:
        return self.path.resolve().parent

    def relative(self, file_path: str) -> str:
        if file_path in ("stdin", "-"):
            return file_path
        try:
            return Path(os.path.relpath(Path(file_path).resolve(), self.folder)).as_posix()
        except ValueError:  # another drive
            return Path(file_path).resolve().as_posix()

    # -- matching ---------------------------------------------------------------------------
    def hide_known(self, results) -> int:
        """Drop the known findings from each result's alerts; returns how many were dropped."""
        reviewed = {e["fingerprint"] for e in self.entries if e.get("reviewed")}
        left = Counter(e["fingerprint"] for e in self.entries if not e.get("reviewed"))
        hidden = 0
        for result in results:
            kept = []
            for alert in result.alerts:
                if alert.fingerprint in reviewed:
                    hidden += 1
                elif left[alert.fingerprint] > 0:
                    left[alert.fingerprint] -= 1
                    hidden += 1
                else:
                    kept.append(alert)
            result.alerts = kept
        return hidden

    # -- updating ---------------------------------------------------------------------------
    def record(self, results) -> tuple[int, int]:
        """Replace the entries of the files in `results` with their findings now; entries of
        other files and reviewed entries stay. Returns (findings recorded, entries dropped)."""
        checked = {self.relative(r.path) for r in results if not r.error}
        notes = {e["fingerprint"]: e["note"] for e in self.entries if e.get("note")}
        kept = [e for e in self.entries if e.get("reviewed") or e.get("path") not in checked]
        dropped = len(self.entries) - len(kept)
        fresh = [entry(self.relative(r.path), a, notes.get(a.fingerprint))
                 for r in results if not r.error for a in r.alerts]
        self.entries = kept + fresh
        return len(fresh), dropped

    def add_reviewed(self, fingerprint: str, note: str | None, path: str | None = None,
                     alert=None) -> bool:
        """Mark a finding reviewed; False when it already was."""
        if any(e.get("reviewed") and e["fingerprint"] == fingerprint for e in self.entries):
            return False
        new = entry(path, alert, note) if alert is not None else {"fingerprint": fingerprint}
        if note and "note" not in new:
            new["note"] = note
        new["reviewed"] = True
        self.entries.append(new)
        return True

    def save(self) -> None:
        ordered = sorted(self.entries, key=lambda e: (e.get("path") or "", e.get("line") or 0,
                                                      e.get("rule") or "", e["fingerprint"]))
        text = json.dumps({"version": 1, "about": ABOUT, "findings": ordered}, indent=2,
                          ensure_ascii=False) + "\n"
        folder = self.path.resolve().parent
        import tempfile  # only when a baseline is written (0.002 s of every start otherwise)

        fd, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".stylelint-tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temp, self.path)
        except BaseException:
            try:
                os.unlink(temp)
            except OSError:
                pass
            raise


def entry(path: str | None, alert, note: str | None = None) -> dict:
    found = {"fingerprint": alert.fingerprint, "rule": alert.rule}
    if path:
        found["path"] = path
    found.update(line=alert.line, match=alert.match)
    if note:
        found["note"] = note
    return found


def load(path: str | Path, missing_ok: bool = False) -> Baseline:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if missing_ok:
            return Baseline(path, [])
        raise BaselineError(f"{path}: no such baseline file (create it with 'stylelint baseline "
                            f"--file {path} PATHS')") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}:{exc.lineno}: the baseline is not valid JSON ({exc.msg})") from None
    findings = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(findings, list):
        raise BaselineError(f"{path}: a baseline is a JSON object with a 'findings' list")
    for index, found in enumerate(findings, 1):
        if not isinstance(found, dict) or not isinstance(found.get("fingerprint"), str) \
                or not FINGERPRINT.fullmatch(found["fingerprint"]):
            raise BaselineError(f"{path}: finding {index} needs a 'fingerprint' of 16 hex digits "
                                f"(as stylelint's JSON output shows)")
    return Baseline(path, findings)
