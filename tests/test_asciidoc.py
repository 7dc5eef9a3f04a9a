"""The AsciiDoc reader: asciidoc-py renders the file, and each rendered block's words are
found again in the file, so alerts land on the writer's own line and column. Listing and
literal blocks and inline code are not prose; `pass:[<!-- vale off -->]` and `// vale off`
are directives; a file asciidoc-py cannot read is one clear error, never a traceback."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import stylelint
from stylelint.cli.command import main
from stylelint.core.markup import parse, syntax_for

from conftest import wordy_lines, write_vale_desk

STORY = """= Budget Talks: We utilise the Surplus
:author: Desk
:sectnums:

The council will utilise the surplus, the *treasurer* said.

== Why they utilise it

* Wards utilise the roads.
* Schools get the rest.

.Spending
|===
|Ward |Plan

|North |utilise it
|South |save it
|===

[quote, A. Clerk]
____
We utilise what we have.
____

See https://example.com/utilise[the utilise report] and `utilise()` in the code.

[source,python]
----
utilise = True
----

....
utilise literally
....

 utilise indented
"""


def check(tmp_path, text: str, name: str = "story.adoc"):
    write_vale_desk(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return wordy_lines(tmp_path / name, "--no-color")


def positions(lines: list[str]) -> list[str]:
    return [":".join(line.split(":")[:2]) for line in lines]


@pytest.mark.parametrize("name", ["story.adoc", "notes/story.asciidoc", "UPPER.ADOC"])
def test_asciidoc_files_are_read_as_asciidoc(name):
    assert syntax_for(name) == "adoc"


def test_alerts_land_on_headings_lists_tables_quotes_and_paragraphs(tmp_path):
    run, lines = check(tmp_path, STORY)
    # title, paragraph, section heading, list item, table cell, blockquote, link text
    assert positions(lines) == ["1:20", "5:18", "7:13", "9:9", "16:9", "22:4", "25:37"], run.output
    assert run.exit_code == 0  # warnings only


def test_code_blocks_inline_code_and_attribute_lines_are_not_prose():
    parsed = parse(STORY, "adoc")
    assert len(parsed.prose) == len(STORY)
    lines = STORY.split("\n")
    found = {STORY.count("\n", 0, at) + 1 for at in range(len(STORY)) if parsed.prose.startswith("utilise", at)}
    for number in (25, 29, 33, 36):  # inline code and the URL, listing, literal, indented literal
        line_start = sum(len(line) + 1 for line in lines[:number - 1])
        assert "utilise" not in parsed.prose[line_start:line_start + len(lines[number - 1])].replace(
            "the utilise report", ""), lines[number - 1]
    assert {1, 5, 7, 9, 16, 22, 25} <= found
    assert "Desk" not in parsed.prose  # the :author: entry


def test_blocks_have_the_scopes_vale_gives_them():
    parsed = parse(STORY, "adoc")
    scopes = {STORY[b.start:b.end]: b.scope for b in parsed.blocks}
    assert scopes["Budget Talks: We utilise the Surplus"] == "text.heading.h1.adoc"
    assert scopes["Why they utilise it"] == "text.heading.h2.adoc"  # no "1." from :sectnums:
    assert scopes["Wards utilise the roads."] == "text.list.adoc"
    assert scopes["Plan"] == "text.table.header.adoc"
    assert scopes["utilise it"] == "text.table.cell.adoc"
    assert scopes["Spending"] == "text.table.caption.adoc"  # not "Table 1. Spending"
    assert scopes["We utilise what we have."] == "text.blockquote.adoc"


@pytest.mark.parametrize("off, on", [("pass:[<!-- vale off -->]", "pass:[<!-- vale on -->]"),
                                     ("// vale off", "// vale on"),
                                     ("pass:[<!-- vale Desk.Wordy = NO -->]", "pass:[<!-- vale Desk.Wordy = YES -->]")])
def test_vale_off_and_on_comments(tmp_path, off, on):
    text = f"We utilise it.\n\n{off}\n\nThey utilise it too.\n\n{on}\n\nYou _utilise_ it.\n"
    _, lines = check(tmp_path, text)
    assert positions(lines) == ["1:4", "9:6"]


def test_stylelint_directives_in_line_comments(tmp_path):
    text = "We utilise it.\n\n// stylelint-disable-next-line\nThey utilise it.\n\nYou utilise it.\n"
    _, lines = check(tmp_path, text)
    assert positions(lines) == ["1:4", "6:5"]


def test_emphasis_and_typography_keep_columns(tmp_path):
    text = "It's the *Web* team -- they utilise it... and \"`we utilise it,`\" she said.\n"
    _, lines = check(tmp_path, text)
    assert positions(lines) == ["1:29", "1:52"]


@pytest.mark.parametrize("text, reason", [
    ("ifdef::draft[]\nWe utilise it.\n", "line 2: missing endif::draft[]"),
    ("= Title\n\nifdef::x[]\nWe utilise it.\n", "line 4: missing endif::x[]"),
])
def test_a_file_it_cannot_read_is_one_error_naming_it(tmp_path, text, reason):
    run, lines = check(tmp_path, text, "broken.adoc")
    assert lines == [] and "Traceback" not in run.output
    errors = [line for line in run.output.splitlines() if "broken.adoc" in line]
    assert len(errors) == 1 and "not valid AsciiDoc" in errors[0] and reason in errors[0], run.output
    assert run.exit_code == 2


@pytest.mark.parametrize("text", ["|===\n|a utilise\n", "----\nnever closed\n", "****\n" * 3,
                                  "[[[\n<<x>>\n{undefined} utilise\n", "\x00\x01 utilise \x02",
                                  "= T\n\n== x\n\n= y\n\nWe utilise it.\n"])
def test_garbage_is_read_or_refused_without_a_traceback(text):
    try:
        parsed = parse(text, "adoc")
    except ValueError as exc:  # the reader's own error: one line
        assert "\n" not in str(exc) and str(exc).startswith("not valid AsciiDoc")
    else:
        assert len(parsed.prose) == len(text)


def test_system_macros_and_filters_never_run(tmp_path):
    marker = tmp_path / "ran"
    text = (f"sys::[touch {marker}]\n\neval::[open(r'{marker}', 'w')]\n\n"
            f"{{sys:touch {marker}}} We utilise it.\n\n[graphviz]\n----\ndigraph {{ a -> b }}\n----\n\n"
            f"ifeval::[open(r'{marker}', 'w') is None]\nWe utilise it.\nendif::[]\n")
    parsed = parse(text, "adoc")
    assert not marker.exists()
    # What `ifeval` guards is read; the line holding the refused `{sys:...}` is dropped, as
    # asciidoc-py drops a line whose attribute has no value.
    guarded = text.index("We utilise it.\nendif")
    assert parsed.prose.count("utilise") == 1 and parsed.prose[guarded:guarded + 14] == "We utilise it."


def test_an_attributed_quote_keeps_its_loaded_word_unflagged():
    rules = stylelint.load_rules()
    said = 'Ruiz voted no.\n\n"`This is a shameful day,`" said councillor Ana Ruiz.\n'
    voice = "Ruiz voted no.\n\nIt was a shameful day for the council.\n"
    assert not [a for a in stylelint.lint_text(said, rules=rules, syntax="adoc") if "shameful" in a.message]
    flagged = [a for a in stylelint.lint_text(voice, rules=rules, syntax="adoc") if "shameful" in a.message]
    assert [(a.line, a.column) for a in flagged] == [(3, 10)]


def test_a_line_with_an_attribute_reference_is_still_checked(tmp_path):
    # asciidoc-py drops a line whose attribute has no value; Asciidoctor (and Vale) drop the
    # reference only. The reference itself is masked: its value is not in the file.
    text = ":desk: Metro\n\nThe {desk} team will utilise {missing} funds.\n"
    _, lines = check(tmp_path, text)
    assert positions(lines) == ["3:22"]
    prose = parse(text, "adoc").prose
    assert "desk" not in prose and "missing" not in prose and "The " in prose


@pytest.mark.parametrize("front", [
    "---\nheadline: We utilise the park\nlayout: post\n---\n",
    '+++\nheadline = "We utilise the park"\nlayout = "post"\n+++\n',
    ';;;\n{\n"headline": "We utilise the park",\n"layout": "post"\n}\n;;;\n',
])
def test_front_matter_values_are_prose_and_the_rest_is_not(tmp_path, front):
    text = front + "\nThey utilise it.\n"
    _, lines = check(tmp_path, text)
    headline = text.split("\n").index(next(l for l in text.split("\n") if "headline" in l)) + 1
    assert positions(lines) == [f"{headline}:{text.split(chr(10))[headline - 1].index('utilise') + 1}",
                                f"{text.count(chr(10))}:6"]
    parsed = parse(text, "adoc")
    assert "layout" not in parsed.prose and "post" not in parsed.prose
    assert [b.scope for b in parsed.blocks] == ["text.frontmatter.headline.adoc", "text.adoc"]


def test_parallel_workers_each_render_their_own_files(tmp_path):
    write_vale_desk(tmp_path)
    for number in range(6):
        (tmp_path / f"s{number}.adoc").write_text(
            f"= Story {number}\n\n" + "Filler line.\n\n" * number + "We utilise *it*.\n", encoding="utf-8")
    runs = [CliRunner().invoke(main, ["check", "--format", "line", "-j", jobs, str(tmp_path)])
            for jobs in ("1", "2")]
    found = [sorted(line.split("/")[-1] for line in run.output.splitlines() if "Desk.Wordy" in line)
             for run in runs]
    assert found[0] == found[1] == [f"s{n}.adoc:{3 + 2 * n}:4:Desk.Wordy:Say 'utilise' more simply."
                                    for n in range(6)]
