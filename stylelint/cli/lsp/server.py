"""The language server: open documents in, diagnostics out; linting never runs on the event loop.

Each change replaces the document's `Draft` (an immutable version of its text). Linting runs
in one background thread, a debounce after the last keystroke; a result is published only if
its draft is still the newest one and no config changed meanwhile, so stale findings never
overwrite fresh ones, and the loop keeps answering the editor while a long file is linted.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types as t
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from stylelint import __version__
from stylelint.core.markup import (ASCIIDOC_EXTENSIONS, HTML_EXTENSIONS, MARKDOWN_EXTENSIONS, MDX_EXTENSIONS,
                                   ORG_EXTENSIONS, RST_EXTENSIONS, TEXT_EXTENSIONS)
from . import api, findings
from .configs import Configs, relative_path
from .positions import LineIndex, apply_change

DEBOUNCE = 0.3  # seconds of quiet after a keystroke before the draft is linted again
# Editors' language ids (VS Code's, and the usual names elsewhere) for the formats `check` reads
LANGUAGES = {"markdown": "md", "html": "html", "plaintext": "txt", "text": "txt", "mdx": "mdx",
             "restructuredtext": "rst", "rst": "rst", "asciidoc": "adoc", "org": "org"}
EXTENSIONS = {f".{ext}": syntax for syntax, names in (
    ("md", MARKDOWN_EXTENSIONS), ("mdx", MDX_EXTENSIONS), ("html", HTML_EXTENSIONS), ("txt", TEXT_EXTENSIONS),
    ("rst", RST_EXTENSIONS), ("adoc", ASCIIDOC_EXTENSIONS), ("org", ORG_EXTENSIONS)) for ext in names}
log = logging.getLogger("stylelint.lsp")


@dataclass(frozen=True)
class Draft:
    """One version of an open document."""
    uri: str
    version: int | None
    text: str
    syntax: str
    path: Path | None


@dataclass(frozen=True)
class Linted:
    draft: Draft
    index: LineIndex
    alerts: list
    rules: object
    diagnostics: list


def syntax_of(uri: str, language_id: str | None) -> str | None:
    """The syntax from the editor's language id, else from the file name; None: not ours."""
    if language_id in LANGUAGES:
        return LANGUAGES[language_id]
    return EXTENSIONS.get(Path(uri.split("?")[0]).suffix.lower())


class StylelintServer(LanguageServer):
    def __init__(self):
        super().__init__("stylelint", __version__, text_document_sync_kind=t.TextDocumentSyncKind.Incremental)
        self.drafts: dict[str, Draft] = {}
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.configs = Configs()
        self.lint_thread = ThreadPoolExecutor(1, thread_name_prefix="stylelint-lint")
        self.reported: set[str] = set()  # config errors already shown, to say each once
        self.stopped = False

    @property
    def encoding(self) -> str:
        encoding = self.workspace.position_encoding or "utf-16"
        return getattr(encoding, "value", encoding)

    # -- linting ---------------------------------------------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        """Lint `uri` after `delay` seconds, replacing any lint still waiting for it."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        if self.stopped:
            return
        draft, generation = self.drafts.get(uri), self.configs.generation
        if draft is None:
            return
        try:
            linted = await asyncio.get_running_loop().run_in_executor(self.lint_thread, self._lint, draft)
        except api.ConfigError as exc:
            self._config_problem(draft, str(exc))
            return
        except Exception as exc:  # a bug of ours: say so in the log, keep serving
            log.exception("linting %s failed", uri)
            self.window_log_message(t.LogMessageParams(t.MessageType.Error,
                                                       f"stylelint: internal error on {uri}: {exc!r}"))
            return
        if linted is None or self.drafts.get(uri) is not draft or generation != self.configs.generation:
            return  # a newer version or config arrived while this one was linted
        self.linted[uri] = linted
        self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(
            uri=uri, version=draft.version, diagnostics=linted.diagnostics))

    def _lint(self, draft: Draft) -> Linted | None:
        """Runs in the lint thread."""
        if self.drafts.get(draft.uri) is not draft:
            return None  # superseded while it waited in the queue
        config = self.configs.find(draft.path, self._folder())
        rules = self.configs.rules(config)
        if draft.path is not None and api.is_ignored(rules, draft.path):
            alerts = []  # the config's `ignore`: `stylelint check` would skip this file too
        else:
            alerts = api.lint_text(draft.text, rules=rules, syntax=draft.syntax,
                                   path=relative_path(draft.path, config))
        index = LineIndex(draft.text, self.encoding)
        return Linted(draft, index, alerts, rules, [findings.diagnostic(a, index) for a in alerts])

    def _folder(self) -> Path | None:
        for folder in self.workspace.folders.values():
            path = to_fs_path(folder.uri)
            if path:
                return Path(path)
        return None

    def _config_problem(self, draft: Draft, message: str) -> None:
        self.linted.pop(draft.uri, None)
        self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(
            uri=draft.uri, version=draft.version, diagnostics=[]))
        if message not in self.reported:
            self.reported.add(message)
            self.window_show_message(t.ShowMessageParams(
                t.MessageType.Error, f"stylelint cannot check your drafts: {message}"))

    def reload(self) -> None:
        """A config or rule file changed: rebuild rules and lint every open draft again."""
        self.configs.reload()
        self.reported.clear()
        for uri in list(self.drafts):
            self.schedule(uri, 0)

    def stop_linting(self) -> None:
        """The editor is closing us: drop queued work (a lint already running still finishes)."""
        for task in self.pending.values():
            task.cancel()
        self.pending.clear()
        self.stopped = True
        self.lint_thread.shutdown(wait=False, cancel_futures=True)

    # -- documents ---------------------------------------------------------------------------
    def open(self, doc: t.TextDocumentItem) -> None:
        syntax = syntax_of(doc.uri, doc.language_id)
        if syntax is None:
            return
        path = to_fs_path(doc.uri)
        self.drafts[doc.uri] = Draft(doc.uri, doc.version, doc.text, syntax, Path(path) if path else None)
        self.schedule(doc.uri, 0)

    def change(self, params: t.DidChangeTextDocumentParams) -> None:
        draft = self.drafts.get(params.text_document.uri)
        if draft is None:
            return
        text = draft.text
        for change in params.content_changes:
            text = apply_change(text, change, self.encoding)
        self.drafts[draft.uri] = Draft(draft.uri, params.text_document.version, text, draft.syntax, draft.path)
        self.schedule(draft.uri, DEBOUNCE)

    def close(self, uri: str) -> None:
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.linted.pop(uri, None)
        if self.drafts.pop(uri, None) is not None:
            self.text_document_publish_diagnostics(t.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def current(self, uri: str) -> Linted | None:
        """Findings of the document's current text (none while a newer version is linted)."""
        linted = self.linted.get(uri)
        return linted if linted is not None and linted.draft is self.drafts.get(uri) else None
