"""Checking many files in worker processes, with results in input order.

A worker that dies (a crash in a C extension, the OOM killer) takes its batch down with it:
that batch is then re-checked one file per process, so only the file that really crashes is
reported, and the remaining batches go on in a fresh pool.

Workers are forked (on Linux) after the parent has built the rules, word tables and patterns
of the first file's configuration, so they start ready instead of each building its own; files
are handed out in batches of about equal size in bytes, so no worker waits on a long tail.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..core.engine import lint_text
from ..project.wordtable import SortedTable
from . import collector
from .runner import FileResult, config_of, rules_of, safe_check

BATCHES_PER_WORKER = 12  # enough to even out the load, few enough to keep the overhead small
MAX_BATCH_FILES = 256
# A batch is also capped in bytes (under a second of checking): sized in proportion to the run,
# the last batch -- which one worker checks while the other waits -- grew with it (2.2 s idle
# at the end of the 4x corpus, -j2), so time was not linear in the run's size.
MAX_BATCH_BYTES = 256 * 1024
# A short text that makes the rules compile what they compile on first use (patterns, the
# anchor automata, the word index, lemma tables) in the parent, before the workers fork.
SAMPLE = ("# Council backs the plan\n\n"
          "The mayor said on Monday that the plan, which critics called \"reckless\", would "
          "cost $2m. Some experts say it is unprecedented. According to officials, the council "
          "in Kiev will vote again in March, the Associated Press reported.\n\n"
          "\"It is a good day,\" said Jane Smith, a spokeswoman for the council.\n")


def _ignore_sigint():
    # Ctrl-C is handled once, in the main process, which stops the pool; SIGTERM (from the
    # main process stopping the pool, or from outside) ends a worker at once.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


# Manager threads of stopped pools that did not wind down in time: the interpreter's exit
# would wait for them for ever, so the command leaves with os._exit instead (command._leave).
LEFT_RUNNING: list = []


def _stop(pool) -> None:
    """End the pool now: its workers would otherwise finish their batches (seconds each) or
    outlive the run."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.terminate()
        except (OSError, ValueError, AttributeError):
            pass
    _close(pool)


def _close(pool) -> None:
    """Shut the pool down and give its manager thread a few seconds to wind down -- after a
    normal run too: if the interpreter exits while that thread is closing its wake-up pipe,
    concurrent.futures' exit hook writes to the closed pipe and prints a traceback ('Bad file
    descriptor'). Not an unbounded wait: a worker terminated while it held the result queue's
    lock can leave that thread stuck."""
    manager = getattr(pool, "_executor_manager_thread", None)  # shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(timeout=5)
        if manager.is_alive():
            LEFT_RUNNING.append(manager)


def _work(batch, options, keep_text):
    return [safe_check(path, options, keep_text) for path in batch]


def _alone(path, options, keep_text, work=_work) -> FileResult:
    """Check one file in a process of its own, to tell whether it is the one that crashes."""
    with ProcessPoolExecutor(max_workers=1, initializer=_ignore_sigint, mp_context=_context()) as pool:
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


def prepare(path, options) -> None:
    """Build, in this process, what every worker would otherwise build for itself: the rules
    of `path`'s configuration, their word tables as dicts, and what linting compiles lazily.
    Any problem is left for the workers to meet and report, file by file."""
    try:
        config = config_of(path, options)
        rules = rules_of(config, options)
        for rule, _ in rules.for_path(None):
            for table in (getattr(rule, "words", None), getattr(rule, "lookup", None)):
                if isinstance(table, SortedTable):
                    table.load()
        lint_text(SAMPLE, rules=rules, syntax="md", path=config.relpath(Path(path)))
    except Exception:  # noqa: BLE001 - a warm-up only; the real check reports errors
        pass


def batches_by_size(files, jobs) -> list[list]:
    """Consecutive runs of files of about equal total size in bytes."""
    sizes = []
    for path in files:
        try:
            sizes.append(os.stat(path).st_size)
        except OSError:
            sizes.append(0)
    target = max(1, min(sum(sizes) // (jobs * BATCHES_PER_WORKER), MAX_BATCH_BYTES))
    batches, current, used = [], [], 0
    for path, size in zip(files, sizes):
        current.append(path)
        used += size
        if used >= target or len(current) >= MAX_BATCH_FILES:
            batches.append(current)
            current, used = [], 0
    return batches + ([current] if current else [])


def _context():
    """fork where it is safe and the default, so workers inherit the parent's built rules
    (Python 3.14 changes the default to forkserver, which would rebuild them per worker)."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return None


def run_parallel(files, options, jobs, keep_text, step, work=_work):
    if files:
        prepare(files[0], options)
    collector.settled()  # before the workers fork: they inherit the frozen start-up heap
    batches = batches_by_size(files, jobs)
    index = 0
    while index < len(batches):
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint, mp_context=_context())
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
            _close(pool)
        for path in batches[index]:  # the batch whose worker died, one file at a time
            step()
            yield _alone(path, options, keep_text, work)
        index += 1
