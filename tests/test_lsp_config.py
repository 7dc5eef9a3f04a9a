"""The language server's configuration, end to end: found per draft as `stylelint check` finds
it, reloaded when a config, rule or vocabulary file changes, reported once when broken."""
from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types as t
from pygls.uris import from_fs_path
from pytest_lsp import LanguageClient

from lsp_client import Doc, by_rule, published_after, watched

pytestmark = pytest.mark.asyncio(loop_scope="module")


# -- configuration -------------------------------------------------------------------------------

async def test_the_server_asks_to_watch_config_and_rule_files(client: LanguageClient):
    while not client.registrations:  # asked right after `initialized`, maybe not yet arrived
        await asyncio.sleep(0.05)
    (registration,) = [r for r in client.registrations if r.method == t.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    globs = [w["globPattern"] for w in registration.register_options["watchers"]]  # untyped on the wire
    assert any(".stylelint.yaml" in g and ".vale.ini" in g and "pyproject.toml" in g for g in globs)
    assert "**/*.{yml,yaml}" in globs




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
