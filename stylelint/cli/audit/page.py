"""The audit page: one self-contained HTML file a standards editor opens in any browser.
Charts are inline SVG (svg.py); nothing is fetched, nothing runs."""
from __future__ import annotations

import datetime
from collections import Counter
from html import escape

from . import svg
from .summary import Summary, per_1000
from .work import UNKNOWN

NAMING_GROUPS, DESKS, RULES_PER_DESK, ARTICLES = 6, 8, 5, 20

STYLE = """
body{font:15px/1.5 Georgia,serif;color:#222;max-width:1100px;margin:2em auto;padding:0 1em}
h1{font-size:1.7em;margin-bottom:.2em} h2{margin-top:2em;border-bottom:1px solid #ccc}
.lede{color:#555} .figures{display:flex;gap:2em;flex-wrap:wrap;margin:1em 0}
.figures b{display:block;font-size:1.6em} .grid{display:flex;flex-wrap:wrap;gap:1.5em}
figure{margin:0} figcaption{font-weight:bold;font-size:.95em} .note{color:#555;font-size:.9em}
table{border-collapse:collapse;font-size:.9em} td,th{padding:.25em .6em;border-bottom:1px solid #e3e3e3;text-align:left}
td.n{text-align:right} .key{margin-right:1em;font-size:.9em} .key i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}
svg text{font-family:Helvetica,Arial,sans-serif} .legend{margin:.3em 0} svg.chart{display:block}
"""


def write(path: str, s: Summary, rules, sources) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(render(s, rules, sources))


def render(s: Summary, rules, sources) -> str:
    months = [m for m in s.months if m != UNKNOWN]
    span = f"{months[0]} to {months[-1]}" if months else "no dated articles"
    unit, period_of, periods = _periods(months)
    parts = [f"<h1>Style audit: {s.articles:,} articles</h1>",
             f'<p class="lede">{escape(", ".join(sources))} &middot; {span} &middot; made '
             f"{datetime.date.today():%d %B %Y} by <code>stylelint audit</code></p>",
             _figures(s), _trends(s, unit, period_of, periods), _naming(s, unit, period_of, periods),
             _desks(s, rules), _articles(s), _rules(s, rules), _problems(s), _files()]
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">"
            f"<title>Style audit: {s.articles:,} articles</title><style>{STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>")


def _periods(months):
    """The time unit of the charts (month for up to three years, then quarter, then year),
    each month's period, and every period from the first to the last, gaps included."""
    if not months:
        return "month", {}, []
    (y, m), (last_y, last_m) = map(int, months[0].split("-")), map(int, months[-1].split("-"))
    every = []
    while (y, m) <= (last_y, last_m):
        every.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    unit = "month" if len(every) <= 36 else "quarter" if len(every) <= 160 else "year"

    def period(month):
        year, number = month.split("-")
        return month if unit == "month" else year if unit == "year" else f"{year} Q{(int(number) + 2) // 3}"

    period_of = {month: period(month) for month in every}
    return unit, period_of, list(dict.fromkeys(period_of.values()))


def _figures(s: Summary) -> str:
    cells = [("articles", f"{s.articles:,}"), ("words", f"{s.words:,}"), ("alerts", f"{s.alerts:,}"),
             ("alerts per 1,000 words", f"{per_1000(s.alerts, s.words):.2f}"),
             ("articles not audited", f"{s.problem_count:,}")]
    return '<div class="figures">' + "".join(f"<div><b>{v}</b>{k}</div>" for k, v in cells) + "</div>"


def _trends(s: Summary, unit, period_of, periods) -> str:
    words, alerts = Counter(), Counter()
    for (month, _), w in s.words_by.items():
        words[period_of.get(month)] += w
    for (category, month, _), n in s.by_cms.items():
        alerts[(category, period_of.get(month))] += n
    charts = []
    for k, category in enumerate(sorted({c for c, _, _ in s.by_cms}) if periods else ()):
        values = [per_1000(alerts[(category, p)], words[p]) if words[p] else None for p in periods]
        charts.append(f"<figure><figcaption>{escape(category)}</figcaption>"
                      + svg.line_chart(periods, values, f"{category}: alerts per 1,000 words by {unit}",
                                       "alerts per 1,000 words", color=svg.PALETTE[k % 8]) + "</figure>")
    return (f"<h2>How often each kind of problem appears, {unit} by {unit}</h2>"
            '<p class="note">Alerts per 1,000 words, all desks together. A rise means more of '
            "that kind of problem per word written, not just more articles.</p>"
            f'<div class="grid">{"".join(charts) or "<p>No dated articles.</p>"}</div>')


def _naming(s: Summary, unit, period_of, periods) -> str:
    uses, slips = Counter(), Counter()
    for (month, rule, group, form, house), n in s.forms.items():
        uses[(rule, group, form)] += n
        slips[(rule, group)] += 0 if house else n
    groups = sorted({(r, g) for r, g, _ in uses},
                    key=lambda rg: (-slips[rg], -sum(n for k, n in uses.items() if k[:2] == rg)))
    blocks = []
    for rule, group in groups[:NAMING_GROUPS] if periods else ():
        others = sorted((f for r, g, f in uses if (r, g) == (rule, group) and f != group),
                        key=lambda f: -uses[(rule, group, f)])
        names = [group, *others]
        counts = {f: Counter() for f in names}
        for (month, r, g, form, _), n in s.forms.items():
            if (r, g) == (rule, group) and month in period_of:
                counts[form][period_of[month]] += n
        series = [(f, [counts[f][p] for p in periods]) for f in names]
        blocks.append(f"<figure><figcaption>{escape(' / '.join(names))} "
                      f'<span class="note">({escape(rule)}; house form: {escape(group)})</span>'
                      f"</figcaption>{svg.legend(names)}"
                      + svg.stacked_shares(periods, series, f"Share of each form of {group} by {unit}")
                      + _latest_sentence(group, series, periods) + "</figure>")
    return ("<h2>Which name was used</h2><p class=\"note\">Every use of each form of a name, by "
            f"{unit}, including quotations and forms allowed in glosses; fixed expressions such as "
            "&ldquo;chicken Kiev&rdquo; are not counted. The house form is first; the names "
            "that slipped most often come first.</p>"
            + ("".join(blocks) or "<p>No article uses a name the naming rules know.</p>"))


def _latest_sentence(group, series, periods) -> str:
    latest = next((i for i in reversed(range(len(periods))) if any(c[i] for _, c in series)), None)
    if latest is None:
        return ""
    total = sum(c[latest] for _, c in series)
    others = total - series[0][1][latest]
    return (f'<p class="note">In {periods[latest]}, {others:,} of {total:,} uses '
            f"({others / total:.0%}) were not the house form {escape(group)}.</p>")


def _desks(s: Summary, rules) -> str:
    section_words = s.section_words()
    charts = []
    for k, (desk, words) in enumerate(section_words.most_common(DESKS)):
        top = sorted(((rule, per_1000(n, words)) for (sec, rule), n in s.by_section_rule.items()
                      if sec == desk), key=lambda kv: -kv[1])[:RULES_PER_DESK]
        if top:
            charts.append(f"<figure><figcaption>{escape(desk)} <span class=\"note\">({words:,} words)"
                          f"</span></figcaption>"
                          + svg.bars(top, f"Top rules on the {desk} desk", "alerts per 1,000 words",
                                     color=svg.PALETTE[k % 8]) + "</figure>")
    return ("<h2>What fires most on each desk</h2><p class=\"note\">The rules with the most alerts "
            "per 1,000 words on each desk (section); hover a bar for the figure.</p>"
            f'<div class="grid">{"".join(charts) or "<p>No alerts.</p>"}</div>')


def _articles(s: Summary) -> str:
    rows = []
    for a in s.top[:ARTICLES]:
        title = escape(a["article_id"] or "")
        if (a["url"] or "").startswith(("https://", "http://")):
            title = f'<a href="{escape(a["url"])}">{title}</a>'
        rows.append(f"<tr><td>{title}</td><td>{escape(a['date'] or '')}</td>"
                    f"<td>{escape(a['section'] or '')}</td><td>{escape(a['author'] or '')}</td>"
                    f'<td class="n">{a["alerts"]:,}</td><td class="n">{per_1000(a["alerts"], a["words"]):.1f}</td></tr>')
    return ("<h2>Articles with the most findings</h2><table><tr><th>article</th><th>date</th>"
            "<th>desk</th><th>author</th><th>alerts</th><th>per 1,000 words</th></tr>"
            + "".join(rows) + "</table><p class=\"note\">The first 100 are in top_articles.csv.</p>")


def _rules(s: Summary, rules) -> str:
    rows = []
    for (rule_id, category), n in s.by_rule.most_common():
        rows.append(f"<tr><td>{escape(rule_id)}</td><td>{escape(category)}</td><td class=\"n\">{n:,}</td>"
                    f'<td class="n">{per_1000(n, s.words):.2f}</td><td>{escape(_describe(rules, rule_id))}</td></tr>')
    return ("<h2>Every rule</h2><table><tr><th>rule</th><th>category</th><th>alerts</th>"
            "<th>per 1,000 words</th><th>what it flags</th></tr>" + "".join(rows) + "</table>")


def _describe(rules, rule_id) -> str:
    try:
        rule = rules.rule(rule_id)
    except (KeyError, StopIteration, LookupError):
        return ""
    return (getattr(rule, "description", "") or "").split(". ")[0].rstrip(".")


def _problems(s: Summary) -> str:
    if not s.problem_count:
        return ""
    rows = "".join(f"<tr><td>{escape(p['source'])}</td><td>{escape(p['reason'])}</td></tr>"
                   for p in s.problems[:20])
    return (f"<h2>Articles that could not be audited ({s.problem_count:,})</h2>"
            f"<table><tr><th>where</th><th>why</th></tr>{rows}</table>"
            '<p class="note">All of them are in problems.csv.</p>')


def _files() -> str:
    return ("<h2>The data behind this page</h2><p class=\"note\">In this folder: "
            "<code>alerts/</code> every alert with its article's date, desk, author and link "
            "(Parquet, for pandas, DuckDB or Spark); <code>rules.csv</code>, "
            "<code>categories_by_month_section.csv</code>, <code>rules_by_section.csv</code>, "
            "<code>naming_forms.csv</code>, <code>top_articles.csv</code> and "
            "<code>problems.csv</code>, which open in a spreadsheet.</p>")
