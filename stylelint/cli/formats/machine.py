"""Formats for machines: Vale's line format, our JSON, GitHub workflow commands, GitLab Code Quality."""
from __future__ import annotations

import hashlib
import json

from ...version import __version__
from . import counts
from .visible import visible


def render_line(results, files_checked):
    """One alert a line: a newline or escape sequence in a file name or draft is written out."""
    return "\n".join(f"{visible(r.path)}:{a.line}:{a.column}:{visible(a.rule)}:{visible(a.message)}"
                     for r in results for a in r.alerts)


def render_json(results, files_checked):
    return "".join(json_chunks(results, files_checked))


def json_chunks(results, files_checked):
    """The JSON report in pieces, one per file with alerts: the text of json.dumps(document,
    indent=2) without building it whole. On a long run the whole document (every alert as a
    dict, the encoder's pieces, the string, its bytes) took more memory than the run itself."""
    c = counts(results)
    summary = {
        "error": c["error"], "warning": c["warning"], "suggestion": c["suggestion"],
        "files_with_alerts": sum(1 for r in results if r.alerts),
        "unreadable": [{"path": r.path, "reason": r.error} for r in results if r.error],
    }
    yield ('{\n  "version": ' + nested_json(__version__) + ',\n  "files": ' + nested_json(files_checked)
           + ',\n  "alerts": [')
    first = True
    for r in results:
        if r.alerts:
            pieces = []
            for a in r.alerts:  # an alert's lines sit two levels in (JSON strings hold no raw newline)
                pieces.append(("\n    " if first else ",\n    ") + nested_json(a.to_dict(r.path), "\n    "))
                first = False
            yield "".join(pieces)
    yield ("]" if first else "\n  ]") + ',\n  "summary": ' + nested_json(summary, "\n  ") + "\n}"


def nested_json(value, indent="\n") -> str:
    """json.dumps(value, indent=2), each later line starting with `indent` (to nest it)."""
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", indent)


def _escape_data(text: str) -> str:
    """GitHub's escaping of line breaks, then every other control character made visible: the
    log is read in a terminal-like viewer, so a draft's escape sequences must not reach it."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results, files_checked):
    """GitHub Actions workflow commands: one annotation per alert on the file and line."""
    command = {"error": "error", "warning": "warning", "suggestion": "notice"}
    lines = []
    for r in results:
        if r.error:
            lines.append(f"::error file={_escape_property(r.path)},title=stylelint::{_escape_data(r.error)}")
        for a in r.alerts:
            end = f",endLine={a.end_line}" if a.end_line != a.line else f",endColumn={a.end_column}"
            lines.append(f"::{command[a.severity]} file={_escape_property(r.path)},line={a.line},"
                         f"col={a.column}{end},title={_escape_property(a.rule)}::{_escape_data(a.message)}")
    return "\n".join(lines)


def render_gitlab(results, files_checked):
    return "".join(gitlab_chunks(results, files_checked))


def gitlab_chunks(results, files_checked):
    """GitLab Code Quality report (a JSON array of issues), in pieces as json_chunks."""
    severity = {"error": "major", "warning": "minor", "suggestion": "info"}
    seen = {}
    first = True
    yield "["
    for r in results:
        pieces = []
        for a in r.alerts:
            basis = f"{r.path}:{a.rule}:{a.match}"
            seen[basis] = seen.get(basis, 0) + 1  # same finding twice in a file: stable, distinct
            fingerprint = hashlib.sha256(f"{basis}:{seen[basis]}".encode()).hexdigest()
            issue = {
                "description": a.message, "check_name": a.rule, "fingerprint": fingerprint,
                "severity": severity[a.severity], "categories": ["Style"],
                "location": {"path": r.path, "lines": {"begin": a.line, "end": a.end_line}},
            }
            pieces.append(("\n  " if first else ",\n  ") + nested_json(issue, "\n  "))
            first = False
        if pieces:
            yield "".join(pieces)
    yield "]" if first else "\n]"
