"""An image's alt text is a block of its own (scope `text.attr.alt`, Vale's `alt`), in
Markdown and HTML as in reStructuredText: not part of the sentence around the image."""
from __future__ import annotations

import pytest

from conftest import found, lint

ALT_ONLY = "extends: existence\nmessage: \"'%s'\"\nscope: alt\nignorecase: true\ntokens: [flooded, chart]\n"
LONG_ALT = ("extends: occurrence\nmessage: \"alt text over 30 characters\"\nscope: alt\n"
            "max: 30\ntoken: '[\\w\\s]'\n")
EVERYWHERE = "extends: existence\nmessage: \"'%s'\"\ntokens: [market, square]\n"

MARKDOWN = ("Crowds gathered ![a flooded market at dawn](m.jpg) by noon.\n\n![Chart of rainfall][c]\n\n"
            "`![flooded](x.png)` is code.\n\nThe flooded square emptied.\n\n[c]: c.png\n")
HTML = ("<p>Crowds gathered <img src='m.jpg' alt=\"a flooded market at dawn\"> by noon.</p>\n"
        "<figure><img alt=Chart src=c.png /></figure>\n<p><code>alt=flooded</code> is code.</p>\n"
        "<p>The flooded square emptied.</p>\n")


@pytest.mark.parametrize("path, text, in_alt, elsewhere", [
    ("story.md", MARKDOWN, [(1, 21, "flooded"), (3, 3, "Chart")], [1, 7]),
    ("story.html", HTML, [(1, 44, "flooded"), (2, 18, "Chart")], [1, 4]),
])
def test_an_alt_scoped_rule_reads_only_alt_text(make_pack, path, text, in_alt, elsewhere):
    rules = make_pack({"Alt": ALT_ONLY, "Everywhere": EVERYWHERE})
    alerts = lint(rules, text, path)
    assert found(alerts, "Test.Alt") == in_alt
    # a rule for all text reads the alt text too, once, and the paragraphs around it
    assert [line for line, _, _ in found(alerts, "Test.Everywhere")] == elsewhere


@pytest.mark.parametrize("path, text, line, column", [
    ("story.md", "Intro.\n\n![a very long description of a flooded market](m.jpg)\n", 3, 3),
    ("story.html", '<p>Intro.</p>\n<img alt="a very long description of a flooded market" src=m.jpg>\n', 2, 11),
])
def test_a_long_alt_text_is_counted_alone(make_pack, path, text, line, column):
    rules = make_pack({"Long": LONG_ALT})
    assert [(a.line, a.column) for a in lint(rules, text, path)] == [(line, column)]
    assert lint(rules, text.replace("a very long description of a flooded market", "a market"), path) == []


def test_an_alt_written_inside_another_attribute_is_not_the_alt_text(make_pack):
    rules = make_pack({"Alt": ALT_ONLY})
    html = '<p>See <img title="set alt=chart here" ALT="a flooded street" src=x.png> now.</p>\n'
    assert found(lint(rules, html, "story.html")) == [(1, 47, "flooded")]
