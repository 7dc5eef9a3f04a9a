"""A small on-disk cache for data that is slow to build and never changes between runs: word
lists parsed from package data. Keyed by the source file's path, size and mtime, so an
upgraded package invalidates it; any problem with the cache just means building again."""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from ..version import __version__
from .wordtable import SortedTable


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "stylelint"


def _trusted(path: Path) -> bool:
    """Loading a pickle runs code: read only a file this user owns, in a folder this user owns,
    that nobody else can write to."""
    if not hasattr(os, "getuid"):
        return path.exists()
    try:
        for item in (path.parent, path):
            info = item.stat()
            if info.st_uid != os.getuid() or info.st_mode & 0o022:
                return False
    except OSError:
        return False
    return True


def cached(name: str, sources: list[Path], build):
    """`build()` or its pickled result from an earlier run with the same sources."""
    if os.environ.get("STYLELINT_NO_CACHE"):
        return build()
    try:
        stamp = "|".join(f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sources)
    except OSError:
        return build()
    digest = hashlib.sha1(f"{__version__}|{stamp}".encode()).hexdigest()[:16]
    path = cache_dir() / f"{name}-{digest}.pickle"
    if _trusted(path):
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except Exception:  # unreadable, corrupt or from another Python: rebuild
            pass
    value = build()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
    except OSError:
        pass
    return value


def cached_table(name: str, sources: list[Path], build) -> SortedTable:
    """A SortedTable built by `build()` (a dict) once and kept in the cache folder."""
    return SortedTable(cached(name, sources, lambda: SortedTable.encode(build())))
