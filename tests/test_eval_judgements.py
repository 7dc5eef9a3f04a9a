"""The hand-judgement data (eval/judgements.tsv) and how current alerts are matched to it.

The data file must never hold corpus sentences: only a few matched words per row. Matching must
survive small shifts of an alert's span after code changes, and never pair different rules or
files. These tests read no shared data.
"""
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
sys.path.insert(0, str(EVAL))

import frame as alerts
import judgements


def make_alert(path="reuters21578/a.txt", start=100, end=112, rule="Sourcing.WeaselWords",
               category="sourcing", match="critics say"):
    return alerts.Alert(path, start, end, rule, category, "warning", match)


def test_every_row_is_complete_and_holds_only_a_few_words():
    rows = judgements.read()
    assert len(rows) >= 300
    for row in rows:
        assert row.part in ("tune", "held-out")
        assert row.part == alerts.PARTS[row.path.split("/")[0]]
        assert 0 <= row.start < row.end
        assert len(row.match.replace(" …", "").split()) <= 4
        assert row.verdict in judgements.VERDICTS
        assert row.reason and "\t" not in row.reason
        assert (row.cause in judgements.CAUSES) if row.verdict != "right" else row.cause == ""


def test_short_match_keeps_at_most_four_words():
    assert alerts.short_match("critics say") == "critics say"
    assert alerts.short_match("one two three four five six") == "one two three four …"
    assert alerts.short_match("  spaced\n words  ") == "spaced words"


@pytest.mark.parametrize("start,end", [(100, 112), (98, 110), (103, 115), (111, 120), (113, 118), (90, 99)])
def test_a_shifted_or_overlapping_span_keeps_its_judgement(start, end):
    row = judgements.Judgement("reuters21578/a.txt", 100, 112, "Sourcing.WeaselWords", "tune", "critics say",
                               "right", "critics not named")
    assert row.covers(make_alert(start=start, end=end))


@pytest.mark.parametrize("change", [{"start": 116, "end": 130}, {"start": 80, "end": 96},
                                    {"rule": "Neutrality.Puffery"}, {"path": "reuters21578/b.txt"}])
def test_a_different_place_rule_or_file_is_a_different_alert(change):
    row = judgements.Judgement("reuters21578/a.txt", 100, 112, "Sourcing.WeaselWords", "tune", "critics say",
                               "right", "critics not named")
    assert not row.covers(make_alert(**change))


def test_the_draw_alone_decides_the_frame_and_a_moved_alert_keeps_its_judgement():
    judged = judgements.Judgement("bbc_business_tech/x.txt", 10, 20, "Typos.Misspellings", "held-out", "teh",
                                  "right", "typo")
    # Held-out typo errors are all drawn (rate 1): a moved one keeps its row, a new one has none.
    moved = make_alert(path="bbc_business_tech/x.txt", start=11, end=21, rule="Typos.Misspellings",
                       category="typo", match="teh")
    unjudged = make_alert(path="bbc_business_tech/y.txt", start=5, end=8, rule="Typos.Misspellings",
                          category="typo", match="teh")
    outside = make_alert(category="style", rule="Style.Dates")
    paired = judgements.pair([moved, unjudged, outside], [judged])
    assert paired[moved] == judged
    assert paired[unjudged] is None
    assert outside not in paired


def test_an_undrawn_alert_stays_out_even_where_a_judged_row_overlaps_it():
    rate = alerts.RATES[("sourcing", "tune")]
    start = next(n for n in range(1000) if alerts.draw("reuters21578/a.txt", "Sourcing.WeaselWords", n) >= rate)
    row = judgements.Judgement("reuters21578/a.txt", start + 1, start + 12, "Sourcing.WeaselWords", "tune",
                               "critics say", "right", "critics not named")
    undrawn = make_alert(start=start, end=start + 11)
    assert not undrawn.sampled and row.covers(undrawn)
    assert undrawn not in judgements.pair([undrawn], [row])
    assert judgements.gone([undrawn], [row]) == []      # still raised, so not gone
    assert judgements.gone([], [row]) == [row]


def test_the_draw_is_fixed_by_the_seed_and_place():
    first = alerts.draw("reuters21578/a.txt", "Sourcing.WeaselWords", 100)
    assert first == alerts.draw("reuters21578/a.txt", "Sourcing.WeaselWords", 100)
    assert 0 <= first < 1
    assert first != alerts.draw("reuters21578/a.txt", "Sourcing.WeaselWords", 101)


def test_a_bad_verdict_or_cause_is_refused_with_the_line(tmp_path):
    bad = tmp_path / "j.tsv"
    header = "\t".join(judgements.COLUMNS)
    bad.write_text(header + "\nreuters21578/a.txt\t1\t5\tTypos.Misspellings\ttune\tteh\tmaybe\tx\t\n",
                   encoding="utf-8")
    with pytest.raises(SystemExit, match="j.tsv:2: verdict 'maybe'"):
        judgements.read(bad)
    bad.write_text(header + "\nreuters21578/a.txt\t1\t5\tTypos.Misspellings\ttune\tteh\tfalse_alarm\tx\tluck\n",
                   encoding="utf-8")
    with pytest.raises(SystemExit, match="j.tsv:2: cause 'luck'"):
        judgements.read(bad)


def test_write_then_read_round_trips(tmp_path):
    rows = judgements.read()[:5]
    target = tmp_path / "copy.tsv"
    judgements.write(rows, target)
    assert sorted(judgements.read(target), key=lambda j: (j.path, j.start)) == \
        sorted(rows, key=lambda j: (j.path, j.start))
