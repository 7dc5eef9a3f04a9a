"""The hand judgements (eval/judgements.tsv): read, write, and match them to current alerts.

Each row points at the corpus by path and character offsets and holds only the matched words
(at most four), a verdict, a one-line reason written by the judge and, for a false alarm or a
debatable alert, its cause (one of CAUSES, explained in eval/JUDGING.md). No corpus sentences.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from pathlib import Path

from frame import ROOT, Alert, short_match

FILE = ROOT / "eval" / "judgements.tsv"
COLUMNS = ("path", "start", "end", "rule", "part", "match", "verdict", "reason", "cause")
CAUSES = ("quotation", "attribution-nearby", "name-or-title", "word-sense", "historical", "dated-copy",
          "genre", "background-fact", "markup", "foreign-word", "accurate-use", "speech-verb-shade",
          "wire-convention", "checkable-praise", "ethnonym", "partisan-list", "judgement-call")
VERDICTS = ("right", "false_alarm", "debatable")
SHIFT = 3   # characters a span may move and still be the same alert


@dataclass(frozen=True)
class Judgement:
    path: str
    start: int
    end: int
    rule: str
    part: str
    match: str
    verdict: str = ""     # empty until judged
    reason: str = ""
    cause: str = ""       # why it is not right; empty for right

    def covers(self, alert: Alert) -> bool:
        """Same file and rule, and spans that overlap or nearly touch."""
        return (alert.path == self.path and alert.rule == self.rule
                and alert.start < self.end + SHIFT and self.start < alert.end + SHIFT)


def read(path: Path = FILE) -> list[Judgement]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    out = []
    for n, row in enumerate(rows, start=2):
        if row["verdict"] and row["verdict"] not in VERDICTS:
            raise SystemExit(f"{path.name}:{n}: verdict {row['verdict']!r} is not one of {', '.join(VERDICTS)}")
        if row.get("cause") and row["cause"] not in CAUSES:
            raise SystemExit(f"{path.name}:{n}: cause {row['cause']!r} is not one of {', '.join(CAUSES)}")
        out.append(Judgement(row["path"], int(row["start"]), int(row["end"]), row["rule"], row["part"],
                             row["match"], row["verdict"], row["reason"], row.get("cause") or ""))
    return out


def write(rows: list[Judgement], path: Path = FILE) -> None:
    rows = sorted(rows, key=lambda j: (j.part != "tune", j.path, j.start, j.rule))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for j in rows:
            writer.writerow([j.path, j.start, j.end, j.rule, j.part, j.match, j.verdict, j.reason, j.cause])


def from_alert(alert: Alert) -> Judgement:
    return Judgement(alert.path, alert.start, alert.end, alert.rule, alert.part, short_match(alert.match))


def pair(alerts: list[Alert], rows: list[Judgement]) -> dict[Alert, Judgement | None]:
    """Each alert of the sample frame with its judgement row, or None when it has none yet.

    The seeded draw alone decides the frame, so it stays a random sample whatever the code does;
    a sampled alert whose span moved a little keeps the judgement of the row it overlaps."""
    by_key = _by_key(rows)
    return {alert: _find(by_key, alert) for alert in alerts if alert.sampled}


def gone(alerts: list[Alert], rows: list[Judgement]) -> list[Judgement]:
    """Judged rows that no current alert overlaps: what the code no longer raises."""
    by_key = _by_key(rows)
    still = {_find(by_key, alert) for alert in alerts}
    return [j for j in rows if j.verdict and j not in still]


def _by_key(rows: list[Judgement]) -> dict[tuple[str, str], list[Judgement]]:
    by_key: dict[tuple[str, str], list[Judgement]] = {}
    for j in rows:
        by_key.setdefault((j.path, j.rule), []).append(j)
    return by_key


def _find(by_key, alert: Alert) -> Judgement | None:
    return next((j for j in by_key.get((alert.path, alert.rule), []) if j.covers(alert)), None)


def judge(rows: list[Judgement], index: int, verdict: str, reason: str, cause: str = "") -> list[Judgement]:
    if verdict not in VERDICTS:
        raise SystemExit(f"verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
    if cause and cause not in CAUSES:
        raise SystemExit(f"cause {cause!r} is not one of {', '.join(CAUSES)}")
    rows = list(rows)
    rows[index] = replace(rows[index], verdict=verdict, reason=reason.replace("\t", " ").strip(), cause=cause)
    return rows
