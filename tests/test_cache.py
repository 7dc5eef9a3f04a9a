"""The on-disk cache: a pickle is code when loaded, so only a file the user owns, in a folder
only the user can write, is ever read; anything else is rebuilt."""
from __future__ import annotations

import os
import pickle

import pytest

from stylelint.project import cache

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions only")


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("STYLELINT_NO_CACHE", raising=False)
    source = tmp_path / "words.txt"
    source.write_text("alpha\n")
    return source


def _built(source):
    calls = []
    value = cache.cached("words", [source], lambda: calls.append(1) or {"built": True})
    return value, len(calls)


def test_a_result_is_built_once_and_then_read_back(cache_home):
    assert _built(cache_home) == ({"built": True}, 1)
    assert _built(cache_home) == ({"built": True}, 0)
    assert cache.cache_dir().stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("loosen", ["folder", "file"])
def test_a_cache_others_can_write_is_never_loaded(cache_home, loosen):
    _built(cache_home)
    folder = cache.cache_dir()
    (pickled,) = folder.glob("words-*.pickle")
    pickled.write_bytes(pickle.dumps({"planted": True}))  # as another user could have
    (folder if loosen == "folder" else pickled).chmod(0o777)
    assert _built(cache_home) == ({"built": True}, 1)


def test_a_corrupt_cache_file_is_rebuilt(cache_home):
    _built(cache_home)
    (pickled,) = cache.cache_dir().glob("words-*.pickle")
    pickled.write_bytes(b"not a pickle")
    assert _built(cache_home) == ({"built": True}, 1)


def test_only_the_newest_versions_of_a_cache_file_are_kept(cache_home):
    for version in range(cache.KEPT_VERSIONS + 3):
        cache_home.write_text("alpha\n" * (version + 1))  # another size: another version
        _built(cache_home)
    folder = cache.cache_dir()
    assert len(list(folder.glob("words-*.pickle"))) == cache.KEPT_VERSIONS
    (folder / "words-extra-0123456789abcdef.pickle").write_bytes(b"")  # another name: kept
    cache_home.write_text("beta\n")
    _built(cache_home)
    assert (folder / "words-extra-0123456789abcdef.pickle").exists()


def test_a_kept_word_table_of_another_layout_is_built_again(cache_home):
    from stylelint.project.wordtable import SortedTable

    def table():
        calls = []
        found = cache.cached_table("table", [cache_home], lambda: calls.append(1) or {"alpha": "a"})
        return found.get("alpha"), len(calls)

    assert table() == ("a", 1) and table() == ("a", 0)
    (kept,) = cache.cache_dir().glob("table-*.table")
    whole = kept.read_bytes()
    for planted in (b"\x01\x00\x00\x00old layout", whole[:-3], b""):  # no table, cut short, empty
        kept.write_bytes(planted)
        assert table() == ("a", 1) and table() == ("a", 0)
    assert kept.read_bytes() == whole
    kept.chmod(0o666)  # another user could have written it: built again, not read
    assert table() == ("a", 1)


def test_versions_kept_in_the_old_pickle_format_are_pruned_with_the_new_ones(tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    old = [folder / f"spelling-table-{n:016x}.pickle" for n in range(cache.KEPT_VERSIONS)]
    for n, path in enumerate(old):
        path.write_bytes(b"old")
        os.utime(path, ns=(10**9 * (n + 1), 10**9 * (n + 1)))  # older than anything written now
    cache.save(folder / "spelling-table-ffffffffffffffff.table", b"new", raw=True)
    left = sorted(p.name for p in folder.iterdir())
    assert "spelling-table-ffffffffffffffff.table" in left
    assert len(left) == cache.KEPT_VERSIONS and old[0].name not in left


def test_a_value_that_cannot_be_kept_leaves_no_partial_file(cache_home):
    # (a lambda cannot be pickled: the run goes on, and nothing half-written stays behind)
    value = cache.cached("words", [cache_home], lambda: {"built": lambda: None})
    assert callable(value["built"])
    assert list(cache.cache_dir().iterdir()) == []


def test_a_writer_stopped_half_way_leaves_nothing_for_long(cache_home):
    folder = cache.cache_dir()
    folder.mkdir(mode=0o700, parents=True)
    stale, fresh = folder / "tmpkilledwriter.tmp", folder / "tmpbusywriter.tmp"
    for temp in (stale, fresh):
        temp.write_bytes(b"half a pickle")
    hour_ago = os.path.getmtime(stale) - 2 * 3600
    os.utime(stale, (hour_ago, hour_ago))
    _built(cache_home)  # the next write tidies the folder
    assert not stale.exists()
    assert fresh.exists()  # another process may be writing it right now
