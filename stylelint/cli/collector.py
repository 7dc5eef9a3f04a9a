"""The cyclic garbage collector during a `check` run.

Starting up (imports, the built rules, word tables, compiled patterns, the first file's
analysis) allocates a heap that lives for the whole run and leaves almost no cyclic garbage,
yet automatic collections walk that heap again and again, and the interpreter walks it once
more at exit: about 0.035 s of a 0.2 s run on one article. So `check` starts with automatic
collection off (`pause`); once start-up is over, `settled` moves everything alive into the
permanent generation (`gc.freeze`) and turns collection back on, so the rest of a long run
collects its own garbage without walking the start-up heap (and forked workers leave its pages
shared). Reference counting frees objects as usual throughout; only cycles wait. For the rest of
the run the youngest generation is collected every 10,000 allocations, not 700: a document's
objects are freed by reference counting when it is done, and the default walked them some 750
times a corpus run (0.23 s of collection against 0.08 s); `resume` puts the thresholds back.
"""
from __future__ import annotations

import gc

_paused = False
_YOUNG = 10_000  # allocations between collections of the youngest generation, once settled
_thresholds: tuple | None = None  # the thresholds before `settled` raised the first


def pause() -> None:
    """Turn automatic collection off for start-up (if it is on)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def settled() -> None:
    """Start-up is over: keep what is alive out of later collections, and collect again."""
    global _paused, _thresholds
    if _paused:
        gc.freeze()
        if _thresholds is None:
            _thresholds = gc.get_threshold()
            gc.set_threshold(_YOUNG, *_thresholds[1:])
        gc.enable()
        _paused = False


def resume() -> None:
    """Collect again (a run that ended before start-up was over), as often as before the run."""
    global _paused, _thresholds
    if _paused:
        gc.enable()
        _paused = False
    if _thresholds is not None:
        gc.set_threshold(*_thresholds)
        _thresholds = None
