"""The Org reader: headings, paragraphs, tables and links are prose, in place; keywords,
drawers, planning lines, src blocks and verbatim are not; `# ...` lines are comments."""
from __future__ import annotations

from stylelint.core.markup import parse, syntax_for

from conftest import wordy_lines, write_vale_desk

DOC = """#+title: Budget TODO notes
#+author: Desk

* TODO Council budget
  CLOSED: [2024-03-01 Fri 10:00]
  :PROPERTIES:
  :OWNER: TODO
  :END:

The mayor said the TODO plan =TODO= and ~TODO~ were late.
See [[https://example.com/TODO][the TODO report]] and [[https://example.com/TODO]].

#+begin_src python
TODO = 1
#+end_src

| Ward | TODO |
|------+------|
# a TODO comment
** Second heading *TODO*
"""


def lines_of(word: str, text: str, prose: str) -> list[tuple[int, int]]:
    found, at = [], prose.find(word)
    while at != -1:
        assert text[at:at + len(word)] == word
        line = text.count("\n", 0, at) + 1
        found.append((line, at - (text.rfind("\n", 0, at) + 1) + 1))
        at = prose.find(word, at + 1)
    return found


def test_org_files_are_read_as_org():
    assert syntax_for("notes/plan.org") == "org"


def test_prose_and_not_prose_in_place():
    parsed = parse(DOC, "org")
    assert len(parsed.prose) == len(DOC)
    # heading keyword, paragraph word, link description, table cell, bold in a heading
    assert lines_of("TODO", DOC, parsed.prose) == [(4, 3), (10, 20), (11, 37), (17, 10), (20, 20)]
    assert "Budget" not in parsed.prose and "Desk" not in parsed.prose  # keyword lines
    assert "CLOSED" not in parsed.prose and "OWNER" not in parsed.prose
    assert "example.com" not in parsed.prose


def test_headings_have_their_level_and_comments_are_read():
    parsed = parse(DOC, "org")
    scopes = {b.scope: DOC[b.start:b.end] for b in parsed.blocks}
    assert scopes["text.heading.h1.org"] == "TODO Council budget"
    assert scopes["text.heading.h2.org"].startswith("Second heading")
    assert [inner for _, _, inner in parsed.comments] == ["a TODO comment"]


def test_vale_off_comment_and_rule_in_an_org_file(tmp_path):
    write_vale_desk(tmp_path)
    (tmp_path / "plan.org").write_text(
        "* We utilise it\n\n# vale off\nThey utilise it.\n# vale on\n\n"
        "#+begin_example\nutilise\n#+end_example\n\nYou /utilise/ it.\n", encoding="utf-8")
    _, lines = wordy_lines(str(tmp_path))
    assert lines == ["1:6:Desk.Wordy:Say 'utilise' more simply.",
                     "11:6:Desk.Wordy:Say 'utilise' more simply."]
