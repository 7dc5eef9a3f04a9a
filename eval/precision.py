"""Precision by hand: score the current alerts against the judgements in eval/judgements.tsv.

    python eval/precision.py            # run stylelint on the corpus, print precision tables
    python eval/precision.py --write    # also write them into eval/RESULTS.md (precision section)
    python eval/precision.py --show     # print each sampled alert not judged yet, with context
                                        # (terminal only: corpus text is never written to a file)
    python eval/precision.py --show gone                # judged alerts the code no longer raises
    python eval/precision.py --show attribution-nearby  # judged alerts still raised, by cause
    python eval/precision.py --show Neutrality.Puffery  # ... or by rule
    python eval/sample.py               # add those alerts to judgements.tsv as rows to judge

Precision is right / judged, on warnings and errors of the neutrality, sourcing, naming and typo
packs; debatable counts as not right. The sample is stratified by category and corpus part
(eval/frame.py, RATES), so figures over several strata weight each stratum by its alert count.
Tune part: Reuters-21578 and Wikipedia N-K; held-out part: BBC business/tech and GUM Wikinews.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import frame
import judgements

PARTS = ("tune", "held-out")
TARGETS = {"neutrality+sourcing": 0.80, "naming": 0.90, "typo": 0.90}
GROUPS = {"neutrality+sourcing": ("neutrality", "sourcing"), "neutrality": ("neutrality",),
          "sourcing": ("sourcing",), "naming": ("naming",), "typo": ("typo",)}
RESULTS = frame.ROOT / "eval" / "RESULTS.md"
MARK = "<!-- precision: written by eval/precision.py --write -->"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write the tables into eval/RESULTS.md")
    parser.add_argument("--code", type=Path, default=frame.ROOT,
                        help="checkout whose stylelint to measure (default: this one), e.g. another worktree")
    parser.add_argument("--show", nargs="?", const="unjudged", metavar="WHAT",
                        help="print alerts with context: unjudged (default), gone, a cause, or a rule id")
    args = parser.parse_args(argv)
    if not frame.CORPUS.is_dir():
        print(f"precision: skipped, shared corpus not found at {frame.CORPUS}")
        return 0
    current = frame.run_stylelint(code=args.code.resolve())
    rows = judgements.read()
    paired = judgements.pair(current, rows)
    gone = judgements.gone(current, rows)
    if args.show:
        show(args.show, paired, gone)
        return 0
    report = render(current, paired, gone, frame.words_by_part())
    print(report)
    if args.write:
        write_section(report, summary(current, paired, frame.words_by_part()), args.code.resolve())
    return 0


def estimate(paired, categories, rule=None, parts=PARTS):
    """(precision, right, false alarms, debatable, judged); precision weights strata by alert count."""
    pop, tally = collections.Counter(), collections.defaultdict(collections.Counter)
    for alert, row in paired.items():
        if alert.category in categories and alert.part in parts and rule in (None, alert.rule):
            stratum = (alert.category, alert.part)
            pop[stratum] += 1
            if row is not None and row.verdict:
                tally[stratum][row.verdict] += 1
                tally[stratum]["judged"] += 1
    totals = sum((tally[s] for s in tally), collections.Counter())
    weight = sum(pop[s] for s in tally)
    precision = (sum(pop[s] * tally[s]["right"] / tally[s]["judged"] for s in tally) / weight) if weight else None
    return precision, totals["right"], totals["false_alarm"], totals["debatable"], totals["judged"]


def population(current, categories, part):
    return sum(1 for a in current if a.category in categories and a.part == part)


def pct(p):
    return "n/a" if p is None else f"{100 * p:.0f}%"


def render(current, paired, gone, words) -> str:
    intro = ("Warnings and errors judged by an editor (`eval/judgements.tsv`, guide in `eval/JUDGING.md`). "
             "Precision = right / judged; debatable counts as not right. Cells: precision (right / "
             "false alarm / debatable of judged). *all* weights the two parts by their alert counts.\n")
    lines = ["## Precision by hand\n", intro]
    lines.append("| category | target | tune | held-out | all |")
    lines.append("|---|---:|---:|---:|---:|")
    for name, cats in GROUPS.items():
        cells = [cell(estimate(paired, cats, parts=(part,))) for part in PARTS]
        target = f"{100 * TARGETS[name]:.0f}%" if name in TARGETS else ""
        lines.append(f"| {name} | {target} | " + " | ".join(cells) + f" | {cell(estimate(paired, cats))} |")

    lines.append("\n### By rule\n")
    lines.append("| rule | tune | held-out | all |")
    lines.append("|---|---:|---:|---:|")
    for rule, category in sorted({(a.rule, a.category) for a in paired}):
        cells = [cell(estimate(paired, (category,), rule, (part,))) for part in PARTS]
        lines.append(f"| {rule} | " + " | ".join(cells) + f" | {cell(estimate(paired, (category,), rule))} |")

    lines.append("\n### Neutrality + sourcing warnings per 1,000 words\n")
    lines.append("Estimated false alarms = alerts x (1 - precision of that part).\n")
    lines.append("| part | words | N+S warnings | per 1k words | estimated not right per 1k |")
    lines.append("|---|---:|---:|---:|---:|")
    for part in PARTS:
        n = population(current, GROUPS["neutrality+sourcing"], part)
        p = estimate(paired, GROUPS["neutrality+sourcing"], parts=(part,))[0]
        wrong = "n/a" if p is None else f"{1000 * n * (1 - p) / words[part]:.2f}"
        lines.append(f"| {part} | {words[part]:,} | {n:,} | {1000 * n / words[part]:.2f} | {wrong} |")

    lines += causes(paired)

    if gone:
        verdicts = collections.Counter(j.verdict for j in gone)
        lost = collections.Counter(j.rule for j in gone if j.verdict == "right")
        lines.append(f"\nJudged alerts this code does not raise (gone quiet, or judged for another version): "
                     f"{len(gone)} (right {verdicts['right']}, false alarm {verdicts['false_alarm']}, "
                     f"debatable {verdicts['debatable']}). Right ones among them: "
                     + (", ".join(f"{r} {n}" for r, n in lost.most_common()) or "none")
                     + " (`python eval/precision.py --show gone`).")

    unjudged = collections.Counter((a.category, a.part) for a, row in paired.items()
                                   if row is None or not row.verdict)
    in_frame = len(paired)
    lines.append(f"\nSample frame: {in_frame} alerts of {len(current):,}; not judged yet: "
                 f"{sum(unjudged.values())}" + (" (" + ", ".join(f"{c} {p} {n}" for (c, p), n in
                                                   sorted(unjudged.items())) + ")" if unjudged else "") + ".")
    return "\n".join(lines)


def causes(paired) -> list[str]:
    """Sampled alerts that are not right, by the judge's cause (sample counts, not weighted)."""
    table = collections.defaultdict(collections.Counter)
    for alert, row in paired.items():
        if row is not None and row.verdict and row.verdict != "right":
            table[row.cause or "(none given)"][row.verdict] += 1
            table[row.cause or "(none given)"][alert.rule] += 1
    lines = ["\n### Why the others are not right (sampled alerts, by cause; see eval/JUDGING.md)\n",
             "| cause | false alarm | debatable | rules (count) |", "|---|---:|---:|---|"]
    order = sorted(table, key=lambda c: -(table[c]["false_alarm"] + table[c]["debatable"]))
    for cause in order:
        counts = table[cause]
        rules = ", ".join(f"{r} {n}" for r, n in counts.most_common() if "." in r)
        lines.append(f"| {cause} | {counts['false_alarm']} | {counts['debatable']} | {rules} |")
    return lines


def cell(result):
    precision, right, false_alarm, debatable, judged = result
    if not judged:
        return "-"
    return f"{pct(precision)} ({right}/{false_alarm}/{debatable} of {judged})"


def show(what: str, paired, gone) -> None:
    """Print alerts with their surroundings, for judging at a terminal (never to a file)."""
    if what == "unjudged":
        items = [(a, row) for a, row in paired.items() if row is None or not row.verdict]
    elif what == "gone":
        items = [(j, j) for j in gone]
    elif what in judgements.CAUSES or "." in what:
        items = [(a, row) for a, row in paired.items() if row is not None and what in (row.cause, row.rule)]
    else:
        raise SystemExit(f"--show: {what!r} is not unjudged, gone, a cause ({', '.join(judgements.CAUSES)}) "
                         "or a rule id")
    texts = {}
    for place, row in sorted(items, key=lambda item: (item[0].path, item[0].start)):
        if place.path not in texts:
            texts[place.path] = (frame.CORPUS / place.path).read_text(encoding="utf-8")
        text = texts[place.path]
        verdict = f"{row.verdict}: {row.reason}" if row is not None and row.verdict else "not judged"
        print(f"=== {place.path} {place.start}-{place.end} | {place.rule} | {place.part} | {verdict}")
        print(one_line(text[max(0, place.start - 600):place.start]) + "⟦" + one_line(text[place.start:place.end])
              + "⟧" + one_line(text[place.end:place.end + 300]) + "\n")
    print(f"{len(items)} alerts ({what}).")


def one_line(text: str) -> str:
    """Paragraph breaks as ¶ and line breaks as ⏎, so a break next to the match stays visible."""
    return text.replace("\n\n", " ¶ ").replace("\n", " ⏎ ")


def summary(current, paired, words) -> list[str]:
    """The history row's figures: precision of the targets, all parts, and N+S warnings per 1k."""
    cells = [pct(estimate(paired, GROUPS[name])[0]) for name in TARGETS]
    for part in PARTS:
        cells.append(f"{1000 * population(current, GROUPS['neutrality+sourcing'], part) / words[part]:.2f}")
    return cells


HISTORY = ("### History\n\n| date | commit | neutrality+sourcing | naming | typo | N+S warnings/1k tune "
           "| N+S warnings/1k held-out |\n|---|---|---:|---:|---:|---:|---:|")


def write_section(report: str, figures: list[str], code: Path) -> None:
    """Replace the precision section at the end of RESULTS.md (evaluate.py keeps it), keeping the
    history of earlier runs: one row per commit measured."""
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else ""
    head, _, section = old.partition(MARK)
    # The last commit that changed the code or the rules: stable across eval-only commits and rebases.
    commit = subprocess.run(["git", "log", "-1", "--format=%h", "--", "stylelint", "rules", "pyproject.toml"],
                            capture_output=True, text=True, check=False, cwd=code).stdout.strip() or "unknown"
    today = datetime.date.today().isoformat()
    rows = [line for line in section.partition("### History")[2].splitlines()
            if line.startswith("| 2") and f"| `{commit}` |" not in line]
    rows.append(f"| {today} | `{commit}` | " + " | ".join(figures) + " |")
    command = (f"Generated {today} on the code of commit `{commit}` by `python eval/precision.py --write` from the "
               "repository root (shared data at `../shared/data`).\n\n")
    text = (head.rstrip() + "\n\n" if head.strip() else "") + MARK + "\n\n" + command + report
    RESULTS.write_text(text + "\n\n" + HISTORY + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"\nwritten: {RESULTS.relative_to(frame.ROOT)}")


if __name__ == "__main__":
    raise SystemExit(main())
