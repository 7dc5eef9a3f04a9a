"""Output formats. Each takes the list of FileResults and returns the text to print."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

FORMATS = ("text", "line", "json", "sarif", "github", "gitlab")


def render(name: str, results, color: bool = False, files_checked: int = 0, rule_info=None) -> str:
    """`rule_info` (rule id -> Rule) gives SARIF its rule descriptions and help text."""
    return "".join(render_chunks(name, results, color, files_checked, rule_info))


def render_chunks(name: str, results, color: bool = False, files_checked: int = 0, rule_info=None):
    """The output of `render` in pieces to write one after another: the JSON formats (JSON,
    GitLab, SARIF) come a file at a time, so a long run's report is never held whole (as dicts
    it took more memory than the run); the others in one piece."""
    results = _displayable(results)
    if name == "json":
        from .machine import json_chunks
        yield from json_chunks(results, files_checked)
    elif name == "gitlab":
        from .machine import gitlab_chunks
        yield from gitlab_chunks(results, files_checked)
    elif name == "sarif":
        from .sarif import sarif_chunks
        yield from sarif_chunks(results, rule_info)
    else:
        yield _render(name, results, color, files_checked, rule_info)


def _displayable(results) -> list:
    """A file name that is not valid UTF-8 is shown with \\xNN escapes, so every format stays
    valid Unicode (and JSON, SARIF and GitLab reports valid JSON)."""
    from .visible import display_path
    return [r if display_path(r.path) == r.path else replace(r, path=display_path(r.path)) for r in results]


def _render(name: str, results, color, files_checked, rule_info) -> str:
    if name == "text":
        from .text import render_text
        return render_text(results, color, files_checked)
    if name == "statistics":  # --statistics: findings per rule, then the summary
        from .text import render_text, statistics_table
        table = statistics_table(results)
        rest = render_text([r for r in results if r.error], color, files_checked, results)
        return f"{table}\n\n{rest}" if table else rest
    if name == "sarif":
        from .sarif import render_sarif
        return render_sarif(results, rule_info)
    from . import machine
    return getattr(machine, f"render_{name}")(results, files_checked)


def counts(results) -> Counter:
    return Counter(a.severity for r in results for a in r.alerts)
