"""The format editors read: per file, each problem with its line, the words underlined, the fix."""
from __future__ import annotations

import unicodedata

from . import counts
from .visible import visible

_COLORS = {"error": "31", "warning": "33", "suggestion": "36", "dim": "2", "bold": "1", "path": "1;4"}
_MAX_WIDTH = 100
_MAX_MATCH = 200  # characters of one match underlined; the finding itself is never cut


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


def _excerpt(line: str, start: int, end: int) -> tuple[str, str, str]:
    """The part of a line shown for one alert, as (before, match, after), control characters
    made visible. A long line is cut to a window around the match, and a long match to its
    first _MAX_MATCH characters: showing an alert costs the same on a 5 MB line as on a short
    one (measuring the whole line for every alert made long lines quadratic)."""
    end = min(max(end, start), start + _MAX_MATCH)
    short = len(line) <= 2 * _MAX_WIDTH and width(line) <= _MAX_WIDTH
    left, right = (0, len(line)) if short else (max(0, start - 40), min(len(line), end + 40))
    window = line[left:right].replace("\t", " ")
    before = ("…" if left > 0 else "") + visible(window[:start - left])
    after = visible(window[end - left:]) + ("…" if right < len(line) else "")
    return before, visible(window[start - left:end - left]), after


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# Which findings a fix would change, and which fixes need a person to read the result.
_FIX_MARKS = {"safe": "[*] ", "unsafe": "[?] "}
_FIX_HOW = {"safe": "  (--fix applies it)",
            "unsafe": "  (--unsafe-fixes applies it: it changes what the sentence says, check it first)"}


def _plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_text(results, color: bool, files_checked: int) -> str:
    out = []
    for result in results:
        path = visible(result.path)
        if result.error:
            out.append(f"{_paint(path, 'path', color)}: {_paint('cannot check', 'error', color)}: "
                       f"{visible(result.error)}")
            out.append("")
            continue
        if not result.alerts:
            continue
        out.append(_paint(path, "path", color))
        for a in result.alerts:
            where = f"{'¶' if result.path.lower().endswith('.docx') else ''}{a.line}:{a.column}"
            mark = _FIX_MARKS.get(a.fix_safety, "") if a.fix is not None else ""
            out.append(f"  {where:<8} {_paint(f'{a.severity:<10}', a.severity, color)} {mark}{_clip(visible(a.message))}  "
                       f"{_paint(visible(a.rule), 'dim', color)}")
            source = result.lines.get(a.line)
            if source is not None and a.match:
                start = a.column - 1
                end = a.end_column - 1 if a.end_line == a.line else len(source)
                before, match, after = _excerpt(source, start, end)
                pad = " " * 11
                out.append(f"{pad}{before}{match}{after}")
                marks = "^" * max(1, width(match))
                out.append(f"{pad}{' ' * width(before)}{_paint(marks, a.severity, color)}")
            if a.suggestions:
                shown = [visible(s) if s else "(delete it)" for s in a.suggestions[:5]]
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
