"""Issue 10, cause 5: doubled words across a break, built as variants.

A headline or subheading on its own line that ends with the word the next paragraph begins with
is not a typo; neither is a line ending with a word that the next line repeats as a capitalised
start. A doubled word inside running text, even wrapped across a line, still is.
"""
from __future__ import annotations

import pytest

from stylelint import lint_text, load_rules

BUILTIN = load_rules()
WORDS = ["lakes", "growth", "farms", "rain", "Kyiv"]


def repeated(text, path):
    return [a.match for a in lint_text(text, rules=BUILTIN, path=path) if a.rule == "Typos.Repeated"]


def layouts(headline: str, body: str):
    """The same headline and paragraph in each way a story file lays them out."""
    yield "story.md", f"# {headline}\n\n{body}\n"
    yield "story.md", f"# {headline}\n{body}\n"
    yield "story.md", f"## {headline}\n\n{body}\n"
    yield "story.md", f"{headline}\n{body}\n"
    yield "story.txt", f"{headline}\n\n{body}\n"
    yield "story.txt", f"{headline}\n{body}\n"
    yield "story.txt", f"{headline}\r\n{body}\r\n"
    yield "story.html", f"<h1>{headline}</h1>\n<p>{body}</p>\n"
    yield "story.html", f"<h2>{headline}</h2><p>{body}</p>\n"


@pytest.mark.parametrize("word", WORDS)
def test_a_headline_ending_with_the_word_the_story_begins_with(word):
    headline = f"Water levels fall in the {word.lower()}"
    body = f"{word.capitalize()} across the region fell by a metre this summer."
    for path, text in layouts(headline, body):
        assert repeated(text, path) == [], (path, text)


@pytest.mark.parametrize("word", ["the", "a", "council", "rain"])
@pytest.mark.parametrize("path", ["story.md", "story.txt"])
def test_a_doubled_word_wrapped_across_a_line_in_a_paragraph_is_still_flagged(word, path):
    text = f"The minister said that {word}\n{word} plan was ready to go to the cabinet.\n"
    assert repeated(text, path) == [f"{word}\n{word}"]


@pytest.mark.parametrize("word", ["the", "council", "Kyiv"])
@pytest.mark.parametrize("path", ["story.md", "story.txt", "story.html"])
def test_a_doubled_word_on_one_line_is_flagged(word, path):
    body = f"The minister said {word} {word} plan was ready."
    text = f"<p>{body}</p>\n" if path.endswith("html") else body + "\n"
    assert repeated(text, path) == [f"{word} {word}"]


@pytest.mark.parametrize("path", ["story.md", "story.txt"])
def test_a_subheading_line_in_the_middle_of_a_story(path):
    text = ("The river rose on Monday.\n\nAcross the valley\nValley farms flooded overnight.\n"
            if path.endswith("txt") else
            "The river rose on Monday.\n\n### Across the valley\nValley farms flooded overnight.\n")
    assert repeated(text, path) == []


def test_vale_styles_keep_vales_behaviour(make_pack):
    config = make_pack({"Rep": "extends: repetition\nmessage: \"'%s' is repeated\"\nalpha: true\n"
                               "ignorecase: true\ntokens: ['[^\\s.!?]+']\n"})
    alerts = [a.match for a in lint_text("Water in the lakes\nLakes fell.\n", rules=config, path="s.txt")]
    assert alerts == ["lakes\nLakes"]
