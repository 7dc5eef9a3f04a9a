"""Warnings on news sentences experts labelled biased or not: BABE (Spinde et al., 2021).

    git clone https://github.com/Media-Bias-Group/Neural-Media-Bias-Detection-Using-Distant-Supervision-With-BABE /tmp/BABE
    python eval/babe.py /tmp/BABE                 # rates by label
    python eval/babe.py /tmp/BABE --show quiet    # terminal only: warnings on sentences labelled
                                                  # non-biased and entirely factual

BABE's SG2 set is 3,674 sentences of 2019-2020 US news (Reuters, USA Today, Fox News, HuffPost,
MSNBC, Breitbart, Alternet, the Federalist...), each labelled "Biased" or "Non-biased" and
"Entirely factual" to "Expresses writer's opinion" by five expert annotators. Nothing of it is
stored here: each sentence is written to a temporary folder as a document of its own, checked
with the importable stylelint (PYTHONPATH=<checkout> picks one), and counted: the share of
sentences with a neutrality or sourcing warning, per label. A sentence alone has lost its
neighbours, so a sourcing warning may be answered by a sentence BABE did not keep: a warning on a
non-biased, factual sentence is a candidate false alarm, to be read, not a false alarm.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CATEGORIES = ("neutrality", "sourcing")
LABELS = [("Biased", None), ("Non-biased", None), ("Non-biased", "Entirely factual"),
          ("Biased", "Expresses writer\u2019s opinion")]


def load(babe: Path) -> list[dict]:
    path = babe / "data" / "final_labels_SG2.csv"
    if not path.exists():
        raise SystemExit(f"no BABE labels at {path} (expected a checkout of the BABE repository)")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return [r for r in csv.DictReader(f, delimiter=";") if r["label_bias"] in ("Biased", "Non-biased")]


def warned(rows: list[dict]) -> dict[int, list[dict]]:
    """Sentence index -> its neutrality and sourcing warnings."""
    with tempfile.TemporaryDirectory() as folder:
        for i, row in enumerate(rows):
            (Path(folder) / f"{i:05d}.txt").write_text(row["text"].strip() + "\n", encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "stylelint", "check", "--format", "json", "--no-exit",
                              "--no-color", "--min-level", "warning", folder],
                             capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no message"])[-1]
        raise SystemExit(f"stylelint failed on the BABE sentences (exit {out.returncode}): {last}")
    found = collections.defaultdict(list)
    for alert in json.loads(out.stdout)["alerts"]:
        if alert["category"] in CATEGORIES:
            found[int(Path(alert["path"]).stem)].append(alert)
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("babe", type=Path, help="a checkout of the BABE repository")
    parser.add_argument("--show", choices=("quiet",), help="print warnings on non-biased, factual sentences")
    args = parser.parse_args(argv)
    rows = load(args.babe)
    found = warned(rows)
    print(f"BABE SG2, {len(rows)} sentences: share with a neutrality or sourcing warning\n")
    print("| label | opinion | sentences | with a warning |\n|---|---|---:|---:|")
    for bias, opinion in LABELS:
        chosen = [i for i, r in enumerate(rows) if r["label_bias"] == bias and opinion in (None, r["label_opinion"])]
        hit = sum(1 for i in chosen if found.get(i))
        print(f"| {bias} | {opinion or 'any'} | {len(chosen)} | {hit} ({100 * hit / max(len(chosen), 1):.1f}%) |")
    if args.show == "quiet":
        for i, row in enumerate(rows):
            if row["label_bias"] == "Non-biased" and row["label_opinion"] == "Entirely factual" and found.get(i):
                marks = ", ".join(f"{a['rule']} [{a['match']}]" for a in found[i])
                print(f"\n{row['outlet']}: {row['text'].strip()}\n    {marks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
