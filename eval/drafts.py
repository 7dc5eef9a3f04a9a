"""Recall and false alarms on original drafts written by construction (eval/drafts/).

    python eval/drafts.py                 # tables: recall, false alarms, precision, per rule
    python eval/drafts.py --show          # warning+ alerts on no answers row, not judged yet
    python eval/drafts.py --show misses   # flag rows no warning+ alert of their category hits
    python eval/drafts.py --show false    # quiet rows hit by a warning+ alert
    python eval/drafts.py --write         # also write the tables into eval/RESULTS.md

The drafts and eval/drafts/answers.tsv were written before stylelint was run on them (see
eval/drafts/README.md). A row's phrase is located on its line; an alert "hits" a row when their
character spans overlap. Alerts on no row are judged by hand in eval/drafts/unlisted.tsv.
Measures the stylelint that is importable: run with PYTHONPATH=<checkout> to pick one.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRAFTS = HERE / "drafts"
ANSWERS = DRAFTS / "answers.tsv"
UNLISTED = DRAFTS / "unlisted.tsv"
RESULTS = HERE / "RESULTS.md"
HEADER = ["file", "line", "phrase", "expect", "category", "note"]
UNLISTED_HEADER = ["file", "line", "rule", "match", "verdict", "reason"]
CATEGORIES = ("neutrality", "sourcing", "naming", "typo")
EXPECTS = ("flag", "quiet")
VERDICTS = ("right", "false_alarm", "debatable")
WARNING = ("warning", "error")
MARK = "## Original drafts by construction (eval/drafts.py)"


class AnswersError(ValueError):
    """A malformed row: the message is one line naming file:line."""


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    phrase: str
    expect: str
    category: str
    note: str
    start: int  # character span of the phrase in the draft
    end: int


def read_answers(path: Path = ANSWERS) -> list[Row]:
    """Every row checked: known file, line in range, phrase on that line, valid values."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != HEADER:
        raise AnswersError(f"{path.name}:1: header must be {' '.join(HEADER)} (tab-separated)")
    texts, rows = {}, []
    for number, raw in enumerate(lines[1:], start=2):
        if raw.strip():
            rows.append(_row(path, number, raw, texts))
    return rows


def _row(path: Path, number: int, raw: str, texts: dict) -> Row:
    where = f"{path.name}:{number}:"
    cells = raw.split("\t")
    if len(cells) != len(HEADER):
        raise AnswersError(f"{where} expected {len(HEADER)} tab-separated columns, found {len(cells)}")
    file, line, phrase, expect, category, note = cells
    draft = path.parent / file
    if "/" in file or not draft.is_file():
        raise AnswersError(f"{where} no draft named {file!r} in {path.parent.name}/")
    if expect not in EXPECTS:
        raise AnswersError(f"{where} expect must be one of {', '.join(EXPECTS)}, not {expect!r}")
    if category not in CATEGORIES:
        raise AnswersError(f"{where} category must be one of {', '.join(CATEGORIES)}, not {category!r}")
    if not phrase.strip():
        raise AnswersError(f"{where} empty phrase")
    text = texts.setdefault(file, draft.read_text(encoding="utf-8"))
    starts = _line_starts(text)
    if not line.isdigit() or not 1 <= int(line) <= len(starts):
        raise AnswersError(f"{where} line {line!r} is not a line of {file} (1-{len(starts)})")
    begin = starts[int(line) - 1]
    stop = text.find("\n", begin)
    column = text[begin:len(text) if stop < 0 else stop].find(phrase)
    if column < 0:
        raise AnswersError(f"{where} phrase {phrase!r} is not on line {line} of {file}")
    return Row(file, int(line), phrase, expect, category, note, begin + column, begin + column + len(phrase))


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


def read_unlisted(path: Path = UNLISTED) -> dict:
    """Hand verdicts on alerts that match no answers row: (file, line, rule, match) -> verdict."""
    if not path.is_file():
        return {}
    verdicts = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
        cells = raw.split("\t")
        if len(cells) != len(UNLISTED_HEADER) or cells[4] not in VERDICTS:
            raise AnswersError(f"{path.name}:{number}: expected {' '.join(UNLISTED_HEADER)}, "
                               f"verdict one of {', '.join(VERDICTS)}")
        verdicts[(cells[0], int(cells[1]), cells[2], cells[3])] = cells[4]
    return verdicts


def draft_files() -> list[str]:
    """The articles: every .md, .html and .txt file in eval/drafts/ but its README."""
    return sorted(p.name for p in DRAFTS.iterdir()
                  if p.suffix in (".md", ".html", ".txt") and p.name != "README.md")


def lint_drafts(rows: list[Row]) -> dict:
    """file -> alerts of the built-in packs (the importable stylelint)."""
    import stylelint

    rules = stylelint.load_rules()
    return {f: stylelint.lint_text((DRAFTS / f).read_text(encoding="utf-8"), rules=rules, path=f)
            for f in sorted({row.file for row in rows} | set(draft_files()))}


def _overlaps(alert, row: Row) -> bool:
    return alert.start < row.end and alert.end > row.start


def score(rows: list[Row], alerts: dict, verdicts: dict) -> dict:
    """Every flag row (hit at warning+ / any level), quiet row (false alarm) and alert (verdict)."""
    flags = {"warning": [], "any": [], "missed": []}
    false_rows, alert_verdicts = [], []
    for row in rows:
        near = [a for a in alerts[row.file] if _overlaps(a, row)]
        if row.expect == "flag":
            same = [a for a in near if a.category == row.category]
            flags["warning"].append((row, any(a.severity in WARNING for a in same)))
            flags["any"].append((row, bool(same)))
        else:
            wrong = [a for a in near if a.severity in WARNING and a.category in CATEGORIES
                     and not _explained(a, row.file, rows)]
            if wrong:
                false_rows.append((row, wrong))
    for file, found in alerts.items():
        for alert in found:
            if alert.severity in WARNING and alert.category in CATEGORIES:
                alert_verdicts.append((file, alert, _verdict(file, alert, rows, verdicts)))
    return {"flags": flags, "false_rows": false_rows, "alerts": alert_verdicts}


def _explained(alert, file: str, rows: list[Row]) -> bool:
    """An alert that also sits on a planted problem of its own category is not a false alarm."""
    return any(r.file == file and r.expect == "flag" and r.category == alert.category
               and _overlaps(alert, r) for r in rows)


def _verdict(file: str, alert, rows: list[Row], verdicts: dict) -> str:
    mine = [r for r in rows if r.file == file and _overlaps(alert, r)]
    paired = ("neutrality", "sourcing") if alert.category in ("neutrality", "sourcing") else (alert.category,)
    if any(r.expect == "flag" and r.category in paired for r in mine):
        return "right"
    if any(r.expect == "quiet" for r in mine):
        return "false_alarm"
    return verdicts.get((file, alert.line, alert.rule, _words(alert.match)), "unjudged")


def _words(match: str) -> str:
    """A match as one line of words (a match may run across a line break)."""
    return " ".join(match.split())


def measured_commit() -> str:
    """The commit of the stylelint being measured (its checkout's HEAD), and today's date."""
    import stylelint

    folder = Path(stylelint.__file__).resolve().parent
    done = subprocess.run(["git", "-C", str(folder), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True)
    return f"`{done.stdout.strip() or 'unknown'}`, {datetime.date.today().isoformat()}"


def render(result: dict, rows: list[Row], commit: str) -> str:
    out = [MARK, "", "Original articles written for the project before the tool was run on them "
           f"(eval/drafts/README.md); `PYTHONPATH=<checkout> python eval/drafts.py`; measured at {commit}.", ""]
    out += ["| category | flag rows | caught at warning+ | recall warning+ | caught at any level "
            "| recall any | quiet rows | quiet hit (warning+) | false-alarm rate |", "|---|" + "---:|" * 8]
    for cat in CATEGORIES + ("all",):
        pick = (lambda r: True) if cat == "all" else (lambda r, c=cat: r.category == c)
        warn = [hit for r, hit in result["flags"]["warning"] if pick(r)]
        anyl = [hit for r, hit in result["flags"]["any"] if pick(r)]
        quiet = [r for r in rows if r.expect == "quiet" and pick(r)]
        hit = [r for r, _ in result["false_rows"] if pick(r)]
        out.append(f"| {cat} | {len(warn)} | {sum(warn)} | {_pct(sum(warn), len(warn))} | {sum(anyl)} "
                   f"| {_pct(sum(anyl), len(anyl))} | {len(quiet)} | {len(hit)} | {_pct(len(hit), len(quiet))} |")
    out += ["", "Precision of warning+ alerts (right / judged; debatable counts as not right; "
            "alerts on no row judged by hand in eval/drafts/unlisted.tsv):", "",
            "| alerts | count | right | false alarm | debatable | unjudged | precision |", "|---|" + "---:|" * 6]
    for label, cats in (("neutrality+sourcing", ("neutrality", "sourcing")), ("neutrality", ("neutrality",)),
                        ("sourcing", ("sourcing",)), ("naming", ("naming",)), ("typo", ("typo",))):
        out.append(_precision_line(label, [v for _, a, v in result["alerts"] if a.category in cats]))
    out += ["", "| rule | warning+ alerts | on flag rows | on quiet rows | on no row (right/false/debatable/unjudged) |",
            "|---|---:|---:|---:|---|"]
    by_rule = collections.defaultdict(collections.Counter)
    for _, alert, verdict in result["alerts"]:
        by_rule[alert.rule][verdict] += 1
    on_row = _on_row_counts(result, rows)
    for rule in sorted(by_rule):
        c, (f, q) = by_rule[rule], on_row[rule]
        out.append(f"| {rule} | {sum(c.values())} | {f} | {q} | {c['right'] - f}/{c['false_alarm'] - q}/"
                   f"{c['debatable']}/{c['unjudged']} |")
    return "\n".join(out) + "\n"


def _on_row_counts(result: dict, rows: list[Row]) -> dict:
    counts = collections.defaultdict(lambda: [0, 0])
    for file, alert, verdict in result["alerts"]:
        mine = [r for r in rows if r.file == file and _overlaps(alert, r)]
        if verdict == "right" and mine:
            counts[alert.rule][0] += 1
        elif verdict == "false_alarm" and mine:
            counts[alert.rule][1] += 1
    return counts


def _precision_line(label: str, verdicts: list[str]) -> str:
    c = collections.Counter(verdicts)
    judged = c["right"] + c["false_alarm"] + c["debatable"]
    return (f"| {label} | {len(verdicts)} | {c['right']} | {c['false_alarm']} | {c['debatable']} "
            f"| {c['unjudged']} | {_pct(c['right'], judged)} |")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def show(what: str, result: dict) -> None:
    """Rows and alerts with their line, for judging by hand (terminal output only)."""
    def line_of(file, number):
        return (DRAFTS / file).read_text(encoding="utf-8").splitlines()[number - 1].strip()
    if what == "misses":
        for row, hit in result["flags"]["warning"]:
            if not hit:
                print(f"{row.file}:{row.line}  [{row.category}] {row.phrase!r}  -- {row.note}")
    elif what == "false":
        for row, wrong in result["false_rows"]:
            rules = ", ".join(sorted({f"{a.rule} {a.match!r}" for a in wrong}))
            print(f"{row.file}:{row.line}  [{row.category}] {row.phrase!r}  <- {rules}  -- {row.note}")
    else:
        for file, alert, verdict in result["alerts"]:
            if verdict == "unjudged":
                print(f"{file}\t{alert.line}\t{alert.rule}\t{_words(alert.match)}\t\t\n    {line_of(file, alert.line)}")


def write_section(report: str) -> None:
    text = RESULTS.read_text(encoding="utf-8")
    if MARK in text:
        head, _, tail = text.partition(MARK)
        rest = tail.split("\n## ", 1)
        text = head + report + ("\n## " + rest[1] if len(rest) > 1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + report
    RESULTS.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", nargs="?", const="unlisted", choices=("unlisted", "misses", "false"))
    parser.add_argument("--write", action="store_true", help="write the tables into eval/RESULTS.md")
    args = parser.parse_args(argv)
    try:
        rows = read_answers()
        verdicts = read_unlisted()
    except AnswersError as error:
        print(f"drafts: {error}", file=sys.stderr)
        return 2
    result = score(rows, lint_drafts(rows), verdicts)
    if args.show:
        show(args.show, result)
        return 0
    report = render(result, rows, measured_commit())
    print(report)
    if args.write:
        write_section(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
