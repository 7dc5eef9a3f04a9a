"""A small on-disk cache for data that is slow to build and never changes between runs: word
lists parsed from package data. Keyed by the source file's path, size and mtime, so an
upgraded package invalidates it; any problem with the cache just means building again."""
from __future__ import annotations

import hashlib
import mmap
import os
import pickle
import time
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
    path = cache_path(name, sources)
    if path is None:
        return build()
    found = load(path)
    if found is not None:
        return found
    value = build()
    save(path, value)
    return value


def cache_path(name: str, sources: list[Path], key: str = "", suffix: str = ".pickle") -> Path | None:
    """Where the value built from these sources (and `key`) is kept (None: caching is off or
    a source is missing)."""
    if os.environ.get("STYLELINT_NO_CACHE"):
        return None
    try:
        stamp = "|".join(f"{p}:{info.st_size}:{info.st_mtime_ns}" for p in sources for info in (p.stat(),))
    except OSError:
        return None
    digest = hashlib.sha1(f"{__version__}|{key}|{stamp}".encode()).hexdigest()[:16]
    return cache_dir() / f"{name}-{digest}{suffix}"


def load(path: Path):
    """The value kept at `path`, or None if there is none we can trust and read."""
    if _trusted(path):
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except Exception:  # unreadable, corrupt or from another Python: rebuild
            pass
    return None


def load_mapped(path: Path) -> mmap.mmap | None:
    """The bytes kept at `path` (by `save(..., raw=True)`), mapped rather than read, or None if
    there are none we can trust. (A file is replaced whole, never rewritten in place.)"""
    if _trusted(path):
        try:
            with open(path, "rb") as handle:
                return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # gone meanwhile, or empty
            pass
    return None


KEPT_VERSIONS = 4  # of one cache file (several environments, e.g. pre-commit's, share the folder)


def save(path: Path, value, raw: bool = False) -> None:
    """Keep `value` at `path` (pickled; `raw`: bytes as they are), written whole or not at all;
    a failure only costs time."""
    temp = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        import tempfile  # only when something new is kept

        fd, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            if raw:
                handle.write(value)
            else:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, path)
        temp = None
        _prune(path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        pass  # (what pickle raises for a value it cannot keep)
    finally:  # a write that failed half-way leaves no partial file behind
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass


def _prune(path: Path) -> None:
    """Remove all but the newest few versions of this cache file: each new environment or
    package version writes its own, and a folder that only grows fills the disk. Versions kept in
    another format count too (word tables were pickles before they were `.table` files)."""
    name = path.name[:-len("-0123456789abcdef") - len(path.suffix)]
    versions = [p for p in path.parent.glob(f"{name}-*")
                if p.suffix in (path.suffix, ".pickle") and len(p.stem) == len(path.stem)
                and p.stem[len(name) + 1:].isalnum()]
    versions.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in versions[KEPT_VERSIONS:]:
        old.unlink(missing_ok=True)
    # ... and what a writer stopped half-way (killed, or the machine went down) left: a
    # temporary file no live writer has touched for an hour
    stale = time.time() - _STALE_TEMP_SECONDS
    for temp in path.parent.glob("tmp*.tmp"):
        try:
            if temp.stat().st_mtime < stale:
                temp.unlink()
        except OSError:
            pass


_STALE_TEMP_SECONDS = 3600


_MEMOS: list = []


def flush_memos() -> None:
    """Write every memo that has grown (after building rules)."""
    for memo in _MEMOS:
        memo.flush()


class Memo:
    """A persistent memo of a pure function: key -> value, read from the cache folder on first
    use and written back by `flush` when it has grown. `key` names what the values depend on
    besides their keys (library versions). Values must be immutable or copied by the caller."""

    def __init__(self, name: str, sources=(), key: str = "", limit: int = 20_000):
        self.name, self.sources, self.key = name, sources, key  # sources: a list or a function
        self.limit = limit  # entries; past it the memo starts again (custom rules come and go)
        self._values: dict | None = None
        self._grown = False
        _MEMOS.append(self)

    def _loaded(self) -> dict:
        if self._values is None:
            sources = self.sources() if callable(self.sources) else list(self.sources)
            self.path = cache_path(self.name, sources, self.key)
            found = load(self.path) if self.path else None
            self._values = found if isinstance(found, dict) else {}
        return self._values

    def get(self, key):
        return self._loaded().get(key)

    def put(self, key, value) -> None:
        values = self._loaded()
        if len(values) >= self.limit:
            values.clear()
        values[key] = value
        self._grown = True

    def flush(self) -> None:
        if self._grown and self.path:
            save(self.path, self._values)
        self._grown = False


def cached_table(name: str, sources: list[Path], build) -> SortedTable:
    """A SortedTable built by `build()` (a dict) once and kept in the cache folder; a kept file
    that holds no table of this layout (corrupt, or from older code) is built again. The file
    is the table's bytes, mapped: a short run reads a few pages of it."""
    path = cache_path(name, sources, SortedTable.LAYOUT, ".table")
    if path is not None:
        try:
            return SortedTable(load_mapped(path))
        except ValueError:
            pass
    data = SortedTable.encode(build())
    if path is not None:
        save(path, data, raw=True)
    return SortedTable(data)
