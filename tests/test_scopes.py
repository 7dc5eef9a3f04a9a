"""Scopes (Vale's language plus our `quote`), tried on one existence rule: run through the public API on a short document."""
from __future__ import annotations


import pytest

from conftest import found, lint

SCOPED_DOC = """# Budget news

The budget passed. `budget` is code.

- A budget item

> A budget quote
"""


def _scoped(scope: str) -> str:
    return f"""
        extends: existence
        message: "%s"
        scope: {scope}
        ignorecase: true
        tokens: [budget]
        """


@pytest.mark.parametrize("scope, expected", [
    ("heading", [(1, 3)]),
    ("'~heading'", [(3, 5), (5, 5), (7, 5)]),
    ("sentence", [(3, 5)]),
    ("list", [(5, 5)]),
    ("blockquote", [(7, 5)]),
    ("text", [(1, 3), (3, 5), (5, 5), (7, 5)]),
    ("raw", [(1, 3), (3, 5), (3, 21), (5, 5), (7, 5)]),
    ("'heading & ~heading.h1'", []),
    ("[heading, list]", [(1, 3), (5, 5)]),
])
def test_scopes(make_pack, scope, expected):
    config = make_pack({"Budget": _scoped(scope)})
    assert [(a.line, a.column) for a in lint(config, SCOPED_DOC)] == expected


QUOTED = ('"The plan was disastrous for all of us," the mayor said. Critics called it '
          'disastrous.\n\n“It was a disastrous year. Nobody denies that,” she said.\n')


def test_not_quote_scope_skips_direct_quotations(make_pack):
    config = make_pack({"Loaded": """
        extends: existence
        message: "%s"
        scope: '~quote'
        tokens: [disastrous]
        """})
    assert found(lint(config, QUOTED)) == [(1, QUOTED.index("it disastrous") + 4, "disastrous")]


def test_quote_scope_only_inside_quotations(make_pack):
    config = make_pack({"Loaded": """
        extends: existence
        message: "%s"
        scope: quote
        tokens: [disastrous]
        """})
    assert [(a.line, a.column) for a in lint(config, QUOTED)] == [(1, 15), (3, 11)]


def test_sentence_and_not_quote(make_pack):
    config = make_pack({"Loaded": """
        extends: existence
        message: "%s"
        scope: 'sentence & ~quote'
        tokens: [disastrous]
        """})
    assert [(a.line, a.column) for a in lint(config, QUOTED)] == [(1, 76)]


@pytest.mark.parametrize("scope", ["text", "heading", "~heading", "list", "blockquote", "quote", "~quote",
                                   "sentence", "paragraph", "text & ~list", ["heading", "list"], "summary", "raw"])
def test_the_blocks_of_a_scope_are_those_it_matches(scope):
    # `Context.scoped` matches each scope string once per document: the blocks must be those a
    # test of every block gives, with their strings.
    from stylelint.core.context import Context
    from stylelint.core.markup import parse
    from stylelint.core.scope import block_matches, parse_scope
    text = SCOPED_DOC + "\n| a | budget |\n|---|---|\n| b | c |\n\nA last budget line. And more.\n"
    ctx = Context(text, parse(text, "md"), "md")
    for alternative in parse_scope(scope):
        expected = [(b, ctx.string_for(b)) for b in ctx.blocks(alternative.unit) if block_matches(alternative, b.scope)]
        assert ctx.scoped(alternative) == expected and ctx.scoped(alternative) == expected
