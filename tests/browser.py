"""A real headless Chromium for tests of HTML output (the report, the audit page).

Playwright cannot download its own browser here, so it drives Debian's chromium package
(`apt-get install chromium`, which .ci/run does). Tests that need it use the `browser` or
`browser_page` fixtures from conftest.py; they skip, saying why, only when no Chromium exists.
"""
from __future__ import annotations

import os
import shutil

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


def chromium_path() -> str | None:
    """STYLELINT_CHROMIUM, else chromium (or chromium-browser) on PATH, else Debian's path."""
    for candidate in (os.environ.get("STYLELINT_CHROMIUM"), shutil.which("chromium"),
                      shutil.which("chromium-browser"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def why_no_browser() -> str | None:
    """The reason browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install '.[test]')"
    if chromium_path() is None:
        return "no Chromium found (apt-get install chromium, or set STYLELINT_CHROMIUM)"
    return None


def launch(playwright):
    """A headless Chromium that never reaches the network on its own."""
    return playwright.chromium.launch(executable_path=chromium_path(), args=ARGS)
