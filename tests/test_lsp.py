"""The language server end to end: pytest-lsp starts `python -m stylelint lsp` and talks to it
as an editor would: findings as you type, quick fixes, hover."""
from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types as t
from pytest_lsp import LanguageClient

from lsp_client import WAIT, Doc, by_rule, doc_words_first, titled, until

pytestmark = pytest.mark.asyncio(loop_scope="module")


# -- diagnostics -----------------------------------------------------------------------------

DRAFT = ("# Talks resume in Kiev\n\n"
         "😀 Negotiators met in Kiev on Monday for a legendary round of talks.\n"
         "The the delegations agreed, the goverment said.\n")


async def test_opening_a_draft_publishes_findings_on_the_right_words(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "story.md", DRAFT, "markdown")
    found = by_rule(await doc.diagnostics())
    assert [doc.words(d) for d in found["Naming.Places"]] == ["Kiev", "Kiev"]
    # after an emoji the column counts UTF-16 units: two for the emoji
    second = found["Naming.Places"][1]
    assert (second.range.start.line, second.range.start.character) == (2, len("😀 Negotiators met in ") + 1)
    assert doc.words(found["Neutrality.Puffery"][0]) == "legendary"
    assert doc.words(found["Typos.Repeated"][0]) == "The the"
    assert doc.words(found["Typos.Misspellings"][0]) == "goverment"
    places = found["Naming.Places"][0]
    assert places.severity == t.DiagnosticSeverity.Warning and places.source == "stylelint"
    assert places.code_description.href.startswith("https://")
    assert "Kyiv" in places.message
    assert found["Typos.Misspellings"][0].severity == t.DiagnosticSeverity.Error


@pytest.mark.parametrize("name, language, text", [
    ("page.html", "html", "<p>😀 <b>Talks</b> in Kiev &amp; a legendary round</p>\n"),
    ("notes.txt", "plaintext", "𝒜 talks in Kiev,\r\na legendary round\r\n"),
    ("draft.markdown", "unknown-language", "* 🗞️ talks in Kiev\n* a legendary round\n"),
    # every format `check` reads, by the editor's language id or by the file's extension
    ("story.rst", "restructuredtext", "Talks\n=====\n\n😀 Talks in Kiev, a legendary round.\n"),
    ("story.adoc", "asciidoc", "= Talks\n\n😀 Talks in Kiev, a legendary round.\n"),
    ("story.org", "org", "* Talks\n\n😀 Talks in Kiev, a legendary round.\n"),
    ("story.mdx", "mdx", "import Chart from './chart'\n\n😀 Talks in Kiev, a legendary round.\n"),
    ("story.asciidoc", "unknown-language", "= Talks\n\nTalks in Kiev, a legendary round.\n"),
])
async def test_each_format_by_language_or_extension(client: LanguageClient, tmp_path, name, language, text):
    doc = Doc(client, tmp_path / name, text, language)
    found = by_rule(await doc.diagnostics())
    r = found["Naming.Places"][0].range
    lines = text.replace("\r\n", "\n").split("\n")
    start = lines[r.start.line].encode("utf-16-le")[:r.start.character * 2].decode("utf-16-le")
    assert lines[r.start.line][len(start):].startswith("Kiev")
    assert r.end.character - r.start.character == 4
    assert "Neutrality.Puffery" in found


async def test_other_languages_are_left_alone(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "tool.py", "# met in Kiev, legendary\n", "python")
    marker = Doc(client, tmp_path / "after.md", "Talks in Kiev.\n", "markdown")
    await marker.diagnostics()
    assert not [p for p in client.published if p.uri == doc.uri]


async def test_typing_updates_findings_and_only_the_newest_version_is_published(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "typing.md", "Talks in Kiev went on.\n", "markdown")
    assert "Naming.Places" in by_rule(await doc.diagnostics())
    start = doc.text.index("Kiev")
    for i in range(1, 5):  # type "Kyiv" over "Kiev", one keystroke at a time, quickly
        doc.edit(start + i - 1, start + i, "Kyiv"[i - 1])
    doc.edit(len(doc.text) - 1, len(doc.text) - 1, " A legendary day.")
    found = by_rule(await doc.diagnostics())
    assert "Naming.Places" not in found
    assert doc.words(found["Neutrality.Puffery"][0]) == "legendary"
    published = [p.version for p in client.published if p.uri == doc.uri]
    assert published == [1, doc.version]  # the keystrokes in between were not linted one by one


async def test_a_long_draft_never_blocks_the_editor_and_stale_results_are_dropped(client: LanguageClient, tmp_path):
    small = Doc(client, tmp_path / "small.md", "Talks in Kiev.\n", "markdown")
    await small.diagnostics()
    paragraph = ("Negotiators met in Kiev on Monday for a legendary round of talks, and some experts "
                 "believe the ceasefire will hold through the winter months ahead.\n\n")
    big = Doc(client, tmp_path / "archive.md", paragraph * 3000, "markdown")  # about 450 KB
    big.edit(0, 0, "Goverment sources ")  # while version 1 is still being linted
    hover = await small.hover("Kiev")  # answered while the long draft is linted in the background
    assert hover is not None and not [p for p in client.published if p.uri == big.uri]
    found = by_rule(await big.diagnostics())
    assert doc_words_first(big, found["Typos.Misspellings"]) == "Goverment"
    assert len(found["Naming.Places"]) == 3000
    assert [p.version for p in client.published if p.uri == big.uri] == [2]  # version 1 was dropped
    big.close()




async def test_closing_clears_findings(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "closing.md", "Talks in Kiev.\n", "markdown")
    assert await doc.diagnostics()
    doc.close()
    await asyncio.wait_for(until(client, lambda: client.published[-1].uri == doc.uri
                                  and not client.published[-1].diagnostics), WAIT)


# -- code actions ------------------------------------------------------------------------------



@pytest.mark.parametrize("word, fixed", [("Kiev", "Kyiv"), ("goverment", "government"), ("The the", "The")])
async def test_a_quick_fix_replaces_the_words(client: LanguageClient, tmp_path, word, fixed):
    doc = Doc(client, tmp_path / "fix.md", "😀 The the talks in Kiev, the goverment said.\n", "markdown")
    before = by_rule(await doc.diagnostics())
    action = titled(await doc.actions(word), "Replace")
    assert action.kind == t.CodeActionKind.QuickFix and action.is_preferred
    doc.apply(action)
    after = by_rule(await doc.diagnostics())
    assert fixed in doc.text and word not in doc.text.replace(fixed, "")
    assert sum(map(len, after.values())) == sum(map(len, before.values())) - 1
    doc.close()


async def test_fix_all_applies_every_safe_fix_and_nothing_else(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "fixall.md",
              "In Kiev the the goverment met.\n\nA legendary day in 𝒜 Kiev.\n", "markdown")
    await doc.diagnostics()
    (action,) = await doc.actions("In", only=[t.CodeActionKind.SourceFixAll])
    doc.apply(action)
    found = by_rule(await doc.diagnostics())
    assert doc.text == "In Kyiv the government met.\n\nA legendary day in 𝒜 Kyiv.\n"
    assert list(found) == ["Neutrality.Puffery"]  # no fix offered for puffery: a person decides
    assert not [a for a in await doc.actions("legendary") if a.title.startswith("Replace")]
    doc.close()


@pytest.mark.parametrize("name, language, text, expected", [
    # first line of a paragraph: the directive goes on its own line above
    ("top.md", "markdown", "Intro.\n\n😀 Talks in Kiev, a legendary day.\n",
     "Intro.\n\n<!-- stylelint-disable-next-line Naming.Places -->\n😀 Talks in Kiev, a legendary day.\n"),
    # mid-paragraph: a line above would split the paragraph, so the same-line form at the end
    ("middle.md", "markdown", "First line of it.\nTalks in Kiev, a legendary day.\n",
     "First line of it.\nTalks in Kiev, a legendary day. <!-- stylelint-disable-line Naming.Places -->\n"),
    # a list item: a comment line above it would end the list
    ("list.md", "markdown", "Intro.\n\n1. Talks in Kiev, a legendary day.\n",
     "Intro.\n\n1. Talks in Kiev, a legendary day. <!-- stylelint-disable-line Naming.Places -->\n"),
    # a directive already above: the rule joins it
    ("joined.md", "markdown", "<!-- stylelint-disable-next-line Typos.Misspellings -->\nKiev goverment, a legendary day.\n",
     "<!-- stylelint-disable-next-line Typos.Misspellings, Naming.Places -->\nKiev goverment, a legendary day.\n"),
    ("page.html", "html", "<p>\n  Talks in Kiev, a legendary day.\n</p>\n",
     "<p>\n  <!-- stylelint-disable-next-line Naming.Places -->\n  Talks in Kiev, a legendary day.\n</p>\n"),
])
async def test_disable_for_this_line(client: LanguageClient, tmp_path, name, language, text, expected):
    doc = Doc(client, tmp_path / name, text, language)
    assert "Naming.Places" in by_rule(await doc.diagnostics())
    doc.apply(titled(await doc.actions("Kiev"), "Disable Naming.Places for this line"))
    assert doc.text == expected
    found = by_rule(await doc.diagnostics())
    assert "Naming.Places" not in found and "Neutrality.Puffery" in found  # only that rule, only there
    doc.close()


async def test_disable_for_this_line_in_a_blockquote(client: LanguageClient, tmp_path):
    """Inside a blockquote the comment keeps the quote marker. A blockquote is a quotation
    (issue 10), so the rules that skip quotations are quiet there; typo rules are not."""
    doc = Doc(client, tmp_path / "quote.md", "> Talks on the goverment plan, the the long day.\n", "markdown")
    assert "Typos.Misspellings" in by_rule(await doc.diagnostics())
    doc.apply(titled(await doc.actions("goverment"), "Disable Typos.Misspellings for this line"))
    assert doc.text == ("> <!-- stylelint-disable-next-line Typos.Misspellings -->\n"
                        "> Talks on the goverment plan, the the long day.\n")
    found = by_rule(await doc.diagnostics())
    assert "Typos.Misspellings" not in found and "Typos.Repeated" in found  # only that rule, only there
    doc.close()


async def test_plain_text_offers_fixes_but_no_disable_comment(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "plain.txt", "Talks in Kiev, a legendary day.\n", "plaintext")
    await doc.diagnostics()
    titles = [a.title for a in await doc.actions("Kiev")] + [a.title for a in await doc.actions("legendary")]
    assert titles == ["Replace 'Kiev' with 'Kyiv' (Naming.Places)"]
    doc.close()


# -- hover -------------------------------------------------------------------------------------

async def test_hover_explains_the_rule(client: LanguageClient, tmp_path):
    import stylelint.cli.lsp.api as api

    rule = api.load_rules().rule("Neutrality.Puffery")
    doc = Doc(client, tmp_path / "hover.md", "A 😀 world-class coach retired.\n", "markdown")
    (finding,) = (await doc.diagnostics())
    hover = await doc.hover("world-class")
    text = hover.contents.value
    assert hover.contents.kind == t.MarkupKind.Markdown
    assert text.startswith("**Neutrality.Puffery** (neutrality, warning")
    assert "is puffery" in text and "Why it matters:" in text
    for piece in (rule.description, rule.rationale, rule.examples["fail"][0], rule.examples["pass"][0]):
        assert " ".join(piece.split()[:4]) in text.replace("\\", "")
    assert "Flagged:" in text and "Fine:" in text and rule.link in text
    assert "By kind of piece: not reported in reviews" in text  # why a column shows no such finding
    assert hover.range == finding.range
    assert await doc.hover("coach") is None
    doc.close()
