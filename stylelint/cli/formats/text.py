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


_GROUPED = 3  # identical findings in one file shown once from this many on
_LISTED = 12  # line numbers listed for a group


def _same(alert) -> tuple:
    return (alert.rule, alert.match, alert.message)


def _repeats(alerts) -> dict:
    """Identical findings (same rule, words and message) that occur _GROUPED times or more in
    one file: key -> the alerts, in order. The first is shown in full, then the lines of all.
    Only findings about their words, which the message names ("... instead of 'Kiev'"): three
    long sentences that open with "The" are three findings, each shown."""
    groups: dict = {}
    for alert in alerts:
        if alert.match and alert.match.lower() in alert.message.lower():
            groups.setdefault(_same(alert), []).append(alert)
    return {key: group for key, group in groups.items() if len(group) >= _GROUPED}


def _size(result) -> str:
    if not result.size:
        return ""
    words, grade = result.size
    return f"  ({_plural(words, 'word')}" + (f", reading grade {grade:g})" if grade is not None else ")")


def statistics_table(results) -> str:
    """Findings per rule over the whole run, most frequent first (as ruff and flake8 print)."""
    from collections import Counter

    counted = Counter((a.rule, a.severity) for r in results for a in r.alerts)
    fixable = Counter(a.rule for r in results for a in r.alerts if a.fix is not None)
    width = max((len(rule) for rule, _ in counted), default=4)
    rows = [f"{n:>6}  {visible(rule):<{width}}  {severity:<10} {'fixable' if fixable[rule] else ''}".rstrip()
            for (rule, severity), n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))]
    return "\n".join(rows)


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# Which findings a fix would change, and which fixes need a person to read the result.
_FIX_MARKS = {"safe": "[*] ", "unsafe": "[?] "}
_FIX_HOW = {"safe": "  (--fix applies it)",
            "unsafe": "  (--unsafe-fixes applies it: it changes what the sentence says, check it first)"}


def _plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_text(results, color: bool, files_checked: int, tally=None) -> str:
    """Each file's findings, then the summary line (of `tally`, when only some results are
    listed)."""
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
        out.append(_paint(path, "path", color) + _size(result))
        groups = _repeats(result.alerts)
        for a in result.alerts:
            group = groups.get(_same(a))
            if group is not None and group[0] is not a:
                continue  # shown once, with the lines of the others
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
            if group is not None:
                numbers = list(dict.fromkeys(g.line for g in group))
                lines = ", ".join(map(str, numbers[:_LISTED]))
                more = f" and {len(numbers) - _LISTED} more" if len(numbers) > _LISTED else ""
                out.append(f"{' ' * 11}{_paint(_clip(visible(a.match), 60), 'bold', color)} -- "
                           f"{len(group)} times: line{'s' if len(numbers) > 1 else ''} {lines}{more}")
            if a.suggestions:
                shown = [visible(s) if s else "(delete it)" for s in a.suggestions[:5]]
                label = "Suggestion" if len(shown) == 1 else "Suggestions"
                how = _FIX_HOW.get(a.fix_safety, "") if a.fix is not None else ""
                out.append(f"{' ' * 11}{label}: {', '.join(shown)}{how}")
        out.append("")
    out.append(summary_line(results if tally is None else tally, files_checked, color))
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
