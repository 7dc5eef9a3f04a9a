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
svg text{font-family:Helvetica,Arial,sans-serif}
"""


def write(path: str, s: Summary, rules, sources) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(render(s, rules, sources))


def render(s: Summary, rules, sources) -> str:
    months = [m for m in s.months if m != UNKNOWN]
    span = f"{months[0]} to {months[-1]}" if months else "no dated articles"
    parts = [f"<h1>Style audit: {s.articles:,} articles</h1>",
             f'<p class="lede">{escape(", ".join(sources))} &middot; {span} &middot; made '
             f"{datetime.date.today():%d %B %Y} by <code>stylelint audit</code></p>",
             _figures(s), _trends(s, months), _naming(s, months), _desks(s, rules),
             _articles(s), _rules(s, rules), _problems(s), _files()]
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; img-src data:\">"
            f"<title>Style audit: {s.articles:,} articles</title><style>{STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>")


def _figures(s: Summary) -> str:
    cells = [("articles", f"{s.articles:,}"), ("words", f"{s.words:,}"), ("alerts", f"{s.alerts:,}"),
             ("alerts per 1,000 words", f"{per_1000(s.alerts, s.words):.2f}"),
             ("articles not audited", f"{s.problem_count:,}")]
    return '<div class="figures">' + "".join(f"<div><b>{v}</b>{k}</div>" for k, v in cells) + "</div>"


def _trends(s: Summary, months) -> str:
    words = Counter()
    for (month, _), w in s.words_by.items():
        words[month] += w
    alerts = Counter()
    for (category, month, _), n in s.by_cms.items():
        alerts[(category, month)] += n
    charts = []
    for k, category in enumerate(sorted({c for c, _, _ in s.by_cms})):
        values = [per_1000(alerts[(category, m)], words[m]) if words[m] else None for m in months]
        charts.append(f"<figure><figcaption>{escape(category)}</figcaption>"
                      + svg.line_chart(months, values, f"{category}: alerts per 1,000 words by month",
                                       "alerts per 1,000 words", color=svg.PALETTE[k % 8]) + "</figure>")
    return ("<h2>How often each kind of problem appears, month by month</h2>"
            '<p class="note">Alerts per 1,000 words, all desks together. A rise means more of '
            "that kind of problem per word written, not just more articles.</p>"
            f'<div class="grid">{"".join(charts) or "<p>No dated articles.</p>"}</div>')


def _naming(s: Summary, months) -> str:
    uses = Counter()
    for (month, rule, group, _, _), n in s.forms.items():
        uses[(rule, group)] += n
    blocks = []
    for rule, group in [g for g, _ in uses.most_common(NAMING_GROUPS)]:
        forms = Counter()
        for (month, r, g, form, house), n in s.forms.items():
            if (r, g) == (rule, group):
                forms[(not house, form)] += n
        names = [form for _, form in sorted(forms, key=lambda k: (k[0], -forms[k]))]
        series = [(f, [s.forms.get((m, rule, group, f, f == group), 0) for m in months]) for f in names]
        latest = next((m for m in reversed(months) if any(c[months.index(m)] for _, c in series)), None)
        blocks.append(f"<figure><figcaption>{escape(' / '.join(names))} "
                      f'<span class="note">({escape(rule)}; house form: {escape(group)})</span>'
                      f"</figcaption>{svg.legend(names)}"
                      + svg.stacked_shares(months, series, f"Share of each form of {group} by month")
                      + _latest_sentence(group, series, months, latest) + "</figure>")
    return ("<h2>Which name was used</h2><p class=\"note\">Every use of each form of a name, by "
            "month, including quotations and forms allowed in glosses; fixed expressions such as "
            "&ldquo;chicken Kiev&rdquo; are not counted. The house form is first.</p>"
            + ("".join(blocks) or "<p>No article uses a name the naming rules know.</p>"))


def _latest_sentence(group, series, months, latest) -> str:
    if latest is None:
        return ""
    i = months.index(latest)
    total = sum(c[i] for _, c in series)
    house = next(c[i] for f, c in series if f == group) if any(f == group for f, _ in series) else 0
    others = total - house
    return (f'<p class="note">In {latest}, {others:,} of {total:,} uses '
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
