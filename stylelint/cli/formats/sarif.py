"""SARIF 2.1.0 for GitHub code scanning and other static-analysis dashboards."""
from __future__ import annotations

import json
from pathlib import Path

from ...version import __version__
from .machine import nested_json

_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}


def _uri(path: str) -> str:
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return p.as_posix()


def render_sarif(results, rule_info=None) -> str:
    return "".join(sarif_chunks(results, rule_info))


def sarif_chunks(results, rule_info=None):
    """The SARIF log in pieces, one per file with alerts (as machine.json_chunks): the text of
    json.dumps(document, indent=2) without holding every result as a dict."""
    rule_info = rule_info or {}
    ids = sorted({a.rule for r in results for a in r.alerts})
    index = {rule_id: i for i, rule_id in enumerate(ids)}
    rules = [_rule_entry(rule_id, rule_info.get(rule_id)) for rule_id in ids]
    notifications = [{"level": "error", "message": {"text": f"{r.path}: {r.error}"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]}
                     for r in results if r.error]
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "stylelint", "version": __version__,
                                "informationUri": "https://github.com/stylelint-news/stylelint",
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": [],
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
        }],
    }
    # The results go where the empty list is: the only key of that name, and no string holds
    # its text (a string's quotes are escaped). They sit four levels in.
    head, tail = json.dumps(document, indent=2, ensure_ascii=False).split('"results": []')
    yield head + '"results": ['
    first = True
    for r in results:
        if r.alerts:
            pieces = []
            for a in r.alerts:
                pieces.append(("\n        " if first else ",\n        ")
                              + nested_json(_result(r.path, a, index[a.rule]), "\n        "))
                first = False
            yield "".join(pieces)
    yield ("]" if first else "\n      ]") + tail


def _rule_entry(rule_id: str, info) -> dict:
    """A reportingDescriptor; `info` is the Rule (description, rationale, link), if known."""
    description = (info.description if info else "") or rule_id
    help_text = "\n\n".join(t for t in (description, info.rationale if info else "") if t)
    entry = {
        "id": rule_id,
        "name": rule_id.replace(".", ""),
        "shortDescription": {"text": description.split(". ")[0].rstrip(".") + "."},
        "fullDescription": {"text": description},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": _LEVEL[info.level] if info else "warning"},
        "properties": {"category": info.category if info else "style",
                       "tags": ["prose", info.category if info else "style"]},
    }
    if info and info.link:
        entry["helpUri"] = info.link
    return entry


def _result(path: str, a, rule_index: int) -> dict:
    result = {
        "ruleId": a.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[a.severity],
        "message": {"text": a.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(path)},
            "region": {"startLine": a.line, "startColumn": a.column,
                       "endLine": a.end_line, "endColumn": max(a.end_column, a.column),
                       "snippet": {"text": a.match}} if a.match else
                      {"startLine": a.line, "startColumn": a.column},
        }}],
        # The same fingerprint as a baseline's: rule, words and sentence, not the line.
        "partialFingerprints": {"matchText/v1": f"{a.rule}:{a.match}", "stylelint/v1": a.fingerprint},
    }
    if a.fix is not None:
        result["fixes"] = [{
            "description": {"text": f"Replace with '{a.fix}'"},
            "artifactChanges": [{
                "artifactLocation": {"uri": _uri(path)},
                "replacements": [{
                    "deletedRegion": {"startLine": a.line, "startColumn": a.column,
                                      "endLine": a.end_line, "endColumn": a.end_column},
                    "insertedContent": {"text": a.fix},
                }],
            }],
        }]
    return result
