"""Findings as the editor sees them: diagnostics, quick fixes, "disable for this line", hover."""
from __future__ import annotations

import dataclasses
import re

from lsprotocol import types as t

from ..fixer import apply_fixes
from .positions import LineIndex

SOURCE = "stylelint"
SEVERITY = {  # a suggestion stays visible: many editors draw a Hint as a faint dotted line
    "error": t.DiagnosticSeverity.Error,
    "warning": t.DiagnosticSeverity.Warning,
    "suggestion": t.DiagnosticSeverity.Information,
}
# A directive line already above the finding's line, which we extend instead of stacking another.
_NEXT_LINE = re.compile(r"^(?P<head>.*<!--\s*stylelint-disable-next-line\s+)(?P<ids>[^-]*?)(?P<tail>\s*(--.*)?-->\s*)$")
_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*")  # indentation and blockquote markers to repeat
_LIST_ITEM = re.compile(r"^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def lsp_range(index: LineIndex, start: int, end: int) -> t.Range:
    (line, char), (end_line, end_char) = index.position(start), index.position(end)
    return t.Range(t.Position(line, char), t.Position(end_line, end_char))


def diagnostic(alert, index: LineIndex) -> t.Diagnostic:
    message = alert.message
    if alert.suggestions and not any(s in message for s in alert.suggestions):
        message += f"\nSuggestion: {', '.join(alert.suggestions)}"
    return t.Diagnostic(
        range=lsp_range(index, alert.start, alert.end), message=message,
        severity=SEVERITY.get(alert.severity, t.DiagnosticSeverity.Warning), code=alert.rule,
        code_description=t.CodeDescription(href=alert.link) if alert.link else None,
        source=SOURCE,
    )


def overlaps(alert, start: int, end: int) -> bool:
    """Does the alert touch [start, end]? A cursor at either edge of the words counts."""
    return alert.start <= end and start <= alert.end


# -- code actions --------------------------------------------------------------------------

def fix_action(alert, index: LineIndex, uri: str, version: int) -> t.CodeAction | None:
    if alert.fix is None or alert.end <= alert.start:
        return None
    # The same replacement (and capitalisation) as --fix, computed on the words alone.
    words = index.text[alert.start:alert.end]
    # The person picks this one fix, so an unsafe fix is offered too, said so in its title.
    replacement, changes = apply_fixes(words, [dataclasses.replace(alert, start=0, end=len(words))],
                                       unsafe=True)
    if not changes:
        return None
    edit = t.TextEdit(lsp_range(index, alert.start, alert.end), replacement)
    check = "; changes what the sentence says, check it" if alert.fix_safety != "safe" else ""
    return t.CodeAction(
        title=f"Replace '{alert.match}' with '{replacement}' ({alert.rule}{check})",
        kind=t.CodeActionKind.QuickFix, is_preferred=alert.fix_safety == "safe",
        edit=_workspace_edit(uri, version, [edit]),
    )


def fix_all_action(alerts, index: LineIndex, uri: str, version: int) -> t.CodeAction | None:
    """Every safe fix in the document, as `stylelint check --fix` would apply in one pass."""
    fixable = [a for a in alerts if a.fix is not None and a.end > a.start and a.fix_safety == "safe"]
    edits, last_start = [], len(index.text) + 1
    for alert in sorted(fixable, key=lambda a: (a.start, a.end), reverse=True):
        if alert.end > last_start:  # overlapping fixes: the later one wins, as in --fix
            continue
        action = fix_action(alert, index, uri, version)
        edits.append(action.edit.document_changes[0].edits[0])
        last_start = alert.start
    if len(edits) < 2:
        return None  # one fix has its own action
    return t.CodeAction(title=f"Apply all {len(edits)} safe stylelint fixes",
                        kind=t.CodeActionKind.SourceFixAll.value + ".stylelint",
                        edit=_workspace_edit(uri, version, edits[::-1]))


def disable_action(alert, index: LineIndex, syntax: str, uri: str, version: int) -> t.CodeAction | None:
    """Insert `<!-- stylelint-disable-next-line Rule.Id -->` above the finding's line.

    Plain text has no comment syntax, so nothing is offered there. In Markdown, a comment line
    in the middle of a paragraph would split it in two, and one above a list item would end the
    list, so there the directive for the same line goes at the end of the line instead."""
    if syntax not in ("md", "html"):
        return None
    line = index.line_of(alert.start)
    above = index.line_text(line - 1) if line > 0 else ""
    target = index.line_text(line)
    existing = _NEXT_LINE.match(above)
    if existing:
        ids = [i.strip() for i in existing.group("ids").split(",") if i.strip()]
        if alert.rule in ids:
            return None
        new_above = f"{existing.group('head')}{', '.join(ids + [alert.rule])}{existing.group('tail')}"
        start = index.starts[line - 1]
        edit = t.TextEdit(lsp_range(index, start, start + len(above)), new_above)
    elif syntax == "html" or _starts_block(above, target):
        prefix = _PREFIX.match(target).group()
        at = t.Position(line, 0)
        comment = f"{prefix}<!-- stylelint-disable-next-line {alert.rule} -->{index.newline()}"
        edit = t.TextEdit(t.Range(at, at), comment)
    else:
        end = index.starts[line] + len(target)
        edit = t.TextEdit(lsp_range(index, end, end), f" <!-- stylelint-disable-line {alert.rule} -->")
    return t.CodeAction(title=f"Disable {alert.rule} for this line", kind=t.CodeActionKind.QuickFix,
                        edit=_workspace_edit(uri, version, [edit]))


def _starts_block(above: str, target: str) -> bool:
    """Does the Markdown line begin a block a comment line may precede without changing it?"""
    after_blank = not _PREFIX.sub("", above).strip()
    return after_blank and not _LIST_ITEM.match(target[len(_PREFIX.match(target).group()):])


def _workspace_edit(uri: str, version: int, edits: list[t.TextEdit]) -> t.WorkspaceEdit:
    # Versioned: an editor refuses the edit if the text changed since we linted it.
    return t.WorkspaceEdit(document_changes=[t.TextDocumentEdit(
        text_document=t.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
        edits=edits)])


# -- hover ---------------------------------------------------------------------------------

def hover_text(alert, rule, markdown: bool = True) -> str:
    """What `stylelint explain RULE` says, under the finding's own message. The message and
    examples quote draft words, so they are escaped; description and rationale are the rule
    author's own Markdown (`code`, *emphasis*) and are shown as written."""
    esc = _escape if markdown else _plain
    bold = (lambda text: f"**{text}**") if markdown else (lambda text: text)
    kind = f", type {rule.extends}" if getattr(rule, "extends", None) else ""
    parts = [f"{bold(alert.rule)} ({alert.category}, {alert.severity}{kind})", esc(alert.message)]
    if alert.suggestions:
        parts.append("Suggestion: " + ", ".join(esc(s) for s in alert.suggestions))
    if rule is not None:
        if rule.description:
            parts.append(_plain(rule.description))
        if rule.rationale:
            parts.append(f"{bold('Why it matters:')} {_plain(rule.rationale)}")
        if getattr(rule, "by_genre", None) and rule.by_genre():
            parts.append(rule.by_genre())
        examples = getattr(rule, "examples", None) or {}
        lines = [f"- {label}: {esc(example)}"
                 for label, key in (("Flagged", "fail"), ("Fine", "pass"))
                 for example in examples.get(key) or []]
        if lines:
            parts.append("\n".join(lines))
    if alert.link:
        parts.append(f"[More about this rule]({alert.link})" if markdown else f"More: {alert.link}")
    return "\n\n".join(parts)


def _plain(text) -> str:
    return " ".join(str(text).split())


def _escape(text) -> str:
    """Draft words shown as words, never as Markdown: an asterisk, a bracket or a tag in a draft
    must not turn into emphasis, a link or HTML in the editor's popup."""
    return re.sub(r"([\\`*_\[\]<>~])", r"\\\1", _plain(text))
