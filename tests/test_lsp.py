"""The language server end to end: pytest-lsp starts `python -m stylelint lsp` and talks to it
as an editor would (open, type, quick fixes, hover, config changes)."""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as t
from pygls.protocol import default_converter
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.asyncio(loop_scope="module")
WAIT = 60  # seconds before a test gives up on a notification (a slow CI machine, not a target)


def make_client() -> LanguageClient:
    """The pytest-lsp client, also keeping every diagnostics notification with its version and
    accepting the server's requests to watch files."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []
    client.registrations = []
    client.changed = asyncio.Condition()

    async def publish(ls: LanguageClient, params: t.PublishDiagnosticsParams):
        ls.diagnostics[params.uri] = params.diagnostics
        ls.published.append(params)
        async with ls.changed:
            ls.changed.notify_all()

    def register(ls: LanguageClient, params: t.RegistrationParams):
        ls.registrations.extend(params.registrations)

    register_lsp_features(client, {**DEFAULT_CLIENT_FEATURES,
                                   t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish,
                                   t.CLIENT_REGISTER_CAPABILITY: register})
    return client


@pytest_lsp.fixture(scope="module", config=ClientServerConfig(
    server_command=[sys.executable, "-m", "stylelint", "lsp"], client_factory=make_client,
    server_env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}))
async def client(lsp_client: LanguageClient, tmp_path_factory):
    workspace = lsp_client.workspace_path = tmp_path_factory.mktemp("workspace")
    capabilities = t.ClientCapabilities(
        workspace=t.WorkspaceClientCapabilities(
            did_change_watched_files=t.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
            workspace_edit=t.WorkspaceEditClientCapabilities(document_changes=True)),
        text_document=t.TextDocumentClientCapabilities(hover=t.HoverClientCapabilities(
            content_format=[t.MarkupKind.Markdown, t.MarkupKind.PlainText])),
        general=t.GeneralClientCapabilities(position_encodings=[t.PositionEncodingKind.Utf16]))
    await lsp_client.initialize_session(t.InitializeParams(
        capabilities=capabilities, root_uri=from_fs_path(str(workspace)),
        workspace_folders=[t.WorkspaceFolder(from_fs_path(str(workspace)), "drafts")]))
    yield
    await lsp_client.shutdown_session()


# -- helpers: an editor's side of the conversation ----------------------------------------------

class Doc:
    """An open document on the client side: its text and version, kept as an editor would."""

    def __init__(self, client, path: Path | None, text: str, language: str):
        uri = from_fs_path(str(path)) if path else "untitled:Untitled-1"
        self.client, self.uri, self.text, self.version = client, uri, text, 1
        client.text_document_did_open(t.DidOpenTextDocumentParams(
            t.TextDocumentItem(self.uri, language, 1, text)))

    def edit(self, start: int, end: int, new: str):
        """Replace text[start:end] (code point offsets) with an incremental change."""
        change = t.TextDocumentContentChangePartial(
            range=t.Range(utf16_position(self.text, start), utf16_position(self.text, end)), text=new)
        self.text = self.text[:start] + new + self.text[end:]
        self.version += 1
        self.client.text_document_did_change(t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(version=self.version, uri=self.uri), [change]))

    def apply(self, action: t.CodeAction):
        """Apply a code action's edits, last first, as one change per edit."""
        (doc_edit,) = action.edit.document_changes
        assert doc_edit.text_document.version == self.version
        spans = [(utf16_offset(self.text, e.range.start), utf16_offset(self.text, e.range.end), e.new_text)
                 for e in doc_edit.edits]
        for start, end, new in sorted(spans, reverse=True):
            self.edit(start, end, new)

    async def diagnostics(self) -> list[t.Diagnostic]:
        """The diagnostics published for this document's current version."""
        def ready():
            return [p for p in self.client.published if p.uri == self.uri and p.version == self.version]

        async with self.client.changed:
            await asyncio.wait_for(self.client.changed.wait_for(ready), WAIT)
        return ready()[-1].diagnostics

    def words(self, diagnostic: t.Diagnostic) -> str:
        r = diagnostic.range
        return self.text[utf16_offset(self.text, r.start):utf16_offset(self.text, r.end)]

    async def actions(self, word: str, occurrence: int = 0, only=None) -> list[t.CodeAction]:
        start = nth(self.text, word, occurrence)
        return await self.client.text_document_code_action_async(t.CodeActionParams(
            t.TextDocumentIdentifier(self.uri),
            t.Range(utf16_position(self.text, start), utf16_position(self.text, start + len(word))),
            t.CodeActionContext(diagnostics=[], only=only)))

    async def hover(self, word: str) -> t.Hover | None:
        at = utf16_position(self.text, self.text.index(word) + 1)
        return await self.client.text_document_hover_async(t.HoverParams(t.TextDocumentIdentifier(self.uri), at))

    def close(self):
        self.client.text_document_did_close(t.DidCloseTextDocumentParams(t.TextDocumentIdentifier(self.uri)))


def nth(text: str, word: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(word, at + 1)
    return at


def _lines(text: str) -> list[str]:
    """Lines as LSP splits them (\\n, \\r\\n, \\r), written independently of the server's code."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def utf16_position(text: str, offset: int) -> t.Position:
    before = _lines(text[:offset])
    return t.Position(len(before) - 1, len(before[-1].encode("utf-16-le")) // 2)


def utf16_offset(text: str, position: t.Position) -> int:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert len(text.replace("\r\n", "\n")) == len(text), "CRLF texts: use LF-only fixtures here"
    head = sum(len(line) + 1 for line in lines[:position.line])
    units = lines[position.line].encode("utf-16-le")[:position.character * 2]
    return head + len(units.decode("utf-16-le"))


def by_rule(diagnostics) -> dict[str, list[t.Diagnostic]]:
    out: dict[str, list[t.Diagnostic]] = {}
    for d in diagnostics:
        out.setdefault(d.code, []).append(d)
    return out


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
    ("notes.txt", "plaintext", "𝒜 note: talks in Kiev,\r\na legendary round\r\n"),
    ("draft.markdown", "unknown-language", "* 🗞️ talks in Kiev\n* a legendary round\n"),
])
async def test_html_text_and_markdown_by_extension(client: LanguageClient, tmp_path, name, language, text):
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


def doc_words_first(doc, diagnostics):
    return doc.words(min(diagnostics, key=lambda d: (d.range.start.line, d.range.start.character)))


async def test_closing_clears_findings(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "closing.md", "Talks in Kiev.\n", "markdown")
    assert await doc.diagnostics()
    doc.close()
    await asyncio.wait_for(_until(client, lambda: client.published[-1].uri == doc.uri
                                  and not client.published[-1].diagnostics), WAIT)


async def _until(client, condition):
    async with client.changed:
        await client.changed.wait_for(condition)



# -- code actions ------------------------------------------------------------------------------

def titled(actions, start: str) -> t.CodeAction:
    (action,) = [a for a in actions if a.title.startswith(start)]
    return action


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
    # inside a blockquote: the comment keeps the quote marker
    ("quote.md", "markdown", "> Talks in Kiev, a legendary day.\n",
     "> <!-- stylelint-disable-next-line Naming.Places -->\n> Talks in Kiev, a legendary day.\n"),
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
    doc = Doc(client, tmp_path / "hover.md", "A 😀 legendary coach retired.\n", "markdown")
    (finding,) = (await doc.diagnostics())
    hover = await doc.hover("legendary")
    text = hover.contents.value
    assert hover.contents.kind == t.MarkupKind.Markdown
    assert text.startswith("**Neutrality.Puffery** (neutrality, warning")
    assert "is puffery" in text and "Why it matters:" in text
    for piece in (rule.description, rule.rationale, rule.examples["fail"][0], rule.examples["pass"][0]):
        assert " ".join(piece.split()[:4]) in text.replace("\\", "")
    assert "Flagged:" in text and "Fine:" in text and rule.link in text
    assert hover.range == finding.range
    assert await doc.hover("coach") is None
    doc.close()


# -- configuration -------------------------------------------------------------------------------

async def test_the_server_asks_to_watch_config_and_rule_files(client: LanguageClient):
    while not client.registrations:  # asked right after `initialized`, maybe not yet arrived
        await asyncio.sleep(0.05)
    (registration,) = [r for r in client.registrations if r.method == t.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    globs = [w["globPattern"] for w in registration.register_options["watchers"]]  # untyped on the wire
    assert any(".stylelint.yaml" in g and ".vale.ini" in g and "pyproject.toml" in g for g in globs)
    assert "**/*.{yml,yaml}" in globs


def watched(client, path: Path, kind=t.FileChangeType.Changed):
    client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams(
        [t.FileEvent(from_fs_path(str(path)), kind)]))


async def test_each_folder_uses_its_own_config_found_as_check_finds_it(client: LanguageClient, tmp_path):
    (tmp_path / "opinion").mkdir()
    (tmp_path / "opinion" / ".stylelint.yaml").write_text("rules:\n  Neutrality.Puffery: off\n")
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / ".stylelint.yaml").write_text("rules:\n  Naming.Places: error\n")
    text = "Talks in Kiev, a legendary day.\n"
    column = Doc(client, tmp_path / "opinion" / "column.md", text, "markdown")
    story = Doc(client, tmp_path / "news" / "deep" / "story.md", text, "markdown")
    assert set(by_rule(await column.diagnostics())) == {"Naming.Places"}
    found = by_rule(await story.diagnostics())
    assert found["Naming.Places"][0].severity == t.DiagnosticSeverity.Error
    assert "Neutrality.Puffery" in found
    column.close()
    story.close()


async def published_after(client, uri: str, count: int) -> t.PublishDiagnosticsParams:
    """The first diagnostics for `uri` published after the first `count` notifications."""
    def new():
        return [p for p in client.published[count:] if p.uri == uri]

    await asyncio.wait_for(_until(client, new), WAIT)
    return new()[0]


async def test_config_changes_are_picked_up_from_watched_files_and_saves(client: LanguageClient, tmp_path):
    config = tmp_path / ".stylelint.yaml"
    config.write_text("rules:\n  Naming.Places: off\n")
    doc = Doc(client, tmp_path / "reload.md", "Talks in Kiev, a legendary day.\n", "markdown")
    assert "Naming.Places" not in by_rule(await doc.diagnostics())
    count = len(client.published)

    config.write_text("rules:\n  Naming.Places: suggestion\n")
    watched(client, config)
    places = by_rule((await published_after(client, doc.uri, count)).diagnostics)["Naming.Places"][0]
    assert places.severity == t.DiagnosticSeverity.Information  # our "suggestion"
    count = len(client.published)

    config.write_text("rules:\n  Naming.Places: error\n")  # saved from the editor this time
    client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(from_fs_path(str(config)))))
    found = by_rule((await published_after(client, doc.uri, count)).diagnostics)
    assert found["Naming.Places"][0].severity == t.DiagnosticSeverity.Error
    count = len(client.published)

    config.unlink()  # no config any more: the built-in packs and their levels
    watched(client, config, t.FileChangeType.Deleted)
    found = by_rule((await published_after(client, doc.uri, count)).diagnostics)
    assert found["Naming.Places"][0].severity == t.DiagnosticSeverity.Warning
    doc.close()


async def test_a_new_rule_file_in_a_pack_is_picked_up(client: LanguageClient, tmp_path):
    (tmp_path / "House").mkdir()
    (tmp_path / ".stylelint.yaml").write_text("packs: [House]\n")
    doc = Doc(client, tmp_path / "house.md", "The presser starts at noon.\n", "markdown")
    assert not await doc.diagnostics()
    count = len(client.published)
    rule = tmp_path / "House" / "Jargon.yml"
    rule.write_text("extends: existence\nmessage: \"Say 'news conference', not '%s'.\"\n"
                    "level: warning\ntokens: [presser]\n")
    watched(client, rule, t.FileChangeType.Created)
    (finding,) = (await published_after(client, doc.uri, count)).diagnostics
    assert finding.code == "House.Jargon" and doc.words(finding) == "presser"
    doc.close()


async def test_a_broken_config_is_reported_once_and_recovers(client: LanguageClient, tmp_path):
    config = tmp_path / ".stylelint.yaml"
    config.write_text("rules:\n  Naming.Placez: off\n")
    first = Doc(client, tmp_path / "one.md", "Talks in Kiev.\n", "markdown")
    second = Doc(client, tmp_path / "two.md", "More talks in Kiev.\n", "markdown")
    assert not await first.diagnostics() and not await second.diagnostics()
    shown = [m for m in client.messages if "Naming.Placez" in m.message]
    assert len(shown) == 1 and shown[0].type == t.MessageType.Error
    assert str(config) in shown[0].message or ".stylelint.yaml" in shown[0].message
    count = len(client.published)
    config.write_text("rules:\n  Naming.Places: error\n")
    watched(client, config)
    for doc in (first, second):
        found = by_rule((await published_after(client, doc.uri, count)).diagnostics)
        assert found["Naming.Places"][0].severity == t.DiagnosticSeverity.Error
    first.close()
    second.close()


async def test_ignored_paths_and_overrides_follow_the_config(client: LanguageClient, tmp_path):
    (tmp_path / ".stylelint.yaml").write_text(
        'ignore: ["archive/**"]\noverrides:\n  - files: ["opinion/**"]\n    rules: {Neutrality.Puffery: off}\n')
    for folder in ("archive", "opinion", "news"):
        (tmp_path / folder).mkdir()
    text = "Talks in Kiev, a legendary day.\n"
    archived = Doc(client, tmp_path / "archive" / "old.md", text, "markdown")
    column = Doc(client, tmp_path / "opinion" / "column.md", text, "markdown")
    story = Doc(client, tmp_path / "news" / "story.md", text, "markdown")
    assert not await archived.diagnostics()
    assert set(by_rule(await column.diagnostics())) == {"Naming.Places"}
    assert set(by_rule(await story.diagnostics())) == {"Naming.Places", "Neutrality.Puffery"}
    for doc in (archived, column, story):
        doc.close()


async def test_an_unsaved_draft_uses_the_workspace_folders_config(client: LanguageClient):
    (client.workspace_path / ".stylelint.yaml").write_text("rules:\n  Neutrality.Puffery: off\n")
    doc = Doc(client, None, "Talks in Kiev, a legendary day.\n", "markdown")
    try:
        assert set(by_rule(await doc.diagnostics())) == {"Naming.Places"}
    finally:
        doc.close()
        (client.workspace_path / ".stylelint.yaml").unlink()
