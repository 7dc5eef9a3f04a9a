"""Checking many files in worker processes, with results in input order."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .runner import FileResult


def _work(batch, options, keep_text):
    from .session import _safe_check

    return [_safe_check(path, options, keep_text) for path in batch]


def run_parallel(files, options, jobs, keep_text, step):
    # Batches amortise inter-process overhead; many batches per worker keep the load even.
    size = max(1, min(64, len(files) // (jobs * 8) or 1))
    batches = [files[i:i + size] for i in range(0, len(files), size)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_work, batch, options, keep_text) for batch in batches]
        for batch, future in zip(batches, futures):
            try:
                results = future.result()
            except BrokenProcessPool:
                results = [FileResult(p, error="a worker process crashed while checking this batch")
                           for p in batch]
            for result in results:
                step()
                yield result
