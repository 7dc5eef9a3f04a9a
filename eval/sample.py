"""Draw the sample: add every sampled alert that has no row yet to eval/judgements.tsv, unjudged.

    python eval/sample.py          # then judge the new rows (python eval/precision.py --show)
    python eval/sample.py --code ../wt/other   # rows for the alerts another checkout raises

Run it again after the rules change: alerts the code now raises that fall in the sample (the
same seeded draw, eval/frame.py) get rows to judge; rows already judged are kept as they are,
including rows whose alert has gone (they no longer count in eval/precision.py).
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import frame
import judgements


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=frame.ROOT,
                        help="checkout whose stylelint raises the alerts (default: this one)")
    args = parser.parse_args(argv)
    if not frame.CORPUS.is_dir():
        print(f"sample: skipped, shared corpus not found at {frame.CORPUS}")
        return 0
    current = frame.run_stylelint(code=args.code.resolve())
    rows = judgements.read()
    new = [judgements.from_alert(a) for a, row in judgements.pair(current, rows).items() if row is None]
    judgements.write(rows + new)
    strata = collections.Counter((a.category, a.part) for a in current if a.sampled)
    print(f"{len(current):,} alerts; sampled by stratum: "
          + ", ".join(f"{c} {p} {n}" for (c, p), n in sorted(strata.items())))
    print(f"{len(new)} new rows to judge in {judgements.FILE.relative_to(frame.ROOT)} "
          f"({len(rows) + len(new)} rows in all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
