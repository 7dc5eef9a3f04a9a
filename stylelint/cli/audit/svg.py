"""Three small chart kinds as inline SVG strings: no JavaScript, no fonts or files to fetch.
Every mark carries a <title>, so hovering shows the exact figure."""
from __future__ import annotations

from html import escape

PALETTE = ["#1b5e8c", "#d9822b", "#3d8c40", "#b8323b", "#7b5ea7", "#8c6d3f", "#c2569e", "#5f6b6d"]
INK, GRID, MUTED = "#222", "#e3e3e3", "#666"


def _nice(top: float) -> float:
    if top <= 0:
        return 1.0
    step = 10 ** len(str(int(top))) / 10 if top >= 1 else 0.1
    while step * 10 < top:
        step *= 10
    for factor in (1, 2, 4, 6, 8, 10):  # a quarter of each is a round number
        if step * factor >= top:
            return round(step * factor, 10)
    return top


def _fmt(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


def _frame(width, height, label, body) -> str:
    return (f'<svg class="chart" role="img" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
            f'<title>{escape(label)}</title>{body}</svg>')


def _x_labels(labels, x_of, y) -> str:
    if not labels:
        return ""
    every = max(1, -(-len(labels) // 7))
    last = len(labels) - 1
    shown = list(range(0, len(labels), every))
    if shown[-1] != last:  # always label the latest period, instead of a neighbour it would hit
        shown[-1 if last - shown[-1] <= every / 2 and len(shown) > 1 else len(shown):] = [last]
    anchor = lambda i: "end" if i == last and i else "middle"  # noqa: E731 - keep the last inside
    return "".join(f'<text x="{x_of(i):.1f}" y="{y}" text-anchor="{anchor(i)}" font-size="10" '
                   f'fill="{MUTED}">{escape(labels[i])}</text>' for i in shown)


def _y_axis(top, y_of, left, right, percent=False) -> str:
    out = []
    for k in range(5):
        value = top * k / 4
        y = y_of(value)
        out.append(f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>'
                   f'<text x="{left - 4}" y="{y + 3:.1f}" text-anchor="end" font-size="10" '
                   f'fill="{MUTED}">{f"{value:.0%}" if percent else _fmt(value)}</text>')
    return "".join(out)


def line_chart(labels, values, label, unit, width=360, height=170, color=PALETTE[0]) -> str:
    """One series over time; gaps (None) break the line."""
    left, right, top_pad, bottom = 40, width - 10, 10, height - 22
    top = _nice(max([v for v in values if v is not None] or [0]))
    step = (right - left) / max(1, len(labels) - 1)
    x_of = lambda i: left + i * step if len(labels) > 1 else (left + right) / 2  # noqa: E731
    y_of = lambda v: bottom - (bottom - top_pad) * v / top  # noqa: E731
    body = [_y_axis(top, y_of, left, right), _x_labels(labels, x_of, height - 6)]
    path, points = [], []
    for i, (lab, v) in enumerate(zip(labels, values)):
        if v is None:
            continue
        path.append(f'{"M" if not path or values[i - 1] is None else "L"}{x_of(i):.1f},{y_of(v):.1f}')
        points.append(f'<circle cx="{x_of(i):.1f}" cy="{y_of(v):.1f}" r="2.5" fill="{color}">'
                      f'<title>{escape(lab)}: {_fmt(v)} {escape(unit)}</title></circle>')
    body.append(f'<path d="{" ".join(path)}" fill="none" stroke="{color}" stroke-width="2"/>')
    body += points
    return _frame(width, height, label, "".join(body))


def stacked_shares(labels, series, label, width=720, height=190) -> str:
    """One bar per period split by share; `series` is [(name, [count per period])], house first."""
    left, right, top_pad, bottom = 40, width - 10, 10, height - 22
    totals = [sum(counts[i] for _, counts in series) for i in range(len(labels))]
    slot = (right - left) / max(1, len(labels))
    y_of = lambda v: bottom - (bottom - top_pad) * v  # noqa: E731
    body = [_y_axis(1.0, y_of, left, right, percent=True),
            _x_labels(labels, lambda i: left + (i + 0.5) * slot, height - 6)]
    for i, total in enumerate(totals):
        if not total:
            continue
        share_so_far = 0.0
        for k, (name, counts) in enumerate(series):
            share = counts[i] / total
            if not share:
                continue
            y_top = y_of(share_so_far + share)
            body.append(f'<rect x="{left + i * slot + 1:.1f}" y="{y_top:.1f}" width="{max(1, slot - 2):.1f}" '
                        f'height="{y_of(share_so_far) - y_top:.1f}" fill="{PALETTE[k % len(PALETTE)]}">'
                        f'<title>{escape(labels[i])}: {escape(name)} {share:.0%} ({counts[i]:,} of '
                        f'{total:,} uses)</title></rect>')
            share_so_far += share
    return _frame(width, height, label, "".join(body))


def bars(items, label, unit, width=340, color=PALETTE[0]) -> str:
    """Horizontal bars: [(name, value)], largest first."""
    row, name_w = 20, 170
    height = row * len(items) + 6
    top = max([v for _, v in items] or [0]) or 1
    body = []
    for i, (name, value) in enumerate(items):
        y = 3 + i * row
        w = (width - name_w - 50) * value / top
        short = name if len(name) <= 28 else name[:27] + "\u2026"
        body.append(f'<text x="{name_w - 6}" y="{y + 13}" text-anchor="end" font-size="11" fill="{INK}">'
                    f'{escape(short)}</text><rect x="{name_w}" y="{y + 2}" width="{max(w, 1):.1f}" '
                    f'height="{row - 6}" fill="{color}"><title>{escape(name)}: {_fmt(value)} '
                    f'{escape(unit)}</title></rect><text x="{name_w + w + 4:.1f}" y="{y + 13}" '
                    f'font-size="10" fill="{MUTED}">{_fmt(value)}</text>')
    return _frame(width, height, label, "".join(body))


def legend(names) -> str:
    return '<div class="legend">' + "".join(
        f'<span class="key"><i style="background:{PALETTE[k % len(PALETTE)]}"></i>{escape(n)}</span>'
        for k, n in enumerate(names)) + "</div>"
