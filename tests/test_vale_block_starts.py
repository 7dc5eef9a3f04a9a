"""A Vale style's `^` matches where a Markdown block's text starts, as in the text Vale's
renderer leaves: heading marks, list bullets, `>` and indentation are not part of it. Our
own rules keep reading the prose as it stands."""
from __future__ import annotations

from conftest import found, lint

STARTS = "extends: existence\nmessage: \"'%s'\"\nnonword: true\nscope: text\nraw: ['^[a-z]+']\n"
HEADING = ("extends: existence\nmessage: \"'%s'\"\nnonword: true\nscope: heading.h1\n"
           "raw: ['^(?:#+\\s)?[a-z].+']\n")


def test_lower_case_block_starts_are_found_after_markdown_prefixes(make_pack):
    rules = make_pack({"Starts": STARTS})
    text = ("# lower heading\n\n- first item\n- Second item\n  carried on\n\n"
            "> quoted line\n> next line\n\n3. numbered point\n\nA paragraph\nrunning on.\n")
    assert found(lint(rules, text, "story.md")) == [
        (1, 3, "lower"), (3, 3, "first"), (5, 3, "carried"), (7, 3, "quoted"), (8, 3, "next"),
        (10, 4, "numbered"), (13, 1, "running")]


def test_a_heading_rule_anchored_at_its_start(make_pack):
    rules = make_pack({"Heading": HEADING})
    text = "# lower-case heading\n\n# Capitalised heading\n\n## lower h2\n\nbody text\n"
    for path in ("story.md", "story.mdx"):
        assert found(lint(rules, text, path)) == [(1, 3, "lower-case heading")], path


def test_inline_code_opening_a_block_is_kept_before_the_text(make_pack):
    rules = make_pack({"Starts": STARTS})
    assert found(lint(rules, "# `config` here\n\n- `x` and more\n", "story.md")) == []


def test_our_own_rules_see_the_prose_as_it_stands(make_pack):
    rules = make_pack({"Starts": STARTS + "category: style\n"})
    assert found(lint(rules, "# lower heading\n\n- first item\n\nplain start\n", "story.md")) == [
        (5, 1, "plain")]
