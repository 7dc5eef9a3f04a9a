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
