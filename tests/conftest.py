"""Shared helpers: build a rule pack and a config in a fresh folder, lint text with it."""
from __future__ import annotations

import itertools
import textwrap
from pathlib import Path

import pytest

from stylelint import lint_text, load_rules

_counter = itertools.count()


def write_pack(root: Path, rules: dict[str, str], config: str = "", pack: str = "Test") -> Path:
    """Write rules (stem -> YAML text) into root/<pack>/ and a .stylelint.yaml naming the pack.

    Returns the path of the config file. `config` is extra YAML appended to the config.
    """
    folder = root / pack
    folder.mkdir(parents=True, exist_ok=True)
    for stem, body in rules.items():
        (folder / f"{stem}.yml").write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
    config_path = root / ".stylelint.yaml"
    config_path.write_text(f"packs: [{pack}]\n" + textwrap.dedent(config).lstrip("\n"),
                           encoding="utf-8")
    return config_path


def write_vale_desk(root: Path) -> None:
    """A Vale project in `root`: style Desk with one existence rule, Wordy, on "utilise"."""
    style = root / "styles" / "Desk"
    style.mkdir(parents=True)
    (style / "Wordy.yml").write_text(
        "extends: existence\nmessage: \"Say '%s' more simply.\"\nlevel: warning\n"
        "tokens: [utilise]\n", encoding="utf-8")
    (root / ".vale.ini").write_text("StylesPath = styles\n[*]\nBasedOnStyles = Desk\n", encoding="utf-8")


def wordy_lines(path: Path, *options: str):
    """`stylelint check --format line` on `path`: (the run, its Desk.Wordy lines without the path)."""
    from click.testing import CliRunner

    from stylelint.cli.command import main

    run = CliRunner().invoke(main, ["check", "--format", "line", *options, str(path)])
    return run, [line.split(":", 1)[1] for line in run.output.splitlines() if "Desk.Wordy" in line]


@pytest.fixture
def make_pack(tmp_path):
    """make_pack({"Rule": yaml_text, ...}, config="extra yaml") -> the rules it builds.

    Each call uses its own sub-folder, so the configuration cache never returns a stale one.
    """

    def make(rules: dict[str, str], config: str = "", pack: str = "Test"):
        root = tmp_path / f"cfg{next(_counter)}"
        root.mkdir()
        return load_rules(config=write_pack(root, rules, config, pack))

    return make


def lint(rules, text: str, path: str = "x.md"):
    return lint_text(text, rules=rules, path=path)


def found(alerts, rule: str | None = None):
    """(line, column, match) of each alert, optionally for one rule only."""
    return [(a.line, a.column, a.match) for a in alerts if rule is None or a.rule == rule]


def matches(alerts, rule: str | None = None):
    return [a.match for a in alerts if rule is None or a.rule == rule]


_BUILT_IN = []


def noted(text: str, rule: str, headline: str = "Story") -> list[tuple[str, str]]:
    """(words, severity) of every alert of one built-in rule on a story with this headline."""
    if not _BUILT_IN:
        _BUILT_IN.append(load_rules())
    return [(a.match, a.severity) for a in lint_text(f"{headline}\n\n{text}\n", rules=_BUILT_IN[0], path="s.txt")
            if a.rule == rule]


# The language server tests' client (a pytest-lsp fixture: one server per test module).
from lsp_client import client  # noqa: E402, F401


@pytest.fixture(scope="module")
def browser():
    """A real headless Chromium (Debian's package driven by Playwright), shared by a module.
    Not by the session: Playwright's sync API keeps an event loop running while it is open,
    which would break the asyncio tests (the language server's) that come after it."""
    from browser import launch, why_no_browser

    reason = why_no_browser()
    if reason:
        pytest.skip(f"browser tests need Chromium: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def browser_page(browser):
    """A fresh page that records script errors, dialogs and every network request it makes."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)  # a broken page fails in seconds, not minutes
    page.script_errors, page.dialogs, page.requests = [], [], []
    page.on("pageerror", lambda error: page.script_errors.append(str(error)))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()
