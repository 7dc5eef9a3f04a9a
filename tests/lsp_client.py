"""A pytest-lsp client for the language server tests: it starts `python -m stylelint lsp` as an
editor would, and keeps a document's text and version on the client side as an editor does."""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest_lsp
from lsprotocol import types as t
from pygls.protocol import default_converter
from pygls.uris import from_fs_path
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

ROOT = Path(__file__).resolve().parents[1]
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



async def until(client, condition):
    async with client.changed:
        await client.changed.wait_for(condition)


async def published_after(client, uri: str, count: int) -> t.PublishDiagnosticsParams:
    """The first diagnostics for `uri` published after the first `count` notifications."""
    def new():
        return [p for p in client.published[count:] if p.uri == uri]

    await asyncio.wait_for(until(client, new), WAIT)
    return new()[0]


def watched(client, path: Path, kind=t.FileChangeType.Changed):
    client.workspace_did_change_watched_files(t.DidChangeWatchedFilesParams(
        [t.FileEvent(from_fs_path(str(path)), kind)]))


def titled(actions, start: str) -> t.CodeAction:
    (action,) = [a for a in actions if a.title.startswith(start)]
    return action


def doc_words_first(doc, diagnostics):
    return doc.words(min(diagnostics, key=lambda d: (d.range.start.line, d.range.start.character)))
