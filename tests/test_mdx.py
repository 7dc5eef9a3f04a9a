"""The MDX reader: modules, expressions and components are not prose; Markdown is, in place."""
from __future__ import annotations

import pytest

from stylelint.core.markup import parse, syntax_for

from conftest import wordy_lines, write_vale_desk

DOC = """# Council votes

import {Chart} from './chart.js'
export const year = 2024

The council met on {meta.date} to vote, TODO check.

<Chart data={votes} label={'a TODO in a string'} />

A <Aside>TODO aside</Aside> note and a <em>TODO</em> mark.

<Panel
  title="TODO later"
  open={true}
/>

    TODO indented, still prose in MDX.

```js
const x = {a: "TODO in code"};
```
"""


def prose_at(prose: str, text: str, word: str) -> list[int]:
    """Offsets of `word` in the prose (which keeps the text's positions)."""
    found, at = [], prose.find(word)
    while at != -1:
        assert text[at:at + len(word)] == word  # positions are exact
        found.append(at)
        at = prose.find(word, at + 1)
    return found


def test_mdx_files_are_read_as_mdx():
    assert syntax_for("docs/page.mdx") == "mdx"
    assert syntax_for("docs/page.md") == "md"


def test_only_markdown_prose_remains_in_place():
    parsed = parse(DOC, "mdx")
    assert len(parsed.prose) == len(DOC)
    lines = [DOC.count("\n", 0, at) + 1 for at in prose_at(parsed.prose, DOC, "TODO")]
    # line 6: prose after an expression; 10: inside a lower-case HTML tag; 17: indented text
    assert lines == [6, 10, 17]
    for hidden in ("import", "Chart", "export", "meta.date", "Aside", "Panel", "later"):
        assert hidden not in parsed.prose
    assert "The council met on" in parsed.prose and "to vote" in parsed.prose


@pytest.mark.parametrize("line", [
    "Read {props.name} here.",
    "Read {fn({a: 1})} here.",
    "Read <Badge kind=\"x\" /> here.",
    "Read <ui.Badge /> here.",
    "Read <Tip>some tip</Tip> here.",
])
def test_inline_jsx_is_masked_and_the_words_around_it_kept(line):
    prose = parse(line + "\n", "mdx").prose
    assert prose.startswith("Read ") and prose.rstrip().endswith("here.")
    assert prose.split() == ["Read", "here."]


def test_unbalanced_brace_and_autolink_stay_text():
    text = "A stray { brace and <https://example.com> link.\n"
    prose = parse(text, "mdx").prose
    assert "stray { brace" in prose


def test_a_vale_style_checks_an_mdx_folder_with_its_ignore_keys(tmp_path):
    write_vale_desk(tmp_path)
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\n[*.mdx]\nBasedOnStyles = Desk\nTokenIgnores = (@@[^@]+@@)\n",
        encoding="utf-8")
    (tmp_path / "page.mdx").write_text(
        "import Box from './box.js'\n\nWe utilise <Box>utilise</Box> it {utilise}.\n\n"
        "Skip @@ utilise @@ here.\n\n    We utilise tabs.\n", encoding="utf-8")
    _, lines = wordy_lines(str(tmp_path))
    assert lines == ["3:4:Desk.Wordy:Say 'utilise' more simply.",
                     "7:8:Desk.Wordy:Say 'utilise' more simply."]


def test_mdx_comments_turn_vale_rules_off_and_on(tmp_path):
    write_vale_desk(tmp_path)
    (tmp_path / "page.mdx").write_text(
        "{/* vale off */}\n\nWe utilise it.\n\n{/* vale on */}\n\nThey utilise it.\n\n"
        "{/* vale Desk.Wordy = NO */}\n\nYou utilise it.\n", encoding="utf-8")
    _, lines = wordy_lines(str(tmp_path / "page.mdx"))
    assert lines == ["7:6:Desk.Wordy:Say 'utilise' more simply."]
