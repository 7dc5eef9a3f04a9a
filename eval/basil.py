"""Neutrality against experts' bias marks on news nobody tuned on: BASIL (Fan et al., EMNLP 2019).

    git clone https://github.com/launchnlp/BASIL /tmp/BASIL
    python eval/basil.py /tmp/BASIL                # figures per outlet, both halves
    python eval/basil.py /tmp/BASIL --half B       # only the held-out half
    python eval/basil.py /tmp/BASIL --show misses  # terminal only: marked words no alert touches

BASIL is 300 US political news stories of 2010-2019, one event told by the New York Times, Fox
News and HuffPost each, with the words and sentences its annotators marked as lexical bias (loaded
words) or informational bias (slanted selection), and whether the mark lies in a quotation.
Nothing of it is stored here: the stories are written as Markdown to a temporary folder, checked
with the importable stylelint (run with PYTHONPATH=<checkout> to pick one), and scored:
- recall: the share of lexical-bias marks in the writer's own voice that a neutrality or sourcing
  alert overlaps (at warning level, and at any level);
- where the warnings fall: in a lexical mark, in an informational one, in a quoted mark, or in
  none. BASIL's marks are not exhaustive ("slammed" is often unmarked), so "none" is not "false":
  judge those by hand (eval/JUDGING.md).
Half A (events whose id hashes even) was worked on; half B is held out.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

CATEGORIES = ("neutrality", "sourcing")
OUTLETS = {"nyt": "New York Times", "fox": "Fox News", "hpo": "HuffPost"}


def load(basil: Path) -> list[dict]:
    """One record per story: outlet, event, Markdown text, and its annotations."""
    stories = []
    for article in sorted(basil.glob("articles/*/*.json")):
        marks = basil / "annotations" / article.parent.name / (article.stem + "_ann.json")
        if not marks.exists():
            continue
        data = json.loads(article.read_text(encoding="utf-8"))
        paragraphs = [" ".join(p).strip() for p in data["body-paragraphs"]]
        text = "# " + data["title"].strip() + "\n\n" + "\n\n".join(p for p in paragraphs if p) + "\n"
        stories.append({"name": article.stem, "outlet": data["source"].lower(),
                        "event": data["triplet-uuid"], "text": text,
                        "marks": json.loads(marks.read_text(encoding="utf-8"))["phrase-level-annotations"]})
    return stories


def half(event: str) -> str:
    return "A" if int(hashlib.md5(event[:8].encode()).hexdigest(), 16) % 2 == 0 else "B"


def mark_spans(story: dict) -> list[tuple[int, int, dict]]:
    """Every place in the text where a mark's words occur (BASIL gives offsets per sentence)."""
    spans = []
    for mark in story["marks"]:
        words = mark["txt"].strip().strip("\u201c\u201d\"")
        if len(words) > 1:
            spans += [(m.start(), m.end(), mark) for m in re.finditer(re.escape(words), story["text"])]
    return spans


def run_stylelint(folder: Path) -> list[dict]:
    command = [sys.executable, "-m", "stylelint", "check", "--format", "json", "--no-exit", "--no-color",
               str(folder)]
    out = subprocess.run(command, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no message"])[-1]
        raise SystemExit(f"stylelint failed on the BASIL stories (exit {out.returncode}): {last}")
    return [a for a in json.loads(out.stdout)["alerts"] if a["category"] in CATEGORIES]


def offsets(text: str, alert: dict) -> tuple[int, int]:
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return (starts[alert["line"] - 1] + alert["column"] - 1,
            starts[alert["end_line"] - 1] + alert["end_column"] - 1)


def score(stories: list[dict], alerts: list[dict]) -> dict:
    by_name = collections.defaultdict(list)
    for alert in alerts:
        by_name[Path(alert["path"]).stem].append(alert)
    tally = collections.defaultdict(collections.Counter)
    misses = []
    for story in stories:
        outlet, text, spans = story["outlet"], story["text"], mark_spans(story)
        placed = [(offsets(text, a), a) for a in by_name[story["name"]]]
        tally[outlet]["words"] += len(text.split())
        for (start, end), alert in placed:
            if alert["severity"] == "suggestion":
                continue
            kinds = {(m["bias"], m["quote"]) for s, e, m in spans if s < end and start < e}
            where = ("lexical" if ("lex", "no") in kinds else "informational" if ("inf", "no") in kinds
                     else "quoted" if kinds else "none")
            tally[outlet]["warnings"] += 1
            tally[outlet]["warnings in " + where] += 1
        own = {}
        for s, e, mark in spans:
            if mark["bias"] == "lex" and mark["quote"] == "no":
                levels = {a["severity"] for (start, end), a in placed if start < e and s < end}
                best = "warning" if levels - {"suggestion"} else "suggestion" if levels else None
                if own.get(mark["id"]) != "warning":
                    own[mark["id"]] = best or own.get(mark["id"])
                if best is None:
                    misses.append((story["name"], text, s, e))
        tally[outlet]["lexical marks"] += len(own)
        tally[outlet]["lexical marks warned"] += sum(v == "warning" for v in own.values())
        tally[outlet]["lexical marks alerted"] += sum(v is not None for v in own.values())
    return {"tally": tally, "misses": misses}


def table(tally: dict) -> str:
    rows = ["| outlet | words | N+S warnings | per 1,000 words | in a lexical mark | in an informational mark "
            "| in a quoted mark | in no mark | lexical marks | warned | alerted at any level |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    total = collections.Counter()
    for outlet in OUTLETS:
        total.update(tally.get(outlet, {}))
    for name, t in [(OUTLETS[o], tally.get(o, collections.Counter())) for o in OUTLETS] + [("all", total)]:
        marks = max(t["lexical marks"], 1)
        rows.append(f"| {name} | {t['words']:,} | {t['warnings']} | {1000 * t['warnings'] / max(t['words'], 1):.2f} "
                    f"| {t['warnings in lexical']} | {t['warnings in informational']} | {t['warnings in quoted']} "
                    f"| {t['warnings in none']} | {t['lexical marks']} "
                    f"| {t['lexical marks warned']} ({100 * t['lexical marks warned'] / marks:.1f}%) "
                    f"| {t['lexical marks alerted']} ({100 * t['lexical marks alerted'] / marks:.1f}%) |")
    return "\n".join(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path, help="a checkout of github.com/launchnlp/BASIL")
    parser.add_argument("--half", choices=("A", "B"), help="only one half (B is held out)")
    parser.add_argument("--show", choices=("misses",), help="print writer's-voice lexical marks no alert touches")
    args = parser.parse_args(argv)
    stories = [s for s in load(args.basil) if args.half in (None, half(s["event"]))]
    if not stories:
        raise SystemExit(f"no BASIL stories under {args.basil} (expected articles/ and annotations/)")
    with tempfile.TemporaryDirectory() as folder:
        for story in stories:
            (Path(folder) / (story["name"] + ".md")).write_text(story["text"], encoding="utf-8")
        result = score(stories, run_stylelint(Path(folder)))
    print(f"BASIL, {len(stories)} stories" + (f", half {args.half}" if args.half else "") + ":\n")
    print(table(result["tally"]))
    if args.show == "misses":
        for name, text, start, end in result["misses"]:
            line_start = text.rfind("\n", 0, start) + 1
            print(f"{name}: ...{text[max(line_start, start - 90):start]}[[{text[start:end]}]]{text[end:end + 60]}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
