"""Language server parts that need no editor: LSP positions (UTF-16 code units, LSP line breaks,
incremental edits) and the lazy import that keeps `stylelint check` free of pygls."""
from types import SimpleNamespace as NS

import pytest

from stylelint.cli.lsp.positions import LineIndex, apply_change, units


def pos(line, character):
    return NS(line=line, character=character)


@pytest.mark.parametrize("text, word, expected", [
    ("met in Kiev", "Kiev", (0, 7)),
    ("😀 met in Kiev", "Kiev", (0, 10)),            # one emoji: two UTF-16 units
    ("𝒜𝒷 é met in Kiev", "Kiev", (0, 14)),          # mathematical letters outside the BMP
    ("first\r\nsecond Kiev", "Kiev", (1, 7)),        # CRLF is one break
    ("first\rsecond Kiev", "Kiev", (1, 7)),          # a lone CR is a break
    ("first\u2028still first Kiev", "Kiev", (0, 18)),  # U+2028 is not an LSP line break
    ("a\x0cb Kiev", "Kiev", (0, 4)),                 # nor is a form feed
])
def test_positions_count_utf16_units_on_lsp_lines(text, word, expected):
    index = LineIndex(text)
    start = text.index(word)
    assert index.position(start) == expected
    assert index.offset(*expected) == start
    end_line, end_char = index.position(start + len(word))
    assert (end_line, end_char) == (expected[0], expected[1] + 4)


def test_other_encodings():
    text = "😀 é Kiev"
    start = text.index("Kiev")
    assert LineIndex(text, "utf-8").position(start) == (0, 4 + 1 + 2 + 1)
    assert LineIndex(text, "utf-32").position(start) == (0, 4)
    assert LineIndex(text, "utf-8").offset(0, 8) == start
    assert units("😀", "utf-16") == 2 and units("😀", "utf-8") == 4 and units("😀", "utf-32") == 1


def test_positions_past_a_line_end_clamp_to_it():
    index = LineIndex("ab\ncd")
    assert index.offset(0, 99) == 2
    assert index.offset(5, 0) == 5
    assert index.newline() == "\n"
    assert LineIndex("a\r\nb").newline() == "\r\n"


@pytest.mark.parametrize("text, start, end, insert, expected", [
    ("😀 in Kiev", pos(0, 6), pos(0, 10), "Kyiv", "😀 in Kyiv"),
    ("one\r\ntwo Kiev\r\n", pos(1, 4), pos(1, 8), "Kyiv", "one\r\ntwo Kyiv\r\n"),
    ("keep\u2028this Kiev", pos(0, 10), pos(0, 14), "Kyiv", "keep\u2028this Kyiv"),
    ("ab\ncd", pos(0, 1), pos(1, 1), "", "ad"),
    ("ab", pos(1, 0), pos(1, 0), "\nend", "ab\nend"),
])
def test_incremental_changes(text, start, end, insert, expected):
    change = NS(range=NS(start=start, end=end), text=insert)
    assert apply_change(text, change, "utf-16") == expected


def test_whole_text_change():
    assert apply_change("old", NS(text="new"), "utf-16") == "new"


def test_checking_never_imports_the_language_server(tmp_path):
    """`stylelint check` must not pay for pygls: the server is imported only by `stylelint lsp`."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    (tmp_path / "story.md").write_text("Talks in Kiev.\n", encoding="utf-8")
    script = ("import sys, runpy\nsys.argv = ['stylelint', 'check', '--no-exit', sys.argv[1]]\n"
              "try:\n    runpy.run_module('stylelint', run_name='__main__')\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol')))\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "story.md")], capture_output=True,
                         text=True, env=env, check=True).stdout
    assert "Naming.Places" in out and out.strip().endswith("[]")
