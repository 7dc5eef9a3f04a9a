"""The LSP methods the server answers, wired to a StylelintServer."""
from __future__ import annotations

from lsprotocol import types as t

from . import api, findings
from .configs import WATCH_GLOBS, affects_rules
from .server import StylelintServer


def create_server() -> StylelintServer:
    server = StylelintServer()

    @server.feature(t.INITIALIZED)
    async def initialized(ls: StylelintServer, params: t.InitializedParams):
        watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:  # ask the editor to tell us about config edits
            await ls.client_register_capability_async(t.RegistrationParams([t.Registration(
                id="stylelint-config-files", method=t.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=t.DidChangeWatchedFilesRegistrationOptions(
                    [t.FileSystemWatcher(glob_pattern=glob) for glob in WATCH_GLOBS]))]))

    @server.feature(t.SHUTDOWN)
    def shutdown(ls: StylelintServer, params):
        ls.stop_linting()

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: StylelintServer, params: t.DidOpenTextDocumentParams):
        ls.open(params.text_document)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: StylelintServer, params: t.DidChangeTextDocumentParams):
        ls.change(params)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: StylelintServer, params: t.DidCloseTextDocumentParams):
        ls.close(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: StylelintServer, params: t.DidSaveTextDocumentParams):
        if affects_rules(params.text_document.uri):
            ls.reload()

    @server.feature(t.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: StylelintServer, params: t.DidChangeWatchedFilesParams):
        if any(affects_rules(change.uri) for change in params.changes):
            ls.reload()

    @server.feature(t.TEXT_DOCUMENT_CODE_ACTION, t.CodeActionOptions(
        code_action_kinds=[t.CodeActionKind.QuickFix, t.CodeActionKind.SourceFixAll]))
    def code_action(ls: StylelintServer, params: t.CodeActionParams):
        return code_actions(ls, params)

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    def hover(ls: StylelintServer, params: t.HoverParams):
        return hover_for(ls, params)

    return server


def code_actions(ls: StylelintServer, params: t.CodeActionParams) -> list[t.CodeAction]:
    linted = ls.current(params.text_document.uri)
    if linted is None:
        return []
    draft, index = linted.draft, linted.index
    start = index.offset(params.range.start.line, params.range.start.character)
    end = index.offset(params.range.end.line, params.range.end.character)
    actions = []
    for alert in linted.alerts:
        if findings.overlaps(alert, start, end):
            actions.append(findings.fix_action(alert, index, draft.uri, draft.version))
            actions.append(findings.disable_action(alert, index, draft.syntax, draft.uri, draft.version))
    actions.append(findings.fix_all_action(linted.alerts, index, draft.uri, draft.version))
    only = params.context.only
    return [a for a in actions if a is not None
            and (not only or any(a.kind == kind or a.kind.startswith(f"{kind}.") for kind in only))]


def hover_for(ls: StylelintServer, params: t.HoverParams) -> t.Hover | None:
    linted = ls.current(params.text_document.uri)
    if linted is None:
        return None
    offset = linted.index.offset(params.position.line, params.position.character)
    hits = [a for a in linted.alerts if findings.overlaps(a, offset, offset)]
    if not hits:
        return None
    formats = ls.client_capabilities.text_document and ls.client_capabilities.text_document.hover
    markdown = not formats or not formats.content_format or t.MarkupKind.Markdown in formats.content_format
    text = "\n\n---\n\n".join(findings.hover_text(a, api.rule(linted.rules, a.rule), markdown) for a in hits)
    return t.Hover(contents=t.MarkupContent(t.MarkupKind.Markdown if markdown else t.MarkupKind.PlainText, text),
                   range=findings.lsp_range(linted.index, hits[0].start, hits[0].end))
