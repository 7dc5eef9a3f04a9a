"""Running the audit on Dask: a local cluster or an existing one, partitions streamed through a
bounded window of tasks, each finished partition written to OUTDIR at once (so a rerun skips it).

Every table of a partition goes to `OUTDIR/<table>/part-<id>.parquet` through a temporary file
and a rename; the articles table is written last and marks the partition done.
"""
from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field

TABLES = ("alerts", "forms", "problems", "articles")  # articles last: it marks a partition done
IN_FLIGHT_PER_WORKER = 2  # enough to keep every worker busy, few enough to bound memory


@dataclass
class Outcome:
    done_before: int = 0  # partitions found finished from an earlier run
    done_now: int = 0
    failed: list = field(default_factory=list)  # (partition source, reason)


def part_file(outdir: str, table: str, part_id: str) -> str:
    return os.path.join(outdir, table, f"part-{part_id}.parquet")


def is_done(outdir: str, part_id: str) -> bool:
    return os.path.exists(part_file(outdir, "articles", part_id))


def write_part(outdir: str, part_id: str, tables: dict) -> None:
    import pyarrow.parquet as pq

    for name in TABLES:
        final = part_file(outdir, name, part_id)
        os.makedirs(os.path.dirname(final), exist_ok=True)
        temporary = final + ".tmp"
        pq.write_table(tables[name], temporary)
        os.replace(temporary, final)


def run(parts, settings, outdir: str, scheduler: str | None = None, workers: int | None = None,
        progress: bool | None = None, on_done=None) -> Outcome:
    """Audit every partition not already done. `on_done(part)` is called after each write."""
    ids = {p.id: p for p in parts}
    todo = [p for p in ids.values() if not is_done(outdir, p.id)]
    outcome = Outcome(done_before=len(ids) - len(todo))
    if not todo:
        return outcome
    from distributed import as_completed

    client, cluster = _connect(scheduler, workers)
    bar = _bar(sum(p.rows for p in todo), progress)
    try:
        from .work import audit_part

        window = max(2, IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"])))
        pending = iter(todo)
        by_key = {}

        def submit():
            part = next(pending, None)
            if part is not None:
                future = client.submit(audit_part, part, settings, key=f"stylelint-audit-{part.id}",
                                       retries=1)
                by_key[future.key] = part
                return future

        running = as_completed([f for f in (submit() for _ in range(window)) if f is not None])
        for future in running:
            part = by_key.pop(future.key)
            try:
                tables = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker or unreadable source: recorded
                outcome.failed.append((_where(part), f"{type(exc).__name__}: {exc}"))
            else:
                write_part(outdir, part.id, tables)
                outcome.done_now += 1
                if on_done:
                    on_done(part)
            future.release()
            bar.update(part.rows)
            following = submit()
            if following is not None:
                running.add(following)
    finally:
        bar.close()
        client.close()
        if cluster is not None:
            cluster.close()
    return outcome


def _where(part) -> str:
    if part.kind == "files":
        return f"{part.files[0][0]} .. {part.files[-1][0]}"
    return f"{part.url}:{part.first_line}"


def _connect(scheduler: str | None, workers: int | None):
    """A client on the given scheduler, or on a new local cluster of single-threaded worker
    processes (linting is pure Python: threads would share one core)."""
    import logging

    from distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler:
        return Client(scheduler, timeout="30s"), None
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                           processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
                           silence_logs=logging.ERROR)  # reachable from this machine only
    return Client(cluster), cluster


class _NoBar:
    def update(self, n):
        pass

    def close(self):
        pass


def _bar(total: int, progress: bool | None):
    """A progress bar in articles, on an interactive terminal only (never in logs or CI)."""
    if progress is None:
        progress = sys.stderr.isatty() and not os.environ.get("CI")
    if not progress:
        return _NoBar()
    from tqdm import tqdm

    size = shutil.get_terminal_size((80, 24))  # a terminal that reports 0 x 0 still gets a bar
    return tqdm(total=total, unit=" articles", file=sys.stderr, smoothing=0.1, ncols=size.columns,
                nrows=size.lines)
