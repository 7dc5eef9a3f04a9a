"""Plain text saved from a web page or a CMS: one paragraph per line, no blank lines between.

Such a file reads as the same story laid out with blank lines: its headline apart from its lede,
each line a paragraph for the rules that look at the sentence or paragraph beside a claim.
Hard-wrapped text (lines under about 80 characters) is still one paragraph per blank-line block.
Every sentence here is written for the test.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stylelint import lint_text, load_rules

RULES = load_rules()

STORIES = [
    ["Storm death toll rises",
     "At least 40 people were killed when the storm hit the coast on Monday, and rescuers are still searching "
     "the flooded villages north of the port.",
     '"We have never seen water like this," said Ana Ruiz, who runs the harbour cafe and lost her boat in the storm.',
     "Some experts believe the sea wall will fail within a decade unless the council raises it by a metre."],
    ["Council backs tram plan",
     "The legendary mayor said the tram would open in May, despite critics who say the route is too short to pay "
     "for itself.",
     "Critics argue the plan favours the richer suburbs and leaves the estates in the east of the city without a stop.",
     '"The route was chosen after two years of consultation and it serves every district," said Tom Hale, '
     "a council spokesman."],
    ["Pay talks collapse",
     "Union leaders walked out of the talks on Tuesday after the company refused to raise its offer, which they "
     "called an insult to workers.",
     "Many workers fear the plant will close before the end of the year, and several have already found other jobs.",
     "The company said in a statement that it remained open to further talks and had made a fair offer."],
]


def found(text: str) -> list[tuple[str, str]]:
    return sorted((a.rule, a.match) for a in lint_text(text, rules=RULES, path="story.txt")
                  if a.category in ("neutrality", "sourcing", "typo"))


@pytest.mark.parametrize("story", STORIES, ids=["toll", "tram", "talks"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_one_paragraph_per_line_reads_as_blank_line_paragraphs(story, newline):
    blank = (newline * 2).join(story) + newline
    lines = newline.join(story) + newline
    assert found(lines) == found(blank)


@pytest.mark.parametrize("story", STORIES, ids=["toll", "tram", "talks"])
def test_the_headline_line_is_not_read_into_the_lede(story):
    """A headline that ends with the lede's first word ("... rises" / "Rises ...") is a break."""
    headline = story[0] + " " + story[1].split()[0].lower()
    text = "\n".join([headline] + story[1:]) + "\n"
    assert ("Typos.Repeated", story[1].split()[0].lower() + "\n" + story[1].split()[0]) not in found(text)


def test_hard_wrapped_text_is_one_paragraph_per_block():
    wrapped = ("The minister said that the\nthe plan was ready to go to the cabinet on Monday, and that\n"
               "officials would publish it before the end of the month.\n")
    assert ("Typos.Repeated", "the\nthe") in found(wrapped)


def test_a_long_line_in_a_block_makes_each_line_a_paragraph():
    """Critics named in one line are not sourced by a speaker in another paragraph's line."""
    lines = ("Critics say the route is too short to pay for itself and will need a subsidy for decades to come.\n"
             "The council approved the budget for the tram on Monday after a debate that ran late into the night.\n")
    same_paragraph = lines.replace("decades to come.\n", "decades to come. ")
    assert ("Sourcing.WeaselWords", "Critics say") in found(lines)
    assert found(same_paragraph) == found(lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["\r", "\n", "\r\n", " ", "\t", "x", "y z"]), max_size=25))
def test_paragraph_breaks_are_found_as_by_the_atomic_pattern(pieces):
    # text._PARAGRAPH_BREAK opens with a choice of two characters (faster to skip to); it must
    # find the breaks the plain atomic form finds, in any mix of line endings and blanks.
    import re

    from stylelint.core.markup import text as plain_text
    atomic = re.compile(r"(?>\r\n|\r|\n)[ \t]*(?>\r\n|\r|\n)(?:[ \t]*(?>\r\n|\r|\n))*")
    text = "".join(pieces)
    assert [m.span() for m in plain_text._PARAGRAPH_BREAK.finditer(text)] == [m.span() for m in atomic.finditer(text)]
