"""The format editors read: per file, each problem with its line, the words underlined, the fix."""
from __future__ import annotations

import unicodedata

from . import counts

_COLORS = {"error": "31", "warning": "33", "suggestion": "36", "dim": "2", "bold": "1", "path": "1;4"}
_MAX_WIDTH = 100


def _paint(text, style, color):
    return f"\x1b[{_COLORS[style]}m{text}\x1b[0m" if color else text


def width(text: str) -> int:
    """Display width in a terminal: wide CJK characters take two cells, combining marks none."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def _excerpt(line: str, start: int, end: int) -> tuple[str, int, int]:
    """Cut long lines to a window around the match; returns (text, start, end) in that text."""
    line = line.replace("\t", " ")
    if width(line) <= _MAX_WIDTH:
        return line, start, end
    left = max(0, start - 40)
    right = min(len(line), max(end, start) + 40)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(line) else ""
    return prefix + line[left:right] + suffix, start - left + len(prefix), end - left + len(prefix)


# Which findings a fix would change, and which fixes need a person to read the result.
_FIX_MARKS = {"safe": "[*] ", "unsafe": "[?] "}
_FIX_HOW = {"safe": "  (--fix applies it)",
            "unsafe": "  (--unsafe-fixes applies it: it changes what the sentence says, check it first)"}


def _plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_text(results, color: bool, files_checked: int) -> str:
    out = []
    for result in results:
        if result.error:
            out.append(f"{_paint(result.path, 'path', color)}: {_paint('cannot check', 'error', color)}: "
                       f"{result.error}")
            out.append("")
            continue
        if not result.alerts:
            continue
        out.append(_paint(result.path, "path", color))
        for a in result.alerts:
            where = f"{'¶' if result.path.lower().endswith('.docx') else ''}{a.line}:{a.column}"
            mark = _FIX_MARKS.get(a.fix_safety, "") if a.fix is not None else ""
            out.append(f"  {where:<8} {_paint(f'{a.severity:<10}', a.severity, color)} {mark}{a.message}  "
                       f"{_paint(a.rule, 'dim', color)}")
            source = result.lines.get(a.line)
            if source is not None and a.match:
                start = a.column - 1
                end = a.end_column - 1 if a.end_line == a.line else len(source)
                text, s, e = _excerpt(source, start, end)
                pad = " " * 11
                out.append(f"{pad}{text}")
                marks = "^" * max(1, width(text[s:e]))
                out.append(f"{pad}{' ' * width(text[:s])}{_paint(marks, a.severity, color)}")
            if a.suggestions:
                shown = [s if s else "(delete it)" for s in a.suggestions[:5]]
                label = "Suggestion" if len(shown) == 1 else "Suggestions"
                how = _FIX_HOW.get(a.fix_safety, "") if a.fix is not None else ""
                out.append(f"{' ' * 11}{label}: {', '.join(shown)}{how}")
        out.append("")
    out.append(summary_line(results, files_checked, color))
    return "\n".join(out)


def summary_line(results, files_checked: int, color: bool = False) -> str:
    c = counts(results)
    with_alerts = sum(1 for r in results if r.alerts)
    unreadable = sum(1 for r in results if r.error)
    parts = [_plural(c[level], level) for level in ("error", "warning", "suggestion") if c[level]]
    checked = _plural(files_checked, "file")
    if not parts:
        line = f"No problems found in {checked}."
    else:
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        line = f"{listed} in {with_alerts} of {checked} checked."
    safe = sum(1 for r in results for a in r.alerts if a.fix is not None and a.fix_safety == "safe")
    unsafe = sum(1 for r in results for a in r.alerts if a.fix is not None and a.fix_safety == "unsafe")
    if safe:
        line += f" {safe} marked [*] can be fixed automatically with --fix."
    if unsafe:
        line += f" {unsafe} marked [?] can be fixed with --unsafe-fixes, after reading them."
    if unreadable:
        line += f" {_plural(unreadable, 'file')} could not be read."
    style = "error" if c["error"] or unreadable else "warning" if c["warning"] else "bold"
    return _paint(line, style, color)
