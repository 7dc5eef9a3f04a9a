"""Checking many files in worker processes, with results in input order.

A worker that dies (a crash in a C extension, the OOM killer) takes its batch down with it:
that batch is then re-checked one file per process, so only the file that really crashes is
reported, and the remaining batches go on in a fresh pool.
"""
from __future__ import annotations

import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .runner import FileResult, safe_check


def _ignore_sigint():
    # Ctrl-C is handled once, in the main process, which stops the pool; SIGTERM (from the
    # main process stopping the pool, or from outside) ends a worker at once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(pool) -> None:
    """End the pool now: its workers would otherwise finish their batches (seconds each) or
    outlive the run."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.terminate()
        except (OSError, ValueError, AttributeError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)


def _work(batch, options, keep_text):
    return [safe_check(path, options, keep_text) for path in batch]


def _alone(path, options, keep_text, work=_work) -> FileResult:
    """Check one file in a process of its own, to tell whether it is the one that crashes."""
    with ProcessPoolExecutor(max_workers=1, initializer=_ignore_sigint) as pool:
        try:
            return pool.submit(work, [path], options, keep_text).result()[0]
        except BrokenProcessPool:
            return FileResult(path, error="stylelint's worker process crashed on this file")


def _submit(pool, work, batches, options, keep_text) -> list:
    """Futures for the batches; fewer if a worker dies while they are handed out (the loop in
    run_parallel then finds that batch and goes on with the rest in a fresh pool)."""
    futures = []
    for batch in batches:
        try:
            futures.append(pool.submit(work, batch, options, keep_text))
        except BrokenProcessPool:
            break
    return futures


def run_parallel(files, options, jobs, keep_text, step, work=_work):
    # Batches amortise inter-process overhead; several batches per worker keep the load even.
    size = max(1, min(64, len(files) // (jobs * 8) or 1))
    batches = [files[i:i + size] for i in range(0, len(files), size)]
    index = 0
    while index < len(batches):
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
        try:
            futures = _submit(pool, work, batches[index:], options, keep_text)
            for future in futures:
                try:
                    results = future.result()
                except BrokenProcessPool:
                    break
                for result in results:
                    step()
                    yield result
                index += 1
            else:
                continue
        except BaseException:  # Ctrl-C, SIGTERM, the consumer stopping early
            _stop(pool)
            raise
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        for path in batches[index]:  # the batch whose worker died, one file at a time
            step()
            yield _alone(path, options, keep_text, work)
        index += 1
