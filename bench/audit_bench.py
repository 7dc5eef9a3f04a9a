#!/usr/bin/env python3
"""Benchmark `stylelint audit` on a synthetic archive built from the shared news corpus.

    python bench/audit_bench.py                       # everything (about 40 min on 2 busy cores)
    python bench/audit_bench.py --big 20000 --small 2000    # a quicker look

The archive is JSON Lines written to a temporary folder (deleted at the end): every corpus
article, given a date (2016-2026), a desk and an author, repeated until the archive is big
enough. Corpus text never enters the repository. Each audit runs as its own process
(`python -m stylelint audit ... --no-progress`); a sampler records the peak resident memory of
the client process and of every Dask worker process. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CANDIDATES = [REPO.parent / "shared" / "data" / "corpus", REPO.parent.parent / "shared" / "data" / "corpus"]
DESKS = ["world", "politics", "business", "tech", "sport", "culture", "science", "local"]
PART = 500  # --partition-size


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def build_archive(corpus: Path, path: Path, articles: int) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    rng = random.Random(15)
    authors = [f"Reporter {i:02d}" for i in range(40)]
    size = 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(articles):
            year, month = 2016 + rng.randrange(11), 1 + rng.randrange(12)
            row = {"id": f"art-{i:07d}", "date": f"{year}-{month:02d}-{1 + rng.randrange(28):02d}",
                   "desk": rng.choice(DESKS), "author": rng.choice(authors),
                   "url": f"https://news.example/{i}", "text": texts[i % len(texts)]}
            size += f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return size


class Sampler(threading.Thread):
    """Peak RSS of a process and of each of its descendants, sampled every 0.2 s."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peaks, self.names, self.stop = pid, {}, {}, threading.Event()
        self.cpu = {}  # pid -> CPU seconds (user + system) at the last sample

    def run(self):
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self.stop.is_set():
            try:
                for proc in [root, *root.children(recursive=True)]:
                    rss = proc.memory_info().rss
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                    if rss > self.peaks.get(proc.pid, 0):
                        self.peaks[proc.pid] = rss
                        self.names.setdefault(proc.pid, " ".join(proc.cmdline())[:200])
            except psutil.Error:
                pass
            time.sleep(0.2)

    def workers(self) -> list[int]:
        """Dask worker processes: the multiprocessing children that are not helpers."""
        return [pid for pid in self.peaks if pid != self.pid and "multiprocessing" in self.names.get(pid, "")
                and "resource_tracker" not in self.names[pid] and "forkserver" not in self.names[pid]]

    def workers_mb(self) -> list[float]:
        return sorted((self.peaks[pid] / 1e6 for pid in self.workers()), reverse=True)

    def workers_cpu(self) -> list[float]:
        return sorted((self.cpu.get(pid, 0) for pid in self.workers()), reverse=True)


def audit(archive: Path, out: Path, workers: int, kill_after: int | None = None) -> dict:
    """Run one audit; with kill_after, SIGKILL the whole run once that many partitions are done."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "stylelint", "audit", str(archive), "-o", str(out), "--workers",
           str(workers), "--partition-size", str(PART), "--no-progress"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    sampler = Sampler(proc.pid)
    sampler.start()
    killed = False
    while proc.poll() is None:
        if kill_after is not None and done_parts(out) >= kill_after:
            os.killpg(proc.pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.2)
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if not killed and proc.returncode != 0:
        raise SystemExit(f"audit failed ({proc.returncode}): {err.strip()[-500:]}")
    return {"wall": wall, "workers_mb": sampler.workers_mb(), "killed": killed,
            "workers_cpu": sampler.workers_cpu(),
            "client_mb": sampler.peaks.get(proc.pid, 0) / 1e6, "done": done_parts(out),
            "stderr": err.strip()}


def done_parts(out: Path) -> int:
    folder = out / "articles"
    return sum(1 for n in os.listdir(folder) if n.endswith(".parquet")) if folder.is_dir() else 0


def row(label, articles, workers, r) -> str:
    mem = ", ".join(f"{m:.0f}" for m in r["workers_mb"][:workers])
    cpu = ", ".join(f"{c:.0f}" for c in r["workers_cpu"][:workers])
    rate = f"{articles / r['wall']:,.0f}" if articles else ""
    return (f"| {label} | {articles:,} | {workers} | {r['wall']:.1f} | {rate} | {cpu} | "
            f"{mem} | {r['client_mb']:.0f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", type=int, default=3000, help="articles in the 1x archive")
    ap.add_argument("--big", type=int, default=100_000, help="articles in the kill-and-resume run")
    ap.add_argument("--corpus", type=Path, help="the news corpus folder (default: ../shared/data/corpus)")
    ap.add_argument("--skip", default="", help="comma-separated steps to skip: speed,memory,resume")
    args = ap.parse_args()
    corpus = next((c for c in [args.corpus] if c) or (c for c in CANDIDATES if c.is_dir()), None)
    if corpus is None:
        print("audit_bench: the shared corpus (../shared/data/corpus) is not here; nothing to measure.")
        return 0
    skip = set(args.skip.split(","))
    tmp = Path(tempfile.mkdtemp(prefix="audit-bench-"))
    lines = ["| run | articles | workers | wall s | articles/s | CPU s per worker | peak MB per worker | client MB |",
             "|---|---:|---:|---:|---:|---|---|---:|"]
    try:
        small, quad, big = tmp / "x1.jsonl", tmp / "x4.jsonl", tmp / "big.jsonl"
        log(f"building archives: {args.small:,}, {4 * args.small:,}, {args.big:,} articles")
        build_archive(corpus, small, args.small)
        if "memory" not in skip:
            build_archive(corpus, quad, 4 * args.small)
        if "resume" not in skip:
            mb = build_archive(corpus, big, args.big) / 1e6
            log(f"big archive: {mb:,.0f} MB")
        if "speed" not in skip:
            for workers in (1, 2):
                log(f"1x, {workers} worker(s)")
                r = audit(small, tmp / f"out-1x-{workers}", workers)
                lines.append(row(f"1x, {workers} worker{'s' if workers > 1 else ''}", args.small, workers, r))
        if "memory" not in skip:
            log("4x, 2 workers")
            r = audit(quad, tmp / "out-4x", 2)
            lines.append(row("4x, 2 workers", 4 * args.small, 2, r))
        if "resume" not in skip:
            parts = -(-args.big // PART)
            out = tmp / "out-big"
            log(f"{args.big:,} articles, killed after {parts // 2} of {parts} partitions")
            first = audit(big, out, 2, kill_after=parts // 2)
            lines.append(row(f"big, killed at {first['done']}/{parts} partitions", 0, 2, first))
            log("resuming")
            second = audit(big, out, 2)
            lines.append(row(f"big, resumed ({parts - first['done']} partitions left)", 0, 2, second))
            total = first["wall"] + second["wall"]
            lines.append(f"| big, both halves | {args.big:,} | 2 | {total:.1f} | "
                         f"{args.big / total:,.0f} | | | |")
            log("rerun of the finished audit")
            again = audit(big, out, 2)
            lines.append(row("big, rerun with all partitions done", 0, 2, again))
            log(second["stderr"].splitlines()[-3] if second["stderr"] else "")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
