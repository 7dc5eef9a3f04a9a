"""The reStructuredText reader: docutils finds the blocks, positions stay exact in the file.

Short original drafts; rules are Vale-style packs built by `make_pack`."""
from __future__ import annotations

from conftest import found, lint

DRAFT = """\
Council Vote
============

The council met on Monday. TODO: add the count.

.. code-block:: python

    TODO = "not prose"

::

    TODO literal block

- A list item with TODO in it.
- See the `minutes <https://example.org/TODO>`_ and ``TODO`` here.

    A quoted line with TODO.

.. vale off

TODO while the linter is off.

.. vale on

.. image:: chart.png
   :alt: Chart of TODO votes
"""

TODO_RULE = "extends: existence\nmessage: \"'%%s' left in text\"\ntokens: [TODO]\nscope: %s\n"


def test_rst_prose_is_checked_at_exact_positions_and_code_is_not(make_pack):
    alerts = lint(make_pack({"Todo": TODO_RULE % "text"}), DRAFT, "story.rst")
    # Paragraph, list item, quoted line, alt text; not the code, the literal, the link target,
    # the inline literal or the text between `vale off` and `vale on`.
    assert found(alerts) == [(4, 28, "TODO"), (14, 20, "TODO"), (17, 24, "TODO"), (26, 19, "TODO")]


def test_rst_blocks_have_vale_scopes(make_pack):
    for scope, lines in [("list", [14]), ("blockquote", [17]), ("heading", []), ("alt", [26])]:
        alerts = lint(make_pack({"Todo": TODO_RULE % scope}), DRAFT, "story.rst")
        assert [line for line, _, _ in found(alerts)] == lines, scope
    title = "extends: existence\nmessage: \"'%s'\"\ntokens: [Vote]\nscope: heading.h1\n"
    assert found(lint(make_pack({"Title": title}), DRAFT, "story.rst")) == [(1, 9, "Vote")]


def test_rst_link_text_is_prose_and_its_marks_are_rendered_away(make_pack):
    spacing = "extends: existence\nmessage: \"'%s'\"\nnonword: true\ntokens: ['[a-z] {2,}[a-z]']\n"
    text = "Read the `full minutes <https://example.org>`_ and the *short* note.\n"
    assert found(lint(make_pack({"Spacing": spacing}), text, "story.rst")) == []
    word = "extends: existence\nmessage: \"'%s'\"\ntokens: [minutes]\n"
    assert found(lint(make_pack({"Word": word}), text, "story.rst")) == [(1, 16, "minutes")]


def test_broken_rst_is_still_checked(make_pack):
    text = "Title\n===\n\n.. unknown-directive::\n\n   TODO inside.\n\n`unclosed TODO here\n"
    alerts = lint(make_pack({"Todo": TODO_RULE % "text"}), text, "story.rst")
    assert (8, 11, "TODO") in found(alerts)
