"""SortedTable answers as the dict it was made from, however far it has gone: searched in
place, turned into a dict after enough questions, or loaded (with the set `present` asks)."""
from __future__ import annotations

import pytest

from stylelint.project.wordtable import SortedTable

WORDS = {"apple": "", "banana": "fruit", "café": "", "zebra": "animal", "naïve": "", "a": "x"}
ASKED = {"apple", "café", "cafe", "zebras", "", "a", "naïve", "Apple"}


def states():
    searched = SortedTable(SortedTable.encode(WORDS))
    asked_enough = SortedTable(SortedTable.encode(WORDS))
    asked_enough.questions = SortedTable.MATERIALIZE_AFTER + 1
    loaded = SortedTable(SortedTable.encode(WORDS))
    loaded.load()
    return {"searched": searched, "asked enough": asked_enough, "loaded": loaded}


@pytest.mark.parametrize("state", ["searched", "asked enough", "loaded"])
def test_a_table_answers_as_its_dict(state):
    table = states()[state]
    for _ in range(2):  # the second time from what the first one built
        assert table.present(set(ASKED)) == ASKED & WORDS.keys()
        assert {w for w in ASKED if w in table} == ASKED & WORDS.keys()
        assert [table.get(w) for w in sorted(ASKED)] == [WORDS.get(w) for w in sorted(ASKED)]
    assert sorted(table.keys()) == sorted(WORDS)
    assert table.present(set(ASKED)) == ASKED & WORDS.keys()


def test_a_big_table_finds_every_word_through_its_index():
    """Many words share an index slot's neighbourhood: each is still found, and no other."""
    words = {f"w{i}{'é' * (i % 3)}": str(i % 7) * (i % 2) for i in range(5_000)}
    table = SortedTable(SortedTable.encode(words))
    assert all(table.get(w) == v for w, v in words.items())
    assert table.present({"w1", "w1é", "w12", "w5000", "w", "x"}) == {"w1é", "w12"}
    assert [table.get(w) for w in ("w5000", "w1\x00", "", "w49999")] == [None] * 4


@pytest.mark.parametrize("data", [b"", b"garbage", (3).to_bytes(4, "little") * 2, None, "text"])
def test_bytes_that_are_no_table_are_refused(data):
    with pytest.raises(ValueError):
        SortedTable(data)


def test_a_mapped_table_answers_as_its_bytes(tmp_path):
    import mmap

    path = tmp_path / "words.table"
    path.write_bytes(SortedTable.encode(WORDS))
    with open(path, "rb") as handle:
        table = SortedTable(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    assert table.present(set(ASKED)) == ASKED & WORDS.keys()
    assert [table.get(w) for w in sorted(ASKED)] == [WORDS.get(w) for w in sorted(ASKED)]
    assert sorted(table.keys()) == sorted(WORDS)


def test_a_table_cut_short_is_refused():
    with pytest.raises(ValueError):
        SortedTable(SortedTable.encode(WORDS)[:-1])
    assert SortedTable(SortedTable.encode({})).get("a") is None


def test_a_garbled_index_ends_every_search():
    """Bytes that pass the header's checks but whose every slot is taken (no table makes them)
    answer None rather than search for ever."""
    data = bytearray(SortedTable.encode({"a": "", "b": ""}))
    data[12:12 + 4 * 8] = (1).to_bytes(4, "little") * 8  # eight slots, all naming the first record
    table = SortedTable(bytes(data))
    assert table.get("a") == "" and table.get("zzz") is None
