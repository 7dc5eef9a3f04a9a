"""Vale's comments obey Vale's timing: a Vale style's `raw` and `summary` rules run once over
the whole file after the walk, with every per-rule comment reset, so only a `vale off` left
open at the end of the file silences them. Our own `stylelint-disable` comments, and every
comment for our own rules (those with a `category`), keep their places."""
from __future__ import annotations

import pytest

from conftest import found, lint

RAW = "extends: existence\nmessage: \"'%s'\"\nscope: raw\nraw: ['\\[[^]]+\\]\\([\\w./]+\\.htm\\)']\n"
TEXT = "extends: existence\nmessage: \"'%s'\"\ntokens: [utilise]\n"
SUMMARY = "extends: existence\nmessage: \"'%s'\"\nscope: summary\ntokens: [commence]\n"


@pytest.fixture
def rules(make_pack):
    return make_pack({"Raw": RAW, "Wordy": TEXT, "Start": SUMMARY}, pack="Desk")


@pytest.mark.parametrize("comment, silences_the_text_rule", [
    ("<!-- vale Desk.Raw = NO -->", False), ("<!-- vale Desk.Raw = off -->", False),
    ("<!-- vale Desk = NO -->", True), ("<!-- vale styles = Other -->", True),
])
def test_a_per_rule_vale_comment_does_not_silence_a_raw_rule(rules, comment, silences_the_text_rule):
    text = f"{comment}\n\nWe utilise the [old page](../old.htm) here.\n"
    alerts = lint(rules, text)
    assert found(alerts, "Desk.Raw") == [(3, 16, "[old page](../old.htm)")]
    # a text rule obeys the comment where it stands
    assert found(alerts, "Desk.Wordy") == ([] if silences_the_text_rule else [(3, 4, "utilise")])


def test_a_closed_vale_off_region_does_not_silence_raw_or_summary_rules(rules):
    text = ("<!-- vale off -->\n\nWe commence and utilise the [old page](a.htm).\n\n"
            "<!-- vale on -->\n\nWe utilise it.\n")
    alerts = lint(rules, text)
    assert found(alerts, "Desk.Raw") == [(3, 29, "[old page](a.htm)")]
    assert found(alerts, "Desk.Start") == [(3, 4, "commence")]
    assert found(alerts, "Desk.Wordy") == [(7, 4, "utilise")]


@pytest.mark.parametrize("path", ["story.md", "story.html"])
def test_a_vale_off_open_at_the_end_silences_raw_rules_everywhere(rules, path):
    text = ("<p>Read the [old page](b.htm) first.</p>\n\n<!-- vale on -->\n\n<p>We commence.</p>\n\n"
            "<!-- vale off -->\n\n<p>We utilise it.</p>\n")
    alerts = lint(rules, text, path)
    assert found(alerts, "Desk.Raw") == []
    assert found(alerts, "Desk.Start") == []


def test_our_own_disable_comments_keep_their_place_for_raw_rules(rules):
    text = ("<!-- stylelint-disable Desk.Raw -->\n\nSee [one](a.htm).\n\n<!-- stylelint-enable -->\n\n"
            "See [two](b.htm).\n\n<!-- stylelint-disable-next-line -->\nSee [three](c.htm).\n")
    assert found(lint(rules, text), "Desk.Raw") == [(7, 5, "[two](b.htm)")]


def test_our_own_raw_rules_obey_vale_comments_where_they_stand(make_pack):
    rules = make_pack({"Raw": RAW + "category: style\n"}, pack="Desk")
    text = ("See [one](a.htm).\n\n<!-- vale Desk.Raw = NO -->\n\nSee [two](b.htm).\n\n"
            "<!-- vale Desk.Raw = YES -->\n\n<!-- vale off -->\n\nSee [three](c.htm).\n")
    assert found(lint(rules, text), "Desk.Raw") == [(1, 5, "[one](a.htm)")]
