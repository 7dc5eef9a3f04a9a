"""The alerts we judge: run stylelint over the shared corpus and decide which are in the sample.

Shared by eval/sample.py (draw the sample) and eval/precision.py (score it). The linter is run
through its command line with JSON output, so this works whatever the package layout is.

The sample frame is every warning or error of the neutrality, sourcing, naming and typo packs on
the de-duplicated corpus. An alert is sampled when a seeded hash of (path, rule, start offset)
falls under its stratum's rate: a fixed-seed random sample that stays the same sample when the
code changes, and that takes new alerts at the same rate as the old ones.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def find_corpus() -> Path:
    """../shared/data/corpus from the repository root (or from a worktree's parent folders)."""
    for folder in ROOT.parents:
        if (folder / "shared" / "data" / "corpus").is_dir():
            return folder / "shared" / "data" / "corpus"
    return ROOT.parent / "shared" / "data" / "corpus"


CORPUS = find_corpus()
CATEGORIES = ("neutrality", "sourcing", "naming", "typo")
PACKS = ("Neutrality", "Sourcing", "Naming", "Typos")
PARTS = {"reuters21578": "tune", "wikipedia_nagorno_karabakh": "tune",
         "bbc_business_tech": "held-out", "gum_wikinews": "held-out"}
SEED = "stylelint-issue-10"
# Share of each stratum's alerts drawn into the sample, fixed when the sample was first drawn
# (2026-11-28, 1,406 alerts on the de-duplicated corpus) to give about 50 per stratum, or all of
# a small stratum. Never change these after judging: the judged rows would stop being a sample.
RATES = {
    ("neutrality", "tune"): 50 / 183, ("neutrality", "held-out"): 50 / 154,
    ("sourcing", "tune"): 50 / 281, ("sourcing", "held-out"): 50 / 199,
    ("naming", "tune"): 50 / 84, ("naming", "held-out"): 1.0,
    ("typo", "tune"): 50 / 451, ("typo", "held-out"): 1.0,
}
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(frozen=True)
class Alert:
    path: str       # relative to the corpus folder, e.g. "reuters21578/0001.txt"
    start: int      # character offsets into the file's text
    end: int
    rule: str
    category: str
    severity: str
    match: str      # the matched words (kept in memory; only a few words are ever written)

    @property
    def part(self) -> str:
        return PARTS[self.path.split("/")[0]]

    @property
    def sampled(self) -> bool:
        return draw(self.path, self.rule, self.start) < RATES.get((self.category, self.part), 0.0)


def draw(path: str, rule: str, start: int) -> float:
    """A uniform number in [0, 1) fixed by the seed and the alert's place."""
    digest = hashlib.sha256(f"{SEED}|{path}|{rule}|{start}".encode()).hexdigest()
    return int(digest[:12], 16) / 16 ** 12


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    """The corpus's .txt files in name order, without byte-identical duplicates (as evaluate.py)."""
    seen, files = set(), []
    for folder in sorted(PARTS):
        for path in sorted((corpus / folder).glob("*.txt")):
            digest = hashlib.md5(path.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                files.append(path)
    return files


def run_stylelint(corpus: Path = CORPUS, code: Path = ROOT) -> list[Alert]:
    """Warnings and errors of the four packs on the de-duplicated corpus, with character offsets.

    `code` is the checkout whose stylelint runs (another branch's, to preview it before it lands)."""
    files = corpus_files(corpus)
    command = [sys.executable, "-m", "stylelint", "check", "--format", "json", "--min-level", "warning",
               "--no-exit", "--no-color"] + [a for p in PACKS for a in ("--select", p)]
    env = dict(os.environ, PYTHONPATH=str(code) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run(command + [str(corpus / f) for f in PARTS], capture_output=True, text=True,
                         check=False, stdin=subprocess.DEVNULL, env=env, cwd=code)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no message"])[-1]
        raise SystemExit(f"stylelint failed on the corpus (exit {out.returncode}): {last}")
    keep = {str(f) for f in files}
    alerts, texts = [], {}
    for a in json.loads(out.stdout)["alerts"]:
        if a["path"] not in keep:
            continue
        if a["path"] not in texts:
            texts[a["path"]] = line_starts(Path(a["path"]).read_text(encoding="utf-8"))
        starts = texts[a["path"]]
        start = starts[a["line"] - 1] + a["column"] - 1
        end = starts[a["end_line"] - 1] + a["end_column"] - 1
        alerts.append(Alert(str(Path(a["path"]).relative_to(corpus)), start, end, a["rule"],
                            a["category"], a["severity"], a["match"]))
    return alerts


def line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def words_by_part(corpus: Path = CORPUS) -> dict[str, int]:
    totals: dict[str, int] = {}
    for path in corpus_files(corpus):
        part = PARTS[path.parent.name]
        totals[part] = totals.get(part, 0) + len(WORD.findall(path.read_text(encoding="utf-8")))
    return totals


def short_match(match: str, limit: int = 4) -> str:
    """At most a few words of the match: the judgement file never holds corpus sentences."""
    words = match.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")
